"""The record: each run adds to its level and the total; written whole or not at all; a file that cannot be read is
reported in one line naming it and never overwritten; keys it does not know are kept."""

import contextlib
import logging
import multiprocessing
import os
from pathlib import Path

import pytest
import yaml

from game import record as record_module
from game.record import Counts, RecordError, load_record, record_key, record_path, record_result
from game.sim.resources import Tally


def tally(destroyed=0, spared=0, takeovers=0, fouron_kills=0) -> Tally:
    return Tally(destroyed=destroyed, spared=spared, takeovers=takeovers, fouron_kills=fouron_kills)


def test_no_file_is_an_empty_record():
    record = load_record()
    assert record.levels == {} and record.total == Counts() and record.level("outpost") == Counts()


def test_runs_add_up_per_level_and_in_total_and_read_back_the_same(player_files):
    record_result("levels/outpost.tmx", tally(5, 2, 1, 1), "won")
    record_result("outpost", tally(3, 0, 0, 0), "lost")
    returned = record_result("levels/ridge.tmx", tally(1, 4, 2, 0), "won")
    assert record_path() == player_files / "record.yaml"
    read = load_record()
    assert read.levels == returned.levels
    assert read.level("levels/outpost.tmx") == Counts(runs=2, won=1, destroyed=8, spared=2, takeovers=1, fouron_kills=1,
                                                      lost_in_a_row=1)
    assert read.level("ridge") == Counts(runs=1, won=1, destroyed=1, spared=4, takeovers=2, fouron_kills=0)
    assert read.total == Counts(runs=3, won=2, destroyed=9, spared=6, takeovers=3, fouron_kills=1)
    data = yaml.safe_load(record_path().read_text())
    assert data["format"] == 1 and data["total"]["spared"] == 6  # the totals are in the file for a reader too


def test_a_level_of_the_game_is_known_by_its_file_name():
    assert record_key("levels/outpost.tmx") == record_key("outpost") == ("levels", "outpost")


def test_the_file_is_replaced_whole_through_the_one_atomic_write(monkeypatch):
    record_result("outpost", tally(1), "won")
    before = record_path().read_bytes()
    calls = []

    def fail_to_swap(src, dst):
        calls.append(dst)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail_to_swap)
    with pytest.raises(RecordError) as caught:
        record_result("outpost", tally(9), "won")
    assert calls and str(record_path()) in str(caught.value) and "No space left" in str(caught.value)
    assert len(str(caught.value).splitlines()) == 1
    assert record_path().read_bytes() == before  # the old record is whole
    # no half-written leftovers; the lock's file stays for the next run (see test_a_lock_left_by_a_game_that_crashed...)
    assert sorted(p.name for p in record_path().parent.iterdir()) == [".record.yaml.lock", "record.yaml"]


