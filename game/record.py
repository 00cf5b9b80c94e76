"""The record: how the pilot has fought, level by level and in all, kept in the player's data folder.

Each run that reaches the result screen adds to record.yaml: runs, wins, machines destroyed, pilots spared,
Fouron's takeovers and Fouron's kills, for its level and in total. A win also keeps its level's best time
(best_time: the fastest win's game time in seconds, to the tenth, as the result shows it): a level's own, never
made worse by a slower win, none in the total nor before a first win. A level also keeps its runs lost since its last
win (lost_in_a_row), which the result screen offers Easy by (game/scenes/easy_offer.py); a level's own, as its best
time is, none in the total. The file is plain YAML that a player may read; the game rewrites it whole
(write_atomically), keeping any keys it does not know (a newer game's).

The game's own maps (levels/*.tmx) are kept under `levels` by file name ("outpost"), as every version has kept them,
and make the career's total. A map of a designer's own, anywhere else, is kept apart under `own_maps` by its path
(from the game's folder when it is in it, else whole), so its wins never open a mission of the game's campaign
however it is named, and it never counts in the career's total; an older game reading the file keeps that section.

Two games finishing a level at once each add their run: the read, add and write is done holding a lock on a file
beside the record (.record.yaml.lock), which the system lets go of when its holder ends, even by a crash, so one left
behind never blocks a later run. A game waits for it LOCK_WAIT seconds at most; then, never writing the record without
it (a holder's write, read before, would undo this run's), it leaves its run in a file of its own beside the record
(.record.yaml.<id>.run), which the record as read counts in and the next game holding the lock adds to the file. The
record written lists the ids of the runs beside it that it counts (runs_added), dropped once their files are gone, so a
run whose file a game ended before removing (or could not remove) is removed by the next, never added twice; a record
without the list (an older game's) has added none.

A record that cannot be read is never overwritten: RecordError says in one line which file and what is wrong,
and the run is simply not added until the player fixes or removes the file. Each count is a whole number from 0 to
MAX_COUNT: a larger one in the file is such a mistake, and adding a run stops a count there; a best time is a number
of seconds from 0 to MAX_TIME (an older file without one reads as no best yet).
"""

import contextlib
import errno
import logging
import time
import uuid
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

import yaml

from game.content.chain import GAME_ROOT, LEVELS
from game.content.errors import ContentError, one_line
from game.content.schema import describe
from game.content.yamlio import load_yaml
from game.files import data_dir, known_missing, real_path, write_atomically

try:
    import fcntl
except ImportError:  # Windows: its own byte-range locks, which the system also lets go of when the holder ends
    fcntl = None
    import msvcrt

log = logging.getLogger(__name__)

FORMAT = 1
FILE_NAME = "record.yaml"
SHIPPED, OWN = "levels", "own_maps"  # the file's sections: the game's maps by name, a designer's own by path
HEADER = ("# Blue Comet: your record, level by level and in total. The game adds each run that reaches the\n"
          "# result screen. You may read or delete this file; if it cannot be read the game leaves it alone.\n"
          "# best_time: a level's fastest win, in seconds of game time.\n"
          "# runs_added: runs left beside this file (.record.yaml.<id>.run) already counted in it, by id.\n")
KEEP = "the file is kept as it is; fix or delete it to go on recording"
# Far beyond any pilot's record (a run a second for 30 years), and far below the 4,300 digits past which Python will not
# write a whole number as text: a count of 4,300 nines read from a hand-edited file, plus one run, stopped the game
# with a ValueError as the record was saved at the end of a level.
MAX_COUNT = 1_000_000_000
MAX_TIME = 1_000_000_000  # s: a mission 30 years long; a float keeps its tenths far past it
BEST = "best_time"  # a level's key for its best time in the file
STREAK = "lost_in_a_row"  # a level's key for its runs lost since its last win
# The lock is held for one read and write of a small file: milliseconds. A holder past this is stuck (a game frozen
# mid-save, a disk that will not answer) or another game keeps taking it first (on a loaded machine), and the result
# screen must not wait on it: the record's run is left beside it instead, which loses nothing.
LOCK_WAIT = 1.0  # seconds
RUN_SUFFIX = ".run"  # a run left beside the record: .record.yaml.<id>.run, in the record's own format
ADDED = "runs_added"  # the record's key for the ids of the runs left beside it that it counts already


