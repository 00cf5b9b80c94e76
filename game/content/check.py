"""Checking a level against the catalog and its own walls: the mistakes a designer can make in Tiled."""

import math

from game.content.catalog import Catalog
from game.content.errors import Problem
from game.content.level import LevelData
from game.content.schema import suggest


def level_problems(level: LevelData, catalog: Catalog) -> list[Problem]:
    """Problems that the loader alone cannot see: unknown enemy kinds, spawns inside walls."""
    problems = []
    known = catalog.enemy_kinds
    player_radius = catalog.units[catalog.player].radius
    if _inside_wall(level, *level.player_spawn, player_radius):
        problems.append(Problem(level.path, "objects: player_spawn", "a spawn on open ground",
                                f"a spawn inside a wall at {_cell(level, *level.player_spawn)}",
                                "move it off the solid tiles"))
    for spawn in level.enemy_spawns:
        where = f'objects: object {spawn.object_id} "{spawn.name}"'
        if spawn.kind not in known:
            problems.append(Problem(level.path, f"{where}, property kind", "an enemy kind", f'"{spawn.kind}"',
                                    f'"{spawn.kind}" is not an enemy kind; {suggest(spawn.kind, known)}'))
        elif _inside_wall(level, spawn.x, spawn.y, catalog.units[spawn.kind].radius):
            problems.append(Problem(level.path, where, "a spawn on open ground",
                                    f"a spawn inside a wall at {_cell(level, spawn.x, spawn.y)}",
                                    "move it off the solid tiles"))
    return problems


def _inside_wall(level: LevelData, x: float, y: float, radius: float) -> bool:
    """True when the spawn's centre, or most of its body, is on solid cells."""
    probes = [(x, y)] + [(x + radius * 0.7 * math.cos(a), y + radius * 0.7 * math.sin(a))
                         for a in (0, math.pi / 2, math.pi, 3 * math.pi / 2)]
    blocked = sum(level.is_solid_cell(int(px // level.tile_width), int(py // level.tile_height)) for px, py in probes)
    return level.is_solid_cell(int(x // level.tile_width), int(y // level.tile_height)) or blocked >= 3


def _cell(level: LevelData, x: float, y: float) -> str:
    return f"tile ({int(x // level.tile_width)}, {int(y // level.tile_height)})"
