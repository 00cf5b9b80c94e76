"""Each mission's best run: the replay of its fastest win there is to watch, kept in the data folder beside last.replay.

A win the record counts keeps its replay as its level's best run when it was won sooner than the best run kept (so a
win that sets the best time, the result's NEW BEST, the first win too), and also when the best run kept cannot be
watched: there is none (the best time was set by a run that kept no replay, one resumed from a save or rebuilt by a live
reload, or before best runs were kept), the map has changed since it was recorded, or its file is refused. A best time
whose replay no longer plays is still the best time, and the record keeps it; the best run is then the fastest win
since that can be watched, and the missions page gives its own time. A win no sooner than a best run that plays never
replaces it, and a loss never replaces one at all. The choice and the write are made under the record's lock: two
games winning at once keep the sooner win.

The files follow the record's naming (record.record_key): the game's own maps as best/<name>.replay ("outpost"), a
designer's own under best/own_maps/, by the map's file name and a digest of the record's key for it (its path), so a
designer's outpost.tmx is never the game's outpost, nor two of a designer's maps of one name each other's. Each is
written atomically. A file that is refused (damaged, a newer game's, one this user may not read) is set aside, as
<name>.unreadable.replay, before a win is kept in its place: it is never written over. One of a map changed since is
replaced: it is a run of a map that is no longer there.
"""

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from game.files import aside_path, data_dir, folder_blocked, is_file, known_missing, write_atomically
from game.record import SHIPPED, locked, record_key, record_path
from game.replay import Replay, ReplayError, ReplayHead, read_replay, read_replay_head
from game.result_delay import RESULT_TICKS
from game.sim.resources import TICK_RATE

FOLDER = "best"  # in the data folder
OWN_FOLDER = "own_maps"  # in FOLDER: a designer's own maps, as the record keeps them apart
SUFFIX = ".replay"
DIGEST_DIGITS = 12  # hex digits of an own map's key in its file name: a clash between two maps is past belief
NAME_ROOM = 60  # characters of an own map's file name kept in its best run's: well inside a file name's 255 bytes


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
    (read_replay_head), for a page that lists it as it is chosen; the whole file is read to watch it."""
    path = best_run_path(level)
    if known_missing(path):
        return _none_there(path)
    try:
        replay = read_replay(path) if whole else read_replay_head(path)
    except ReplayError as error:
        return BestRun(path, problem=str(error))
    return _judged(path, replay, level_hash)


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
    kept, or that one cannot be watched; "" once kept or left as it was, else why it could not be kept, in a line
    naming the file."""
    # Under the record's lock, and judged by the run kept, not by the record's NEW BEST: two games winning at once
    # each saw NEW BEST, and the slower one, kept last, stood as the best run
    with locked(record_path()):
        best = find_best_run(level, level_hash)
        if best.replay is not None and won_in(best.replay) <= seconds:
            return ""
        try:
            if best.problem and not best.map_changed and is_file(best.path):  # refused, never lost
                os.replace(best.path, aside_path(best.path))
            write_atomically(best.path, replay)
        except OSError as error:
            return f"{best.path}: could not keep the best run: {error.strerror or error}"
    return ""


def won_in(replay: Replay | ReplayHead) -> float:
    """s of game time a recorded win was decided in, to the tenth, as the result and the record give it: a level's
    replay runs on RESULT_TICKS past it, to the result screen."""
    return (replay.ticks - RESULT_TICKS) * 10 // TICK_RATE / 10
