"""Outcome: wrecking what has no hit points left, deciding won or lost, and advancing the clock."""

from game.sim.components import Brain, Facing, Health, Position, Unit
from game.sim.events import Destroyed, LevelEnded


def destroy_wrecked(world, res) -> None:
    for entity, (health, pos, unit, facing) in world.query(Health, Position, Unit, Facing):
        if health.hit_points > 0:
            continue
        res.events.append(Destroyed(entity, unit.kind, pos.x, pos.y, facing.angle))
        if world.has(entity, Brain):
            res.tally.destroyed += 1
            if res.fouron.active:
                res.tally.fouron_kills += 1
        world.delete(entity)


def decide_outcome(world, res) -> None:
    """Lost when the player's machine is gone or the level's time runs out. Won when every objective is
    reached, or, on a map with no objectives, when no enemy is left and none is still to arrive: on the last tick of
    the clock too, as the player sees it reached before time runs out. Decided once."""
    if res.outcome is not None:
        return
    limit = res.level.time_limit
    if not world.exists(res.player):
        res.outcome = "lost"
    elif all(res.objectives_reached) if res.objectives_reached else not (world.query(Brain) or res.arrivals):
        res.outcome = "won"
    elif limit and res.clock.seconds >= limit:
        res.outcome, res.outcome_reason = "lost", "time"
    else:
        return
    res.events.append(LevelEnded(res.outcome))


def hostiles_left(world, res) -> int:
    """Machines the player still has to face: those on the map, those inbound, and, on a map won by stopping every
    machine, those still to be called (they are part of the goal). HOSTILES on the HUD and Rei's counts."""
    coming = sum(1 for _, ticks in res.arrivals if ticks >= 0 or not res.level.objectives)
    return len(world.query(Brain)) + coming


def advance_clock(world, res) -> None:
    res.clock.tick += 1
