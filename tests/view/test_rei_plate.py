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


@pytest.mark.parametrize("offset", [(0, 0), (0, -24), (0, 24), (30, 10), (-30, -10)])
def test_rei_s_plate_keeps_off_the_pad_s_ring_and_count_and_stays_by_her_target(outpost, offset):
    region = outpost.res.level.objectives[0].region
    left, top = region.x - 560, region.y - 260  # the pad's bounds at (560, 260) to (720, 420) on screen
    camera = SimpleNamespace(left=left, top=top, to_screen=lambda x, y: (x - left, y - top))
    target, (pos, _) = outpost.world.query(Position, Brain)[0]
    pos.x = pos.prev_x = region.x + region.width / 2 + offset[0]  # on the pad, near its middle
    pos.y = pos.prev_y = region.y + region.height / 2 + offset[1]
    outpost.res.advice = Advice(target, 0.42, 1.3)
    marker = ReiMarker()
    marker.update(outpost, 0.5)  # in place, whole

    marks = pygame.Surface((1280, 720))
    marks.fill((0, 0, 0))
    hud = plates(marks.get_size(), outpost)
    found = objective_markers(marks, outpost, camera, 0.0, hud)  # the pad's ring and its count, as a frame draws
    # them first
    rei = pygame.Surface((1280, 720))
    rei.fill((0, 0, 0))
    marker.draw(rei, outpost, camera, 1.0, 0.0, hud, None, found)

    ys, xs = np.nonzero((np.abs(pixels(rei).astype(int) - PLATE_FILL) <= 1).all(axis=2))
    plate = pygame.Rect(xs.min(), ys.min() - 1, xs.max() - xs.min() + 1, ys.max() - ys.min() + 2)  # and its top line
    assert plate.h == PLATE_HEIGHT  # found: her plate and nothing else
    drawn = pixels(marks)[plate.top:plate.bottom, plate.left:plate.right].any(axis=2)
    assert not drawn.any(), (offset, plate)  # no px of the ring or the count under it
    x, y = camera.to_screen(pos.x, pos.y)
    assert abs(plate.centerx - x) <= 1  # by her target: centred under or over it, no further off than her marks go
    assert abs(plate.centery - y) <= 2 * MARKER_REACH + PLATE_HEIGHT
