"""Input devices: the only reader of the pygame event queue; keyboard, mouse and pads become one Actions a frame."""

import logging
import math
import os
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

import pygame

from game.input.actions import Actions
from game.input.bindings import MOUSE_BUTTONS, PAD_BUTTONS, PAD_TRIGGERS, Bindings, key_name
from game.input.pad_layout import XBOX, layout_of
from game.settings import Settings

log = logging.getLogger(__name__)

HELD_ACTIONS = frozenset({"move_up", "move_down", "move_left", "move_right", "aim_up", "aim_down", "aim_left",
                          "aim_right", "fire", "missile", "restart", "menu_seek_back", "menu_seek_forward"})
AIM_KEYS = ("aim_up", "aim_down", "aim_left", "aim_right")
# What a held input repeats: in the menus, as game/input/repeat.py times it from the frames, for keys, the d-pad and
# the moving stick alike (held_directions). Nothing else ever repeats: a held key must never re-dash or re-pause.
REPEATABLE_ACTIONS = frozenset({"menu_up", "menu_down", "menu_left", "menu_right"})
EDGE_ACTIONS = ("dash", "knuckle", "vmax", "pause", "debug", "fullscreen", "menu_up", "menu_down", "menu_left",
                "menu_right", "menu_confirm", "menu_back", "menu_reset", "menu_clear", "menu_seek_back",
                "menu_seek_forward", "menu_watch", "menu_easy")
# The mouse's back on the menu pages with a Back (Actions.back_click): the right button, as in most PC games' menus,
# and the side button SDL calls X1, which browsers and file managers take for Back. Fixed, as Alt+Enter is.
BACK_BUTTONS = frozenset({pygame.BUTTON_RIGHT, pygame.BUTTON_X1})

STICK_AXES = {
    "left": (pygame.CONTROLLER_AXIS_LEFTX, pygame.CONTROLLER_AXIS_LEFTY),
    "right": (pygame.CONTROLLER_AXIS_RIGHTX, pygame.CONTROLLER_AXIS_RIGHTY),
}
TRIGGER_AXES = frozenset({pygame.CONTROLLER_AXIS_TRIGGERLEFT, pygame.CONTROLLER_AXIS_TRIGGERRIGHT})
# Menus read the moving stick like a d-pad: a press past PRESS, re-armed only once back under RELEASE,
# so a stick resting near the threshold does not chatter. Only the axis pushed furthest presses, so a
# diagonal push does not move and change a value at once.
MENU_STICK_PRESS = 0.5
MENU_STICK_RELEASE = 0.3
STICK_MENU_ACTIONS = frozenset({"menu_up", "menu_down", "menu_left", "menu_right"})  # what the moving stick presses
TRIGGER_SLACK = 0.1  # below the trigger threshold by this much before a pulled trigger counts as let go
# A nudged desk or SDL's synthetic motion on window enter must not take aim away from a pad player.
MOUSE_SWITCH_PIXELS = 3
# A diagonal's two aim keys are seldom let go in the same frame, and the one let go last would turn the aim (and
# the Layzner) its own way as the burst ends: what is left of a diagonal points the diagonal this long, s.
DIAGONAL_GRACE = 0.1
FOCUS_LOST_STATES = pygame.APPINPUTFOCUS | pygame.APPACTIVE  # not APPMOUSEFOCUS: the mouse leaving is harmless
# Keys the Controls page binds as they are let go, not pressed: Alt and the system key start a switch to another window
# (Alt+Tab), and bound on the press, the Alt on its way there took the slot waiting for a key
MODIFIER_KEYS = frozenset({pygame.K_LALT, pygame.K_RALT, pygame.K_LCTRL, pygame.K_RCTRL, pygame.K_LSHIFT,
                           pygame.K_RSHIFT, pygame.K_LGUI, pygame.K_RGUI, pygame.K_MODE})
