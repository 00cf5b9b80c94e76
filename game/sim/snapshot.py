"""Snapshots: the whole simulation state as plain JSON-able data, and a Game rebuilt from it, tick-exact.

Everything the rules depend on is here (entities with their ids, the clock, the generator's state, trigger
and objective progress, the difficulty: Normal in a snapshot from before there were difficulties); a game restored
from a snapshot plays the following ticks exactly as the game it was taken from. The level and catalog are not
stored, only the level's content hash, so a snapshot taken on another version of the map is refused; so is one
edited by hand that does not hold together (two entities under one id, an id past last_id, names or numbers the
rules cannot use, numbers the rules never make: LIMITS). Each value is checked against its type here as it is read
back; the checks of the whole (snapshot_checks.py) refuse the rest.
"""
import dataclasses
import typing

from game.content.errors import one_line
from game.sim import components as parts
from game.sim.game import Game
from game.sim.resources import Advice, Clock, Fouron, GateState, Tally, TriggerState, Voice
from game.sim.shots import Homing, Shot, all_shots
from game.sim.snapshot_checks import (FORMAT, LARGEST, OUTLINE, SnapshotError, check_ids, check_meaning, check_origin,
                                      check_outline, shown)
from game.sim.systems.reinforcements import ARRIVAL_TICKS
from game.sim.systems.vmax import can_start

COMPONENTS = {cls.__name__: cls for cls in vars(parts).values()
              if isinstance(cls, type) and dataclasses.is_dataclass(cls) and cls.__module__ == parts.__name__}


def snapshot(game) -> dict:
    """The whole simulation state as plain data (JSON-ready): `restore` makes the same Game from it, tick-exact."""
    res, world = game.res, game.world
    version, words, gauss = res.rng.getstate()
    return {
        "format": FORMAT,
        "seed": game.seed,
        "level_hash": res.level.content_hash,
        "tick": res.clock.tick,
        "rng": [version, list(words), gauss],
        "player": res.player,
        "outcome": res.outcome,
        "outcome_reason": res.outcome_reason,
        "tally": dataclasses.asdict(res.tally),
        "fouron": dataclasses.asdict(res.fouron),
        "advice": None if res.advice is None else dataclasses.asdict(res.advice),
        "voice": {**dataclasses.asdict(res.voice), "taught": list(res.voice.taught)},  # a tuple is saved as a list
        "comms": [list(line) for line in res.comms],
        "triggers": [[state.inside, state.fired] for state in res.triggers],
        # which objectives are open is made from these (resources.objectives_open): a save has no field of it, so
        # one resumes with the same open, and one from before `after` resumes as it was
        "objectives_reached": list(res.objectives_reached),
        "objectives_held": list(res.objectives_held),
        "arrivals": [list(entry) for entry in res.arrivals],
        "gates": [[state.shut, state.worked] for state in res.gates],
        "difficulty": res.difficulty,
        "shots": [dataclasses.asdict(shot) for shot in all_shots(res)],
        "shots_fired": res.shots_fired,
        "last_id": world.last_id,
        "entities": [[entity, {type(c).__name__: _encode(c) for c in world.components(entity)}]
                     for entity in world.entities()],
    }


def restore(level, catalog, data: dict):
    """A Game in exactly the state `data` describes, on `level` (which must be the same map version)."""
    game, part = None, "the snapshot"  # the part being restored, named when it breaks in a way no check foresaw
    try:
        check_outline(data)
        difficulty = check_origin(data, level)
        game = Game(level, catalog, _typed(int, data["seed"], "seed"), populate=False, difficulty=difficulty)
        part = "rng"
        _restore_clock_rng_and_player(game.res, data)
        part = "outcome"
        _restore_outcome(game.res, data)
        part = "tally, fouron, advice, voice and comms"
        _restore_records(game.res, data)
        part = "shots"
        _restore_shots(game.res, data, catalog)
        part = "triggers and objectives"
        _restore_progress(game.res, data, level)
        part = "entities"
        _restore_entities(game.world, data, catalog)
        check_meaning(game, catalog)
        _restore_readiness(game, data)
        restored, game = game, None  # the caller's now
        return restored
    except SnapshotError:
        raise
    except (KeyError, TypeError, ValueError, IndexError, AttributeError, OverflowError, RecursionError) as error:
        raise SnapshotError(f"{part}: expected values this game can restore, found {_damage(error)}") from None
    finally:
        if game is not None:  # refused part way: its esper world must not outlive the refusal
            game.close()


