"""Where a map's machines and areas stand: spawns on the map, clear of walls and of each other; patrols; areas."""

import math

import numpy as np

from game.content.catalog import Catalog
from game.content.errors import Problem, named_object, quote
from game.content.gate_check import gate_named
from game.content.level_data import LevelData, Region
from game.content.level_schema import COLLISION_LAYER
from game.content.places import past_edges, shown_at
from game.content.reach import inside_wall, room_near, roomy_at
from game.content.tmx_data import GID_FLAGS
from game.content.tmx_properties import property_where
from game.sim.routes import ARRIVED
from game.sim.terrain import circle_in_wall


ON_OPEN_GROUND = "an object to start at on open ground"  # what a playtest's start at an object must be


def spawn_problems(level: LevelData, where: str, x: float, y: float, radius: float, what: str,
                   shown: str | None = "") -> list[Problem]:
    """A spawn must be on the map, and on open ground. `shown`: the object's place as Tiled shows it, when that is
    not the point the machine starts on, (x, y) (a rectangle's corner, where the machine starts at its centre); None
    when only that centre is known (a playtest's start at any object)."""
    if not on_map(level, x, y):
        point = shown_at("point", x, y)
        found = (f"its centre at ({x:g}, {y:g})" if shown is None else
                 f"it at {shown}, its centre ({x:g}, {y:g})" if shown and shown != point else f"it at {point}")
        return [Problem(level.path, where, _inside_map(level, what), f"{found}, {_point_past(level, x, y)}",
                        "move it onto the map")]
    if inside_wall(level, x, y, radius):
        spot = _clear_spot(level, x, y, radius)
        fix = (f"move it {math.hypot(spot[0] - x, spot[1] - y):.0f} px, to ({spot[0]:g}, {spot[1]:g}), where it "
               "stands clear" if spot is not None else "move it off the solid tiles, into the open")
        cell = _solid_cell_under(level, x, y, radius)
        start = what == "the start"  # a playtest's start at any object, which is no spawn to the designer
        found = (f"{'its centre' if start else 'a spawn'} on a solid tile at tile ({cell[0]}, {cell[1]}): "
                 f"{_what_blocks(level, *cell)}" if cell
                 else f"{'its centre' if start else 'a spawn'} on the map's edge at {_cell(level, x, y)}")
        return [Problem(level.path, where, ON_OPEN_GROUND if start else "a spawn on open ground", found, fix)]
    return []


def _solid_cell_under(level: LevelData, x: float, y: float, radius: float) -> tuple[int, int] | None:
    """The solid cell a spawn found in a wall (its centre on the map) is named by: its centre's own, where that is
    solid, else the solid cell on the map its body reaches deepest into. The map's outside blocks too but has no tile
    to name, so a spawn on the edge names the tile beside it; None only where nothing but the outside blocks."""
    column, row = math.floor(x / level.tile_width), math.floor(y / level.tile_height)
    if level.solid[row][column]:
        return column, row
    depth, column, row = _nearest_wall(level, x, y, radius, outside=False)
    return (column, row) if depth > -math.inf else None


def _what_blocks(level: LevelData, column: int, row: int) -> str:
    """The solid tile on a cell as a message names it, and its layer: a crate or a rock is not a wall to a designer,
    who looks for it by its tileset's tile ID. The topmost layer with one; else a gate shut there (the walls as play
    starts); else the collision layer (any tile there blocks), by the name the map gives it."""
    for layer in reversed(level.layers):
        named = level.solid_tiles.get(layer.cells[row][column] & ~GID_FLAGS)
        if named:
            return f"{named} on layer {quote(layer.name)}"
    for gate, shut in zip(level.gates, level.gates_shut):
        if shut and (column, row) in gate.cells(level.tile_width, level.tile_height):
            return f"gate {gate_named(gate)}, shut at the start"
    return f"a tile on the collision layer, {quote(level.collision_layer or COLLISION_LAYER)}"


