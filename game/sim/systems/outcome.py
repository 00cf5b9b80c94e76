"""Outcome: wrecking what has no hit points left, deciding won or lost, and advancing the clock."""

from game.sim.components import Brain, Facing, Health, Position, Unit
from game.sim.events import Destroyed, LevelEnded


def destroy_wrecked(world, res) -> None:
    """Clear away the machines this tick's hits wrecked (damage.py notes each as its hit points reach 0), in id
    order."""
    if not res.wrecked:
        return
    wrecked, res.wrecked = sorted(res.wrecked), []
    for entity in wrecked:
        health, pos, unit, facing = (world.try_get(entity, kind) for kind in (Health, Position, Unit, Facing))
        if health is None or pos is None or unit is None or facing is None or health.hit_points > 0:
            continue  # gone already, or no machine; or mended since (nothing does yet)
        res.events.append(Destroyed(entity, unit.kind, pos.x, pos.y, facing.angle))
        if world.has(entity, Brain):
            res.tally.destroyed += 1
            if res.fouron.active:
                res.tally.fouron_kills += 1
        world.delete(entity)


def decide_outcome(world, res) -> None:
    """Decide the level once, as outcome_now finds it, and say so (LevelEnded)."""
    if res.outcome is None and (decided := outcome_now(world, res)) is not None:
        res.outcome, res.outcome_reason = decided
        res.events.append(LevelEnded(res.outcome))


def outcome_now(world, res) -> tuple[str, str] | None:
    """(outcome, reason) if the level is decided as things stand, else None. Lost when the player's machine is gone
    or the level's time runs out ("time"). Won when every objective is reached, or, on a map with no objectives, when
    no enemy is left and none is still to arrive: on the last tick of the clock too, as the player sees it reached
    before time runs out. Asked before decide_outcome too, by what must not start on the tick that ends the level."""
    limit = res.level.time_limit
    if not world.exists(res.player):
        return "lost", ""
    if all(res.objectives_reached) if res.objectives_reached else not (world.query(Brain) or res.arrivals):
        return "won", ""
    if limit and res.clock.seconds >= limit:
        return "lost", "time"
    return None


def hostiles_left(world, res) -> int:
    """Machines the player still has to face: those on the map, those inbound, and, on a map won by stopping every
    machine, those still to be called (they are part of the goal). HOSTILES on the HUD and Rei's counts."""
    coming = sum(1 for _, ticks in res.arrivals if ticks >= 0 or not res.level.objectives)
    return len(world.query(Brain)) + coming


def advance_clock(world, res) -> None:
    res.clock.tick += 1
