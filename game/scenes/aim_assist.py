"""Aim assist: the aim keys' eight ways, and the pad's aiming stick, turned onto the enemy in sight nearest the way."""

import math

from game.sim.components import Gun, Health, Position, Unit, Velocity
from game.sim.terrain import line_of_sight
from game.sim.vectors import angle_difference, lead_point

# Either side of a key's way: the eight ways' sectors meet, so an enemy at any bearing is one key's to aim at.
SECTOR = math.radians(22.5)
# Either side of the aiming stick's way, at full assist. A Dis is 2.4-4.6 degrees either side of its centre from 470
# to 250 px (where fights are had) and the rifle spreads 1.2: a shot must be pointed within ~3 degrees, where a thumb
# holds a way to some 5-10 on a stick's short throw. 10 takes those misses and still leaves the stick the way: another
# machine 10 degrees off is a step aside at 250 px, and the missiles' 14-degree lock is still the stick's to find.
STICK_CONE = math.radians(10.0)
# The enemy the stick aims at counts so much nearer the way than it is (at full assist): it is kept to 14 degrees, the
# missiles' lock cone, so a lock under way is not dropped at the cone's edge, and another takes the aim from it only
# by being nearer the way by more than this, so two side by side do not trade the aim as the thumb wavers.
STICK_HOLD = math.radians(4.0)


def _in_sight(game, way: tuple[float, float], cone: float):
    """(entity, angle off the way in radians, distance) of each of the other side's machines within the rifle's range,
    within `cone` of `way` (a unit vector) and in sight of the player, in the world's order."""
    world = game.world
    pos, unit, gun = (world.try_get(game.player, kind) for kind in (Position, Unit, Gun))
    if pos is None or unit is None or gun is None:
        return
    reach = game.res.catalog.weapons[gun.weapon].range
    way_angle = math.atan2(way[1], way[0])
    for entity, (other, other_unit, _) in world.query(Position, Unit, Health):
        dx, dy = other.x - pos.x, other.y - pos.y
        distance = math.hypot(dx, dy)
        if other_unit.faction == unit.faction or distance > reach:
            continue
        off = abs(angle_difference(way_angle, math.atan2(dy, dx)))
        if off <= cone and line_of_sight(game.res.walls, pos.x, pos.y, other.x, other.y):
            yield entity, off, distance


def assisted_target(game, way: tuple[float, float], kept: int = 0) -> int:
    """The enemy machine the aim keys' `way` (a unit vector) points the player at, 0 for none: of the other side's
    machines within the rifle's range, in sight and within SECTOR of the way, `kept` (the one aimed at last) while it
    still is one, so the aim does not flit between two; else the one nearest the way (then the nearer, then the
    first made)."""
    best, best_key = 0, None
    for entity, off, distance in _in_sight(game, way, SECTOR):
        if entity == kept:
            return entity
        if best_key is None or (off, distance) < best_key:
            best, best_key = entity, (off, distance)
    return best


def stick_target(game, way: tuple[float, float], kept: int = 0, strength: float = 1.0) -> int:
    """The enemy machine the aiming stick's `way` (a unit vector) points the player at, 0 for none: of the other
    side's machines within the rifle's range and in sight, the one nearest the way within STICK_CONE of it (then the
    nearer, then the first made), `kept` (the one aimed at last) counted STICK_HOLD nearer than it is. `strength`
    (the pad_aim_assist setting, 0 off) scales both angles."""
    cone, hold = STICK_CONE * strength, STICK_HOLD * strength
    if cone <= 0.0:
        return 0
    best, best_key = 0, None
    for entity, off, distance in _in_sight(game, way, cone + hold):
        if entity == kept:
            off -= hold
        elif off > cone:
            continue
        if best_key is None or (off, distance) < best_key:
            best, best_key = entity, (off, distance)
    return best


def lead(game, target: int) -> tuple[float, float]:
    """Where to aim the rifle to hit `target` as it moves: neither the aim keys nor a thumb can lead a crossing machine
    as a bolt needs."""
    world = game.world
    pos, other = world.get(game.player, Position), world.get(target, Position)
    speed = game.res.catalog.weapons[world.get(game.player, Gun).weapon].projectile_speed
    return lead_point(pos.x, pos.y, other.x, other.y, world.try_get(target, Velocity), speed)
