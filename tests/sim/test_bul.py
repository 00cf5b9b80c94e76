"""The Bul, the heavy Gradosian machine: spawned from its catalog entry, it shells harder and less often than the Dis,
after a longer glint, its shell shoves the Layzner, and precise bolts on its legs disable it by its own figures."""

import math

import pytest

from game.sim.components import Body, Brain, Disabled, Facing, Gun, Health, Intent, Parts, Position, Unit, Velocity
from game.sim.events import Damaged, Fired, PartHit, ShotTelegraphed
from game.sim.events import Disabled as DisabledEvent
from game.sim.resources import STEP
from game.sim.shots import add_bolt
from tests.maps import FACING, game_from_ascii

ARENA = ["#########################"] + ["#.......................#"] * 4 + ["#.P..........E..........#"] + \
    ["#.......................#"] * 4 + ["#########################"]


def scripted_duel(tmp_path, kind):
    """The enemy of `kind` across the room from the Layzner, facing it. Returns (game, enemy)."""
    (tmp_path / kind).mkdir()
    game = game_from_ascii(tmp_path / kind, FACING, kind=kind)
    enemy = game.enemies()[0]
    me, it = game.world.get(game.player, Position), game.world.get(enemy, Position)
    game.world.get(enemy, Facing).angle = math.atan2(me.y - it.y, me.x - it.x)
    return game, enemy


def step_firing(game, enemy) -> list:
    """One tick with the enemy's intent scripted before it (its pilot decides after the guns fire, so this is the
    intent its gun sees): it stands still and holds its trigger on the Layzner."""
    me = game.world.get(game.player, Position)
    intent = game.world.get(enemy, Intent)
    intent.move_x = intent.move_y = 0.0
    intent.aim_x, intent.aim_y, intent.fire = me.x, me.y, True
    return game.step()


def first_shot(game, enemy, seconds=3.0):
    """(tick its glint started, tick it fired, the first hit on the Layzner, the Layzner's velocity just after)."""
    telegraphed = fired = None
    for _ in range(round(seconds / STEP)):
        for event in step_firing(game, enemy):
            if isinstance(event, ShotTelegraphed) and event.entity == enemy and telegraphed is None:
                telegraphed = game.tick
            elif isinstance(event, Fired) and event.entity == enemy and fired is None:
                fired = game.tick
            elif isinstance(event, Damaged) and event.entity == game.player:
                vel = game.world.get(game.player, Velocity)
                return telegraphed, fired, event, (vel.x, vel.y)
    raise AssertionError(f"no hit on the Layzner in {seconds} s (glint at {telegraphed}, shot at {fired})")


def test_a_spawned_bul_has_its_catalog_stats(tmp_path):
    game = game_from_ascii(tmp_path, FACING, kind="bul")
    bul, spec = game.enemies()[0], game.res.catalog.units["bul"]
    assert game.world.get(bul, Unit).kind == "bul"
    assert game.world.get(bul, Health).hit_points == game.world.get(bul, Health).max_hit_points == spec.hit_points
    assert game.world.get(bul, Body).radius == spec.radius
    assert game.world.get(bul, Gun).weapon == spec.weapon == "bul_cannon"
    assert game.world.has(bul, Brain) and game.world.has(bul, Parts)


def test_the_buls_shell_comes_after_a_longer_glint_and_hits_harder_than_a_dis_bolt(tmp_path):
    weapons = {}
    for kind in ("dis", "bul"):
        game, enemy = scripted_duel(tmp_path, kind)
        weapon = game.res.catalog.weapons[game.res.catalog.units[kind].weapon]
        telegraphed, fired, hit, _ = first_shot(game, enemy)
        wind_up = (fired - telegraphed + 1) * STEP  # the glint's first tick counts: it has charged one step then
        assert wind_up == pytest.approx(weapon.windup, abs=STEP)
        assert hit.amount == weapon.damage and hit.source == enemy
        weapons[kind] = (wind_up, hit.amount)
    assert weapons["bul"][0] >= 2 * weapons["dis"][0]  # a glint long enough to see and dash
    assert weapons["bul"][1] >= 2.5 * weapons["dis"][1]


def test_the_buls_shell_shoves_the_layzner_along_its_flight_and_a_dis_bolt_does_not(tmp_path):
    shoves = {}
    for kind in ("dis", "bul"):
        game, enemy = scripted_duel(tmp_path, kind)
        knockback = game.res.catalog.weapons[game.res.catalog.units[kind].weapon].knockback
        _, _, _, (vx, vy) = first_shot(game, enemy)
        shoves[kind] = (vx, vy, knockback)
    assert shoves["dis"][:2] == (0.0, 0.0)
    vx, vy, knockback = shoves["bul"]
    # The Bul is to the east: the Layzner, standing still, is thrown west at the shell's knockback (less a tick's drag).
    assert knockback > 0 and -knockback <= vx < -0.8 * knockback and abs(vy) < 0.1 * knockback


def test_the_buls_shells_come_less_often_than_the_dis_bolts(tmp_path):
    counts = {}
    for kind in ("dis", "bul"):
        game, enemy = scripted_duel(tmp_path, kind)
        game.player_health().hit_points = 1e6  # the Layzner outlives the count
        shots = [e for _ in range(round(10 / STEP)) for e in step_firing(game, enemy)
                 if isinstance(e, Fired) and e.entity == enemy]
        weapon = game.res.catalog.weapons[game.res.catalog.units[kind].weapon]
        counts[kind] = len(shots)
        assert len(shots) == pytest.approx(10 / (weapon.cooldown + weapon.windup), abs=1)
    assert counts["bul"] * 2 < counts["dis"]


def test_precise_bolts_on_the_buls_legs_disable_it_by_its_own_figures(tmp_path):
    game = game_from_ascii(tmp_path, ARENA, kind="bul")
    bul = game.enemies()[0]
    brain = game.world.get(bul, Brain)
    brain.state, brain.patrol = "patrol", ()
    game.world.get(bul, Facing).angle = brain.rest_angle = 0.5
    brain.home = (game.world.get(bul, Position).x, game.world.get(bul, Position).y)
    game.world.get(bul, Gun).cooldown = 99.0  # it holds its fire: the test counts the player's hits
    spec, dis = game.res.catalog.units["bul"].parts, game.res.catalog.units["dis"].parts
    damage = game.res.catalog.weapons["laser_rifle"].damage
    needed = math.ceil(spec.legs / damage)
    assert needed > math.ceil(dis.legs / damage)  # its legs take more than a Dis's
    for n in range(1, needed + 1):
        pos, facing = game.world.get(bul, Position), game.world.get(bul, Facing)
        behind = facing.angle + math.pi  # straight at its back: the legs
        x, y = pos.x + math.cos(behind) * 40, pos.y + math.sin(behind) * 40
        speed = game.res.catalog.weapons["laser_rifle"].projectile_speed
        add_bolt(game.res, game.player, "un", "laser_rifle", x, y, -math.cos(behind) * speed,
                 -math.sin(behind) * speed, damage, 760.0, 0.0)
        events = game.step()
        assert [e.part for e in events if isinstance(e, PartHit)] == ["legs"]
        if n < needed:
            assert game.world.has(bul, Brain), f"disabled after {n} bolts, before its legs' {spec.legs} hp"
    assert [(e.entity, e.part) for e in events if isinstance(e, DisabledEvent)] == [(bul, "legs")]
    assert game.world.get(bul, Disabled).part == "legs"
