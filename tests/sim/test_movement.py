"""Movement: thrust with inertia, wall collision, dash."""

import math

import pytest

from game.sim.components import Body, Dash, Position, Velocity
from game.sim.events import Dashed
from game.sim.systems import motion
from game.sim.systems.motion import separate_bodies
from game.sim.terrain import circle_in_wall, push_out_of_walls
from tests.maps import TILE, game_from_ascii

OPEN = [
    "####################",
    "#..................#",
    "#..................#",
    "#..P...............#",
    "#..................#",
    "#..................#",
    "####################",
]


def player_parts(game):
    return game.world.get(game.player, Position), game.world.get(game.player, Velocity)


def test_layzner_accelerates_toward_its_intent_and_coasts_to_a_stop(tmp_path):
    game = game_from_ascii(tmp_path, OPEN)
    pos, vel = player_parts(game)
    start_x = pos.x
    game.player_intent().move_x = 1.0
    game.run(ticks=3)
    early_speed = vel.x
    game.run(ticks=30)
    spec = game.res.catalog.units["layzner"]
    assert 0 < early_speed < vel.x <= spec.max_speed + 1e-6  # builds up speed, never past the limit
    assert pos.x > start_x + 60
    game.player_intent().move_x = 0.0
    game.run(ticks=2)
    assert vel.x > 0  # inertia: it does not stop dead
    game.run(ticks=120)
    assert abs(vel.x) < 1.0


def test_layzner_is_stopped_by_a_wall_and_slides_along_it(tmp_path):
    game = game_from_ascii(tmp_path, OPEN)
    pos, vel = player_parts(game)
    radius = game.res.catalog.units["layzner"].radius
    intent = game.player_intent()
    intent.move_x, intent.move_y = 1.0, -0.3  # into the east wall, drifting north
    game.run(seconds=3)
    wall_face = 19 * TILE  # column 19 is wall
    assert pos.x <= wall_face - radius + 0.01
    assert pos.x > wall_face - radius - 2  # pressed right against it
    assert pos.y < 3 * TILE  # slid north along the wall rather than sticking
    assert pos.y >= 1 * TILE + radius - 0.01  # but not through the north wall


def test_dash_is_a_fast_boost_with_a_cooldown(tmp_path):
    game = game_from_ascii(tmp_path, OPEN)
    pos, vel = player_parts(game)
    spec = game.res.catalog.units["layzner"].dash
    intent = game.player_intent()
    intent.move_x, intent.dash = 1.0, True
    events = game.run(ticks=1)
    assert any(isinstance(e, Dashed) for e in events)
    assert vel.x == spec.speed
    game.run(seconds=spec.duration)
    assert game.world.get(game.player, Dash).cooldown > 0
    intent.dash = True  # asked again during the cooldown: refused
    assert not any(isinstance(e, Dashed) for e in game.run(ticks=1))
    assert intent.dash is False  # the refused request is dropped, not queued


CROWD = [
    "##########",
    "#........#",
    "#.EEEE...#",
    "#.EEEEP..#",
    "#.EEEE...#",
    "#........#",
    "##########",
]


def pile_up(game, x, y):
    """Every machine on (x, y), give or take a hundredth of a pixel, and the first two exactly on it."""
    bodies = game.world.query(Position, Body)
    for index, (_, (pos, _)) in enumerate(bodies):
        pos.x, pos.y = x + index * 0.01, y + (index % 2) * 0.01
    for _, (pos, _) in bodies[:2]:
        pos.x, pos.y = x, y  # two exactly on top: a straight push
    return bodies


def test_a_crowd_piled_on_one_spot_by_a_wall_spreads_out_and_stays_out_of_the_walls(tmp_path):
    game = game_from_ascii(tmp_path, CROWD)
    bodies = pile_up(game, TILE + 21.0, TILE + 21.0)  # just clear of the north and west walls
    for _ in range(60):  # a second: pushed straight, a row of them along the north wall stays jammed for good
        separate_bodies(game.world, game.res)
    for i, (_, (a, body_a)) in enumerate(bodies):
        assert push_out_of_walls(game.res.level, a.x, a.y, body_a.radius) == (a.x, a.y)  # clear of every wall
        for _, (b, body_b) in bodies[i + 1:]:
            assert math.hypot(b.x - a.x, b.y - a.y) > (body_a.radius + body_b.radius) * 0.9  # apart, near enough


THIN_WALL = [
    "###########",
    "#.....#...#",
    "#.EEE.#...#",
    "#.EEEP#...#",
    "#.EEE.#...#",
    "#.....#...#",
    "###########",
]


def test_a_crowd_piled_against_a_thin_wall_never_squeezes_a_machine_through_it(tmp_path):
    game = game_from_ascii(tmp_path, THIN_WALL)
    wall_face = 6 * TILE
    bodies = pile_up(game, wall_face - 21.0, 3.5 * TILE)  # ten machines, all pushing the one by the wall east
    for _ in range(60):
        separate_bodies(game.world, game.res)
    for _, (pos, body) in bodies:
        assert pos.x <= wall_face - body.radius + 1e-6  # still on this side, clear of the wall


GAP = [
    "##########",
    "#........#",
    "#...P....#",
    "#........#",
    "####.#####",  # a one-tile gap: the Layzner, 40 px across, does not fit through 32 px
    "#........#",
    "#........#",
    "##########",
]


@pytest.mark.parametrize("dashing", [False, True])
def test_a_gap_narrower_than_the_machine_stops_it_walking_or_dashing_and_it_never_ends_a_tick_in_a_wall(
        tmp_path, dashing):
    game = game_from_ascii(tmp_path, GAP)
    pos = game.world.get(game.player, Position)
    radius = game.world.get(game.player, Body).radius
    pos.x = pos.prev_x = 4.5 * TILE  # right over the gap
    intent = game.player_intent()
    intent.move_y = 1.0
    for _ in range(180):
        intent.dash = dashing
        game.step()
        assert not circle_in_wall(game.res.level, pos.x, pos.y, radius), (pos.x, pos.y)
    assert pos.y < 4 * TILE  # still on the near side of the wall


def test_a_machine_moving_inside_an_open_cell_takes_no_cell_lookup_and_one_leaving_it_is_still_walled(tmp_path,
                                                                                                      monkeypatch):
    """move_bodies notes the roomy cell a machine last moved into: moving on inside it is four comparisons (no cell
    worked out, the game's most common move); moving out of it, the cell it enters is looked up, walls and all."""
    game = game_from_ascii(tmp_path, OPEN)
    pos, vel = player_parts(game)
    pos.x, pos.y = 5.5 * TILE, 3.5 * TILE  # the middle of an open cell, the wall two cells north
    game.step()  # its cell noted
    worked_out = []
    monkeypatch.setattr(motion, "floor", lambda value: worked_out.append(value) or math.floor(value))
    for _ in range(5):
        vel.x, vel.y = 30.0, 0.0  # half a px a tick: inside the same cell
        motion.move_bodies(game.world, game.res)
    assert worked_out == [] and pos.x == pytest.approx(5.5 * TILE + 2.5)
    radius = game.res.catalog.units["layzner"].radius
    for _ in range(120):  # north, out of the cell, toward the wall
        vel.x, vel.y = 0.0, -300.0
        motion.move_bodies(game.world, game.res)
    assert worked_out and pos.y == pytest.approx(1 * TILE + radius)  # pushed out of the wall, not through it
