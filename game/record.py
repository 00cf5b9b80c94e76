"""The record: how the pilot has fought, level by level and in all, kept in the player's data folder.

Each run that reaches the result screen adds to record.yaml: runs, wins, machines destroyed, pilots spared,
Fouron's takeovers and Fouron's kills, for its level and in total. The file is plain YAML that a player may
read; the game rewrites it whole (write_atomically), keeping any keys it does not know (a newer game's).

A record that cannot be read is never overwritten: RecordError says in one line which file and what is wrong,
and the run is simply not added until the player fixes or removes the file. Each count is a whole number from 0 to
MAX_COUNT: a larger one in the file is such a mistake, and adding a run stops a count there.
"""

from dataclasses import dataclass, fields
from pathlib import Path

import yaml

from game.content.errors import ContentError, one_line
from game.content.schema import describe
from game.content.yamlio import load_yaml
from game.files import data_dir, known_missing, write_atomically

FORMAT = 1
FILE_NAME = "record.yaml"
HEADER = ("# Blue Comet: your record, level by level and in total. The game adds each run that reaches the\n"
          "# result screen. You may read or delete this file; if it cannot be read the game leaves it alone.\n")
KEEP = "the file is kept as it is; fix or delete it to go on recording"
# Far beyond any pilot's record (a run a second for 30 years), and far below the 4,300 digits past which Python will not
# write a whole number as text: a count of 4,300 nines read from a hand-edited file, plus one run, stopped the game
# with a ValueError as the record was saved at the end of a level.
MAX_COUNT = 1_000_000_000


class RecordError(Exception):
    """The record cannot be read or written; the message is one line naming the file."""


@dataclass(frozen=True)
class Counts:
    runs: int = 0
    won: int = 0
    destroyed: int = 0  # enemy machines destroyed (Fouron's kills included)
    spared: int = 0  # machines disabled so their pilots ejected
    takeovers: int = 0  # times Fouron seized the controls
    fouron_kills: int = 0  # machines Fouron destroyed while it held them

    def plus(self, other: "Counts") -> "Counts":
        """The two added, each count stopping at MAX_COUNT (the total of many full levels too): never one the
        record would refuse to read back."""
        return Counts(**{name: min(getattr(self, name) + getattr(other, name), MAX_COUNT) for name in COUNTS})


COUNTS = tuple(f.name for f in fields(Counts))


@dataclass(frozen=True)
class Record:
    levels: dict  # level name → Counts
    path: Path | None = None

    @property
    def total(self) -> Counts:
        total = Counts()
        for counts in self.levels.values():
            total = total.plus(counts)
        return total

    def level(self, name) -> Counts:
        return self.levels.get(level_name(name), Counts())


def record_path() -> Path:
    return data_dir() / FILE_NAME


def level_name(level) -> str:
    """A level's key in the record: its file's name without the folder or .tmx ("outpost")."""
    return Path(str(level)).stem


def run_counts(tally, outcome) -> Counts:
    """One run as counts: a game's res.tally and its outcome ("won" or "lost")."""
    return Counts(runs=1, won=int(outcome == "won"), destroyed=tally.destroyed, spared=tally.spared,
                  takeovers=tally.takeovers, fouron_kills=tally.fouron_kills)


def load_record(path: Path | None = None) -> Record:
    """The record in the file (empty when there is none yet); RecordError when it cannot be read."""
    path = Path(path) if path is not None else record_path()
    levels, _ = _read(path)
    return Record(levels, path)


def record_result(level, tally, outcome, path: Path | None = None) -> Record:
    """Add one run of `level` (a path or a name) to the record and write it; the record as it now stands.

    RecordError when the file there cannot be read (it is left untouched) or the new one cannot be written."""
    path = Path(path) if path is not None else record_path()
    levels, data = _read(path)
    name = level_name(level)
    levels[name] = levels.get(name, Counts()).plus(run_counts(tally, outcome))
    record = Record(levels, path)
    data["format"] = FORMAT
    data["total"] = {**_mapping(data.get("total")), **_as_dict(record.total)}
    stored = _mapping(data.get("levels"))
    data["levels"] = {key: {**_mapping(stored.get(key)), **_as_dict(counts)} for key, counts in levels.items()}
    text = HEADER + yaml.safe_dump(_ordered(data), sort_keys=False, allow_unicode=True)
    try:
        write_atomically(path, text.encode("utf-8"))
    except OSError as error:
        raise RecordError(f"{path}: could not save the record: {error.strerror or error}") from None
    return record


def _read(path: Path) -> tuple[dict, dict]:
    """(level name → Counts, the whole file's data to write back) — both empty when there is no file yet."""
    if known_missing(path):  # a file out of reach is not missing: load_yaml says why it cannot be read
        return {}, {}
    try:
        data = load_yaml(path)
    except ContentError as error:
        raise RecordError(f"{str(error).splitlines()[0]} ({KEEP})") from None
    if data is None:
        return {}, {}
    if not isinstance(data, dict):
        raise RecordError(f"{path}: expected a mapping (format, total, levels), found {type(data).__name__} ({KEEP})")
    version = data.get("format", FORMAT)
    if not _whole(version):
        raise RecordError(f"{path}: format: expected a whole number, found {describe(version)} ({KEEP})")
    if version > FORMAT:
        raise RecordError(f"{path}: made by a newer Blue Comet (format {version}; this game reads {FORMAT}) ({KEEP})")
    stored = data.get("levels", {})
    if stored is None:
        stored = {}
    if not isinstance(stored, dict):
        raise RecordError(f"{path}: levels: expected a mapping of level name to counts, found {describe(stored)} "
                          f"({KEEP})")
    levels = {}
    for name, counts in stored.items():
        if counts is None:
            counts = {}
        if not isinstance(counts, dict):
            raise RecordError(f"{path}: levels.{one_line(name, 60)}: expected a mapping of counts, found "
                              f"{describe(counts)} ({KEEP})")
        values = {}
        for key in COUNTS:
            value = counts.get(key, 0)
            if not _whole(value) or not 0 <= value <= MAX_COUNT:
                raise RecordError(f"{path}: levels.{one_line(name, 60)}.{key}: expected a whole number from 0 to "
                                  f"{MAX_COUNT:,}, found {describe(value)} ({KEEP})")
            values[key] = value
        if values["won"] > values["runs"]:
            raise RecordError(f"{path}: levels.{one_line(name, 60)}.won: expected at most the runs ({values['runs']}), "
                              f"found {values['won']} ({KEEP})")
        levels[str(name)] = Counts(**values)
    return levels, dict(data)


def _whole(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _mapping(value) -> dict:
    return dict(value) if isinstance(value, dict) else {}


def _as_dict(counts: Counts) -> dict:
    return {name: getattr(counts, name) for name in COUNTS}


def _ordered(data: dict) -> dict:
    """format, total and levels first, then whatever else the file held."""
    first = {key: data[key] for key in ("format", "total", "levels") if key in data}
    return {**first, **{key: value for key, value in data.items() if key not in first}}
