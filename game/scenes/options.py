"""The options menu, over the pause menu or the title: screen shake, flashes, volumes, fullscreen, difficulty, the pad's
feel, aim assist and button names, and the way to the Controls page (game/scenes/controls.py). With no controller
connected, the controller's six rows are folded under one row, Controller settings, which shows them when chosen.

Each change applies at once (ctx.settings, the mixer, the window) and is saved straight away; a save
that fails says so on this screen and the change still holds until the game closes. Difficulty is the exception: a
run under way keeps the one it started on (its next start or restart takes the new one), and the page says so.
"""

import dataclasses
import logging
import math
from dataclasses import dataclass
from pathlib import Path

import pygame

from game.scenes.base import Scene
from game.scenes.menu import CLICK, HINT_MARGIN, RIGHT_CLICK, MenuCursor, highlight, hint_fitted, menu_hints, \
    plate_middle
from game.settings import Settings, load_settings, save_settings, settings_path
from game.sim.damage import DAMAGE_DEALT, DAMAGE_TAKEN, DIFFICULTIES
from game.sim.systems.attackers import ATTACKERS, FIRE_PACE
from game.view.controls import page_hint
from game.view.text import AMBER, CYAN, DIM, READABLE, RED, WHITE, draw_lines, draw_text, modal_panel

log = logging.getLogger(__name__)

# The faces the page sets its words in, (size, bold): the title warms them after the missions page's while it waits
# (text.GlyphsAhead), so opening Options renders no glyphs. OPTIONS, the rows (the chosen one bold), the values (a
# meter's beside it), the controller's folded row, the notice, the hint (fitted to 18 px, the keyboard's), the groups'
# headings.
FACES = ((60, True), (30, False), (30, True), (28, False), (26, False), (34, False), (34, True), (READABLE, False),
         (18, False), (20, False))

PANEL_SIZE = (760, 700)
ROW_HEIGHT = 36  # px from row to row (each row's plate 2 px less): twelve rows, two lines of notice and the hint fit
HEADING_HEIGHT = 30  # room for a group's heading above its first row
ROW_WIDTH = 680
CONTROLS, BACK = "Controls", "Back"  # the two entries under the settings: a page of their own, and the way back
ARROW_OFF = (62, 72, 92)  # an arrow with nowhere further to go


@dataclass(frozen=True)
class Row:
    """One setting: its label, the Settings field it changes and its choices in order (value, shown as)."""

    label: str
    key: str
    choices: tuple[tuple[object, str], ...]
    meter: bool = False  # draw the value as a ten-step bar too (volumes)
    heading: str = ""  # a group's name, shown above its first row
    help: str = ""  # what it does, in a player's words: shown under the page while the row is chosen
    pad_help: str = ""  # the help a pad player reads instead, where `help` names keys no pad button does

    def index(self, value) -> int:
        """The choice showing this value; the nearest one for a value typed by hand between two steps."""
        if _listed(value):
            return next(i for i, (choice, _) in enumerate(self.choices) if choice == value)
        return min(range(len(self.choices)), key=lambda i: abs(self.choices[i][0] - value))

    def after(self, value, step: int) -> int:
        """The index `step` choices along from value. A value between two steps (typed by hand, or the
        designed 55% music) counts as sitting between them, so one step either way lands on a neighbour."""
        i = self.index(value)
        choice = self.choices[i][0]
        if _listed(value) or math.isclose(choice, value, abs_tol=1e-6) or step == 0:
            return i + step
        ascending = self.choices[-1][0] > self.choices[0][0]
        value_after_choice = (value > choice) == ascending  # in list order, the value lies past choice i
        if value_after_choice:
            return i + step if step > 0 else i + step + 1
        return i + step - 1 if step > 0 else i + step

    def text(self, value) -> str:
        choice, shown = self.choices[self.index(value)]
        if _listed(value) or math.isclose(choice, value, abs_tol=1e-6):
            return shown
        return f"{round(value * 100)}%"  # a hand-edited value between the steps: show it as it is


def _listed(value) -> bool:
    """A value picked from a list (on or off, a stick), not a number on a scale."""
    return isinstance(value, (bool, str))


def _percents(low: int, high: int, step: int) -> tuple[tuple[float, str], ...]:
    return tuple((percent / 100, f"{percent}%") for percent in range(low, high + 1, step))


