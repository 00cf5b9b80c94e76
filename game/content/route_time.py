"""The checker's warning of a time_limit a fighting player would hardly meet: the walk to every objective along the
game's own routes, at cruise speed, and every hold, with room left for the fights on the way."""

import math

from game.content.errors import Problem, named_object
from game.content.level_data import LevelData, Region
from game.sim.routes import find_route

# A real run fights on the way, and the walk below cannot see the fights: the bot, which walks these routes and fights
# what it meets, took 1.41x the bare walk and holds on the designer's audit map (21.7 s against 15.4 s), 1.53x on
# New York, 1.58x on the landing field, 3.7x and 3.8x on the outpost and the storm canyon (seed 1). A limit under
# 1.5x is under what the least-fought of those wins took: a player who stops for a single fight runs out of time.
MARGIN = 1.5
NAMED = 3  # places a message names along the route before it counts the rest


def tight_time_limit(level: LevelData, speed: float, how: str) -> list[Problem]:
    """A warning when the objectives' walk (planned_walk) and holds, at `speed` px/s (`how`: "at cruise speed"), times
    MARGIN, run past the map's time_limit. Nothing on a map without a limit or objectives, or where a route cannot be
    found (the checker's problems tell why no player gets there)."""
    limit = level.time_limit
    walk = planned_walk(level) if limit and level.objectives and speed > 0 else None
    if walk is None:
        return []
    walked = sum(px for _, px in walk)
    held = sum(getattr(place, "hold", 0.0) for place, _ in walk)  # a trigger has none
    seconds = walked / speed + held
    if seconds * MARGIN <= limit:
        return []
    holds = f" and {'its hold' if len(walk) == 1 else 'the holds'} ({held:g} s)" if held else ""
    return [Problem(level.path, "map, property time_limit",
                    f"at least {math.ceil(seconds * MARGIN):g} s, room to fight on the way ({MARGIN:g}x the route "
                    "and holds)",
                    f"{limit:g} s: the route {_route_named(walk)} ({walked:,.0f} px){holds} take {seconds:.1f} s "
                    f"{how} with no fighting",
                    f"lengthen time_limit, or try it with main.py --headless --bot --level {level.path}")]


def _route_named(walk: list[tuple[object, float]]) -> str:
    """The places the walk goes to, in order: 'to object 8 "pad"', 'to object 3 "relay", then object 9 "beacon"'."""
    names = [named_object(place.object_id, place.name) for place, _ in walk[:NAMED]]
    more = f", and {len(walk) - NAMED} more" if len(walk) > NAMED else ""
    return "to " + ", then ".join(names) + more


def planned_walk(level: LevelData) -> list[tuple[object, float]] | None:
    """(place, px walked to it from the one before) for a run that wins: from the player spawn to the nearest open
    objective by the game's route finder (sim/routes.py, round the walls and the gates shut then), and on from there,
    each objective opening the gates it opens and shutting those it shuts; when no open objective has a route, to the
    nearest trigger that opens a shut gate. None when the walk gets stuck (the checker's problems say why). A trigger
    crossed on the way is not counted as fired (a gate it opens is walked to later, one it shuts stays open): an
    estimate for a warning, as the objectives' order is the nearest first, not the best of every order."""
    triggers = {trigger.object_id: trigger for trigger in level.triggers}
    shut = [gate.starts_shut for gate in level.gates]
    at, done, walk = level.player_spawn, set(), []
    while not all(objective.object_id in done for objective in level.objectives):
        walls = level.with_gates(tuple(shut))
        goals = [o for o in level.objectives if o.object_id not in done and (not o.after or o.after in done)]
        # An objective that opens a gate is a goal already; one not open yet counts nothing, so opens nothing
        switches = [triggers[gate.opens] for gate, closed in zip(level.gates, shut)
                    if closed and gate.opens in triggers and gate.opens not in done]
        nearest = _nearest(walls, at, goals) or _nearest(walls, at, switches)
        if nearest is None:
            return None
        px, at, place = nearest
        walk.append((place, px))
        done.add(place.object_id)
        for index, gate in enumerate(level.gates):
            shut[index] = (shut[index] and gate.opens != place.object_id) or gate.shuts == place.object_id
    return walk


def _nearest(walls: LevelData, start: tuple[float, float], places: list) -> tuple[float, tuple, object] | None:
    """(px, where the route enters it, place) of the place nearest `start` by route; of equals, the first in the
    file; None when none has a route."""
    routes = [(entry[0], index, entry[1]) for index, place in enumerate(places)
              if (entry := route_into(walls, start, place.region)) is not None]
    if not routes:
        return None
    px, index, end = min(routes)
    return px, end, places[index]


def route_into(walls: LevelData, start: tuple[float, float], region: Region) -> tuple[float, tuple] | None:
    """(px along the game's route from `start` toward the region (_aim) until it is inside, the point it gets inside
    at), or None when no route leads there. The route runs cell centre to cell centre, as enemies walk it."""
    if region.contains(*start):
        return 0.0, start
    px, at = 0.0, start
    for point in find_route(walls, start, _aim(walls, region)):
        px += math.dist(at, point)
        at = point
        if region.contains(*at):
            return px, at
    return None


def _aim(walls: LevelData, region: Region) -> tuple[float, float]:
    """Where a route into `region` heads: its centre, or where that is in a wall or outside it (an objective drawn
    round a pillar, a polygon bent round a corner), the centre of its open cell nearest that, as find_route ends only
    on an open cell; the centre when no open cell's centre is in it."""
    centre = region.centre
    tw, th = walls.tile_width, walls.tile_height
    if region.contains(*centre) and not walls.is_solid_cell(int(centre[0] // tw), int(centre[1] // th)):
        return centre
    left, top, right, bottom = region.box
    cells = [((column + 0.5) * tw, (row + 0.5) * th)
             for row in range(int(top // th), int(bottom // th) + 1)
             for column in range(int(left // tw), int(right // tw) + 1) if not walls.is_solid_cell(column, row)]
    inside = [point for point in cells if region.contains(*point)]
    return min(inside, key=lambda point: math.dist(point, centre), default=centre)
