"""Rei's numbers keep off the machines round her target: the Layzner's body first, and another machine's beside it,
rather than sit on the nose of the machine the pilot is steering or on the next target."""

from types import SimpleNamespace

import numpy as np
import pygame
import pytest

from game.sim.components import Brain, Position
from game.sim.resources import Advice
from game.view.hud_plates import plates
from game.view.markers import MARKER_REACH, PLATE_HEIGHT, objective_markers
from game.view.rei_marker import BODY, ReiMarker
from tests.view.test_rei_plate import PLATE_FILL, pixels


def place(pos, x, y) -> None:
    pos.x = pos.prev_x = x
    pos.y = pos.prev_y = y


def her_plate(game, marker, camera=None, marks=([], [])) -> pygame.Rect:
    camera = camera or SimpleNamespace(left=0, top=0, to_screen=lambda x, y: (x, y))
    surface = pygame.Surface((1280, 720))
    surface.fill((0, 0, 0))
    marker.draw(surface, game, camera, 1.0, 0.0, plates(surface.get_size(), game), None, marks)
    ys, xs = np.nonzero((np.abs(pixels(surface).astype(int) - PLATE_FILL) <= 1).all(axis=2))
    plate = pygame.Rect(xs.min(), ys.min() - 1, xs.max() - xs.min() + 1, ys.max() - ys.min() + 2)  # and its top line
    assert plate.h == PLATE_HEIGHT  # found: her plate and nothing else
    return plate


@pytest.mark.parametrize("under", ["layzner", "machine"])
@pytest.mark.parametrize("dx", [0, -60, 70])
def test_rei_s_numbers_keep_off_the_layzner_and_a_machine_where_they_would_stand(outpost, under, dx):
    (target, (pos, _)), (other, (other_pos, _)) = outpost.world.query(Position, Brain)[:2]
    place(pos, 640, 360)
    where = (640 + dx, 360 + MARKER_REACH + 8 + PLATE_HEIGHT)  # where her plate stands under the target
    if under == "layzner":
        place(outpost.world.get(outpost.player, Position), *where)
    else:
        place(outpost.world.get(outpost.player, Position), 200, 360)
        place(other_pos, *where)
    outpost.res.advice = Advice(target, 0.42, 1.3)
    marker = ReiMarker()
    marker.update(outpost, 0.5)  # in place, whole

    plate = her_plate(outpost, marker)
    body = pygame.Rect(where[0] - BODY, where[1] - BODY, 2 * BODY, 2 * BODY)
    assert not plate.colliderect(body), (plate, body)
    assert abs(plate.centerx - 640) <= 1  # still by her target, over it now
    assert abs(plate.centery - 360) <= 2 * MARKER_REACH + PLATE_HEIGHT + 40


def test_rei_s_numbers_stay_under_her_target_with_no_machine_there(outpost):
    (target, (pos, _)), = outpost.world.query(Position, Brain)[:1]
    place(pos, 640, 360)
    place(outpost.world.get(outpost.player, Position), 640, 200)  # above it, clear of where the plate goes
    outpost.res.advice = Advice(target, 0.42, 1.3)
    marker = ReiMarker()
    marker.update(outpost, 0.5)
    assert her_plate(outpost, marker).top > 360


@pytest.mark.parametrize("offset", [(0, 0), (0, -24), (0, 24), (30, 10), (-30, -10)])
def test_on_an_objective_rei_s_numbers_cross_its_ring_rather_than_sit_on_a_machine(outpost, offset):
    # The landing field: her numbers kept off the relay post's ring by standing on the machine beside her target.
    region = outpost.res.level.objectives[0].region
    left, top = region.x - 560, region.y - 260  # the pad's bounds at (560, 260) to (720, 420) on screen
    camera = SimpleNamespace(left=left, top=top, to_screen=lambda x, y: (x - left, y - top))
    (target, (pos, _)), (_, (other, _)) = outpost.world.query(Position, Brain)[:2]
    place(pos, region.x + region.width / 2 + offset[0], region.y + region.height / 2 + offset[1])
    place(outpost.world.get(outpost.player, Position), left + 200, top + 600)
    outpost.res.advice = Advice(target, 0.42, 1.3)
    marker = ReiMarker()
    marker.update(outpost, 0.5)
    hud = plates((1280, 720), outpost)
    marks = objective_markers(pygame.Surface((1280, 720)), outpost, camera, 0.0, hud)
    alone = her_plate(outpost, marker, camera, marks)  # clear of the ring and its count
    place(other, left + alone.centerx, top + alone.centery)  # a machine standing there
    plate = her_plate(outpost, marker, camera, marks)
    body = pygame.Rect(alone.centerx - BODY, alone.centery - BODY, 2 * BODY, 2 * BODY)
    assert not plate.colliderect(body), (offset, plate, body)
    assert plate.collidelist(marks[1]) < 0  # still off the count


def test_the_bodies_read_from_the_frame_s_drawing_are_those_worked_out_machine_by_machine(outpost):
    """The renderer hands Rei's marker the machines it drew, their places on screen worked out on arrays: the bodies
    her numbers keep off are the same, in the same order, as placing each machine through the camera."""
    from game.content.feel import load_feel
    from game.view.renderer import Renderer
    from game.view.rei_marker import _bodies, _drawn_bodies
    from game.view.sprites import SpriteBank
    machines = outpost.world.query(Position, Brain)
    player = outpost.world.try_get(outpost.player, Position)
    for at, (_, (pos, _)) in enumerate(machines):  # a crowd round the Layzner, some past the reach, one off screen
        place(pos, player.x + 37.3 * (at + 1) * (-1) ** at, player.y + 23.9 * at - 40)
    machines[-1][1][0].x = player.x + 2000
    place(machines[-2][1][0], player.x + 480, player.y - 100)  # a target on screen, the Layzner past the reach
    renderer = Renderer(outpost, (1280, 720), SpriteBank(), load_feel())
    screen = pygame.Surface((1280, 720))
    for alpha in (1.0, 0.37):
        renderer.draw(screen, outpost, alpha, 1 / 60)
        camera = renderer.camera
        for target, (pos, _) in [*machines[:3], machines[-2]]:
            x, y = camera.to_screen(pos.prev_x + (pos.x - pos.prev_x) * alpha,
                                    pos.prev_y + (pos.y - pos.prev_y) * alpha)
            kept = _bodies(outpost, camera, alpha, x, y, target)
            assert kept  # the Layzner's at least, however far: something to compare
            assert _drawn_bodies(renderer.drawn, outpost.player, x, y, target) == kept
