"""Writes bench/arena.tmx: the stress arena (real Mars tileset, cover, 200 Dis around the player, storm 1.0).

`python -m bench.arena` rewrites it; the output is deterministic, so the committed file only changes when
this script does. The map follows docs/level-design.md (ground / decoration / walls / objects, walls and
cliffs autotiled, one player spawn, enemy_spawn points of kind dis) so the game's own checker accepts it.
"""

import math
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARENA = HERE / "arena.tmx"

WIDTH, HEIGHT, TILE = 80, 50, 32  # 2560 x 1600 px: a 1280 x 720 view sees about a third of it
CENTRE = (WIDTH * TILE / 2, HEIGHT * TILE / 2)
ENEMIES = 200
CLIFF_BASE, WALL_BASE = 56, 32  # tile ids (docs/level-design.md: base + N·1 + E·2 + S·4 + W·8)
BOULDERS = range(16, 24)  # solid obstacles
SEED = 7


def _gid(tile_id: int) -> int:
    return tile_id + 1  # the map's only tileset starts at firstgid 1


def _autotile(cells: set, base: int, edge_counts: bool) -> dict:
    """The wall or cliff shape for each cell: which of its four neighbours are the same kind."""
    shapes = {}
    for col, row in cells:
        mask = 0
        for bit, (dc, dr) in enumerate(((0, -1), (1, 0), (0, 1), (-1, 0))):
            c, r = col + dc, row + dr
            outside = not (0 <= c < WIDTH and 0 <= r < HEIGHT)
            if (c, r) in cells or (outside and edge_counts):
                mask |= 1 << bit
        shapes[(col, row)] = base + mask
    return shapes


def _distance_to_centre(col: int, row: int) -> float:
    return math.hypot((col + 0.5) * TILE - CENTRE[0], (row + 0.5) * TILE - CENTRE[1])


def build(seed: int = SEED) -> str:
    """The arena's XML text. One generator feeds every step, in this order: the text depends on it."""
    rng = random.Random(seed)
    ground = [[_gid(rng.choice((0, 0, 1, 2)) if rng.random() > 0.04 else rng.randint(3, 7))
               for _ in range(WIDTH)] for _ in range(HEIGHT)]
    decoration = [[_gid(rng.randint(8, 15)) if rng.random() < 0.03 else 0 for _ in range(WIDTH)]
                  for _ in range(HEIGHT)]
    walls = _walls(rng)
    return _map_xml(ground, decoration, walls, _objects(_enemy_spots(rng, walls)))


def _walls(rng: random.Random) -> list[list[int]]:
    """The walls layer: a ring of cliffs round the map, then cover (base-wall L shapes and boulders) off the centre."""
    walls = [[0] * WIDTH for _ in range(HEIGHT)]

    # A ring of cliffs two tiles thick keeps everything in; the outside of the map counts as cliff.
    cliffs = {(c, r) for r in range(HEIGHT) for c in range(WIDTH)
              if min(c, r, WIDTH - 1 - c, HEIGHT - 1 - r) < 2}
    for (c, r), tile in _autotile(cliffs, CLIFF_BASE, edge_counts=True).items():
        walls[r][c] = _gid(tile)

    # Cover: short base-wall segments (L shapes) and boulders, kept out of the player's circle.
    segments = set()
    for _ in range(14):
        while True:
            col, row = rng.randint(4, WIDTH - 8), rng.randint(4, HEIGHT - 8)
            if _distance_to_centre(col, row) > 330:
                break
        length, turn = rng.randint(3, 6), rng.randint(0, 3)
        dc, dr = rng.choice(((1, 0), (0, 1)))
        for i in range(length):
            segments.add((col + dc * i, row + dr * i))
        for i in range(1, turn + 1):  # the short leg of the L
            segments.add((col + dc * (length - 1) + dr * i, row + dr * (length - 1) + dc * i))
    for (c, r), tile in _autotile(segments, WALL_BASE, edge_counts=False).items():
        walls[r][c] = _gid(tile)
    for _ in range(40):
        col, row = rng.randint(3, WIDTH - 4), rng.randint(3, HEIGHT - 4)
        if _distance_to_centre(col, row) > 260 and not walls[row][col]:
            walls[row][col] = _gid(rng.choice(BOULDERS))
    return walls


