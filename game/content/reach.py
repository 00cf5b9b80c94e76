"""Where a machine can get to on foot: a flood fill over a grid finer than the tiles, and whether a spot is in a wall."""

import math

from game.content.level_data import LevelData

PROBE = 16  # px between the points of the on-foot reachability grid: finer than a tile, so narrow gaps count


class Reach:
    """Flood fill of where a machine of this radius can stand, on a grid finer than the tiles."""

    def __init__(self, level: LevelData, radius: float) -> None:
        self.level = level
        width, height = level.pixel_size
        self.columns, self.rows = width // PROBE + 1, height // PROBE + 1
        columns, rows = self.columns, self.rows
        sx, sy = level.player_spawn
        start = (min(columns - 1, round(sx / PROBE)), min(rows - 1, round(sy / PROBE)))
        steps = int(radius // PROBE) + 2
        # Flat, with a border of closed points round the grid: a neighbour is one addition away, no bounds tests.
        stride = columns + 2
        todo = bytearray(stride * (rows + 2))  # 1: open and not reached yet
        for r, line in enumerate(open_probes(level, radius, columns, rows)):
            todo[(r + 1) * stride + 1:(r + 1) * stride + 1 + columns] = line
        # The game nudges a spawn near a wall clear of it: the open points a radius round it are where it stands.
        nudged = [(r + 1) * stride + c + 1
                  for r in range(max(0, start[1] - steps), min(rows, start[1] + steps + 1))
                  for c in range(max(0, start[0] - steps), min(columns, start[0] + steps + 1))
                  if todo[(r + 1) * stride + c + 1] and math.hypot(c * PROBE - sx, r * PROBE - sy) <= radius + PROBE]
        reached = _fill(todo, stride, [(start[1] + 1) * stride + start[0] + 1] + nudged)
        self.reached = [list(map(bool, reached[(r + 1) * stride + 1:(r + 1) * stride + 1 + columns]))
                        for r in range(rows)]

    def any_inside(self, region) -> bool:
        c0, r0 = max(0, int(region.x // PROBE)), max(0, int(region.y // PROBE))
        c1 = min(self.columns - 1, int((region.x + region.width) // PROBE) + 1)
        r1 = min(self.rows - 1, int((region.y + region.height) // PROBE) + 1)
        return any(self.reached[r][c] and region.contains(c * PROBE, r * PROBE)
                   for r in range(r0, r1 + 1) for c in range(c0, c1 + 1))

    def near(self, x: float, y: float, distance: float) -> bool:
        steps = int(distance // PROBE) + 1
        cx, cy = round(x / PROBE), round(y / PROBE)
        return any(0 <= cy + dr < self.rows and 0 <= cx + dc < self.columns and self.reached[cy + dr][cx + dc]
                   and math.hypot(dc, dr) * PROBE <= distance
                   for dr in range(-steps, steps + 1) for dc in range(-steps, steps + 1))


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


def open_probes(level: LevelData, radius: float, columns: int, rows: int) -> list[bytearray]:
    """[row][column]: 1 where a circle of this radius centred on the probe point touches no solid cell (what an exact
    circle-against-cells test would say at every probe point).

    Each row's runs of solid cells, the map's outside counted as solid, close every probe nearer than `radius` to
    the run's rectangle: a few slice assignments per run instead of a distance test per probe.
    """
    tw, th, height = level.tile_width, level.tile_height, level.height
    grid = [bytearray(b"\x01") * columns for _ in range(rows)]
    for r in range(-1, height + 1):
        y0, y1 = r * th, (r + 1) * th
        first = max(0, math.floor((y0 - radius) / PROBE) + 1)
        last = min(rows - 1, math.ceil((y1 + radius) / PROBE) - 1)
        if first > last:
            continue
        for c0, c1 in _solid_runs(level, r):
            x0, x1 = c0 * tw, (c1 + 1) * tw
            for pr in range(first, last + 1):
                py = pr * PROBE
                dy = max(0, y0 - py, py - y1)
                if dy >= radius:
                    continue
                reach = math.sqrt(radius * radius - dy * dy)  # closed: x0 - reach < px < x1 + reach
                a = max(0, math.floor((x0 - reach) / PROBE) + 1)
                b = min(columns - 1, math.ceil((x1 + reach) / PROBE) - 1)
                if a <= b:
                    grid[pr][a:b + 1] = bytes(b - a + 1)
    return grid


def _solid_runs(level: LevelData, r: int) -> list[tuple[int, int]]:
    """Row r's runs of solid cells as (first, last) columns, with a ring of solid cells round the map: the point
    outside the map nearest to any probe lies in that ring, so it stands for everything outside."""
    if not 0 <= r < level.height:
        return [(-1, level.width)]
    runs, start = [], -1
    for c, solid in enumerate(level.solid[r]):
        if not solid:
            if start is not None:
                runs.append((start, c - 1))
            start = None
        elif start is None:
            start = c
    runs.append((level.width if start is None else start, level.width))
    return runs


def inside_wall(level: LevelData, x: float, y: float, radius: float) -> bool:
    """True when the spawn's centre, or most of its body, is on solid cells."""
    probes = [(x, y)] + [(x + radius * 0.7 * math.cos(a), y + radius * 0.7 * math.sin(a))
                         for a in (0, math.pi / 2, math.pi, 3 * math.pi / 2)]
    blocked = sum(level.is_solid_cell(int(px // level.tile_width), int(py // level.tile_height)) for px, py in probes)
    return level.is_solid_cell(int(x // level.tile_width), int(y // level.tile_height)) or blocked >= 3
