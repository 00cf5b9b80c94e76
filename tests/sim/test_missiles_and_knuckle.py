"""Calf missiles (lock, ammunition, homing, shooting down, outrunning), the knuckle shot, and telegraphs."""

import math

from game.sim.components import Gun, Health, Launcher, Position, Velocity
from game.sim.shots import add_bolt
from game.sim.events import (Damaged, Fired, LockAcquired, MissileLaunched, MissileShotDown, ShotStopped,
                             ShotTelegraphed)
from game.sim.systems.missiles import lock_progress
from game.sim.terrain import line_of_sight
from tests.maps import centre, game_from_ascii

FIELD = ["#########################"] + ["#.......................#"] * 4 + ["#.P..........E..........#"] + \
    ["#.......................#"] * 4 + ["#########################"]


def spec(game):
    return game.res.catalog.units["layzner"].missiles


def aim_at(game, entity):
    pos = game.world.get(entity, Position)
    intent = game.player_intent()
    intent.aim_x, intent.aim_y = pos.x, pos.y
    return intent


def hold_lock(game, enemy, seconds):
    intent = aim_at(game, enemy)
    intent.missile = True
    events = []
    for _ in range(round(seconds * 60)):
        aim_at(game, enemy)
        events += game.step()
    return events


def test_holding_the_reticle_on_an_enemy_locks_it_after_the_lock_time(tmp_path):
    game = game_from_ascii(tmp_path, FIELD)
    enemy = game.enemies()[0]
    events = hold_lock(game, enemy, spec(game).lock_time * 0.8)
    assert (not any(isinstance(e, LockAcquired) for e in events)
            and 0 < lock_progress(game.world, game.res, game.player) < 1)
    events = hold_lock(game, enemy, spec(game).lock_time * 0.4)
    assert LockAcquired(game.player, enemy) in events and lock_progress(game.world, game.res, game.player) == 1


def test_releasing_a_lock_launches_a_salvo_that_homes_on_the_target_and_uses_ammo(tmp_path):
    game = game_from_ascii(tmp_path, FIELD)
    enemy = game.enemies()[0]
    game.world.get(enemy, Gun).cooldown = 1e9  # its return fire could shoot a missile down: not this test
    launcher = game.world.get(game.player, Launcher)
    hold_lock(game, enemy, spec(game).lock_time + 0.1)
    game.player_intent().missile = False
    events = game.run(ticks=1)
    assert MissileLaunched(game.player, enemy, spec(game).salvo) in events
    assert launcher.ammo == spec(game).ammo - spec(game).salvo
    missiles = missiles_in_flight(game)
    assert len(missiles) == spec(game).salvo and all(m.missile.target == enemy for m in missiles)
    hits = [e for e in game.run(seconds=2) if isinstance(e, Damaged) and e.entity == enemy]
    assert sum(h.amount for h in hits) == spec(game).damage * spec(game).salvo


def test_without_a_lock_one_missile_flies_straight(tmp_path):
    game = game_from_ascii(tmp_path, FIELD)
    intent = game.player_intent()
    intent.aim_x, intent.aim_y = centre(2, 1)  # away from the enemy: nothing to lock
    intent.missile = True
    game.run(ticks=5)
    intent.missile = False
    assert MissileLaunched(game.player, 0, 1) in game.run(ticks=1)
    assert [m.missile.target for m in missiles_in_flight(game)] == [0]


def test_an_empty_launcher_launches_nothing(tmp_path):
    game = game_from_ascii(tmp_path, FIELD)
    game.world.get(game.player, Launcher).ammo = 0
    intent = game.player_intent()
    intent.missile = True
    game.run(ticks=5)
    intent.missile = False
    assert not any(isinstance(e, MissileLaunched) for e in game.run(ticks=2))
    assert not missiles_in_flight(game)


def missiles_in_flight(game):
    return list(game.res.missiles)


def launch_at(game, enemy):
    hold_lock(game, enemy, spec(game).lock_time + 0.1)
    game.player_intent().missile = False
    game.run(ticks=1)


def test_a_missile_can_be_shot_down(tmp_path):
    game = game_from_ascii(tmp_path, FIELD)
    enemy = game.enemies()[0]
    launch_at(game, enemy)
    missile = missiles_in_flight(game)[0]
    x, y = missile.x + 60, missile.y  # an enemy bolt meeting it head on
    add_bolt(game.res, enemy, "grados", "dis_rifle", x, y, -700.0, 0.0, 11.0, 300.0)
    events = game.run(ticks=8)
    assert any(isinstance(e, MissileShotDown) for e in events)
    assert missile not in game.res.missiles


