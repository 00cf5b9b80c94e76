"""The autotiles' inside corners: where a block turns round a cell on its diagonal, the game lays its tileset's corner
piece (X_corners.png) over the tile there, so the neighbours' faces turn the corner instead of stopping short."""

import os
import random
from pathlib import Path

import numpy as np
import pygame
import pytest

from game.content.level import load_level
from game.view.map_view import MapView, _inside_corners
from game.view.tiles import INSIDE_CORNERS, Autotile, E, N, S, W, Sheets, cut_corners
from tests.maps import mars_map

ROOT = Path(__file__).resolve().parents[2]
TILESETS = ROOT / "assets" / "tilesets"
ROCK, WALL = 1 + 56, 1 + 32  # the mask-0 gids of Mars's rock cliffs and base walls (mars.tsx's Wang sets 1 and 0)


def autotiled(plan: list[str], first: int) -> list[list[int]]:
    """Gids of the autotile whose mask-0 gid is `first` where plan has '#', each the tile of its neighbours."""
    def block(row, col):
        return 0 <= row < len(plan) and 0 <= col < len(plan[0]) and plan[row][col] == "#"
    return [[first + (N * block(r - 1, c) + E * block(r, c + 1) + S * block(r + 1, c) + W * block(r, c - 1))
             if block(r, c) else 0 for c in range(len(plan[0]))] for r in range(len(plan))]


def cells_of(view: MapView) -> dict[tuple[int, int], np.ndarray]:
    """The map drawn as the game draws it, cut into its cells: (column, row) → pixels."""
    chunk = pygame.surfarray.array3d(view._render_chunk(0, 0))
    return {(c, r): chunk[c * 32:(c + 1) * 32, r * 32:(r + 1) * 32]
            for r in range(view.level.height) for c in range(view.level.width)}


def plain(view: MapView, gid: int) -> np.ndarray:
    return pygame.surfarray.array3d(view._tiles[gid])


PLAN = ["......",
        ".###..",
        ".###..",
        ".##...",
        "......"]  # the block turns round cell (3, 3): column 2, row 2 has an inside corner at its south-east


@pytest.mark.parametrize("first", [ROCK, WALL])
def test_an_inside_corner_gets_its_piece_and_no_other_cell_changes(display, tmp_path, first):
    walls = autotiled(PLAN, first)
    view = MapView(mars_map(tmp_path, {"ground": [[1] * 6 for _ in PLAN], "walls": walls}))
    cells = cells_of(view)
    place = 1 if first == ROCK else 0  # the Wang set's row in mars_corners.png
    sheet = pygame.image.load(str(TILESETS / "mars_corners.png"))
    piece = sheet.subsurface((INSIDE_CORNERS.index((S, E)) * 32, place * 32, 32, 32))
    alpha = pygame.surfarray.array_alpha(piece) == 255
    corner = cells[2, 2]
    assert alpha.sum() > 20 and alpha[-4:, -4:].all()  # a piece, in the cell's south-east corner
    assert (corner[alpha] == pygame.surfarray.array3d(piece)[alpha]).all()
    assert (corner[alpha] != plain(view, walls[2][2])[alpha]).any(axis=1).mean() > 0.5  # not the bare tile
    assert (corner[~alpha] == plain(view, walls[2][2])[~alpha]).all()
    for (col, row), pixels in cells.items():
        if walls[row][col] and (col, row) != (2, 2):  # an outside corner, a straight side: the tile as it was
            assert (pixels == plain(view, walls[row][col])).all(), (col, row)


def test_a_block_of_another_terrain_across_leaves_the_corner_as_painted(display, tmp_path):
    walls = autotiled(PLAN, ROCK)
    walls[3][2] = WALL + N + E  # the cell south of the corner's: a wall, joined as the rock would be
    view = MapView(mars_map(tmp_path, {"ground": [[1] * 6 for _ in PLAN], "walls": walls}))
    assert (cells_of(view)[2, 2] == plain(view, walls[2][2])).all()


FLIP_X, FLIP_Y, FLIP_D = 1 << 31, 1 << 30, 1 << 29  # Tiled's flags in a gid: X, Y and the diagonal (Z turns)
TURNS = [FLIP_X, FLIP_Y, FLIP_X | FLIP_Y, FLIP_D, FLIP_D | FLIP_X, FLIP_D | FLIP_Y, FLIP_D | FLIP_X | FLIP_Y]
BLOCKS = [".......",
          ".####..",
          ".####..",
          ".##.#..",
          ".##.##.",
          ".#####.",
          "......."]  # inside corners of all four kinds, none the mirror or turn of another


