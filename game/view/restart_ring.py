"""The quick restart's ring and words ("HOLD R TO RESTART"), filling while Restart is held: in the armour plate's title
row, over the HUD, which keeps the armour's gauge and count beside them; on a plate of its own over a replay's seek."""

import math

import pygame

from game.view.text import AMBER, SMALLEST, WHITE, draw_text, fit


def draw_restart_ring(surface, left_middle, share: float, key: str | None, room: int, size: int = 24,
                      ring: int = 34) -> None:
    """A ring `ring` px across, its left side at `left_middle`, filling with `share` (0..1) of the hold, and what the
    hold does beside it, naming the control, set as large as `size` px while it fits `room` px after the ring."""
    x, y = left_middle
    circle = pygame.Rect(0, 0, ring, ring)
    circle.midleft = (x, y)
    thick = max(3, ring // 6)
    pygame.draw.circle(surface, (20, 30, 48), circle.center, ring // 2, thick)
    # Clockwise from the top, as a clock's hand sweeps: pygame's arcs run anticlockwise, so it ends at the top.
    pygame.draw.arc(surface, AMBER, circle, math.pi / 2 - 2 * math.pi * min(1.0, max(0.0, share)), math.pi / 2, thick)
    gap = ring * 2 // 5
    words, size = fit(f"HOLD {key} TO RESTART" if key else "HOLD TO RESTART", size, room - ring - gap, SMALLEST,
                      bold=True)
    draw_text(surface, words, (circle.right + gap, y), size, WHITE, anchor="midleft", bold=True)
