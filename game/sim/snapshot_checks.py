"""The checks a snapshot must pass to be restored: each refuses one that does not hold together, in one line.

Its outline (a part missing or of another kind), its origin (another format, map version or difficulty), its ids (two
entities under one id, one past last_id) and, once restored, its meaning: the names the rules look up, the numbers
they divide by or index with, and no number the rules never make (LIMITS). Each value's type is checked in
snapshot.py, as it is read back.
"""
from game.content.advisor import message_speaker
from game.content.schema import describe, too_long_to_print
from game.sim import components as parts
from game.sim.damage import DIFFICULTIES
from game.sim.resources import STEP, hold_ticks, objectives_open
from game.sim.shots import all_shots
from game.sim.spawn import ENEMY_FACTION, PLAYER_FACTION
from game.sim.systems.disabling import POD_TIME
from game.sim.systems.flight import DEFLECT_CLEARANCE
from game.sim.systems.heat import OVERHEAT

FORMAT = 3  # of the snapshots this game writes (snapshot.py) and reads: another is refused


class SnapshotError(Exception):
    """A snapshot that cannot be restored; the message is one line saying why."""


# What the snapshot holds at its top, in the game's words: one missing, or a list that is not one, is named so, not met
# later as Python's KeyError or TypeError. (difficulty, objectives_held and arrivals may be missing: saves from before
# them.)
OUTLINE = {
    "format": "the format number", "seed": "the level's seed", "level_hash": "the map's hash",
    "tick": "the tick", "rng": "the random generator's state, a list", "player": "the player's entity",
    "outcome": 'null, "won" or "lost"', "outcome_reason": "a string", "tally": "the fields of Tally",
    "fouron": "the fields of Fouron", "advice": "the fields of Advice, or null", "voice": "the fields of Voice",
    "comms": "a list of comms lines", "triggers": "a list, one per trigger",
    "objectives_reached": "a list, one per objective", "objectives_held": "a list, one per objective",
    "arrivals": "a list of [enemy spawn's id, ticks] still to arrive",
    "gates": "a list of [shut, worked], one per gate",
    "shots": "a list of the shots in flight", "shots_fired": "a whole number", "last_id": "a whole number",
    "entities": "a list of [entity, its components] pairs",
}
OPTIONAL = ("difficulty", "objectives_held", "arrivals", "gates")


def check_outline(data) -> None:
    """`data` is a mapping holding each of OUTLINE's keys (but those OPTIONAL), its lists lists."""
    if not isinstance(data, dict):
        raise SnapshotError(f"expected the snapshot's fields, found {shown(data)}")
    for key, wanted in OUTLINE.items():
        if key not in data and key not in OPTIONAL:
            raise SnapshotError(f"{key}: expected {wanted}, found none")
        if key in data and wanted.startswith("a list") and not isinstance(data[key], list):
            raise SnapshotError(f"{key}: expected {wanted}, found {shown(data[key])}")


def shown(value) -> str:
    """A value found, as a message shows it: its repr, or its kind where that would be too long."""
    return describe(value) if too_long_to_print(value) else repr(value)[:120]


def check_origin(data: dict, level) -> str:
    """The snapshot was made by this version of the game, on this version of the map, at a difficulty the game has;
    returns that difficulty."""
    if data["format"] != FORMAT:
        raise SnapshotError(f"made by another Blue Comet (format {data['format']}; this game reads {FORMAT})")
    if data["level_hash"] != level.content_hash:
        raise SnapshotError(f"made on another version of {level.path} (level hash {data['level_hash']}; "
                            f"the map is now {level.content_hash})")
    difficulty = data.get("difficulty", "normal")  # saved before there were difficulties: Normal
    if difficulty not in DIFFICULTIES:
        raise SnapshotError(f"difficulty: expected {', '.join(DIFFICULTIES)}, found {repr(difficulty)[:40]}")
    return difficulty


def check_ids(entities: list[int], last_id: int) -> None:
    """Each machine, pod and effect under an id of its own, below the next one to be given out: two under one id
    would share esper's tables (a KeyError in play), an id past last_id would be given out again to a new entity,
    and last_id is held to LARGEST, as every number is (past 2**63 it would not fit the state hash)."""
    if not 0 <= last_id <= LARGEST:
        raise SnapshotError(f"last_id: expected a whole number from 0 to {LARGEST:g}, found {last_id}")
    given: dict[int, bool] = {}  # the rules build no sets
    for entity in entities:
        if not 1 <= entity <= last_id or entity in given:
            found = "one given twice" if entity in given else entity
            raise SnapshotError(f"entity {entity}: expected an id from 1 to last_id ({last_id}), each once, "
                                f"found {found}")
        given[entity] = True


