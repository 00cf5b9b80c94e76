"""Each mission's best run: the replay of its fastest win there is to watch, kept in the data folder beside last.replay.

A win the record counts keeps its replay as its level's best run when it was won sooner than the best run kept (so a
win that sets the best time, the result's NEW BEST, the first win too), and also when the best run kept cannot be
watched: there is none (the best time was set by a run that kept no replay, one resumed from a save or rebuilt by a live
reload, or before best runs were kept), the map has changed since it was recorded, or its file is refused. A best time
whose replay no longer plays is still the best time, and the record keeps it; the best run is then the fastest win
since that can be watched, and the missions page gives its own time. A win no sooner than a best run that plays never
replaces it, and a loss never replaces one at all. The choice and the write are made under the record's lock: two
games winning at once keep the sooner win. A game that cannot take the lock (record.LOCK_WAIT) leaves its win beside
the best run instead, as .<name>.<id>.replay; the best run as found is the soonest of the one kept and those left beside
it, and the next win there kept under the lock puts the soonest in place and clears the others.

The files follow the record's naming (record.record_key): the game's own maps as best/<name>.replay ("outpost"), a
designer's own under best/own_maps/, by the map's file name and a digest of the record's key for it (its path), so a
designer's outpost.tmx is never the game's outpost, nor two of a designer's maps of one name each other's. Each is
written atomically. A file that is refused (damaged, a newer game's, one this user may not read) is set aside, as
<name>.unreadable.replay, before a win is kept in its place: it is never written over; so is one left beside it. One
of a map changed since is replaced: it is a run of a map that is no longer there.
"""

import hashlib
import os
import re
import uuid
from dataclasses import dataclass
from pathlib import Path

from game.files import (aside_path, data_dir, folder_blocked, is_file, known_missing, read_bytes, stamp,
                        write_atomically)
from game.record import SHIPPED, locked, record_key, record_path
from game.replay import Replay, ReplayError, ReplayHead, read_replay, read_replay_head
from game.result_delay import RESULT_TICKS
from game.sim.resources import TICK_RATE

FOLDER = "best"  # in the data folder
OWN_FOLDER = "own_maps"  # in FOLDER: a designer's own maps, as the record keeps them apart
SUFFIX = ".replay"
DIGEST_DIGITS = 12  # hex digits of an own map's key in its file name: a clash between two maps is past belief
NAME_ROOM = 60  # characters of an own map's file name kept in its best run's: well inside a file name's 255 bytes
ID_DIGITS = 32  # hex digits of the id in the name of a win left beside the best run (uuid4's)
# Each best run's file read whole and found sound, as it stood then (files.stamp): read whole once, not at each win
_read_whole: dict[Path, tuple | None] = {}


@dataclass(frozen=True)
class BestRun:
    """What the data folder holds of a level's best run."""
    path: Path
    # The run, when there is one to watch on the map as it is now: only its header (ReplayHead) where a page lists it
    replay: Replay | ReplayHead | None = None
    problem: str = ""  # why the file there cannot be watched, a line naming it; "" when it can, or there is none
    map_changed: bool = False  # the file is a run of the map as it was before it was edited


def best_run_path(level) -> Path:
    """Where the best run of `level` (a map's path, or a bare name of the game's own) is kept."""
    section, key = record_key(level)
    folder = data_dir() / FOLDER
    if section == SHIPPED:
        return folder / f"{key}{SUFFIX}"
    digest = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:DIGEST_DIGITS]
    return folder / OWN_FOLDER / f"{Path(key).stem[:NAME_ROOM]}-{digest}{SUFFIX}"


def find_best_run(level, level_hash: str, whole: bool = True) -> BestRun:
    """The best run kept for `level`, the map whose content_hash is now `level_hash`: its replay when it can be
    watched, else why not (nothing said when there is none). Not `whole`: only its header is read and checked
    (read_replay_head), for a page that lists it as it is chosen; the whole file is read to watch it. The soonest
    of the one kept and the wins left beside it that can be watched, the one kept on a tie."""
    return _soonest(*_kept_and_left(best_run_path(level), level_hash, whole))


def _kept_and_left(path: Path, level_hash: str, whole: bool = True) -> tuple[BestRun, list[BestRun]]:
    """What is found of the best run kept at `path`, and of each win left beside it."""
    return _found(path, level_hash, whole), [_found(each, level_hash, whole) for each in _left_beside(path)]


def _found(path: Path, level_hash: str, whole: bool = True) -> BestRun:
    """find_best_run's for the one file at `path`: the best run kept, or a win left beside it."""
    if known_missing(path):
        return _none_there(path)
    as_read = stamp(path)  # before the read: a file swapped in meanwhile is not taken for the one read
    try:
        replay = read_replay(path) if whole else read_replay_head(path)
    except ReplayError as error:
        return BestRun(path, problem=str(error))
    if whole:
        _read_whole[path] = as_read
    return _judged(path, replay, level_hash)


