"""Feel: shake, camera kick, hit-stop and rumble numbers from assets/data/feel.yaml, validated like the catalog."""

from dataclasses import dataclass, field
from pathlib import Path

from game.content.errors import ContentError, Problem
from game.content.schema import build
from game.content.yamlio import load_yaml

FEEL_PATH = Path(__file__).resolve().parents[2] / "assets" / "data" / "feel.yaml"
_MIN_ZERO = {"min": 0.0}
_SHARE = {"min": 0.0, "max": 1.0}  # a share of a whole: past 1 it is a slip (2.5 for 0.25), as in units.yaml


@dataclass(frozen=True)
class Shake:
    """How hard each moment shakes the view."""
    player_fires: float = field(metadata=_MIN_ZERO)  # px of shake trauma
    player_hit: float = field(metadata=_MIN_ZERO)
    destroyed: float = field(metadata=_MIN_ZERO)
    player_destroyed: float = field(metadata=_MIN_ZERO)
    rammed: float = field(metadata=_MIN_ZERO)
    vmax_started: float = field(metadata=_MIN_ZERO)
    overheated: float = field(metadata=_MIN_ZERO)
    knuckle: float = field(metadata=_MIN_ZERO)
    landed: float = field(default=5.0, metadata=_MIN_ZERO)  # a feel.yaml from before landings shook keeps working


@dataclass(frozen=True)
class Hitstop:
    """How long each moment freezes the action."""
    destroyed: float = field(metadata=_MIN_ZERO)  # s
    player_destroyed: float = field(metadata=_MIN_ZERO)
    rammed: float = field(metadata=_MIN_ZERO)
    heavy_hit: float = field(metadata=_MIN_ZERO)


@dataclass(frozen=True)
class Pulse:
    """One buzz of a game controller's motors."""
    strength: float = field(metadata=_SHARE)  # share of the motors' full speed
    seconds: float = field(metadata={"min": 0.0, "max": 2.0})


@dataclass(frozen=True)
class Rumble:
    """How a game controller's motors answer each moment."""
    player_hit: Pulse
    destroyed: Pulse
    rammed: Pulse
    vmax_started: Pulse
    overheated: Pulse
    knuckle: Pulse
    # the Layzner explodes: the end of the run, not one more kill (a feel.yaml from before it keeps working)
    player_destroyed: Pulse = Pulse(1.0, 0.6)
    # a reinforcement lands on the Layzner's spot; less the farther off, as shake.landed (a feel.yaml from before
    # landings buzzed keeps working)
    landed: Pulse = Pulse(0.4, 0.2)


@dataclass(frozen=True)
class Feel:
    """The game's feel (assets/data/feel.yaml): shake, kick, hitstop and rumble."""
    shake: Shake
    camera_kick: float = field(metadata=_MIN_ZERO)  # px
    hitstop: Hitstop
    heavy_hit: float = field(metadata=_SHARE)  # share of max hit points that makes a hit heavy
    rumble: Rumble


def load_feel(path: Path = FEEL_PATH) -> Feel:
    problems: list[Problem] = []
    feel = build(Feel, load_yaml(path), str(path), "", problems)
    if problems or feel is None:
        raise ContentError(problems or [Problem(str(path), "", "the feel settings", "nothing usable")])
    return feel
