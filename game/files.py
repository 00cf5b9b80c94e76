"""Files the game writes for the player: where they live, and writing them whole or not at all (a temporary file a
write killed at exit left is removed as its file is next written, once a day old).

Also paths looked at without raising (real_path, is_file, is_dir, link_end), for the player's files and for a map and
the files it names: a loop of links or a name too long for the system is a line naming it, not a traceback; and files
read only when they are files (read_bytes), and a file told missing only when the system says so (known_missing)."""

import errno
import os
import re
import stat
import tempfile
from pathlib import Path

APP_DIR = "blue-comet"
# A temporary file write_atomically left this long ago is a write killed at exit (the closing wait run out, a crash):
# nothing else removes it. One younger may be another running game's write (two may run at once, sharing the record).
STALE_TEMP_SECONDS = 24 * 60 * 60


def config_dir() -> Path:
    """$BLUE_COMET_CONFIG_DIR, else $XDG_CONFIG_HOME/blue-comet (an absolute path), else ~/.config/blue-comet."""
    return _folder("XDG_CONFIG_HOME", Path.home() / ".config")


def data_dir() -> Path:
    """$BLUE_COMET_CONFIG_DIR, else $XDG_DATA_HOME/blue-comet (an absolute path), else ~/.local/share/blue-comet."""
    return _folder("XDG_DATA_HOME", Path.home() / ".local" / "share")


def _folder(xdg: str, fallback: Path) -> Path:
    override = os.environ.get("BLUE_COMET_CONFIG_DIR")  # one folder for everything: tests, portable installs
    if override:
        return Path(override)
    base = os.environ.get(xdg, "")
    # The XDG spec: a relative path is invalid and ignored. Used as is, the player's files would follow the folder
    # the game was started from, a new set of settings and an empty Continue in each.
    return (Path(base) if os.path.isabs(base) else fallback) / APP_DIR


def folders_blocked() -> list[str]:
    """A line for each of the player's folders a file stands in the way of (folder_blocked), saying what is not kept:
    the title says so at start, where a save would fail only later."""
    kept = {config_dir(): "settings and controls", data_dir(): "the save, the career record and the last replay"}
    if len(kept) == 1:  # BLUE_COMET_CONFIG_DIR: one folder for both
        kept = {config_dir(): "settings, controls, the save, the career record and the last replay"}
    lines = []
    for folder, what in kept.items():
        blocked = folder_blocked(folder)
        if blocked:
            lines.append(f"{blocked}: {what} cannot be kept until it is moved")
        else:
            lines += filter(None, [folder_locked(folder, what)])
    return lines


def folder_locked(folder: Path, what: str) -> str | None:
    """A line when `folder` is there but this user may not open it, or not write in it (made by `sudo blue-comet`, or
    copied back from a backup as another user), saying what is not read or not kept; else None."""
    if not os.path.isdir(folder) or os.access(folder, os.W_OK | os.X_OK):
        return None
    if not os.access(folder, os.X_OK):  # nothing in it can even be looked at
        return f"{folder} is a folder this user may not open: {what} are not read or kept until its owner or " \
               "permissions are changed"
    return f"{folder} is a folder this user may not write in: {what} cannot be kept until its owner or " \
           "permissions are changed"


def write_atomically(path: Path, data: bytes) -> None:
    """Replace `path` with `data` whole: a temporary file in the same folder, synced, then swapped in.

    The file already there stays intact until the new one replaces it, and keeps its permissions; a link is
    followed, so the file it points to is the one replaced (a player's settings kept with their dotfiles, say),
    not the link by a file of its own. Raises OSError; NotADirectoryError naming the file where its folder, or one
    above it, should be.
    """
    path = Path(path)
    if path.is_symlink():
        path = Path(os.path.realpath(path))  # never raises, not even for a loop of links (Path.resolve does)
    _make_folder(path.parent)
    descriptor, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            if path.is_file():  # mkstemp makes it private (0600): the file it replaces may have been readable by others
                os.chmod(temp_name, path.stat().st_mode & 0o7777)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
        temp_name = None
        _sync_folder(path.parent)
        _remove_stale_temps(path)
    finally:
        if temp_name is not None:
            try:
                os.unlink(temp_name)
            except OSError:
                pass


