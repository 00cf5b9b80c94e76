"""Tests for InputDevices: synthetic pygame events in, one Actions per frame out."""

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import importlib  # noqa: E402
import logging  # noqa: E402
import math  # noqa: E402

import pygame  # noqa: E402
import pytest  # noqa: E402

from game.input.bindings import default_bindings  # noqa: E402
from game.content.feel import Pulse  # noqa: E402
from game.input.devices import DIAGONAL_GRACE, InputDevices  # noqa: E402
from game.settings import Settings  # noqa: E402

A, B, Y, START = (pygame.CONTROLLER_BUTTON_A, pygame.CONTROLLER_BUTTON_B,
                  pygame.CONTROLLER_BUTTON_Y, pygame.CONTROLLER_BUTTON_START)
LEFTSHOULDER, DPUP, DPDOWN = (pygame.CONTROLLER_BUTTON_LEFTSHOULDER, pygame.CONTROLLER_BUTTON_DPAD_UP,
                              pygame.CONTROLLER_BUTTON_DPAD_DOWN)
DPLEFT, DPRIGHT = pygame.CONTROLLER_BUTTON_DPAD_LEFT, pygame.CONTROLLER_BUTTON_DPAD_RIGHT
LEFTX, LEFTY = pygame.CONTROLLER_AXIS_LEFTX, pygame.CONTROLLER_AXIS_LEFTY
RIGHTX, RIGHTY = pygame.CONTROLLER_AXIS_RIGHTX, pygame.CONTROLLER_AXIS_RIGHTY
RIGHTTRIGGER = pygame.CONTROLLER_AXIS_TRIGGERRIGHT
LEFTTRIGGER = pygame.CONTROLLER_AXIS_TRIGGERLEFT


@pytest.fixture(scope="module", autouse=True)
def pygame_started():
    pygame.init()
    yield


class FakePad:
    """Stands in for an SDL controller: pads cannot be plugged into a test run."""

    def __init__(self, instance_id: int, fail_close: bool = False, name: str = "", guid: str = "") -> None:
        self.instance_id = instance_id
        self.name = name or f"fake pad {instance_id}"
        self.guid = guid or "0" * 32  # SDL's zero GUID: no maker told
        self.closed = 0
        self.fail_close = fail_close
        self.rumbles: list[tuple[float, float, int]] = []  # (low, high, milliseconds) each time it was buzzed
        self.stopped = 0

    def rumble(self, low: float, high: float, milliseconds: int) -> None:
        self.rumbles.append((low, high, milliseconds))

    def stop_rumble(self) -> None:
        self.stopped += 1

    def close(self) -> None:
        self.closed += 1
        if self.fail_close:
            raise pygame.error("device is gone")


class FakeOpener:
    """open_controller for tests: device index n opens a pad whose instance id is 100 + n."""

    def __init__(self, fail_close: bool = False, name: str = "", guid: str = "") -> None:
        self.opened: dict[int, FakePad] = {}
        self.fail_close = fail_close
        self.name, self.guid = name, guid  # what SDL says of each pad opened (FakePad's own when "")

    def __call__(self, device_index: int) -> FakePad:
        pad = FakePad(100 + device_index, self.fail_close, self.name, self.guid)
        self.opened[pad.instance_id] = pad
        return pad


def devices(bindings=None, opener=None, **settings) -> InputDevices:
    """InputDevices on fake pads; keyword arguments are Settings fields (pad_dead_zone=0.5)."""
    return InputDevices(bindings or default_bindings(), Settings(**settings), open_controller=opener or FakeOpener())


def key_down(key):
    return pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode="", scancode=0)


def key_up(key):
    return pygame.event.Event(pygame.KEYUP, key=key, mod=0, unicode="", scancode=0)


def mouse_motion(pos, rel=(10, 0)):
    return pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=rel, buttons=(0, 0, 0), touch=False)


def mouse_down(button, pos=(0, 0)):
    return pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=button, pos=pos, touch=False)


def mouse_up(button, pos=(0, 0)):
    return pygame.event.Event(pygame.MOUSEBUTTONUP, button=button, pos=pos, touch=False)


def pad_added(device_index=0):
    return pygame.event.Event(pygame.CONTROLLERDEVICEADDED, device_index=device_index, guid="fake")


def pad_removed(instance_id=100):
    return pygame.event.Event(pygame.CONTROLLERDEVICEREMOVED, instance_id=instance_id)


def pad_down(button, instance_id=100):
    return pygame.event.Event(pygame.CONTROLLERBUTTONDOWN, instance_id=instance_id, button=button)


def pad_up(button, instance_id=100):
    return pygame.event.Event(pygame.CONTROLLERBUTTONUP, instance_id=instance_id, button=button)


def pad_axis(axis, tilt, instance_id=100):
    """tilt -1..1 becomes SDL's int axis value, as a real pad sends it."""
    value = round(tilt * 32768) if tilt < 0 else round(tilt * 32767)
    return pygame.event.Event(pygame.CONTROLLERAXISMOTION, instance_id=instance_id, axis=axis, value=value)


def feed(input_devices, *events):
    for event in events:
        input_devices.handle(event)
    return input_devices.frame_actions()


def with_pad(opener=None):
    input_devices = devices(opener=opener)
    feed(input_devices, pad_added(0))
    return input_devices


# --- keyboard and mouse ---------------------------------------------------------------------------

@pytest.mark.parametrize("key, move", [
    (pygame.K_w, (0.0, -1.0)), (pygame.K_UP, (0.0, -1.0)),
    (pygame.K_s, (0.0, 1.0)), (pygame.K_DOWN, (0.0, 1.0)),
    (pygame.K_a, (-1.0, 0.0)), (pygame.K_LEFT, (-1.0, 0.0)),
    (pygame.K_d, (1.0, 0.0)), (pygame.K_RIGHT, (1.0, 0.0)),
])
def test_each_default_movement_key_moves_its_way(key, move):
    assert feed(devices(), key_down(key)).move == move


@pytest.mark.parametrize("key, action", [
    (pygame.K_SPACE, "dash"), (pygame.K_q, "vmax"),
    (pygame.K_ESCAPE, "pause"), (pygame.K_p, "pause"), (pygame.K_F3, "debug"),
    (pygame.K_w, "menu_up"), (pygame.K_UP, "menu_up"),
    (pygame.K_s, "menu_down"), (pygame.K_DOWN, "menu_down"),
    (pygame.K_a, "menu_left"), (pygame.K_LEFT, "menu_left"),
    (pygame.K_d, "menu_right"), (pygame.K_RIGHT, "menu_right"),
    (pygame.K_RETURN, "menu_confirm"), (pygame.K_KP_ENTER, "menu_confirm"), (pygame.K_SPACE, "menu_confirm"),
    (pygame.K_ESCAPE, "menu_back"), (pygame.K_BACKSPACE, "menu_back"),
])
def test_each_default_key_press_gives_its_action(key, action):
    actions = feed(devices(), key_down(key))
    assert getattr(actions, action) is True
    assert actions.device == "keyboard"