def read_best_run_ahead(level, level_hash: str) -> None:
    """Read the best run of `level` whole now, as the level is built, unless it has been read whole as it stands:
    a win's judging of it (keep_best_run) then reads its header alone, in the frame the result screen comes up."""
    if not _read_whole_as_it_stands(best_run_path(level)):
        find_best_run(level, level_hash)


def _read_whole_as_it_stands(path: Path) -> bool:
    """Whether the file at `path` has been read whole and found sound since it was last written."""
    now = stamp(path)
    return now is not None and _read_whole.get(path) == now


def _soonest(kept: BestRun, left: list[BestRun]) -> BestRun:
    """The soonest win to watch of the best run `kept` and those `left` beside it; `kept` when none can be watched."""
    watchable = [each for each in (kept, *left) if each.replay is not None]
    return min(watchable, key=lambda each: won_in(each.replay), default=kept)


def _left_beside(path: Path) -> list[Path]:
    """The wins left beside the best run at `path` by games that could not take the lock, in the order of their
    names (none when its folder is not there)."""
    # By the id's form too: the best run of a level named "outpost.east" is no win of the outpost's left beside it
    left = re.compile(rf"\.{re.escape(path.stem)}\.[0-9a-f]{{{ID_DIGITS}}}{re.escape(SUFFIX)}")
    try:
        names = sorted(each.name for each in path.parent.iterdir())
    except OSError:
        return []
    return [path.with_name(name) for name in names if left.fullmatch(name)]


def _none_there(path: Path) -> BestRun:
    """No file at `path`: none kept, or none can be, a file (or a link to none) standing where its folder should be,
    which is named as the result names it when it cannot keep a run there."""
    blocked = folder_blocked(path.parent)
    return BestRun(path, problem=f"{path}: cannot read it: {blocked}" if blocked else "")


def _judged(path: Path, replay: Replay | ReplayHead, level_hash: str) -> BestRun:
    """The run read from `path`, to watch unless the map has changed since it was recorded."""
    if replay.level_hash != level_hash:
        return BestRun(path, problem=f"{path}: the map has changed since this run: the next win is kept in its place",
                       map_changed=True)
    return BestRun(path, replay)


def keep_best_run(level, replay: bytes, level_hash: str, seconds: float) -> str:
    """Keep `replay`, the file of a win of `level` (the map whose content_hash is `level_hash`) that the record counted,
    decided `seconds` in (to the tenth, as the record times it), as its best run when it was won sooner than the one
    kept, or that one cannot be watched (judged by the next win kept when the lock cannot be taken: left beside it);
    "" once kept, left beside it or left as it was, else why it could not be kept, in a line naming the file."""
    path = best_run_path(level)
    # Under the record's lock, and judged by the run kept, not by the record's NEW BEST: two games winning at once
    # each saw NEW BEST, and the slower one, kept last, stood as the best run. A game that gave up waiting for the lock
    # would judge and write unlocked, maybe over a sooner win kept meanwhile: its win is left beside the best run.
    with locked(record_path(), otherwise="this win is left beside the best run for the next one to judge") as taken:
        file = path if taken else path.with_name(f".{path.stem}.{uuid.uuid4().hex}{SUFFIX}")
        try:
            if taken:
                _keep_soonest(path, replay, level_hash, seconds)
            else:
                write_atomically(file, replay)
        except OSError as error:
            return f"{file}: could not keep the best run: {error.strerror or error}"
    return ""


def _keep_soonest(path: Path, replay: bytes, level_hash: str, seconds: float) -> None:
    """Holding the lock: the soonest of `replay` (a win `seconds` in), the best run kept at `path` and the wins left
    beside it, put in place there; those left beside it then cleared. A refused file is set aside, never written over
    or removed."""
    # A file read whole before, as it stands, plays: its header says all the judging needs (a long run read whole took
    # over 100 ms of the result screen's first frame)
    kept = _found(path, level_hash, whole=not _read_whole_as_it_stands(path))
    left = [_found(each, level_hash) for each in _left_beside(path)]  # whole: one may be put in place
    best = _soonest(kept, left)
    if best.replay is None or won_in(best.replay) > seconds:
        sooner = replay
    else:
        sooner = read_bytes(best.path) if best is not kept else None
    if sooner is not None:
        _set_aside(kept)
        write_atomically(path, sooner)
        _read_whole[path] = stamp(path)  # the recorder's, or one left beside read whole: sound, as if read whole
    for each in left:  # only now: a game ending before this leaves them to be judged again, never lost
        _set_aside(each)
        each.path.unlink(missing_ok=True)


def _set_aside(run: BestRun) -> None:
    """A refused file (damaged, a newer game's, one this user may not read) moved to a name of its own beside it."""
    if run.problem and not run.map_changed and is_file(run.path):
        os.replace(run.path, aside_path(run.path))


def won_in(replay: Replay | ReplayHead) -> float:
    """s of game time a recorded win was decided in, to the tenth, as the result and the record give it: a level's
    replay runs on RESULT_TICKS past it, to the result screen."""
    return (replay.ticks - RESULT_TICKS) * 10 // TICK_RATE / 10
