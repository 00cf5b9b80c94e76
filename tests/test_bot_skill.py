"""The bot's skill: the novice a level designer plays a map with reacts late, aims rough from a generator of its own
(the same seed, the same game), never dashes, launches or punches; `--bot-skill novice --seeds` plays a map on a
range of seeds and sums it up."""

import json
import math
import subprocess
import sys
from pathlib import Path

from game.bot import Bot
from game.bot.skill import EXPERT, NOVICE
from game.sim.components import Facing, Gun, Position
from game.sim.events import Damaged, Fired
from tests.maps import game_from_ascii
from tests.test_bot import DUEL  # the expert's own duel: the two skills on one ground

ROOT = Path(__file__).resolve().parents[1]


def duel(tmp_path, skill, seed: int = 1):
    game = game_from_ascii(tmp_path, DUEL, seed=seed)
    enemy = next(e for e in game.world.entities() if e != game.player and game.world.has(e, Gun))
    return game, Bot(game, skill), enemy


def intents(game, bot, ticks: int) -> list[tuple]:
    """The intent the bot writes on each of `ticks` ticks of play, as plain values."""
    written = []
    for _ in range(ticks):
        bot.steer()
        intent = game.player_intent()
        written.append((intent.move_x, intent.move_y, intent.aim_x, intent.aim_y, intent.fire, intent.missile,
                        intent.dash, intent.vmax, intent.knuckle))
        game.step()
    return written


def test_the_novice_makes_the_same_choices_on_the_same_seed_and_other_aim_errors_on_another(tmp_path):
    runs = [intents(*duel(tmp_path, NOVICE, seed)[:2], 240) for seed in (1, 1, 2)]
    assert runs[0] == runs[1]
    assert runs[0] != runs[2]


def test_the_novices_roughness_is_drawn_from_its_own_generator_not_the_simulations(tmp_path):
    game, bot, _ = duel(tmp_path, NOVICE)
    for _ in range(90):  # its aim error is drawn anew every half second: three draws
        before = game.res.rng.getstate()
        bot.steer()
        assert game.res.rng.getstate() == before
        game.step()


def test_the_novice_is_slow_to_shoot_a_machine_it_has_just_seen_and_the_expert_is_not(tmp_path):
    first_shot = {}
    for skill in (EXPERT, NOVICE):
        game, bot, _ = duel(tmp_path, skill)
        fired = [intent[4] for intent in intents(game, bot, 60)]
        first_shot[skill.name] = fired.index(True)
    assert first_shot["novice"] >= NOVICE.reaction > first_shot["expert"]


def test_the_novice_does_not_dash_from_a_shot_winding_up_at_it_where_the_expert_does(tmp_path):
    dashed = {}
    for skill in (EXPERT, NOVICE):
        game, bot, enemy = duel(tmp_path, skill)
        me, foe = game.world.get(game.player, Position), game.world.get(enemy, Position)
        game.world.get(enemy, Facing).angle = math.atan2(me.y - foe.y, me.x - foe.x)
        game.world.get(enemy, Gun).charge = 0.05  # the red glint: a shot is coming
        bot.steer()
        dashed[skill.name] = game.player_intent().dash
    assert dashed == {"expert": True, "novice": False}


def test_the_novice_never_dashes_launches_or_punches_through_a_whole_fight(tmp_path):
    game, bot, _ = duel(tmp_path, NOVICE)
    written = intents(game, bot, 600)
    assert any(intent[4] for intent in written)  # it fights
    assert not any(intent[5] or intent[6] or intent[8] for intent in written)
    assert bot.dashes == 0


def hits_and_shots(tmp_path, skill, seconds: float) -> tuple[int, int]:
    """(bolts of the player's that hit, bolts it fired) in a duel of `seconds`."""
    game, bot, _ = duel(tmp_path, skill)
    hits = shots = 0
    ticks = round(seconds * 60)
    while game.outcome is None and game.tick < ticks:
        bot.steer()
        for event in game.step():
            shots += isinstance(event, Fired) and event.entity == game.player
            hits += isinstance(event, Damaged) and event.source == game.player
    return hits, shots


def test_the_novices_aim_misses_shots_the_experts_would_hit(tmp_path):
    expert_hits, expert_shots = hits_and_shots(tmp_path, EXPERT, 6)
    novice_hits, novice_shots = hits_and_shots(tmp_path, NOVICE, 6)
    assert novice_shots > novice_hits > 0  # it hits, and it misses
    assert novice_hits / novice_shots < expert_hits / expert_shots


def run_main(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=300)


def test_seeds_plays_the_level_once_per_seed_then_sums_the_runs_up():
    result = run_main("--headless", "--bot", "--bot-skill", "novice", "--level", "levels/mars_base.tmx",
                      "--seeds", "1-2")
    lines = [json.loads(line) for line in result.stdout.strip().splitlines()]
    *runs, summary = lines
    assert [run["seed"] for run in runs] == [1, 2]
    assert all(run["bot_skill"] == "novice" and run["dashes"] == 0 for run in runs)
    won = [run["seed"] for run in runs if run["outcome"] == "won"]
    assert summary["bot_skill"] == "novice" and summary["seeds"] == "1-2" and summary["runs"] == 2
    assert summary["won_seeds"] == won and summary["won"] == len(won)
    assert result.returncode == (0 if len(won) == 2 else 1), result.stderr


def test_bot_skill_and_seeds_are_refused_where_they_mean_nothing_in_one_line():
    cases = [
        (("--headless", "--bot-skill", "novice"), "--bot-skill says how well the bot plays (with --bot)"),
        (("--headless", "--bot", "--seeds", "1-3", "--seed", "2"), "--seeds plays the level once per seed"),
        (("--headless", "--seeds", "1-3"), "--seeds plays the level once per seed"),
        (("--headless", "--bot", "--bot-skill", "rookie"), "expected one of the bot's skills (expert, novice), found "
                                                           "rookie"),
        (("--headless", "--bot", "--seeds", "8-1"), "expected seeds as FIRST-LAST"),
    ]
    for args, words in cases:
        result = run_main(*args)
        assert result.returncode == 2 and words in result.stderr, (args, result.stderr)
        assert "Traceback" not in result.stderr


def test_seeds_with_no_last_is_refused_and_seeds_without_the_bot_names_only_the_options_given():
    """"--seeds 1-" was played as 1-1, and --seeds without --bot was told "(not with --seed, ...)", --seed not given."""
    empty_last = run_main("--headless", "--bot", "--seeds", "1-")
    assert empty_last.returncode == 2 and "expected seeds as FIRST-LAST" in empty_last.stderr and "found 1-" in \
        empty_last.stderr and not empty_last.stdout, empty_last.stderr
    no_bot = run_main("--headless", "--seeds", "1-2")
    assert no_bot.returncode == 2 and "--seeds plays the level once per seed with --headless --bot" in no_bot.stderr
    assert "--seed," not in no_bot.stderr, no_bot.stderr
    with_seed = run_main("--headless", "--bot", "--seeds", "1-2", "--seed", "3")
    assert with_seed.returncode == 2 and "(not with --seed, the seed of a single run)" in with_seed.stderr
