"""Levels from Tiled: spawns, patrols, collision and layer order read from the .tmx as the file says."""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from game.content.catalog import load_catalog
from game.content.check import level_problems
from game.content.errors import ContentError
from game.content.level import load_level
from tests.maps import TILE, centre, write_map

ROOT = Path(__file__).resolve().parents[2]
SHIPPED_LEVELS = sorted((ROOT / "levels").glob("*.tmx"))


def test_every_shipped_level_loads_and_passes_the_checks():
    assert SHIPPED_LEVELS, "no levels shipped"
    catalog = load_catalog()
    for path in SHIPPED_LEVELS:
        level = load_level(path)
        assert level_problems(level, catalog) == [], path


def test_mars_base_spawns_and_patrols_match_the_objects_in_the_file():
    path = ROOT / "levels" / "mars_base.tmx"
    level = load_level(path)
    objects = {int(o.get("id")): o for o in ET.parse(path).getroot().iter("object")}
    players = [o for o in objects.values() if o.get("type") == "player_spawn"]
    assert len(players) == 1
    assert level.player_spawn == (float(players[0].get("x")), float(players[0].get("y")))
    spawns = [o for o in objects.values() if o.get("type") == "enemy_spawn"]
    assert len(level.enemy_spawns) == len(spawns) >= 4
    for spawn, element in zip(level.enemy_spawns, spawns):
        props = {p.get("name"): p.get("value") for p in element.iter("property")}
        assert spawn.object_id == int(element.get("id"))
        assert spawn.kind == props["kind"]
        assert (spawn.x, spawn.y) == (float(element.get("x")), float(element.get("y")))
        if "patrol" in props:
            path_element = objects[int(props["patrol"])]
            shape = path_element.find("polyline") if path_element.find("polyline") is not None else path_element.find("polygon")
            ox, oy = float(path_element.get("x")), float(path_element.get("y"))
            expected = tuple((ox + float(a), oy + float(b)) for a, b in (p.split(",") for p in shape.get("points").split()))
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


def test_an_unknown_enemy_kind_is_named_with_the_known_ones(tmp_path):
    level = load_level(write_map(tmp_path, ["######", "#....#", "#P..E#", "#....#", "######"], kind="dis2"))
    problems = level_problems(level, load_catalog())
    assert len(problems) == 1
    text = str(problems[0])
    assert 'kind "dis2" is not an enemy kind' in text.replace('"dis2" is', 'kind "dis2" is', 1) or '"dis2" is not an enemy kind' in text
    assert "known: dis" in text and "property kind" in text and str(level.path) in text


def test_a_spawn_inside_a_wall_is_reported(tmp_path):
    path = write_map(tmp_path, ["######", "#P...#", "######"])
    text = path.read_text()
    text = text.replace('type="player_spawn" x="48.0" y="48.0"', 'type="player_spawn" x="16.0" y="16.0"')
    path.write_text(text)
    problems = level_problems(load_level(path), load_catalog())
    assert any("inside a wall" in str(p) and "player_spawn" in str(p) for p in problems)


def test_a_file_that_is_not_a_map_gives_one_line_naming_it(tmp_path):
    path = tmp_path / "broken.tmx"
    path.write_text("<map><layer", encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_level(path)
    assert str(caught.value).startswith(str(path)) and "\n" not in str(caught.value)


def test_centre_helper_matches_the_tile_grid():
    assert centre(0, 0) == (TILE / 2, TILE / 2)


def test_a_level_knows_every_file_it_was_read_from():
    level = load_level(ROOT / "levels" / "mars_base.tmx")
    names = {Path(file).relative_to(ROOT).as_posix() for file in level.files}
    templates = {f"levels/templates/{name}.tx" for name in ("enemy_spawn", "patrol_path", "player_spawn")}
    assert {"levels/mars_base.tmx", "assets/tilesets/mars.tsx", "assets/tilesets/mars.png"} | templates <= names
    assert all(Path(file).is_absolute() and Path(file).is_file() for file in level.files)
