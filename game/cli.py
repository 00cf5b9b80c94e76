"""Command line: play (the default), --level, --campaign, --start-at, --seed, --headless, --seconds, --mute, --bot,
--bot-skill, --seeds, --record, --replay [--verify], --difficulty (headless runs), --frames, check; bad files give one
line each."""

import argparse
import dataclasses
import json
import math
import os
import sys
import time
from pathlib import Path

from game.content.catalog import load_catalog
from game.content.chain import LEVELS, follow
from game.content.check_campaign import also_checked, check_paths
from game.content.errors import ContentError, Problem
from game.content.level import load_level
from game.content.object_names import object_named, object_of_id
from game.content.words import counted
from game.files import is_dir, is_file, real_path
from game.session import DEFAULT_LEVEL, new_game, settle_heap, tell_warnings
from game.settings import load_settings, settings_path
from game.sim.damage import DIFFICULTIES


DEFAULT_SEED = 1
DEFAULT_SECONDS = 60.0  # s of game time a headless run simulates when --seconds does not say
# A path given to check with a name ending so is a bindings file, not a map: the player's is bindings.yaml; another
# YAML file (units.yaml) is said to be no map, as before.
BINDINGS_NAMES = ("bindings.yaml", "bindings.yml")


# argparse's own usage line lists every option and leaves `check` out: the two commands here, the options below.
USAGE = """blue-comet [OPTIONS]
       blue-comet check [PATHS ...]"""


def parse(argv):
    parser = argparse.ArgumentParser(prog="blue-comet", usage=USAGE,
                                     description="Blue Comet: pilot the SPT Layzner. The game opens on its title; "
                                                 "--level MAP plays a map at once.",
                                     epilog="blue-comet check [PATHS ...] checks levels made in Tiled, and the data "
                                            "files in assets/data/: every problem in one line (see "
                                            "docs/level-design.md)")
    play = parser.add_argument_group("playing")
    play.add_argument("--level", type=Path, default=None, metavar="MAP",
                      help="a .tmx map to play at once, without the title (a headless run plays the Mars base "
                      "unless given one); with --replay, where the replay's map is now, if it has moved")
    play.add_argument("--campaign", type=Path, default=None, metavar="FIRST_MAP",
                      help="play your own maps as a campaign: FIRST_MAP, then the map its next property names, "
                      "and so on; the title, the missions page and Next mission work as in the game's own campaign "
                      "(its wins are kept apart from the game's in the record)")
    play.add_argument("--start-at", type=_object_asked, default=None, metavar="OBJECT",
                      help="start the player at this map object: its id (as Tiled shows it) or its name, "
                      "exactly or in any case (quote a name with spaces: --start-at \"extraction pad\")")
    play.add_argument("--seed", type=int, default=None,
                      help=f"seed of the simulation's random generator (default {DEFAULT_SEED})")
    play.add_argument("--mute", action="store_true", help="no sound")
    play.add_argument("--frames", type=_positive, default=None, metavar="N",
                      help="in the window: quit cleanly after N rendered frames (start-up timing, smoke tests)")
    runs = parser.add_argument_group("headless runs and the bot")
    runs.add_argument("--headless", action="store_true", help="run the simulation with no window, print JSON")
    runs.add_argument("--seconds", type=_seconds, default=None,
                      help=f"game time to simulate when headless (0 to {MAX_SECONDS}, default {DEFAULT_SECONDS:g}); "
                      "not with --bot, which plays until the level ends")
    runs.add_argument("--bot", action="store_true", help="the computer plays; with --headless until the level "
                      "is won, lost or out of time (JSON line, status 0 when won)")
    runs.add_argument("--bot-skill", type=_bot_skill, default=None, metavar="SKILL",
                      help="with --bot: how well it plays: expert (the default) or novice (a new player: late, "
                      "aiming rough, no dash, missiles or knuckle)")
    runs.add_argument("--seeds", type=_seeds, default=None, metavar="FIRST-LAST",
                      help="with --headless --bot: play the level on each seed from FIRST to LAST, a JSON line each, "
                      "then one with the seeds won and lost (can a novice win it? --bot-skill novice --seeds 1-8)")
    runs.add_argument("--difficulty", choices=DIFFICULTIES, default=None,
                      help="headless runs: how hard the Gradosians press (docs/tuning.md; default normal; the "
                           "window plays on the one chosen in Options)")
    replays = parser.add_argument_group("replays")
    replays.add_argument("--record", type=Path, default=None, metavar="FILE",
                         help="play in the window and write the replay to FILE when the level ends or the window "
                         "closes")
    replays.add_argument("--replay", type=Path, default=None, metavar="FILE",
                         help="play a replay back in the window; with --headless print its final state hash, and "
                         "the tick the level was decided on, as JSON")
    replays.add_argument("--verify", action="store_true",
                         help="with --replay --headless: check every tick's hash, then the final state hash and "
                         "the outcome (\"verified\": true when all match); status 1 at the first difference")
    return parser.parse_args(argv)


