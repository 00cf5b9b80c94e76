"""Menu polish a desktop player expects: the mouse's right (or back side) button goes back on the pages with a Back,
a Controls slot is emptied by one key or button, and a held direction's pace (the comms log read as it scrolls, a long
hold speeding up). The pages are handed what the game's real input devices make of the mouse and keys."""

import pygame
import pytest

from game.campaign import load_campaign
from game.content.chain import LEVELS
from game.input.actions import Actions
from game.input.devices import InputDevices
from game.input.repeat import MenuRepeat
from game.record import Record
from game.scenes.comms import CommsScene
from game.scenes.controls import ACTION_ROWS, HINTS, ControlsScene
from game.scenes.missions import MissionsScene
from game.scenes.options import ROWS, OptionsScene
from game.scenes.pause import PauseScene
from game.scenes.play import PlayScene
from game.sim.events import MissileLaunched
from game.view.controls import page_hint
from tests.input.test_devices import FakeOpener, key_down, key_up, mouse_down, mouse_up
from tests.scenes.conftest import choose, hand, until_result
from tests.scenes.test_controls import KEY_1, KEY_2, PAD_1, PAD_2, ROW, open_controls
from tests.wrecks import wreck

pytestmark = pytest.mark.usefixtures("config_dir")  # the player's files in a folder of the test's own
FRAME = 1 / 60
RIGHT, BACK_SIDE = pygame.BUTTON_RIGHT, pygame.BUTTON_X1


@pytest.fixture
def devices(ctx):
    """The game's input devices (no pad), as the app gives them to the scenes."""
    ctx.devices = InputDevices(ctx.bindings, ctx.settings, open_controller=FakeOpener())
    return ctx.devices


def pressed(devices, *events) -> Actions:
    """The frame's Actions after `events`."""
    for event in events:
        devices.handle(event)
    return devices.frame_actions()


def clicked(devices, button: int) -> Actions:
    """A mouse button pressed and let go within a frame."""
    return pressed(devices, mouse_down(button, (640, 700)), mouse_up(button, (640, 700)))


def launch(ctx) -> PlayScene:
    choose(ctx, "Launch")
    assert isinstance(ctx.stack[-1], PlayScene)
    return ctx.stack[-1]


# -- the mouse's back --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("button", [RIGHT, BACK_SIDE])
def test_the_right_or_back_side_mouse_button_resumes_from_the_pause_menu(ctx, devices, button):
    play = launch(ctx)
    play.handle(Actions(pause=True))
    assert isinstance(ctx.stack[-1], PauseScene)
    hand(ctx.stack[-1], clicked(devices, button))
    assert ctx.stack[-1] is play


@pytest.mark.parametrize("button", [RIGHT, BACK_SIDE])
def test_the_right_or_back_side_mouse_button_leaves_the_comms_log_options_and_controls(ctx, devices, button):
    play = launch(ctx)
    play.handle(Actions(pause=True))
    pause = ctx.stack[-1]
    choose(ctx, "Comms log")
    assert isinstance(ctx.stack[-1], CommsScene)
    hand(ctx.stack[-1], clicked(devices, button))
    assert ctx.stack[-1] is pause
    choose(ctx, "Options")
    options = ctx.stack[-1]
    assert isinstance(options, OptionsScene)
    options.selected = len(ROWS)  # Controls, under the settings
    hand(options, Actions(menu_confirm=True))
    assert isinstance(ctx.stack[-1], ControlsScene)
    hand(ctx.stack[-1], clicked(devices, button))
    assert ctx.stack[-1] is options
    hand(options, clicked(devices, button))
    assert ctx.stack[-1] is pause


def test_a_right_click_leaves_the_missions_page_for_the_title(ctx, devices):
    title = ctx.stack[-1]
    ctx.push(MissionsScene(ctx, title, load_campaign(LEVELS / "mars_base.tmx", Record({}))))
    hand(ctx.stack[-1], clicked(devices, RIGHT))
    assert ctx.stack[-1] is title


def test_a_right_click_in_a_level_fires_missiles_and_neither_pauses_nor_leaves(ctx, devices):
    play = launch(ctx)
    hand(play, pressed(devices, mouse_down(RIGHT)))
    assert ctx.stack[-1] is play and play.game.player_intent().missile


