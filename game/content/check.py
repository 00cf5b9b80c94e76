"""Checking levels the way a designer needs: every mistake as one line, beyond syntax (walls, kinds, reachability)."""

import math
from dataclasses import dataclass
from pathlib import Path

from game.content.catalog import Catalog
from game.content.errors import ContentError, Problem
from game.content.level import LevelData, load_level
from game.content.schema import suggest

ROOT = Path(__file__).resolve().parents[2]
MUSIC = ROOT / "assets" / "music"
PROBE = 16  # px between the points of the on-foot reachability grid: finer than a tile, so narrow gaps count


@dataclass(frozen=True)
class CheckedMap:
    path: Path
    problems: tuple[Problem, ...]  # must be fixed: the game refuses the map
    warnings: tuple[Problem, ...] = ()  # Tiled features the game ignores: worth a look, the map still plays


def check_paths(paths, catalog: Catalog) -> list[CheckedMap]:
    """Check every map named (a folder means every .tmx in it, recursively), in a stable order."""
    return [check_map(path, catalog) for path in expand(paths)]


def expand(paths) -> list[Path]:
    maps = []
    for path in map(Path, paths):
        maps.extend(sorted(path.rglob("*.tmx")) if path.is_dir() else [path])
    return maps


def check_map(path: Path, catalog: Catalog) -> CheckedMap:
    try:
        level = load_level(path)
    except ContentError as error:
        return CheckedMap(path, error.problems)
    return CheckedMap(path, tuple(level_problems(level, catalog)), level.warnings)


def level_problems(level: LevelData, catalog: Catalog) -> list[Problem]:
    """Problems the loader alone cannot see: unknown kinds and tracks, spawns in walls, places out of reach."""
    problems = []
    known = catalog.enemy_kinds
    radius = catalog.units[catalog.player].radius
    if inside_wall(level, *level.player_spawn, radius):
        problems.append(Problem(level.path, "player_spawn", "a spawn on open ground",
                                f"a spawn inside a wall at {_cell(level, *level.player_spawn)}",
                                "move it off the solid tiles"))
    for spawn in level.enemy_spawns:
        where = f'{_layer(spawn.layer)}object {spawn.object_id} "{spawn.name}"'
        if spawn.kind not in known:
            problems.append(Problem(level.path, f"{where}, property kind", "an enemy kind", f'"{spawn.kind}"',
                                    f'kind "{spawn.kind}" is not an enemy kind; {suggest(spawn.kind, known)}'))
        elif inside_wall(level, spawn.x, spawn.y, catalog.units[spawn.kind].radius):
            problems.append(Problem(level.path, where, "a spawn on open ground",
                                    f"a spawn inside a wall at {_cell(level, spawn.x, spawn.y)}",
                                    "move it off the solid tiles"))
    if level.music and not any(MUSIC.glob(f"{level.music}.*")):
        tracks = sorted({p.stem for p in MUSIC.glob("*.*")}) or ["(none yet)"]
        problems.append(Problem(level.path, "map property music", "a track in assets/music", f'"{level.music}"',
                                suggest(level.music, tracks)))
    problems.extend(_unreachable(level, radius))
    return problems


def _unreachable(level: LevelData, radius: float) -> list[Problem]:
    """What the player must get to (objectives, or else every enemy) must be reachable on foot from the spawn."""
    if inside_wall(level, *level.player_spawn, radius):
        return []  # already reported; reachability from inside a wall means nothing
    reach = Reach(level, radius)
    problems = []
    if level.objectives:
        for objective in level.objectives:
            if not reach.any_inside(objective.region):
                problems.append(Problem(level.path, f'{_layer(objective.layer)}object {objective.object_id} "{objective.name}"',
                                        "an objective the player can walk to", "no way there from the player spawn",
                                        "open a gap at least two tiles wide in the walls around it"))
    else:
        for spawn in level.enemy_spawns:
            if not reach.near(spawn.x, spawn.y, radius * 3):
                problems.append(Problem(level.path, f'{_layer(spawn.layer)}object {spawn.object_id} "{spawn.name}"',
                                        "an enemy the player can get to (all must be destroyed to win)",
                                        "no way there from the player spawn", "open a way to it, or add an objective"))
    return problems


class Reach:
    """Flood fill of where a machine of this radius can stand, on a grid finer than the tiles."""

    def __init__(self, level: LevelData, radius: float) -> None:
        self.level = level
        width, height = level.pixel_size
        self.columns, self.rows = width // PROBE + 1, height // PROBE + 1
        columns, rows = self.columns, self.rows
        sx, sy = level.player_spawn
        start = (min(columns - 1, round(sx / PROBE)), min(rows - 1, round(sy / PROBE)))
        # Flat, with a border of closed points round the grid: a neighbour is one addition away, no bounds tests.
        stride = columns + 2
        todo = bytearray(stride * (rows + 2))  # 1: open and not reached yet
        for r, line in enumerate(_open_probes(level, radius, columns, rows)):
            todo[(r + 1) * stride + 1:(r + 1) * stride + 1 + columns] = line
        reached = _fill(todo, stride, (start[1] + 1) * stride + start[0] + 1)
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


def _fill(todo: bytearray, stride: int, first: int) -> bytearray:
    """Flood fill, 8 ways, from `first` over the open points of `todo` (a grid `stride` wide with a closed border;
    emptied as it goes); returns the points reached. A span of a row at a time: the scanning is bytearray.find's."""
    reached = bytearray(len(todo))
    todo[first] = 1  # the spawn itself was checked separately
    stack = [first]
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


def _open_probes(level: LevelData, radius: float, columns: int, rows: int) -> list[bytearray]:
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


def _cell(level: LevelData, x: float, y: float) -> str:
    return f"tile ({int(x // level.tile_width)}, {int(y // level.tile_height)})"


def _layer(name: str) -> str:
    return f'layer "{name}", ' if name else ""