def test_an_unbound_key_gives_no_action():
    actions = feed(devices(), key_down(pygame.K_z))
    assert actions.move == (0.0, 0.0)
    assert not any([actions.fire, actions.dash, actions.vmax, actions.pause, actions.menu_confirm])


def test_diagonal_keyboard_movement_is_normalised_to_length_one():
    actions = feed(devices(), key_down(pygame.K_w), key_down(pygame.K_d))
    assert actions.move == pytest.approx((math.sqrt(0.5), -math.sqrt(0.5)))
    assert math.hypot(*actions.move) == pytest.approx(1.0)


def test_opposite_movement_keys_cancel_out():
    assert feed(devices(), key_down(pygame.K_a), key_down(pygame.K_RIGHT)).move == (0.0, 0.0)


def test_movement_is_held_until_the_key_is_released():
    input_devices = devices()
    assert feed(input_devices, key_down(pygame.K_d)).move == (1.0, 0.0)
    assert feed(input_devices).move == (1.0, 0.0)
    assert feed(input_devices, key_up(pygame.K_d)).move == (0.0, 0.0)


def test_a_pressed_action_lasts_only_the_frame_of_the_press():
    input_devices = devices()
    assert feed(input_devices, key_down(pygame.K_SPACE)).dash is True
    assert feed(input_devices).dash is False  # still held, no new press


def test_a_key_s_own_repeat_presses_nothing_the_menus_repeat_at_the_game_s_pace():
    """A second key-down of a held key (a system's auto-repeat, were it let through) is no press: the menus' repeat is
    the game's own (game/input/repeat.py), the same for keys and pads; and a held dash key never dashes again."""
    input_devices = devices()
    feed(input_devices, key_down(pygame.K_s), key_down(pygame.K_SPACE))
    repeated = feed(input_devices, key_down(pygame.K_s), key_down(pygame.K_SPACE))
    assert repeated.menu_down is False
    assert repeated.dash is False
    assert input_devices.held_directions() == {"menu_down"}  # what the game's repeat goes by


def test_seek_on_is_pressed_once_and_held_until_let_go_so_a_replay_tells_a_tap_from_a_hold():
    input_devices = devices()
    pressed = feed(input_devices, key_down(pygame.K_l))
    assert (pressed.menu_seek_forward, pressed.seek_forward_held) == (True, True)
    still = feed(input_devices)
    assert (still.menu_seek_forward, still.seek_forward_held) == (False, True)
    assert feed(input_devices, key_up(pygame.K_l)).seek_forward_held is False
    pad = with_pad()
    assert feed(pad, pad_down(pygame.CONTROLLER_BUTTON_RIGHTSHOULDER)).seek_forward_held is True
    assert feed(pad).seek_forward_held is True
    assert feed(pad, pad_up(pygame.CONTROLLER_BUTTON_RIGHTSHOULDER)).seek_forward_held is False


def test_seek_back_is_pressed_once_and_held_until_let_go_on_the_keys_and_the_pad_so_a_replay_rewinds_while_held():
    for key in (pygame.K_j, pygame.K_PAGEUP):
        input_devices = devices()
        pressed = feed(input_devices, key_down(key))
        assert (pressed.menu_seek_back, pressed.seek_back_held) == (True, True)
        still = feed(input_devices)
        assert (still.menu_seek_back, still.seek_back_held) == (False, True)
        assert feed(input_devices, key_up(key)).seek_back_held is False
    pad = with_pad()
    pressed = feed(pad, pad_down(pygame.CONTROLLER_BUTTON_LEFTSHOULDER))
    assert (pressed.menu_seek_back, pressed.seek_back_held) == (True, True)
    assert feed(pad).seek_back_held is True
    assert feed(pad, pad_up(pygame.CONTROLLER_BUTTON_LEFTSHOULDER)).seek_back_held is False


def test_mouse_motion_makes_the_mouse_the_aim_and_the_pointer():
    input_devices = devices()
    assert feed(input_devices).aim_screen is None
    assert feed(input_devices).pointer is None
    actions = feed(input_devices, mouse_motion((320, 200)))
    assert actions.aim_screen == (320.0, 200.0)
    assert actions.pointer == (320.0, 200.0)
    assert actions.device == "keyboard"


@pytest.mark.parametrize("keys, way", [
    ((pygame.K_i,), (0.0, -1.0)), ((pygame.K_k,), (0.0, 1.0)), ((pygame.K_j,), (-1.0, 0.0)),
    ((pygame.K_l,), (1.0, 0.0)), ((pygame.K_i, pygame.K_l), (math.sqrt(0.5), -math.sqrt(0.5))),
])
def test_the_aim_keys_aim_their_way_and_fire_while_held(keys, way):
    input_devices = devices()
    actions = feed(input_devices, *map(key_down, keys))
    assert actions.aim_way == pytest.approx(way) and actions.fire is True and actions.aim_keyed is True
    assert feed(input_devices).fire is True  # held
    released = feed(input_devices, *map(key_up, keys))
    assert released.aim_way is None and released.fire is False


