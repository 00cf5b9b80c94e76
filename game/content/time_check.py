"""The checker's word on a map's time_limit: every objective got to, and its hold stood out, before time runs out, at
the soonest a player could possibly do it (the straight way at the machine's fastest, waiting for the objective it
comes after and for the gates in the way to open)."""

import math
from dataclasses import dataclass

from game.content.errors import Problem, named_object
from game.content.gate_check import can_work, gate_named
from game.content.level_data import Gate, LevelData
from game.content.reach import inside_wall, reach_of
from game.content.tmx_properties import property_where


@dataclass(frozen=True)
class Soonest:
    """The soonest s an objective (or trigger) can be counted in, and what holds it back to that: the objective it
    comes after, or the gate it waits for (opening no sooner than `opens_at`, on `switch`); neither for the straight
    way from the player spawn."""
    seconds: float
    after: object = None
    gate: Gate | None = None
    opens_at: float = 0.0
    switch: object = None


def out_of_time(level: LevelData, speed: float, how: str, radius: float) -> list[Problem]:
    """With a time_limit, every objective must be got to, and its hold stood out, before time runs out. The clock
    starts with the first tick (the title card is drawn over a level already under way), and a hold counts only once
    the machine is inside: the soonest it can be is the straight way from the player spawn at `speed` (`how`: "at full
    speed", "dashing" ...), never slowing, which no real way beats. One that comes after another (its `after`) counts
    nothing until that one is done, so it is done no sooner than that one's soonest, then the straight way between
    their areas at the same speed, then its own hold. One behind a gate that opens waits for it (soonest_through_gates).
    A gate that shuts is taken as open, as the ways on foot take it: the player may get through first. (level.py has
    told of a hold no shorter than time_limit on its own.)"""
    limit = level.time_limit
    if not limit or speed <= 0:
        return []
    soonest = soonest_through_gates(level, speed, radius)
    problems = []
    x, y = level.player_spawn
    for objective in level.objectives:
        found = soonest[objective.object_id]
        reached = found.seconds
        if objective.hold + reached < limit:
            continue
        if found.gate is not None:
            gate, switch = found.gate, found.switch
            distance = _box_apart(switch.region, objective.region)
            way = (f"counted no sooner than {reached:.2f} s: it lies behind gate {gate_named(gate)}, which opens no "
                   f"sooner than {found.opens_at:.2f} s, on {named_object(switch.object_id, switch.name)} (got to "
                   f"{how} all the way), then {distance:,.0f} px on from there, {distance / speed:.2f} s more {how}")
            then = nearer = "move it, or what opens the gate, nearer the other, or open the gate sooner on the way"
        elif found.after is None:  # the way from the player spawn is what takes it past the limit
            distance = objective.region.box_gap(x, y)
            way = f"{distance:,.0f} px from the player spawn: {reached:.2f} s to get there even {how} all the way"
            then, nearer = "move the objective nearer the player spawn", "move it nearer the player spawn"
        else:
            first = found.after
            done = soonest[first.object_id].seconds + first.hold
            distance = _box_apart(first.region, objective.region)
            held = f" and its hold of {first.hold:g} s stood out" if first.hold else ""
            after = named_object(first.object_id, first.name)
            way = (f"counted no sooner than {reached:.2f} s: it comes after {after}, "
                   f"done no sooner than {done:.2f} s (reached {how} all the way{held}), then {distance:,.0f} px on "
                   f"from it, {distance / speed:.2f} s more {how}")
            then = nearer = "move it nearer the objective it comes after, shorten that one's hold"
        if objective.hold:
            problems.append(Problem(
                level.path, property_where(objective.where, "hold", objective.template_of("hold")),
                f"fewer seconds than the map's time_limit ({limit:g}) less the time to get there",
                f"{objective.hold:g}, with the objective {way}",
                f"shorten the hold, {then}, or lengthen time_limit in Map Properties"))
        else:
            problems.append(Problem(
                level.path, objective.where, f"an objective the player can get to within the map's time_limit "
                f"({limit:g} s)", f"it {way}", f"{nearer}, or lengthen time_limit in Map Properties"))
    return problems


