"""Disable or destroy: where bolts land on a Dis decides whether its pilot ejects or dies with it."""

import math

import pytest

from game.sim.components import Brain, Disabled, Facing, Gun, Health, Parts, Pod, Position
from game.sim.events import Damaged, Destroyed, LevelEnded, PartHit, PilotEjected
from game.sim.events import Disabled as DisabledEvent
from game.sim.shots import add_bolt
from game.sim.systems.disabling import POD_TIME, part_struck
from tests.maps import game_from_ascii

ARENA = ["#########################"] + ["#.......................#"] * 4 + ["#.P..........E..........#"] + \
    ["#.......................#"] * 4 + ["#########################"]

WEAPON_ARM, LEGS, FRONT, RIGHT_FLANK = -37.0, 180.0, 0.0, 40.0  # bearings (degrees) from the Dis's facing


def parts_spec(game):
    return game.res.catalog.units["dis"].parts


def bolt_at(game, target, bearing, weapon="laser_rifle", radius=0.0):
    """One player bolt flying straight at the target's centre so that it strikes at `bearing` (degrees from the
    target's facing, positive to its right); the target's pilot is held still so the bearing is exact."""
    pos, facing = game.world.get(target, Position), game.world.get(target, Facing)
    brain = game.world.try_get(target, Brain)
    if brain is not None:
        game.world.get(target, Gun).cooldown = 99.0  # it holds its fire: these tests count the player's hits
    angle = facing.angle + math.radians(bearing)
    x, y = pos.x + math.cos(angle) * 26, pos.y + math.sin(angle) * 26
    spec = game.res.catalog.weapons[weapon]
    add_bolt(game.res, game.player, "un", weapon, x, y, -math.cos(angle) * spec.projectile_speed,
             -math.sin(angle) * spec.projectile_speed, spec.damage, spec.range, radius)
    return game.step()


def freeze_enemy(game, enemy):
    """Take the pilot's mind for a moment: the Dis neither turns nor moves while the test aims at it."""
    brain = game.world.get(enemy, Brain)
    brain.state, brain.patrol = "patrol", ()
    game.world.get(enemy, Facing).angle = brain.rest_angle = 0.5
    brain.home = (game.world.get(enemy, Position).x, game.world.get(enemy, Position).y)


def still_dis(tmp_path):
    """The arena, its one Dis held still (freeze_enemy) for the test to aim at: (the game, the Dis)."""
    game = game_from_ascii(tmp_path, ARENA)
    enemy = game.enemies()[0]
    freeze_enemy(game, enemy)
    return game, enemy


@pytest.mark.parametrize("bearing, part", [(-37, "weapon"), (-59, "weapon"), (-16, "weapon"), (180, "legs"),
                                           (125, "legs"), (-125, "legs"), (0, None), (40, None), (-90, None),
                                           (90, None), (-10, None)])
def test_the_part_a_bolt_strikes_is_its_bearing_from_the_facing(bearing, part):
    pos = Position(100.0, 100.0)
    for facing in (0.0, 2.0, -2.5):
        angle = facing + math.radians(bearing)
        assert part_struck(pos, facing, 100 + math.cos(angle) * 20, 100 + math.sin(angle) * 20) == part


@pytest.mark.parametrize("bearing, part", [(WEAPON_ARM, "weapon"), (LEGS, "legs")])
def test_bolts_on_a_part_wear_it_out_then_the_machine_is_disabled_and_its_pilot_ejects(tmp_path, bearing, part):
    game, enemy = still_dis(tmp_path)
    spec, damage = parts_spec(game), game.res.catalog.weapons["laser_rifle"].damage
    needed = math.ceil(getattr(spec, part) / damage)
    health = game.world.get(enemy, Health)
    for n in range(1, needed):
        events = bolt_at(game, enemy, bearing)
        assert [e.part for e in events if isinstance(e, PartHit)] == [part]
        assert getattr(game.world.get(enemy, Parts), part) == n * damage
        assert health.hit_points == pytest.approx(health.max_hit_points - n * damage * spec.hull_share)
        assert game.world.has(enemy, Brain)
    events = bolt_at(game, enemy, bearing)
    disabled = [e for e in events if isinstance(e, DisabledEvent)]
    assert [(e.entity, e.part) for e in disabled] == [(enemy, part)]
    assert any(isinstance(e, PilotEjected) for e in events)
    assert not any(isinstance(e, Destroyed) for e in events)
    assert game.world.get(enemy, Disabled).part == part
    for gone in (Brain, Gun, Health, Parts):
        assert not game.world.has(enemy, gone)
    assert (game.res.tally.spared, game.res.tally.destroyed) == (1, 0)


