"""Events: what happened this tick, as past-tense records. The view and tests read them; cleared each tick."""

from dataclasses import dataclass

# Plain dataclasses, not frozen: nothing changes or hashes an event once made, and frozen costs a slower __init__
# (each field set through object.__setattr__: 8.2k instructions an event against 2.5k, ~17 events a stress tick) and
# three more generated methods a class as the game starts (Python 3.11 compiles each on its own: 47 M instructions for
# the 30 classes, 3 % of a start). They still compare and print by their fields, as tests and test_bolts rely on.


@dataclass
class Fired:
    """A machine fired a shot."""
    entity: int
    weapon: str
    x: float  # px, the muzzle
    y: float
    angle: float  # rad


@dataclass
class Damaged:
    """A machine was hit."""
    entity: int
    amount: float
    x: float  # px, where the hit landed
    y: float
    source: int  # entity that fired


@dataclass
class ShotStopped:
    """A projectile hit a wall or ran out of range."""
    x: float
    y: float
    hit_wall: bool


@dataclass
class Destroyed:
    """A machine was destroyed."""
    entity: int
    kind: str
    x: float
    y: float
    angle: float


@dataclass
class PlayerSpotted:
    """An enemy saw the player and is turning to fight."""
    entity: int


@dataclass
class Dashed:
    """A machine dashed."""
    entity: int


@dataclass
class LevelEnded:
    """The level was won or lost."""
    outcome: str  # "won" or "lost"


@dataclass
class MessageShown:
    """A message trigger fired: the HUD shows the text."""
    object_id: int
    text: str


@dataclass
class AlarmRaised:
    """An alarm trigger fired: every calm enemy comes to look at (x, y)."""
    object_id: int
    x: float
    y: float


@dataclass
class ReinforcementsCalled:
    """A trigger fired, or an objective's hold started, that brings reinforcements: they are inbound, each to arrive at
    its spawn after ARRIVAL_WARNING seconds (the view marks the spots, Rei and the base's alarm say so)."""
    object_id: int  # the trigger or objective that called them
    count: int
    points: tuple[tuple[float, float], ...]  # px, where they will arrive


@dataclass
class Reinforced:
    """A reinforcement arrived at its spawn, alerted: it comes for the player."""
    entity: int
    kind: str
    x: float
    y: float


@dataclass
class ObjectiveReached:
    """The player reached an objective."""
    object_id: int
    text: str
    remaining: int  # objectives still to reach


@dataclass
class ObjectiveOpened:
    """An objective whose `after` was just reached opens: from the next tick it is shown and counts."""
    object_id: int
    text: str


@dataclass
class HoldStarted:
    """The player has stood HOLD_SETTLE seconds in an objective to hold, counting up from less (a shove off the pad
    that drained the hold below that and a return start it again)."""
    object_id: int
    seconds: float  # the whole hold


@dataclass
class ShotTelegraphed:
    """A machine began the wind-up of a shot: the cue to dodge."""
    entity: int
    weapon: str


@dataclass
class NearMiss:
    """An enemy shot passed close to a machine without hitting it."""
    entity: int
    x: float
    y: float


@dataclass
class Deflected:
    """A V-MAX barrier turned a shot away."""
    entity: int
    x: float
    y: float


@dataclass
class Rammed:
    """A machine in V-MAX rammed another."""
    entity: int  # the machine in V-MAX
    target: int
    x: float
    y: float


@dataclass
class VmaxStarted:
    """A machine went into V-MAX."""
    entity: int


@dataclass
class VmaxEnded:
    """A machine's V-MAX ended."""
    entity: int


@dataclass
class VmaxCharged:
    """A machine's V-MAX became ready: a press would start it now (the meter full, not venting or recharging, and the
    heat under its warning line; vmax.can_start), where at the end of the last tick it would not. The chime, and Rei's
    "V-MAX ready"."""
    entity: int


@dataclass
class VmaxRefused:
    """A machine asked for V-MAX and it would not start."""
    entity: int
    reason: str  # "charging" (the meter is not full), "cooling" (just ended), "overheated" (locked while venting) or
    # "hot" (the heat at the warning line, where V-MAX burns out)


@dataclass
class Overheated:
    """A machine overheated."""
    entity: int


@dataclass
class Vented:
    """An overheated machine has cooled to its safe level and works again."""
    entity: int


@dataclass
class LockAcquired:
    """A missile lock closed on a target."""
    entity: int
    target: int


@dataclass
class MissileLaunched:
    """A machine launched missiles."""
    entity: int
    target: int  # 0 when launched without a lock
    count: int


@dataclass
class MissileShotDown:
    """A missile was shot down."""
    x: float
    y: float


@dataclass
class AdvisorSpoke:
    """Rei (or Fouron) said a line: the HUD panel types it out, the pause menu's log keeps it."""
    speaker: str  # "rei" or "fouron"
    situation: str  # the key in assets/data/advisor.yaml that chose the line
    text: str  # the line, placeholders filled in
    priority: int


@dataclass
class PartHit:
    """A precise hit on a machine's weapon arm or legs (the shots that can disable it)."""
    entity: int
    part: str  # "weapon" or "legs"
    x: float
    y: float


@dataclass
class Disabled:
    """A machine's weapon or legs were shot out: it stops fighting and its pilot ejects."""
    entity: int
    kind: str
    part: str  # "weapon" or "legs"
    x: float
    y: float
    angle: float


@dataclass
class PilotEjected:
    """A disabled machine's pilot ejected."""
    pod: int  # the escape pod's entity
    x: float
    y: float


@dataclass
class FouronSeized:
    """The black box took the controls."""
    reason: str  # "armour" (below the threshold) or "scripted" (a level trigger)


@dataclass
class FouronReleased:
    """Fouron let go of the Layzner."""
    reason: str  # "resisted" (the pilot fought it off) or "danger_past"


@dataclass
class GateOpened:
    """A gate opened, its trigger fired or its objective's hold started: open ground from this tick."""
    object_id: int  # the gate's
    x: float  # px, its centre
    y: float


@dataclass
class GateShut:
    """A gate shut, its trigger fired or its objective's hold started and no machine standing in it: wall from this
    tick."""
    object_id: int  # the gate's
    x: float  # px, its centre
    y: float
