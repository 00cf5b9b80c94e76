"""Where a stress-scene tick goes, system by system: `python -m bench.systems [ticks]` prints µs per tick each.

Not a row of `make bench`: a tool for deciding what to speed up next. The scene is bench/scene.py's, driven as
the stress row drives it (with the renderer updated, not drawn, and shots and particles topped up); only the
systems are timed, each call on its own, without the profiler's overhead.
"""

import os
import sys
import time

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

from bench.scene import StressScene, open_display  # noqa: E402
from game.sim.schedule import SYSTEMS  # noqa: E402

WARMUP = 300


def main(argv=None) -> int:
    args = sys.argv[1:] if argv is None else argv
    ticks = int(args[0]) if args else 1000
    surface = open_display()
    scene = StressScene()
    for _ in range(WARMUP):
        scene.frame(surface)
    spent = dict.fromkeys(SYSTEMS, 0.0)
    game = scene.game
    for _ in range(ticks):
        scene.drive()
        game.res.events.clear()  # Game.step, one system at a time
        for system in SYSTEMS:
            begun = time.perf_counter()
            system(game.world, game.res)
            spent[system] += time.perf_counter() - begun
        scene.events = game.res.events
        scene.top_up_shots()
        scene.update()
        scene.top_up_particles()
    total = sum(spent.values())
    for system, seconds in sorted(spent.items(), key=lambda pair: -pair[1]):
        print(f"{system.__name__:20s} {seconds / ticks * 1e6:8.1f} µs")
    print(f"{'all':20s} {total / ticks * 1e6:8.1f} µs  ({ticks / total:,.0f} ticks/s; "
          f"{game.enemies_alive()} Dis, {game.shots_in_flight()} shots)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
