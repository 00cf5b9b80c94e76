"""Disabling: precise bolts on a machine's weapon arm or legs wear the part out; then it stops fighting and its
pilot ejects in a pod that flies off the field. Fouron never disables: it only kills.

Where a bolt lands is its bearing from the machine's facing (positive to its right; y grows down). The Dis
carries its rifle in front, braced by the left forearm (the arm its disabled sprite has lost), and stands on
legs at its back: bolts on the front-left land on the weapon arm, bolts from behind on the legs, and the rest
on the armoured hull. Only rifle bolts are precise: missiles, knuckle blasts and rams hit the hull.
"""

import math

from game.sim.components import Brain, Disabled, Facing, Gun, Health, Intent, Parts, Pod, Position, Unit, Velocity
from game.sim.events import Disabled as DisabledEvent
from game.sim.events import PartHit, PilotEjected
from game.sim.resources import STEP

WEAPON_ARM = (math.radians(-60), math.radians(-15))  # bearings (rad) where a bolt strikes the weapon arm
LEGS_FROM = math.radians(120)  # |bearing| from which a bolt strikes the legs
POD_SPEED = 150.0  # px/s as it blasts clear
POD_BOOST = 260.0  # px/s² it gains while it flies
POD_TIME = 2.5  # s before it has left the field


def part_struck(pos, facing: float, x: float, y: float) -> str | None:
    """"weapon", "legs" or None (the hull) for a bolt striking the machine at `pos` at (x, y)."""
    bearing = (math.atan2(y - pos.y, x - pos.x) - facing + math.pi) % math.tau - math.pi
    if WEAPON_ARM[0] <= bearing <= WEAPON_ARM[1]:
        return "weapon"
    return "legs" if abs(bearing) >= LEGS_FROM else None


def precise(shot) -> bool:
    """A rifle bolt: the only shot narrow enough to pick a part."""
    return shot.missile is None and shot.radius == 0


def strike_part(world, res, entity: int, damage: float, x: float, y: float) -> float:
    """A precise bolt of `damage` hit `entity` at (x, y): wear down the part it struck. Returns the damage the
    hull takes (all of it when the bolt found no part, or the machine has none, or Fouron fires)."""
    parts = world.try_get(entity, Parts)
    if parts is None or res.fouron.active:
        return damage
    part = part_struck(world.get(entity, Position), world.get(entity, Facing).angle, x, y)
    if part is None:
        return damage
    spec = res.catalog.units[world.get(entity, Unit).kind].parts
    worn = getattr(parts, part) + damage
    setattr(parts, part, worn)
    res.events.append(PartHit(entity, part, x, y))
    hull = damage * spec.hull_share
    health = world.get(entity, Health)
    if worn >= getattr(spec, part) and health.hit_points > hull:
        disable(world, res, entity, part)
        return 0.0
    return hull


def disable(world, res, entity: int, part: str) -> None:
    """The machine powers down where it stands (a husk, still in the way) and its pilot ejects."""
    pos, facing, unit = world.get(entity, Position), world.get(entity, Facing), world.get(entity, Unit)
    for kind in (Brain, Gun, Health, Intent, Parts):
        if world.has(entity, kind):
            world.remove(entity, kind)
    world.add(entity, Disabled(part))
    vel = world.get(entity, Velocity)
    vel.x = vel.y = 0.0
    res.tally.spared += 1
    res.events.append(DisabledEvent(entity, unit.kind, part, pos.x, pos.y, facing.angle))
    # The pod flies away from the Layzner (or straight back from the machine when the Layzner is gone).
    player = world.try_get(res.player, Position)
    away = math.atan2(pos.y - player.y, pos.x - player.x) if player is not None else facing.angle + math.pi
    pod = world.create(Position(pos.x, pos.y, pos.x, pos.y),
                       Velocity(math.cos(away) * POD_SPEED, math.sin(away) * POD_SPEED),
                       Facing(away), Pod(POD_TIME))
    res.events.append(PilotEjected(pod, pos.x, pos.y))


def fly_pods(world, res) -> None:
    """Escape pods speed up and away over the ground (and over walls), then leave the field."""
    for entity, (pod, pos, vel, facing) in world.query(Pod, Position, Velocity, Facing):
        pod.time_left -= STEP
        if pod.time_left <= 0:
            world.delete(entity)
            continue
        vel.x += math.cos(facing.angle) * POD_BOOST * STEP
        vel.y += math.sin(facing.angle) * POD_BOOST * STEP
        pos.x += vel.x * STEP
        pos.y += vel.y * STEP
