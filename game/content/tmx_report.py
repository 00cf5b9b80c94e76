"""Collecting one map's problems and warnings as one-line Problems (at most MAX_PROBLEMS of each listed)."""

from contextlib import contextmanager

from game.content.errors import ContentError, Problem, one_line
from game.content.tmx_limits import MAX_PROBLEMS
from game.content.tmx_moved import LostLink, told_together

MORE_LISTED = f"at most {MAX_PROBLEMS} problems listed"  # what the last line of a list cut short expected


def more_problems(file: str, count: int) -> Problem:
    """The line that ends a list of `file`'s problems cut short at MAX_PROBLEMS: `count` more are not listed."""
    return Problem(file, "", MORE_LISTED, f"{count} more", "fix these and check again")


class MapReport:
    """Where the loader writes down what is wrong with one map (problems) and what it will ignore (warnings)."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        self._more_problems = 0
        self._more_warnings = 0
        # Every file the map's reading looked for, in that order, whether it was there or not: what the map is built
        # from, for live reload to watch (the loader alone knows where it looks)
        self.files: list[str] = []
        self.source = ""  # the file (a tileset, as the map names it) whose mistakes are being read: see blaming
        self.lost: dict[Problem, LostLink] = {}  # the problems telling of a link lost to the game's file: told together

    def problem(self, where: str, expected: str, found: str, hint: str = "", source: str = "",
                lost: LostLink | None = None) -> None:
        """A problem; `lost`: it tells of a file missing that the game has its own of (tmx_moved.lost_link)."""
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(Problem(self.file, where, expected, found, hint, source or self.source))
            if lost is not None:
                self.lost[self.problems[-1]] = lost
        else:
            self._more_problems += 1

    def warning(self, where: str, expected: str, found: str, hint: str = "") -> None:
        if len(self.warnings) < MAX_PROBLEMS:
            self.warnings.append(Problem(self.file, where, expected, found, hint, self.source))
        else:
            self._more_warnings += 1

    @contextmanager
    def blaming(self, source: str):
        """The problems told while the block reads another file than the map (`source`, a tileset) are that file's
        to mend (Problem.source): the designer saves it, not the map."""
        before, self.source = self.source, source
        try:
            yield
        finally:
            self.source = before

    def all_problems(self) -> list[Problem]:
        problems = told_together(self.problems, self.lost, self.file)
        if not self._more_problems:
            return problems
        return problems + [more_problems(self.file, self._more_problems)]

    def all_warnings(self) -> tuple[Problem, ...]:
        if not self._more_warnings:
            return tuple(self.warnings)
        return tuple(self.warnings) + (Problem(self.file, "", f"at most {MAX_PROBLEMS} warnings listed",
                                               f"{self._more_warnings} more"),)

    def error(self, read=None) -> ContentError:
        """The map's refusal; `read`: what was read of it (level.PartRead), for the checker to look further in."""
        return ContentError(self.all_problems(), files=self.files, read=read)

    def refuse(self, where: str, expected: str, found: str, hint: str = "") -> ContentError:
        """The error for a map the loader cannot go on with: what was found so far, then this."""
        self.problem(where, expected, found, hint)
        return self.error()


@contextmanager
def problems_not_tracebacks(file: str):
    """The one place an unexpected exception becomes a Problem, so `check` and the game never end in a traceback.

    Known failures are converted where they happen, with the place and a hint; reaching this means a case
    nobody foresaw (a loader bug, or a MemoryError), and it still names the file and says what happened.
    """
    try:
        yield
    except ContentError:
        raise
    except Exception as error:  # noqa: BLE001 - the outer guard, by design
        raise ContentError([Problem(file, "", "a map the loader can read",
                                    f"could not read the map: {type(error).__name__}: {one_line(error)}",
                                    "this is a loader bug; please report it with the map")]) from error
