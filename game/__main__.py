"""`python -m game` runs the game, like main.py."""

from game.cli import main

raise SystemExit(main())