def _difficulty_help() -> str:
    """What each difficulty does, in the rules' own numbers: how many machines fire at once, and where it differs from
    Normal, how often they fire and the share of the hits the Layzner takes and deals."""
    def one(name):
        attackers, pace, taken, dealt = ATTACKERS[name], FIRE_PACE[name], DAMAGE_TAKEN[name], DAMAGE_DEALT[name]
        words = [f"{name.capitalize()} {'all' if attackers is None else attackers}"]
        words += [f"{1 / pace:.0%} pace"] if pace != 1.0 else []
        words += [f"take {taken:.0%}"] if taken != 1.0 else []
        return ", ".join(words + ([f"deal {dealt:.0%}"] if dealt != 1.0 else []))
    return "Firing at once: " + " · ".join(one(name) for name in DIFFICULTIES)


_LEVELS = ((0.0, "Off"), (0.5, "Half"), (1.0, "Full"))  # every row's right is more, as on the volumes
# The labels are short to fit their plates; a player who has not read the README learns from the help what "Trigger
# pull" or "Stick dead zone" does. One row of the notice's 20 px words each, so it never takes the hint line's place.
ROWS = (
    Row("Screen shake", "screen_shake", _LEVELS, help="How hard the screen shakes on hits and explosions"),
    Row("Flashes", "flashes", ((0.0, "Off"), (0.5, "Reduced"), (1.0, "Full")),
        help="Muzzle, explosion and hit flashes; below Full, nothing blinks or flickers"),
    Row("Sound volume", "sfx_volume", _percents(0, 100, 10), meter=True,
        help="Every sound but the music: weapons, explosions, alarms, the menus"),
    Row("Music volume", "music_volume", _percents(0, 100, 10), meter=True,
        help="The music alone, apart from the sound effects"),
    Row("Fullscreen", "fullscreen", ((False, "Off"), (True, "On")),
        help="Fill the screen, or play in a window (F11 or Alt+Enter switches too)",
        pad_help="Fill the screen, or play in a window"),
    Row("Difficulty", "difficulty", tuple((name, name.capitalize()) for name in DIFFICULTIES),
        help=_difficulty_help()),
    Row("Move stick", "pad_move_stick", (("left", "Left"), ("right", "Right")), heading="Game controller",
        help="The stick that moves the Layzner; the other one aims"),
    Row("Stick dead zone", "pad_dead_zone", _percents(0, 50, 5),
        help="How far a stick must tilt before it counts: raise it if the Layzner drifts"),
    Row("Aim assist", "pad_aim_assist", _LEVELS,
        help="How strongly the aiming stick's aim is drawn to an enemy near its way"),
    Row("Trigger pull", "pad_trigger_pull", _percents(10, 90, 5),
        help="How far a trigger must be pulled to count as pressed: lower is a lighter touch"),
    Row("Rumble", "rumble", _LEVELS, help="How hard the controller in use buzzes on hits, explosions, rams and V-MAX"),
    Row("Button names", "pad_buttons", (("auto", "Auto"), ("nintendo", "Nintendo"), ("playstation", "PlayStation"),
                                        ("xbox", "Xbox")),  # Auto, then A to Z: as a list has no "more"
        help="Whose button names prompts show: Auto, the controller's own (Xbox's if not known)"),
)
CONTROLS_HELP = "The keys, mouse buttons and controller buttons of every action"
FIRST_PAD = next(i for i, row in enumerate(ROWS) if row.heading)  # the controller's rows, from here to Controls
FOLDED = "Controller settings"  # the one row they stand folded under while no controller is connected
FOLDED_VALUE = "None connected"
FOLDED_HELP = "No controller is connected: choose to set its sticks, aim assist, trigger, rumble and button names"

HINTS = {  # (actions, what they do) for the hint line, by device: the names come from the bindings
    "keyboard": ((("menu_up", "menu_down"), "choose"), (("menu_left", "menu_right"), "change"),
                 (("menu_confirm",), f"{CLICK} next value"), (("menu_back",), f"{RIGHT_CLICK} back")),
    # The d-pad and the stick each in one word: named twice, for choosing and for changing, they crowd the plate.
    "pad": ((("menu_up", "menu_down", "menu_left", "menu_right"), "choose and change"),
            (("menu_confirm",), "next value"), (("menu_back",), "back")),
}
# Controls or Back chosen: Return opens the one or goes back, and changes no value
ENTRY_HINTS = {CONTROLS: menu_hints(f"open {CONTROLS}", "back", right_click=True),
               BACK: menu_hints("back", "back", right_click=True),
               FOLDED: menu_hints("show them", "back", right_click=True)}


