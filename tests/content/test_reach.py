"""The reachability grid's open points: the fast run-stamping answers what a circle-against-cells test says."""

import math
import random
from types import SimpleNamespace

import pytest

from game.content.reach import PROBE, open_probes
from game.content.level_data import LevelData


def fits(level, x: float, y: float, radius: float) -> bool:
    """The definition: a circle of this radius at (x, y) touches no solid cell (outside the map is solid)."""
    tw, th = level.tile_width, level.tile_height
    for row in range(math.floor((y - radius) / th), math.floor((y + radius) / th) + 1):
        for column in range(math.floor((x - radius) / tw), math.floor((x + radius) / tw) + 1):
            if LevelData.is_solid_cell(level, column, row):
                near_x = min(max(x, column * tw), column * tw + tw)
                near_y = min(max(y, row * th), row * th + th)
                if math.hypot(x - near_x, y - near_y) < radius:
                    return False
    return True


def random_level(seed: int, tile: tuple[int, int], size: tuple[int, int], density: float):
    rng = random.Random(seed)
    width, height = size
    solid = tuple(tuple(rng.random() < density for _ in range(width)) for _ in range(height))
    return with_open_cells(SimpleNamespace(tile_width=tile[0], tile_height=tile[1], width=width, height=height,
                                           solid=solid))


def with_open_cells(level):
    """The level with LevelData's own open_cells table, which open_probes reads the walls from."""
    level.open_cells = LevelData.open_cells.func(level)
    return level


@pytest.mark.parametrize("seed, tile, size, density, radius", [
    (1, (32, 32), (30, 20), 0.15, 20.0),   # the shipped maps' tiles, the Layzner's size
    (2, (32, 32), (25, 25), 0.40, 24.0),   # crowded: most probes are near a wall
    (3, (16, 16), (40, 30), 0.10, 20.0),   # a radius wider than a tile
    (4, (24, 40), (20, 15), 0.20, 13.5),   # tiles neither square nor a multiple of the probe spacing
    (5, (8, 8), (60, 40), 0.05, 30.0),     # small tiles, a radius several tiles wide
    (6, (32, 32), (12, 9), 0.0, 20.0),     # no walls: only the map's edges close probes
])
def test_open_probes_match_the_exact_test_everywhere(seed, tile, size, density, radius):
    level = random_level(seed, tile, size, density)
    columns = level.width * level.tile_width // PROBE + 1
    rows = level.height * level.tile_height // PROBE + 1
    grid = open_probes(level, radius, columns, rows)
    wrong = [(c, r) for r in range(rows) for c in range(columns)
             if bool(grid[r][c]) != fits(level, c * PROBE, r * PROBE, radius)]
    assert wrong == []


def test_a_probe_exactly_a_radius_from_a_wall_is_open():
    # One solid cell at column 2, row 2 (x 64..96, y 64..96); a probe 16 px left of it with radius 16 just touches.
    solid = tuple(tuple(c == 2 and r == 2 for c in range(6)) for r in range(6))
    level = with_open_cells(SimpleNamespace(tile_width=32, tile_height=32, width=6, height=6, solid=solid))
    grid = open_probes(level, 16.0, 6 * 32 // PROBE + 1, 6 * 32 // PROBE + 1)
    assert grid[5][3] == 1      # (48, 80): 16 px from the cell's left side, touching, not overlapping
    assert grid[5][4] == 0      # (64, 80): on the cell's edge
    assert grid[1][5] == 1      # (80, 16): 48 px above the cell, 16 from the map's top edge
    assert grid[0][5] == 0      # (80, 0): on the map's edge
