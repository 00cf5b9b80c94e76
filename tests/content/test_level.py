"""Levels from Tiled: spawns, patrols, collision and layer order read from the .tmx as the file says."""

import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from game.content.catalog import load_catalog
from game.content import check_campaign
from game.content.check import level_problems
from game.content.errors import ContentError
from game.content.level import load_level
from game.sim.components import Position
from game.sim.game import Game
from tests.maps import ALARM, DIS, MARS_TILESET, TILE, but_in_sight, centre, mars_map, write_map

ROOT = Path(__file__).resolve().parents[2]
TRACKS = ", ".join(sorted(track.stem for track in (ROOT / "assets" / "music").glob("*.*")))  # a music line lists them
SHIPPED_LEVELS = sorted((ROOT / "levels").glob("*.tmx"))


def checked(path: Path, catalog=None) -> list[str]:
    """The checker's problems with the map at `path`, as lines (the game's own catalog unless given one)."""
    return [str(p) for p in level_problems(load_level(path), load_catalog() if catalog is None else catalog)]


def test_every_shipped_level_loads_and_passes_the_checks():
    assert SHIPPED_LEVELS, "no levels shipped"
    catalog = load_catalog()
    for path in SHIPPED_LEVELS:
        level = load_level(path)
        assert level_problems(level, catalog) == [], path


def test_every_shipped_message_reads_at_a_glance_in_rei_s_panel():
    """A message is read while the fight goes on: at most 120 characters (two or three lines of her panel), a longer
    briefing told as several, as the first mission's is."""
    for path in SHIPPED_LEVELS:
        long = [t.text for t in load_level(path).triggers if t.action == "message" and len(t.text) > 120]
        assert not long, path


def test_mars_base_spawns_and_patrols_match_the_objects_in_the_file():
    path = ROOT / "levels" / "mars_base.tmx"
    level = load_level(path)
    objects = {int(o.get("id")): o for o in ET.parse(path).getroot().iter("object")}
    players = [o for o in objects.values() if o.get("type") == "player_spawn"]
    assert len(players) == 1
    assert level.player_spawn == (float(players[0].get("x")), float(players[0].get("y")))
    spawns = [o for o in objects.values() if o.get("type") == "enemy_spawn"]
    assert len(level.enemy_spawns) == len(spawns) >= 3
    for spawn, element in zip(level.enemy_spawns, spawns):
        props = {p.get("name"): p.get("value") for p in element.iter("property")}
        assert spawn.object_id == int(element.get("id"))
        assert spawn.kind == props["kind"]
        assert (spawn.x, spawn.y) == (float(element.get("x")), float(element.get("y")))
        if "patrol" in props:
            path_element = objects[int(props["patrol"])]
            shape = (path_element.find("polyline") if path_element.find("polyline") is not None
                     else path_element.find("polygon"))
            ox, oy = float(path_element.get("x")), float(path_element.get("y"))
            expected = tuple((ox + float(a), oy + float(b))
                             for a, b in (p.split(",") for p in shape.get("points").split()))
            assert spawn.patrol == expected
            assert spawn.loop == (shape.tag == "polygon")
    assert any(s.patrol for s in level.enemy_spawns) and any(not s.patrol for s in level.enemy_spawns)


def test_mars_base_collision_comes_from_the_solid_tile_property():
    path = ROOT / "levels" / "mars_base.tmx"
    level = load_level(path)
    tileset = ET.parse(ROOT / "assets" / "tilesets" / "mars.tsx").getroot()
    solid_ids = {int(t.get("id")) for t in tileset.iter("tile")
                 if any(p.get("name") == "solid" and p.get("value") == "true" for p in t.iter("property"))}
    assert solid_ids
    rows = [[]] * 0
    expected = [[False] * level.width for _ in range(level.height)]
    for layer in ET.parse(path).getroot().iter("layer"):
        rows = [r for r in layer.find("data").text.strip().split("\n")]
        for y, row in enumerate(rows):
            for x, gid in enumerate(int(v) for v in row.strip().strip(",").split(",")):
                if gid and (gid - 1) in solid_ids:
                    expected[y][x] = True
    assert [list(r) for r in level.solid] == expected
    assert sum(map(sum, expected)) > 100  # walls, rocks and wrecks


def test_a_collision_layer_makes_cells_solid_and_is_not_drawn(tmp_path):
    level = load_level(write_map(tmp_path, ["#####", "#PX.#", "#####"]))
    assert level.solid[1][2] is True
    assert level.solid[1][3] is False
    assert [layer.name for layer in level.layers] == ["ground"]


def test_tile_layers_are_kept_in_file_order(tmp_path):
    path = write_map(tmp_path, ["###", "#P#", "###"])
    text = path.read_text()
    # Put a tile layer after the object layer: drawing order must still follow the file.
    text = text.replace("</map>", '<layer id="9" name="overlay" width="3" height="3"><data encoding="csv">\n'
                                  "0,0,0,\n0,1,0,\n0,0,0\n</data></layer>\n</map>")
    text = text.replace('<layer id="1" name="ground"', '<layer id="1" name="base"')
    path.write_text(text)
    assert [layer.name for layer in load_level(path).layers] == ["base", "overlay"]


def test_a_map_without_a_player_spawn_is_refused_with_a_clear_message(tmp_path):
    path = write_map(tmp_path, ["#####", "#..E#", "#####"])
    with pytest.raises(ContentError) as caught:
        load_level(path)
    message = str(caught.value)
    assert str(path) in message and "exactly one player_spawn" in message and "found 0" in message


def test_a_map_without_a_player_spawn_says_how_to_place_one_in_tiled(tmp_path):
    with pytest.raises(ContentError) as caught:
        load_level(write_map(tmp_path, ["#####", "#..E#", "#####"]))
    assert str(caught.value).endswith("found 0 (the player starts at it: on the object layer, insert one from "
                                      "levels/templates/player_spawn.tx (Insert Template, V), or give a point "
                                      "object the class player_spawn)")


def test_an_unknown_enemy_kind_is_named_with_the_known_ones(tmp_path):
    level = load_level(write_map(tmp_path, ["######", "#....#", "#P..E#", "#....#", "######"], kind="dis2"))
    problems = level_problems(level, load_catalog())
    assert len(problems) == 1
    text = str(problems[0])
    assert ('kind "dis2" is not an enemy kind' in text.replace('"dis2" is', 'kind "dis2" is', 1)
            or '"dis2" is not an enemy kind' in text)
    assert "known: bul, dis" in text and "property kind" in text and str(level.path) in text


def test_words_from_the_map_with_a_line_break_keep_the_checker_s_problems_on_one_line(tmp_path):
    # A value typed in Tiled's multi-line text editor may end in a line break (<property name="kind">dis
    # </property>), and a name may hold one. The checker's own problems, like the loader's, show it as \n.
    path = write_map(tmp_path, ["######", "#....#", "#P..E#", "#....#", "######"], kind="dis")
    text = path.read_text().replace(DIS, '<property name="kind" propertytype="EnemyKind">dis\n</property>')
    path.write_text(text.replace('name="enemy 0"', 'name="enemy&#10;0"'))
    [problem] = level_problems(load_level(path), load_catalog())
    assert str(problem) == (f'{path}: layer "objects", object 2 "enemy\\n0", property kind: expected an enemy kind, '
                            'found "dis\\n" (kind "dis\\n" is not an enemy kind; did you mean "dis"? known: bul, dis'
                            '; pick it from the drop-down of kind, a property of type EnemyKind)')


