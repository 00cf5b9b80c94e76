"""Heat: what dashes, fire and V-MAX add, cooling at rest, and the overheat that locks a machine down."""

import math

from game.sim.components import Heat, Unit
from game.sim.events import Overheated, Vented
from game.sim.resources import STEP, venting

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
        heat.value = max(0.0, heat.value - _cooling(res, entity, heat, unit.kind) * STEP)
        if heat.overheated and heat.value <= spec.safe_level:
            heat.overheated = False
            res.events.append(Vented(entity))


def unlocks_in(world, res, entity: int) -> float:
    """Seconds until an overheated machine has vented to its safe level and its weapons work again; 0 for one not
    overheated (or with no Heat); infinite for one that never vents (units.yaml allows a vent_rate of 0)."""
    heat, unit = world.try_get(entity, Heat), world.try_get(entity, Unit)
    if heat is None or unit is None or not heat.overheated:
        return 0.0
    safe, rate = res.catalog.units[unit.kind].heat.safe_level, _cooling(res, entity, heat, unit.kind)
    return max(0.0, heat.value - safe) / rate if rate > 0 else math.inf


def _cooling(res, entity: int, heat: Heat, kind: str) -> float:
    """%/s the machine's heat falls at now: venting if overheated, else resting past the delay. As Fouron seizes the
    player's machine and as it hands it back, it blows off the heat at once, fast (`fouron.handback_vent`)."""
    unit_spec = res.catalog.units[kind]
    spec = unit_spec.heat
    if heat.overheated:
        rate = spec.vent_rate
    else:
        rate = spec.cool_rate if heat.since_gain >= spec.cool_delay else 0.0
    fouron = unit_spec.fouron
    if entity == res.player and fouron is not None and venting(res, fouron):
        rate = max(rate, fouron.handback_vent)  # no delay: Fouron's vent, not the pilot's rest
    return rate
