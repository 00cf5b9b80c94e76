"""Rei's numbers keep off an objective's outline and label, as the label keeps off her marks, and stay by her
target: a machine on the extraction pad has its plate clear of the pad's ring and of its count."""

from types import SimpleNamespace

import numpy as np
import pygame
import pytest

from game.sim.components import Brain, Position
from game.sim.resources import Advice
from game.view.rei_marker import ReiMarker
from game.view.hud_plates import plates
from game.view.markers import MARKER_REACH, PLATE_HEIGHT, objective_markers
from game.view.text import PANEL

PLATE_FILL = tuple(round(c * 190 / 255) for c in PANEL)  # her plate's ground, laid at 190 of 255 over black


def pixels(surface) -> np.ndarray:
    return pygame.surfarray.array3d(surface).transpose(1, 0, 2)  # [y, x, rgb]


def her_plate_over(game, offset, layzner=None):
    """(her plate on screen, the pad's ring and count as a frame draws them first, the target's place on screen) with
    her target `offset` px from the pad's middle (the pad's bounds at (560, 260) to (720, 420) on screen), and the
    Layzner `layzner` px below the target (None: far off)."""
    region = game.res.level.objectives[0].region
    left, top = region.x - 560, region.y - 260
    camera = SimpleNamespace(left=left, top=top, to_screen=lambda x, y: (x - left, y - top))
    target, (pos, _) = game.world.query(Position, Brain)[0]
    pos.x = pos.prev_x = region.x + region.width / 2 + offset[0]
    pos.y = pos.prev_y = region.y + region.height / 2 + offset[1]
    if layzner is not None:
        me = game.world.get(game.player, Position)
        me.x = me.prev_x = pos.x
        me.y = me.prev_y = pos.y + layzner
    game.res.advice = Advice(target, 0.42, 1.3)
    marker = ReiMarker()
    marker.update(game, 0.5)  # in place, whole

    marks = pygame.Surface((1280, 720))
    marks.fill((0, 0, 0))
    hud = plates(marks.get_size(), game)
    found = objective_markers(marks, game, camera, 0.0, hud)
    rei = pygame.Surface((1280, 720))
    rei.fill((0, 0, 0))
    marker.draw(rei, game, camera, 1.0, 0.0, hud, None, found)

    ys, xs = np.nonzero((np.abs(pixels(rei).astype(int) - PLATE_FILL) <= 1).all(axis=2))
    plate = pygame.Rect(xs.min(), ys.min() - 1, xs.max() - xs.min() + 1, ys.max() - ys.min() + 2)  # and its top line
    assert plate.h == PLATE_HEIGHT  # found: her plate and nothing else
    return plate, marks, camera.to_screen(pos.x, pos.y)


@pytest.mark.parametrize("offset", [(0, 0), (0, -24), (0, 24), (30, 10), (-30, -10)])
def test_rei_s_plate_keeps_off_the_pad_s_ring_and_count_and_stays_by_her_target(outpost, offset):
    plate, marks, (x, y) = her_plate_over(outpost, offset)  # a machine on the pad, near its middle
    drawn = pixels(marks)[plate.top:plate.bottom, plate.left:plate.right].any(axis=2)
    assert not drawn.any(), (offset, plate)  # no px of the ring or the count under it
    assert abs(plate.centerx - x) <= 1  # by her target: centred under or over it, no further off than her marks go
    assert abs(plate.centery - y) <= 2 * MARKER_REACH + PLATE_HEIGHT


@pytest.mark.parametrize("offset, layzner", [((0, -180), 60), ((-120, -140), -60), ((160, -160), -60)])
def test_with_the_layzner_by_a_target_over_the_pad_her_plate_stands_beside_it_rather_than_across_the_ring(
        outpost, offset, layzner):
    """A target just above the pad, the Layzner under it (or over it, the goal's plates above): her numbers, kept off
    the Layzner and then off nothing but machines, were slid below it across the pad's ring, while the place beside
    her diamond was clear of everything."""
    plate, marks, (x, y) = her_plate_over(outpost, offset, layzner)
    drawn = pixels(marks)[plate.top:plate.bottom, plate.left:plate.right].any(axis=2)
    assert not drawn.any(), (offset, layzner, plate)  # no px of the ring or the count under it
    assert abs(plate.centery - y) <= 2 * MARKER_REACH + PLATE_HEIGHT  # still by her target