class FakeClock:
    """Seconds that pass only when a test says so."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_diagonal_let_go_one_key_a_moment_before_the_other_stays_a_diagonal():
    clock = FakeClock()
    input_devices = InputDevices(default_bindings(), Settings(), open_controller=FakeOpener(), clock=clock)
    diagonal = (math.sqrt(0.5), -math.sqrt(0.5))
    assert feed(input_devices, key_down(pygame.K_i), key_down(pygame.K_l)).aim_way == pytest.approx(diagonal)
    clock.now += 0.01  # a hand lifts its two fingers a frame or two apart
    between = feed(input_devices, key_up(pygame.K_i))
    assert between.aim_way == pytest.approx(diagonal) and between.aim_keyed is True
    clock.now += 0.01
    assert feed(input_devices, key_up(pygame.K_l)).aim_way is None  # let go: the play scene keeps the last way


def test_a_key_of_a_diagonal_still_held_after_the_grace_aims_its_own_way():
    clock = FakeClock()
    input_devices = InputDevices(default_bindings(), Settings(), open_controller=FakeOpener(), clock=clock)
    feed(input_devices, key_down(pygame.K_i), key_down(pygame.K_l))
    feed(input_devices, key_up(pygame.K_i))
    clock.now += DIAGONAL_GRACE + 0.01  # the pilot meant it: from up and right to right alone
    assert feed(input_devices).aim_way == pytest.approx((1.0, 0.0))
    feed(input_devices, key_down(pygame.K_k))  # a new diagonal, down and right, let go the other way round
    feed(input_devices, key_up(pygame.K_l))
    assert feed(input_devices).aim_way == pytest.approx((math.sqrt(0.5), math.sqrt(0.5)))


def test_an_aim_key_tapped_within_one_frame_still_turns_the_aim_and_fires():
    actions = feed(devices(), key_down(pygame.K_j), key_up(pygame.K_j))
    assert actions.aim_way == pytest.approx((-1.0, 0.0)) and actions.fire is True


def test_after_an_aim_key_the_mouse_aims_again_only_once_it_moves_or_clicks():
    input_devices = devices()
    assert feed(input_devices, mouse_motion((320, 200))).aim_screen == (320.0, 200.0)
    feed(input_devices, key_down(pygame.K_l), key_up(pygame.K_l))
    assert feed(input_devices).aim_screen is None  # the aim stays the keys' way, not back to the resting pointer
    assert feed(input_devices, key_down(pygame.K_w)).aim_screen is None  # moving is not aiming
    assert feed(input_devices, mouse_motion((321, 200), rel=(1, 0))).aim_screen is None  # a nudged desk
    assert feed(input_devices, mouse_motion((340, 210))).aim_screen == (340.0, 210.0)
    feed(input_devices, key_down(pygame.K_i), key_up(pygame.K_i))
    assert feed(input_devices, mouse_down(pygame.BUTTON_LEFT, (500, 300))).aim_screen == (500.0, 300.0)


def test_left_mouse_button_fires_while_held_and_a_tap_within_one_frame_still_fires():
    input_devices = devices()
    assert feed(input_devices, mouse_down(pygame.BUTTON_LEFT)).fire is True
    assert feed(input_devices).fire is True
    assert feed(input_devices, mouse_up(pygame.BUTTON_LEFT)).fire is False
    assert feed(input_devices, mouse_down(pygame.BUTTON_LEFT), mouse_up(pygame.BUTTON_LEFT)).fire is True
    assert feed(input_devices).fire is False


def test_right_mouse_button_holds_the_missile_lock_and_middle_button_engages_vmax():
    input_devices = devices()
    actions = feed(input_devices, mouse_down(pygame.BUTTON_RIGHT), mouse_down(pygame.BUTTON_MIDDLE))
    assert (actions.missile, actions.vmax, actions.fire) == (True, True, False)
    later = feed(input_devices)
    assert (later.missile, later.vmax) == (True, False)  # the lock is held, V-MAX was one press


def test_a_missile_tap_within_one_frame_still_gives_the_missile_for_that_frame():
    input_devices = devices()  # a touchpad's tap-to-click: the press and the release in one frame
    assert feed(input_devices, mouse_down(pygame.BUTTON_RIGHT), mouse_up(pygame.BUTTON_RIGHT)).missile is True
    assert feed(input_devices).missile is False  # let go: released, so it launches
    assert feed(input_devices, key_down(pygame.K_e), key_up(pygame.K_e)).missile is True


def test_the_knuckle_key_is_one_press_and_the_missile_key_is_held():
    input_devices = devices()
    actions = feed(input_devices, key_down(pygame.K_f), key_down(pygame.K_e))
    assert (actions.knuckle, actions.missile) == (True, True)
    assert (feed(input_devices).knuckle, feed(input_devices).missile) == (False, True)


def test_a_left_click_gives_its_position_for_one_frame():
    input_devices = devices()
    actions = feed(input_devices, mouse_down(pygame.BUTTON_LEFT, (40, 50)))
    assert actions.click == (40.0, 50.0)
    assert actions.pointer == (40.0, 50.0)
    assert feed(input_devices).click is None
    assert feed(input_devices, mouse_down(pygame.BUTTON_RIGHT, (1, 2))).click is None


def test_mouse_wheel_notches_add_up_within_a_frame_and_reset_after():
    input_devices = devices()
    wheel = [pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=1, flipped=False)] * 2
    assert feed(input_devices, *wheel).scroll == 2
    assert feed(input_devices).scroll == 0
    assert feed(input_devices, pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=-1, flipped=False)).scroll == -1


@pytest.mark.parametrize("focus_lost", [
    pygame.event.Event(pygame.WINDOWFOCUSLOST),
    pygame.event.Event(pygame.ACTIVEEVENT, gain=0, state=pygame.APPINPUTFOCUS),
])
def test_losing_window_focus_releases_held_keys_and_buttons(focus_lost):
    input_devices = devices()
    held = feed(input_devices, key_down(pygame.K_w), mouse_down(pygame.BUTTON_LEFT))
    assert (held.move, held.fire) == ((0.0, -1.0), True)
    released = feed(input_devices, focus_lost)
    assert (released.move, released.fire, released.focus_lost) == ((0.0, 0.0), False, True)
    assert feed(input_devices).focus_lost is False  # said once, on the frame it happened
    # Pressing again after coming back is a fresh press.
    assert feed(input_devices, key_down(pygame.K_w)).menu_up is True


def test_focus_lost_and_found_again_within_a_frame_is_no_loss():
    input_devices = devices()
    actions = feed(input_devices, pygame.event.Event(pygame.WINDOWFOCUSLOST),
                   pygame.event.Event(pygame.ACTIVEEVENT, gain=0, state=pygame.APPINPUTFOCUS),
                   pygame.event.Event(pygame.ACTIVEEVENT, gain=1, state=pygame.APPINPUTFOCUS),
                   pygame.event.Event(pygame.WINDOWFOCUSGAINED))
    assert actions.focus_lost is False


def test_the_click_that_brings_the_window_back_is_not_a_click_on_the_game():
    """Alt-tabbed away, the fight paused: a click on the game's window to come back (Windows passes it on) landed on
    the pause menu, where it could press Save and quit. The next click is the player's again."""
    input_devices = devices()
    feed(input_devices, pygame.event.Event(pygame.WINDOWFOCUSLOST))
    back = feed(input_devices, pygame.event.Event(pygame.WINDOWFOCUSGAINED),
                pygame.event.Event(pygame.ACTIVEEVENT, gain=1, state=pygame.APPINPUTFOCUS),
                mouse_down(pygame.BUTTON_LEFT, (640, 400)))
    assert (back.click, back.fire, back.pointer) == (None, False, (640, 400))
    feed(input_devices, mouse_up(pygame.BUTTON_LEFT, (640, 400)))
    again = feed(input_devices, mouse_down(pygame.BUTTON_LEFT, (640, 400)))
    assert again.click == (640, 400) and again.fire
    # Focus that comes back with no click leaves the next frame's click alone, as does a focus never lost.
    feed(input_devices, pygame.event.Event(pygame.WINDOWFOCUSLOST))
    feed(input_devices, pygame.event.Event(pygame.WINDOWFOCUSGAINED))
    clicks = feed(input_devices, mouse_down(pygame.BUTTON_RIGHT, (10, 10)), mouse_down(pygame.BUTTON_LEFT, (10, 10)))
    assert clicks.click  # the first press after it is the player's
    assert feed(input_devices, pygame.event.Event(pygame.WINDOWFOCUSGAINED), mouse_down(pygame.BUTTON_LEFT)).click


