"""The campaign: the missions in order, from the first map along each map's `next`, and which ones are open.

A mission opens once the one before it has been won. The record (game/record.py) is what remembers wins, so
the campaign needs no file of its own: a player who deletes the record starts the campaign again.
"""

from dataclasses import dataclass
from pathlib import Path

from game.content.chain import follow, kept_level
from game.content.errors import ContentError
from game.content.level_data import LevelData
from game.content.next_peek import peek_next
from game.files import real_path
from game.record import Counts, Record, RecordError, load_record
from game.sim.resources import objectives_open


@dataclass(frozen=True)
class Mission:
    """One map of the campaign as the missions page lists it."""
    number: int  # 1 for the first
    path: Path
    title: str
    counts: Counts | None  # this map's finished runs and wins in the record; None when the record cannot be read
    open: bool  # the first mission, or the one before it has been won
    level_hash: str = ""  # the map's content_hash as it is now: a best run recorded on another is not watched
    first_order: str = ""  # the first objective's words, as the HUD's order plate names it first; "" with none
    time_limit: float = 0.0  # s to win it in; 0 for no limit


@dataclass(frozen=True)
class Campaign:
    """The campaign's missions in order, with what the record says of each."""
    missions: tuple[Mission, ...]
    problem: str = ""  # why the list stops early or the wins are unknown, in one line; "" when neither

    def next_up(self) -> Mission:
        """Where the pilot goes on: the first open mission not yet won; the first when all have been (or when the
        record cannot be read)."""
        for mission in self.missions:
            if mission.open and mission.counts is not None and not mission.counts.won:
                return mission
        return self.missions[0]

    @property
    def complete(self) -> bool:
        """Every mission won, as far as the record says (not when it cannot be read)."""
        return all(mission.counts is not None and mission.counts.won for mission in self.missions)

    def is_last(self, path) -> bool:
        """True when `path` is the last mission: winning it wins the campaign."""
        return _same(self.missions[-1].path, path)


def load_campaign(first: Path, record: Record | None = None) -> Campaign:
    """The chain of missions from the map at `first`; its wins from `record` (read from the player's file when
    None). ContentError when the first map cannot be loaded; a later map that cannot be loaded, or one met twice,
    ends the list there and is named in `problem`. When the record cannot be read every mission is open: a
    damaged file must not lock the player out of what they had won."""
    problem = ""
    if record is None:
        try:
            record = load_record()
        except RecordError as error:
            record, problem = None, f"{error} — every mission is open until then"
    chain = follow(first)
    missions = []
    for level in chain.levels:
        path = Path(level.path).resolve()
        counts = record.level(path) if record is not None else None
        opened = not missions or record is None or missions[-1].counts.won > 0
        missions.append(Mission(len(missions) + 1, path, level.title, counts, opened, level.content_hash,
                                _first_order(level), level.time_limit))
    if chain.problem is not None:
        problem = problem or str(chain.problem)
    return Campaign(tuple(missions), problem)


def reached(first: Path) -> LevelData:
    """The map of the mission from `first` the record has reached: along the campaign while each is won, so it is the
    one the pilot goes on with (Campaign.next_up), or the campaign's last once all are won (where next_up starts again
    from the first: behind the title, the finale says how far the pilot came); the first alone when the record cannot
    be read. ContentError when `first` cannot be loaded.

    This is the title's, before its first frame: only `first` and that map are read whole, the won ones between them
    only for their `next` (next_peek; the campaign read ahead reads them whole after). A map met before, or one that
    cannot be read, ends the way there, as it ends the campaign (follow); where the map reached will not load whole,
    it is the nearest before it that does (a won map between them that reads but would not load is passed over here:
    Launch names it)."""
    try:
        record = load_record()
    except RecordError:
        record = None
    level = kept_level(Path(first))
    passed = [real_path(first)]  # the maps met along the way, the last the one to go on with
    following = Path(level.next_level) if level.next_level else None
    while following is not None and following not in passed and record is not None and record.level(passed[-1]).won:
        passed.append(following)
        following = peek_next(following)
    for path in reversed(passed[1:]):
        try:
            return kept_level(path)
        except ContentError:
            continue
    return level


def _first_order(level) -> str:
    """The words of the objective the level opens on (the first open from the start: one after another waits), ""
    for a level with none."""
    opened = objectives_open(level, [False] * len(level.objectives))
    return next((objective.text for objective, now in zip(level.objectives, opened) if now), "")


def _same(one, other) -> bool:
    return Path(one).resolve() == Path(other).resolve()
