"""Where a machine back from a search rejoins its patrol: the point of its line nearest to it by a route, and whether
any way to its line is open at all."""

import math

from game.content.level_data import LevelData
from game.sim.routes import find_route, in_reach, nearest_cell
from game.sim.vectors import closest_approach

Point = tuple[float, float]
Cells = dict[tuple[int, int], tuple[Point, int]]  # (column, row) → a point of the line in it, the waypoint ahead
SAMPLES_A_TILE = 2  # points looked at along each leg, a tile: every cell a leg crosses has one at least


def way_back(walls: LevelData, here: Point, patrol: tuple[Point, ...], loop: bool,
             step: int) -> tuple[tuple[Point, ...], int] | None:
    """The route from `here` to the point of its patrol line nearest by a route on `walls` (gates as they stand), and
    the waypoint to walk on to from there, the way `step` (+1 or -1) goes; None when no point of it can be got to.
    So it may rejoin the line far from where it left it, but never by a way through a wall or a shut gate."""
    ahead_of = _cells_of(walls, patrol, loop, step)
    cell = nearest_cell(walls, here, list(ahead_of), _legs(patrol, loop))
    if cell is None:
        return None
    point, ahead = ahead_of[cell]
    route = find_route(walls, here, point)
    return (route, ahead) if route else None


def cut_off(walls: LevelData, here: Point, patrol: tuple[Point, ...], loop: bool) -> bool:
    """Whether no route at all leads from `here` to any point of its patrol line on `walls` (gates as they stand): a
    gate shut behind it, say. Answered from the walls' regions, with no search."""
    return not in_reach(walls, here, list(_cells_of(walls, patrol, loop, 1)))


def nearest_on_line(here: Point, patrol: tuple[Point, ...], loop: bool) -> Point:
    """The point of its patrol line straight nearest to `here` (walls aside): where a machine cut off from it looks."""
    best, nearest = math.inf, patrol[0]
    for (x0, y0), (x1, y1) in _legs(patrol, loop):
        along, off = closest_approach(x0, y0, x1, y1, *here)
        if off < best:
            along = min(1.0, max(0.0, along))
            best, nearest = off, (x0 + (x1 - x0) * along, y0 + (y1 - y0) * along)
    return nearest


def _cells_of(walls: LevelData, patrol: tuple[Point, ...], loop: bool, step: int) -> Cells:
    """Each cell (column, row) a leg of the patrol crosses, in its order, with the first point of the line in it and
    the waypoint it walks on to from there, the way `step` goes."""
    tw, th = walls.tile_width, walls.tile_height
    ahead_of: Cells = {}
    for point, ahead in _along(patrol, loop, step, min(tw, th) / SAMPLES_A_TILE):
        ahead_of.setdefault((int(point[0] // tw), int(point[1] // th)), (point, ahead))
    return ahead_of


def _legs(patrol: tuple[Point, ...], loop: bool) -> list[tuple[Point, Point]]:
    """The patrol's legs as (start, end), in its order; a patrol of one point, that point as a leg of no length."""
    count = len(patrol)
    return [(patrol[first], patrol[(first + 1) % count]) for first in range(count if loop else max(1, count - 1))]


def _along(patrol: tuple[Point, ...], loop: bool, step: int, spacing: float) -> list[tuple[Point, int]]:
    """Points along the patrol's legs (each point, and every `spacing` px between), in its order, each with the
    waypoint it walks on to from there: the end of its leg ahead, the way `step` goes."""
    count = len(patrol)
    points = [(patrol[0], 0)] if count == 1 else []
    for first in range(count if loop else count - 1):
        second = (first + 1) % count
        (x0, y0), (x1, y1) = patrol[first], patrol[second]
        ahead = second if step > 0 else first
        parts = max(1, math.ceil(math.hypot(x1 - x0, y1 - y0) / spacing))
        points += [((x0 + (x1 - x0) * i / parts, y0 + (y1 - y0) * i / parts), ahead) for i in range(parts + 1)]
    return points
