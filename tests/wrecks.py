"""Wrecking machines in a test at a stroke, as a hit taking their last hit points does (sim/damage.py)."""

from game.sim.components import Health


def wreck(game, *entities: int) -> None:
    """Take every hit point `entities` have: destroy_wrecked clears them away on the next tick."""
    for entity in entities:
        game.world.get(entity, Health).hit_points = 0
        game.res.wrecked.append(entity)  # as deal_damage notes a machine it wrecks
