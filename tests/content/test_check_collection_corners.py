"""A tileset of the designer's own made as an image collection (each tile its own image) gets no inside corners,
whatever corner sheet lies beside it: the checker says so of a sheet painted for one, which the game would otherwise
pass over without a word."""

import os
from pathlib import Path

import numpy as np
import pygame

from game.content.catalog import load_catalog
from game.content.check import check_map
from game.content.level import load_level
from game.view.tiles import E, N, S, W
from tests.maps import DIS, TILE

PLAN = ["......",
        ".###..",
        ".###..",
        ".##...",
        "...P.E"]  # the block turns round cell (3, 3): column 2, row 2 has an inside corner at its south-east


def blank(path: Path, colour, size=(TILE, TILE)) -> None:
    picture = pygame.Surface(size, pygame.SRCALPHA)
    picture.fill(colour)
    pygame.image.save(picture, str(path))


def collection_map(folder: Path) -> Path:
    """A map painted with own.tsx, an image collection: ground (tile 0) and a terrain brush's 16 wall tiles, each
    its own image wall_<sides>.png, the walls drawn round a block with an inside corner."""
    blank(folder / "ground.png", (90, 60, 40, 255))
    tiles = ['<tile id="0"><image source="ground.png" width="32" height="32"/></tile>']
    wang = []
    for sides in range(16):
        blank(folder / f"wall_{sides}.png", (120, 120, 120 + sides * 8, 255))
        tiles.append(f'<tile id="{sides + 1}"><properties><property name="solid" type="bool" value="true"/>'
                     f'</properties><image source="wall_{sides}.png" width="32" height="32"/></tile>')
        top, right, bottom, left = (int(bool(sides & side)) for side in (N, E, S, W))
        wang.append(f'<wangtile tileid="{sides + 1}" wangid="{top},0,{right},0,{bottom},0,{left},0"/>')
    (folder / "own.tsx").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tileset version="1.10" name="own" tilewidth="32" tileheight="32" '
        'tilecount="17" columns="0"><grid orientation="orthogonal" width="1" height="1"/>' + "".join(tiles)
        + '<wangsets><wangset name="walls" type="edge" tile="-1"><wangcolor name="wall" color="#ff0000" tile="-1" '
        'probability="1"/>' + "".join(wang) + '</wangset></wangsets></tileset>')

    def block(row, col):
        return 0 <= row < len(PLAN) and 0 <= col < len(PLAN[0]) and PLAN[row][col] == "#"
    walls = [[2 + N * block(r - 1, c) + E * block(r, c + 1) + S * block(r + 1, c) + W * block(r, c - 1)
              if block(r, c) else 0 for c in range(len(PLAN[0]))] for r in range(len(PLAN))]

    def csv(grid):
        return ",\n".join(",".join(map(str, row)) for row in grid)
    spawns = "".join(f'<object id="{n + 1}" type="{kind}" x="{x * TILE + 16}" y="{y * TILE + 16}">{props}<point/>'
                     "</object>" for n, (kind, x, y, props) in enumerate([
                         ("player_spawn", 3, 4, ""),
                         ("enemy_spawn", 5, 4, f'<properties>{DIS}</properties>')]))
    path = folder / "level.tmx"
    path.write_text(f'''<?xml version="1.0" encoding="UTF-8"?>
<map version="1.10" orientation="orthogonal" renderorder="right-down" width="6" height="5" tilewidth="32"
 tileheight="32" infinite="0" nextlayerid="4" nextobjectid="3">
 <tileset firstgid="1" source="own.tsx"/>
 <layer id="1" name="ground" width="6" height="5"><data encoding="csv">
{csv([[1] * 6 for _ in PLAN])}
</data></layer>
 <layer id="2" name="walls" width="6" height="5"><data encoding="csv">
{csv(walls)}
</data></layer>
 <objectgroup id="3" name="objects">{spawns}</objectgroup>
</map>''')
    return path


def corner_warnings(path: Path) -> list[str]:
    return [str(warning) for warning in check_map(path, load_catalog()).warnings if "_corners.png" in str(warning)]


def told(path: Path, sheets: str) -> str:
    return (f"{path}: inside-corner {sheets} (for tileset \"own.tsx\"): expected a tileset made from one image, X.png: "
            "the game fills its terrain brushes' inside corners from X_corners.png beside it, found an image "
            "collection (each tile its own image), whose inside corners the game does not fill (the inside corners "
            "stay as Tiled shows them: to have them filled, make the tileset from one image (New Tileset..., Based on "
            "Tileset Image) and paint X_corners.png beside it (docs/level-design/reference.md, a tileset of your own), "
            "or remove the sheet)")


def test_a_corner_sheet_painted_for_an_image_collection_is_named_as_one_the_game_does_not_use(tmp_path):
    path = collection_map(tmp_path)
    assert corner_warnings(path) == []  # none: the corners stay as painted, as the guide says
    blank(tmp_path / "own_corners.png", (255, 0, 0, 255), (TILE * 4, TILE))  # a good sheet, for a tileset image
    assert corner_warnings(path) == [told(path, "sheet own_corners.png")]


def test_corner_sheets_beside_a_collection_s_tile_images_are_named_in_one_line_and_not_measured(tmp_path):
    path = collection_map(tmp_path)
    for sides in (3, 6, 7, 9, 12):  # beside five of the seven brush tiles painted; one drawn for smaller tiles
        blank(tmp_path / f"wall_{sides}_corners.png", (255, 0, 0, 255), (TILE * (2 if sides == 3 else 4), TILE))
    blank(tmp_path / "wall_0_corners.png", (255, 0, 0, 255), (TILE * 4, TILE))  # beside a tile the map leaves out
    assert corner_warnings(path) == [told(path, "sheets wall_3_corners.png, wall_6_corners.png, wall_7_corners.png "
                                                "and 2 more")]


def test_an_image_collection_s_inside_corners_stay_as_painted_whatever_sheet_lies_beside_it(tmp_path):
    # What the warning says, as the game draws it.
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    pygame.init()
    pygame.display.set_mode((64, 64))
    try:
        from game.view.map_view import MapView
        path = collection_map(tmp_path)
        blank(tmp_path / "own_corners.png", (255, 0, 0, 255), (TILE * 4, TILE))
        for sides in range(16):
            blank(tmp_path / f"wall_{sides}_corners.png", (255, 0, 0, 255), (TILE * 4, TILE))
        level = load_level(path)
        view = MapView(level)
        drawn = pygame.surfarray.array3d(view._render_chunk(0, 0))
        walls = level.layers[1].cells
        for row in range(len(PLAN)):
            for col in range(len(PLAN[0])):
                if walls[row][col]:
                    cell = drawn[col * TILE:(col + 1) * TILE, row * TILE:(row + 1) * TILE]
                    assert (cell == pygame.surfarray.array3d(view._tiles[walls[row][col]])).all(), (col, row)
        assert not np.any(drawn[..., 0] == 255)  # no red piece anywhere
    finally:
        pygame.quit()
