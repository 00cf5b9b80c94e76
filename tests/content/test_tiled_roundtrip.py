"""Every shipped map, as the real Tiled reads it, says what our loader reads: objects, properties, layers, collision.

Tiled (the editor designers use) exports each map to JSON with templates resolved and tilesets embedded; the test
compares that content with `load_level`. Tiled exits 0 even when it could not load a tileset or a template, so the
exit status proves nothing: the comparison of content is what guards, and a test below shows a missing tileset
is caught by it. Skipped only when `tiled` is not installed (CI installs Debian's package).
"""

import json
import math
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from game.content.level import load_level

TILED = shutil.which("tiled")
if TILED is None:
    pytest.skip("the Tiled map editor is not installed (apt-get install tiled)", allow_module_level=True)

ROOT = Path(__file__).resolve().parents[2]
SHIPPED_MAPS = sorted((ROOT / "levels").glob("*.tmx"))
TILESET = ROOT / "assets" / "tilesets" / "mars.tsx"
FLIP_H, FLIP_V, FLIP_D = 0x80000000, 0x40000000, 0x20000000
GID_MASK = 0x1FFFFFFF
# Defaults the game uses when a property is absent (docs/level-design.md).
TRIGGER_DEFAULTS = {"action": None, "text": "", "once": True}
OBJECTIVE_DEFAULTS = {"text": "Reach the marked area", "hold": 0.0}
ZONE_DEFAULTS = {"kind": None, "strength": 0.7}


