"""The catalog: unit and weapon stats from assets/data/units.yaml as frozen, validated dataclasses."""

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from game.content.advisor import ADVISOR_PATH, Advisor, load_advisor
from game.content.errors import ContentError, Problem, quote
from game.content.schema import build, describe
from game.content.spelling import suggest
from game.content.yamlio import load_yaml

ROOT = Path(__file__).resolve().parents[2]
UNITS_PATH = ROOT / "assets" / "data" / "units.yaml"
SPRITES_DIR = ROOT / "assets" / "sprites"  # what game/view/sprites.py's SpriteBank loads from
SOUNDS_DIR = ROOT / "assets" / "sounds"  # what game/audio/mixer.py's Audio loads from

_MIN_ZERO = {"min": 0.0}
_COUNT = {"min": 0}  # a whole number of times or machines; 0 for none
_POSITIVE = {"min": 0.0, "above": True}  # above 0: what the rules divide by, or that means nothing at 0
_SHARE = {"min": 0.0, "max": 1.0}
# A % of the heat gauge, which runs from 0 to 100 (game/sim/systems/heat.py's OVERHEAT): past 100 a level, a shot's or
# a dash's heat means no more than 100 does, so a larger number is a slip (150 for 15), not a setting.
_PERCENT = {"min": 0.0, "max": 100.0}
# A machine's collision circle: at most 8 tiles across. The rules walk every cell a body covers, each tick: a radius of
# 1e5 px took over a minute a tick.
_RADIUS = {"min": 0.0, "above": True, "max": 128.0}
# Every missile of a salvo is made at once and flies, homes and is tested for hits one by one, each tick: a salvo of
# 1,000,000 hung the game at its first launch, and one of 500 took a second a tick. At 50 (the Layzner fires 2), a
# launch every few ticks keeps some 900 in flight and the slowest tick near 20 ms.
_SALVO = {"min": 1, "max": 50}
# The missiles carried bound how many can fly at once, however long their fuel keeps them up: 1,000 is some 80 times
# the Layzner's 12.
_AMMO = {"min": 0, "max": 1000}
# What a weapon is, read off its stats (WeaponSpec.kind): a shot that fades within MELEE_REACH px reaches only what is
# close, a blow (the knuckle's 70; the shortest gun shipped reaches 520), and one drawn with the calf missiles' picture
# is a missile. The loss screen words a hit by it: "A Dis's ram", "Bul missiles", "Bul cannon fire".
MELEE_REACH = 150.0
MISSILE_SPRITE = "missile"


@dataclass(frozen=True)
class WeaponSpec:
    """A weapon's numbers (the `weapons` of assets/data/units.yaml)."""
    damage: float = field(metadata=_MIN_ZERO)            # hit points per shot
    cooldown: float = field(metadata=_POSITIVE)          # s between shots
    projectile_speed: float = field(metadata=_POSITIVE)  # px/s
    range: float = field(metadata=_POSITIVE)             # px a shot travels before it fades
    spread: float = field(default=0.0, metadata=_MIN_ZERO)  # degrees of random deviation, each side
    muzzle: float = field(default=30.0, metadata=_MIN_ZERO)  # px from the body centre to the muzzle
    sound: str = ""                                      # sound name in assets/sounds
    windup_sound: str = "telegraph"                      # heard through the windup, from a machine on screen
    sprite: str = ""                                     # picture of the shot in assets/sprites
    heat: float = field(default=0.0, metadata=_PERCENT)       # % heat each shot adds to the shooter
    windup: float = field(default=0.0, metadata=_MIN_ZERO)    # s of visible charge before each shot
    radius: float = field(default=0.0, metadata=_MIN_ZERO)    # px: a wide shot (the knuckle) hits this far out
    knockback: float = field(default=0.0, metadata=_MIN_ZERO) # px/s a hit shoves the target

    @property
    def kind(self) -> str:
        """"melee" (a blow: the knuckle, a mod's ram), "missile" or "gun", by its reach and its picture."""
        return "melee" if self.range <= MELEE_REACH else "missile" if self.sprite == MISSILE_SPRITE else "gun"


