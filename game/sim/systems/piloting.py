"""Piloting: turning a pilot's Intent into thrust with inertia, facing, and dash boosts."""

import math
from math import atan2, copysign

from game.sim.components import Dash, Facing, Heat, Intent, Position, Unit, Velocity, Vmax
from game.sim.events import Dashed
from game.sim.resources import STEP
from game.sim.systems.heat import add_heat
from game.sim.vectors import normalized

SHED = 8.0  # 1/s: share of speed above the top speed lost per second
PILOTED = (Intent, Velocity, Position, Facing, Unit)  # what apply_intent steers


def apply_intent(world, res) -> None:
    """Each pilot's intent becomes facing and thrust, or a dash; overheating slows, V-MAX speeds up."""
    seized = res.player if res.fouron.active else None  # Fouron steers part of the player's movement
    shed = 1.0 - SHED * STEP
    pi, tau = math.pi, math.tau
    # Few machines carry heat, V-MAX or a dash: each row holds its own, looked up in these indexes as the rows are made.
    # One by one, not on arrays: 200 plain pilots' nine numbers gathered, numpy's arithmetic and Python's own atan2s and
    # roots (for the same bits) took 1.41 M instructions a call against this loop's 1.19 M (a number gathered from its
    # component costs some 370 instructions, a numpy call 4-5 k).
    pilots = world.kept(PILOTED, _pilots, res.catalog.units, world.index(Heat), world.index(Vmax), world.index(Dash))
    for entity, intent, vel, pos, facing, spec, most, plain, heat, vmax, dash, top_speed, acceleration, drag in pilots:
        dx, dy = intent.aim_x - pos.x, intent.aim_y - pos.y
        if dx * dx + dy * dy >= 1.0:  # not aiming at its own centre
            target = atan2(dy, dx)
            if most is None:
                facing.angle = target  # the player's torso follows the aim at once
            else:  # turn_toward, inline: every pilot, every tick
                angle = facing.angle
                turn = (target - angle + pi) % tau - pi
                facing.angle = target if abs(turn) <= most else angle + copysign(most, turn)
        if not plain:  # heat, V-MAX or a dash (most of a crowd has none of them: one test rather than four)
            overheated = heat is not None and heat.overheated
            if dash is not None and _run_dash(world, entity, intent, vel, facing, dash, spec, overheated, res):
                continue
            if vmax is not None and vmax.active_left > 0:
                top_speed, acceleration = top_speed * spec.vmax.speed, acceleration * spec.vmax.acceleration
            elif overheated:
                top_speed *= spec.heat.crawl
        if intent.dash:
            intent.dash = False  # a request it could not act on now is dropped, not queued
        vx, vy = vel.x, vel.y
        # Thrust never pushes past the top speed; speed already over it (a ram's shove, a V-MAX just
        # ended) is shed quickly rather than at once.
        before_sq = vx * vx + vy * vy
        limit = top_speed if before_sq <= top_speed * top_speed else max(top_speed, before_sq ** 0.5 * shed)
        move_x, move_y = intent.move_x, intent.move_y
        if entity == seized:
            share = spec.fouron.control
            move_x = move_x * (1.0 - share) + res.fouron.move_x * share
            move_y = move_y * (1.0 - share) + res.fouron.move_y * share
        size_sq = move_x * move_x + move_y * move_y
        if size_sq > 1.0:  # a diagonal on keys is no faster than a straight line
            size = size_sq ** 0.5
            move_x, move_y = move_x / size, move_y / size
        # Thrust toward the intent; drag always bleeds speed, which is what gives the machine its inertia.
        vx += (move_x * acceleration - vx * drag) * STEP
        vy += (move_y * acceleration - vy * drag) * STEP
        size_sq = vx * vx + vy * vy
        if size_sq > limit * limit:  # no faster than the limit
            size = size_sq ** 0.5
            vx, vy = vx * limit / size, vy * limit / size
        vel.x, vel.y = vx, vy


def _pilots(rows, units, heats, vmaxes, dashes) -> list[tuple]:
    """(entity, its components, its unit's spec, how far it turns a tick (None: at once, as the player's torso),
    whether it is plain (none of the next three), its Heat, Vmax and Dash or None (a Dash only for a unit whose spec
    has one), its top speed, acceleration and drag) for every pilot: looked up once while the same machines, with the
    same components, fly, not once a tick each."""
    pilots = []
    for entity, (intent, vel, pos, facing, unit) in rows:
        spec = units[unit.kind]
        most = None if spec.ai is None else spec.ai.turn_rate * STEP
        dash = dashes.get(entity) if spec.dash is not None else None
        heat, vmax = heats.get(entity), vmaxes.get(entity)
        plain = heat is None and vmax is None and dash is None
        pilots.append((entity, intent, vel, pos, facing, spec, most, plain, heat, vmax, dash, spec.max_speed,
                       spec.acceleration, spec.drag))
    return pilots


def _run_dash(world, entity, intent, vel, facing, dash, spec, overheated, res) -> bool:
    """Start or continue a dash (not while overheated; it costs heat); True while it owns the velocity."""
    dash_spec = spec.dash
    dash.cooldown = max(0.0, dash.cooldown - STEP)
    dash.invulnerable_left = max(0.0, dash.invulnerable_left - STEP)
    if intent.dash and dash.time_left <= 0 and dash.cooldown <= 0 and not overheated:
        dx, dy = normalized(intent.move_x, intent.move_y)
        if dx == 0 and dy == 0:  # standing still: boost the way the torso points
            dx, dy = math.cos(facing.angle), math.sin(facing.angle)
        dash.direction_x, dash.direction_y = dx, dy
        dash.time_left = dash_spec.duration
        dash.invulnerable_left = max(dash.invulnerable_left, dash_spec.invulnerable)  # a longer grace stays
        res.events.append(Dashed(entity))
        if spec.heat is not None:
            add_heat(world, res, entity, spec.heat.dash)
    intent.dash = False
    if dash.time_left <= 0:
        return False
    vel.x, vel.y = dash.direction_x * dash_spec.speed, dash.direction_y * dash_spec.speed
    dash.time_left -= STEP
    if dash.time_left <= 0:
        dash.cooldown = dash_spec.cooldown
    return True
