"""Difficulty: the share of each hit the player's machine takes and of each it deals, fixed as the game starts, kept by
saves and replays (tests/sim/test_attack_turns.py: how many machines fire at once, and how often)."""

import pytest

from game.sim.components import Brain, Health
from game.sim.damage import DAMAGE_DEALT, DAMAGE_TAKEN, deal_damage
from game.sim.game import Game
from game.sim.snapshot import restore, snapshot
from game.sim.snapshot_checks import SnapshotError
from tests.maps import game_from_ascii

ROOM = ["##########",
        "#........#",
        "#.P....E.#",
        "#........#",
        "##########"]


def hit_taken(tmp_path, difficulty: str, target_is_player: bool = True) -> float:
    game = game_from_ascii(tmp_path, ROOM)
    game.res.difficulty = difficulty
    enemy = next(entity for entity, _ in game.world.query(Brain))
    target = game.player if target_is_player else enemy
    before = game.world.get(target, Health).hit_points
    deal_damage(game.world, game.res, target, 10.0, 0.0, 0.0, enemy if target_is_player else game.player)
    return before - game.world.get(target, Health).hit_points


@pytest.mark.parametrize("difficulty", ["easy", "normal", "hard"])
def test_each_side_takes_its_difficulty_s_share_of_a_hit(tmp_path, difficulty):
    assert hit_taken(tmp_path, difficulty) == pytest.approx(10.0 * DAMAGE_TAKEN[difficulty])
    assert hit_taken(tmp_path, difficulty, target_is_player=False) == pytest.approx(10.0 * DAMAGE_DEALT[difficulty])
    assert DAMAGE_TAKEN["easy"] < DAMAGE_TAKEN["normal"] == 1.0 < DAMAGE_TAKEN["hard"]
    assert DAMAGE_DEALT["easy"] > DAMAGE_DEALT["normal"] == DAMAGE_DEALT["hard"] == 1.0


def test_normal_hashes_as_before_there_were_difficulties_and_another_is_a_part_of_the_hash(tmp_path):
    normal, easy = game_from_ascii(tmp_path, ROOM), game_from_ascii(tmp_path, ROOM)
    easy.res.difficulty = "easy"
    assert "difficulty" not in normal.component_hashes() and "difficulty" in easy.component_hashes()
    assert normal.state_hash() != easy.state_hash()


def test_a_save_keeps_the_difficulty_and_an_older_save_without_one_is_normal(tmp_path):
    game = game_from_ascii(tmp_path, ROOM)
    game.res.difficulty = "hard"
    data = snapshot(game)
    assert restore(game.res.level, game.res.catalog, data).res.difficulty == "hard"
    del data["difficulty"]
    assert restore(game.res.level, game.res.catalog, data).res.difficulty == "normal"
    data["difficulty"] = "nightmare"
    with pytest.raises(SnapshotError, match="difficulty: expected easy, normal, hard, found 'nightmare'"):
        restore(game.res.level, game.res.catalog, data)


def test_a_game_is_started_on_the_difficulty_given(tmp_path):
    res = game_from_ascii(tmp_path, ROOM).res
    assert Game(res.level, res.catalog, 1, difficulty="easy").res.difficulty == "easy"
