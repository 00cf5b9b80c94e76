"""A list taller than its place on a page, seen through a window of it: where the window stands (kept on the chosen row,
with what comes before and after it as far as fits), the faded edges and arrows that say more lies above or below,
and the arrows' clicks."""

import pygame

from game.scenes.menu import PLATE_ALPHA
from game.view.text import CYAN, PANEL

FADE = 34  # px over which a cut edge's rows fade into the plate: a locked row's height, so a cut row reads as one
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
    the list through it (view, then edges)."""

    def __init__(self) -> None:
        self.offset = 0
        self.length = self.height = 0
        self.arrows: tuple[pygame.Rect | None, pygame.Rect | None] = (None, None)  # (up, down) from the last draw

    @property
    def scrolls(self) -> bool:
        return self.length > self.height

    @property
    def last_offset(self) -> int:
        return max(0, self.length - self.height)

    def place(self, length: int, height: int) -> None:
        """The list is `length` px long and `height` px of it fit: the window no taller than the list, nor past its
        end."""
        self.length, self.height = length, min(length, height)
        self.offset = max(0, min(self.offset, self.last_offset))

    def follow(self, spans: list[tuple[int, int]], index: int) -> None:
        """Move the least that shows row `index` whole (spans: each choosable row's (top, bottom) px in the list), then
        as much as fits of what lies between it and the next row (rows that cannot be chosen, such as the locked
        missions, are seen on the way), then of what lies back to the row before: a player stepping through the list
        sees what comes next, and the ends of the list show once its end row is chosen."""
        top, bottom = spans[index]
        before = spans[index - 1][0] if index > 0 else 0
        after = spans[index + 1][1] if index + 1 < len(spans) else self.length
        offset = min(max(self.offset, bottom - self.height), top)
        offset = max(offset, min(after - self.height, top))
        offset = min(offset, max(before, bottom - self.height))
        self.offset = max(0, min(offset, self.last_offset))

    def page(self, direction: int, step: int) -> None:
        """A click on an arrow: the window a page up (-1) or down (1), a row of `step` px kept from the last."""
        self.offset = max(0, min(self.offset + direction * max(step, self.height - step), self.last_offset))

    def clicked(self, point) -> bool:
        """Whether a click at `point` fell on an arrow; it pages the window that way."""
        up, down = self.arrows
        for direction, rect in ((-1, up), (1, down)):
            if rect is not None and rect.collidepoint(point):
                self.page(direction, FADE)
                return True
        return False

    def view(self, left: int, top: float, width: int, fringe: int) -> pygame.Rect:
        """Where the window is on screen, the list's first row at `top` when it is scrolled to its start, and `fringe`
        px above that (where the chosen row's plate reaches above its words' line)."""
        return pygame.Rect(left, round(top) - fringe, width, self.height + fringe)

    def edges(self, surface, view: pygame.Rect, plate: pygame.Rect, rows: pygame.Rect) -> None:
        """Over the rows drawn: where some of them lie above or below the window (`rows`: where they are drawn, from
        the first row's top to the last row's foot, the list's room under that not counted), its edge fades into the
        plate and an arrow by the plate's right edge points that way (a click on it pages). The room under the last
        row alone cut off hides nothing: no arrow."""
        self.arrows = (None, None)
        if not self.scrolls:
            return
        x = plate.right - ARROW_IN
        up = down = None
        if rows.top < view.top:
            _fade(surface, pygame.Rect(plate.left + 2, view.top, plate.width - 4, FADE), downward=False)
            up = arrow(surface, (x, view.top + 12), -1, CYAN)
        if rows.bottom > view.bottom:
            _fade(surface, pygame.Rect(plate.left + 2, view.bottom - FADE, plate.width - 4, FADE), downward=True)
            down = arrow(surface, (x, view.bottom - 12), 1, CYAN)
        self.arrows = (up, down)


def _fade(surface, band: pygame.Rect, downward: bool) -> None:
    """The plate's own colour laid over `band`, clear at the side toward the window's middle and nearly solid at its
    edge: the rows cut there fade out rather than end on a hard line."""
    shade = pygame.Surface(band.size, pygame.SRCALPHA)
    for row in range(band.h):
        share = (row + 1) / band.h if downward else (band.h - row) / band.h
        pygame.draw.line(shade, (*PANEL, round(PLATE_ALPHA * share ** 1.5)), (0, row), (band.w, row))
    surface.blit(shade, band)
