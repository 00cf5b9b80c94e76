"""How the Layzner was lost, as the result screen tells it (game/loss.py): read off the game on the tick it fell."""

from game.loss import LossWatch
from game.session import new_game
from game.sim.components import Gun, Health, Heat, Unit
from game.sim.events import Damaged, HoldStarted
from tests.maps import game_from_ascii
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
    called = sum(1 for spawn in game.res.level.arrivals if spawn.arrives == PAD)
    story, hint = watch.loss.lines()
    assert story.startswith(f"{fired_by} wrecked the Layzner")
    assert "hold had begun" in story and "extraction pad" in story and f"{called} reinforcements called" in story
    assert called == 2
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
    assert story == "Dis rifle fire wrecked the Layzner."  # one machine firing, no objective: no more to say
    assert hint.startswith(f"Overheated at the end: with its hatches open the Layzner takes {taken:g}x damage")


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
