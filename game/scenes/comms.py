"""The comms log, from the pause menu: every line Rei and Fouron have said this level, newest at the bottom.

Each entry shows when it was said (m:ss of game time), who said it in their colour, and the line wrapped to the
panel, which is as tall as its lines, up to a page of them. It opens at the newest lines; up and down (keys, d-pad or
stick, mouse wheel, the arrows by the list) scroll a row, left and right a page (the hint line names them only when the
log is longer than a page); held, up and down scroll 6 rows a second, a pace the lines can be followed at, and 20 past
1.5 s (repeat.READING_PACE); back, a right-click, or a click off the panel, returns to the pause menu.
"""

import pygame

from game.input.repeat import READING_PACE
from game.scenes.base import Scene
from game.scenes.list_window import arrow
from game.scenes.menu import CLICK, HINT_MARGIN, RIGHT_CLICK, closes_page, hint_fitted
from game.view.advisor_panel import speaker
from game.view.controls import name_controls, page_hint
from game.view.text import CYAN, DIM, WHITE, clock_text, draw_text, font, modal_panel, wrap

PANEL_SIZE = (900, 560)  # px: the panel at its most; it is as tall as the lines it shows (a chat log's plate)
ROW_HEIGHT = 28
TEXT_SIZE = 26
# px from the panel's left edge to the times, the speakers' names and, at the furthest (past the widest name the column
# holds), the lines: each log sets its lines NAME_GAP px after its widest name, as a chat log does, not at one far x
TIME_X, NAME_X, TEXT_X = 28, 96, 210
NAME_GAP = 16
HEAD, FOOT = 86, 64  # px of the panel over its first row (the title) and under its last (the hint line)
EMPTY_ROWS = 2  # the rows' room an empty log keeps, for its "No transmissions yet."
HINTS = {  # (actions, what they do) for the hint line, by device: the names come from the bindings
    "keyboard": ((("menu_up", "menu_down"), "or wheel scroll"),
                 (("menu_left", "menu_right"), f"{CLICK} an arrow turn the page"),
                 (("menu_back",), f"{RIGHT_CLICK} or click outside back")),
    "pad": ((("menu_up", "menu_down"), "scroll"), (("menu_left", "menu_right"), "turn the page"),
            (("menu_back",), "back")),
}
# The whole log on one page: no arrows to click, and the keys that scroll would do nothing; only back is named.
FITS_HINTS = {device: parts[-1:] for device, parts in HINTS.items()}
ARROW_OFF = (62, 72, 92)


class Row:
    __slots__ = ("time", "speaker", "text", "first")

    def __init__(self, time: str, speaker_name: str, text: str, first: bool) -> None:
        self.time, self.speaker, self.text = time, speaker_name, text
        self.first = first  # the line's first row shows its time and speaker; the rows it wraps onto do not


def log_rows(comms, width: int, words: dict[str, str]) -> list[Row]:
    """The log as rows on screen: each line wrapped to `width` px, its time and speaker on its first row, a level's
    message's control words named from `words` ("{fire}": LEFT MOUSE) as the panel showed them."""
    face = font(TEXT_SIZE)
    rows = []
    for seconds, who, text in comms:
        stamp = clock_text(seconds)
        for i, part in enumerate(wrap(name_controls(text, words), face, width)):
            rows.append(Row(stamp, who, part, i == 0))
    return rows


