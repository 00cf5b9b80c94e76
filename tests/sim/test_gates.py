"""Gates: wall while shut for moving, shots, sight, routes and the bot's grid; opened, or shut once the way is clear,
by a trigger or objective as a reinforcement's `arrives` is; shut again on a restart; kept by a save and a replay."""

import json

import pytest

from game.bot import Bot, play_level
from game.content.catalog import load_catalog
from game.content.level import load_level
from game.playback import play_back
from game.replay import Recorder
from game.session import new_game
from game.sim.components import Body, Brain, Position
from game.sim.events import Damaged, GateOpened, GateShut, ShotStopped
from game.sim.game import Game
from game.sim.routes import find_route
from game.sim.snapshot import restore, snapshot
from game.sim.snapshot_checks import SnapshotError
from game.sim.systems.gates import work_gates
from game.sim.terrain import line_of_sight
from tests.maps import (ALARM, GATED, GATE_ID, MESSAGE, PAD_ID, SENSOR_ID, TILE, centre, gate_objects, objective_xml,
                        write_map)

WEST_FACE, EAST_FACE = 7 * TILE, 8 * TILE  # the gate's sides, px
WEST, EAST = centre(2, 2), centre(11, 2)  # the player spawn and the Dis's, in the two rooms
EMPTY = [row.replace("E", ".") for row in GATED]  # no Dis to push or shoot: the pad in the east room is the goal
PAD = centre(11, 3)


def gated(tmp_path, rows=EMPTY, **gate) -> Game:
    more = gate_objects(pad=True, **gate)
    return Game(load_level(write_map(tmp_path, rows, more_objects=more)), load_catalog(), 1)


def walk(game: Game, seconds: float, east: float = 1.0) -> list:
    intent = game.player_intent()
    intent.move_x, intent.move_y, intent.aim_x, intent.aim_y = east, 0.0, WEST[0] + 1000 * east, WEST[1]
    events = []
    for _ in range(round(seconds * 60)):
        events += game.step()
    return events


def player(game: Game) -> Position:
    return game.world.get(game.player, Position)


def radius(game: Game) -> float:
    return game.world.get(game.player, Body).radius


def test_a_shut_gate_stops_the_layzner_like_a_wall(tmp_path):
    game = gated(tmp_path, sensor=(9, 1))  # its trigger is in the east room: nothing opens it from the west
    events = walk(game, 3.0)
    assert not [e for e in events if isinstance(e, GateOpened)]
    assert game.res.gates[0].shut and player(game).x <= WEST_FACE - radius(game) + 0.5


def test_the_gate_opens_as_its_trigger_fires_and_the_layzner_walks_through(tmp_path):
    game = gated(tmp_path)  # the trigger lies across the west room, on the way to the gate
    events = walk(game, 3.0)
    assert [e for e in events if isinstance(e, GateOpened)] == [GateOpened(GATE_ID, WEST_FACE + TILE / 2, 3 * TILE)]
    assert not game.res.gates[0].shut and player(game).x > EAST_FACE + radius(game)


def test_a_shut_gate_stops_bolts_and_blocks_sight_until_it_opens(tmp_path):
    game = gated(tmp_path, rows=GATED, sensor=(9, 1))
    dis = game.enemies()[0]
    intent = game.player_intent()
    intent.fire, intent.aim_x, intent.aim_y = True, *EAST
    events = []
    for _ in range(120):
        events += game.step()
    stopped = [e for e in events if isinstance(e, ShotStopped)]
    assert stopped and all(e.hit_wall and abs(e.x - WEST_FACE) < 1.0 for e in stopped)
    assert not [e for e in events if isinstance(e, Damaged)]
    assert not line_of_sight(game.res.walls, *WEST, *EAST) and line_of_sight(game.res.level, *WEST, *EAST)
    assert not game.world.get(dis, Brain).sees_player
    game.res.triggers[0].fired = 1  # its trigger fires, as if the player had walked into it
    game.step()
    assert not game.res.gates[0].shut and line_of_sight(game.res.walls, *WEST, *EAST)
    game.run(seconds=1)
    assert game.world.get(dis, Brain).sees_player


