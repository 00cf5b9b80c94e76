"""Motion: remembering where things were, moving bodies with wall collision, and keeping machines apart."""

from game.sim.components import Body, Position, Velocity
from game.sim.nearby import Nearby
from game.sim.resources import STEP
from game.sim.terrain import push_out_of_walls


def remember_positions(world, res) -> None:
    """Keep each position from the start of the tick so the renderer can interpolate between ticks."""
    for _, (pos,) in world.query(Position):
        pos.prev_x, pos.prev_y = pos.x, pos.y


def move_bodies(world, res) -> None:
    """Integrate velocity, then slide along walls: the part of the velocity into a wall is dropped."""
    for _, (pos, vel, body) in world.query(Position, Velocity, Body):
        wanted_x, wanted_y = pos.x + vel.x * STEP, pos.y + vel.y * STEP
        pos.x, pos.y = push_out_of_walls(res.level, wanted_x, wanted_y, body.radius)
        _drop_blocked_velocity(vel, pos.x - wanted_x, pos.y - wanted_y)


def separate_bodies(world, res) -> None:
    """Machines do not overlap: each overlapping pair is pushed apart, half each, then out of walls again.

    Only neighbours can touch, so each machine looks at the machines filed in the cells around its own.
    """
    bodies = world.query(Position, Body)
    nearby = Nearby()
    widest = 0.0
    for index, (_, (pos, body)) in enumerate(bodies):
        nearby.add(index, pos.x, pos.y)
        widest = max(widest, body.radius)
    for i, (_, (a, body_a)) in enumerate(bodies):
        reach_a = body_a.radius + widest
        for j in nearby.around(a.x - reach_a, a.y - reach_a, a.x + reach_a, a.y + reach_a):
            if j <= i:
                continue  # each pair once, in the order of the lower entity
            b, body_b = bodies[j][1]
            dx, dy = b.x - a.x, b.y - a.y
            reach = body_a.radius + body_b.radius
            gap_sq = dx * dx + dy * dy
            if gap_sq >= reach * reach:
                continue
            gap = gap_sq ** 0.5
            nx, ny = (dx / gap, dy / gap) if gap > 1e-6 else (1.0, 0.0)
            push = (reach - gap) / 2
            a.x, a.y = push_out_of_walls(res.level, a.x - nx * push, a.y - ny * push, body_a.radius)
            b.x, b.y = push_out_of_walls(res.level, b.x + nx * push, b.y + ny * push, body_b.radius)


def _drop_blocked_velocity(vel: Velocity, push_x: float, push_y: float) -> None:
    push_sq = push_x * push_x + push_y * push_y
    if push_sq < 1e-12:
        return
    into = (vel.x * push_x + vel.y * push_y) / push_sq
    if into < 0:  # moving against the wall's push: keep only the sliding part
        vel.x -= into * push_x
        vel.y -= into * push_y