def test_the_checker_names_an_object_in_a_group_with_its_group_as_the_loader_does(tmp_path):
    path = write_map(tmp_path, ["######", "#....#", "#P..E#", "#....#", "######"], kind="dis2")
    text = path.read_text()
    start = text.index("<objectgroup")
    end = text.index("</objectgroup>") + len("</objectgroup>")
    path.write_text(f'{text[:start]}<group id="9" name="wave 1">{text[start:end]}</group>{text[end:]}')
    grouped = load_level(path)
    [problem] = level_problems(grouped, load_catalog())
    assert str(problem).startswith(f'{path}: group "wave 1", layer "objects", object 2 "enemy 0", property kind: ')
    # How a message names the place is no part of the game: saves and replays made before the group stay good.
    path.write_text(text)
    assert load_level(path).content_hash == grouped.content_hash


def test_a_map_with_nothing_to_win_by_is_reported(tmp_path):
    path = write_map(tmp_path, ["######", "#....#", "#.P..#", "#....#", "######"])
    assert checked(path) == [
        f"{path}: map: expected something to win by: an enemy_spawn or an objective, found neither (the level would "
        "be won the moment it starts; place an enemy or an objective)"]


def test_a_spawn_inside_a_wall_is_reported(tmp_path):
    path = write_map(tmp_path, ["######", "#P.E.#", "######"])
    text = path.read_text()
    text = text.replace('type="player_spawn" x="48.0" y="48.0"', 'type="player_spawn" x="16.0" y="16.0"')
    path.write_text(text)
    problems = level_problems(load_level(path), load_catalog())
    assert [str(p) for p in problems] == [f'{path}: layer "objects", object 1 "start": '
                                          'expected a spawn on open ground, '
                                          'found a spawn on a solid tile at tile (0, 0): tile 1 of tileset "test" on '
                                          'layer "ground" (move it off the solid tiles, into the open)']


def test_a_spawn_on_a_crate_names_the_tile_its_layer_and_the_nearest_point_where_it_stands_clear(tmp_path):
    # the Mars tileset's supply crates (tile 22, gid 23) on the walls layer, the Layzner's spawn on its centre
    ground = [[1] * 7 for _ in range(7)]
    walls = [[23 if (column, row) == (3, 3) else 0 for column in range(7)] for row in range(7)]
    level = mars_map(tmp_path, {"ground": ground, "walls": walls}, spawn=centre(3, 3))
    tileset = os.path.relpath(MARS_TILESET, tmp_path)
    assert (f'{level.path}: layer "objects", object 1 "start": expected a spawn on open ground, found a spawn on a '
            f'solid tile at tile (3, 3): tile 22 of tileset "{tileset}" on layer "walls" (move it 36 px, to (112, 76), '
            "where it stands clear)") in [str(p) for p in level_problems(level, load_catalog())]


# A room behind a wall three tiles thick on the left, one round the rest: the Layzner (40 px across) stands clear with
# its centre in x 116-268, y 52-108.
THICK_WALLED = ["##########", "###......#", "###.P..E.#", "###......#", "##########"]


@pytest.mark.parametrize("spawn, found, fix", [
    ((0, 80), "tile (0, 2)", "move it 116 px, to (116, 80)"),  # on the edge: its tile went unnamed
    ((8, 8), "tile (0, 0)", "move it 117 px, to (116, 52)"),  # the corner: more than 72 px from open ground
    ((319, 159), "tile (9, 4)", "move it 72 px, to (268, 108)"),  # the far corner, just past 72 px
])
def test_a_spawn_on_the_map_s_edge_or_deep_in_a_wall_names_its_tile_and_the_nearest_point_where_it_stands_clear(
        tmp_path, spawn, found, fix):
    """Only points within 72 px (the machine's width and a tile) were looked at for a clear one, and a spawn on the
    left or top edge was said to be on the map's edge, its tile left unnamed."""
    path = write_map(tmp_path, THICK_WALLED)
    path.write_text(path.read_text().replace(f'x="{centre(4, 2)[0]}" y="{centre(4, 2)[1]}"',
                                             f'x="{spawn[0]}" y="{spawn[1]}"'))
    [problem] = [str(p) for p in level_problems(load_level(path), load_catalog()) if "object 1 " in str(p)]
    assert problem == (f'{path}: layer "objects", object 1 "start": expected a spawn on open ground, found a spawn on '
                       f'a solid tile at {found}: tile 1 of tileset "test" on layer "ground" ({fix}, where it stands '
                       "clear)")


def test_a_spawn_buried_more_than_fine_reach_from_open_ground_is_shown_the_nearest_half_tile_point_clear(tmp_path):
    """Past FINE_REACH (1024 px) the whole map is looked over on a half-tile grid: here the room's clear points start
    at x 1108, and the grid's first is at 1120."""
    rows = ["#" * 40] + ["#" * 34 + row + "#" for row in (".....", "P...E", ".....")] + ["#" * 40]
    path = write_map(tmp_path, rows)
    path.write_text(path.read_text().replace(f'x="{centre(34, 2)[0]}" y="{centre(34, 2)[1]}"', 'x="16" y="80"'))
    [problem] = [str(p) for p in level_problems(load_level(path), load_catalog()) if "object 1 " in str(p)]
    assert problem.endswith('found a spawn on a solid tile at tile (0, 2): tile 1 of tileset "test" on layer "ground" '
                            "(move it 1104 px, to (1120, 80), where it stands clear)")


def test_a_spawn_on_a_cell_only_the_collision_layer_blocks_names_that_layer(tmp_path):
    path = write_map(tmp_path, ["########", "#......#", "#..X...#", "#.....E#", "########"],
                     more_objects=f'<object id="9" name="post" type="player_spawn" x="{centre(3, 2)[0]}" '
                                  f'y="{centre(3, 2)[1]}"><point/></object>')
    [problem] = level_problems(load_level(path), load_catalog())
    assert str(problem).endswith('found a spawn on a solid tile at tile (3, 2): a tile on the collision layer, '
                                 '"collision" (move it 36 px, to (76, 80), where it stands clear)')


ROOM = ["##########",
        "#........#",
        "#.P...E..#",
        "#........#",
        "##########"]


def test_a_walls_layer_whose_tiles_do_not_block_is_refused(tmp_path):
    # What a copy of the game's tileset embedded in the map gives: its pictures without the solid property.
    path = write_map(tmp_path, ROOM)
    (tmp_path / "test.png").rename(tmp_path / "mars.png")
    text = path.read_text().replace('name="ground"', 'name="walls"').replace('source="test.png"', 'source="mars.png"')
    path.write_text(text.replace('<tile id="1"><properties><property name="solid" type="bool" value="true"/>'
                                 "</properties></tile>", ""))
    problems = checked(path)
    assert problems == [f'{path}: layer "walls": expected tiles that block (solid in their tileset), found 50 tiles, '
                        "none of them solid (use one of the game's tileset files, assets/tilesets/mars.tsx or "
                        "assets/tilesets/new_york.tsx (Map > Add External Tileset), not a copy embedded in the map; or "
                        "mark the tiles solid)"]