def test_a_right_click_on_the_result_screen_does_not_leave_it(ctx, devices):
    """Its Back leaves for the title: a right-click for missiles as the level ends must not skip the result."""
    play = launch(ctx)
    for entity in play.game.world.entities():
        if entity != play.game.player:
            wreck(play.game, entity)
    result = until_result(ctx, play)
    hand(result, clicked(devices, RIGHT))
    assert ctx.stack[-1] is result and ctx.running


def test_a_right_click_while_a_keyboard_slot_waits_is_bound_there_and_does_not_leave(ctx, devices):
    page = open_controls(ctx)
    page.row, page.column = ROW["dash"], KEY_2
    hand(page, Actions(menu_confirm=True))
    assert page.waiting and devices.capturing
    hand(page, clicked(devices, RIGHT))
    assert ctx.stack[-1] is page and not page.waiting
    assert page.slots("dash", "keyboard") == [("keyboard", "space"), ("mouse", "right")]


def test_a_level_resumed_by_a_right_click_held_on_launches_no_missile_until_it_is_let_go(ctx, devices):
    play = launch(ctx)
    play.handle(Actions(pause=True))
    hand(ctx.stack[-1], pressed(devices, mouse_down(RIGHT)))  # resumed, the button still down
    assert ctx.stack[-1] is play
    hand(play, devices.frame_actions())
    assert not play.game.player_intent().missile  # the resume's click is no lock
    hand(play, pressed(devices, mouse_up(RIGHT)))
    hand(play, pressed(devices, mouse_down(RIGHT)))  # pressed again: it locks
    assert play.game.player_intent().missile


def test_a_right_button_lock_held_through_a_pause_closed_by_esc_launches_when_let_go(ctx, devices):
    # The lock held into the pause and on as Esc resumes goes on (tests/scenes/test_pause_keeps_the_lock.py): the
    # button down is the lock's, not a click that resumed the level, and let go, it launches
    play = launch(ctx)
    play.game.run(seconds=4)  # past the launch cooldown
    hand(play, pressed(devices, mouse_down(RIGHT)))
    launched = locking(play, devices, 60)
    hand(play, pressed(devices, key_down(pygame.K_ESCAPE), key_up(pygame.K_ESCAPE)))
    assert isinstance(ctx.stack[-1], PauseScene)
    hand(ctx.stack[-1], pressed(devices, key_down(pygame.K_ESCAPE), key_up(pygame.K_ESCAPE)))  # resumed, held on
    assert ctx.stack[-1] is play
    launched += locking(play, devices, 30)
    assert launched == 0 and play.game.player_intent().missile  # held on: it goes on locking
    hand(play, pressed(devices, mouse_up(RIGHT)))
    assert locking(play, devices, 5) > 0


def locking(play, devices, frames: int) -> int:
    """Missiles launched over `frames` frames of a tick each, handed what the devices make of the mouse as it is."""
    count = 0
    for _ in range(frames):
        hand(play, devices.frame_actions())
        play.step()
        count += sum(event.count for event in play.pending_events if isinstance(event, MissileLaunched))
        play.pending_events.clear()
    return count


# -- emptying a Controls slot ------------------------------------------------------------------------------------------
def test_backspace_on_an_action_s_slot_goes_back_as_on_every_page_and_empties_nothing(ctx, devices, config_dir):
    # Backspace is back on every other page (Options, just before this one): here it must not empty the slot the page
    # opens on, saved at once, when the player meant to back out. A keyboard slot is emptied by Backspace once it waits.
    page = open_controls(ctx)
    assert (page.row, page.column) == (ROW["move_up"], KEY_1)  # where the page opens: W
    hand(page, pressed(devices, key_down(pygame.K_BACKSPACE), key_up(pygame.K_BACKSPACE)))
    assert isinstance(ctx.stack[-1], OptionsScene)
    assert page.slots("move_up", "keyboard") == [("keyboard", "w"), ("keyboard", "up")] and page.notice == ""
    assert not (config_dir / "bindings.yaml").exists()