def _positive(text: str) -> int:
    """--frames: a whole number from 1; argparse's own line would name this function, not what was wanted."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of frames, 1 or more, found {text}")
    return value


def _bot_skill(text: str) -> str:
    """--bot-skill: one of the bot's skills (game/bot/skill.py, read only when the option is given: a plain start
    does not load the bot)."""
    from game.bot.skill import SKILLS
    if text not in SKILLS:
        raise argparse.ArgumentTypeError(f"expected one of the bot's skills ({', '.join(SKILLS)}), found {text}")
    return text


MAX_SEEDS = 100  # runs one --seeds may ask for: each plays a level to its end


def _seeds(text: str) -> range:
    """--seeds FIRST-LAST (or one seed): the seeds from FIRST to LAST, both played."""
    first, dash, last = text.partition("-")
    try:
        seeds = range(int(first), int(last if dash else first) + 1)  # "1-", LAST left out, is no seed
    except ValueError:
        seeds = range(0)
    if not 1 <= len(seeds) <= MAX_SEEDS:
        raise argparse.ArgumentTypeError(f"expected seeds as FIRST-LAST, whole numbers 0 or more with FIRST at most "
                                         f"LAST and at most {MAX_SEEDS} of them, as 1-8, found {text}")
    return seeds


def _object_asked(text: str) -> str:
    """--start-at: an object's id or name, found on the map once it is read (content/object_names.py). Tiled's Playtest
    from selected object passes "%objectid" itself when no object is selected, and a line saying no object has that
    name would not say to select one."""
    if not text.strip() or text.startswith("%"):
        raise argparse.ArgumentTypeError(f"expected the id or the name of a map object, found {text or 'nothing'} (in "
                                         "Tiled, select an object before Playtest from selected object)")
    return text


MAX_SECONDS = 24 * 60 * 60  # a day of game time: about four minutes headless; far more would look like a hang


def _seconds(text: str) -> float:
    """--seconds: game time from 0 to a day. NaN and infinity have no number of ticks (a traceback), and 1e300
    seconds would run for ever."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not 0 <= value <= MAX_SECONDS:  # NaN fails it too
        raise argparse.ArgumentTypeError(f"expected a number of seconds from 0 to {MAX_SECONDS}, found {text}")
    return value


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["check"]:
        try:
            return check(argv[1:])
        except BrokenPipeError:  # `check | head`: the reader has all it wanted, so no traceback on the way out
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # Python's own flush at exit fails too
            return 1
    args = parse(argv)
    level = args.level or args.campaign or DEFAULT_LEVEL
    misuse = _misuse(args)
    if misuse:
        print(f"blue-comet: {misuse}", file=sys.stderr)
        return 2
    # Defaults here, not in the parser: _misuse tells an option typed from one left out
    seed = DEFAULT_SEED if args.seed is None else args.seed
    seconds = DEFAULT_SECONDS if args.seconds is None else args.seconds
    try:
        start_at = None if args.start_at is None else _start_id(level, args.start_at)
        if args.replay is not None:
            return run_replay(args)
        if args.headless and args.bot:
            from game.bot.runner import run_headless as run_bot, run_seeds
            skill, difficulty = args.bot_skill or "expert", args.difficulty or "normal"
            if args.seeds is not None:
                return run_seeds(level, args.seeds, start_at, difficulty, skill)
            return run_bot(level, seed, start_at, difficulty, skill)
        if args.headless:
            return run_headless(level, seconds, seed, start_at, args.difficulty or "normal")
        if args.campaign:  # the title would only say the first map will not load: here, where it was typed
            follow(args.campaign)
        return play(level, seed, start_at, skip_title=args.level is not None, mute=args.mute,
                    record_to=args.record, bot=args.bot, bot_skill=args.bot_skill or "expert", frames=args.frames)
    except ContentError as error:
        print(error, file=sys.stderr)
        return 2


