"""The Controls page, from Options: each action's two keys (or mouse buttons) and two controller buttons, rebound by
choosing one and pressing the new input (more, from a bindings file edited by hand, are counted beside them and named
when the action is chosen); saved at once to the player's own bindings file, over the game's.

An input already doing another action moves, and that action takes the input it replaces (a key for a key; never Esc) or
is left without it: no input does two actions, and the page says what moved, and what an input it replaced no longer
does ("S no longer moves down"). Pause is never left without one. Esc cancels a wait (so it cannot be bound here: once
Pause gives it up, the page says that Delete on Pause gives it back),
and so does a click off the cell waiting (the left button is bound by clicking that cell, so a change of mind does not
take Fire's button); Backspace or Delete empties a keyboard slot, and the controller's View button cancels its wait (not
waiting, it goes back, as B does; once Restart gives it up, the page says that Y on Restart gives it back). B, back in
every menu, cancels a wait too when tapped; held HOLD_TO_BIND for a controller slot, it is bound there. Not waiting,
X on a pad (menu_clear; no key: Backspace is back, as on every page) empties the chosen slot, whichever column, but
Pause's last key or button, and an action left with no input on that device is said, with how to get the game's
back; Delete (Y on a pad) puts the chosen action's inputs on the chosen column's device back to the game's, and Reset
to defaults every action's. A right-click goes back, as Esc does, but while a slot waits: then it is the mouse button
bound. The menus' own controls are not on the page: they stay as the bindings file has them, so the menus always
answer (a file edited by hand that leaves one of them, or Pause, with no key or no pad input has the game's there:
bindings.NEEDED). Nor are debug's and fullscreen's (F3, F11), and their inputs cannot be given to an action here: the
page could never give them back; F11, or Alt+Enter (fixed), pressed while a slot waits switches fullscreen and the slot
waits on (game.input.devices). The moving stick (Options sets which) is named beside the Move rows' controller cells,
in none: it moves whatever they hold, and no slot could hold it.
"""

import logging
from pathlib import Path

import pygame

from game.input.bindings import (ACTIONS, DEFAULT_BINDINGS_PATH, ORDER, input_names, load_bindings_or_default,
                                 player_bindings_path, player_file_problems, save_player_bindings, settled_bindings)
from game.scenes.base import Scene
from game.scenes.menu import CLICK, HINT_MARGIN, RIGHT_CLICK, MenuCursor, highlight, hint_fitted, menu_hints
from game.scenes.options import heading
from game.view.controls import control_name, input_label, page_hint, stick_name
from game.view.text import AMBER, CYAN, DIM, RED, WHITE, draw_lines, draw_text, fit, font, modal_panel

log = logging.getLogger(__name__)

