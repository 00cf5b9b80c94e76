"""Levels the checker used to pass that cannot be played properly: an objective too small for the game to see the
player in it, a hold that cannot be stood out in time from where the player starts, a wind that breaks the storm's
drawing, more enemies than the game can move in real time."""

import dataclasses
from pathlib import Path

import pytest

from game.content.catalog import load_catalog
from game.content.chain import LEVELS
from game.content.check import level_problems
from game.content.check_campaign import check_paths
from game.content.errors import ContentError
from game.content.level import load_level
from game.content.level_data import Objective, Region
from game.sim.game import Game
from tests.maps import TILE, write_map

# As docs/level-design.md tells designers (level_schema.py's MAX_ENEMIES and WIND_SPEED_MAX): written out here, so
# these tests name the numbers a designer reads.
MAX_ENEMIES = 400
WIND_SPEED_MAX = 280

ROOM = ["##########",
        "#........#",
        "#.P......#",
        "#........#",
        "#......E.#",
        "##########"]

# 80 tiles across: the player spawn at the west end, 2,352 px from a pad at the east end.
LONG_HALL = ["#" * 80, *["#" + "." * 78 + "#"] * 2, "#P" + "." * 77 + "#", *["#" + "." * 78 + "#"] * 3, "#" * 80]


def problems(path: Path) -> list[str]:
    """What `main.py check` and the game's start say of the map: the loader's problems, else the checker's."""
    try:
        level = load_level(path)
    except ContentError as error:
        return [str(p) for p in error.problems]
    return [str(p) for p in level_problems(level, load_catalog())]


def with_map_properties(path: Path, properties: str) -> Path:
    path.write_text(path.read_text().replace("<tileset", f"<properties>{properties}</properties>\n <tileset", 1))
    return path


def pad(x: float, y: float, width: float, height: float, hold: float = 0, oid: int = 50, name: str = "pad") -> str:
    held = f'<properties><property name="hold" type="float" value="{hold:g}"/></properties>' if hold else ""
    return (f'<object id="{oid}" name="{name}" type="objective" x="{x:g}" y="{y:g}" width="{width:g}" '
            f'height="{height:g}">{held}</object>')


# --- an objective too small to be counted in ------------------------------------------------------------------

def test_an_objective_smaller_than_a_dash_moves_in_a_tick_is_refused_saying_how_large_it_must_be(tmp_path):
    path = write_map(tmp_path, ROOM, more_objects=pad(150, 50, 4, 4, name="beacon"))
    assert problems(path) == [
        f'{path}: layer "objects", object 50 "beacon": expected an objective at least 14 x 14 px, found a rectangle '
        "4 x 4 px (the player is inside when the machine's centre is, looked at once a tick; dashing, the machine "
        "moves 13.7 px a tick (820 px/s), so it could cross this one and never be counted inside: draw it larger, a "
        "tile or more)"]


@pytest.mark.parametrize("width, height, refused", [(13, 200, True), (200, 13, True), (14, 14, False),
                                                    (TILE, TILE, False)])
def test_the_least_objective_is_one_ticks_dash_across_each_way(tmp_path, width, height, refused):
    assert bool(problems(write_map(tmp_path, ROOM, more_objects=pad(100, 40, width, height)))) is refused


def test_an_ellipse_or_polygon_too_small_is_refused_too(tmp_path):
    objects = ('<object id="50" name="dot" type="objective" x="150" y="50" width="6" height="40"><ellipse/></object>'
               '<object id="51" name="sliver" type="objective" x="100" y="100"><polygon points="0,0 40,0 20,5"/>'
               '</object>')
    found = problems(write_map(tmp_path, ROOM, more_objects=objects))
    assert [line.split(": expected")[1].split(" (")[0] for line in found] == [
        " an objective at least 14 x 14 px, found an ellipse 6 x 40 px",
        " an objective at least 14 x 14 px, found a polygon 40 x 5 px"]


def test_a_dash_across_a_region_narrower_than_its_tick_is_not_counted_and_across_the_least_it_is(tmp_path):
    """Why 14 px: the rules look once a tick, and a dash moves the Layzner's centre 820 / 60 = 13.7 px between
    looks. From x = 80 a dash is looked at 93.7, 107.3, 121.0 ... px: a strip from 94 to 107 lies between two."""
    level = load_level(write_map(tmp_path, ROOM))
    reached = []
    for width in (13, 14):
        strip = Objective(50, "strip", "objects", Region("rectangle", 94, 40, width, 80), "Cross it")
        game = Game(dataclasses.replace(level, objectives=(strip,)), load_catalog(), seed=1)
        intent = game.player_intent()
        intent.move_x, intent.dash = 1.0, True
        game.run(ticks=4)
        reached.append(game.res.objectives_reached[0])
    assert reached == [False, True]


