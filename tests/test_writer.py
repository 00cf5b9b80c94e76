"""The writer's thread (game/writer.py): jobs done in the order given, waited for, and what failed told once, a line."""

import logging
import threading

from game import writer as writer_module
from game.writer import Writer


def gate(writer: Writer) -> threading.Event:
    """A job that holds the writer until the event returned is set: the jobs given after it wait behind it."""
    opened = threading.Event()
    writer.put(lambda: opened.wait() and "")
    return opened


def test_jobs_are_done_in_the_order_given_one_at_a_time():
    writer, done = Writer(), []
    opened = gate(writer)
    for number in range(5):
        writer.put(lambda number=number: done.append(number) or "")
    writer.start()
    assert done == []  # behind the gate: nothing is done on the caller's thread
    opened.set()
    assert writer.wait()
    assert done == [0, 1, 2, 3, 4]


def test_a_wait_that_runs_out_says_so_and_a_later_one_sees_the_jobs_done(caplog):
    writer, done = Writer(), []
    opened = gate(writer)
    writer.put(lambda: done.append("written") or "")
    with caplog.at_level(logging.WARNING):
        assert writer.finish(timeout=0.0) is False
    assert "still being written" in caplog.text and done == []
    opened.set()
    assert writer.finish() is True and done == ["written"]


def test_what_a_job_could_not_write_is_told_once_in_the_order_given():
    writer = Writer()
    writer.put(lambda: "/data/record.yaml: could not save the record: No space left on device")
    writer.put(lambda: "")
    writer.put(lambda: "/data/last.replay: could not save the replay: No space left on device")
    writer.wait()
    assert writer.problems() == ["/data/record.yaml: could not save the record: No space left on device",
                                 "/data/last.replay: could not save the replay: No space left on device"]
    assert writer.problems() == []


def test_an_error_a_job_did_not_expect_is_a_line_and_the_jobs_after_it_are_done():
    writer, done = Writer(), []

    def broken() -> str:
        raise RuntimeError("the disk is on fire")

    writer.put(broken)
    writer.put(lambda: done.append("after") or "")
    writer.wait()
    assert writer.problems() == ["a file could not be written: the disk is on fire"]
    assert done == ["after"]


def test_a_writer_that_waits_has_each_job_done_when_it_is_given_on_its_own_thread():
    writer, threads = Writer(waits=True), []
    writer.put(lambda: threads.append(threading.current_thread()) or "")
    assert threads and threads[0] is not threading.current_thread()


def test_the_jobs_given_during_a_frame_begin_once_it_is_drawn():
    writer, done = Writer(), []
    writer.put(lambda: done.append(threading.current_thread().name) or "")
    assert done == []  # not on the frame's thread, nor yet on the writer's
    writer.start()  # the app, once the frame is drawn
    assert writer.wait() and done == ["writer"]


def test_settling_for_the_earlier_frames_waits_for_their_jobs_and_leaves_this_frame_s_to_begin_once_it_is_drawn(
        monkeypatch):
    monkeypatch.setattr(writer_module, "SETTLE_WAIT", 60.0)  # however slowly the disk answers: no race with the clock
    writer, done = Writer(), []
    opened = gate(writer)
    writer.put(lambda: done.append("earlier") or "")
    writer.start()  # an earlier frame drawn: its jobs under way, held behind the gate
    writer.put(lambda: done.append("this frame's") or "")
    threading.Timer(0.1, opened.set).start()  # the disk answers a moment later
    writer.settle_earlier()
    assert done == ["earlier"]  # waited for; this frame's not begun, as the frame is not yet drawn
    writer.start()
    assert writer.wait() and done == ["earlier", "this frame's"]
