"""The Mars base's deck reads as a worn floor with painted lanes, not as bathroom tiles: worn plates (53, 54) join the
deck plate (24) seamlessly and are scattered thinly in the shipped Mars maps, and the painted lines, across (28) and
up and down (55), run in lanes, never turned so their plate is lit from elsewhere than up and to the left."""

from pathlib import Path

import numpy as np
import pygame
import pytest

from game.content.level import load_level
from tests.view.test_tile_shadows import FLIP_D, FLIP_X, FLIP_Y, turned

ROOT = Path(__file__).resolve().parents[2]
SHEET = ROOT / "assets" / "tilesets" / "mars.png"
MARS_MAPS = [ROOT / "levels" / "mars_base.tmx", ROOT / "levels" / "outpost.tmx"]
FLIPS = FLIP_X | FLIP_Y | FLIP_D
DECK, WORN = 24, (53, 54)
LINES = {28: (0, 1), 55: (1, 0)}  # painted line → the step (rows, columns) along it


pytestmark = pytest.mark.usefixtures("display")  # tests/view/conftest.py: the pictures need a display


def tile(tid: int) -> pygame.Surface:
    return pygame.image.load(str(SHEET)).subsurface(((tid % 8) * 32, (tid // 8) * 32, 32, 32)).copy()


def rgb(image: pygame.Surface) -> np.ndarray:
    return pygame.surfarray.array3d(image).astype(float)  # [x, y, channel]


def ring(pixels: np.ndarray) -> np.ndarray:
    """The tile's outermost pixels, where it meets its neighbours: the plate's bevel."""
    return np.concatenate([pixels[0, :], pixels[-1, :], pixels[1:-1, 0], pixels[1:-1, -1]])


def ground(path: Path) -> list[list[int]]:
    [layer] = [layer for layer in load_level(path).layers if layer.name == "ground"]
    return layer.cells


@pytest.mark.parametrize("tid", [*WORN, 55])
def test_a_new_deck_plate_is_opaque_joins_the_deck_plate_seamlessly_and_shows_what_it_is(tid):
    plate, deck = tile(tid), tile(DECK)
    assert (pygame.surfarray.array_alpha(plate) == 255).all(), "a ground tile must cover the ground under it"
    seam = np.abs(ring(rgb(plate)) - ring(rgb(deck))).mean()
    assert seam < 3, f"its edges differ from the deck plate's by {seam:.1f} of 255: a seam would show"
    inside = np.abs(rgb(plate)[4:28, 4:28] - rgb(deck)[4:28, 4:28]).max(axis=2)
    assert (inside > 12).sum() > 20, "it looks like the plain deck plate: no wear, no paint shows"


def test_the_line_up_and_down_is_the_line_across_turned_a_quarter():
    """Painted in the same paint and width, so a lane turning from one to the other looks like one lane."""
    across, down = rgb(tile(28)), rgb(tile(55))
    paint_across = np.abs(across - rgb(tile(DECK))).max(axis=2) > 12
    paint_down = np.abs(down - rgb(tile(DECK))).max(axis=2) > 12
    assert paint_across.sum() > 40 and abs(int(paint_across.sum()) - int(paint_down.sum())) < 12
    assert np.array_equal(paint_across[:, 13:19].any(axis=1), np.ones(32, bool)), "the line across leaves a gap"
    assert np.array_equal(paint_down[13:19, :].any(axis=0), np.ones(32, bool)), "the line down leaves a gap"
    assert np.abs(across[paint_across].mean(axis=0) - down[paint_down].mean(axis=0)).max() < 8, "another paint"


@pytest.mark.parametrize("path", MARS_MAPS, ids=lambda p: p.stem)
def test_the_painted_lines_run_in_lanes_lit_as_the_deck(path):
    """Each painted line cell carries on its line (along a row for 28, down a column for 55) for 3 cells or more: a
    lane, not a dash on its own; and one flipped or turned in Tiled still has its bevel lit from up-left like every
    plate round it (a line turned with Z would not: 55 is the line up and down)."""
    cells = ground(path)
    deck_ring = ring(rgb(tile(DECK)))
    for row, line in enumerate(cells):
        for col, gid in enumerate(line):
            tid = (gid & ~FLIPS) - 1
            if tid not in LINES:
                continue
            step = LINES[tid][::-1] if gid & FLIP_D else LINES[tid]

            def same(r, c):
                return 0 <= r < len(cells) and 0 <= c < len(line) and cells[r][c] == gid
            run = 1 + sum(1 for k in (1, 2) if same(row + k * step[0], col + k * step[1]))
            run += sum(1 for k in (1, 2) if same(row - k * step[0], col - k * step[1]))
            assert run >= 3, f"{path.name}: the painted line at column {col}, row {row} is a dash, not a lane"
            seam = np.abs(ring(rgb(turned(tile(tid), gid & FLIPS))) - deck_ring).mean()
            assert seam < 3, f"{path.name}: the line at column {col}, row {row} is turned so its bevel is lit wrong"


@pytest.mark.parametrize("path", MARS_MAPS, ids=lambda p: p.stem)
def test_the_deck_has_worn_plates_scattered_thinly_among_the_plain_ones(path):
    cells = ground(path)
    worn = [(row, col) for row, line in enumerate(cells) for col, gid in enumerate(line)
            if (gid & ~FLIPS) - 1 in WORN]
    kinds = {(cells[row][col] & ~FLIPS) - 1 for row, col in worn}
    deck = sum(1 for line in cells for gid in line if (gid & ~FLIPS) - 1 == DECK)
    assert kinds == set(WORN), f"{path.name}: worn plates {sorted(kinds)} of {list(WORN)}: every plate alike"
    assert len(worn) * 8 <= deck, f"{path.name}: {len(worn)} worn plates in {deck} plain ones: they would pattern"
    for row, col in worn:
        near = [(r, c) for r, c in worn if (r, c) != (row, col) and abs(r - row) <= 1 and abs(c - col) <= 1]
        assert not near, f"{path.name}: worn plates side by side at column {col}, row {row} and {near}"
