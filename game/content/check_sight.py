"""The machines that see the player's spawn as the level starts, by the game's own sight test: a warning for each."""

import math

from game.content.catalog import Catalog
from game.content.errors import Problem
from game.content.level_data import LevelData
from game.sim.terrain import line_of_sight
from game.sim.weather import visibility


def seen_at_the_start(level: LevelData, catalog: Catalog) -> list[Problem]:
    """A machine there from the start that sees the player's spawn (within its sight range, cut by the storm there,
    and no wall or gate shut at the start in the way, as steer_enemies decides) engages as the level begins: the
    shooting starts under the title card, before the briefing is read. Most likely a guard put a little too near;
    a map may mean it, so a warning."""
    walls = level.walls_at_start
    spawn_x, spawn_y = level.player_spawn
    layzner = catalog.units[catalog.player].radius
    warnings = []
    for spawn in level.enemy_spawns:
        unit = catalog.units.get(spawn.kind)
        if spawn.arrives or unit is None or unit.ai is None:
            continue  # a reinforcement lands later; an unknown kind is a problem of its own
        reach = unit.ai.sight_range * visibility(level, spawn.x, spawn.y, spawn_x, spawn_y)
        apart = math.hypot(spawn_x - spawn.x, spawn_y - spawn.y)
        if apart < layzner + unit.radius:
            continue  # on the Layzner: spawn_warnings says it fires point-blank (one mistake, one line)
        if apart <= reach and line_of_sight(walls, spawn.x, spawn.y, spawn_x, spawn_y):
            sees = f"it sees {unit.ai.sight_range:g} px" + (f", {reach:.0f} px in the storm there"
                                                             if reach < unit.ai.sight_range else "")
            warnings.append(Problem(level.path, spawn.where, "a machine that does not see the player's spawn at the "
                                    f"start ({sees})", f"the player's spawn {apart:.0f} px away, no wall between",
                                    "the fight starts while the level's name is up, before the briefing is read: "
                                    f"move it {math.floor(reach - apart) + 1} px or more further away, or behind a "
                                    "wall"))
    return warnings
