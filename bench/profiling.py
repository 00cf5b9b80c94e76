"""cProfile of the stress scene, simulation and drawing profiled apart, top 25 by own time → bench/profile.txt (no
row of the table: row 8 is the corpus, bench/corpus.py)."""

import cProfile
import io
import pstats
from pathlib import Path

from bench.measure import clock
from bench.scene import StressScene

PROFILE = Path(__file__).resolve().parent / "profile.txt"
TOP = 25


def _top(profile: cProfile.Profile, title: str) -> str:
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out)
    stats.sort_stats("tottime").print_stats(TOP)
    # pstats prints a header of its own; the paths are long, so drop the repository's prefix.
    text = out.getvalue().replace(str(Path(__file__).resolve().parents[1]) + "/", "")
    return f"== {title} ==\n{text.strip()}\n"


def run(scene: StressScene, surface, frames: int, deadline: float, path: Path = PROFILE) -> dict:
    """Profile `frames` frames: Game.step under one profiler, renderer.update + draw under the other."""
    sim, draw = cProfile.Profile(), cProfile.Profile()
    done = 0
    started = clock()
    for _ in range(frames):
        scene.drive()
        sim.enable()
        scene.tick()
        sim.disable()
        scene.top_up_shots()
        draw.enable()
        scene.update()
        draw.disable()
        scene.top_up_particles()
        draw.enable()
        scene.draw(surface)
        draw.disable()
        done += 1
        if clock() > deadline:
            break
    header = (f"cProfile of {done} frames of the stress scene (bench/scene.py), top {TOP} functions by own time "
              "(tottime) in each half.\nTimes are inflated by the profiler; read them as shares, not as budgets.\n\n")
    path.write_text(header + _top(sim, "simulation: Game.step()") + "\n"
                    + _top(draw, "drawing: Renderer.update() + Renderer.draw()"), encoding="utf-8")
    shown = path.relative_to(PROFILE.parents[1]) if path.is_relative_to(PROFILE.parents[1]) else path
    return {"file": str(shown), "frames": done, "seconds": round(clock() - started, 1)}