def test_walls_of_a_designers_own_tileset_that_do_not_block_are_told_to_mark_their_tiles_solid(tmp_path):
    # A tileset of their own, as an external .tsx: no game file to switch to, so the hint is the flag on its tiles.
    path = write_map(tmp_path, ROOM)
    text = path.read_text().replace('name="ground"', 'name="walls"')
    start, end = text.index("<tileset"), text.index("</tileset>") + len("</tileset>")
    tileset = text[start:end].replace(' firstgid="1"', "").replace('name="solid"', 'name="Solid"')
    (tmp_path / "garden.tsx").write_text(f'<?xml version="1.0" encoding="UTF-8"?>\n{tileset}\n')
    path.write_text(text[:start] + '<tileset firstgid="1" source="garden.tsx"/>' + text[end:])
    problems = checked(path)
    assert problems == [f'{path}: layer "walls": expected tiles that block (solid in their tileset), found 50 tiles, '
                        "none of them solid (in tileset file garden.tsx, mark the tiles that block: select them in "
                        "the Tilesets view and add a bool property named solid, ticked (the game reads that property, "
                        "not a tile's Class))"]

def test_a_grid_of_another_size_than_its_tiles_is_named_and_no_wall_is_judged_on_it(tmp_path):
    path = write_map(tmp_path, ROOM)
    text = path.read_text()
    path.write_text(text.replace(f'tilewidth="{TILE}" tileheight="{TILE}" infinite',
                                 'tilewidth="16" tileheight="16" infinite'))
    problems = checked(path)
    assert problems == [f"{path}: map, tile width and height: expected the size of the tiles it is painted with "
                        f"({TILE} x {TILE} px, test.png), found 16 x 16 px (set Tile Width and Height in Map > Map "
                        "Properties to the tiles' size, or, if the tileset's was changed after the map was made, set "
                        "it back in the tileset)"]


def test_objects_off_the_map_are_told_so_not_as_in_a_wall_or_out_of_reach(tmp_path):
    path = write_map(tmp_path, ROOM)
    text = path.read_text().replace(f'type="player_spawn" x="{centre(2, 2)[0]}"', 'type="player_spawn" x="-200"')
    path.write_text(text.replace(f'type="enemy_spawn" x="{centre(6, 2)[0]}"', 'type="enemy_spawn" x="1200"'))
    problems = checked(path)
    assert problems == [
        f'{path}: layer "objects", object 1 "start": expected the player spawn inside the map '
        '(0 to 320 x 0 to 160 px), '
        "found it at X -200, Y 80, 200 px past the map's left edge at 0 px (move it onto the map)",
        f'{path}: layer "objects", object 2 "enemy 0": expected the spawn inside the map (0 to 320 x 0 to 160 px), '
        "found it at X 1200, Y 80, 880 px past the map's right edge at 320 px (move it onto the map)"]


def test_a_patrol_leg_through_a_wall_is_refused_naming_the_leg_and_the_wall(tmp_path):
    rows = ["##########",
            "#........#",
            "#........#",
            "#.P.E.#..#",
            "#........#",
            "##########"]
    catalog = load_catalog()
    # Round the rock two tiles clear of the outer wall: a one-tile way past it would stop the Dis (40 px across).
    around = write_map(tmp_path, rows, patrols={0: [(4, 3), (4, 1), (8, 1), (8, 4)]}, name="around.tmx")
    assert checked(around, catalog) == []
    through = write_map(tmp_path, rows, patrols={0: [(4, 3), (8, 3), (8, 4)]}, name="through.tmx")
    problems = checked(through, catalog)
    assert problems == [f'{through}: layer "objects", object 2 "enemy 0", property patrol: '
                        'expected a route it can walk '
                        "straight along, leg by leg, found a wall at tile (6, 3) between point 1 and point 2 (move the "
                        "path's points so that each leg runs over open ground)"]


def test_a_patrol_checked_again_after_the_wall_in_its_way_is_cleared_or_built_is_walked_again(tmp_path):
    """The checker keeps the patrols it walked lately (a restart asks again of the same map): a map saved with a wall
    moved is not told the last save's answer."""
    walled = ["##########",
              "#........#",
              "#.P.E.#..#",
              "##########"]
    path = write_map(tmp_path, walled, patrols={0: [(4, 2), (8, 2)]})
    assert "found a wall at tile (6, 2)" in checked(path)[0]
    write_map(tmp_path, [row.replace(".#.", "...") for row in walled], patrols={0: [(4, 2), (8, 2)]})
    assert checked(path) == []
    write_map(tmp_path, walled, patrols={0: [(4, 2), (8, 2)]})
    assert "found a wall at tile (6, 2)" in checked(path)[0]


def test_a_patrol_point_far_off_the_map_is_named_before_any_leg_is_walked(tmp_path):
    rows = ["........",
            ".P....E.",
            "........"]
    # 900,000 px out, near the farthest place the loader reads: tens of thousands of cells along its leg.
    path = write_map(tmp_path, rows, patrols={0: [(6, 1), (4, 1), (28125, 1)]})
    assert checked(path) == [
        f'{path}: layer "objects", object 2 "enemy 0", property patrol: expected patrol points inside the map '
        "(0 to 256 x 0 to 96 px), found point 3 at (900016, 48), 899760 px past the map's right edge at 256 px "
        "(move the path's points onto the map)"]


def test_a_patrol_through_a_gap_narrower_than_the_machine_or_to_a_point_it_cannot_get_near_is_refused(tmp_path):
    # The centre line is clear of walls both times, but the Dis (40 px across) sticks at the one-tile gap for good,
    # and at a point on a wall's face it stops 20 px short of it, never near enough (14 px) to count it reached.
    rows = ["##########",
            "#.....#..#",
            "#.P.E....#",
            "#.....#..#",
            "##########"]
    catalog = load_catalog()
    gap = write_map(tmp_path, rows, patrols={0: [(4, 2), (8, 2)]}, name="gap.tmx")
    assert checked(gap, catalog) == [
        f'{gap}: layer "objects", object 2 "enemy 0", property patrol: expected a route it can walk straight along, '
        "leg by leg, found a way narrower than the machine at tile (6, 2) between point 1 and point 2 (a machine "
        "40 px across needs a way 2 tiles wide: widen it, or route the path round it)"]
    rows = ["##########",
            "#........#",
            "#.....#..#",
            "#.P.E.#..#",
            "#.....#..#",
            "#........#",
            "##########"]
    face = write_map(tmp_path, rows, patrols={0: [(4, 3), (5.4375, 3)]}, name="face.tmx")  # x 190: by the wall's face
    assert checked(face, catalog) == [
        f'{face}: layer "objects", object 2 "enemy 0", property patrol: expected patrol points the machine can reach, '
        "found point 2 at (190, 112), too near a wall for the machine to get to (move the point away from the wall, "
        "to the middle of the tile beside it or further)"]
    beside = write_map(tmp_path, rows, patrols={0: [(4, 3), (5, 3), (5, 1), (1, 1)]}, name="beside.tmx")  # by walls
    assert checked(beside, catalog) == []