def check_meaning(game, catalog) -> None:
    """What the types cannot say: the names the rules look up and the numbers they divide by or index with. A save
    edited by hand that passes its types is still refused here, not played until a line or a patrol breaks. The
    checks run in this order, so a save with several mistakes is refused for the same one each time."""
    _check_tick(game.res)
    _check_player(game)
    _check_limits(game)
    _check_machines(game, catalog)
    _check_holds(game.res)
    _check_shot_ids(game.res)
    _check_trigger_count(game.res)
    _check_voice(game.res.voice, catalog.advisor.voices)
    _check_messages(game.res)
    _check_machines_on_the_map(game)
    _check_patrol_points(game.world)


def _check_tick(res) -> None:
    if not 0 <= res.clock.tick <= LARGEST:  # 193 days of play; past 6e10 the lines' times passed what is read back
        raise SnapshotError(f"tick: expected a whole number from 0 to {LARGEST:g}, found {res.clock.tick}"[:200])


def _check_player(game) -> None:
    res = game.res
    if not game.world.has(res.player, parts.Player):  # a save is made only while the Layzner fights
        raise SnapshotError(f"player: expected the id of the entity with the Player component, found {res.player}")


def _check_holds(res) -> None:
    """Each objective's hold under way no longer than the hold itself; none reached or held while closed (its
    `after` not reached), which the rules never make."""
    opened = objectives_open(res.level, res.objectives_reached)
    for index, (objective, held) in enumerate(zip(res.level.objectives, res.objectives_held)):
        if not 0 <= held <= hold_ticks(objective):  # past it, a hold is done the tick the player steps in
            raise SnapshotError(f"objectives_held[{index}]: expected 0 to {hold_ticks(objective)} (ticks of its hold), "
                                f"found {held}")
        if not opened[index] and (held or res.objectives_reached[index]):
            name, expected, found = (("objectives_reached", "false", "true") if res.objectives_reached[index]
                                     else ("objectives_held", 0, held))
            raise SnapshotError(f"{name}[{index}]: expected {expected} while objective {objective.object_id} is closed "
                                f"(objective {objective.after}, which it comes after, not reached), found {found}")


def _check_shot_ids(res) -> None:
    """The shots in flight each under an id of its own, none past the count of shots fired."""
    ids = sorted(shot.id for shot in all_shots(res))
    if ids and ids[-1] > res.shots_fired:  # the next shot would take an id in flight
        raise SnapshotError(f"shots_fired: expected at least the highest shot id in flight ({ids[-1]}), "
                            f"found {res.shots_fired}")
    repeated = next((a for a, b in zip(ids, ids[1:]) if a == b), None)
    if repeated is not None:  # ties between shots are broken by id
        raise SnapshotError(f"shots: expected each id once, found {repeated} twice")


def _check_trigger_count(res) -> None:
    if len(res.triggers) != len(res.level.triggers):
        raise SnapshotError(f"triggers: expected one per trigger ({len(res.level.triggers)}), "
                            f"found {len(res.triggers)}")


def _check_voice(voice, voices: dict) -> None:
    """The voices' records name situations of advisor.yaml, and each line waiting to be said is whole."""
    for where, keys in (("voice.spoke_at", voice.spoke_at), ("voice.said", voice.said),
                        ("voice.heard_at", voice.heard_at), ("voice.waiting", _waiting_situations(voice.waiting))):
        for key in keys:
            _check_situation(where, key, voices)
    for line in voice.waiting:
        if not _is_waiting_line(line):
            raise SnapshotError(f"voice.waiting: expected [situation, values, time] entries, found {line!r}"[:200])
    speaker, _, name = voice.holder.partition(".")
    if voice.holder and not (name == "message" and speaker in voices):  # or a level's message, in either voice
        _check_situation("voice.holder", voice.holder, voices)
    for name in voice.asked:
        if name not in voices["rei"]:
            raise SnapshotError(f"voice.asked: expected one of Rei's situations, found {name!r}")


