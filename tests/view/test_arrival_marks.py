"""The reinforcements on screen: HOSTILES counts those inbound, and each landing spot is marked until it lands."""

import pygame
import pytest

from game.content.chain import LEVELS
from game.content.feel import load_feel
from game.session import new_game
from game.settings import Settings
from game.sim.events import AdvisorSpoke
from game.sim.components import Brain, Position
from game.sim.systems.reinforcements import ARRIVAL_TICKS
from game.view import arrivals as arrivals_module
from game.view import hud as hud_module
from game.view.camera import HUD_TOP, Camera
from game.view.hud_plates import plates
from game.view.renderer import Renderer
from game.view.see_through import SEE_THROUGH
from game.view.sprites import SpriteBank
from game.view.text import RED
from tests.drawn_words import record_drawn_words
from tests.view.conftest import hud_of


def hostiles_shown(said: list[str]) -> str:
    return said[len(said) - 1 - said[::-1].index("HOSTILES") + 1]  # the figure drawn under the last HOSTILES


def on_the_pad_until_the_wave_is_called(game) -> None:
    pad = game.res.level.objectives[0].region.centre
    while not any(ticks >= 0 for _, ticks in game.res.arrivals):
        pos = game.world.get(game.player, Position)
        pos.x, pos.y = pos.prev_x, pos.prev_y = pad
        game.step()


def test_hostiles_counts_the_wave_the_pad_calls_as_soon_as_it_is_inbound(display, monkeypatch):
    said = record_drawn_words(monkeypatch, hud_module)
    game = new_game(LEVELS / "outpost.tmx", seed=1, difficulty="hard")  # where the pad calls three
    hud = hud_of(game)
    hud.draw(pygame.Surface((1280, 720)), game, 1.0, 1 / 60)
    assert hostiles_shown(said) == "5"  # the station's machines; the wave is not called yet
    on_the_pad_until_the_wave_is_called(game)
    hud.draw(pygame.Surface((1280, 720)), game, 1.0, 1 / 60)
    assert hostiles_shown(said) == "8" and game.enemies_alive() == 5  # three inbound, not yet landed
    game.close()


def test_each_inbound_spot_is_marked_until_its_machine_lands(display, monkeypatch):
    said = record_drawn_words(monkeypatch, arrivals_module)
    game = new_game(LEVELS / "outpost.tmx", seed=1, difficulty="hard")  # where the pad calls three
    camera = Camera((1280, 720), game.res.level.pixel_size)
    arrivals_module.arrival_marks(pygame.Surface((1280, 720)), game, camera, 0.0, [])
    assert said == []  # nothing called: nothing marked
    on_the_pad_until_the_wave_is_called(game)
    camera.x, camera.y = 640, 400  # the whole outpost in view
    arrivals_module.arrival_marks(pygame.Surface((1280, 720)), game, camera, 0.0, [])
    assert said == ["INBOUND"] * 3
    game.run(ticks=ARRIVAL_TICKS)
    said.clear()
    arrivals_module.arrival_marks(pygame.Surface((1280, 720)), game, camera, 0.0, [])
    assert said == [] and game.enemies_alive() == 8  # landed: the marks are gone, the machines are there
    game.close()


@pytest.mark.parametrize("called", [True, False], ids=["inbound", "not called"])
def test_rei_s_panel_turns_see_through_over_a_spot_a_reinforcement_is_inbound_to(outpost, called):
    """The red ring closing on a landing spot is the warning of a machine about to land there: under Rei's panel, at
    the lower left (the outpost's southern spot comes in beside it with the Layzner on the pad), it stayed hidden, the
    panel solid over it as over ground where nothing is coming."""
    game = outpost
    if called:
        on_the_pad_until_the_wave_is_called(game)
    spot = game.res.level.arrivals[0]
    renderer = Renderer(game, (1280, 720), SpriteBank(), load_feel())
    renderer.update(game, [AdvisorSpoke("rei", "x", "Two Gradosian machines inbound.", 2)], (0, 0), 1 / 60, Settings())
    screen = pygame.Surface((1280, 720))
    panel = renderer.panel.rect(screen)
    camera = renderer.camera
    camera.x, camera.y = spot.x - panel.centerx + 640, spot.y - panel.centery + 360  # the spot under the panel
    me = game.world.get(game.player, Position)
    me.x, me.y = me.prev_x, me.prev_y = camera.to_world(900, 200)  # the Layzner well clear of it
    game.res.advice = None
    for _ in range(30):  # half a second: past the panel's VEIL_TIME
        renderer.draw(screen, game, 1.0, 1 / 60)
    assert renderer.panel.veil == pytest.approx(SEE_THROUGH if called else 1.0)


