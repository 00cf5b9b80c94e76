"""Blue Comet launcher: everything lives in game.cli."""

from game.collector import imports_frozen

with imports_frozen():
    from game.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
