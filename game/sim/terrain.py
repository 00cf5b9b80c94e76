"""Questions about the level's walls: what is solid, what a line crosses, pushing circles out, finding a way."""

import heapq
import math
from math import floor

import numpy as np

from game.content.level_data import LevelData

ARRIVED = 14.0  # px: a machine this near a waypoint of its patrol or route has reached it (the checker asks the same)

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
    """Nothing solid on the segment. The cells round both ends (their box, a cell wider each way, so the traversal's
    rounding at an end on a cell's edge cannot step past it) holding no wall say so without a traversal."""
    tw, th = level.tile_width, level.tile_height
    # In walls_before's bordered indexes the box runs from the lower end's cell - 1 + 1 to the higher's + 1 + 1.
    left, right = floor(x0 / tw), floor(x1 / tw)
    if left > right:
        left, right = right, left
    top, bottom = floor(y0 / th), floor(y1 / th)
    if top > bottom:
        top, bottom = bottom, top
    if (left >= 0 and top >= 0 and right < level.width - 1
            and bottom < level.height - 1):  # else the box runs off the table
        sums = level.walls_before
        above, below = sums[top], sums[bottom + 3]
        if below[right + 3] - above[right + 3] - below[left] + above[left] == 0:
            return True
    return first_wall_hit(level, x0, y0, x1, y1) is None


def move_circle(level: LevelData, x: float, y: float, wanted_x: float, wanted_y: float,
                radius: float) -> tuple[float, float]:
    """Where a circle moving from (x, y) to (wanted_x, wanted_y) ends: pushed out of the walls there. Where no push
    gets it clear (a gap narrower than the circle, met at speed), it moves along one axis only, or stays: a dash
    would otherwise carry it through such a gap, pushed from one side to the other all the way."""
    end_x, end_y = push_out_of_walls(level, wanted_x, wanted_y, radius)
    if (end_x == wanted_x and end_y == wanted_y) or not circle_in_wall(level, end_x, end_y, radius) \
            or circle_in_wall(level, x, y, radius):  # untouched by any wall, pushed clear, or stuck already
        return end_x, end_y
    for along_x, along_y in ((wanted_x, y), (x, wanted_y)):
        slid_x, slid_y = push_out_of_walls(level, along_x, along_y, radius)
        if not circle_in_wall(level, slid_x, slid_y, radius):
            return slid_x, slid_y
    return x, y


def circle_in_wall(level: LevelData, x: float, y: float, radius: float) -> bool:
    """The circle overlaps a solid cell (outside the map counts as solid) by more than a rounding's width."""
    tw, th = level.tile_width, level.tile_height
    solid, width, height = level.solid, level.width, level.height
    reach = radius - 1e-6
    for row in range(floor((y - reach) / th), floor((y + reach) / th) + 1):
        cells = solid[row] if 0 <= row < height else None  # outside the map counts as solid
        for column in range(floor((x - reach) / tw), floor((x + reach) / tw) + 1):
            if cells is not None and 0 <= column < width and not cells[column]:
                continue
            near_x = min(max(x, column * tw), column * tw + tw)
            near_y = min(max(y, row * th), row * th + th)
            if (x - near_x) ** 2 + (y - near_y) ** 2 < reach * reach:
                return True
    return False