ACTION_ROWS = (  # (action, as the page names it), in the order a player looks for them
    ("move_up", "Move up"), ("move_down", "Move down"), ("move_left", "Move left"), ("move_right", "Move right"),
    ("fire", "Fire"), ("missile", "Missiles (hold, release)"), ("knuckle", "Knuckle"), ("dash", "Dash"),
    ("vmax", "V-MAX"), ("aim_up", "Aim up and fire"), ("aim_down", "Aim down and fire"),
    ("aim_left", "Aim left and fire"), ("aim_right", "Aim right and fire"), ("pause", "Pause"),
    ("restart", "Restart (hold)"),
)
RESET, BACK = "Reset to defaults", "Back"
SLOTS = 2  # columns a device has; an action may have more inputs (bindings.yaml edited by hand): the page says so
COLUMNS = tuple((device, slot) for device in ("keyboard", "pad") for slot in range(SLOTS))  # what each column edits
PLAYING = tuple(action for action in ACTIONS if not action.startswith("menu_"))  # what an input does in a level
# What an input does in a level that the page does not list, and so could never give back: their inputs stay theirs.
OFF_PAGE = {"debug": "the debug overlay's", "fullscreen": "fullscreen's"}
CANCEL = {"keyboard": ("keyboard", "escape"), "pad": ("pad", "back")}  # ends a wait, binding nothing
# A pad's B: back in every menu, so a player who chose a slot by mistake reaches for it. Tapped, it cancels as View
# does; held HOLD_TO_BIND s on a controller slot's wait, it is bound there (a pad player's one way to give an action B).
B_BUTTON = ("pad", "b")
HOLD_TO_BIND = 1.0
DOES = {  # what an input does in a level, as the page says an input no longer does it ("S no longer moves down")
    "move_up": "moves up", "move_down": "moves down", "move_left": "moves left", "move_right": "moves right",
    "fire": "fires", "missile": "fires missiles", "knuckle": "fires the knuckle", "dash": "dashes",
    "vmax": "starts V-MAX", "aim_up": "aims up", "aim_down": "aims down", "aim_left": "aims left",
    "aim_right": "aims right", "pause": "pauses", "restart": "restarts",
}
CLEAR = (("keyboard", "backspace"), ("keyboard", "delete"))  # empties the keyboard slot waited on
UNNAMED = ("keyboard", "")  # a key with no name that reads back as that key (bindings.key_name): SDL's names vary
# The page's layout, px. The plate takes most of the frame: its 15 rows, Reset and Back, a notice of two lines and the
# hint, top to bottom, are set as large as that height allows (row labels' capitals 13 px in a 1104x621 window).
PANEL_SIZE = (1120, 700)
TITLE_TOP, RULE_Y, HEADINGS_Y = 12, 62, 82  # from the plate's top: CONTROLS, the rule under it, the columns' names
ROWS_TOP = 96  # from the plate's top: the first row's
ROW_HEIGHT = 32
LABEL_SIZE, CELL_TEXT = 28, 26  # the rows' names and the cells' words (a long name fitted smaller, down to 16)
LABEL_X = 40  # px from the plate's left edge
COLUMN_X = (410, 570, 755, 915)  # px from the plate's left edge: the middle of each column (the stick right of them)
CELL_SIZE = (150, 30)
BUTTON_HEIGHT, BUTTON_TEXT = 36, 28  # Reset and Back, under the rows
NOTE_SIZE = 22  # the notice (or the prompt, or a note on the chosen cell) under Reset and Back, two rows at most
GAP = 6  # between the rows, the buttons, the notice and the hint
HINT_UP = 30  # px from the plate's foot to the hint line's top
# The rows the moving stick does too, on a pad (devices.STICK_AXES, as Options sets it): it is named beside their
# controller cells, not in one, for no slot could hold it and it cannot be rebound.
MOVES = ("move_up", "move_down", "move_left", "move_right")
# The other stick aims (settings.pad_aim_stick): named beside the Aim rows' controller cells in the same way, which
# no pad button fills, so a pad player does not read "—" there as no way to aim.
AIMS = ("aim_up", "aim_down", "aim_left", "aim_right")
HINTS = {  # (actions, what they do) for the hint line, by device: the names come from the bindings
    "keyboard": ((("menu_up", "menu_down", "menu_left", "menu_right"), "choose"),
                 (("menu_confirm",), f"{CLICK} rebind"), (("menu_clear",), "clear"),
                 (("menu_reset",), "back to default"), (("menu_back",), f"{RIGHT_CLICK} back")),
    "pad": ((("menu_up", "menu_down", "menu_left", "menu_right"), "choose"), (("menu_confirm",), "rebind"),
            (("menu_clear",), "clear"), (("menu_reset",), "back to default"), (("menu_back",), "back")),
}
# Reset or Back chosen (under the table, no cell to rebind, clear or reset): what Return does on it
BUTTON_HINTS = (menu_hints(RESET.lower(), "back", right_click=True), menu_hints("back", "back", right_click=True))