@dataclass(frozen=True)
class MissileSpec:
    """A unit's calf missiles: damage, ammunition, lock and flight."""
    damage: float = field(metadata=_MIN_ZERO)           # hit points per missile
    ammo: int = field(metadata=_AMMO)                   # missiles carried into a level
    salvo: int = field(metadata=_SALVO)                 # missiles per launch at a locked target
    cooldown: float = field(metadata=_MIN_ZERO)         # s between launches
    speed: float = field(metadata=_POSITIVE)            # px/s
    turn_rate: float = field(metadata=_MIN_ZERO)        # rad/s it can turn toward its target: a fast dodge beats it
    fuel: float = field(metadata=_POSITIVE)             # s of flight before it bursts
    hit_points: float = field(metadata=_POSITIVE)       # a missile can be shot down
    radius: float = field(metadata=_MIN_ZERO)           # px, for being hit
    lock_time: float = field(metadata=_POSITIVE)        # s the reticle must hold a target to lock it
    lock_range: float = field(metadata=_MIN_ZERO)       # px
    lock_cone: float = field(metadata=_MIN_ZERO)        # degrees either side of the aim a target may be
    heat: float = field(default=0.0, metadata=_PERCENT)  # % heat per launch


@dataclass(frozen=True)
class HeatSpec:
    """How a unit heats and cools, and what overheating costs it."""
    dash: float = field(metadata=_PERCENT)              # % heat per dash
    cool_rate: float = field(metadata=_MIN_ZERO)        # %/s it cools while resting
    cool_delay: float = field(metadata=_MIN_ZERO)       # s after the last heat gained before it cools
    warning: float = field(metadata=_PERCENT)           # % from which the HUD and a sound warn
    safe_level: float = field(metadata=_PERCENT)        # % an overheated machine must cool to before it works again
    vent_rate: float = field(metadata=_MIN_ZERO)        # %/s it cools with its hatches open (overheated)
    crawl: float = field(metadata=_SHARE)               # share of max_speed while overheated
    damage_taken: float = field(metadata=_MIN_ZERO)     # damage multiplier while overheated


@dataclass(frozen=True)
class VmaxSpec:
    """A unit's V-MAX: how long, how fast, the heat it makes."""
    duration: float = field(metadata=_POSITIVE)         # s of V-MAX
    speed: float = field(metadata=_MIN_ZERO)            # max_speed multiplier
    acceleration: float = field(metadata=_MIN_ZERO)     # acceleration multiplier
    heat_rate: float = field(metadata=_MIN_ZERO)        # %/s heat while it lasts
    cooldown: float = field(metadata=_MIN_ZERO)         # s after it ends before the meter can fill again
    per_damage_dealt: float = field(metadata=_MIN_ZERO) # meter (0..1) per hit point of damage dealt
    per_damage_taken: float = field(metadata=_MIN_ZERO) # meter per hit point of damage taken
    per_near_miss: float = field(metadata=_SHARE)       # meter per enemy shot that passes close without hitting
    near_miss: float = field(metadata=_MIN_ZERO)        # px beyond the body a passing shot counts as near
    ram_damage: float = field(metadata=_MIN_ZERO)       # hit points per ram
    ram_interval: float = field(metadata=_MIN_ZERO)     # s before the same target can be rammed again
    ram_knockback: float = field(metadata=_MIN_ZERO)    # px/s a ram throws the target


@dataclass(frozen=True)
class DashSpec:
    """A unit's dash: the boost and its moment of invulnerability."""
    speed: float = field(metadata=_POSITIVE)     # px/s during the boost
    duration: float = field(metadata=_POSITIVE)  # s
    cooldown: float = field(metadata=_MIN_ZERO)  # s from the end of one dash to the next
    invulnerable: float = field(default=0.0, metadata=_MIN_ZERO)  # s from its start that shots pass through


@dataclass(frozen=True)
class AiSpec:
    """How an enemy pilot sees, keeps its range, turns and shoots."""
    sight_range: float = field(metadata=_POSITIVE)      # px; walls block sight
    firing_range: float = field(metadata=_POSITIVE)     # px; fires only this close
    preferred_range: float = field(metadata=_POSITIVE)  # px it tries to keep while strafing
    reaction_time: float = field(metadata=_MIN_ZERO)    # s from noticing the player to the first shot
    turn_rate: float = field(metadata=_MIN_ZERO)        # rad/s the torso turns toward its target
    aim_tolerance: float = field(metadata=_MIN_ZERO)    # degrees off target it still fires at
    patrol_speed: float = field(metadata=_SHARE)        # share of max_speed while patrolling
    give_up_time: float = field(metadata=_MIN_ZERO)     # s searching the last known position before returning
    strafe_switch: float = field(metadata=_MIN_ZERO)    # s, mean time between strafe direction changes
    call_range: float = field(metadata=_MIN_ZERO)       # px: calm allies this close come when it spots the player


