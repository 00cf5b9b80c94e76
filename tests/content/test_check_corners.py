"""The checker names an inside-corner sheet (X_corners.png) the game cannot use, which it would otherwise drop without
a word; it reads the sheet's size from the file, as it does a tileset's image, with no display."""

import subprocess
import sys
from pathlib import Path

import pygame

from game.content.catalog import load_catalog
from game.content.check import check_map
from tests.maps import TILE, write_map

ROOT = Path(__file__).resolve().parents[2]
ROOM = ["##########", "#........#", "#.P...E..#", "#........#", "##########"]
BRUSH = ('<wangsets><wangset name="walls" type="edge" tile="1"><wangcolor name="wall" color="#ff0000" tile="1" '
         'probability="1"/><wangtile tileid="1" wangid="1,0,1,0,1,0,1,0"/></wangset></wangsets></tileset>')


def brush_map(folder: Path) -> Path:
    """A map painted with a tileset of the designer's own (test.png) whose wall tile is a terrain brush's."""
    pygame.image.save(pygame.Surface((TILE * 2, TILE)), folder / "test.png")
    path = write_map(folder, ROOM, name="level.tmx")
    path.write_text(path.read_text().replace("</tileset>", BRUSH))
    return path


def corner_warnings(path: Path) -> list[str]:
    return [str(warning) for warning in check_map(path, load_catalog()).warnings if "_corners.png" in str(warning)]


def test_a_corner_sheet_drawn_for_smaller_tiles_is_named_with_the_size_it_needs(tmp_path):
    path = brush_map(tmp_path)
    pygame.image.save(pygame.Surface((TILE * 2, TILE // 2)), tmp_path / "test_corners.png")  # 16 px pieces
    assert corner_warnings(path) == [
        f"{path}: inside-corner sheet test_corners.png (beside tileset image test.png): expected 4 pieces of "
        f"{TILE} x {TILE} px (the tiles' size) across, a row for each Wang set: {TILE * 4} px wide, and at least "
        f"{TILE} px high for its Wang set, found {TILE * 2} x {TILE // 2} px (the inside corners are not cut as drawn: "
        "draw the pieces at the tiles' size (docs/level-design/reference.md, a tileset of your own), or remove the "
        "sheet)"]


def test_a_corner_sheet_the_game_cannot_read_is_named_and_a_good_one_or_none_says_nothing(tmp_path):
    path = brush_map(tmp_path)
    assert corner_warnings(path) == []  # none: the corners stay as painted, as the guide says
    pygame.image.save(pygame.Surface((TILE * 4, TILE)), tmp_path / "test_corners.png")
    assert corner_warnings(path) == []
    (tmp_path / "test_corners.png").write_text("not a png")
    assert corner_warnings(path) == [f"{path}: inside-corner sheet test_corners.png (beside tileset image test.png): "
                                     "expected an image the game can read, found a file that is not a PNG image "
                                     "(the inside corners stay as painted: save it again as a PNG, or remove it)"]


def test_the_check_reads_a_corner_sheet_with_no_display(tmp_path):
    path = brush_map(tmp_path)
    pygame.image.save(pygame.Surface((TILE, TILE)), tmp_path / "test_corners.png")
    result = subprocess.run([sys.executable, "main.py", "check", str(path)], capture_output=True, text=True, cwd=ROOT,
                            timeout=120, env={"PATH": "", "PYTHONPATH": str(ROOT)})  # no SDL driver, no DISPLAY
    assert "warning: " in result.stdout and "test_corners.png" in result.stdout and "Traceback" not in result.stderr


def test_a_corner_sheet_named_after_the_tileset_not_its_image_is_named_with_the_name_the_game_reads(tmp_path):
    path = brush_map(tmp_path)
    path.write_text(path.read_text().replace('name="test"', 'name="walls"'))  # the tileset "walls", its image test.png
    pygame.image.save(pygame.Surface((TILE * 4, TILE)), tmp_path / "walls_corners.png")
    assert corner_warnings(path) == [
        f'{path}: inside-corner sheet walls_corners.png (for tileset "walls"): expected the sheet named after the '
        "tileset's image test.png: test_corners.png beside it, found walls_corners.png, named after the tileset (the "
        "game does not read it, and the inside corners stay as painted: rename it test_corners.png)"]
    (tmp_path / "walls_corners.png").rename(tmp_path / "test_corners.png")
    assert corner_warnings(path) == []
