"""A designer's own chain of maps in the checker's lines: named as the first map was given, and a ring of maps blamed
on the same map whichever of them is checked."""

from pathlib import Path

import pytest

from game.content import check_campaign
from game.content.catalog import load_catalog
from tests.content.test_level import ROOM, with_next
from tests.maps import write_map


def problems(paths) -> dict[str, list[str]]:
    return {str(result.path): [str(problem) for problem in result.problems]
            for result in check_campaign.check_paths(paths, load_catalog()) if result.problems}


def test_a_map_a_chain_reaches_is_named_from_the_current_folder_as_the_first_was_typed(tmp_path, monkeypatch):
    monkeypatch.setattr(check_campaign, "LEVELS", tmp_path / "levels")
    monkeypatch.chdir(tmp_path)  # main.py check act/start.tmx
    (tmp_path / "act").mkdir()
    (tmp_path / "act2").mkdir()
    with_next(write_map(tmp_path / "act", ROOM, name="start.tmx"), "../act2/far.tmx")
    write_map(tmp_path / "act2", ROOM, name="far.tmx", kind="dis2")
    [(name, [line])] = problems([Path("act/start.tmx")]).items()
    assert name == "act2/far.tmx"
    assert line.startswith('act2/far.tmx: layer "objects", object 2 "enemy 0", property kind')


@pytest.mark.parametrize("given", ["one.tmx", "two.tmx", "three.tmx"])
def test_a_ring_of_maps_is_blamed_on_the_one_whose_next_goes_back_to_the_first_whichever_is_checked(
        tmp_path, monkeypatch, given):
    monkeypatch.setattr(check_campaign, "LEVELS", tmp_path / "levels")
    monkeypatch.chdir(tmp_path)
    for name, following in [("one.tmx", "two.tmx"), ("two.tmx", "three.tmx"), ("three.tmx", "one.tmx")]:
        with_next(write_map(tmp_path, ROOM, name=name), following)
    assert problems([Path(given)]) == {"three.tmx": [
        "three.tmx: map, property next: expected a map later in the campaign, found one.tmx, which comes earlier "
        "(one.tmx → two.tmx → three.tmx) (point next at the map to play after this one, or remove it from the last "
        "mission)"]}
