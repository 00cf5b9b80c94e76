"""V-MAX's own heat never overheats the machine: it burns out at the heat gauge's warning line (a press on a hot gauge
ended in an overheat, weapons locked and 1.5x damage, among the machines it was pressed against), a press at that line
is refused as too hot."""

from game.sim.components import Heat, Intent, Vmax
from game.sim.events import Overheated, VmaxEnded, VmaxRefused, VmaxStarted
from tests.sim.test_heat_and_vmax import alone, spec


def start_hot(tmp_path, heat: float):
    game = alone(tmp_path)
    game.world.get(game.player, Vmax).meter = 1.0
    game.world.get(game.player, Heat).value = heat
    game.world.get(game.player, Intent).vmax = True
    return game


def run_out(game) -> list:
    """Steps until V-MAX has ended (at most its whole duration and a second), the events of those ticks."""
    events = []
    for _ in range(round((spec(game).vmax.duration + 1) * 60)):
        events += game.step()
        if any(isinstance(event, VmaxEnded) for event in events):
            break
    return events


def test_vmax_pressed_on_a_hot_gauge_ends_at_the_warning_line_not_in_an_overheat(tmp_path):
    game = start_hot(tmp_path, 53.0)  # the audit's shot: "V-MAX · HOT · 2.8 OF 4.5 s · PRESS Q", then an overheat
    events = run_out(game)
    heat = game.world.get(game.player, Heat)
    assert VmaxStarted(game.player) in events and VmaxEnded(game.player) in events
    assert not any(isinstance(event, Overheated) for event in events)
    assert not heat.overheated
    assert heat.value == spec(game).heat.warning  # it stops there, short of the lock, the gauge warning as it ends


def test_a_press_at_the_warning_line_is_refused_as_too_hot_and_keeps_the_meter(tmp_path):
    game = start_hot(tmp_path, spec(alone(tmp_path)).heat.warning)
    events = game.step()
    assert VmaxRefused(game.player, "hot") in events
    assert game.world.get(game.player, Vmax).meter == 1.0
