"""Starting a game from files: load the catalog and the level, check them together, build the Game."""

import dataclasses
import gc
from pathlib import Path

from game.content.catalog import UNITS_PATH, current_catalog
from game.content.chain import FIRST_MISSION
from game.content.check import level_problems, spawn_problems
from game.content.errors import ContentError, Problem
from game.content.level import load_level
from game.sim.game import Game

DEFAULT_LEVEL = FIRST_MISSION  # the campaign's first map


def new_game(level_path: Path | str = DEFAULT_LEVEL, seed: int = 1, units_path: Path = UNITS_PATH,
             start_at: int | None = None, difficulty: str = "normal", spawn_if_start_gone: bool = False) -> Game:
    """A ready-to-step Game, or ContentError listing every problem in the files.

    start_at puts the player at that map object's centre instead of the player spawn (playtesting); difficulty is
    Options' (sim/damage.py: DAMAGE_TAKEN). spawn_if_start_gone: a map saved since the playtest began may no longer
    have that object (deleted, or cut and pasted in place for a new id, and Tiled never gives an id out again), so
    the player starts at the player spawn instead of the map being refused (the caller sees it in object_points).
    """
    catalog = current_catalog(units_path)
    level = load_level(Path(level_path))
    problems = level_problems(level, catalog)
    if spawn_if_start_gone and start_at not in level.object_points:
        start_at = None  # the player spawn, which the caller tells of
    if start_at is not None:
        if start_at not in level.object_points:
            problems.append(Problem(level.path, f"object {start_at}", "the id of an object on the map (--start-at)",
                                    "no such object", "Tiled shows the id in the object's properties"))
        else:
            x, y = level.object_points[start_at]
            radius = catalog.units[catalog.player].radius
            # Off the map or in a wall, the Layzner would be pushed on out of the map, tick after tick.
            problems += [dataclasses.replace(problem, hint="start at an object on open ground inside the map")
                         for problem in spawn_problems(level, f"object {start_at} (--start-at)", x, y, radius,
                                                       "the start")]
            level = dataclasses.replace(level, player_spawn=(x, y))
    if problems:
        raise ContentError(problems)
    return Game(level, catalog, seed, difficulty=difficulty)


def settle_heap() -> None:
    """Call once a level is loaded and ready to play: collect once, then freeze what survives.

    A level's catalog, map, entities and view are hundreds of thousands of objects that live as long as it is
    played; frozen, the cyclic collector no longer walks them in every full collection during play (a pause in
    the frame). The previous level's objects are unfrozen first, so what of them is garbage is still collected.
    """
    gc.unfreeze()
    gc.collect()
    gc.freeze()
