"""Suspend saves: the level in play written to the player's data folder, and resumed tick-exact later.

One save at a time (save.json): "Save and quit" in the pause menu writes it, "Continue" on the title
resumes it and, once the level has been rebuilt from it, removes it. A save that cannot be read is
reported in one line and left on disk untouched, until the player sets it aside (kept under another name).
A save whose map is no longer where it was (the game unpacked again in another folder) resumes on the game's own
levels/ map of that name, as a replay does: the map's hash, in the snapshot, still refuses another version of it.
"""

import json
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import game
from game.content.catalog import current_catalog
from game.content.chain import kept_level, recorded_level
from game.content.errors import ContentError, one_line, unreadable
from game.content.level import load_level
from game.content.schema import describe
from game.files import aside_path, data_dir, is_dir, is_file, known_missing, read_bytes, real_path, write_atomically
from game.session import started_at
from game.sim.resources import TICK_RATE
from game.sim.snapshot import restore, snapshot
from game.sim.snapshot_checks import SnapshotError

FORMAT = 1
FILE_NAME = "save.json"


class SaveError(Exception):
    """A save that cannot be resumed; the message is one line naming the file and why."""


@dataclass(frozen=True)
class Save:
    """A game saved mid-level, read back ready to play on."""
    level_path: Path
    start_at: int | None
    game: object  # a restored game.sim.game.Game, ready to step


class SavedRun(NamedTuple):
    """What the save holds, in short: its mission's title, the seconds of game time played, and its map's path."""
    title: str
    seconds: float
    level_path: Path


def save_path() -> Path:
    return data_dir() / FILE_NAME


def write_save(game_in_play, level_path, start_at=None, path: Path | None = None,
               told: list[str] | None = None) -> str | None:
    """Write the game to the save file atomically; None when saved, else one line saying why not. A save there that
    cannot be resumed (or a folder in its place) is set aside first, and `told`, given, gets a line saying where it
    went: the run is saved, but the player must hear of the file moved."""
    path = path or save_path()
    if game_in_play.player_health() is None:  # a save of a lost machine could never be read back: nothing to fly
        return f"{path}: not saved: the Layzner is lost, there is no game to carry on"
    if not known_missing(path):  # one that cannot be resumed was promised kept: out of the way first, not overwritten
        why = unresumable(path)
        if why:
            try:
                kept = set_aside(path)
            except OSError as error:
                return f"{path}: could not save: the save there cannot be resumed and could not be set aside " \
                       f"({error.strerror or error})"
            if told is not None:
                told.append(f"{path} could not be resumed ({why.removeprefix(f'{path}: ')}): it is kept as "
                            f"{kept.name}, and this run is saved in its place")
    # The map's whole path: the game may be started from another folder next time.
    data = {"format": FORMAT, "game_version": game.__version__, "level": str(Path(level_path).resolve()),
            "start_at": start_at,
            "snapshot": snapshot(game_in_play)}
    try:
        write_atomically(path, json.dumps(data, separators=(",", ":")).encode("utf-8"))
    except OSError as error:
        return f"{path}: could not save: {error.strerror or error}"
    return None


def read_save(path: Path | None = None) -> Save:
    """The saved game, restored; SaveError with one line when the file is damaged or the map has changed."""
    path = path or save_path()
    moved = None  # the map's recorded path, when the save resumes on levels/ instead
    by = ""  # which Blue Comet saved it, when another: what this one cannot resume may be no damage at all
    try:
        data = json.loads(read_bytes(path).decode("utf-8-sig"))  # a BOM from an editor is no damage
        found = _misshapen(data)
        if found:
            raise SaveError(f"{path}: the save is damaged: expected a Blue Comet save, found {found}")
        by = _by(data.get("game_version"))
        if data["format"] != FORMAT:
            raise SaveError(f"{path}: made by another Blue Comet (format {data['format']}; this game reads {FORMAT})"
                            f"{by}")
        if not isinstance(data["level"], str) or not data["level"]:  # Path() would answer in Python's words
            raise SaveError(f"{path}: the save is damaged: expected level to be the map's path, "
                            f"found {describe(data['level'])}{by}")
        level_path = recorded_level(Path(data["level"])) or Path(data["level"])  # not found: load_level says so
        moved = Path(data["level"]) if level_path != Path(data["level"]) else None
        level = load_level(level_path)
        start_at = data.get("start_at")
        if start_at is not None and (not isinstance(start_at, int) or isinstance(start_at, bool)):
            raise SaveError(f"{path}: the save is damaged: expected start_at to be an object id or null, "
                            f"found {describe(start_at)}{by}")
        if start_at is not None:  # the map as that playtest played it: its hash is of that start, not the spawn's
            level = started_at(level, current_catalog(), start_at)
        resumed = restore(level, current_catalog(), data["snapshot"])
    except SaveError:
        raise
    except OSError as error:
        raise SaveError(f"{path}: could not read the save: {unreadable(error)}") from None  # "a folder", in words
    except (ValueError, KeyError, TypeError, OverflowError) as error:
        raise SaveError(f"{path}: the save is damaged: expected a Blue Comet save, found {_damage(error)}{by}") \
            from None
    except RecursionError:
        raise SaveError(f"{path}: the save is damaged: expected a Blue Comet save, found lists or objects nested "
                        "thousands deep") from None
    except (ContentError, SnapshotError) as error:
        gone = f" ({moved} is no longer there)" if moved else ""
        raise SaveError(f"{path}: {str(error).splitlines()[0]}{gone}{by}") from None
    return Save(level_path, start_at, resumed)


