"""The replay's plate under the armour's: REPLAY, the speed, the time watched and in all, and while the viewer steers,
a slim progress bar and the replay's controls."""

import pygame

from game.view.controls import HINT_SEPARATOR
from game.view.text import AMBER, CYAN, DIM, RED, WHITE, draw_text, fit, font, panel, wrap

PLATE = pygame.Rect(16, 84, 300, 40)  # under the armour plate, clear of the order's and the clock's in the middle
STEERED_WIDTH = 420  # px: the plate as it shows the bar and the controls, still left of the clock plate
BAR_HEIGHT = 6  # px
# px, as the menus' hint lines, never smaller: at 16 the font's hinting set ESCAPE's E against its S and two blank
# columns before its C, which a window scaled to 0.86 of 1280x720 showed as "ES CAPE"
HINT_SIZE = 20
HINT_WIDTH = STEERED_WIDTH - 28  # px of a row of controls, inside the plate's edges
HINT_GAP = 4  # px between rows
CONTINUED = "    "  # before the rows of a control's words that did not fit on its first
STEERED_ALPHA = 220  # of 255


def bar_share(watched: int, total: int) -> float:
    """How much of the bar is filled: the ticks watched of those in all, 0 to 1 (a replay of no ticks is watched)."""
    return 1.0 if total <= 0 else min(1.0, max(0.0, watched / total))


def hint_rows(lines: list[list[str]]) -> list[str]:
    """The rows of controls the plate shows for `lines`, each a list of its parts ("A/D slower/faster"): a line's parts
    on one row, between dots, where that fits HINT_WIDTH at HINT_SIZE; else a row to each part, and a part wider than a
    row (long names a player gave the keys) wrapped by its words, its rows after the first indented, so they read as
    the same control's. Never set smaller: the plate grows instead."""
    face, rows = font(HINT_SIZE), []
    for parts in lines:
        parts = [part for part in parts if part]  # a control nothing is bound to is not named
        joined = HINT_SEPARATOR.join(parts)
        if face.ink_width(joined) <= HINT_WIDTH:
            rows += [joined] if joined else []
            continue
        for part in parts:
            first, *rest = wrap(part, face, HINT_WIDTH - face.size(CONTINUED)[0])
            rows += [first, *(CONTINUED + row for row in rest)]
    return rows


def plate_rect(steered: bool, rows: int) -> pygame.Rect:
    """Where the plate stands: grown, while the viewer steers, for the bar and `rows` rows of controls (hint_rows; the
    world's marks keep off it, as off the HUD's plates), and no further."""
    rect = PLATE.copy()
    if steered:
        rect.width = STEERED_WIDTH
        rect.height += BAR_HEIGHT + 8 + rows * _row_pitch()
    return rect


def _row_pitch() -> int:
    """px from a row of controls' top to the next's."""
    return font(HINT_SIZE).get_linesize() + HINT_GAP


def bar_rect(plate: pygame.Rect) -> pygame.Rect:
    """Where the progress bar lies on the grown `plate` (plate_rect): clicked or dragged, it seeks."""
    return pygame.Rect(plate.x + 14, plate.y + PLATE.height - 2, plate.width - 28, BAR_HEIGHT)


def draw_replay_plate(surface, speed: str, times: str, share: float | None, hints: list[str],
                      parted: bool, mark: float | None = None) -> pygame.Rect:
    """The plate: REPLAY and `speed` ("4x", "" at the speed recorded) at the left, `times` ("0:42 / 2:10") at the
    right; with `share`, the progress bar under them (a seek's end, or where a rewind started, `mark`ed on it, 0 to 1)
    and the `hints` (the rows hint_rows makes) under it. Edged red once the run has `parted` ways with its recording.
    Returns the plate."""
    rect = plate_rect(share is not None, len(hints))
    # darker with the controls on it: small words over Mars's bright sand
    panel(surface, rect, alpha=170 if share is None else STEERED_ALPHA, border=RED if parted else AMBER)
    row = rect.y + PLATE.height // 2
    title = draw_text(surface, "REPLAY", (rect.x + 14, row), 26, AMBER, anchor="midleft", bold=True)
    clock = draw_text(surface, times, (rect.right - 14, row), 24, WHITE, anchor="midright")
    if speed:
        words, size = fit(speed, 24, clock.left - title.right - 26, 16, bold=True)
        draw_text(surface, words, (title.right + 12, row), size, CYAN, anchor="midleft", bold=True)
    if share is None:
        return rect
    bar = bar_rect(rect)
    pygame.draw.rect(surface, (20, 30, 48), bar)
    pygame.draw.rect(surface, AMBER, (bar.x, bar.y, round(bar.width * share), bar.height))
    if mark is not None:
        pygame.draw.rect(surface, WHITE, (bar.x + round(bar.width * mark) - 1, bar.y - 3, 3, bar.height + 6))
    y = bar.bottom + 6
    for hint in hints:
        draw_text(surface, hint, (rect.x + 14, y), HINT_SIZE, DIM)
        y += _row_pitch()
    return rect
