"""Heat: what dashes, fire and V-MAX add, cooling at rest, and the overheat that locks a machine down."""

from game.sim.components import Heat, Unit
from game.sim.events import Overheated, Vented
from game.sim.resources import STEP

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
    """Resting machines cool after a short delay; overheated ones vent until they reach their safe level."""
    for entity, (heat, unit) in world.query(Heat, Unit):
        spec = res.catalog.units[unit.kind].heat
        heat.since_gain += STEP
        if heat.overheated:
            heat.value = max(0.0, heat.value - spec.vent_rate * STEP)
            if heat.value <= spec.safe_level:
                heat.overheated = False
                res.events.append(Vented(entity))
        elif heat.since_gain >= spec.cool_delay:
            heat.value = max(0.0, heat.value - spec.cool_rate * STEP)
