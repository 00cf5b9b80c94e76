"""The catalog: unit and weapon stats from assets/data/units.yaml as frozen, validated dataclasses."""

from dataclasses import dataclass, field
from pathlib import Path

from game.content.errors import ContentError, Problem
from game.content.schema import build, describe, suggest
from game.content.yamlio import load_yaml

ROOT = Path(__file__).resolve().parents[2]
UNITS_PATH = ROOT / "assets" / "data" / "units.yaml"

_POSITIVE = {"min": 0.0}


@dataclass(frozen=True)
class WeaponSpec:
    damage: float = field(metadata=_POSITIVE)            # hit points per shot
    cooldown: float = field(metadata=_POSITIVE)          # s between shots
    projectile_speed: float = field(metadata=_POSITIVE)  # px/s
    range: float = field(metadata=_POSITIVE)             # px a shot travels before it fades
    spread: float = field(default=0.0, metadata=_POSITIVE)  # degrees of random deviation, each side
    muzzle: float = field(default=30.0, metadata=_POSITIVE)  # px from the body centre to the muzzle
    sound: str = ""                                      # sound name in assets/sounds


@dataclass(frozen=True)
class DashSpec:
    speed: float = field(metadata=_POSITIVE)     # px/s during the boost
    duration: float = field(metadata=_POSITIVE)  # s
    cooldown: float = field(metadata=_POSITIVE)  # s from the end of one dash to the next


@dataclass(frozen=True)
class AiSpec:
    sight_range: float = field(metadata=_POSITIVE)      # px; walls block sight
    firing_range: float = field(metadata=_POSITIVE)     # px; fires only this close
    preferred_range: float = field(metadata=_POSITIVE)  # px it tries to keep while strafing
    reaction_time: float = field(metadata=_POSITIVE)    # s from noticing the player to the first shot
    turn_rate: float = field(metadata=_POSITIVE)        # rad/s the torso turns toward its target
    aim_tolerance: float = field(metadata=_POSITIVE)    # degrees off target it still fires at
    patrol_speed: float = field(metadata=_POSITIVE)     # fraction of max_speed while patrolling (0..1)
    give_up_time: float = field(metadata=_POSITIVE)     # s searching the last known position before returning
    strafe_switch: float = field(metadata=_POSITIVE)    # s, mean time between strafe direction changes
    call_range: float = field(metadata=_POSITIVE)       # px: calm allies this close come when it spots the player


@dataclass(frozen=True)
class UnitSpec:
    name: str                                           # shown on the HUD
    hit_points: float = field(metadata=_POSITIVE)
    radius: float = field(metadata=_POSITIVE)           # px, collision circle
    max_speed: float = field(metadata=_POSITIVE)        # px/s
    acceleration: float = field(metadata=_POSITIVE)     # px/s²
    drag: float = field(metadata=_POSITIVE)             # 1/s: share of speed lost per second with no thrust
    weapon: str
    dash: DashSpec | None = None
    ai: AiSpec | None = None                            # present on machines the computer drives


@dataclass(frozen=True)
class Catalog:
    player: str                    # the unit the player pilots
    units: dict[str, UnitSpec]
    weapons: dict[str, WeaponSpec]

    @property
    def enemy_kinds(self) -> tuple[str, ...]:
        return tuple(sorted(kind for kind, unit in self.units.items() if unit.ai is not None))


def load_catalog(path: Path = UNITS_PATH) -> Catalog:
    """Read and validate the catalog, raising ContentError with every problem found."""
    file = str(path)
    data = load_yaml(path)
    problems: list[Problem] = []
    if not isinstance(data, dict):
        raise ContentError([Problem(file, "", "a mapping with player, units and weapons", describe(data))])
    for key in data:
        if key not in ("player", "units", "weapons"):
            problems.append(Problem(file, str(key), "a known key", f'"{key}"', suggest(key, ("player", "units", "weapons"))))
    weapons = _section(WeaponSpec, data.get("weapons"), file, "weapons", problems)
    units = _section(UnitSpec, data.get("units"), file, "units", problems)
    for kind, unit in units.items():
        if unit.weapon not in weapons:
            problems.append(Problem(file, f"units.{kind}.weapon", "a weapon defined under weapons",
                                    f'"{unit.weapon}"', suggest(unit.weapon, weapons)))
    player = data.get("player")
    if not isinstance(player, str) or player not in units:
        problems.append(Problem(file, "player", "the name of a unit under units", describe(player), suggest(player, units)))
    if problems:
        raise ContentError(problems)
    return Catalog(player=player, units=units, weapons=weapons)


def _section(cls, data, file, where, problems) -> dict:
    if not isinstance(data, dict) or not data:
        problems.append(Problem(file, where, f"a mapping of names to {cls.__name__} settings", describe(data)))
        return {}
    built = {}
    for name, entry in data.items():
        spec = build(cls, entry, file, f"{where}.{name}", problems)
        if spec is not None:
            built[str(name)] = spec
    return built
