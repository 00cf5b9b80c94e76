"""Heat, overheat, dash invulnerability, the V-MAX meter and V-MAX itself, played headless."""

import dataclasses
import math

from game.content.catalog import load_catalog
from game.content.level import load_level
from game.content.level_data import Objective
from game.sim.components import Dash, Health, Heat, Launcher, Position, Velocity, Vmax
from game.sim.shots import add_bolt
from game.sim.events import (Damaged, Dashed, Deflected, Fired, MissileLaunched, NearMiss, Overheated, Rammed, Vented,
                             VmaxCharged, VmaxEnded, VmaxStarted)
from game.sim.game import Game
from tests.maps import cell_region, centre, game_from_ascii, write_map

ARENA = ["####################"] + ["#..................#"] * 3 + ["#.P..........E.....#"] + \
    ["#..................#"] * 3 + ["####################"]  # the enemy stands within sight range
ALONE = ["####################"] + ["#..................#"] * 3 + ["#.P................#"] + \
    ["#..................#"] * 3 + ["####################"]
# An objective in the far corner: with no enemy and nothing to reach, the level would be won at once, and a won
# level's Layzner takes no damage.
FAR = Objective(8, "far corner", "objects", cell_region(18, 1), "Reach the far corner")


def alone(tmp_path) -> Game:
    """The player alone on ALONE, the level still to be won."""
    return game_from_ascii(tmp_path, ALONE, extra={"objectives": (FAR,)})


def spec(game):
    return game.res.catalog.units["layzner"]


def player(game, kind):
    return game.world.get(game.player, kind)


# --- heat -------------------------------------------------------------------------------------------------

def test_sustained_fire_builds_heat_and_resting_cools_it(tmp_path):
    game = alone(tmp_path)
    heat = player(game, Heat)
    intent = game.player_intent()
    intent.aim_x, intent.aim_y = centre(17, 4)
    intent.fire = True
    shots = sum(isinstance(e, Fired) for e in game.run(seconds=2))
    assert math.isclose(heat.value, shots * game.res.catalog.weapons["laser_rifle"].heat, rel_tol=0.05)
    intent.fire = False
    peak = heat.value
    game.run(seconds=spec(game).heat.cool_delay * 0.8)
    assert heat.value == peak  # a short pause is not rest
    game.run(seconds=1.0)
    assert heat.value < peak
    game.run(seconds=10)
    assert heat.value == 0.0


def test_a_dash_costs_heat(tmp_path):
    game = alone(tmp_path)
    game.player_intent().dash = True
    assert any(isinstance(e, Dashed) for e in game.run(ticks=1))
    assert player(game, Heat).value == spec(game).heat.dash


def test_overheat_starts_at_100_percent_and_locks_weapons_dash_and_vmax(tmp_path):
    game = alone(tmp_path)
    heat, vmax = player(game, Heat), player(game, Vmax)
    heat.value = 99.0
    intent = game.player_intent()
    intent.fire = True
    events = game.run(ticks=1)
    assert Overheated(game.player) in events and heat.overheated and heat.value == 100.0
    vmax.meter = 1.0
    launcher = player(game, Launcher)
    ammo = launcher.ammo
    intent.dash = intent.vmax = intent.knuckle = intent.missile = True
    events = game.run(seconds=1)
    intent.missile = False  # let go: a release launches, unlocked, whenever the launcher may
    events += game.run(seconds=0.5)
    assert heat.overheated  # still venting, so each of these was tried while locked
    assert not any(isinstance(e, (Fired, Dashed, VmaxStarted, MissileLaunched)) for e in events)
    assert launcher.ammo == ammo > 0


def test_the_overheat_lockout_ends_only_when_cooled_to_the_safe_level(tmp_path):
    game = alone(tmp_path)
    heat = player(game, Heat)
    heat_spec = spec(game).heat
    heat.value, heat.overheated = 100.0, True
    game.player_intent().fire = True
    vent_seconds = (100 - heat_spec.safe_level) / heat_spec.vent_rate
    events = game.run(seconds=vent_seconds - 0.2)
    assert heat.overheated and not any(isinstance(e, Fired) for e in events)
    assert heat.value < heat_spec.warning  # cooler than the warning line, and still locked
    events = game.run(seconds=0.4)
    assert Vented(game.player) in events and not heat.overheated
    assert any(isinstance(e, Fired) for e in events)  # the trigger works again


def test_an_overheated_machine_crawls_and_takes_extra_damage(tmp_path):
    cool, hot = alone(tmp_path), alone(tmp_path)
    player(hot, Heat).value, player(hot, Heat).overheated = 100.0, True
    for game in (cool, hot):
        game.player_intent().move_x = 1.0
        game.run(seconds=0.5)
    assert math.isclose(math.hypot(player(hot, Velocity).x, 0), spec(hot).max_speed * spec(hot).heat.crawl,
                        rel_tol=0.01)
    assert math.isclose(player(cool, Velocity).x, spec(cool).max_speed, rel_tol=0.01)
    from game.sim.damage import deal_damage
    taken = [deal_damage(g.world, g.res, g.player, 10, 0, 0, 0) for g in (cool, hot)]
    assert taken == [10, 10 * spec(hot).heat.damage_taken]


