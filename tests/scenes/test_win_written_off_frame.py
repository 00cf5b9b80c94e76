"""A win's files written off the frame (game/writer.py): the result screen comes up with the record in memory before
any file is written, the files then written are those the frame wrote, a game closed while they are being written
leaves each file whole, and a file that could not be written is said on the result screen."""

import logging
import os
import threading
from pathlib import Path

import pytest

from game.best_runs import keep_best_run
from game import record as record_module
from game import writer as writer_module
from game.files import write_atomically
from game.record import load_record, record_result
from game.replay import read_replay
from game.result_delay import RESULT_TICKS
from game.scenes import result as result_module
from game.writer import Writer
from tests.scenes.conftest import until_result
from tests.scenes.test_flow import launch, win, won
from tests.wrecks import wreck

pytestmark = pytest.mark.usefixtures("config_dir")

FILES = ("last.replay", "record.yaml", "best/mars_base.replay")  # a first win of the Mars base writes these


def files(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in FILES if (folder / name).exists()}


def gated_win(ctx) -> tuple:
    """(the result of a win of the Mars base, an event the writer is held until): the gate put once the level is in
    play, so Launch's wait for the writes before it (Writer.settle) is not held by it."""
    play = launch(ctx)
    opened = gate(ctx.writer)
    return won(ctx, play), opened


def gate(writer: Writer) -> threading.Event:
    """Hold the writer until the event returned is set: the jobs given after it wait behind it."""
    opened = threading.Event()
    writer.put(lambda: opened.wait() and "")
    return opened


def written_on_the_frame(result, folder: Path, monkeypatch) -> dict[str, bytes]:
    """What the result screen's frame wrote before the writer, into `folder`: the replay, the record, the best run, by
    the same calls in the same order."""
    monkeypatch.setenv("BLUE_COMET_CONFIG_DIR", str(folder))
    play, game = result.play, result.play.game
    data = play.recorder.encode()
    write_atomically(folder / "last.replay", data)
    record_result(play.level_path, game.res.tally, game.outcome, seconds=result.seconds)
    assert keep_best_run(play.level_path, data, game.res.level.content_hash, result.seconds) == ""
    return files(folder)


def test_the_result_screen_comes_up_before_its_files_are_written_and_they_are_those_the_frame_wrote(
        ctx, config_dir, tmp_path, monkeypatch):
    ctx.writer = Writer()
    result, opened = gated_win(ctx)
    ctx.writer.start()  # as the app does once the frame is drawn: the gate holds the files back
    assert files(config_dir) == {}  # nothing written yet: the screen did not wait on the disk
    assert result.record.level(result.play.level_path).won == 1 and result.new_best  # the record shown, in memory
    opened.set()
    assert ctx.writer.wait()
    written = files(config_dir)
    assert sorted(written) == sorted(FILES)
    assert load_record().levels == result.record.levels  # the record written is the one shown
    assert written == written_on_the_frame(result, tmp_path / "on the frame", monkeypatch)


def a_write_held_on_its_way(monkeypatch) -> tuple[threading.Event, threading.Event]:
    """The writer's next fsync held until `release` is set, `entered` set once it is: a file's new version is then
    written beside it, not yet in its place."""
    entered, release, real = threading.Event(), threading.Event(), os.fsync

    def held(descriptor):
        if threading.current_thread().name == "writer" and not entered.is_set():
            entered.set()
            release.wait()
        real(descriptor)

    monkeypatch.setattr(os, "fsync", held)
    return entered, release


def second_win(ctx, config_dir, monkeypatch):
    """After a first win written whole: the files as it left them, the second win's result screen (Restart, and the
    level won again) and the event that lets its first write go on."""
    first = win(ctx)
    assert ctx.writer.wait()
    before = files(config_dir)
    assert first.play.restart() == ""
    entered, release = a_write_held_on_its_way(monkeypatch)
    play = ctx.stack[-1]
    for _ in range(30):  # won half a second later: another replay
        play.step()
    for entity in play.game.world.entities():
        if entity != play.game.player:
            wreck(play.game, entity)
    second = until_result(ctx, play)
    ctx.writer.start()  # as the app does once the frame is drawn
    assert entered.wait(timeout=60)  # the second win's first file is being written
    return before, second, release


