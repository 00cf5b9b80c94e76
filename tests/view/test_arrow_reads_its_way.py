"""The arrows at the play band's edge (toward an objective out of view, Rei's pointer) read the way they point at any
angle: a head longer than it is wide, notched at the back, so one laid near level never reads as pointing down."""

import math

import pygame
import pytest

from game.view.markers import ARROW_LENGTH, arrow

COLOR = (255, 200, 70)
# The New York checkpoint's uplink from the Layzner's spawn: up and to the right, about 31° above level.
ANGLES = (-0.536, 0.0, 0.8, math.pi / 2, 2.5, -math.pi + 0.2)


def drawn(angle: float) -> tuple[pygame.Surface, tuple[float, float]]:
    surface = pygame.Surface((120, 120))
    surface.fill((40, 40, 40))
    tip = (60.0, 60.0)
    arrow(surface, tip, angle, COLOR)
    return surface, tip


def extents(surface, tip, angle: float) -> tuple[float, float]:
    """How far the arrow's own colour reaches along its line and across it."""
    mask = pygame.mask.from_threshold(surface, COLOR, (2, 2, 2, 255))
    way, side = (math.cos(angle), math.sin(angle)), (-math.sin(angle), math.cos(angle))
    along, across = [], []
    for x, y in mask.outline() or []:
        dx, dy = x + 0.5 - tip[0], y + 0.5 - tip[1]
        along.append(dx * way[0] + dy * way[1])
        across.append(dx * side[0] + dy * side[1])
    return max(along) - min(along), max(across) - min(across)


@pytest.mark.parametrize("angle", ANGLES)
def test_an_arrow_is_longer_along_its_line_than_it_is_wide(angle):
    surface, tip = drawn(angle)
    length, width = extents(surface, tip, angle)
    assert length >= 1.25 * width, f"{length:.1f} px long, {width:.1f} px wide: reads as its broad side"


@pytest.mark.parametrize("angle", ANGLES)
def test_an_arrow_is_notched_at_the_back_and_solid_toward_its_tip(angle):
    surface, tip = drawn(angle)

    def at(distance: float) -> tuple[int, int]:
        return int(tip[0] - math.cos(angle) * distance), int(tip[1] - math.sin(angle) * distance)
    assert surface.get_at(at(ARROW_LENGTH * 0.35))[:3] == COLOR  # the head itself, on its line
    assert surface.get_at(at(ARROW_LENGTH * 0.85))[:3] != COLOR  # the notch between the back corners
