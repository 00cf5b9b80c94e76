"""Questions about the level's walls: what is solid, what a line crosses, pushing circles out, finding a way."""

import heapq
import math
from math import floor

from game.content.level import LevelData

# px: an end point this close to the open block's edge takes the full traversal, whose rounding could step across it
HOP_SLACK = 1e-6


def first_wall_hit(level: LevelData, x0: float, y0: float, x1: float, y1: float) -> tuple[float, float] | None:
    """The first point where the segment enters a solid cell, or None if it stays clear (grid traversal, DDA)."""
    tw, th = level.tile_width, level.tile_height
    column, row = floor(x0 / tw), floor(y0 / th)
    solid, width, height = level.solid, level.width, level.height
    if not (0 <= column < width and 0 <= row < height) or solid[row][column]:
        return x0, y0  # outside the map counts as solid
    if level.roomy[row][column] and (column - 1) * tw + HOP_SLACK < x1 < (column + 2) * tw - HOP_SLACK \
            and (row - 1) * th + HOP_SLACK < y1 < (row + 2) * th - HOP_SLACK:
        return None  # a short hop (most shots, each tick) inside the open block around its start
    dx, dy = x1 - x0, y1 - y0
    step_x = 1 if dx > 0 else -1
    step_y = 1 if dy > 0 else -1
    # t is the share of the segment travelled; next_x/next_y are when it crosses the next cell border.
    next_x = ((column + (step_x > 0)) * tw - x0) / dx if dx else math.inf
    next_y = ((row + (step_y > 0)) * th - y0) / dy if dy else math.inf
    delta_x = tw / abs(dx) if dx else math.inf
    delta_y = th / abs(dy) if dy else math.inf
    cells = solid[row]
    while True:  # each step changes one coordinate, so only that one can leave the map
        if next_x < next_y:
            t = next_x
            if t > 1.0:
                return None
            column += step_x
            next_x += delta_x
            if not 0 <= column < width or cells[column]:
                return x0 + dx * t, y0 + dy * t
        else:
            t = next_y
            if t > 1.0:
                return None
            row += step_y
            next_y += delta_y
            if not 0 <= row < height:
                return x0 + dx * t, y0 + dy * t
            cells = solid[row]
            if cells[column]:
                return x0 + dx * t, y0 + dy * t


def line_of_sight(level: LevelData, x0: float, y0: float, x1: float, y1: float) -> bool:
    return first_wall_hit(level, x0, y0, x1, y1) is None


