"""Rei's recommendation: the enemy whose kill removes the most threat per second of fire, by the rule."""

import dataclasses

import pytest

from game.sim.components import Brain, Disabled, Health, Heat, Position
from game.sim.systems.disabling import disable
from game.sim.systems.recommend import RECONSIDER, STICK, recommend_target, threat_of
from tests.maps import game_from_ascii

# Three Dis: two a few cells east of the player, one far off, beyond its firing range.
def _row(marks=()):
    cells = ["#"] + ["."] * 38 + ["#"]
    for column, mark in marks:
        cells[column] = mark
    return "".join(cells)


FIELD = ["#" * 40] + [_row()] * 3 + [_row([(2, "P"), (9, "E")]), _row(), _row([(9, "E"), (22, "E")])] + \
    [_row()] * 3 + ["#" * 40]


def reassess(game, states=None):
    """Set the enemies' states (their pilots do not think here) and let Rei look at the tick she reconsiders."""
    for entity, state in (states or {}).items():
        game.world.get(entity, Brain).state = state
    game.res.clock.tick = (game.res.clock.tick // RECONSIDER + 1) * RECONSIDER
    recommend_target(game.world, game.res)
    return game.res.advice


def player_dps(game):
    rifle = game.res.catalog.weapons["laser_rifle"]
    return rifle.damage / rifle.cooldown


def threat(game, entity):
    return threat_of(game.res.catalog, "dis", game.world.get(entity, Brain).state,
                     game.world.get(entity, Position), game.world.get(game.player, Position))


def test_of_equal_threats_rei_recommends_the_quicker_kill_with_its_share_and_time(tmp_path):
    game = game_from_ascii(tmp_path, FIELD)
    a, b, far = game.enemies()
    game.world.get(b, Health).hit_points = 50
    advice = reassess(game, {a: "engage", b: "engage", far: "patrol"})
    assert advice.target == b
    assert threat(game, a) == pytest.approx(threat(game, b))  # both within firing range, both engaging
    assert advice.threat_share == pytest.approx(0.5)  # the patrolling one has not noticed us: no threat
    assert advice.seconds_to_kill == pytest.approx(50 / player_dps(game))


def test_an_engaging_enemy_outranks_a_searching_one_and_a_near_one_a_far_one(tmp_path):
    game = game_from_ascii(tmp_path, FIELD)
    a, b, far = game.enemies()
    assert reassess(game, {a: "search", b: "engage", far: "patrol"}).target == b
    assert reassess(game, {a: "patrol", b: "patrol", far: "engage"}).target == far
    assert threat(game, far) < threat_of(game.res.catalog, "dis", "engage", game.world.get(a, Position),
                                         game.world.get(game.player, Position))  # far: past firing range
    assert reassess(game, {a: "engage", far: "engage"}).target == a


def test_with_no_enemy_aware_of_the_layzner_there_is_nothing_to_recommend(tmp_path):
    game = game_from_ascii(tmp_path, FIELD)
    assert reassess(game, {e: "patrol" for e in game.enemies()}) is None


def test_the_marker_stays_on_its_target_until_a_rival_is_clearly_better(tmp_path):
    game = game_from_ascii(tmp_path, FIELD)
    a, b, far = game.enemies()
    assert reassess(game, {a: "engage", b: "engage", far: "patrol"}).target == a  # equals: the first
    game.world.get(b, Health).hit_points = game.world.get(a, Health).hit_points / (STICK * 0.95)
    assert reassess(game).target == a  # b is a little better, not enough to move the marker
    game.world.get(b, Health).hit_points = game.world.get(a, Health).hit_points / (STICK * 1.05)
    assert reassess(game).target == b


def test_the_estimate_follows_the_fight(tmp_path):
    game = game_from_ascii(tmp_path, FIELD)
    a, b, far = game.enemies()
    first = reassess(game, {a: "engage", b: "patrol", far: "patrol"})
    game.world.get(a, Health).hit_points /= 2
    assert reassess(game).seconds_to_kill == pytest.approx(first.seconds_to_kill / 2)


def test_a_disabled_target_loses_the_marker_at_once(tmp_path):
    game = game_from_ascii(tmp_path, FIELD)
    a, b, far = game.enemies()
    assert reassess(game, {a: "engage", b: "engage", far: "patrol"}).target == a
    disable(game.world, game.res, a, "weapon")
    game.res.clock.tick += 1  # not a tick she would reconsider on
    recommend_target(game.world, game.res)
    assert game.res.advice.target == b
    assert game.world.has(a, Disabled)


def test_a_rifle_without_damage_gives_no_advice_rather_than_dividing_by_zero(tmp_path):
    # units.yaml accepts damage: 0 (its minimum); the seconds to kill would be hit points / 0.
    game = game_from_ascii(tmp_path, FIELD)
    catalog = game.res.catalog
    rifle = dataclasses.replace(catalog.weapons["laser_rifle"], damage=0.0)
    game.res.catalog = dataclasses.replace(catalog, weapons={**catalog.weapons, "laser_rifle": rifle})
    a, b, far = game.enemies()
    assert reassess(game, {a: "engage", b: "engage", far: "patrol"}) is None


def test_while_the_layzner_vents_the_kill_time_counts_the_seconds_until_its_weapons_unlock(tmp_path):
    game = game_from_ascii(tmp_path, FIELD)
    a, b, far = game.enemies()
    game.world.get(b, Health).hit_points = 50
    heat, spec = game.world.get(game.player, Heat), game.res.catalog.units["layzner"].heat
    heat.value, heat.overheated = 99.0, True  # 4 s of venting to the safe level, its weapons locked till then
    advice = reassess(game, {a: "engage", b: "engage", far: "patrol"})
    assert advice.seconds_to_kill == pytest.approx((99.0 - spec.safe_level) / spec.vent_rate + 50 / player_dps(game))
