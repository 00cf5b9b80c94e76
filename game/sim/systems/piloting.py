"""Piloting: turning a pilot's Intent into thrust with inertia, facing, and dash boosts."""

import math

from game.sim.components import Dash, Facing, Intent, Position, Unit, Velocity
from game.sim.events import Dashed
from game.sim.resources import STEP
from game.sim.vectors import clamp_length, normalized, turn_toward


def apply_intent(world, res) -> None:
    for entity, (intent, vel, pos, facing, unit) in world.query(Intent, Velocity, Position, Facing, Unit):
        spec = res.catalog.units[unit.kind]
        _face_aim(intent, pos, facing, spec)
        dash = world.try_get(entity, Dash)
        if dash is not None and spec.dash is not None and _run_dash(entity, intent, vel, facing, dash, spec.dash, res):
            continue
        intent.dash = False  # a request it could not act on now is dropped, not queued
        move_x, move_y = clamp_length(intent.move_x, intent.move_y, 1.0)
        # Thrust toward the intent; drag always bleeds speed, which is what gives the machine its inertia.
        vel.x += (move_x * spec.acceleration - vel.x * spec.drag) * STEP
        vel.y += (move_y * spec.acceleration - vel.y * spec.drag) * STEP
        vel.x, vel.y = clamp_length(vel.x, vel.y, spec.max_speed)


def _face_aim(intent, pos, facing, spec) -> None:
    dx, dy = intent.aim_x - pos.x, intent.aim_y - pos.y
    if dx * dx + dy * dy < 1.0:
        return
    target = math.atan2(dy, dx)
    if spec.ai is None:
        facing.angle = target  # the player's torso follows the aim at once
    else:
        facing.angle = turn_toward(facing.angle, target, spec.ai.turn_rate * STEP)


def _run_dash(entity, intent, vel, facing, dash, spec, res) -> bool:
    """Start or continue a dash; True while the dash owns the velocity."""
    dash.cooldown = max(0.0, dash.cooldown - STEP)
    if intent.dash and dash.time_left <= 0 and dash.cooldown <= 0:
        dx, dy = normalized(intent.move_x, intent.move_y)
        if dx == 0 and dy == 0:  # standing still: boost the way the torso points
            dx, dy = math.cos(facing.angle), math.sin(facing.angle)
        dash.direction_x, dash.direction_y = dx, dy
        dash.time_left = spec.duration
        res.events.append(Dashed(entity))
    intent.dash = False
    if dash.time_left <= 0:
        return False
    vel.x, vel.y = dash.direction_x * spec.speed, dash.direction_y * spec.speed
    dash.time_left -= STEP
    if dash.time_left <= 0:
        dash.cooldown = spec.cooldown
    return True