def _enemy_spots(rng: random.Random, walls: list[list[int]]) -> list[tuple[int, int]]:
    """ENEMIES spots on a jittered grid in a ring round the player, clear of the walls, in reading order: most are on
    screen once they close in."""
    solid = {(c, r) for r in range(HEIGHT) for c in range(WIDTH) if walls[r][c]}

    def clear(x, y, margin=28.0) -> bool:  # a Dis (radius 20) standing here touches no solid cell
        c0, c1 = int((x - margin) // TILE), int((x + margin) // TILE)
        r0, r1 = int((y - margin) // TILE), int((y + margin) // TILE)
        return not any((c, r) in solid for c in range(c0, c1 + 1) for r in range(r0, r1 + 1))

    spots = []
    step = 44
    for gy in range(int(CENTRE[1] - 820), int(CENTRE[1] + 820), step):
        for gx in range(int(CENTRE[0] - 820), int(CENTRE[0] + 820), step):
            x, y = gx + rng.uniform(-6, 6), gy + rng.uniform(-6, 6)
            if 220 <= math.hypot(x - CENTRE[0], y - CENTRE[1]) <= 820 and clear(x, y):
                spots.append((round(x), round(y)))
    rng.shuffle(spots)
    if len(spots) < ENEMIES:
        raise SystemExit(f"only {len(spots)} clear spots for {ENEMIES} enemies: loosen the cover")
    return sorted(spots[:ENEMIES], key=lambda p: (p[1], p[0]))


def _objects(enemies: list[tuple[int, int]]) -> list[str]:
    """The objects layer's entries: the player's spawn, the alarm trigger, a Dis at each of `enemies`."""
    objects = [f'  <object id="1" name="Layzner" type="player_spawn" x="{CENTRE[0]:g}" y="{CENTRE[1]:g}">'
               '<point/></object>']
    # An alarm the scripted player crosses on every lap of its circle: calm Dis come to fight.
    objects.append(f'  <object id="2" name="alarm" type="trigger" x="{CENTRE[0] + 40:g}" y="{CENTRE[1] - 160:g}" '
                   'width="200" height="320">\n   <properties>\n'
                   '    <property name="action" propertytype="TriggerAction" value="alarm"/>\n'
                   '    <property name="once" type="bool" value="false"/>\n   </properties>\n  </object>')
    for i, (x, y) in enumerate(enemies):
        objects.append(f'  <object id="{i + 3}" name="dis {i}" type="enemy_spawn" x="{x}" y="{y}">\n'
                       '   <properties>\n    <property name="kind" propertytype="EnemyKind" value="dis"/>\n'
                       '   </properties>\n   <point/>\n  </object>')
    return objects


def _map_xml(ground, decoration, walls, objects: list[str]) -> str:
    """The .tmx text: the map's properties, the Mars tileset, the three tile layers and the objects."""
    def csv(grid):
        return ",\n".join(",".join(str(v) for v in row) for row in grid)

    def layer(ident, name, grid):
        return (f' <layer id="{ident}" name="{name}" width="{WIDTH}" height="{HEIGHT}">\n'
                f'  <data encoding="csv">\n{csv(grid)}\n</data>\n </layer>\n')

    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<map version="1.8" tiledversion="1.8.2" orientation="orthogonal" renderorder="right-down" '
        f'width="{WIDTH}" height="{HEIGHT}" tilewidth="{TILE}" tileheight="{TILE}" infinite="0" '
        f'nextlayerid="5" nextobjectid="{len(objects) + 1}">\n'
        ' <properties>\n'
        '  <property name="storm" type="float" value="1"/>\n'
        '  <property name="title" value="Bench arena"/>\n'
        '  <property name="wind" type="float" value="30"/>\n'
        '  <property name="wind_speed" type="float" value="60"/>\n'
        ' </properties>\n'
        ' <tileset firstgid="1" source="../assets/tilesets/mars.tsx"/>\n'
        + layer(1, "ground", ground) + layer(2, "decoration", decoration) + layer(3, "walls", walls)
        + ' <objectgroup id="4" name="objects">\n' + "\n".join(objects) + '\n </objectgroup>\n</map>\n'
    )


def arena_path() -> Path:
    """bench/arena.tmx, rewritten first if it is missing or this script has changed what it makes."""
    text = build()
    if not ARENA.exists() or ARENA.read_text(encoding="utf-8") != text:
        ARENA.write_text(text, encoding="utf-8")
    return ARENA


def write(path: Path = ARENA) -> Path:
    path.write_text(build(), encoding="utf-8")
    return path


def main() -> int:
    from game.content.catalog import load_catalog
    from game.content.check import level_problems
    from game.content.level import load_level
    path = write()
    problems = level_problems(load_level(path), load_catalog())  # the game's own checker must accept it
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"wrote {path.relative_to(HERE.parent)}" + (f" with {len(problems)} problems" if problems else ""))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
