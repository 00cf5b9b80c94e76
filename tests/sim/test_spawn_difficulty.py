"""A machine placed from a difficulty up (an enemy spawn's `difficulty`) stands, or lands, only on that difficulty
and the harder ones; a save on one keeps to that difficulty's reinforcements."""

import json

import pytest

from game.content.catalog import load_catalog
from game.content.level import load_level
from game.sim.game import Game
from game.sim.snapshot import restore, snapshot
from game.sim.snapshot_checks import SnapshotError
from tests.maps import DIS, drop_down, write_map
from tests.sim.test_reinforcements import HALL, LANE, relief, walk

# A second guard beside the hall's, and a second relief beside its own: each placed on Hard alone.
HARD = drop_down("difficulty", "hard")
HARD_GUARD = (f'<object id="60" name="hard guard" type="enemy_spawn" x="{26.5 * 32}" y="{3.5 * 32}"><properties>'
              f'{DIS}{HARD}</properties><point/></object>')
HARD_RELIEF = relief(y=3.5 * 32, object_id=61).replace("</properties>", HARD + "</properties>")


def hall_on(tmp_path, difficulty: str) -> Game:
    level = load_level(write_map(tmp_path, HALL, more_objects=LANE + relief() + HARD_GUARD + HARD_RELIEF))
    return Game(level, load_catalog(), 1, difficulty=difficulty)


@pytest.mark.parametrize("difficulty, at_start, landed", [("easy", 1, 2), ("normal", 1, 2), ("hard", 2, 4)])
def test_a_machine_placed_on_hard_alone_stands_and_lands_on_hard_only(tmp_path, difficulty, at_start, landed):
    game = hall_on(tmp_path, difficulty)
    assert game.enemies_alive() == at_start
    assert [entry[0] for entry in game.res.arrivals] == ([51, 61] if difficulty == "hard" else [51])
    walk(game, (1, 0), 240)  # into the lane, and past the landing marks
    assert game.enemies_alive() == landed and not game.res.arrivals


def test_a_save_on_hard_restores_its_reinforcements_and_one_on_normal_refuses_a_hard_one(tmp_path):
    game = hall_on(tmp_path, "hard")
    data = json.loads(json.dumps(snapshot(game)))
    assert restore(game.res.level, game.res.catalog, data).state_hash() == game.state_hash()
    data["difficulty"] = "normal"  # Normal never calls the Hard relief (61)
    with pytest.raises(SnapshotError) as refused:
        restore(game.res.level, game.res.catalog, data)
    assert "arrivals: expected the ids of the map's enemy spawns with arrives (51)" in str(refused.value)