def apply_settings(ctx, settings: Settings, previous: Settings | None = None) -> str | None:
    """Make the audio and the window follow `settings` (only what differs from `previous`, if given).

    Returns a line to show when the window could not change mode; never raises for that.
    """
    if previous is None or settings.sfx_volume != previous.sfx_volume:
        ctx.audio.set_volume(settings.sfx_volume)
    if previous is None or settings.music_volume != previous.music_volume:
        ctx.audio.set_music_volume(settings.music_volume)
    if ctx.devices is not None:
        ctx.devices.tune(settings)
    if previous is None or settings.fullscreen != previous.fullscreen:
        return apply_fullscreen(settings.fullscreen)
    return None


def apply_fullscreen(wanted: bool) -> str | None:
    """Switch the window to fullscreen or back when it is not already so; a failure is logged and returned."""
    try:
        if pygame.display.get_surface() is None or pygame.display.is_fullscreen() == wanted:
            return None
        pygame.display.toggle_fullscreen()
    except pygame.error as error:  # e.g. SDL's dummy driver, or a platform that refuses
        line = f"Could not switch to {'fullscreen' if wanted else 'a window'}: {error}"
        log.warning(line)
        return line
    return None


def change_settings(ctx, new: Settings, path: Path | None = None) -> str:
    """Make `new` the player's settings: applied at once and saved to `path` (settings.yaml by default). Returns the
    line to show ("" when all went well): why the window could not change (the setting then stays as it was), or why
    they were not saved (they hold until the game closes)."""
    path = Path(path) if path is not None else settings_path()
    old = ctx.settings
    chose_fullscreen = new.fullscreen != old.fullscreen
    ctx.settings = new
    window_error = apply_settings(ctx, new, old)
    if window_error:  # the window stayed as it was, and so does the setting: Options never claims otherwise
        ctx.settings = new = old
    if chose_fullscreen and ctx.fullscreen_refused:  # chosen here and now: what the window does is what is saved,
        ctx.file_problems.remove(ctx.fullscreen_refused)  # and the title's line is past
        ctx.fullscreen_refused = ""
    kept = dataclasses.replace(new, fullscreen=True) if ctx.fullscreen_refused else new
    save_error = save_settings(kept, path) if new != old else None
    if save_error:  # not saved, or saved with the broken file it replaced kept aside: either way the player is told
        log.warning("%s", save_error)
    if new != old:  # what the title says of the file is what it says now: a mistake kept aside is past
        ctx.retell(path, load_settings(path)[1])
    return save_error or window_error or ""


def toggle_fullscreen(ctx) -> None:
    """The fullscreen keys (F11, Alt+Enter), in any scene: Options' Fullscreen row turned over, saved as Options saves
    it. A window that cannot change is logged and the setting stays as it was; settings that cannot be saved are
    logged and hold until the game closes. Either way the row reads what the window is."""
    change_settings(ctx, dataclasses.replace(ctx.settings, fullscreen=not ctx.settings.fullscreen))