def test_a_game_closed_while_a_win_is_being_written_waits_for_it_and_each_file_is_whole(ctx, config_dir, monkeypatch):
    ctx.writer = Writer()
    before, second, release = second_win(ctx, config_dir, monkeypatch)
    assert files(config_dir) == before  # the old files stand whole while the new ones are written
    read_replay(config_dir / "last.replay")
    load_record()
    release.set()  # the disk answers as the game closes
    assert ctx.writer.finish() is True
    after = files(config_dir)
    assert after["last.replay"] == second.play.recorder.encode() != before["last.replay"]
    assert load_record().levels == second.record.levels  # the second run counted: 2 runs, 2 won
    assert second.record.level(second.play.level_path).won == 2
    assert not list(config_dir.rglob("*.tmp"))  # no half-written file left


def test_a_game_closed_while_a_write_hangs_waits_its_bound_and_leaves_the_old_files_whole(
        ctx, config_dir, monkeypatch, caplog):
    ctx.writer = Writer()
    before, second, release = second_win(ctx, config_dir, monkeypatch)
    with caplog.at_level(logging.WARNING):
        assert ctx.writer.finish(timeout=0.0) is False  # the bound, run out: the game goes on closing
    assert "still being written" in caplog.text
    assert files(config_dir) == before
    read_replay(config_dir / "last.replay")
    assert load_record().levels != second.record.levels  # the old record, whole, without the second run
    release.set()  # the disk answers after all (a game still running): the new files go in whole
    assert ctx.writer.finish() is True
    assert load_record().levels == second.record.levels


def test_a_file_the_writer_could_not_write_is_said_on_the_result_screen_in_a_line(ctx, monkeypatch):
    ctx.writer = Writer()

    def broken(*args):
        raise RuntimeError("the disk is on fire")

    monkeypatch.setattr(result_module, "keep_best_run", broken)
    result = win(ctx)
    assert ctx.writer.wait()
    ctx.tell_failed_writes()  # as the app does each frame
    assert result.file_problem == "a file could not be written: the disk is on fire"
    assert "Traceback" not in result.file_problem


def test_a_record_the_writer_could_not_save_is_said_on_the_result_screen_as_the_frame_said_it(ctx, monkeypatch):
    ctx.writer = Writer()

    def disk_full(path, data):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(record_module, "write_atomically", disk_full)
    result = win(ctx)
    assert ctx.writer.wait()
    ctx.tell_failed_writes()
    assert result.file_problem.endswith("record.yaml: could not save the record: No space left on device")
    assert "best" not in result.file_problem  # a run the record could not count keeps no best run, as before


def test_the_missions_page_opened_from_the_result_shows_the_win_the_writer_was_still_writing(ctx, monkeypatch):
    ctx.writer = Writer()
    result, opened = gated_win(ctx)
    ctx.writer.start()
    threading.Timer(0.2, opened.set).start()  # the disk answers while the page waits for it
    result.open_missions()
    missions = ctx.stack[-1]
    first = missions.campaign.missions[0]
    assert first.counts.won == 1 and missions.campaign.missions[1].open  # not the record as it stood before the win


def test_a_second_win_s_result_waits_for_the_first_win_s_record_and_claims_no_new_best_the_first_beat(
        ctx, monkeypatch):
    """Restart, and the level won again (half a second slower) while the first win's files are still held up on their
    way to the disk: the second result reads the record with the first win in it, once the disk answers."""
    monkeypatch.setattr(writer_module, "SETTLE_WAIT", 60.0)  # however slowly the disk answers: no race with the clock
    ctx.writer = Writer()
    first, opened = gated_win(ctx)
    ctx.writer.start()  # the first win's files, held behind the gate
    assert first.record.level(first.play.level_path).won == 1
    assert first.play.restart() == ""
    play = ctx.stack[-1]
    for _ in range(30):
        play.step()
    for entity in play.game.world.entities():
        if entity != play.game.player:
            wreck(play.game, entity)
    while play.ended_tick is None or play.game.tick - play.ended_tick < RESULT_TICKS - 1:
        play.step()  # the tick before the result screen
    threading.Timer(0.2, opened.set).start()  # the disk answers as the result screen comes up
    play.step()
    second = ctx.stack[-1]
    assert isinstance(second, result_module.ResultScene)
    assert second.record.level(second.play.level_path).won == 2
    assert not second.new_best  # the first win, sooner, holds the best time
    assert ctx.writer.wait()
    assert load_record().levels == second.record.levels  # the record shown is the one written