# --- dash ----------------------------------------------------------------------------------------------------

def enemy_bolt_at_player(game, distance=60.0, offset=0.0):
    """An enemy bolt flying straight at the player (or `offset` px to the side of it)."""
    pos = player(game, Position)
    x, y = pos.x + distance, pos.y + offset
    return add_bolt(game.res, 0, "grados", "dis_rifle", x, y, -600.0, 0.0, 11.0, 500.0)


def test_a_dash_lets_shots_pass_through_for_a_moment(tmp_path):
    game = alone(tmp_path)
    health = player(game, Health)
    intent = game.player_intent()
    intent.dash, intent.move_y = True, -1.0  # dash north, across the bolt's path
    game.run(ticks=1)
    assert player(game, Dash).invulnerable_left > 0
    enemy_bolt_at_player(game, distance=30)
    events = game.run(ticks=4)
    assert not any(isinstance(e, Damaged) for e in events) and health.hit_points == health.max_hit_points


def test_without_a_dash_the_same_shot_hits(tmp_path):
    game = alone(tmp_path)
    enemy_bolt_at_player(game, distance=30)
    assert any(isinstance(e, Damaged) and e.entity == game.player for e in game.run(ticks=4))


# --- the V-MAX meter -----------------------------------------------------------------------------------------

def test_the_meter_fills_from_damage_dealt(tmp_path):
    game = game_from_ascii(tmp_path, ARENA)
    enemy = game.enemies()[0]
    pos = game.world.get(enemy, Position)
    x, y = pos.x - 40, pos.y  # a bolt of the player's, just short of the enemy
    add_bolt(game.res, game.player, "un", "laser_rifle", x, y, 600.0, 0.0, 7.0, 500.0)
    dealt = sum(e.amount for e in game.run(ticks=4) if isinstance(e, Damaged) and e.entity == enemy)
    assert dealt == 7.0
    assert math.isclose(player(game, Vmax).meter, dealt * spec(game).vmax.per_damage_dealt)


def test_the_meter_fills_from_damage_taken(tmp_path):
    game = alone(tmp_path)
    enemy_bolt_at_player(game, distance=30)
    taken = sum(e.amount for e in game.run(ticks=4) if isinstance(e, Damaged))
    assert taken == 11.0
    assert math.isclose(player(game, Vmax).meter, taken * spec(game).vmax.per_damage_taken)


def test_the_hit_that_wrecks_the_machine_fills_no_meter(tmp_path):
    """A wreck earns nothing: the meter filled by the last hit chimed 'V-MAX ready' as the Layzner blew up."""
    game = alone(tmp_path)
    player(game, Health).hit_points = 5.0
    player(game, Vmax).meter = 0.99  # 5 hp taken would fill it
    enemy_bolt_at_player(game, distance=30)
    events = game.run(ticks=4)
    assert any(isinstance(e, Damaged) and e.entity == game.player for e in events)
    assert not game.world.exists(game.player) and not any(isinstance(e, VmaxCharged) for e in events)


def test_the_meter_fills_from_a_near_miss_once_per_shot(tmp_path):
    game = alone(tmp_path)
    radius = spec(game).radius
    enemy_bolt_at_player(game, distance=90, offset=radius + spec(game).vmax.near_miss / 2)
    events = game.run(seconds=0.5)
    assert [type(e) for e in events if isinstance(e, (NearMiss, Damaged))] == [NearMiss]
    assert math.isclose(player(game, Vmax).meter, spec(game).vmax.per_near_miss)


def test_a_shot_that_hits_is_not_also_a_near_miss(tmp_path):
    game = alone(tmp_path)
    enemy_bolt_at_player(game, distance=90)
    events = game.run(seconds=0.5)
    assert any(isinstance(e, Damaged) for e in events) and not any(isinstance(e, NearMiss) for e in events)


def test_a_shot_passing_far_away_earns_nothing(tmp_path):
    game = alone(tmp_path)
    enemy_bolt_at_player(game, distance=90, offset=spec(game).radius + spec(game).vmax.near_miss + 8)
    assert not any(isinstance(e, NearMiss) for e in game.run(seconds=0.5))
    assert player(game, Vmax).meter == 0.0


# --- V-MAX ---------------------------------------------------------------------------------------------------

