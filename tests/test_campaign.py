"""The campaign: the missions along each map's `next`, opened one by one by the record's wins."""

from pathlib import Path

import pytest

from game.campaign import load_campaign, reached
from game.content import chain as chain_module
from game.content.chain import LEVELS
from game.content.level import load_level
from game.content.next_peek import peek_next
from game.record import Counts, Record, record_path, record_result
from game.session import DEFAULT_LEVEL
from game.sim.resources import Tally
from tests.maps import write_map

ROOM = ["#####", "#P.E#", "#####"]


def chain(folder: Path, *names: str, nexts: dict[str, str] | None = None, rows=ROOM) -> Path:
    """Maps `names` in `folder`, each naming the one after it as `next` (or what `nexts` says); the first's path."""
    nexts = nexts if nexts is not None else dict(zip(names, names[1:]))
    for name in names:
        path = write_map(folder, rows, name=name)
        if name in nexts:
            text = path.read_text(encoding="utf-8").replace(
                "\n <tileset",
                f'\n <properties><property name="next" type="file" value="{nexts[name]}"/></properties>\n <tileset', 1)
            path.write_text(text, encoding="utf-8")
    return folder / names[0]


def won(folder: Path, *names: str) -> Record:
    """A record with the maps `names` in `folder` (a designer's own, kept by their paths) won."""
    from game.record import record_key
    return Record({}, own={record_key(folder / f"{name}.tmx")[1]: Counts(runs=2, won=1) for name in names})


def test_the_shipped_campaign_is_the_mars_base_the_outpost_the_storm_canyon_then_new_york_s_three_missions():
    campaign = load_campaign(DEFAULT_LEVEL, Record({}))
    assert [mission.path.name for mission in campaign.missions] == ["mars_base.tmx", "outpost.tmx",
                                                                    "storm_canyon.tmx", "new_york.tmx",
                                                                    "landing_field.tmx", "command.tmx"]
    assert [mission.title for mission in campaign.missions] == ["Mars, UN Base Cydonia — 1996",
                                                                "Mars, Relay Outpost — 1996",
                                                                "Mars, Storm Canyon — 1996",
                                                                "New York, Occupied Manhattan — 1999",
                                                                "New York, Gradosian Landing Field — 1999",
                                                                "New York, Gradosian Command — 1999"]
    assert campaign.problem == ""


def test_a_mission_opens_once_the_one_before_it_is_won(tmp_path):
    first = chain(tmp_path, "a.tmx", "b.tmx", "c.tmx")
    assert [m.open for m in load_campaign(first, Record({})).missions] == [True, False, False]
    tried = Record({}, own={str(tmp_path / "a.tmx"): Counts(runs=3)})
    assert [m.open for m in load_campaign(first, tried).missions] == [True, False, False]
    assert [m.open for m in load_campaign(first, won(tmp_path, "a")).missions] == [True, True, False]
    assert [m.open for m in load_campaign(first, won(tmp_path, "a", "b")).missions] == [True, True, True]


def test_the_pilot_goes_on_with_the_first_open_mission_not_yet_won_and_after_the_last_from_the_start(tmp_path):
    first = chain(tmp_path, "a.tmx", "b.tmx", "c.tmx")
    assert load_campaign(first, Record({})).next_up().path.name == "a.tmx"
    assert load_campaign(first, won(tmp_path, "a")).next_up().path.name == "b.tmx"
    assert load_campaign(first, won(tmp_path, "a", "b")).next_up().path.name == "c.tmx"
    assert load_campaign(first, won(tmp_path, "a", "b", "c")).next_up().path.name == "a.tmx"
    campaign = load_campaign(first, won(tmp_path, "a"))
    assert campaign.is_last(tmp_path / "c.tmx") and not campaign.is_last(tmp_path / "b.tmx")


def test_wins_come_from_the_players_record_file(tmp_path):
    first = chain(tmp_path, "a.tmx", "b.tmx")
    record_result(tmp_path / "a.tmx", Tally(), "won")
    assert [m.open for m in load_campaign(first).missions] == [True, True]
    assert load_campaign(first).missions[0].counts.won == 1


def test_a_record_that_cannot_be_read_opens_every_mission_and_says_why(tmp_path):
    first = chain(tmp_path, "a.tmx", "b.tmx")
    record_path().parent.mkdir(parents=True, exist_ok=True)
    record_path().write_text("levels: [not, a, mapping]\n", encoding="utf-8")
    campaign = load_campaign(first)
    assert [m.open for m in campaign.missions] == [True, True]
    assert str(record_path()) in campaign.problem and "every mission is open" in campaign.problem


def test_a_next_map_met_again_ends_the_list_there_and_is_named(tmp_path):
    first = chain(tmp_path, "a.tmx", "b.tmx", nexts={"a.tmx": "b.tmx", "b.tmx": "a.tmx"})
    campaign = load_campaign(first, Record({}))
    assert [mission.path.name for mission in campaign.missions] == ["a.tmx", "b.tmx"]
    assert campaign.problem == (f"{tmp_path / 'b.tmx'}: map, property next: expected a map later in the campaign, "
                                "found a.tmx, which comes earlier (a.tmx → b.tmx) (point next at the map to play "
                                "after this one, or remove it from the last mission)")


def test_a_next_map_that_will_not_load_ends_the_list_there_and_is_named(tmp_path):
    first = chain(tmp_path, "a.tmx", "b.tmx")
    (tmp_path / "b.tmx").write_text("<map><layer", encoding="utf-8")
    campaign = load_campaign(first, won(tmp_path, "a"))
    assert [mission.path.name for mission in campaign.missions] == ["a.tmx"]
    assert "b.tmx" in campaign.problem


