"""A vertical menu for keyboard, pad and mouse: move, confirm, hover, click (the cursor that moves it, which the
Options and Controls pages move their rows with too); an option that asks once more before it acts; and the framed
plate a page's menu (and the table or lines that go with it) stands on."""

import dataclasses

import pygame

from game.view.text import CYAN, DIM, READABLE, WHITE, draw_text, fit, font, panel

# px the plate under a menu reaches past what it holds, across and down: the chosen option's own plate stays clear of
# its frame, and the plate clear of the hint line under it (a result with seven rows, a notice and four choices).
PLATE_PAD = (40, 12)
HINT_MARGIN = 24  # px of a modal plate's width a hint line on it leaves free, either side together
PLATE_ALPHA = 235  # as the Options page's plate: the map behind it barely shows, so no sprite or wall crosses the words
WIDE = 640  # px: a table or lines of notes on the plate with a menu (the result's table, the end of a replay's lines)
COLUMN_IN = 20  # px from a chosen row's plate's right edge to the right of a row's column (draw_row)
COLUMN_GAP = 24  # px at least between a row's words and its column


def menu_hints(confirm: str, back: str = "", start: bool = False, right_click: bool = False,
               choose: bool = True) -> dict:
    """The hint line's parts, by device, of a page that is one menu: up and down choose, confirm (or a click) does
    `confirm`, back does `back` (none said: back does nothing there). `start`: Start on a pad does `confirm` too
    (start_chooses), and the pad's line names it beside A. `right_click`: the page closes on a right-click too
    (closes_page), and the keyboard's line says so. `choose` False: up and down are not named (a question's answers,
    Asking.hints). The names of the controls come from the bindings (view.controls.page_hint)."""
    backs = ((("menu_back",), back),) if back else ()
    keyboard_backs = ((("menu_back",), f"{RIGHT_CLICK} {back}"),) if back and right_click else backs
    chooses = ((("menu_up", "menu_down"), "choose"),) if choose else ()
    return {
        "keyboard": (*chooses, (("menu_confirm",), f"{CLICK} {confirm}"), *keyboard_backs),
        "pad": (*chooses, (("menu_confirm", "pause") if start else ("menu_confirm",), confirm), *backs),
    }


# A hint line's every part is its inputs, then what they do, with no colon: "RETURN or click select", "ESCAPE or
# right-click back". The mouse's way is among the inputs: these words follow the keys' names in a part's words.
CLICK = "or click"
RIGHT_CLICK = "or right-click"  # back, on a page closes_page closes
# Pages whose Back picks their row that leaves, then leaves (back_picks_leave), with that row, Quit, chosen: the
# result and the end of a replay where Quit closes the game, and the title
QUIT_HINTS = menu_hints("select", "quit", start=True)
# A menu's row that leaves (Context.leave) for the title, where the game began there: the title's own Quit closes the
# game, and one word must not do both. Its hint, on the result and the end of a replay, with that row chosen.
TO_TITLE = "Main menu"
TITLE_HINTS = menu_hints("select", f"back to {TO_TITLE}", start=True)
# ... and with another row chosen, where Back picks that row first and leaves at the second press: "ESCAPE twice quit"
# says what a player's presses do ("back (picks Quit)" read as jargon), and the line says "quit" once Quit is chosen.
TO_QUIT_HINTS = menu_hints("select", "twice quit", start=True)
TO_TITLE_HINTS = menu_hints("select", f"twice to {TO_TITLE}", start=True)


def back_hints(menu, leave: str) -> dict:
    """The hint line's parts on a page whose Back picks its row that leaves, `leave` (Main menu or Quit: leave_word),
    then leaves (the result, the end of a replay, the title's Quit): what Back does from the option chosen now."""
    if menu.options[menu.selected] == leave:
        return TITLE_HINTS if leave == TO_TITLE else QUIT_HINTS
    return TO_TITLE_HINTS if leave == TO_TITLE else TO_QUIT_HINTS


def back_picks_leave(menu, leave: str, act) -> None:
    """Back on such a page: it picks the row that leaves, `leave`, and `act()`s (leaves) only from it, so one reflex
    press does not throw Next mission or Watch again away, nor close the game from the title."""
    row = menu.options.index(leave)
    if menu.selected == row:
        act()
    menu.selected = row