@pytest.mark.parametrize("text, where", [
    ("levels: [not, closed\n", "line"),
    ("- just\n- a list\n", "expected a mapping"),
    ("format: 99\nlevels: {}\n", "newer"),
    ("levels:\n  outpost: {runs: lots}\n", "levels.outpost.runs"),
    ("levels:\n  outpost: {runs: -2}\n", "levels.outpost.runs"),
    ("levels:\n  outpost: {runs: 1}\n  outpost: {runs: 2}\n", "outpost"),
    ("levels:\n  outpost: {runs: 1, won: 9}\n", "levels.outpost.won: expected at most the runs (1), found 9"),
    ("levels:\n  outpost: {runs: -" + "9" * 40 + "}\n", "found a number of about 40 digits"),
    # A billion laughs: nine lists each nine times the one before, a few hundred bytes in the file.
    ("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
     + "".join(f"{b}: &{b} [{', '.join(['*' + a] * 9)}]\n" for a, b in zip("abcdefgh", "bcdefghi"))
     + "levels: {outpost: {runs: *i}}\n",
     "levels.outpost.runs: expected a whole number from 0 to 1,000,000,000, found a list"),
    # 4,300 digits: the most Python reads as a whole number; one run more and the record could not be written.
    ("levels:\n  outpost: {runs: " + "9" * 4300 + "}\n",
     "levels.outpost.runs: expected a whole number from 0 to 1,000,000,000, found a number of about 4300 digits"),
    # PyYAML's own KeyError for a tag on text that is not of its kind: a traceback at the end of a level.
    ("levels:\n  outpost: {runs: 1, won: !!bool maybe}\n",
     "line 2, column 27: expected valid YAML, found a mistake: a !!bool that is not one: 'maybe'"),
    ("levels:\n  outpost: {runs: 5, destroyed: 1000000001}\n",
     "levels.outpost.destroyed: expected a whole number from 0 to 1,000,000,000, found 1000000001 (a number)"),
    ('levels:\n  "out\\0post": {runs: -1}\n',  # a NUL in a level's name, written out
     "levels.out\\x00post.runs: expected a whole number from 0 to 1,000,000,000, found -1 (a number)"),
    # A best time: a number of seconds, from none to far beyond any mission's length
    ("levels:\n  outpost: {runs: 1, won: 1, best_time: -3.5}\n",
     "levels.outpost.best_time: expected a number of seconds from 0 to 1,000,000,000, found -3.5 (a number)"),
    ("levels:\n  outpost: {runs: 1, won: 1, best_time: fast}\n",
     "levels.outpost.best_time: expected a number of seconds from 0 to 1,000,000,000, found \"fast\" (text)"),
    ("levels:\n  outpost: {runs: 1, won: 1, best_time: 1.0e+12}\n",
     "levels.outpost.best_time: expected a number of seconds from 0 to 1,000,000,000, found 1000000000000.0"),
    ("own_maps:\n  maps/mine.tmx: {runs: 1, won: 1, best_time: .nan}\n",
     "own_maps.maps/mine.tmx.best_time: expected a number of seconds from 0 to 1,000,000,000, found nan"),
    ("levels:\n  outpost: {runs: 1, won: 1, best_time: .inf}\n", "levels.outpost.best_time: expected a number"),
    ("levels:\n  outpost: {runs: 1, won: 1, best_time: yes}\n", "found true (true/false)"),
    # The ids of the runs left beside the record that it has added: a list of text
    ("runs_added: 0f1e\n", "runs_added: expected a list of the ids (text) of runs left beside the record, found "
                             '"0f1e" (text)'),
    ("runs_added: [0f1e, 12]\n", "runs_added: expected a list of the ids (text) of runs left beside the record, "
                                  "found 12 (a number) in it"),
])
def test_a_broken_file_is_reported_in_one_line_and_kept(text, where):
    path = record_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    for attempt in (load_record, lambda: record_result("outpost", tally(1), "won")):
        with pytest.raises(RecordError) as caught:
            attempt()
        message = str(caught.value)
        assert str(path) in message and where in message and len(message.splitlines()) == 1 and len(message) < 400
        assert "kept" in message
    assert path.read_text() == text  # not overwritten unasked


def test_keys_it_does_not_know_are_read_past_and_kept():
    path = record_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("format: 1\nbest_times: {outpost: 95.5}\nlevels:\n  outpost: {runs: 2, won: 2, medals: 3}\n")
    record = record_result("outpost", tally(2, 1), "lost")
    assert record.level("outpost") == Counts(runs=3, won=2, destroyed=2, spared=1, lost_in_a_row=1)
    data = yaml.safe_load(path.read_text())
    assert data["best_times"] == {"outpost": 95.5} and data["levels"]["outpost"]["medals"] == 3


def test_adding_a_run_stops_each_count_at_the_most_the_record_reads_back():
    most = 1_000_000_000  # record.MAX_COUNT, the most its messages say a count may be
    path = record_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    full = {"runs": most, "won": most, "destroyed": most - 1, "spared": 7}
    path.write_text(yaml.safe_dump({"levels": {"outpost": full, "ridge": full}}))
    assert load_record().level("outpost") == Counts(**full)  # the most is a count like any other
    record = record_result("outpost", tally(5, 1), "won")
    expected = Counts(runs=most, won=most, destroyed=most, spared=8)
    assert record.level("outpost") == expected and load_record().level("outpost") == expected
    # The total of two full levels stops there too: the file says no more than the record can hold.
    assert record.total.runs == most and yaml.safe_load(path.read_text())["total"]["runs"] == most


