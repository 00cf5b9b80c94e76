"""What a level designer building maps by hand tripped on (the audit's maps): each mistake told as the manual promises,
with the fix in Tiled's own words."""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from game.content import tmx_data
from game.content.catalog import load_catalog
from game.content.check import check_map
from game.content.check_campaign import check_paths
from game.content.level import load_level
from game.session import new_game
from tests.content.test_level_traps import SPAWN, layer, problems_of, write_map as write_small_map
from tests.content.test_tmx_diagnoses import edit, outpost
from tests.maps import but_in_sight, centre, drop_down, write_map

ROOT = Path(__file__).resolve().parents[2]
EXTERNAL = '<tileset firstgid="1" source="../assets/tilesets/mars.tsx"/>'


def checked(path: Path):
    return check_map(path, load_catalog())


def embedded_copy(path: Path) -> None:
    """The map's external mars.tsx swapped for a copy of it inside the map, as Tiled's Embed Tileset button makes."""
    tileset = ET.parse(path.parent.parent / "assets" / "tilesets" / "mars.tsx").getroot()
    tileset.set("firstgid", "1")
    image = tileset.find("image")
    image.set("source", "../assets/tilesets/" + image.get("source"))
    edit(path, EXTERNAL, ET.tostring(tileset, encoding="unicode"))


# --- 1. an embedded copy of the game's tileset ---------------------------------------------------------------------

def test_an_embedded_copy_of_the_games_tileset_plays_with_a_warning_naming_it_and_how_to_undo_it(tmp_path):
    path = outpost(tmp_path)
    embedded_copy(path)
    result = checked(path)
    assert result.problems == ()  # the copy keeps the solid flags: the map plays
    [warning] = [str(w) for w in result.warnings if "tileset" in w.where]
    assert warning == (
        f'{path}: tileset "mars": expected the game\'s tileset file, assets/tilesets/mars.tsx, as an external '
        f"tileset, found a copy of it embedded in the map (Embed Tileset), its {_solid_tiles()} solid tiles kept"
        " (the map no longer follows assets/tilesets/mars.tsx as tools/make_art.py changes it: select the "
        "tileset in the Tilesets view, click Replace Tileset (Map > Replace Tileset...) and pick "
        "assets/tilesets/mars.tsx; the tiles painted stay where they are)")


def _solid_tiles() -> int:
    """How many tiles the game's mars.tsx marks solid."""
    tileset = ET.parse(ROOT / "assets" / "tilesets" / "mars.tsx").getroot()
    return sum(1 for tile in tileset.iter("tile")
               for prop in tile.iter("property") if prop.get("name") == "solid" and prop.get("value") == "true")


def test_a_tileset_of_the_designers_own_embedded_in_the_map_gets_no_such_warning(tmp_path):
    path = write_small_map(tmp_path, layer("ground") + SPAWN)  # its own picture, tiles.png: no game file to follow
    assert not [w for w in load_level(path).warnings if "tileset" in w.where]


def test_the_shipped_levels_embed_no_tileset_and_check_clean():
    results = check_paths([ROOT / "levels"], load_catalog())
    assert [str(p) for r in results for p in r.problems] == []
    assert not [str(w) for r in results for w in r.warnings if "embedded" in w.found]


# --- 2. a bad value from a template ---------------------------------------------------------------------------------

TEMPLATE_FIX = ('set {name} in "templates/enemy_spawn.tx" (Tiled: click it in the Project view, then its object in '
                "the Template Editor){how}: every object placed from it follows; or give this object its own {name}")


def test_a_bool_a_template_holds_wrong_is_fixed_in_the_template_not_by_ticking_the_object(tmp_path):
    path = outpost(tmp_path)
    edit(path.parent / "templates" / "enemy_spawn.tx", '<property name="holds_post" type="bool" value="false"/>',
         '<property name="holds_post" type="bool" value="no"/>')
    problems = problems_of(path)
    assert problems[0] == (
        f'{path}: layer "objects", object 2 "gate guard", property holds_post (from its template '
        '"templates/enemy_spawn.tx"): expected true or false (a bool property), found "no" (a bool property) ('
        + TEMPLATE_FIX.format(name="holds_post", how=" by ticking or unticking its checkbox") + ")")
    assert not [p for p in problems if "tick or untick its checkbox in Tiled" in p]


def test_a_misspelt_kind_a_template_holds_says_to_fix_it_in_the_template(tmp_path):
    path = outpost(tmp_path)
    edit(path.parent / "templates" / "enemy_spawn.tx", 'value="dis"', 'value="Dis "')
    problems = [str(p) for p in checked(path).problems]
    assert problems[0] == (
        f'{path}: layer "objects", object 2 "gate guard", property kind (from its template '
        '"templates/enemy_spawn.tx"): expected an enemy kind, found "Dis " (kind "Dis " is not an enemy kind; did you '
        'mean "dis"? known: '
        f'{", ".join(sorted(load_catalog().enemy_kinds))}; pick it from the drop-down of kind, a property of type '
        'EnemyKind; ' + TEMPLATE_FIX.format(name="kind", how="") + ")")


