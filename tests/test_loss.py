"""How the Layzner was lost, as the result screen tells it (game/loss.py): read off the game on the tick it fell."""

import dataclasses

import pytest

from game.content.catalog import UNITS_PATH, load_catalog
from game.content.level import load_level
from game.content.level_data import Objective
from game.loss import FOURON_HINT, LossWatch, TimeUp
from game.session import new_game
from game.sim.components import Brain, Gun, Health, Heat, Intent, Position, Unit, Vmax
from game.sim.events import Damaged, HoldStarted, Rammed
from game.sim.game import Game
from game.sim.systems.fouron import seize
from tests.maps import cell_region, game_from_ascii, write_map
from tests.sim.test_places import held_game, put_player
from tests.test_outpost_hold import straight_to_the_pad
from tests.wrecks import wreck

OUTPOST = "levels/outpost.tmx"
PAD = 8  # the outpost's extraction pad: its object id


def lose(game, steer=None, most: float = 60.0):
    """Play `game` until it is decided (`steer(game)` before each tick), watched; (the watch, the last tick's events,
    the s the hold started at or None)."""
    watch, events, hold_started = LossWatch(), [], None
    while game.outcome is None and game.seconds < most:
        if steer is not None:
            steer(game)
        watch.before_step(game)
        events = game.step()
        watch.after_step(game, events)
        if hold_started is None and any(isinstance(event, HoldStarted) for event in events):
            hold_started = game.seconds
    return watch, events, hold_started


def test_a_straight_run_onto_the_outposts_pad_is_told_what_wrecked_it_and_that_its_hold_called_reinforcements():
    game = new_game(OUTPOST, seed=1)
    watch, events, _ = lose(game, straight_to_the_pad(fire=False))
    assert game.outcome == "lost"
    shooter = [event for event in events if isinstance(event, Damaged) and event.entity == game.player][-1].source
    fired_by = f"{game.world.get(shooter, Unit).kind.capitalize()} " \
               f"{game.world.get(shooter, Gun).weapon.rsplit('_', 1)[-1]} fire"  # "Dis rifle fire"
    called = sum(1 for spawn in game.res.level.arrivals if spawn.arrives == PAD and spawn.placed_on("normal"))
    story, hint = watch.loss.lines()
    assert story.startswith(f"{fired_by} wrecked the Layzner")
    # not the two waves placed on Hard alone, which never came
    assert "hold had begun" in story and "extraction pad" in story and "1 reinforcement called" in story
    assert called == 1  # the north heavy (the word in the singular)
    assert hint.startswith("Reinforcements land when a hold starts")


def test_the_loss_says_the_layzner_was_overheated_and_what_its_open_hatches_cost(tmp_path):
    game = game_from_ascii(tmp_path, ["##########", "#........#", "#.P..E...#", "#........#", "##########"])

    def keep_hot(game):  # it would vent in 4 s: kept open, and nearly wrecked, so it falls overheated to a Dis
        if game.world.exists(game.player):
            heat, health = game.world.get(game.player, Heat), game.world.get(game.player, Health)
            heat.value, heat.overheated, health.hit_points = 100.0, True, min(health.hit_points, 5.0)

    watch, _, _ = lose(game, keep_hot, most=20)
    assert game.outcome == "lost"
    story, hint = watch.loss.lines()
    taken = game.res.catalog.units["layzner"].heat.damage_taken
    # one machine firing, no objective; kept under a quarter of its armour, Fouron had seized it
    assert story == "Dis rifle fire wrecked the Layzner while Fouron held the controls."
    assert hint == FOURON_HINT  # Fouron held the controls: the way back is the hint, not letting it cool
    # The pilot at the controls, the same loss hot: the hatches' cost is the hint
    assert dataclasses.replace(watch.loss, fouron="").lines()[1].startswith(
        f"Overheated at the end: with its hatches open the Layzner takes {taken:g}x damage")