def _damage(error: Exception) -> str:
    """What a restore that broke where no check foresaw found, in a player's words (never Python's)."""
    if isinstance(error, KeyError):
        return f"no {one_line(repr(error.args[0]), 60)}" if error.args else "a value missing"
    if isinstance(error, IndexError):
        return "a list too short"
    if isinstance(error, OverflowError):
        return "a number too large"
    if isinstance(error, RecursionError):
        return "lists nested too deep"
    return "a value of another kind"


def _restore_clock_rng_and_player(res, data: dict) -> None:
    """The generator's state, the tick and which entity the player flies."""
    rng = data["rng"]
    if not isinstance(rng, list) or len(rng) != 3 or not isinstance(rng[1], list):  # a number: no len()
        raise SnapshotError(f"rng: expected [version, [state words], spare normal], found {shown(rng)}"[:200])
    gauss = data["rng"][2]  # random's spare normal: None, or a number it drew (NaN would be its next draw)
    gauss = gauss if gauss is None else _typed(float, gauss, "rng")
    try:
        res.rng.setstate((data["rng"][0], tuple(data["rng"][1]), gauss))
    except (TypeError, ValueError, OverflowError):  # random's own words: "state vector is the wrong size"
        raise SnapshotError("rng: expected the random generator's state as this game saves it, found another") \
            from None
    res.clock = Clock(_typed(int, data["tick"], "tick"))
    res.player = _typed(int, data["player"], "player")


def _restore_outcome(res, data: dict) -> None:
    if data["outcome"] not in (None, "won", "lost"):
        raise SnapshotError(f"outcome: expected null, \"won\" or \"lost\", found {data['outcome']!r}")
    res.outcome = data["outcome"]
    res.outcome_reason = _typed(str, data["outcome_reason"], "outcome_reason")


def _restore_records(res, data: dict) -> None:
    """The tally and the advisors' records: Fouron's, Rei's advice, what the voices said and the comms log."""
    res.tally = _decode(Tally, data["tally"], "tally")
    res.fouron = _decode(Fouron, data["fouron"], "fouron")
    res.advice = None if data["advice"] is None else _decode(Advice, data["advice"], "advice")
    voice = data["voice"]
    if isinstance(voice, dict):  # saved when Rei kept her own "V-MAX ready" (the machine's Vmax.ready now)
        voice = {name: value for name, value in voice.items() if name != "vmax_ready"}
    res.voice = _decode(Voice, voice, "voice")
    if isinstance(voice, dict) and "messages_at" not in voice:  # saved before: the messages waiting wait from now
        res.voice.messages_at = [res.clock.seconds] * len(res.voice.messages)
    res.comms = [_typed(tuple[float, str, str], line, "comms") for line in data["comms"]]


def _restore_shots(res, data: dict, catalog) -> None:
    """The shots in flight, bolts and missiles each where the rules keep them, and the count of shots fired."""
    for shot in (_shot(fields, catalog) for fields in data["shots"]):
        if shot.missile is None:
            res.bolts.add(shot)
        else:
            res.missiles.append(shot)
    res.shots_fired = _typed(int, data["shots_fired"], "shots_fired")
    # The next shot's id: past 2**63 it would not fit the bolts' id column (its floor: the ids in flight, below).
    if res.shots_fired > LARGEST:
        raise SnapshotError(f"shots_fired: expected a whole number up to {LARGEST:g}, found {res.shots_fired}"[:200])


def _restore_progress(res, data: dict, level) -> None:
    """The triggers' states and the objectives reached and held, one per objective of the map."""
    res.triggers = [TriggerState(*_typed(tuple[bool, int], state, "triggers")) for state in data["triggers"]]
    res.objectives_reached = [_typed(bool, done, "objectives_reached") for done in data["objectives_reached"]]
    if "objectives_held" in data:  # saved before holds were kept: none was under way
        res.objectives_held = [_typed(int, ticks, "objectives_held") for ticks in data["objectives_held"]]
    for name in ("objectives_reached", "objectives_held"):
        if len(getattr(res, name)) != len(level.objectives):
            raise SnapshotError(f"{name}: expected one per objective ({len(level.objectives)}), "
                                f"found {len(getattr(res, name))}")
    _restore_arrivals(res, data, level)
    _restore_gates(res, data, level)


