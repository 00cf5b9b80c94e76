"""A property with one of the project's drop-downs, saved by Tiled as plain text (the map opened without the project)
or with another type: the map plays, and the checker warns that Tiled offers no drop-down for it any more."""

from pathlib import Path

import pytest

from game.content.catalog import load_catalog
from game.content.check import check_map
from game.content.level import load_level
from tests.content.test_map_weather import with_weather
from tests.maps import DIS, HALL, TILE, but_in_sight, drop_down, objective_xml, write_map

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "levels" / "templates" / "enemy_spawn.tx"  # the game's, with its drop-downs
ROOM = ["##########",
        "#........#",
        "#.P......#",
        "#........#",
        "##########"]
PAD = objective_xml(30, "pad", 10, 1)  # to win by on Easy, where a machine placed from Hard is left out
FIX = ("(open levels/blue-comet.tiled-project in Tiled first with Project > Open Project, then remove the property "
       "and add it again with the type {enum}, a drop-down, and pick \"{value}\" from it)")


def warnings_of(path: Path) -> list[str]:
    """The checker's warnings on the map at `path`, which has no problems, but of a machine seeing the player."""
    checked = check_map(path, load_catalog())
    assert checked.problems == ()
    return [str(warning) for warning in but_in_sight(checked.warnings)]


def test_a_difficulty_saved_without_the_project_is_one_warning_naming_the_object_and_property_and_still_plays(
        tmp_path):
    path = write_map(tmp_path, HALL, more_objects=PAD)
    path.write_text(path.read_text().replace(DIS, DIS + '<property name="difficulty" value="hard"/>'))
    assert warnings_of(path) == [
        f'{path}: layer "objects", object 2 "enemy 0", property difficulty: expected a property of type Difficulty, '
        "a drop-down, found a plain string property with no drop-down, as Tiled saves a map opened without the "
        "project " + FIX.format(enum="Difficulty", value="hard")]
    [guard] = load_level(path).enemy_spawns
    assert guard.difficulty == "hard"


def test_the_maps_weather_typed_by_hand_plays_and_is_warned_of(tmp_path):
    path = with_weather(write_map(tmp_path, HALL), "rain", "")
    assert warnings_of(path) == [
        f"{path}: map, property weather: expected a property of type Weather, a drop-down, found a plain string "
        "property with no drop-down, as Tiled saves a map opened without the project "
        + FIX.format(enum="Weather", value="rain")]
    assert load_level(path).weather == "rain"


@pytest.mark.parametrize("spawn, zone, named", [
    # a kind is EnemyKind on an enemy spawn but ZoneKind on a zone: the other's drop-down is the wrong one
    (drop_down("kind", "dis", "ZoneKind"), drop_down("kind", "rain", "ZoneKind"),
     ('2 "enemy 0"', "kind", "EnemyKind", "ZoneKind", "dis")),
    (DIS, drop_down("kind", "rain", "EnemyKind"), ('20 "squall"', "kind", "ZoneKind", "EnemyKind", "rain")),
    (DIS + drop_down("difficulty", "hard", "Diffculty"), drop_down("kind", "rain", "ZoneKind"),
     ('2 "enemy 0"', "difficulty", "Difficulty", "Diffculty", "hard")),
], ids=["zone kind on a spawn", "enemy kind on a zone", "misspelt type"])
def test_a_property_of_another_type_than_its_drop_down_is_named_with_the_type_it_has(tmp_path, spawn, zone, named):
    squall = (f'<object id="20" name="squall" type="zone" x="{4 * TILE}" y="{5 * TILE}" width="{2 * TILE}" '
              f'height="{2 * TILE}"><properties>{zone}</properties></object>')
    path = write_map(tmp_path, HALL, more_objects=squall + PAD)
    path.write_text(path.read_text().replace(DIS, spawn))
    where, name, enum, found, value = named
    assert warnings_of(path) == [
        f'{path}: layer "objects", object {where}, property {name}: expected a property of type {enum}, a drop-down, '
        f'found a property of type "{found}" ' + FIX.format(enum=enum, value=value)]


def placed_from(folder: Path, template: str) -> Path:
    """A map whose one enemy spawn is placed from the template `template` (its text), and sets nothing itself."""
    (folder / "templates").mkdir()
    (folder / "templates" / "enemy_spawn.tx").write_text(template, encoding="utf-8")
    guard = (f'<object id="9" name="guard" template="templates/enemy_spawn.tx" x="{7.5 * TILE}" '
             f'y="{2.5 * TILE}"/>')
    return write_map(folder, ROOM, more_objects=guard)


def test_a_value_from_the_games_template_with_its_drop_down_gives_no_warning(tmp_path):
    path = placed_from(tmp_path, TEMPLATE.read_text(encoding="utf-8"))
    assert warnings_of(path) == []
    [guard] = load_level(path).enemy_spawns
    assert (guard.kind, guard.difficulty) == ("dis", "easy")


def test_a_template_that_lost_its_drop_down_is_named_once_as_the_file_to_mend(tmp_path):
    path = placed_from(tmp_path, TEMPLATE.read_text(encoding="utf-8").replace(' propertytype="Difficulty"', ""))
    assert warnings_of(path) == [
        f'{path}: layer "objects", object 9 "guard", property difficulty (from its template '
        '"templates/enemy_spawn.tx"): expected a property of type Difficulty, a drop-down, found a plain string '
        "property with no drop-down, as Tiled saves a map opened without the project "
        + FIX.format(enum="Difficulty", value="easy")]


def test_the_shipped_maps_give_no_drop_down_warning():
    for path in sorted((ROOT / "levels").glob("*.tmx")):
        assert [str(w) for w in check_map(path, load_catalog()).warnings if "a drop-down" in w.expected] == [], path
