"""Feel: shake, camera kick and hit-stop numbers from assets/data/feel.yaml, validated like the catalog."""

from dataclasses import dataclass, field
from pathlib import Path

from game.content.errors import ContentError, Problem
from game.content.schema import build
from game.content.yamlio import load_yaml

FEEL_PATH = Path(__file__).resolve().parents[2] / "assets" / "data" / "feel.yaml"
_POSITIVE = {"min": 0.0}


@dataclass(frozen=True)
class Shake:
    player_fires: float = field(metadata=_POSITIVE)  # px of shake trauma
    player_hit: float = field(metadata=_POSITIVE)
    destroyed: float = field(metadata=_POSITIVE)
    rammed: float = field(metadata=_POSITIVE)
    vmax_started: float = field(metadata=_POSITIVE)
    overheated: float = field(metadata=_POSITIVE)
    knuckle: float = field(metadata=_POSITIVE)


@dataclass(frozen=True)
class Hitstop:
    destroyed: float = field(metadata=_POSITIVE)  # s
    rammed: float = field(metadata=_POSITIVE)
    heavy_hit: float = field(metadata=_POSITIVE)


@dataclass(frozen=True)
class Feel:
    shake: Shake
    camera_kick: float = field(metadata=_POSITIVE)  # px
    hitstop: Hitstop
    heavy_hit: float = field(metadata=_POSITIVE)  # share of max hit points that makes a hit heavy


def load_feel(path: Path = FEEL_PATH) -> Feel:
    problems: list[Problem] = []
    feel = build(Feel, load_yaml(path), str(path), "", problems)
    if problems or feel is None:
        raise ContentError(problems or [Problem(str(path), "", "the feel settings", "nothing usable")])
    return feel