def test_routes_go_through_the_gate_only_once_it_is_open(tmp_path):
    game = gated(tmp_path)
    assert find_route(game.res.walls, WEST, EAST) == ()  # the gate is the only way between the rooms
    walk(game, 1.0)
    route = find_route(game.res.walls, WEST, EAST)
    assert route and any(WEST_FACE <= x <= EAST_FACE for x, _ in route)


def test_a_route_under_way_through_a_gate_that_shuts_is_found_again_on_the_walls_as_they_stand(tmp_path):
    game = gated(tmp_path, rows=GATED, switch="shuts")
    dis = game.world.get(game.enemies()[0], Position)
    brain = game.world.get(game.enemies()[0], Brain)
    brain.route = find_route(game.res.walls, (dis.x, dis.y), WEST)
    assert any(WEST_FACE <= x <= EAST_FACE for x, _ in brain.route)  # through the gate, open as it was found
    game.res.triggers[0].fired = 1  # its trigger fires, as if the player had walked into it
    work_gates(game.world, game.res)  # the system alone: the pilots' own steering may drop a route of its own accord
    assert game.res.gates[0].shut and brain.route == ()  # no way round: it is not sent into the gate


def test_a_restart_starts_with_the_gate_shut_again(tmp_path):
    first = gated(tmp_path)
    walk(first, 1.0)
    assert not first.res.gates[0].shut
    again = Game(first.res.level, first.res.catalog, 1)  # the same LevelData, as a restart uses it
    assert again.res.gates[0].shut and not line_of_sight(again.res.walls, *WEST, *EAST)
    assert not first.res.level.solid[2][7]  # the map's own walls never had the gate in them


def test_a_save_keeps_an_open_gate_and_plays_on_the_same(tmp_path):
    game = gated(tmp_path)
    walk(game, 1.0)
    resumed = restore(game.res.level, game.res.catalog, json.loads(json.dumps(snapshot(game))))
    assert resumed.res.gates == game.res.gates and resumed.state_hash() == game.state_hash()
    assert line_of_sight(resumed.res.walls, *WEST, *EAST)
    walk(game, 2.0)
    walk(resumed, 2.0)
    assert resumed.state_hash() == game.state_hash() and player(resumed).x > EAST_FACE


def test_a_save_without_the_gates_is_refused_on_a_map_with_them(tmp_path):
    game = gated(tmp_path)
    data = json.loads(json.dumps(snapshot(game)))
    del data["gates"]
    with pytest.raises(SnapshotError, match=r"gates: expected one per gate \(1\), found 0"):
        restore(game.res.level, game.res.catalog, data)


def test_a_replay_of_a_gate_opening_plays_back_tick_for_tick(tmp_path):
    path = write_map(tmp_path, GATED, more_objects=gate_objects())
    game = new_game(path, 3)
    recorder = Recorder(game, path)
    opened = []
    for tick in range(240):
        game.write_intent((1.0, 0.0, 2000.0, 80.0, tick % 20 < 5, False, False, False, False))
        recorder.before_step()
        opened += [e for e in game.step() if isinstance(e, GateOpened)]
        recorder.after_step()
    assert opened
    played = play_back(recorder.replay(), verify=True)
    assert played.mismatch is None and played.final_hash == game.state_hash()


def test_a_gate_that_shuts_waits_until_no_machine_stands_in_it_then_walls_the_way_back(tmp_path):
    game = gated(tmp_path, switch="shuts", sensor=(7, 1))  # its trigger over the gate: it fires with the Layzner in it
    state = game.res.gates[0]
    events = []
    while not game.res.triggers[0].fired:
        events += walk(game, 1 / 60)
    assert state.worked and not state.shut and not [e for e in events if isinstance(e, GateShut)]
    events = walk(game, 2.0)
    assert [e for e in events if isinstance(e, GateShut)] and state.shut
    walk(game, 2.0, east=-1.0)  # and back: the gate is wall now
    assert player(game).x >= EAST_FACE + radius(game) - 0.5


