"""Objectives that come in order (an objective's `after`): the loader and the checker refuse an `after` that names no
objective, names itself or runs round in a ring, measure a chain against the time limit, and see a reinforcement
its last objective could never call; the Tiled project and template offer the property."""

import json
import xml.etree.ElementTree as ET
from pathlib import Path

from game.content.catalog import load_catalog
from game.content.check import check_map
from game.content.level import load_level
from tests.content.test_checker_winnable import LONG_HALL, problems, with_map_properties
from tests.maps import DIS, HALL, MESSAGE, TILE, write_map

ROOT = Path(__file__).resolve().parents[2]


def place(oid: int, name: str, column: int, after: int | None = None, hold: float = 0, row: int = 1) -> str:
    """An objective three tiles square in the hall's open band, from `column`; `after` the id it comes after."""
    props = (f'<property name="after" type="object" value="{after}"/>' if after is not None else "") + \
        (f'<property name="hold" type="float" value="{hold:g}"/>' if hold else "")
    return (f'<object id="{oid}" name="{name}" type="objective" x="{column * TILE}" y="{row * TILE}" '
            f'width="{3 * TILE}" height="{3 * TILE}"><properties>{props}</properties></object>')


def guard(oid: int = 60, name: str = "guard", arrives: int = 0) -> str:
    came = f'<property name="arrives" type="object" value="{arrives}"/>' if arrives else ""
    return (f'<object id="{oid}" name="{name}" type="enemy_spawn" x="{26.5 * TILE}" y="{1.5 * TILE}"><properties>'
            f'{DIS}{came}</properties><point/></object>')


def told(tmp_path, *objects) -> list[str]:
    return problems(write_map(tmp_path, HALL, more_objects="".join(objects)))


def test_an_objective_after_another_is_read_with_the_id_it_comes_after_and_one_without_is_open():
    # the landing field's beacon is held once the relay post is silenced
    relay, beacon = load_level(ROOT / "levels" / "landing_field.tmx").objectives
    assert (relay.after, beacon.after) == (0, relay.object_id)


def test_after_naming_no_object_or_one_that_is_not_an_objective_is_refused_naming_both(tmp_path):
    path = tmp_path / "test.tmx"
    assert told(tmp_path, place(50, "relay", 8), place(51, "beacon", 20, after=77)) == [
        f'{path}: layer "objects", object 51 "beacon", property after: expected the id of an objective object, found '
        "77 (no object has id 77) (pick the objective with the property's object picker)"]
    assert told(tmp_path, place(50, "relay", 8), place(51, "beacon", 20, after=60), guard()) == [
        f'{path}: layer "objects", object 51 "beacon", property after: expected the id of an objective object, found '
        '60 (object 60 "guard" has class "enemy_spawn") (refer to the objective the player must reach before this '
        "one opens)"]


def test_an_objective_after_itself_is_refused_as_never_opening(tmp_path):
    assert told(tmp_path, place(50, "relay", 8, after=50)) == [
        f'{tmp_path / "test.tmx"}: layer "objects", object 50 "relay", property after: expected the id of another '
        "objective object, found 50, this objective itself (it would never open) (pick the objective to reach "
        "first with the property's object picker, or clear after to have this one open from the start)"]


def test_objectives_after_one_another_in_a_ring_are_refused_once_naming_the_ring(tmp_path):
    path = tmp_path / "test.tmx"
    assert told(tmp_path, place(50, "relay", 8, after=51), place(51, "beacon", 20, after=50)) == [
        f'{path}: layer "objects", object 50 "relay", property after: expected objectives that come in an order with '
        'a first, found a ring: 51 "beacon", then 50 "relay", then 51 "beacon" again, so none of them ever opens '
        "(clear after on the one the player should reach first)"]
    ring = told(tmp_path, place(50, "a", 4, after=52), place(51, "b", 12, after=50), place(52, "c", 20, after=51),
                place(53, "d", 24, after=52))  # d waits on the ring too: the ring is the one mistake
    assert len(ring) == 1 and 'found a ring: 51 "b", then 52 "c", then 50 "a", then 51 "b" again' in ring[0]


def test_a_chain_in_order_passes_the_checker(tmp_path):
    assert told(tmp_path, place(50, "relay", 8, hold=5), place(51, "beacon", 20, after=50, hold=8)) == []


def test_the_time_limit_counts_a_chain_the_first_s_way_and_hold_then_the_dash_on_to_the_next(tmp_path):
    # Each alone from the spawn fits in 60 s (the beacon: 2.87 s of dashing and a hold of 30); after the relay, got
    # to in 1.11 s and held 40 s, and 1,344 px on, it is counted no sooner than 42.75 s, and 30 s more do not fit.
    relay = place(50, "relay", 30, hold=40, row=2)
    beacon = place(51, "beacon", 75, after=50, hold=30, row=2)
    path = with_map_properties(write_map(tmp_path, LONG_HALL, more_objects=relay + beacon),
                               '<property name="time_limit" type="float" value="60"/>')
    assert problems(path) == [
        f'{path}: layer "objects", object 51 "beacon", property hold: expected fewer seconds than the map\'s '
        "time_limit (60) less the time to get there, found 30, with the objective counted no sooner than 42.75 s: it "
        'comes after object 50 "relay", done no sooner than 41.11 s (reached dashing all the way and its hold of 40 s '
        "stood out), then 1,344 px on from it, 1.64 s more dashing (shorten the hold, move it nearer the objective "
        "it comes after, shorten that one's hold, or lengthen time_limit in Map Properties)"]
    open_from_the_start = with_map_properties(write_map(tmp_path, LONG_HALL, name="open.tmx",
                                                        more_objects=relay + place(51, "beacon", 75, hold=30, row=2)),
                                              '<property name="time_limit" type="float" value="60"/>')
    assert problems(open_from_the_start) == []  # the same map, the beacon open at once: each fits alone