def test_the_mouse_leaving_the_window_releases_nothing():
    input_devices = devices()
    feed(input_devices, key_down(pygame.K_w))
    actions = feed(input_devices, pygame.event.Event(pygame.ACTIVEEVENT, gain=0, state=pygame.APPMOUSEFOCUS))
    assert actions.move == (0.0, -1.0) and not actions.focus_lost


@pytest.mark.parametrize("event_type", [pygame.QUIT, pygame.WINDOWCLOSE])
def test_closing_the_window_asks_to_quit(event_type):
    input_devices = devices()
    assert feed(input_devices, pygame.event.Event(event_type)).quit is True
    assert feed(input_devices).quit is False


def test_poll_reads_the_pygame_event_queue():
    input_devices = devices()
    pygame.event.clear()
    pygame.event.post(key_down(pygame.K_q))
    assert input_devices.poll().vmax is True
    assert pygame.event.peek(pygame.KEYDOWN) is False


def test_the_real_sdl_pad_support_starts_without_a_pad_under_the_dummy_driver():
    input_devices = InputDevices(default_bindings())
    assert input_devices.pad_connected is False
    assert feed(input_devices, pad_removed(12345)).pad_lost is False


# --- pads -----------------------------------------------------------------------------------------

def test_a_pad_plugged_in_mid_game_is_opened_and_usable():
    opener = FakeOpener()
    input_devices = devices(opener=opener)
    feed(input_devices, key_down(pygame.K_d))
    assert input_devices.pad_connected is False
    feed(input_devices, pad_added(0))
    assert input_devices.pad_connected is True
    assert list(opener.opened) == [100]
    actions = feed(input_devices, key_up(pygame.K_d), pad_down(Y))
    assert (actions.vmax, actions.device) == (True, "pad")


def test_a_pad_announced_twice_is_opened_once_and_the_second_opening_closed():
    opener = FakeOpener()
    input_devices = devices(opener=opener)
    feed(input_devices, pad_added(0))
    first = opener.opened[100]
    feed(input_devices, pad_added(0))
    second = opener.opened[100]  # SDL hands out the same pad again: an opening of its own, counted
    assert second is not first and (first.closed, second.closed) == (0, 1) and input_devices.pad_connected
    feed(input_devices, pad_removed(100))
    assert input_devices.pad_connected is False and first.closed == 1


def test_left_stick_moves_with_a_radial_dead_zone_rescaled_to_full_tilt():
    input_devices = with_pad()
    assert feed(input_devices, pad_axis(LEFTX, 0.15), pad_axis(LEFTY, 0.1)).move == (0.0, 0.0)
    just_past = feed(input_devices, pad_axis(LEFTX, 0.21), pad_axis(LEFTY, 0.0)).move
    assert 0.0 < just_past[0] < 0.02
    assert feed(input_devices, pad_axis(LEFTX, 0.6)).move == pytest.approx((0.5, 0.0), abs=1e-4)
    assert feed(input_devices, pad_axis(LEFTX, -1.0)).move == (-1.0, 0.0)
    corner = feed(input_devices, pad_axis(LEFTX, 1.0), pad_axis(LEFTY, 1.0)).move
    assert math.hypot(*corner) == pytest.approx(1.0)
    assert corner[0] == pytest.approx(corner[1])


def test_the_dead_zone_comes_from_the_settings():
    input_devices = devices(pad_dead_zone=0.5)
    feed(input_devices, pad_added(0))
    assert feed(input_devices, pad_axis(LEFTX, 0.45)).move == (0.0, 0.0)
    assert feed(input_devices, pad_axis(LEFTX, 0.75)).move == pytest.approx((0.5, 0.0), abs=1e-4)


def test_tuning_to_new_settings_holds_from_the_next_frame():
    input_devices = with_pad()
    assert feed(input_devices, pad_axis(LEFTX, 0.45)).move[0] > 0.3
    assert feed(input_devices, pad_axis(RIGHTTRIGGER, 0.5)).fire is True
    feed(input_devices, pad_axis(RIGHTTRIGGER, 0.0))
    input_devices.tune(Settings(pad_dead_zone=0.5, pad_trigger_pull=0.8, pad_move_stick="right"))
    assert feed(input_devices, pad_axis(RIGHTX, 0.45)).move == (0.0, 0.0)  # the right stick moves now, 0.45 is dead
    assert feed(input_devices, pad_axis(RIGHTTRIGGER, 0.5)).fire is False  # not pulled far enough any more
    assert feed(input_devices, pad_axis(RIGHTTRIGGER, 0.9)).fire is True


def test_right_stick_aims_only_outside_the_dead_zone_and_mouse_aim_stops():
    input_devices = with_pad()
    feed(input_devices, mouse_motion((10, 10)))
    actions = feed(input_devices, pad_axis(RIGHTX, 0.0), pad_axis(RIGHTY, -1.0))
    assert actions.aim_way == pytest.approx((0.0, -1.0)) and actions.aim_keyed is False  # a stick aims exactly
    assert actions.aim_screen is None
    assert actions.pointer == (10.0, 10.0)
    assert actions.move == (0.0, 0.0)
    assert feed(input_devices, pad_axis(RIGHTY, -0.1)).aim_way is None


def test_right_trigger_past_the_threshold_fires_while_held():
    input_devices = with_pad()
    assert feed(input_devices, pad_axis(RIGHTTRIGGER, 0.3)).fire is False
    assert feed(input_devices, pad_axis(RIGHTTRIGGER, 0.5)).fire is True
    assert feed(input_devices).fire is True
    assert feed(input_devices, pad_axis(RIGHTTRIGGER, 0.0)).fire is False


