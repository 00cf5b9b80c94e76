"""What a designer's audit found misleading in the checker's and a playtest's lines (its maps, cut down): each line says
what the thing is, in the map's own words, and a fix that holds."""

import shutil
from pathlib import Path

import pytest

from game.content.catalog import load_catalog
from game.content.check import check_map
from game.content.errors import ContentError
from game.session import new_game
from tests.content.test_level_traps import SPAWN, layer, problems_of, write_map as write_small_map
from tests.content.test_tmx_diagnoses import edit, outpost
from tests.maps import GATE_ID, GATED, SENSOR_ID, TILE, gate_objects, write_map

ROOT = Path(__file__).resolve().parents[2]


def refused_start(path: Path, start_at: int) -> str:
    with pytest.raises(ContentError) as caught:
        new_game(path, start_at=start_at)
    [problem] = caught.value.problems
    return str(problem)


def checked(path: Path):
    return check_map(path, load_catalog())


# --- 1. a playtest started at a gate ------------------------------------------------------------------------------

def test_a_start_at_a_gate_shut_at_the_start_names_the_gate_and_what_opens_it_not_a_collision_layer(tmp_path):
    path = write_map(tmp_path, GATED, more_objects=gate_objects("opens", pad=True))
    assert refused_start(path, GATE_ID) == (
        f'{path}: layer "objects", object {GATE_ID} "shutter" (--start-at): expected an object to start at on open '
        f'ground, found gate {GATE_ID} "shutter", shut at the start until object {SENSOR_ID} "sensor" opens it (start '
        f'at object {SENSOR_ID} "sensor", or at an object on either side of the gate)')


def test_a_start_at_an_object_over_a_shut_gate_names_the_gate_as_what_blocks_it(tmp_path):
    note = f'<object id="60" name="doorway" x="{7.5 * TILE}" y="{2.5 * TILE}"><point/></object>'
    path = write_map(tmp_path, GATED, more_objects=gate_objects("opens", pad=True) + note)
    assert refused_start(path, 60) == (
        f'{path}: object 60 "doorway" (--start-at): expected an object to start at on open ground, found its centre on '
        f'a solid tile at tile (7, 2): gate {GATE_ID} "shutter", shut at the start (start at an object on open ground '
        "inside the map)")


def test_a_start_on_the_collision_layer_names_that_layer_as_the_map_spells_it(tmp_path):
    rows = ["#######", "#.....#", "#P.X..#", "#.....#", "#######"]
    note = f'<object id="60" name="crate" x="{3.5 * TILE}" y="{2.5 * TILE}"><point/></object>'
    path = write_map(tmp_path, rows, more_objects=note + '<object id="61" name="pad" type="objective" x="32" '
                     'y="32" width="32" height="32"/>')
    edit(path, 'name="collision"', 'name="Collision"')
    assert refused_start(path, 60).endswith(
        'found its centre on a solid tile at tile (3, 2): a tile on the collision layer, "Collision" (start at an '
        "object on open ground inside the map)")


# --- 2. a tile size the tiles do not have -------------------------------------------------------------------------

def test_a_map_grid_of_the_wrong_size_is_told_alone_not_a_gate_off_that_grid(tmp_path):
    path = write_map(tmp_path, GATED, more_objects=gate_objects("opens", pad=True))
    edit(path, f'tilewidth="{TILE}" tileheight="{TILE}" infinite', 'tilewidth="30" tileheight="30" infinite')
    assert [str(problem) for problem in checked(path).problems] == [
        f"{path}: map, tile width and height: expected the size of the tiles it is painted with (32 x 32 px, "
        "test.png), found 30 x 30 px (set Tile Width and Height in Map > Map Properties to the tiles' size, or, if "
        "the tileset's was changed after the map was made, set it back in the tileset)"]


# --- 3. tiles given the Class "solid" ------------------------------------------------------------------------------

def own_tileset_map(folder: Path, tile: str) -> Path:
    """A map painted from a .tsx of the designer's own beside it, cutting the game's mars.png into tiles of the small
    map's size, its `walls` layer of tile 17 (the tileset's tile 16), which `tile` (a <tile> element) describes."""
    shutil.copy(ROOT / "assets" / "tilesets" / "mars.png", folder / "mars.png")
    (folder / "own.tsx").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tileset version="1.10" name="own" tilewidth="16" tileheight="16" '
        f'tilecount="288" columns="16"><image source="mars.png" width="256" height="288"/>{tile}</tileset>',
        encoding="utf-8")
    walls = [[17, 0, 0, 17], [17, 0, 0, 17], [17, 17, 17, 17]]
    return write_small_map(folder, layer("ground") + layer("walls", walls) + SPAWN,
                           tileset='<tileset firstgid="1" source="own.tsx"/>')