def _tiled(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([TILED, *args], env=env, capture_output=True, text=True, timeout=120)


def export_map(path: Path, out_dir: Path) -> tuple[dict, Path]:
    """The map as Tiled sees it: JSON with templates detached (resolved) and tilesets embedded."""
    out = out_dir / f"{path.stem}.tmj"
    _tiled("--export-map", "json", "--detach-templates", "--embed-tilesets", str(path), str(out))
    assert out.is_file(), f"Tiled wrote nothing for {path}"
    return json.loads(out.read_text(encoding="utf-8")), out.parent


def export_tileset(path: Path, out_dir: Path) -> tuple[dict, Path]:
    out = out_dir / f"{path.stem}.tsj"
    result = _tiled("--export-tileset", "json", str(path), str(out))
    assert result.returncode == 0 and out.is_file(), f"Tiled could not export {path}: {result.stderr.strip()}"
    return json.loads(out.read_text(encoding="utf-8")), out.parent


def tileset_problems(export: dict, folder: Path) -> list[str]:
    """What an export shows when Tiled could not load a tileset: no tiles, no image."""
    problems = []
    for tileset in export.get("tilesets", []):
        name = tileset.get("name") or tileset.get("source")
        if "source" in tileset:
            problems.append(f"tileset {name} was not embedded: Tiled did not load it")
        elif not tileset.get("tilecount"):
            problems.append(f"tileset {name} has no tiles: Tiled could not load it")
        elif "image" in tileset and not (folder / tileset["image"]).resolve().is_file():
            problems.append(f"tileset {name}: image {tileset['image']} not found")
    return problems


def _properties(item: dict) -> dict:
    return {p["name"]: p["value"] for p in item.get("properties", [])}


def _walk(layers: list, visible: bool = True):
    """Layers in file order, into groups, with whether each is shown (a hidden group hides what it holds)."""
    for layer in layers:
        shown = visible and layer.get("visible", True)
        if layer["type"] == "group":
            yield from _walk(layer.get("layers", []), shown)
        else:
            yield layer, shown


def _objects(export: dict) -> list[dict]:
    return [obj for layer, _ in _walk(export["layers"]) if layer["type"] == "objectgroup" for obj in layer["objects"]]


def _class(obj: dict) -> str:
    return obj.get("type") or obj.get("class") or ""


def _cells(layer: dict, width: int) -> list[list[int]]:
    data = layer["data"]
    return [data[row * width:(row + 1) * width] for row in range(layer["height"])]


def _tile_source(export: dict, folder: Path, gid: int):
    """Where Tiled takes a cell's picture from: (image file, x, y, w, h, flips)."""
    local_gid = gid & GID_MASK
    tileset = max((t for t in export["tilesets"] if t["firstgid"] <= local_gid), key=lambda t: t["firstgid"])
    local = local_gid - tileset["firstgid"]
    columns, margin, spacing = tileset["columns"], tileset.get("margin", 0), tileset.get("spacing", 0)
    tw, th = tileset["tilewidth"], tileset["tileheight"]
    x = margin + (local % columns) * (tw + spacing)
    y = margin + (local // columns) * (th + spacing)
    return (str((folder / tileset["image"]).resolve()), x, y, tw, th,
            bool(gid & FLIP_H), bool(gid & FLIP_V), bool(gid & FLIP_D))


def _tile_properties(export: dict, gid: int) -> dict:
    local_gid = gid & GID_MASK
    tileset = max((t for t in export["tilesets"] if t["firstgid"] <= local_gid), key=lambda t: t["firstgid"])
    local = local_gid - tileset["firstgid"]
    return next((_properties(t) for t in tileset.get("tiles", []) if t["id"] == local), {})


def _region(obj: dict):
    """(shape, x, y, width, height, points) the way LevelData.Region holds an area."""
    if "polygon" in obj:
        points = tuple((obj["x"] + p["x"], obj["y"] + p["y"]) for p in obj["polygon"])
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        return "polygon", min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys), points
    shape = "ellipse" if obj.get("ellipse") else "rectangle"
    return shape, obj["x"], obj["y"], obj["width"], obj["height"], ()


def _same_region(region, expected) -> bool:
    """LevelData's Region against Tiled's (shape, x, y, width, height, points)."""
    shape, x, y, width, height, points = expected
    flat = [c for p in points for c in p]
    return (region.shape == shape and len(region.points) == len(points)
            and [region.x, region.y, region.width, region.height] == pytest.approx([x, y, width, height])
            and [c for p in region.points for c in p] == pytest.approx(flat))


def tiled_solid(export: dict) -> list[list[bool]]:
    """Solid cells as Tiled's export has them: a tile whose tileset tile says solid=true, on any tile layer,
    or anything on the collision layer."""
    solid = [[False] * export["width"] for _ in range(export["height"])]
    for layer, _ in _walk(export["layers"]):
        if layer["type"] != "tilelayer":
            continue
        is_collision = layer["name"].lower() == "collision"
        for row, cells in enumerate(_cells(layer, export["width"])):
            for column, gid in enumerate(cells):
                if gid and (is_collision or _tile_properties(export, gid).get("solid") is True):
                    solid[row][column] = True
    return solid


def compare(path: Path, export: dict, folder: Path) -> None:
    """Assert that load_level(path) holds the content of Tiled's export of the same file."""
    # Loaded by a path relative to the working directory, as `main.py --level levels/x.tmx` does: every file
    # the map refers to must still be found from there.
    level = load_level(Path(os.path.relpath(path)))
    props = _properties(export)
    assert (level.width, level.height, level.tile_width, level.tile_height) == (
        export["width"], export["height"], export["tilewidth"], export["tileheight"])

    # Map properties, with the documented defaults.
    assert level.title == props.get("title", path.stem)
    assert level.music == props.get("music", "")
    assert level.storm == pytest.approx(props.get("storm", 0.0))
    assert level.wind_angle == pytest.approx(math.radians(props.get("wind", 0.0)))
    assert level.wind_speed == pytest.approx(props.get("wind_speed", 40.0))

    # Tile layers: the drawn ones in file order (collision never drawn), cell by cell the same pictures.
    tile_layers = [(layer, shown) for layer, shown in _walk(export["layers"]) if layer["type"] == "tilelayer"]
    drawn = [layer for layer, shown in tile_layers if shown and layer["name"].lower() != "collision"]
    assert [layer.name for layer in level.layers if layer.visible] == [layer["name"] for layer in drawn]
    ours = {layer.name: layer for layer in level.layers if layer.visible}
    for layer in drawn:
        theirs = _cells(layer, export["width"])
        for row in range(export["height"]):
            for column in range(export["width"]):
                gid, mine = theirs[row][column], ours[layer["name"]].cells[row][column]
                where = f'{path.name}: layer "{layer["name"]}" cell ({column}, {row})'
                if not gid:
                    assert not mine, where
                    continue
                tile = level.tiles[mine]
                assert (tile.source, tile.x, tile.y, tile.width, tile.height, tile.flip_x, tile.flip_y,
                        tile.flip_diagonal) == _tile_source(export, folder, gid), where

    assert [list(row) for row in level.solid] == tiled_solid(export), f"{path.name}: solid cells differ"

    objects = _objects(export)
    by_id = {obj["id"]: obj for obj in objects}
    assert len(by_id) == len(objects)

    players = [obj for obj in objects if _class(obj) == "player_spawn"]
    assert len(players) == 1, f"{path.name}: {len(players)} player spawns in Tiled's export"
    assert level.player_spawn == pytest.approx((players[0]["x"], players[0]["y"]))

    expected_enemies = {}
    for obj in objects:
        if _class(obj) != "enemy_spawn":
            continue
        p = _properties(obj)
        route, loop = (), False
        if p.get("patrol"):
            path_object = by_id[p["patrol"]]
            shape = "polygon" if "polygon" in path_object else "polyline"
            route = tuple((path_object["x"] + q["x"], path_object["y"] + q["y"]) for q in path_object[shape])
            loop = shape == "polygon"
        expected_enemies[obj["id"]] = (p.get("kind"), obj["x"], obj["y"], route, loop, p.get("holds_post", False))
    assert {s.object_id: (s.kind, s.x, s.y, s.patrol, s.loop, s.holds_post)
            for s in level.enemy_spawns} == expected_enemies

    def expected(object_class, defaults):
        found = {}
        for obj in objects:
            if _class(obj) == object_class:
                p = {**defaults, **_properties(obj)}
                found[obj["id"]] = (tuple(p[key] for key in defaults), _region(obj))
        return found

    for name, ours, defaults in (
            ("trigger", {t.object_id: ((t.action, t.text, t.once), t.region) for t in level.triggers},
             TRIGGER_DEFAULTS),
            ("objective", {o.object_id: ((o.text, o.hold), o.region) for o in level.objectives}, OBJECTIVE_DEFAULTS),
            ("zone", {z.object_id: ((z.kind, z.strength), z.region) for z in level.zones}, ZONE_DEFAULTS)):
        want = expected(name, defaults)
        assert sorted(ours) == sorted(want), f"{path.name}: ids of {name} objects"
        for oid, (values, region) in want.items():
            assert ours[oid][0] == pytest.approx(values) if name == "zone" else ours[oid][0] == values, \
                f"{path.name}: {name} {oid} properties {ours[oid][0]} != {values}"
            assert _same_region(ours[oid][1], region), f"{path.name}: {name} {oid} region {ours[oid][1]} != {region}"


def test_levels_are_shipped():
    assert {p.name for p in SHIPPED_MAPS} >= {"mars_base.tmx", "outpost.tmx"}


def test_tiled_reads_the_tileset_and_its_solid_tiles_are_the_blocking_ones(tmp_path):
    tileset, folder = export_tileset(TILESET, tmp_path)
    assert tileset["tilecount"] == 72 and tileset["columns"] == 8
    assert (folder / tileset["image"]).resolve() == (TILESET.parent / "mars.png").resolve()
    solid = {t["id"] for t in tileset.get("tiles", []) if _properties(t).get("solid") is True}
    # Obstacles (16-23), walls (32-47), breach and rubble pile (48, 49), cliffs (56-71); ground never blocks.
    assert solid == set(range(16, 24)) | set(range(32, 50)) | set(range(56, 72))


@pytest.mark.parametrize("path", SHIPPED_MAPS, ids=lambda p: p.name)
def test_tiled_and_the_game_read_the_same_map(path, tmp_path):
    export, folder = export_map(path, tmp_path)
    assert tileset_problems(export, folder) == []
    # Every object in the file reached the export, and every template instance has its class from the template.
    in_file = list(ET.parse(path).getroot().iter("object"))
    by_id = {obj["id"]: obj for obj in _objects(export)}
    assert sorted(by_id) == sorted(int(o.get("id")) for o in in_file)
    assert all(_class(by_id[int(o.get("id"))]) for o in in_file if o.get("template"))
    # The tileset embedded in the map is the tileset file it names, as Tiled exports it on its own.
    tileset, _ = export_tileset(path.parent / ET.parse(path).getroot().find("tileset").get("source"), tmp_path)
    embedded = export["tilesets"][0]
    assert embedded["tilecount"] == tileset["tilecount"]
    assert [(t["id"], _properties(t)) for t in embedded.get("tiles", [])] == [
        (t["id"], _properties(t)) for t in tileset.get("tiles", [])]
    compare(path, export, folder)


def test_a_map_whose_tileset_is_missing_is_caught_by_the_content_check(tmp_path):
    """Tiled 1.8 exports such a map and exits 0; what it exports has lost the tileset."""
    source = ROOT / "levels" / "outpost.tmx"
    broken = tmp_path / "levels" / "outpost.tmx"
    broken.parent.mkdir()
    shutil.copytree(ROOT / "levels" / "templates", broken.parent / "templates")
    broken.write_text(source.read_text(encoding="utf-8").replace("../assets/tilesets/mars.tsx",
                                                                 "../assets/tilesets/gone.tsx"), encoding="utf-8")
    export, folder = export_map(broken, tmp_path)
    problems = tileset_problems(export, folder)
    assert problems and "could not load" in problems[0]
    # Even without that check the content comparison fails: in Tiled's view nothing is solid any more.
    good, _ = export_map(source, tmp_path)
    assert any(map(any, tiled_solid(good))) and not any(map(any, tiled_solid(export)))
