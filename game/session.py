"""Starting a game from files: load the catalog and the level, check them together, build the Game."""

from pathlib import Path

from game.content.catalog import UNITS_PATH, load_catalog
from game.content.check import level_problems
from game.content.errors import ContentError
from game.content.level import load_level
from game.sim.game import Game

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_LEVEL = ROOT / "levels" / "mars_base.tmx"


def new_game(level_path: Path | str = DEFAULT_LEVEL, seed: int = 1, units_path: Path = UNITS_PATH) -> Game:
    """A ready-to-step Game, or ContentError listing every problem in the files."""
    catalog = load_catalog(units_path)
    level = load_level(Path(level_path))
    problems = level_problems(level, catalog)
    if problems:
        raise ContentError(problems)
    return Game(level, catalog, seed)