def test_x_on_a_controller_slot_empties_it_and_the_last_one_gone_is_said_with_the_way_back(ctx):
    page = open_controls(ctx)
    page.row, page.column = ROW["knuckle"], PAD_2  # RB
    hand(page, Actions(menu_clear=True, device="pad"))
    assert page.slots("knuckle", "pad") == [("pad", "x")] and page.notice == "RB no longer fires the knuckle"
    page.column = PAD_1
    hand(page, Actions(menu_clear=True, device="pad"))
    assert page.slots("knuckle", "pad") == []
    assert page.notice == "X no longer fires the knuckle: KNUCKLE has no controller button or trigger now (Y on it " \
                          "puts the game's back)"
    hand(page, Actions(menu_reset=True, device="pad"))  # and Y does
    assert page.slots("knuckle", "pad") == [("pad", "x"), ("pad", "rightshoulder")]


def test_pause_s_last_key_or_button_is_not_emptied_and_the_page_says_why(ctx):
    page = open_controls(ctx)
    page.row, page.column = ROW["pause"], PAD_1
    hand(page, Actions(menu_clear=True, device="pad"))
    assert page.slots("pause", "pad") == [("pad", "start")]
    assert page.notice == "Pause keeps one button: rebind it instead"
    page.column = KEY_2
    hand(page, Actions(menu_clear=True, menu_back=True))  # P
    assert page.notice == "P no longer pauses"
    page.column = KEY_1
    hand(page, Actions(menu_clear=True, menu_back=True))  # and Escape, now the last
    assert page.slots("pause", "keyboard") == [("keyboard", "escape")]
    assert page.notice == "Pause keeps one key: rebind it instead" and ctx.stack[-1] is page


def test_backspace_on_the_back_row_still_goes_back(ctx):
    page = open_controls(ctx)
    page.row = len(ACTION_ROWS) + 1  # Back
    hand(page, Actions(menu_clear=True, menu_back=True))
    assert isinstance(ctx.stack[-1], OptionsScene)


def test_the_controls_hint_names_clear_on_the_pad_and_the_right_click_on_the_keyboard(ctx):
    keyboard, pad = (page_hint(ctx.bindings, ctx.settings, device, HINTS) for device in ("keyboard", "pad"))
    assert "clear" not in keyboard and "ESCAPE or right-click back" in keyboard  # the wait's prompt names BACKSPACE
    assert "X clear" in pad and "right-click" not in pad


# -- a held direction's pace -------------------------------------------------------------------------------------------
def held_for(page, seconds: float, direction: str = "menu_down") -> list[int]:
    """The steps a direction pressed and held on `page` makes by each frame (1/60 s) of `seconds`: the press's own
    first, then MenuRepeat's, as the app counts them."""
    repeat, steps, made = MenuRepeat(), [], 0
    for frame in range(round(seconds / FRAME) + 1):
        actions = repeat.step(Actions(**{direction: frame == 0}), {direction}, 0.0 if frame == 0 else FRAME, page)
        made += getattr(actions, direction)
        steps.append(made)
    return steps


def test_the_comms_log_held_scrolls_six_rows_a_second_then_twenty_past_a_second_and_a_half(ctx):
    play = launch(ctx)
    play.game.res.comms.extend((i * 7.0, "rei", f"Line number {i}.") for i in range(200))
    play.handle(Actions(pause=True))
    choose(ctx, "Comms log")
    log = ctx.stack[-1]
    log.top = 0
    repeat = MenuRepeat()
    tops = []
    for frame in range(round(2.0 / FRAME) + 1):
        log.handle(repeat.step(Actions(menu_down=frame == 0), {"menu_down"}, 0.0 if frame == 0 else FRAME, log))
        tops.append(log.top)
    second = round(1 / FRAME)
    assert tops[0] == 1 and tops[round(0.39 / FRAME)] == 1  # the press alone, then nothing until 0.4 s
    assert tops[second] == 5  # then a row every 1/6 s: 0.4, 0.57, 0.73 and 0.9 s
    assert tops[-1] - tops[round(1.6 / FRAME)] == 8  # held past 1.5 s, 20 rows a second


def test_a_menu_direction_held_past_a_second_and_a_half_steps_thirty_times_a_second(ctx):
    steps = held_for(ctx.stack[-1], 3.0)
    assert steps[round(1.0 / FRAME)] == 9  # the press and 8 repeats by 1 s: 12 a second, as before
    assert steps[round(3.0 / FRAME)] - steps[round(2.0 / FRAME)] == 30