def _check_messages(res) -> None:
    """Each level message waiting its turn is, once, a message of this map's triggers in a cockpit voice ("Rei: ...",
    the only ones that wait): it is looked up by its trigger's id, and said in that voice."""
    ids = [trigger.object_id for trigger in res.level.triggers if trigger.action == "message"
           and message_speaker(trigger.text)[0] in res.catalog.advisor.voices]
    for index, object_id in enumerate(res.voice.messages):
        if type(object_id) is not int or object_id not in ids or object_id in res.voice.messages[:index]:
            raise SnapshotError(f"voice.messages: expected the ids of this map's triggers of messages in a cockpit "
                                f"voice, each once, found {object_id!r}"[:200])
    if len(res.voice.messages_at) != len(res.voice.messages) or any(
            type(at) not in (int, float) or not 0 <= at <= res.clock.seconds for at in res.voice.messages_at):
        raise SnapshotError(f"voice.messages_at: expected the time each message waiting began to wait, one for each, "
                            f"found {res.voice.messages_at!r}"[:200])
    if res.voice.message not in (0, *ids):  # the message said last, said again if a warning cuts into it
        raise SnapshotError(f"voice.message: expected 0 or the id of one of this map's triggers of messages in a "
                            f"cockpit voice, found {res.voice.message!r}"[:200])


def _waiting_situations(waiting: list) -> list:
    """The situation of each line waiting (a line that is no list, or an empty one, stands for itself: it fails)."""
    return [line[0] if isinstance(line, list) and line else line for line in waiting]


def _check_situation(where: str, key, voices: dict) -> None:
    speaker, _, name = str(key).partition(".")
    if name not in voices.get(speaker, {}):
        raise SnapshotError(f"{where}: expected a speaker.situation of advisor.yaml, found {key!r}")


def _is_waiting_line(line) -> bool:
    """[situation, values, time]: the time as any other number, so NaN fails the range (it would never go stale)."""
    if not (isinstance(line, list) and len(line) == 3 and isinstance(line[1], dict)):
        return False
    time = line[2]
    return isinstance(time, (int, float)) and not isinstance(time, bool) and 0 <= time <= LARGEST


def _check_machines_on_the_map(game) -> None:
    """Machines stay on the map; pods (no Unit) fly off it."""
    width, height = game.res.level.pixel_size
    for entity, (pos, _) in game.world.query(parts.Position, parts.Unit):
        if not (0 <= pos.x <= width and 0 <= pos.y <= height):
            raise SnapshotError(f"entity {entity}, Position: expected a machine on the map (0 to {width} x 0 to "
                                f"{height} px), found one at ({pos.x:g}, {pos.y:g})")


def _check_patrol_points(world) -> None:
    """A brain with a patrol heads for one of its points (one with none may hold any waypoint: it is never read)."""
    for entity, (brain,) in world.query(parts.Brain):
        if brain.patrol and not 0 <= brain.waypoint < len(brain.patrol):
            raise SnapshotError(f"entity {entity}, Brain.waypoint: expected 0 to {len(brain.patrol) - 1} (a point of "
                                f"its patrol), found {brain.waypoint}")


# Components a machine has only when its unit's entry in units.yaml has the numbers for them (spawn._machine): the
# rules look those numbers up each tick.
GIVEN_BY_SPEC = {"Knuckle": "knuckle", "Dash": "dash", "Launcher": "missiles", "Heat": "heat", "Vmax": "vmax",
                 "Parts": "parts", "Brain": "ai"}


def _check_machines(game, catalog) -> None:
    """Each machine as its unit makes it: the player the catalog's player unit, no machine a component its unit's
    entry has no numbers for (a brain for a unit with no AI), its gun the unit's weapon, charged no further than that
    winds up. A save edited into a Dis flying as the player, or a Layzner given a brain, passes every type and range,
    and would fail mid-fight, the save already used up."""
    world, res = game.world, game.res
    player = world.try_get(res.player, parts.Unit)
    if player is None or player.kind != catalog.player:
        raise SnapshotError(f"entity {res.player}, Unit: expected the player's unit, kind {catalog.player!r}, found "
                            + ("none" if player is None else f"kind {player.kind!r}"))
    for entity, (unit,) in world.query(parts.Unit):
        spec = catalog.units[unit.kind]
        _check_parts_given_by_spec(world, entity, unit, spec)
        gun = world.try_get(entity, parts.Gun)
        if gun is not None:
            _check_gun(entity, gun, unit, spec, catalog)


