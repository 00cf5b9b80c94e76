"""The checker's word on gates: each on the map, across a way, and clear of the machines it would shut in (at the
start, or a reinforcement landing later) or that would keep it from shutting; the ways on foot as the player finds
them, through every gate that opens from a place the player can get to; and a gate that shuts with the player on the
far side from what wins the level; a patrol's leg a gate that shuts cuts."""

import dataclasses

from game.content.errors import Problem, named_object, quote
from game.content.level_data import EnemySpawn, Gate, LevelData, Objective, Region, Trigger
from game.content.places import past_edges
from game.content.reach import PROBE, Reach, inside_wall, reach_of
from game.content.tmx_properties import property_where
from game.sim.terrain import circle_in_wall, leg_meets_box

NAMED_AT_MOST = 3  # gates named in one line: more would push the hint off the screen
NOTHING_OPENS = "which nothing the player can reach opens"  # why a gate stays shut, where no one reason can be told
# shut_off's lines by (map file, its content_hash, the player's radius): its flood fills cost a map with a gate that
# shuts ~1.6 ms a start (New York's a quarter of its load), and a restart, the next load or a reload of the same map
# asks again. A few maps' worth: emptied when full.
_SHUT_OFF: dict[tuple[str, str, float], list[Problem]] = {}
SHUT_OFF_KEPT = 16


def gate_problems(level: LevelData, machines: list[tuple[str, str, float, float, float]],
                  landings: list[tuple[str, float, float, float]], radii: dict[str, float]) -> list[Problem]:
    """A gate wholly on the map; one that starts shut clear of every machine there as play starts, and one that shuts
    clear of every reinforcement's spawn (`machines` are (how a message names it, what it is, x, y, radius), and
    `landings` (how a message names it, x, y, radius)): a machine under a shut gate stands inside a wall. One that
    shuts clear of every sentry holding its post (`radii`: each enemy kind's radius), which would keep it open."""
    problems = []
    width, height = level.pixel_size
    for gate in level.gates:
        region = gate.region
        if not _on_map(level, gate):
            problems.append(Problem(level.path, gate.where, f"a gate on the map ({width} x {height} px)",
                                    f"it at {region.shown}, {past_edges(region.box, level.pixel_size)}",
                                    "move it onto the map"))
            continue
        for where, what, x, y, radius in machines if gate.starts_shut else ():
            if _touches(region, x, y, radius):
                problems.append(Problem(level.path, gate.where, f"a gate clear of {what} while it is shut",
                                        f"{what} under it ({where})", "it starts shut, so the machine would start "
                                        "inside a wall: move the gate or the spawn, or make it a gate that shuts"))
        for where, x, y, radius in () if gate.starts_shut else landings:
            if _touches(region, x, y, radius):
                problems.append(Problem(level.path, gate.where, "a gate clear of every reinforcement's spawn",
                                        f"a reinforcement's spawn under it ({where})", "the machine may land after "
                                        "the gate has shut, inside a wall: move the gate or the spawn"))
        for spawn in _standing_in(level, gate, radii):
            if _holds_post_there(spawn):
                problems.append(Problem(level.path, gate.where, "a gate that shuts clear of every sentry holding its "
                                        "post", f"a sentry holding its post under it ({spawn.where})", "the gate "
                                        "waits until no machine stands in it, and the sentry stays: it may never "
                                        "shut; move the gate or the spawn, or untick holds_post"))
    return problems