def test_a_trigger_resting_near_the_threshold_is_not_let_go_at_every_tremble():
    input_devices = with_pad()  # the threshold is 0.35
    assert feed(input_devices, pad_axis(LEFTTRIGGER, 0.4)).missile is True
    for tremble in (0.33, 0.38, 0.3, 0.36):  # a light finger, just either side of it: still held
        assert feed(input_devices, pad_axis(LEFTTRIGGER, tremble)).missile is True
    assert feed(input_devices, pad_axis(LEFTTRIGGER, 0.2)).missile is False  # let go


def test_with_the_lowest_trigger_threshold_a_trigger_let_go_is_let_go():
    input_devices = devices(pad_trigger_pull=0.05)
    feed(input_devices, pad_added(0))
    assert feed(input_devices, pad_axis(LEFTTRIGGER, 0.3)).missile is True
    assert feed(input_devices, pad_axis(LEFTTRIGGER, 0.0)).missile is False


@pytest.mark.parametrize("button, action", [
    (A, "dash"), (LEFTSHOULDER, "dash"), (Y, "vmax"), (START, "pause"),
    (A, "menu_confirm"), (B, "menu_back"), (DPUP, "menu_up"), (DPDOWN, "menu_down"),
    (DPLEFT, "menu_left"), (DPRIGHT, "menu_right"),
])
def test_a_pad_button_gives_its_action_on_the_press_frame_only(button, action):
    input_devices = with_pad()
    actions = feed(input_devices, pad_down(button))
    assert getattr(actions, action) is True
    assert actions.device == "pad"
    assert getattr(feed(input_devices), action) is False  # still held
    assert getattr(feed(input_devices, pad_up(button)), action) is False


def test_the_dpad_also_moves():
    input_devices = with_pad()
    assert feed(input_devices, pad_down(DPUP)).move == (0.0, -1.0)


def test_the_left_stick_navigates_menus_one_step_per_push():
    input_devices = with_pad()
    assert feed(input_devices, pad_axis(LEFTY, 0.9)).menu_down is True
    assert feed(input_devices, pad_axis(LEFTY, 1.0)).menu_down is False  # still pushed
    assert feed(input_devices, pad_axis(LEFTY, 0.45)).menu_down is False  # not back to rest yet
    assert feed(input_devices, pad_axis(LEFTY, 0.0)).menu_down is False
    assert feed(input_devices, pad_axis(LEFTY, -0.9)).menu_up is True


def test_the_left_stick_changes_menu_values_left_and_right_one_step_per_push():
    input_devices = with_pad()
    assert feed(input_devices, pad_axis(LEFTX, 0.9)).menu_right is True
    assert feed(input_devices, pad_axis(LEFTX, 1.0)).menu_right is False  # still pushed
    assert feed(input_devices, pad_axis(LEFTX, 0.45)).menu_right is False  # not back to rest yet
    assert feed(input_devices, pad_axis(LEFTX, 0.0)).menu_right is False
    actions = feed(input_devices, pad_axis(LEFTX, -0.9))
    assert actions.menu_left is True and not (actions.menu_up or actions.menu_down)


def test_the_stick_made_the_moving_one_in_options_changes_a_menu_value_its_first_push_that_way_too():
    """Options' Move stick set to Right by pushing the left stick right: the right stick's first push right is a press,
    though the left stick last pressed right and is no longer read (so is never seen back at rest)."""
    input_devices = with_pad()
    assert feed(input_devices, pad_axis(LEFTX, 0.9)).menu_right is True  # Move stick: Left -> Right
    input_devices.tune(Settings(pad_move_stick="right"))
    feed(input_devices, pad_axis(LEFTX, 0.0))  # let go: the left stick only aims now
    assert feed(input_devices, pad_axis(RIGHTX, 0.9)).menu_right is True
    assert feed(input_devices, pad_axis(RIGHTX, 1.0)).menu_right is False  # still pushed: one step per push


def test_a_diagonal_stick_push_presses_only_the_direction_pushed_furthest():
    input_devices = with_pad()
    actions = feed(input_devices, pad_axis(LEFTY, 0.6), pad_axis(LEFTX, 0.8))
    assert actions.menu_right is True and actions.menu_down is False
    input_devices = with_pad()
    actions = feed(input_devices, pad_axis(LEFTX, 0.6), pad_axis(LEFTY, 0.8))
    assert actions.menu_down is True and actions.menu_right is False


def test_the_menu_directions_held_are_the_keys_the_d_pad_and_the_moving_stick_held_past_a_menu_press():
    input_devices = with_pad(FakeOpener())
    assert feed(input_devices, key_down(pygame.K_RIGHT)).menu_right is True
    assert input_devices.held_directions() == {"menu_right"}
    feed(input_devices, key_up(pygame.K_RIGHT), pad_down(DPDOWN))
    assert input_devices.held_directions() == {"menu_down"}
    feed(input_devices, pad_up(DPDOWN), pad_axis(LEFTX, -0.4))  # under the menus' press: not pushed yet
    assert input_devices.held_directions() == set()
    feed(input_devices, pad_axis(LEFTX, -0.9))
    assert input_devices.held_directions() == {"menu_left"}
    feed(input_devices, pad_axis(LEFTX, -0.5))  # eased, but not back under the release: still held
    assert input_devices.held_directions() == {"menu_left"}
    feed(input_devices, pad_axis(LEFTX, 0.0))
    assert input_devices.held_directions() == set()


def test_removing_the_pad_in_use_sets_pad_lost_releases_it_and_closes_it():
    opener = FakeOpener()
    input_devices = with_pad(opener)
    held = feed(input_devices, pad_axis(LEFTX, 1.0), pad_axis(RIGHTTRIGGER, 1.0), pad_down(DPUP))
    assert held.fire is True and held.move != (0.0, 0.0)
    lost = feed(input_devices, pad_removed(100))
    assert lost.pad_lost is True
    assert (lost.move, lost.fire, lost.aim_way, lost.device) == ((0.0, 0.0), False, None, "keyboard")
    assert input_devices.pad_connected is False
    assert opener.opened[100].closed == 1
    assert feed(input_devices).pad_lost is False


def test_a_pad_that_fails_to_close_on_removal_does_not_crash():
    input_devices = with_pad(FakeOpener(fail_close=True))
    feed(input_devices, pad_down(A))
    assert feed(input_devices, pad_removed(100)).pad_lost is True


def test_removing_a_pad_that_is_not_in_use_does_not_pause_the_game():
    input_devices = with_pad()
    feed(input_devices, pad_down(A), pad_up(A), key_down(pygame.K_w))
    actions = feed(input_devices, pad_removed(100))
    assert actions.pad_lost is False
    assert actions.move == (0.0, -1.0)


