"""Running a level with the bot at the controls until it is won, lost, or out of time."""

import time
from dataclasses import dataclass

from game.sim.events import Overheated
from game.sim.resources import TICK_RATE

DEFAULT_TIME_LIMIT = 600.0  # s of game time when the level sets none


@dataclass(frozen=True)
class BotRun:
    """How one headless bot run ended."""
    outcome: str  # "won", "lost" or "timeout"
    seconds: float  # game time played
    hit_points: float  # armour left
    max_hit_points: float
    enemies_alive: int
    wall_seconds: float
    dashes: int
    vmax_uses: int
    overheats: int  # times its machine overheated (the bot's heat discipline should keep this 0)


def time_limit(level) -> float:
    """The level's time limit in seconds, or DEFAULT_TIME_LIMIT when it has none (0)."""
    return level.time_limit or DEFAULT_TIME_LIMIT


def play_level(game, limit: float | None = None, bot=None) -> BotRun:
    """Let the bot play `game` until the outcome is decided or `limit` seconds (default: the level's) pass."""
    from game.bot.pilot import Bot
    bot = bot or Bot(game)
    limit = time_limit(game.res.level) if limit is None else limit
    ticks = round(limit * TICK_RATE)
    started = time.perf_counter()
    overheats = 0
    while game.outcome is None and game.tick < ticks:
        bot.steer()
        for event in game.step():
            if isinstance(event, Overheated) and event.entity == game.player:
                overheats += 1
    health = game.player_health()
    return BotRun(outcome=game.outcome or "timeout", seconds=round(game.seconds, 3),
                  hit_points=health.hit_points if health else 0.0,
                  max_hit_points=health.max_hit_points if health else 0.0,
                  enemies_alive=game.enemies_alive(), wall_seconds=round(time.perf_counter() - started, 3),
                  dashes=bot.dashes, vmax_uses=bot.vmax_uses, overheats=overheats)


def run_headless(level_path, seed: int = 1, start_at: int | None = None, difficulty: str = "normal",
                 skill: str = "expert") -> int:
    """`main.py --headless --bot [--bot-skill S]`: the bot plays the level; one JSON line; status 0 when it won, else
    1."""
    return 0 if _play_one(level_path, seed, start_at, difficulty, skill) == "won" else 1


def run_seeds(level_path, seeds: range, start_at: int | None = None, difficulty: str = "normal",
              skill: str = "expert") -> int:
    """`main.py --headless --bot --seeds 1-8`: a designer's "can this skill win it?": a JSON line per seed, then one
    summing them up (the seeds won and lost); status 0 when every seed was won, else 1."""
    import json

    outcomes = {seed: _play_one(level_path, seed, start_at, difficulty, skill) for seed in seeds}
    won = [seed for seed, outcome in outcomes.items() if outcome == "won"]
    print(json.dumps({"level": str(level_path), "difficulty": difficulty, "bot_skill": skill,
                      "seeds": f"{seeds.start}-{seeds.stop - 1}", "won": len(won), "runs": len(outcomes),
                      "won_seeds": won, "lost_seeds": [seed for seed in outcomes if seed not in won]}))
    return 0 if len(won) == len(outcomes) else 1


def _play_one(level_path, seed: int, start_at: int | None, difficulty: str, skill: str) -> str:
    """The bot at `skill` plays the level once on `seed`; its JSON line printed; the outcome returned."""
    import json

    from game.bot.pilot import Bot
    from game.bot.skill import SKILLS
    from game.session import new_game, settle_heap
    game = new_game(level_path, seed, start_at=start_at, difficulty=difficulty)
    settle_heap()
    limit = time_limit(game.res.level)
    run = play_level(game, limit, Bot(game, SKILLS[skill]))
    print(json.dumps({
        "level": str(level_path), "seed": seed, "difficulty": difficulty, "bot": True, "bot_skill": skill,
        "outcome": run.outcome,
        "seconds": run.seconds,
        "time_limit": limit, "ticks": game.tick, "wall_seconds": run.wall_seconds,
        "decided_at": game.tick if game.outcome else None,  # as a replay's line says it, which runs on past it
        "entities": game.entity_count(), "player_hit_points": run.hit_points, "enemies_alive": run.enemies_alive,
        "objectives_reached": sum(game.res.objectives_reached), "objectives": len(game.res.objectives_reached),
        "dashes": run.dashes, "vmax_uses": run.vmax_uses, "overheats": run.overheats,
        "destroyed": game.res.tally.destroyed, "spared": game.res.tally.spared,
        "fouron_takeovers": game.res.tally.takeovers, "advisor_lines": len(game.res.comms),
        "state_hash": game.state_hash(),
    }), flush=True)  # a line per seed as it ends: --seeds runs for minutes
    return run.outcome
