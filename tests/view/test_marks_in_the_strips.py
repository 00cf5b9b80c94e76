"""Only the HUD's plates hide what is under them: a machine, or an objective's area, in the strip of map between the
armour plate and the order's plate at the top is marked where it stands, not pointed at as if it were covered; under
a plate, it still is."""

from types import SimpleNamespace

import pygame
import pytest

from game.content.feel import load_feel
from game.sim.components import Brain, Position
from game.sim.resources import Advice
from game.view import markers
from game.view.hud_plates import ARMOUR_PLATE, order_plate, plates
from game.view.markers import MARKER_REACH, objective_markers
from game.view.renderer import Renderer
from game.view.sprites import SpriteBank
from game.view.text import CYAN


def cyan(surface, rect) -> int:
    area = surface.subsurface(pygame.Rect(rect).clip(surface.get_rect()))
    return pygame.mask.from_threshold(area, CYAN, (1, 1, 1, 255)).count()


def gap(game) -> pygame.Rect:
    """The strip of map between the armour plate and the order's plate, down to the play band."""
    order = order_plate(1280, game)[0]
    return pygame.Rect(ARMOUR_PLATE.right, 0, order.left - ARMOUR_PLATE.right, markers.HUD_TOP)


def test_a_machine_in_the_strip_between_the_top_plates_gets_rei_s_diamond_on_the_frame(outpost):
    renderer = Renderer(outpost, (1280, 720), SpriteBank(), load_feel())
    surface = pygame.Surface((1280, 720))
    camera = renderer.camera
    strip = gap(outpost)
    x, y = strip.centerx, 64  # its diamond's top point 18 px from the screen's top: all of it shows
    target, (pos, _) = outpost.world.query(Position, Brain)[0]
    pos.x = pos.prev_x = x + camera.left
    pos.y = pos.prev_y = y + camera.top
    renderer.draw(surface, outpost, 1.0, 0.0)  # no advice yet: the HUD alone
    hud = plates(surface.get_size(), outpost)
    alone = [cyan(surface, plate) for plate in hud]  # the armour bar is cyan
    outpost.res.advice = Advice(target, 0.42, 1.3)
    renderer.rei.update(outpost, 0.5)
    renderer.draw(surface, outpost, 1.0, 0.0)
    assert camera.to_screen(pos.x, pos.y) == pytest.approx((x, y), abs=1)
    for point in ((x - MARKER_REACH, y), (x + MARKER_REACH, y), (x, y - MARKER_REACH), (x, y + MARKER_REACH)):
        assert cyan(surface, (point[0] - 12, point[1] - 12, 24, 24)) > 15, point  # each chevron of the diamond
    assert [cyan(surface, plate) for plate in hud] == alone  # and none of it under the HUD's plates


def test_a_machine_under_the_armour_plate_is_still_pointed_at_from_below_it(outpost):
    from game.view.rei_marker import ReiMarker
    target, _ = outpost.world.query(Position, Brain)[0]
    outpost.res.advice = Advice(target, 0.42, 1.3)
    marker = ReiMarker()
    marker.update(outpost, 0.5)
    surface = pygame.Surface((1280, 720))
    camera = SimpleNamespace(left=-9000.0, top=-9000.0, to_screen=lambda x, y: (160, 40))
    marker.draw(surface, outpost, camera, 1.0, 0.0, plates(surface.get_size(), outpost))
    assert cyan(surface, ARMOUR_PLATE) == 0
    assert cyan(surface, (148, ARMOUR_PLATE.bottom, 24, 30)) > 40  # the arrow, just under the plate


def test_an_objective_showing_in_the_strip_between_the_top_plates_is_outlined_there_not_pointed_at(
        outpost, monkeypatch):
    arrows = []
    monkeypatch.setattr(markers, "edge_arrow", lambda surface, target, color: arrows.append(target) or target)
    region = outpost.res.level.objectives[0].region
    strip = gap(outpost)
    for bottom, pointed in ((70, False), (ARMOUR_PLATE.bottom, True)):  # a third of it showing; then all under the
        # plate (its left edge and the gap's, put under the plate's right end)
        left = region.x - (strip.centerx - region.width / 2 if not pointed else ARMOUR_PLATE.right - region.width)
        top = region.y - (bottom - region.height)
        camera = SimpleNamespace(left=left, top=top, to_screen=lambda x, y: (x - left, y - top))
        surface = pygame.Surface((1280, 720))
        arrows.clear()
        objective_markers(surface, outpost, camera, 0.0, plates(surface.get_size(), outpost))
        outline = pygame.mask.from_threshold(surface.subsurface(strip), (255, 200, 70), (2, 2, 2, 255)).count()
        assert bool(arrows) == pointed and (outline == 0) == pointed, (bottom, arrows, outline)