def test_removing_an_unknown_instance_id_does_not_raise():
    input_devices = with_pad()
    actions = feed(input_devices, pad_removed(999))
    assert actions.pad_lost is False
    assert input_devices.pad_connected is True


def test_events_from_a_pad_that_was_never_opened_are_ignored():
    input_devices = devices()
    actions = feed(input_devices, pad_down(A, 7), pad_axis(LEFTX, 1.0, 7))
    assert (actions.dash, actions.move, actions.device) == (False, (0.0, 0.0), "keyboard")


def test_a_pad_that_fails_to_open_is_logged_once_and_does_not_crash(caplog):
    def broken_opener(device_index):
        raise pygame.error("Invalid index")

    input_devices = devices(opener=broken_opener)
    with caplog.at_level(logging.WARNING, logger="game.input.devices"):
        feed(input_devices, pad_added(0), pad_added(0))
    assert input_devices.pad_connected is False
    assert len([r for r in caplog.records if "could not open game controller" in r.message]) == 1


def test_a_second_pad_takes_over_when_used_and_losing_the_first_then_is_harmless():
    input_devices = with_pad()
    feed(input_devices, pad_added(1), pad_down(A, 100))
    assert feed(input_devices, pad_axis(LEFTX, 1.0, 101)).move == (1.0, 0.0)
    assert feed(input_devices, pad_removed(100)).pad_lost is False
    assert feed(input_devices, pad_removed(101)).pad_lost is True


def test_the_first_pad_connected_is_the_device_before_anything_is_pressed():
    input_devices = devices()
    assert feed(input_devices).device == "keyboard"
    assert feed(input_devices, pad_added(0)).device == "pad"  # prompts name its buttons from the start
    feed(input_devices, key_down(pygame.K_z))
    assert feed(input_devices, pad_added(1)).device == "keyboard"  # a second pad: the player is on the keyboard


def test_the_pad_in_use_plugged_back_in_is_the_device_again_though_a_key_was_pressed_before_it_was_used():
    input_devices = devices()
    feed(input_devices, key_down(pygame.K_DOWN), key_up(pygame.K_DOWN))  # a key on the title, then the pad
    feed(input_devices, pad_added(0), pad_down(A), pad_up(A))
    assert feed(input_devices, pad_removed(100)).device == "keyboard"
    back = feed(input_devices, pad_added(0))
    assert back.device == "pad"  # prompts name its buttons again, before it is pressed
    assert feed(input_devices, pad_axis(LEFTX, 1.0)).move == (1.0, 0.0)


def test_a_pad_plugged_in_after_its_player_took_to_the_keys_leaves_the_keys_in_use():
    input_devices = with_pad()
    feed(input_devices, pad_down(A), pad_up(A), pad_removed(100))
    feed(input_devices, key_down(pygame.K_DOWN), key_up(pygame.K_DOWN))
    assert feed(input_devices, pad_added(0)).device == "keyboard"


def test_a_pad_waking_up_mid_fight_leaves_a_mouse_player_aiming_with_the_mouse():
    input_devices = devices()
    feed(input_devices, mouse_motion((50, 5), rel=(45, 0)))
    actions = feed(input_devices, pad_added(0))
    assert actions.device == "keyboard" and actions.aim_screen == (50.0, 5.0)


def test_a_key_pressed_after_the_stick_aimed_leaves_the_aim_until_the_mouse_moves():
    input_devices = with_pad()
    feed(input_devices, mouse_motion((320, 200)))  # the pointer left resting, on the title say
    feed(input_devices, pad_axis(RIGHTX, 1.0), pad_axis(RIGHTX, 0.0))
    actions = feed(input_devices, key_down(pygame.K_ESCAPE))  # Esc to pause, the pad in the other hand
    assert actions.device == "keyboard" and actions.aim_screen is None  # not back to the resting pointer
    assert feed(input_devices, mouse_motion((340, 210))).aim_screen == (340.0, 210.0)


def test_the_device_follows_the_last_input_used():
    input_devices = with_pad()
    assert feed(input_devices, key_down(pygame.K_z)).device == "keyboard"
    assert feed(input_devices, pad_axis(LEFTX, 0.1)).device == "keyboard"  # inside the dead zone
    assert feed(input_devices, pad_axis(LEFTX, 0.8)).device == "pad"
    assert feed(input_devices, mouse_motion((5, 5), rel=(1, 0))).device == "pad"  # a nudge is not a switch
    assert feed(input_devices, mouse_motion((50, 5), rel=(45, 0))).device == "keyboard"
    assert feed(input_devices, pad_down(B)).device == "pad"
    assert feed(input_devices, key_down(pygame.K_z)).device == "keyboard"
    assert feed(input_devices, pad_axis(RIGHTTRIGGER, 1.0)).device == "pad"
    assert feed(input_devices, mouse_down(pygame.BUTTON_RIGHT)).device == "keyboard"


def test_losing_window_focus_releases_pad_buttons_sticks_and_triggers():
    input_devices = with_pad()
    feed(input_devices, pad_axis(LEFTX, 1.0), pad_axis(RIGHTTRIGGER, 1.0), pad_down(DPUP))
    actions = feed(input_devices, pygame.event.Event(pygame.WINDOWFOCUSLOST))
    assert (actions.move, actions.fire) == ((0.0, 0.0), False)


def test_move_stick_right_swaps_the_sticks_for_left_handed_play():
    input_devices = devices(pad_move_stick="right")
    feed(input_devices, pad_added(0))
    actions = feed(input_devices, pad_axis(RIGHTX, 1.0), pad_axis(LEFTY, 1.0))
    assert actions.move == (1.0, 0.0)
    assert actions.aim_way == pytest.approx((0.0, 1.0))


def test_keyboard_and_stick_together_never_move_faster_than_full_tilt():
    input_devices = with_pad()
    actions = feed(input_devices, pad_axis(LEFTX, 1.0), key_down(pygame.K_d), key_down(pygame.K_s))
    assert math.hypot(*actions.move) == pytest.approx(1.0)


# --- a real SDL pad -------------------------------------------------------------------------------

def _bundled_sdl():
    """pygame-ce's own SDL through ctypes, to plug in an SDL virtual pad; None where that cannot be done."""
    import ctypes
    import glob

    package = os.path.dirname(pygame.__file__)
    patterns = [os.path.join(package, "..", "pygame_ce.libs", "libSDL2-*"),
                os.path.join(package, ".dylibs", "libSDL2*"), os.path.join(package, "SDL2.dll")]
    paths = [path for pattern in patterns for path in glob.glob(pattern)]
    if not paths:
        return None
    sdl = ctypes.CDLL(paths[0])
    sdl.SDL_JoystickFromInstanceID.restype = ctypes.c_void_p
    sdl.SDL_JoystickSetVirtualAxis.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int16]
    sdl.SDL_JoystickSetVirtualButton.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_uint8]
    # Only the very SDL that pygame started is any use: its joystick subsystem must be running.
    return sdl if sdl.SDL_WasInit(0x200) else None


