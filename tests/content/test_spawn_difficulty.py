"""An enemy spawn's `difficulty`, the easiest it is placed on: read by the loader, a wrong value told by the checker,
and Hard's machines that the newcomers' curve (rules 0.9.4) took out of the shipped missions, back on Hard alone."""

from pathlib import Path

import pytest

from game.content.catalog import load_catalog
from game.content.check import check_map
from game.content.errors import ContentError
from game.content.level import load_level
from tests.maps import DIS, HALL, drop_down, write_map

ROOT = Path(__file__).resolve().parents[2]


def guarded(folder: Path, difficulty: str | None) -> Path:
    """The hall with its guard placed from `difficulty` up (None: the property left out)."""
    folder.mkdir(exist_ok=True)
    path = write_map(folder, HALL)
    if difficulty is not None:
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace(DIS, DIS + drop_down("difficulty", difficulty)), encoding="utf-8")
    return path


@pytest.mark.parametrize("difficulty, on", [(None, ["easy", "normal", "hard"]), ("easy", ["easy", "normal", "hard"]),
                                            ("normal", ["normal", "hard"]), ("hard", ["hard"])])
def test_an_enemy_spawn_is_placed_on_its_difficulty_and_every_harder_one(tmp_path, difficulty, on):
    [guard] = load_level(guarded(tmp_path, difficulty)).enemy_spawns
    assert [d for d in ("easy", "normal", "hard") if guard.placed_on(d)] == on


def test_a_difficulty_the_game_does_not_have_names_the_file_object_and_the_three_it_knows(tmp_path):
    path = guarded(tmp_path, "Hard")
    with pytest.raises(ContentError) as caught:
        load_level(path)
    [problem] = caught.value.problems
    assert str(problem).startswith(
        f'{path}: layer "objects", object 2 "enemy 0", property difficulty: expected one of "easy", "normal", '
        '"hard" (a string property), found "Hard"')
    assert 'did you mean "hard"?' in problem.hint and "drop-down of difficulty" in problem.hint


def test_a_level_with_no_objective_whose_every_enemy_is_left_out_on_easy_is_refused(tmp_path):
    # with no objective a level is won when its machines are down: on Easy, with none, the moment it starts
    problems = check_map(guarded(tmp_path, "normal"), load_catalog()).problems
    assert [(p.where, p.found) for p in problems] == [
        ("map", 'every enemy_spawn left out on Easy (the easiest, layer "objects", object 2 "enemy 0", has '
                'difficulty "normal")')]
    assert "set one enemy's difficulty to easy" in problems[0].hint
    assert not check_map(guarded(tmp_path / "every", "easy"), load_catalog()).problems


def test_a_map_placing_every_machine_on_every_difficulty_hashes_as_before_and_one_left_out_changes_it(tmp_path):
    # saves and replays made on a map without the property stay good; one placed otherwise is another map
    before = load_level(guarded(tmp_path / "a", None)).content_hash
    assert load_level(guarded(tmp_path / "b", "easy")).content_hash == before
    assert load_level(guarded(tmp_path / "c", "hard")).content_hash != before


# What rules 0.9.4 (b7934f8) took out of the missions after the first, by map: each is back, on Hard only.
TAKEN_OUT = {"outpost": ["pad heavy", "north wave", "south wave"],
             "storm_canyon": ["pad guard", "north lander", "south lander"],
             "new_york": ["corner guard", "east heavy relief"],
             "landing_field": ["relay heavy", "east lander"],
             "command": ["avenue lander", "mast answer", "plaza lander", "south lander"]}


# And what the last mission's Normal lost since: the Bul by the outer gate, which fired on the mast's first fight beside
# two Dis, and the courtyard's Bul, whose post by the generator on Normal no longer sees the mast through the open gate.
FOR_HARD = {"command": ["gate heavy", "courtyard heavy"]}


@pytest.mark.parametrize("name", TAKEN_OUT)
def test_the_machines_the_newcomers_curve_took_out_are_back_on_hard_only(name):
    level = load_level(ROOT / "levels" / f"{name}.tmx")
    hard_only = sorted(spawn.name for spawn in level.enemy_spawns if spawn.difficulty == "hard")
    kept = TAKEN_OUT[name] + FOR_HARD.get(name, [])
    assert hard_only == sorted(kept)
    assert all(spawn.difficulty == "easy" for spawn in level.enemy_spawns if spawn.name not in kept)
