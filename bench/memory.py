"""Row 7: peak memory while playing the largest shipped level with the renderer (and that play's frame times: what
a player's machine does for a real level), and memory growth over 20 minutes of game time played headless by the bot.
Each runs in a subprocess of its own (`python -m bench.memory peak|growth`)
so the other benches' caches and garbage do not count.
"""

import argparse
import gc
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.measure import Row, clock, summary

PEAK_BUDGET = 250.0  # MB
GROWTH_BUDGET = 5.0  # % after the warm-up
ROOT = Path(__file__).resolve().parents[1]


def status_kb(field: str) -> int:
    """A line of /proc/self/status (VmRSS: resident now, VmHWM: the high-water mark), in kB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"no {field} in /proc/self/status")


def largest_level() -> Path:
    """The shipped level with the most cells x machines (at the start and landing): the most to load, draw and
    simulate (a message's trigger costs next to nothing)."""
    from bench.headless import shipped_levels
    from game.content.level import load_level

    def size(path):
        level = load_level(path)
        return level.width * level.height * max(1, len(level.enemy_spawns))
    return max(shipped_levels(), key=size)


def peak(frames: int, seconds: float) -> dict:
    """Play the largest level with the bot at the controls and the renderer drawing every frame."""
    from bench.scene import VIEW, open_display
    from game.bot import Bot
    from game.content.feel import load_feel
    from game.session import new_game, settle_heap
    from game.settings import Settings
    from game.sim.resources import STEP
    from game.view.renderer import Renderer
    from game.view.sprites import SpriteBank

    path = largest_level()
    surface = open_display(VIEW)
    sprites, feel, settings = SpriteBank(), load_feel(), Settings()
    played = 0

    def start():
        game = new_game(path, seed=1 + played)
        renderer = Renderer(game, VIEW, sprites, feel)
        settle_heap()  # as the play scene does for every level it starts
        return game, renderer, Bot(game)

    game, renderer, bot = start()
    done, stop, frame_ms = 0, clock() + seconds, []
    for _ in range(frames):
        if game.outcome is not None:  # won or lost: play it again, as a player would
            game.close()
            played += 1
            game, renderer, bot = start()
        bot.steer()
        begun = clock()
        events = game.step()
        intent = game.player_intent()
        aim = (intent.aim_x, intent.aim_y) if intent is not None else (renderer.camera.x, renderer.camera.y)
        renderer.update(game, events, aim, STEP, settings)
        renderer.draw(surface, game, 0.5, STEP)
        frame_ms.append((clock() - begun) * 1000)
        done += 1
        if clock() > stop:
            break
    return {"level": path.name, "frames": done, "plays": played + 1, "peak_mb": status_kb("VmHWM") / 1024,
            "rss_mb": status_kb("VmRSS") / 1024, "frame_ms": summary(frame_ms)}


def growth(ticks: int, warmup: int, sample_every: int, seconds: float) -> dict:
    """The bot plays headless at full speed, restarting the level whenever it ends; RSS after the warm-up
    against RSS at the end (each read after a full collection, so garbage waiting to be freed is not counted)."""
    from game.bot import Bot
    from game.session import new_game, settle_heap

    path = largest_level()
    plays = 0

    def start():
        game = new_game(path, seed=1 + plays)
        return game, Bot(game)

    game, bot = start()
    settle_heap()  # as the headless runs do once their level is loaded
    samples = []
    stop = clock() + seconds
    for tick in range(warmup + ticks):
        if game.outcome is not None:
            game.close()
            plays += 1
            game, bot = start()
        bot.steer()
        game.step()
        done = tick + 1 - warmup
        if done >= 0 and done % sample_every == 0:
            gc.collect()
            samples.append((done, status_kb("VmRSS") / 1024))
            if clock() > stop:  # out of time: the growth so far, over the ticks played so far
                break
    start_mb, end_mb = samples[0][1], samples[-1][1]
    return {"level": path.name, "ticks": samples[-1][0], "warmup": warmup, "plays": plays + 1, "start_mb": start_mb,
            "end_mb": end_mb, "growth_percent": (end_mb - start_mb) / start_mb * 100, "samples": samples}


def _child(args: list[str], seconds: float) -> dict:
    from bench.loading import startup_env
    with tempfile.TemporaryDirectory(prefix="blue-comet-bench-") as scratch:
        done = subprocess.run([sys.executable, "-m", "bench.memory", *args, "--seconds", str(seconds)], cwd=ROOT,
                              env=startup_env(scratch), capture_output=True, text=True, timeout=seconds + 60)
    if done.returncode != 0:
        raise RuntimeError(f"bench.memory {' '.join(args)} exited {done.returncode}: {done.stderr[-600:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(peak_frames: int, growth_ticks: int, warmup_ticks: int, peak_seconds: float,
        growth_seconds: float) -> list[Row]:
    """Each child stops itself after its seconds (and reports what it played by then)."""
    rows = []
    top = _child(["peak", "--frames", str(peak_frames)], peak_seconds)
    rows.append(Row(f"peak RSS playing {top['level']} (renderer)", "size", value=top["peak_mb"],
                    budgets={"value": PEAK_BUDGET}, samples=top["frames"], short=top["frames"] < peak_frames,
                    note=f"VmHWM after {top['frames']} frames, {top['plays']} play(s); RSS at the end "
                         f"{top['rss_mb']:.0f} MB", extra=top))
    frame = top["frame_ms"]
    rows.append(Row(f"play frame: {top['level']}, bot, renderer", "time", frame["median"], frame["p99"], frame["max"],
                    samples=top["frames"], short=top["frames"] < peak_frames,
                    note="step + update + draw of the same play, every enemy of the level fighting; "
                         "60 FPS allows 16.7 ms"))
    grown = _child(["growth", "--ticks", str(growth_ticks), "--warmup", str(warmup_ticks)], growth_seconds)
    trend = " ".join(f"{mb:.1f}" for _, mb in grown["samples"])
    rows.append(Row(f"RSS growth, bot headless {grown['level']}", "percent", value=grown["growth_percent"],
                    budgets={"value": GROWTH_BUDGET}, samples=grown["ticks"], short=grown["ticks"] < growth_ticks,
                    note=f"{grown['start_mb']:.1f} -> {grown['end_mb']:.1f} MB over {grown['ticks']} ticks after "
                         f"{grown['warmup']} warm-up ticks, {grown['plays']} plays; MB every "
                         f"{grown['ticks'] // max(1, len(grown['samples']) - 1)} ticks: {trend}",
                    extra=grown))
    return rows


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.memory", description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("peak", "growth"))
    parser.add_argument("--frames", type=int, default=3600)
    parser.add_argument("--ticks", type=int, default=72_000)
    parser.add_argument("--warmup", type=int, default=7_200)
    parser.add_argument("--seconds", type=float, default=120.0, help="stop early after this long")
    args = parser.parse_args(argv)
    if args.what == "peak":
        result = peak(args.frames, args.seconds)
    else:
        result = growth(args.ticks, args.warmup, max(1, args.ticks // 10), args.seconds)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