def _restore_gates(res, data: dict, level) -> None:
    """How each gate stands: [shut, worked], one per gate of the map. A save from before gates has none, and was made
    on a map without them (a map with them hashes otherwise)."""
    res.gates = [GateState(*_typed(tuple[bool, bool], state, "gates")) for state in data.get("gates", [])]
    if len(res.gates) != len(level.gates):
        raise SnapshotError(f"gates: expected one per gate ({len(level.gates)}), found {len(res.gates)}")
    for index, (gate, state) in enumerate(zip(level.gates, res.gates)):
        if state.shut != gate.starts_shut and not state.worked:  # the rules move a gate only once it is worked
            at_start, found = ("shut", "open") if gate.starts_shut else ("open", "shut")
            raise SnapshotError(f"gates[{index}]: expected gate {gate.object_id} {at_start} until what works it "
                                f"fires, found it {found}")


def _restore_arrivals(res, data: dict, level) -> None:
    """The reinforcements still to come: [spawn's object id, ticks], -1 while waiting for what brings it, else the
    ticks of its warning left; those of level.arrivals placed on its difficulty, in file order, each once. A save from
    before them has none to keep, and was made on a map without them (a map with them hashes otherwise)."""
    if "arrivals" not in data:
        res.arrivals = []
        if level.arrivals:
            raise SnapshotError(f"arrivals: expected {OUTLINE['arrivals']} on a map with reinforcements, found none")
        return
    res.arrivals = [list(_typed(tuple[int, int], entry, "arrivals")) for entry in data["arrivals"]]
    order = {spawn.object_id: index for index, spawn in enumerate(level.arrivals_on(res.difficulty))}
    last = -1
    for spawn_id, ticks in res.arrivals:
        if order.get(spawn_id, -1) <= last or not -1 <= ticks <= ARRIVAL_TICKS:
            ids = [str(s) for s in order]  # the first few: a map with many would push what was found off the line
            named = ", ".join(ids[:4]) + (f", ... ({len(ids)} in all)" if len(ids) > 4 else "") if ids else "none"
            raise SnapshotError(f"arrivals: expected the ids of the map's enemy spawns with arrives ({named}), each "
                                f"once in that order, with -1 to {ARRIVAL_TICKS} ticks, found "
                                f"{shown([spawn_id, ticks])}"[:200])
        last = order[spawn_id]


def _restore_entities(world, data: dict, catalog) -> None:
    """Every entity under its own id with its components, and the last id given out."""
    for entry in data["entities"]:
        if not (isinstance(entry, list) and len(entry) == 2 and isinstance(entry[1], dict)):
            raise SnapshotError(f"entities: expected [entity, {{component: fields}}] pairs, found {shown(entry)}"
                                [:200])
    entities = [(_typed(int, entity, "entities"), [_component(entity, name, fields, catalog)
                                                    for name, fields in found.items()])
                for entity, found in data["entities"]]
    last_id = _typed(int, data["last_id"], "last_id")
    check_ids([entity for entity, _ in entities], last_id)
    world.restore(entities, last_id)


def _restore_readiness(game, data: dict) -> None:
    """A save from before machines kept whether V-MAX was ready (Vmax.ready, which the chime turns on): as it was at
    the end of the tick saved, which is what the state itself says, so resuming it chimes for no V-MAX ready already."""
    for entity, found in data["entities"]:
        if "Vmax" in found and "ready" not in found["Vmax"]:
            game.world.get(entity, parts.Vmax).ready = can_start(game.world, game.res, entity)


def _shot(fields: dict, catalog) -> Shot:
    where = f"shot {fields.get('id')!r}" if isinstance(fields, dict) else "a shot"
    shot = _decode(Shot, fields, where)  # its missile, if any, still as saved: a dict
    for name in ("id", "owner"):  # a bolt's go in an array of 64-bit whole numbers: far larger ones do not fit
        if not 0 <= getattr(shot, name) <= LARGEST:
            raise SnapshotError(f"{where}.{name}: expected a whole number from 0 to {LARGEST:g}, "
                                f"found {shown(getattr(shot, name))}"[:200])
    if shot.missile is not None:
        shot.missile = _decode(Homing, shot.missile, f"{where}, missile")
    if shot.weapon not in catalog.weapons and (shot.missile is None or shot.weapon != "missile"):
        raise SnapshotError(f"{where}: expected a weapon of the catalog, found {shot.weapon!r}")
    return shot