def _a_virtual_pad_is_found_read_and_unplugged():
    """Plug an SDL virtual pad in, start the game's input, press the pad and pull it out: each is heard."""
    sdl = _bundled_sdl()
    if sdl is None:
        pytest.skip("pygame-ce's bundled SDL is not reachable here")
    pygame.event.clear()
    index = sdl.SDL_JoystickAttachVirtual(1, 6, 15, 0)  # SDL_JOYSTICK_TYPE_GAMECONTROLLER, 6 axes, 15 buttons
    assert index >= 0
    try:
        # Plugged in before the game started: found at start, and SDL's announcement does not open it twice.
        input_devices = InputDevices(default_bindings())
        assert input_devices.pad_connected is True
        input_devices.poll()
        assert input_devices.pad_connected is True
        joystick = sdl.SDL_JoystickFromInstanceID(sdl.SDL_JoystickGetDeviceInstanceID(index))
        sdl.SDL_JoystickSetVirtualButton(joystick, pygame.CONTROLLER_BUTTON_A, 1)
        sdl.SDL_JoystickSetVirtualAxis(joystick, RIGHTTRIGGER, 32767)
        sdl.SDL_JoystickSetVirtualAxis(joystick, LEFTX, 20000)
        actions = input_devices.poll()
        assert (actions.dash, actions.fire, actions.device) == (True, True, "pad")
        assert actions.move == pytest.approx(((20000 / 32767 - 0.2) / 0.8, 0.0))
    finally:
        sdl.SDL_JoystickDetachVirtual(index)
    actions = input_devices.poll()
    assert actions.pad_lost is True
    assert input_devices.pad_connected is False


def test_a_real_sdl_virtual_pad_is_opened_read_and_unplugged_through_the_controller_api():
    _a_virtual_pad_is_found_read_and_unplugged()


def test_a_real_pad_is_still_read_in_a_game_started_after_two_others_were_closed_in_the_same_process():
    """pygame.quit() stopped SDL's controller subsystem only the first time: after a later one it stayed marked as
    running over a stopped joystick subsystem and event loop, and a game started next (the screenshot tool and the
    tests start one after another) found the pad but heard none of its buttons and sticks."""
    importlib.import_module("pygame._sdl2.controller")  # imported, it has asked pygame's next quit to stop it
    pygame.quit()  # that quit, and SDL_Quit() after the module's pygame.init(): the games below start clean
    for _ in range(2):  # two games started and closed as App does with the sound off: no pygame.init(), no SDL_Quit()
        pygame.display.init()
        pygame.joystick.init()
        InputDevices(default_bindings())
        pygame.quit()
    pygame.init()  # as the module started it, for the tests after this one
    _a_virtual_pad_is_found_read_and_unplugged()


# --- capturing an input for the Controls page -----------------------------------------------------

def test_while_capturing_the_next_key_is_handed_over_by_name_and_does_nothing_else():
    input_devices = devices()
    input_devices.capturing = True
    actions = feed(input_devices, key_down(pygame.K_ESCAPE))
    assert actions.captured == ("keyboard", "escape") and not actions.pause and not actions.menu_back
    assert input_devices.capturing is False  # one input, then the keys act again
    assert feed(input_devices, key_up(pygame.K_ESCAPE), key_down(pygame.K_ESCAPE)).pause
    assert feed(input_devices).captured is None  # handed over once


def test_a_held_key_s_repeat_is_not_captured_and_a_mouse_button_is_by_name_without_a_click():
    input_devices = devices()
    feed(input_devices, key_down(pygame.K_SPACE))
    input_devices.capturing = True
    assert feed(input_devices, key_down(pygame.K_SPACE)).captured is None  # the key that asked for the wait, held
    actions = feed(input_devices, mouse_down(pygame.BUTTON_RIGHT, (10, 20)))
    assert actions.captured == ("mouse", "right") and not actions.missile and actions.click is None
    input_devices.capturing = True
    actions = feed(input_devices, mouse_down(pygame.BUTTON_LEFT, (10, 20)))
    assert actions.captured == ("mouse", "left") and actions.click is None and not actions.fire


def test_a_pad_button_or_trigger_pulled_past_the_pull_is_captured_by_its_sdl_name():
    input_devices = with_pad()
    input_devices.capturing = True
    actions = feed(input_devices, pad_down(START))
    assert actions.captured == ("pad", "start") and not actions.pause
    input_devices.capturing = True
    assert feed(input_devices, pad_axis(RIGHTTRIGGER, 0.2)).captured is None  # short of the pull: nothing yet
    actions = feed(input_devices, pad_axis(RIGHTTRIGGER, 0.9))
    assert actions.captured == ("pad", "righttrigger")


def test_a_key_pygame_has_no_name_for_is_captured_by_sdl_s_name_which_reads_back_and_one_none_names_by_none(tmp_path):
    from game.input.bindings import DEFAULT_BINDINGS_PATH, input_names, load_player_bindings, save_player_bindings
    from game.view.controls import control_name
    f16 = 0x4000006B  # SDLK_F16: pygame has neither a constant nor a name for it
    input_devices = devices()
    input_devices.capturing = True
    actions = feed(input_devices, key_down(f16))
    assert actions.captured == ("keyboard", "F16")
    names = input_names(default_bindings())
    names["keyboard"]["knuckle"] = [actions.captured[1]]
    assert save_player_bindings(names, default_bindings(), tmp_path / "bindings.yaml") is None
    bindings, lines = load_player_bindings(DEFAULT_BINDINGS_PATH, tmp_path / "bindings.yaml")
    assert lines == [] and bindings.keyboard["knuckle"] == (f16,) and input_names(bindings) == names
    assert control_name(bindings, "knuckle") == "F16"  # as the HUD and the title's line name it
    input_devices.capturing = True
    assert feed(input_devices, key_down(pygame.K_UNKNOWN)).captured == ("keyboard", "")  # the page says why not


def test_rebind_makes_the_new_bindings_read_from_the_next_event():
    from game.input.bindings import bindings_from_names, input_names
    input_devices = devices()
    names = input_names(default_bindings())
    names["keyboard"]["dash"] = ["left ctrl"]
    input_devices.rebind(bindings_from_names(names))
    assert feed(input_devices, key_down(pygame.K_LCTRL)).dash
    assert not feed(input_devices, key_down(pygame.K_SPACE)).dash


