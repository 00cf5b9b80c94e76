"""A list taller than its place on a page, seen through a window of it that holds whole rows: where the window stands
(kept on the chosen row, with what comes before and after it as far as fits, moved by whole rows so no row is ever cut
at its edges), the arrows that say more lies above or below, and the arrows' clicks."""

import pygame

from game.view.text import CYAN

ARROW_IN = 26  # px from the plate's right edge to the arrows' middle, clear of the rows' words (at most 800 px wide)


def arrow(surface, centre, direction: int, colour) -> pygame.Rect:
    """A small triangle pointing up (-1) or down (1); returns the rectangle a click on it hits."""
    x, y = centre
    tip, back = y + 8 * direction, y - 8 * direction
    pygame.draw.polygon(surface, colour, [(x, tip), (x - 10, back), (x + 10, back)])
    return pygame.Rect(round(x) - 20, round(y) - 20, 40, 40)


class ListWindow:
    """The part of a list shown: `offset` px of it are above the window, `height` px in it. The page says how long
    the list is and how much room it has (place), which row to keep in view as the choice moves (follow), and draws
    the list through it (view, then edges). The list is rows of one height, and the window holds whole rows: it is
    scrolled by whole rows, and ends at the foot of the last row it holds, so no row's words are ever cut."""

    def __init__(self, row: int, foot: int) -> None:
        """`row`: px from one row's top to the next one's; `foot`: px from a row's top to the foot of what it draws (its
        words, a chosen row's plate): the room under that, before the next row, is all the window's foot may cut."""
        self.row, self.foot = row, foot
        self.offset = 0
        self.length = self.height = 0
        self.shown = 0  # the rows the window holds
        self.arrows: tuple[pygame.Rect | None, pygame.Rect | None] = (None, None)  # (up, down) from the last draw

    @property
    def scrolls(self) -> bool:
        return self.length > self.shown * self.row

    @property
    def last_offset(self) -> int:
        return max(0, self.length - self.shown * self.row)

    def place(self, length: int, height: int) -> None:
        """The list is `length` px long and `height` px of room are there for it: the window holds as many whole rows
        as fit (one at least), no more than the list has, and stops where the last of them is drawn."""
        self.length, rows = length, -(-length // self.row)
        self.shown = min(rows, max(1, (height - self.foot) // self.row + 1))
        # the whole list in it: as before, the room under its last row may be cut, nothing else
        self.height = min(length, height) if self.shown == rows else (self.shown - 1) * self.row + self.foot
        self.offset = max(0, min(self.offset, self.last_offset))

    def follow(self, spans: list[tuple[int, int]], index: int) -> None:
        """Move the least that shows row `index` whole (spans: each choosable row's (top, bottom) px in the list, at
        whole rows), then as much as fits of what lies between it and the next row (rows that cannot be chosen, such as
        the locked missions, are seen on the way), then of what lies back to the row before: a player stepping through
        the list sees what comes next, and the ends of the list show once its end row is chosen."""
        top, bottom = spans[index]
        room = self.shown * self.row
        before = spans[index - 1][0] if index > 0 else 0
        after = spans[index + 1][1] if index + 1 < len(spans) else self.length
        offset = min(max(self.offset, bottom - room), top)
        offset = max(offset, min(after - room, top))
        offset = min(offset, max(before, bottom - room))
        self.offset = max(0, min(offset, self.last_offset))

    def page(self, direction: int) -> None:
        """A click on an arrow: the window a page up (-1) or down (1), the last row of the page before kept."""
        self.offset = max(0, min(self.offset + direction * max(1, self.shown - 1) * self.row, self.last_offset))

    def clicked(self, point) -> bool:
        """Whether a click at `point` fell on an arrow; it pages the window that way."""
        up, down = self.arrows
        for direction, rect in ((-1, up), (1, down)):
            if rect is not None and rect.collidepoint(point):
                self.page(direction)
                return True
        return False

    def view(self, left: int, top: float, width: int, fringe: int) -> pygame.Rect:
        """Where the window is on screen, the list's first row at `top` when it is scrolled to its start, and `fringe`
        px above that (where the chosen row's plate reaches above its words' line)."""
        return pygame.Rect(left, round(top) - fringe, width, self.height + fringe)

    def edges(self, surface, view: pygame.Rect, plate: pygame.Rect) -> None:
        """Where rows lie above or below the window, an arrow by the plate's right edge, at the window's top or foot,
        points that way (a click on it pages)."""
        self.arrows = (None, None)
        if not self.scrolls:
            return
        x = plate.right - ARROW_IN
        up = arrow(surface, (x, view.top + 12), -1, CYAN) if self.offset > 0 else None
        down = arrow(surface, (x, view.bottom - 12), 1, CYAN) if self.offset < self.last_offset else None
        self.arrows = (up, down)