@dataclass(frozen=True)
class PartsSpec:
    """Precise rifle hits on the weapon arm or the legs wear that part down; worn out, the machine is disabled."""
    weapon: float = field(metadata=_MIN_ZERO)     # hit points of damage the weapon arm takes before it fails
    legs: float = field(metadata=_MIN_ZERO)       # hit points of damage the legs take before they fail
    hull_share: float = field(metadata=_SHARE)    # share of a part hit's damage that also reaches the hull


@dataclass(frozen=True)
class FouronSpec:
    """The black box: when it seizes the machine, how hard it holds on, and when it lets go."""
    armour_below: float = field(metadata=_SHARE)     # share of hit points under which it seizes control
    control: float = field(metadata=_SHARE)          # share of the movement it takes from the pilot
    resist_per_press: float = field(metadata=_SHARE) # resistance (0..1; full frees the controls) per dash press
    resist_decay: float = field(metadata=_MIN_ZERO)  # resistance lost per second
    calm_time: float = field(metadata=_MIN_ZERO)     # s with no enemy in sight before it judges the danger past
    rearm: float = field(metadata=_MIN_ZERO)         # s after it lets go before it may seize control again
    sight_range: float = field(metadata=_POSITIVE)   # px it hunts within; walls and dust block its sight
    keep_range: float = field(metadata=_POSITIVE)    # px it closes to while circling its prey
    knuckle_range: float = field(metadata=_MIN_ZERO) # px within which it punches as well as shoots
    fire_again_heat: float = field(metadata=_PERCENT)  # % its guns, rested at the heat's warning line, cool to
    # A rescue, not an autopilot: what it may do in one level, so a pilot who lets go of the controls still loses.
    takeovers: int = field(metadata=_COUNT)          # times a level it seizes at low armour (scripted ones count)
    kills: int = field(metadata=_COUNT)              # machines it may destroy in a level; then it lets go
    # The hand-back: when it lets go, the controls change hands cleanly rather than leave the pilot its wreckage.
    handback_time: float = field(metadata=_MIN_ZERO)   # s after it lets go that the machine blows off its heat
    handback_vent: float = field(metadata=_MIN_ZERO)   # %/s heat falls in that time, overheated or not, at once
    handback_grace: float = field(metadata=_MIN_ZERO)  # s after CONTROL RESTORED that shots pass through, as in a dash
    seize_grace: float = field(metadata=_MIN_ZERO)     # s from seizing at low armour that shots pass through
    seize_vent: float = field(metadata=_MIN_ZERO)      # s from seizing that the machine blows off heat at handback_vent


@dataclass(frozen=True)
class UnitSpec:
    """One machine's numbers (assets/data/units.yaml)."""
    name: str                                           # its full designation, for readers of the file: not shown
    hit_points: float = field(metadata=_POSITIVE)
    radius: float = field(metadata=_RADIUS)             # px, collision circle
    max_speed: float = field(metadata=_MIN_ZERO)        # px/s
    acceleration: float = field(metadata=_MIN_ZERO)     # px/s²
    drag: float = field(metadata=_MIN_ZERO)             # 1/s: share of speed lost per second with no thrust
    weapon: str
    knuckle: str = ""                                   # close-range weapon, "" for none
    dash: DashSpec | None = None
    missiles: MissileSpec | None = None
    heat: HeatSpec | None = None                        # machines without it never heat up
    vmax: VmaxSpec | None = None                        # needs heat: V-MAX builds it
    ai: AiSpec | None = None                            # present on machines the computer drives
    parts: PartsSpec | None = None                      # machines that can be disabled instead of destroyed
    fouron: FouronSpec | None = None                    # the player's machine only: the black box


