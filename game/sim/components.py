"""Components: plain slotted dataclasses, data only. Units: px, px/s, s, rad (0 = east, y grows down)."""

from dataclasses import dataclass


@dataclass(slots=True)
class Position:
    x: float  # px
    y: float
    prev_x: float = 0.0  # where it was at the start of this tick, for render interpolation
    prev_y: float = 0.0


@dataclass(slots=True)
class Velocity:
    x: float = 0.0  # px/s
    y: float = 0.0


@dataclass(slots=True)
class Body:
    radius: float  # px; collides with walls and with other bodies


@dataclass(slots=True)
class Facing:
    angle: float = 0.0  # rad, where the torso and weapon point


@dataclass(slots=True)
class Health:
    hit_points: float
    max_hit_points: float


@dataclass(slots=True)
class Unit:
    kind: str  # key into the catalog's units
    faction: str  # "un" (the player's side) or "grados"


@dataclass(slots=True)
class Player:
    """Marks the machine under the player's hands."""


@dataclass(slots=True)
class Intent:
    """What the pilot (player, script or AI) asks of the machine this tick."""
    move_x: float = 0.0  # -1..1, length <= 1
    move_y: float = 0.0
    aim_x: float = 0.0  # px, world point to aim at
    aim_y: float = 0.0
    fire: bool = False  # held
    dash: bool = False  # a request; the machine clears it once acted on


@dataclass(slots=True)
class Gun:
    weapon: str  # key into the catalog's weapons
    cooldown: float = 0.0  # s until it can fire again


@dataclass(slots=True)
class Dash:
    time_left: float = 0.0  # s of boost remaining
    cooldown: float = 0.0  # s until the next dash
    direction_x: float = 0.0
    direction_y: float = 0.0


@dataclass(slots=True)
class Projectile:
    owner: int  # entity that fired it
    faction: str
    weapon: str
    damage: float
    range_left: float  # px it may still travel


@dataclass(slots=True)
class Brain:
    """A computer pilot's mind: a small state machine (see systems/steer_enemies.py)."""
    state: str = "patrol"  # patrol · alert · engage · search · return
    patrol: tuple[tuple[float, float], ...] = ()
    loop: bool = False  # patrol a closed shape, or walk it back and forth
    waypoint: int = 0
    step: int = 1  # +1 or -1 along the patrol
    home: tuple[float, float] = (0.0, 0.0)  # px, where it spawned
    timer: float = 0.0  # s, meaning depends on state
    strafe: float = 1.0  # +1 or -1: which way it circles the target
    strafe_timer: float = 0.0  # s until it reconsiders the strafe direction
    last_seen: tuple[float, float] = (0.0, 0.0)  # px
    route: tuple[tuple[float, float], ...] = ()  # px waypoints found by path finding
    sees_player: bool = False
    rest_angle: float = 0.0  # rad it faces when holding its ground