def push_out_of_walls(level: LevelData, x: float, y: float, radius: float) -> tuple[float, float]:
    """Move a circle the least distance that takes it out of every solid cell it overlaps."""
    tw, th = level.tile_width, level.tile_height
    column, row = floor(x // tw), floor(y // th)  # math.floor: int()'s answer, faster
    if radius <= tw and radius <= th and 0 <= row < level.height and 0 <= column < level.width \
            and level.roomy[row][column]:
        return x, y  # the common case, away from walls
    if not _walls_in(level, floor((x - radius) / tw), floor((y - radius) / th), floor((x + radius) / tw),
                     floor((y + radius) / th)):
        return x, y  # near a wall, not touching one: most machines beside a wall, each tick
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


def _walls_in(level: LevelData, left: int, top: int, right: int, bottom: int) -> bool:
    """Whether the box of cells, ends included, holds a solid cell (outside the map counts as solid): four lookups."""
    if left < -1 or top < -1 or right > level.width or bottom > level.height:
        return True  # past walls_before's border of solid cells, round the map
    sums = level.walls_before
    above, below = sums[top + 1], sums[bottom + 2]
    return below[right + 2] - above[right + 2] - below[left + 1] + above[left + 1] != 0


def find_route(level: LevelData, start: tuple[float, float],
               goal: tuple[float, float]) -> tuple[tuple[float, float], ...]:
    """Waypoints (px) from start to goal through open cells (A*, 8 directions, no corner cutting); () if none.

    Cells squeezed between walls on opposite sides are left out: a machine is wider than one tile.
    The way between two cells is searched once and remembered: an alarm or a call for help sends a crowd from
    the same few cells to the same place in one tick, and the walls never change.
    """
    tw, th = level.tile_width, level.tile_height
    begin = (int(start[0] // tw), int(start[1] // th))
    end = (int(goal[0] // tw), int(goal[1] // th))
    tables = _route_tables(level)
    key = (begin, end)
    way = tables.ways.get(key, False)
    if way is False:
        if len(tables.ways) >= WAYS_KEPT:
            tables.ways.clear()  # the simplest bound; a crowd's ways are found again in a tick or two
        way = tables.ways[key] = _search(level, tables, begin, end)
    return () if way is None else way + (goal,)


def _search(level: LevelData, tables: "_RouteTables", begin: tuple[int, int],
            end: tuple[int, int]) -> tuple[tuple[float, float], ...] | None:
    """The centres (px) of the cells on the way from `begin` to `end`, both left out; None if there is no way."""
    start, goal = tables.index(*begin), tables.index(*end)
    if start is None or goal is None or tables.solid[goal]:
        return None
    passable, moves, move_sets = tables.passable, tables.moves, tables.move_sets
    columns, rows = tables.columns, tables.rows
    goal_column, goal_row = end
    hypot, push, pop = math.hypot, heapq.heappush, heapq.heappop
    frontier = [(0.0, 0, start)]
    came_from = {start: None}
    cost = {start: 0.0}
    order = 0  # tie-breaker: equal priorities pop in insertion order, so routes are deterministic
    while frontier and len(came_from) < MAX_NODES:
        _, _, cell = pop(frontier)
        if cell == goal:
            break
        so_far = cost[cell]
        for delta, step in move_sets[moves[cell]]:
            nxt = cell + delta
            if nxt != goal and not passable[nxt]:
                continue
            new_cost = so_far + step
            if new_cost < cost.get(nxt, math.inf):
                cost[nxt] = new_cost
                came_from[nxt] = cell
                order += 1
                push(frontier, (new_cost + hypot(goal_column - columns[nxt], goal_row - rows[nxt]), order, nxt))
    if goal not in came_from:
        return None
    cells = []
    cell = came_from[goal]
    while cell is not None:
        cells.append(cell)
        cell = came_from[cell]
    cells.reverse()
    tw, th = level.tile_width, level.tile_height
    return tuple(((columns[c] + 0.5) * tw, (rows[c] + 0.5) * th) for c in cells[1:])


MAX_NODES = 6000  # cells a route search may look at before it gives up: a way round half a large map
WAYS_KEPT = 2048  # ways remembered per level: ~10 waypoints each in the stress scene, some 2 MB when full
# The eight moves, in the order A* tries them: part of the rules (it picks between routes of equal length).
MOVES = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (1, -1), (-1, 1), (-1, -1))


class _RouteTables:
    """A level's cells as routing asks about them, and the ways found between cells so far.

    Cells are numbered row by row over the map and a ring of cells round it (outside the map counts as solid).
    Each cell has a set of the moves out of it a route may make (into an open cell, and diagonally only past
    two open corners), as 8 bits that pick one of 256 shared tuples of (step in cell numbers, length). Made on
    arrays: the first enemy to look for a way does not stall the game while a big map's tables are made.
    """
    __slots__ = ("width", "height", "solid", "passable", "columns", "rows", "moves", "move_sets", "ways")

    def __init__(self, level: LevelData) -> None:
        self.width, self.height = width, height = level.width + 2, level.height + 2
        walls = np.ones((height + 2, width + 2), dtype=bool)  # the map inside two rings of solid cells
        walls[2:-2, 2:-2] = np.array(level.solid, dtype=bool).reshape(level.height, level.width)

        def shifted(dx, dy):  # [row, column] of the map and its first ring: is the cell (dx, dy) over solid?
            return walls[1 + dy:height + 1 + dy, 1 + dx:width + 1 + dx]
        solid = shifted(0, 0)
        # Open, and not a one-tile gap: walls on both sides (left and right, or above and below) block it.
        passable = ~solid & ~(shifted(-1, 0) & shifted(1, 0)) & ~(shifted(0, -1) & shifted(0, 1))
        moves = np.zeros((height, width), dtype=np.intp)
        for bit, (dx, dy) in enumerate(MOVES):
            allowed = ~shifted(dx, dy)
            if dx and dy:
                allowed &= ~shifted(dx, 0) & ~shifted(0, dy)  # no cutting a wall's corner
            elif dx:  # nor slipping between walls on opposite corners: a one-tile gap on the slant
                allowed &= ~(shifted(0, -1) & shifted(dx, 1)) & ~(shifted(0, 1) & shifted(dx, -1))
            else:
                allowed &= ~(shifted(-1, 0) & shifted(1, dy)) & ~(shifted(1, 0) & shifted(-1, dy))
            moves |= allowed.astype(np.intp) << bit
        self.solid, self.passable = solid.ravel().tolist(), passable.ravel().tolist()
        self.moves = moves.ravel().tolist()
        self.columns = list(range(-1, width - 1)) * height
        self.rows = [row for row in range(-1, height - 1) for _ in range(width)]
        steps = [(dy * width + dx, 1.4142 if dx and dy else 1.0) for dx, dy in MOVES]
        self.move_sets = [tuple(step for bit, step in enumerate(steps) if bits >> bit & 1) for bits in range(256)]
        self.ways: dict[tuple, tuple | None] = {}  # (begin, end) → _search's answer

    def index(self, column: int, row: int) -> int | None:
        """The number of the cell, None beyond the ring round the map."""
        if -1 <= column < self.width - 1 and -1 <= row < self.height - 1:
            return (row + 1) * self.width + column + 1
        return None


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