def soonest_through_gates(level: LevelData, speed: float, radius: float) -> dict[int, Soonest]:
    """{objective's or trigger's id: Soonest}, the gates opened as the player could first open them: from the gates as
    they stand at the start, the shut gate whose switch (a trigger, or an objective as it is counted) can be got to
    soonest opens next, at that time, and so on until none is left that a reachable switch opens (as
    gate_check.reach_through_gates opens them). Opening times never fall, so a place a way first leads into once k
    gates are open is got to no sooner than the least, over the k-th gate opened and every later one, of the time it
    opens and the straight way on from its switch: any way in passes one of them (the first k - 1 open did not let
    the player in), and the player stood in that one's switch as it opened."""
    places = {place.object_id: place for place in (*level.triggers, *level.objectives)}
    shut = [gate.starts_shut for gate in level.gates]
    opened: list[tuple[Gate, float, object]] = []  # (gate, the soonest it opens, its switch), in that order
    since: dict[int, int] = {}  # place's id → gates open when a way first led into it
    if True not in shut or inside_wall(level.walls_at_start, *level.player_spawn, radius):
        return _times(level, speed, places, since, opened, math.inf)  # nothing to wait for, or no reach to measure
    while True:
        reach = reach_of(level.with_gates(tuple(shut)), radius)
        for place in places.values():
            if place.object_id not in since and reach.any_inside(place.region):
                since[place.object_id] = len(opened)
        latest = opened[-1][1] if opened else 0.0
        soonest = _times(level, speed, places, since, opened, latest)
        waiting = [(soonest[gate.opens].seconds, index) for index, (gate, closed) in enumerate(zip(level.gates, shut))
                   if closed and can_work(level, gate.opens, since.__contains__)]
        if not waiting:
            return _times(level, speed, places, since, opened, math.inf)
        seconds, index = min(waiting)  # the soonest first; a tie goes to the first in the file
        shut[index] = False
        opened.append((level.gates[index], seconds, places[level.gates[index].opens]))


def _times(level: LevelData, speed: float, places: dict, since: dict[int, int], opened: list,
           later: float) -> dict[int, Soonest]:
    """Each place's Soonest with the gates `opened` so far; every gate still to open opens no sooner than `later`
    (math.inf once none is)."""
    x, y = level.player_spawn
    soonest: dict[int, Soonest] = {}

    def measure(place, through: tuple) -> Soonest:
        if place.object_id in soonest:
            return soonest[place.object_id]
        found = Soonest(place.region.box_gap(x, y) / speed)
        first = places.get(getattr(place, "after", 0))
        if first is not None and first.object_id not in through:  # a ring of afters is the loader's to refuse
            done = measure(first, (*through, place.object_id)).seconds + first.hold
            later_on = done + _box_apart(first.region, place.region) / speed
            if later_on > found.seconds:
                found = Soonest(later_on, after=first)
        if since.get(place.object_id, 0) > 0:
            ways = [(opens_at + _box_apart(switch.region, place.region) / speed, opens_at, gate, switch)
                    for gate, opens_at, switch in opened[since[place.object_id] - 1:]]
            seconds, opens_at, gate, switch = min(ways, key=lambda way: way[0])
            if min(seconds, later) > found.seconds:
                found = (Soonest(seconds, gate=gate, opens_at=opens_at, switch=switch) if seconds <= later
                         else Soonest(later))
        soonest[place.object_id] = found
        return found

    for place in places.values():
        measure(place, ())
    return soonest


def _box_apart(first, then) -> float:
    """px between two regions' bounding boxes: the least way from anywhere in one to anywhere in the other."""
    return then.box_gap(*first.box)
