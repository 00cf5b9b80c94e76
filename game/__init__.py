"""Blue Comet: a top-down action game after Blue Comet SPT Layzner."""

import os

# pytmx imports pygame, which prints a banner on stdout; headless runs keep stdout for their JSON.
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

# Replays name the version that recorded them: raise it whenever the rules or their rounding change.
__version__ = "0.4.1"  # 0.4.1: Fouron seizes only with an enemy in sight; sentries; the hold line counts down
