"""Aim assist for the aim keys: eight ways miss most enemies, so the one in sight nearest the way pressed is aimed."""

import math

from game.sim.components import Gun, Health, Position, Unit, Velocity
from game.sim.terrain import line_of_sight
from game.sim.vectors import angle_difference, lead_point

# Either side of a key's way: the eight ways' sectors meet, so an enemy at any bearing is one key's to aim at.
SECTOR = math.radians(22.5)


def assisted_target(game, way: tuple[float, float], kept: int = 0) -> int:
    """The enemy machine the aim keys' `way` (a unit vector) points the player at, 0 for none: of the other side's
    machines within the rifle's range, in sight and within SECTOR of the way, `kept` (the one aimed at last) while it
    still is one, so the aim does not flit between two; else the one nearest the way (then the nearer, then the
    first made)."""
    world = game.world
    pos, unit, gun = (world.try_get(game.player, kind) for kind in (Position, Unit, Gun))
    if pos is None or unit is None or gun is None:
        return 0
    reach = game.res.catalog.weapons[gun.weapon].range
    way_angle = math.atan2(way[1], way[0])
    best, best_key = 0, None
    for entity, (other, other_unit, _) in world.query(Position, Unit, Health):
        dx, dy = other.x - pos.x, other.y - pos.y
        distance = math.hypot(dx, dy)
        if other_unit.faction == unit.faction or distance > reach:
            continue
        off = abs(angle_difference(way_angle, math.atan2(dy, dx)))
        if off > SECTOR or not line_of_sight(game.res.level, pos.x, pos.y, other.x, other.y):
            continue
        if entity == kept:
            return entity
        if best_key is None or (off, distance) < best_key:
            best, best_key = entity, (off, distance)
    return best


def lead(game, target: int) -> tuple[float, float]:
    """Where to aim the rifle to hit `target` as it moves: the aim keys cannot lead a crossing machine by hand."""
    world = game.world
    pos, other = world.get(game.player, Position), world.get(target, Position)
    speed = game.res.catalog.weapons[world.get(game.player, Gun).weapon].projectile_speed
    return lead_point(pos.x, pos.y, other.x, other.y, world.try_get(target, Velocity), speed)
