"""The pytmx 3.32 traps, one small hand-written map each, and the game's Tiled conventions read exactly as
documented."""

import math
import struct
import zlib
from base64 import b64encode
from pathlib import Path

import pytest

from game.content.errors import ContentError, quote
from game.content.level import load_level
from game.content.level_data import Region
from game.content.tmx_document import read_map
from game.content.tmx_properties import plain
from game.content.tmx_xml import written_whole
from tests.maps import ALARM, DIS, MESSAGE, drop_down, png

TILE = 16
SPAWN = ('<objectgroup id="90" name="start"><object id="900" name="Eiji" type="player_spawn" x="8" y="8">'
         '<point/></object></objectgroup>')


# Tile 1 is ground, tile 2 a wall (its `solid` property is true).
TILESET = f"""<tileset firstgid="1" name="tiles" tilewidth="{TILE}" tileheight="{TILE}" tilecount="2" columns="2">
  <image source="tiles.png" width="{TILE * 2}" height="{TILE}"/>
  <tile id="1"><properties><property name="solid" type="bool" value="true"/></properties></tile>
 </tileset>"""


def write_map(folder: Path, body: str, properties: str = "", width: int = 4, height: int = 3,
              tileset: str = TILESET, name: str = "map.tmx") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "tiles.png").write_bytes(png(TILE * 2, TILE))
    props = f"<properties>{properties}</properties>" if properties else ""
    path = folder / name
    path.write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<map version="1.10" tiledversion="1.10.2" orientation="orthogonal" renderorder="right-down" width="{width}" \
height="{height}" tilewidth="{TILE}" tileheight="{TILE}" infinite="0" nextlayerid="99" nextobjectid="999">
 {props}
 {tileset}
 {body}