def saved_run(path: Path | None = None) -> SavedRun | None:
    """What the save holds, for the title's line under Continue and the missions page's mark on its mission; None when
    the file cannot say (Continue, chosen, reads it whole and says why). Reads the map's title, not the run, and the map
    as kept (chain.kept_level): the title, coming back to it, and the missions page ask again, and each read of it took
    8-17 ms of their frames."""
    path = path or save_path()
    try:
        data = json.loads(read_bytes(path).decode("utf-8-sig"))
        tick = data["snapshot"]["tick"]
        if not isinstance(tick, int) or isinstance(tick, bool) or tick < 0:
            return None
        level_path = recorded_level(Path(data["level"])) or Path(data["level"])
        level = kept_level(real_path(level_path))
    except (OSError, ValueError, KeyError, TypeError, RecursionError, ContentError):
        return None
    return SavedRun(level.title, tick / TICK_RATE, level_path)


def has_save() -> bool:
    return is_file(save_path())  # False in a folder this user may not open: the title says why


def save_there() -> bool:
    """A save file at the save's path, or a folder in its place (which Save and quit would set aside): the title offers
    Continue, or Set save aside, for either."""
    return has_save() or is_dir(save_path())


def unresumable(path: Path | None = None) -> str:
    """Why the save at `path` cannot be resumed, in one line naming it; "" when it can. Reads it whole (restores its
    game, then lets it go): for the title only once the few milliseconds' saved_run could not read it."""
    try:
        read_save(path).game.close()
    except SaveError as error:
        return str(error)
    return ""


def remove_save() -> None:
    try:
        save_path().unlink()
    except FileNotFoundError:
        pass


def set_aside(path: Path | None = None) -> Path:
    """Move a save that cannot be resumed out of Continue's way, kept beside it under a name of its own
    (save.unreadable.json, then .2, .3 ...): nothing is lost, and a player may still fix it and put it back.
    Returns where it went; OSError when it cannot be moved."""
    path = path or save_path()
    kept = aside_path(path)
    path.rename(kept)
    return kept


def _by(version) -> str:
    """Which Blue Comet saved it, said after why it cannot be resumed, when not this one ("" when this one, or not
    known): a save from before an update is not damaged, and the player learns which version would carry it on."""
    if not isinstance(version, str) or version == game.__version__:
        return ""
    return f" (saved by Blue Comet {one_line(version, 20)}; this is {game.__version__})"


def _misshapen(data) -> str:
    """What is wrong with the save's outline, in a player's words ("" when it is an object with a whole-number format
    and a snapshot object): its own checks would otherwise say "format 1; this game reads 1" or speak of subscripts."""
    if not isinstance(data, dict):
        return describe(data)
    shapes = (("format", int, "a whole number"), ("snapshot", dict, "an object"))
    for key, kind, wanted in shapes:
        value = data.get(key)
        if key in data and (not isinstance(value, kind) or isinstance(value, bool)):
            return f"a {key} of {describe(value)}, not {wanted}"
    return ""


def _damage(error: Exception) -> str:
    """What was found instead of a save, in a player's words."""
    if isinstance(error, UnicodeDecodeError):
        return "a file that is not text"
    if isinstance(error, json.JSONDecodeError):
        return f"text that breaks off or is not a save (line {error.lineno}, column {error.colno})"
    if isinstance(error, KeyError):
        return f"a save without its {error.args[0]!r}"
    return f"a save with a wrong value ({error})"