def gate_warnings(level: LevelData, radii: dict[str, float]) -> list[Problem]:
    """A gate on the map drawn wholly over walls, which does nothing open or shut; and one that shuts over an enemy
    there from the start that may move off (a patroller, or a spawn without holds_post), which may keep it open while
    it lingers (`radii`: each enemy kind's radius)."""
    warnings = []
    for gate in level.gates:
        if not _on_map(level, gate):
            continue  # a problem (gate_problems)
        if all(level.solid[row][column] for column, row in gate.cells(level.tile_width, level.tile_height)):
            warnings.append(Problem(level.path, gate.where, "a gate across a way (over open ground)",
                                    "all its cells solid walls: shut it blocks nothing the walls do not, and opening "
                                    "it opens nothing", "move it onto the way it should shut"))
        for spawn in _standing_in(level, gate, radii):
            if not _holds_post_there(spawn):
                what = "a patroller's spawn" if spawn.patrol else "an enemy spawn"
                warnings.append(Problem(level.path, gate.where, "a gate that shuts clear of the machines there as "
                                        "play starts", f"{what} under it ({spawn.where})", "the gate waits until no "
                                        "machine stands in it, and this one may linger there: move the gate or the "
                                        "spawn"))
        warnings += _patrols_cut(level, gate, radii)
    return warnings


def _patrols_cut(level: LevelData, gate: Gate, radii: dict[str, float]) -> list[Problem]:
    """Each patrol with a leg that the gate, once shut, cuts (the first such leg, for a machine of its kind's radius):
    the machine turns back there and keeps to the legs it can still reach, or waits. Those starting in the gate are
    told already (gate_warnings)."""
    if gate.starts_shut:
        return []
    standing = _standing_in(level, gate, radii)
    switch = next((place for place in (*level.triggers, *level.objectives) if place.object_id == gate.shuts), None)
    shuts_on = named_object(switch.object_id, switch.name) if switch else f"object {gate.shuts}"
    warnings = []
    for spawn in level.enemy_spawns:
        if not spawn.patrol or spawn.kind not in radii or any(spawn is other for other in standing):
            continue
        cut = next(((named_from, named_to) for named_from, named_to, start, end in spawn.legs()
                    if leg_meets_box(*start, *end, gate.region.box, radii[spawn.kind])), None)
        if cut is not None:
            warnings.append(Problem(level.path, property_where(spawn.where, "patrol", spawn.template_of("patrol")),
                                    "a patrol route no gate that shuts cuts",
                                    f"the leg between {cut[0]} and {cut[1]} across gate "
                                    f"{gate_named(gate)}, which shuts on {shuts_on}",
                                    "once it has shut, the machine turns back there and keeps to the legs it can "
                                    "still reach, or waits: move the path's points, or the gate, if it should walk "
                                    "on"))
    return warnings


def _on_map(level: LevelData, gate: Gate) -> bool:
    """Whether the gate lies wholly on the map."""
    width, height = level.pixel_size
    region = gate.region
    return region.x >= 0 and region.y >= 0 and region.x + region.width <= width and region.y + region.height <= height


def _standing_in(level: LevelData, gate: Gate, radii: dict[str, float]) -> list[EnemySpawn]:
    """The enemies there from the start, of a kind in `radii`, whose machines stand in a gate that shuts as play
    starts: it shuts only once none does (work_gates)."""
    return [spawn for spawn in level.enemy_spawns
            if not gate.starts_shut and not spawn.arrives and spawn.kind in radii
            and _touches(gate.region, spawn.x, spawn.y, radii[spawn.kind])]


def _holds_post_there(spawn: EnemySpawn) -> bool:
    """A sentry with no patrol: it stays where it stands (until it sees the player or is shot)."""
    return spawn.holds_post and not spawn.patrol


def _touches(region: Region, x: float, y: float, radius: float) -> bool:
    """Whether a circle reaches into the rectangle."""
    near_x = min(max(x, region.x), region.x + region.width)
    near_y = min(max(y, region.y), region.y + region.height)
    return (x - near_x) ** 2 + (y - near_y) ** 2 < radius * radius


def reach_through_gates(level: LevelData, radius: float) -> tuple[Reach, tuple[bool, ...]]:
    """Where the player can walk (Reach) and which gates stay shut for it: from the gates as they stand at the start,
    each gate that opens from a trigger the player can walk into, or an objective it can reach, opened in turn, until
    no more open. An objective opens its gate only once it is open, so the player must reach it and every one it comes
    after (reached first). A gate that shuts is taken as open, as it starts: the checker does not tell whether the
    player gets through before it shuts."""
    places = {place.object_id: place.region for place in (*level.triggers, *level.objectives)}
    shut = tuple(gate.starts_shut for gate in level.gates)
    while True:
        reach = reach_of(level.with_gates(shut), radius)

        def got_to(place: int) -> bool:
            return place in places and reach.any_inside(places[place])
        opened = tuple(closed and not can_work(level, gate.opens, got_to) for gate, closed in zip(level.gates, shut))
        if opened == shut:
            return reach, shut
        shut = opened


