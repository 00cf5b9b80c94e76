"""Choosing a heading in a fight: score a ring of directions against the wishes of the moment.

Wishes are (weight, kind, unit vector): "toward" likes headings along the vector (negative weight: away),
"across" likes headings square to it (strafing: an enemy leading a target that crosses its sight fast
cannot line up a shot). Headings that run into a wall within a short step are not taken.
"""

import math

RING = tuple((math.cos(i * math.tau / 16), math.sin(i * math.tau / 16)) for i in range(16))
NEAR_STEP = 22.0  # px: a heading must have room for the body this far ahead...
FAR_STEP = 50.0  # ...and is worth less without room this far ahead
CRAMPED = 0.7  # score lost by a heading that runs into a wall soon
KEEP = 0.3  # weight of the heading it had: no dithering between equal choices


def choose_heading(grid, x: float, y: float, wishes, previous=None, extra=()) -> tuple[float, float]:
    candidates = list(RING) + list(extra)
    best, best_score = (0.0, 0.0), -math.inf
    for hx, hy in candidates:
        near = grid.clearance_at(x + hx * NEAR_STEP, y + hy * NEAR_STEP)
        if near < grid.radius - 6.0:
            continue
        score = 0.0 if grid.clearance_at(x + hx * FAR_STEP, y + hy * FAR_STEP) >= grid.radius else -CRAMPED
        for weight, kind, (vx, vy) in wishes:
            if kind == "toward":
                score += weight * (hx * vx + hy * vy)
            else:
                score += weight * abs(hx * vy - hy * vx)
        if previous is not None:
            score += KEEP * (hx * previous[0] + hy * previous[1])
        if score > best_score:
            best, best_score = (hx, hy), score
    return best
