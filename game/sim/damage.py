"""Damage and the V-MAX meter: one place that applies a hit, its multipliers and what it earns."""

from game.sim.components import Heat, Health, Unit, Vmax
from game.sim.events import Damaged

# The share of each hit the player's machine takes, by the difficulty the game was started on (Options > Difficulty).
# Easy's half is what lets a poor shot finish the campaign: a scripted pilot rushing the outpost's pad with its rifle
# alone, aim off by 40 px, holds it under fire from all four Dis with armour to spare at 0.5; at 0.6 it falls below a
# quarter, Fouron takes it off the pad, and it is lost.
DAMAGE_TAKEN = {"easy": 0.5, "normal": 1.0, "hard": 1.4}
# The share of each of the Layzner's hits on a machine's hull: a new pilot's slow kills (a Dis in ~10 s once the rifle
# runs hot) left it under fire for minutes. Its other levers, how many machines fire at once and how often, are
# ATTACKERS and FIRE_PACE in systems/attackers.py.
DAMAGE_DEALT = {"easy": 1.5, "normal": 1.0, "hard": 1.0}
DIFFICULTIES = tuple(DAMAGE_TAKEN)


def deal_damage(world, res, target: int, amount: float, x: float, y: float, source: int) -> float:
    """Take hit points off `target` (more while it is overheated); both sides' V-MAX meters earn from it, the
    target's only if it is left standing. Once the level is won the Layzner takes no more: the shots still flying
    before the result screen must not wreck it (a "Mission complete" with "Armour left 0%" over its wreck)."""
    health = world.try_get(target, Health)
    if health is None or health.hit_points <= 0 or (res.outcome == "won" and target == res.player):
        return 0.0
    heat = world.try_get(target, Heat)
    if heat is not None and heat.overheated:
        amount *= _spec(world, res, target).heat.damage_taken
    if target == res.player:  # Normal's 1.0 changes no hit, not even in the last bit
        amount *= DAMAGE_TAKEN[res.difficulty]
    elif source == res.player:
        amount *= DAMAGE_DEALT[res.difficulty]
    amount = min(amount, health.hit_points)
    health.hit_points -= amount
    if health.hit_points <= 0:
        res.wrecked.append(target)
    res.events.append(Damaged(target, amount, x, y, source))
    charge_meter(world, res, source, "per_damage_dealt", amount)
    if health.hit_points > 0:  # the hit that wrecks a machine fills no meter: "V-MAX ready" chimed over the wreck
        charge_meter(world, res, target, "per_damage_taken", amount)
    return amount


def charge_meter(world, res, entity: int, source: str, amount: float) -> None:
    """Fill an entity's V-MAX meter from one of its sources; nothing while V-MAX runs or cools down."""
    vmax = world.try_get(entity, Vmax)
    if vmax is None or vmax.active_left > 0 or vmax.cooldown > 0:
        return
    # Filling it is not yet "ready" (a venting machine cannot start V-MAX): vmax.announce_vmax_ready chimes
    vmax.meter = min(1.0, vmax.meter + amount * getattr(_spec(world, res, entity).vmax, source))


def _spec(world, res, entity):
    return res.catalog.units[world.get(entity, Unit).kind]