def test_a_machine_wider_than_a_tile_is_not_taken_to_fit_where_the_tiles_round_it_are_open(tmp_path):
    # A corridor three tiles (96 px) high: its middle row's cells and all their neighbours are open, which clears a
    # machine no wider than a tile at once; one 100 px across does not fit.
    import dataclasses
    rows = ["####################",
            "#.....#######......#",
            "#.....#######......#",
            "#..................#",
            "#.P.E..............#",
            "#..................#",
            "#.....#######......#",
            "#.....#######......#",
            "####################"]
    catalog = load_catalog()
    wide = dataclasses.replace(catalog, units={**catalog.units, "dis": dataclasses.replace(catalog.units["dis"],
                                                                                            radius=50.0)})
    path = write_map(tmp_path, rows, patrols={0: [(4, 4), (16, 4)]})
    assert checked(path, catalog) == []
    [problem] = checked(path, wide)
    assert problem.endswith("found a way narrower than the machine at tile (7, 4) between point 1 and point 2 "
                            "(a machine 100 px across needs a way 4 tiles wide: widen it, or route the path round it)")

def test_a_file_that_is_not_a_map_gives_one_line_naming_it(tmp_path):
    path = tmp_path / "broken.tmx"
    path.write_text("<map><layer", encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_level(path)
    assert str(caught.value).startswith(str(path)) and "\n" not in str(caught.value)


def test_the_layzner_starts_at_the_centre_of_the_cell_its_spawn_is_drawn_in(tmp_path):
    level = load_level(write_map(tmp_path, ["#######", "#.....#", "#...P.#", "#.....#", "#######"]))
    game = Game(level, load_catalog(), seed=1)
    pos = game.world.get(game.player, Position)
    assert (pos.x, pos.y) == (4 * TILE + TILE / 2, 2 * TILE + TILE / 2)  # column 4, row 2, as the rows draw it


@pytest.mark.parametrize("name", ["Eiji Asuka, pilot of the SPT-LZ-00X Layzner, landing at the Mars base in 1996",
                                  "Eiji&#10;Asuka"], ids=["longer than a message quotes", "with a line break"])
def test_the_player_spawn_keeps_its_id_and_whole_name_as_the_map_has_them_not_as_a_message_words_them(tmp_path, name):
    path = write_map(tmp_path, ["#####", "#.P.#", "#####"])
    path.write_text(path.read_text(encoding="utf-8").replace('name="start"', f'name="{name}"'), encoding="utf-8")
    level = load_level(path)
    whole = name.replace("&#10;", "\n")
    assert level.player_spawn_object == (1, whole)
    assert whole not in level.player_spawn_where  # messages cut a long name and escape a line break: F3 does not


def test_a_level_knows_every_file_it_was_read_from():
    level = load_level(ROOT / "levels" / "mars_base.tmx")
    names = {Path(file).relative_to(ROOT).as_posix() for file in level.files}
    templates = {f"levels/templates/{name}.tx" for name in ("enemy_spawn", "patrol_path", "player_spawn")}
    assert {"levels/mars_base.tmx", "assets/tilesets/mars.tsx", "assets/tilesets/mars.png"} | templates <= names
    assert all(Path(file).is_absolute() and Path(file).is_file() for file in level.files)


# With its only layer unseen, the whole map is drawn a flat colour: that is said too, after the walls' warning.
UNSEEN_MAP = ("map: expected every cell painted on a tile layer that is shown, found 50 cells no shown layer paints, "
              "the first at tile (0, 0) (the game fills them with a flat colour: it is painted on layer \"ground\", "
              "which is hidden: show it (its eye in the Layers view, and its group's))")


def test_a_hidden_layer_s_solid_tiles_still_block_and_a_warning_says_so(tmp_path):
    path = write_map(tmp_path, ROOM)
    path.write_text(path.read_text().replace('name="ground"', 'name="ground" visible="0"'))
    level = load_level(path)
    assert level.solid[0][0]  # they still block: the warning says what the game does
    assert [str(w) for w in level.warnings] == [
        f'{path}: layer "ground": expected a hidden layer that blocks nothing, found 26 solid tiles that still block, '
        "unseen (show the layer; invisible walls belong on the collision layer)", f"{path}: {UNSEEN_MAP}"]


def test_a_see_through_walls_layer_and_a_tile_layer_offset_get_warnings(tmp_path):
    path = write_map(tmp_path, ROOM)
    path.write_text(path.read_text().replace('name="ground"', 'name="ground" opacity="0" offsetx="16" offsety="8"'))
    assert [str(w) for w in load_level(path).warnings] == [
        f'{path}: layer "ground": expected a tile layer on the map\'s grid, '
        'found an offset of 16, 8 px (the game draws '
        "and collides tile layers on the grid and ignores their offset; clear Offset in the layer's properties)",
        f'{path}: layer "ground": expected a layer at opacity 0 that blocks nothing, found 26 solid tiles that still '
        "block, unseen (show the layer; invisible walls belong on the collision layer)", f"{path}: {UNSEEN_MAP}"]


def test_walls_hidden_by_their_group_are_told_of_at_the_group_not_as_a_layer_hidden_by_itself(tmp_path):
    # The layer itself is shown, at full opacity: only the group around it is hidden, or see-through.
    path = write_map(tmp_path, ROOM)
    text = path.read_text()
    start, end = text.index('<layer id="1" name="ground"'), text.index("</layer>") + len("</layer>")
    for group, unseen in (('visible="0"', "a hidden layer"), ('opacity="0"', "a layer at opacity 0")):
        path.write_text(f'{text[:start]}<group id="8" name="base" {group}>{text[start:end]}</group>{text[end:]}')
        assert [str(w) for w in load_level(path).warnings] == [
            f'{path}: group "base", layer "ground": expected {unseen} that blocks nothing, found 26 solid tiles that '
            "still block, unseen (show the layer and the groups around it; invisible walls belong on the collision "
            "layer)", f"{path}: {UNSEEN_MAP}"]


def test_next_names_the_map_played_after_a_win_and_a_missing_one_is_refused(tmp_path):
    first, second = write_map(tmp_path, ROOM, name="first.tmx"), write_map(tmp_path, ROOM, name="second.tmx")
    first.write_text(first.read_text().replace(
        " <tileset", ' <properties><property name="next" type="file" value="second.tmx"/></properties>\n <tileset', 1))
    assert load_level(first).next_level == str(second.resolve())
    second.unlink()
    assert checked(first) == [
        f"{first}: map, property next: expected a map file that exists, found no file second.tmx "
        "(pick the map with the property's file picker)"]
    first.write_text(first.read_text().replace(' type="file"', ""))  # typed as text, not picked as a file
    with pytest.raises(ContentError) as caught:
        load_level(first)
    assert ('map, property next: expected the map played after this one is won (a file property), found "second.tmx" '
            "(a string property) (set the property's type to file in Tiled)") in str(caught.value)


def test_a_next_a_slip_away_from_a_map_beside_it_is_refused_with_that_map_offered(tmp_path):
    first = write_map(tmp_path, ROOM, name="first.tmx")
    write_map(tmp_path, ROOM, name="storm_canyon.tmx")
    first.write_text(first.read_text().replace(
        " <tileset", ' <properties><property name="next" type="file" value="stormcanyon.tmx"/></properties>\n'
        " <tileset", 1))
    assert checked(first) == [
        f"{first}: map, property next: expected a map file that exists, found no file "
        "stormcanyon.tmx (did you mean storm_canyon.tmx? pick the map with the property's "
        "file picker)"]


def with_next(path: Path, value: str) -> Path:
    path.write_text(path.read_text().replace(
        " <tileset", f' <properties><property name="next" type="file" value="{value}"/></properties>\n <tileset', 1))
    return path


@pytest.mark.parametrize("value, found", [("first.tmx", "found this map itself"), ("notes.md", "found notes.md")])
def test_next_naming_this_map_or_a_file_that_is_no_map_is_refused(tmp_path, value, found):
    (tmp_path / "notes.md").write_text("# notes\n")
    first = with_next(write_map(tmp_path, ROOM, name="first.tmx"), value)
    [problem] = checked(first)
    assert problem.startswith(f"{first}: map, property next: expected ") and found in problem


def test_a_next_too_long_a_name_for_the_system_or_a_loop_of_links_is_a_line_naming_next_not_a_traceback(tmp_path):
    # Python 3.11's is_file() raised OSError for the long name (in check and at start), and resolve() raised
    # RuntimeError for the loop (a "loader bug" line that did not name next).
    long = with_next(write_map(tmp_path, ROOM, name="long.tmx"), "a" * 300 + ".tmx")
    [problem] = checked(long)
    assert problem.startswith(f"{long}: map, property next: expected a map file that exists, found no file ")
    (tmp_path / "loop.tmx").symlink_to(tmp_path / "loop.tmx")
    looped = with_next(write_map(tmp_path, ROOM, name="looped.tmx"), "loop.tmx")
    assert checked(looped) == [
        f"{looped}: map, property next: expected a map file that exists, found loop.tmx, a loop of "
        "links (pick the map with the property's file picker)"]


def test_a_next_typed_as_a_whole_path_is_warned_of_it_finds_the_map_only_on_this_computer(tmp_path):
    second = write_map(tmp_path, ROOM, name="second.tmx")
    first = with_next(write_map(tmp_path, ROOM, name="first.tmx"), str(second.resolve()))
    level = load_level(first)
    assert level.next_level == str(second.resolve())  # it plays here
    [warning] = [str(w) for w in level.warnings]
    assert warning.startswith(f"{first}: map, property next: expected a path relative to this map, as Tiled's file "
                              f'picker writes it, found "{str(second.resolve())[:20]}')  # the path, cut if long
    assert warning.endswith("(pick the map again with the property's file picker)")
    assert not load_level(with_next(write_map(tmp_path, ROOM, name="third.tmx"), "second.tmx")).warnings


def test_the_checker_follows_the_campaign_a_loop_is_refused_and_a_map_no_one_reaches_is_warned_of(tmp_path,
                                                                                                  monkeypatch):
    monkeypatch.setattr(check_campaign, "LEVELS", tmp_path)
    monkeypatch.setattr(check_campaign, "FIRST_MISSION", tmp_path / "a.tmx")
    with_next(write_map(tmp_path, ROOM, name="a.tmx"), "b.tmx")
    b = with_next(write_map(tmp_path, ROOM, name="b.tmx"), "a.tmx")
    alone = write_map(tmp_path, ROOM, name="alone.tmx")
    results = {result.path.name: result for result in check_campaign.check_paths([tmp_path], load_catalog())}
    assert [str(p) for p in results["b.tmx"].problems] == [
        f"{b}: map, property next: expected a map later in the campaign, found a.tmx, which comes earlier "
        "(a.tmx → b.tmx) (point next at the map to play after this one, or remove it from the last mission)"]
    assert results["a.tmx"].problems == () and but_in_sight(results["a.tmx"].warnings) == []
    assert [str(w) for w in but_in_sight(results["alone.tmx"].warnings)] == [
        f"{alone}: map: expected a mission of the campaign, found a map no other map names as next, which no player "
        "can get to (set next on b.tmx, the campaign's last mission, to this map)"]


def test_a_copy_of_a_mission_keeping_its_title_or_its_next_is_warned_of_the_original_not(tmp_path, monkeypatch):
    # A mission copied to start a new one passed without a word: two title cards alike, two maps leading to one.
    monkeypatch.setattr(check_campaign, "LEVELS", tmp_path)
    monkeypatch.setattr(check_campaign, "FIRST_MISSION", tmp_path / "a.tmx")
    with_next(write_map(tmp_path, ROOM, name="a.tmx"), "b.tmx")
    write_map(tmp_path, ROOM, name="b.tmx")
    copy = with_next(write_map(tmp_path, ROOM, name="copy.tmx"), "b.tmx")
    titled = '<property name="title" value="Mars, Relay Outpost"/>'
    for path in (tmp_path / "a.tmx", copy):
        path.write_text(path.read_text().replace("<properties>", f"<properties>{titled}", 1))
    results = {result.path.name: result for result in check_campaign.check_paths([tmp_path], load_catalog())}
    assert but_in_sight(results["a.tmx"].warnings) == [] and but_in_sight(results["b.tmx"].warnings) == []
    assert [str(w) for w in but_in_sight(results["copy.tmx"].warnings)] == [
        f"{copy}: map: expected a mission of the campaign, found a map no other map names as next, which no player "
        "can get to (set next on b.tmx, the campaign's last mission, to this map)",
        f'{copy}: map, property title: expected a title no other map of the campaign has, found "Mars, Relay Outpost", '
        "the title of a.tmx too (give this mission a title of its own in Map > Map Properties: the player reads it on "
        "the title card as the mission starts)",
        f"{copy}: map, property next: expected a next no other map of the campaign names (each map is played after "
        "one mission), found b.tmx, which a.tmx leads to too (pick the map to play after this one with the property's "
        "file picker, or remove next if this is to be the last mission)"]


def test_a_loop_in_the_campaign_names_the_map_as_the_checker_was_given_it_like_its_other_lines(tmp_path,
                                                                                               monkeypatch):
    monkeypatch.setattr(check_campaign, "LEVELS", tmp_path)
    monkeypatch.setattr(check_campaign, "FIRST_MISSION", tmp_path / "a.tmx")
    monkeypatch.chdir(tmp_path)  # main.py check b.tmx, from the folder of the maps
    with_next(write_map(tmp_path, ROOM, name="a.tmx"), "b.tmx")
    with_next(write_map(tmp_path, ROOM, name="b.tmx"), "a.tmx")
    [result] = [result for result in check_campaign.check_paths(["b.tmx"], load_catalog())
                if result.path.name == "b.tmx"]
    assert [p.file for p in result.problems] == ["b.tmx"]


def test_a_next_naming_its_own_map_is_one_line_in_the_campaign_and_out_of_it(tmp_path, monkeypatch):
    # The map's own check says "this map itself"; following next, the chain met it again as a map that "comes
    # earlier": two lines for one mistake.
    itself = ("map, property next: expected the map to play after this one, found this map itself (pick the next "
              "map, or remove next from the campaign's last mission)")
    monkeypatch.setattr(check_campaign, "LEVELS", tmp_path / "levels")
    act, levels = tmp_path / "act", tmp_path / "levels"
    act.mkdir()
    levels.mkdir()
    alone = with_next(write_map(act, ROOM, name="self.tmx"), "self.tmx")
    assert [str(p) for result in check_campaign.check_paths([act], load_catalog()) for p in result.problems] == [
        f"{alone}: {itself}"]
    monkeypatch.setattr(check_campaign, "FIRST_MISSION", levels / "a.tmx")  # the campaign's first mission, likewise
    first = with_next(write_map(levels, ROOM, name="a.tmx"), "a.tmx")
    assert [str(p) for result in check_campaign.check_paths([levels], load_catalog()) for p in result.problems] == [
        f"{first}: {itself}"]


def campaign_out_of_levels(tmp_path, monkeypatch) -> tuple[Path, Path]:
    """(levels/, a folder beside it) for a campaign whose first mission is levels/a.tmx."""
    levels, elsewhere = tmp_path / "levels", tmp_path / "act3"
    levels.mkdir()
    elsewhere.mkdir()
    monkeypatch.setattr(check_campaign, "LEVELS", levels)
    monkeypatch.setattr(check_campaign, "FIRST_MISSION", levels / "a.tmx")
    return levels, elsewhere


def test_a_damaged_first_mission_is_one_problem_of_the_check_not_a_traceback(tmp_path, monkeypatch):
    # The campaign could not be followed from it, and the check fell over on the chain it had not got.
    levels, _ = campaign_out_of_levels(tmp_path, monkeypatch)
    (levels / "a.tmx").write_text('<?xml version="1.0"?>\n<map version="1.10"', encoding="utf-8")  # cut short
    other = write_map(levels, ROOM, name="b.tmx")
    results = {result.path.name: result for result in check_campaign.check_paths([levels], load_catalog())}
    assert set(results) == {"a.tmx", "b.tmx"}
    assert [p.expected for p in results["a.tmx"].problems] == ["well-formed XML (a Tiled map (.tmx))"]
    assert not results["b.tmx"].problems, other


def test_a_mission_outside_levels_is_checked_with_the_campaign_and_warned_of(tmp_path, monkeypatch):
    levels, elsewhere = campaign_out_of_levels(tmp_path, monkeypatch)
    with_next(write_map(levels, ROOM, name="a.tmx"), "../act3/third.tmx")
    third = write_map(elsewhere, ["##########", "#........#", "#.P...E..#", "#........#", "##########"],
                      name="third.tmx", kind="dis2")  # a mistake the game would find only when it is launched
    results = {result.path.name: result for result in check_campaign.check_paths([levels], load_catalog())}
    assert set(results) == {"a.tmx", "third.tmx"}  # checked though only levels/ was named
    assert any('kind "dis2" is not an enemy kind' in str(p) for p in results["third.tmx"].problems)
    assert [str(w) for w in results["third.tmx"].warnings] == [
        f"{third}: map: expected a mission in levels/, where the game's maps ship, found a mission outside it "
        f"({elsewhere}) (move it into levels/ and point next at it there before the game ships)"]


def test_a_map_outside_levels_checked_alone_is_told_whether_it_is_in_the_campaign(tmp_path, monkeypatch):
    # The guide's step 11 promises a new map a warning that no player can get to it: made in /tmp, it got none.
    levels, elsewhere = campaign_out_of_levels(tmp_path, monkeypatch)
    a = with_next(write_map(levels, ROOM, name="a.tmx"), "b.tmx")
    with_next(write_map(levels, ROOM, name="b.tmx"), "../act3/third.tmx")
    third, ridge = write_map(elsewhere, ROOM, name="third.tmx"), write_map(elsewhere, ROOM, name="ridge.tmx")
    [alone] = check_campaign.check_paths([ridge], load_catalog())
    assert [str(w) for w in but_in_sight(alone.warnings)] == [
        f"{ridge}: map: expected a mission of the campaign, found a map outside levels/ that no map's next leads to "
        "from levels/a.tmx on, which no player can get to (it plays with --level; to ship it, move it into levels/ "
        "and set next on third.tmx, the campaign's last mission, to it)"]
    # One the campaign reaches is checked with the campaign, as levels/ is, and told it is a mission kept outside it
    results = {result.path.name: result for result in check_campaign.check_paths([third], load_catalog())}
    assert set(results) == {"a.tmx", "b.tmx", "third.tmx"} and results["a.tmx"].path == a
    assert [w.expected for w in but_in_sight(results["third.tmx"].warnings)] == [
        "a mission in levels/, where the game's maps ship"]


def test_a_next_naming_a_file_that_is_no_map_is_its_problem_and_the_file_is_not_checked_as_a_damaged_map(tmp_path,
                                                                                                          monkeypatch):
    levels, elsewhere = campaign_out_of_levels(tmp_path, monkeypatch)
    (elsewhere / "units.yaml").write_text("player: layzner\n")
    a = with_next(write_map(levels, ROOM, name="a.tmx"), "../act3/units.yaml")
    results = check_campaign.check_paths([levels], load_catalog())
    assert [str(p) for result in results for p in result.problems] == [
        f"{a}: map, property next: expected a Tiled map (.tmx), found units.yaml (pick the map with the property's "
        "file picker)"]


def test_a_mission_outside_levels_with_the_name_of_one_inside_is_refused(tmp_path, monkeypatch):
    levels, elsewhere = campaign_out_of_levels(tmp_path, monkeypatch)
    with_next(write_map(levels, ROOM, name="a.tmx"), "outpost.tmx")
    with_next(write_map(levels, ROOM, name="outpost.tmx"), "../act3/outpost.tmx")
    write_map(elsewhere, ROOM, name="outpost.tmx")  # its wins would be the other outpost's
    results = check_campaign.check_paths([levels], load_catalog())
    assert sum(any("a file name no other map" in str(p) for p in result.problems) for result in results) == 2


def test_maps_out_of_the_campaign_that_name_each_other_are_warned_of_as_such(tmp_path, monkeypatch):
    monkeypatch.setattr(check_campaign, "LEVELS", tmp_path)
    monkeypatch.setattr(check_campaign, "FIRST_MISSION", tmp_path / "a.tmx")
    write_map(tmp_path, ROOM, name="a.tmx")
    x = with_next(write_map(tmp_path, ROOM, name="x.tmx"), "y.tmx")
    y = with_next(write_map(tmp_path, ROOM, name="y.tmx"), "x.tmx")
    results = {result.path.name: result for result in check_campaign.check_paths([tmp_path], load_catalog())}
    assert [str(w) for w in but_in_sight(results["x.tmx"].warnings + results["y.tmx"].warnings)] == [
        f"{x}: map: expected a mission of the campaign, found a map only y.tmx, itself out of the campaign, names as "
        "next, which no player can get to (set next on a.tmx, the campaign's last mission, to the first of these "
        "maps to play)",
        f"{y}: map: expected a mission of the campaign, found a map only x.tmx, itself out of the campaign, names as "
        "next, which no player can get to (set next on a.tmx, the campaign's last mission, to the first of these "
        "maps to play)"]


def test_maps_outside_levels_are_followed_along_next_a_loop_is_told_once_on_the_map_that_closes_it(tmp_path,
                                                                                                    monkeypatch):
    monkeypatch.setattr(check_campaign, "LEVELS", tmp_path / "levels")  # an act of one's own, away from the campaign
    act = tmp_path / "act"
    act.mkdir()
    for name, following in [("w.tmx", "x.tmx"), ("v.tmx", "x.tmx"), ("x.tmx", "y.tmx"), ("y.tmx", "x.tmx"),
                            ("p.tmx", "q.tmx"), ("q.tmx", "p.tmx")]:
        with_next(write_map(act, ROOM, name=name), following)
    results = {result.path.name: result for result in check_campaign.check_paths([act], load_catalog())}
    # Two first maps lead into one loop: it is y's, told once. A loop with no first map starts at its first by name.
    assert {name: [str(p) for p in result.problems] for name, result in results.items() if result.problems} == {
        "y.tmx": [f"{act / 'y.tmx'}: map, property next: expected a map later in the campaign, found x.tmx, "
                  "which comes earlier (v.tmx → x.tmx → y.tmx) (point next at the map to play after this one, or "
                  "remove it from the last mission)"],
        "q.tmx": [f"{act / 'q.tmx'}: map, property next: expected a map later in the campaign, found p.tmx, "
                  "which comes earlier (p.tmx → q.tmx) (point next at the map to play after this one, or remove it "
                  "from the last mission)"]}
    # Not the game's campaign: each map named is told so, once (once its problems are fixed, as in levels/)
    assert {name: [w.found for w in but_in_sight(result.warnings)] for name, result in results.items()} == {
        name: [] if name in ("y.tmx", "q.tmx") else ["a map outside levels/ that no map's next leads to from "
                                                     "levels/mars_base.tmx on, which no player can get to"]
        for name in results}


def test_a_map_a_next_outside_levels_leads_to_is_checked_though_not_named(tmp_path, monkeypatch):
    monkeypatch.setattr(check_campaign, "LEVELS", tmp_path / "levels")
    act, further = tmp_path / "act", tmp_path / "act2"
    act.mkdir()
    further.mkdir()
    start = with_next(write_map(act, ROOM, name="start.tmx"), "../act2/far.tmx")
    write_map(further, ROOM, name="far.tmx", kind="dis2")  # found by the game only once start.tmx is won
    results = check_campaign.check_paths([start], load_catalog())
    assert [(result.path.name, [str(p) for p in result.problems]) for result in results] == [
        ("start.tmx", []),
        ("far.tmx", [f'{further / "far.tmx"}: layer "objects", object 2 "enemy 0", property kind: expected an enemy '
                     'kind, found "dis2" (kind "dis2" is not an enemy kind; did you mean "dis"? known: bul, dis'
                     '; pick it from the drop-down of kind, a property of type EnemyKind)'])]


def test_two_maps_in_levels_with_one_file_name_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(check_campaign, "LEVELS", tmp_path)
    monkeypatch.setattr(check_campaign, "FIRST_MISSION", tmp_path / "outpost.tmx")
    (tmp_path / "act2").mkdir()
    first = with_next(write_map(tmp_path, ROOM, name="outpost.tmx"), "act2/outpost.tmx")
    (tmp_path / "act2" / "test.png").write_bytes((tmp_path / "test.png").read_bytes())
    second = write_map(tmp_path / "act2", ROOM, name="outpost.tmx")
    results = check_campaign.check_paths([tmp_path], load_catalog())
    assert [[str(p) for p in result.problems] for result in results] == [
        [f"{second}: map: expected a file name no other map of the campaign or levels/ has, "
         f"found outpost.tmx, like {first} (rename "
         "one: the player's record keeps each map's wins under its file name)"],
        [f"{first}: map: expected a file name no other map of the campaign or levels/ has, "
         f"found outpost.tmx, like {second} (rename "
         "one: the player's record keeps each map's wins under its file name)"]]


def test_a_map_named_without_its_extension_is_not_told_as_a_second_map_of_that_name(tmp_path, monkeypatch):
    # `check levels/outpost` for levels/outpost.tmx: the path is no file, so no map of the campaign shares its name.
    monkeypatch.setattr(check_campaign, "LEVELS", tmp_path)
    monkeypatch.setattr(check_campaign, "FIRST_MISSION", tmp_path / "outpost.tmx")
    outpost = write_map(tmp_path, ROOM, name="outpost.tmx")
    results = {result.path: result for result in check_campaign.check_paths([tmp_path / "outpost"], load_catalog())}
    assert [str(p) for p in results[tmp_path / "outpost"].problems] == [
        f"{tmp_path / 'outpost'}: expected a Tiled map (.tmx) that can be read, found no file there"]
    assert results[outpost].problems == ()


def test_a_map_path_with_a_nul_in_it_is_refused_as_no_file_can_have_such_a_name(tmp_path):
    # A hand-edited save may name one; os.stat raises ValueError for it, not OSError.
    with pytest.raises(ContentError) as refused:
        load_level(tmp_path / "a\0b.tmx")
    assert str(refused.value) == (f"{tmp_path / 'a'}\0b.tmx: expected a Tiled map (.tmx) that can be read, "
                                  "found a file name with a NUL character in it")


def test_a_layer_dragged_over_the_walls_gets_a_warning_and_a_few_details_over_them_do_not(tmp_path):
    path = write_map(tmp_path, ROOM)  # one "ground" layer holding the walls (tile 2, solid) and the floor (tile 1)
    text = path.read_text()
    after_ground = text.index("</layer>") + len("</layer>")

    def over(rows: int) -> str:
        """A layer drawn after the ground, with plain floor on its first `rows` rows and nothing below them."""
        cells = [",".join(["1" if row < rows else "0"] * len(ROOM[0])) for row in range(len(ROOM))]
        return (f'\n <layer id="9" name="floor" width="{len(ROOM[0])}" height="{len(ROOM)}"><data encoding="csv">\n'
                + ",\n".join(cells) + "\n</data></layer>")

    path.write_text(text[:after_ground] + over(len(ROOM)) + text[after_ground:])  # over every wall
    assert [str(w) for w in load_level(path).warnings] == [
        f'{path}: layer "floor": expected a layer under the walls, or over only a few of them, found a layer drawn '
        "over 26 of the 26 solid tiles below it, which still block, unseen (drag it below the walls layer in the "
        "Layers panel)"]
    path.write_text(text[:after_ground] + over(1) + text[after_ground:])  # over the top wall only: 10 of 26
    assert load_level(path).warnings == ()


def test_a_spawn_a_few_px_from_a_wall_reaches_what_the_game_lets_it_reach(tmp_path):
    from game.session import new_game
    from game.sim.components import Position
    rows = ["##########",
            "#........#",
            "#P.......#",
            "#........#",
            "##########"]
    pad = (f'<object id="50" name="pad" type="objective" x="{6 * TILE}" y="{TILE}" width="{2 * TILE}" '
           f'height="{2 * TILE}"/>')
    path = write_map(tmp_path, rows, more_objects=pad)
    path.write_text(path.read_text().replace(f'type="player_spawn" x="{centre(1, 2)[0]}"',
                                             f'type="player_spawn" x="{TILE + 3}"'))
    assert checked(path) == []  # not "no way there from the player spawn"
    game = new_game(path)
    game.step()
    radius = load_catalog().units["layzner"].radius
    assert game.world.get(game.player, Position).x >= TILE + radius - 1e-9  # the game nudges it clear at once


def test_a_trigger_or_zone_wholly_off_the_map_is_refused_and_one_half_on_it_is_not(tmp_path):
    places = ('<object id="50" name="gate" type="trigger" x="400" y="0" width="32" height="64"><properties>'
              f'{ALARM}</properties></object>'
              '<object id="51" name="dust" type="zone" x="-100" y="-100" width="50" height="50"/>'
              '<object id="52" name="edge" type="zone" x="300" y="-16" width="64" height="64"/>')
    path = write_map(tmp_path, ROOM, more_objects=places)
    problems = checked(path)
    assert problems == [
        f'{path}: layer "objects", object 50 "gate": expected the trigger inside the map (0 to 320 x 0 to 160 px), '
        "found it at X 400, Y 0, 32 x 64 px, all of it past the map's right edge at 320 px (move it onto the map)",
        f'{path}: layer "objects", object 51 "dust": expected the zone inside the map (0 to 320 x 0 to 160 px), '
        "found it at X -100, Y -100, 50 x 50 px, all of it past the map's left edge at 0 px and top edge at 0 px "
        "(move it onto the map)"]


def test_a_next_naming_a_missing_map_is_told_once_by_the_map_that_names_it(tmp_path, monkeypatch):
    levels, _ = campaign_out_of_levels(tmp_path, monkeypatch)
    with_next(write_map(levels, ROOM, name="a.tmx"), "../act3/gone.tmx")
    results = check_campaign.check_paths([levels], load_catalog())
    assert [result.path.name for result in results] == ["a.tmx"]
    assert [p.where for p in results[0].problems] == ["map, property next"]


@pytest.mark.parametrize("music", ["/", "/etc/passwd", "../sounds/hit", "*", "mars_wind/.."])
def test_a_music_property_that_is_a_path_or_a_pattern_is_a_problem_not_a_traceback(tmp_path, music):
    path = write_map(tmp_path, ROOM)
    path.write_text(path.read_text().replace(
        "<tileset", f'<properties><property name="music" value="{music}"/></properties>\n <tileset', 1))
    problems = checked(path)
    assert len(problems) == 1
    assert problems[0].startswith(f'{path}: map, property music: expected a track in assets/music ({TRACKS}), '
                                  f'found "{music}" (')


@pytest.mark.parametrize("music", ["mars_wind.wav", "mars_wind.ogg", "../assets/music/mars_wind.wav",
                                   "C:\\Game\\assets\\music\\mars_wind.wav"])
def test_a_music_track_named_as_a_file_is_told_to_drop_the_folder_and_extension(tmp_path, music):
    path = write_map(tmp_path, ROOM)
    path.write_text(path.read_text().replace(
        "<tileset", f'<properties><property name="music" value="{music}"/></properties>\n <tileset', 1))
    assert checked(path) == [f'{path}: map, property music: expected a track in assets/music ({TRACKS}), found '
                             f'"{music}" (write the track\'s name alone, without its folder or extension: "mars_wind")']


def test_an_objective_behind_a_gap_narrower_than_the_layzner_is_refused_saying_how_wide_a_way_must_be(tmp_path):
    x, y = centre(6, 1)
    pad = f'<object id="9" name="pad" type="objective" x="{x - 16}" y="{y - 16}" width="32" height="32"/>'
    path = write_map(tmp_path, ["##########",
                                "#...#....#",
                                "#.P......#",
                                "#...#..E.#",
                                "##########"], more_objects=pad)
    problems = checked(path)
    assert problems == [
        f'{path}: layer "objects", object 9 "pad": expected an objective the player can walk to, found no way there '
        "from the player spawn; on foot it gets no nearer than tile (3, 2), 82 px short of it (somewhere between them "
        "a way is shut or too narrow (a machine 40 px across needs a way 2 tiles wide): open it)"]


@pytest.mark.parametrize("x, y, width, height", [
    # a small marker in open ground, between the reachability grid's points (16 px apart); 14 px, the least an
    # objective may be across (a dash moves the Layzner 13.7 px a tick)
    (97, 97, 14, 14),
    (120, 42, 96, 20),  # a strip along a wall, wide enough for the Layzner's centre only past the grid's points
])
def test_an_objective_the_layzner_can_stand_in_is_not_refused_for_holding_none_of_the_grid_s_points(tmp_path, x, y,
                                                                                                     width, height):
    pad = f'<object id="9" name="pad" type="objective" x="{x}" y="{y}" width="{width}" height="{height}"/>'
    path = write_map(tmp_path, ["##########",
                                "#........#",
                                "#.P....E.#",
                                "#........#",
                                "##########"], more_objects=pad)
    level = load_level(path)
    assert level_problems(level, load_catalog()) == []
    game = Game(level, load_catalog(), seed=1)  # and the Layzner does get its centre in there
    spot = game.world.get(game.player, Position)
    spot.x = spot.prev_x = x + width / 2
    spot.y = spot.prev_y = y + height - 4  # 20 px from the wall above the strip: as near as the Layzner's radius
    game.step()
    assert game.res.objectives_reached == [True]


def test_an_objective_drawn_where_the_layzner_cannot_stand_says_so_rather_than_to_open_a_way(tmp_path):
    # Over a crate (a solid tile) in an open room: nothing between it and the spawn to open.
    x, y = centre(6, 2)
    pad = f'<object id="9" name="crate" type="objective" x="{x - 12}" y="{y - 12}" width="24" height="24"/>'
    path = write_map(tmp_path, ["##########",
                                "#........#",
                                "#.P...#E.#",
                                "#........#",
                                "##########"], more_objects=pad)
    assert checked(path) == [
        f'{path}: layer "objects", object 9 "crate": expected an objective the player can walk to, found no spot in it '
        "where a machine 40 px across stands clear of the walls (the player reaches it when the machine's centre is "
        "inside, 20 px from any wall at least: draw it over open ground, larger or further from the walls)"]


def test_an_objective_with_a_hold_and_no_order_of_its_own_says_hold_not_reach(tmp_path):
    objects = "".join(
        f'<object id="{ident}" name="{name}" type="objective" x="{x * TILE}" y="{TILE}" width="{TILE}" '
        f'height="{TILE}"><properties>{more}</properties></object>'
        for ident, name, x, more in ((50, "pad", 6, '<property name="hold" type="float" value="12"/>'),
                                     (51, "blank", 2, '<property name="hold" type="float" value="5"/>'
                                                      '<property name="text" value=""/>'),
                                     (52, "door", 7, "")))
    level = load_level(write_map(tmp_path, ROOM, more_objects=objects))
    assert [objective.text for objective in level.objectives] == [
        "Hold the marked area", "Hold the marked area", "Reach the marked area"]
    assert '("Hold the marked area" stands in' in str(level.warnings[0])


def test_a_title_or_objective_order_left_blank_shows_the_default_and_a_warning_says_so(tmp_path):
    pad = (f'<object id="50" name="pad" type="objective" x="{6 * TILE}" y="{TILE}" width="{2 * TILE}" '
           f'height="{2 * TILE}"><properties><property name="text" value=""/></properties></object>')
    path = write_map(tmp_path, ROOM, more_objects=pad)
    blank_title = ' <properties><property name="title" value=" "/></properties>\n <tileset'
    path.write_text(path.read_text().replace(" <tileset", blank_title, 1))
    level = load_level(path)
    assert level.title == path.stem and level.objectives[0].text == "Reach the marked area"
    assert [str(w) for w in level.warnings] == [
        f'{path}: layer "objects", object 50 "pad", property text: expected the words the objective\'s plate shows, '
        'found "" ("Reach the marked area" stands in: fill it in, or remove the property)',
        f'{path}: map, property title: expected the words the title card shows, found " " ("{path.stem}" stands in: '
        'fill it in, or remove the property)']
