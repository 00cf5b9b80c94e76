"""V-MAX's readiness, told truly: a press it will not start on is refused with its reason (an event the HUD and the
cockpit's sounds answer), the meter filling is an event of its own, and `would_last` says how long a V-MAX started
now would run before its heat (and the rifle's, its trigger held) overheats the machine."""

import pytest

from game.sim.components import Heat, Intent, Vmax
from game.sim.damage import charge_meter
from game.sim.events import VmaxCharged, VmaxRefused, VmaxStarted
from game.sim.resources import TICK_RATE
from game.sim.systems.vmax import would_last
from tests.sim.test_heat_and_vmax import alone


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


def test_the_meter_filling_is_an_event_once(tmp_path):
    game = alone(tmp_path)
    game.world.get(game.player, Vmax).meter = 0.9
    game.res.events.clear()
    charge_meter(game.world, game.res, game.player, "per_damage_taken", 5.0)  # not yet full
    assert not [event for event in game.res.events if isinstance(event, VmaxCharged)]
    charge_meter(game.world, game.res, game.player, "per_damage_taken", 1000.0)
    charge_meter(game.world, game.res, game.player, "per_damage_taken", 1000.0)  # already full: no second event
    assert [event for event in game.res.events if isinstance(event, VmaxCharged)] == [VmaxCharged(game.player)]


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


def test_in_fouron_s_hands_it_would_run_to_the_end_whatever_the_heat(tmp_path):
    game = alone(tmp_path)
    game.world.get(game.player, Heat).value = 95.0
    game.res.fouron.active = True
    assert would_last(game.world, game.res, game.player) == game.res.catalog.units["layzner"].vmax.duration
