"""Small 2D vector and angle helpers on plain floats (no allocation-heavy vector class in the hot loop)."""

import math


def normalized(x: float, y: float) -> tuple[float, float]:
    size = math.hypot(x, y)
    return (x / size, y / size) if size > 1e-9 else (0.0, 0.0)


def angle_difference(a: float, b: float) -> float:
    """Signed smallest turn from a to b, in -pi..pi."""
    return (b - a + math.pi) % math.tau - math.pi


def turn_toward(current: float, target: float, max_turn: float) -> float:
    turn = (target - current + math.pi) % math.tau - math.pi  # angle_difference, inline: every pilot, every tick
    if abs(turn) <= max_turn:
        return target
    return current + math.copysign(max_turn, turn)


def segment_circle_hit(x0, y0, x1, y1, cx, cy, radius) -> float | None:
    """Share (0..1) of the segment travelled when it first touches the circle, or None."""
    dx, dy = x1 - x0, y1 - y0
    fx, fy = x0 - cx, y0 - cy
    a = dx * dx + dy * dy
    c = fx * fx + fy * fy - radius * radius
    if c <= 0:
        return 0.0  # starts inside
    if a == 0:
        return None
    b = 2 * (fx * dx + fy * dy)
    disc = b * b - 4 * a * c
    if disc < 0:
        return None
    t = (-b - math.sqrt(disc)) / (2 * a)
    return t if 0.0 <= t <= 1.0 else None


def closest_approach(x0, y0, x1, y1, cx, cy) -> tuple[float, float]:
    """Where along the segment's line it passes nearest to (cx, cy), as a share of the segment (below 0 or
    above 1 when that is before or beyond it), and the distance from the segment's nearest point."""
    dx, dy = x1 - x0, y1 - y0
    length_sq = dx * dx + dy * dy
    t = 0.0 if length_sq == 0 else ((cx - x0) * dx + (cy - y0) * dy) / length_sq
    clamped = max(0.0, min(1.0, t))
    return t, math.hypot(x0 + dx * clamped - cx, y0 + dy * clamped - cy)


def lead_point(x, y, target_x, target_y, target_velocity, shot_speed) -> tuple[float, float]:
    """Where to aim from (x, y) so a shot at `shot_speed` meets a target moving at `target_velocity` (None:
    still): where it will be after the shot's flight to where it is now, which is close enough at these speeds."""
    if target_velocity is None:
        return target_x, target_y
    flight = math.hypot(target_x - x, target_y - y) / shot_speed
    return target_x + target_velocity.x * flight, target_y + target_velocity.y * flight
