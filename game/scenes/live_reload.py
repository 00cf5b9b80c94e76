"""Live reload: notice that a file the level is built from was saved again, so the play scene can rebuild from it.

The files are those the loader looked for in reading the map: the map, its tilesets, templates and tile images (those
it names that are missing too, at the path the game reads them from, and its next map while that is missing), the
inside-corner sheets beside its terrain brushes' images (there or not), and the game-wide unit and advisor data: a
designer sees a change to any of them within a second, without saving the map again. A file written in place
(Tiled's "Use safe writing of files" off, or a synced or network folder) is read only once it has held still, so a
save still under way is not taken for a damaged file.
"""

import dataclasses
import stat
from pathlib import Path

from game.content.advisor import ADVISOR_PATH
from game.content.catalog import UNITS_PATH
from game.content.errors import ContentError, Problem
from game.view.tiles import corners_sheet

POLL = 0.25  # s between looks at the files: a save shows in the game well within a second
# s a file written in place must then hold still before a read it failed is told: a save written in pieces may
# stall that long between them (a synced folder), and its half is no mistake of the designer's
STILL_BEFORE_REFUSING = 2.0


def watched_files(level_path, read=None) -> list[Path]:
    """What a level is built from: its map, every file the loader looked for in reading it (`read`: the LevelData it
    read, or the ContentError it refused the map with; their `files`), found or missing, then the catalog's. The
    loader alone resolves the paths: a map it could not read names nothing (saving it again is what mends it)."""
    files = read.files if read is not None else ()
    # The map view, not the loader, reads the terrain brushes' corner pieces: painted or first made beside a tileset
    # image, they are a save of it all the same; one named after the tileset, which the view does not read, is too,
    # so the checker's warning that it goes unused is printed as it is painted (session.tell_warnings)
    brushes = [tile for tile in getattr(read, "tiles", {}).values() if tile.edge is not None]
    named = {Path(sheet) for tile in brushes if tile.tileset is not None for sheet in tile.tileset.sheets}
    corners = sorted({corners_sheet(tile.source) for tile in brushes} | named)
    return list(dict.fromkeys([Path(level_path).resolve(), *map(Path, files), *corners, UNITS_PATH, ADVISOR_PATH]))


def refusal_files(level_path, error: ContentError) -> list[Path]:
    """What can mend a level `error` refused: the files it was being read from (watched_files), and every file a
    problem names (the unit data's, a tile image the view could not load)."""
    named = (Path(problem.file).resolve() for problem in error.problems)
    return list(dict.fromkeys([*watched_files(level_path, error), *named]))


def shown_problems(error: ContentError) -> list[Problem]:
    """A refusal's problems as a page shows them: each file's name is enough (a tileset's or the unit data's as much
    as the map's, and the name of the one to mend where it is another: Problem.source), and leaves room for the
    message."""
    return [dataclasses.replace(problem, file=Path(problem.file).name,
                                source=Path(problem.source).name if problem.source else "")
            for problem in error.problems]


def refused_read(watcher: "LevelWatcher", level_path, error: ContentError) -> list[Problem] | None:
    """After a read of the level's files that `error` refused: the files it names are watched from now on (a missing
    one put back is then noticed); None while the save may still be under way (LevelWatcher.refused(): read again
    once it holds still), else the problems to show (shown_problems)."""
    watcher.watch(refusal_files(level_path, error))
    if not watcher.refused():
        return None
    return shown_problems(error)


class LevelWatcher:
    """Polls the files' modification times and sizes; cheap enough to do a few times a second.

    A file replaced whole (a new file renamed over it, as Tiled's safe writing saves) is ready at once. One written
    in place, or one that appears, may still be half written: it is ready once it has the same size and time at two
    looks a poll apart, and nothing is reported while any file is not ready."""

    def __init__(self, paths) -> None:
        self.stamps: dict[Path, tuple | None] = {}
        self.waited = 0.0
        self.unsettled: dict[Path, tuple] = {}  # a file's stamp at the last look, changed in place since the last read
        self.vanished: set[Path] = set()  # files missing at a look since their last read
        self.owed = False  # a change is ready, not yet reported: another file was still being written
        self.in_place = False  # a change not yet reported was written in place (it may have been cut short)
        self.read_in_place = False  # so was the one last reported
        self.look_again = None  # polls of stillness left before the files are read again after a refusal
        self.second_look = False  # the last report was that look
        self.watch(paths)

    def watch(self, paths) -> None:
        """Also watch `paths` (those not yet watched), as they stand now: the files a map saved since names."""
        for path in map(Path, paths):
            if path not in self.stamps:
                self.stamps[path] = _stamp(path)

    def saved_again(self, dt: float) -> bool:
        """True once after each change of a file on disk, when every file changed is ready to read (see the class);
        or once the files have held still after refused() asked for another look. A file that is missing is passed
        over: a file the level no longer uses may be deleted for good (the map is saved without it, and that save
        reloads), and a save may delete before it writes."""
        self.waited += dt
        if self.waited < POLL:
            return False
        self.waited = 0.0
        self._look()
        if self.unsettled:  # still being written: the look after a refusal waits for it too
            return False
        if self.owed:
            self.owed, self.look_again, self.second_look = False, None, False
            self.read_in_place, self.in_place = self.in_place, False
            return True
        if self.look_again is not None:
            self.look_again -= 1
            if self.look_again <= 0:
                self.look_again, self.second_look = None, True
                return True
        return False

    def refused(self) -> bool:
        """Reading the files just reported failed: True when that is to be told now. False when a file was written
        in place and this was not yet the second look: the save may still be under way (written in pieces, with a
        pause between), so the files are read again once they have held still STILL_BEFORE_REFUSING s, or sooner
        when they change again."""
        if self.second_look or not self.read_in_place:
            return True
        self.look_again = round(STILL_BEFORE_REFUSING / POLL)
        return False

    def _look(self) -> None:
        for path, stamp in self.stamps.items():
            now = _stamp(path)
            # One gone and back as it was (from the trash, by mv) is a return all the same: the map may wait on it.
            if now is None or (now == stamp and path not in self.vanished):
                self.unsettled.pop(path, None)
                if now is None:  # a rename over it never leaves it missing: what comes back may be written still
                    self.vanished.add(path)
                continue
            whole = path not in self.vanished and _replaced(stamp, now)
            if whole or self.unsettled.get(path) == now:
                self.stamps[path] = now
                self.unsettled.pop(path, None)
                self.vanished.discard(path)
                self.owed = True
                self.in_place = self.in_place or not whole
            else:
                self.unsettled[path] = now


def _replaced(before: tuple | None, now: tuple) -> bool:
    """Whether the file is another file than before (device and inode), renamed over it whole. A file that appears
    may be written still; so may one on a system without inode numbers (0), where the two are alike. (A number can be
    given again to a file made after one was deleted: such a file is written in place, and waited for, as it should.)"""
    return before is not None and now[2:] != before[2:] and now[3] != 0


def _stamp(path: Path) -> tuple | None:
    """A file's (modification time, size, device, inode), or None while it is missing (or no file)."""
    try:
        found = path.stat()
    except (OSError, ValueError):
        return None
    if not stat.S_ISREG(found.st_mode):
        return None
    return found.st_mtime_ns, found.st_size, found.st_dev, found.st_ino