def test_a_reinforcement_called_by_a_closed_objective_s_hold_is_fine(tmp_path):
    assert told(tmp_path, place(50, "relay", 8, hold=5), place(51, "beacon", 20, after=50, hold=8),
                guard(arrives=51)) == []


def test_a_reinforcement_called_by_the_last_objective_in_the_chain_with_no_hold_is_refused_as_never_coming(tmp_path):
    [problem] = told(tmp_path, place(50, "relay", 8, hold=5), place(51, "beacon", 20, after=50), guard(arrives=51))
    assert problem == (
        f'{tmp_path / "test.tmx"}: layer "objects", object 60 "guard", property arrives: expected a trigger, or an '
        'objective with a hold, to bring it in, found object 51 "beacon", with no hold, after every other objective '
        "(its after): reaching it wins the level, so it never arrives (give the objective a hold (it comes as the "
        "hold starts), or pick a trigger)")
    # the same beacon open from the start may be reached first, and the relay's reaching then wins: it may come
    assert told(tmp_path, place(50, "relay", 8, hold=5), place(51, "beacon", 20), guard(arrives=51)) == []


def test_the_checker_lists_a_bad_after_as_a_problem_of_the_map(tmp_path):
    result = check_map(write_map(tmp_path, HALL, more_objects=place(50, "relay", 8, after=50)), load_catalog())
    assert len(result.problems) == 1 and "property after" in str(result.problems[0])


def test_after_on_a_trigger_or_a_spawn_is_told_that_only_objectives_read_it_not_waved_through_as_a_note(tmp_path):
    # A designer holding a message back until the relay, or a machine until it (arrives, misremembered), by an after:
    # it does nothing there, and "fine for a note of your own" said it was fine
    relay = place(50, "relay", 8)
    alert = (f'<object id="61" name="alert" type="trigger" x="{4 * TILE}" y="{TILE}" width="{2 * TILE}" '
             f'height="{2 * TILE}"><properties>{MESSAGE}'
             '<property name="after" type="object" value="50"/>'
             '<property name="text" value="Rei: The relay is down."/></properties></object>')
    spawn = guard().replace(DIS,
                            f'<property name="after" type="object" value="50"/>{DIS}')
    warnings = [str(w) for w in load_level(write_map(tmp_path, HALL, more_objects=relay + alert + spawn)).warnings]
    path = tmp_path / "test.tmx"
    assert warnings == [
        f'{path}: layer "objects", object 61 "alert", property after: expected a property a trigger object reads, '
        'found "after" (property "after" is not read on a trigger object; known: action, once, situation, text; only '
        "objective objects read after: here it does nothing (remove it))",
        f'{path}: layer "objects", object 60 "guard", property after: expected a property an enemy_spawn object '
        'reads, found "after" (property "after" is not read on an enemy_spawn object; known: arrives, difficulty, '
        "holds_post, kind, patrol; only objective objects read after: here it does nothing (remove it))"]


def test_an_objective_back_at_the_player_spawn_after_another_is_not_warned_as_reached_by_standing_still(tmp_path):
    # The relay, then back to the landing zone round the spawn (tile 2, 2): closed at the start, it is not reached by
    # standing still, as the warning said; the same zone open from the start is
    def warned(*objects):
        return [str(w) for w in load_level(write_map(tmp_path, HALL, more_objects="".join(objects))).warnings
                if "player spawn inside it" in str(w)]
    assert warned(place(50, "relay", 8, hold=5), place(51, "landing zone", 1, after=50)) == []
    assert warned(place(50, "relay", 8, hold=5), place(51, "landing zone", 1)) == [
        f'{tmp_path / "test.tmx"}: layer "objects", object 51 "landing zone": expected an objective away from the '
        "player spawn, found the player spawn inside it (it is reached by standing still; move it off the spawn)"]


def test_the_tiled_project_and_template_offer_after_as_an_object_reference():
    project = json.loads((ROOT / "levels" / "blue-comet.tiled-project").read_text())
    [objective] = [t for t in project["propertyTypes"] if t.get("name") == "objective"]
    assert {"name": "after", "type": "object", "value": 0} in objective["members"]
    template = ET.parse(ROOT / "levels" / "templates" / "objective.tx").getroot()
    assert {p.get("name"): (p.get("type"), p.get("value")) for p in template.iter("property")}["after"] == \
        ("object", "0")


def test_a_map_without_after_hashes_as_before_so_its_saves_and_replays_stay_good(tmp_path):
    def hashed(folder, *objects):  # one file name in each folder: a map's title is its file name when it has none
        (tmp_path / folder).mkdir()
        return load_level(write_map(tmp_path / folder, HALL, more_objects="".join(objects))).content_hash

    plain = hashed("plain", place(50, "relay", 8), place(51, "beacon", 20))
    assert hashed("zero", place(50, "relay", 8, after=0), place(51, "beacon", 20, after=0)) == plain
    assert hashed("ordered", place(50, "relay", 8), place(51, "beacon", 20, after=50)) != plain
