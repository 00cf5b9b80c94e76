"""Motion: remembering where things were, moving bodies with wall collision, and keeping machines apart."""

import math
from math import floor

import numpy as np

from game.sim.components import Body, Position, Velocity
from game.sim.nearby import touching_pairs
from game.sim.resources import STEP
from game.sim.terrain import move_circle

PASSES = 2  # pushes of every overlapping pair a tick: one leaves a packed crowd overlapping twice as deep
MOST_PUSH = 10.0  # px a machine may move in one pass, whatever the sum of its pushes (walls are 32 px thick)
TURN = 0.05  # rad each push is turned off the line between the two centres
COS_TURN, SIN_TURN = math.cos(TURN), math.sin(TURN)
SIN_TURNS = np.array([SIN_TURN, -SIN_TURN])  # by the parity of a pair's indexes added up: even one way, odd the other


def remember_positions(world, res) -> None:
    """Keep each position from the start of the tick so the renderer can interpolate between ticks."""
    for pos in world.kept((Position,), _positions):
        pos.prev_x, pos.prev_y = pos.x, pos.y


def _positions(rows) -> list:
    return [pos for _, (pos,) in rows]


def move_bodies(world, res) -> None:
    """Integrate velocity, then slide along walls: the part of the velocity into a wall is dropped."""
    level = res.walls
    roomy, width, height = level.roomy, level.width, level.height
    tw, th = level.tile_width, level.tile_height
    for pos, vel, radius, small, room in world.kept((Position, Velocity, Body), _movers, level):
        wanted_x, wanted_y = pos.x + vel.x * STEP, pos.y + vel.y * STEP
        # push_out_of_walls' own first test, inline: most machines are in open ground, with nothing to push or drop,
        # and most are still in the roomy cell they last moved into, four comparisons of floats away (no cell worked
        # out; floats, as a float compared with an int takes the interpreter's slow way).
        if room[0] <= wanted_x < room[2] and room[1] <= wanted_y < room[3]:
            pos.x, pos.y = wanted_x, wanted_y
            continue
        column, row = floor(wanted_x // tw), floor(wanted_y // th)
        if small and 0 <= row < height and 0 <= column < width and roomy[row][column]:
            room[:] = float(column * tw), float(row * th), float((column + 1) * tw), float((row + 1) * th)
            pos.x, pos.y = wanted_x, wanted_y
            continue
        pos.x, pos.y = move_circle(level, pos.x, pos.y, wanted_x, wanted_y, radius)
        _drop_blocked_velocity(vel, pos.x - wanted_x, pos.y - wanted_y)


def _movers(rows, level) -> list[tuple]:
    """(Position, Velocity, radius, whether the radius is at most a tile, so a roomy cell clears it, the roomy cell it
    last moved into) of every moving body: a radius never changes, nor the level's tiles. The cell, [left, top, right,
    bottom) px, none yet, is move_bodies' own note, the one part of this kept answer a caller changes: a hint, not the
    rules' state (what is roomy never changes while the walls are the same object, which `level` keeps it to)."""
    tw, th = level.tile_width, level.tile_height
    return [(pos, vel, body.radius, body.radius <= tw and body.radius <= th, [0.0, 0.0, 0.0, 0.0])
            for _, (pos, vel, body) in rows]


def separate_bodies(world, res) -> None:
    """Machines do not overlap: every overlapping pair is pushed apart, half each, then out of walls again.

    The pairs that overlap as the tick's separation begins are found at once, on arrays (in a crowd, some 300
    among 200 machines), and pushed all at once, PASSES times over. A machine in several pairs takes the sum of
    its pushes, at most MOST_PUSH px a pass, so a crowd squeezing one machine cannot carry it through a wall. Each
    push is turned TURN off the line between the two centres, one way for half the pairs and the other way for
    the rest: pushed straight, a row of machines pinned along a wall stays jammed, each push cancelled by the
    next, where turned it buckles and spreads out.
    """
    positions, radii, widest = world.kept((Position, Body), _bodies)
    count = len(positions)
    if count < 2:
        return
    # fromiter, not array: a third fewer instructions a number (np.array looks at each for its type and shape)
    x, y = np.fromiter([pos.x for pos in positions], float), np.fromiter([pos.y for pos in positions], float)
    first, second = touching_pairs(x, y, radii, widest)
    if not len(first):
        return
    reach = radii.take(first) + radii.take(second)
    sin_turn = SIN_TURNS.take((first + second) & 1)
    pushed = np.zeros(count, dtype=bool)
    pushed[first] = pushed[second] = True
    pushed = pushed.nonzero()[0]
    level = res.walls
    small = radii.take(pushed) <= min(level.tile_width, level.tile_height)  # so a roomy cell clears them
    for _ in range(PASSES):
        dx, dy = x.take(second) - x.take(first), y.take(second) - y.take(first)
        gap = np.sqrt(dx * dx + dy * dy)
        apart = gap > 1e-6
        # The usual case, no two on one spot, where the np.where below would change nothing (count_nonzero rather
        # than apart.all(), a third of its cost)
        if np.count_nonzero(apart) == len(apart):
            share = np.maximum(reach - gap, 0.0) / (2 * gap)
            along_x, along_y = dx * share, dy * share
        else:
            share = np.maximum(reach - gap, 0.0) / (2 * np.where(apart, gap, 1.0))  # of the way between the centres
            along_x = np.where(apart, dx * share, reach / 2)  # two on one spot: pushed east and west
            along_y = np.where(apart, dy * share, 0.0)
        push_x, push_y = along_x * COS_TURN - along_y * sin_turn, along_x * sin_turn + along_y * COS_TURN
        shift_x = np.bincount(second, push_x, count) - np.bincount(first, push_x, count)
        shift_y = np.bincount(second, push_y, count) - np.bincount(first, push_y, count)
        scale = MOST_PUSH / np.maximum(np.sqrt(shift_x * shift_x + shift_y * shift_y), MOST_PUSH)
        before_x, before_y = x, y
        x, y = x + shift_x * scale, y + shift_y * scale  # new arrays: `before` is the old ones, uncopied
        _move_circles(level, before_x, before_y, x, y, radii, pushed, small)
    for index, new_x, new_y in zip(pushed.tolist(), x[pushed].tolist(), y[pushed].tolist()):
        pos = positions[index]
        pos.x, pos.y = new_x, new_y


def _bodies(rows) -> tuple[list, np.ndarray, np.float64 | None]:
    """Every body's Position (the component itself, moved in place), its radius, which never changes, and the widest
    (None without bodies)."""
    radii = np.array([body.radius for _, (_, body) in rows])
    return [pos for _, (pos, _) in rows], radii, radii.max() if len(radii) else None


def _move_circles(level, before_x, before_y, x, y, radii, rows, small) -> None:
    """move_circle for the circles in `rows`, pushed from `before` to (x, y), in place; most sit in roomy cells, which
    one array lookup clears at once (a circle of radius at most a tile, `small`, centred anywhere in one, touches no
    wall)."""
    clear = level.roomy_at(x.take(rows), y.take(rows)) & small
    for index in rows[~clear].tolist():  # a crowd cannot squeeze a machine through a gap it does not fit
        x[index], y[index] = move_circle(level, before_x.item(index), before_y.item(index), x.item(index),
                                         y.item(index), radii.item(index))


def _drop_blocked_velocity(vel: Velocity, push_x: float, push_y: float) -> None:
    push_sq = push_x * push_x + push_y * push_y
    if push_sq < 1e-12:
        return
    into = (vel.x * push_x + vel.y * push_y) / push_sq
    if into < 0:  # moving against the wall's push: keep only the sliding part
        vel.x -= into * push_x
        vel.y -= into * push_y