def against_a_wall(level: LevelData, where: str, x: float, y: float, radius: float) -> list[Problem]:
    """An enemy spawn whose centre is on open ground but whose machine reaches well into a wall (the catalog's radius,
    the game's own collision test): the game shoves it out as the level starts, off the point the designer placed it
    on, in plain view, and a guard going home to that point pushes against the wall. The middle of the tile beside a
    wall is where a designer puts one, and the few px the game shoves it from there go unseen (it is home again
    within ARRIVED): so the centre must be half a tile from every wall, or clear of them, whichever is nearer. The
    hint names the nearest point where the machine stands clear, and how far that is."""
    if not circle_in_wall(level, x, y, radius):
        return []
    depth, column, row = _nearest_wall(level, x, y, radius)
    least = min(radius, min(level.tile_width, level.tile_height) / 2)
    if radius - depth >= least:
        return []
    wall = (f"tile ({column}, {row})" if 0 <= column < level.width and 0 <= row < level.height
            else "the map's edge")
    found = (f"the machine, {2 * radius:g} px across, {depth:.0f} px into the wall at {wall}, its centre "
             f"{radius - depth:.0f} px from it")
    spot = _clear_spot(level, x, y, radius)
    fix = (f"move it {math.hypot(spot[0] - x, spot[1] - y):.0f} px, to ({spot[0]:g}, {spot[1]:g}), where it stands "
           "clear" if spot is not None else "move it into the open")
    return [Problem(level.path, where, f"a spawn with the machine's centre {least:g} px from every wall at least",
                    found, f"{fix}: the game shoves it out of the wall as the level starts")]


def _nearest_wall(level: LevelData, x: float, y: float, radius: float,
                  outside: bool = True) -> tuple[float, int, int]:
    """(how far the circle reaches into the nearest solid cell, px; that cell's column and row). Outside the map
    counts as solid, as in circle_in_wall, unless `outside` is False (no solid cell: -inf px)."""
    tw, th = level.tile_width, level.tile_height
    best = (math.inf, 0, 0)
    for row in range(math.floor((y - radius) / th), math.floor((y + radius) / th) + 1):
        for column in range(math.floor((x - radius) / tw), math.floor((x + radius) / tw) + 1):
            on = 0 <= row < level.height and 0 <= column < level.width
            if (on and not level.solid[row][column]) or not (on or outside):
                continue
            near_x = min(max(x, column * tw), column * tw + tw)
            near_y = min(max(y, row * th), row * th + th)
            best = min(best, (math.hypot(x - near_x, y - near_y), column, row))
    return radius - best[0], best[1], best[2]


# How far a clear point is looked for px by px: the rings out to here hold some 4 million points. Past it (a spawn
# buried deep, or a map where the machine fits nowhere), the map is looked over on a half-tile grid: a map may be a
# billion px, and a point a tile off hardly matters there.
FINE_REACH = 1024


def _clear_spot(level: LevelData, x: float, y: float, radius: float) -> tuple[float, float] | None:
    """The nearest point, whole px away from (x, y) each way, where a machine of this radius overlaps no wall; of
    points as near, the first in a fixed order (no randomness: the same map, the same message). Looked for within the
    machine's diameter, then in rings twice as far each time, so a spawn deep in a thick wall or in a corner is shown
    the way out too; past FINE_REACH, the nearest such point of a half-tile grid over the whole map. None only where
    the machine fits nowhere on the map."""
    width, height = level.pixel_size
    farthest = math.hypot(max(x, width - x), max(y, height - y))
    inside, reach = -1, max(1, math.ceil(2 * radius))  # the ring: squared distances past `inside`, up to `reach`
    while True:
        # the ring's offsets that land on the map
        dx = np.arange(max(-reach, math.floor(-x)), min(reach, math.ceil(width - x)) + 1)[None, :]
        dy = np.arange(max(-reach, math.floor(-y)), min(reach, math.ceil(height - y)) + 1)[:, None]
        squared = dx * dx + dy * dy
        ring = (squared <= reach * reach) & (squared > inside)
        dx, dy = np.broadcast_to(dx, ring.shape)[ring], np.broadcast_to(dy, ring.shape)[ring]
        spot = _first_clear(level, x + dx, y + dy, radius, (dx, dy, squared[ring]))
        if spot is not None or reach >= farthest:
            return spot
        if reach >= FINE_REACH:
            break
        inside, reach = reach * reach, min(2 * reach, FINE_REACH)
    rows, columns = np.indices((2 * level.height + 1, 2 * level.width + 1)).reshape(2, -1)
    xs, ys = columns * (level.tile_width / 2), rows * (level.tile_height / 2)
    return _first_clear(level, xs, ys, radius, (xs, ys, (xs - x) ** 2 + (ys - y) ** 2))