class RecordError(Exception):
    """The record cannot be read or written; the message is one line naming the file."""


@dataclass(frozen=True)
class Counts:
    """One map's runs and wins, and what they did."""
    runs: int = 0
    won: int = 0
    destroyed: int = 0  # enemy machines destroyed (Fouron's kills included)
    spared: int = 0  # machines disabled so their pilots ejected
    takeovers: int = 0  # times Fouron seized the controls
    fouron_kills: int = 0  # machines Fouron destroyed while it held them
    lost_in_a_row: int = 0  # the runs lost since the last win: the last runs, when these counts are of several
    best_time: float | None = None  # s of game time of the fastest win, to the tenth; None before the first win

    def plus(self, other: "Counts") -> "Counts":
        """The two added, `other`'s runs after these, each count stopping at MAX_COUNT (the total of many full levels
        too): never one the record would refuse to read back; the best time the faster of the two; the runs lost in a
        row `other`'s alone where it has a win, else both's."""
        bests = [best for best in (self.best_time, other.best_time) if best is not None]
        added = Counts(**{name: min(getattr(self, name) + getattr(other, name), MAX_COUNT) for name in COUNTS},
                       best_time=min(bests, default=None))
        return replace(added, lost_in_a_row=other.lost_in_a_row) if other.won else added


COUNTS = tuple(f.name for f in fields(Counts) if f.name != BEST)


@dataclass(frozen=True)
class Record:
    """The pilot's record: each map's runs and wins."""
    levels: dict  # the game's maps: level name → Counts
    path: Path | None = None
    own: dict = field(default_factory=dict)  # a designer's own maps: record_key's path → Counts
    new_best: bool = False  # record_result's: the run added was a win faster than its level's best, or its first

    @property
    def total(self) -> Counts:
        """The career: the game's own maps."""
        return _sum(self.levels.values())

    def level(self, name) -> Counts:
        section, key = record_key(name)
        return (self.levels if section == SHIPPED else self.own).get(key, Counts())

    def total_beside(self, name) -> Counts:
        """The total that the level at `name` counts in: the career for the game's maps, a designer's own maps'
        for theirs."""
        return self.total if record_key(name)[0] == SHIPPED else _sum(self.own.values())


def _sum(counts) -> Counts:
    """The counts added; a best time and the runs lost in a row are a level's own, so a total has neither."""
    total = Counts()
    for each in counts:
        total = total.plus(each)
    return replace(total, best_time=None, lost_in_a_row=0)


def record_path() -> Path:
    return data_dir() / FILE_NAME


def record_key(level) -> tuple[str, str]:
    """(section, key) of a level in the record: a map in the game's levels/ folder (or a bare name, "outpost") by its
    name under `levels`; any other map under `own_maps` by its path from the game's folder, or its whole path outside
    it, so a designer's mycampaign/outpost.tmx is never the game's outpost."""
    path = Path(str(level))
    if len(path.parts) == 1 and path.suffix.lower() != ".tmx":
        return SHIPPED, path.name
    real = real_path(path)
    if real.parent == real_path(LEVELS):
        return SHIPPED, real.stem
    try:
        return OWN, real.relative_to(real_path(GAME_ROOT)).as_posix()
    except ValueError:
        return OWN, real.as_posix()


def run_counts(tally, outcome, seconds=None) -> Counts:
    """One run as counts: a game's res.tally and its outcome ("won" or "lost"); a win's `seconds` (its game time) its
    best time. A loss has no time to keep."""
    best = min(seconds, MAX_TIME) if outcome == "won" and seconds is not None else None
    return Counts(runs=1, won=int(outcome == "won"), destroyed=tally.destroyed, spared=tally.spared,
                  takeovers=tally.takeovers, fouron_kills=tally.fouron_kills, lost_in_a_row=int(outcome == "lost"),
                  best_time=best)