def leave_word(ctx) -> str:
    """The words of a menu's row that leaves (Context.leave): Main menu when the game began on the title, else
    Quit, which closes it (a level played from the command line has no title to go back to)."""
    return TO_TITLE if ctx.stack and ctx.stack[0].home else "Quit"


def start_chooses(actions):
    """Start on a pad chooses, on the pages that lead into play (the title, the missions page, the result and the end
    of a replay), where pad players press it first; Esc and P on the keyboard keep their own meaning."""
    if actions.pause and actions.device == "pad":
        return dataclasses.replace(actions, pause=False, menu_confirm=True)
    return actions


def closes_page(actions) -> bool:
    """Back, the mouse's back (a right-click, its back side button), or the pause key (it closes a page as it closes the
    pause menu) unless that press also moved or chose in the page: a player may give Pause a menus' key on the
    Controls page (Return, an arrow), and the menus answer it. Only the pages with a Back or Resume ask: never a
    level, nor the result screen, whose Back leaves (a right-click for missiles as a level ends must not skip it)."""
    moved_or_chose = (actions.menu_up or actions.menu_down or actions.menu_left or actions.menu_right
                      or actions.menu_confirm or actions.click is not None)
    return actions.menu_back or actions.back_click or (actions.pause and not moved_or_chose)


def hint_fitted(hint: str, width: int) -> tuple[str, int]:
    """A page's hint line and its size: READABLE, smaller where it would reach past `width` px (the inside of the plate
    it is on: the keyboard's lines that name the right-click are the longest)."""
    return fit(hint, READABLE, width, 16)


def controls_fitted(line: str, width: int) -> tuple[str, int]:
    """The controls line (view.controls.controls_line) and its size on a screen `width` px wide: READABLE, smaller
    where long key names rebound ("PRINT SCREEN", "SCROLL LOCK") would take it past the screen's edges, then cut. The
    title's and the pause menu's; a smaller line is set (READABLE - size) // 2 px lower, keeping its middle."""
    return fit(line, READABLE, width - 48, 16)


def plate_middle(size: int) -> float:
    """px from an option's top to the middle of its words, where the plate behind the chosen one is centred. The
    options are in capitals, which stand from the line's top to the font's ascent (and the shadow 2 px below): the
    middle of the whole line, descent and spacing too, sat the words in the plate's upper half."""
    return (font(size, bold=True).get_ascent() + 2) / 2


def backing(surface, *areas) -> pygame.Rect:
    """The framed translucent plate round `areas` (a menu's area(), a table's place), as Options, Controls and the comms
    log stand on one; drawn before what it holds, so busy map under a page's words never crosses them. Returns it."""
    box = pygame.Rect(areas[0]).unionall([pygame.Rect(area) for area in areas[1:]])
    box.inflate_ip(2 * PLATE_PAD[0], 2 * PLATE_PAD[1])
    panel(surface, box, alpha=PLATE_ALPHA)
    return box


class Pointing:
    """The mouse as a menu reads it: only a moving mouse points. A resting one leaves the keys' choice alone, and where
    a page first finds it (left in mid-screen while playing, say) it is resting."""

    def __init__(self) -> None:
        self.last: tuple[float, float] | None = None

    def moved(self, pointer: tuple[float, float] | None) -> tuple[float, float] | None:
        """`pointer` when the mouse has moved there since it was last seen; None when it rests or is first seen."""
        if pointer is None or pointer == self.last:
            return None
        seen, self.last = self.last is not None, pointer
        return pointer if seen else None

    def forget(self) -> None:
        """Its next sighting is a first one again (the page is shown again, the mouse where others left it)."""
        self.last = None


