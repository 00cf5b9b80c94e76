"""Starting a game from files: load the catalog and the level, check them together, build the Game."""

import dataclasses
import gc
import sys
from pathlib import Path

from game.content.catalog import UNITS_PATH, Catalog, current_catalog
from game.content.chain import FIRST_MISSION
from game.content.check import checked_refusal, level_problems, level_warnings
from game.content.check_places import ON_OPEN_GROUND, spawn_problems
from game.content.errors import ContentError, Problem, named_object
from game.content.gate_check import gate_named
from game.content.level import load_level
from game.content.level_data import LevelData
from game.sim.game import Game
from game.sim.spawn import PLAYER_FACING, START_REACH, start_place

DEFAULT_LEVEL = FIRST_MISSION  # the campaign's first map


def new_game(level_path: Path | str = DEFAULT_LEVEL, seed: int = 1, units_path: Path = UNITS_PATH,
             start_at: int | None = None, difficulty: str = "normal", spawn_if_start_gone: bool = False,
             start_asked_by: str = "--start-at", taught: tuple[str, ...] = ()) -> Game:
    """A ready-to-step Game, or ContentError listing every problem in the files.

    start_at puts the player at that map object instead of the player spawn (playtesting), at the nearest open spot
    to its centre clear of every machine (sim/spawn.py: start_place); difficulty is Options' (sim/damage.py:
    DAMAGE_TAKEN). spawn_if_start_gone: a map saved since the playtest began may no longer have that object
    (deleted, or cut and pasted in place for a new id, and Tiled never gives an id out again), so the player starts at
    the player spawn instead of the map being refused (the caller sees it in object_points). start_asked_by: what a
    refused start's line says asked for it (a replay's own start_at, not an option nobody typed). taught: Rei's
    lessons the run's missions before this one taught (Next mission carries them; sim/systems/speech.py: taught).
    """
    catalog = current_catalog(units_path)
    try:
        level = load_level(Path(level_path))
    except ContentError as error:  # every mistake the checker finds at once, as `check` tells them
        raise checked_refusal(error, catalog) from None
    # the checker's warnings beyond the loader's, printed with them where a playtest from Tiled shows them
    level = dataclasses.replace(level, warnings=level.warnings + tuple(level_warnings(level, catalog)))
    problems = level_problems(level, catalog)
    if spawn_if_start_gone and start_at not in level.object_points:
        start_at = None  # the player spawn, which the caller tells of
    facing = PLAYER_FACING
    if start_at is not None:
        level, facing = _start_at(level, catalog, start_at, problems, start_asked_by)
    if problems:
        raise ContentError(problems, files=level.files)  # what live reload watches for a fix
    return Game(level, catalog, seed, difficulty=difficulty, start_facing=facing, taught=taught)


def tell_warnings(level: LevelData, before: LevelData | None = None) -> None:
    """Print the level's warnings as `warning:` lines on stderr, where a playtest from Tiled shows them (its Console):
    as a playtest's map starts, and as a save reloads it (`before`: the level it replaces), then only those that
    level did not have, so a new one is news and the rest are not told again at every save."""
    told = {str(warning) for warning in before.warnings} if before is not None else set()
    for warning in level.warnings:
        if str(warning) not in told:
            print(f"warning: {warning}", file=sys.stderr)


def started_at(level: LevelData, catalog: Catalog, start_at: int) -> LevelData:
    """The level as a playtest from object `start_at` plays it, its start moved and an objective there opened (a save
    made in one resumes on it); as it is when that start is impossible now, whose hash then refuses the save."""
    problems: list[Problem] = []
    started, _ = _start_at(level, catalog, start_at, problems)
    return level if problems else started


def _start_at(level: LevelData, catalog: Catalog, start_at: int, problems: list[Problem],
              asked_by: str = "--start-at") -> tuple[LevelData, float]:
    """The level with its player spawn moved to where a playtest at object `start_at` begins, and the way the Layzner
    faces there; what makes that start impossible is added to `problems`, naming `asked_by` as what asked for it."""
    if start_at not in level.object_points:
        problems.append(Problem(level.path, f"object {start_at}", f"the id of an object on the map ({asked_by})",
                                "no such object", "Tiled shows the id in the object's properties"))
        return level, PLAYER_FACING
    x, y = level.object_points[start_at]
    where = f"{_object_where(level, start_at)} ({asked_by})"
    shut = [gate for gate in level.gates if gate.object_id == start_at and gate.starts_shut]
    if shut:  # its own cells are walls until it opens: no start on it, and its switch is where to go instead
        switch = named_object(shut[0].opens, level.object_names.get(shut[0].opens, ""))
        problems.append(Problem(level.path, where, ON_OPEN_GROUND, f"gate {gate_named(shut[0])}, shut at the start "
                                f"until {switch} opens it", f"start at {switch}, or at an object on either side of "
                                "the gate"))
        return level, PLAYER_FACING
    radius = catalog.units[catalog.player].radius
    # Off the map or in a wall, the Layzner would be pushed on out of the map, tick after tick.
    refused = [dataclasses.replace(problem, hint="start at an object on open ground inside the map")
               for problem in spawn_problems(level.walls_at_start, where, x, y, radius, "the start", shown=None)]
    place = None if refused else start_place(level.walls_at_start, catalog, x, y)
    if place is None:
        problems += refused or [Problem(level.path, where, f"room for the Layzner within {START_REACH:g} px of the "
                                        "object, clear of the walls and beside, not on, every machine, reached from "
                                        "the object in a straight line", "none",
                                        "start at an object with open ground round it")]
        return level, PLAYER_FACING
    # A start on an objective that comes after another opens it: the designer came to try it, and it counts at once,
    # as a start on any objective does; the one it comes after must still be reached to win, as ever.
    objectives = tuple(dataclasses.replace(objective, after=0) if objective.object_id == start_at else objective
                       for objective in level.objectives)
    return dataclasses.replace(level, player_spawn=place[:2], objectives=objectives), place[2]


def _object_where(level: LevelData, object_id: int) -> str:
    """How messages name a map object: its layer, id and name when the level kept them (the objects the game plays),
    else its id and name."""
    played = [o.where for o in (*level.enemy_spawns, *level.triggers, *level.objectives, *level.zones, *level.gates)
              if o.object_id == object_id and o.where]
    spawn = level.player_spawn_object
    if spawn and spawn[0] == object_id:
        played.append(level.player_spawn_where)
    return played[0] if played else named_object(object_id, level.object_names.get(object_id, ""))


_level_frozen = False  # whether settle_heap has frozen a level's objects beside the imports' (imports_frozen)


def settle_heap() -> None:
    """Call once a level is loaded and ready to play: collect once, then freeze what survives.

    A level's catalog, map, entities and view are hundreds of thousands of objects that live as long as it is
    played; frozen, the cyclic collector no longer walks them in every full collection during play (a pause in
    the frame). The previous level's objects are unfrozen first, so what of them is garbage is still collected.
    At the first level there is none: unfreezing would take back the imports' 50,000 objects for the collection to
    walk (~20 ms of start-up), so they stay frozen.
    """
    global _level_frozen
    if _level_frozen:
        gc.unfreeze()
    gc.collect()
    gc.freeze()
    _level_frozen = True
