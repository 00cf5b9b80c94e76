"""Blue Comet: a top-down action game after Blue Comet SPT Layzner."""

import os

# pytmx imports pygame, which prints a banner on stdout; headless runs keep stdout for their JSON.
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

__version__ = "0.1.0"
