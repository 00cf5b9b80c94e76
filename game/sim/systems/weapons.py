"""Weapons: firing shots (with heat and wind-up), flying them, and what they meet on the way.

A shot is stopped by a wall or by the first machine or missile of the other side it touches; a V-MAX
barrier turns it back instead, and a dashing machine lets it pass (still close enough to count as a
near miss, which fills the V-MAX meter).
"""

import math

from game.sim.components import (Body, Dash, Facing, Gun, Health, Intent, Knuckle, Missile, Position,
                                 Projectile, Unit, Velocity, Vmax)
from game.sim.damage import charge_meter, deal_damage
from game.sim.events import Deflected, Fired, MissileShotDown, NearMiss, ShotStopped, ShotTelegraphed
from game.sim.resources import STEP
from game.sim.systems.heat import add_heat, is_overheated
from game.sim.terrain import first_wall_hit
from game.sim.vectors import closest_approach, segment_circle_hit


def fire_weapons(world, res) -> None:
    """Guns fire while the trigger is held and they are cool; the knuckle punches once per request."""
    for entity, (gun, intent, pos, facing, unit) in world.query(Gun, Intent, Position, Facing, Unit):
        gun.cooldown = max(0.0, gun.cooldown - STEP)
        weapon = res.catalog.weapons[gun.weapon]
        if not intent.fire or is_overheated(world, entity):
            gun.charge = 0.0
            continue
        if gun.cooldown > 0:
            continue
        if weapon.windup > 0:  # a visible charge first: the target's cue to dodge
            if gun.charge == 0:
                res.events.append(ShotTelegraphed(entity, gun.weapon))
            gun.charge += STEP
            if gun.charge < weapon.windup:
                continue
            gun.charge = 0.0
        gun.cooldown = weapon.cooldown
        shoot(world, res, entity, gun.weapon, pos, facing.angle, unit.faction)
    for entity, (knuckle, intent, pos, facing, unit) in world.query(Knuckle, Intent, Position, Facing, Unit):
        knuckle.cooldown = max(0.0, knuckle.cooldown - STEP)
        requested, intent.knuckle = intent.knuckle, False
        if requested and knuckle.cooldown <= 0 and not is_overheated(world, entity):
            knuckle.cooldown = res.catalog.weapons[knuckle.weapon].cooldown
            shoot(world, res, entity, knuckle.weapon, pos, facing.angle, unit.faction)


def shoot(world, res, entity, weapon_name, pos, aim, faction) -> None:
    """`entity` fires one shot of `weapon_name` from `pos` (its centre) toward `aim` (rad), with heat and spread."""
    weapon = res.catalog.weapons[weapon_name]
    add_heat(world, res, entity, weapon.heat)
    muzzle_x, muzzle_y = pos.x + math.cos(aim) * weapon.muzzle, pos.y + math.sin(aim) * weapon.muzzle
    aim += math.radians(res.rng.uniform(-weapon.spread, weapon.spread))
    res.events.append(Fired(entity, weapon_name, muzzle_x, muzzle_y, aim))
    if muzzle_blocked(res, pos, muzzle_x, muzzle_y):
        return
    world.create(Position(muzzle_x, muzzle_y, muzzle_x, muzzle_y),
                 Velocity(math.cos(aim) * weapon.projectile_speed, math.sin(aim) * weapon.projectile_speed),
                 Projectile(entity, faction, weapon_name, weapon.damage, weapon.range, weapon.radius, weapon.knockback))


def muzzle_blocked(res, pos, muzzle_x, muzzle_y) -> bool:
    """A muzzle inside a wall: the shot spends itself on the wall."""
    blocked = first_wall_hit(res.level, pos.x, pos.y, muzzle_x, muzzle_y)
    if blocked is not None:
        res.events.append(ShotStopped(blocked[0], blocked[1], hit_wall=True))
    return blocked is not None


