"""V-MAX's readiness, told truly: a press it will not start on is refused with its reason (an event the HUD and the
cockpit's sounds answer), the chime (VmaxCharged) sounds as a press would start it and never while one could not,
and `would_last` says how long a V-MAX started now would run before its heat (and the rifle's, its trigger held)
reaches the heat gauge's warning line, where it burns out."""

import pytest

from game.sim.components import Heat, Intent, Vmax
from game.sim.events import Vented, VmaxCharged, VmaxRefused, VmaxStarted
from game.sim.resources import TICK_RATE
from game.sim.systems.vmax import can_start, would_last
from tests.sim.test_heat_and_vmax import alone, enemy_bolt_at_player


def press_vmax(game) -> list:
    game.world.get(game.player, Intent).vmax = True
    game.step()
    return [event for event in game.res.events if isinstance(event, (VmaxStarted, VmaxRefused))]


def test_a_press_on_a_meter_not_yet_full_is_refused_as_charging(tmp_path):
    game = alone(tmp_path)
    game.world.get(game.player, Vmax).meter = 0.6
    assert press_vmax(game) == [VmaxRefused(game.player, "charging")]


def test_a_press_while_it_cools_down_is_refused_as_cooling(tmp_path):
    game = alone(tmp_path)
    vmax = game.world.get(game.player, Vmax)
    vmax.meter, vmax.cooldown = 1.0, 1.0
    assert press_vmax(game) == [VmaxRefused(game.player, "cooling")]


def test_a_press_while_overheated_is_refused_as_overheated_whatever_the_meter(tmp_path):
    game = alone(tmp_path)
    game.world.get(game.player, Vmax).meter = 1.0
    heat = game.world.get(game.player, Heat)
    heat.value, heat.overheated = 99.0, True
    assert press_vmax(game) == [VmaxRefused(game.player, "overheated")]


def test_a_press_on_a_full_meter_starts_it_and_is_not_refused(tmp_path):
    game = alone(tmp_path)
    game.world.get(game.player, Vmax).meter = 1.0
    assert press_vmax(game) == [VmaxStarted(game.player)]


def test_no_press_no_refusal(tmp_path):
    game = alone(tmp_path)
    game.step()
    assert not [event for event in game.res.events if isinstance(event, VmaxRefused)]


def chimes(events) -> list:
    return [event for event in events if isinstance(event, VmaxCharged)]


def venting(game, meter: float, heat: float = 40.0):
    """The Layzner overheated at `heat` % (its safe level is 35: it vents for a few ticks) with the meter at `meter`."""
    game.world.get(game.player, Vmax).meter = meter
    state = game.world.get(game.player, Heat)
    state.value, state.overheated = heat, True
    return state


def test_the_chime_sounds_once_the_tick_a_hit_fills_the_meter(tmp_path):
    game = alone(tmp_path)
    game.world.get(game.player, Vmax).meter = 0.99
    enemy_bolt_at_player(game, distance=30)
    events = game.run(ticks=4)
    assert game.world.get(game.player, Vmax).meter == 1.0
    assert chimes(events) == [VmaxCharged(game.player)]
    enemy_bolt_at_player(game, distance=30)  # already full: no second chime
    assert not chimes(game.run(ticks=4))


def test_no_chime_while_it_vents_though_a_hit_fills_the_meter(tmp_path):
    game = alone(tmp_path)
    venting(game, 0.99, heat=90.0)  # some 3 s of venting: the hit lands well within it
    enemy_bolt_at_player(game, distance=30)
    events = game.run(ticks=30)
    assert game.world.get(game.player, Vmax).meter == 1.0 and game.world.get(game.player, Heat).overheated
    assert not chimes(events)
    assert not can_start(game.world, game.res, game.player)
    assert press_vmax(game) == [VmaxRefused(game.player, "overheated")]  # the chime would have lied


def test_the_chime_sounds_the_tick_the_vent_ends_with_the_meter_full(tmp_path):
    game = alone(tmp_path)
    heat = venting(game, 1.0)
    ticks = 0
    while heat.overheated:
        events = game.step()
        ticks += 1
        assert ticks < 60
        if heat.overheated:
            assert not chimes(events), f"a chime at tick {ticks}, still venting"
    assert any(isinstance(event, Vented) for event in events) and chimes(events) == [VmaxCharged(game.player)]
    assert press_vmax(game) == [VmaxStarted(game.player)]  # the chime meant "press it now"


def test_no_chime_as_the_vent_ends_with_the_meter_short_of_full(tmp_path):
    game = alone(tmp_path)
    venting(game, 0.8)
    assert not chimes(game.run(ticks=60)) and not game.world.get(game.player, Heat).overheated


def test_a_v_max_spent_and_recharged_chimes_again_as_the_meter_fills(tmp_path):
    game = alone(tmp_path)
    game.world.get(game.player, Vmax).meter = 1.0
    assert press_vmax(game) == [VmaxStarted(game.player)]
    vmax = game.world.get(game.player, Vmax)
    vmax.active_left = 0.01  # nearly over
    game.run(ticks=2)
    assert vmax.meter == 0.0 and vmax.cooldown > 0
    vmax.cooldown, vmax.meter = 0.0, 0.99
    enemy_bolt_at_player(game, distance=30)
    assert chimes(game.run(ticks=4)) == [VmaxCharged(game.player)]


@pytest.mark.parametrize("heat", [0.0, 30.0, 60.0, 88.0])
@pytest.mark.parametrize("firing", [False, True])
def test_would_last_is_how_long_it_then_runs(tmp_path, heat, firing):
    game = alone(tmp_path)
    game.world.get(game.player, Vmax).meter = 1.0
    game.world.get(game.player, Heat).value = heat
    intent = game.world.get(game.player, Intent)
    intent.fire = firing
    predicted = would_last(game.world, game.res, game.player)
    intent.vmax = True
    game.step()
    vmax, ticks = game.world.get(game.player, Vmax), 1
    while vmax.active_left > 0:
        game.step()
        ticks += 1
    assert ticks / TICK_RATE == pytest.approx(predicted, abs=0.1)  # a bolt's heat either way, at most


def test_in_fouron_s_hands_it_would_last_as_long_as_in_the_pilot_s(tmp_path):
    game = alone(tmp_path)  # it ran to the end whatever the heat, into an overheat
    game.world.get(game.player, Heat).value = 60.0
    pilot = would_last(game.world, game.res, game.player)
    game.res.fouron.active = True
    assert would_last(game.world, game.res, game.player) == pilot < game.res.catalog.units["layzner"].vmax.duration
