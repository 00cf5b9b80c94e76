"""A folder of maps moved away from levels/ loses its way to the game's templates: the line points to the game's
template of that name, with its path from the map."""

import os
from pathlib import Path

from game.content.catalog import load_catalog
from game.content.check import check_map
from tests.maps import write_map

ROOT = Path(__file__).resolve().parents[2]
ROOM = ["##########", "#........#", "#.P......#", "#........#", "##########"]


def with_template(folder: Path, reference: str) -> Path:
    """A map with one object placed from the template `reference`, as Tiled writes it."""
    return write_map(folder, ROOM, more_objects=f'<object id="90" template="{reference}" x="96" y="96"/>')


def test_a_missing_template_of_a_name_the_game_has_is_pointed_to_with_its_path_from_the_map(tmp_path):
    folder = tmp_path / "moved" / "act"  # was levels/act: ../templates/enemy_spawn.tx was the game's
    folder.mkdir(parents=True)
    [line] = [str(problem) for problem in check_map(with_template(folder, "../templates/enemy_spawn.tx"),
                                                    load_catalog()).problems]
    there = os.path.relpath(ROOT / "levels" / "templates" / "enemy_spawn.tx", folder.resolve())
    assert line.endswith(f'(the map refers to "../templates/enemy_spawn.tx"; the game\'s own '
                         f'levels/templates/enemy_spawn.tx is "{Path(there).as_posix()}" from this map: Tiled lists it '
                         "as a broken link as it opens the map: click Locate File... and pick "
                         "levels/templates/enemy_spawn.tx; or write that path as the object's template)")


def test_the_path_to_the_game_s_template_is_whole_however_deep_the_map_s_folder(tmp_path):
    folder = tmp_path.joinpath(*["deeper"] * 12, "act")  # a path far past a quoted value's 60 characters
    folder.mkdir(parents=True)
    [line] = [str(problem) for problem in check_map(with_template(folder, "../templates/enemy_spawn.tx"),
                                                    load_catalog()).problems]
    there = Path(os.path.relpath(ROOT / "levels" / "templates" / "enemy_spawn.tx", folder.resolve())).as_posix()
    assert f'is "{there}" from this map' in line


def test_a_missing_template_the_game_has_no_namesake_of_is_told_to_be_restored(tmp_path):
    [line] = [str(problem) for problem in check_map(with_template(tmp_path, "mine/sentry.tx"), load_catalog()).problems]
    assert line.endswith('(the map refers to "mine/sentry.tx"; restore the file or fix the object)')
