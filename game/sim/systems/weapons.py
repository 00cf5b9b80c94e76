"""Weapons: firing shots, with heat, spread and a visible wind-up, and the knuckle's punch (systems/flight.py flies
them)."""

import math

from game.sim.components import Facing, Gun, Heat, Intent, Knuckle, Position, Unit
from game.sim.events import Fired, ShotStopped, ShotTelegraphed
from game.sim.resources import STEP
from game.sim.shots import add_bolt
from game.sim.systems.attackers import FIRE_PACE
from game.sim.systems.heat import add_heat, is_overheated
from game.sim.terrain import first_wall_hit

GUNNERS = (Gun, Intent, Position, Facing, Unit)


def fire_weapons(world, res) -> None:
    """Guns fire while the trigger is held and they are cool; the knuckle punches once per request."""
    pace = FIRE_PACE[res.difficulty]
    for entity, gun, intent, pos, facing, unit, heat in world.kept(GUNNERS, _gunners, world.index(Heat)):
        cooldown = gun.cooldown - STEP
        gun.cooldown = cooldown = cooldown if cooldown > 0.0 else 0.0  # max(0.0, ...), without the call
        if not intent.fire or (heat is not None and heat.overheated):
            gun.charge = 0.0
            continue
        if cooldown > 0:
            continue
        weapon = res.catalog.weapons[gun.weapon]
        if weapon.windup > 0:  # a visible charge first: the target's cue to dodge
            if gun.charge == 0:
                res.events.append(ShotTelegraphed(entity, gun.weapon))
            gun.charge += STEP
            if gun.charge < weapon.windup:
                continue
            gun.charge = 0.0
        gun.cooldown = weapon.cooldown if entity == res.player else weapon.cooldown * pace  # Normal's 1.0: no change
        shoot(world, res, entity, gun.weapon, pos, facing.angle, unit.faction)
    for entity, (knuckle, intent, pos, facing, unit) in world.query(Knuckle, Intent, Position, Facing, Unit):
        knuckle.cooldown = max(0.0, knuckle.cooldown - STEP)
        requested, intent.knuckle = intent.knuckle, False
        if requested and knuckle.cooldown <= 0 and not is_overheated(world, entity):
            knuckle.cooldown = res.catalog.weapons[knuckle.weapon].cooldown
            shoot(world, res, entity, knuckle.weapon, pos, facing.angle, unit.faction)


def _gunners(rows, heats) -> list[tuple]:
    """(entity, its components, its Heat or None) of every machine with a gun: few carry heat, so it is looked up once
    while the same machines, with the same components, fly."""
    return [(entity, *components, heats.get(entity)) for entity, components in rows]


def shoot(world, res, entity, weapon_name, pos, aim, faction) -> None:
    """`entity` fires one shot of `weapon_name` from `pos` (its centre) toward `aim` (rad), with heat and spread."""
    weapon = res.catalog.weapons[weapon_name]
    add_heat(world, res, entity, weapon.heat)
    muzzle_x, muzzle_y = pos.x + math.cos(aim) * weapon.muzzle, pos.y + math.sin(aim) * weapon.muzzle
    aim += math.radians(res.rng.uniform(-weapon.spread, weapon.spread))
    res.events.append(Fired(entity, weapon_name, muzzle_x, muzzle_y, aim))
    if muzzle_blocked(res, pos, muzzle_x, muzzle_y):
        return
    speed = weapon.projectile_speed
    add_bolt(res, entity, faction, weapon_name, muzzle_x, muzzle_y, math.cos(aim) * speed, math.sin(aim) * speed,
             weapon.damage, weapon.range, weapon.radius, weapon.knockback)


def muzzle_blocked(res, pos, muzzle_x, muzzle_y) -> bool:
    """A muzzle inside a wall: the shot spends itself on the wall."""
    blocked = first_wall_hit(res.walls, pos.x, pos.y, muzzle_x, muzzle_y)
    if blocked is not None:
        res.events.append(ShotStopped(blocked[0], blocked[1], hit_wall=True))
    return blocked is not None
