"""Motion: remembering where things were, moving bodies with wall collision, and keeping machines apart."""

from math import floor

import numpy as np

from game.sim.components import Body, Position, Velocity
from game.sim.nearby import touching_pairs
from game.sim.resources import STEP
from game.sim.terrain import push_out_of_walls


def remember_positions(world, res) -> None:
    """Keep each position from the start of the tick so the renderer can interpolate between ticks."""
    for _, (pos,) in world.query(Position):
        pos.prev_x, pos.prev_y = pos.x, pos.y


def move_bodies(world, res) -> None:
    """Integrate velocity, then slide along walls: the part of the velocity into a wall is dropped."""
    level = res.level
    roomy, width, height = level.roomy, level.width, level.height
    tw, th = level.tile_width, level.tile_height
    for _, (pos, vel, body) in world.query(Position, Velocity, Body):
        wanted_x, wanted_y = pos.x + vel.x * STEP, pos.y + vel.y * STEP
        # push_out_of_walls' own first test, inline: most machines are in open ground, with nothing to push or drop.
        column, row = floor(wanted_x // tw), floor(wanted_y // th)
        if body.radius <= tw and body.radius <= th and 0 <= row < height and 0 <= column < width \
                and roomy[row][column]:
            pos.x, pos.y = wanted_x, wanted_y
            continue
        pos.x, pos.y = push_out_of_walls(level, wanted_x, wanted_y, body.radius)
        _drop_blocked_velocity(vel, pos.x - wanted_x, pos.y - wanted_y)


def separate_bodies(world, res) -> None:
    """Machines do not overlap: each overlapping pair is pushed apart, half each, then out of walls again.

    The pairs that overlap as the pass begins are found at once, on arrays (in a crowd, some 300 among 200
    machines); then each pair, from west to east, is pushed apart if it still overlaps. A push moves a machine
    before the next pair is looked at, so that order is part of the rules: it is what lets a pile pinned
    against a wall buckle and spread out, where pushing every pair at once would leave it stuck.
    """
    bodies = world.query(Position, Body)
    count = len(bodies)
    if count < 2:
        return
    positions = [pos for _, (pos, _) in bodies]
    xs, ys = [pos.x for pos in positions], [pos.y for pos in positions]
    radii = [body.radius for _, (_, body) in bodies]
    first, second = touching_pairs(np.array(xs), np.array(ys), np.array(radii))
    if not len(first):
        return
    level = res.level
    roomy, width, height = level.roomy, level.width, level.height
    tw, th = level.tile_width, level.tile_height
    small = [radius <= tw and radius <= th for radius in radii]  # no wider than a tile: roomy answers for it
    for i, j in zip(first.tolist(), second.tolist()):
        ax, ay, bx, by = xs[i], ys[i], xs[j], ys[j]
        dx, dy = bx - ax, by - ay
        reach = radii[i] + radii[j]
        gap_sq = dx * dx + dy * dy
        if gap_sq >= reach * reach:
            continue  # an earlier push in this pass already parted them
        gap = gap_sq ** 0.5
        nx, ny = (dx / gap, dy / gap) if gap > 1e-6 else (1.0, 0.0)
        push = (reach - gap) / 2
        # Then each out of walls: push_out_of_walls' own first test, inline, spares most calls.
        x, y = ax - nx * push, ay - ny * push
        c, r = floor(x // tw), floor(y // th)
        if not (small[i] and 0 <= r < height and 0 <= c < width and roomy[r][c]):
            x, y = push_out_of_walls(level, x, y, radii[i])
        xs[i], ys[i] = x, y
        x, y = bx + nx * push, by + ny * push
        c, r = floor(x // tw), floor(y // th)
        if not (small[j] and 0 <= r < height and 0 <= c < width and roomy[r][c]):
            x, y = push_out_of_walls(level, x, y, radii[j])
        xs[j], ys[j] = x, y
    for pos, x, y in zip(positions, xs, ys):
        pos.x, pos.y = x, y


def _drop_blocked_velocity(vel: Velocity, push_x: float, push_y: float) -> None:
    push_sq = push_x * push_x + push_y * push_y
    if push_sq < 1e-12:
        return
    into = (vel.x * push_x + vel.y * push_y) / push_sq
    if into < 0:  # moving against the wall's push: keep only the sliding part
        vel.x -= into * push_x
        vel.y -= into * push_y