def _check_parts_given_by_spec(world, entity, unit, spec) -> None:
    """No component the unit's entry in units.yaml has no numbers for (GIVEN_BY_SPEC)."""
    for part in world.components(entity):
        name = type(part).__name__
        if name in GIVEN_BY_SPEC and not getattr(spec, GIVEN_BY_SPEC[name]):  # None, or no knuckle: ""
            raise SnapshotError(f"entity {entity}, {name}: expected none on a {unit.kind!r}, whose entry in "
                                f"units.yaml has no {GIVEN_BY_SPEC[name]}, found one")


def _check_gun(entity, gun, unit, spec, catalog) -> None:
    """The unit's own weapon, charged no further than it winds up."""
    if gun.weapon != spec.weapon:
        raise SnapshotError(f"entity {entity}, Gun.weapon: expected {spec.weapon!r}, the weapon of a "
                            f"{unit.kind!r}, found {gun.weapon!r}")
    if gun.charge > catalog.weapons[gun.weapon].windup:
        raise SnapshotError(f"entity {entity}, Gun.charge: expected a number from 0 to the windup of "
                            f"{gun.weapon!r} ({catalog.weapons[gun.weapon].windup:g} s), found {gun.charge!r}")


class OneOf(tuple):
    """In LIMITS, the only values a field ever takes (a plain pair there is a range)."""


ABOVE_0 = "above 0"  # a lowest bound that 0 itself fails
# What the rules keep each field within, by class and field: (lowest, highest), the lowest a number or ABOVE_0, the
# highest a number, None (none but the type's: LARGEST) or the name of a bound (the record's own field of that name,
# else one of this game's: _named_bounds); or OneOf the values it takes. A save edited by hand into numbers the rules
# never make is refused here: a negative radius, 7 times a full V-MAX meter, more hit points than the most; a radius of
# 1e5 px took 87 s a tick, and one of 5e8 never ended its first (the cells it covers are walked). Every comparison is
# written so that NaN fails it.
# Angles, velocities, intents and the AI's timers are left to their types (±LARGEST): the rules turn, clamp or count
# them down, and play on from any of them (a test plays on from each at ±LARGEST).
LIMITS = {
    "Body": {"radius": (ABOVE_0, "the widest unit's radius in units.yaml")},  # a Body is only ever a unit's
    "Health": {"max_hit_points": (ABOVE_0, None), "hit_points": (ABOVE_0, "max_hit_points")},  # wrecks go at once
    "Unit": {"faction": OneOf((PLAYER_FACTION, ENEMY_FACTION))},
    "Gun": {"cooldown": (0, None), "charge": (0, None)},
    "Knuckle": {"cooldown": (0, None)},
    "Launcher": {"ammo": (0, None), "cooldown": (0, None), "target": (0, "last_id"), "lock": (0, None)},
    "Heat": {"value": (0, OVERHEAT), "since_gain": (0, None)},
    "Vmax": {"meter": (0, 1), "active_left": (0, None), "cooldown": (0, None)},
    "Dash": {"time_left": (-STEP, None),  # counted down a tick at a time: the last count may end below 0
             "cooldown": (0, None), "direction_x": (-1, 1), "direction_y": (-1, 1), "invulnerable_left": (0, None)},
    "Brain": {"state": OneOf(("patrol", "alert", "engage", "search", "return", "hold")),
              "step": OneOf((1, -1)),  # the way along the patrol: any other step walks off its end
              "strafe": OneOf((1, -1)), "thought_at": (0, "the tick"), "shot_by": (0, "last_id")},
    "Parts": {"weapon": (0, None), "legs": (0, None)},
    "Disabled": {"part": OneOf(("weapon", "legs"))},
    "Pod": {"time_left": (ABOVE_0, POD_TIME)},
    # A shot at the map's edge has hit its wall, and is gone; one a barrier turned back there may be set just off it.
    "Shot": {"faction": OneOf((PLAYER_FACTION, ENEMY_FACTION)), "x": (-DEFLECT_CLEARANCE, "just past the map's width"),
             "y": (-DEFLECT_CLEARANCE, "just past the map's height"), "damage": (0, None),
             "range_left": (ABOVE_0, None), "radius": (0, None), "knockback": (0, None)},
    "Homing": {"target": (0, "last_id"), "fuel": (ABOVE_0, None), "hit_points": (ABOVE_0, None),
               "turn_rate": (0, None)},
    "Tally": {"destroyed": (0, None), "spared": (0, None), "takeovers": (0, None), "fouron_kills": (0, None)},
    "Fouron": {"resist": (0, 1), "calm": (0, None), "rearm": (0, None), "move_x": (-1, 1), "move_y": (-1, 1),
               "seized_for": (0, None)},
    "Advice": {"target": (0, "last_id"), "threat_share": (0, 1), "seconds_to_kill": (0, None)},
    "Voice": {"busy_until": (0, None), "typed_until": (0, None), "read_until": (0, None), "speaking": (-1, None),
              "heat": (0, OVERHEAT), "armour": (0, 1), "engaged": (0, None), "advised": (0, "last_id"),
              "message_at": (0, None), "message_from": (0, None)},
    "TriggerState": {"fired": (0, None)},
}