def test_a_missile_that_cannot_catch_its_target_bursts_when_its_fuel_runs_out(tmp_path):
    game = game_from_ascii(tmp_path, FIELD)
    enemy = game.enemies()[0]
    launch_at(game, enemy)
    game.world.delete(enemy)  # the target is gone: nothing to home on
    missiles = missiles_in_flight(game)
    bursts = [e for e in game.run(seconds=spec(game).fuel + 0.2) if isinstance(e, ShotStopped)]
    assert bursts and not any(m in game.res.missiles for m in missiles)


def test_a_missile_turns_at_a_limited_rate(tmp_path):
    game = game_from_ascii(tmp_path, FIELD)
    enemy = game.enemies()[0]
    launch_at(game, enemy)
    shot = missiles_in_flight(game)[0]
    before = math.atan2(shot.vy, shot.vx)
    pos = game.world.get(enemy, Position)
    pos.y -= 200  # the target jumps aside
    game.step()
    after = math.atan2(shot.vy, shot.vx)
    assert abs(after - before) <= shot.missile.turn_rate / 60 + 1e-9


def test_the_knuckle_shot_hits_hard_up_close_and_shoves(tmp_path):
    game = game_from_ascii(tmp_path, ["##########", "#........#", "#.PE.....#", "#........#", "##########"])
    enemy = game.enemies()[0]
    intent = aim_at(game, enemy)
    intent.knuckle = True
    events = game.run(ticks=4)
    punch = game.res.catalog.weapons["knuckle_shot"]
    assert any(isinstance(e, Fired) and e.weapon == "knuckle_shot" for e in events)
    assert [e.amount for e in events if isinstance(e, Damaged) and e.entity == enemy] == [punch.damage]
    assert game.world.get(enemy, Velocity).x > 100  # thrown back


def test_the_knuckle_shot_does_not_reach_far(tmp_path):
    game = game_from_ascii(tmp_path, ["############", "#..........#", "#.P.....E..#", "#..........#", "############"])
    enemy = game.enemies()[0]
    aim_at(game, enemy).knuckle = True  # six tiles away: well beyond a punch
    assert not any(isinstance(e, Damaged) and e.entity == enemy for e in game.run(seconds=0.5))


# The Layzner below a room's corner, the Dis in the room beyond it: 61 px apart, within a knuckle blast's 22 + 20 px
# reach of its path, but the corner's wall stands between them.
CORNER = ["#########", "#.......#", "#.......#", "#...E...#", "#..######", "#.P######", "#..######", "#########"]


def test_the_knuckle_shot_does_not_reach_round_a_wall_s_corner(tmp_path):
    for seed in (1, 2, 3):
        game = game_from_ascii(tmp_path, CORNER, seed=seed)
        enemy = game.enemies()[0]
        for entity, (x, y) in ((game.player, (76.0, 150.0)), (enemy, (120.0, 108.0))):
            pos = game.world.get(entity, Position)
            pos.x = pos.prev_x = x
            pos.y = pos.prev_y = y
        assert not line_of_sight(game.res.level, 76.0, 150.0, 120.0, 108.0)
        aim_at(game, enemy).knuckle = True
        events = game.run(ticks=6)
        assert any(isinstance(e, Fired) and e.weapon == "knuckle_shot" for e in events)
        assert not any(isinstance(e, Damaged) and e.entity == enemy for e in events)


def test_an_enemy_telegraphs_each_shot_for_its_wind_up_before_it_fires(tmp_path):
    game = game_from_ascii(tmp_path, FIELD)
    enemy = game.enemies()[0]
    game.world.get(game.player, Health).hit_points = 10_000
    windup = round(game.res.catalog.weapons["dis_rifle"].windup * 60)
    cue_ticks, shot_ticks = [], []
    for tick in range(4 * 60):
        for event in game.step():
            if isinstance(event, ShotTelegraphed) and event.entity == enemy:
                cue_ticks.append(tick)
            elif isinstance(event, Fired) and event.entity == enemy:
                shot_ticks.append(tick)
    assert windup > 0 and shot_ticks
    for shot in shot_ticks:  # every shot was announced exactly its wind-up earlier
        assert shot - windup + 1 in cue_ticks


def test_an_empty_launcher_locks_nothing(tmp_path):
    """With no missile left there is nothing to lock for: no lock built, no LockAcquired (its chime, Rei's line)."""
    game = game_from_ascii(tmp_path, FIELD)
    launcher = game.world.get(game.player, Launcher)
    launcher.ammo = 0
    events = hold_lock(game, game.enemies()[0], spec(game).lock_time * 2)
    assert not any(isinstance(e, LockAcquired) for e in events)
    assert launcher.held and not launcher.target and lock_progress(game.world, game.res, game.player) == 0
