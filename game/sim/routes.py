"""Finding a way round the level's walls: A* over its cells, each way found remembered while the level plays."""

import bisect
import heapq
import math
from collections.abc import Callable

import numpy as np

from game.content.level_data import LevelData

ARRIVED = 14.0  # px: a machine this near a waypoint of its patrol or route has reached it (the checker asks the same)


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
    if start is None or goal is None or not tables.joined(start, [goal]):
        return None  # no way at all (a gate shut, walls): answered from the regions, not a search of thousands of cells
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


def nearest_cell(level: LevelData, start: tuple[float, float], cells: list[tuple[int, int]],
                 legs: list[tuple[tuple[float, float], tuple[float, float]]]) -> tuple[int, int] | None:
    """Of `cells` (column, row), the one a route from `start` (px) reaches soonest (on a tie, the one first come to,
    the same every time); None when no route reaches one. Each cell holds a point of one of `legs` (lines, their ends
    in px): A* by find_route's moves, into the cells a route may pass or end in, led toward the legs by `_towards`.
    (A search spreading out evenly looked at every cell nearer than the line, thousands on open ground: 4 ms for each
    machine giving up, and an alarm's crowd gives up within four ticks.)"""
    tables = _route_tables(level)
    tw, th = level.tile_width, level.tile_height
    begin = tables.index(int(start[0] // tw), int(start[1] // th))
    wanted = {}
    for column, row in cells:
        index = tables.index(column, row)
        if index is not None and not tables.solid[index]:
            wanted.setdefault(index, (column, row))
    if begin is None or not tables.joined(begin, list(wanted)):
        return None  # none of them in reach at all: answered from the regions, never a search that cannot succeed
    passable, moves, move_sets = tables.passable, tables.moves, tables.move_sets
    towards = _towards(legs, tw, th, tables.columns, tables.rows)
    push, pop = heapq.heappush, heapq.heappop
    frontier = [(towards(begin), 0, 0.0, begin)]
    cost, estimates = {begin: 0.0}, {}  # a cell's estimate made once, however often a cheaper way to it is found
    order = 0  # equal priorities pop in the order pushed: deterministic
    while frontier and len(cost) < MAX_NODES:
        _, _, so_far, cell = pop(frontier)
        if cell in wanted:
            return wanted[cell]
        if so_far > cost[cell]:
            continue  # reached more cheaply since it was pushed
        for delta, step in move_sets[moves[cell]]:
            nxt = cell + delta
            if not passable[nxt] and nxt not in wanted:
                continue
            new_cost = so_far + step
            if new_cost < cost.get(nxt, math.inf):
                cost[nxt] = new_cost
                order += 1
                estimate = estimates.get(nxt)
                if estimate is None:
                    estimate = estimates[nxt] = towards(nxt)
                push(frontier, (new_cost + estimate, order, new_cost, nxt))
    return None


def in_reach(level: LevelData, start: tuple[float, float], cells: list[tuple[int, int]]) -> bool:
    """Whether a route from `start` (px) may end in any of `cells` (column, row), however long: asked of the level's
    regions (`_RouteTables.joined`), with no search."""
    tables = _route_tables(level)
    begin = tables.index(int(start[0] // level.tile_width), int(start[1] // level.tile_height))
    ends = [tables.index(column, row) for column, row in cells]
    return begin is not None and tables.joined(begin, [end for end in ends if end is not None])


def prepare(level: LevelData) -> None:
    """Make every table over the level's walls that play asks for, as the level loads: the route tables and their
    regions for the walls it starts with, the cells that are roomy and the wall counts (walls_before) for those and
    for its own. On a big map each is a whole map's worth of work, which in a tick of play (the first, or the first
    enemy to look for a way) stalls the game; a gate moving later makes its walls' tables from these, a few cells
    changed."""
    start = level.walls_at_start
    for walls in (level, start) if start is not level else (level,):
        walls.walls_before, walls.roomy  # cached properties: made now, kept with the level
    _route_tables(start).labelled()


def _towards(legs: list[tuple[tuple[float, float], tuple[float, float]]], tw: int, th: int, columns: list[int],
             rows: list[int]) -> Callable[[int], float]:
    """A cell's estimate (in cells) of the route from it to the nearest cell holding a point of `legs`: its centre's
    straight distance to the nearest leg, less the most a cell's centre lies off a point it holds (half its diagonal),
    scaled under a diagonal move's cost (1.4142, a little under the root of 2). Never more than any route there, and
    it changes by no more than a move costs, so the first such cell the search comes to is the nearest by a route."""
    ends = []
    for (x0, y0), (x1, y1) in legs:
        ax, ay, dx, dy = x0 / tw, y0 / th, (x1 - x0) / tw, (y1 - y0) / th
        ends.append((ax, ay, dx, dy, dx * dx + dy * dy or 1.0))
    hypot = math.hypot

    def estimate(cell: int) -> float:  # min() and max() as comparisons: a few thousand calls a search
        x, y = columns[cell] + 0.5, rows[cell] + 0.5
        nearest = math.inf
        for ax, ay, dx, dy, length2 in ends:
            along = ((x - ax) * dx + (y - ay) * dy) / length2
            along = 0.0 if along < 0.0 else 1.0 if along > 1.0 else along
            off = hypot(x - ax - dx * along, y - ay - dy * along)
            if off < nearest:
                nearest = off
        return (nearest - HALF_DIAGONAL) * UNDER_A_MOVE if nearest > HALF_DIAGONAL else 0.0
    return estimate


MAX_NODES = 6000  # cells a route search may look at before it gives up: a way round half a large map
HALF_DIAGONAL = 0.7072  # cells: the furthest a cell's centre lies from a point inside it, rounded up
UNDER_A_MOVE = 0.9999  # a straight distance times this is under any route's cost, its diagonals 1.4142 a cell
WAYS_KEPT = 2048  # ways remembered per level: ~10 waypoints each in the stress scene, some 2 MB when full
BOXES_PATCHED = 16  # groups of changed cells (gates) a copy of the tables before is made again round; more: afresh
# The eight moves, in the order A* tries them: part of the rules (it picks between routes of equal length).
MOVES = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (1, -1), (-1, 1), (-1, -1))


class _RouteTables:
    """A level's cells as routing asks about them, and the ways found between cells so far.

    Cells are numbered row by row over the map and a ring of cells round it (outside the map counts as solid).
    Each cell has a set of the moves out of it a route may make (into an open cell, and diagonally only past
    two open corners), as 8 bits that pick one of 256 shared tuples of (step in cell numbers, length). Made on
    arrays as the level loads (prepare); for a gate moved, from the tables of the walls before, the cells round
    the gate's made again and the rest copied: a big map's tables are not made afresh in the tick a gate shuts.
    """
    __slots__ = ("width", "height", "walls", "solid", "passable", "columns", "rows", "moves", "move_sets", "ways",
                 "regions", "_arrays")

    def __init__(self, level: LevelData, like: "_RouteTables | None" = None) -> None:
        self.width, self.height = width, height = level.width + 2, level.height + 2
        self.walls = walls = np.ones((height + 2, width + 2), dtype=bool)  # the map inside two rings of solid cells
        walls[1:-1, 1:-1] = ~level.open_cells
        changed = np.flatnonzero(walls != like.walls) if like is not None else ()
        boxes = _boxes(np.divmod(changed, width + 2), height, width) if 0 < len(changed) * 50 < walls.size else []
        if not 0 < len(boxes) <= BOXES_PATCHED:  # afresh: no tables like these, or changes all over the map
            solid, passable, moves = _cell_tables(walls)
            self.solid, self.passable = solid.ravel(), passable.ravel().tolist()  # solid: asked a few times a search
            self.moves = moves.ravel().tolist()
            self.columns = list(range(-1, width - 1)) * height
            self.rows = np.repeat(np.arange(-1, height - 1), width).tolist()
            steps = [(dy * width + dx, 1.4142 if dx and dy else 1.0) for dx, dy in MOVES]
            self.move_sets = [tuple(step for bit, step in enumerate(steps) if bits >> bit & 1) for bits in range(256)]
        else:
            passable, moves = like._arrays[0].copy(), like._arrays[1].copy()
            self.solid, self.passable, self.moves = like.solid.copy(), like.passable.copy(), like.moves.copy()
            solid = self.solid.reshape(height, width)
            self.columns, self.rows, self.move_sets = like.columns, like.rows, like.move_sets  # the same map's size
            for top, bottom, left, right in boxes:
                box_solid, box_passable, box_moves = _cell_tables(walls[top:bottom + 2, left:right + 2])
                solid[top:bottom, left:right], passable[top:bottom, left:right] = box_solid, box_passable
                moves[top:bottom, left:right] = box_moves
                for row, cells in enumerate(zip(box_passable.tolist(), box_moves.tolist()), top):
                    first, last = row * width + left, row * width + right
                    self.passable[first:last], self.moves[first:last] = cells
        self.ways: dict[tuple, tuple | None] = {}  # (begin, end) → _search's answer
        self.regions: tuple | None = None  # _label_regions' answer, on the first question (region)
        self._arrays = (passable, moves)  # what the regions are labelled from, and a gate's tables made from

    def joined(self, begin: int, ends: list[int]) -> bool:
        """Whether any route leads from cell `begin` to one of the cells `ends` (numbers as `index` gives them), as A*
        would find with no bound on the cells it looks at: a route enters only passable cells but the one it ends in.
        Each passable cell is labelled with its region (the passable cells it can reach), once for these walls, and so
        once per set of gates shut; a route starts into the regions of the cells its first move may enter, and ends
        from those of the cells next to its end (the moves between two open cells go both ways alike)."""
        passable, solid, region = self.passable, self.solid, self.region
        first = self._next_to(begin)
        starts = [region(cell) for cell in first + [begin] if passable[cell]]
        return any(not solid[end] and (end == begin or end in first or any(
            region(cell) in starts for cell in self._next_to(end) + [end] if passable[cell])) for end in ends)

    def region(self, cell: int) -> int:
        """The region of a passable cell, by number."""
        runs, regions = self.labelled()
        return regions[bisect.bisect_right(runs, cell) - 1]  # its run's, the last to start at or before it

    def labelled(self) -> tuple[list[int], list[int]]:
        """_label_regions' answer, labelled the first time it is asked for."""
        if self.regions is None:
            self.regions = _label_regions(*self._arrays)
        return self.regions

    def _next_to(self, cell: int) -> list[int]:
        """The cells one move out of `cell` leads into."""
        return [cell + delta for delta, _ in self.move_sets[self.moves[cell]]]

    def index(self, column: int, row: int) -> int | None:
        """The number of the cell, None beyond the ring round the map."""
        if -1 <= column < self.width - 1 and -1 <= row < self.height - 1:
            return (row + 1) * self.width + column + 1
        return None


def _cell_tables(walls: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """[row, column] of the cells `walls` holds inside a ring of one more: whether each is solid, passable (open, and
    not a one-tile gap: walls on both sides, left and right or above and below, block it) and its moves' bits."""
    height, width = walls.shape[0] - 2, walls.shape[1] - 2

    def shifted(dx, dy):  # is the cell (dx, dy) from each one solid?
        return walls[1 + dy:height + 1 + dy, 1 + dx:width + 1 + dx]
    solid = shifted(0, 0)
    passable = ~solid & ~(shifted(-1, 0) & shifted(1, 0)) & ~(shifted(0, -1) & shifted(0, 1))
    moves = np.zeros((height, width), dtype=np.uint8)
    for bit, (dx, dy) in enumerate(MOVES):
        allowed = ~shifted(dx, dy)
        if dx and dy:
            allowed &= ~shifted(dx, 0) & ~shifted(0, dy)  # no cutting a wall's corner
        elif dx:  # nor slipping between walls on opposite corners: a one-tile gap on the slant
            allowed &= ~(shifted(0, -1) & shifted(dx, 1)) & ~(shifted(0, 1) & shifted(dx, -1))
        else:
            allowed &= ~(shifted(-1, 0) & shifted(1, dy)) & ~(shifted(1, 0) & shifted(-1, dy))
        moves |= allowed.astype(np.uint8) << bit
    return solid, passable, moves


def _boxes(changed: tuple[np.ndarray, np.ndarray], height: int, width: int) -> list[tuple[int, int, int, int]]:
    """(top, bottom, left, right) in the tables' cells, ends excluded, of boxes holding every cell within one of a
    `changed` cell (rows, columns of the walls' array, one ring wider; row by row), whose tables may differ: one box
    per group of changed cells, not one box round gates far apart."""
    boxes = []
    rows, columns = changed[0] - 1, changed[1] - 1
    for group in np.split(np.arange(len(rows)), np.flatnonzero(np.diff(rows) > 3) + 1):
        across = np.sort(columns[group])
        for part in np.split(across, np.flatnonzero(np.diff(across) > 3) + 1):
            boxes.append((max(int(rows[group[0]]) - 1, 0), min(int(rows[group[-1]]) + 2, height),
                          max(int(part[0]) - 1, 0), min(int(part[-1]) + 2, width)))
    return boxes


def _label_regions(passable: np.ndarray, moves: np.ndarray) -> tuple[list[int], list[int]]:
    """The passable cells' regions: the same number for all the passable cells joined by moves through passable
    cells, as the first cell of each run (a row's passable cells joined across), in order, and each run's region.
    The pairs of runs a move joins (one pair for all the moves between the same two runs) are joined by hooking each
    group of runs onto a lower-numbered one until no pair is apart: work over the runs, far fewer than the cells on a
    large map, and no table of a number per cell (a million of them on a big map, some 10 ms to make)."""
    width, cells, bits = passable.shape[1], passable.ravel(), moves.ravel()
    size = cells.size

    def joins(bit: int, step: int) -> np.ndarray:  # cells a move (that bit) joins to the cell `step` on, both passable
        return (bits[:size - step] & (1 << bit) != 0) & cells[:size - step] & cells[step:]
    left = np.zeros(size, dtype=bool)  # a move joins it to the cell on its left
    left[1:] = joins(MOVES.index((1, 0)), 1)
    runs = np.flatnonzero(cells & ~left)  # each run's first cell, row by row
    above, below = [], []
    for bit, (dx, dy) in enumerate(MOVES):
        if dy != 1:
            continue  # one move of each opposite pair joining two rows: a move and its reverse join the same cells
        step = width + dx
        join = joins(bit, step)
        join[1:] &= ~(join[:-1] & left[1:size - step] & left[step + 1:])  # as the cell on its left does: no news
        starts = np.flatnonzero(join)
        above.append(np.searchsorted(runs, starts, "right") - 1)  # the runs they are in, by number
        below.append(np.searchsorted(runs, starts + step, "right") - 1)
    region = np.arange(len(runs))  # each run's group, by a run's number
    above, below = np.concatenate(above), np.concatenate(below)
    while True:
        low, high = region[above], region[below]
        apart = low != high
        if not apart.any():
            return runs.tolist(), region.tolist()
        above, below, low, high = above[apart], below[apart], low[apart], high[apart]  # joined once, joined for good
        # Each group hooked onto a lower-numbered one it touches (which one, of several, is no matter: only which
        # cells share a number is ever asked), then every run sent straight to its group's number.
        region[np.maximum(low, high)] = np.minimum(low, high)
        while True:
            up = region[region]
            if np.array_equal(up, region):
                break
            region = up


# The route tables of the last few maps routed on, by their walls and tile size: derived from them alone, so never
# stale. Not by the level: each start or restart of a map is a new LevelData, and keeping the tables of the last few
# kept those levels alive too, a few MB more with every restart of a large map until the oldest went.
_ROUTE_TABLES: list[tuple[tuple, _RouteTables]] = []
_ROUTE_TABLES_KEPT = 4


def _route_tables(level: LevelData) -> _RouteTables:
    walls = (level.tile_width, level.tile_height, level.solid)
    for known, tables in _ROUTE_TABLES:
        if known[2] is walls[2] or known == walls:
            return tables
    same_size = [tables for known, tables in _ROUTE_TABLES if known[:2] == walls[:2]
                 and (tables.width, tables.height) == (level.width + 2, level.height + 2)]
    tables = _RouteTables(level, same_size[0] if same_size else None)  # a gate moved: from the walls before
    _ROUTE_TABLES.insert(0, (walls, tables))
    del _ROUTE_TABLES[_ROUTE_TABLES_KEPT:]
    return tables