def test_the_bot_makes_its_grid_again_for_the_walls_as_a_gate_opens(tmp_path):
    game = gated(tmp_path)
    bot = Bot(game)
    pad = PAD
    assert not bot.grid.route(WEST, bot.grid.nearest_open(*pad))  # no way to the pad while the gate is shut
    walk(game, 1.0)
    bot.steer()
    me = player(game)
    assert bot.grid.level is game.res.walls and bot.grid.route((me.x, me.y), bot.grid.nearest_open(*pad))



def test_the_bot_goes_out_of_its_way_to_the_trigger_that_opens_the_gate_to_its_objective(tmp_path):
    game = gated(tmp_path, sensor=(1, 1))  # the trigger along the west room's west wall: behind the Layzner
    run = play_level(game, 30.0)
    assert run.outcome == "won", run
    assert game.res.triggers[0].fired and not game.res.gates[0].shut
    again = gated(tmp_path, sensor=(1, 1))
    play_level(again, 30.0)
    assert (again.tick, again.state_hash()) == (game.tick, game.state_hash())  # the same choices on the same seed


def test_the_bot_holds_the_objective_that_opens_the_gate_to_the_other_one_first(tmp_path):
    # The west room runs on four tiles south; the Layzner starts beside the gate, the pad beyond it nearer than the
    # objective in the far south-west corner which, held for 1 s, opens the gate.
    rows = [row.replace("P", ".") for row in EMPTY[:-1]] + ["#......#######"] * 4 + EMPTY[-1:]
    rows[3] = rows[3][:5] + "P" + rows[3][6:]
    game = gated(tmp_path, rows=rows, sensor=(1, 5), hold=1.0)
    assert [objective.object_id for objective in game.res.level.objectives] == [SENSOR_ID, PAD_ID]
    run = play_level(game, 30.0)
    assert run.outcome == "won", run
    assert game.res.objectives_reached == [True, True] and not game.res.gates[0].shut


def test_the_bot_opens_the_gate_to_the_enemy_it_must_stop(tmp_path):
    level = load_level(write_map(tmp_path, GATED, more_objects=gate_objects(sensor=(1, 1))))  # no objective
    game = Game(level, load_catalog(), 1)
    run = play_level(game, 60.0)
    assert run.outcome == "won", run
    assert game.res.triggers[0].fired and run.enemies_alive == 0


def test_the_bot_opens_a_gate_that_brings_the_next_ones_switch_in_reach_though_neither_alone_opens_the_way(tmp_path):
    # Three rooms in a row: the west gate opens on the trigger behind the Layzner, the east one on a trigger in the
    # middle room, between the gates; the pad is in the east room.
    rows = ["####################",
            "#......#.....#.....#",
            "#.P....G.....G.....#",
            "#......G.....G.....#",
            "#......#.....#.....#",
            "####################"]
    east = (f'<object id="60" name="east shutter" type="gate" x="{13 * TILE}" y="{2 * TILE}" width="{TILE}" '
            f'height="{2 * TILE}"><properties><property name="opens" type="object" value="61"/></properties></object>'
            f'<object id="61" name="east sensor" type="trigger" x="{10 * TILE}" y="{TILE}" width="{TILE}" '
            f'height="{4 * TILE}"><properties>{ALARM}</properties></object>'
            f'<object id="62" name="far pad" type="objective" x="{16 * TILE}" y="{3 * TILE}" width="{2 * TILE}" '
            f'height="{2 * TILE}"/>')
    level = load_level(write_map(tmp_path, rows, more_objects=gate_objects(sensor=(1, 1)) + east))
    game = Game(level, load_catalog(), 1)
    run = play_level(game, 30.0)
    assert run.outcome == "won", run
    assert [state.fired for state in game.res.triggers] == [1, 1] and not any(s.shut for s in game.res.gates)


