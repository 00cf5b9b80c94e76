"""Quick restart: Restart (R, a pad's View) held in a level starts it again as the pause menu's Restart does; a tap, a
hold let go early, a hold carried into the new run or over a pause, the result's moment and a replay do not."""

import pygame
import pytest

from game.input.actions import Actions
from game.input.bindings import default_bindings
from game.input.devices import InputDevices
from game.replay import last_replay_path
from game.scenes.pause import PauseScene
from game.scenes.play import RESTART_HOLD, PlayScene
from game.settings import Settings
from game.view import restart_ring as restart_ring_module
from tests.drawn_words import record_drawn_words
from tests.input.test_devices import FakeOpener, key_down, key_up, pad_added, pad_down, pad_up
from tests.scenes.conftest import hand
from tests.scenes.test_controls import KEY_1, open_controls, rebind
from tests.scenes.test_flow import pause_menu_words
from tests.wrecks import wreck

pytestmark = pytest.mark.usefixtures("config_dir")  # the replay the restart keeps goes to a folder of the test's own

FRAME = 0.1  # s: frames of a tenth of a second, so the hold's time is counted in a few


def launch(ctx) -> PlayScene:
    ctx.stack[-1].handle(Actions(menu_confirm=True))
    play = ctx.stack[-1]
    assert isinstance(play, PlayScene)
    play.handle(Actions())  # its first frame, Restart not held: a hold counts from then (not one carried in)
    return play


def hold(ctx, seconds: float, actions: Actions = None) -> None:
    """Frames of FRAME s with Restart held (or `actions`), handled and timed by the scene on top, as the app does."""
    for _ in range(round(seconds / FRAME)):
        ctx.stack[-1].handle(actions or Actions(restart=True))
        ctx.stack[-1].frame(FRAME)


def played(play: PlayScene, ticks: int = 30) -> PlayScene:
    for _ in range(ticks):
        play.step()
    return play


def test_holding_restart_starts_the_level_again_once_held_long_enough_keeping_the_run_s_replay(ctx, config_dir):
    play = played(launch(ctx))
    hold(ctx, RESTART_HOLD - FRAME)
    assert ctx.stack[-1] is play and play.restart_held > 0  # not yet
    hold(ctx, FRAME)
    again = ctx.stack[-1]
    assert isinstance(again, PlayScene) and again is not play and again.game.tick == 0
    assert again.seed == play.seed and again.level_path == play.level_path and len(ctx.stack) == 2  # over the title
    assert last_replay_path().is_file()  # the run left behind kept its replay, as the pause menu's Restart does


def test_a_tap_or_a_hold_let_go_early_does_not_restart_and_the_next_hold_starts_from_nothing(ctx):
    play = played(launch(ctx))
    hold(ctx, FRAME)  # a tap
    hold(ctx, FRAME, Actions())
    hold(ctx, RESTART_HOLD - 2 * FRAME)  # let go just short of the time
    hold(ctx, FRAME, Actions())
    assert play.restart_held == 0
    hold(ctx, RESTART_HOLD - 2 * FRAME)
    assert ctx.stack[-1] is play and play.game.tick == 30


def test_a_hold_that_restarted_must_be_let_go_before_it_restarts_the_new_run(ctx):
    launch(ctx)
    hold(ctx, RESTART_HOLD)
    again = ctx.stack[-1]
    hold(ctx, 3 * RESTART_HOLD)  # still held after the restart
    assert ctx.stack[-1] is again
    hold(ctx, FRAME, Actions())
    hold(ctx, RESTART_HOLD)
    assert ctx.stack[-1] is not again and isinstance(ctx.stack[-1], PlayScene)


def test_restart_held_over_a_pause_counts_only_from_a_new_hold_after_it(ctx):
    play = launch(ctx)
    hold(ctx, RESTART_HOLD - FRAME)
    play.handle(Actions(pause=True, restart=True))
    pause = ctx.stack[-1]
    assert isinstance(pause, PauseScene)
    hold(ctx, 2 * RESTART_HOLD)  # the pause menu has its own Restart: a held R does nothing there
    assert ctx.stack[-1] is pause
    pause.handle(Actions(menu_back=True, restart=True))  # resumed, R still down
    hold(ctx, 2 * RESTART_HOLD)
    assert ctx.stack[-1] is play
    hold(ctx, FRAME, Actions())
    hold(ctx, RESTART_HOLD)
    assert ctx.stack[-1] is not play