def _remove_stale_temps(path: Path) -> None:
    """Remove the temporary files of `path`, just written (mkstemp's `.record.yaml.k2j8x_0q.tmp`), written
    STALE_TEMP_SECONDS or more before it, by the file system's clock (no clock is read: game/files.py is in reach of
    the rules). Only `path`'s own name and only regular files: a settings file linked into the player's dotfiles
    writes its temporary files among theirs."""
    own = re.compile(re.escape(f".{path.name}.") + r"[a-z0-9_]{8}\.tmp")
    try:
        names = [name for name in os.listdir(path.parent) if own.fullmatch(name)]
        older = os.stat(path).st_mtime - STALE_TEMP_SECONDS
    except OSError:
        return
    for name in names:
        try:
            found = os.lstat(path.parent / name)
            if stat.S_ISREG(found.st_mode) and found.st_mtime < older:
                os.unlink(path.parent / name)
        except OSError:  # gone already (another game removed it, or swapped it in), or not ours to remove
            pass


def _make_folder(folder: Path) -> None:
    """Create `folder`, and those above it, unless there. Where one of them is a file (or a link to no folder), raises
    NotADirectoryError whose strerror names it: Python's own says only "File exists", "Not a directory" or "Too many
    levels of symbolic links", naming no path, and "File exists" reads as if the file being saved were in the way."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        blocked = folder_blocked(folder) if error.errno in (errno.EEXIST, errno.ENOTDIR, errno.ELOOP) else None
        if blocked is None:
            raise
        raise NotADirectoryError(errno.ENOTDIR, blocked, str(folder)) from None


def folder_blocked(folder: Path) -> str | None:
    """What stops `folder` being made or used, in a player's words, when a file (or a link to no folder) stands where
    it or a folder above it should be ("/home/eiji/.config is a file where a folder was expected"); else None."""
    # The nearest that is there: nothing can be below a file, so it is the one in the way.
    blocker = next((above for above in (folder, *folder.parents) if os.path.lexists(above)), None)
    if blocker is None or blocker.is_dir():
        return None
    found = "a file" if blocker.exists() else f"{link_end(blocker)},"
    return f"{blocker} is {found} where a folder was expected"


def real_path(path) -> Path:
    """`path` with its links followed, as Path.resolve() gives it, but never raising: Python 3.11's resolve() raises
    RuntimeError for a loop of links, which a map may name (its next, a tileset) or a folder of maps hold. A loop is
    left at a link in it, which reading then refuses as one."""
    return Path(os.path.realpath(path))


def is_file(path) -> bool:
    """Path.is_file(), and False where the system cannot even look: Python 3.11's raises OSError for a name too long
    (a map's next of 300 letters), a traceback where the designer needed a line naming the property."""
    try:
        return Path(path).is_file()
    except (OSError, ValueError):
        return False


def is_dir(path) -> bool:
    """Path.is_dir(), False where the system cannot look (a name too long): what reads the path then says why."""
    try:
        return Path(path).is_dir()
    except OSError:
        return False


def stamp(path) -> tuple | None:
    """The file at `path` as it stands (device, inode, size, time written, time changed), None where there is none to
    look at: a file written again since, or swapped in (write_atomically), has another. What is read from it may be kept
    by it. The time changed too, which no program can set back: a copy made with its times kept (cp -p) or a time
    restored (os.utime) leaves the time written as it was, for a file that is not."""
    try:
        found = os.stat(path)
    except (OSError, ValueError):
        return None
    return found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns, found.st_ctime_ns


def known_missing(path) -> bool:
    """not Path.exists(), but False where the system cannot look: Python 3.11's raises PermissionError for a file in a
    folder this user may not open, a traceback at start. Such a file is not missing: reading it says why."""
    try:
        return not Path(path).exists()
    except OSError:
        return False


def read_bytes(path) -> bytes:
    """Path.read_bytes(), but OSError for what is not a regular file: reading a named pipe put where a settings file
    goes would wait for a writer for ever, a game that never starts and says nothing. Opened without waiting, then
    looked at."""
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # no pipes to wait on where it is absent
    with os.fdopen(descriptor, "rb") as handle:
        mode = os.fstat(handle.fileno()).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, "a folder", str(path))
        if not stat.S_ISREG(mode):
            what = "a named pipe" if stat.S_ISFIFO(mode) else "a device or socket"
            raise OSError(errno.EINVAL, f"{what}, not a file", str(path))
        return handle.read()


def link_end(path: Path) -> str:
    """Where a link that reaches no file (broken, or a loop of links) ends, in a player's words."""
    end = os.path.realpath(path)  # for a loop, a link in it: that one is there
    return "a loop of links" if os.path.lexists(end) else f"a link to {end}, which is not there"


def aside_path(path: Path) -> Path:
    """A free name beside `path` for a player's file kept aside as unreadable: save.unreadable.json, then
    save.unreadable.2.json, .3 ... (nothing already there is written over)."""
    kept = path.with_suffix(f".unreadable{path.suffix}")
    number = 1
    while kept.exists():
        number += 1
        kept = path.with_suffix(f".unreadable.{number}{path.suffix}")
    return kept


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the system allows it (POSIX); harmless elsewhere."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
