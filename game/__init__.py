"""Blue Comet: a top-down action game after Blue Comet SPT Layzner."""

import os

# pytmx imports pygame, which prints a banner on stdout; headless runs keep stdout for their JSON.
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

# Replays name the version that recorded them: raise it whenever the rules or their rounding change.
__version__ = "0.5.0"  # 0.5.0: V-MAX ready when a press would start it (its chime waits out a vent); reinforcements
