"""`python -m game` runs the game, like main.py."""

from game.collector import imports_frozen

with imports_frozen():
    from game.cli import main

raise SystemExit(main())