def test_vmax_starts_only_when_the_meter_is_full(tmp_path):
    game = alone(tmp_path)
    vmax = player(game, Vmax)
    vmax.meter = 0.99
    game.player_intent().vmax = True
    assert not any(isinstance(e, VmaxStarted) for e in game.run(ticks=2))
    assert game.player_intent().vmax is False  # the refused request is dropped
    vmax.meter = 1.0
    game.player_intent().vmax = True
    assert VmaxStarted(game.player) in game.run(ticks=1)


def test_vmax_is_fast_heats_up_ends_on_time_and_cannot_be_chained(tmp_path):
    game = game_from_ascii(tmp_path, ["#" * 60] + ["#" + "." * 58 + "#"] * 3 + ["#.P" + "." * 56 + "#"] +
                           ["#" + "." * 58 + "#"] * 3 + ["#" * 60])
    vmax_spec = spec(game).vmax
    vmax, heat = player(game, Vmax), player(game, Heat)
    vmax.meter = 1.0
    intent = game.player_intent()
    intent.vmax, intent.move_x = True, 1.0
    game.run(seconds=0.5)
    assert player(game, Velocity).x > spec(game).max_speed * 2  # several times its speed
    events = game.run(seconds=vmax_spec.duration)
    assert VmaxEnded(game.player) in events and vmax.active_left == 0
    assert math.isclose(heat.value, vmax_spec.heat_rate * vmax_spec.duration, rel_tol=0.05)
    assert vmax.meter == 0.0 and vmax.cooldown > 0
    vmax.meter = 1.0  # even with a full meter, not straight away
    intent.vmax = True
    assert not any(isinstance(e, VmaxStarted) for e in game.run(ticks=1))


def test_the_pilot_can_end_vmax_early_to_spare_the_heat(tmp_path):
    game = alone(tmp_path)
    vmax, heat = player(game, Vmax), player(game, Heat)
    vmax.meter = 1.0
    game.player_intent().vmax = True
    game.run(seconds=1)
    game.player_intent().vmax = True
    assert VmaxEnded(game.player) in game.run(ticks=1)
    assert heat.value < spec(game).vmax.heat_rate * 1.1


def test_the_vmax_barrier_deflects_enemy_shots(tmp_path):
    game = alone(tmp_path)
    player(game, Vmax).meter = 1.0
    game.player_intent().vmax = True
    game.run(ticks=1)
    bolt_id = enemy_bolt_at_player(game, distance=40)
    events = game.run(ticks=6)
    assert any(isinstance(e, Deflected) for e in events) and not any(isinstance(e, Damaged) for e in events)
    bolt = game.res.bolts.find(bolt_id)
    assert bolt.faction == "un" and bolt.vx > 0  # now the player's, flying back


def test_vmax_rams_enemies_for_heavy_contact_damage(tmp_path):
    game = game_from_ascii(tmp_path, ARENA)
    enemy = game.enemies()[0]
    player(game, Vmax).meter = 1.0
    intent = game.player_intent()
    intent.vmax = True
    rams = []
    for _ in range(3 * 60):
        target = game.world.try_get(enemy, Position)
        if target is None:
            break
        pos = player(game, Position)
        intent.move_x, intent.move_y = target.x - pos.x, target.y - pos.y
        size = math.hypot(intent.move_x, intent.move_y) or 1
        intent.move_x, intent.move_y = intent.move_x / size, intent.move_y / size
        rams += [e for e in game.step() if isinstance(e, Rammed)]
    assert rams and rams[0].target == enemy
    ram_damage = spec(game).vmax.ram_damage
    assert game.world.try_get(enemy, Health) is None or \
        game.world.get(enemy, Health).hit_points <= game.res.catalog.units["dis"].hit_points - ram_damage


def test_without_vmax_touching_an_enemy_does_no_damage(tmp_path):
    game = game_from_ascii(tmp_path, ["#######", "#.....#", "#.PE..#", "#.....#", "#######"])
    enemy = game.enemies()[0]
    game.world.get(game.player, Health).hit_points = 10_000
    events = game.run(ticks=3)
    assert not any(isinstance(e, Rammed) for e in events)
    assert not any(isinstance(e, Damaged) and e.entity == enemy for e in events)


def test_an_enemy_with_vmax_uses_it_when_its_meter_is_full(tmp_path):
    catalog = load_catalog()
    layzner = catalog.units["layzner"]
    rival = dataclasses.replace(catalog.units["dis"], heat=layzner.heat, vmax=layzner.vmax)
    catalog = dataclasses.replace(catalog, units={**catalog.units, "dis": rival})
    game = Game(load_level(write_map(tmp_path, ARENA)), catalog, seed=1)
    enemy = game.enemies()[0]
    game.world.get(game.player, Health).hit_points = 10_000
    game.world.get(enemy, Vmax).meter = 1.0
    events = game.run(seconds=3)
    assert VmaxStarted(enemy) in events
    assert game.world.get(enemy, Heat).value > 0  # the same rules: it heats up too
    assert any(isinstance(e, Rammed) and e.entity == enemy for e in events)  # and it charges in to ram