def _first_clear(level: LevelData, xs: np.ndarray, ys: np.ndarray, radius: float,
                 keys: tuple[np.ndarray, ...]) -> tuple[float, float] | None:
    """Of the points (xs, ys), ordered by `keys` (np.lexsort's: the last first), the first where the machine overlaps
    no wall (the game's own test, circle_in_wall), as plain Python numbers; None for none."""
    # Every point nearer a clear centre than its radius is in an open cell (else that cell would overlap the machine):
    # the centre and four points round it rule out most of a wall, or of a way too narrow, at once.
    near = 0.999 * radius
    may_fit = np.ones(len(xs), dtype=bool)
    for across, down in ((0, 0), (near, 0), (-near, 0), (0, near), (0, -near)):
        may_fit &= level.open_cells[level.cells_at(xs + across, ys + down)]
    order = np.lexsort([key[may_fit] for key in keys])
    for point_x, point_y in zip(xs[may_fit][order].tolist(), ys[may_fit][order].tolist()):
        if not circle_in_wall(level, point_x, point_y, radius):
            return point_x, point_y
    return None


# The patrols walked lately, by all their walk reads (the file a problem names, the walls and tile size, the spawn with
# its legs and names, the machine's radius), so never stale: a restart or the next start of a map walks none again.
_PATROLS: dict[tuple, list[Problem]] = {}
_PATROLS_KEPT = 256  # some 20 patrols a map: the last few maps' worth


def patrol_problems(level: LevelData, spawn, radius: float) -> list[Problem]:
    """_patrol_through_walls, walked once for what it is made from."""
    made_from = (level.path, level.tile_width, level.tile_height, level.solid, spawn, radius)
    problems = _PATROLS.get(made_from)
    if problems is None:
        problems = _PATROLS[made_from] = _patrol_through_walls(level, spawn, radius)
        if len(_PATROLS) > _PATROLS_KEPT:
            del _PATROLS[next(iter(_PATROLS))]  # the first walked
    return problems


def _patrol_through_walls(level: LevelData, spawn, radius: float) -> list[Problem]:
    """An enemy walks its patrol straight from point to point (from its spawn to the first): a leg through a wall, or
    through a way narrower than the machine, would leave it pushing against the wall for good; and so would a point
    it cannot get near enough to count as reached. A point off the map is named alone, before any leg is walked."""
    if not spawn.patrol:
        return []
    legs = spawn.legs()
    where = property_where(spawn.where, "patrol", spawn.template_of("patrol"))
    expected = "a route it can walk straight along, leg by leg"
    # Off the map first: a leg is looked at every quarter tile, and one to a point 1e9 px away would be billions
    # of points (gigabytes, or a MemoryError) only to find the map's edge.
    for _, name, _, (x, y) in legs:
        if not on_map(level, x, y):
            return [Problem(level.path, where, _inside_map(level, "patrol points"),
                            f"{name} at ({x:g}, {y:g}), {_point_past(level, x, y)}",
                            "move the path's points onto the map")]
    for named_from, named_to, start, end in legs:
        xs, ys = _leg(level, start, end)
        cells = level.cells_at(xs, ys)
        wall = _first_wall(level, xs, ys, cells)
        if wall is not None:
            return [Problem(level.path, where, expected,
                            f"a wall at {_cell(level, *wall)} between {named_from} and {named_to}",
                            "move the path's points so that each leg runs over open ground")]
        narrow = _first_squeeze(level, xs, ys, cells, radius)
        if narrow is not None:
            return [Problem(level.path, where, expected, f"a way narrower than the machine at {_cell(level, *narrow)} "
                            f"between {named_from} and {named_to}",
                            _way_for(level, radius))]
        # The game's test of a point reached (ARRIVED), so spots 1 px apart: a point half a tile from a wall is fine.
        if not room_near(level, *end, radius, ARRIVED, steps=14):
            return [Problem(level.path, where, "patrol points the machine can reach",
                            f"{named_to} at ({end[0]:g}, {end[1]:g}), too near a wall for the machine to get to",
                            "move the point away from the wall, to the middle of the tile beside it or further")]
    return []


def _way_for(level: LevelData, radius: float) -> str:
    """The hint for a way too narrow: how wide a way must be for the machine."""
    return f"{way_needed(level, radius)}: widen it, or route the path round it"


