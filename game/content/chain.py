"""The campaign's maps in order: from the first mission, each map's `next`, until one without, one met before, or
one that will not load."""

import threading
from dataclasses import dataclass
from pathlib import Path

from game.content.errors import ContentError, Problem
from game.content.level import load_level
from game.content.level_data import LevelData
from game.content.tmx_xml import stamps_read
from game.files import is_file, real_path, stamp

LEVELS = Path(__file__).resolve().parents[2] / "levels"
GAME_ROOT = LEVELS.parent  # the game's own folder: a recorded map path may be relative to it
FIRST_MISSION = LEVELS / "mars_base.tmx"


# Each map as last loaded along a chain, and its files as they stood (files.stamp): the campaign is followed at each
# Launch and as its last mission is won, and its six maps read again took 80-250 ms of that frame
_loaded: dict[Path, tuple[tuple, LevelData]] = {}


@dataclass(frozen=True)
class Chain:
    """The campaign's levels, each map's `next` followed from the first."""
    levels: tuple[LevelData, ...]  # in campaign order, the first mission first
    problem: Problem | None = None  # why it stops before a map without `next`, if it does


def follow(first: Path = FIRST_MISSION) -> Chain:
    """The maps from `first` along `next`. ContentError when `first` itself cannot be loaded; a `next` naming a map met
    before, or one that cannot be loaded, ends the chain there and is the chain's problem."""
    levels = [kept_level(Path(first))]
    while levels[-1].next_level:
        level, following = levels[-1], real_path(levels[-1].next_level)
        seen = [real_path(earlier.path) for earlier in levels]
        if following in seen:
            order = " → ".join(Path(earlier.path).name for earlier in levels)
            return Chain(tuple(levels), Problem(
                level.path, "map, property next", "a map later in the campaign",
                f"{following.name}, which comes earlier ({order})",
                "point next at the map to play after this one, or remove it from the last mission"))
        try:
            levels.append(kept_level(following))
        except ContentError as error:
            return Chain(tuple(levels), error.problems[0])
    return Chain(tuple(levels))


def read_ahead(first: Path) -> threading.Thread:
    """follow(first) on a thread of its own, its maps kept for the next follow: the title starts it once its first
    frames are drawn, so its Launch finds them read (the six maps took 30-130 ms of Launch's frame), and waits for it
    (join) rather than read them beside it. Reading and parsing hold the GIL: the frames it runs beside are longer."""
    thread = threading.Thread(target=_quietly, args=(follow, Path(first)), name="read ahead", daemon=True)
    thread.start()
    return thread


def read_level_ahead(path: Path) -> threading.Thread:
    """kept_level(path) on a thread of its own: a won level's play scene starts it as the level is decided, so the
    result screen, which names the next mission, finds its map read (its 12-25 ms were the screen's first frame's) and
    waits for it (join) rather than read it beside it."""
    thread = threading.Thread(target=_quietly, args=(kept_level, Path(path)), name="read next", daemon=True)
    thread.start()
    return thread


def _quietly(read, path: Path) -> None:
    """read(path) (follow, kept_level), whatever it finds: what it reads is kept, and a map that will not load is read
    again, and named, by what asks for it next (Launch, Next mission)."""
    try:
        read(path)
    except Exception:  # noqa: BLE001 - told where it is read again
        pass


def kept_level(path: Path) -> LevelData:
    """load_level(path), kept: read again only where a file it was read from has changed (or was missing, and is
    not) since the last read; a map, tileset or template saved as it was read is read again after it."""
    kept = _loaded.get(path)
    if kept is not None and kept[0] == _stamps(kept[1]):
        return kept[1]
    with stamps_read() as read:
        level = load_level(path)
    # Kept under its map's, tilesets' and templates' stamps noted as they were read: one saved since (even while the
    # map was read) has another, and the next follow reads the map again. Its images, only looked at, as they stand.
    _loaded[path] = _stamps_as_read(level, read), level
    return level


def _stamps(level: LevelData) -> tuple:
    """The files `level` was read from as they stand now, its map first."""
    return tuple(stamp(path) for path in (level.path, *level.files))


def _stamps_as_read(level: LevelData, read: dict[str, tuple | None]) -> tuple:
    """_stamps(level), but as `read` (stamps_read) noted the files it holds, just before they were read."""
    return tuple(read[whole] if (whole := str(real_path(path))) in read else stamp(path)
                 for path in (level.path, *level.files))


def recorded_level(recorded: Path, name: str = "") -> Path | None:
    """The map a save or a replay recorded, as it can be found now: its path (from here, then from the game's folder),
    else the map of its name in levels/ (the game unpacked again elsewhere); None when none is here. A map that has
    changed since is for the caller to refuse, by its hash."""
    for candidate in (recorded, GAME_ROOT / recorded, LEVELS / (name or recorded.name)):
        if is_file(candidate):  # a path too long to look at, from an edited file, is one not here
            return candidate
    return None
