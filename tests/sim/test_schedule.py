"""The schedule runs every system: one written in game/sim/systems/ and never listed in SYSTEMS would not run, and
nothing else would say so."""

import importlib
import inspect
import pkgutil

import game.sim.systems
from game.sim.schedule import SYSTEMS


def shaped_as_a_system(function) -> bool:
    """`name(world, res) -> None`, as every system is; the systems' helpers and the questions they answer
    (`outcome_now`, `hostiles_left`) take more arguments or return something."""
    signature = inspect.signature(function)
    return list(signature.parameters) == ["world", "res"] and signature.return_annotation in (None, "None")


def unscheduled_systems() -> list[str]:
    """Each public function shaped as a system in a module of game/sim/systems/ that SYSTEMS does not list."""
    missing = []
    for module_info in pkgutil.iter_modules(game.sim.systems.__path__):
        module = importlib.import_module(f"game.sim.systems.{module_info.name}")
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if (function.__module__ == module.__name__ and not name.startswith("_") and function not in SYSTEMS
                    and shaped_as_a_system(function)):
                missing.append(f"game/sim/systems/{module_info.name}.py: {name}")
    return missing


def test_every_system_written_in_game_sim_systems_is_in_the_schedule():
    # The check finds a forgotten system only by its shape, so every system listed must have that shape.
    assert [system.__name__ for system in SYSTEMS if not shaped_as_a_system(system)] == []
    missing = unscheduled_systems()
    assert not missing, (f"{'; '.join(missing)}: not in game/sim/schedule.py's SYSTEMS, so never run; list it in the "
                         "tick's order (docs/architecture.md's One tick names them too)")