def test_no_restart_once_the_level_is_decided_its_result_being_on_its_way(ctx):
    play = launch(ctx)
    for entity in play.game.world.entities():
        if entity != play.game.player:
            wreck(play.game, entity)
    play.step()
    assert play.game.outcome is not None
    hold(ctx, 2 * RESTART_HOLD)
    assert ctx.stack[-1] is play and play.restart_held == 0


def test_while_held_the_hud_says_hold_r_to_restart_over_a_filling_ring(ctx, monkeypatch):
    said = record_drawn_words(monkeypatch, restart_ring_module)
    arcs = []
    real_arc = pygame.draw.arc
    monkeypatch.setattr(pygame.draw, "arc", lambda surface, color, rect, start, stop, *rest: (
        arcs.append(stop - start), real_arc(surface, color, rect, start, stop, *rest))[1])
    play = launch(ctx)
    surface = pygame.display.get_surface()
    play.draw(surface, 1.0)
    assert "HOLD R TO RESTART" not in said and not arcs
    hold(ctx, 0.2)
    play.draw(surface, 1.0)
    hold(ctx, 0.3)
    play.draw(surface, 1.0)
    assert said.count("HOLD R TO RESTART") == 2 and arcs[0] < arcs[1]  # the ring fills as it is held
    hand(play, Actions(device="pad", restart=True))
    play.draw(surface, 1.0)
    assert said[-1] == "HOLD VIEW TO RESTART"  # a pad's View (Back) held


def test_the_pause_menu_tells_of_the_quick_restart_on_the_device_in_use(ctx, monkeypatch):
    on_keys, on_pad = pause_menu_words(ctx, launch(ctx), monkeypatch)
    assert any(line.endswith(" · R restart (hold)") for line in on_keys)  # the controls line, as the title's
    assert any(line.endswith(" · VIEW restart (hold)") for line in on_pad)


def test_r_held_and_a_pad_s_view_held_are_restart_held_until_let_go():
    devices = InputDevices(default_bindings(), Settings(), open_controller=FakeOpener())
    devices.handle(key_down(pygame.K_r))
    assert devices.frame_actions().restart and devices.frame_actions().restart  # held, not a press of one frame
    devices.handle(key_up(pygame.K_r))
    assert not devices.frame_actions().restart
    for event in (pad_added(0), pad_down(pygame.CONTROLLER_BUTTON_BACK)):
        devices.handle(event)
    assert devices.frame_actions().restart
    devices.handle(pad_up(pygame.CONTROLLER_BUTTON_BACK))
    assert not devices.frame_actions().restart


def test_restart_rebound_on_the_controls_page_is_saved_and_its_new_key_restarts_and_r_does_not(ctx, config_dir,
                                                                                              monkeypatch):
    page = open_controls(ctx)
    rebind(page, "restart", KEY_1, ("keyboard", "t"))
    page.leave()
    assert "restart: [t]" in (config_dir / "bindings.yaml").read_text(encoding="utf-8")
    devices = InputDevices(ctx.bindings, Settings(), open_controller=FakeOpener())
    said = record_drawn_words(monkeypatch, restart_ring_module)
    while not ctx.stack[-1].home:  # Options and the page closed: back on the title
        ctx.pop()
    play = launch(ctx)
    devices.handle(key_down(pygame.K_r))
    hold(ctx, 2 * RESTART_HOLD, devices.frame_actions())
    assert ctx.stack[-1] is play and play.restart_held == 0
    devices.handle(key_up(pygame.K_r))
    devices.handle(key_down(pygame.K_t))
    hold(ctx, FRAME, devices.frame_actions())
    play.draw(pygame.display.get_surface(), 1.0)
    assert said[-1] == "HOLD T TO RESTART"
    hold(ctx, RESTART_HOLD, devices.frame_actions())
    assert ctx.stack[-1] is not play and isinstance(ctx.stack[-1], PlayScene)