def way_needed(level: LevelData, radius: float) -> str:
    """How many tiles wide a way must be for a machine `radius` px round (two for a Dis or the Layzner on 32 px tiles;
    more for a wider machine or smaller tiles)."""
    tiles = math.floor(2 * radius / min(level.tile_width, level.tile_height)) + 1
    return f"a machine {2 * radius:g} px across needs a way {tiles} tiles wide"


def _leg(level: LevelData, start, end) -> tuple[np.ndarray, np.ndarray]:
    """The points of the line from start to end, every quarter tile, as x and y arrays: a leg is looked at whole."""
    (x0, y0), (x1, y1) = start, end
    steps = max(1, math.ceil(math.hypot(x1 - x0, y1 - y0) / (min(level.tile_width, level.tile_height) / 4)))
    along = np.arange(steps + 1)
    return x0 + (x1 - x0) * along / steps, y0 + (y1 - y0) * along / steps


def _first_wall(level: LevelData, xs: np.ndarray, ys: np.ndarray, cells) -> tuple[float, float] | None:
    """The first of the points (in `cells`, as LevelData.cells_at gives them) in a solid cell, or None; outside the
    map counts as solid."""
    walled = np.flatnonzero(~level.open_cells[cells])
    return (xs.item(walled[0]), ys.item(walled[0])) if len(walled) else None


def _first_squeeze(level: LevelData, xs: np.ndarray, ys: np.ndarray, cells,
                   radius: float) -> tuple[float, float] | None:
    """The first of the points with no room for the machine near it, or None. A wall beside the way pushes the
    machine aside by its radius at most; in a one-tile gap narrower than the machine the room is further, past the
    gap's rounded-off corners: half-way between the two is the test."""
    half = min(level.tile_width, level.tile_height) / 2
    within = (radius + math.sqrt(max(0.0, radius * radius - half * half)) + half) / 2
    open_ground = roomy_at(level, cells, radius)  # most of a leg: nothing there to squeeze the machine
    for x, y in zip(xs[~open_ground].tolist(), ys[~open_ground].tolist()):
        if not room_near(level, x, y, radius, within):
            return x, y
    return None


def objectives_off_the_map(level: LevelData) -> list[Problem]:
    """Objectives whose area's centre is off the map, named by their place as Tiled shows it and the part off."""
    return [Problem(level.path, objective.where, _inside_map(level, "the objective"),
                    _found_at(objective.region, level), "move it onto the map")
            for objective in level.objectives if not on_map(level, *objective.region.centre)]


def regions_off_the_map(level: LevelData) -> list[Problem]:
    """Triggers and zones wholly off the map, where nothing can ever stand in them."""
    problems = []
    for place, what in [(t, "the trigger") for t in level.triggers] + [(z, "the zone") for z in level.zones]:
        region = place.region
        if off_the_map(level, region):
            problems.append(Problem(level.path, place.where, _inside_map(level, what), _found_at(region, level),
                                    "move it onto the map"))
    return problems


def spawn_warnings(level: LevelData, catalog: Catalog) -> list[Problem]:
    """An enemy spawn whose machine overlaps another's, or the Layzner's, at the start: the game shoves them apart
    as the level begins, away from where they were put (and a machine on the player spawn fires point-blank). One
    line for each spawn, at the machine before it in the file that it overlaps most; the map still plays."""
    # an unknown kind is a problem of its own, and has no size; a reinforcement is not there at the start
    spawns = [spawn for spawn in level.enemy_spawns if spawn.kind in catalog.units and not spawn.arrives]
    xy = np.array([level.player_spawn] + [(spawn.x, spawn.y) for spawn in spawns], dtype=float)
    radii = np.array([catalog.units[catalog.player].radius] + [catalog.units[s.kind].radius for s in spawns])
    # every pair at once: 400 spawns in 8 ms, where a loop over the pairs took 47 ms, on each load and live reload
    apart = np.hypot(xy[:, None, 0] - xy[None, :, 0], xy[:, None, 1] - xy[None, :, 1])
    overlap = np.tril(radii[:, None] + radii[None, :] - apart, -1)  # each with those before it in the file
    warnings = []
    for index in np.flatnonzero((overlap > 0).any(axis=1)).tolist():
        row = overlap[index, :index]
        other = index - 1 - int(np.argmax(row[::-1]))  # the deepest overlap (of equals, the later in the file)
        if other:
            point_blank, named = "", named_object(spawns[other - 1].object_id, spawns[other - 1].name)
        else:
            point_blank, named = "; it fires at the Layzner point-blank", "the player spawn"
            if level.player_spawn_object is not None:
                named = f"{named_object(*level.player_spawn_object)}, {named}"
        warnings.append(Problem(level.path, spawns[index - 1].where, "a machine clear of every other at the start "
                                f"(centres {radii[index] + radii[other]:g} px apart or more)",
                                f"it {apart[index, other]:.0f} px from {named}",
                                "the two overlap and are shoved apart as the level begins, away from where they "
                                f"were put{point_blank}: move it {math.ceil(row[other])} px or more away"))
    return warnings + _arrivals_on_the_caller(level, catalog) + _arrivals_on_each_other(level, catalog)