class ControlsScene(Scene):
    """The gameplay actions and their inputs, on a plate over what Options shows behind it."""

    def __init__(self, ctx, back_to: Scene, path: Path | None = None) -> None:
        self.ctx, self.back_to = ctx, back_to
        self.path = Path(path) if path is not None else player_bindings_path()
        self.shipped = load_bindings_or_default(DEFAULT_BINDINGS_PATH)[0]  # what Reset goes back to
        # {section: {action: [input names]}} and the order of each action's keys and mouse buttons, as the page
        # changes them
        self.names = input_names(ctx.bindings)
        self.cancel_does = self._cancel_does()  # as the last change left it
        # the chosen cell starts in the columns of the device the player used last: a pad player opening the page
        # with a pad starts on a controller cell, not on W
        self.row, self.column = 0, COLUMNS.index(("pad", 0)) if ctx.device == "pad" else 0
        self.waiting = False  # for the input to bind to the chosen cell
        self.holding: float | None = None  # s B has been held down on a controller slot's wait: a tap or a bind
        self.notice = ""  # what the last change did to another action, or why it was not saved (on notice_row)
        self.cells: list[list[pygame.Rect]] = []  # [row][column], from the last draw
        self.buttons: list[pygame.Rect] = []  # Reset and Back, from the last draw
        self.cursor = MenuCursor(self._sound)

    @property
    def notice(self) -> str:
        return self._notice

    @notice.setter
    def notice(self, text: str) -> None:
        self._notice, self.notice_row = text, self.row  # on another row it gives way to that action's inputs

    @property
    def entries(self) -> int:
        return len(ACTION_ROWS) + 2  # the actions, Reset and Back

    @property
    def repeats(self) -> bool:
        """A held direction repeats here, but not while a slot waits: the key held is the one to bind."""
        return not self.waiting

    # --- what the page holds ------------------------------------------------------------------

    def slots(self, action: str, device: str) -> list[tuple[str, str]]:
        """The inputs doing `action` on the device, as (section, name), in its columns' order: where the player put
        them, on this visit or before (the bindings keep the order)."""
        return _inputs(self.names, action, device)

    def _set_slots(self, action: str, device: str, slots: list[tuple[str, str]]) -> None:
        if device == "keyboard":  # the bindings keep keys and mouse buttons apart, and their order beside them
            self.names[ORDER][action] = [kind for kind, _ in slots]
        for section in ("pad",) if device == "pad" else ("keyboard", "mouse"):
            self.names[section][action] = [name for kind, name in slots if kind == section]

    def bind(self, action: str, device: str, slot: int, new: tuple[str, str]) -> None:
        """Put `new` in the action's slot on the device. Held by another action already, it moves here: that action
        takes what the slot held in its place when that is the same kind of input (a key for a key) and not Esc, else
        it is left without it, and the notice says which; what the slot held, given to no action, the notice says
        no longer does this one. Pause is never left with no key, nor with no button on a pad."""
        slots = self.slots(action, device)
        old = slots[slot] if slot < len(slots) else None
        if new == old:
            return
        owners = [other for other in PLAYING if other != action and new in self.slots(other, device)]
        # The page's cancel input (Esc, View) is handed to no other action: the page could never have put it there,
        # and a player reaching for Esc to pause would fire V-MAX instead.
        instead = old if old is not None and old[0] == new[0] and old != CANCEL[device] else None
        if "pause" in owners and instead is None and self._pause_keys(device) == [new]:
            one = "button" if device == "pad" else "key"
            self.notice = f"{input_label(*new, self.layout)} is PAUSE's only {one}: give PAUSE another first"
            return
        if action == "pause" and new[0] == "mouse" and self._pause_keys(device) == [old]:
            self.notice = "Pause keeps one key: a mouse button goes in its other slot"
            return
        # What the slot held goes to no action (none had the new input, or it is not of the input's kind): said, or it
        # would vanish unseen. Esc and View are said by _apply, with how to get them back.
        dropped = old is not None and new not in slots and not (owners and instead) and old != CANCEL[device]
        if new in slots:  # the action's other slot: the two change places
            slots[slots.index(new)] = old
            slots = [s for s in slots if s is not None]
        said = [self._move_here(new, other, device, instead) for other in owners]
        if dropped:
            said.append(f"{input_label(*old, self.layout)} no longer {_does(action)}")
        self.notice = "; ".join(said)
        if slot < len(slots):
            slots[slot] = new
        else:
            slots.append(new)
        self._set_slots(action, device, slots)
        self._apply()

    def _move_here(self, given: tuple[str, str], other: str, device: str, instead: tuple[str, str] | None) -> str:
        """Take `given` from `other`, which takes `instead` in its place (None: is left without it); says so."""
        theirs = self.slots(other, device)
        if instead is None:
            theirs.remove(given)
        else:
            theirs[theirs.index(given)] = instead
        self._set_slots(other, device, theirs)
        then = f"takes {input_label(*instead, self.layout)} in its place" if instead else \
            ": ".join(filter(None, ("is left without it", self._bare(other, device))))
        return f"{input_label(*given, self.layout)} moved here from {_label(other)}, which {then}"

    def clear(self, action: str, device: str, slot: int) -> None:
        """Empty a slot, and say what its input no longer does; Pause keeps its last key (button, on a pad): the game
        must stay pausable. An action left with no input on the device is said too, with how to get the game's back."""
        slots = self.slots(action, device)
        if slot >= len(slots):
            self.notice = f"That slot of {_label(action)} is empty already"
            return
        if action == "pause" and self._pause_keys(device) == [slots[slot]]:
            self.notice = f"Pause keeps one {'button' if device == 'pad' else 'key'}: rebind it instead"
            return
        gone = slots.pop(slot)
        self._set_slots(action, device, slots)
        self.notice = ": ".join(filter(None, (f"{input_label(*gone, self.layout)} no longer {_does(action)}",
                                              self._bare(action, device))))
        self._apply()

    def _bare(self, action: str, device: str) -> str:
        """What a notice adds when `action` has no input left on the device, that it has none and how to get the
        game's back ("FIRE has no key or mouse button now (DELETE on it puts the game's back)"); "" while it has one."""
        if self.slots(action, device):
            return ""
        kind = "controller button or trigger" if device == "pad" else "key or mouse button"
        reset_key = control_name(self.ctx.bindings, "menu_reset", device, self.layout)
        how = f"{reset_key} on it" if reset_key else RESET.upper()
        return f"{_label(action)} has no {kind} now ({how} puts the game's back)"

    def _cancel_does(self) -> dict[str, str | None]:
        """{device: the action its cancel input (Esc, View) does in a level, or None}."""
        return {device: next((action for action in PLAYING if cancel in self.slots(action, device)), None)
                for device, cancel in CANCEL.items()}

    def _pause_keys(self, device: str) -> list[tuple[str, str]]:
        """Pause's keys (its buttons, on a pad), not its mouse buttons: the game stays pausable from the keyboard."""
        return [inputs for inputs in self.slots("pause", device) if inputs[0] != "mouse"]

    def reset_action(self, action: str, device: str) -> None:
        """The action's inputs on the device back to the game's, every other change kept. An input of those another
        action has now moves back, as bind moves one: that action takes one this action gives up in its place (a key
        for a key), else is left without it; but Pause keeps its only key (or button)."""
        slots, wanted = self.slots(action, device), _inputs(input_names(self.shipped), action, device)
        kind, one = ("controller buttons", "button") if device == "pad" else ("keys and mouse buttons", "key")
        if slots == wanted:
            self.notice = f"{_label(action)} has the game's {kind} already"
            return
        given_up = [given for given in slots if given not in wanted]
        said = [f"{_label(action)} has the game's {kind} again"]  # "but" what Pause keeps
        for given in [given for given in wanted if given not in slots]:
            for other in [other for other in PLAYING if other != action and given in self.slots(other, device)]:
                instead = next((up for up in given_up if up[0] == given[0]), None)
                if other == "pause" and instead is None and self._pause_keys(device) == [given]:
                    wanted.remove(given)
                    said[0] += f" but {input_label(*given, self.layout)}, PAUSE's only {one}"
                    continue
                if instead is not None:
                    given_up.remove(instead)
                said.append(self._move_here(given, other, device, instead))
        self._set_slots(action, device, wanted)
        self.notice = "; ".join(said)
        self._apply()

    def reset(self) -> None:
        """Every action back to the game's bindings; the player's file is written with nothing over them."""
        self.names = input_names(self.shipped)
        self.notice = ""
        self._apply()

    def _apply(self) -> None:
        """The page's bindings in use from the next input on, and saved."""
        does = self._cancel_does()
        for device, action in self.cancel_does.items():  # players reach for Esc to pause and View to restart, and the
            if action is not None and does[device] is None:  # page cannot bind either: it says how to get it back
                reset_key = control_name(self.ctx.bindings, "menu_reset", device, self.layout)
                how = f"{reset_key} on {_label(action)}" if reset_key else RESET.upper()
                said = f"{input_label(*CANCEL[device], self.layout)} no longer {_does(action)}: {how} puts it back"
                self.notice = f"{self.notice}. {said}" if self.notice else said
        self.cancel_does = does
        said = save_player_bindings(self.names, self.shipped, self.path)  # why not saved, or where a bad file went
        # In use as the next start reads the file, saved or not: an input given here to Restart that a replay's
        # control answers too (J seeks back), which this page cannot see, settled as it is there (input/clashes.py)
        bindings = settled_bindings(self.names, self.shipped)
        self.ctx.bindings = bindings
        if self.ctx.devices is not None:
            self.ctx.devices.rebind(bindings)
        if said:
            log.warning("%s", said)
            self.notice = said
        # a mistake kept aside is past; a newer game's action is not
        self.ctx.retell(self.path, player_file_problems(self.path))

    # --- input --------------------------------------------------------------------------------

    def handle(self, actions) -> None:
        if self.waiting:
            self._wait(actions)
            return
        if actions.menu_clear and self.row < len(ACTION_ROWS):  # before back: a modder's key for both clears here
            self._sound("ui_confirm")
            self.clear(ACTION_ROWS[self.row][0], *COLUMNS[self.column])
            return
        if self.cursor.closes(actions):
            self.leave()
            return
        # A held key's repeats stop at the last row and column: a press goes round
        self.row = self.cursor.around(self.row, self.entries, actions.menu_up, actions.menu_down, not actions.repeated)
        self.row = self.cursor.wheeled(self.row, self.entries, actions.scroll)  # rows, as on Options; the column stays
        if self.row < len(ACTION_ROWS):  # Reset and Back have no columns
            self.column = self.cursor.around(self.column, len(COLUMNS), actions.menu_left, actions.menu_right,
                                             not actions.repeated)
        self.row, self.column = self.cursor.pointed(actions, (self.row, self.column), self._at)
        if actions.click is not None:
            clicked = self._at(actions.click)
            if clicked is not None:
                self.row, self.column = clicked
                self._choose()
            return
        if actions.menu_confirm:
            self._choose()
        elif actions.menu_reset and self.row < len(ACTION_ROWS):
            self._sound("ui_confirm")
            self.reset_action(ACTION_ROWS[self.row][0], COLUMNS[self.column][0])

    def _choose(self) -> None:
        self._sound("ui_confirm")
        if self.row == len(ACTION_ROWS):
            self.reset()
        elif self.row > len(ACTION_ROWS):
            self.leave()
        else:
            self.waiting = True
            if self.ctx.devices is not None:
                self.ctx.devices.capturing = True

    def _wait(self, actions) -> None:
        """Bind the input pressed, if it belongs to the column's device; Esc, View, B or a click off the cell cancel."""
        captured = actions.captured
        if captured is None:
            return
        device = COLUMNS[self.column][0]
        if captured == ("mouse", "left") and not self._on_waiting_cell(actions.pointer):
            captured = CANCEL["keyboard"]  # a click elsewhere on the page is a change of mind, not the button chosen
        if captured == B_BUTTON:
            if device == "pad" and self.ctx.devices is not None:
                self.holding = 0.0  # let go at once, it cancels; held on, it binds (frame() times it)
                return
            captured = CANCEL["pad"]
        if (captured[0] == "pad") != (device == "pad") and captured not in CANCEL.values():
            if self.ctx.devices is not None:  # another device's input: still waiting for this one's
                self.ctx.devices.capturing = True
            return
        self._take(captured)

    def _hold(self, dt: float) -> None:
        """B pressed for a controller slot: let go, it cancels the wait; held HOLD_TO_BIND s, it is bound."""
        if self.ctx.devices.pad_button_held(B_BUTTON[1]):
            self.holding += dt
            if self.holding < HOLD_TO_BIND:
                return
        self._take(B_BUTTON if self.holding >= HOLD_TO_BIND else CANCEL["pad"])
        self.holding = None

    def _take(self, captured: tuple[str, str]) -> None:
        """The wait ends on `captured`: a cancel binds nothing, a clear empties the slot, another input is bound."""
        device, slot = COLUMNS[self.column]
        action = ACTION_ROWS[self.row][0]
        self.waiting = False
        self._sound("ui_confirm")
        if captured in CANCEL.values():
            return
        if captured == UNNAMED:
            self.notice = "That key has no name the game could save it by: choose another"
        elif captured in CLEAR:
            self.clear(action, device, slot)
        elif owner := next((other for other in OFF_PAGE if captured in self.slots(other, device)), None):
            # Moved here, F11 would hand fullscreen the slot's old key (Space), off the page for good.
            self.notice = f"{input_label(*captured, self.layout)} is {OFF_PAGE[owner]}: choose another"
        else:
            self.bind(action, device, slot, captured)

    def _on_waiting_cell(self, point) -> bool:
        """The point is on the cell waiting for its input (or the page is not drawn yet, so anywhere is)."""
        return not self.cells or point is None or self.cells[self.row][self.column].collidepoint(point)

    def leave(self) -> None:
        """Back to Options."""
        if self.ctx.devices is not None:
            self.ctx.devices.capturing = False
        stack = self.ctx.stack
        self.ctx.close_from(stack.index(self) if self in stack else len(stack) - 1)

    def frame(self, dt: float) -> None:
        self.back_to.frame(dt)  # the title's backdrop keeps drifting behind the pages
        if self.holding is not None:
            self._hold(dt)

    def _at(self, point) -> tuple[int, int] | None:
        """(row, column) of the cell or button under the point (a button's column is 0)."""
        for row, cells in enumerate(self.cells):
            for column, rect in enumerate(cells):
                if rect.collidepoint(point):
                    return row, column
        for index, rect in enumerate(self.buttons):
            if rect.collidepoint(point):
                return len(ACTION_ROWS) + index, 0
        return None

    def _sound(self, name: str) -> None:
        self.ctx.audio.play(name)

    # --- drawing ------------------------------------------------------------------------------

    def draw(self, surface, alpha: float) -> None:
        self.back_to.backdrop(surface, alpha)
        box = modal_panel(surface, PANEL_SIZE)
        middle = box.centerx
        draw_text(surface, "CONTROLS", (middle, box.top + TITLE_TOP), 48, WHITE, anchor="midtop", bold=True)
        pygame.draw.line(surface, CYAN, (middle - 150, box.top + RULE_Y), (middle + 150, box.top + RULE_Y), 2)
        for (left, right), words in (((0, 1), "Keyboard and mouse"), ((2, 3), "Controller")):
            centre = box.left + (COLUMN_X[left] + COLUMN_X[right]) // 2
            heading(surface, words, centre, box.top + HEADINGS_Y, COLUMN_X[right] - COLUMN_X[left] + CELL_SIZE[0] + 40)
        self.cells = []
        label_width = box.left + COLUMN_X[0] - CELL_SIZE[0] // 2 - 8 - (box.left + LABEL_X)
        for index, (action, label) in enumerate(ACTION_ROWS):
            y = box.top + ROWS_TOP + index * ROW_HEIGHT + (ROW_HEIGHT - CELL_SIZE[1]) // 2
            chosen_row = index == self.row
            words, size = fit(label.upper(), LABEL_SIZE, label_width, 16, bold=chosen_row)
            draw_text(surface, words, (box.left + LABEL_X, y + CELL_SIZE[1] // 2), size,
                      WHITE if chosen_row else DIM, anchor="midleft", bold=chosen_row)
            self.cells.append([self._draw_cell(surface, action, index, column, box.left + x, y)
                               for column, x in enumerate(COLUMN_X)])
        self._draw_stick(surface, box.right - 6)
        self.buttons = []
        buttons_y = box.top + ROWS_TOP + len(ACTION_ROWS) * ROW_HEIGHT + GAP
        for offset, words in enumerate((RESET, BACK)):
            rect = pygame.Rect(0, 0, 320 if offset == 0 else 200, BUTTON_HEIGHT)
            rect.midtop = (middle + (offset - 0.5) * 300, buttons_y)
            chosen = self.row == len(ACTION_ROWS) + offset
            if chosen:
                highlight(surface, rect)
            draw_text(surface, words.upper(), rect.center, BUTTON_TEXT, WHITE if chosen else DIM, anchor="center",
                      bold=chosen)
            self.buttons.append(rect)
        under = (middle, buttons_y + BUTTON_HEIGHT + GAP)
        if self.waiting:
            draw_text(surface, self._prompt(), under, NOTE_SIZE, AMBER, anchor="midtop")
        elif self.notice and not (self.row != self.notice_row and self.more_inputs()):
            draw_lines(surface, self.notice, under, NOTE_SIZE, RED if "could not" in self.notice else AMBER,
                       box.w - 60, most=2)
        elif more := self.more_inputs() or self.stick_note():
            draw_lines(surface, more, under, NOTE_SIZE, CYAN, box.w - 60, most=2)
        if not self.waiting:  # while waiting, the prompt says what the keys do: the menu's hint would contradict it
            hints = HINTS if self.row < len(ACTION_ROWS) else BUTTON_HINTS[self.row - len(ACTION_ROWS)]
            hint, size = hint_fitted(page_hint(self.ctx.bindings, self.ctx.settings, self.device, hints, self.layout),
                                     box.w - HINT_MARGIN)
            draw_text(surface, hint, (middle, box.bottom - HINT_UP), size, DIM, anchor="midtop")

    def _draw_cell(self, surface, action: str, row: int, column: int, x: int, y: int) -> pygame.Rect:
        device, slot = COLUMNS[column]
        rect = pygame.Rect(0, 0, *CELL_SIZE)
        rect.midtop = (x, y)
        chosen = row == self.row and column == self.column
        if chosen:
            highlight(surface, rect)
        slots = self.slots(action, device)
        if chosen and self.waiting:
            words, colour = "PRESS…", AMBER
        elif slot < len(slots):
            words, colour = input_label(*slots[slot], self.layout), WHITE if chosen else (200, 210, 228)
        else:  # an Aim row's too: the aiming stick is named once, beside them (aim_bracket), not again in a cell
            words, colour = "—", DIM
        words, size = fit(words, CELL_TEXT, CELL_SIZE[0] - 8, 16, bold=chosen)  # "MIDDLE MOUSE" a little smaller
        draw_text(surface, words, rect.center, size, colour, anchor="center", bold=chosen)
        if slot == SLOTS - 1 and len(slots) > SLOTS:  # how many more, beside the device's last column (more_inputs)
            draw_text(surface, f"+{len(slots) - SLOTS}", (rect.right + 5, rect.centery), 18, CYAN, anchor="midleft",
                      bold=True)
        return rect

    def _draw_stick(self, surface, right: int) -> None:
        """The moving stick, bracketed beside the Move rows' controller cells (past any "+N" beside them), and the
        aiming stick beside the Aim rows', with what it does there: it aims, and the trigger (Fire's first pad input)
        fires, for the rows' "and fire" is the aim keys' alone."""
        self._draw_bracket(surface, MOVES, (self._stick(), "STICK"), right)
        self._draw_bracket(surface, AIMS, self.aim_bracket(), right)

    def aim_bracket(self) -> tuple[str, ...]:
        """The words beside the Aim rows' controller cells, a line each: "RIGHT", "STICK", "AIMS ONLY", "RT FIRES"."""
        fire = control_name(self.ctx.bindings, "fire", "pad", self.layout)
        return self.ctx.settings.pad_aim_stick.upper(), "STICK", "AIMS ONLY", *([f"{fire} FIRES"] if fire else [])

    def _draw_bracket(self, surface, actions: tuple[str, ...], lines: tuple[str, ...], right: int) -> None:
        """`lines` ("LEFT", "STICK"), bracketed beside the controller cells of the rows of `actions`, each fitted
        between the bracket and `right`."""
        rows = [cells[-1] for cells, (action, _) in zip(self.cells, ACTION_ROWS) if action in actions]
        more = max(len(self.slots(action, "pad")) for action in actions) - SLOTS
        x = rows[0].right + 8 + (font(18, bold=True).size(f"+{more}")[0] + 5 if more > 0 else 0)
        top, bottom = rows[0].top + 2, rows[-1].bottom - 2
        pygame.draw.lines(surface, DIM, False, ((x - 5, top), (x, top), (x, bottom), (x - 5, bottom)), 2)
        first = (top + bottom) // 2 - 13 * (len(lines) - 1)  # 26 px apart, centred on the bracket
        for row, line in enumerate(lines):
            words, size = fit(line, 20, right - x - 8, 14)
            draw_text(surface, words, (x + 8, first + 26 * row), size, (200, 210, 228), anchor="midleft")

    def _stick(self) -> str:
        """The stick that moves, as the settings have it: "LEFT" or "RIGHT"."""
        return self.ctx.settings.pad_move_stick.upper()

    def stick_note(self) -> str:
        """What the moving or the aiming stick does, with a Move or an Aim row's controller cell chosen; else ""."""
        if self.row >= len(ACTION_ROWS) or COLUMNS[self.column][0] != "pad":
            return ""
        if ACTION_ROWS[self.row][0] in MOVES:
            return f"The {stick_name(self.ctx.settings.pad_move_stick)} moves too (Options' Move stick sets which): " \
                   "it is not rebound here"
        if ACTION_ROWS[self.row][0] in AIMS:  # it aims only: the rows' "and fire" is the keys' (I J K L)
            return f"The {stick_name(self.ctx.settings.pad_aim_stick)} aims, without firing (Options' Move stick " \
                   "sets which): it is not rebound here"
        return ""

    def more_inputs(self) -> str:
        """Every input of the chosen action on the chosen column's device, when it has more than the device has columns
        ("DASH has 3 inputs: SPACE, LEFT SHIFT and V"); else ""."""
        if self.row >= len(ACTION_ROWS):
            return ""
        action = ACTION_ROWS[self.row][0]
        labels = [input_label(*given, self.layout) for given in self.slots(action, COLUMNS[self.column][0])]
        if len(labels) <= SLOTS:
            return ""
        return f"{_label(action)} has {len(labels)} inputs: {', '.join(labels[:-1])} and {labels[-1]}"

    def _prompt(self) -> str:
        device, _ = COLUMNS[self.column]
        label = _label(ACTION_ROWS[self.row][0])
        b, view = (input_label(*given, self.layout) for given in (B_BUTTON, CANCEL["pad"]))
        if device == "pad":
            if self.holding is not None:
                return f"Keep holding {b} to bind it to {label}   ·   let go to cancel"
            return f"Press a controller button or trigger for {label}   ·   {b} or {view} cancel   ·   " \
                   f"hold {b} to bind it"
        cancel = f"ESCAPE, {b} or {view}" if self.device == "pad" else "ESCAPE"
        return f"Press a key or mouse button for {label}   ·   {cancel} cancel   ·   BACKSPACE clear"


def _inputs(names, action: str, device: str) -> list[tuple[str, str]]:
    """An action's inputs on the device in `names` (as input_names gives them), as (section, name), in their order
    (a pad's list keeps it; the keys and mouse buttons are put in the order names[ORDER] gives)."""
    if device == "pad":
        return [("pad", name) for name in names["pad"][action]]
    left = {section: iter(names[section][action]) for section in ("keyboard", "mouse")}
    return [(section, next(left[section])) for section in names[ORDER][action]]


def _label(action: str) -> str:
    """How the page names an action in its sentences: "MISSILES (HOLD, RELEASE)" → "MISSILES", debug → "DEBUG"."""
    return dict(ACTION_ROWS).get(action, action.replace("_", " ")).split(" (")[0].upper()


def _does(action: str) -> str:
    """What the action's input does, in a sentence: "moves down"; one of a file's own, "does DEBUG"."""
    return DOES.get(action, f"does {_label(action)}")