def load_record(path: Path | None = None) -> Record:
    """The record in the file (empty when there is none yet); RecordError when it cannot be read."""
    path = Path(path) if path is not None else record_path()
    levels, own, _, _ = _standing(path)
    return Record(levels, path, own)


def record_result(level, tally, outcome, path: Path | None = None, seconds: float | None = None) -> Record:
    """Add one run of `level` (a path or a name) to the record and write it; the record as it now stands. `seconds`:
    the run's game time when it was decided, kept as the level's best time when it is a win faster than the best.

    RecordError when the file there cannot be read (it is left untouched) or the new one cannot be written."""
    path = Path(path) if path is not None else record_path()
    # Another game's run added between this one's read and write would be lost: the record is written holding the lock
    # alone, and a run that could not wait for it is left beside the record.
    with locked(path, otherwise="this run is left beside the record for the next game to add") as taken:
        return _add(path, record_key(level), run_counts(tally, outcome, seconds), taken)


def with_run(level, tally, outcome, path: Path | None = None, seconds: float | None = None) -> Record:
    """The record as record_result(level, tally, outcome, path, seconds) leaves it, read and not written: what the
    result screen shows while the run is written off the frame (game/writer.py). RecordError when the file cannot be
    read."""
    path = Path(path) if path is not None else record_path()
    levels, own, _, _ = _standing(path)
    return _plus(levels, own, path, record_key(level), run_counts(tally, outcome, seconds))


def _plus(levels: dict, own: dict, path: Path, where: tuple[str, str], run: Counts) -> Record:
    """The record of `levels` and `own` with `run` added where it is kept (`where`, record_key's): its NEW BEST too."""
    (section, name), sections = where, {SHIPPED: levels, OWN: own}
    before = sections[section].get(name, Counts())
    sections[section][name] = before.plus(run)
    new_best = run.best_time is not None and (before.best_time is None or run.best_time < before.best_time)
    return Record(levels, path, own, new_best)


def _add(path: Path, where: tuple[str, str], run: Counts, taken: bool) -> Record:
    """record_result's read and add; then, holding the lock (`taken`), the record written with the runs left beside it
    added (and listed by id) and those files removed, else this run left beside it."""
    levels, own, data, counted = _standing(path)
    record = _plus(levels, own, path, where, run)
    section, name = where
    sections = {SHIPPED: levels, OWN: own}
    if not taken:
        run_file = {"format": FORMAT, section: {name: _as_dict(run)}}  # the record's format: _read reads it
        _save(path, _run_path(path), yaml.safe_dump(run_file, sort_keys=False, allow_unicode=True))
        return record
    _write_record(path, data, sections, [_run_id(path, each) for each in counted])
    for each in counted:  # only now: a game ending before this leaves them to be added again, never lost
        try:
            each.unlink()
        except OSError as error:  # listed as added, it is not counted again: a line for whoever reads why it stays
            log.warning("%s: a run added to the record could not be removed: %s", each, error.strerror or error)
    return record


def _write_record(path: Path, data: dict, sections: dict, added: list[str]) -> None:
    """The file's data, with the counts of `sections` (SHIPPED's and OWN's) and their total, and the ids of the runs
    left beside it that they count (`added`; the key left out when there are none), written whole."""
    data["format"] = FORMAT
    data.pop(ADDED, None)
    if added:
        data[ADDED] = added
    total = _as_dict(_sum(sections[SHIPPED].values()))
    del total[STREAK]  # a level's own
    data["total"] = {**_mapping(data.get("total")), **total}
    for key, counted in sections.items():
        if counted or key in data:  # a file with no map of a designer's own stays as older games wrote it
            stored = _mapping(data.get(key))
            data[key] = {name: {**_mapping(stored.get(name)), **_as_dict(counts)} for name, counts in counted.items()}
    _save(path, path, HEADER + yaml.safe_dump(_ordered(data), sort_keys=False, allow_unicode=True))


def _save(path: Path, file: Path, text: str) -> None:
    """`text` written whole to `file`, the record at `path` or a run left beside it; RecordError naming the record."""
    try:
        write_atomically(file, text.encode("utf-8"))
    except OSError as error:
        raise RecordError(f"{path}: could not save the record: {error.strerror or error}") from None