def turned_grid(grid: list[list[int]], flags: int) -> list[list[int]]:
    """The map's cells flipped and turned as a whole, as Tiled's X, Y and Z do to a selection: each cell moved, its
    tile given the flags."""
    if flags & FLIP_D:
        grid = [list(row) for row in zip(*grid)]
    if flags & FLIP_X:
        grid = [row[::-1] for row in grid]
    if flags & FLIP_Y:
        grid = grid[::-1]
    return [[gid | flags if gid else 0 for gid in row] for row in grid]


def turned_pixels(pixels: np.ndarray, flags: int) -> np.ndarray:
    """A picture ([x, y] pixels) flipped and turned as Tiled's flags turn a tile: the diagonal a transpose, then X
    and Y mirror."""
    if flags & FLIP_D:
        pixels = pixels.transpose(1, 0, 2)
    if flags & FLIP_X:
        pixels = pixels[::-1]
    if flags & FLIP_Y:
        pixels = pixels[:, ::-1]
    return pixels


@pytest.mark.parametrize("first", [ROCK, WALL])
@pytest.mark.parametrize("flags", TURNS, ids=lambda f: "".join(n for n, b in zip("XYD", (FLIP_X, FLIP_Y, FLIP_D))
                                                                if f & b))
def test_a_flipped_or_turned_block_is_drawn_as_the_mirror_of_the_block_inside_corners_and_all(display, tmp_path,
                                                                                              first, flags):
    # A designer who flips or turns a block of walls in Tiled gets its inside corners filled as the block's own
    # are, in the places its flipped tiles' sides put them: the notches did come back
    walls = autotiled(BLOCKS, first)
    view = MapView(mars_map(tmp_path, {"walls": walls}, name="block.tmx"))
    mirror = MapView(mars_map(tmp_path, {"walls": turned_grid(walls, flags)}, name="mirror.tmx"))
    assert sum(len(pieces) for pieces in view._corners[0].values()) == 5  # pieces to draw, or the test is idle
    drawn = pygame.surfarray.array3d(view._render_chunk(0, 0))
    assert (pygame.surfarray.array3d(mirror._render_chunk(0, 0)) == turned_pixels(drawn, flags)).all()


def corners_by_the_rule(cells, autotiles):
    """_inside_corners's rule spelt out cell by cell: an autotile joining both sides of a corner, the cells across
    them autotiles of its terrain that do not join the other side."""
    step = {N: (-1, 0), E: (0, 1), S: (1, 0), W: (0, -1)}

    def across(row, col, side):
        row, col = row + step[side][0], col + step[side][1]
        return autotiles.get(cells[row][col]) if 0 <= row < len(cells) and 0 <= col < len(cells[0]) else None

    found = {}
    for column, (a, b) in enumerate(INSIDE_CORNERS):
        for row, gids in enumerate(cells):
            for col, gid in enumerate(gids):
                tile, over_a, over_b = autotiles.get(gid), across(row, col, a), across(row, col, b)
                if (tile and tile.sides & a and tile.sides & b and over_a and over_b
                        and over_a.terrain == over_b.terrain == tile.terrain
                        and not over_a.sides & b and not over_b.sides & a and tile.corners[column] is not None):
                    found.setdefault(row, []).append((col, tile.corners[column]))
    return found


def test_inside_corners_are_found_as_the_rule_says_on_random_layers():
    rng = random.Random(7)
    for case in range(400):
        # a brush or several, of one tileset or two; gids of no brush, flipped ones and the empty cell between
        terrains = [("a.png", 0)] if case % 2 else [("a.png", 0), ("a.png", 1), ("b.png", 0)]
        autotiles = {gid: Autotile(rng.choice(terrains), rng.randrange(16),
                                   tuple(None if rng.random() < 0.2 else f"piece {gid} {c}" for c in range(4)))
                     for gid in rng.sample(range(1, 100), rng.randint(1, 30))}
        others = [0, 0, 100, 5000, 0x80000000 | next(iter(autotiles)), 0xFFFFFFFF]
        dense, width, height = (0.9 if case % 3 else 0.3), rng.randint(1, 10), rng.randint(1, 10)
        cells = tuple(tuple(rng.choice(list(autotiles)) if rng.random() < dense else rng.choice(others)
                            for _ in range(width)) for _ in range(height))
        assert _inside_corners(cells, autotiles) == corners_by_the_rule(cells, autotiles), case