def can_work(level: LevelData, switch: int, got_to) -> bool:
    """Whether the trigger or objective `switch` can fire, the player able to get to the places (by id) `got_to`
    says: a trigger once it is got to; an objective once it is and so is each one it comes after, in turn (closed
    until they are reached, it counts nothing)."""
    after = {objective.object_id: objective.after for objective in level.objectives}
    seen: list[int] = []
    while switch and switch not in seen:  # a ring of afters is the loader's to refuse
        if not got_to(switch):
            return False
        seen.append(switch)
        switch = after.get(switch, 0)
    return bool(seen)


def behind_gates(level: LevelData, radius: float, region: Region, shut: tuple[bool, ...]) -> str:
    """", behind gate N "name", which opens only once ..., and that ..." when the gates still shut are what keep the
    player from the region (with them all open, the way is there): the one gate that does, what opens it and why the
    player cannot get that done; "" when they are not."""
    if True not in shut or not reach_of(level, radius).any_inside(region):
        return ""
    named = _keeping_out(level, radius, region, shut)
    why = _why_shut(level, radius, named[0], region, shut, ()) if len(named) == 1 else NOTHING_OPENS
    return f", behind {_gates(named)}, {why}"


def _gates(gates: list[Gate]) -> str:
    """'gate 3 "east shutter"', or 'gates 3 "east shutter" and 4 "west shutter"'."""
    return ("gate " if len(gates) == 1 else "gates ") + " and ".join(map(gate_named, gates))


def _keeping_out(level: LevelData, radius: float, region: Region, shut: tuple[bool, ...]) -> list[Gate]:
    """The gate still shut that alone keeps the player from the region, else the first few still shut that each would
    keep the player out with every other open (not one on the region's far side), else the first few still shut."""
    gates = [gate for gate, closed in zip(level.gates, shut) if closed]
    alone = [gate for gate in gates if _reach_opening(level, radius, shut, gate).any_inside(region)]
    on_the_way = [gate for gate in gates if not reach_of(level.with_gates(tuple(g is gate for g in level.gates)),
                                                      radius).any_inside(region)]
    return alone[:1] or on_the_way[:NAMED_AT_MOST] or gates[:NAMED_AT_MOST]


def _reach_opening(level: LevelData, radius: float, shut: tuple[bool, ...], gate: Gate) -> Reach:
    """Where the player gets to with `gate` open, the others as `shut` leaves them."""
    return reach_of(level.with_gates(tuple(g is not gate and c for g, c in zip(level.gates, shut))), radius)


def _why_shut(level: LevelData, radius: float, gate: Gate, region: Region, shut: tuple[bool, ...],
              seen: tuple[Gate, ...]) -> str:
    """"which opens only once <its switch> is reached, and that ...": why the player never gets the gate's switch done
    (`region`: what the first gate told keeps the player from, named "this one"): the switch is that, or comes after
    it in the order; it, or one it comes after, lies behind this gate too, behind another gate (told in turn, up to
    NAMED_AT_MOST gates; `seen`, those told before), or where no way on foot leads."""
    places = {place.object_id: place for place in (*level.triggers, *level.objectives)}
    switch = places.get(gate.opens)
    if switch is None:
        return NOTHING_OPENS  # a switch that is not there: told as such (check.py)
    trigger = isinstance(switch, Trigger)
    here = "this one" if switch.region == region else named_object(switch.object_id, switch.name)
    opens = f"which opens only once {here} is {'entered' if trigger else 'reached'}"
    if switch.region == region:
        return opens
    reach = reach_of(level.with_gates(shut), radius)
    chain = [places[place] for place in _done_before(level, switch.object_id) or [switch.object_id]]
    blocker = next((place for place in chain if place.region == region or not reach.any_inside(place.region)), None)
    if blocker is None:
        return NOTHING_OPENS
    if blocker is not switch:
        if blocker.region == region:
            return f"{opens}, and that comes after this one in the order"
        opens += f", and that comes after {named_object(blocker.object_id, blocker.name)}"
    if _reach_opening(level, radius, shut, gate).any_inside(blocker.region):
        return f"{opens}, which lies behind this gate too"
    if not reach_of(level, radius).any_inside(blocker.region):
        return f"{opens}, to which no way on foot leads"
    others = _keeping_out(level, radius, blocker.region, shut)
    if len(others) > 1 or others[0] in seen or len(seen) + 2 > NAMED_AT_MOST:
        return f"{opens}, which lies behind {_gates(others)}"
    return f"{opens}, which lies behind {_gates(others)}, " + _why_shut(level, radius, others[0], region, shut,
                                                                       (*seen, gate))


