"""Shots in flight, bolts and missiles: plain objects outside the ECS, because hundreds come and go each second.

Creating and deleting entities makes esper drop every cached query; shots living in a list of their own keep
the machines' queries cached from tick to tick.
"""

from dataclasses import dataclass


@dataclass(slots=True)
class Homing:
    """What makes a shot a missile: it steers, burns fuel, and can be shot down."""
    target: int  # entity it homes on, 0 to fly straight
    fuel: float  # s of flight left
    hit_points: float
    turn_rate: float  # rad/s: limited, so a hard dodge can beat it


@dataclass(slots=True)
class Shot:
    id: int  # in firing order: ties are broken by it, and the view keys its trails on it
    owner: int  # entity that fired it (or turned it back with a V-MAX barrier)
    faction: str
    weapon: str
    x: float  # px
    y: float
    vx: float  # px/s
    vy: float
    damage: float
    range_left: float  # px it may still travel
    radius: float = 0.0  # px: wide shots hit this far beyond their line
    knockback: float = 0.0  # px/s it shoves what it hits
    grazed: bool = False  # already counted as a near miss
    angle: float = 0.0  # rad, the way a missile's nose points
    missile: Homing | None = None
    prev_x: float = 0.0  # px, where it was at the start of the tick, for render interpolation
    prev_y: float = 0.0
    spent: bool = False  # hit, stopped or shot down this tick: gone at the end of it


def add_shot(res, owner: int, faction: str, weapon: str, x: float, y: float, vx: float, vy: float, damage: float,
             range_left: float, radius: float = 0.0, knockback: float = 0.0, missile: Homing | None = None) -> Shot:
    """Put a new shot in flight; its id is the next in firing order."""
    res.shots_fired += 1
    shot = Shot(res.shots_fired, owner, faction, weapon, x, y, vx, vy, damage, range_left, radius, knockback,
                missile=missile, prev_x=x, prev_y=y)
    res.shots.append(shot)
    return shot


def clear_spent(res) -> None:
    res.shots = [shot for shot in res.shots if not shot.spent]