def test_an_empty_file_is_an_empty_record():
    path = record_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("# nothing yet\n")
    assert load_record().levels == {}
    assert record_result("outpost", tally(1), "won").total.runs == 1


def test_the_record_module_needs_no_pygame():
    assert "pygame" not in record_module.__dict__
    source = open(record_module.__file__, encoding="utf-8").read()
    assert "import pygame" not in source


RUNS_EACH = 60  # two games' worth of levels finished in the same moments


def _finish_runs(path: str, level: str, start) -> None:
    """A second game (a process of its own) finishing RUNS_EACH levels as fast as it can."""
    start.wait()
    for _ in range(RUNS_EACH):
        record_result(level, tally(destroyed=1), "won", path)


def _hold_the_lock(path: str, held, release) -> None:
    """A game that takes the record's lock and keeps it until told (or until it is killed)."""
    with record_module.locked(path):
        held.set()
        release.wait(60)


def test_two_games_finishing_many_runs_at_once_lose_none_of_them(player_files):
    path = player_files / "record.yaml"
    context = multiprocessing.get_context("spawn")  # as on macOS and Windows: nothing shared but the files
    start = context.Event()
    games = [context.Process(target=_finish_runs, args=(str(path), level, start)) for level in ("outpost", "ridge")]
    for game in games:
        game.start()
    start.set()
    for game in games:
        game.join(120)
        assert game.exitcode == 0
    record = load_record(path)
    assert record.level("outpost").runs == record.level("ridge").runs == RUNS_EACH
    assert record.total == Counts(runs=2 * RUNS_EACH, won=2 * RUNS_EACH, destroyed=2 * RUNS_EACH)


def test_a_lock_left_by_a_game_that_crashed_holding_it_does_not_stop_the_next_run_being_recorded(player_files, caplog):
    path = player_files / "record.yaml"
    record_result("outpost", tally(1), "won", path)
    context = multiprocessing.get_context("spawn")
    held, release = context.Event(), context.Event()
    crashed = context.Process(target=_hold_the_lock, args=(str(path), held, release))
    crashed.start()
    assert held.wait(60)
    crashed.kill()  # a crash: it never lets go of the lock itself, and its lock file stays behind
    crashed.join(60)
    assert (player_files / ".record.yaml.lock").exists()
    with caplog.at_level(logging.WARNING, logger="game.record"):
        record_result("outpost", tally(2), "won", path)
    assert load_record(path).level("outpost") == Counts(runs=2, won=2, destroyed=3)
    assert caplog.records == []  # taken at once, not given up on after a wait


def test_a_game_holding_the_lock_too_long_is_waited_for_only_a_moment_and_the_run_is_recorded_and_said_in_the_log(
        player_files, caplog, monkeypatch):
    path = player_files / "record.yaml"
    monkeypatch.setattr(record_module, "LOCK_WAIT", 0.05)
    context = multiprocessing.get_context("spawn")
    held, release = context.Event(), context.Event()
    stuck = context.Process(target=_hold_the_lock, args=(str(path), held, release))
    stuck.start()
    try:
        assert held.wait(60)
        with caplog.at_level(logging.WARNING, logger="game.record"):
            record_result("outpost", tally(1), "won", path)
    finally:
        release.set()
        stuck.join(60)
    assert load_record(path).level("outpost") == Counts(runs=1, won=1, destroyed=1)
    [line] = [record.getMessage() for record in caplog.records]
    assert line.startswith(str(player_files / ".record.yaml.lock"))
    assert line.endswith("lock for 0.05 s; this run is left beside the record for the next game to add")


def _save_when_told(path: str, level: str, read, release) -> None:
    """A game slowed mid-save (a loaded machine, a slow disk): it holds the lock, has read the record and added its run,
    and writes it only when told, long past another's LOCK_WAIT."""
    write = record_module.write_atomically

    def write_when_told(file, data):
        read.set()
        release.wait(60)
        write(file, data)

    record_module.write_atomically = write_when_told
    record_result(level, tally(destroyed=1), "won", path)