# --- rumble ---------------------------------------------------------------------------------------

def test_a_pulse_buzzes_the_pad_in_use_scaled_by_the_rumble_setting():
    opener = FakeOpener()
    input_devices = InputDevices(default_bindings(), Settings(rumble=0.5), open_controller=opener)
    feed(input_devices, pad_added(0), pad_down(A))
    input_devices.rumble(Pulse(strength=0.8, seconds=0.25))
    assert opener.opened[100].rumbles == [(0.4, 0.2, 250)]  # the heavy motor at the strength, the light at half


def test_no_buzz_while_the_keyboard_plays_with_the_rumble_off_or_with_no_pad():
    opener = FakeOpener()
    input_devices = with_pad(opener)
    feed(input_devices, key_down(pygame.K_w))  # the keyboard takes over: the pad lies on the desk
    input_devices.rumble(Pulse(strength=0.8, seconds=0.25))
    off = InputDevices(default_bindings(), Settings(rumble=0.0), open_controller=opener)
    feed(off, pad_added(1), pad_down(A, instance_id=101))
    off.rumble(Pulse(strength=0.8, seconds=0.25))
    devices().rumble(Pulse(strength=0.8, seconds=0.25))  # no pad at all: nothing to do, nothing raised
    assert opener.opened[100].rumbles == [] and opener.opened[101].rumbles == []


def test_stop_rumble_stills_every_pad():
    opener = FakeOpener()
    input_devices = devices(opener=opener)
    feed(input_devices, pad_added(0), pad_added(1))
    input_devices.stop_rumble()
    assert [pad.stopped for pad in opener.opened.values()] == [1, 1]


def test_alt_pressed_on_the_way_to_another_window_is_not_captured_and_a_modifier_let_go_is():
    """Alt+Tab while the Controls page waits for a key: the Alt went to the slot, and the player came back to find
    Dash on Left Alt. A modifier is bound as it is let go in the window, so Left Shift and Ctrl still bind."""
    input_devices = devices()
    input_devices.capturing = True
    assert feed(input_devices, key_down(pygame.K_LALT)).captured is None
    actions = feed(input_devices, pygame.event.Event(pygame.WINDOWFOCUSLOST))  # the Tab went to the window manager
    assert actions.captured is None and actions.focus_lost
    feed(input_devices, pygame.event.Event(pygame.WINDOWFOCUSGAINED))
    assert feed(input_devices, key_up(pygame.K_LALT)).captured is None  # a release from before the switch
    assert input_devices.capturing  # the slot still waits
    assert feed(input_devices, key_down(pygame.K_LSHIFT)).captured is None
    assert feed(input_devices, key_up(pygame.K_LSHIFT)).captured == ("keyboard", "left shift")
    assert not input_devices.capturing
    input_devices.capturing = True
    actions = feed(input_devices, key_down(pygame.K_LCTRL), key_down(pygame.K_e), key_up(pygame.K_LCTRL))
    assert actions.captured == ("keyboard", "e")  # a key pressed with it held is the one chosen


# --- the fullscreen keys --------------------------------------------------------------------------

def alt_key_down(key):
    return pygame.event.Event(pygame.KEYDOWN, key=key, mod=pygame.KMOD_LALT, unicode="", scancode=0)


def test_alt_enter_switches_fullscreen_and_is_no_enter_on_a_menu():
    input_devices = devices()
    feed(input_devices, alt_key_down(pygame.K_LALT))
    for enter in (pygame.K_RETURN, pygame.K_KP_ENTER):
        actions = feed(input_devices, alt_key_down(enter))
        assert actions.fullscreen and not actions.menu_confirm  # "Launch" on the title stays where it is
        feed(input_devices, key_up(enter))
    feed(input_devices, key_up(pygame.K_LALT))
    actions = feed(input_devices, key_down(pygame.K_RETURN))
    assert actions.menu_confirm and not actions.fullscreen  # Return alone is Return again


def test_alt_enter_or_f11_while_the_controls_page_waits_switches_fullscreen_binds_nothing_and_the_slot_waits_on():
    """Alt+Enter in a wait bound Return to the slot (Move up on Return); F11 ended the wait unbound."""
    input_devices = devices()
    input_devices.capturing = True
    assert feed(input_devices, alt_key_down(pygame.K_LALT)).captured is None
    actions = feed(input_devices, alt_key_down(pygame.K_RETURN))
    assert actions.fullscreen and actions.captured is None and not actions.menu_confirm
    assert feed(input_devices, key_up(pygame.K_RETURN), key_up(pygame.K_LALT)).captured is None  # nor Alt, let go
    actions = feed(input_devices, key_down(pygame.K_F11))
    assert actions.fullscreen and actions.captured is None
    assert input_devices.capturing  # the slot still waits
    feed(input_devices, key_up(pygame.K_F11))
    assert feed(input_devices, key_down(pygame.K_e)).captured == ("keyboard", "e")


def test_the_window_system_s_maximise_and_restore_are_passed_on_in_that_frame_s_actions():
    input_devices = devices()
    assert input_devices.frame_actions().maximised is None
    input_devices.handle(pygame.event.Event(pygame.WINDOWMAXIMIZED))
    assert input_devices.frame_actions().maximised is True
    assert input_devices.frame_actions().maximised is None  # news of one frame
    input_devices.handle(pygame.event.Event(pygame.WINDOWRESTORED))
    assert input_devices.frame_actions().maximised is False


def test_each_frame_s_actions_name_the_layout_of_the_pad_in_use_else_of_one_still_plugged_in():
    pads = {0: FakePad(100, name="PS4 Controller", guid="030000004c050000cc09000011810000"),
            1: FakePad(101, name="Xbox Wireless Controller", guid="030000005e040000ea02000001030000")}
    input_devices = devices(opener=pads.__getitem__)
    assert input_devices.frame_actions().pad_layout == "xbox"  # no pad: Xbox's names, as SDL's own
    assert feed(input_devices, pad_added(0), pad_added(1)).pad_layout == "playstation"  # the first, in use at once
    assert feed(input_devices, pad_down(pygame.CONTROLLER_BUTTON_A, 101)).pad_layout == "xbox"
    assert feed(input_devices, key_down(pygame.K_w)).pad_layout == "xbox"  # the keyboard: the pad last used still
    assert feed(input_devices, pad_removed(101)).pad_layout == "playstation"  # the one left, which Controls names
    assert feed(input_devices, pad_removed(100)).pad_layout == "xbox"
