"""Blue Comet launcher: everything lives in game.cli."""

from game.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
