"""Attack turns: of the machines engaging the Layzner, only the difficulty's ATTACKERS nearest fire at once; the rest
hold their fire. Easy's machines also fire at FIRE_PACE times their guns' cooldown."""

import pytest

from game.sim.components import Brain, Gun, Intent
from game.sim.events import Fired
from game.sim.systems.attackers import ATTACKERS, FIRE_PACE
from tests.maps import game_from_ascii
from tests.wrecks import wreck

# Four Dis spread east of the Layzner, all in sight and in range of it.
CROWD = ["################",
         "#..............#",
         "#.......E......#",
         "#.P.......E....#",
         "#...........E..#",
         "#.............E#",
         "#..............#",
         "################"]


def crowd(tmp_path, difficulty: str):
    game = game_from_ascii(tmp_path, CROWD)
    game.res.difficulty = difficulty
    return game


def most_firing_at_once(game, seconds: float) -> int:
    """The most machines holding their triggers down in any one tick, the Layzner standing still."""
    most = 0
    for _ in range(round(seconds * 60)):
        game.step()
        most = max(most, sum(1 for _, (_, intent) in game.world.query(Brain, Intent) if intent.fire))
    return most


def enemy_shooters(game, seconds: float) -> list[int]:
    return sorted({e.entity for e in game.run(seconds=seconds) if isinstance(e, Fired) and e.entity != game.player})


@pytest.mark.parametrize("difficulty", ["easy"])
def test_only_the_difficulty_s_attackers_fire_at_once_and_the_rest_hold_their_fire(tmp_path, difficulty):
    game = crowd(tmp_path, difficulty)
    assert most_firing_at_once(game, 6.0) == ATTACKERS[difficulty] < 4
    assert all(brain.state == "engage" for _, (brain,) in game.world.query(Brain))  # all four are in the fight


@pytest.mark.parametrize("difficulty", ["normal", "hard"])
def test_on_normal_and_hard_every_machine_in_the_fight_fires(tmp_path, difficulty):
    assert ATTACKERS[difficulty] is None
    assert most_firing_at_once(crowd(tmp_path, difficulty), 6.0) == 4


def test_another_machine_opens_fire_once_the_one_firing_falls(tmp_path):
    game = crowd(tmp_path, "easy")
    game.run(seconds=2.0)
    firing = enemy_shooters(game, 1.5)
    assert len(firing) == 1
    wreck(game, firing[0])
    game.step()
    assert most_firing_at_once(game, 0.5) == 1  # the turn passes on at once, to one machine


@pytest.mark.parametrize("difficulty", ["easy", "normal", "hard"])
def test_a_machine_s_gun_waits_its_difficulty_s_pace_between_shots_and_the_layzner_s_its_own(tmp_path, difficulty):
    game = crowd(tmp_path, difficulty)
    weapons = game.res.catalog.weapons
    cooldowns = {}
    for _ in range(4 * 60):
        game.player_intent().fire = True
        for event in game.step():
            if isinstance(event, Fired) and event.entity not in cooldowns:
                cooldowns[event.entity] = game.world.get(event.entity, Gun).cooldown
    enemy = min(entity for entity in cooldowns if entity != game.player)
    assert cooldowns[enemy] == pytest.approx(weapons["dis_rifle"].cooldown * FIRE_PACE[difficulty])
    assert cooldowns[game.player] == pytest.approx(weapons["laser_rifle"].cooldown)
    assert FIRE_PACE["easy"] > FIRE_PACE["normal"] == FIRE_PACE["hard"] == 1.0