</map>
""", encoding="utf-8")
    return path


def layer(name: str, rows=None, attributes: str = "", width: int = 4, height: int = 3) -> str:
    rows = rows or [[1] * width for _ in range(height)]
    csv = ",\n".join(",".join(map(str, row)) for row in rows)
    return (f'<layer name="{name}" width="{width}" height="{height}" {attributes}><data encoding="csv">\n{csv}\n'
            '</data></layer>')


def objects(*items: str, name: str = "objects", attributes: str = "") -> str:
    return f'<objectgroup name="{name}" {attributes}>{"".join(items)}</objectgroup>'


def problems_of(path: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        load_level(path)
    return [str(p) for p in caught.value.problems]


# --- trap 1: layer order ------------------------------------------------------------------------------------------

def test_tile_layers_come_in_file_order_depth_first_through_groups(tmp_path):
    body = (layer("a") + objects() + '<group name="g">' + layer("b") + '<group name="h">' + layer("c")
            + "</group></group>"
            + '<imagelayer name="sky"><image source="tiles.png" width="32" height="16"/></imagelayer>'
            + layer("d") + SPAWN)
    level = load_level(write_map(tmp_path, body))
    assert [layer.name for layer in level.layers] == ["a", "b", "c", "d"]
    assert [layer.name for layer in read_map(tmp_path / "map.tmx").tile_layers] == ["a", "b", "c", "d"]
    assert any("image layer" in str(w) and '"sky"' in str(w) for w in level.warnings)


# --- trap 2: templates --------------------------------------------------------------------------------------------

def test_template_objects_keep_class_size_shape_and_properties_and_instances_override_them(tmp_path):
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "guard.tx").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><template><object type="enemy_spawn"><properties>'
        f'{DIS}<property name="patrol" type="object" value="0"/>'
        "</properties><point/></object></template>", encoding="utf-8")
    (templates / "storm.tx").write_text(  # Tiled 1.9+ writes class= instead of type=
        '<?xml version="1.0" encoding="UTF-8"?><template><object class="zone" width="64" height="48"><properties>'
        f'{drop_down("kind", "dust_storm", "ZoneKind")}<property name="strength" type="float" value="0.7"/>'
        "</properties><ellipse/></object></template>", encoding="utf-8")
    (templates / "start.tx").write_text(  # a tile object: placed by its bottom-left corner
        '<?xml version="1.0" encoding="UTF-8"?><template><tileset firstgid="1" source="../tiles.tsx"/>'
        '<object type="player_spawn" gid="1" width="16" height="16"/></template>', encoding="utf-8")
    body = objects(
        '<object id="1" template="templates/start.tx" x="32" y="48"/>',
        '<object id="2" template="templates/guard.tx" name="g1" x="40" y="20"/>',
        '<object id="3" template="templates/guard.tx" name="g2" x="50" y="20"><properties>'
        f'<property name="patrol" type="object" value="5"/>{drop_down("kind", "dis_heavy")}'
        '</properties></object>',
        '<object id="4" template="templates/storm.tx" name="s1" x="0" y="0"/>',
        '<object id="5" name="route" type="patrol_path" x="0" y="0"><polyline points="0,0 16,0"/></object>',
        '<object id="6" template="templates/storm.tx" name="s2" x="10" y="10" width="20" height="30"><properties>'
        '<property name="strength" type="float" value="0.25"/></properties></object>')
    level = load_level(write_map(tmp_path, body))
    assert level.player_spawn == (40.0, 40.0)
    g1, g2 = level.enemy_spawns
    assert (g1.name, g1.kind, g1.patrol, g1.x, g1.y) == ("g1", "dis", (), 40.0, 20.0)
    assert (g2.kind, g2.patrol, g2.loop) == ("dis_heavy", ((0.0, 0.0), (16.0, 0.0)), False)
    s1, s2 = level.zones
    assert (s1.region, s1.kind, s1.strength) == (Region("ellipse", 0.0, 0.0, 64.0, 48.0), "dust_storm", 0.7)
    assert (s2.region, s2.strength) == (Region("ellipse", 10.0, 10.0, 20.0, 30.0), 0.25)


def test_an_instance_with_an_empty_class_keeps_its_templates_as_tiled_shows_it(tmp_path):
    (tmp_path / "guard.tx").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><template><object class="enemy_spawn"><properties>'
        f'{DIS}</properties><point/></object></template>', encoding="utf-8")
    body = objects('<object id="1" template="guard.tx" name="typed" type="" x="40" y="20"/>',
                   '<object id="2" template="guard.tx" name="classed" class="" x="50" y="20"/>') + SPAWN
    level = load_level(write_map(tmp_path, body))
    assert [(spawn.name, spawn.kind) for spawn in level.enemy_spawns] == [("typed", "dis"), ("classed", "dis")]


def test_a_missing_template_names_the_object_and_the_file(tmp_path):
    body = objects('<object id="1" name="ghost" template="templates/nothing.tx" x="1" y="1"/>') + SPAWN
    [problem] = problems_of(write_map(tmp_path, body))
    assert 'object 1 "ghost"' in problem and "nothing.tx" in problem and "a template file that exists" in problem


def test_a_missing_template_used_by_many_objects_is_told_once_and_the_spawn_it_held_is_not_missed(tmp_path):
    body = objects(*(f'<object id="{i}" name="o{i}" template="templates/gone.tx" x="{i}" y="1"/>' for i in (1, 2, 3)))
    [problem] = problems_of(write_map(tmp_path, body))  # no "exactly one player_spawn, found 0" after it
    assert problem.startswith(f'{tmp_path / "map.tmx"}: layer "objects", object 1 "o1", template "templates/gone.tx" '
                              "(and 2 more objects use it): expected a template file that exists")


# --- trap 3: class-typed properties -------------------------------------------------------------------------------

CLASS_PROPERTY = ('<property name="loot" type="class" propertytype="Loot"><properties>'
                  '<property name="gold" type="int" value="5"/>'
                  '<property name="inner" type="class" propertytype="Inner"><properties>'
                  '<property name="deep" value="yes"/></properties></property>'
                  "</properties></property>")


def test_class_typed_properties_are_read_as_nested_values_without_crashing(tmp_path):
    tileset = TILESET.replace("</tileset>", f'<tile id="0"><properties>{CLASS_PROPERTY}</properties></tile></tileset>')
    body = (layer("ground", attributes="").replace("<data", f"<properties>{CLASS_PROPERTY}</properties><data")
            + objects(f'<object id="1" name="chest" x="4" y="4"><properties>{CLASS_PROPERTY}</properties></object>')
            + SPAWN)
    path = write_map(tmp_path, body, tileset=tileset)
    level = load_level(path)
    assert level.object_points[1] == (4.0, 4.0)
    chest = next(o for o in read_map(path).objects if o.name == "chest")
    assert chest.properties["loot"].type == "class"
    assert plain(chest.properties) == {"loot": {"gold": "5", "inner": {"deep": "yes"}}}


# --- trap 4: hidden groups, opacity, offsets ----------------------------------------------------------------------

def test_a_hidden_group_hides_the_layers_inside_it_and_opacity_multiplies_down(tmp_path):
    walls = [[0, 0, 0, 0], [0, 2, 0, 0], [0, 0, 0, 0]]
    body = ('<group name="night" visible="0" opacity="0.5"><group name="inner" opacity="0.5">'
            + layer("hidden walls", walls, 'opacity="0.8"') + "</group></group>"
            + '<group name="day">' + layer("shown") + "</group>" + SPAWN)
    level = load_level(write_map(tmp_path, body))
    hidden, shown = level.layers
    assert (hidden.name, hidden.visible, hidden.opacity) == ("hidden walls", False, pytest.approx(0.2))
    assert (shown.visible, shown.opacity) == (True, 1.0)
    assert level.solid[1][1] is True  # a solid tile blocks on a hidden layer too


def test_a_collision_layer_in_any_case_and_any_group_is_solid_and_never_drawn(tmp_path):
    marks = [[0, 0, 0, 0], [0, 0, 1, 0], [0, 0, 0, 0]]
    body = layer("ground") + '<group name="logic">' + layer("Collision", marks, 'visible="0"') + "</group>" + SPAWN
    level = load_level(write_map(tmp_path, body))
    assert [layer.name for layer in level.layers] == ["ground"]
    assert level.solid[1][2] is True and sum(map(sum, level.solid)) == 1


# --- trap 5: fractional offsets -----------------------------------------------------------------------------------

def test_fractional_offsets_are_accepted_and_add_up_through_groups(tmp_path):
    body = ('<group name="g" offsetx="10.5" offsety="-2.25">'
            + layer("floor", attributes='offsetx="0.25" offsety="0.75"')
            + objects('<object id="1" name="goal" type="objective" x="0" y="0" width="32" height="16"/>',
                      attributes='offsetx="4.5" offsety="1"')
            + "</group>" + SPAWN)
    level = load_level(write_map(tmp_path, body))
    [floor] = level.layers
    assert (floor.offset_x, floor.offset_y) == (10.75, -1.5)
    assert level.objectives[0].region == Region("rectangle", 15.0, -1.25, 32.0, 16.0)


def test_an_object_layer_offset_that_carries_objects_off_the_map_is_one_problem_naming_the_layer(tmp_path):
    # Tiled's X and Y leave the layer's offset out: told object by object, each place (x + 60) would be one Tiled
    # never shows. The map is 64 x 48 px.
    body = (objects('<object id="1" name="guard" type="enemy_spawn" x="8" y="8"><properties>'
                    f'{DIS}</properties><point/></object>'
                    '<object id="2" name="goal" type="objective" x="0" y="0" width="16" height="16"/>'
                    '<object id="3" name="note" x="8" y="8"><point/></object>'  # no class: not the game's
                    '<object id="4" name="squall" type="zone" x="-70" y="0" width="16" height="16"/>',  # brought on
                    attributes='offsetx="60"') + SPAWN)
    path = write_map(tmp_path, layer("ground") + body)
    assert problems_of(path) == [
        f'{path}: layer "objects": expected an offset that keeps its objects on the map (0 to 64 x 0 to 48 px), '
        'found an offset of 60, 0 px, which moves 2 objects off the map (object 1 "guard", object 2 "goal") (the X '
        "and Y Tiled shows in an object's properties leave the layer's offset out: clear Offset in the layer's "
        "properties (Layer > Layer Properties...))"]


# --- trap 6: decoded size -----------------------------------------------------------------------------------------

def _base64_layer(name: str, cells: int, compression: str = "zlib", width: int = 3, height: int = 3) -> str:
    raw = struct.pack(f"<{cells}I", *([1] * cells))
    data = zlib.compress(raw) if compression == "zlib" else raw
    attribute = f' compression="{compression}"' if compression == "zlib" else ""
    return (f'<layer name="{name}" width="{width}" height="{height}"><data encoding="base64"{attribute}>'
            f"{b64encode(data).decode()}</data></layer>")


def test_layer_data_that_decodes_to_more_or_less_than_its_size_is_refused(tmp_path):
    body = (_base64_layer("too much", 100) + _base64_layer("too little", 2) + _base64_layer("plain short", 5, "none")
            + SPAWN)
    problems = problems_of(write_map(tmp_path, body, width=3, height=3))
    assert len(problems) == 3
    assert 'layer "too much": expected 36 bytes of tile data (9 cells x 4), found more' in problems[0]
    assert 'layer "too little": expected 36 bytes of tile data (9 cells x 4), found 8 bytes' in problems[1]
    assert 'layer "plain short"' in problems[2] and "found 20 bytes" in problems[2]


def test_base64_zlib_gzip_and_csv_layers_decode_to_the_same_cells(tmp_path):
    cells = [1, 2, 0, 2, 1, 1, 0, 0, 2]
    raw = struct.pack("<9I", *cells)
    gzip_data = zlib.compressobj(wbits=31)
    gzip_bytes = gzip_data.compress(raw) + gzip_data.flush()
    encodings = {
        "csv": '<data encoding="csv">' + ",".join(map(str, cells)) + "</data>",
        "plain": f'<data encoding="base64">{b64encode(raw).decode()}</data>',
        "zlib": f'<data encoding="base64" compression="zlib">{b64encode(zlib.compress(raw)).decode()}</data>',
        "gzip": f'<data encoding="base64" compression="gzip">{b64encode(gzip_bytes).decode()}</data>',
        "xml": "<data>" + "".join(f'<tile gid="{c}"/>' if c else "<tile/>" for c in cells) + "</data>",
    }
    body = "".join(f'<layer name="{n}" width="3" height="3">{d}</layer>' for n, d in encodings.items()) + SPAWN
    level = load_level(write_map(tmp_path, body, width=3, height=3))
    expected = ((1, 2, 0), (2, 1, 1), (0, 0, 2))
    assert [(layer.name, layer.cells) for layer in level.layers] == [(name, expected) for name in encodings]


def test_flip_bits_stay_on_the_cell_and_become_the_tile_image_flags(tmp_path):
    flipped = 0x80000000 | 0x20000000 | 2
    hex_rotated = 0x10000000 | 1  # only meaningful on hexagonal maps: dropped
    body = layer("ground", [[1, flipped, hex_rotated, 0], [1, 1, 1, 1], [1, 1, 1, 1]]) + SPAWN
    level = load_level(write_map(tmp_path, body))
    row = level.layers[0].cells[0]
    assert row == (1, flipped, 1, 0)
    assert 2 not in level.tiles  # only the tiles the layers use are listed, each flip its own entry
    flipped_wall = level.tiles[flipped]
    assert (flipped_wall.x, flipped_wall.y, flipped_wall.width, flipped_wall.height) == (TILE, 0, TILE, TILE)
    assert (flipped_wall.flip_x, flipped_wall.flip_y, flipped_wall.flip_diagonal) == (True, False, True)
    assert level.tiles[1].source == str((tmp_path / "tiles.png").resolve())
    assert level.solid[0][1] is True  # a flipped wall is still a wall


# --- regions ------------------------------------------------------------------------------------------------------

def test_regions_are_read_from_rectangles_ellipses_and_polygons_and_a_point_is_refused(tmp_path):
    body = objects(
        '<object id="1" name="box" type="trigger" x="10" y="20" width="30" height="40"><properties>'
        f'{ALARM}</properties></object>',
        '<object id="2" name="oval" type="zone" x="0" y="0" width="40" height="20"><ellipse/></object>',
        '<object id="3" name="field" type="objective" x="100" y="100"><polygon points="0,0 50,0 0,50"/></object>',
        f'<object id="4" name="dot" type="trigger" x="5" y="5"><properties>{MESSAGE}'
        '<property name="text" value="Look out"/></properties><point/></object>',
        '<object id="5" name="spun" type="zone" x="5" y="5" width="10" height="10" rotation="30"/>') + SPAWN
    path = write_map(tmp_path, body)
    problems = problems_of(path)
    assert len(problems) == 2
    assert 'object 4 "dot": expected a rectangle, ellipse or polygon, found a point' in problems[0]
    assert 'object 5 "spun"' in problems[1] and "rotated regions are not supported; reset Rotation to 0" in problems[1]
    fixed = path.read_text().replace('<object id="4"', '<object id="4" width="8" height="8"').replace("<point/>", "", 1)
    path.write_text(fixed.replace(' rotation="30"', ""))
    level = load_level(path)
    box, dot = level.triggers
    assert (box.region, box.action, box.text, box.once) == (Region("rectangle", 10, 20, 30, 40), "alarm", "", True)
    assert level.zones[0].region == Region("ellipse", 0, 0, 40, 20)
    assert level.objectives[0].region == Region("polygon", 100, 100, 50, 50, ((100, 100), (150, 100), (100, 150)))
    assert level.objectives[0].text == "Reach the marked area"


def test_region_contains_follows_each_shape():
    rectangle = Region("rectangle", 10, 10, 20, 10)
    assert rectangle.contains(10, 10) and rectangle.contains(30, 20) and not rectangle.contains(31, 15)
    ellipse = Region("ellipse", 0, 0, 40, 20)
    assert ellipse.contains(20, 10) and ellipse.contains(0.5, 10) and not ellipse.contains(2, 2)
    # An L shape: the notch at the top right is outside although it is inside the bounding box.
    ell = Region("polygon", 0, 0, 20, 20, ((0, 0), (10, 0), (10, 10), (20, 10), (20, 20), (0, 20)))
    assert ell.contains(5, 5) and ell.contains(15, 15) and not ell.contains(15, 5)
    assert ell.centre == pytest.approx((10, 10))


# --- map properties -----------------------------------------------------------------------------------------------

def test_map_properties_have_their_documented_defaults(tmp_path):
    level = load_level(write_map(tmp_path, layer("ground") + SPAWN, name="dust_bowl.tmx"))
    assert ((level.title, level.music, level.storm, level.wind_angle, level.wind_speed)
            == ("dust_bowl", "", 0.0, 0.0, 40.0))
    assert level.warnings == ()


def test_typed_map_properties_are_read(tmp_path):
    properties = ('<property name="title" value="Cydonia"/><property name="music" value="mars_wind"/>'
                  '<property name="storm" type="float" value="0.5"/><property name="wind" type="float" value="90"/>'
                  '<property name="wind_speed" type="int" value="70"/>')
    level = load_level(write_map(tmp_path, layer("ground") + SPAWN, properties))
    assert (level.title, level.music, level.storm, level.wind_speed) == ("Cydonia", "mars_wind", 0.5, 70.0)
    assert level.wind_angle == pytest.approx(math.pi / 2)  # 90° clockwise from east on screen: blowing down


def test_map_properties_of_the_wrong_type_or_out_of_range_are_problems(tmp_path):
    properties = ('<property name="storm" value="0.5"/><property name="wind_speed" type="float" value="-3"/>'
                  '<property name="wind" type="bool" value="true"/>')
    problems = problems_of(write_map(tmp_path, layer("ground") + SPAWN, properties))
    assert problems == [
        f'{tmp_path / "map.tmx"}: map, property storm: expected a number from 0 to 1 (a float property), '
        f'found "0.5" (a string property) (set the property\'s type to float in Tiled)',
        f'{tmp_path / "map.tmx"}: map, property wind: expected degrees the wind blows toward, clockwise from east '
        f"(a float property), found true (a bool property) (set the property's type to float in Tiled)",
        f'{tmp_path / "map.tmx"}: map, property wind_speed: expected px per second the dust drifts, from 0 to 280 '
        '(a float property), found -3',
    ]


# --- object properties --------------------------------------------------------------------------------------------

def test_a_property_the_game_does_not_read_is_named_with_a_did_you_mean(tmp_path):
    body = objects('<object id="5" name="guard" type="enemy_spawn" x="40" y="20"><properties>'
                   '<property name="kidn" value="dis"/></properties><point/></object>') + SPAWN
    problems = problems_of(write_map(tmp_path, body))
    assert any('layer "objects", object 5 "guard", property kidn:' in p
               and 'property "kidn" is not read by the game; did you mean "kind"?' in p for p in problems)
    assert any("property kind: expected the enemy's kind" in p and "found nothing" in p for p in problems)


def test_a_property_far_from_every_name_the_game_reads_is_the_designer_s_note_a_warning_and_the_map_plays(tmp_path):
    # A slip of a name ("wind_sped") would leave the setting at its default without a word in play: refused. A name
    # like none of the game's is the designer's own (an author, a to-do, another tool's setting): it must not stop
    # the map, but it is told, as the game does not read it.
    notes = '<property name="author" value="Eiji"/>'
    guard = ('<object id="5" name="guard" type="enemy_spawn" x="40" y="20"><properties>'
             f'{DIS}<property name="speed" type="float" value="90"/>'
             '</properties><point/></object>')
    level = load_level(write_map(tmp_path, layer("ground") + objects(guard) + SPAWN, notes))
    assert [str(w) for w in level.warnings] == [
        f'{tmp_path / "map.tmx"}: map, property author: expected a property the map reads, found "author" '
        '(property "author" is not read by the game; known: music, next, storm, time_limit, title, weather, wind, '
        'wind_speed; the game ignores it: fine for a note of your own)',
        f'{tmp_path / "map.tmx"}: layer "objects", object 5 "guard", property speed: expected a property an '
        'enemy_spawn object reads, found "speed" (property "speed" is not read by the game; known: arrives, '
        'difficulty, holds_post, kind, patrol; the game ignores it: fine for a note of your own)',
    ]
    assert [spawn.kind for spawn in level.enemy_spawns] == ["dis"]
    [problem] = problems_of(write_map(tmp_path, layer("ground") + SPAWN, notes + '<property name="wind_sped" '
                                                                          'type="float" value="70"/>'))
    assert 'map, property wind_sped:' in problem and 'did you mean "wind_speed"?' in problem


def test_properties_of_the_wrong_type_say_what_was_expected_and_found(tmp_path):
    body = objects(
        '<object id="1" name="haze" type="zone" x="0" y="0" width="10" height="10"><properties>'
        '<property name="strength" value="high"/></properties></object>',
        '<object id="2" name="door" type="trigger" x="0" y="0" width="10" height="10"><properties>'
        f'{MESSAGE}<property name="text" value="Sensor tripped."/>'
        '<property name="once" type="int" value="1"/></properties></object>',
        '<object id="3" name="gate" type="trigger" x="0" y="0" width="10" height="10"><properties>'
        f'{drop_down("action", "explode")}</properties></object>') + SPAWN
    problems = problems_of(write_map(tmp_path, body))
    assert len(problems) == 3
    assert ('object 1 "haze", property strength: expected a number from 0 to 1 (a float property), '
            'found "high" (a string property)') in problems[0]
    assert ('object 2 "door", property once: expected true or false (a bool property), '
            'found 1 (an int property)') in problems[1]
    assert ('object 3 "gate", property action: expected one of "message", "alarm", "advise", "fouron", "repair" '
            '(a string property), found "explode"') in problems[2]


def test_a_bool_property_holding_a_value_tiled_never_writes_is_told_to_fix_the_value_not_the_type(tmp_path):
    # The type is already bool: "set the property's type to bool" was no fix. Ticking the box in Tiled is.
    fix = "(tick or untick its checkbox in Tiled, which writes true or false)"
    body = objects(
        f'<object id="1" name="sentry" type="enemy_spawn" x="40" y="20"><properties>{DIS}'
        '<property name="holds_post" type="bool" value="maybe"/></properties><point/></object>',
        f'<object id="2" name="post" type="enemy_spawn" x="40" y="20"><properties>{DIS}'
        '<property name="holds_post" type="bool" value="1"/></properties><point/></object>',
        '<object id="3" name="door" type="trigger" x="0" y="0" width="10" height="10"><properties>'
        f'{ALARM}<property name="once" type="bool" value="maybe"/></properties>'
        '</object>',
        '<object id="4" name="gate" type="trigger" x="0" y="0" width="10" height="10"><properties>'
        f'{ALARM}<property name="once" value="true"/></properties></object>') + SPAWN
    tileset = TILESET.replace('type="bool" value="true"', 'type="bool" value="maybe"')
    assert problems_of(write_map(tmp_path, layer("ground") + body, tileset=tileset)) == [
        f'{tmp_path / "map.tmx"}: tileset "tiles", tile 1, property solid: expected true or false (a bool property), '
        f'found "maybe" (a bool property) {fix}',
        f'{tmp_path / "map.tmx"}: layer "objects", object 1 "sentry", property holds_post: expected true or false '
        f'(a bool property), found "maybe" (a bool property) {fix}',
        f'{tmp_path / "map.tmx"}: layer "objects", object 2 "post", property holds_post: expected true or false '
        f'(a bool property), found "1" (a bool property) {fix}',
        f'{tmp_path / "map.tmx"}: layer "objects", object 3 "door", property once: expected true or false '
        f'(a bool property), found "maybe" (a bool property) {fix}',
        # typed as text, the type is what is wrong: its hint stays
        f'{tmp_path / "map.tmx"}: layer "objects", object 4 "gate", property once: expected true or false '
        "(a bool property), found \"true\" (a string property) (set the property's type to bool in Tiled)",
    ]


def test_a_patrol_must_refer_to_a_patrol_path_that_exists(tmp_path):
    body = objects(
        f'<object id="5" name="guard" type="enemy_spawn" x="40" y="20"><properties>{DIS}'
        '<property name="patrol" type="object" value="99"/></properties><point/></object>',
        f'<object id="6" name="sentry" type="enemy_spawn" x="40" y="20"><properties>{DIS}'
        '<property name="patrol" type="object" value="7"/></properties><point/></object>',
        '<object id="7" name="lobby" type="trigger" x="0" y="0" width="8" height="8"><properties>'
        f'{ALARM}</properties></object>',
        f'<object id="8" name="walker" type="enemy_spawn" x="40" y="20"><properties>{DIS}'
        '<property name="patrol" type="int" value="9"/></properties><point/></object>',
        '<object id="9" name="loop" type="patrol_path" x="0" y="0"><polygon points="0,0 10,0 10,10"/></object>') + SPAWN
    problems = problems_of(write_map(tmp_path, body))
    assert len(problems) == 3
    assert problems[0] == (f'{tmp_path / "map.tmx"}: layer "objects", object 5 "guard", property patrol: '
                           'expected the id '
                           "of a patrol_path object, found 99 (no object has id 99) (pick the path with the property's "
                           "object picker)")
    assert ('object 6 "sentry", property patrol' in problems[1]
            and 'found 7 (object 7 "lobby" has class "trigger")' in problems[1])
    assert 'object 8 "walker", property patrol' in problems[2] and "(an int property)" in problems[2]
    # Tiled changes no property's type, nor adds a second of one name: the way to mend it is to remove it first
    assert "(remove it, add it again as an object property (Add Property → object) and pick the object)" in problems[2]


def test_a_patrol_path_must_be_a_polyline_or_polygon_and_polygons_loop(tmp_path):
    body = objects(
        f'<object id="1" name="guard" type="enemy_spawn" x="4" y="4"><properties>{DIS}'
        '<property name="patrol" type="object" value="2"/></properties><point/></object>',
        '<object id="2" name="ring" type="patrol_path" x="10" y="10">'
        '<polygon points="0,0 10,0 10,10"/></object>') + SPAWN
    path = write_map(tmp_path, body)
    [guard] = load_level(path).enemy_spawns
    assert guard.patrol == ((10, 10), (20, 10), (20, 20)) and guard.loop is True
    assert guard.where == 'layer "objects", object 1 "guard"'
    path.write_text(path.read_text().replace('<polygon points="0,0 10,0 10,10"/>', "<ellipse/>"))
    [problem] = problems_of(path)
    assert ('object 2 "ring": expected a polyline (walked back and forth) or polygon (walked round), '
            'found an ellipse') in problem


def test_player_spawns_must_be_exactly_one_and_an_unknown_class_is_a_warning(tmp_path):
    second = objects('<object id="3" name="twin" type="player_spawn" x="30" y="30" width="10" height="6"/>',
                     '<object id="4" name="crate" type="scenery" x="1" y="1"><point/></object>',
                     '<object id="5" name="note" x="1" y="1"/>')
    path = write_map(tmp_path, SPAWN + second)
    [problem] = problems_of(path)
    assert "expected exactly one player_spawn object, found 2" in problem
    path.write_text(path.read_text().replace('type="player_spawn" x="30"', 'x="30"'))
    level = load_level(path)
    assert level.player_spawn == (8.0, 8.0) and level.object_points[3] == (35.0, 33.0)
    [warning] = level.warnings
    assert 'object 4 "crate"' in str(warning) and 'class "scenery" is not used by the game; known:' in str(warning)


def test_a_class_one_slip_from_the_game_s_is_refused_not_dropped_without_a_word(tmp_path):
    # An objective or a guard whose class is mistyped would silently vanish from play: the win rule would change.
    body = objects('<object id="4" name="uplink" type="objectve" x="1" y="1" width="8" height="8"/>',
                   '<object id="5" name="guard" type="enemy_spwan" x="1" y="1"><point/></object>') + SPAWN
    problems = problems_of(write_map(tmp_path, body))
    assert len(problems) == 2
    assert ('object 4 "uplink": expected an object class the game uses, or none, found class "objectve" '
            '(class "objectve" is not used by the game; did you mean "objective"?') in problems[0]
    assert problems[0].endswith("; or clear the class to keep it as a note)")
    assert 'object 5 "guard"' in problems[1] and 'did you mean "enemy_spawn"?' in problems[1]


def test_an_unknown_class_on_an_object_plainly_the_games_is_refused_and_on_a_note_only_warned(tmp_path):
    # An objective typed "goal" or a gate typed "door" dropped out of play with a warning alone: the level played on
    # without it (won by destroying every enemy, the goal gone). Its template or the game's properties on it say
    # what it is, as for an object with no class; a note of the designer's own, with neither, is still a warning.
    for name, shaped in (("pad.tx", 'type="objective" width="16" height="16">'),
                         ("path.tx", 'type="patrol_path"><polyline points="0,0 16,0"/>')):
        (tmp_path / name).write_text(f'<?xml version="1.0" encoding="UTF-8"?><template><object {shaped}</object>'
                                     "</template>", encoding="utf-8")
    note = ('<object id="3" name="todo" type="marker" x="1" y="1"><properties>'
            '<property name="todo" value="more rocks"/></properties><point/></object>')
    body = objects('<object id="1" name="relay" template="pad.tx" type="goal" x="32" y="16"/>',
                   '<object id="2" name="hatch" type="door" x="0" y="16" width="16" height="16"><properties>'
                   '<property name="opens" type="object" value="1"/></properties></object>', note,
                   '<object id="4" name="beat" template="path.tx" type="route" x="8" y="40"/>',
                   # its patrol names the path refused for its class: that line alone tells the mistake
                   '<object id="5" name="guard" type="enemy_spawn" x="8" y="40"><properties>'
                   f'{DIS}<property name="patrol" type="object" value="4"/></properties><point/></object>'
                   ) + SPAWN
    assert problems_of(write_map(tmp_path, body)) == [
        f'{tmp_path / "map.tmx"}: layer "objects", object 1 "relay": expected an object class the game uses, or none, '
        'found class "goal" (placed from template "pad.tx", an objective) (class "goal" is not used by the game, and '
        "the object would drop out of play without a word: clear its Class, and it is an objective as its template "
        "makes it)",
        f'{tmp_path / "map.tmx"}: layer "objects", object 2 "hatch": expected an object class the game uses, or none, '
        'found class "door" (it has opens) (class "door" is not used by the game, and the object would drop out of '
        "play without a word: set its Class to gate, or remove those properties to keep it as a note)",
        f'{tmp_path / "map.tmx"}: layer "objects", object 4 "beat": expected an object class the game uses, or none, '
        'found class "route" (placed from template "path.tx", a patrol_path) (class "route" is not used by the game, '
        "and the object would drop out of play without a word: clear its Class, and it is a patrol_path as its "
        "template makes it)"]
    [warning] = load_level(write_map(tmp_path, objects(note) + SPAWN)).warnings
    assert 'object 3 "todo": expected an object class the game uses, or none, found class "marker"' in str(warning)


def test_a_patrol_path_no_enemy_walks_is_warned_of_naming_the_guard_by_its_first_point(tmp_path):
    # A guard that lost its patrol held its ground, and the path drawn for it was walked by no one without a word.
    def guard(oid: int, name: str, x: int, patrol: int = 0) -> str:
        walks = f'<property name="patrol" type="object" value="{patrol}"/>' if patrol else ""
        return (f'<object id="{oid}" name="{name}" type="enemy_spawn" x="{x}" y="8"><properties>'
                f'{DIS}{walks}</properties><point/></object>')

    def path(oid: int, name: str, x: int) -> str:
        return (f'<object id="{oid}" name="{name}" type="patrol_path" x="{x}" y="8">'
                '<polyline points="0,0 0,30"/></object>')
    body = objects(guard(1, "south patrol", 8), guard(2, "walker", 56, patrol=5), path(3, "south beat", 12),
                   path(4, "spare", 60), path(5, "beat", 56)) + SPAWN
    assert [str(warning) for warning in load_level(write_map(tmp_path, body)).warnings] == [
        f'{tmp_path / "map.tmx"}: layer "objects", object 3 "south beat": expected a patrol path an enemy walks (the '
        'patrol of an enemy_spawn), found none whose patrol names it (object 1 "south patrol" stands by its first '
        'point: set its patrol to object 3 "south beat" with the property\'s object picker)',
        f'{tmp_path / "map.tmx"}: layer "objects", object 4 "spare": expected a patrol path an enemy walks (the patrol '
        "of an enemy_spawn), found none whose patrol names it (pick it in an enemy spawn's patrol with the property's "
        "object picker, or delete it)"]


def test_a_message_trigger_needs_words_and_no_other_trigger_takes_any(tmp_path):
    body = objects(
        '<object id="4" name="sensor" type="trigger" x="0" y="0" width="8" height="8"><properties>'
        f'{MESSAGE}<property name="text" value="  "/></properties></object>',
        '<object id="5" name="bare" type="trigger" x="0" y="0" width="8" height="8"><properties>'
        f'{MESSAGE}</properties></object>',
        '<object id="6" name="siren" type="trigger" x="0" y="0" width="8" height="8"><properties>'
        f'{ALARM}<property name="text" value="Alarm!"/></properties></object>') + SPAWN
    problems = problems_of(write_map(tmp_path, body))
    assert len(problems) == 3
    assert ('object 4 "sensor", property text: expected the words a message trigger shows, found "  " '
            "(fill in text, or set action to what the trigger should do)") in problems[0]
    assert 'object 5 "bare", property text: expected the words a message trigger shows, found nothing' in problems[1]
    assert ('object 6 "siren", property text: expected no text on an alarm trigger, found "Alarm!" (An alarm trigger '
            "shows nothing; to tell the player, put a message trigger over the same area)") in problems[2]


def test_image_collection_tiles_keep_their_whole_picture_and_their_flips(tmp_path):
    # pytmx 3.32 gives every flipped variant of an image-collection tile the unflipped picture.
    (tmp_path / "crate.png").write_bytes(png(16, 16))
    (tmp_path / "tower.png").write_bytes(png(16, 48))
    tileset = ('<tileset firstgid="1" name="props" tilewidth="16" tileheight="48" tilecount="2" columns="0">'
               '<tile id="0"><image source="crate.png" width="16" height="16"/></tile>'
               '<tile id="3"><image source="tower.png" width="16" height="48"/></tile></tileset>')
    flipped_tower = 0x40000000 | 4
    body = layer("props", [[1, 0, 0, 0], [0, flipped_tower, 0, 0], [0, 0, 0, 4]]) + SPAWN
    level = load_level(write_map(tmp_path, body, tileset=tileset))
    crate, tower, flipped = level.tiles[1], level.tiles[4], level.tiles[flipped_tower]
    assert (crate.source, crate.width, crate.height) == (str(tmp_path / "crate.png"), 16, 16)
    assert (tower.source, tower.x, tower.y, tower.width, tower.height, tower.flip_y) == (
        str(tmp_path / "tower.png"), 0, 0, 16, 48, False)
    assert (flipped.source, flipped.height, flipped.flip_y) == (str(tmp_path / "tower.png"), 48, True)


def test_the_image_file_decides_the_tileset_grid_and_tiles_outside_it_are_problems(tmp_path):
    # The .tsx says 64 x 16 (four tiles) but the PNG is 32 x 16 (two): tiles 3 and 4 have no picture.
    tileset = TILESET.replace(f'width="{TILE * 2}"', f'width="{TILE * 4}"').replace('tilecount="2"', 'tilecount="4"')
    body = layer("ground", [[1, 2, 3, 1], [1, 1, 1, 1], [1, 1, 1, 1]]) + SPAWN
    [problem] = problems_of(write_map(tmp_path, body, tileset=tileset))
    assert f"found {TILE * 2} x {TILE} px, which holds 2 tiles (ids 0 to 1)" in problem
    assert "the map uses ids up to 2" in problem


def test_a_tileset_or_a_template_that_is_a_loop_of_links_is_named_not_called_a_loader_bug(tmp_path):
    for name in ("loop.tsx", "loop.tx"):
        (tmp_path / name).symlink_to(tmp_path / name)
    tileset = '<tileset firstgid="1" source="loop.tsx"/>'
    assert problems_of(write_map(tmp_path, SPAWN, tileset=tileset)) == [
        f'{tmp_path / "map.tmx"}: tileset "loop.tsx": expected a tileset file that exists, found '
        'loop.tsx, a loop of links (map.tmx refers to "loop.tsx"; restore the file or fix the path '
        "in Tiled)"]
    body = objects('<object id="1" name="pad" template="loop.tx" x="0" y="0"/>') + SPAWN
    [problem] = problems_of(write_map(tmp_path, body))
    assert 'object 1 "pad", template "loop.tx": expected a template file that exists' in problem
    assert "found loop.tx, a loop of links" in problem


def test_a_tileset_an_image_or_a_template_named_by_its_whole_path_loads_here_and_is_warned_of_once(tmp_path):
    # It works on the computer the map was made on and nowhere else: the designer hears of it before sharing.
    tiles = tmp_path / "tiles.png"
    (tmp_path / "guard.tx").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><template><object type="enemy_spawn"><properties>'
        f'{DIS}</properties><point/></object></template>',
        encoding="utf-8")
    guards = objects(*(f'<object id="{i}" name="g{i}" template="{tmp_path / "guard.tx"}" x="{8 * i}" y="8"/>'
                       for i in (1, 2))) + SPAWN
    (tmp_path / "tiles.tsx").write_text('<?xml version="1.0" encoding="UTF-8"?>' + TILESET.replace(
        'firstgid="1" ', "").replace('source="tiles.png"', f'source="{tiles}"'), encoding="utf-8")
    whole = f'<tileset firstgid="1" source="{tmp_path}/tiles.tsx"/>'
    path = write_map(tmp_path, layer("ground") + guards, tileset=whole)
    level = load_level(path)
    assert len(level.enemy_spawns) == 2 and level.tiles[1].source == str(tiles)  # it plays here
    template, tileset = quote(str(tmp_path / "guard.tx")), quote(f"{tmp_path}/tiles.tsx")
    assert [str(w) for w in level.warnings] == [
        f'{path}: layer "objects", object 1 "g1", template {template} (and 1 more object uses it): expected a path '
        f"relative to this map, as Tiled writes it, found {template} (the map finds it only on this computer: keep "
        "the template in the game's folder, then select the objects and Replace With Template)",
        f"{path}: tileset {tileset}: expected a path relative to this map, as Tiled writes it, found {tileset} (the "
        "map finds it only on this computer: keep the tileset in the game's folder and add it to the map again with "
        "Map > Add External Tileset)",
        f"{path}: tileset {tileset}: expected an image path relative to the file naming it, as Tiled writes it, "
        f"found {quote(str(tiles))} (the map finds it only on this computer: keep the image in the game's folder and "
        "pick it again in the tileset's (or the tile's) Image property)"]
    relative = objects('<object id="1" name="g1" template="guard.tx" x="8" y="8"/>') + SPAWN
    assert not load_level(write_map(tmp_path, layer("ground") + relative, name="relative.tmx")).warnings


@pytest.mark.parametrize("reference, whole", [
    ("/home/eiji/tiles.tsx", True), ("C:\\Users\\eiji\\tiles.tsx", True), ("C:/Users/eiji/tiles.tsx", True),
    ("\\\\server\\share\\tiles.tsx", True), ("tiles.tsx", False), ("../assets/tiles.tsx", False),
    ("..\\assets\\tiles.tsx", False), ("C:tiles.tsx", False)])
def test_a_whole_path_is_told_from_a_relative_one_as_written_on_any_system(reference, whole):
    assert written_whole(reference) is whole


def test_an_objective_reads_its_hold_and_a_hold_the_level_could_not_last_is_refused(tmp_path):
    def pad(oid, hold):
        return (f'<object id="{oid}" name="pad {oid}" type="objective" x="0" y="0" width="32" height="32"><properties>'
                f'<property name="hold" type="float" value="{hold}"/></properties></object>')
    level = load_level(write_map(tmp_path / "fine", objects(pad(1, 12), pad(2, 0)) + SPAWN,
                                 properties='<property name="time_limit" type="float" value="300"/>'))
    assert [objective.hold for objective in level.objectives] == [12.0, 0.0]
    problems = problems_of(write_map(tmp_path / "long", objects(pad(1, 300), pad(2, -1)) + SPAWN,
                                     properties='<property name="time_limit" type="float" value="300"/>'))
    assert len(problems) == 2
    assert 'object 2 "pad 2", property hold: expected 0 to 86,400 seconds (a day) the player must stay' in problems[0]
    assert 'found -1' in problems[0]
    assert ('object 1 "pad 1", property hold: expected fewer seconds than the map\'s time_limit (300), found 300 '
            '(shorten the hold, or lengthen time_limit in Map Properties)') in problems[1]


def test_a_hold_the_level_could_not_last_on_an_objective_with_no_id_is_told_not_a_loader_bug(tmp_path):
    # Maps saved before Tiled 1.0 have no ids: the hold's object was looked up by id, a KeyError called a loader bug.
    pad = ('<object name="pad" type="objective" x="0" y="0" width="32" height="32"><properties>'
           '<property name="hold" type="float" value="90"/></properties></object>')
    assert problems_of(write_map(tmp_path, objects(pad) + SPAWN,
                                 properties='<property name="time_limit" type="float" value="60"/>')) == [
        f'{tmp_path / "map.tmx"}: layer "objects", object ? "pad", property hold: expected fewer seconds than the '
        "map's time_limit (60), found 90 (shorten the hold, or lengthen time_limit in Map Properties)"]


def test_a_hold_or_time_limit_past_a_day_is_refused_not_an_overflow_when_the_player_steps_in(tmp_path):
    # With no time_limit to be shorter than, a hold of 1e307 s passed, and the rules' count of its ticks (an
    # infinity) raised OverflowError in play; so did a time_limit of 1e307 on the first tick.
    pad = ('<object id="1" name="pad" type="objective" x="64" y="0" width="32" height="32"><properties>'
           '<property name="hold" type="float" value="1e307"/></properties></object>')
    problems = problems_of(write_map(tmp_path, objects(pad) + SPAWN,
                                     properties='<property name="time_limit" type="float" value="86401"/>'))
    assert problems == [
        f"{tmp_path / 'map.tmx'}: map, property time_limit: expected seconds to win the level in, 0 for no limit, "
        "at most 86,400 (a day) (a float property), found 86401",
        f'{tmp_path / "map.tmx"}: layer "objects", object 1 "pad", property hold: expected 0 to 86,400 seconds (a day) '
        "the player must stay inside, 0 to reach it and go on (a float property), found 1e+307"]


def test_an_object_with_the_games_properties_but_no_class_is_refused_with_the_class_to_set(tmp_path):
    body = objects('<object id="1" name="uplink" x="40" y="20" width="32" height="32"><properties>'
                   '<property name="hold" type="float" value="8"/><property name="text" value="Hold it"/>'
                   '</properties></object>',
                   '<object id="2" name="note" x="60" y="20"><properties>'
                   '<property name="todo" value="more rocks"/></properties><point/></object>') + SPAWN
    assert problems_of(write_map(tmp_path, body)) == [
        f'{tmp_path / "map.tmx"}: layer "objects", object 1 "uplink": expected a class, on an object with the '
        "game's properties, found none (it has hold, text) (set its Class to objective, or remove those properties "
        "to keep it as a note)"]


@pytest.mark.parametrize("points, found", [("0,0", "1 point"), ("0,0 0,0", "2 points on one spot")])
def test_a_patrol_path_through_one_place_is_refused(tmp_path, points, found):
    body = objects('<object id="1" name="route" type="patrol_path" x="40" y="40">'
                   f'<polyline points="{points}"/></object>')
    assert problems_of(write_map(tmp_path, body + SPAWN)) == [
        f'{tmp_path / "map.tmx"}: layer "objects", object 1 "route": expected a path through at least two places, '
        f"found {found} (click a second point along the way before you finish the line)"]


def test_an_objective_or_a_trigger_over_the_player_spawn_gets_a_warning_but_a_briefing_in_reis_voice(tmp_path):
    body = objects('<object id="1" name="pad" type="objective" x="0" y="0" width="32" height="32"/>',
                   '<object id="2" name="hello" type="trigger" x="0" y="0" width="32" height="32"><properties>'
                   f'{MESSAGE}<property name="text" value="Go."/></properties>'
                   '</object>',
                   '<object id="3" name="briefing" type="trigger" x="0" y="0" width="32" height="32"><properties>'
                   f'{MESSAGE}<property name="text" value="Rei: Go."/></properties>'
                   '</object>') + SPAWN  # the spawn at (8, 8)
    warnings = [str(w) for w in load_level(write_map(tmp_path, body)).warnings]
    assert warnings == [
        f'{tmp_path / "map.tmx"}: layer "objects", object 1 "pad": expected an objective away from the player spawn, '
        "found the player spawn inside it (it is reached by standing still; move it off the spawn)",
        f'{tmp_path / "map.tmx"}: layer "objects", object 2 "hello": expected a trigger away from the player spawn, '
        "found the player spawn inside it (it springs as the level begins, under the title card; move it off the "
        "spawn)"]


def test_words_in_characters_the_font_lacks_get_a_warning_naming_them_and_the_map_still_loads(tmp_path):
    body = objects('<object id="1" name="pad" type="objective" x="64" y="64" width="32" height="32"><properties>'
                   '<property name="text" value="Hold the pad ★"/></properties></object>',
                   '<object id="2" name="hello" type="trigger" x="96" y="64" width="32" height="32"><properties>'
                   f'{MESSAGE}<property name="text" '
                   'value="Rei: レイ is online. Ωμέγα, Привет, “ready” — go…"/></properties>'
                   '</object>') + SPAWN
    level = load_level(write_map(tmp_path, body, '<property name="title" value="Mars → Earth"/>', width=6, height=4))
    assert [str(w) for w in level.warnings] == [
        f'{tmp_path / "map.tmx"}: map, property title: expected characters the game\'s font can draw, found "→" '
        "(U+2192) (on screen they show as boxes; the font has Latin, Greek and Cyrillic letters and the usual "
        "punctuation)",
        f'{tmp_path / "map.tmx"}: layer "objects", object 1 "pad", property text: expected characters the game\'s '
        'font can draw, found "★" (U+2605) (on screen they show as boxes; the font has Latin, Greek and Cyrillic '
        "letters and the usual punctuation)",
        f'{tmp_path / "map.tmx"}: layer "objects", object 2 "hello", property text: expected characters the game\'s '
        'font can draw, found "レ" (U+30EC), "イ" (U+30A4) (on screen they show as boxes; the font has Latin, Greek '
        "and Cyrillic letters and the usual punctuation)"]
    assert level.triggers[0].text.startswith("Rei: レイ")


def test_a_tile_object_and_shapes_on_a_collision_object_layer_get_warnings_as_they_block_nothing(tmp_path):
    body = objects('<object id="1" name="boulder" gid="2" x="16" y="32" width="16" height="16"/>',
                   '<object id="2" name="note" x="40" y="20"><point/></object>') \
        + objects('<object id="3" x="0" y="0" width="16" height="48"/>',
                  '<object id="4" x="48" y="0"><polygon points="0,0 16,0 16,16"/></object>', name="Collision") \
        + objects('<object id="5" x="0" y="0" width="16" height="16"/>', name="notes") + SPAWN
    level = load_level(write_map(tmp_path, body))
    assert [str(w) for w in level.warnings] == [
        f'{tmp_path / "map.tmx"}: layer "objects", object 1 "boulder": expected tiles painted on a tile layer, found '
        "a tile object, which the game neither draws nor lets block (paint the tile on a tile layer instead)",
        f'{tmp_path / "map.tmx"}: layer "Collision": expected walls made of solid tiles on a tile layer, found 2 '
        "shapes on an object layer, which block nothing (paint the walls with solid tiles on the collision tile "
        "layer)"]
    assert level.solid == ((False,) * 4,) * 3


def test_shapes_on_collision_layers_in_groups_are_told_of_by_each_layer_with_its_groups(tmp_path):
    # Two object layers named "Collision", one in each wave's group: each named as every other layer message names
    # a layer in a group, and not one count for both under a name that does not say which.
    body = ('<group id="7" name="wave 1">' + objects('<object id="3" x="0" y="0" width="16" height="48"/>',
                                                     name="Collision") + "</group>"
            + '<group id="8" name="wave 2">' + objects('<object id="4" x="0" y="0" width="16" height="16"/>',
                                                       '<object id="5" x="20" y="0" width="16" height="16"/>',
                                                       name="Collision") + "</group>" + SPAWN)
    assert [str(w).split(": expected")[0] for w in load_level(write_map(tmp_path, body)).warnings] == [
        f'{tmp_path / "map.tmx"}: group "wave 1", layer "Collision"',
        f'{tmp_path / "map.tmx"}: group "wave 2", layer "Collision"']


def test_a_tile_property_meant_as_solid_but_named_otherwise_gets_a_warning_once_per_tileset(tmp_path):
    tileset = TILESET.replace('<property name="solid" type="bool" value="true"/>',
                              '<property name="Solid" type="bool" value="true"/>').replace(
        "</tileset>", '<tile id="0"><properties><property name="Solid" type="bool" value="true"/></properties></tile>'
                      "</tileset>")
    level = load_level(write_map(tmp_path, layer("ground") + SPAWN, tileset=tileset))
    assert [str(w) for w in level.warnings] == [
        f'{tmp_path / "map.tmx"}: tileset "tiles": expected a bool property named "solid" on the tiles that block, '
        'found property "Solid" on 2 tiles (the game reads only "solid": rename it, or those tiles block nothing)']


def test_a_solid_flag_of_the_wrong_type_on_many_tiles_is_one_problem_naming_them_all(tmp_path):
    # Tiled sets a property on every tile selected at once: one mistake, told once, not once a tile (which would
    # also fill the 100 problems listed and hide the rest)
    flags = "".join(f'<tile id="{i}"><properties><property name="solid" value="true"/></properties></tile>'
                    for i in (0, 1, 2, 3, 5, 6, 9))
    tileset = TILESET.replace('<tile id="1"><properties><property name="solid" type="bool" value="true"/>'
                              "</properties></tile>", flags).replace('tilecount="2" columns="2"',
                                                                     'tilecount="10" columns="10"')
    tileset = tileset.replace(f'width="{TILE * 2}"', f'width="{TILE * 10}"')
    path = write_map(tmp_path, layer("ground") + SPAWN, tileset=tileset)
    (tmp_path / "tiles.png").write_bytes(png(TILE * 10, TILE))
    assert problems_of(path) == [
        f'{path}: tileset "tiles", tiles 0 to 3, 5, 6 and 9 (7 tiles), property solid: expected true or false (a bool '
        "property), found \"true\" (a string property) (set the property's type to bool in Tiled)"]


def test_a_solid_flag_of_the_wrong_type_on_one_tile_names_that_tile(tmp_path):
    tileset = TILESET.replace('<property name="solid" type="bool" value="true"/>',
                              '<property name="solid" type="int" value="1"/>')
    assert [p.split(": expected")[0] for p in problems_of(write_map(tmp_path, layer("ground") + SPAWN,
                                                                     tileset=tileset))] == [
        f'{tmp_path / "map.tmx"}: tileset "tiles", tile 1, property solid']


def test_objects_on_a_hidden_layer_get_a_warning_as_they_still_play(tmp_path):
    body = objects('<object id="1" name="draft guard" type="enemy_spawn" x="40" y="20"><properties>'
                   f'{DIS}</properties><point/></object>', name="drafts",
                   attributes='visible="0"') + SPAWN
    level = load_level(write_map(tmp_path, body))
    assert len(level.enemy_spawns) == 1  # it plays, as it always has
    assert [str(w) for w in level.warnings] == [
        f'{tmp_path / "map.tmx"}: layer "drafts": expected a layer shown in Tiled, as its objects play, found a hidden '
        "layer with 1 object, which still play (hiding a layer only hides it in Tiled; to leave objects out, delete "
        "them or clear their class)"]


def test_a_hidden_object_of_the_game_s_classes_gets_a_warning_as_it_still_plays_and_a_hidden_note_does_not(tmp_path):
    body = objects('<object id="1" name="draft guard" type="enemy_spawn" x="40" y="20" visible="0"><properties>'
                   f'{DIS}</properties><point/></object>'
                   '<object id="2" name="note" x="60" y="20" visible="0"><point/></object>') + SPAWN
    level = load_level(write_map(tmp_path, body))
    assert len(level.enemy_spawns) == 1  # it plays, as it always has
    assert [str(w) for w in level.warnings] == [
        f'{tmp_path / "map.tmx"}: layer "objects", object 1 "draft guard": expected an object shown in Tiled, as it '
        "plays, found a hidden object, which still plays (hiding an object only hides it in Tiled; to leave it out, "
        "delete it or clear its class)"]


def test_a_hidden_object_on_a_hidden_layer_is_told_once_for_the_layer(tmp_path):
    body = objects('<object id="1" name="draft guard" type="enemy_spawn" x="40" y="20" visible="0"><properties>'
                   f'{DIS}</properties><point/></object>', name="drafts",
                   attributes='visible="0"') + SPAWN
    assert [w.where for w in load_level(write_map(tmp_path, body)).warnings] == ['layer "drafts"']


def test_holds_apart_that_add_up_past_the_time_limit_get_a_warning_and_overlapping_ones_do_not(tmp_path):
    def pad(oid, x, hold):
        return (f'<object id="{oid}" name="pad {oid}" type="objective" x="{x}" y="0" width="16" height="16">'
                f'<properties><property name="hold" type="float" value="{hold}"/>'
                f'<property name="text" value="Hold pad {oid}"/></properties></object>')  # orders told apart
    limit = '<property name="time_limit" type="float" value="300"/>'
    apart = load_level(write_map(tmp_path / "apart", objects(pad(1, 16, 200), pad(2, 48, 200)) + SPAWN, limit))
    assert [str(w) for w in apart.warnings] == [
        f'{tmp_path / "apart" / "map.tmx"}: map, property time_limit: expected more seconds than the holds of its 2 '
        "objectives take one after another (400 s), found 300 (shorten the holds, or lengthen time_limit: the level "
        "could not be won in time)"]
    together = load_level(write_map(tmp_path / "together", objects(pad(1, 16, 200), pad(2, 24, 200)) + SPAWN, limit))
    assert together.warnings == ()


def test_two_objectives_giving_one_order_or_with_one_name_get_a_warning_naming_both_and_both_still_play(tmp_path):
    def pad(oid, name, text=""):
        words = f'<properties><property name="text" value="{text}"/></properties>' if text else ""
        return (f'<object id="{oid}" name="{name}" type="objective" x="{oid * 32}" y="0" width="16" height="16">'
                f"{words}</object>")
    body = objects(pad(1, "pad", "Hold the pad"), pad(2, "pad", "Hold the pad"),  # copied and pasted, unchanged
                   pad(3, "beacon", "Hold  the pad "),  # the same words to the eye: a space more
                   pad(4, "pad", "Jam the relay"),  # the copy's order changed, its name not
                   pad(5, "relay", "Hold the relay"), pad(6, "uplink"), pad(7, "", "Reach the gate")) + SPAWN
    level = load_level(write_map(tmp_path, body, width=16))
    assert [objective.object_id for objective in level.objectives] == [1, 2, 3, 4, 5, 6, 7]  # play goes by id
    told = "the player sees the two orders alike and cannot tell which area is which: give each its own text"
    assert [str(w) for w in level.warnings] == [
        f'{tmp_path / "map.tmx"}: layer "objects", object 2 "pad": expected a name and order no other objective has, '
        f'found the name "pad" and the order "Hold the pad", as object 1 has ({told}, and its own name)',
        f'{tmp_path / "map.tmx"}: layer "objects", object 3 "beacon", property text: expected an order no other '
        f'objective has, found "Hold  the pad ", as object 1 "pad" has ({told})',
        f'{tmp_path / "map.tmx"}: layer "objects", object 4 "pad": expected a name no other objective has, found '
        '"pad", as object 1 has (copied from it? rename it, and give it its own text if it is meant to differ: the '
        "game tells the two apart by id, and both play)"]


def test_two_objectives_left_without_an_order_show_the_same_default_and_get_the_warning_too(tmp_path):
    body = objects('<object id="1" name="west" type="objective" x="32" y="0" width="16" height="16"/>',
                   '<object id="2" name="east" type="objective" x="96" y="0" width="16" height="16"/>') + SPAWN
    assert [str(w) for w in load_level(write_map(tmp_path, body, width=8)).warnings] == [
        f'{tmp_path / "map.tmx"}: layer "objects", object 2 "east", property text: expected an order no other '
        'objective has, found "Reach the marked area", as object 1 "west" has (the player sees the two orders alike '
        "and cannot tell which area is which: give each its own text)"]


# --- spawns ------------------------------------------------------------------------------------------------------

def test_an_enemy_spawn_drawn_as_a_shape_is_refused_naming_the_point_tool(tmp_path):
    enemy = objects('<object id="5" name="guard" type="enemy_spawn" x="40" y="8" width="8" height="8"><ellipse/>'
                    f'<properties>{DIS}</properties></object>')
    path = write_map(tmp_path, layer("ground") + SPAWN + enemy)
    assert problems_of(path) == [
        f'{path}: layer "objects", object 5 "guard": expected a point object (an enemy spawn stands on a point), found '
        "an ellipse (insert it with the Point tool)"]


def test_a_player_spawn_drawn_as_a_shape_starts_the_layzner_at_its_centre(tmp_path):
    spawn = ('<objectgroup id="90" name="start"><object id="900" name="Eiji" type="player_spawn" x="8" y="8" '
             'width="32" height="16"/></objectgroup>')
    assert load_level(write_map(tmp_path, layer("ground") + spawn)).player_spawn == (24.0, 16.0)


def test_a_message_naming_a_control_that_does_not_exist_is_refused_with_the_nearest_and_the_known(tmp_path):
    body = objects('<object id="1" name="briefing" type="trigger" x="64" y="64" width="32" height="32"><properties>'
                   + MESSAGE +
                   '<property name="text" value="Rei: {dash} dashes, {fier} fires."/></properties></object>') + SPAWN
    assert problems_of(write_map(tmp_path, body)) == [
        f'{tmp_path / "map.tmx"}: layer "objects", object 1 "briefing", property text: expected a control\'s name in '
        'braces, which the game shows as the player\'s key for it, found "{fier}" (did you mean "fire"? known: aim, '
        "dash, fire, knuckle, missile, move, pause, restart, vmax; to show the braces as written, write {{fier}})"]


def _message_map(tmp_path, text: str) -> Path:
    """A map with a message trigger, object 12 "briefing", showing `text`."""
    return write_map(tmp_path, objects(
        '<object id="12" name="briefing" type="trigger" x="64" y="64" width="32" height="32"><properties>'
        f'{MESSAGE}<property name="text" value="{text}"/></properties></object>')
        + SPAWN)


def _message_problems(tmp_path, text: str) -> list[str]:
    """check's problems with a message trigger's text, each after its place ("property text: ")."""
    return [line.split("property text: ", 1)[1] for line in problems_of(_message_map(tmp_path, text))]


def test_a_control_word_with_spaces_or_capitals_in_its_braces_is_refused_saying_how_to_write_it(tmp_path):
    """"{ fire }" and "{Fire}" were shown as written, silently."""
    spelled = "expected a control's name in braces as the game spells it, in small letters with nothing else inside"
    assert _message_problems(tmp_path, "Rei: { fire } fires, {Dash} dashes, {V-MAX} glows.") == [
        f'{spelled}, found "{{ fire }}" (write {{fire}})', f'{spelled}, found "{{Dash}}" (write {{dash}})',
        f'{spelled}, found "{{V-MAX}}" (write {{vmax}})']


def test_a_brace_never_closed_or_never_opened_is_refused_naming_where_it_stands(tmp_path):
    assert _message_problems(tmp_path, "Rei: {fire}} fires. {dash to dodge. Sector } is clear.") == [
        'expected a } closing a control\'s name, found } with no { before it, at "Rei: {fire}}" (write {fire} with '
        "one }, or }} to show a brace)",
        'expected a } closing a control\'s name, found { with no } after it, at "{dash to dodge. " (close it: '
        "{dash})",
        'expected a } closing a control\'s name, found } with no { before it, at " dodge. Sector }" (write }} for '
        "a brace)"]


def test_empty_braces_are_refused_saying_what_goes_in_them_and_how_to_show_braces(tmp_path):
    assert _message_problems(tmp_path, "Rei: {} and { }.") == [
        f'expected a control\'s name in braces, which the game shows as the player\'s key for it, found "{braces}" '
        f"(put a control's name in them: {{fire}}; to show the braces as written, write {{{braces}}})"
        for braces in ("{}", "{ }")]


def test_braces_written_twice_show_as_braces_and_pass_the_check(tmp_path):
    """As in Python's format and advisor.yaml: a designer can write a brace."""
    written = "Rei: {{Sector}} holds. {{{fire}}} fires, }} ends."
    assert [trigger.text for trigger in load_level(_message_map(tmp_path, written)).triggers] == [written]
