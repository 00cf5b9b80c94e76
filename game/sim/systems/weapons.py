"""Weapons: firing shots (with heat and wind-up), flying them, and what they meet on the way.

A shot is stopped by a wall or by the first machine or missile of the other side it touches; a V-MAX
barrier turns it back instead, and a dashing machine lets it pass (still close enough to count as a
near miss, which fills the V-MAX meter).
"""

import math

from game.sim.components import Body, Dash, Gun, Health, Intent, Knuckle, Position, Facing, Unit, Velocity, Vmax
from game.sim.damage import charge_meter, deal_damage
from game.sim.events import Deflected, Fired, MissileShotDown, NearMiss, ShotStopped, ShotTelegraphed
from game.sim.nearby import Nearby
from game.sim.resources import STEP
from game.sim.shots import add_shot, clear_spent
from game.sim.systems.disabling import precise, strike_part
from game.sim.systems.heat import add_heat, is_overheated
from game.sim.terrain import first_wall_hit
from game.sim.vectors import closest_approach, segment_circle_hit

MISSILE_SLACK = 16.0  # px


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
    speed = weapon.projectile_speed
    add_shot(res, entity, faction, weapon_name, muzzle_x, muzzle_y, math.cos(aim) * speed, math.sin(aim) * speed,
             weapon.damage, weapon.range, weapon.radius, weapon.knockback)


def muzzle_blocked(res, pos, muzzle_x, muzzle_y) -> bool:
    """A muzzle inside a wall: the shot spends itself on the wall."""
    blocked = first_wall_hit(res.level, pos.x, pos.y, muzzle_x, muzzle_y)
    if blocked is not None:
        res.events.append(ShotStopped(blocked[0], blocked[1], hit_wall=True))
    return blocked is not None


class _Target:
    """A machine or missile a shot may strike this tick, with what the sweep needs to know about it."""
    __slots__ = ("entity", "pos", "radius", "faction", "dodging", "vmax", "missile")

    def __init__(self, entity, pos, radius, faction, dodging=False, vmax=None, missile=None):
        self.entity, self.pos, self.radius, self.faction = entity, pos, radius, faction
        self.dodging, self.vmax, self.missile = dodging, vmax, missile


def move_projectiles(world, res) -> None:
    """Sweep each shot along its path this tick; the first wall, machine or missile on the way decides."""
    machines, nearby, reach = _targets(world, res)
    grazeable = [t for t in machines if t.vmax is not None]
    for shot in res.shots:
        if shot.spent:
            continue  # a missile shot down earlier this tick
        shot.prev_x, shot.prev_y = shot.x, shot.y
        end_x, end_y = shot.x + shot.vx * STEP, shot.y + shot.vy * STEP
        travel = math.hypot(end_x - shot.x, end_y - shot.y)
        if travel > shot.range_left:  # fades out mid-tick
            share = shot.range_left / travel
            end_x, end_y = shot.x + (end_x - shot.x) * share, shot.y + (end_y - shot.y) * share
        margin = reach + shot.radius
        near = nearby.around(min(shot.x, end_x) - margin, min(shot.y, end_y) - margin,
                             max(shot.x, end_x) + margin, max(shot.y, end_y) + margin)
        hit_share, hit = _first_hit(shot, end_x, end_y, near)
        wall = first_wall_hit(res.level, shot.x, shot.y, end_x, end_y)
        wall_share = _share_along(shot, end_x, end_y, wall) if wall else None
        if hit is not None and (wall_share is None or hit_share <= wall_share):
            x, y = shot.x + (end_x - shot.x) * hit_share, shot.y + (end_y - shot.y) * hit_share
            _strike(world, res, shot, hit, x, y)
            continue
        _count_near_misses(world, res, shot, end_x, end_y, grazeable)
        if wall is not None:
            res.events.append(ShotStopped(wall[0], wall[1], hit_wall=True))
            shot.spent = True
        elif travel >= shot.range_left:
            res.events.append(ShotStopped(end_x, end_y, hit_wall=False))
            shot.spent = True
        else:
            shot.x, shot.y = end_x, end_y
            shot.range_left -= travel
    clear_spent(res)


