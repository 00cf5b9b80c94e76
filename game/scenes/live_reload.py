"""Live reload: notice that a file the level is built from was saved again, so the play scene can rebuild from it.

The files are the map, its tilesets, templates and tile images (LevelData.files), and the game-wide unit and
advisor data: a designer sees a change to any of them within a second, without saving the map again.
"""

import os
import stat
from pathlib import Path

from game.content.advisor import ADVISOR_PATH
from game.content.catalog import UNITS_PATH

POLL = 0.25  # s between looks at the files: a save shows in the game well within a second


def watched_files(level_path, level) -> list[Path]:
    """What a level being played is built from: its map and every file it was read from, then the catalog's."""
    return list(dict.fromkeys([Path(level_path).resolve(), *map(Path, level.files), UNITS_PATH, ADVISOR_PATH]))


class LevelWatcher:
    """Polls the files' modification times and sizes; cheap enough to do a few times a second."""

    def __init__(self, paths) -> None:
        self.stamps = {Path(path): _stamp(Path(path)) for path in paths}
        self.waited = 0.0

    def watch_folders(self) -> None:
        """Also watch the folders the files are in: while the level is broken, restoring a file it misses (a template,
        a tileset, an image, which no watched file stands for) adds an entry there, and the level is tried again.
        A folder is watched for the names in it, not for when it last changed: Tiled rewrites its session file
        (levels/blue-comet.tiled-session, beside the maps) as the designer works, through a new file renamed over
        it, and each rewrite would try the broken level again for nothing."""
        for folder in dict.fromkeys(path.parent for path in list(self.stamps)):
            self.stamps.setdefault(folder, _stamp(folder))

    def saved_again(self, dt: float) -> bool:
        """True once after each change of a file on disk. A file that is missing is passed over: Tiled saves by
        writing a new file and renaming it, so it is briefly gone, and a file the level no longer uses may be
        deleted for good (the map is saved without it, and that save reloads)."""
        self.waited += dt
        if self.waited < POLL:
            return False
        self.waited = 0.0
        changed = False
        for path, stamp in self.stamps.items():
            now = _stamp(path)
            if now is not None and now != stamp:
                self.stamps[path] = now
                changed = True
        return changed


def _stamp(path: Path) -> tuple | None:
    """A file's (modification time, size), a folder's names in order, or None while it is missing."""
    try:
        found = path.stat()
        if stat.S_ISDIR(found.st_mode):
            return tuple(sorted(os.listdir(path)))
    except OSError:
        return None
    return found.st_mtime_ns, found.st_size
