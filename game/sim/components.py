"""Components: plain slotted dataclasses, data only. Units: px, px/s, s, rad (0 = east, y grows down)."""

from dataclasses import dataclass, field


@dataclass(slots=True)
class Position:
    """Where an entity is, and where it was as the tick began."""
    x: float  # px
    y: float
    prev_x: float = 0.0  # where it was at the start of this tick, for render interpolation
    prev_y: float = 0.0


@dataclass(slots=True)
class Velocity:
    """How fast an entity moves."""
    x: float = 0.0  # px/s
    y: float = 0.0


@dataclass(slots=True)
class Body:
    """A solid circle: walls and other bodies stop it."""
    radius: float  # px; collides with walls and with other bodies


@dataclass(slots=True)
class Facing:
    """Where the torso and weapon point."""
    angle: float = 0.0  # rad, where the torso and weapon point


@dataclass(slots=True)
class Health:
    """Armour: hit points left of the most."""
    hit_points: float
    max_hit_points: float


@dataclass(slots=True)
class Unit:
    """Which machine it is, and whose."""
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
    missile: bool = False  # held: lock on while held, launch on release
    dash: bool = False  # requests: the machine clears each once acted on
    vmax: bool = False  # start V-MAX, or end it early
    knuckle: bool = False


@dataclass(slots=True)
class Gun:
    """The weapon a machine fires, and when it may fire again."""
    weapon: str  # key into the catalog's weapons
    cooldown: float = 0.0  # s until it can fire again
    charge: float = 0.0  # s of wind-up so far (weapons that telegraph their shots)


@dataclass(slots=True)
class Knuckle:
    """The close-range punch, a second weapon on its own cooldown."""
    weapon: str
    cooldown: float = 0.0


@dataclass(slots=True)
class Launcher:
    """Calf missiles: a lock builds while the button is held on a target; release launches."""
    ammo: int
    cooldown: float = 0.0  # s
    target: int = 0  # entity being locked, 0 for none
    lock: float = 0.0  # s the target has been held
    held: bool = False  # the button was held last tick


@dataclass(slots=True)
class Heat:
    """A machine's heat, and whether it has overheated."""
    value: float = 0.0  # % (0..100)
    overheated: bool = False  # hatches open: crawling, weapons and V-MAX locked, until cooled to safe_level
    since_gain: float = 0.0  # s since heat was last added


@dataclass(slots=True)
class Vmax:
    """A machine's V-MAX: the meter, the time left, the machines rammed."""
    meter: float = 0.0  # 0..1; full lets it start
    active_left: float = 0.0  # s of V-MAX remaining, 0 when off
    cooldown: float = 0.0  # s after one ends before the meter fills again
    rammed: dict = field(default_factory=dict)  # entity → s before it can be rammed again
    ready: bool = False  # a press would have started it at the end of the last tick (vmax.can_start): the chime


@dataclass(slots=True)
class Dash:
    """A machine's dash: the boost under way, and the wait for the next."""
    time_left: float = 0.0  # s of boost remaining
    cooldown: float = 0.0  # s until the next dash
    direction_x: float = 0.0
    direction_y: float = 0.0
    invulnerable_left: float = 0.0  # s that shots still pass through


@dataclass(slots=True)
class Brain:
    """A computer pilot's mind: a small state machine (see systems/enemies.py)."""
    state: str = "patrol"  # patrol · alert · engage · search · return · hold
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
    thought_at: int = 0  # tick it last looked and decided (it thinks every few ticks)
    shot_by: int = 0  # entity that hit it since it last thought, 0 for none


@dataclass(slots=True)
class HoldsPost:
    """Marks a computer pilot that stays at its post (or on its patrol) when an ally calls: a level's sentry.

    A mark of its own rather than a Brain field, so the state of every game without sentries hashes as before."""


@dataclass(slots=True)
class Parts:
    """Damage taken on the parts that can disable a machine: precise hits on its weapon arm or legs."""
    weapon: float = 0.0  # hit points of damage on the weapon arm
    legs: float = 0.0


@dataclass(slots=True)
class Disabled:
    """A machine whose weapon or legs were shot out: it no longer fights, and its pilot has ejected."""
    part: str  # "weapon" or "legs"


@dataclass(slots=True)
class Pod:
    """An ejected pilot's escape pod, flying off the field (nothing may target it)."""
    time_left: float  # s until it has left the field and is removed
