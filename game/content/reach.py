"""Where a machine can get to on foot (a flood fill over a grid finer than the tiles), whether a spot is in a wall,
and whether a machine has room near a point (the checker's test of a patrol's ways and points)."""

import functools
import math
from typing import NamedTuple

import numpy as np

from game.content.level_data import LevelData
from game.sim.terrain import circle_in_wall  # the game's own collision: the room checked is the room in play

PROBE = 16  # px between the points of the on-foot reachability grid: finer than a tile, so narrow gaps count


class Walls(NamedTuple):
    """A level's walls as circle_in_wall reads them."""
    tile_width: int
    tile_height: int
    solid: tuple
    width: int
    height: int


class Reach:
    """Flood fill of where a machine of this radius can stand, on a grid finer than the tiles."""

    def __init__(self, level: LevelData, radius: float, keep_out=None) -> None:
        """`keep_out`: a region whose points the machine's centre is kept out of (where it would fire a trigger)."""
        # The walls alone, as circle_in_wall reads them: a Reach kept (reach_of) keeps no level alive with it
        self.walls = Walls(level.tile_width, level.tile_height, level.solid, level.width, level.height)
        self.radius = radius
        width, height = level.pixel_size
        self.columns, self.rows = width // PROBE + 1, height // PROBE + 1
        columns, rows = self.columns, self.rows
        sx, sy = level.player_spawn
        start = (min(columns - 1, round(sx / PROBE)), min(rows - 1, round(sy / PROBE)))
        steps = int(radius // PROBE) + 2
        # Flat, with a border of closed points round the grid: a neighbour is one addition away, no bounds tests.
        stride = columns + 2
        bordered = np.zeros((rows + 2, stride), dtype=np.uint8)
        self.open = open_probes(level, radius, columns, rows)  # [row, column]: 1 where the machine fits
        for row, column in self._probes_in(keep_out) if keep_out is not None else ():
            self.open[row, column] = 0
        bordered[1:-1, 1:-1] = self.open
        todo = bytearray(bordered.tobytes())  # 1: open and not reached yet
        # The game nudges a spawn near a wall clear of it: the open points a radius round it are where it stands.
        nudged = [(r + 1) * stride + c + 1
                  for r in range(max(0, start[1] - steps), min(rows, start[1] + steps + 1))
                  for c in range(max(0, start[0] - steps), min(columns, start[0] + steps + 1))
                  if todo[(r + 1) * stride + c + 1] and math.hypot(c * PROBE - sx, r * PROBE - sy) <= radius + PROBE]
        reached = _fill(todo, stride, [(start[1] + 1) * stride + start[0] + 1] + nudged)
        # [row][column]: 1 where reached (a byte; only its truth is asked)
        self.reached = [reached[(r + 1) * stride + 1:(r + 1) * stride + 1 + columns] for r in range(rows)]

    def any_inside(self, region) -> bool:
        """Whether the machine can bring its centre inside the region: a reached probe point in it, or else a point of
        it where the machine stands clear of the walls next to a reached probe point. Probe points are PROBE px
        apart, so a small region (a marker less than PROBE px across, a thin strip) may hold none, and one along a wall
        may hold only those too near the wall, while the machine fits in it between them."""
        # The probes round it first: a slice of a few rows, where the probes in it are a test of each; none reached
        # there (a place behind a shut gate, asked for every set of gates open), and none in it is either
        return self._reached_round(region) and (
            any(self.reached[r][c] for r, c in self._probes_in(region))
            or any(self._reached_beside(x, y) and not circle_in_wall(self.walls, x, y, self.radius)
                   for x, y in _points_in(region, PROBE / 4)))

    def _reached_round(self, region) -> bool:
        """Whether any probe point a point of the region could be beside (_reached_beside) is reached, those in it
        (_probes_in) among them: none, and its thousands of points need no look."""
        c0, r0 = max(0, int(region.x // PROBE)), max(0, int(region.y // PROBE))
        c1, r1 = int((region.x + region.width) // PROBE) + 2, int((region.y + region.height) // PROBE) + 2
        return any(any(row[c0:c1]) for row in self.reached[r0:r1])

    def room_inside(self, region) -> bool:
        """Whether the machine fits anywhere in the region, clear of the walls, reached or not: a region drawn over
        walls, or in a corner narrower than the machine, has no spot its centre could get to, whatever ways are open."""
        return any(self.open[r, c] for r, c in self._probes_in(region)) \
            or any(not circle_in_wall(self.walls, x, y, self.radius) for x, y in _points_in(region, PROBE / 4))

    def _probes_in(self, region):
        """(row, column) of each probe point inside the region, as they are looked at (a generator: the callers stop at
        the first that answers)."""
        c0, r0 = max(0, int(region.x // PROBE)), max(0, int(region.y // PROBE))
        c1 = min(self.columns - 1, int((region.x + region.width) // PROBE) + 1)
        r1 = min(self.rows - 1, int((region.y + region.height) // PROBE) + 1)
        return ((r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1) if region.contains(c * PROBE, r * PROBE))

    def reached_points(self, region) -> list[tuple[float, float]]:
        """(x, y) of each reached probe point inside the region, row by row: where the machine may stand in it."""
        return [(c * PROBE, r * PROBE) for r, c in self._probes_in(region) if self.reached[r][c]]

    def _reached_beside(self, x: float, y: float) -> bool:
        """A reached probe point at a corner of the square of the probe grid that (x, y) is in."""
        column, row = int(x // PROBE), int(y // PROBE)
        return any(0 <= r < self.rows and 0 <= c < self.columns and self.reached[r][c]
                   for r in (row, row + 1) for c in (column, column + 1))

    def nearest_to(self, region) -> tuple[float, float, float] | None:
        """(x, y, distance) of the reached probe point nearest the region's bounding box: where the machine's way
        ends, short of it, and how far short (px); None when nothing is reached. Of points as near, the first row by
        row: the same map, the same answer."""
        if not self.reached:
            return None
        grid = np.frombuffer(b"".join(self.reached), dtype=np.uint8).reshape(self.rows, self.columns)
        rows, columns = np.nonzero(grid)
        if not len(rows):
            return None
        xs, ys = columns * float(PROBE), rows * float(PROBE)
        dx = np.maximum(0.0, np.maximum(region.x - xs, xs - region.x - region.width))
        dy = np.maximum(0.0, np.maximum(region.y - ys, ys - region.y - region.height))
        distance = np.hypot(dx, dy)
        nearest = int(np.argmin(distance))
        return xs.item(nearest), ys.item(nearest), distance.item(nearest)

    def near(self, x: float, y: float, distance: float) -> bool:
        steps = int(distance // PROBE) + 1
        cx, cy = round(x / PROBE), round(y / PROBE)
        return any(0 <= cy + dr < self.rows and 0 <= cx + dc < self.columns and self.reached[cy + dr][cx + dc]
                   and math.hypot(dc, dr) * PROBE <= distance
                   for dr in range(-steps, steps + 1) for dc in range(-steps, steps + 1))


# The last few flood fills made, by what they are made from alone (the walls, the tile size, the spawn, the radius),
# so never stale: the gates' checks and the objectives' times ask of the same walls, and a restart of a map asks again
_REACHES: list[tuple[tuple, Reach]] = []
_REACHES_KEPT = 16  # a map with a few gates asks of a few sets of walls, at two radii


def reach_of(level: LevelData, radius: float) -> Reach:
    """Reach(level, radius), made once for these walls, spawn and radius (one set of walls each set of gates shut)."""
    made_from = (level.solid, level.tile_width, level.tile_height, level.player_spawn, radius)
    for known, reach in _REACHES:
        if known[0] is made_from[0] and known[1:] == made_from[1:] or known == made_from:
            return reach
    reach = Reach(level, radius)
    _REACHES.insert(0, (made_from, reach))
    del _REACHES[_REACHES_KEPT:]
    return reach


def _points_in(region, step: float) -> list[tuple[float, float]]:
    """The points of a grid `step` px fine (at most 64 a side: a region with no probe point in it is narrow) that lie
    in the region, its centre first."""
    across = max(1, min(64, math.ceil(max(region.width, region.height) / step)))
    grid = [(region.x + region.width * i / across, region.y + region.height * j / across)
            for j in range(across + 1) for i in range(across + 1)]
    return [point for point in [region.centre] + grid if region.contains(*point)]


def _fill(todo: bytearray, stride: int, seeds: list[int]) -> bytearray:
    """Flood fill, 8 ways, from `seeds` over the open points of `todo` (a grid `stride` wide with a closed border;
    emptied as it goes); returns the points reached. A span of a row at a time: the scanning is bytearray.find's."""
    reached = bytearray(len(todo))
    todo[seeds[0]] = 1  # the spawn itself was checked separately
    stack = list(seeds)
    while stack:
        seed = stack.pop()
        if not todo[seed]:
            continue  # reached from another span since it was pushed
        row = seed - seed % stride
        left, right = todo.rfind(0, row, seed) + 1, todo.find(0, seed, row + stride)
        todo[left:right] = bytes(right - left)
        reached[left:right] = b"\x01" * (right - left)
        for low in (left - stride - 1, left + stride - 1):  # the rows above and below, one wider each side
            high = low + right - left + 2
            here = todo.find(1, low, high)
            while here != -1:  # each open run there touching the span: one seed each
                stack.append(here)
                end = todo.find(0, here, high)
                here = -1 if end == -1 else todo.find(1, end, high)
    return reached


def open_probes(level: LevelData, radius: float, columns: int, rows: int) -> np.ndarray:
    """[row, column]: 1 where a circle of this radius centred on the probe point touches no solid cell (what an exact
    circle-against-cells test would say at every probe point).

    Each row's runs of solid cells, the map's outside counted as solid, close every probe nearer than `radius` to
    the run's rectangle: the span of probes each run closes on each probe row near it is worked out for all runs
    at once, and the spans are stamped by adding +1 at their starts and -1 past their ends and summing along rows.
    """
    tw, th = level.tile_width, level.tile_height
    run_row, first_column, last_column = _solid_runs(level)
    y0, y1 = run_row * th, (run_row + 1) * th
    first = np.maximum(0, np.floor((y0 - radius) / PROBE).astype(np.intp) + 1)  # the probe rows near each run
    last = np.minimum(rows - 1, np.ceil((y1 + radius) / PROBE).astype(np.intp) - 1)
    near = np.maximum(0, last - first + 1)
    run = np.repeat(np.arange(len(near)), near)  # each (run, probe row) pair
    probe_row = first[run] + np.arange(len(run)) - np.repeat(near.cumsum() - near, near)
    py = probe_row * PROBE
    dy = np.maximum(0, np.maximum(y0[run] - py, py - y1[run]))
    close = dy < radius
    run, probe_row, dy = run[close], probe_row[close], dy[close]
    reach = np.sqrt(radius * radius - dy * dy)  # closed: x0 - reach < px < x1 + reach
    a = np.maximum(0, np.floor((first_column[run] * tw - reach) / PROBE).astype(np.intp) + 1)
    b = np.minimum(columns - 1, np.ceil(((last_column[run] + 1) * tw + reach) / PROBE).astype(np.intp) - 1)
    spans = a <= b
    stamps = np.zeros((rows, columns + 1), dtype=np.intp)
    np.add.at(stamps, (probe_row[spans], a[spans]), 1)
    np.add.at(stamps, (probe_row[spans], b[spans] + 1), -1)
    closed = stamps.cumsum(axis=1)[:, :columns] > 0
    return (~closed).view(np.uint8)


def _solid_runs(level: LevelData) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(row, first column, last column) of every run of solid cells, row by row, with a ring of solid cells round the
    map: the point outside the map nearest to any probe lies in that ring, so it stands for everything outside."""
    ringed = (~level.open_cells).view(np.int8)  # open_cells has that ring, and is made once per level
    edges = np.diff(ringed, axis=1, prepend=0, append=0)  # +1 where a run starts, -1 just past where it ends
    starts, ends = np.nonzero(edges == 1), np.nonzero(edges == -1)
    # In the ring's coordinates, row and column 0 are the map's -1: the same order, row by row, left to right.
    return starts[0] - 1, starts[1] - 1, ends[1] - 2


def inside_wall(level: LevelData, x: float, y: float, radius: float) -> bool:
    """True when the spawn's centre, or most of its body, is on solid cells."""
    probes = [(x, y)] + [(x + radius * 0.7 * math.cos(a), y + radius * 0.7 * math.sin(a))
                         for a in (0, math.pi / 2, math.pi, 3 * math.pi / 2)]
    blocked = sum(level.is_solid_cell(int(px // level.tile_width), int(py // level.tile_height)) for px, py in probes)
    return level.is_solid_cell(int(x // level.tile_width), int(y // level.tile_height)) or blocked >= 3


def room_near(level: LevelData, x: float, y: float, radius: float, within: float, steps: int = 7) -> bool:
    """True when a machine of this radius can stand somewhere within `within` px of (x, y) clear of every solid cell
    (the map's outside counts as solid), looked for on a grid `within / steps` px fine. Walls push a machine out of
    them, so one headed for (x, y) gets as near as that spot; with no such spot it pushes against them for good."""
    if not circle_in_wall(level, x, y, radius):
        return True
    return any(not circle_in_wall(level, x + i * within / steps, y + j * within / steps, radius)
               for i, j in _nearest_first(steps))


@functools.cache
def _nearest_first(steps: int) -> tuple[tuple[int, int], ...]:
    """The grid steps (i, j) within `steps` of the centre, the nearest first: a spot with room is most often near the
    point, and `any` stops at the first (the answer is the same in any order)."""
    span = range(-steps, steps + 1)
    disc = [(i, j) for i in span for j in span if i * i + j * j <= steps * steps]
    return tuple(sorted(disc, key=lambda step: step[0] * step[0] + step[1] * step[1]))


def roomy_at(level: LevelData, cells: tuple[np.ndarray, np.ndarray], radius: float) -> np.ndarray:
    """For each point (its cell as LevelData.cells_at gives it), whether a machine of this radius centred there
    surely touches no wall: it is no wider than a tile and its cell and the eight round it are open
    (LevelData.roomy)."""
    if radius > min(level.tile_width, level.tile_height):
        return np.zeros(len(cells[0]), dtype=bool)
    return level.roomy_cells[cells]
