"""Generates all original art for Blue Comet: every sprite and the Mars and New York tilesets (the drawing is in
tools/art/).

Run from the repository root:

    .venv/bin/python tools/make_art.py            # writes the PNGs, mars.tsx and new_york.tsx
    .venv/bin/python tools/make_art.py --sheet /tmp/art_sheet.png   # also a contact sheet
    .venv/bin/python tools/make_art.py --fx-sheet /tmp/fx_sheet.png  # V-MAX/overheat/missile effects,
                                                                   # glows added as in the game
    .venv/bin/python tools/make_art.py --out /tmp/art   # DIR/sprites/*.png and DIR/tilesets/*.{png,tsx}
                                                       # instead of assets/ (the tests compare them)

All randomness comes from random.Random(fixed seed), so every run writes identical bytes: the committed
PNGs and .tsx files are this script's output, never edited by hand.
"""

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
# headless: set before pygame is imported
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

from tools.art.contact_sheet import make_sheet  # noqa: E402
from tools.art.fx_sheet import make_fx_sheet  # noqa: E402
from tools.art.outputs import write_all  # noqa: E402

ASSETS = ROOT / "assets"


def shown(path):
    """A written path as printed: relative to the repository when inside it."""
    path = Path(path).resolve()
    return path.relative_to(ROOT) if path.is_relative_to(ROOT) else path


def main(argv):
    parser = argparse.ArgumentParser(prog="tools/make_art.py", description=__doc__.splitlines()[0])
    parser.add_argument("--sheet", metavar="PATH", help="also write a contact sheet of everything drawn")
    parser.add_argument("--fx-sheet", metavar="PATH", help="also write the effects sheet, glows added as in the game")
    parser.add_argument("--out", metavar="DIR", default=ASSETS,
                        help="write DIR/sprites and DIR/tilesets instead of the repository's assets/")
    args = parser.parse_args(argv)
    sprites, tileset, written = write_all(args.out)
    if args.sheet:
        make_sheet(args.sheet, sprites, tileset)
    if args.fx_sheet:
        make_fx_sheet(args.fx_sheet, sprites)
    for p in written:
        print("wrote", shown(p))
    return [Path(p) for p in written]


if __name__ == "__main__":
    main(sys.argv[1:])