def gate_named(gate: Gate) -> str:
    """A gate as a message names it after the word "gate": 50 "shutter"."""
    return f"{gate.object_id}" + (f" {quote(gate.name)}" if gate.name else "")


def shut_off(level: LevelData, radius: float, radii: dict[str, float]) -> list[Problem]:
    """A gate that shuts should leave the player a way to what wins the level (each objective, else each enemy at its
    spawn) from every spot in its trigger or objective the player can stand on as it fires: shut with the player on
    the wrong side, the level can no longer be won, and nothing in play says so. A warning, not a problem: the
    checker cannot tell an objective the player always reaches first (but the one that shuts it, and those it comes
    after). Where the player is sure to be on the wrong side, the problem is shut_in's. `radii`: each enemy kind's
    radius."""
    return [line for line, sure in _shut_off_lines(level, radius, radii) if not sure]


def shut_in(level: LevelData, radius: float, radii: dict[str, float]) -> list[Problem]:
    """A gate that shuts, sure to, before the player can be through it (_sure_before), on the side away from what
    wins the level: the level can never be won."""
    return [line for line, sure in _shut_off_lines(level, radius, radii) if sure]


def _shut_off_lines(level: LevelData, radius: float, radii: dict[str, float]) -> list[tuple[Problem, bool]]:
    """shut_off's and shut_in's lines, each with whether it is sure (shut_in's), kept for the map."""
    places = {place.object_id: place for place in (*level.triggers, *level.objectives)}
    if all(gate.shuts not in places for gate in level.gates):
        return []  # no gate shuts: most maps, and nothing to work out
    key = (level.path, level.content_hash, radius, tuple(sorted(radii.items())))
    if key not in _SHUT_OFF:
        if len(_SHUT_OFF) >= SHUT_OFF_KEPT:
            _SHUT_OFF.clear()
        _SHUT_OFF[key] = _shut_off(level, radius, radii, places)
    return list(_SHUT_OFF[key])