def test_tiles_given_the_class_solid_are_told_the_game_reads_the_property_in_their_own_tileset_file(tmp_path):
    path = own_tileset_map(tmp_path, '<tile id="16" class="Solid"/>')
    result = checked(path)
    assert [str(problem) for problem in result.problems if "walls" in problem.where] == [
        f'{path}: layer "walls": expected tiles that block (solid in their tileset), found 8 tiles, none of them solid '
        "(in tileset file own.tsx, mark the tiles that block: select them in the Tilesets view and add a bool "
        "property named solid, ticked (the game reads that property, not a tile's Class))"]
    assert [str(warning) for warning in result.warnings if "Class" in str(warning)] == [
        f'{path}: tileset "own.tsx": expected a bool property named "solid" on the tiles that block, found class '
        '"Solid" on 1 tile, none of them with the property (the game reads the bool property solid, not a tile\'s '
        "Class: select those tiles in the Tilesets view and add a bool property named solid, ticked (the class may "
        "stay), or they block nothing)"]


def test_a_tile_with_the_class_solid_and_the_property_is_not_warned_of(tmp_path):
    path = own_tileset_map(tmp_path, '<tile id="16" type="solid"><properties><property name="solid" type="bool" '
                                     'value="true"/></properties></tile>')
    result = checked(path)
    assert not [str(warning) for warning in result.warnings if "Class" in str(warning)]
    assert not [str(problem) for problem in result.problems if "walls" in problem.where]


# --- 4. a & or " typed into a value by hand -------------------------------------------------------------------------

@pytest.mark.parametrize("typed, found, fix", [
    ("Hold & guard the outpost", "a bare & (XML reads & as the start of an escape such as &amp;)",
     "write & in text as &amp; (Tiled writes it so itself: a hand edit put this one here); fix it in a text editor"),
    ('Hold the "outpost"', '"outpost" right after value="Hold the ": the " before it ends the value there',
     'write a " inside a value as &quot; (Tiled writes it so itself: a hand edit put this one here), or, if a '
     'closing " was left out before it, put it back; fix it in a text editor'),
], ids=["ampersand", "quote"])
def test_a_character_xml_escapes_typed_by_hand_is_named_with_its_place_and_its_escape(tmp_path, typed, found, fix):
    path = outpost(tmp_path)
    text = path.read_text(encoding="utf-8")
    edit(path, 'name="title" value="', f'name="title" value="{typed}" was="')
    line_number = text[:text.index('name="title" value="')].count("\n") + 1
    line = path.read_text(encoding="utf-8").splitlines()[line_number - 1]
    column = line.index("&") + 1 if "&" in typed else line.index('"outpost"') + 1
    assert problems_of(path) == [f"{path}: line {line_number}, column {column}: expected well-formed XML (a Tiled map "
                                 f"(.tmx)), found {found} ({fix})"]


# --- 5. a tileset given to check -----------------------------------------------------------------------------------

def test_a_tileset_given_in_place_of_a_map_names_the_maps_that_use_it(tmp_path):
    path = own_tileset_map(tmp_path, '<tile id="16"><properties><property name="solid" type="bool" value="true"/>'
                                     '</properties></tile>')
    assert problems_of(tmp_path / "own.tsx") == [
        f"{tmp_path / 'own.tsx'}: expected a Tiled map (<map>), found <tileset>, a tileset file (check reads maps, and "
        f"a tileset with each map that uses it: check {path.as_posix()})"]
    path.unlink()
    assert problems_of(tmp_path / "own.tsx")[0].endswith(
        "no map beside it or in levels/ uses this one: add it to a map (Map > Add External Tileset...), then check "
        "the map)")


# --- 6. a missing tileset and a missing tileset image, named alike ------------------------------------------------

def test_a_missing_tileset_file_and_a_missing_tileset_image_are_both_named_from_the_map(tmp_path):
    path = outpost(tmp_path)
    edit(path, "../assets/tilesets/mars.tsx", "../assets/tilesets/marz.tsx")
    assert "found no file ../assets/tilesets/marz.tsx (" in problems_of(path)[0]
    edit(path, "../assets/tilesets/marz.tsx", "../assets/tilesets/mars.tsx")
    edit(tmp_path / "assets" / "tilesets" / "mars.tsx", 'source="mars.png"', 'source="marz.png"')
    assert "found no file ../assets/tilesets/marz.png (the tileset refers to \"marz.png\"" in problems_of(path)[0]


# --- 8. an unknown track ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("music, fix", [
    ("mars_wind.ogg", 'write the track\'s name alone, without its folder or extension: "mars_wind"'),
    ("battle", "write one of them, or leave music empty for silence"),
], ids=["file name", "no track"])
def test_an_unknown_track_lists_the_tracks_whatever_the_slip(tmp_path, music, fix):
    path = outpost(tmp_path)
    text = path.read_text(encoding="utf-8")
    start = text.index('<property name="music" value="') + len('<property name="music" value="')
    path.write_text(text[:start] + music + text[text.index('"', start):], encoding="utf-8")
    tracks = ", ".join(sorted(track.stem for track in (ROOT / "assets" / "music").glob("*.*")))
    assert [str(problem) for problem in checked(path).problems] == [
        f'{path}: map, property music: expected a track in assets/music ({tracks}), found "{music}" ({fix})']
