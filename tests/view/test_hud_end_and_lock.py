"""From a new player's audit of the HUD: the gauges and Rei's line stay up, dimmed, as the Layzner is wrecked; a
level's message and an objective's label keep apart; the missiles gauge says how near to aim and names every
control bound to the lock."""

import math
from types import SimpleNamespace

import numpy as np
import pygame
import pytest

from game.content.feel import load_feel
from game.settings import Settings
from game.sim.components import Brain, Intent, Launcher, Position, Vmax
from game.sim.damage import deal_damage
from game.sim.events import LockAcquired, VmaxCharged
from game.sim.systems.missiles import lock_miss
from game.view import hud as hud_module
from game.view import markers
from game.view.hud_plates import heat_plate, missiles_plate, plates, vmax_plate
from game.view.renderer import Renderer
from game.view.sprites import SpriteBank
from tests.drawn_words import record_drawn_words
from tests.maps import game_from_ascii
from tests.view.conftest import ROOM

GAUGES = (heat_plate(720), vmax_plate(1280, 720), missiles_plate(1280, 720))


def frames(game, renderer, screen, count: int) -> None:
    """`count` ticks of the game, each drawn, the aim held right of the Layzner (where it was, once wrecked)."""
    for _ in range(count):
        events = game.step()
        renderer.update(game, events, (1000.0, 1000.0), 1 / 60, Settings())
        renderer.draw(screen, game, 1.0, 1 / 60)


def wreck(game) -> None:
    pos = game.world.get(game.player, Position)
    deal_damage(game.world, game.res, game.player, 1e6, pos.x, pos.y, 0)


def pixels(surface, rect) -> np.ndarray:
    return pygame.surfarray.array3d(surface.subsurface(rect)).astype(int)


def test_the_wrecked_layzner_s_gauges_stay_up_dimmed_until_the_result(scene):
    """In the moment between the wreck and the result screen the gauges read as they last read, darkened: not the
    bare map where they were."""
    game, renderer, screen = scene
    frames(game, renderer, screen, 30)
    live = [pixels(screen, rect) for rect in GAUGES]
    wreck(game)
    frames(game, renderer, screen, 60)  # a second on, the result still to come (RESULT_DELAY)
    assert game.outcome == "lost" and not game.world.exists(game.player)
    bare = screen.copy()
    renderer.draw(bare, game, 1.0, 0.0, overlays=False)  # the world alone, as it stands
    for rect, was in zip(GAUGES, live):
        now, inner = pixels(screen, rect), pixels(screen, rect.inflate(-16, -16))  # inner: no map at its corners
        assert np.abs(now - pixels(bare, rect)).sum(axis=2).mean() > 40, rect  # a plate there, not the map
        assert inner.max() < 150 < was.max()  # its words and fill dimmed: white and cyan no longer
    assert all(rect in plates(screen.get_size(), game, renderer.hud.last_gauges) for rect in GAUGES)


@pytest.mark.parametrize("machine_below", [False, True])
def test_an_objective_s_label_keeps_off_a_level_s_message(outpost, monkeypatch, machine_below):
    """The pad's HOLD count, above the pad where the message stands, goes to the pad's other side: faintly over a
    machine that stands there (as it would with a machine either side), not hidden under the message."""
    renderer = Renderer(outpost, (1280, 720), SpriteBank(), load_feel())
    screen = pygame.Surface((1280, 720))
    region = outpost.res.level.objectives[0].region
    if machine_below:  # on the pad, where the count goes below it (kept in the play band, over the pad's foot)
        _, (pos, _) = outpost.world.query(Position, Brain)[0]
        pos.x = pos.prev_x = region.x + region.width / 2
        pos.y = pos.prev_y = region.y + 75
    renderer.camera.x = region.x + region.width / 2  # the pad mid-screen across, its top 152 px down
    renderer.camera.y = region.y - 152 + 360
    renderer.hud.show_message("Rei: The relay station ahead is held.")
    placed = {}
    real = markers.draw_text
    monkeypatch.setattr(markers, "draw_text", lambda surface, text, pos, *a, **k:
                        (placed.__setitem__(text, pos[1]), real(surface, text, pos, *a, **k))[1])
    for _ in range(3):
        renderer.draw(screen, outpost, 1.0, 1 / 60)
    hud = renderer.hud  # the message's box, as drawn on its plate, where the plate stands
    box = hud._message_plate[1].get_bounding_rect().move(0, round(hud.message_y))
    assert box.bottom > 152 - markers.COUNT_ROW  # it stands where the label would, over the pad's top
    count = pygame.Rect(0, placed["HOLD 12 s"], 1280, markers.COUNT_ROW)
    assert not count.colliderect(box)


def test_held_with_a_machine_in_range_but_off_the_aim_the_gauge_says_to_aim_within_the_cone(display, tmp_path,
                                                                                             monkeypatch):
    """The lock takes a machine within 14 degrees of the aim: 45 degrees off, "no target to lock" read as the
    missiles not working although Rei marks that very machine."""
    said = record_drawn_words(monkeypatch, hud_module)
    game = game_from_ascii(tmp_path, ROOM)
    renderer = Renderer(game, (1280, 720), SpriteBank(), load_feel())
    pos, intent = game.world.get(game.player, Position), game.world.get(game.player, Intent)
    intent.aim_x, intent.aim_y = pos.x + 100, pos.y - 100  # 45 degrees above the Dis three cells to the right
    intent.missile = True
    game.step()
    assert game.world.get(game.player, Launcher).held and not game.world.get(game.player, Launcher).target
    assert math.isclose(lock_miss(game.world, game.res, game.player), 45.0, abs_tol=1.0)
    said.clear()
    renderer.draw(pygame.Surface((1280, 720)), game, 1.0, 1 / 60)
    assert "aim within 14° of a machine" in said and "no target to lock" not in said
    intent.aim_x, intent.aim_y = pos.x + 100, pos.y  # on it: the lock builds, the rules as they were
    game.step()
    game.step()
    assert game.world.get(game.player, Launcher).target and lock_miss(game.world, game.res, game.player) is None


