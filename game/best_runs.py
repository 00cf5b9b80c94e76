"""Each mission's best run: the replay of its fastest win there is to watch, kept in the data folder beside last.replay.

A win the record counts keeps its replay as its level's best run when it sets the best time (the result's NEW BEST, the
first win too), and also when the best run kept cannot be watched: there is none (the best time was set by a run that
kept no replay, one resumed from a save or rebuilt by a live reload, or before best runs were kept), the map has changed
since it was recorded, or its file is refused. A best time whose replay no longer plays is still the best time, and the
record keeps it; the best run is then the fastest win since that can be watched, and the missions page gives its own
time. A slower win never replaces a best run that plays, and a loss never replaces one at all.

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

from game.files import aside_path, data_dir, is_file, known_missing, write_atomically
from game.record import SHIPPED, record_key
from game.replay import Replay, ReplayError, read_replay

FOLDER = "best"  # in the data folder
OWN_FOLDER = "own_maps"  # in FOLDER: a designer's own maps, as the record keeps them apart
SUFFIX = ".replay"
DIGEST_DIGITS = 12  # hex digits of an own map's key in its file name: a clash between two maps is past belief
NAME_ROOM = 60  # characters of an own map's file name kept in its best run's: well inside a file name's 255 bytes


@dataclass(frozen=True)
class BestRun:
    """What the data folder holds of a level's best run."""
    path: Path
    replay: Replay | None = None  # the run, when there is one to watch on the map as it is now
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


def find_best_run(level, level_hash: str) -> BestRun:
    """The best run kept for `level`, the map whose content_hash is now `level_hash`: its replay when it can be
    watched, else why not (nothing said when there is none)."""
    path = best_run_path(level)
    if known_missing(path):
        return BestRun(path)
    try:
        replay = read_replay(path)
    except ReplayError as error:
        return BestRun(path, problem=str(error))
    if replay.level_hash != level_hash:
        return BestRun(path, problem=f"{path}: the map has changed since this run: the next win is kept in its place",
                       map_changed=True)
    return BestRun(path, replay)


def keep_best_run(level, replay: bytes, level_hash: str, new_best: bool) -> str:
    """Keep `replay`, the file of a win of `level` (the map whose content_hash is `level_hash`) that the record counted,
    as its best run when it set the best time (`new_best`) or the best run kept cannot be watched; "" once kept or left
    as it was, else why it could not be kept, in a line naming the file."""
    best = find_best_run(level, level_hash)
    if best.replay is not None and not new_best:
        return ""
    try:
        if best.problem and not best.map_changed and is_file(best.path):  # refused, never lost
            os.replace(best.path, aside_path(best.path))
        write_atomically(best.path, replay)
    except OSError as error:
        return f"{best.path}: could not keep the best run: {error.strerror or error}"
    return ""
