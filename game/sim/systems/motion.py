"""Motion: remembering where things were, moving bodies with wall collision, and keeping machines apart."""

from math import floor

from game.sim.components import Body, Position, Velocity
from game.sim.nearby import CELL
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

    Only neighbours can touch, so each machine looks at the machines filed in the cells around its own
    (Nearby's cells and order, inline: this runs for every machine every tick, in crowds too).
    """
    bodies = world.query(Position, Body)
    if len(bodies) < 2:
        return
    level = res.level
    roomy, width, height = level.roomy, level.width, level.height
    tw, th = level.tile_width, level.tile_height
    positions = [pos for _, (pos, _) in bodies]
    radii = [body.radius for _, (_, body) in bodies]
    small = [radius <= tw and radius <= th for radius in radii]  # no wider than a tile: roomy answers for it
    widest = max(0.0, *radii)
    cells: dict[tuple[int, int], list[int]] = {}
    for index, pos in enumerate(positions):
        key = (floor(pos.x // CELL), floor(pos.y // CELL))
        filed = cells.get(key)
        if filed is None:
            cells[key] = [index]
        else:
            filed.append(index)
    around = cells.get
    for i, a in enumerate(positions):
        radius_a = radii[i]
        reach_a = radius_a + widest
        ax, ay = a.x, a.y  # a's place, kept in step with every push it gets below
        first, last = floor((ax - reach_a) // CELL), floor((ax + reach_a) // CELL) + 1
        for row in range(floor((ay - reach_a) // CELL), floor((ay + reach_a) // CELL) + 1):
            for column in range(first, last):
                for j in around((column, row), ()):
                    if j <= i:
                        continue  # each pair once, in the order of the lower entity
                    b = positions[j]
                    dx, dy = b.x - ax, b.y - ay
                    reach = radius_a + radii[j]
                    gap_sq = dx * dx + dy * dy
                    if gap_sq >= reach * reach:
                        continue
                    gap = gap_sq ** 0.5
                    nx, ny = (dx / gap, dy / gap) if gap > 1e-6 else (1.0, 0.0)
                    push = (reach - gap) / 2
                    # Then each out of walls: push_out_of_walls' own first test, inline, spares most calls.
                    x, y = ax - nx * push, ay - ny * push
                    c, r = floor(x // tw), floor(y // th)
                    if not (small[i] and 0 <= r < height and 0 <= c < width and roomy[r][c]):
                        x, y = push_out_of_walls(level, x, y, radius_a)
                    a.x, a.y = ax, ay = x, y
                    x, y = b.x + nx * push, b.y + ny * push
                    c, r = floor(x // tw), floor(y // th)
                    if not (small[j] and 0 <= r < height and 0 <= c < width and roomy[r][c]):
                        x, y = push_out_of_walls(level, x, y, radii[j])
                    b.x, b.y = x, y


def _drop_blocked_velocity(vel: Velocity, push_x: float, push_y: float) -> None:
    push_sq = push_x * push_x + push_y * push_y
    if push_sq < 1e-12:
        return
    into = (vel.x * push_x + vel.y * push_y) / push_sq
    if into < 0:  # moving against the wall's push: keep only the sliding part
        vel.x -= into * push_x
        vel.y -= into * push_y
