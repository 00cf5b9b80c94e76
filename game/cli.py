"""Command line: play (the default), --level, --start-at, --headless, check; bad files give one line each."""

import argparse
import json
import os
import sys
import time
from pathlib import Path

from game.content.catalog import load_catalog
from game.content.check import check_paths
from game.content.errors import ContentError
from game.session import DEFAULT_LEVEL, LEVELS, new_game


def parse(argv):
    parser = argparse.ArgumentParser(prog="blue-comet", description="Blue Comet: pilot the SPT Layzner.")
    parser.add_argument("--level", type=Path, default=None, help="a .tmx map to play (default: the Mars base)")
    parser.add_argument("--start-at", type=int, default=None, metavar="OBJECT_ID",
                        help="start the player at this map object (Tiled's object id)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the simulation's random generator")
    parser.add_argument("--headless", action="store_true", help="run the simulation with no window, print JSON")
    parser.add_argument("--seconds", type=float, default=60.0, help="game time to simulate when headless")
    parser.add_argument("--mute", action="store_true", help="no sound")
    return parser.parse_args(argv)


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["check"]:
        return check(argv[1:])
    args = parse(argv)
    level = args.level or DEFAULT_LEVEL
    try:
        if args.headless:
            return run_headless(level, args.seconds, args.seed, args.start_at)
        return play(level, args.seed, args.start_at, skip_title=args.level is not None, mute=args.mute)
    except ContentError as error:
        print(error, file=sys.stderr)
        return 2


def check(argv) -> int:
    """`check [PATHS...]`: every problem in the maps, one line each; status 0 when all are valid, else 1."""
    parser = argparse.ArgumentParser(prog="blue-comet check", description="Check levels made in Tiled.")
    parser.add_argument("paths", nargs="*", type=Path, help="maps or folders of maps (default: levels/)")
    args = parser.parse_args(argv)
    try:
        catalog = load_catalog()
    except ContentError as error:
        print(error)
        return 1
    started = time.perf_counter()
    results = check_paths(args.paths or [LEVELS], catalog)
    problems = [problem for result in results for problem in result.problems]
    warnings = [warning for result in results for warning in result.warnings]
    for problem in problems:
        print(problem)
    for warning in warnings:
        print(f"warning: {warning}")
    elapsed = time.perf_counter() - started
    print(f"{_count(len(results), 'map')} checked in {elapsed:.2f} s, {_count(len(problems), 'problem')}"
          + (f", {_count(len(warnings), 'warning')}" if warnings else ""))
    return 1 if problems or not results else 0


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' * (n != 1)}"


def run_headless(level: Path, seconds: float, seed: int, start_at: int | None = None) -> int:
    """Simulate as fast as possible with no display; one line of JSON on stdout."""
    game = new_game(level, seed, start_at=start_at)
    started = time.perf_counter()
    game.run(seconds=seconds)
    wall = time.perf_counter() - started
    health = game.player_health()
    print(json.dumps({
        "level": str(level), "seed": seed, "ticks": game.tick, "seconds": round(game.seconds, 3),
        "wall_seconds": round(wall, 3), "entities": game.entity_count(),
        "player_hit_points": health.hit_points if health else 0, "enemies_alive": game.enemies_alive(),
        "outcome": game.outcome, "state_hash": game.state_hash(),
    }))
    return 0


def play(level: Path, seed: int, start_at: int | None, skip_title: bool, mute: bool) -> int:
    if skip_title:
        new_game(level, seed, start_at=start_at).close()  # a broken map is reported here, before a window opens
    os.environ.setdefault("SDL_HINT_RENDER_SCALE_QUALITY", "1")
    from game.app import App  # pygame's window only for play, not for headless runs
    return App(level, seed=seed, start_at=start_at, skip_title=skip_title, audio=not mute).run()
