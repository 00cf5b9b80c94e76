"""The HUD's plates never hide the fight: each turns see-through, eased, while a machine, an enemy shot or a mark is
under it, and solid again once clear, as Rei's panel does (see_through.py)."""

import numpy as np
import pygame
import pytest

from game.sim.components import Position
from game.sim.spawn import ENEMY_FACTION
from game.sim.shots import add_bolt
from game.view.hud_plates import named_plates
from game.view.see_through import under_plates


def ground_through(screen, rect: pygame.Rect) -> float:
    """The mean lightness of the plate `rect`'s right half (a machine set down at its left end is not counted): near
    black while solid, Mars's sand and the base's floor showing through it once see-through."""
    strip = pygame.Rect(rect.centerx, rect.y, rect.w // 2, rect.h)
    return float(pygame.surfarray.pixels3d(screen)[strip.left:strip.right, strip.top:strip.bottom].mean())


def drawn_for(renderer, game, screen, frames: int) -> None:
    for _ in range(frames):
        renderer.draw(screen, game, 1.0, 1 / 60)


def cleared(scene):
    """(game, renderer, screen) with every enemy in the field's middle, clear of the plates, and a frame drawn."""
    game, renderer, screen = scene
    for index, enemy in enumerate(game.enemies()):
        put(game, renderer, enemy, (560 + 40 * (index % 5), 300 + 40 * (index // 5)))
    drawn_for(renderer, game, screen, 2)
    return game, renderer, screen


def put(game, renderer, entity, spot) -> None:
    pos = game.world.get(entity, Position)
    pos.x, pos.y = pos.prev_x, pos.prev_y = renderer.camera.to_world(*spot)


def test_what_is_under_each_plate_is_told_from_the_places_the_frame_drew():
    plates = {"armour": pygame.Rect(16, 16, 300, 58), "vmax": pygame.Rect(430, 632, 420, 72),
              "missiles": pygame.Rect(1008, 632, 256, 72), "order": pygame.Rect(400, 16, 480, 40)}
    # a machine under the V-MAX gauge, one 8 px off the missiles' plate (its body on it), a shot over the armour
    # plate, and one in the open
    x, y = np.array([640.0, 1000.0, 200.0, 900.0]), np.array([640.0, 700.0, 40.0, 400.0])
    marks = [pygame.Rect(500, 40, 60, 30)]  # Rei's marker, half on the order's plate
    assert under_plates(plates, x, y, marks) == {"armour": True, "vmax": True, "missiles": True, "order": True}
    assert under_plates(plates, np.array([640.0, 900.0]), np.array([360.0, 400.0]), []) == {
        "armour": False, "vmax": False, "missiles": False, "order": False}  # in the open field: none


@pytest.mark.parametrize("plate", ["vmax", "armour", "hostiles", "heat", "missiles", "order"])
def test_a_plate_turns_see_through_over_a_machine_and_solid_again_once_it_has_gone(scene, plate):
    """A Dis half under the V-MAX plate was hidden by it (the audit's 10-fire.png): every plate fades as Rei's panel
    does, and comes back."""
    game, renderer, screen = cleared(scene)
    rect = named_plates(screen.get_size(), game)[plate]
    enemy = game.enemies()[0]
    solid = ground_through(screen, rect)
    put(game, renderer, enemy, (rect.x + 24, rect.centery))  # at the plate's left end, clear of the strip looked at
    drawn_for(renderer, game, screen, 30)  # half a second: past VEIL_TIME
    through = ground_through(screen, rect)
    assert through > solid + 20, (solid, through)
    put(game, renderer, enemy, (640, 300))
    drawn_for(renderer, game, screen, 30)
    assert ground_through(screen, rect) == pytest.approx(solid, abs=3)


def test_a_plate_eases_to_see_through_so_a_machine_on_its_edge_does_not_make_it_flicker(scene):
    game, renderer, screen = cleared(scene)
    rect = named_plates(screen.get_size(), game)["vmax"]
    solid = ground_through(screen, rect)
    put(game, renderer, game.enemies()[0], (rect.x + 24, rect.top - 10))  # its body over the plate's top edge
    drawn_for(renderer, game, screen, 1)
    one_frame = ground_through(screen, rect)
    drawn_for(renderer, game, screen, 30)
    through = ground_through(screen, rect)
    assert through > solid + 20
    assert one_frame - solid < (through - solid) / 4  # a frame's worth of the way, not all of it at once


def test_a_plate_turns_see_through_over_an_enemy_shot(scene):
    game, renderer, screen = cleared(scene)
    rect = named_plates(screen.get_size(), game)["armour"]
    solid = ground_through(screen, rect)
    x, y = renderer.camera.to_world(rect.x + 24, rect.centery)
    add_bolt(game.res, game.enemies()[0], ENEMY_FACTION, "laser_rifle", x, y, 0.0, 400.0, 10.0, 2000.0)
    drawn_for(renderer, game, screen, 30)  # no tick runs: it stays there
    assert ground_through(screen, rect) > solid + 20


def hidden(renderer, game, screen, rect: pygame.Rect) -> int:
    """How far the HUD's frame departs from the bare world inside `rect`: the largest change, of any channel of any
    pixel, that what is drawn over the world makes there (0..255)."""
    renderer.draw(screen, game, 1.0, 1 / 60)
    with_hud = pygame.surfarray.array3d(screen.subsurface(rect)).astype(int)
    renderer.draw(screen, game, 1.0, 0.0, overlays=False)  # the same frame's world alone: the camera stays
    return int(np.abs(with_hud - pygame.surfarray.array3d(screen.subsurface(rect)).astype(int)).max())


@pytest.mark.parametrize("plate", ["hostiles", "vmax", "armour"])
def test_a_plate_over_a_machine_lays_its_words_and_gauges_over_it_at_under_half_strength(scene, plate):
    """A Bul under HOSTILES had the count written across its body, and the V-MAX bar hid a Dis's middle (the audit's
    crop-hostiles.png, crop-vmaxplate.png): the plate's backing went see-through, its words and bars stayed whole."""
    game, renderer, screen = cleared(scene)
    rect = named_plates(screen.get_size(), game)[plate]
    assert hidden(renderer, game, screen, rect) > 200  # clear of the fight: its words and gauges are whole
    put(game, renderer, game.enemies()[0], rect.center)
    drawn_for(renderer, game, screen, 30)  # past VEIL_TIME
    assert hidden(renderer, game, screen, rect) < 128  # nothing on it at even half strength: the machine reads through