def _standing(path: Path) -> tuple[dict, dict, dict, list[Path]]:
    """_read's, with the runs left beside the record added in but those it lists as added already; and the files of
    the runs it now counts, both kinds. One that cannot be read is said in the log and kept as it is, counted once it
    is fixed; a newer game's among them."""
    # The runs before the record: a run another game adds to it and removes meanwhile is then in the record read,
    # listed as added if its file was read, where the other order would find it in neither.
    runs = [(run, _read_run(run)) for run in _runs_left(path)]
    levels, own, data = _read(path)
    added, counted = _added(path, data), []
    for run, read in runs:
        if _run_id(path, run) not in added:
            if isinstance(read, RecordError):
                log.warning("a run left beside the record is not counted: %s", read)
                continue
            for sums, more in zip((levels, own), read):
                for name, counts in more.items():
                    sums[name] = sums.get(name, Counts()).plus(counts)
        counted.append(run)
    return levels, own, data, counted


def _read_run(run: Path) -> tuple[dict, dict] | RecordError:
    """A run left beside the record as _read gives its counts (the game's maps', a designer's own), else why not."""
    try:
        return _read(run)[:2]
    except RecordError as error:
        return error


def _added(path: Path, data: dict) -> set[str]:
    """The ids of the runs left beside the record that the file says it counts already (none in an older game's)."""
    ids = data.get(ADDED)
    if ids is None:
        return set()
    # the list itself when it is not one, else the first id in it that is not text
    wrong = [ids] if not isinstance(ids, list) else [each for each in ids if not isinstance(each, str)]
    if wrong:
        raise RecordError(f"{path}: {ADDED}: expected a list of the ids (text) of runs left beside the record, found "
                          f"{describe(wrong[0])}{'' if wrong[0] is ids else ' in it'} ({KEEP})")
    return set(ids)


def _run_path(path: Path) -> Path:
    """A new file for a run left beside the record: a name no other game picks, there only once written whole."""
    record = real_path(path)  # beside the file itself, as its lock
    return record.with_name(f".{record.name}.{uuid.uuid4().hex}{RUN_SUFFIX}")


def _run_id(path: Path, run: Path) -> str:
    """The id in the name of a run left beside the record at `path` (.record.yaml.<id>.run)."""
    return run.name[len(f".{real_path(path).name}."):-len(RUN_SUFFIX)]


def _runs_left(path: Path) -> list[Path]:
    """The runs left beside the record, in the order of their names (none when its folder is not there)."""
    record = real_path(path)
    try:
        names = sorted(each.name for each in record.parent.iterdir())
    except OSError:
        return []
    prefix = f".{record.name}."
    return [record.with_name(name) for name in names if name.startswith(prefix) and name.endswith(RUN_SUFFIX)]


@contextlib.contextmanager
def locked(path: Path, otherwise: str = "saved without it"):
    """Hold the record's lock (a file beside it) while the block runs, which is given whether it was taken: a game
    waiting for it waits LOCK_WAIT seconds at most, then goes on without it (False; the log says so and what it does
    `otherwise`), and one on a folder or system that cannot lock goes on as if it held it (True), said in the log.
    """
    record = real_path(path)
    lock = record.with_name(f".{record.name}.lock")  # the file's own, whatever link the record is reached by
    try:
        lock.parent.mkdir(parents=True, exist_ok=True)
        handle = open(lock, "a+b")
    except OSError as error:
        log.warning("%s: the record is saved without its lock: %s", lock, error.strerror or error)
        handle = None
    if handle is None:  # outside the except: an error in the block is its own, not one raised while opening the lock
        yield True
        return
    with handle:  # closing it lets go of the lock
        deadline, taken = time.monotonic() + LOCK_WAIT, _try_lock(handle, lock)
        while not taken and time.monotonic() < deadline:
            time.sleep(0.01)
            taken = _try_lock(handle, lock)
        if not taken:
            log.warning("%s: another game held the record's lock for %g s; %s", lock, LOCK_WAIT, otherwise)
        try:
            yield taken
        finally:
            if taken and fcntl is None:  # Windows asks for its byte-range locks back before the file is closed
                with contextlib.suppress(OSError):
                    handle.seek(0)
                    msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)