class OptionsScene(Scene):
    """The settings, on a plate over what the scene that opened them shows behind its menu."""

    repeats = True

    def __init__(self, ctx, back_to: Scene, path: Path | None = None) -> None:
        self.ctx, self.back_to = ctx, back_to
        self.path = Path(path) if path is not None else settings_path()
        self.selected = 0
        self.notice = ""  # the last save (or window) failure, shown until a later change works; or news of one
        self.notice_color = RED  # red for a failure, amber for news (a difficulty that waits for the next run)
        self.rects: list[pygame.Rect] = []  # one per row shown, Controls and Back, from the last draw
        self.arrows: list[tuple[pygame.Rect, pygame.Rect] | None] = []  # (left, right) per row shown
        self.cursor = MenuCursor(self._sound)
        self.unfolded = False  # the controller's rows shown, chosen from their folded row: they stay while it is open

    @property
    def folded(self) -> bool:
        """Whether the controller's rows stand folded under one: no controller connected, none in use, none chosen
        to be shown. A page with no input devices to ask (a test's, a tool's) shows them."""
        devices = self.ctx.devices
        return not self.unfolded and devices is not None and not devices.pad_connected and self.device != "pad"

    def shown(self) -> list[int]:
        """The entries on the page, in order (ROWS' indexes, then Controls and Back): folded, the first controller
        row stands for them all."""
        folded = self.folded
        return [i for i in range(self.entries) if not (folded and FIRST_PAD < i < len(ROWS))]

    @property
    def entries(self) -> int:
        return len(ROWS) + 2  # the settings, then Controls and Back

    def handle(self, actions) -> None:
        if self.cursor.closes(actions):
            self.leave()
            return
        # Stepped through the entries shown (a controller row folded away is none); a held key's repeats stop at
        # Screen shake and at Back: one press goes round, a held one would circle
        shown = self.shown()
        place = shown.index(self.selected) if self.selected in shown else FIRST_PAD
        place = self.cursor.around(place, len(shown), actions.menu_up, actions.menu_down, not actions.repeated)
        place = self.cursor.wheeled(place, len(shown), actions.scroll)  # the page fits: no scroll
        self.selected = shown[place]
        self.selected = self.cursor.pointed(actions, self.selected, self._row_at)
        if actions.click is not None:
            clicked = self._row_at(actions.click)
            if clicked is not None:
                self.selected = clicked
                if self.folded and clicked == FIRST_PAD:
                    self._unfold()
                    return
                if clicked >= len(ROWS):
                    self._choose(clicked)
                    return
                left, right = self.arrows[self.shown().index(clicked)]
                # An arrow steps its way and stops at the end, as its dimmed look says (the right one at 100% went
                # round to a silent 0%); a click elsewhere on the row is the next value, round the end
                on_arrow = left.collidepoint(actions.click) or right.collidepoint(actions.click)
                self.change(ROWS[clicked], -1 if left.collidepoint(actions.click) else 1, wrap=not on_arrow)
        if self.selected >= len(ROWS):
            if actions.menu_confirm:
                self._choose(self.selected)
            elif actions.menu_left or actions.menu_right:  # the two side by side: left is Controls, right Back
                self.selected = self.cursor.go(self.selected, len(ROWS) + bool(actions.menu_right))
            return
        if self.folded and self.selected == FIRST_PAD:
            if actions.menu_confirm or actions.menu_right:
                self._unfold()
            return
        row = ROWS[self.selected]
        if actions.menu_confirm:
            self.change(row, 1, wrap=True)
        elif actions.menu_left or actions.menu_right:
            self.change(row, 1 if actions.menu_right else -1, wrap=False)

    def change(self, row: Row, step: int, wrap: bool) -> None:
        """Move the row's value `step` choices along (round the end when wrap), apply it and save it."""
        old = self.ctx.settings
        index = row.after(getattr(old, row.key), step)
        if wrap:
            index %= len(row.choices)
        elif not 0 <= index < len(row.choices):
            return  # already at the end: left/right stop there
        new = dataclasses.replace(old, **{row.key: row.choices[index][0]})
        if new == old:
            return
        self.notice, self.notice_color = change_settings(self.ctx, new, self.path), RED
        in_play = getattr(self.back_to, "play", None)  # opened from the pause menu of a level
        if row.key == "difficulty" and in_play is not None and not self.notice:
            self.notice_color = AMBER
            self.notice = f"{row.text(new.difficulty)} from the next start or restart: this run stays " \
                          f"{in_play.game.res.difficulty.capitalize()}"
        self._sound("ui_move")  # after the volume changed: the player hears the new level
        if row.key == "rumble" and self.ctx.devices is not None:  # and a pad player feels the new strength
            self.ctx.devices.rumble(self.ctx.feel.rumble.destroyed)  # (none from the keys: a pad on the desk)

    def _unfold(self) -> None:
        """The controller's rows shown in their folded row's place, the first of them chosen."""
        self._sound("ui_confirm")
        self.unfolded = True

    def _choose(self, entry: int) -> None:
        """Controls or Back, under the settings."""
        self._sound("ui_confirm")
        if entry == len(ROWS):
            from game.scenes.controls import ControlsScene  # it imports this module (its rows look like these)
            self.ctx.push(ControlsScene(self.ctx, self))
        else:
            self.leave()

    def leave(self) -> None:
        """Back to the scene that opened the options."""
        stack = self.ctx.stack
        self.ctx.close_from(stack.index(self.back_to) + 1 if self.back_to in stack else len(stack) - 1)

    def frame(self, dt: float) -> None:
        self.back_to.frame(dt)  # the title's backdrop keeps drifting behind the menu

    def backdrop(self, surface, alpha: float) -> None:
        """Behind a page opened from here (Controls): what this page shows behind its plate."""
        self.back_to.backdrop(surface, alpha)

    @property
    def page_size(self) -> tuple[int, int]:
        """The page's plate: PANEL_SIZE with every row shown; folded, shorter by the rows folded away and their group's
        heading, so no empty room stands under Back (the rows start from its top, the hint line keeps to its foot)."""
        if not self.folded:
            return PANEL_SIZE
        return PANEL_SIZE[0], PANEL_SIZE[1] - (len(ROWS) - FIRST_PAD - 1) * ROW_HEIGHT - HEADING_HEIGHT

    def help(self) -> str:
        """What the chosen row does (in the pad's words to a pad player), or Controls; "" for Back."""
        if self.folded and self.selected == FIRST_PAD:
            return FOLDED_HELP
        if self.selected < len(ROWS):
            row = ROWS[self.selected]
            return row.pad_help if self.device == "pad" and row.pad_help else row.help
        return CONTROLS_HELP if self.selected == len(ROWS) else ""

    def _row_at(self, point) -> int | None:
        """The entry (shown's) drawn under the point, or None."""
        for entry, rect in zip(self.shown(), self.rects):
            if rect.collidepoint(point):
                return entry
        return None

    def _sound(self, name: str) -> None:
        self.ctx.audio.play(name)

    # --- drawing ------------------------------------------------------------------------------

    def draw(self, surface, alpha: float) -> None:
        self.back_to.backdrop(surface, alpha)  # the frozen game or the drifting base, not the menu that opened this
        box = modal_panel(surface, self.page_size)
        middle = box.centerx
        draw_text(surface, "OPTIONS", (middle, box.top + 22), 60, WHITE, anchor="midtop", bold=True)
        pygame.draw.line(surface, CYAN, (middle - 150, box.top + 74), (middle + 150, box.top + 74), 2)

        self.rects, self.arrows = [], []
        top = box.top + 96
        folded = self.folded
        for i in self.shown()[:-2]:
            rect = pygame.Rect(middle - ROW_WIDTH // 2, top, ROW_WIDTH, ROW_HEIGHT - 2)
            if folded and i == FIRST_PAD:
                self._draw_folded(surface, rect)
            else:
                if ROWS[i].heading:
                    rect.y = top = top + HEADING_HEIGHT
                    heading(surface, ROWS[i].heading, middle, top - 14, ROW_WIDTH)
                self._draw_row(surface, ROWS[i], i, rect)
            top += ROW_HEIGHT
        for entry, words in enumerate((CONTROLS, BACK), len(ROWS)):  # side by side under the settings
            rect = pygame.Rect(0, 0, 240, 42)
            rect.midtop = (middle + (entry - len(ROWS) - 0.5) * 280, top + 10)
            chosen = self.selected == entry
            if chosen:
                highlight(surface, rect)
            draw_text(surface, words.upper(), rect.center, 34, WHITE if chosen else DIM, anchor="center", bold=chosen)
            self.rects.append(rect)
            self.arrows.append(None)

        # Two rows at most, the second cut with "…": the hint line is under them. As large as the hint line: read at a
        # glance, as the rows are, where at 20 px it was the smallest words on the page
        if self.notice:
            draw_lines(surface, self.notice, (middle, self.rects[-1].bottom + 12), READABLE, self.notice_color,
                       box.w - 60, most=2)
        elif words := self.help():  # what the chosen row does, where a notice would stand
            draw_lines(surface, words, (middle, self.rects[-1].bottom + 12), READABLE, CYAN, box.w - 60, most=2)
        hints = ENTRY_HINTS[FOLDED] if folded and self.selected == FIRST_PAD else HINTS if self.selected < len(ROWS) \
            else ENTRY_HINTS[(CONTROLS, BACK)[self.selected - len(ROWS)]]
        hint, size = hint_fitted(page_hint(self.ctx.bindings, self.ctx.settings, self.device, hints, self.layout),
                                 box.w - HINT_MARGIN)
        draw_text(surface, hint, (middle, box.bottom - 30), size, DIM, anchor="midtop")

    def _draw_folded(self, surface, rect: pygame.Rect) -> None:
        """The controller's rows folded under one: its name, that none is connected, and an arrow that opens them."""
        chosen = self.selected == FIRST_PAD
        if chosen:
            highlight(surface, rect)
        words_top = rect.centery - plate_middle(30)
        draw_text(surface, FOLDED.upper(), (rect.left + 24, words_top), 30, WHITE if chosen else DIM, bold=chosen)
        draw_text(surface, FOLDED_VALUE, (rect.right - 147, words_top + 2), 26, DIM, anchor="midtop")
        self.rects.append(rect)
        self.arrows.append((pygame.Rect(0, 0, 0, 0), _arrow(surface, (rect.right - 24, rect.centery), 1,
                                                            CYAN if chosen else DIM)))

    def _draw_row(self, surface, row: Row, i: int, rect: pygame.Rect) -> None:
        chosen = i == self.selected
        if chosen:
            highlight(surface, rect)
        # Set by their capitals' middle, on the arrows' centre: the middle of the whole line, descent and all, sat
        # the words 3 px above them. The value stands on the label's baseline.
        words_top = rect.centery - plate_middle(30)
        draw_text(surface, row.label.upper(), (rect.left + 24, words_top), 30, WHITE if chosen else DIM, bold=chosen)
        value = getattr(self.ctx.settings, row.key)
        last = len(row.choices) - 1
        left_x, right_x, centre_x = rect.right - 270, rect.right - 24, rect.right - 147
        lit = CYAN if chosen else DIM
        left = _arrow(surface, (left_x, rect.centery), -1, lit if row.after(value, -1) >= 0 else ARROW_OFF)
        right = _arrow(surface, (right_x, rect.centery), 1, lit if row.after(value, 1) <= last else ARROW_OFF)
        colour = AMBER if chosen else WHITE
        if row.meter:
            _meter(surface, (centre_x - 44, rect.centery), value, colour, chosen)
            draw_text(surface, row.text(value), (centre_x + 96, rect.centery - plate_middle(28)), 28, colour,
                      anchor="topright")
        else:
            draw_text(surface, row.text(value), (centre_x, words_top), 30, colour, anchor="midtop", bold=chosen)
        self.rects.append(rect)
        self.arrows.append((left, right))


def heading(surface, words: str, middle: int, y: int, width: int) -> None:
    """A group's name between two rules `width` px wide in all, over its rows."""
    label = draw_text(surface, words.upper(), (middle, y), 20, CYAN, anchor="center")
    left, right = middle - width // 2 + 24, middle + width // 2 - 24
    for start, end in ((left, label.left - 12), (label.right + 12, right)):
        pygame.draw.line(surface, DIM, (start, y), (end, y), 1)


def _arrow(surface, centre, direction: int, colour) -> pygame.Rect:
    """A small triangle pointing left (-1) or right (1); returns the rectangle a click on it hits."""
    x, y = centre
    tip, back = x + 7 * direction, x - 7 * direction
    pygame.draw.polygon(surface, colour, [(tip, y), (back, y - 9), (back, y + 9)])
    return pygame.Rect(round(x) - 20, round(y) - 20, 40, 40)


def _meter(surface, centre, value: float, colour, chosen: bool) -> None:
    """Ten little bars, lit up to the value."""
    x, y = centre
    bars, bar_w, gap = 10, 9, 3
    start = x - (bars * (bar_w + gap) - gap) / 2
    for step in range(bars):
        lit = value >= (step + 1) / bars - 1e-6
        bar_h = 8 + step
        bar = pygame.Rect(round(start + step * (bar_w + gap)), round(y + 9 - bar_h), bar_w, bar_h)
        pygame.draw.rect(surface, colour if lit else ((48, 60, 84) if chosen else (38, 46, 64)), bar)

