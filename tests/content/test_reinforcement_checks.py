"""The checker on reinforcements (an enemy_spawn's `arrives`): what brings it must be a trigger or objective that can
fire, it must have a way to the fight, and the Tiled project and template offer the property."""

import json
import xml.etree.ElementTree as ET
from pathlib import Path

from game.content.catalog import load_catalog
from game.content.check import check_map
from tests.maps import ALARM, DIS, HALL, TILE, write_map

ROOT = Path(__file__).resolve().parents[2]


def lane(oid=50, x=8 * TILE, y=TILE, name="lane") -> str:
    return (f'<object id="{oid}" name="{name}" type="trigger" x="{x}" y="{y}" width="{2 * TILE}" height="{2 * TILE}">'
            f'<properties>{ALARM}</properties></object>')


def relief(arrives, x=26.5 * TILE, y=1.5 * TILE, oid=51, name="relief") -> str:
    return (f'<object id="{oid}" name="{name}" type="enemy_spawn" x="{x}" y="{y}"><properties>'
            f'{DIS}<property name="arrives" type="object" value="{arrives}"/>'
            '</properties><point/></object>')


def pad(oid=52, hold=0) -> str:
    held = f'<properties><property name="hold" type="float" value="{hold}"/></properties>' if hold else ""
    return (f'<object id="{oid}" name="pad" type="objective" x="{22 * TILE}" y="{TILE}" width="{3 * TILE}" '
            f'height="{3 * TILE}">{held}</object>')


def told(tmp_path, *objects) -> tuple[list[str], list[str]]:
    """(problems, warnings) as `main.py check` lists them for the hall with these objects."""
    result = check_map(write_map(tmp_path, HALL, more_objects="".join(objects)), load_catalog())
    return [str(p) for p in result.problems], [str(w) for w in result.warnings]


def test_a_reinforcement_brought_by_a_reachable_trigger_far_enough_off_passes_without_a_word(tmp_path):
    assert told(tmp_path, lane(), relief(50)) == ([], [])


def test_arrives_naming_no_object_or_one_that_is_neither_trigger_nor_objective_is_refused_naming_both(tmp_path):
    path = tmp_path / "test.tmx"
    assert told(tmp_path, lane(), relief(77))[0] == [
        f'{path}: layer "objects", object 51 "relief", property arrives: expected the id of a trigger or objective '
        'object, found 77 (no object has id 77) (pick the trigger or objective with the property\'s object picker)']
    assert told(tmp_path, lane(), relief(53), relief(0, oid=53, name="guard", y=3.5 * TILE))[0] == [
        f'{path}: layer "objects", object 51 "relief", property arrives: expected the id of a trigger or objective '
        'object, found 53 (object 53 "guard" has class "enemy_spawn") (refer to the trigger whose firing, or the '
        'objective whose hold, brings it in)']


def test_a_reinforcement_whose_trigger_no_one_can_walk_into_is_refused_as_never_arriving(tmp_path):
    sealed = lane(x=4 * TILE, y=5 * TILE, name="sealed")  # in the walled-off south-west room
    [problem] = told(tmp_path, sealed, relief(50))[0]
    assert problem == (f'{tmp_path / "test.tmx"}: layer "objects", object 51 "relief", property arrives: expected a '
                       'trigger the player can walk into, to bring it in, found object 50 "sealed", which no way from '
                       'the player spawn enters, so it never arrives (open a way into the trigger (a machine needs a '
                       'way 2 tiles wide), or pick another)')


def test_a_reinforcement_brought_by_the_only_objective_with_no_hold_is_refused_as_coming_after_the_win(tmp_path):
    [problem] = told(tmp_path, pad(), relief(52))[0]
    assert 'found object 52 "pad", the only objective, with no hold: reaching it wins the level, so it never ' \
           'arrives (give the objective a hold (it comes as the hold starts), or pick a trigger)' in problem
    assert told(tmp_path, pad(hold=5), relief(52, x=10.5 * TILE))[0] == []  # a hold to call it: it comes


def test_a_reinforcement_in_a_wall_or_with_no_way_to_the_fight_is_refused(tmp_path):
    path = tmp_path / "test.tmx"
    assert told(tmp_path, lane(), relief(50, x=10.5 * TILE, y=4.5 * TILE))[0] == [
        f'{path}: layer "objects", object 51 "relief": expected a spawn on open ground, found a spawn on a solid tile '
        'at tile (10, 4): tile 1 of tileset "test" on layer "ground" (move it 36 px, to (336, 108), where it stands '
        'clear)']
    assert told(tmp_path, pad(hold=5), relief(52, x=5.5 * TILE, y=5.5 * TILE))[0] == [
        f'{path}: layer "objects", object 51 "relief": expected a reinforcement with a way on foot to the player, '
        'found no way from its spawn to the ground the player can walk (move it where a way leads to the fight, or '
        'open one)']


def test_a_reinforcement_landing_within_its_firing_range_of_what_calls_it_is_warned_of(tmp_path):
    problems, warnings = told(tmp_path, lane(), relief(50, x=14.5 * TILE, y=1.5 * TILE))
    assert problems == [] and warnings == [
        f'{tmp_path / "test.tmx"}: layer "objects", object 51 "relief": expected a reinforcement further than its '
        'firing range (380 px) from what calls it, object 50 "lane", found it 144 px from it (it lands within range '
        'of the player, who gets only the landing mark\'s warning; move it 236 px or more away)']


def test_two_reinforcements_one_trigger_lands_on_top_of_each_other_are_warned_of(tmp_path):
    # the start's spawns are (spawn_warnings); reinforcements were passed over, and two placed on one spot (a spawn
    # copied and not moved) landed together inside each other and were shoved apart
    problems, warnings = told(tmp_path, lane(), relief(50), relief(50, oid=53, name="second", y=2 * TILE))
    assert problems == [] and warnings == [
        f'{tmp_path / "test.tmx"}: layer "objects", object 53 "second": expected a reinforcement clear of the others '
        'its caller brings in (centres 40 px apart or more), found it 16 px from object 51 "relief" (the two land '
        'together on top of each other and are shoved apart, away from where they were put: move it 24 px or more '
        'away)']
    apart = told(tmp_path, lane(), relief(50), relief(50, oid=53, name="second", y=3 * TILE))  # 48 px: clear
    called_apart = told(tmp_path, lane(), lane(oid=54, x=12 * TILE, name="later"), relief(50),
                        relief(54, oid=53, name="second", y=2 * TILE))  # another call: not on the same tick
    assert apart == ([], []) and called_apart[1] == []


def test_the_tiled_project_and_the_enemy_spawn_template_offer_arrives_as_an_object_reference():
    project = json.loads((ROOT / "levels" / "blue-comet.tiled-project").read_text())
    [spawn] = [t for t in project["propertyTypes"] if t.get("name") == "enemy_spawn"]
    assert {"name": "arrives", "type": "object", "value": 0} in spawn["members"]
    template = ET.parse(ROOT / "levels" / "templates" / "enemy_spawn.tx").getroot()
    [arrives] = [p for p in template.iter("property") if p.get("name") == "arrives"]
    assert (arrives.get("type"), arrives.get("value")) == ("object", "0")
