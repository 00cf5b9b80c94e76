"""Live reload: notice that a file the level is built from was saved again, so the play scene can rebuild from it.

The files are the map, its tilesets, templates and tile images (those it names that are missing too, at the path the
game would read them from), and the game-wide unit and advisor data: a designer sees a change to any of them within a
second, without saving the map again. A file written in place (Tiled's "Use safe writing of files" off, or a synced
or network folder) is read only once it has held still, so a save still under way is not taken for a damaged file.
"""

import stat
import xml.etree.ElementTree as ET
from pathlib import Path

from game.content.advisor import ADVISOR_PATH
from game.content.catalog import UNITS_PATH
from game.content.tmx_limits import MAX_TEMPLATES, MAX_TILESETS
from game.content.tmx_xml import XmlRefused, read_xml
from game.files import is_file, real_path

POLL = 0.25  # s between looks at the files: a save shows in the game well within a second
# s a file written in place must then hold still before a read it failed is told: a save written in pieces may
# stall that long between them (a synced folder), and its half is no mistake of the designer's
STILL_BEFORE_REFUSING = 2.0


def watched_files(level_path, level=None) -> list[Path]:
    """What a level is built from: its map and every file the map names, as it stands on disk now (missing ones
    too), with every file the level (LevelData, when it was read) was read from, then the catalog's."""
    return list(dict.fromkeys([*map_files(level_path), *map(Path, level.files if level else ()),
                               UNITS_PATH, ADVISOR_PATH]))


def map_files(level_path) -> list[Path]:
    """The map, then the tilesets, tile images and templates it names, each where the game looks for it (resolved
    as the loader resolves it), whether it is there or not: a missing one put back is then noticed; and its next
    map when that is missing. A map that cannot be read names nothing (saving it again is what mends it); nor does a
    tileset that cannot be."""
    level = Path(level_path).resolve()
    found = [level]
    try:
        root = read_xml(level, "a Tiled map (.tmx)")
    except XmlRefused:
        return found
    for node in root.findall("tileset")[:MAX_TILESETS]:
        reference = node.get("source")
        if reference is None:  # embedded: its images are relative to the map
            found += _images(node, level.parent)
            continue
        tileset = real_path(level.parent / reference)
        found.append(tileset)
        try:
            found += _images(read_xml(tileset, "a Tiled tileset"), tileset.parent)
        except XmlRefused:
            pass
    templates = dict.fromkeys(node.get("template") for node in root.iter("object") if node.get("template"))
    found += [real_path(level.parent / reference) for reference in list(templates)[:MAX_TEMPLATES]]
    # The next map must be there, but is no part of this one: only missing is it watched (saving the next mission
    # while playing this one must not restart it)
    following = [node.get("value") for node in root.findall("properties/property") if node.get("name") == "next"]
    if following and following[-1] and not is_file(real_path(level.parent / following[-1])):
        found.append(real_path(level.parent / following[-1]))
    return list(dict.fromkeys(found))


def _images(tileset: ET.Element, folder: Path) -> list[Path]:
    """A tileset's sheet and its tiles' own images (an image collection's), relative to `folder`."""
    sources = [tileset.find("image"), *(tile.find("image") for tile in tileset.findall("tile"))]
    return [real_path(folder / image.get("source")) for image in sources if image is not None and image.get("source")]


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
            if now is None or now == stamp:
                self.unsettled.pop(path, None)
                if now is None:  # a rename over it never leaves it missing: what comes back may be written still
                    self.vanished.add(path)
                else:
                    self.vanished.discard(path)
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
