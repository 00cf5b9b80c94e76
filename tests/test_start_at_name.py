"""--start-at by an object's name, as the level-design guide names objects: exactly, then in any case; an ambiguous
name lists the objects it could mean, an unknown one the names near it."""

import json
from pathlib import Path

from game import cli
from tests.maps import write_map

ROOT = Path(__file__).resolve().parents[1]
OUTPOST = str(ROOT / "levels" / "outpost.tmx")
ROOM = ["##########", "#........#", "#.P..E.E.#", "#........#", "##########"]


def started(capsys, *start_at: str) -> dict:
    """The JSON line of a headless run of no time from the outpost, started at `start_at`."""
    assert cli.main(["--headless", "--level", OUTPOST, "--seconds", "0", *start_at]) == 0
    return json.loads(capsys.readouterr().out)


def refused(capsys, level, name: str) -> str:
    assert cli.main(["--headless", "--level", str(level), "--seconds", "0", "--start-at", name]) == 2
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return captured.err.strip()


def test_start_at_a_name_starts_where_its_id_does_exactly_or_in_any_case(capsys):
    at_id = started(capsys, "--start-at", "8")  # the outpost's "extraction pad"
    assert at_id["state_hash"] != started(capsys)["state_hash"]  # a start there differs from the spawn's
    assert started(capsys, "--start-at", "extraction pad")["state_hash"] == at_id["state_hash"]
    assert started(capsys, "--start-at", "Extraction PAD")["state_hash"] == at_id["state_hash"]


def test_a_name_two_objects_share_lists_the_objects_it_could_mean(tmp_path, capsys):
    twins = write_map(tmp_path, ROOM, more_objects='<object id="9" name="Enemy 1" x="80" y="48"><point/></object>')
    # "enemy 1" is object 3's name exactly: found, though object 9's is the same case aside
    assert cli.main(["--headless", "--level", str(twins), "--seconds", "0", "--start-at", "enemy 1"]) == 0
    capsys.readouterr()
    assert refused(capsys, twins, "ENEMY 1") == (
        f'{twins}: --start-at: expected the id or the name of an object on the map, found 2 objects named '
        '"ENEMY 1": object 3 "enemy 1", object 9 "Enemy 1" (give the id of the one to start at: --start-at 3)')


def test_an_unknown_name_offers_the_names_near_it_or_else_the_maps_names(tmp_path, capsys):
    assert refused(capsys, OUTPOST, "extraction pda") == (
        f'{OUTPOST}: --start-at: expected the id or the name of an object on the map, found no object named '
        '"extraction pda" (did you mean object 8 "extraction pad"?)')
    assert refused(capsys, OUTPOST, "relay").endswith('(did you mean object 3 "relay guard"?)')  # the words typed
    room = write_map(tmp_path, ROOM)
    assert refused(capsys, room, "pad") == (
        f'{room}: --start-at: expected the id or the name of an object on the map, found no object named "pad" '
        '(the map\'s named objects: object 1 "start", object 2 "enemy 0", object 3 "enemy 1")')


def test_digits_no_object_has_as_its_id_but_one_has_as_its_name_are_refused_naming_its_id(tmp_path, capsys):
    named = '<object id="12" name="77" x="80" y="48"><point/></object>'
    room = write_map(tmp_path, ROOM, more_objects=named)
    assert refused(capsys, room, "77") == (
        f'{room}: --start-at: expected the id or the name of an object on the map, found no object with id 77, but '
        'object 12 "77" (give its id to start at: --start-at 12)')
    # the id wins where both are (Tiled's playtest passes ids): "3", object 12's name now, starts at object 3
    room = write_map(tmp_path, ROOM, more_objects=named.replace('name="77"', 'name="3"'))
    at_3 = started_at(capsys, room, "3")
    assert at_3 == started_at(capsys, room, "enemy 1") != started_at(capsys, room, "12")


def started_at(capsys, level, start_at: str) -> str:
    """The state hash of a headless run of no time on `level` from `start_at`."""
    assert cli.main(["--headless", "--level", str(level), "--seconds", "0", "--start-at", start_at]) == 0
    return json.loads(capsys.readouterr().out)["state_hash"]