def test_the_campaign_followed_again_reads_only_the_maps_saved_since_and_takes_their_new_words(tmp_path, monkeypatch):
    """The campaign is followed at each Launch and as its last mission is won: its six maps read again took 80-250 ms
    of that frame. A map is read again once a file it was read from is saved again."""
    first = chain(tmp_path, "a.tmx", "b.tmx", "c.tmx")
    assert [mission.title for mission in load_campaign(first, Record({})).missions] == ["a", "b", "c"]
    read, load_level = [], chain_module.load_level
    monkeypatch.setattr(chain_module, "load_level", lambda path: read.append(Path(path).name) or load_level(path))
    load_campaign(first, Record({}))
    assert read == []
    middle = tmp_path / "b.tmx"
    middle.write_text(middle.read_text(encoding="utf-8").replace(
        "<properties>", '<properties><property name="title" value="Saved again"/>', 1), encoding="utf-8")
    assert [mission.title for mission in load_campaign(first, Record({})).missions] == ["a", "Saved again", "c"]
    assert read == ["b.tmx"]


def test_a_tileset_saved_while_its_map_is_read_is_read_again_by_the_next_follow(tmp_path, monkeypatch):
    """The stamps a read is kept under are noted before it: a tileset saved between the read and stamps noted after
    it would keep the map as read, with the tileset's old walls, until some file changed again."""
    first = write_map(tmp_path, ROOM, name="a.tmx")
    text = first.read_text(encoding="utf-8")
    start, end = text.index(" <tileset"), text.index("</tileset>") + len("</tileset>")
    tileset = tmp_path / "test.tsx"  # the map's own tileset, kept in a file of its own as Tiled saves one
    tileset.write_text('<?xml version="1.0" encoding="UTF-8"?>\n' + text[start:end].replace(' firstgid="1"', ""),
                       encoding="utf-8")
    first.write_text(text[:start] + ' <tileset firstgid="1" source="test.tsx"/>' + text[end:], encoding="utf-8")
    walled = load_level(first).solid
    saved = []

    def read_then_saved(path):  # the designer saves the tileset, its walls taken out, as the map has just been read
        level = load_level(path)
        if not saved:
            saved.append(tileset.read_text(encoding="utf-8").replace('value="true"', 'value="false"'))
            tileset.write_text(saved[0], encoding="utf-8")
        return level

    monkeypatch.setattr(chain_module, "load_level", read_then_saved)
    chain_module.follow(first)
    monkeypatch.setattr(chain_module, "load_level", load_level)
    assert saved and load_level(first).solid != walled  # the save took the walls out
    assert chain_module.follow(first).levels[0].solid == load_level(first).solid


@pytest.fixture
def read_whole(monkeypatch):
    """The names of the maps read whole (load_level) from here on, none kept from before."""
    monkeypatch.setattr(chain_module, "_loaded", {})
    read = []
    monkeypatch.setattr(chain_module, "load_level", lambda path: read.append(Path(path).name) or load_level(path))
    return read


def test_the_mission_reached_is_found_reading_whole_only_the_first_map_and_itself(tmp_path, read_whole):
    # It read every won map whole on the way (7-10 ms each), before the title's first frame: only their `next` is asked
    first = chain(tmp_path, "a.tmx", "b.tmx", "c.tmx", "d.tmx")
    for name in ("a", "b", "c"):
        record_result(tmp_path / f"{name}.tmx", Tally(), "won")
    assert Path(reached(first).path).name == "d.tmx"
    assert read_whole == ["a.tmx", "d.tmx"]


@pytest.mark.parametrize("wins, shown", [((), "a.tmx"), (("a",), "b.tmx"), (("a", "b", "c"), "c.tmx")])
def test_the_mission_reached_is_the_first_not_won_or_the_last(tmp_path, wins, shown):
    first = chain(tmp_path, "a.tmx", "b.tmx", "c.tmx")
    for name in wins:
        record_result(tmp_path / f"{name}.tmx", Tally(), "won")
    assert Path(reached(first).path).name == shown


def test_the_way_to_the_mission_reached_ends_at_a_map_met_before_or_one_that_will_not_load(tmp_path):
    first = chain(tmp_path, "a.tmx", "b.tmx", "c.tmx", nexts={"a.tmx": "b.tmx", "b.tmx": "a.tmx", "c.tmx": "x.tmx"})
    for name in ("a", "b", "c"):
        record_result(tmp_path / f"{name}.tmx", Tally(), "won")
    assert Path(reached(first).path).name == "b.tmx"  # b's next is a again: the way stops at b
    text = (tmp_path / "b.tmx").read_text(encoding="utf-8").replace('"a.tmx"', '"c.tmx"')
    (tmp_path / "b.tmx").write_text(text[:len(text) // 2], encoding="utf-8")  # saved half-way: no map to read
    assert Path(reached(first).path).name == "a.tmx"  # b will not load whole: the one before it


def test_the_mission_reached_with_a_record_that_cannot_be_read_is_the_first(tmp_path):
    first = chain(tmp_path, "a.tmx", "b.tmx")
    record_result(tmp_path / "a.tmx", Tally(), "won")
    record_path().write_text("levels: [not, a, mapping]\n", encoding="utf-8")
    assert Path(reached(first).path).name == "a.tmx"


@pytest.mark.parametrize("name", sorted(path.name for path in LEVELS.glob("*.tmx")))
def test_a_maps_next_peeked_is_the_one_its_whole_read_names(name):
    level = load_level(LEVELS / name)
    assert peek_next(LEVELS / name) == (Path(level.next_level) if level.next_level else None)
