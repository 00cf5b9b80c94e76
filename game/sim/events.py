"""Events: what happened this tick, as frozen past-tense records. The view and tests read them; cleared each tick."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Fired:
    entity: int
    weapon: str
    x: float  # px, the muzzle
    y: float
    angle: float  # rad


@dataclass(frozen=True)
class Damaged:
    entity: int
    amount: float
    x: float  # px, where the hit landed
    y: float
    source: int  # entity that fired


@dataclass(frozen=True)
class ShotStopped:
    """A projectile hit a wall or ran out of range."""
    x: float
    y: float
    hit_wall: bool


@dataclass(frozen=True)
class Destroyed:
    entity: int
    kind: str
    x: float
    y: float
    angle: float


@dataclass(frozen=True)
class PlayerSpotted:
    """An enemy saw the player and is turning to fight."""
    entity: int


@dataclass(frozen=True)
class Dashed:
    entity: int


@dataclass(frozen=True)
class LevelEnded:
    outcome: str  # "won" or "lost"


@dataclass(frozen=True)
class MessageShown:
    """A message trigger fired: the HUD shows the text."""
    object_id: int
    text: str


@dataclass(frozen=True)
class AlarmRaised:
    """An alarm trigger fired: every calm enemy comes to look at (x, y)."""
    object_id: int
    x: float
    y: float


@dataclass(frozen=True)
class ObjectiveReached:
    object_id: int
    text: str
    remaining: int  # objectives still to reach