# Components naming catalog entries: (component, field) → which of the catalog's tables must know the name.
CATALOG_NAMES = {("Unit", "kind"): "units", ("Gun", "weapon"): "weapons", ("Knuckle", "weapon"): "weapons"}


def _component(entity, name: str, fields: dict, catalog):
    where = f"entity {entity}, {name}"
    if name not in COMPONENTS:
        raise SnapshotError(f"entity {entity}: expected a component of this game, found {name!r}")
    component = _decode(COMPONENTS[name], fields, where)
    for (kind, field), table in CATALOG_NAMES.items():
        if kind == name and getattr(component, field) not in getattr(catalog, table):
            raise SnapshotError(f"{where}.{field}: expected one of the catalog's {table}, "
                                f"found {getattr(component, field)!r}")
    return component


def _encode(component) -> dict:
    return {field.name: _plain(getattr(component, field.name)) for field in dataclasses.fields(component)}


def _plain(value):
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):  # int keys (entity ids) do not survive JSON as keys: store pairs
        return [[k, _plain(v)] for k, v in value.items()]
    return value


def _decode(cls, fields: dict, where: str):
    """An instance of the dataclass `cls` from its saved fields, each checked against its type hint: a save edited
    by hand or damaged is refused in one line naming the place, not played until something breaks."""
    if not isinstance(fields, dict):
        raise SnapshotError(f"{where}: expected the fields of {cls.__name__}, found {fields!r}"[:200])
    hints = typing.get_type_hints(cls)
    _check_field_names(cls, fields, hints, where)
    return cls(**{name: _typed(hints[name], value, f"{where}.{name}") for name, value in fields.items()})


def _check_field_names(cls, fields: dict, hints: dict, where: str) -> None:
    """No field the dataclass `cls` lacks, and none missing that it has no default for."""
    unknown = [name for name in fields if name not in hints]
    if unknown:
        raise SnapshotError(f"{where}: expected the fields of {cls.__name__}, found {unknown[0]!r}")
    missing = [field.name for field in dataclasses.fields(cls) if field.name not in fields
               and field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING]
    if missing:
        raise SnapshotError(f"{where}: expected a field {missing[0]!r}, found none")


def _typed(hint, value, where: str):
    """`value` as saved, checked against the type hint `hint` (a tuple or dict of them checked through)."""
    origin = typing.get_origin(hint)
    if origin is tuple:
        return _typed_tuple(hint, value, where)
    if hint is dict or origin is dict:
        return _typed_dict(hint, value, where)
    if hint is float:
        _check_number(value, where)
    if hint in _NAMES and (not isinstance(value, hint) or hint is int and isinstance(value, bool)):  # True is an int
        raise SnapshotError(f"{where}: expected {_NAMES[hint]}, found {value!r}"[:200])
    return value  # JSON keeps 1 and 1.0 apart, so numbers come back exactly as they were


def _typed_tuple(hint, value, where: str) -> tuple:
    """A tuple saved as a list: of any length for tuple[X, ...], else of exactly as many values as the hint has."""
    args = typing.get_args(hint)
    repeated = len(args) == 2 and args[1] is Ellipsis
    if not isinstance(value, list) or (not repeated and len(value) != len(args)):
        wanted = "a list" if repeated else f"a list of {len(args)} values"
        raise SnapshotError(f"{where}: expected {wanted}, found {value!r}"[:200])
    return tuple(_typed(args[0] if repeated else args[i], v, where) for i, v in enumerate(value))


def _typed_dict(hint, value, where: str) -> dict:
    """A component's dict as [key, value] pairs (its keys are entities), else an object."""
    key_hint, value_hint = typing.get_args(hint) or (int, float)
    if isinstance(value, dict):
        pairs = list(value.items())
    elif isinstance(value, list) and all(isinstance(pair, list) and len(pair) == 2 for pair in value):
        pairs = value
    else:
        raise SnapshotError(f"{where}: expected [key, value] pairs, found {value!r}"[:200])
    return {_typed(key_hint, k, where): _typed(value_hint, v, where) for k, v in pairs}


def _check_number(value, where: str) -> None:
    # The range alone: NaN fails it, and isfinite() would raise on a whole number of hundreds of digits.
    if not (isinstance(value, (int, float)) and not isinstance(value, bool) and -LARGEST <= value <= LARGEST):
        raise SnapshotError(f"{where}: expected a number from -1e9 to 1e9, found {shown(value)}"[:200])


_NAMES = {int: "a whole number", str: "a string", bool: "true or false", list: "a list"}
