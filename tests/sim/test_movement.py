"""Movement: thrust with inertia, wall collision, dash."""

import math

from game.sim.components import Body, Dash, Position, Velocity
from game.sim.events import Dashed
from game.sim.systems.motion import separate_bodies
from game.sim.terrain import push_out_of_walls
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


def test_a_crowd_piled_on_one_spot_by_a_wall_spreads_out_and_stays_out_of_the_walls(tmp_path):
    game = game_from_ascii(tmp_path, CROWD)
    bodies = game.world.query(Position, Body)
    corner = (TILE + 21.0, TILE + 21.0)  # just clear of the north and west walls
    for index, (_, (pos, _)) in enumerate(bodies):
        pos.x, pos.y = corner[0] + index * 0.01, corner[1] + (index % 2) * 0.01  # two exactly on top: a straight push
    bodies[1][1][0].x, bodies[1][1][0].y = corner
    bodies[0][1][0].x, bodies[0][1][0].y = corner
    for _ in range(120):
        separate_bodies(game.world, game.res)
    for i, (_, (a, body_a)) in enumerate(bodies):
        assert push_out_of_walls(game.res.level, a.x, a.y, body_a.radius) == (a.x, a.y)  # clear of every wall
        for _, (b, body_b) in bodies[i + 1:]:
            assert math.hypot(b.x - a.x, b.y - a.y) > (body_a.radius + body_b.radius) * 0.9  # apart, near enough
