"""Trigger actions for scripted moments: advise (Rei speaks to a situation) and fouron (Fouron seizes control)."""

import json
from pathlib import Path

import pytest

from game.content.advisor import SITUATIONS
from game.content.errors import ContentError
from game.content.level import TRIGGER_ACTIONS, load_level
from tests.maps import DROP_DOWNS, drop_down, write_map

PROJECT = Path(__file__).resolve().parents[2] / "levels" / "blue-comet.tiled-project"
ROWS = ["########",
        "#P.....#",
        "#......#",
        "########"]


def trigger(properties: str, object_id: int = 10, name: str = "ruins") -> str:
    return (f'<object id="{object_id}" name="{name}" type="trigger" x="64" y="32" width="96" height="64">'
            f"<properties>{properties}</properties></object>")


def prop(name: str, value: str, extra: str = "") -> str:
    """A trigger's property; its action and situation picked from their drop-downs unless `extra` types them."""
    if name in DROP_DOWNS and not extra:
        return drop_down(name, value)
    return f'<property name="{name}" value="{value}" {extra}/>'


def map_with(folder: Path, *objects: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return write_map(folder, ROWS, more_objects="".join(objects))


def problems_of(path: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        load_level(path)
    return [str(p) for p in caught.value.problems]


def test_an_advise_trigger_with_one_of_reis_situations_loads_with_it(tmp_path):
    level = load_level(map_with(tmp_path, trigger(prop("action", "advise") + prop("situation", "survivor_in_danger"))))
    (advise,) = level.triggers
    assert ((advise.object_id, advise.action, advise.situation, advise.once)
            == (10, "advise", "survivor_in_danger", True))


def test_the_situation_drop_down_as_tiled_saves_it_loads_too(tmp_path):
    properties = (prop("action", "advise", 'propertytype="TriggerAction"')
                  + prop("situation", "enemy_sighted", 'propertytype="ReiSituation"'))
    (advise,) = load_level(map_with(tmp_path, trigger(properties))).triggers
    assert advise.situation == "enemy_sighted"


def test_a_fouron_trigger_loads_and_needs_no_situation(tmp_path):
    path = map_with(tmp_path, trigger(prop("action", "fouron") + prop("once", "true", 'type="bool"')))
    (seize,) = load_level(path).triggers
    assert (seize.action, seize.situation) == ("fouron", "")


def test_message_and_alarm_triggers_still_load_without_a_situation(tmp_path):
    path = map_with(tmp_path, trigger(prop("action", "message") + prop("text", "Rei: Sensor tripped.")),
                    trigger(prop("action", "alarm"), object_id=11, name="sensor"))
    assert [(t.action, t.text, t.situation) for t in load_level(path).triggers] == [
        ("message", "Rei: Sensor tripped.", ""), ("alarm", "", "")]


def test_an_advise_trigger_without_a_situation_is_one_clear_problem(tmp_path):
    path = map_with(tmp_path, trigger(prop("action", "advise")))
    problems = problems_of(path)
    assert len(problems) == 1
    assert problems[0].startswith(f'{path}: layer "objects", object 10 "ruins", property situation: expected one of '
                                  "Rei's situations in assets/data/advisor.yaml (a string property), found nothing "
                                  "(the property is missing) "
                                  "(add the property situation (type ReiSituation, a drop-down)")
    assert "survivor_in_danger" in problems[0]  # the known situations are listed


def test_an_empty_situation_is_a_problem(tmp_path):
    problems = problems_of(map_with(tmp_path, trigger(prop("action", "advise") + prop("situation", ""))))
    assert len(problems) == 1 and 'property situation' in problems[0] and 'found "" (fill in ' in problems[0]


def test_a_misspelt_situation_gets_a_did_you_mean(tmp_path):
    path = map_with(tmp_path, trigger(prop("action", "advise") + prop("situation", "survivor_in_dangr")))
    problems = problems_of(path)
    assert len(problems) == 1
    assert problems[0].startswith(f'{path}: layer "objects", object 10 "ruins", property situation: expected one of ')
    assert 'found "survivor_in_dangr" (did you mean "survivor_in_danger"?' in problems[0]


def test_a_situation_of_fouron_is_not_one_rei_can_be_told_to_speak_to(tmp_path):
    problems = problems_of(map_with(tmp_path, trigger(prop("action", "advise") + prop("situation", "seized"))))
    assert len(problems) == 1 and 'property situation' in problems[0] and 'found "seized"' in problems[0]


def test_a_situation_on_a_trigger_that_does_not_advise_is_reported(tmp_path):
    problems = problems_of(map_with(tmp_path, trigger(prop("action", "fouron") + prop("situation", "overheat"))))
    assert len(problems) == 1
    assert 'property situation: expected no situation on a fouron trigger, found "overheat"' in problems[0]
    assert "only an advise trigger reads situation" in problems[0]


def test_a_situation_of_the_wrong_type_is_one_problem_not_two(tmp_path):
    properties = prop("action", "advise") + prop("situation", "3", 'type="int"')
    problems = problems_of(map_with(tmp_path, trigger(properties)))
    assert len(problems) == 1 and "property situation" in problems[0] and "(a string property)" in problems[0]


def test_a_misspelt_action_names_the_new_ones_and_says_nothing_of_the_situation(tmp_path):
    problems = problems_of(map_with(tmp_path, trigger(prop("action", "advice") + prop("situation", "overheat"))))
    assert len(problems) == 1
    assert ('property action: expected one of "message", "alarm", "advise", "fouron", "repair" (a string property), '
            'found "advice" (did you mean "advise"?') in problems[0]


def test_the_situation_is_part_of_what_makes_a_level_different(tmp_path):
    first = load_level(map_with(tmp_path / "a", trigger(prop("action", "advise") + prop("situation", "overheat"))))
    second = load_level(map_with(tmp_path / "b", trigger(prop("action", "advise") + prop("situation", "vented"))))
    assert first.content_hash != second.content_hash


def test_the_tiled_project_offers_the_actions_and_reis_situations_as_drop_downs():
    enums = {t["name"]: t for t in json.loads(PROJECT.read_text(encoding="utf-8"))["propertyTypes"]}
    assert sorted(enums["TriggerAction"]["values"]) == sorted(TRIGGER_ACTIONS)
    assert enums["ReiSituation"]["values"] == list(SITUATIONS["rei"])
    assert enums["ReiSituation"]["storageType"] == "string" and enums["ReiSituation"]["valuesAsFlags"] is False
