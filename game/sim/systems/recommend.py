"""Rei's recommendation: of the enemies threatening the Layzner, the kill that removes the most threat for each
second of fire it costs (a weak, close, shooting machine first; one searching far off last).

An enemy's threat is the damage per second its weapon can deal, times how alert it is, times how near it
is to firing range. The kill costs its hit points over the Layzner's rifle damage per second. Rei marks the
best threat per second of killing, with the share of all the threat it carries and the seconds it should take: while
the Layzner vents an overheat, its weapons locked, the seconds until they unlock count too (a kill "in 1.3 s" it could
not make misled the pilot).
A machine that has not noticed the Layzner (patrolling, or gone back to its route) carries none, so "all the threat"
is that of the machines aware of it: with six on the map and one hunting the Layzner, that one is 100 percent.
A rifle that does no damage (units.yaml allows 0) gets no recommendation.
"""

import math

from game.sim.components import Brain, Health, Position, Unit
from game.sim.resources import Advice
from game.sim.systems.heat import unlocks_in

RECONSIDER = 15  # ticks between her reassessments (4 a second), and at once when her target goes down
STICK = 1.15  # a rival must beat her current target by this factor: the marker does not flicker between equals
# how much of its weapon an enemy brings to bear: one that has not noticed the Layzner is no threat yet
ALERTNESS = {"engage": 1.0, "alert": 0.8, "search": 0.35}


def recommend_target(world, res) -> None:
    """Every RECONSIDER ticks, or at once when her target goes down, Rei's pick in `res.advice` (None: no enemy
    threatens the Layzner): the best threat removed per second of fire, kept unless a rival beats it by STICK."""
    current = res.advice
    if current is not None and not world.has(current.target, Brain):
        current = res.advice = None  # destroyed or disabled: never point at a husk
    elif res.clock.tick % RECONSIDER:
        return
    player = world.try_get(res.player, Position)
    if player is None:
        res.advice = None
        return
    catalog = res.catalog
    rifle = catalog.weapons[catalog.units[world.get(res.player, Unit).kind].weapon]
    player_dps = rifle.damage / rifle.cooldown
    locked = unlocks_in(world, res, res.player)
    # units.yaml may give the rifle no damage, or the heat no vent: no kill takes any number of seconds
    if player_dps <= 0 or locked == math.inf:
        res.advice = None
        return
    total, best, best_score, kept = 0.0, None, 0.0, None
    for entity, (brain, pos, health, unit) in world.query(Brain, Position, Health, Unit):
        threat = threat_of(catalog, unit.kind, brain.state, pos, player)
        if threat <= 0:
            continue
        total += threat
        seconds = locked + health.hit_points / player_dps
        score = threat / seconds
        if score > best_score:
            best, best_score = (entity, threat, seconds), score
        if current is not None and entity == current.target:
            kept = (entity, threat, seconds, score)
    if best is None:
        res.advice = None
        return
    if kept is not None and best_score < kept[3] * STICK:
        best = kept[:3]
    entity, threat, seconds = best
    res.advice = Advice(entity, threat / total, seconds)


def threat_of(catalog, kind: str, state: str, pos, player) -> float:
    """Damage per second this enemy can put on the Layzner, scaled by its alertness and its distance."""
    spec = catalog.units[kind]
    weapon = catalog.weapons[spec.weapon]
    ai = spec.ai
    distance = ((pos.x - player.x) ** 2 + (pos.y - player.y) ** 2) ** 0.5
    # full inside firing range, falling to nothing a sight range beyond it
    reach = 1.0 if distance <= ai.firing_range else max(0.0, 1.0 - (distance - ai.firing_range) / ai.sight_range)
    return weapon.damage / (weapon.cooldown + weapon.windup) * ALERTNESS.get(state, 0.0) * reach
