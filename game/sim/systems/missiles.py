"""Calf missiles: locking on while the button is held, launching on release, homing, running out of fuel."""

import math

from game.sim.components import Facing, Health, Intent, Launcher, Position, Unit
from game.sim.events import LockAcquired, MissileLaunched, ShotStopped
from game.sim.resources import STEP
from game.sim.shots import Homing, add_missile, clear_spent_missiles
from game.sim.systems.heat import add_heat, is_overheated
from game.sim.systems.weapons import muzzle_blocked
from game.sim.terrain import line_of_sight
from game.sim.vectors import angle_difference, turn_toward

SALVO_SPREAD = math.radians(22)  # missiles of a salvo leave at different angles and curve in
MUZZLE = 18.0  # px: the calf launchers sit close to the body


def lock_and_launch(world, res) -> None:
    """While the missile button is held a lock builds on the enemy nearest the aim (LockAcquired when whole); on
    release a salvo leaves at the lock, or one missile straight ahead without one. Not while overheated."""
    for entity, (launcher, intent, pos, facing, unit) in world.query(Launcher, Intent, Position, Facing, Unit):
        spec = res.catalog.units[unit.kind].missiles
        launcher.cooldown = max(0.0, launcher.cooldown - STEP)
        locked_out = is_overheated(world, entity)
        if intent.missile and not locked_out and launcher.ammo > 0:  # none left: nothing to lock for
            target = _lock_candidate(world, res, pos, intent, unit.faction, spec)
            if target != launcher.target:
                launcher.target, launcher.lock = target, 0.0
            elif target:
                before, launcher.lock = launcher.lock, launcher.lock + STEP
                if before < spec.lock_time <= launcher.lock:
                    res.events.append(LockAcquired(entity, target))
        elif launcher.held:  # released: launch, at the lock if there is one
            if not locked_out and launcher.cooldown <= 0 and launcher.ammo > 0:
                locked = launcher.target if launcher.lock >= spec.lock_time and world.exists(launcher.target) else 0
                _launch(world, res, entity, launcher, pos, facing.angle, unit.faction, spec, locked)
            launcher.target, launcher.lock = 0, 0.0
        launcher.held = intent.missile and not locked_out


def lock_progress(world, res, entity: int) -> float:
    """0..1 of the current lock, for the HUD."""
    launcher = world.try_get(entity, Launcher)
    if launcher is None or not launcher.target:
        return 0.0
    spec = res.catalog.units[world.get(entity, Unit).kind].missiles
    return min(1.0, launcher.lock / spec.lock_time)


def lock_miss(world, res, entity: int) -> float | None:
    """For the HUD, while the missile button is held with nothing to lock: degrees between the aim and the enemy
    machine in range and in sight nearest it (the lock takes one within lock_cone of the aim); None when the button
    is not held, there is a target, no missile left to lock for, or no enemy in range and in sight. Reads the world;
    changes nothing."""
    launcher, pos, intent, unit = (world.try_get(entity, kind) for kind in (Launcher, Position, Intent, Unit))
    if launcher is None or pos is None or intent is None or unit is None or not launcher.held or launcher.target \
            or not launcher.ammo:
        return None
    spec = res.catalog.units[unit.kind].missiles
    off = [abs(off) for _, _, off in _in_reach(world, res, pos, intent, unit.faction, spec, math.pi)]
    return math.degrees(min(off)) if off else None


def _lock_candidate(world, res, pos, intent, faction, spec) -> int:
    """The enemy machine in range and in the cone round the aim, in sight, nearest the aim point."""
    best, best_distance = 0, math.inf
    for entity, other, _ in _in_reach(world, res, pos, intent, faction, spec, math.radians(spec.lock_cone)):
        from_aim = math.hypot(other.x - intent.aim_x, other.y - intent.aim_y)
        if from_aim < best_distance:
            best, best_distance = entity, from_aim
    return best


def _in_reach(world, res, pos, intent, faction, spec, cone: float):
    """(entity, position, angle off the aim) of each enemy machine within lock_range, within `cone` (rad) of the
    aim and in sight, by entity id: what the lock takes from and what the HUD measures the miss by, one filter."""
    aim = math.atan2(intent.aim_y - pos.y, intent.aim_x - pos.x)
    for entity, (other, unit, _) in world.query(Position, Unit, Health):
        if unit.faction == faction:
            continue
        dx, dy = other.x - pos.x, other.y - pos.y
        if math.hypot(dx, dy) > spec.lock_range:
            continue
        off = angle_difference(aim, math.atan2(dy, dx))
        if abs(off) > cone:  # before the sight line: the cheaper test first
            continue
        if line_of_sight(res.walls, pos.x, pos.y, other.x, other.y):
            yield entity, other, off


def _launch(world, res, entity, launcher, pos, aim, faction, spec, target) -> None:
    """A salvo at `target` (its entity; 0: a single missile, unguided), fanned round `aim`; a muzzle in a wall loses
    its missile."""
    count = min(spec.salvo if target else 1, launcher.ammo)
    launcher.ammo -= count
    launcher.cooldown = spec.cooldown
    add_heat(world, res, entity, spec.heat)
    res.events.append(MissileLaunched(entity, target, count))
    for i in range(count):
        angle = aim + (i - (count - 1) / 2) * SALVO_SPREAD
        x, y = pos.x + math.cos(angle) * MUZZLE, pos.y + math.sin(angle) * MUZZLE
        if muzzle_blocked(res, pos, x, y):
            continue
        shot = add_missile(res, entity, faction, x, y, math.cos(angle) * spec.speed, math.sin(angle) * spec.speed,
                           spec.damage, spec.speed * spec.fuel, spec.radius,
                           Homing(target, spec.fuel, spec.hit_points, spec.turn_rate))
        shot.angle = angle


def steer_missiles(world, res) -> None:
    """Turn toward the target at a limited rate (so a hard dodge can beat it); burst when the fuel is gone."""
    for shot in res.missiles:
        missile = shot.missile
        missile.fuel -= STEP
        if missile.fuel <= 0:
            res.events.append(ShotStopped(shot.x, shot.y, hit_wall=False))
            shot.spent = True
            continue
        # a machine disabled since the lock (no hit points any more) is no target
        target = world.try_get(missile.target, Position) if world.has(missile.target, Health) else None
        speed = math.hypot(shot.vx, shot.vy)
        if target is not None:
            shot.angle = turn_toward(shot.angle, math.atan2(target.y - shot.y, target.x - shot.x),
                                     missile.turn_rate * STEP)
        shot.vx, shot.vy = math.cos(shot.angle) * speed, math.sin(shot.angle) * speed
    clear_spent_missiles(res)