def test_a_level_won_or_out_of_time_tells_no_loss(tmp_path):
    game = game_from_ascii(tmp_path, ["#######", "#.P...#", "#######"])
    watch, _, _ = lose(game)  # no enemy, no objective: won on the first tick
    assert game.outcome == "won" and watch.loss is None


def test_a_wreck_on_an_objective_stepped_onto_before_its_hold_started_tells_no_hold_begun(tmp_path):
    game = held_game(tmp_path, hold=5.0)
    put_player(game, 16, 2)
    _, _, started = lose(game, most=0.25)  # 15 ticks on the pad: brushing it, as the rules count it, not holding it
    assert started is None and game.res.objectives_held == [15]
    wreck(game, game.player)
    watch, _, _ = lose(game)
    story, _ = watch.loss.lines()
    # not "Its hold had begun.": neither Rei nor the hold's sound said so, and no reinforcements were called
    assert story == "Enemy fire wrecked the Layzner on the pad."


# -- out of time: how far the Layzner got, and the hint that follows

def timed_game(tmp_path, limit: float, hold: float, objectives=None):
    """The corridor's pad (held_game: a Layzner that cannot be hurt) on a level of `limit` s."""
    game = held_game(tmp_path, hold=hold)
    level = game.res.level
    game.res.level = dataclasses.replace(level, time_limit=limit, objectives=objectives or level.objectives)
    game.res.objectives_reached, game.res.objectives_held = [False] * len(game.res.level.objectives), \
        [0] * len(game.res.level.objectives)
    return game


def test_out_of_time_on_a_hold_begun_too_late_says_how_much_was_done_and_the_time_it_needs_left(tmp_path):
    game = timed_game(tmp_path, limit=4.0, hold=3.0)
    game.run(seconds=2.0)  # two seconds at the spawn, then onto the pad: two more of its three held as time runs out
    put_player(game, 16, 2)
    watch, _, _ = lose(game)
    assert game.outcome == "lost" and game.res.outcome_reason == "time"
    story, hint = watch.loss.lines()
    assert story == "Time ran out with 0 of 1 objective reached. The pad's hold was under way: 2 s of 3 done."
    assert hint == "A 3 s hold needs 0:03 left on the clock as it begins: reach the pad sooner."


def test_out_of_time_off_a_hold_under_way_says_a_hold_drains_off_it(tmp_path):
    game = timed_game(tmp_path, limit=4.0, hold=3.5)
    put_player(game, 16, 2)
    game.run(seconds=3.0)  # 3 s of it held, then shoved off the pad: it drains for the last second
    put_player(game, 10, 2)
    watch, _, _ = lose(game)
    story, hint = watch.loss.lines()
    assert story == "Time ran out with 0 of 1 objective reached. The pad's hold was under way: 1 s of 3.5 done."
    assert hint == "A hold drains while the Layzner is off it: stay on the pad until it is held."


def test_out_of_time_short_of_the_next_objective_names_it_and_how_far_off_the_layzner_stood(tmp_path):
    reached = Objective(5, "gate", "objects", cell_region(1, 1, 3, 3), "Reach the gate")
    pad = Objective(8, "pad", "objects", cell_region(15, 1, 3, 3), "Hold the pad", 2.0, after=5)
    game = timed_game(tmp_path, limit=2.0, hold=2.0, objectives=(reached, pad))
    game.run(ticks=1)  # the gate, at the spawn, reached: the pad opened
    pos = game.world.get(game.player, Position)
    pos.x = pos.prev_x = 15 * 32 - 10 * 32  # 10 tiles short of the pad's west edge
    watch, _, _ = lose(game)
    assert game.res.outcome_reason == "time"
    story, hint = watch.loss.lines()
    assert story == "Time ran out with 1 of 2 objectives reached."
    assert hint == "The pad was next, 10 tiles off: press on between fights; not every machine must fall."


