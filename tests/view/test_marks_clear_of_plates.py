"""Marks on the world a plate would hide are shown clear of it: Rei's marker on a target under a level's message is
pointed at from beside the message, and an objective peeping from under a HUD plate is pointed at from the play band
rather than outlined there."""

from types import SimpleNamespace

import pygame
import pytest

from game.content.chain import LEVELS
from game.content.feel import load_feel
from game.session import new_game
from game.sim.components import Brain, Position
from game.sim.resources import Advice
from game.view import markers
from game.view.hud_plates import plates
from game.view.markers import objective_markers, play_band
from game.view.renderer import Renderer
from game.view.sprites import SpriteBank


def changed(before: pygame.Surface, after: pygame.Surface, rect) -> int:
    """How many pixels of `rect` differ between the two pictures."""
    rect = pygame.Rect(rect).clip(before.get_rect())
    one, two = before.subsurface(rect), after.subsurface(rect)
    return sum(one.get_at((x, y)) != two.get_at((x, y)) for x in range(rect.w) for y in range(rect.h))


def test_rei_s_marker_on_a_target_under_a_level_s_message_is_drawn_beside_the_message_not_under_it(outpost):
    # New York's opening: the hideout's long message comes up as the first machines close in, and the one Rei
    # names walks under it.
    renderer = Renderer(outpost, (1280, 720), SpriteBank(), load_feel())
    surface = pygame.Surface((1280, 720))
    renderer.hud.show_message("Manhattan. Three years under Gradosian rule. Their checkpoint to the north-east holds "
                              "the sector's uplink.")
    renderer.draw(surface, outpost, 1.0, 0.0)
    box = renderer.hud.message_box
    camera = renderer.camera
    target, (pos, _) = outpost.world.query(Position, Brain)[0]
    pos.x = pos.prev_x = box.centerx + camera.left
    pos.y = pos.prev_y = box.centery + camera.top
    outpost.res.advice = Advice(target, 0.42, 1.3)
    renderer.rei.update(outpost, 0.5)
    renderer.draw(surface, outpost, 1.0, 0.0)
    marked = surface.copy()
    renderer.rei.shown = 0.0  # the same frame without her marker
    renderer.draw(surface, outpost, 1.0, 0.0)
    assert renderer.hud.message_box == box
    assert changed(marked, surface, box) == 0  # nothing of it under the message, even faintly through the plate
    near = box.inflate(0, 2 * 120)
    assert changed(marked, surface, near) > 150  # it is there, just past the message: its arrow and its numbers


# Where New York's uplink, 128 px across, stands on screen (its box's top left) as the level opens: a 48 x 16 px sliver
# of it under no plate, between HOSTILES and the screen's side, with the aim up the avenue; and where the audit saw it
# (its screenshots 29 and 25, in the game's 1280x720), a third of the ring or less past HOSTILES's edge, the rest under
# the plate: its box's corners, which the ring has not, counted as shown, so it was outlined there, its HOLD 12 s hung
# under the plate, and no arrow said where it was.
@pytest.mark.parametrize("corner", [(1216, -38), (1218, 8), (1157, -4)])
def test_new_york_s_uplink_mostly_under_the_hostiles_plate_is_pointed_at_from_the_play_band_not_outlined(
        display, corner, monkeypatch):
    game = new_game(LEVELS / "new_york.tmx", seed=1)
    region = game.res.level.objectives[0].region
    left, top = region.x - corner[0], region.y - corner[1]
    camera = SimpleNamespace(left=left, top=top, to_screen=lambda x, y: (x - left, y - top))
    tips, real = [], markers.edge_arrow
    monkeypatch.setattr(markers, "edge_arrow", lambda surface, target, color: tips.append(real(surface, target, color))
                        or tips[-1])
    surface = pygame.Surface((1280, 720))
    covers = plates(surface.get_size(), game)
    areas, labels = objective_markers(surface, game, camera, 0.0, covers)
    assert areas == [] and labels == []  # not outlined under the plate, nor its hold's count hung below it
    [tip] = tips
    assert play_band(surface).collidepoint(tip) and not any(cover.collidepoint(tip) for cover in covers)
    assert tip[0] > 640 and tip[1] < 360  # toward it: up and to the right
    game.close()


def test_a_hold_s_count_under_the_clock_stands_apart_from_it_not_against_it(display):
    # In New York the uplink's ring came up under the TIME plate with its HOLD 12 s set against the plate's foot: the
    # clock and the count read as one plate's two rows (the audit's ny-nov-00400-PlayScene.png).
    game = new_game(LEVELS / "new_york.tmx", seed=1)
    renderer = Renderer(game, (1280, 720), SpriteBank(), load_feel())
    region = game.res.level.objectives[0].region
    camera = renderer.camera
    camera.x, camera.y = region.x + region.width / 2, region.y - 120 + 360  # the ring's top 120 px down the screen
    for enemy in game.enemies():  # the fight under the ring: its count goes above it, into the top band's reach
        pos = game.world.get(enemy, Position)
        pos.x = pos.prev_x = camera.x
        pos.y = pos.prev_y = region.y + region.height + 40
    covers = plates((1280, 720), game)
    [label] = markers.objective_labels(game, camera, play_band(pygame.Surface((1280, 720))), covers, {})
    clock = next(plate for plate in covers if plate.top > 16 and plate.colliderect(label.rect.inflate(0, 80)))
    assert label.rect.top >= clock.bottom + 12
    game.close()
