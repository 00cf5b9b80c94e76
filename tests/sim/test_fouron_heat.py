"""Fouron does not cook its pilot: its heat stays under the gauge's warning line, as V-MAX's does. It fires in bursts,
resting its guns at the line until cooled to fire_again_heat, starts V-MAX only for a worthwhile run, and blows off
the pilot's heat as it seizes. Heedless, it overheated the machine in 30 of 48 novice runs, often as it handed back."""

import pytest

from game.sim.components import Health, Heat, Vmax
from game.sim.events import Fired, FouronSeized, Overheated, Vented, VmaxEnded, VmaxStarted
from game.sim.resources import STEP
from tests.sim.test_fouron import fouron_spec
from tests.sim.test_fouron_handback import fighting_an_enemy_it_cannot_kill, mine


def heat_spec(game):
    return game.res.catalog.units["layzner"].heat


def seized_and_cool(tmp_path):
    """Fouron at the controls against an enemy it cannot kill, past the vent of its seizing, the meter empty."""
    game = fighting_an_enemy_it_cannot_kill(tmp_path)
    assert any(isinstance(e, FouronSeized) for e in game.step())
    game.run(seconds=fouron_spec(game).seize_vent)
    mine(game, Vmax).meter = 0.0
    return game


def test_fouron_fighting_on_and_on_never_takes_the_heat_past_the_warning_line(tmp_path):
    game = fighting_an_enemy_it_cannot_kill(tmp_path)
    mine(game, Vmax).meter = 1.0  # a V-MAX to start at once
    heat, health, hottest, events = mine(game, Heat), mine(game, Health), 0.0, []
    low = health.hit_points
    for _ in range(20 * 60):
        events += game.step()
        hottest = max(hottest, heat.value)
        health.hit_points = low  # it lives on, under the threshold
    assert game.res.fouron.active  # it held the controls all the while
    assert any(isinstance(e, VmaxStarted) for e in events)
    assert sum(isinstance(e, Fired) and e.entity == game.player for e in events) > 50  # it fought: bursts, not silence
    assert not [e for e in events if isinstance(e, Overheated)]
    assert hottest <= heat_spec(game).warning


def test_fouron_rests_its_guns_at_the_warning_line_until_cooled_to_fire_again_heat(tmp_path):
    game = seized_and_cool(tmp_path)
    heat = mine(game, Heat)
    heat.value, heat.since_gain = heat_spec(game).warning - 1.0, 0.0  # a bolt more would cross the line
    for _ in range(10 * 60):
        fired = [e for e in game.step() if isinstance(e, Fired) and e.entity == game.player]
        if fired:
            break
    assert fired, "it never fired again"
    bolt = game.res.catalog.weapons["laser_rifle"].heat
    assert heat.value <= fouron_spec(game).fire_again_heat + bolt  # a burst from there, not a bolt at a time at 80


def test_fouron_starts_v_max_only_when_its_heat_leaves_a_worthwhile_run_and_it_burns_out_at_the_line(tmp_path):
    game = seized_and_cool(tmp_path)
    heat, vmax, spec = mine(game, Heat), mine(game, Vmax), game.res.catalog.units["layzner"].vmax
    warning = heat_spec(game).warning
    heat.value, vmax.meter = warning - spec.heat_rate * spec.duration * 0.4, 1.0  # 40 % of a run left: not worth it
    assert not [e for e in game.run(ticks=2) if isinstance(e, VmaxStarted)]
    heat.value = warning - spec.heat_rate * spec.duration * 0.6
    assert [e.entity for e in game.run(ticks=2) if isinstance(e, VmaxStarted)] == [game.player]
    for _ in range(round(spec.duration / STEP)):
        if any(isinstance(e, VmaxEnded) for e in game.step()):
            break
    assert vmax.active_left == 0 and heat.value == pytest.approx(warning) and not heat.overheated  # burnt out at it


def test_as_fouron_seizes_a_hot_machine_it_blows_the_pilot_s_heat_off(tmp_path):
    game = fighting_an_enemy_it_cannot_kill(tmp_path)  # seizes on the next tick
    heat = mine(game, Heat)
    heat.value, heat.overheated = 100.0, True  # the pilot's overheat: it would vent at 16 %/s for 4 s, crawling
    events = game.run(seconds=fouron_spec(game).seize_vent)
    assert any(isinstance(e, Vented) for e in events) and not heat.overheated
    assert heat.value < fouron_spec(game).fire_again_heat  # its guns ready as the seize's grace runs out
    assert [e for e in events if isinstance(e, Fired) and e.entity == game.player]