def _start_id(level: Path, asked: str) -> int:
    """The id of the object --start-at names on `level`: a number as it is (new_game refuses one the map lacks, but
    one that is only an object's name is refused here, naming its id), a name looked up on the map as it reads now (a
    map that will not load: ContentError, its problems)."""
    if not (asked.isascii() and asked.isdigit()):
        return object_named(load_level(level), asked)
    try:
        found = load_level(level)
    except ContentError:  # told where the game reads the map: a window playtest shows it until a save fixes it
        return int(asked)
    return object_of_id(found, asked)


def _misuse(args) -> str:
    """What is wrong with the options taken together ("" for nothing): each is checked alone by the parser."""
    if args.campaign and (args.level or args.headless or args.replay or args.record or args.start_at is not None):
        return "--campaign opens the title on your campaign (not with --level, --headless, --replay, --record or " \
               "--start-at: play one of its maps with --level for those)"
    if args.record and (args.headless or args.replay):
        return "--record plays in the window (not with --headless or --replay)"
    if args.verify and not (args.replay and args.headless):
        return "--verify needs --replay FILE --headless"
    if args.frames is not None and args.headless:
        return "--frames counts frames in the window (not with --headless)"
    if args.difficulty and (not args.headless or args.replay):
        return "--difficulty is for --headless runs (the window plays on the one chosen in Options)"
    # An option the run would not use is refused, not ignored: a JSON line would name another seed than the one typed
    if args.replay and (args.seed is not None or args.start_at is not None or args.bot):
        return "--replay plays the run as it was recorded, on its own seed and start, by its own pilot (not with " \
               "--seed, --start-at or --bot)"
    if args.bot_skill and not args.bot:
        return "--bot-skill says how well the bot plays (with --bot)"
    if args.seeds is not None and (not (args.headless and args.bot) or args.seed is not None):
        given = " (not with --seed, the seed of a single run)" if args.seed is not None else ""
        return f"--seeds plays the level once per seed with --headless --bot{given}"
    if args.seconds is not None and (not args.headless or args.bot or args.replay):
        return "--seconds is how long a --headless run simulates (not with --bot, which plays until the level " \
               "ends, nor --replay, which plays the whole recording)"
    return ""


def _as_typed(path: Path) -> Path:
    """`path` as a designer would type it from where the command runs (levels/, from the game's folder), so the
    problems name the maps as the guide's examples do; the whole path from anywhere else."""
    try:
        return path.relative_to(Path.cwd())
    except ValueError:
        return path


