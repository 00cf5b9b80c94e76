"""Spawning: a catalog entry plus a map spawn point become an entity with its components."""

import math

from game.content.level_data import EnemySpawn
from game.sim.components import (Body, Brain, Dash, Facing, Gun, Health, Heat, HoldsPost, Intent, Knuckle, Launcher,
                                 Parts, Player, Position, Unit, Velocity, Vmax)

PLAYER_FACTION = "un"
ENEMY_FACTION = "grados"


def spawn_level(world, res) -> None:
    level = res.level
    res.player = spawn_player(world, res, *level.player_spawn)
    for spawn in level.enemy_spawns:
        spawn_enemy(world, res, spawn)


def spawn_player(world, res, x: float, y: float) -> int:
    kind = res.catalog.player
    spec = res.catalog.units[kind]
    return world.create(*_machine(kind, spec, PLAYER_FACTION, x, y, angle=-math.pi / 2), Player())


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
