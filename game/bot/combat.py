"""The bot's gunnery and reflexes: whom to shoot, where to aim, what is about to hit it, and its heat budget.

Plain functions on the senses' records (Me, Foe, Shot): no world access, so each rule is easy to test.
"""

import math
from dataclasses import dataclass

FIRE_STOP = 75.0  # % heat: the rifle rests from here...
FIRE_RESUME = 45.0  # ...until the gauge is down to this (cooling waits for a pause in the heat anyway)
DODGE_LIMIT = 60.0  # % heat above which it takes a shot rather than dash across it (a dash costs ~9 bolts of heat)
TELEGRAPH_LIMIT = 40.0  # % heat above which a wind-up alone is no reason to dash
MISSILE_LIMIT = 70.0  # % heat above which it does not start a missile lock
KNUCKLE_LIMIT = 75.0
VMAX_START = 35.0  # % heat at most to start V-MAX: it still runs ~3 s before VMAX_END
VMAX_END = 88.0  # % heat at which it ends V-MAX early, well short of an overheat
DODGE_HORIZON = 0.1  # s: a shot due to touch the machine this soon is dodged by a dash
DODGE_PAD = 4.0  # px of margin round the body when judging whether a shot will touch it
TELEGRAPH_CONE = math.radians(25)  # an enemy winding up with its gun this close to pointing at the bot
TELEGRAPH_MARGIN = 60.0  # px beyond an enemy's firing range that still counts as close


@dataclass(frozen=True)
class Arms:
    """The numbers of the bot's own machine that its decisions need (from the catalog)."""
    rifle_speed: float
    rifle_range: float
    rifle_muzzle: float
    knuckle_reach: float  # px from the machine's centre to the farthest a knuckle still lands (0: none)
    lock_range: float
    dash_distance: float  # px a dash covers

    @classmethod
    def of(cls, catalog) -> "Arms":
        spec = catalog.units[catalog.player]
        rifle = catalog.weapons[spec.weapon]
        knuckle = catalog.weapons[spec.knuckle] if spec.knuckle else None
        return cls(
            rifle_speed=rifle.projectile_speed, rifle_range=rifle.range, rifle_muzzle=rifle.muzzle,
            knuckle_reach=knuckle.muzzle + knuckle.range + knuckle.radius if knuckle else 0.0,
            lock_range=spec.missiles.lock_range if spec.missiles else 0.0,
            dash_distance=spec.dash.speed * spec.dash.duration if spec.dash else 0.0,
        )


def lead(me, foe, speed: float, muzzle: float = 0.0) -> tuple[float, float]:
    """Where to aim so a shot at `speed` meets the foe, assuming it keeps its velocity (a few refinements)."""
    tx, ty = foe.x, foe.y
    for _ in range(3):
        flight = max(0.0, math.hypot(tx - me.x, ty - me.y) - muzzle) / speed
        tx, ty = foe.x + foe.vx * flight, foe.y + foe.vy * flight
    return tx, ty


def pick_target(foes, current: int, reach: float):
    """The visible foe to shoot: the nearest, weakened ones a little preferred, the current one kept if close."""
    best, best_score = None, math.inf
    for foe in foes:
        if not foe.visible or foe.distance > reach:
            continue
        score = foe.distance + foe.hit_points * 0.8 - (120.0 if foe.entity == current else 0.0)
        if score < best_score:
            best, best_score = foe, score
    return best


class Trigger:
    """The rifle's trigger discipline: fire until the gauge reaches `stop`, rest until it is down to `resume`."""

    def __init__(self, stop: float = FIRE_STOP, resume: float = FIRE_RESUME) -> None:
        self.stop, self.resume = stop, resume
        self.resting = False

    def allows(self, heat: float) -> bool:
        if heat >= self.stop:
            self.resting = True
        elif heat <= self.resume:
            self.resting = False
        return not self.resting


def time_to_contact(me, shot) -> float | None:
    """Seconds until the shot first comes within DODGE_PAD of the machine if both keep their velocities; None if it
    misses."""
    rx, ry = shot.x - me.x, shot.y - me.y
    vx, vy = shot.vx - me.vx, shot.vy - me.vy
    reach = me.radius + shot.radius + DODGE_PAD
    c = rx * rx + ry * ry - reach * reach
    if c <= 0:
        return 0.0
    a = vx * vx + vy * vy
    b = 2 * (rx * vx + ry * vy)
    if a == 0 or b >= 0:
        return None  # not closing
    disc = b * b - 4 * a * c
    if disc < 0:
        return None
    return (-b - math.sqrt(disc)) / (2 * a)


def incoming(me, shots):
    """The shot that will touch the machine soonest within DODGE_HORIZON seconds, or None."""
    soonest, when = None, DODGE_HORIZON
    for shot in shots:
        t = time_to_contact(me, shot)
        if t is not None and t <= when:
            soonest, when = shot, t
    return soonest


def telegraphing(me, foes):
    """The nearest visible foe, close enough to hit, winding up a shot with its gun pointed at the bot."""
    best = None
    for foe in foes:
        if foe.charge <= 0 or not foe.visible or foe.distance > foe.firing_range + TELEGRAPH_MARGIN:
            continue
        toward = math.atan2(me.y - foe.y, me.x - foe.x)
        if abs((foe.facing - toward + math.pi) % math.tau - math.pi) > TELEGRAPH_CONE:
            continue
        if best is None or foe.distance < best.distance:
            best = foe
    return best


def sideways(from_x: float, from_y: float, me) -> tuple[tuple[float, float], tuple[float, float]]:
    """The two directions square to the line from (from_x, from_y) to the machine: the side it is on first."""
    dx, dy = me.x - from_x, me.y - from_y
    size = math.hypot(dx, dy) or 1.0
    dx, dy = dx / size, dy / size
    return (-dy, dx), (dy, -dx)


def dodge_sides(me, shot) -> tuple[tuple[float, float], tuple[float, float]]:
    """Square to the shot's flight, the side of its line the machine already stands on first."""
    speed = math.hypot(shot.vx, shot.vy) or 1.0
    ux, uy = shot.vx / speed, shot.vy / speed
    left = (-uy, ux)
    side = (me.x - shot.x) * left[0] + (me.y - shot.y) * left[1]
    return (left, (uy, -ux)) if side >= 0 else ((uy, -ux), left)
