"""An object off the map is named by the X and Y Tiled shows for it, and by the part of it past which edge: not by
a centre or a bounding box the designer never sees."""

from pathlib import Path

import pytest

from game.content.catalog import load_catalog
from game.content.check import check_map
from game.content.places import past_edges
from tests.content.test_checker_winnable import ROOM  # 10 x 6 tiles, 320 x 192 px; a point spawn at tile (2, 2)
from tests.maps import ALARM, write_map

MAP = "(0 to 320 x 0 to 192 px)"


def problems(folder: Path, objects: str, rows: list[str] = ROOM) -> list[str]:
    return [problem.without_file() for problem in check_map(write_map(folder, rows, more_objects=objects),
                                                             load_catalog()).problems]


def test_an_objective_half_past_the_right_edge_is_named_by_its_corner_as_tiled_shows_it(tmp_path):
    pad = '<object id="50" name="pad" type="objective" x="288" y="32" width="64" height="64"/>'
    assert problems(tmp_path, pad) == [
        f'layer "objects", object 50 "pad": expected the objective inside the map {MAP}, found it at X 288, Y 32, '
        "64 x 64 px, its right half past the map's right edge at 320 px (move it onto the map)"]


def test_a_polygon_off_the_map_is_named_by_its_x_and_y_not_its_bounding_box(tmp_path):
    pad = ('<object id="50" name="pad" type="objective" x="100" y="200">'
           '<polygon points="0,0 64,-40 64,40"/></object>')
    assert problems(tmp_path, pad) == [
        f'layer "objects", object 50 "pad": expected the objective inside the map {MAP}, found it at X 100, Y 200, '
        "its bottom 48 of 80 px past the map's bottom edge at 192 px (move it onto the map)"]


@pytest.mark.parametrize("spawn, found", [
    ('x="300" y="64" width="64" height="64"', "X 300, Y 64, 64 x 64 px, its centre (332, 96), 12 px"),
    ('gid="1" x="310" y="96" width="32" height="32"', "X 310, Y 96, 32 x 32 px, its centre (326, 80), 6 px"),
], ids=["a rectangle, by its top-left corner", "a tile object, by its bottom-left corner as Tiled shows it"])
def test_a_player_spawn_off_the_map_is_named_by_its_corner_and_its_centre(tmp_path, spawn, found):
    rows = [row.replace("P", ".") for row in ROOM]
    spawn = f'<object id="50" name="start" type="player_spawn" {spawn}/>'
    assert problems(tmp_path, spawn, rows) == [
        f'layer "objects", object 50 "start": expected the player spawn inside the map {MAP}, found it at {found} '
        "past the map's right edge at 320 px (move it onto the map)"]


def test_a_trigger_past_two_edges_names_both(tmp_path):
    trigger = ('<object id="50" name="alarm" type="trigger" x="-100" y="-100" width="50" height="50"><properties>'
               f'{ALARM}</properties></object>')
    assert problems(tmp_path, trigger) == [
        f'layer "objects", object 50 "alarm": expected the trigger inside the map {MAP}, found it at X -100, Y -100, '
        "50 x 50 px, all of it past the map's left edge at 0 px and top edge at 0 px (move it onto the map)"]


def test_the_part_past_each_edge_is_told_in_px_or_as_a_half():
    assert past_edges((1250, -20, 1300, 40), (1280, 800)) == (
        "its right 20 of 50 px past the map's right edge at 1280 px and its top 20 of 60 px past the map's top edge "
        "at 0 px")
    assert past_edges((1280, 10, 1280, 10), (1280, 800)) == "on the map's right edge at 1280 px, just off it"
    assert past_edges((0, 0, 0, 0), (1280, 800)) == ""