def check(argv) -> int:
    """`check [PATHS...]`: every problem in the maps and the game's data files, one line each; status 0 when all are
    valid, else 1 (and 1 when the paths hold no map)."""
    parser = argparse.ArgumentParser(prog="blue-comet check",
                                     description="Check levels made in Tiled, and the data files in assets/data/ "
                                                 "(units, Rei's lines, feel, bindings) as the game reads them.")
    parser.add_argument("paths", nargs="*", type=Path,
                        help="maps or folders of maps (default: levels/), or a player's bindings file "
                             "(bindings.yaml), read over the game's as the game reads it: its unknown actions and "
                             "keys, and the inputs two actions share")
    args = parser.parse_args(argv)
    from game.content.feel import load_feel  # here, not at the top: a headless run does not read them
    from game.input.bindings import DEFAULT_BINDINGS_PATH, MOVED, load_bindings, shipped_clashes
    bindings_files = [path for path in args.paths if path.name.lower().endswith(BINDINGS_NAMES)]
    map_paths = [path for path in args.paths if path not in bindings_files]
    # The data files every map is played with, read as the game reads them: a mistake in one is as real as a map's.
    catalog_problems: list = []
    catalog = _read(load_catalog, catalog_problems)  # units.yaml and Rei's lines, advisor.yaml
    data_problems = list(catalog_problems)
    _read(load_feel, data_problems)
    _read(lambda: load_bindings(DEFAULT_BINDINGS_PATH), data_problems)
    data_problems += shipped_clashes(DEFAULT_BINDINGS_PATH)  # two actions given one input: the game plays one alone
    # A pad setting left in the bindings from before plays (Options holds it now): the game names it, so does check.
    moved = [problem for problem in data_problems if problem.file == str(DEFAULT_BINDINGS_PATH)
             and problem.where in MOVED]
    data_problems = [_named_as_typed(problem) for problem in data_problems if problem not in moved]
    moved = [_named_as_typed(problem) for problem in moved]
    started = time.perf_counter()
    data_problems += [line for path in bindings_files for line in _bindings_problems(path, DEFAULT_BINDINGS_PATH)]
    # The maps cannot be checked without the units they name: the data files' lines, and a last line saying why
    maps_asked = map_paths or not bindings_files  # a bindings file alone asks for no maps
    results = [] if catalog is None or not maps_asked else check_paths(map_paths or [_as_typed(LEVELS)], catalog)
    problems = data_problems + [problem for result in results for problem in result.problems]
    if catalog is not None and maps_asked and not results:  # status 1 with nothing listed would leave one guessing
        problems.append(_no_maps(map_paths or [LEVELS]))
    warnings = moved + [warning for result in results for warning in result.warnings]
    for problem in problems:
        print(problem)
    for unchecked in filter(None, (result.unchecked for result in results)):  # what waits, after all that is wrong
        print(unchecked)
    for warning in warnings:
        print(f"warning: {warning}")
    told = counted(len(problems), "problem") + (f", {counted(len(warnings), 'warning')}" if warnings else "")
    if catalog is None:
        files = " and ".join(dict.fromkeys(_named_as_typed(problem).file for problem in catalog_problems))
        print(f"0 maps checked (they are checked once {files} {'read' if ' and ' in files else 'reads'} without "
              f"problems), {told}")
        return 1
    elapsed = time.perf_counter() - started
    files = f" and {counted(len(bindings_files), 'bindings file')}" if bindings_files else ""
    named = counted(sum(not result.reached for result in results), "map")
    print(f"{named}{files} checked{also_checked(results)} in {elapsed:.2f} s, {told}")
    return 1 if problems else 0


def _bindings_problems(path: Path, shipped: Path) -> list:
    """A player's bindings file's problems, read over the game's (`shipped`) as the game reads it: a line each. The
    game's own, given by name, is checked as the game's already."""
    from game.input.bindings import player_file_problems  # as check's own: a headless run does not read them
    if not is_file(path):  # the game would play its own without a word: here the file was asked for
        return [Problem(str(path), "", "a bindings file", "a folder" if is_dir(path) else "no file there")]
    return [] if real_path(path) == real_path(shipped) else player_file_problems(path)


def _named_as_typed(problem):
    """A data file's problem naming the file as the maps' do (assets/data/units.yaml, from the game's folder)."""
    return dataclasses.replace(problem, file=str(_as_typed(Path(problem.file))))


def _no_maps(paths) -> str:
    """The line for paths that hold no .tmx: naming the maps saved as JSON (.tmj) there, which the game cannot read,
    and how to make .tmx of them."""
    saved = [found for path in map(Path, paths) if is_dir(path) for found in sorted(path.rglob("*.tmj"))]
    line = f"{', '.join(map(str, paths))}: expected Tiled maps (.tmx), found "
    if not saved:
        return line + "none"
    more = f" and {len(saved) - 3} more" if len(saved) > 3 else ""
    return (line + f"only {', '.join(path.name for path in saved[:3])}{more}, saved as JSON (open "
            f"{'it' if len(saved) == 1 else 'each'} in Tiled and use File > Export As... with the type Tiled map files "
            "(*.tmx), next to it: the game reads .tmx only)")


