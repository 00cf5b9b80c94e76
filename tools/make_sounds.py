"""Synthesizes every sound effect of Blue Comet into assets/sounds/ (the synthesis is in tools/sound/).

Standard library only, and deterministic: every random source is a seeded
``random.Random``, so two runs give byte-identical files. The tests regenerate
the set and compare it with the committed assets, so edit tools/sound/, never a .wav.

Usage: python tools/make_sounds.py [OUTPUT_DIR]   (default: assets/sounds)
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools.sound.outputs import SOUNDS, write_set  # noqa: E402

DEFAULT_OUT = ROOT / "assets" / "sounds"


def main(out_dir: Path | str | None = None) -> list[Path]:
    """Writes every sound into out_dir (default assets/sounds) and returns the paths written."""
    return write_set(SOUNDS, Path(out_dir) if out_dir is not None else DEFAULT_OUT)


if __name__ == "__main__":
    for p in main(sys.argv[1] if len(sys.argv) > 1 else None):
        print(p)
