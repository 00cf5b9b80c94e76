"""The enemy pilots as steer_enemies visits them, looked up once per set of machines, by turn to think; and how many
are engaging the Layzner (Rei's count), kept by turn and counted again only for the turn that thought."""

import numpy as np

from game.sim.components import Brain, Facing, Heat, Intent, Position, Unit, Velocity, Vmax
from game.sim.world import grouped

THINK_EVERY = 4  # ticks between a pilot's looks and decisions (15 a second), spread across pilots by entity id
PILOTS = (Brain, Intent, Position, Facing, Unit, Velocity)


def kept_pilots(world, res) -> tuple[list, dict, np.ndarray]:
    """(every pilot, the pilots by turn to think, their radii), as _pilots makes them."""
    return world.kept(PILOTS, _pilots, res.catalog, world.index(Vmax), world.index(Heat))


def engaged_by_turn(world, res) -> dict[int, int]:
    """Each turn's count of pilots engaging, as steer_enemies last counted it (it counts a turn again once it has
    thought: only a pilot thinking goes into or out of engage); counted whole for another set of pilots (one came or
    went, a game restored)."""
    by_turn, kept = kept_pilots(world, res)[1], res.engaged
    if kept.of is not by_turn:
        kept.of, kept.by_turn = by_turn, {turn: count_engaged(group) for turn, group in by_turn.items()}
    return kept.by_turn


def engaged_now(world, res) -> int:
    """How many pilots are engaging the Layzner."""
    return sum(engaged_by_turn(world, res).values())


def count_engaged(pilots) -> int:
    return sum(1 for pilot in pilots if pilot[1].state == "engage")


def _pilots(rows, catalog, vmaxes, heats) -> tuple[list, dict, np.ndarray]:
    """Every pilot as (entity, Brain, Intent, Position, Facing, Velocity, its unit's ai spec and weapon, its Vmax and
    Heat or None, its radius), in id order, the same rows by the tick of THINK_EVERY that is their turn to think, and
    the radii as an array: looked up once while the same machines, with the same components, fly."""
    pilots = []
    for entity, (brain, intent, pos, facing, unit, vel) in rows:
        spec = catalog.units[unit.kind]
        pilots.append((entity, brain, intent, pos, facing, vel, spec.ai, catalog.weapons[spec.weapon],
                       vmaxes.get(entity), heats.get(entity), spec.radius))
    radii = np.array([pilot[10] for pilot in pilots], dtype=float)
    return pilots, grouped(pilots, lambda entity, *_: entity % THINK_EVERY), radii
