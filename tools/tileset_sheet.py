"""Draws the tileset pictures of docs/level-design.md: every tile at 2x with its id, solid tiles framed in red.

Run from the repository root:

    .venv/bin/python tools/tileset_sheet.py            # both pictures in docs/level-design/, from assets/tilesets
    .venv/bin/python tools/tileset_sheet.py TSX PNG    # any tileset (one image), say a designer's own

Solid is read from the .tsx as the game reads it (game/content), and the picture is the same bytes on every run:
tests/view/test_tileset_sheet.py checks the committed pictures are this script's output, so rerun it after
tools/make_art.py changes a tileset.
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

import pygame  # noqa: E402

from game.content.errors import ContentError  # noqa: E402
from tools.art.tileset_sheet import write_sheet  # noqa: E402

TILESETS = ROOT / "assets" / "tilesets"
PICTURES = ROOT / "docs" / "level-design"
# The guide's pictures: (tileset, picture)
DOCS = ((TILESETS / "mars.tsx", PICTURES / "mars-tileset.png"),
        (TILESETS / "new_york.tsx", PICTURES / "new-york-tileset.png"))


def shown(path):
    """A written path as printed: relative to the repository when inside it."""
    path = Path(path).resolve()
    return path.relative_to(ROOT) if path.is_relative_to(ROOT) else path


def main(argv) -> int:
    parser = argparse.ArgumentParser(prog="tools/tileset_sheet.py", description=__doc__.splitlines()[0])
    parser.add_argument("pair", nargs="*", metavar="TSX PNG", help="a tileset and the picture to write (default: "
                        "the guide's two)")
    args = parser.parse_args(argv)
    if len(args.pair) % 2:
        parser.error("expected a tileset and a picture, in pairs")
    pairs = list(zip(args.pair[::2], args.pair[1::2])) or DOCS
    for tsx, out in pairs:
        try:
            write_sheet(Path(tsx), Path(out))
        except ContentError as error:
            print(error, file=sys.stderr)
            return 1
        except (OSError, pygame.error) as error:  # the picture's folder missing or not writable
            print(f"{out}: expected a picture path that can be written, found {error}", file=sys.stderr)
            return 1
        print("wrote", shown(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
