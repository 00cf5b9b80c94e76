"""The player's files written off the frame: a thread of its own runs the jobs given it, in order, one at a time.

A win's files (the replay compressed and written, the career record, the best run) took 80-160 ms of the frame the
result screen came up in, most of it gzip and fsync, which let go of the GIL: on this thread the screen shows at once.
Each job writes as it would on the frame (write_atomically, under the record's lock), so a second win queued behind the
first, or the game closing, never finds a file half written; the game waits for them as it closes (App.run). What a job
could not write is a line naming the file, logged and kept for the page showing to take (Scene.writes_failed).
"""

import logging
import threading
from collections import deque
from collections.abc import Callable

log = logging.getLogger(__name__)

# s the closing game waits for the writes still under way: a disk that does not answer must not keep a closed window's
# game running for ever. A write left then is left whole or not at all (write_atomically): the file before it stands.
CLOSING_WAIT = 10.0
# s a page that reads what the jobs write (the record, the best runs) waits for them first (settle): they are done
# well within the result screen's first second; a disk that stalls longer shows the files as they stood
SETTLE_WAIT = 2.0


class Writer:
    """Jobs, each a function giving "" once done or why it could not be, in a line naming the file."""

    def __init__(self, waits: bool = False) -> None:
        """`waits`: each job is begun and waited for as it is given (tests that read the files at once), still on the
        writer's thread."""
        self.waits = waits
        self._given: list[Callable[[], str]] = []  # this frame's, begun once it is drawn (start)
        self._jobs: deque[Callable[[], str]] = deque()
        self._busy = 0  # jobs given and not yet done, the one running too
        self._problems: list[str] = []
        self._changed = threading.Condition()
        self._thread: threading.Thread | None = None

    def put(self, job: Callable[[], str]) -> None:
        """Run `job` after those given before it, once the frame it is given in is drawn (start)."""
        with self._changed:
            self._given.append(job)
            self._busy += 1
        if self.waits:
            self.wait()

    def start(self) -> None:
        """The frame drawn: the jobs given during it begin. Not before: their joining, YAML and judging hold the GIL,
        and beside the result screen's first drawing they made it three times as long."""
        with self._changed:
            if not self._given:
                return
            self._jobs.extend(self._given)
            self._given.clear()
            if self._thread is None:  # a daemon: a game whose closing wait ran out is not held open by it
                self._thread = threading.Thread(target=self._work, name="writer", daemon=True)
                self._thread.start()
            self._changed.notify_all()

    def wait(self, timeout: float | None = None) -> bool:
        """Begin the jobs given (start) and wait until all have been done, `timeout` s at most; whether they have."""
        self.start()
        with self._changed:
            return self._changed.wait_for(lambda: not self._busy, timeout)

    def settle(self) -> None:
        """Before reading what the jobs write: wait for them, SETTLE_WAIT s at most."""
        self.wait(SETTLE_WAIT)

    def settle_earlier(self) -> None:
        """settle, for the jobs given on earlier frames alone: this frame's (a result screen's own, its run in memory)
        still begin once it is drawn. A second win's result, come while the first's record was being written, read the
        record without it (one win fewer, and NEW BEST over a win that was sooner)."""
        with self._changed:
            self._changed.wait_for(lambda: self._busy == len(self._given), SETTLE_WAIT)

    def finish(self, timeout: float = CLOSING_WAIT) -> bool:
        """The game closing: wait for the jobs given, `timeout` s at most; whether they all were done. One that fails is
        logged as it is found, and so is one still under way when the wait runs out: the console is the one place
        left to say it, the window gone."""
        done = self.wait(timeout)
        if not done:
            log.warning("the game closed with files still being written after %g s: each is left whole, as it was "
                        "before or as written", timeout)
        return done

    def problems(self) -> list[str]:
        """The lines of the jobs that failed since this was last asked, in the order they were given."""
        with self._changed:
            found, self._problems = self._problems, []
        return found

    def _work(self) -> None:
        while True:
            with self._changed:
                self._changed.wait_for(lambda: self._jobs)
                job = self._jobs.popleft()
            problem = _run(job)
            with self._changed:
                if problem:
                    self._problems.append(problem)
                self._busy -= 1
                self._changed.notify_all()


def _run(job: Callable[[], str]) -> str:
    """What `job` returns; a mistake in it (an error it did not expect) is a line too, and the thread goes on."""
    try:
        problem = job()
    except Exception as error:  # noqa: BLE001 - on this thread an uncaught error would vanish with it, never said
        log.exception("a file could not be written")  # its traceback, for whoever mends it; the player reads a line
        return f"a file could not be written: {error}"
    if problem:
        log.warning("%s", problem)
    return problem