def test_a_value_an_object_sets_itself_keeps_the_objects_own_fix(tmp_path):
    path = outpost(tmp_path)
    edit(path, '<object id="2" template="templates/enemy_spawn.tx" name="gate guard" x="688" y="400"/>',
         '<object id="2" template="templates/enemy_spawn.tx" name="gate guard" x="688" y="400"><properties>'
         '<property name="holds_post" type="bool" value="no"/></properties></object>')
    [problem] = problems_of(path)
    assert problem.endswith('found "no" (a bool property) (tick or untick its checkbox in Tiled, which writes true '
                            "or false)")


# --- 3. a missing kind --------------------------------------------------------------------------------------------

def test_a_missing_kind_points_to_the_template_and_its_drop_down_in_the_projects_words(tmp_path):
    path = outpost(tmp_path)
    edit(path, '<object id="2" template="templates/enemy_spawn.tx" name="gate guard" x="688" y="400"/>',
         '<object id="2" type="enemy_spawn" name="gate guard" x="688" y="400"><point/></object>')
    [problem] = problems_of(path)
    assert problem == (
        f'{path}: layer "objects", object 2 "gate guard", property kind: expected the enemy\'s kind, as in units.yaml '
        "(a string property), found nothing (the property is missing) (place it from the template "
        "levels/templates/enemy_spawn.tx (Insert Template), whose kind is a drop-down; or add the property kind (type "
        "EnemyKind, a drop-down) in the object's Properties (in Tiled 1.9 and newer, its Class shows kind: fill it "
        "in))")
    assert "'kind'" not in problem  # named bare, as every other message names a property


# --- 4. a file named by a path from another computer ---------------------------------------------------------------

def test_a_template_named_by_a_windows_whole_path_is_told_so_not_joined_to_the_maps_folder(tmp_path):
    path = outpost(tmp_path)
    whole = "C:/Users/ana/blue-comet/levels/templates/objective.tx"
    edit(path, 'template="templates/objective.tx"', f'template="{whole}"')
    [problem] = problems_of(path)
    assert problem == (
        f'{path}: layer "objects", object 8 "extraction pad", template "{whole}": expected a template file that '
        f'exists, named relative to the map as Tiled writes it, found "{whole}", named by its whole path on the '
        "computer it was saved on (Tiled lists it as a broken link as it opens the map: click Locate File... and pick "
        "levels/templates/objective.tx; or insert the objects again from levels/templates/objective.tx (Insert "
        "Template))")
    assert str(path.parent / "C:") not in problem


def test_a_tileset_named_with_backslashes_is_told_so_with_tileds_fix(tmp_path):
    path = outpost(tmp_path)
    edit(path, EXTERNAL, EXTERNAL.replace("../assets/tilesets/mars.tsx", "..\\assets\\tilesets\\mars.tsx"))
    [problem] = problems_of(path)
    assert problem == (
        f'{path}: tileset "..\\assets\\tilesets\\mars.tsx": expected a tileset file that exists, named relative to the '
        'map as Tiled writes it, found "..\\assets\\tilesets\\mars.tsx", a path with Windows\' backslashes (\\), which '
        "name no folder here (Tiled lists it as a broken link as it opens the map: click Locate File... and pick "
        "assets/tilesets/mars.tsx; or in the Tilesets view, Replace Tileset (Map > Replace Tileset...) with it)")


# --- 5. hints in Tiled's words --------------------------------------------------------------------------------------

def test_a_map_too_large_names_resize_map(tmp_path):
    path = write_small_map(tmp_path, SPAWN, width=1001, height=1001)
    [problem] = problems_of(path)
    assert problem.endswith("found 1,001 x 1,001 = 1,002,001 cells (make it smaller with Map > Resize Map...)")


@pytest.mark.parametrize("value, hint", [
    ("4:00", "type 240, if 4:00 means minutes and seconds"),
    ("0,5", "type 0.5, with a point for decimals"),
    ("soon", "type a plain number, such as 0.5 or 240, with a point for decimals"),
])
def test_text_in_a_number_property_is_quoted_and_told_what_to_type(tmp_path, value, hint):
    path = write_small_map(tmp_path, layer("ground") + SPAWN,
                           f'<property name="time_limit" type="float" value="{value}"/>')
    [problem] = problems_of(path)
    assert problem == (f"{path}: map, property time_limit: expected seconds to win the level in, 0 for no limit, at "
                       f'most 86,400 (a day) (a float property), found "{value}" (a float property) ({hint})')