# Alt+Enter switches fullscreen, as on most PC games: a fixed key, beside F11 (the bindings' fullscreen), in any scene.
# It is no Enter (a menu's confirm) and, while the Controls page waits, binds neither Alt nor Enter.
ENTER_KEYS = frozenset({pygame.K_RETURN, pygame.K_KP_ENTER})


class PadHandle(Protocol):
    """An opened pad: what InputDevices needs from it."""

    instance_id: int  # SDL joystick instance id, as in the pad's events
    name: str
    guid: str  # SDL's joystick GUID, 32 hex digits: the maker's id in it tells the pad's layout (pad_layout.py)

    def close(self) -> None: ...

    def rumble(self, low: float, high: float, milliseconds: int) -> None: ...

    def stop_rumble(self) -> None: ...


class SdlPad:
    """A pad opened through SDL's GameController API (pygame._sdl2.controller)."""

    def __init__(self, device_index: int) -> None:
        from pygame._sdl2 import controller

        self._controller = controller.Controller(device_index)
        # The pad's events carry the joystick instance id, not the device index (which shifts on unplug).
        self.instance_id = self._controller.as_joystick().get_instance_id()
        self.name = self._controller.name or f"pad {device_index}"
        self.guid = self._controller.as_joystick().get_guid()

    def close(self) -> None:
        self._controller.quit()

    def rumble(self, low: float, high: float, milliseconds: int) -> None:
        """The heavy (low) and light (high) motors at these shares of full speed; a pad without motors ignores it."""
        self._controller.rumble(low, high, milliseconds)

    def stop_rumble(self) -> None:
        self._controller.stop_rumble()


def init_pad_support() -> bool:
    """Start SDL's joystick and game controller subsystems; False (logged) if this platform cannot."""
    try:
        from pygame._sdl2 import controller

        # A Nintendo pad's buttons by their places, as every other pad's: SDL 2 gives them by their labels unless told
        # (its A, east, as SDL's A, south), which put Dash and confirm under a Switch player's east button. The hint
        # is read as the controller subsystem loads its mappings, so it is set before it starts.
        os.environ["SDL_GAMECONTROLLER_USE_BUTTON_LABELS"] = "0"
        pygame.joystick.init()
        controller.init()
        # pygame-ce's controller module asks pygame.quit() to stop it once, as it is imported, and a quit forgets what
        # it was asked. After a later quit (a second App in one process: the screenshot tool, the tests) SDL counted the
        # subsystem as running over a stopped joystick subsystem and event loop, so controller.init() did nothing: the
        # pad was found and opened, and not one of its buttons or sticks was heard. So it is asked at every start.
        pygame.register_quit(controller.quit)
        return True
    except (ImportError, pygame.error) as error:
        log.warning("game controllers unavailable: %s", error)
        return False


@dataclass
class _Pad:
    """One game controller plugged in, and what it holds down now."""
    handle: PadHandle
    layout: str  # whose names its buttons have (game/input/pad_layout.py)
    buttons: set[int] = field(default_factory=set)
    axes: dict[int, float] = field(default_factory=dict)  # -1..1 sticks, 0..1 triggers
    menu_direction: int = 0  # -1 up, 1 down, 0 idle: the moving stick's menu state
    menu_direction_x: int = 0  # -1 left, 1 right, 0 idle
    pulled: set[int] = field(default_factory=set)  # trigger axes held past the threshold (and not yet let go)

    def release(self) -> None:
        self.buttons.clear()
        self.axes.clear()
        self.pulled.clear()
        self.menu_direction = 0
        self.menu_direction_x = 0