@dataclass(frozen=True)
class Catalog:
    """The game's data: units, weapons and the advisor's lines, read once and checked."""
    player: str                    # the unit the player pilots
    units: dict[str, UnitSpec]
    weapons: dict[str, WeaponSpec]
    advisor: Advisor               # Rei's and Fouron's lines (assets/data/advisor.yaml)

    @property
    def enemy_kinds(self) -> tuple[str, ...]:
        return tuple(sorted(kind for kind, unit in self.units.items() if unit.ai is not None))

    @property
    def content_hash(self) -> str:
        """A digest of what the game reads from units.yaml and advisor.yaml (not their comments or layout, nor
        the order units and weapons are listed in): a tuning change gives another hash, so a replay that parts
        ways can say it was recorded with other numbers."""
        content = (self.player, sorted(self.units.items()), sorted(self.weapons.items()), self.advisor)
        return hashlib.sha256(repr(content).encode()).hexdigest()[:16]


_last_read: dict = {}  # (units path, advisor path) -> (the two files' bytes, the Catalog built from them)


def current_catalog(path: Path = UNITS_PATH, advisor_path: Path = ADVISOR_PATH) -> Catalog:
    """The catalog as its files stand now, built again only when their contents changed since the last call.

    Every level start and restart needs it, and building it (YAML and validation) costs more than reading a
    level; comparing the bytes (not timestamps, which can miss two quick saves) keeps live edits live. The names of
    the pictures and sounds count too: one renamed or deleted since would crash the game at a shot, or silence it.
    """
    key = (Path(path), Path(advisor_path))
    try:
        contents = (key[0].read_bytes(), key[1].read_bytes(), sprite_names(), sound_names())
    except OSError:
        return load_catalog(path, advisor_path)  # which reports the missing file as load_catalog always has
    held = _last_read.get(key)
    if held is None or held[0] != contents:
        held = _last_read[key] = (contents, load_catalog(path, advisor_path))
    return held[1]


def load_catalog(path: Path = UNITS_PATH, advisor_path: Path = ADVISOR_PATH, sprites: Path = SPRITES_DIR,
                 sounds: Path = SOUNDS_DIR) -> Catalog:
    """Read and validate the catalog and the advisors' lines, raising ContentError with every problem found; the
    pictures and sounds the weapons name must be in the folders `sprites` and `sounds`."""
    file = str(path)
    data = load_yaml(path)
    problems: list[Problem] = []
    if not isinstance(data, dict):
        raise ContentError([Problem(file, "", "a mapping with player, units and weapons", describe(data))])
    for key in data:
        if key not in ("player", "units", "weapons"):
            problems.append(Problem(file, str(key), "a known key", f'"{key}"',
                                    suggest(key, ("player", "units", "weapons"))))
    weapons = _section(WeaponSpec, data.get("weapons"), file, "weapons", problems)
    problems += _file_problems(data.get("weapons"), file, sprites, sounds)
    units = _section(UnitSpec, data.get("units"), file, "units", problems)
    problems += _picture_problems(data.get("units"), file, sprites)
    # A weapon listed with mistakes of its own is told of there, not as "undefined" on every unit that carries it.
    listed_weapons = {str(name) for name in data["weapons"]} if isinstance(data.get("weapons"), dict) else set()
    for kind, unit in units.items():
        for key in ("weapon", "knuckle"):
            name = getattr(unit, key)
            if (name or key == "weapon") and name not in weapons and name not in listed_weapons:
                problems.append(Problem(file, f"units.{kind}.{key}", "a weapon defined under weapons",
                                        f'"{name}"', suggest(name, weapons)))
        if unit.vmax is not None and unit.heat is None:
            problems.append(Problem(file, f"units.{kind}.vmax", "a heat section beside it (V-MAX builds heat)",
                                    "no heat section"))
        if unit.fouron is not None and kind != data.get("player"):
            problems.append(Problem(file, f"units.{kind}.fouron", "a fouron section only on the player's unit",
                                    f'a fouron section on "{kind}"', f'the player pilots "{data.get("player")}"'))
        if unit.fouron is not None and unit.fouron.handback_time > unit.fouron.rearm:  # read off the rearm clock
            problems.append(Problem(file, f"units.{kind}.fouron.handback_time", f"at most rearm ({unit.fouron.rearm})",
                                    str(unit.fouron.handback_time)))
    player = data.get("player")
    listed = data.get("units") if isinstance(data.get("units"), dict) else {}
    if isinstance(player, str) and player in listed and player not in units:
        pass  # the unit is there, with mistakes of its own, told above: not "unknown"
    elif not isinstance(player, str) or player not in units:
        problems.append(Problem(file, "player", "the name of a unit under units", describe(player),
                                suggest(player, units)))
    try:
        advisor = load_advisor(advisor_path)
    except ContentError as error:
        problems.extend(error.problems)
    if problems:
        raise ContentError(problems)
    return Catalog(player=player, units=units, weapons=weapons, advisor=advisor)


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