def _targets(world, res):
    """Machines that can be hit (and the missiles in flight), filed by place; and the widest reach to look."""
    machines, nearby, reach = [], Nearby(), 0.0
    for entity, (pos, body, unit, _) in world.query(Position, Body, Unit, Health):
        dash = world.try_get(entity, Dash)
        target = _Target(entity, pos, body.radius, unit.faction, dash is not None and dash.invulnerable_left > 0,
                         world.try_get(entity, Vmax))
        machines.append(target)
        nearby.add(target, pos.x, pos.y)
        reach = max(reach, body.radius)
    for shot in res.shots:
        if shot.missile is not None:
            nearby.add(_Target(0, shot, shot.radius, shot.faction, missile=shot), shot.x, shot.y)
            reach = max(reach, shot.radius)
    # Missiles move during the sweep; a little slack keeps one that crossed into the next cell in view.
    return machines, nearby, reach + MISSILE_SLACK


def _first_hit(shot, end_x, end_y, near):
    """The nearest thing of the other side the shot touches this tick; dashing machines let it pass."""
    best_share, best = None, None
    for target in near:
        if target.faction == shot.faction or target.dodging or target.missile is shot:
            continue
        if target.missile is not None and target.missile.spent:
            continue
        pos = target.pos
        share = segment_circle_hit(shot.x, shot.y, end_x, end_y, pos.x, pos.y, target.radius + shot.radius)
        if share is not None and (best is None or (share, _order(target)) < (best_share, _order(best))):
            best_share, best = share, target
    return best_share, best


def _order(target) -> tuple[int, int]:
    """Equal shares are settled by entity id, missiles after machines: never by where they were filed."""
    return (target.entity, 0) if target.missile is None else (1 << 62, target.missile.id)


def _strike(world, res, shot, target, x, y) -> None:
    if target.vmax is not None and target.vmax.active_left > 0:  # the barrier: the shot flies back, now theirs
        _deflect(res, shot, target, x, y)
        return
    shot.spent = True
    missile = target.missile
    if missile is not None:  # shot down
        missile.missile.hit_points -= shot.damage
        if missile.missile.hit_points <= 0:
            missile.spent = True
            res.events.append(MissileShotDown(x, y))
        return
    damage = strike_part(world, res, target.entity, shot.damage, x, y) if precise(shot) else shot.damage
    deal_damage(world, res, target.entity, damage, x, y, shot.owner)
    if shot.knockback:
        speed = math.hypot(shot.vx, shot.vy) or 1.0
        target_vel = world.try_get(target.entity, Velocity)
        target_vel.x += shot.vx / speed * shot.knockback
        target_vel.y += shot.vy / speed * shot.knockback


def _deflect(res, shot, target, x, y) -> None:
    nx, ny = x - target.pos.x, y - target.pos.y
    size = math.hypot(nx, ny) or 1.0
    nx, ny = nx / size, ny / size
    along = shot.vx * nx + shot.vy * ny
    if along < 0:
        shot.vx, shot.vy = shot.vx - 2 * along * nx, shot.vy - 2 * along * ny
    shot.x, shot.y = x + nx * 2, y + ny * 2
    shot.owner, shot.faction = target.entity, target.faction
    if shot.missile is not None:
        shot.missile.target = 0  # a deflected missile stops homing
        shot.angle = math.atan2(shot.vy, shot.vx)
    res.events.append(Deflected(target.entity, x, y))


def _count_near_misses(world, res, shot, end_x, end_y, grazeable) -> None:
    """A shot of the other side passing close to a V-MAX-capable machine fills its meter, once per shot.

    It counts at the shot's closest approach, inside this tick's path, when that approach misses (or the
    machine is dashing through it): a shot about to hit is no near miss.
    """
    if shot.grazed:
        return
    for target in grazeable:
        if target.faction == shot.faction:
            continue
        pos = target.pos
        spec = res.catalog.units[world.get(target.entity, Unit).kind].vmax
        share, distance = closest_approach(shot.x, shot.y, end_x, end_y, pos.x, pos.y)
        # (0, 1]: the nearest point falls in this tick's path, counted in exactly one tick
        if 0.0 < share <= 1.0 and distance <= target.radius + spec.near_miss and (
                target.dodging or distance >= target.radius):
            shot.grazed = True
            charge_meter(world, res, target.entity, "per_near_miss", 1.0)
            res.events.append(NearMiss(target.entity, pos.x, pos.y))
            return


def _share_along(shot, end_x, end_y, point) -> float:
    total = math.hypot(end_x - shot.x, end_y - shot.y)
    return math.hypot(point[0] - shot.x, point[1] - shot.y) / total if total else 0.0