class CommsScene(Scene):
    """Over the paused game (and hiding the pause menu beneath it)."""

    repeats = True
    repeat_pace = READING_PACE  # held, it scrolls at a pace the lines can be followed and let go of

    def __init__(self, ctx, play) -> None:
        self.ctx, self.play = ctx, play
        names = [speaker(who).name for _, who, _ in play.game.res.comms]
        self.text_x = NAME_X + max((font(_name_size(name), bold=True).size(name)[0] for name in names), default=0) \
            + NAME_GAP
        self.rows = log_rows(play.game.res.comms, PANEL_SIZE[0] - self.text_x - 48, play.control_words())
        self.visible = (PANEL_SIZE[1] - HEAD - FOOT) // ROW_HEIGHT  # rows that fit between the title and the hint
        self.top = self.bottom_top  # the newest lines first
        self.arrows: tuple[pygame.Rect, pygame.Rect] | None = None  # (up, down) from the last draw
        self.box: pygame.Rect | None = None  # the panel, from the last draw

    @property
    def bottom_top(self) -> int:
        """The first row shown when scrolled to the end."""
        return max(0, len(self.rows) - self.visible)

    def scroll(self, rows: int) -> None:
        top = max(0, min(self.bottom_top, self.top + rows))
        if top != self.top:
            self.top = top
            self.ctx.audio.play("ui_move")

    def handle(self, actions) -> None:
        off_panel = actions.click is not None and self.box is not None and not self.box.collidepoint(actions.click)
        if closes_page(actions) or off_panel:  # the page has no Back to click: a click off it is the mouse's back
            self.ctx.audio.play("ui_confirm")
            self.ctx.pop()
            return
        if actions.menu_up or actions.menu_down:
            self.scroll(1 if actions.menu_down else -1)
        if actions.menu_left or actions.menu_right:
            self.scroll((1 if actions.menu_right else -1) * (self.visible - 1))
        if actions.scroll:  # wheel notches, up positive: up shows older lines
            self.scroll(-3 * actions.scroll)
        if actions.click is not None and self.arrows is not None:
            up, down = self.arrows
            if up.collidepoint(actions.click):
                self.scroll(-(self.visible - 1))
            elif down.collidepoint(actions.click):
                self.scroll(self.visible - 1)

    def draw(self, surface, alpha: float) -> None:
        self.play.backdrop(surface, alpha)  # the frozen world behind; the pause menu stays hidden under this
        shown = max(EMPTY_ROWS, min(len(self.rows), self.visible))
        box = self.box = modal_panel(surface, (PANEL_SIZE[0], HEAD + shown * ROW_HEIGHT + FOOT))
        draw_text(surface, "COMMS LOG", (box.centerx, box.top + 20), 52, WHITE, anchor="midtop", bold=True)
        pygame.draw.line(surface, CYAN, (box.centerx - 150, box.top + 66), (box.centerx + 150, box.top + 66), 2)
        top = box.top + HEAD
        if not self.rows:
            draw_text(surface, "No transmissions yet.", (box.centerx, top + 12), 28, DIM, anchor="midtop")
        for i, row in enumerate(self.rows[self.top:self.top + self.visible]):
            y = top + i * ROW_HEIGHT
            look = speaker(row.speaker)
            if row.first:
                draw_text(surface, row.time, (box.x + TIME_X, y + 2), 22, DIM)
                size = _name_size(look.name)
                draw_text(surface, look.name, (box.x + NAME_X, y + (TEXT_SIZE - size) // 2), size, look.color,
                          bold=True)
            draw_text(surface, row.text, (box.x + self.text_x, y), TEXT_SIZE, look.text_color)
        self._scrollbar(surface, box, top)
        hint, size = hint_fitted(self.hint(), box.w - HINT_MARGIN)
        draw_text(surface, hint, (box.centerx, box.bottom - 34), size, DIM, anchor="midtop")

    def hint(self) -> str:
        """The hint line: scrolling and paging are named only when there is more than a page to scroll through."""
        hints = HINTS if len(self.rows) > self.visible else FITS_HINTS
        return page_hint(self.ctx.bindings, self.ctx.settings, self.device, hints, self.layout)

    def _scrollbar(self, surface, box, top) -> None:
        """A track on the right with the part shown, and arrows above and below it that page when clicked."""
        if len(self.rows) <= self.visible:
            self.arrows = None
            return
        x = box.right - 30
        track = pygame.Rect(x - 3, top + 26, 6, self.visible * ROW_HEIGHT - 52)
        pygame.draw.rect(surface, (30, 40, 60), track)
        share = self.visible / len(self.rows)
        thumb_h = max(18, round(track.h * share))
        thumb_y = track.y + round((track.h - thumb_h) * (self.top / max(1, self.bottom_top)))
        pygame.draw.rect(surface, CYAN, (track.x, thumb_y, track.w, thumb_h))
        up = arrow(surface, (x, top + 8), -1, CYAN if self.top > 0 else ARROW_OFF)
        down = arrow(surface, (x, track.bottom + 18), 1, CYAN if self.top < self.bottom_top else ARROW_OFF)
        self.arrows = (up, down)


def _name_size(name: str) -> int:
    """The font size that fits a speaker's name in its column: a message may be written as from anyone."""
    size = TEXT_SIZE
    while size > 14 and font(size, bold=True).size(name)[0] > TEXT_X - NAME_X - 10:
        size -= 2
    return size
