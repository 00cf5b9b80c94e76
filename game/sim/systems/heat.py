"""Heat: what dashes, fire and V-MAX add, cooling at rest, and the overheat that locks a machine down."""

from game.sim.components import Heat, Unit
from game.sim.events import Overheated, Vented
from game.sim.resources import STEP
from game.sim.systems.fouron import handing_back

OVERHEAT = 100.0  # %


def add_heat(world, res, entity: int, amount: float) -> None:
    """Heat a machine up; at 100% it overheats (machines without Heat ignore it)."""
    heat = world.try_get(entity, Heat)
    if heat is None or amount <= 0:
        return
    heat.value = min(OVERHEAT, heat.value + amount)
    heat.since_gain = 0.0
    if heat.value >= OVERHEAT and not heat.overheated:
        heat.overheated = True
        res.events.append(Overheated(entity))


def is_overheated(world, entity: int) -> bool:
    heat = world.try_get(entity, Heat)
    return heat is not None and heat.overheated


def cool_machines(world, res) -> None:
    """Resting machines cool after a short delay; overheated ones vent until they reach their safe level. As Fouron
    hands the player's machine back, it blows off his heat at once, fast (`fouron.handback_vent`)."""
    for entity, (heat, unit) in world.query(Heat, Unit):
        unit_spec = res.catalog.units[unit.kind]
        spec = unit_spec.heat
        heat.since_gain += STEP
        if heat.overheated:
            rate = spec.vent_rate
        else:
            rate = spec.cool_rate if heat.since_gain >= spec.cool_delay else 0.0
        fouron = unit_spec.fouron
        if entity == res.player and fouron is not None and handing_back(res, fouron):
            rate = max(rate, fouron.handback_vent)  # no delay: the heat is Fouron's, run up in the seconds before
        heat.value = max(0.0, heat.value - rate * STEP)
        if heat.overheated and heat.value <= spec.safe_level:
            heat.overheated = False
            res.events.append(Vented(entity))
