"""What the bot sees each tick, read like a player reads the screen: its own gauges, the enemies, the shots.

Reading only: nothing here writes to the world. One snapshot per tick, in plain slotted records, so the
rest of the bot never touches the ECS.
"""

from dataclasses import dataclass

from game.sim.components import (Body, Dash, Facing, Gun, Health, Heat, Knuckle, Launcher, Position,
                                 Unit, Velocity, Vmax)
from game.sim.shots import all_shots
from game.sim.systems.missiles import lock_progress
from game.sim.terrain import line_of_sight

SIGHT = 900.0  # px: farther than this an enemy is off the screen for certain; no sight line is traced


@dataclass(slots=True)
class Me:
    """The bot's own machine, as its HUD shows it."""
    entity: int
    x: float
    y: float
    vx: float
    vy: float
    radius: float
    hit_points: float
    heat: float  # % (0 without a heat gauge)
    overheated: bool
    vmax_meter: float
    vmax_active: bool
    vmax_cooldown: float
    dash_ready: bool
    dashing: bool
    knuckle_ready: bool
    missiles: int
    missile_ready: bool
    lock_progress: float  # 0..1


@dataclass(slots=True)
class Foe:
    """A machine of the other side, as the screen shows it: where it is, how it moves, whether it is winding up."""
    entity: int
    kind: str
    x: float
    y: float
    vx: float
    vy: float
    radius: float
    hit_points: float
    facing: float
    charge: float  # s of wind-up so far: a shot is coming
    windup: float  # s its gun winds up for
    firing_range: float  # px it opens fire from (its gun's range when it has no pilot's manual)
    distance: float
    visible: bool  # a clear line from the bot's machine (walls only)


@dataclass(slots=True)
class Shot:
    """A shot of the other side's in flight (a bolt, or a missile)."""
    x: float
    y: float
    vx: float
    vy: float
    radius: float
    missile: bool


def sense(game) -> tuple[Me | None, list[Foe], list[Shot]]:
    """The bot's machine, the machines of the other side and their shots in flight, as of now; (None, [], []) once
    its machine is gone."""
    world, res = game.world, game.res
    player = res.player
    pos = world.try_get(player, Position)
    if pos is None:
        return None, [], []
    faction = world.get(player, Unit).faction
    return _me(world, res, player, pos), _foes(world, res, faction, pos), _shots(res, faction)


def _me(world, res, player: int, pos) -> Me:
    """The bot's own machine: where it is and what its gauges say it can do now."""
    vel = world.get(player, Velocity)
    health = world.get(player, Health)
    heat, vmax = world.try_get(player, Heat), world.try_get(player, Vmax)
    dash, knuckle, launcher = (world.try_get(player, Dash), world.try_get(player, Knuckle),
                               world.try_get(player, Launcher))
    overheated = heat is not None and heat.overheated
    return Me(
        entity=player, x=pos.x, y=pos.y, vx=vel.x, vy=vel.y, radius=world.get(player, Body).radius,
        hit_points=health.hit_points, heat=heat.value if heat is not None else 0.0, overheated=overheated,
        vmax_meter=vmax.meter if vmax is not None else 0.0, vmax_active=vmax is not None and vmax.active_left > 0,
        vmax_cooldown=vmax.cooldown if vmax is not None else 0.0,
        dash_ready=dash is not None and dash.cooldown <= 0 and dash.time_left <= 0 and not overheated,
        dashing=dash is not None and dash.time_left > 0,
        knuckle_ready=knuckle is not None and knuckle.cooldown <= 0 and not overheated,
        missiles=launcher.ammo if launcher is not None else 0,
        missile_ready=launcher is not None and launcher.ammo > 0 and launcher.cooldown <= 0 and not overheated,
        lock_progress=lock_progress(world, res, player),
    )


def _foes(world, res, faction: str, pos) -> list[Foe]:
    """Every machine not of `faction`, in entity order, with its distance from `pos` and whether it is in sight."""
    catalog = res.catalog
    foes = []
    for entity, (other, other_unit, other_health) in world.query(Position, Unit, Health):
        if other_unit.faction == faction:
            continue
        other_spec = catalog.units[other_unit.kind]
        weapon = catalog.weapons[other_spec.weapon]
        other_vel = world.try_get(entity, Velocity)
        gun = world.try_get(entity, Gun)
        facing = world.try_get(entity, Facing)
        dx, dy = other.x - pos.x, other.y - pos.y
        distance = (dx * dx + dy * dy) ** 0.5
        foes.append(Foe(
            entity=entity, kind=other_unit.kind, x=other.x, y=other.y,
            vx=other_vel.x if other_vel else 0.0, vy=other_vel.y if other_vel else 0.0,
            radius=other_spec.radius, hit_points=other_health.hit_points,
            facing=facing.angle if facing else 0.0, charge=gun.charge if gun else 0.0, windup=weapon.windup,
            firing_range=other_spec.ai.firing_range if other_spec.ai is not None else weapon.range,
            distance=distance,
            visible=distance <= SIGHT and line_of_sight(res.walls, pos.x, pos.y, other.x, other.y),
        ))
    return foes


def _shots(res, faction: str) -> list[Shot]:
    """The shots in flight fired by the other side."""
    return [Shot(shot.x, shot.y, shot.vx, shot.vy, shot.radius, shot.missile is not None)
            for shot in all_shots(res) if shot.faction != faction]