def test_a_run_that_gave_up_waiting_for_the_lock_is_not_undone_by_the_holders_write_and_the_next_run_adds_it(
        player_files, monkeypatch):
    path = player_files / "record.yaml"
    record_result("outpost", tally(1), "won", path)
    monkeypatch.setattr(record_module, "LOCK_WAIT", 0)  # gives up at once: the holder keeps the lock past it
    context = multiprocessing.get_context("spawn")
    read, release = context.Event(), context.Event()
    slow = context.Process(target=_save_when_told, args=(str(path), "ridge", read, release))
    slow.start()
    try:
        assert read.wait(60)  # it read the outpost's one run and will write that back
        waited = record_result("outpost", tally(1), "won", path)
    finally:
        release.set()
        slow.join(60)
    assert slow.exitcode == 0
    assert waited.level("outpost").runs == 2  # the result screen counts its run
    counted = load_record(path)
    assert counted.level("outpost").runs == 2 and counted.level("ridge").runs == 1  # the holder's write undid none
    assert len([each for each in player_files.iterdir() if each.name.endswith(".run")]) == 1  # left beside the record
    record_result("ridge", tally(1), "lost", path)  # the next run, holding the lock, writes it into the file
    written = yaml.safe_load(path.read_text())["levels"]
    assert written["outpost"] == {"runs": 2, "won": 2, "destroyed": 2, "spared": 0, "takeovers": 0, "fouron_kills": 0,
                                  "lost_in_a_row": 0}
    assert written["ridge"]["runs"] == 2 and load_record(path).total.runs == 4  # counted once, not again beside it
    assert sorted(each.name for each in player_files.iterdir()) == [".record.yaml.lock", "record.yaml"]


def test_a_run_left_beside_the_record_that_cannot_be_read_is_said_in_the_log_and_kept_and_the_rest_is_counted(
        player_files, caplog):
    record_result("outpost", tally(1), "won")
    broken = player_files / ".record.yaml.0f1e.run"
    broken.write_text("levels:\n  outpost: {runs: lots}\n")
    with caplog.at_level(logging.WARNING, logger="game.record"):
        record = record_result("outpost", tally(1), "won")
    assert record.level("outpost").runs == 2 and load_record().level("outpost").runs == 2
    assert broken.read_text() == "levels:\n  outpost: {runs: lots}\n"  # never removed unread
    [line] = {each.getMessage() for each in caplog.records}  # said each time it is passed over
    assert line.startswith(f"a run left beside the record is not counted: {broken}: levels.outpost.runs: expected")


def test_a_designers_map_named_like_the_outpost_opens_nothing_in_the_games_campaign(tmp_path):
    from game.campaign import load_campaign
    from game.session import DEFAULT_LEVEL
    record_result("levels/mars_base.tmx", tally(1), "won")
    record_result(tmp_path / "mycampaign" / "outpost.tmx", tally(4), "won")
    campaign = load_campaign(DEFAULT_LEVEL)
    assert [mission.open for mission in campaign.missions] == [True, True, False, False, False, False]  # the canyon
    assert campaign.missions[1].counts == Counts()
    read = load_record()
    assert read.level(tmp_path / "mycampaign" / "outpost.tmx").won == 1  # its own wins, for its own campaign
    assert read.total.runs == 1 and read.total.destroyed == 1  # the career: the game's maps alone
    data = yaml.safe_load(record_path().read_text())
    assert data["levels"] == {"mars_base": {**data["levels"]["mars_base"]}} and "outpost" not in data["levels"]
    assert data["own_maps"][str(tmp_path / "mycampaign" / "outpost.tmx")]["won"] == 1  # a player can read whose