def test_the_tiles_of_a_terrain_brush_know_their_wang_set_and_sides():
    level = load_level(ROOT / "levels" / "new_york.tmx")
    seen = set()
    for tile in level.tiles.values():
        local = tile.y // 32 * 8 + tile.x // 32
        if 32 <= local < 80 and not (tile.flip_x or tile.flip_y or tile.flip_diagonal):
            place, mask = divmod(local - 32, 16)  # the towers, the ruins, the checkpoint walls: new_york.tsx's order
            assert tile.edge == ((place, mask) if mask else None), local  # mask 0 is no Wang tile (tileset.py)
            seen.add(place)
        elif local < 32 or local >= 80:
            assert tile.edge is None, local
    assert seen == {0, 1, 2}


def test_every_corner_piece_is_drawn_and_keeps_to_its_corner():
    for name, sets in (("mars", 2), ("new_york", 3)):
        sheet = pygame.image.load(str(TILESETS / f"{name}_corners.png"))
        assert sheet.get_size() == (4 * 32, sets * 32)
        for place in range(sets):
            for column, (a, b) in enumerate(INSIDE_CORNERS):
                alpha = pygame.surfarray.array_alpha(sheet.subsurface((column * 32, place * 32, 32, 32)))
                xs, ys = np.nonzero(alpha)
                corner_x, corner_y = (31 if b == E else 0), (0 if a == N else 31)
                assert alpha[corner_x, corner_y] == 255, (name, place, column)
                # within the faces' reach of that corner (the tallest, a tower's south facade, 14 px and its roof's
                # setback 5 more), never the far side of the tile
                assert np.abs(xs - corner_x).max() < 28 and np.abs(ys - corner_y).max() < 28, (name, place, column)


def on_a_copy_of_the_tileset(folder: Path, tsx: str, images: dict[str, str], layers: dict[str, list[list[int]]]):
    """A map of these layers on a copy of mars.tsx (its text `tsx`) beside it in `folder`, with the tileset's images
    copied as `images` names them (name in assets/tilesets → name in the copy), read as the game reads it."""
    for image, copy in images.items():
        (folder / copy).write_bytes((TILESETS / image).read_bytes())
    (folder / "mars.tsx").write_text(tsx)
    mars_map(folder, layers)
    path = folder / "mars.tmx"  # made to read the copy of the tileset beside it
    path.write_text(path.read_text().replace(f'source="{os.path.relpath(TILESETS / "mars.tsx", folder)}"',
                                             'source="mars.tsx"'))
    return load_level(path)


def test_wang_sets_written_otherwise_than_tiled_writes_them_leave_their_tiles_plain_and_the_map_loads(tmp_path):
    tsx = (TILESETS / "mars.tsx").read_text()
    changed = (tsx.replace('type="edge"', 'type="corner"', 1)  # the walls' set, the first: not an edge set
               .replace('tileid="61" wangid="1,0,0,0,1,0,0,0"', 'tileid="61" wangid="1,0,0,0,x,0,0,0"')
               .replace('tileid="62" wangid="0,0,1,0,1,0,0,0"', 'tileid="62" wangid="0,0,1,0,2,0,0,0"'))
    assert changed.count("corner") == 1 and "x,0,0,0" in changed and "1,0,2,0" in changed
    # no problem reported: the game never needed the Wang sets
    images = {"mars.png": "mars.png", "mars_corners.png": "mars_corners.png"}
    level = on_a_copy_of_the_tileset(tmp_path, changed, images,
                                     {"walls": [[WALL + E, ROCK + N + S, ROCK + E + S, ROCK + N + E + S]]})
    edges = {tile.y // 32 * 8 + tile.x // 32: tile.edge for tile in level.tiles.values()}
    assert edges == {32 + E: None, 56 + N + S: None, 56 + E + S: None, 56 + N + E + S: (1, N + E + S)}


def test_a_tileset_image_whose_name_leaves_no_room_for_its_corners_name_draws_its_map(display, tmp_path):
    """An image named with 251 characters is one the system takes, but X_corners.png (and X_shadow.png) past 255 is
    not a name it can even look for: the map drew its autotiles and flipped standing tiles from it with a traceback."""
    image = "m" * 247 + ".png"
    tsx = (TILESETS / "mars.tsx").read_text().replace('source="mars.png"', f'source="{image}"')
    level = on_a_copy_of_the_tileset(tmp_path, tsx, {"mars.png": image},
                                     {"walls": [[WALL + E, ROCK + N + E, 10 | 0x80000000]]})  # 10: a small rock
    view = MapView(level)
    # none to lay: the corners stay as painted
    assert not any(tile.corners[0] for tile in cut_corners(level, Sheets()).values())
    assert view._render_chunk(0, 0).get_bounding_rect().width  # and the map is drawn