class MenuCursor:
    """How the keys, a pad and the mouse move a page's choice, with the menus' sounds: round the ends of a list, onto
    the place a moving mouse points at, and Back (or Pause) closing the page. The page keeps where its choice is (a row,
    a cell) and what stands where; this says where the choice goes next and plays the sound of it."""

    def __init__(self, play) -> None:
        """`play(name)`: plays one of the menus' sounds (the page's own audio, looked up as it plays)."""
        self.play = play
        self.pointing = Pointing()

    def closes(self, actions) -> bool:
        """Back, or the pause key, closes the page (closes_page): True, after the confirm sound."""
        if not closes_page(actions):
            return False
        self.play("ui_confirm")
        return True

    def around(self, index: int, count: int, back: bool, forward: bool, wrap: bool = True) -> int:
        """`index` one step back or forward (forward when both are pressed) round `count` places, with the move
        sound; unchanged when neither is pressed, or (`wrap` False) at the end it would go round, with no sound.
        Pages pass wrap False for a held key's repeats (Actions.repeated): held, a list stops at its end."""
        step = 1 if forward else -1 if back else 0
        if not step or (not wrap and not 0 <= index + step < count):
            return index
        self.play("ui_move")
        return (index + step) % count

    def wheeled(self, index: int, count: int, notches: int) -> int:
        """`index` a row up per notch of the mouse wheel turned away (`Actions.scroll` positive), down per notch
        turned back, with the move sound; it stops at the first and last of `count` places, never going round: a
        wheel spun on past the end would land on the far one."""
        return self.go(index, max(0, min(count - 1, index - notches)) if notches else None)

    def go(self, current, place):
        """`place`, with the move sound when it is another than `current`; `current` when place is None."""
        if place is None or place == current:
            return current
        self.play("ui_move")
        return place

    def pointed(self, actions, current, place_at):
        """The place a moving mouse points at (`place_at(point)`: the page's place under a point, or None), with the
        move sound when it is another; `current` while the mouse rests or points at none."""
        pointer = self.pointing.moved(actions.pointer)
        return self.go(current, place_at(pointer) if pointer else None)


class Menu:
    def __init__(self, options: list[str], audio=None, width: int = 320, size: int = 38, wrap: bool = True) -> None:
        """`width`: of the plate behind the chosen option, px; `size`: the options' font size; `wrap`: up from the
        first option goes round to the last (False on a page whose last option leaves it and whose first a player
        lands on: one slip up, then confirm, left it)."""
        self.options = options
        self.wrap = wrap
        self.width, self.size = width, size
        self.selected = 0
        self.audio = audio
        self.rects: list[pygame.Rect] = []
        self.cursor = MenuCursor(self._sound)
        self.room_before: dict[int, int] = {}  # px left free above option i, for a page to draw in (a list's notes)
        # an option's words → what stands in the column at the plate's right on its row (the missions' best times): a
        # column lines up from row to row, where words after each title would not
        self.columns: dict[str, str] = {}
        self.draw_row = draw_row  # how a row is set; a page may set its rows its own way (the missions' table)

    def handle(self, actions) -> str | None:
        """The option chosen this frame, if any."""
        self.selected = self.cursor.around(self.selected, len(self.options), actions.menu_up, actions.menu_down,
                                           self.wrap and not actions.repeated)  # a held key stops at the ends
        self.selected = self.cursor.wheeled(self.selected, len(self.options), actions.scroll)
        self.selected = self.cursor.pointed(actions, self.selected, self._option_at)
        clicked = self._option_at(actions.click) if actions.click is not None else None
        if clicked is not None:
            self._sound("ui_confirm")
            return self.options[clicked]
        if actions.menu_confirm:
            self._sound("ui_confirm")
            return self.options[self.selected]
        return None

    def _option_at(self, point) -> int | None:
        """The option drawn under the point (the first, should two of their rectangles overlap), or None."""
        return next((i for i, rect in enumerate(self.rects) if rect.collidepoint(point)), None)

    def area(self, centre_x: float, top: float) -> pygame.Rect:
        """Where the options fall, drawn from `top`: the plate behind the chosen one, whichever is chosen, and the
        widest option's words, set bold as a chosen one is (so a page's plate round them keeps still as the choice
        moves)."""
        widest = max(font(self.size, bold=True).size(option.upper())[0] for option in self.options)
        first_top = top + self.room_before.get(0, 0)
        last_top = top + sum(self.room_before.values()) + self.gap * (len(self.options) - 1)
        plate_top = first_top + plate_middle(self.size) - (self.size + 6) / 2
        box = pygame.Rect(0, round(plate_top), max(self.width, widest), round(last_top - first_top) + self.size + 6)
        box.centerx = round(centre_x)
        return box

    def spans(self) -> list[tuple[int, int]]:
        """Each option's (top, bottom) px from the menu's top: its row, the room left free above it not counted."""
        spans, y = [], 0
        for i in range(len(self.options)):
            y += self.room_before.get(i, 0)
            spans.append((y, y + self.gap))
            y += self.gap
        return spans

    def draw(self, surface, centre_x: float, top: float) -> None:
        self.rects = []
        for i, (option, (row_top, _)) in enumerate(zip(self.options, self.spans())):
            y = top + row_top
            chosen = i == self.selected
            if chosen:
                plate = pygame.Rect(0, 0, self.width, self.size + 6)
                plate.center = (round(centre_x), round(y + plate_middle(self.size)))
                highlight(surface, plate)
            rect = self.draw_row(surface, option, self.columns.get(option, ""), (centre_x, y), self.width, self.size,
                            WHITE if chosen else DIM, chosen)
            self.rects.append(rect.inflate(140, 14))

    @property
    def gap(self) -> int:
        """px from one option's top to the next one's."""
        return self.size + 16

    def _sound(self, name: str) -> None:
        if self.audio is not None:
            self.audio.play(name)