def _read(load, problems: list):
    """What load() reads, or None with its problems added to `problems`."""
    try:
        return load()
    except ContentError as error:
        problems.extend(error.problems)
        return None


def run_headless(level: Path, seconds: float, seed: int, start_at: int | None = None,
                 difficulty: str = "normal") -> int:
    """Simulate as fast as possible with no display; one line of JSON on stdout."""
    game = new_game(level, seed, start_at=start_at, difficulty=difficulty)
    settle_heap()
    started = time.perf_counter()
    game.run(seconds=seconds)
    wall = time.perf_counter() - started
    health = game.player_health()
    print(json.dumps({
        "level": str(level), "seed": seed, "difficulty": difficulty, "ticks": game.tick,
        "seconds": round(game.seconds, 3),
        "wall_seconds": round(wall, 3), "entities": game.entity_count(),
        "player_hit_points": health.hit_points if health else 0, "enemies_alive": game.enemies_alive(),
        "outcome": game.outcome, "state_hash": game.state_hash(),
    }))
    return 0


def run_replay(args) -> int:
    """--replay FILE: refuse it in one line (status 2), or watch it in the window, or play it headless and print
    one JSON line; with --verify, status 1 and "tick N: component C differs ..." at the first tick that differs, or
    "FILE: after tick N the final state hash (or outcome) differs ..." when only the end differs from the file.

    The level, seed and start come from the replay; --level says where the map is if it has moved."""
    from game.playback import describe_mismatch, play_back
    from game.replay import ReplayError, load_replay
    try:
        replay = load_replay(args.replay, level=args.level)
        if not args.headless:
            return play(replay.level_file(args.level), replay.seed, replay.start_at, skip_title=True, mute=args.mute,
                        replay=replay, replay_level=args.level, frames=args.frames)
        started = time.perf_counter()
        result = play_back(replay, verify=args.verify, level=args.level)
    except ReplayError as error:
        print(error, file=sys.stderr)
        return 2
    mismatch = None if result.mismatch is None else describe_mismatch(replay, result.mismatch, result.catalog_hash)
    print(json.dumps({
        "replay": str(args.replay), "level": str(replay.level_file(args.level)), "seed": replay.seed,
        "game_version": replay.game_version, "python": replay.python, "platform": replay.platform,
        "machine": replay.machine, "ticks": result.ticks, "recorded_ticks": replay.ticks,
        "wall_seconds": round(time.perf_counter() - started, 3), "outcome": result.outcome,
        "decided_at": result.decided_at,  # the bot's headless line's "ticks": a recording runs on to the result
        "state_hash": result.final_hash, "recorded_hash": replay.final_hash,
        "verified": args.verify and mismatch is None, "mismatch": mismatch,  # asked for, and it played the same
    }))
    if mismatch:
        print(mismatch, file=sys.stderr)
        return 1
    return 0


def play(level: Path, seed: int, start_at: int | None, skip_title: bool, mute: bool, record_to: Path | None = None,
         replay=None, replay_level: Path | None = None, bot: bool = False, frames: int | None = None,
         bot_skill: str = "expert") -> int:
    """Open the window and play; `frames` (--frames N) quits after N rendered frames, as closing the window would."""
    game = refused = None
    if skip_title and replay is None:
        # A broken map is reported here, where Tiled's console shows it; a good one is the game the window then plays,
        # and one with mistakes is shown in the window until a save fixes it (a map that is not there: no window).
        try:
            game = new_game(level, seed, start_at=start_at, difficulty=load_settings(settings_path())[0].difficulty)
        except ContentError as error:
            if not is_file(level):
                raise
            print(error, file=sys.stderr)
            refused = error
        if game is not None:
            tell_warnings(game.res.level)
    from game.app import App  # pygame's window only for play, not for headless runs
    app = App(level, seed=seed, start_at=start_at, skip_title=skip_title, audio=not mute, record_to=record_to,
              replay=replay, replay_level=replay_level, game=game, refused=refused)
    app.ctx.bot, app.ctx.bot_skill = bot, bot_skill  # the play scene asks the context who drives, and how well
    return app.run(max_frames=frames)
