"""Mistakes an audit of broken maps found told unclearly or wrongly: each is now one line that names the file, the
place, what was expected and what was found, in the designer's terms.

Most start from a copy of a shipped level, broken the way a designer or another program breaks it.
"""

import shutil
from pathlib import Path

import pytest

from game.content.errors import ContentError
from game.content.level import load_level
from game.content.tmx_document import read_map
from tests.content.test_level_traps import SPAWN, TILE, TILESET, layer, objects, png, write_map

ROOT = Path(__file__).resolve().parents[2]


def problems_of(path: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        load_level(path)
    return [str(p) for p in caught.value.problems]


def outpost(tmp_path: Path) -> Path:
    """A copy of levels/outpost.tmx with its tileset and templates, at the same relative paths, and the missions its
    `next` leads to (levels/storm_canyon.tmx, then levels/new_york.tmx), so the copy's campaign goes on as the shipped
    one does."""
    shutil.copytree(ROOT / "levels" / "templates", tmp_path / "levels" / "templates")
    shutil.copytree(ROOT / "assets" / "tilesets", tmp_path / "assets" / "tilesets")
    shutil.copy(ROOT / "levels" / "storm_canyon.tmx", tmp_path / "levels")
    shutil.copy(ROOT / "levels" / "new_york.tmx", tmp_path / "levels")
    return Path(shutil.copy(ROOT / "levels" / "outpost.tmx", tmp_path / "levels"))


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# --- 1. a file in another text encoding -----------------------------------------------------------------------------

def test_a_map_saved_in_an_8_bit_encoding_is_told_so_with_the_place_and_the_fix(tmp_path):
    path = outpost(tmp_path)
    text = path.read_text(encoding="utf-8").replace("Mars, Relay Outpost — 1996", "Mars, Relais Avancé - 1996")
    path.write_bytes(text.encode("latin-1"))
    assert problems_of(path) == [
        f"{path}: line 8, column 51: expected a Tiled map (.tmx) in UTF-8, found text in an 8-bit encoding (byte "
        '0xe9, "é" in Windows-1252 or Latin-1) (another program saved it so: open it in a text editor and save it with '
        "the encoding UTF-8)"]


@pytest.mark.parametrize("codec, encoding", [("utf-16", "UTF-16"), ("utf-16-le", "UTF-16"), ("utf-16-be", "UTF-16"),
                                             ("utf-32", "UTF-32")])
def test_a_map_saved_as_utf_16_or_32_with_or_without_a_byte_order_mark_is_told_so(tmp_path, codec, encoding):
    path = outpost(tmp_path)
    path.write_bytes(path.read_text(encoding="utf-8").encode(codec))
    assert problems_of(path) == [
        f"{path}: expected a Tiled map (.tmx) in UTF-8, found {encoding} text (another program saved it so: open it in "
        "a text editor and save it with the encoding UTF-8)"]


def test_a_tileset_or_template_in_another_encoding_is_named_with_its_file(tmp_path):
    path = outpost(tmp_path)
    tileset = tmp_path / "assets" / "tilesets" / "mars.tsx"
    tileset.write_bytes(tileset.read_text(encoding="utf-8").encode("utf-16"))
    template = tmp_path / "levels" / "templates" / "trigger.tx"
    template.write_bytes(template.read_text(encoding="utf-8").replace("message", "méssage").encode("cp1252"))
    assert problems_of(path) == [
        f'{path}: layer "objects", object 7 "valley", template "templates/trigger.tx" (and 3 more objects use it): '
        'expected a Tiled object template in UTF-8, found text in an 8-bit encoding (byte 0xe9, "é" in Windows-1252 '
        f"or Latin-1) in template {template} (line 5, column 65) (another program saved it so: open it in a text "
        "editor and save it with the encoding UTF-8)",
        f'{path}: tileset "../assets/tilesets/mars.tsx": expected a Tiled tileset in UTF-8, found UTF-16 text in '
        f"{tileset} (another program saved it so: open it in a text editor and save it with the encoding UTF-8)"]


@pytest.mark.parametrize("content, found", [
    (png(8, 8), "binary data (a PNG image)"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "binary data (a JPEG image)"),
    (bytes(range(256)) * 4, "binary data (a NUL byte)"),
    (b"<map>\x01\x02\xfe</map>", "binary data (byte 0x01 at offset 5)"),
], ids=["png", "jpeg", "nul", "control"])
def test_a_binary_file_is_still_called_binary_data(tmp_path, content, found):
    path = tmp_path / "not_a_map.tmx"
    path.write_bytes(content)
    assert problems_of(path) == [f"{path}: expected a Tiled map (.tmx) (UTF-8 text), found {found} "
                                 "(is this really a Tiled file?)"]


# --- 2. two layers of one name --------------------------------------------------------------------------------------

def test_two_walls_layers_are_named_both_not_told_as_walls_that_do_not_block(tmp_path):
    # The decoration layer renamed "walls" by mistake: it was told as the walls with none of its tiles solid, and the
    # hint sent the designer to the tileset.
    path = outpost(tmp_path)
    edit(path, 'name="decoration"', 'name="walls"')
    assert problems_of(path) == [
        f'{path}: layer "walls" (id 2): expected the one tile layer named "walls" (every layer by that name is checked '
        'to block, as the walls), found another, layer "walls" (id 3), above it in the Layers panel (rename the one '
        "meant as another layer, or merge them with Layer > Merge Layer Down)"]


def test_collision_layers_of_one_name_in_any_case_and_groups_are_all_named(tmp_path):
    body = (layer("collision", attributes='id="1"') + '<group name="cave">' + layer("Collision", attributes='id="2"')
            + "</group>" + layer("COLLISION") + SPAWN)
    path = write_map(tmp_path, body)
    assert problems_of(path) == [
        f'{path}: layer "collision" (id 1): expected the one tile layer named "collision" (every layer by that name is '
        'hidden in play and blocks wherever it has a tile), found 2 more: group "cave", layer "Collision" (id 2) and '
        'layer "COLLISION", above it in the Layers panel (rename the one meant as another layer, or merge them with '
        "Layer > Merge Layer Down)"]


def test_other_layers_may_share_a_name_as_tiled_allows(tmp_path):
    # The game finds no other layer by name (Tiled's automapping rules even need it): two "ground" layers and two
    # object layers named "objects" play as they are.
    start = '<object id="1" name="Eiji" type="player_spawn" x="8" y="8"><point/></object>'
    body = layer("ground") + layer("ground") + objects(name="objects") + layer("walls") + objects(start)
    level = load_level(write_map(tmp_path, body))
    assert [layer.name for layer in level.layers] == ["ground", "ground", "walls"]


# --- 3. a tileset whose tile size was changed -----------------------------------------------------------------------

def test_a_tileset_whose_tiles_were_made_larger_names_both_sizes_not_each_tile_as_unknown(tmp_path):
    # The .tsx edited after the map was painted: 64 px tiles cut the same image into 16, and the map's ids past
    # them were each told as "no tileset has this tile" (up to 10 lines a layer), the size never named.
    path = outpost(tmp_path)
    edit(tmp_path / "assets" / "tilesets" / "mars.tsx", 'tilewidth="32" tileheight="32"',
         'tilewidth="64" tileheight="64"')
    assert problems_of(path) == [
        f'{path}: tileset "../assets/tilesets/mars.tsx": expected tiles of 32 x 32 px, the map\'s grid, found tiles of '
        "64 x 64 px, which cut mars.png into 16 (ids 0 to 15), but the map uses ids up to 71 (was the tileset's tile "
        "size changed after the map was made? set Tile Width and Height back to 32 x 32 px in the tileset's "
        "properties (Tileset > Tileset Properties), or restore its file)"]


def test_tiles_taller_than_the_grid_are_read_as_tiled_draws_them(tmp_path):
    # Tiled allows tiles larger than the grid, drawn from the cell's bottom-left corner, and the game's map view
    # draws them so: a tileset of tall tiles on a 16 px grid is no problem of the format.
    tall = (f'<tileset firstgid="3" name="trees" tilewidth="{TILE}" tileheight="{TILE * 2}" tilecount="2" columns="2">'
            f'<image source="trees.png" width="{TILE * 2}" height="{TILE * 2}"/></tileset>')
    path = write_map(tmp_path, layer("ground") + layer("trees", [[3, 0, 0, 4], [0] * 4, [0] * 4]) + SPAWN,
                     tileset=TILESET + tall)
    (tmp_path / "trees.png").write_bytes(png(TILE * 2, TILE * 2))
    document = read_map(path)
    assert {(t.width, t.height) for t in document.tilesets.pictures.values()} == {(TILE, TILE), (TILE, TILE * 2)}



def test_an_animated_tile_is_drawn_as_the_first_frame_tiled_shows_and_blocks_as_itself(tmp_path):
    # Tile 0 (ground) animates through tile 1's picture, then its own: Tiled shows tile 1's as the map opens, and the
    # game, which does not animate tiles, draws that one still. A frame no tile has leaves the tile's own picture.
    animated = TILESET.replace('<tile id="1">', '<tile id="0"><animation><frame tileid="1" duration="100"/>'
                               '<frame tileid="0" duration="100"/></animation></tile><tile id="1">')
    level = load_level(write_map(tmp_path, layer("ground") + SPAWN, tileset=animated))
    assert (level.tiles[1].x, level.tiles[1].y) == (TILE, 0)
    assert not any(any(row) for row in level.solid)  # the painted tile's flags stand, not its frame's
    gone = animated.replace('<frame tileid="1"', '<frame tileid="7"')
    level = load_level(write_map(tmp_path, layer("ground") + SPAWN, tileset=gone))
    assert (level.tiles[1].x, level.tiles[1].y) == (0, 0)


@pytest.mark.parametrize("frame", ["²", "-1", "1.5", "one"])
def test_a_frame_whose_tileid_is_no_tile_number_leaves_the_tiles_own_picture_not_a_loader_bug(tmp_path, frame):
    # "²" is a digit to Python's isdigit, and int() refuses it: the map was refused as a loader bug to report
    animated = TILESET.replace('<tile id="1">', f'<tile id="0"><animation><frame tileid="{frame}" duration="100"/>'
                               '<frame tileid="0" duration="100"/></animation></tile><tile id="1">')
    level = load_level(write_map(tmp_path, layer("ground") + SPAWN, tileset=animated))
    assert (level.tiles[1].x, level.tiles[1].y) == (0, 0)

# --- 4. an object left out for its own mistake ----------------------------------------------------------------------

@pytest.mark.parametrize("old, new, problem", [
    ('points="0,0 -448,0 -448,-64"', 'points="0,0 -448;0 -448,-64"',
     'layer "objects", object 6 "south road", polyline points: expected pairs of finite numbers "x,y", found "-448;0"'),
    ('name="south road" x="976"', 'name="south road" x="97 6"',
     'layer "objects", object 6 "south road", attribute x: expected a finite number, found "97 6"'),
    ("templates/patrol_path.tx", "templates/patrol_pth.tx",
     'layer "objects", object 6 "south road", template "templates/patrol_pth.tx": expected a template file that '
     "exists, found no file templates/patrol_pth.tx (the map refers to \"templates/patrol_pth.tx\"; restore "
     "the file or fix the object)"),
])
def test_a_patrol_path_left_out_for_its_own_mistake_is_not_told_again_as_missing(tmp_path, old, new, problem):
    # Object 5's patrol is object 6: the map's next line said "no object has id 6", when it has, with a mistake.
    path = outpost(tmp_path)
    edit(path, old, new)
    assert problems_of(path) == [f"{path}: {problem.format(folder=path.parent)}"]


def test_a_player_spawn_left_out_for_its_own_mistake_is_not_told_again_as_none(tmp_path):
    path = outpost(tmp_path)
    edit(path, 'name="Eiji" x="144"', 'name="Eiji" x="14 4"')
    assert problems_of(path) == [
        f'{path}: layer "objects", object 1 "Eiji", attribute x: expected a finite number, found "14 4"']


def test_a_patrol_naming_an_object_that_is_not_there_is_still_told(tmp_path):
    path = outpost(tmp_path)
    edit(path, '<property name="patrol" type="object" value="6"/>',
         '<property name="patrol" type="object" value="60"/>')
    assert problems_of(path) == [
        f'{path}: layer "objects", object 5 "south patrol", property patrol: expected the id of a patrol_path object, '
        "found 60 (no object has id 60) (pick the path with the property's object picker)"]