def test_a_record_written_by_the_older_game_still_opens_the_missions_it_opened():
    from game.campaign import load_campaign
    from game.session import DEFAULT_LEVEL
    record_path().parent.mkdir(parents=True, exist_ok=True)
    record_path().write_text("format: 1\ntotal: {runs: 2, won: 2}\nlevels:\n  mars_base: {runs: 1, won: 1}\n"
                             "  outpost: {runs: 1, won: 1}\n", encoding="utf-8")
    opened = [mission.open for mission in load_campaign(DEFAULT_LEVEL).missions]
    assert opened == [True, True, True, False, False, False]
    record_result("levels/new_york.tmx", tally(1), "won")
    assert "own_maps" not in record_path().read_text()  # written as the older game wrote it, no empty section


def test_a_wins_time_is_its_levels_best_until_a_faster_win_and_a_slower_win_or_a_loss_never_makes_it_worse():
    first = record_result("outpost", tally(3), "won", seconds=61.4)
    assert first.level("outpost").best_time == 61.4 and first.new_best  # the first win is the best so far
    slower = record_result("outpost", tally(1), "won", seconds=75.0)
    assert slower.level("outpost").best_time == 61.4 and not slower.new_best
    lost = record_result("outpost", tally(0), "lost", seconds=20.0)  # a loss has no time to keep, however short
    assert lost.level("outpost").best_time == 61.4 and not lost.new_best
    tied = record_result("outpost", tally(0), "won", seconds=61.4)
    assert tied.level("outpost").best_time == 61.4 and not tied.new_best  # a tie beats nothing
    faster = record_result("levels/outpost.tmx", tally(2), "won", seconds=59.9)
    assert faster.level("outpost").best_time == 59.9 and faster.new_best
    read = load_record()
    assert read.level("outpost") == Counts(runs=5, won=4, destroyed=6, best_time=59.9)
    assert read.total.best_time is None  # a best time is a level's own
    data = yaml.safe_load(record_path().read_text())
    assert data["levels"]["outpost"]["best_time"] == 59.9 and "best_time" not in data["total"]  # plain seconds
    assert "best_time: 59.9\n" in record_path().read_text()


def test_a_level_counts_its_runs_lost_since_its_last_win_its_own_not_the_totals_and_a_run_left_beside_counts_on():
    for _ in range(2):
        record_result("outpost", tally(), "lost")
    record_result("ridge", tally(), "lost")  # another level played between: the outpost's count goes on
    assert record_result("outpost", tally(), "lost").level("outpost").lost_in_a_row == 3
    assert load_record().level("outpost").lost_in_a_row == 3 and load_record().level("ridge").lost_in_a_row == 1
    data = yaml.safe_load(record_path().read_text())
    assert data["levels"]["outpost"]["lost_in_a_row"] == 3 and "lost_in_a_row" not in data["total"]
    assert record_result("outpost", tally(), "won").level("outpost").lost_in_a_row == 0  # a win ends the run
    # Counts of several runs, added after others (a run left beside the record): its own losses after its last win
    lost, won = Counts(runs=1, lost_in_a_row=1), Counts(runs=1, won=1)
    assert lost.plus(lost).plus(won).plus(lost).lost_in_a_row == 1
    assert lost.plus(won.plus(lost).plus(lost)).lost_in_a_row == 2
    assert lost.plus(lost).plus(lost.plus(lost)).lost_in_a_row == 4


@pytest.mark.parametrize("text", ["levels:\n  outpost: {runs: 2, lost_in_a_row: 3}\n",
                                  "levels:\n  outpost: {runs: 2, lost_in_a_row: -1}\n"])
def test_more_runs_lost_in_a_row_than_runs_or_fewer_than_none_is_a_mistake_named_in_one_line(text):
    path = record_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    with pytest.raises(RecordError) as caught:
        load_record()
    assert f"{path}: levels.outpost.lost_in_a_row: expected" in str(caught.value)


def test_a_level_never_won_has_no_best_time_and_a_designers_map_keeps_its_own(tmp_path):
    record_result("outpost", tally(1), "lost", seconds=40.0)
    mine = tmp_path / "mycampaign" / "outpost.tmx"
    assert record_result(mine, tally(1), "won", seconds=12.3).new_best
    read = load_record()
    assert read.level("outpost").best_time is None
    assert "best_time" not in yaml.safe_load(record_path().read_text())["levels"]["outpost"]  # no win, no time kept
    assert read.level(mine).best_time == 12.3