def test_held_off_the_aim_the_lock_s_cone_is_outlined_from_the_layzner(display, tmp_path):
    """Where to aim, shown: the wedge the lock takes a machine in, along the aim, while the missiles are held with a
    machine in range but none in it; not otherwise."""
    game = game_from_ascii(tmp_path, ROOM)
    pos, intent = game.world.get(game.player, Position), game.world.get(game.player, Intent)
    camera = SimpleNamespace(to_screen=lambda x, y: (x - pos.x + 640, y - pos.y + 360))  # the Layzner mid-screen
    intent.aim_x, intent.aim_y = pos.x + 100, pos.y - 100  # 45 degrees off the Dis

    def cone_pixels(held: bool) -> int:
        intent.missile = held
        game.step()
        surface = pygame.Surface((1280, 720))
        markers.lock_marker(surface, game, camera, 0.0, lock_miss(game.world, game.res, game.player))
        rgb = pygame.surfarray.array3d(surface).astype(int)
        return int((np.abs(rgb - markers.CONE).sum(axis=2) < 30).sum())
    assert cone_pixels(False) == 0
    assert cone_pixels(True) > 500
    way = -math.pi / 4 - math.radians(14)  # the aim's way, less the cone's half
    edge = (640 + 200 * math.cos(way), 360 + 200 * math.sin(way))
    surface = pygame.Surface((1280, 720))
    markers.lock_marker(surface, game, camera, 0.0, lock_miss(game.world, game.res, game.player))
    near = pygame.surfarray.array3d(surface.subsurface(pygame.Rect(0, 0, 7, 7).move(round(edge[0]) - 3,
                                                                                     round(edge[1]) - 3)))
    assert (np.abs(near.astype(int) - markers.CONE).sum(axis=2) < 30).any()  # the edge 14 degrees off the aim


def test_the_hit_that_wrecks_the_layzner_leaves_its_v_max_gauge_as_it_read(scene, monkeypatch):
    """The wrecking hit earned the meter its last share: the gauge over the wreck said READY · PRESS Q, and the
    'V-MAX ready' chime sounded as the Layzner blew up."""
    said = record_drawn_words(monkeypatch, hud_module)
    game, renderer, screen = scene
    frames(game, renderer, screen, 2)
    game.world.get(game.player, Vmax).meter = 0.99  # a hit point or two short of ready
    frames(game, renderer, screen, 1)
    pos = game.world.get(game.player, Position)
    deal_damage(game.world, game.res, game.player, 1e6, pos.x, pos.y, 0)
    assert not any(isinstance(event, VmaxCharged) for event in game.res.events)
    said.clear()
    frames(game, renderer, screen, 30)
    assert not game.world.exists(game.player)
    assert not any("READY" in words or "PRESS" in words for words in said), said


def test_with_no_missile_left_holding_locks_nothing_and_outlines_no_cone(display, tmp_path, monkeypatch):
    """An empty launcher said LOCKED · release to fire, with the lock's chime and Rei's 'locked on', on the Dis in
    the aim, and outlined the cone off it: the gauge's 'empty' is all it says."""
    said = record_drawn_words(monkeypatch, hud_module)
    game = game_from_ascii(tmp_path, ROOM)
    renderer = Renderer(game, (1280, 720), SpriteBank(), load_feel())
    pos, intent = game.world.get(game.player, Position), game.world.get(game.player, Intent)
    launcher = game.world.get(game.player, Launcher)
    launcher.ammo = 0
    intent.missile = True
    events = []
    for aim_y in (pos.y - 100, pos.y):  # 45 degrees off the Dis, then on it, each for longer than a lock takes
        intent.aim_x, intent.aim_y = pos.x + 100, aim_y
        for _ in range(60):
            events += game.step()
        assert launcher.held and not launcher.target and launcher.lock == 0
        cone = pygame.Surface((1280, 720))
        markers.lock_marker(cone, game, SimpleNamespace(to_screen=lambda x, y: (x - pos.x + 640, y - pos.y + 360)), 0,
                            lock_miss(game.world, game.res, game.player))
        assert int((np.abs(pygame.surfarray.array3d(cone).astype(int) - markers.CONE).sum(axis=2) < 30).sum()) == 0
        said.clear()
        renderer.draw(pygame.Surface((1280, 720)), game, 1.0, 1 / 60)
        assert "empty" in said and not any("LOCKED" in words or "aim within" in words for words in said), said
    assert not any(isinstance(event, LockAcquired) for event in events)


def test_the_wrecked_layzner_s_gauges_name_no_control_to_press(scene, monkeypatch):
    """Dimmed over the wreck, the gauges said 'hold E to lock on' and 'PRESS Q' as they had a moment before: a
    machine that is gone asks for no press."""
    said = record_drawn_words(monkeypatch, hud_module)
    game, renderer, screen = scene
    renderer.hud.missile_keys, renderer.hud.vmax_key = ("E",), "Q"
    game.world.get(game.player, Vmax).meter = 1.0
    frames(game, renderer, screen, 2)
    assert any("PRESS Q" in words for words in said) and any("hold E" in words for words in said), said
    wreck(game)
    said.clear()
    frames(game, renderer, screen, 30)
    assert not game.world.exists(game.player) and said
    assert not any("PRESS" in words or "hold" in words for words in said), said
    assert renderer.hud.missile_keys == ("E",) and renderer.hud.vmax_key == "Q"  # the live prompts keep their keys