def sprite_names(folder: Path = SPRITES_DIR) -> frozenset[str]:
    """The names a `sprite` may give: NAME for each file NAME.png right in `folder`, as the sprite bank loads them
    (folder / f"{name}.png"): ".png" in lower case, which a case-sensitive disk needs. Not a subfolder's files: the
    mixer plays none from one, and the docs offer "a file in assets/sprites"."""
    return _stems(folder, lambda suffix: suffix == ".png")


def sound_names(folder: Path = SOUNDS_DIR) -> frozenset[str]:
    """The names a `sound` may give: the stem of each .wav (the extension in any case) right in `folder`, as the
    mixer loads them (game/audio/mixer.py, _wav_files); any other file there it never plays."""
    return _stems(folder, lambda suffix: suffix.lower() == ".wav")


def _stems(folder: Path, wanted) -> frozenset[str]:
    """The name before the extension of each file right in `folder` whose extension is `wanted`. Every level start
    asks (current_catalog), so the folder is read with scandir, which knows a file from a folder without a stat each."""
    try:
        with os.scandir(folder) as entries:
            names = [os.path.splitext(entry.name) for entry in entries if entry.is_file()]
    except OSError:  # no folder there: it holds nothing to name, and each name is told as unknown
        return frozenset()
    return frozenset(stem for stem, suffix in names if wanted(suffix))


def _file_problems(weapons: object, file: str, sprites: Path, sounds: Path) -> list[Problem]:
    """Each weapon's `sprite`, `sound` or `windup_sound` that names no file the game can load. Read from the YAML as
    written, a weapon with mistakes of its own included: a misspelt picture passed, then crashed the game
    (FileNotFoundError) the first time the weapon fired, and a misspelt sound silenced it without a word."""
    if not isinstance(weapons, dict):
        return []  # told by _section
    problems = []
    heard = sound_names(sounds)
    kinds = (("sprite", sprite_names(sprites), sprites, ".png"), ("sound", heard, sounds, ".wav"),
             ("windup_sound", heard, sounds, ".wav"))
    for weapon, entry in weapons.items():
        for key, known, folder, extension in kinds:
            name = entry.get(key) if isinstance(entry, dict) else None
            if not isinstance(name, str) or not name or name in known:
                continue  # not text: build told it; "" is the default (the player's bolt, or silence)
            if name.lower().endswith(extension) and name[:-len(extension)] in known:
                hint = f'write "{name[:-len(extension)]}": the game adds "{extension}"'
            elif known:
                hint = suggest(name, known)
            else:
                hint = f"{_shown(folder)} holds no {extension} file"
            problems.append(Problem(file, f"weapons.{weapon}.{key}", f'the name of a {extension} file in '
                                    f'{_shown(folder)} (without "{extension}")', quote(name), hint))
    return problems


def _picture_problems(units: object, file: str, sprites: Path) -> list[Problem]:
    """Each unit with no picture named after it, which is how the renderer draws a machine (`dis` as dis.png): a new
    enemy added to units.yaml alone passed `main.py check`, then crashed the game (FileNotFoundError) on the first
    frame it was on screen. Its other pictures (wreck, disabled, V-MAX...) are drawn only when there."""
    if not isinstance(units, dict):
        return []  # told by _section
    drawn = sprite_names(sprites)
    return [Problem(file, f"units.{kind}", f"its picture, {_shown(sprites)}/{kind}.png (a machine is drawn as the "
                    "picture named after it)", "no such file", "tools/art/outputs.py draws each machine's picture "
                    "and `make art` writes them: add one there")
            for kind in units if str(kind) not in drawn]


def _shown(folder: Path) -> str:
    """A folder as a message names it: from the game's own folder when it is in it (assets/sprites)."""
    try:
        return Path(folder).resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(folder)
