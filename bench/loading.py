"""Row 6: loading a level our way against raw pytmx.load_pygame, and process start to first frame.

"Our way" is what starting a level costs before its first frame, minus the window:
  new_game(path)  = current_catalog() + load_level(path) + level_problems(level, catalog) + Game(level, catalog, 1)
                    (the .tmx/.tsx/templates read and checked, the entities spawned; the catalog's YAML is game-wide,
                    not the level's: it is built on the first start and again only when its files change, so here
                    it costs a read and a comparison of its two files — its full build is listed among the parts)
  MapView(level)  = the renderer's map setup: tileset images loaded, converted, cut into tiles
                    (chunks are drawn lazily on first sight, so they are not part of loading)
against pytmx.load_pygame(path): the map parsed and its tileset images loaded and converted for the display.
"""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.headless import shipped_levels
from bench.measure import Row, clock, interleaved, median, ms, summary
from game.content.catalog import load_catalog
from game.content.check import level_problems
from game.content.level import load_level
from game.session import new_game
from game.sim.game import Game
from game.view.map_view import MapView

LOAD_BUDGET = 1.5  # ours / pytmx
STARTUP_BUDGET = 400.0  # ms from spawn to exit after the first frame
ROOT = Path(__file__).resolve().parents[1]


def run_loads(reps: int, deadline: float) -> list[Row]:
    import pytmx
    rows = []
    for path in shipped_levels():
        kept = []  # results are dropped after the loop, so no timed call pays for freeing the previous one

        def ours():
            game = new_game(path, seed=1)
            kept.append((game, MapView(game.res.level)))

        def raw():
            kept.append(pytmx.load_pygame(str(path)))

        ours(), raw()  # first use: imports and caches on both sides
        kept.clear()
        mine, theirs = interleaved(ours, raw, reps, deadline)
        kept.clear()
        parts = _parts(path, len(mine))
        a, b = summary(ms(mine)), summary(ms(theirs))
        rows.append(Row(f"load {path.name}: ours vs pytmx", "ratio", a["median"], a["p99"], a["max"],
                        value=a["median"] / b["median"], budgets={"value": LOAD_BUDGET}, samples=len(mine),
                        short=len(mine) < reps,
                        note=f"new_game + MapView; pytmx.load_pygame median {b['median']:.1f} ms, "
                             f"best {min(ms(theirs)):.1f} ms; ours best {min(ms(mine)):.1f} ms "
                             f"(best ratio {min(mine) / min(theirs):.2f}); our parts, median ms: "
                             + ", ".join(f"{name} {value:.1f}" for name, value in parts.items()),
                        extra={"pytmx_ms": b, "parts_ms": parts}))
    return rows


def _parts(path, reps: int) -> dict:
    """Where our loading time goes: new_game's steps and the map setup, each timed on its own (medians, ms)."""
    times = {"catalog (full build)": [], "load_level": [], "level_problems": [], "Game": [], "MapView": []}
    for _ in range(max(1, reps)):
        t0 = clock()
        catalog = load_catalog()
        t1 = clock()
        level = load_level(path)
        t2 = clock()
        level_problems(level, catalog)
        t3 = clock()
        Game(level, catalog, 1)
        t4 = clock()
        MapView(level)
        t5 = clock()
        for name, took in zip(times, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4)):
            times[name].append(took * 1000)
    return {name: median(values) for name, values in times.items()}


def startup_env(config_dir: str) -> dict:
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", PYGAME_HIDE_SUPPORT_PROMPT="1",
               BLUE_COMET_CONFIG_DIR=config_dir)  # settings and last.replay go to a scratch folder, not the player's
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # a player's install keeps its bytecode cache: start-up uses it
    return env


def run_startup(runs: int, deadline: float) -> list[Row]:
    """`python main.py --level levels/mars_base.tmx --frames 1 --mute`: spawn to exit, after the first frame."""
    command = [sys.executable, "main.py", "--level", "levels/mars_base.tmx", "--frames", "1", "--mute"]
    bare = [sys.executable, "-c", "pass"]
    with tempfile.TemporaryDirectory(prefix="blue-comet-bench-") as scratch:
        env = startup_env(scratch)

        def spawn(argv):
            done = subprocess.run(argv, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            if done.returncode != 0:
                raise RuntimeError(f"{' '.join(argv[1:])} exited {done.returncode}: {done.stderr.decode()[-400:]}")

        spawn(command)  # writes the bytecode cache if missing; the timed runs start warm, as a player's second run
        game_times, python_times = interleaved(lambda: spawn(command), lambda: spawn(bare), runs, deadline)
    stats = summary(ms(game_times))
    return [
        Row("start-up: spawn to first frame + exit", "time", stats["median"], stats["p99"], stats["max"],
            budgets={"median": STARTUP_BUDGET}, samples=len(game_times), short=len(game_times) < runs,
            note=f"main.py --level levels/mars_base.tmx --frames 1 --mute; bare `python -c pass` median "
                 f"{median(ms(python_times)):.0f} ms"),
    ]
