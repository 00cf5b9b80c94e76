"""`make bench`: runs every benchmark, prints one table with budgets, writes bench/results.json and bench/profile.txt.

    python -m bench.run            the full suite (under 5 minutes on the 2-core machine once frames are ~3 ms)
    python -m bench.run --quick    a short run with few samples, for iterating (figures are rough)
    python -m bench.run --only stress,floor    some sections only

Only a full run of every section writes the committed bench/results.json and bench/profile.txt (the README's table
comes from them); a quick or partial run writes bench/scratch/ (not committed), unless --out says where.

Every section has a time cap, so the whole run ends in time even when the game is slow; a row cut short by
its cap says so (result marked *). Timing never goes into `make test`.
"""

import argparse
import os
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path

# Before pygame loads: no window, no sound device, no banner in the table.
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

from bench.measure import Row, clock  # noqa: E402

HERE = Path(__file__).resolve().parent
SECTIONS = ("stress", "floor", "naive", "profile", "tilemap", "sim", "loading", "corpus", "memory")


@dataclass(frozen=True)
class Plan:
    stress_frames: int
    warmup_frames: int
    floor_samples: int
    naive_frames: int  # different scene frames...
    naive_repeats: int  # ...each drawn this many times by both renderers
    tilemap_frames: int
    sim_ticks: int  # per shipped level
    sim_warmup: int
    load_reps: int
    startup_runs: int
    peak_frames: int
    growth_ticks: int
    growth_warmup: int
    profile_frames: int
    corpus_attempts: int  # per map
    caps: dict  # section → seconds it may take at most (memory: peak and growth children)


# The caps add up to 275 s: the run stays under 5 minutes whatever the game's speed. At the target speed
# (~3 ms frames, >3,000 ticks/s) no cap is reached: the stress scene's 10,000 frames take ~40 s.
FULL = Plan(stress_frames=10_000, warmup_frames=300, floor_samples=400, naive_frames=60, naive_repeats=4,
            tilemap_frames=900, sim_ticks=6_000, sim_warmup=120, load_reps=51, startup_runs=15, peak_frames=3_600,
            growth_ticks=72_000, growth_warmup=7_200, profile_frames=600, corpus_attempts=5,
            caps={"stress": 100, "floor": 12, "naive": 20, "profile": 12, "tilemap": 10, "sim": 20, "loading": 25,
                  "corpus": 10, "memory_peak": 15, "memory_growth": 50})
QUICK = Plan(stress_frames=300, warmup_frames=60, floor_samples=40, naive_frames=6, naive_repeats=3,
             tilemap_frames=150, sim_ticks=1_200, sim_warmup=60, load_reps=3, startup_runs=3, peak_frames=300,
             growth_ticks=3_600, growth_warmup=600, profile_frames=100, corpus_attempts=1,
             caps={"stress": 30, "floor": 5, "naive": 8, "profile": 8, "tilemap": 4, "sim": 6, "loading": 10,
                   "corpus": 5, "memory_peak": 10, "memory_growth": 15})


def parse(argv):
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="few samples: rough figures in well under a minute")
    parser.add_argument("--only", default="", metavar="SECTIONS",
                        help=f"comma-separated sections to run: {', '.join(SECTIONS)}")
    parser.add_argument("--strict", action="store_true", help="exit with status 1 when any row misses its budget")
    parser.add_argument("--out", type=Path, default=None,
                        help="where to write the JSON results (the profile goes beside them, profile.txt); default "
                             "bench/results.json for a full run, else bench/scratch/results.json")
    args = parser.parse_args(argv)
    args.sections = [s for s in args.only.split(",") if s] or list(SECTIONS)
    unknown = set(args.sections) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown sections {', '.join(sorted(unknown))}; known: {', '.join(SECTIONS)}")
    if args.out is None:  # rough or partial figures never overwrite the full run's, which the README shows
        args.out = (HERE if not args.quick and not args.only else HERE / "scratch") / "results.json"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    return args


def main(argv=None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    plan = QUICK if args.quick else FULL
    started = clock()
    rows: list[Row] = []
    profile = None
    state: dict = {}  # the display and the stress scene, built once and shared by the sections that draw it

    def section(name: str, work):
        """Runs one section's `work(deadline)` and adds its rows: its result, or None and an error row if it raised."""
        print(f"bench: {name}...", file=sys.stderr, flush=True)
        begun = clock()
        try:
            result = work(begun + plan.caps.get(name, 60))
        except Exception as error:  # one broken section must not lose the others' figures
            traceback.print_exc()
            rows.append(Row(f"{name}: failed", "error", note=f"{type(error).__name__}: {error}"))
            return
        if isinstance(result, list):
            rows.extend(result)
        print(f"bench: {name} took {clock() - begun:.1f} s", file=sys.stderr, flush=True)
        return result

    def display():
        if "display" not in state:
            from bench.scene import open_display
            state["display"] = open_display()
        return state["display"]

    def scene():
        if "scene" not in state:
            from bench.scene import StressScene
            display()
            state["scene"] = StressScene()
        return state["scene"]

    wanted = set(args.sections)
    if "stress" in wanted:
        from bench import stress
        section("stress", lambda deadline: stress.run(scene(), display(), plan.stress_frames, plan.warmup_frames,
                                                     deadline))
    if "floor" in wanted:
        from bench import floor
        section("floor", lambda deadline: floor.run(scene(), display(), plan.floor_samples, deadline))
    if "naive" in wanted:
        from bench import vs_naive
        section("naive", lambda deadline: vs_naive.run(scene(), display(), plan.naive_frames, plan.naive_repeats,
                                                       deadline))
    if "profile" in wanted:
        from bench import profiling
        profile = section("profile", lambda deadline: profiling.run(scene(), display(), plan.profile_frames, deadline,
                                                                    args.out.with_name("profile.txt")))
    state.pop("scene", None)  # the stress scene's memory is not needed by the rest
    if "tilemap" in wanted:
        from bench import tilemap
        section("tilemap", lambda deadline: tilemap.run(display(), plan.tilemap_frames, deadline))
    if "sim" in wanted:
        from bench import headless
        section("sim", lambda deadline: headless.run(plan.sim_ticks, plan.sim_warmup, plan.warmup_frames, deadline))
    if "loading" in wanted:
        from bench import loading

        def load_and_start(deadline):
            display()  # pytmx.load_pygame converts images for the display, as the game does
            half = clock() + (deadline - clock()) / 2
            return loading.run_loads(plan.load_reps, half) + loading.run_startup(plan.startup_runs, deadline)
        section("loading", load_and_start)
    if "corpus" in wanted:
        from bench import corpus
        section("corpus", lambda deadline: corpus.run(plan.corpus_attempts, deadline))
    if "memory" in wanted:
        from bench import memory
        section("memory", lambda deadline: memory.run(plan.peak_frames, plan.growth_ticks, plan.growth_warmup,
                                                      plan.caps["memory_peak"], plan.caps["memory_growth"]))

    from bench.report import table, write_json
    elapsed = clock() - started
    print(table(rows))
    if profile:
        print(f"\nprofile: {profile['file']} ({profile['frames']} frames of the stress scene)")
    print(f"results: {args.out} ({'quick' if args.quick else 'full'} run, {elapsed:.0f} s)")
    write_json(args.out, rows, "quick" if args.quick else "full", elapsed, profile)
    if any(row.verdict == "ERROR" for row in rows):
        return 1
    if args.strict and any(row.verdict.startswith("MISS") for row in rows):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