def move_projectiles(world, res) -> None:
    """Sweep each shot along its path this tick; the first wall, machine or missile on the way decides."""
    machines = [(e, pos, body.radius, unit.faction) for e, (pos, body, unit, _) in
                world.query(Position, Body, Unit, Health)]
    missiles = [(e, pos, projectile.radius, projectile.faction) for e, (pos, projectile, _) in
                world.query(Position, Projectile, Missile)]
    for shot, (pos, vel, projectile) in world.query(Position, Velocity, Projectile):
        if not world.exists(shot):
            continue  # a missile shot down earlier this tick
        pos.prev_x, pos.prev_y = pos.x, pos.y
        end_x, end_y = pos.x + vel.x * STEP, pos.y + vel.y * STEP
        travel = math.hypot(end_x - pos.x, end_y - pos.y)
        if travel > projectile.range_left:  # fades out mid-tick
            share = projectile.range_left / travel
            end_x, end_y = pos.x + (end_x - pos.x) * share, pos.y + (end_y - pos.y) * share
        hit_share, hit = _first_hit(world, shot, pos, end_x, end_y, projectile, machines + missiles)
        wall = first_wall_hit(res.level, pos.x, pos.y, end_x, end_y)
        wall_share = _share_along(pos, end_x, end_y, wall) if wall else None
        if hit is not None and (wall_share is None or hit_share <= wall_share):
            x, y = pos.x + (end_x - pos.x) * hit_share, pos.y + (end_y - pos.y) * hit_share
            _strike(world, res, shot, pos, vel, projectile, hit, x, y)
            continue
        _count_near_misses(world, res, pos, end_x, end_y, projectile, machines)
        if wall is not None:
            res.events.append(ShotStopped(wall[0], wall[1], hit_wall=True))
            world.delete(shot)
        elif travel >= projectile.range_left:
            res.events.append(ShotStopped(end_x, end_y, hit_wall=False))
            world.delete(shot)
        else:
            pos.x, pos.y = end_x, end_y
            projectile.range_left -= travel


def _first_hit(world, shot, pos, end_x, end_y, projectile, targets):
    """The nearest thing of the other side the shot touches this tick; dashing machines let it pass."""
    best_share, best = None, None
    for target in targets:
        entity, target_pos, radius, faction = target
        if faction == projectile.faction or entity == shot or not world.exists(entity):
            continue
        dash = world.try_get(entity, Dash)
        if dash is not None and dash.invulnerable_left > 0:
            continue
        share = segment_circle_hit(pos.x, pos.y, end_x, end_y, target_pos.x, target_pos.y, radius + projectile.radius)
        if share is not None and (best_share is None or share < best_share):
            best_share, best = share, target
    return best_share, best


def _strike(world, res, shot, pos, vel, projectile, hit, x, y) -> None:
    entity, target_pos, radius, faction = hit
    vmax = world.try_get(entity, Vmax)
    if vmax is not None and vmax.active_left > 0:  # the barrier: the shot flies back out, now theirs
        nx, ny = x - target_pos.x, y - target_pos.y
        size = math.hypot(nx, ny) or 1.0
        nx, ny = nx / size, ny / size
        along = vel.x * nx + vel.y * ny
        if along < 0:
            vel.x, vel.y = vel.x - 2 * along * nx, vel.y - 2 * along * ny
        pos.x, pos.y = x + nx * 2, y + ny * 2
        projectile.owner, projectile.faction = entity, faction
        turned = world.try_get(shot, Missile)
        if turned is not None:
            turned.target = 0  # a deflected missile stops homing
            world.get(shot, Facing).angle = math.atan2(vel.y, vel.x)
        res.events.append(Deflected(entity, x, y))
        return
    world.delete(shot)
    missile = world.try_get(entity, Missile)
    if missile is not None:  # shot down
        missile.hit_points -= projectile.damage
        if missile.hit_points <= 0:
            world.delete(entity)
            res.events.append(MissileShotDown(x, y))
        return
    deal_damage(world, res, entity, projectile.damage, x, y, projectile.owner)
    if projectile.knockback:
        speed = math.hypot(vel.x, vel.y) or 1.0
        target_vel = world.try_get(entity, Velocity)
        target_vel.x += vel.x / speed * projectile.knockback
        target_vel.y += vel.y / speed * projectile.knockback


def _count_near_misses(world, res, pos, end_x, end_y, projectile, machines) -> None:
    """A shot of the other side passing close to a V-MAX-capable machine fills its meter, once per shot.

    It counts at the shot's closest approach, inside this tick's path, when that approach misses (or the
    machine is dashing through it): a shot about to hit is no near miss.
    """
    if projectile.grazed:
        return
    for entity, target_pos, radius, faction in machines:
        if faction == projectile.faction or not world.has(entity, Vmax):
            continue
        spec = res.catalog.units[world.get(entity, Unit).kind].vmax
        share, distance = closest_approach(pos.x, pos.y, end_x, end_y, target_pos.x, target_pos.y)
        dash = world.try_get(entity, Dash)
        dodging = dash is not None and dash.invulnerable_left > 0
        # (0, 1]: the nearest point falls in this tick's path, counted in exactly one tick
        if 0.0 < share <= 1.0 and distance <= radius + spec.near_miss and (dodging or distance >= radius):
            projectile.grazed = True
            charge_meter(world, res, entity, "per_near_miss", 1.0)
            res.events.append(NearMiss(entity, target_pos.x, target_pos.y))
            return


def _share_along(pos, end_x, end_y, point) -> float:
    total = math.hypot(end_x - pos.x, end_y - pos.y)
    return math.hypot(point[0] - pos.x, point[1] - pos.y) / total if total else 0.0