def test_a_record_from_before_best_times_reads_as_no_best_yet_and_the_next_win_is_the_first_best():
    record_path().parent.mkdir(parents=True, exist_ok=True)
    record_path().write_text("format: 1\ntotal: {runs: 3, won: 2}\nlevels:\n  outpost: {runs: 3, won: 2}\n",
                             encoding="utf-8")
    assert load_record().level("outpost") == Counts(runs=3, won=2, best_time=None)
    record = record_result("outpost", tally(1), "won", seconds=88.8)
    assert record.new_best and load_record().level("outpost") == Counts(runs=4, won=3, destroyed=1, best_time=88.8)


def _leave_runs_beside(path, *levels) -> list:
    """A run of each of `levels` finishing while another game holds the lock (a stand-in, in this process), so each is
    left beside the record; their files."""
    with record_module.locked(path):
        for level in levels:
            record_result(level, tally(1), "won", path)
    return sorted(each for each in path.parent.iterdir() if each.name.endswith(".run"))


class Killed(BaseException):
    """The game killed where it stands: nothing after it runs, nothing catches it."""


@pytest.mark.parametrize("stop", [OSError(13, "Permission denied"), Killed()], ids=["cannot remove", "killed"])
def test_runs_left_beside_the_record_and_added_to_it_are_never_added_again_though_their_files_were_not_removed(
        player_files, monkeypatch, stop):
    path = player_files / "record.yaml"
    monkeypatch.setattr(record_module, "LOCK_WAIT", 0)  # the stand-in's lock is given up on at once
    record_result("outpost", tally(1), "won", path)
    left = _leave_runs_beside(path, "outpost", "ridge")
    assert len(left) == 2
    unlink = Path.unlink

    def stop_at_a_run(self, *args, **kwargs):
        if self.name.endswith(".run"):
            raise stop
        return unlink(self, *args, **kwargs)

    with monkeypatch.context() as patched:
        patched.setattr(Path, "unlink", stop_at_a_run)
        with contextlib.suppress(Killed):  # the record written with both runs added, their files still beside it
            record_result("ridge", tally(1), "lost", path)
    assert all(each.exists() for each in left)
    assert (load_record(path).level("outpost").runs, load_record(path).level("ridge").runs) == (2, 2)
    record = record_result("outpost", tally(1), "lost", path)  # the next game removes them and adds neither again
    assert (record.level("outpost").runs, record.level("ridge").runs) == (3, 2) and record.total.runs == 5
    assert load_record(path).total == record.total
    assert sorted(each.name for each in player_files.iterdir()) == [".record.yaml.lock", "record.yaml"]
    record_result("outpost", tally(1), "lost", path)  # the list kept no longer than their files
    assert "runs_added" not in yaml.safe_load(path.read_text()) and load_record(path).total.runs == 6


@pytest.mark.parametrize("adds", ["before", "after"])
def test_the_record_read_as_another_game_adds_the_runs_left_beside_it_counts_each_run_once(player_files, monkeypatch,
                                                                                            adds):
    """A game reads the record without the lock (the missions page, the title); another, holding it, adds the runs
    left beside the record and removes their files just `adds` the reader reads the record's file."""
    path = player_files / "record.yaml"
    monkeypatch.setattr(record_module, "LOCK_WAIT", 0)
    record_result("outpost", tally(1), "won", path)
    [left] = _leave_runs_beside(path, "outpost")
    read, reading = record_module._read, []

    def read_as_another_game_adds_the_runs(file):
        if file != path or reading:  # the runs' files, and the other game's own reads
            return read(file)
        reading.append(file)
        if adds == "before":
            record_result("ridge", tally(1), "lost", path)
        found = read(file)
        if adds == "after":
            record_result("ridge", tally(1), "lost", path)
        return found

    monkeypatch.setattr(record_module, "_read", read_as_another_game_adds_the_runs)
    assert load_record(path).level("outpost").runs == 2
    assert reading and not left.exists()  # the other game did add it meanwhile
    assert load_record(path).level("outpost").runs == 2 and load_record(path).level("ridge").runs == 1
