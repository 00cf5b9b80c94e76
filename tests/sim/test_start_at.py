"""A playtest's start (--start-at): beside an enemy started on, off the walls, the same every run, or refused."""

import math

import pytest

from game.content.errors import ContentError
from game.playback import play_back
from game.replay import Recorder, load_replay
from game.session import new_game
from game.sim.components import Brain, Facing, Position
from game.sim.terrain import circle_in_wall, line_of_sight
from tests.maps import TILE, centre, write_map

# P is object 1; each E is the next id in reading order, named "enemy 0", "enemy 1"...
ROOM = [
    "##########",
    "#........#",
    "#.P......#",
    "#........#",
    "#.....E..#",
    "#........#",
    "##########",
]
RADIUS = 20  # px: the Layzner's and the Dis's, in units.yaml
BESIDE = 3 * RADIUS  # px centre to centre: a Layzner's radius of open ground between the two bodies


def start(tmp_path, rows, object_id, seed=1, **kwargs):
    """(game, the Layzner's Position) of a playtest on the ASCII map started at the object."""
    game = new_game(write_map(tmp_path, rows, **kwargs), seed, start_at=object_id)
    return game, game.world.get(game.player, Position)


def test_a_start_on_an_enemy_spawn_stands_beside_the_machine_on_the_player_spawns_side_facing_it(tmp_path):
    game, me = start(tmp_path, ROOM, 2)
    enemy = centre(6, 4)
    assert math.hypot(me.x - enemy[0], me.y - enemy[1]) == pytest.approx(BESIDE)
    spawn = centre(2, 2)  # the way the level's player comes: the nearest spot that way
    toward_spawn = math.atan2(spawn[1] - enemy[1], spawn[0] - enemy[0])
    assert math.atan2(me.y - enemy[1], me.x - enemy[0]) == pytest.approx(toward_spawn, abs=0.07)
    assert game.world.get(game.player, Facing).angle == pytest.approx(math.atan2(enemy[1] - me.y, enemy[0] - me.x))


def test_a_start_on_an_enemy_is_not_shoved_off_it_nor_hurt_in_its_first_ticks(tmp_path):
    game, me = start(tmp_path, ROOM, 2)
    first = (me.x, me.y)
    game.run(ticks=20)  # fewer than the Dis's reaction time: it has not fired yet
    assert (me.x, me.y) == first  # inside the machine, the two were pushed apart at once
    health = game.player_health()
    assert health.hit_points == health.max_hit_points


def test_the_start_beside_an_enemy_is_the_same_every_run_and_with_every_seed(tmp_path):
    places = set()
    for seed in (1, 1, 7):
        game, me = start(tmp_path, ROOM, 2, seed=seed)
        places.add((me.x, me.y, game.world.get(game.player, Facing).angle))
    assert len(places) == 1
    x, y, _ = places.pop()
    assert math.hypot(x - centre(6, 4)[0], y - centre(6, 4)[1]) >= 2 * RADIUS  # and not on the machine


def test_the_start_beside_an_enemy_keeps_to_its_side_of_a_wall(tmp_path):
    rows = ["############",
            "#..........#",
            "#..........#",
            "#.P....#...#",
            "#......#E..#",
            "#......#...#",
            "#..........#",
            "#..........#",
            "############"]
    game, me = start(tmp_path, rows, 2)
    enemy = centre(8, 4)
    assert math.hypot(me.x - enemy[0], me.y - enemy[1]) == pytest.approx(BESIDE)
    assert line_of_sight(game.res.level, *enemy, me.x, me.y)  # toward the spawn, the nearest spot is behind the wall
    assert not circle_in_wall(game.res.level, me.x, me.y, RADIUS)


def test_the_start_beside_an_enemy_is_clear_of_the_machines_near_it_too(tmp_path):
    rows = ["##########",
            "#........#",
            "#.P.E.E..#",
            "#........#",
            "##########"]
    game, me = start(tmp_path, rows, 3)  # the second Dis, the first between it and the player spawn
    for enemy in (centre(4, 2), centre(6, 2)):
        assert math.hypot(me.x - enemy[0], me.y - enemy[1]) >= BESIDE - 1e-6
    assert math.hypot(me.x - centre(6, 2)[0], me.y - centre(6, 2)[1]) <= BESIDE + 2 * TILE
    game.run(ticks=2)
    assert [position.x for _, (_, position) in game.world.query(Brain, Position)] == [centre(4, 2)[0], centre(6, 2)[0]]


def test_a_start_by_a_wall_stands_just_off_it_and_one_on_open_ground_on_its_point(tmp_path):
    by_wall = f'<object id="20" name="by the wall" x="{TILE + 4}" y="{2.5 * TILE}"><point/></object>'
    open_ground = f'<object id="21" name="open" x="{4.5 * TILE}" y="{3.5 * TILE}"><point/></object>'
    rows = ["##########", "#........#", "#.P......#", "#........#", "#......E.#", "##########"]
    game, me = start(tmp_path, rows, 20, more_objects=by_wall + open_ground)
    assert not circle_in_wall(game.res.level, me.x, me.y, RADIUS)
    assert 0 < math.hypot(me.x - (TILE + 4), me.y - 2.5 * TILE) <= RADIUS  # the least step off the wall
    game, me = start(tmp_path, rows, 21, more_objects=by_wall + open_ground)
    assert (me.x, me.y) == (4.5 * TILE, 3.5 * TILE)
    assert game.world.get(game.player, Facing).angle == pytest.approx(-math.pi / 2)  # as at the player spawn


def test_a_start_on_an_enemy_with_no_room_beside_it_is_refused_naming_the_map_and_the_object(tmp_path):
    rows = ["##########",
            "#....#...#",
            "#.P..#.E.#",
            "#....#...#",
            "##########"]  # the Dis sealed in a pocket of rock three tiles across; the level is won at the goal
    goal = f'<object id="20" name="goal" type="objective" x="{TILE}" y="{TILE}" width="{TILE}" height="{TILE}"/>'
    path = write_map(tmp_path, rows, more_objects=goal)
    with pytest.raises(ContentError) as refused:
        new_game(path, 1, start_at=2)
    assert str(refused.value) == (
        f'{path}: layer "objects", object 2 "enemy 0" (--start-at): expected room for the Layzner within 160 px of '
        "the object, clear of the walls and beside, not on, every machine, reached from the object in a straight "
        "line, found none (start at an object with open ground round it)")


def test_a_replay_of_a_playtest_from_an_enemy_begins_beside_it_and_plays_the_same(tmp_path):
    path = write_map(tmp_path, ROOM)
    game = new_game(path, 5, start_at=2)
    recorder = Recorder(game, path, start_at=2)
    for tick in range(90):
        game.player_intent().move_x = 1.0 if tick < 30 else 0.0
        game.player_intent().fire = tick > 40
        recorder.before_step()
        game.step()
        recorder.after_step()
    recorder.save(tmp_path / "run.replay")
    replay = load_replay(tmp_path / "run.replay")
    assert replay.start_at == 2
    played = play_back(replay, verify=True)
    assert played.mismatch is None and played.final_hash == game.state_hash()
    again = replay.start_game(None)
    me = again.world.get(again.player, Position)
    assert math.hypot(me.x - centre(6, 4)[0], me.y - centre(6, 4)[1]) == pytest.approx(BESIDE)
    again.close()
