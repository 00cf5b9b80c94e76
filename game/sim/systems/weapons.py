"""Weapons: firing projectiles, flying them, and what they hit (walls stop them, the other side takes damage)."""

import math

from game.sim.components import Body, Facing, Gun, Health, Intent, Position, Projectile, Unit, Velocity
from game.sim.events import Damaged, Fired, ShotStopped
from game.sim.resources import STEP
from game.sim.terrain import first_wall_hit
from game.sim.vectors import segment_circle_hit


def fire_weapons(world, res) -> None:
    for entity, (gun, intent, pos, facing, unit) in world.query(Gun, Intent, Position, Facing, Unit):
        gun.cooldown = max(0.0, gun.cooldown - STEP)
        if not intent.fire or gun.cooldown > 0:
            continue
        weapon = res.catalog.weapons[gun.weapon]
        gun.cooldown = weapon.cooldown
        muzzle_x = pos.x + math.cos(facing.angle) * weapon.muzzle
        muzzle_y = pos.y + math.sin(facing.angle) * weapon.muzzle
        angle = facing.angle + math.radians(res.rng.uniform(-weapon.spread, weapon.spread))
        res.events.append(Fired(entity, gun.weapon, muzzle_x, muzzle_y, angle))
        blocked = first_wall_hit(res.level, pos.x, pos.y, muzzle_x, muzzle_y)
        if blocked is not None:  # the muzzle is inside a wall: the shot spends itself on it
            res.events.append(ShotStopped(blocked[0], blocked[1], hit_wall=True))
            continue
        world.create(
            Position(muzzle_x, muzzle_y, muzzle_x, muzzle_y),
            Velocity(math.cos(angle) * weapon.projectile_speed, math.sin(angle) * weapon.projectile_speed),
            Projectile(entity, unit.faction, gun.weapon, weapon.damage, weapon.range),
        )


def move_projectiles(world, res) -> None:
    """Sweep each shot along its path this tick; the first wall or enemy body on the way stops it."""
    targets = [(e, pos, body.radius, unit.faction, health)
               for e, (pos, body, unit, health) in world.query(Position, Body, Unit, Health)]
    for shot, (pos, vel, projectile) in world.query(Position, Velocity, Projectile):
        pos.prev_x, pos.prev_y = pos.x, pos.y
        end_x, end_y = pos.x + vel.x * STEP, pos.y + vel.y * STEP
        travel = math.hypot(end_x - pos.x, end_y - pos.y)
        if travel > projectile.range_left:  # fades out mid-tick
            share = projectile.range_left / travel
            end_x, end_y = pos.x + (end_x - pos.x) * share, pos.y + (end_y - pos.y) * share
        hit_share, hit_target = _first_body_hit(pos, end_x, end_y, projectile.faction, targets)
        wall = first_wall_hit(res.level, pos.x, pos.y, end_x, end_y)
        wall_share = _share_along(pos, end_x, end_y, wall) if wall else None
        if hit_target is not None and (wall_share is None or hit_share <= wall_share):
            entity, target_pos, radius, _, health = hit_target
            x, y = pos.x + (end_x - pos.x) * hit_share, pos.y + (end_y - pos.y) * hit_share
            health.hit_points = max(0.0, health.hit_points - projectile.damage)
            res.events.append(Damaged(entity, projectile.damage, x, y, projectile.owner))
            world.delete(shot)
        elif wall is not None:
            res.events.append(ShotStopped(wall[0], wall[1], hit_wall=True))
            world.delete(shot)
        elif travel >= projectile.range_left:
            res.events.append(ShotStopped(end_x, end_y, hit_wall=False))
            world.delete(shot)
        else:
            pos.x, pos.y = end_x, end_y
            projectile.range_left -= travel


def _first_body_hit(pos, end_x, end_y, faction, targets):
    best_share, best = None, None
    for target in targets:
        _, target_pos, radius, target_faction, health = target
        if target_faction == faction or health.hit_points <= 0:
            continue
        share = segment_circle_hit(pos.x, pos.y, end_x, end_y, target_pos.x, target_pos.y, radius)
        if share is not None and (best_share is None or share < best_share):
            best_share, best = share, target
    return best_share, best


def _share_along(pos, end_x, end_y, point) -> float:
    total = math.hypot(end_x - pos.x, end_y - pos.y)
    return math.hypot(point[0] - pos.x, point[1] - pos.y) / total if total else 0.0