def _arrivals_on_the_caller(level: LevelData, catalog: Catalog) -> list[Problem]:
    """A reinforcement that comes in within its firing range of the area that calls it (where the player stands then)
    opens fire as it lands: the landing mark's warning is all the player gets. Fair, but seldom meant."""
    places = {place.object_id: place for place in (*level.triggers, *level.objectives)}
    warnings = []
    for spawn in level.arrivals:
        place, unit = places.get(spawn.arrives), catalog.units.get(spawn.kind)
        if place is None or unit is None or unit.ai is None:
            continue
        apart = place.region.box_gap(spawn.x, spawn.y)
        if apart < unit.ai.firing_range:
            warnings.append(Problem(level.path, spawn.where, f"a reinforcement further than its firing range "
                                    f"({unit.ai.firing_range:g} px) from what calls it, "
                                    f"{named_object(place.object_id, place.name)}",
                                    f"it {apart:.0f} px from it",
                                    "it lands within range of the player, who gets only the landing mark's "
                                    f"warning; move it {math.ceil(unit.ai.firing_range - apart)} px or more away"))
    return warnings


def _arrivals_on_each_other(level: LevelData, catalog: Catalog) -> list[Problem]:
    """Reinforcements one trigger or objective calls land on the same tick: two placed so that their machines overlap
    (a spawn copied and not moved) come in on top of each other and are shoved apart as they land, as spawns at the
    start are (spawn_warnings). One line for each, at the one before it in the file that it overlaps most."""
    arrivals = [spawn for spawn in level.arrivals if spawn.kind in catalog.units]
    warnings = []
    for index, spawn in enumerate(arrivals):
        radius = catalog.units[spawn.kind].radius
        overlaps = [(radius + catalog.units[other.kind].radius - math.hypot(other.x - spawn.x, other.y - spawn.y),
                     other) for other in arrivals[:index] if other.arrives == spawn.arrives]
        depth, other = max(overlaps, key=lambda found: found[0], default=(0.0, None))
        if depth > 0:
            apart = math.hypot(other.x - spawn.x, other.y - spawn.y)
            warnings.append(Problem(level.path, spawn.where, "a reinforcement clear of the others its caller brings in "
                                    f"(centres {apart + depth:g} px apart or more)",
                                    f"it {apart:.0f} px from {named_object(other.object_id, other.name)}",
                                    "the two land together on top of each other and are shoved apart, away from "
                                    f"where they were put: move it {math.ceil(depth)} px or more away"))
    return warnings


def on_map(level: LevelData, x: float, y: float) -> bool:
    width, height = level.pixel_size
    return 0 <= x < width and 0 <= y < height


def off_the_map(level: LevelData, region: Region) -> bool:
    """The region lies wholly off the map: no part of it overlaps the map's area."""
    width, height = level.pixel_size
    return not (region.x < width and region.y < height and region.x + region.width > 0
                and region.y + region.height > 0)


def _inside_map(level: LevelData, what: str) -> str:
    width, height = level.pixel_size
    return f"{what} inside the map (0 to {width} x 0 to {height} px)"


def _found_at(region: Region, level: LevelData) -> str:
    """A region off the map as a message finds it: its place as Tiled shows it, and the part past the map's edge."""
    return f"it at {region.shown}, {past_edges(region.box, level.pixel_size)}"


def _point_past(level: LevelData, x: float, y: float) -> str:
    """How far a point is past the map's edge: "20 px past the map's right edge at 1280 px"."""
    return past_edges((x, y, x, y), level.pixel_size)


def _cell(level: LevelData, x: float, y: float) -> str:
    return f"tile ({int(x // level.tile_width)}, {int(y // level.tile_height)})"