class Asking:
    """An option of a menu that asks once more before it acts (the pause menu's Main menu and Restart, the title's
    Launch over a saved run): chosen, its question stands in its place (the page says what it loses); chosen again, it
    acts; a step to another option, or any other choice, takes the question back (a click chooses the option under
    it, which the keys may have left unselected). While a question stands, the page's hint line says how to answer it
    (hints)."""

    def __init__(self, menu: Menu, back: str, start: bool = False, right_click: bool = False) -> None:
        """`back`, `start`, `right_click`: what Back does on the page while a question stands, and the page's own
        menu_hints flags, for the hint line then."""
        self.menu = menu
        self.option = ""  # the option whose question stands in its place, "" while none does
        self.does = ""  # what the question's option does, as the hint line says it: "leave", "start again"
        self.at = 0  # its row
        self.sure = False  # the choice answered is the question's option, chosen twice: it acts
        self.back, self.flags = back, {"start": start, "right_click": right_click}

    def ask(self, option: str, question: str, does: str) -> None:
        """`question` in the place of `option`, until it is answered or taken back; chosen, it `does`."""
        self.at = self.menu.options.index(option)
        self.option, self.menu.options[self.at], self.does = option, question, does

    def hints(self, usual: dict) -> dict:
        """The page's hint line's parts: `usual`, but while a question stands, its answers ("RETURN or click leave
        ·  ESCAPE or right-click resume"), not the plain select: the player is asked something."""
        return menu_hints(self.does, self.back, choose=False, **self.flags) if self.option else usual

    def answer(self, choice: str | None) -> str | None:
        """Menu.handle's `choice` as the page acts on it: the question chosen is its option (`sure`); any other choice,
        or a step off it, takes the question back."""
        self.sure = False
        if not self.option or (self.menu.selected == self.at and choice is None):
            return choice
        question, option = self.menu.options[self.at], self.option
        self.take_back()
        self.sure = choice == question
        return option if self.sure else choice

    def take_back(self) -> None:
        """The option's own words in its place again."""
        if self.option:
            self.menu.options[self.at], self.option = self.option, ""


def draw_row(surface, words: str, column: str, centre_top, width: int, size: int, colour, bold: bool) -> pygame.Rect:
    """A list's row in capitals, centred under `centre_top` on a plate `width` px wide, with `column` (if any) set
    right-aligned COLUMN_IN px inside the plate's right edge; words that would come within COLUMN_GAP px of it move
    left to keep clear. Returns where the row's words and column are set."""
    x, y = centre_top
    if not column:
        return draw_text(surface, words.upper(), (x, y), size, colour, anchor="midtop", bold=bold)
    tail = draw_text(surface, column.upper(), (x + width / 2 - COLUMN_IN, y), size, colour, anchor="topright",
                     bold=bold)
    x = min(x, tail.left - COLUMN_GAP - (font(size, bold).size(words.upper())[0] + 1) // 2)  # a whole px: clear
    return draw_text(surface, words.upper(), (x, y), size, colour, anchor="midtop", bold=bold).union(tail)


def highlight(surface, rect: pygame.Rect) -> None:
    """The chosen option's plate: a menu's, an Options row's, a Controls cell's."""
    glow = pygame.Surface(rect.size, pygame.SRCALPHA)
    glow.fill((40, 110, 230, 90))
    surface.blit(glow, rect)
    pygame.draw.rect(surface, CYAN, rect, 2)