@pytest.mark.parametrize("bearing", [FRONT, RIGHT_FLANK])
def test_bolts_on_the_hull_destroy_the_machine_sooner_and_wear_no_part(tmp_path, bearing):
    game, enemy = still_dis(tmp_path)
    spec, damage = parts_spec(game), game.res.catalog.weapons["laser_rifle"].damage
    to_destroy = math.ceil(game.world.get(enemy, Health).hit_points / damage)
    to_disable = math.ceil(spec.weapon / damage)
    assert to_destroy * damage > to_disable * damage * spec.hull_share  # aimed fire keeps the hull alive
    for n in range(1, to_destroy):
        events = bolt_at(game, enemy, bearing)
        assert not any(isinstance(e, PartHit) for e in events)
        assert [e.amount for e in events if isinstance(e, Damaged)] == [damage]
    assert game.world.get(enemy, Parts) == Parts()
    events = bolt_at(game, enemy, bearing)
    assert [e.entity for e in events if isinstance(e, Destroyed)] == [enemy]
    assert (game.res.tally.spared, game.res.tally.destroyed) == (0, 1)


@pytest.mark.parametrize("weapon, radius", [("knuckle_shot", 22.0), ("laser_rifle", 6.0)])
def test_wide_shots_are_not_precise_and_always_strike_the_hull(tmp_path, weapon, radius):
    game, enemy = still_dis(tmp_path)
    events = bolt_at(game, enemy, WEAPON_ARM, weapon, radius)
    assert not any(isinstance(e, PartHit) for e in events)
    assert [e.amount for e in events if isinstance(e, Damaged)] == [game.res.catalog.weapons[weapon].damage]


def test_a_hull_about_to_give_out_is_destroyed_not_disabled(tmp_path):
    game, enemy = still_dis(tmp_path)
    spec, damage = parts_spec(game), game.res.catalog.weapons["laser_rifle"].damage
    game.world.get(enemy, Parts).weapon = spec.weapon - 1  # the next bolt on the arm would finish it
    game.world.get(enemy, Health).hit_points = damage * spec.hull_share  # and the hull's share finishes the hull
    events = bolt_at(game, enemy, WEAPON_ARM)
    assert [e.entity for e in events if isinstance(e, Destroyed)] == [enemy]
    assert not any(isinstance(e, (DisabledEvent, PilotEjected)) for e in events)
    assert (game.res.tally.spared, game.res.tally.destroyed) == (0, 1)


def test_a_disabled_machine_stands_still_and_silent_while_its_pod_flies_off_the_field(tmp_path):
    game, enemy = still_dis(tmp_path)
    game.world.get(enemy, Parts).weapon = parts_spec(game).weapon - 1
    events = bolt_at(game, enemy, WEAPON_ARM)
    pod = next(e.pod for e in events if isinstance(e, PilotEjected))
    husk = game.world.get(enemy, Position)
    where = (husk.x, husk.y)
    player = game.world.get(game.player, Position)
    start = math.hypot(game.world.get(pod, Position).x - player.x, game.world.get(pod, Position).y - player.y)
    later = game.run(seconds=POD_TIME / 2)
    pod_pos = game.world.get(pod, Position)
    assert math.hypot(pod_pos.x - player.x, pod_pos.y - player.y) > start + 100  # away from the Layzner
    assert (husk.x, husk.y) == where
    assert not any(getattr(e, "entity", None) == enemy for e in later)  # no shot, no telegraph, no damage
    assert game.world.has(pod, Pod)
    game.run(seconds=POD_TIME / 2 + 0.1)
    assert not game.world.exists(pod)
    assert game.world.exists(enemy)  # the husk stays


def test_sparing_the_last_enemy_wins_the_level(tmp_path):
    game, enemy = still_dis(tmp_path)
    game.world.get(enemy, Parts).legs = parts_spec(game).legs - 1
    events = bolt_at(game, enemy, LEGS)
    assert LevelEnded("won") in events
    assert game.enemies_alive() == 0


def test_fouron_never_disables_it_only_kills(tmp_path):
    game, enemy = still_dis(tmp_path)
    game.world.get(enemy, Parts).weapon = parts_spec(game).weapon - 1
    game.res.fouron.active = True
    events = bolt_at(game, enemy, WEAPON_ARM)
    assert not any(isinstance(e, (PartHit, DisabledEvent)) for e in events)
    assert [e.amount for e in events if isinstance(e, Damaged)] == [game.res.catalog.weapons["laser_rifle"].damage]


def test_a_machine_disabled_by_a_bolt_is_not_shoved_by_a_knuckle_blast_in_the_same_tick(tmp_path):
    from game.sim.components import Velocity
    lane = ["##############################",
            "#............................#",
            "#............................#",
            "#.....P..E...................#",
            "#............................#",
            "#............................#",
            "##############################"]
    game = game_from_ascii(tmp_path, lane)
    (dis, (_, pos, facing, parts)), = game.world.query(Brain, Position, Facing, Parts)
    player = game.world.get(game.player, Position)
    pos.x, pos.y = player.x + 60, player.y
    facing.angle = math.atan2(player.y - pos.y, player.x - pos.x) + math.radians(35)  # its weapon arm toward us
    parts.weapon = 69.0  # one more bolt on the arm fails it
    intent = game.player_intent()
    intent.aim_x, intent.aim_y, intent.fire, intent.knuckle = pos.x, pos.y, True, True
    events = game.step()
    assert any(isinstance(e, DisabledEvent) for e in events)  # the bolt, then the blast, this tick
    velocity = game.world.get(dis, Velocity)
    assert math.hypot(velocity.x, velocity.y) < 1.0  # a husk has no drive to brake with: it must not slide away
