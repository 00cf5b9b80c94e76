"""Where the bot's machine fits, and routes through it: a clearance grid finer than the tiles, A*, shortcuts.

The grid has a node every NODE px (half a tile). Each node knows its clearance: how far it is from the
nearest solid cell (or the map's edge). A machine of radius r can stand on nodes whose clearance is at
least r, so a two-tile doorway is open and a one-tile gap is not, whatever the tiles around it look like.
Routes prefer roomy nodes, then lose their zigzags: a waypoint is skipped whenever the machine's whole
body can sweep straight past it (a capsule test against the solid cells).
"""

import heapq
import math

import numpy as np

NODE = 16  # px between nodes: the same probe as the checker's reachability grid
CAP = 64.0  # px: clearances are measured up to this far
ROOMY = 14.0  # px beyond the body's radius from which a node costs no extra
CROWDED = 2.5  # extra cost per px of route through a node touching the wall, tapering to 0 at ROOMY
SQRT2 = math.sqrt(2.0)
_STEPS = ((1, 0, 1.0), (-1, 0, 1.0), (0, 1, 1.0), (0, -1, 1.0),
          (1, 1, SQRT2), (1, -1, SQRT2), (-1, 1, SQRT2), (-1, -1, SQRT2))
REACH = int(CAP // NODE) + 1  # nodes past a cell's own on each side that can lie within CAP of it
FAR = int(CAP) + 2  # gaps (px, whole numbers) are counted up to FAR - 1, past CAP: a node that far keeps its CAP
# A node's distance from a cell it lies dx across and dy down from: along one axis the gap itself, else its hypot
DISTANCES = np.array([math.hypot(dx, dy) if dx and dy else float(dx + dy) for dy in range(FAR) for dx in range(FAR)])
BATCH = 128  # cells at a time: working arrays of ~170 KB. At 4,096 (a few MB each) the allocator kept their pages,
# and the bot restarting a level every 15 s grew RSS 5.3 % in 20 minutes (bench.memory growth; 1.8 % at 128), for
# no speed: the grid's build is the same at both, on the shipped levels and on 1,000 x 1,000


class NavGrid:
    """The level's open ground for one machine radius: clearance per node, what is reachable, routes."""

    def __init__(self, level, radius: float, start: tuple[float, float]) -> None:
        self.level = level
        self.radius = radius
        self.tw, self.th = level.tile_width, level.tile_height
        width, height = level.pixel_size
        self.width, self.height = width, height
        self.columns, self.rows = width // NODE + 1, height // NODE + 1
        self.solid = level.solid  # [row][column], as is_solid_cell answers inside the map
        clearance = self._clearances()
        is_open = clearance >= radius
        self.clearance, self.open = clearance.tolist(), is_open.tolist()  # lists: A* reads them a node at a time
        self.region = self._regions(is_open)
        first = self.nearest_open(*start)
        self.home = self.region[first] if first is not None else -1  # the area the machine starts in

    # -- building ---------------------------------------------------------------------------------
    def _clearances(self) -> np.ndarray:
        """Distance from each node to the nearest solid cell or the map's edge (capped at CAP): for each solid cell
        beside open ground (the nearest solid point to open ground is always on such a cell), the nodes within reach
        of it, some thousands of cells at a time. Each distance is looked up in DISTANCES, so it is the very float
        math.hypot gives, and a node keeps the least (np.minimum.at): the same grid bit for bit as a loop over the
        cells and nodes, four times sooner on a 1,000 x 1,000 map."""
        cols, rows = self.columns, self.rows
        # min(CAP, x, y, width - x, height - y) for every node at once: whole numbers and CAP, exact as floats
        xs, ys = np.arange(cols) * NODE, np.arange(rows) * NODE
        across = np.minimum(np.minimum(xs, self.width - xs), CAP)
        clear = np.minimum(np.minimum(ys, self.height - ys)[:, None], across[None, :]).astype(float).ravel()
        solid = np.array(self.solid, dtype=bool).reshape(self.level.height, self.level.width)
        ringed = np.ones((solid.shape[0] + 2, solid.shape[1] + 2), dtype=bool)  # past the map is not open ground
        ringed[1:-1, 1:-1] = solid
        beside_open = solid & ~np.logical_and.reduce([ringed[1 + dr:dr + ringed.shape[0] - 1,
                                                             1 + dc:dc + ringed.shape[1] - 1]
                                                      for dr in (-1, 0, 1) for dc in (-1, 0, 1)])
        cell_rows, cell_columns = beside_open.nonzero()
        for first in range(0, len(cell_rows), BATCH):
            r, r_near, dy = _near(cell_rows[first:first + BATCH], self.th, rows)
            c, c_near, dx = _near(cell_columns[first:first + BATCH], self.tw, cols)
            near = r_near[:, :, None] & c_near[:, None, :]
            node = (r * cols)[:, :, None] + c[:, None, :]
            np.minimum.at(clear, node[near], DISTANCES.take((dy * FAR)[:, :, None] + dx[:, None, :])[near])
        return clear

    def _regions(self, is_open: np.ndarray) -> list[int]:
        """Connected areas of open nodes (is_open: a flat array), numbered in the order of their first node (row by
        row); -1 for closed nodes.

        A diagonal step needs both nodes beside it open (_neighbours), which join its ends already, so the areas are
        those joined across and down: runs of open nodes along each row, joined where runs in rows next to each other
        overlap. Work in the number of runs, not of nodes (some 10,000 against 4 million on a 1,000 x 1,000 map)."""
        cols, rows = self.columns, self.rows
        grid = np.zeros((rows, cols + 2), dtype=np.int8)
        grid[:, 1:-1] = is_open.reshape(rows, cols)
        edges = np.diff(grid, axis=1)
        run_rows, starts = (edges == 1).nonzero()  # row by row, left to right: the order of their first nodes
        ends = (edges == -1).nonzero()[1]  # one past each run's last node
        parent = list(range(len(starts)))

        def root(run):
            while parent[run] != run:
                parent[run] = parent[parent[run]]
                run = parent[run]
            return run
        first_in_row = np.searchsorted(run_rows, np.arange(rows + 1)).tolist()
        starts_list, ends_list = starts.tolist(), ends.tolist()
        for r in range(rows - 1):  # join each run to the runs below that overlap it (a merge of two sorted rows)
            above, above_end = first_in_row[r], first_in_row[r + 1]
            below, below_end = above_end, first_in_row[r + 2]
            while above < above_end and below < below_end:
                if starts_list[above] < ends_list[below] and starts_list[below] < ends_list[above]:
                    a, b = root(above), root(below)
                    if a != b:
                        parent[max(a, b)] = min(a, b)  # the root is an area's first run
                if ends_list[above] < ends_list[below]:
                    above += 1
                else:
                    below += 1
        labels, numbered = [], {}
        for run in range(len(starts_list)):  # areas numbered by their first run, as a scan row by row meets them
            labels.append(numbered.setdefault(root(run), len(numbered)))
        # Each node's run (closed nodes: one past the last run, numbered -1): the runs' nodes laid end to end, node k
        # of them in run i at its first node + (k - the nodes in the runs before i).
        lengths = ends - starts
        run_of = np.full(rows * cols, len(labels), dtype=np.intp)
        run_of[np.repeat(run_rows * cols + starts - (lengths.cumsum() - lengths), lengths)
               + np.arange(int(lengths.sum()))] = np.repeat(np.arange(len(labels)), lengths)
        return np.array(labels + [-1], dtype=np.intp).take(run_of).tolist()

    def _neighbours(self, node: int):
        cols, rows, is_open = self.columns, self.rows, self.open
        r, c = divmod(node, cols)
        for dc, dr, step in _STEPS:
            nc, nr = c + dc, r + dr
            if not (0 <= nc < cols and 0 <= nr < rows):
                continue
            other = nr * cols + nc
            if not is_open[other]:
                continue
            if dc and dr and not (is_open[r * cols + nc] and is_open[nr * cols + c]):
                continue  # no squeezing diagonally past a corner
            yield other, step

    # -- questions --------------------------------------------------------------------------------
    def node_at(self, x: float, y: float) -> int:
        c = min(self.columns - 1, max(0, round(x / NODE)))
        r = min(self.rows - 1, max(0, round(y / NODE)))
        return r * self.columns + c

    def point(self, node: int) -> tuple[float, float]:
        r, c = divmod(node, self.columns)
        return float(c * NODE), float(r * NODE)

    def clearance_at(self, x: float, y: float) -> float:
        return self.clearance[self.node_at(x, y)]

    def reachable(self, node: int) -> bool:
        return self.open[node] and self.region[node] == self.home

    def nearest_open(self, x: float, y: float, within: float = 160.0, reachable: bool = False,
                     region: int | None = None) -> int | None:
        """The open node nearest (x, y), searching rings out to `within` px; None if there is none.

        reachable: only nodes in the area the machine started in; region: only nodes in that area."""
        if reachable:
            region = self.home
        cols, rows = self.columns, self.rows
        c0, r0 = round(x / NODE), round(y / NODE)
        best, best_distance = None, math.inf
        for ring in range(int(within // NODE) + 1):
            if best is not None and (ring - 1) * NODE > best_distance:
                break
            for r in range(r0 - ring, r0 + ring + 1):
                if not 0 <= r < rows:
                    continue
                edge = r in (r0 - ring, r0 + ring)
                for c in (range(c0 - ring, c0 + ring + 1) if edge else (c0 - ring, c0 + ring)):
                    if not 0 <= c < cols:
                        continue
                    node = r * cols + c
                    if not self.open[node] or (region is not None and self.region[node] != region):
                        continue
                    d = math.hypot(c * NODE - x, r * NODE - y)
                    if d < best_distance:
                        best, best_distance = node, d
        return best

    def best_node_in(self, region) -> int | None:
        """A reachable node inside a region (an objective), roomy if possible, near its centre."""
        cx, cy = region.centre
        best, best_score = None, math.inf
        c0, c1 = max(0, int(region.x // NODE)), min(self.columns - 1, int((region.x + region.width) // NODE) + 1)
        r0, r1 = max(0, int(region.y // NODE)), min(self.rows - 1, int((region.y + region.height) // NODE) + 1)
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                node = r * self.columns + c
                x, y = c * NODE, r * NODE
                if not self.reachable(node) or not region.contains(x, y):
                    continue
                cramped = max(0.0, self.radius + ROOMY - self.clearance[node])
                score = math.hypot(x - cx, y - cy) + cramped * 20
                if score < best_score:
                    best, best_score = node, score
        return best

    def capsule_clear(self, x0: float, y0: float, x1: float, y1: float, radius: float) -> bool:
        """True when a circle of this radius swept from (x0, y0) to (x1, y1) touches no solid cell or edge."""
        if min(x0, x1) < radius or min(y0, y1) < radius or max(x0, x1) > self.width - radius \
                or max(y0, y1) > self.height - radius:
            return False
        tw, th, solid = self.tw, self.th, self.solid
        c0, c1 = int((min(x0, x1) - radius) // tw), int((max(x0, x1) + radius) // tw)
        r0, r1 = int((min(y0, y1) - radius) // th), int((max(y0, y1) + radius) // th)
        height, width = len(solid), len(solid[0])
        for r in range(max(0, r0), min(height - 1, r1) + 1):
            cells = solid[r]
            for c in range(max(0, c0), min(width - 1, c1) + 1):
                if cells[c] and _segment_box_distance(x0, y0, x1, y1, c * tw, r * th,
                                                      (c + 1) * tw, (r + 1) * th) < radius:
                    return False
        return True

    # -- routes -----------------------------------------------------------------------------------
    def route(self, start: tuple[float, float], goal: int) -> list[tuple[float, float]] | None:
        """Smoothed waypoints (px) from start to the goal node; None when there is no way."""
        if goal is None or not self.open[goal]:
            return None
        first = self.nearest_open(*start, within=96.0, region=self.region[goal])
        if first is None:
            return None
        nodes = self._astar(first, goal)
        if nodes is None:
            return None
        return self.smooth(start, [self.point(node) for node in nodes])

    def _astar(self, start: int, goal: int) -> list[int] | None:
        cols = self.columns
        gc, gr = goal % cols, goal // cols
        clearance, roomy = self.clearance, self.radius + ROOMY
        cost = {start: 0.0}
        came_from = {start: -1}
        frontier = [(0.0, 0, start)]
        order = 0
        closed = set()
        while frontier:
            _, _, node = heapq.heappop(frontier)
            if node == goal:
                break
            if node in closed:
                continue
            closed.add(node)
            here = cost[node]
            for other, step in self._neighbours(node):
                crowd = roomy - clearance[other]
                new_cost = here + step * NODE * (1.0 + (CROWDED * crowd / ROOMY if crowd > 0 else 0.0))
                if new_cost < cost.get(other, math.inf):
                    cost[other] = new_cost
                    came_from[other] = node
                    order += 1
                    oc, orow = other % cols, other // cols
                    heapq.heappush(frontier, (new_cost + math.hypot(gc - oc, gr - orow) * NODE, order, other))
        if goal not in came_from:
            return None
        nodes = []
        node = goal
        while node >= 0:
            nodes.append(node)
            node = came_from[node]
        nodes.reverse()
        return nodes

    def smooth(self, start: tuple[float, float], points: list[tuple[float, float]]) -> list[tuple[float, float]]:
        """Drop every waypoint the machine can sweep straight past (greedy string pulling)."""
        if not points:
            return []
        kept = []
        anchor = start
        i = 0
        while i < len(points):
            j = i
            while j + 1 < len(points) and self._sweepable(anchor, points[j + 1]):
                j += 1
            kept.append(points[j])
            anchor = points[j]
            i = j + 1
        return kept

    def _sweepable(self, a: tuple[float, float], b: tuple[float, float]) -> bool:
        margin = min(self.radius + 3.0, self.clearance_at(*a), self.clearance_at(*b))
        return self.capsule_clear(a[0], a[1], b[0], b[1], max(self.radius, margin))


def _near(first: np.ndarray, size: int, count: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Along one axis, for cells starting at `first` (indices) `size` px long: the nodes from REACH before each
    cell's own to REACH past its far side's (a row per cell, of one length for all), whether each is one of those
    and on the grid of `count` nodes, and its gap from the cell in px (0 over it) up to FAR - 1."""
    start, end = first * size, (first + 1) * size
    at = (start // NODE - REACH)[:, None] + np.arange((size - 1) // NODE + 2 * REACH + 2)
    near = (at >= 0) & (at <= np.minimum(count - 1, end // NODE + REACH)[:, None])
    gap = np.maximum(np.maximum(start[:, None] - at * NODE, at * NODE - end[:, None]), 0)
    return at, near, np.minimum(gap, FAR - 1)


def _segment_box_distance(x0, y0, x1, y1, left, top, right, bottom) -> float:
    """Distance between a segment and an axis-aligned box (0 when they touch)."""
    if _segment_hits_box(x0, y0, x1, y1, left, top, right, bottom):
        return 0.0
    best = min(_point_box_distance(x0, y0, left, top, right, bottom),
               _point_box_distance(x1, y1, left, top, right, bottom))
    for cx, cy in ((left, top), (right, top), (left, bottom), (right, bottom)):
        best = min(best, _point_segment_distance(cx, cy, x0, y0, x1, y1))
    return best


def _point_box_distance(x, y, left, top, right, bottom) -> float:
    dx = left - x if x < left else (x - right if x > right else 0.0)
    dy = top - y if y < top else (y - bottom if y > bottom else 0.0)
    return math.hypot(dx, dy)


def _point_segment_distance(px, py, x0, y0, x1, y1) -> float:
    dx, dy = x1 - x0, y1 - y0
    length_sq = dx * dx + dy * dy
    t = 0.0 if length_sq == 0 else max(0.0, min(1.0, ((px - x0) * dx + (py - y0) * dy) / length_sq))
    return math.hypot(x0 + dx * t - px, y0 + dy * t - py)


def _segment_hits_box(x0, y0, x1, y1, left, top, right, bottom) -> bool:
    """Liang–Barsky clipping: does any part of the segment lie in the box?"""
    t0, t1 = 0.0, 1.0
    dx, dy = x1 - x0, y1 - y0
    for p, q in ((-dx, x0 - left), (dx, right - x0), (-dy, y0 - top), (dy, bottom - y0)):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            if t > t1:
                return False
            t0 = max(t0, t)
        else:
            if t < t0:
                return False
            t1 = min(t1, t)
    return t0 <= t1
