"""Test set-up: SDL's dummy drivers, so rendering and audio tests need no screen or sound card."""

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