# --- a hold that cannot be stood out in time ------------------------------------------------------------------

def test_a_hold_plus_the_fastest_way_there_past_the_time_limit_is_refused(tmp_path):
    path = with_map_properties(write_map(tmp_path, LONG_HALL, more_objects=pad(2400, 64, 64, 64, hold=58)),
                               '<property name="time_limit" type="float" value="60"/>')
    assert problems(path) == [
        f'{path}: layer "objects", object 50 "pad", property hold: expected fewer seconds than the map\'s time_limit '
        "(60) less the time to get there, found 58, with the objective 2,352 px from the player spawn: 2.87 s to get "
        "there even dashing all the way (shorten the hold, move the objective nearer the player spawn, or lengthen "
        "time_limit in Map Properties)"]


def test_an_objective_too_far_to_reach_in_the_time_limit_is_refused(tmp_path):
    path = with_map_properties(write_map(tmp_path, LONG_HALL, more_objects=pad(2400, 64, 64, 64)),
                               '<property name="time_limit" type="float" value="2"/>')
    assert problems(path) == [
        f'{path}: layer "objects", object 50 "pad": expected an objective the player can get to within the map\'s '
        "time_limit (2 s), found it 2,352 px from the player spawn: 2.87 s to get there even dashing all the way "
        "(move it nearer the player spawn, or lengthen time_limit in Map Properties)"]


def test_a_hold_with_time_to_get_there_passes(tmp_path):
    path = with_map_properties(write_map(tmp_path, LONG_HALL, more_objects=pad(2400, 64, 64, 64, hold=57)),
                               '<property name="time_limit" type="float" value="60"/>')
    assert problems(path) == []


# --- wind_speed -----------------------------------------------------------------------------------------------

def test_a_wind_speed_past_the_most_the_storm_can_draw_is_refused(tmp_path):
    path = with_map_properties(write_map(tmp_path, ROOM), '<property name="wind_speed" type="float" value="1e9"/>')
    assert problems(path) == [
        f"{path}: map, property wind_speed: expected px per second the dust drifts, from 0 to 280 (a float property), "
        "found 1e+09"]


def test_the_most_wind_speed_is_read(tmp_path):
    path = with_map_properties(write_map(tmp_path, ROOM),
                               f'<property name="wind_speed" type="float" value="{WIND_SPEED_MAX}"/>')
    assert load_level(path).wind_speed == WIND_SPEED_MAX


# --- how many enemies ---------------------------------------------------------------------------------------------

def many_enemies(count: int) -> list[str]:
    """A room with `count` Dis on every other cell of every other row, the player in the south-west corner."""
    columns = 42  # 20 Dis to a row
    rows = ["#" * columns]
    for row in range(-(-count // 20)):
        here = min(20, count - row * 20)
        rows += ["#" + ".E" * here + "." * (columns - 2 - 2 * here) + "#", "#" + "." * (columns - 2) + "#"]
    rows += ["#P" + "." * (columns - 3) + "#", "#" * columns]
    return rows


def test_more_enemies_than_the_game_can_move_in_real_time_are_refused(tmp_path):
    path = write_map(tmp_path, many_enemies(MAX_ENEMIES + 1))
    assert problems(path) == [
        f"{path}: map: expected at most 400 enemy_spawn objects, found 401 (with more than 400 machines the game "
        "cannot keep up with real time and the level plays in slow motion; remove some, or spread the fight over "
        "more maps)"]


def test_the_most_enemies_pass(tmp_path):
    path = write_map(tmp_path, many_enemies(MAX_ENEMIES))
    assert len(load_level(path).enemy_spawns) == MAX_ENEMIES
    assert problems(path) == []


def test_the_shipped_levels_are_well_within_the_new_limits():
    for result in check_paths([LEVELS], load_catalog()):
        assert result.problems == ()
        level = load_level(result.path)
        assert len(level.enemy_spawns) <= MAX_ENEMIES // 10 and level.wind_speed <= WIND_SPEED_MAX / 2
