"""What grows with a map's size: `python -m bench.bigmap [sizes]` times large maps made from the Mars base.

Each map (default 200, 500 and 1,000 tiles square) is levels/mars_base.tmx's base in the corner of open ground with a
few short walls, its objects as they are, written to a temporary folder (its tileset and templates named relative to
it, as Tiled writes them). Per size: the check (`main.py check`'s reading and checking), the level's start (new_game),
the renderer's making, then TICKS ticks of the Layzner (unkillable) walking out of the base and firing, each tick
simulated, the view updated and drawn with F3 on (dummy display): median, p99 and the worst, the worst tick named by
its slowest system. Not a row of `make bench`: a tool for the large-map audit (bench/README.md).
"""

import os
import random
import re
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

from bench.measure import summary  # noqa: E402
from bench.scene import VIEW, make_unhurt, open_display  # noqa: E402
from game.content.catalog import load_catalog  # noqa: E402
from game.content.check import level_problems  # noqa: E402
from game.content.feel import load_feel  # noqa: E402
from game.content.level import load_level  # noqa: E402
from game.session import new_game, settle_heap  # noqa: E402
from game.settings import Settings  # noqa: E402
from game.sim.components import Position  # noqa: E402
from game.sim.resources import STEP  # noqa: E402
from game.sim.schedule import SYSTEMS  # noqa: E402
from game.view.renderer import Renderer  # noqa: E402
from game.view.sprites import SpriteBank  # noqa: E402

BASE = Path(__file__).resolve().parents[1] / "levels" / "mars_base.tmx"
TICKS = 1200  # 20 s of play: the Layzner crosses some 3,000 px of map, the view refilled as it goes
WALL = 72  # the Mars tileset's rock (gid), as round the base


def write_big_map(folder: Path, size: int) -> Path:
    """A size x size map: the base's 64 x 40 cells in its top-left corner, opened east and south onto ground of the
    base's kinds, rock round the edge, and a short run of rock in one cell in 100 (seeded: the same map each time)."""
    text = BASE.read_text(encoding="utf-8")
    rng = random.Random(size)
    grids = {"ground": [[rng.choice((1, 1, 2, 3)) for _ in range(size)] for _ in range(size)],
             "decoration": [[0] * size for _ in range(size)], "walls": [[0] * size for _ in range(size)]}
    walls = grids["walls"]
    for i in range(size):
        walls[0][i] = walls[-1][i] = walls[i][0] = walls[i][-1] = WALL
    for _ in range(size * size // 400):
        x, y = rng.randrange(2, size - 6), rng.randrange(2, size - 3)
        if x >= 70 or y >= 46:  # off the base
            walls[y][x:x + 4] = [WALL] * 4
    for name, grid in grids.items():
        for y, row in enumerate(_layer(text, name)):
            grid[y][:len(row)] = row
    for y in range(2, 38):  # the base's east and south walls opened
        walls[y][62:64] = [0, 0]
    walls[38][2:62] = walls[39][2:62] = [0] * 60
    text = text.replace('width="64" height="40"', f'width="{size}" height="{size}"')
    text = re.sub(r' *<property name="next"[^>]*/>\n', "", text)  # the campaign does not go on from here
    for name, grid in grids.items():
        csv = ",\n".join(",".join(map(str, row)) for row in grid)
        text = re.sub(rf'(<layer [^>]*name="{name}"[^>]*>\s*<data encoding="csv">).*?(</data>)',
                      lambda match: f"{match.group(1)}\n{csv}\n{match.group(2)}", text, flags=re.S)
    for old in sorted(set(re.findall(r'(?:source|template)="([^"]+\.(?:tsx|tx))"', text))):
        text = text.replace(f'"{old}"', f'"{os.path.relpath(BASE.parent / old, folder)}"')
    path = folder / f"big_{size}.tmx"
    path.write_text(text, encoding="utf-8")
    return path


def _layer(text: str, name: str) -> list[list[int]]:
    data = re.search(rf'<layer [^>]*name="{name}"[^>]*>\s*<data encoding="csv">(.*?)</data>', text, re.S).group(1)
    return [[int(cell) for cell in row.rstrip(",").split(",")] for row in data.strip().splitlines()]


def _figures(seconds: list[float]) -> str:
    """median, p99 (nearest rank, as make bench's) and max, in ms."""
    figures = summary(seconds)
    return f"median {figures['median'] * 1e3:.2f}, p99 {figures['p99'] * 1e3:.2f}, max {figures['max'] * 1e3:.1f} ms"


def measure(path: Path, surface, sprites, feel, catalog) -> None:
    begun = time.perf_counter()
    level = load_level(path)
    problems = level_problems(level, catalog)
    checked = time.perf_counter() - begun
    begun = time.perf_counter()
    game = new_game(path, seed=1)
    started = time.perf_counter() - begun
    begun = time.perf_counter()
    renderer = Renderer(game, VIEW, sprites, feel)
    made = time.perf_counter() - begun
    renderer.debug = True
    settle_heap()
    make_unhurt(game, enemies=False)
    settings, ticks, frames, worst = Settings(), [], [], (0.0, 0, "")
    for tick in range(TICKS):
        intent, pos = game.player_intent(), game.world.try_get(game.player, Position)
        intent.move_x, intent.move_y = 0.8, 0.6 if tick // 300 % 2 == 0 else -0.2
        intent.aim_x, intent.aim_y, intent.fire = pos.x + 300, pos.y, tick % 40 < 20
        game.res.events.clear()  # Game.step, one system at a time
        spent = 0.0
        for system in SYSTEMS:
            one = time.perf_counter()
            system(game.world, game.res)
            one = time.perf_counter() - one
            spent += one
            if one > worst[0]:
                worst = (one, tick, system.__name__)
        ticks.append(spent)
        begun = time.perf_counter()
        renderer.update(game, game.res.events, (intent.aim_x, intent.aim_y), STEP, settings)
        renderer.draw(surface, game, 0.5, STEP)
        frames.append(time.perf_counter() - begun)
    print(f"{path.stem}: check {checked:.2f} s ({len(problems)} problems), start {started:.2f} s, renderer "
          f"{made:.2f} s\n  tick: {_figures(ticks)} (slowest system {worst[2]}, {worst[0] * 1e3:.1f} ms at tick "
          f"{worst[1]})\n  frame: {_figures(frames)}")
    game.close()


def main(argv=None) -> int:
    sizes = [int(arg) for arg in (sys.argv[1:] if argv is None else argv)] or [200, 500, 1000]
    surface, sprites, feel, catalog = open_display(VIEW), SpriteBank(), load_feel(), load_catalog()
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            measure(write_big_map(Path(folder), size), surface, sprites, feel, catalog)
    return 0


if __name__ == "__main__":
    sys.exit(main())