class InputDevices:
    """Turns pygame events into one Actions per frame; the game calls poll() once per frame."""

    def __init__(self, bindings: Bindings, settings: Settings = Settings(),
                 open_controller: Callable[[int], PadHandle] | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        """`clock`: seconds, for DIAGONAL_GRACE (tests pass their own)."""
        self._pads: dict[int, _Pad] = {}
        self._move_axes: tuple[int, int] | None = None  # the moving stick's (tune)
        self.rebind(bindings)
        self.tune(settings)
        # True while the Controls page waits for the input to bind: the next key, mouse button, pad button or trigger
        # pressed is handed over as Actions.captured (section, name), and does nothing else.
        self.capturing = False
        self._captured: tuple[str, str] | None = None
        self._modifier_down: int | None = None  # a modifier pressed while capturing: captured as it is let go

        self._keys: set[int] = set()
        self._mouse_buttons: set[int] = set()
        self._active_pad: int | None = None  # the pad used last: only its sticks and buttons count
        self._failed_pads: set[object] = set()  # pads that would not open, so each is logged once
        self._device = "keyboard"
        # A key, a click or a real mouse move so far (since the pad in use was pulled out): a pad plugged in then is
        # not in use
        self._keyboard_used = False
        self._pointer: tuple[float, float] | None = None
        self._clock = clock
        # The aim keys of the last diagonal held, its way, and when one of them was let go (None while all are held).
        self._diagonal: tuple[frozenset[str], tuple[float, float], float | None] | None = None
        self._mouse_aims = True  # False from an aim key's press, or the pad's use, until the mouse next moves or clicks
        # Edges since the last frame_actions().
        self._pressed: set[str] = set()
        self._click: tuple[float, float] | None = None
        self._back_click = False
        self._scroll = 0
        self._pad_lost = False
        self._focus_lost = False
        self._focused = True  # until the window is told it lost the focus (a window system may never say it has it)
        self._waking = False  # the focus came back this frame: a click with it is the one that brought it back
        self._quit = False
        self._maximised: bool | None = None

        if open_controller is None:
            self._open_controller: Callable[[int], PadHandle] = SdlPad
            if init_pad_support():
                self._open_present_pads()
        else:
            self._open_controller = open_controller

    def rebind(self, bindings: Bindings) -> None:
        """Read the inputs as `bindings` say from the next event on (Controls calls this as it changes them)."""
        self._key_actions = _invert(bindings.keyboard)
        self._mouse_actions = _invert(bindings.mouse)
        self._button_actions = _invert(bindings.pad_buttons)
        self._trigger_actions = _invert(bindings.pad_triggers)

    def tune(self, settings: Settings) -> None:
        """Read the pads as the player's settings say (which stick moves, the dead zone, the trigger pull); Options
        calls this as they change, so a new dead zone holds from the next frame."""
        move_axes = STICK_AXES[settings.pad_move_stick]
        if move_axes != self._move_axes:  # the other stick moves now: the way the old one last pressed the menus
            for pad in self._pads.values():  # (Move stick set with it, pushed right) would swallow the new one's
                pad.menu_direction = pad.menu_direction_x = 0  # first push that way
        self._move_axes = move_axes
        self._aim_axes = STICK_AXES[settings.pad_aim_stick]
        self._dead_zone = settings.pad_dead_zone
        self._trigger_pull = settings.pad_trigger_pull
        self._rumble = settings.rumble

    def rumble(self, pulse) -> None:
        """Buzz the pad in the player's hands (feel.yaml's Pulse, scaled by the rumble setting): only while the pad is
        the device in use, so a pad left on the desk stays still while the keyboard plays."""
        pad = self._pads.get(self._active_pad) if self._active_pad is not None else None
        strength = pulse.strength * self._rumble
        if pad is None or self._device != "pad" or strength <= 0 or pulse.seconds <= 0:
            return
        try:  # the heavy motor for weight, the light one at half for bite
            pad.handle.rumble(strength, strength / 2, round(pulse.seconds * 1000))
        except pygame.error as error:  # a pad pulled out this instant, say: a buzz is not worth a crash
            log.debug("rumble failed: %s", error)

    def stop_rumble(self) -> None:
        """Every pad's motors stop (the pause menu asks: a buzz must not run on over a paused game)."""
        for pad in self._pads.values():
            try:
                pad.handle.stop_rumble()
            except pygame.error as error:
                log.debug("stop_rumble failed: %s", error)

    @property
    def pad_connected(self) -> bool:
        return bool(self._pads)

    @property
    def focused(self) -> bool:
        """The window has the keyboard's focus, as far as the game was told: False from alt-tab until it is back."""
        return self._focused

    @property
    def clicking(self) -> bool:
        """The left mouse button is down now: a menu's click, say, that has not been let go yet. (Not the right: held,
        it may be a missile lock held through the pause; the pause says when a right-click resumed.)"""
        return pygame.BUTTON_LEFT in self._mouse_buttons

    def pad_button_held(self, name: str) -> bool:
        """The pad in use has its button `name` ("b") down now: the Controls page tells a tap from a hold by it."""
        pad = self._pads.get(self._active_pad) if self._active_pad is not None else None
        return pad is not None and PAD_BUTTONS[name] in pad.buttons

    def poll(self) -> Actions:
        for event in pygame.event.get():
            self.handle(event)
        return self.frame_actions()

    def handle(self, event: pygame.event.Event) -> None:
        handler = self._HANDLERS.get(event.type)
        if handler is not None:
            handler(self, event)

    def frame_actions(self) -> Actions:
        held = self._held_actions()
        pad = self._pads.get(self._active_pad) if self._active_pad is not None else None
        using_pad = self._device == "pad" and pad is not None
        # A tap shorter than a frame still fires once, and turns the aim with its shot.
        aiming = (held | self._pressed).intersection(AIM_KEYS)
        keyed = self._keys_way(aiming)
        aim = keyed if aiming else self._stick(pad, self._aim_axes) if using_pad else (0.0, 0.0)
        actions = Actions(
            move=self._move(held, pad),
            aim_screen=self._pointer if self._device == "keyboard" and self._mouse_aims else None,
            aim_way=aim if aim != (0.0, 0.0) else None,
            aim_keyed=bool(aiming) and aim != (0.0, 0.0),
            fire="fire" in held or "fire" in self._pressed or bool(aiming),
            missile="missile" in held or "missile" in self._pressed,  # a tap in a frame launches, as fire fires
            restart="restart" in held,  # a tap is no restart: it must be held (the play scene times it)
            seek_back_held="menu_seek_back" in held,
            seek_forward_held="menu_seek_forward" in held,
            click=self._click,
            back_click=self._back_click,
            scroll=self._scroll,
            pointer=self._pointer,
            pad_lost=self._pad_lost,
            focus_lost=self._focus_lost,
            quit=self._quit,
            maximised=self._maximised,
            device=self._device,
            pad_layout=self._pad_layout(),
            captured=self._captured,
            **{name: name in self._pressed for name in EDGE_ACTIONS},
        )
        self._pressed.clear()
        self._captured = None
        self._click = None
        self._back_click = False
        self._scroll = 0
        self._pad_lost = False
        self._focus_lost = False
        self._waking = False
        self._quit = False
        self._maximised = None
        return actions

    def _keys_way(self, aiming: set[str]) -> tuple[float, float]:
        """The way the held aim keys point; what is left of a diagonal, one of its keys let go, still points the
        diagonal for DIAGONAL_GRACE (the other key is most likely on its way up), then its own way."""
        way = _key_way(aiming)
        if way[0] and way[1]:
            self._diagonal = (frozenset(aiming), way, None)
            return way
        if self._diagonal is not None and aiming and aiming < self._diagonal[0]:
            keys, diagonal, let_go = self._diagonal
            now = self._clock()
            if let_go is None:
                let_go = now
                self._diagonal = (keys, diagonal, let_go)
            if now - let_go < DIAGONAL_GRACE:
                return diagonal
        self._diagonal = None
        return way

    # --- keyboard and mouse -------------------------------------------------------------------

    def _on_key_down(self, event: pygame.event.Event) -> None:
        repeat = event.key in self._keys
        self._keys.add(event.key)
        self._device, self._keyboard_used = "keyboard", True
        actions = self._key_actions.get(event.key, ())
        if (event.key in ENTER_KEYS and getattr(event, "mod", 0) & pygame.KMOD_ALT) or (
                self.capturing and "fullscreen" in actions):  # a wait's F11 is the player's reach for fullscreen too
            self._modifier_down = None  # the Alt held for it, let go, is no key chosen for a slot waiting
            if not repeat:
                self._press(("fullscreen",))
            return
        if self.capturing:  # a held key's repeats are not a new press
            if repeat:
                return
            self._modifier_down = event.key if event.key in MODIFIER_KEYS else None
            if self._modifier_down is None:
                self._capture("keyboard", key_name(event.key))  # "" for a key with no name: the page says so
            return
        if any(action in AIM_KEYS for action in actions):
            self._mouse_aims = False
        if not repeat:  # a key's own repeats (a system's, were they let through) would step the menus at its pace
            self._press(actions)

    def _on_key_up(self, event: pygame.event.Event) -> None:
        self._keys.discard(event.key)
        if event.key == self._modifier_down:  # let go with no other key, and the window still ours: that one
            self._modifier_down = None
            self._capture("keyboard", key_name(event.key))

    def _on_mouse_motion(self, event: pygame.event.Event) -> None:
        dx, dy = getattr(event, "rel", (MOUSE_SWITCH_PIXELS, 0))
        # No movement: SDL placing a resting pointer anew, the window's size or mode changed under it (fullscreen
        # from Options). Where it shows now is no hand pointing there: a menu would choose the row come under it
        if (dx, dy) == (0, 0) and self._pointer is not None:
            return
        self._pointer = _point(event.pos)
        if abs(dx) + abs(dy) >= MOUSE_SWITCH_PIXELS:
            self._device, self._keyboard_used, self._mouse_aims = "keyboard", True, True

    def _on_mouse_down(self, event: pygame.event.Event) -> None:
        self._pointer = _point(event.pos)
        if self._waking:  # the click that brought the window back (Windows passes it on) is not aimed at the game:
            self._waking = False  # on the pause menu it could have pressed Save and quit
            return
        self._device, self._keyboard_used, self._mouse_aims = "keyboard", True, True
        name = next((name for name, button in MOUSE_BUTTONS.items() if button == event.button), None)
        if name is not None and self._capture("mouse", name):
            return
        if event.button == pygame.BUTTON_LEFT:
            self._click = self._pointer
        self._back_click = self._back_click or event.button in BACK_BUTTONS
        if event.button not in self._mouse_buttons:
            self._mouse_buttons.add(event.button)
            self._press(self._mouse_actions.get(event.button, ()))

    def _on_mouse_up(self, event: pygame.event.Event) -> None:
        self._mouse_buttons.discard(event.button)

    def _on_mouse_wheel(self, event: pygame.event.Event) -> None:
        self._scroll += event.y  # as the system reports it: "natural" scrolling stays the player's choice

    # --- window -------------------------------------------------------------------------------

    def _on_focus_lost(self, event: pygame.event.Event) -> None:
        # Key and button releases that happen while another window has focus never reach us.
        self._focus_lost, self._focused = True, False
        self._modifier_down = None  # Alt (+Tab) on the way out is no key chosen: the slot still waits
        self._keys.clear()
        self._mouse_buttons.clear()
        for pad in self._pads.values():
            pad.release()

    def _on_focus_gained(self, event: pygame.event.Event) -> None:
        # Lost and found again within one frame (SDL does so as some window systems map the window): no pause.
        self._waking = self._waking or not self._focused  # told twice (ACTIVEEVENT and WINDOWFOCUSGAINED)
        self._focus_lost, self._focused = False, True

    def _on_active_event(self, event: pygame.event.Event) -> None:
        if event.state & FOCUS_LOST_STATES:
            (self._on_focus_gained if event.gain else self._on_focus_lost)(event)

    def _on_quit(self, event: pygame.event.Event) -> None:
        self._quit = True

    def _on_maximised(self, event: pygame.event.Event) -> None:
        self._maximised = True

    def _on_restored(self, event: pygame.event.Event) -> None:
        self._maximised = False

    # --- pads ---------------------------------------------------------------------------------

    def _open_present_pads(self) -> None:
        # SDL announces connected pads when its controller subsystem starts; if someone started it
        # earlier those announcements are gone, so look. Pads announced again later are skipped.
        from pygame._sdl2 import controller

        try:
            indexes = [index for index in range(controller.get_count()) if controller.is_controller(index)]
        except pygame.error as error:
            log.warning("could not list game controllers: %s", error)
            return
        for index in indexes:
            self._add_pad(index, key=("index", index))

    def _on_pad_added(self, event: pygame.event.Event) -> None:
        self._add_pad(event.device_index, key=getattr(event, "guid", None) or ("index", event.device_index))

    def _add_pad(self, device_index: int, key: object) -> None:
        try:
            handle = self._open_controller(device_index)
        except Exception as error:  # any driver trouble: the game goes on with keyboard and mouse
            if key not in self._failed_pads:
                self._failed_pads.add(key)
                log.warning("could not open game controller %s: %s", device_index, error)
            return
        if handle.instance_id in self._pads:  # announced again (SDL does for a pad found at start): SDL counts
            _close(handle)  # each opening, so this one is closed and the first goes on reading the pad
            return
        self._pads[handle.instance_id] = _Pad(handle, layout_of(handle.name, handle.guid))
        log.info("game controller connected: %s", handle.name)
        if self._active_pad is None and not self._keyboard_used:  # the first pad, before any key or mouse: its
            self._use_pad(handle.instance_id)  # player is about to use it, so prompts name its buttons at once

    def _on_pad_removed(self, event: pygame.event.Event) -> None:
        pad = self._pads.pop(event.instance_id, None)
        if pad is None:
            return
        _close(pad.handle)
        log.info("game controller disconnected: %s", pad.handle.name)
        if event.instance_id == self._active_pad:
            self._active_pad = None
            if self._device == "pad":
                self._pad_lost = True
                self._device = "keyboard"
                # Its player has no key or mouse in hand: a pad plugged in before either is used is theirs, plugged
                # back (a key pressed on the title long before had the pause menu still saying it was out)
                self._keyboard_used = False

    def _on_pad_button_down(self, event: pygame.event.Event) -> None:
        pad = self._pads.get(event.instance_id)
        if pad is None or event.button in pad.buttons:
            return
        pad.buttons.add(event.button)
        self._use_pad(event.instance_id)
        name = next((name for name, button in PAD_BUTTONS.items() if button == event.button), None)
        if name is None or not self._capture("pad", name):
            self._press(self._button_actions.get(event.button, ()))

    def _on_pad_button_up(self, event: pygame.event.Event) -> None:
        pad = self._pads.get(event.instance_id)
        if pad is not None:
            pad.buttons.discard(event.button)

    def _on_pad_axis(self, event: pygame.event.Event) -> None:
        pad = self._pads.get(event.instance_id)
        if pad is None:
            return
        value = _normalise_axis(event.value)
        if event.axis in TRIGGER_AXES:
            threshold = self._trigger_pull
            pad.axes[event.axis] = value
            if value >= threshold and event.axis not in pad.pulled:
                pad.pulled.add(event.axis)
                self._use_pad(event.instance_id)
                name = next(name for name, axis in PAD_TRIGGERS.items() if axis == event.axis)
                if not self._capture("pad", name):
                    self._press(self._trigger_actions.get(event.axis, ()))
            # Let go only well short of the pull (a finger resting near the threshold does not release, and launch
            # missiles, at every tremble), yet above a trigger at rest, however low the threshold is set.
            elif value < max(threshold - TRIGGER_SLACK, threshold / 2):
                pad.pulled.discard(event.axis)
            return
        pad.axes[event.axis] = value
        for axes in (self._move_axes, self._aim_axes):
            if event.axis in axes and self._stick(pad, axes) != (0.0, 0.0):
                self._use_pad(event.instance_id)
        if event.axis in self._move_axes:
            self._menu_from_stick(pad)

    def _menu_from_stick(self, pad: _Pad) -> None:
        x, y = self._stick(pad, self._move_axes)
        if abs(y) < MENU_STICK_RELEASE:
            pad.menu_direction = 0
        elif abs(y) >= MENU_STICK_PRESS and abs(y) >= abs(x) and pad.menu_direction != (down := 1 if y > 0 else -1):
            pad.menu_direction = down
            self._pressed.add("menu_down" if down > 0 else "menu_up")
        if abs(x) < MENU_STICK_RELEASE:
            pad.menu_direction_x = 0
        elif abs(x) >= MENU_STICK_PRESS and abs(x) > abs(y) and pad.menu_direction_x != (right := 1 if x > 0 else -1):
            pad.menu_direction_x = right
            self._pressed.add("menu_right" if right > 0 else "menu_left")

    def _capture(self, section: str, name: str) -> bool:
        """While capturing, take this input as the one to bind (the first of the frame) and end the capture: True
        when it was taken, and so does nothing else."""
        if not self.capturing:
            return False
        self.capturing = False
        self._captured = (section, name)
        self._modifier_down = None  # another input came first: its later release is nothing
        return True

    def _pad_layout(self) -> str:
        """The layout of the pad used last, else of the first still plugged in (whose buttons the Controls page names
        while the keyboard is in use), else Xbox's."""
        pad = self._pads.get(self._active_pad) or next(iter(self._pads.values()), None)
        return pad.layout if pad is not None else XBOX

    def _use_pad(self, instance_id: int) -> None:
        self._active_pad = instance_id
        self._device = "pad"
        # A key pressed next (Esc to pause, say) is no aim: the resting pointer takes the aim back only once it moves.
        self._mouse_aims = False

    # --- building the frame -------------------------------------------------------------------

    def _press(self, actions: Iterable[str]) -> None:
        self._pressed.update(actions)

    def held_directions(self) -> frozenset[str]:
        """The menu directions held down now: by a key, a button of the pad in use, or its moving stick pushed as far
        as presses a menu (and not yet back under the release): what MenuRepeat repeats."""
        held = self._held_inputs() & REPEATABLE_ACTIONS
        pad = self._pads.get(self._active_pad) if self._active_pad is not None else None
        if pad is not None and pad.menu_direction:
            held.add("menu_down" if pad.menu_direction > 0 else "menu_up")
        if pad is not None and pad.menu_direction_x:
            held.add("menu_right" if pad.menu_direction_x > 0 else "menu_left")
        return frozenset(held)

    def _held_actions(self) -> set[str]:
        return self._held_inputs() & HELD_ACTIONS

    def _held_inputs(self) -> set[str]:
        """Every action an input held down now is bound to."""
        held: set[str] = set()
        for key in self._keys:
            held.update(self._key_actions.get(key, ()))
        for button in self._mouse_buttons:
            held.update(self._mouse_actions.get(button, ()))
        pad = self._pads.get(self._active_pad) if self._active_pad is not None else None
        if pad is not None:
            for button in pad.buttons:
                held.update(self._button_actions.get(button, ()))
            for axis, actions in self._trigger_actions.items():
                if axis in pad.pulled:
                    held.update(actions)
        return held

    def _move(self, held: set[str], pad: _Pad | None) -> tuple[float, float]:
        x = float(("move_right" in held) - ("move_left" in held))
        y = float(("move_down" in held) - ("move_up" in held))
        if pad is not None:
            stick_x, stick_y = self._stick(pad, self._move_axes)
            x, y = x + stick_x, y + stick_y
        return _clamp_length(x, y)

    def _stick(self, pad: _Pad | None, axes: tuple[int, int]) -> tuple[float, float]:
        """The stick with the radial dead zone cut out and the rest rescaled to 0..1."""
        if pad is None:
            return 0.0, 0.0
        x, y = pad.axes.get(axes[0], 0.0), pad.axes.get(axes[1], 0.0)
        length = math.hypot(x, y)
        dead_zone = self._dead_zone
        if length <= dead_zone:
            return 0.0, 0.0
        scale = min(1.0, (length - dead_zone) / (1.0 - dead_zone)) / length
        return x * scale, y * scale

    _HANDLERS: Mapping[int, Callable[["InputDevices", pygame.event.Event], None]] = {
        pygame.KEYDOWN: _on_key_down,
        pygame.KEYUP: _on_key_up,
        pygame.MOUSEMOTION: _on_mouse_motion,
        pygame.MOUSEBUTTONDOWN: _on_mouse_down,
        pygame.MOUSEBUTTONUP: _on_mouse_up,
        pygame.MOUSEWHEEL: _on_mouse_wheel,
        pygame.WINDOWFOCUSLOST: _on_focus_lost,
        pygame.WINDOWFOCUSGAINED: _on_focus_gained,
        pygame.ACTIVEEVENT: _on_active_event,
        pygame.QUIT: _on_quit,
        pygame.WINDOWCLOSE: _on_quit,
        pygame.WINDOWMAXIMIZED: _on_maximised,
        pygame.WINDOWRESTORED: _on_restored,
        pygame.CONTROLLERDEVICEADDED: _on_pad_added,
        pygame.CONTROLLERDEVICEREMOVED: _on_pad_removed,
        pygame.CONTROLLERBUTTONDOWN: _on_pad_button_down,
        pygame.CONTROLLERBUTTONUP: _on_pad_button_up,
        pygame.CONTROLLERAXISMOTION: _on_pad_axis,
    }


def _close(handle: PadHandle) -> None:
    """Close a pad's opening; SDL counts each, and the pad is let go only once all are closed."""
    try:
        handle.close()
    except Exception as error:  # closing a pad that is already gone must not crash the game
        log.debug("closing %s: %s", handle.name, error)


def _invert(table: Mapping[str, tuple[int, ...]]) -> dict[int, tuple[str, ...]]:
    """action -> codes becomes code -> actions."""
    inverted: dict[int, list[str]] = {}
    for action, codes in table.items():
        for code in codes:
            inverted.setdefault(code, []).append(action)
    return {code: tuple(actions) for code, actions in inverted.items()}


def _normalise_axis(value: int) -> float:
    """SDL axis int (-32768..32767) to -1..1."""
    return max(-1.0, min(1.0, value / (32767.0 if value >= 0 else 32768.0)))


def _key_way(aiming: set[str]) -> tuple[float, float]:
    """The way held aim keys point, of length 1 (a diagonal too); (0, 0) when they cancel out."""
    x = ("aim_right" in aiming) - ("aim_left" in aiming)
    y = ("aim_down" in aiming) - ("aim_up" in aiming)
    length = math.hypot(x, y)
    return (x / length, y / length) if length else (0.0, 0.0)


def _clamp_length(x: float, y: float) -> tuple[float, float]:
    length = math.hypot(x, y)
    return (x / length, y / length) if length > 1.0 else (x, y)


def _point(pos) -> tuple[float, float]:
    return float(pos[0]), float(pos[1])