def test_a_layer_format_the_game_cannot_read_is_told_once_for_the_map_setting(tmp_path, monkeypatch):
    monkeypatch.setattr(tmx_data, "zstandard", None)  # as on a computer without the module
    data = '<data encoding="base64" compression="zstd">KLUv/Q==</data>'
    body = "".join(f'<layer name="{name}" width="4" height="3">{data}</layer>' for name in ("ground", "walls", "top"))
    [problem] = problems_of(write_small_map(tmp_path, body + SPAWN))
    assert problem.endswith(
        'map, Tile Layer Format: expected a tile layer format the game reads: CSV, or Base64 uncompressed or with zlib '
        'or gzip compression, found Base64 (Zstandard compressed), on 3 tile layers: layer "ground", layer "walls" and '
        "layer \"top\" (in Map > Map Properties..., set Tile Layer Format to CSV (Tiled's default) and save the map: "
        "the one setting saves every tile layer)")


# --- 6. an enemy spawn hugging a wall -------------------------------------------------------------------------------

ROOM = ["##########",
        "#........#",
        "#.P......#",
        "#........#",
        "##########"]


def guard(x: float, y: float, kind: str = "dis") -> str:
    return (f'<object id="50" name="door guard" type="enemy_spawn" x="{x}" y="{y}"><properties>'
            f'{drop_down("kind", kind)}</properties><point/></object>')


def test_an_enemy_spawn_whose_machine_reaches_into_a_wall_is_refused_saying_where_to_move_it(tmp_path):
    x, y = 6 * 32 + 16, 1 * 32 + 6  # centre 6 px below the top wall's face: the Dis (20 px round) 14 px into it
    path = write_map(tmp_path, ROOM, more_objects=guard(x, y))
    assert [str(p) for p in checked(path).problems] == [
        f'{path}: layer "objects", object 50 "door guard": expected a spawn with the machine\'s centre 16 px from '
        "every wall at least, found the machine, 40 px across, 14 px into the wall at tile (6, 0), its centre 6 px "
        f"from it (move it 14 px, to ({x:g}, {y + 14:g}), where it stands clear: the game shoves it out of the wall as "
        "the level starts)"]


def test_an_enemy_spawn_in_the_middle_of_the_tile_beside_a_wall_passes(tmp_path):
    # 16 px from the wall: the Dis reaches 4 px into it, and the game's shove goes unseen
    path = write_map(tmp_path, ROOM, more_objects=guard(*centre(6, 1)))
    assert checked(path).problems == ()


# --- 7. an unreachable objective, located -----------------------------------------------------------------------

def test_an_unreachable_objective_names_the_tile_where_the_way_on_foot_ends(tmp_path):
    x, y = centre(6, 1)
    pad = f'<object id="9" name="pad" type="objective" x="{x - 16}" y="{y - 16}" width="32" height="32"/>'
    path = write_map(tmp_path, ["##########",
                                "#...#....#",
                                "#.P......#",  # the gap at tile (4, 2) is one tile wide: the Layzner cannot pass
                                "#...#..E.#",
                                "##########"], more_objects=pad)
    [problem] = [str(p) for p in checked(path).problems]
    assert ("found no way there from the player spawn; on foot it gets no nearer than tile (3, 2), 82 px short of "
            "it (somewhere between them") in problem


# --- 8. machines placed on top of one another ----------------------------------------------------------------------

OVERLAP_HINT = ("the two overlap and are shoved apart as the level begins, away from where they were put{blank}: move "
                "it {more} px or more away")


def test_an_enemy_spawn_on_the_player_spawn_or_on_another_gets_a_warning_naming_both_and_how_far_to_move(tmp_path):
    # a Dis (20 px round) a tile (32 px) from the Layzner (20 px round), and another on the first: each overlaps
    x, y = centre(3, 1)
    path = write_map(tmp_path, ["#######",
                                "#.PE..#",
                                "#######"], more_objects=guard(x + 5, y))
    result = checked(path)
    assert result.problems == ()  # it plays: the game pushes them apart
    assert [str(w) for w in result.warnings] == [
        f'{path}: layer "objects", object 2 "enemy 0": expected a machine clear of every other at the start (centres '
        f'40 px apart or more), found it 32 px from object 1 "start", the player spawn ('
        + OVERLAP_HINT.format(blank="; it fires at the Layzner point-blank", more=8) + ")",
        f'{path}: layer "objects", object 50 "door guard": expected a machine clear of every other at the start '
        f'(centres 40 px apart or more), found it 5 px from object 2 "enemy 0" ('
        + OVERLAP_HINT.format(blank="", more=35) + ")"]


def test_machines_placed_apart_get_no_such_warning_and_a_playtest_prints_the_warning(tmp_path):
    apart = write_map(tmp_path, ["#######",
                                 "#.P.E.#",  # 64 px apart: clear
                                 "#..E..#",  # 45 px from each, diagonally: clear too
                                 "#######"], name="apart.tmx")
    assert but_in_sight(checked(apart).warnings) == []
    on_top = write_map(tmp_path, ["#######",
                                  "#.PE..#",
                                  "#######"], name="on_top.tmx")
    level = new_game(on_top).res.level  # what a playtest from Tiled prints in its Console
    assert [w.where for w in level.warnings] == ['layer "objects", object 2 "enemy 0"']