def test_out_of_time_with_no_objective_named_or_the_layzner_there_words_the_hint_whole():
    # None named to reach next (only an `after` loop could leave none, which the loader refuses): no empty name
    assert TimeUp(1, 2).lines() == ("Time ran out with 1 of 2 objectives reached.",
                                    "Press on between fights; not every machine must fall.")
    # 0 tiles off: on it, or at its edge
    assert TimeUp(1, 2, next="the pad").lines()[1] == \
        "The pad was next, the Layzner there: press on between fights; not every machine must fall."


def test_out_of_time_on_a_map_won_by_stopping_every_machine_counts_those_still_standing(tmp_path):
    game = game_from_ascii(tmp_path, ["#########", "#.P.....#", "#########", "#.E...E.#", "#########"])
    game.res.level = dataclasses.replace(game.res.level, time_limit=1.0)
    watch, _, _ = lose(game)
    assert game.res.outcome_reason == "time"
    story, hint = watch.loss.lines()
    assert story == "Time ran out with 2 machines still to stop."
    assert hint.startswith("Rei marks the quickest kill")


# -- Fouron at the controls as the Layzner fell

def test_a_layzner_wrecked_just_as_fouron_handed_the_controls_back_says_so(tmp_path):
    # a Dis walled off, out of sight: the level goes on, and nothing wrecks the Layzner but the test
    game = game_from_ascii(tmp_path, ["##########", "#........#", "#.P......#", "##########", "#.E......#",
                                      "##########"])
    assert seize(game.world, game.res, "scripted")

    def fight_it_off(game):  # the pilot mashing dash, as the game teaches, until Fouron lets go
        if game.world.exists(game.player):
            game.world.get(game.player, Intent).dash = game.tick % 2 == 0

    while game.res.fouron.active:
        game.step()
        fight_it_off(game)
    game.run(seconds=1.0)  # within its 1.5 s hand-back
    wreck(game, game.player)
    watch, _, _ = lose(game)
    story, _ = watch.loss.lines()
    assert story == "Enemy fire wrecked the Layzner just as Fouron handed the controls back."


# -- a mod's machine, its weapon worded as what it is

def test_the_shipped_weapons_read_as_guns_and_the_knuckle_as_a_blow():
    kinds = {name: spec.kind for name, spec in load_catalog().weapons.items()}
    assert kinds == {"laser_rifle": "gun", "knuckle_shot": "melee", "dis_rifle": "gun", "bul_cannon": "gun"}


RAM = """
  dis_ram:
    damage: 500
    cooldown: 0.8
    projectile_speed: 600
    range: 60
    radius: 24
    knockback: 400
"""
MISSILES = """
  dis_missiles:
    damage: 500
    cooldown: 1.2
    projectile_speed: 380
    range: 500
    sprite: missile
"""
VMAX = """
    heat: {dash: 0, cool_rate: 20, cool_delay: 0.5, warning: 80, safe_level: 35, vent_rate: 16, crawl: 0.3,
           damage_taken: 1.0}
    vmax: {duration: 3, speed: 2.5, acceleration: 3, heat_rate: 5, cooldown: 2, per_damage_dealt: 0,
           per_damage_taken: 0, per_near_miss: 0, near_miss: 18, ram_damage: 500, ram_interval: 0.5,
           ram_knockback: 400}
"""


def modded_game(tmp_path, weapon: str = "dis_rifle", weapons: str = "", dis: str = ""):
    """The Layzner beside a Dis of a mod's units.yaml: its weapon `weapon`, defined in `weapons` (YAML under weapons),
    with `dis` (YAML) added to its unit."""
    shipped = UNITS_PATH.read_text()
    units = shipped.replace("    weapon: dis_rifle\n", f"    weapon: {weapon}\n{dis.strip(chr(10))}\n" if dis
                            else f"    weapon: {weapon}\n") + weapons
    assert units != shipped or weapon == "dis_rifle"
    (tmp_path / "units.yaml").write_text(units)
    level = load_level(write_map(tmp_path, ["##########", "#........#", "#..P.E...#", "#........#", "##########"]))
    return Game(level, load_catalog(tmp_path / "units.yaml"), seed=1)