def _check_limits(game) -> None:
    """Every field LIMITS names, in every entity's components, shot and record of the game's, within its limits (a
    record that is None, no advice or a bolt's missile, has none)."""
    bounds = _named_bounds(game)
    for where, record in _records(game):
        for name, limit in LIMITS.get(type(record).__name__, {}).items():
            if isinstance(limit, OneOf):
                _check_one_of(f"{where}.{name}", getattr(record, name), limit)
            else:
                _check_range(f"{where}.{name}", getattr(record, name), limit, record, bounds)


def _records(game) -> list[tuple[str, object]]:
    """(where, record) for every record LIMITS may name: each entity's components, the game's records and triggers,
    each shot and its missile (None for a bolt)."""
    res, world = game.res, game.world
    records = [(f"entity {entity}, {type(part).__name__}", part)
               for entity in world.entities() for part in world.components(entity)]
    records += [(name, getattr(res, name)) for name in ("tally", "fouron", "advice", "voice")]
    records += [(f"triggers[{index}]", state) for index, state in enumerate(res.triggers)]
    for shot in all_shots(res):
        records += [(f"shot {shot.id}", shot), (f"shot {shot.id}, missile", shot.missile)]
    return records


def _check_one_of(where: str, value, limit: OneOf) -> None:
    if value not in limit:
        shown = [repr(choice) for choice in limit]
        raise SnapshotError(f"{where}: expected {', '.join(shown[:-1])} or {shown[-1]}, found {value!r}"[:200])


def _check_range(where: str, value, limit: tuple, record, bounds: dict) -> None:
    """`value` within LIMITS' (lowest, highest): written so that NaN fails it."""
    low, high = limit
    floor = 0 if low is ABOVE_0 else _bound(low, record, bounds)
    ceiling = LARGEST if high is None else _bound(high, record, bounds)
    if not ((value > floor if low is ABOVE_0 else value >= floor) and value <= ceiling):
        raise SnapshotError(f"{where}: expected {_range(low, high, ceiling)}, found {value!r}"[:200])


def _bound(bound, record, bounds: dict):
    """A bound of LIMITS as a number: a name is the record's own field of that name, else one of `bounds`."""
    if not isinstance(bound, str):
        return bound
    return getattr(record, bound) if hasattr(record, bound) else bounds[bound]


def _named_bounds(game) -> dict:
    """The bounds LIMITS names that are this game's."""
    width, height = game.res.level.pixel_size
    widest = max(unit.radius for unit in game.res.catalog.units.values())
    past = DEFLECT_CLEARANCE  # a shot a barrier turned back at the map's edge (LIMITS)
    return {"the tick": game.res.clock.tick, "last_id": game.world.last_id, "just past the map's width": width + past,
            "just past the map's height": height + past, "the widest unit's radius in units.yaml": widest}


def _range(low, high, ceiling) -> str:
    """A LIMITS range in words: "0 or more", "a number above 0", "a number from 0 to max_hit_points (240)"."""
    if high is None:
        return "a number above 0" if low is ABOVE_0 else f"{low:g} or more"
    top = f"{high:g}" if isinstance(high, (int, float)) else f"{high} ({ceiling:g})"
    return f"a number above 0, at most {top}" if low is ABOVE_0 else f"a number from {low:.4g} to {top}"


LARGEST = 1e9  # no number of a game in play comes near it (nor of a replay); far larger ones overflow when squared