def test_a_spot_in_the_map_showing_between_the_hud_s_top_plates_is_ringed_not_pointed_at(outpost, monkeypatch):
    """The strips of map between the plates show the field as the rest of the screen does (objectives are outlined
    there): a landing spot in one was pointed at by an arrow at the top of the field, just under the spot itself, and
    the machine came down where no ring had closed."""
    game = outpost
    said = record_drawn_words(monkeypatch, arrivals_module)
    arrows = []
    monkeypatch.setattr(arrivals_module, "edge_arrow", lambda surface, target, color: arrows.append(target))
    on_the_pad_until_the_wave_is_called(game)
    surface = pygame.Surface((1280, 720))
    covers = plates(surface.get_size(), game)
    top = sorted((cover for cover in covers if cover.bottom <= HUD_TOP), key=lambda cover: cover.left)
    gaps = [(max(cover.right for cover in top[:at]), top[at].left) for at in range(1, len(top))]
    gap = max(gaps, key=lambda gap: gap[1] - gap[0])  # the widest stretch of map between two of them
    north = next(spawn for spawn in game.res.level.arrivals if spawn.name == "north heavy")  # Normal's one
    camera = Camera((1280, 720), game.res.level.pixel_size)
    camera.x = north.x - (gap[0] + gap[1]) / 2 + 640  # the spot between two of the top plates
    camera.y = north.y - HUD_TOP / 2 + 360
    assert not any(cover.collidepoint(camera.to_screen(north.x, north.y)) for cover in covers)
    arrivals_module.arrival_marks(surface, game, camera, 0.0, covers)
    assert arrows == [] and said == ["INBOUND"]


def half_a_blink_apart(game, camera, flashes) -> list[bytes]:
    """Two frames' landing marks at `flashes`, half a blink (1/12 s) apart."""
    shots = []
    for seconds in (0.0, 1 / 12):
        surface = pygame.Surface((1280, 720))
        arrivals_module.arrival_marks(surface, game, camera, seconds, [], flashes)
        shots.append(pygame.image.tobytes(surface, "RGB"))
    return shots


def test_a_landing_ring_blinks_only_at_full_flashes_and_holds_steady_below(display):
    # The Flashes option promises no blinking below full: a 6 Hz red ring must hold still for that player.
    game = new_game(LEVELS / "outpost.tmx", seed=1)
    on_the_pad_until_the_wave_is_called(game)
    camera = Camera((1280, 720), game.res.level.pixel_size)
    camera.x, camera.y = 640, 400

    full, reduced = half_a_blink_apart(game, camera, 1.0), half_a_blink_apart(game, camera, 0.5)
    assert full[0] != full[1]  # it blinks
    assert reduced[0] == reduced[1]  # it does not
    game.close()


def inbound_words(monkeypatch) -> list[pygame.Rect]:
    """Where each INBOUND is set, as the landing marks draw them."""
    rects = []
    real = arrivals_module.draw_text

    def draw_text(surface, text, *args, **kwargs):
        rect = real(surface, text, *args, **kwargs)
        if text == "INBOUND":
            rects.append(rect)
        return rect

    monkeypatch.setattr(arrivals_module, "draw_text", draw_text)
    return rects


def south_spot_mid_screen(game):
    """A renderer on the outpost, its wave inbound, the camera on the southern spot; the spot on screen."""
    on_the_pad_until_the_wave_is_called(game)
    spot = next(spawn for spawn in game.res.level.arrivals if spawn.name != "north wave")
    renderer = Renderer(game, (1280, 720), SpriteBank(), load_feel())
    renderer.camera.x, renderer.camera.y = spot.x + 200, spot.y  # the spot left of the middle, Rei's panel far off
    me = game.world.get(game.player, Position)
    me.x, me.y = me.prev_x, me.prev_y = spot.x + 500, spot.y - 150  # the Layzner clear of the spot and its word
    return renderer, spot, renderer.camera.to_screen(spot.x, spot.y)


def test_inbound_moves_off_a_machine_standing_where_it_would_go_the_ring_staying_on_the_spot(outpost, monkeypatch):
    """A Dis standing just under a landing spot had INBOUND written across its body: neither read."""
    game = outpost
    renderer, spot, (x, y) = south_spot_mid_screen(game)
    dis = next(entity for entity, _ in game.world.query(Position, Brain))
    pos = game.world.get(dis, Position)
    pos.x, pos.y = pos.prev_x, pos.prev_y = spot.x, spot.y + 110  # where the word goes, under the ring
    words = inbound_words(monkeypatch)
    screen = pygame.Surface((1280, 720))
    renderer.draw(screen, game, 1.0, 1 / 60)
    body = pygame.Rect(0, 0, 60, 60)
    body.center = renderer.camera.to_screen(pos.x, pos.y)
    # within the ring's reach: the north spot, off screen, has its word by its arrow at the top edge
    near = [rect for rect in words if abs(rect.centerx - x) < 150 and abs(rect.centery - y) < 150]
    assert len(near) == 1 and not near[0].colliderect(body), (near, body)  # its word, moved, not hidden
    ring = [screen.get_at((round(x) + dx, round(y))) for dx in range(-80, 81)]
    assert ring.count(RED) >= 2  # the red ring, its cross's arms through it, still drawn round the spot


def test_inbound_keeps_off_a_level_s_message(outpost, monkeypatch):
    """The level's message stands at the top under the goal and the clock: a spot just above it had its word under
    the message's plate."""
    game = outpost
    renderer, spot, (x, y) = south_spot_mid_screen(game)
    words = inbound_words(monkeypatch)
    renderer.hud.message_box = pygame.Rect(round(x) - 300, round(y) + 40, 600, 64)  # the plate under the ring
    renderer.draw(pygame.Surface((1280, 720)), game, 1.0, 1 / 60)
    near = [rect for rect in words if abs(rect.centerx - x) < 150 and abs(rect.centery - y) < 150]  # not the edge's
    assert len(near) == 1 and not near[0].colliderect(pygame.Rect(round(x) - 300, round(y) + 40, 600, 64))