def pinned_by_the_dis(game):
    """The Layzner kept standing 50 px west of the Dis: within reach of a blow."""
    dis = next(entity for entity, _ in game.world.query(Brain))
    if game.world.exists(game.player):
        there, pos = game.world.get(dis, Position), game.world.get(game.player, Position)
        pos.x, pos.y = pos.prev_x, pos.prev_y = there.x - 50, there.y


@pytest.mark.parametrize("weapon, weapons, said", [
    ("dis_ram", RAM, "A Dis's ram wrecked the Layzner."),  # 500 hit points a blow: wrecked whole, Fouron never seizes
    ("dis_missiles", MISSILES, "Dis missiles wrecked the Layzner."),
])
def test_a_mods_machine_that_wrecked_the_layzner_is_worded_by_what_its_weapon_is(tmp_path, weapon, weapons, said):
    game = modded_game(tmp_path, weapon, weapons)
    watch, _, _ = lose(game, pinned_by_the_dis, most=10)
    assert game.outcome == "lost"
    story, _ = watch.loss.lines()
    assert story == said


def test_a_mods_machine_that_rammed_the_layzner_in_v_max_is_told_as_its_ram(tmp_path):
    game = modded_game(tmp_path, dis=VMAX)

    def charged(game):  # its meter full: it starts V-MAX as it engages, and charges in
        for _, (vmax,) in game.world.query(Vmax):
            vmax.meter = 1.0

    watch, events, _ = lose(game, charged, most=10)
    assert game.outcome == "lost" and any(isinstance(event, Rammed) for event in events)
    story, _ = watch.loss.lines()
    assert story == "A Dis's V-MAX ram wrecked the Layzner."


def test_an_overheat_of_the_pilot_s_making_before_fouron_seized_is_the_hint_not_fouron(tmp_path):
    """The pilot ran the heat over (here the rifle, as V-MAX did before 0.8.8), then fell under a quarter armour and
    Fouron seized a machine already venting: the overheat came first and is the lesson, not "mash {dash}"."""
    game = game_from_ascii(tmp_path, ["##########", "#........#", "#.P..E...#", "#........#", "##########"])
    # A Layzner whose Fouron vents nothing as it seizes: the shipped one blows the overheat off in 0.65 s (its grace,
    # 1.5 s, outlasts that), so the machine falls with its hatches shut (test_fouron_heat.py)
    catalog, layzner = game.res.catalog, game.res.catalog.units["layzner"]
    layzner = dataclasses.replace(layzner, fouron=dataclasses.replace(layzner.fouron, seize_vent=0.0))
    game.res.catalog = dataclasses.replace(catalog, units={**catalog.units, "layzner": layzner})
    dis = game.world.get(game.enemies()[0], Position)
    intent = game.world.get(game.player, Intent)
    intent.fire, intent.aim_x, intent.aim_y = True, dis.x, dis.y
    game.world.get(game.player, Heat).value = 99.5  # the next bolt takes it over

    def hot_then_hit(game):
        if game.world.exists(game.player) and game.world.get(game.player, Heat).overheated:
            health = game.world.get(game.player, Health)
            health.hit_points = min(health.hit_points, 5.0)  # under a quarter: Fouron seizes the venting machine

    watch, _, _ = lose(game, hot_then_hit, most=20)
    assert game.outcome == "lost" and watch.loss.fouron == "held"
    taken = game.res.catalog.units["layzner"].heat.damage_taken
    assert watch.loss.lines()[1] == f"Overheated before Fouron seized it: with its hatches open the Layzner takes " \
                                    f"{taken:g}x damage. Let it cool before a fight."


def test_on_hard_the_outposts_hold_is_told_to_have_called_its_three_reinforcements():
    game = new_game(OUTPOST, seed=1, difficulty="hard")
    watch, _, _ = lose(game, straight_to_the_pad(fire=False))
    story, _ = watch.loss.lines()
    assert game.outcome == "lost" and "3 reinforcements called" in story  # the north heavy and Hard's two waves