def _try_lock(handle, lock: Path) -> bool:
    """Take the lock on the open lock file unless another holds it; True when taken, or when it cannot be taken here at
    all (said in the log), so the record is saved all the same."""
    try:
        if fcntl is not None:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        return True
    except OSError as error:
        if isinstance(error, BlockingIOError) or error.errno in (errno.EACCES, errno.EDEADLK):  # another holds it
            return False
        # A system or folder without locks (some network shares).
        log.warning("%s: the record is saved without its lock: %s", lock, error.strerror or error)
        return True


def _read(path: Path) -> tuple[dict, dict, dict]:
    """(level name → Counts, own map's path → Counts, the whole file's data to write back) — all empty when there is
    no file yet."""
    if known_missing(path):  # a file out of reach is not missing: load_yaml says why it cannot be read
        return {}, {}, {}
    try:
        data = load_yaml(path)
    except ContentError as error:
        raise RecordError(f"{str(error).splitlines()[0]} ({KEEP})") from None
    if data is None:
        return {}, {}, {}
    if not isinstance(data, dict):
        raise RecordError(f"{path}: expected a mapping (format, total, levels), found {type(data).__name__} ({KEEP})")
    version = data.get("format", FORMAT)
    if not _whole(version):
        raise RecordError(f"{path}: format: expected a whole number, found {describe(version)} ({KEEP})")
    if version > FORMAT:
        raise RecordError(f"{path}: made by a newer Blue Comet (format {version}; this game reads {FORMAT}) ({KEEP})")
    return _section(path, data, SHIPPED, "level name"), _section(path, data, OWN, "map's path"), dict(data)


def _section(path: Path, data: dict, section: str, named: str) -> dict:
    """One section of the file's counts, each checked: name → Counts ({} when the file has none)."""
    stored = data.get(section, {})
    if stored is None:
        stored = {}
    if not isinstance(stored, dict):
        raise RecordError(f"{path}: {section}: expected a mapping of {named} to counts, found {describe(stored)} "
                          f"({KEEP})")
    return {str(name): _counts(f"{path}: {section}.{one_line(name, 60)}", counts) for name, counts in stored.items()}


def _counts(where: str, counts) -> Counts:
    """One level's counts, each checked; `where` names them in a message (the file, the section and the level)."""
    if counts is None:
        counts = {}
    if not isinstance(counts, dict):
        raise RecordError(f"{where}: expected a mapping of counts, found {describe(counts)} ({KEEP})")
    values = {}
    for key in COUNTS:
        value = counts.get(key, 0)
        if not _whole(value) or not 0 <= value <= MAX_COUNT:
            raise RecordError(f"{where}.{key}: expected a whole number from 0 to {MAX_COUNT:,}, found "
                              f"{describe(value)} ({KEEP})")
        values[key] = value
    best = counts.get(BEST)  # none in a file from before best times, nor before a first win
    if best is not None and (not _number(best) or not 0 <= best <= MAX_TIME):
        raise RecordError(f"{where}.{BEST}: expected a number of seconds from 0 to {MAX_TIME:,}, found "
                          f"{describe(best)} ({KEEP})")
    for key in ("won", STREAK):
        if values[key] > values["runs"]:
            raise RecordError(f"{where}.{key}: expected at most the runs ({values['runs']}), found {values[key]} "
                              f"({KEEP})")
    return Counts(**values, best_time=best)


def _whole(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _number(value) -> bool:
    return _whole(value) or isinstance(value, float)


def _mapping(value) -> dict:
    return dict(value) if isinstance(value, dict) else {}


def _as_dict(counts: Counts) -> dict:
    """The counts as the file keeps them, and the best time once there is one."""
    best = {BEST: counts.best_time} if counts.best_time is not None else {}
    return {**{name: getattr(counts, name) for name in COUNTS}, **best}


def _ordered(data: dict) -> dict:
    """format, total, levels and own_maps first, then whatever else the file held."""
    first = {key: data[key] for key in ("format", "total", SHIPPED, OWN) if key in data}
    return {**first, **{key: value for key, value in data.items() if key not in first}}
