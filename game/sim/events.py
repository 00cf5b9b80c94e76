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


@dataclass(frozen=True)
class HoldStarted:
    """The player has stood HOLD_SETTLE seconds in an objective to hold, counting up from less (a shove off the pad
    that drained the hold below that and a return start it again)."""
    object_id: int
    seconds: float  # the whole hold


@dataclass(frozen=True)
class ShotTelegraphed:
    """A machine began the wind-up of a shot: the cue to dodge."""
    entity: int
    weapon: str


@dataclass(frozen=True)
class NearMiss:
    """An enemy shot passed close to a machine without hitting it."""
    entity: int
    x: float
    y: float


@dataclass(frozen=True)
class Deflected:
    """A V-MAX barrier turned a shot away."""
    entity: int
    x: float
    y: float


@dataclass(frozen=True)
class Rammed:
    entity: int  # the machine in V-MAX
    target: int
    x: float
    y: float


@dataclass(frozen=True)
class VmaxStarted:
    entity: int


@dataclass(frozen=True)
class VmaxEnded:
    entity: int


@dataclass(frozen=True)
class VmaxCharged:
    """A machine's V-MAX meter filled: it may start V-MAX (unless overheated)."""
    entity: int


@dataclass(frozen=True)
class VmaxRefused:
    """A machine asked for V-MAX and it would not start."""
    entity: int
    reason: str  # "charging" (the meter is not full), "cooling" (just ended) or "overheated" (locked while venting)


@dataclass(frozen=True)
class Overheated:
    entity: int


@dataclass(frozen=True)
class Vented:
    """An overheated machine has cooled to its safe level and works again."""
    entity: int


@dataclass(frozen=True)
class LockAcquired:
    entity: int
    target: int


@dataclass(frozen=True)
class MissileLaunched:
    entity: int
    target: int  # 0 when launched without a lock
    count: int


@dataclass(frozen=True)
class MissileShotDown:
    x: float
    y: float


@dataclass(frozen=True)
class AdvisorSpoke:
    """Rei (or Fouron) said a line: the HUD panel types it out, the pause menu's log keeps it."""
    speaker: str  # "rei" or "fouron"
    situation: str  # the key in assets/data/advisor.yaml that chose the line
    text: str  # the line, placeholders filled in
    priority: int


@dataclass(frozen=True)
class PartHit:
    """A precise hit on a machine's weapon arm or legs (the shots that can disable it)."""
    entity: int
    part: str  # "weapon" or "legs"
    x: float
    y: float


@dataclass(frozen=True)
class Disabled:
    """A machine's weapon or legs were shot out: it stops fighting and its pilot ejects."""
    entity: int
    kind: str
    part: str  # "weapon" or "legs"
    x: float
    y: float
    angle: float


@dataclass(frozen=True)
class PilotEjected:
    pod: int  # the escape pod's entity
    x: float
    y: float


@dataclass(frozen=True)
class FouronSeized:
    """The black box took the controls."""
    reason: str  # "armour" (below the threshold) or "scripted" (a level trigger)


@dataclass(frozen=True)
class FouronReleased:
    reason: str  # "resisted" (the pilot fought it off) or "danger_past"
