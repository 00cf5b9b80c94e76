"""Spawning: a catalog entry plus a map spawn point become an entity with its components."""

import math
from collections.abc import Iterator

from game.content.catalog import Catalog
from game.content.level_data import EnemySpawn, LevelData
from game.sim.components import (Body, Brain, Dash, Facing, Gun, Health, Heat, HoldsPost, Intent, Knuckle, Launcher,
                                 Parts, Player, Position, Unit, Velocity, Vmax)
from game.sim.terrain import circle_in_wall, line_of_sight

PLAYER_FACTION = "un"
ENEMY_FACTION = "grados"
PLAYER_FACING = -math.pi / 2  # rad: up the screen, at the player spawn

# A playtest's start (--start-at) keeps this many of the Layzner's radii of open ground between its body and any
# machine's: beside a Dis, three radii centre to centre. Started inside a machine, the two were shoved apart in the
# first ticks, and the encounter began wherever that left them; much further, it is no longer beside it.
START_GAP = 1.0
START_REACH = 160.0  # px: the farthest a start may be from its object (five tiles) before it is no longer that place
START_STEP = 4.0  # px between the rings round the object where a start is looked for, and between spots on each


def spawn_level(world, res, facing: float = PLAYER_FACING) -> None:
    level = res.level
    res.player = spawn_player(world, res, *level.player_spawn, facing)
    for spawn in level.enemy_spawns:
        # a reinforcement comes later (systems/reinforcements.py); a machine for harder difficulties never
        if not spawn.arrives and spawn.placed_on(res.difficulty):
            spawn_enemy(world, res, spawn)


def spawn_player(world, res, x: float, y: float, facing: float = PLAYER_FACING) -> int:
    kind = res.catalog.player
    spec = res.catalog.units[kind]
    return world.create(*_machine(kind, spec, PLAYER_FACTION, x, y, angle=facing), Player())


def start_place(level: LevelData, catalog: Catalog, x: float, y: float) -> tuple[float, float, float] | None:
    """(x, y, facing) of the Layzner at a playtest's start on the map point (x, y), or None when it has no room there.

    The one rule for every object a playtest may start at: the nearest spot to the point where the Layzner stands
    clear of the walls, inside the map, START_GAP radii clear of every machine's body, and reached from the point in
    a straight line that crosses no wall. On open ground away from machines that is the point itself; on an enemy
    spawn (its point is the machine's centre) it is beside that machine, as if the Layzner had walked up to it; by
    a wall, just off it. Of spots as near, the one on the side of the map's player spawn, where the level's player
    comes from, then turning clockwise and anticlockwise in turn: no randomness, so a replay starts where its run
    did. Moved off the point, the Layzner faces it (the machine it was started at).
    """
    radius = catalog.units[catalog.player].radius
    keep = radius * (1 + START_GAP)
    # (x, y, least distance) of the machines that could be near enough to matter, as the level spawns them
    machines = [(spawn.x, spawn.y, keep + catalog.units[spawn.kind].radius) for spawn in level.enemy_spawns
                if not spawn.arrives]
    machines = [m for m in machines if math.hypot(m[0] - x, m[1] - y) < START_REACH + m[2]]
    home_x, home_y = level.player_spawn
    toward = math.atan2(home_y - y, home_x - x) if (home_x, home_y) != (x, y) else PLAYER_FACING + math.pi
    for sx, sy in _spots_round(x, y, toward):
        if all(math.hypot(sx - mx, sy - my) >= least - 1e-6 for mx, my, least in machines) \
                and not circle_in_wall(level, sx, sy, radius) and line_of_sight(level, x, y, sx, sy):
            return sx, sy, (math.atan2(y - sy, x - sx) if (sx, sy) != (x, y) else PLAYER_FACING)
    return None


def _spots_round(x: float, y: float, toward: float) -> Iterator[tuple[float, float]]:
    """Spots round (x, y), nearest first: the point, then rings START_STEP apart out to START_REACH, each from the
    angle `toward`, then alternately clockwise and anticlockwise (a generator: the caller stops at the first good)."""
    yield x, y
    for ring in range(1, int(START_REACH // START_STEP) + 1):
        distance = ring * START_STEP
        count = max(8, math.ceil(2 * math.pi * distance / START_STEP))
        for turn in range(count):
            step = (turn + 1) // 2 * (1 if turn % 2 else -1)  # 0, 1, -1, 2, -2...: y is down, so +1 is clockwise
            angle = toward + 2 * math.pi * step / count
            yield x + distance * math.cos(angle), y + distance * math.sin(angle)


def spawn_enemy(world, res, spawn: EnemySpawn) -> int:
    spec = res.catalog.units[spawn.kind]
    facing = _facing_player(spawn, res.level.player_spawn)
    brain = Brain(patrol=spawn.patrol, loop=spawn.loop, home=(spawn.x, spawn.y), rest_angle=facing,
                  strafe=1.0 if spawn.object_id % 2 else -1.0)
    sentry = [HoldsPost()] if spawn.holds_post else []
    return world.create(*_machine(spawn.kind, spec, ENEMY_FACTION, spawn.x, spawn.y, facing), brain, *sentry)


def _machine(kind, spec, faction, x, y, angle) -> list:
    """The components any machine gets from its catalog entry: what it has in YAML, it has in the game."""
    parts = [
        Position(x, y, x, y), Velocity(), Body(spec.radius), Facing(angle),
        Health(spec.hit_points, spec.hit_points), Unit(kind, faction), Gun(spec.weapon),
        Intent(aim_x=x + math.cos(angle) * 100, aim_y=y + math.sin(angle) * 100),
    ]
    optional = ((spec.knuckle, lambda: Knuckle(spec.knuckle)), (spec.dash, Dash),
                (spec.missiles, lambda: Launcher(spec.missiles.ammo)), (spec.heat, Heat), (spec.vmax, Vmax),
                (spec.parts, Parts))
    parts.extend(make() for present, make in optional if present)
    return parts


def _facing_player(spawn: EnemySpawn, player: tuple[float, float]) -> float:
    """A guard with no patrol faces where trouble will come from: the player's start."""
    if spawn.patrol:
        first = spawn.patrol[0]
        return math.atan2(first[1] - spawn.y, first[0] - spawn.x) if first != (spawn.x, spawn.y) else 0.0
    return math.atan2(player[1] - spawn.y, player[0] - spawn.x)