def _shut_off(level: LevelData, radius: float, radii: dict[str, float], places: dict) -> list[tuple[Problem, bool]]:
    """_shut_off_lines' lines, worked out: `places` are the triggers and objectives by object id."""
    if inside_wall(level.walls_at_start, *level.player_spawn, radius):
        return []  # reach from a spawn in a wall means nothing (told elsewhere)
    reach, gates_shut = reach_through_gates(level, radius)
    lines = []
    for gate in level.gates:
        switch = places.get(gate.shuts)
        if switch is None:
            continue
        walls = level.with_gates(tuple(closed or other is gate for other, closed in zip(level.gates, gates_shut)))
        spots = [(x, y) for x, y in reach.reached_points(switch.region) if not circle_in_wall(walls, x, y, radius)]
        before = _sure_before(level.with_gates(gates_shut), radius, radii, gate, switch) if spots else ""
        told = None  # one line a gate: the fix is the same for every goal it cuts off; a sure one first
        for goal, start in _goals(level, reach, _done_before(level, gate.shuts)) if spots else ():
            back = Reach(dataclasses.replace(walls, player_spawn=start), radius)  # the ways from it, back to them
            if before and not back.near(*level.player_spawn, radius):
                told = (Problem(level.path, gate.where, f"a gate that, shut, leaves the player a way to {goal}",
                                f"{named_object(switch.object_id, switch.name)} shutting it {before}, with the player "
                                "on the side from which no way leads there", "the level can never be won: move what "
                                "shuts it past the gate, or the gate past it, so it shuts behind the player on the way "
                                "there"), True)
                break
            cut = next(((x, y) for x, y in spots if not back.reached[round(y / PROBE)][round(x / PROBE)]), None)
            if cut is not None and told is None:
                told = (Problem(level.path, gate.where, f"a gate that, shut, leaves the player a way to {goal}",
                                f"{named_object(switch.object_id, switch.name)} shutting it with the player at "
                                f"({cut[0]:g}, {cut[1]:g}), from where no way leads there",
                                "move what shuts it, or the gate, so it shuts behind the player on the way there; if "
                                "the player always gets there first, it traps no one"), False)
                if not before:
                    break  # no sure line to look for past it
        if told is not None:
            lines.append(told)
    return lines


def _sure_before(walls: LevelData, radius: float, radii: dict[str, float], gate: Gate, switch) -> str:
    """How the switch is sure to shut the gate before the player can be through it, or "" when it is not: a trigger,
    or an objective open from the start that needs no hold (either fires the moment the player's centre is in it),
    that holds the player spawn ("as play starts", the player there), or that every way from the spawn to the gate
    crosses (the player, kept out of it, comes no nearer the gate than a step of the flood fill and its radius away:
    so as it fires the player stands clear of the gate, on the spawn's side of it). Not where an enemy there from the
    start stands in the gate or patrols through it: the gate waits for it to pass, and the player may slip through.
    `walls`: the gates as the player finds them, this one open; `radii`: each enemy kind's radius."""
    if isinstance(switch, Objective) and (switch.hold or switch.after):
        return ""  # a hold fires only after a stay, a closed objective only once open: the player may be far off
    margin, box = radius + 2 * PROBE, gate.region
    if any(leg_meets_box(*start, *end, box.box, radii[spawn.kind]) for spawn in walls.enemy_spawns
           if not spawn.arrives and spawn.kind in radii
           for _, _, start, end in spawn.legs() or [("", "", (spawn.x, spawn.y), (spawn.x, spawn.y))]):
        return ""
    if switch.region.contains(*walls.player_spawn):
        return "as play starts (the player spawn is inside it)"
    near = Region("rectangle", box.x - margin, box.y - margin, box.width + 2 * margin, box.height + 2 * margin)
    if any(_touches(box, x, y, margin) for x, y in Reach(walls, radius, keep_out=switch.region).reached_points(near)):
        return ""
    return "before the player can reach the gate (every way from the player spawn to the gate crosses it)"


def _done_before(level: LevelData, switch: int) -> list[int]:
    """The objective `switch` and those it comes after, in turn (an objective that shuts a gate is reached already as
    it shuts); none for a trigger."""
    after = {objective.object_id: objective.after for objective in level.objectives}
    done = []
    while switch in after and switch not in done:
        done.append(switch)
        switch = after[switch]
    return done


def _goals(level: LevelData, reach: Reach, done: list[int]) -> list[tuple[str, tuple[float, float]]]:
    """(how a message names it, a spot the player reaches it from) of what is left to win the level: each objective
    not `done`, or on a map without objectives each enemy at its spawn (reinforcements come to the player). Those the
    player cannot reach at all are told elsewhere (check_reach.unreachable)."""
    if level.objectives:
        goals = [(named_object(o.object_id, o.name), reach.reached_points(o.region)[:1])
                 for o in level.objectives if o.object_id not in done]
    else:
        goals = [(named_object(s.object_id, s.name), [(s.x, s.y)] if reach.near(s.x, s.y, 3 * reach.radius) else [])
                 for s in level.enemy_spawns if not s.arrives]
    return [(goal, spot[0]) for goal, spot in goals if spot]
