"""Player input: bindings from YAML, devices (keyboard, mouse, pads) turned into one Actions per frame."""

from game.input.actions import Actions
from game.input.bindings import DEFAULT_BINDINGS_PATH, Bindings, load_bindings, load_bindings_or_default
from game.input.devices import InputDevices

__all__ = [
    "Actions",
    "Bindings",
    "DEFAULT_BINDINGS_PATH",
    "InputDevices",
    "load_bindings",
    "load_bindings_or_default",
]