def push_out_of_walls(level: LevelData, x: float, y: float, radius: float) -> tuple[float, float]:
    """Move a circle the least distance that takes it out of every solid cell it overlaps."""
    tw, th = level.tile_width, level.tile_height
    column, row = floor(x // tw), floor(y // th)  # math.floor: int()'s answer, faster
    if radius <= tw and radius <= th and 0 <= row < level.height and 0 <= column < level.width \
            and level.roomy[row][column]:
        return x, y  # the common case, away from walls
    solid, width, height = level.solid, level.width, level.height
    for _ in range(3):  # overlapping two cells at a corner can need a second push
        moved = False
        for row in range(floor((y - radius) / th), floor((y + radius) / th) + 1):
            first, last = floor((x - radius) / tw), floor((x + radius) / tw)
            cells = solid[row] if 0 <= row < height else None  # outside the map counts as solid
            if cells is not None and 0 <= first and last < width and True not in cells[first:last + 1]:
                continue  # no wall in this row (asked in C: most rows near a wall have none)
            for column in range(first, last + 1):
                if cells is not None and 0 <= column < width and not cells[column]:
                    continue
                left, top = column * tw, row * th
                # The cell's point nearest the centre (min and max, spelled out: this is a hot loop in crowds).
                near_x = left if x < left else left + tw if x > left + tw else x
                near_y = top if y < top else top + th if y > top + th else y
                away_x, away_y = x - near_x, y - near_y
                distance = math.hypot(away_x, away_y)
                if distance >= radius:
                    continue
                if distance > 1e-9:
                    x += away_x / distance * (radius - distance)
                    y += away_y / distance * (radius - distance)
                else:  # the centre is inside the cell: leave by the nearest side
                    exits = ((left - radius - x, 0.0), (left + tw + radius - x, 0.0),
                             (0.0, top - radius - y), (0.0, top + th + radius - y))
                    ex, ey = min(exits, key=lambda e: abs(e[0]) + abs(e[1]))
                    x, y = x + ex, y + ey
                moved = True
        if not moved:
            break
    return x, y


def find_route(level: LevelData, start: tuple[float, float], goal: tuple[float, float],
               max_nodes: int = 6000) -> tuple[tuple[float, float], ...]:
    """Waypoints (px) from start to goal through open cells (A*, 8 directions, no corner cutting); () if none.

    Cells squeezed between walls on opposite sides are left out: a machine is wider than one tile.
    The way between two cells is searched once and remembered: an alarm or a call for help sends a crowd from
    the same few cells to the same place in one tick, and the walls never change.
    """
    tw, th = level.tile_width, level.tile_height
    begin = (int(start[0] // tw), int(start[1] // th))
    end = (int(goal[0] // tw), int(goal[1] // th))
    tables = _route_tables(level)
    key = (begin, end, max_nodes)
    way = tables.ways.get(key, False)
    if way is False:
        if len(tables.ways) >= WAYS_KEPT:
            tables.ways.clear()  # the simplest bound; a crowd's ways are found again in a tick or two
        way = tables.ways[key] = _search(level, tables, begin, end, max_nodes)
    return () if way is None else way + (goal,)


def _search(level: LevelData, tables: "_RouteTables", begin: tuple[int, int], end: tuple[int, int],
            max_nodes: int) -> tuple[tuple[float, float], ...] | None:
    """The centres (px) of the cells on the way from `begin` to `end`, both left out; None if there is no way."""
    solid, passable = tables.solid, tables.passable
    if solid.get(end, True):
        return None
    frontier = [(0.0, 0, begin)]
    came_from = {begin: None}
    cost = {begin: 0.0}
    order = 0  # tie-breaker: equal priorities pop in insertion order, so routes are deterministic
    while frontier and len(came_from) < max_nodes:
        _, _, cell = heapq.heappop(frontier)
        if cell == end:
            break
        cx, cy = cell
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (1, -1), (-1, 1), (-1, -1)):
            nxt = (cx + dx, cy + dy)
            if nxt != end and not passable.get(nxt, False):
                continue
            if dx and dy and (solid.get((cx + dx, cy), True) or solid.get((cx, cy + dy), True)):
                continue
            new_cost = cost[cell] + (1.4142 if dx and dy else 1.0)
            if new_cost < cost.get(nxt, math.inf):
                cost[nxt] = new_cost
                came_from[nxt] = cell
                order += 1
                heapq.heappush(frontier, (new_cost + math.hypot(end[0] - nxt[0], end[1] - nxt[1]), order, nxt))
    if end not in came_from:
        return None
    cells = []
    cell = came_from[end]
    while cell is not None:
        cells.append(cell)
        cell = came_from[cell]
    cells.reverse()
    tw, th = level.tile_width, level.tile_height
    return tuple(((c + 0.5) * tw, (r + 0.5) * th) for c, r in cells[1:])


WAYS_KEPT = 2048  # ways remembered per level: ~10 waypoints each in the stress scene, some 2 MB when full


class _RouteTables:
    """A level's cells as routing asks about them, and the ways found between cells so far."""
    __slots__ = ("solid", "passable", "ways")

    def __init__(self, level: LevelData) -> None:
        cells = [(column, row) for row in range(level.height) for column in range(level.width)]
        # {(column, row): solid} and {(column, row): a route may pass}; a cell missing from them is outside the
        # map (solid, impassable). One dictionary lookup answers what took several calls.
        self.solid = {cell: level.solid[cell[1]][cell[0]] for cell in cells}
        self.passable = {cell: _roomy(level, *cell) for cell in cells}
        self.ways: dict[tuple, tuple | None] = {}  # (begin, end, max_nodes) → _search's answer


# The route tables of the last few levels routed on: derived from their (frozen) walls, so never stale.
_ROUTE_TABLES: list[tuple[LevelData, _RouteTables]] = []
_ROUTE_TABLES_KEPT = 4


def _route_tables(level: LevelData) -> _RouteTables:
    for known, tables in _ROUTE_TABLES:
        if known is level:
            return tables
    tables = _RouteTables(level)
    _ROUTE_TABLES.insert(0, (level, tables))
    del _ROUTE_TABLES[_ROUTE_TABLES_KEPT:]
    return tables


def _roomy(level: LevelData, column: int, row: int) -> bool:
    """Open, and not a one-tile gap: walls on both sides (left and right, or above and below) block it."""
    solid = level.is_solid_cell
    if solid(column, row):
        return False
    return not (solid(column - 1, row) and solid(column + 1, row)) and not (solid(column, row - 1) and solid(column, row + 1))