# A Dis patrolling from the east room through a gate that shuts into the west one; the Layzner shut in a pocket in
# the south-west, out of its sight, so the Dis only patrols.
PATROLLED = ["#################",
             "#.........#.....#",
             "#.........G...E.#",
             "#.........G.....#",
             "###.......#.....#",
             "#P#.......#.....#",
             "#################"]
PATROL_GATE = (f'<object id="{GATE_ID}" name="shutter" type="gate" x="{10 * TILE}" y="{2 * TILE}" width="{TILE}" '
               f'height="{2 * TILE}"><properties><property name="shuts" type="object" value="{SENSOR_ID}"/>'
               f'</properties></object><object id="{SENSOR_ID}" name="sensor" type="trigger" x="{8 * TILE}" '
               f'y="{TILE}" width="{TILE}" height="{TILE}"><properties>{MESSAGE}'
               '<property name="text" value="Sealed."/></properties></object>')


def patrol_cut(tmp_path, points: list[tuple[int, int]]) -> tuple[Game, list[tuple[float, float]]]:
    """The Dis walking `points`; the gate shut once it is in the west room (x < 8 tiles); its places (px) over the
    next 20 s."""
    game = Game(load_level(write_map(tmp_path, PATROLLED, patrols={0: points}, more_objects=PATROL_GATE)),
                load_catalog(), 1)
    dis = game.world.get(game.enemies()[0], Position)
    while dis.x >= 8 * TILE:
        game.step()
    game.res.triggers[0].fired = 1  # as if the player had walked into it
    places = []
    for _ in range(20 * 60):
        game.step()
        places.append((dis.x, dis.y))
    assert game.res.gates[0].shut
    return game, places


def test_a_patroller_whose_leg_a_gate_has_cut_keeps_to_the_legs_it_can_still_reach(tmp_path):
    # east room (14, 2), west room (5, 2), then (5, 5), back and forth: once shut, the gate cuts the first leg
    game, places = patrol_cut(tmp_path, [(14, 2), (5, 2), (5, 5)])
    assert max(x for x, _ in places) < 10 * TILE - 40  # never back at the gate, pressing into it
    north, south = centre(5, 2), centre(5, 5)
    for point in (north, south):  # and it walks the leg it still has, to each end, again and again
        near = [abs(x - point[0]) + abs(y - point[1]) < 20 for x, y in places]
        assert sum(1 for was, now in zip(near, near[1:]) if now and not was) >= 2
    assert game.world.get(game.enemies()[0], Brain).state in ("patrol", "return")


def test_a_patroller_with_no_leg_left_waits_at_the_last_point_it_reached_without_stirring(tmp_path):
    game, places = patrol_cut(tmp_path, [(14, 2), (5, 2)])  # one leg, through the gate
    west = centre(5, 2)
    assert all(abs(x - west[0]) < 15 and abs(y - west[1]) < 15 for x, y in places[-600:])
    assert len(set(places[-300:])) == 1  # standing still, not jittering


def test_the_bot_reaches_the_objective_before_the_one_that_opens_the_gate_then_that_one_then_the_pad(tmp_path):
    # The switch opens the gate to the pad, and is closed until the relay is held 1 s: the bot's only way through.
    gate = (f'<object id="{GATE_ID}" name="shutter" type="gate" x="{7 * TILE}" y="{2 * TILE}" width="{TILE}" '
            f'height="{2 * TILE}"><properties><property name="opens" type="object" value="61"/></properties></object>')
    objects = (gate + objective_xml(62, "pad", 11, 3)
               + objective_xml(60, "relay", 1, 3, '<property name="hold" type="float" value="1"/>')
               + objective_xml(61, "switch", 4, 3, '<property name="after" type="object" value="60"/>'))
    game = Game(load_level(write_map(tmp_path, EMPTY, more_objects=objects)), load_catalog(), 1)
    run = play_level(game, 30.0)
    assert run.outcome == "won", run
    assert game.res.objectives_reached == [True, True, True] and not game.res.gates[0].shut
