"""Small test maps drawn as ASCII, written as real .tmx files with an embedded tileset.

Legend: `.` open ground, `#` wall (a tile whose `solid` property is true), `P` the player spawn,
`E` a Dis spawn, `X` a cell marked only on the `collision` layer. Cells are 32 px.
"""

import dataclasses
import os
import struct
import zlib
from pathlib import Path

from game.content.catalog import load_catalog
from game.content.level import load_level
from game.content.level_data import LevelData, Region
from game.sim.game import Game

TILE = 32
MARS_TILESET = Path(__file__).resolve().parents[1] / "assets" / "tilesets" / "mars.tsx"
# The project's drop-downs (enums in levels/blue-comet.tiled-project) by property name; a zone's kind is ZoneKind.
DROP_DOWNS = {"kind": "EnemyKind", "difficulty": "Difficulty", "action": "TriggerAction", "situation": "ReiSituation",
              "weather": "Weather"}


def drop_down(name: str, value: str, enum: str = "") -> str:
    """A <property> picked from one of the project's drop-downs, as Tiled writes it with the project open (a map saved
    without it keeps the value as plain text, which the checker warns of)."""
    return f'<property name="{name}" propertytype="{enum or DROP_DOWNS[name]}" value="{value}"/>'


DIS, ALARM, MESSAGE = drop_down("kind", "dis"), drop_down("action", "alarm"), drop_down("action", "message")

# The Layzner and one enemy machine face to face across an open room, seven cells apart.
FACING = [
    "############",
    "#..........#",
    "#.P......E.#",
    "#..........#",
    "############",
]
# The player in the west of a long hall, a guard at its east end, and a room walled off in the south-west: the
# checker's maps of what the player can and cannot walk into.
HALL = [
    "##############################",
    "#............................#",
    "#.P.........................E#",
    "#............................#",
    "#########################....#",
    "#...................#........#",
    "#...................#........#",
    "##############################",
]

# Two rooms joined by one way two tiles wide (column 7, rows 2 and 3), where gate_objects puts a gate: the Layzner
# in the west room, a Dis in the east one.
GATED = [
    "##############",
    "#......#.....#",
    "#.P....G...E.#",
    "#......G.....#",
    "#......#.....#",
    "##############",
]
GATE_ID, SENSOR_ID, PAD_ID = 50, 51, 52


def gate_objects(switch: str = "opens", sensor: tuple[int, int] = (4, 1), gate: tuple[float, ...] = (7, 2, 1, 2),
                 pad: bool = False, hold: float | None = None) -> str:
    """<object> XML for GATED: a gate over the way (`gate`: column, row, columns, rows in tiles) that `switch`
    ("opens" or "shuts") on an alarm trigger a tile wide down the room from `sensor` (column, first row), or with
    `hold`, on an objective there held that many seconds; with `pad`, an objective in the east room's south-east
    corner (a map with neither it nor an enemy is won as it starts)."""
    x, y, width, height = (value * TILE for value in gate)
    column, row = sensor
    kind, does = (("objective", f'<property name="hold" type="float" value="{hold:g}"/>') if hold is not None
                  else ("trigger", ALARM))
    return (f'<object id="{GATE_ID}" name="shutter" type="gate" x="{x:g}" y="{y:g}" width="{width:g}" '
            f'height="{height:g}"><properties><property name="{switch}" type="object" value="{SENSOR_ID}"/>'
            f'</properties></object>'
            f'<object id="{SENSOR_ID}" name="sensor" type="{kind}" x="{column * TILE}" y="{row * TILE}" '
            f'width="{TILE}" height="{4 * TILE}"><properties>{does}</properties></object>'
            + (f'<object id="{PAD_ID}" name="pad" type="objective" x="{11 * TILE}" y="{3 * TILE}" width="{2 * TILE}" '
               f'height="{2 * TILE}"/>' if pad else ""))


def objective_xml(oid: int, name: str, column: int, row: int, *props: str) -> str:
    """<object> XML for an objective two tiles square from tile (column, row), with these <property> elements."""
    return (f'<object id="{oid}" name="{name}" type="objective" x="{column * TILE}" y="{row * TILE}" '
            f'width="{2 * TILE}" height="{2 * TILE}"><properties>{"".join(props)}</properties></object>')

IN_SIGHT = "a machine that does not see the player's spawn at the start"


def but_in_sight(warnings) -> list:
    """`warnings` (Problems or lines) but the checker's word on a machine that sees the player spawn as the level
    starts, which a test map's Dis in the Layzner's room gives beside the warning a test is about
    (tests/content/test_sight_checks.py holds that one)."""
    return [warning for warning in warnings if IN_SIGHT not in str(warning)]


def centre(column: int, row: int) -> tuple[float, float]:
    return column * TILE + TILE / 2, row * TILE + TILE / 2


def write_map(folder: Path, rows: list[str], patrols: dict[int, list[tuple[int, int]]] | None = None,
              name: str = "test.tmx", kind: str = "dis", sentries: tuple[int, ...] = (),
              more_objects: str = "") -> Path:
    """Write the ASCII map as a .tmx; patrols maps the n-th `E` (reading order) to tile waypoints; the n-th `E` of
    sentries holds its post; more_objects (<object> XML) goes in the object layer after the map's own."""
    patrols = patrols or {}
    height, width = len(rows), len(rows[0])
    ground = [["1" if c != "#" else "2" for c in row] for row in rows]
    collision = [["1" if c == "X" else "0" for c in row] for row in rows]
    objects, next_id, enemy = [], 1, 0
    for r, row in enumerate(rows):
        for c, char in enumerate(row):
            x, y = centre(c, r)
            if char == "P":
                objects.append(f'<object id="{next_id}" name="start" type="player_spawn" x="{x}" y="{y}">'
                               '<point/></object>')
                next_id += 1
            elif char == "E":
                props = drop_down("kind", kind)
                if enemy in patrols:
                    path_id = next_id + 1
                    props += f'<property name="patrol" type="object" value="{path_id}"/>'
                if enemy in sentries:
                    props += '<property name="holds_post" type="bool" value="true"/>'
                objects.append(f'<object id="{next_id}" name="enemy {enemy}" type="enemy_spawn" x="{x}" y="{y}">'
                               f'<properties>{props}</properties><point/></object>')
                next_id += 1
                if enemy in patrols:
                    px, py = centre(*patrols[enemy][0])
                    points = " ".join(f"{centre(*p)[0] - px},{centre(*p)[1] - py}" for p in patrols[enemy])
                    objects.append(f'<object id="{next_id}" name="route {enemy}" type="patrol_path" x="{px}" y="{py}">'
                                   f'<polyline points="{points}"/></object>')
                    next_id += 1
                enemy += 1

    def csv(grid):
        return ",\n".join(",".join(row) for row in grid)

    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<map version="1.8" orientation="orthogonal" renderorder="right-down" width="{width}" height="{height}" \
tilewidth="{TILE}" tileheight="{TILE}" infinite="0" nextlayerid="4" nextobjectid="{next_id}">
 <tileset firstgid="1" name="test" tilewidth="{TILE}" tileheight="{TILE}" tilecount="2" columns="2">
  <image source="test.png" width="{TILE * 2}" height="{TILE}"/>
  <tile id="1"><properties><property name="solid" type="bool" value="true"/></properties></tile>
 </tileset>
 <layer id="1" name="ground" width="{width}" height="{height}"><data encoding="csv">
{csv(ground)}
</data></layer>
 <layer id="2" name="collision" width="{width}" height="{height}" visible="0"><data encoding="csv">
{csv(collision)}
</data></layer>
 <objectgroup id="3" name="objects">
  {"".join(objects)}{more_objects}
 </objectgroup>
</map>
"""
    path = Path(folder) / name
    path.write_text(xml, encoding="utf-8")
    if not (Path(folder) / "test.png").exists():  # the loader checks that tileset images exist
        (Path(folder) / "test.png").write_bytes(png(TILE * 2, TILE))
    return path


def png(width: int, height: int) -> bytes:
    """A plain grey RGB PNG, written without pygame."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = b"".join(b"\x00" + b"\x80" * (width * 3) for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def game_from_ascii(folder: Path, rows: list[str], seed: int = 1, extra=None, **kwargs) -> Game:
    """A Game on the ASCII map; `extra` replaces LevelData fields (triggers, zones...) before it starts."""
    level = load_level(write_map(folder, rows, **kwargs))
    if extra:
        level = dataclasses.replace(level, **extra)
    return Game(level, load_catalog(), seed)


def cell_region(column: int, row: int, columns: int = 1, rows: int = 1) -> Region:
    """A rectangle covering whole tiles."""
    return Region("rectangle", column * TILE, row * TILE, columns * TILE, rows * TILE)


def mars_map(folder: Path, layers: dict[str, list[list[int]]], spawn: tuple[float, float] = (16, 16),
             name: str = "mars.tmx") -> LevelData:
    """A map of the game's own Mars tileset with these tile layers (name → rows of gids, flip flags and all, in
    drawing order) and the player's spawn at `spawn` px, read as the game reads it."""
    rows = next(iter(layers.values()))
    height, width = len(rows), len(rows[0])
    tile_layers = "\n ".join(
        f'<layer id="{number}" name="{layer}" width="{width}" height="{height}"><data encoding="csv">'
        + ",\n".join(",".join(map(str, row)) for row in grid) + "</data></layer>"
        for number, (layer, grid) in enumerate(layers.items(), 1))
    objects = len(layers) + 1
    path = Path(folder) / name
    path.write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<map version="1.8" tiledversion="1.8.2" orientation="orthogonal" renderorder="right-down" width="{width}"
 height="{height}" tilewidth="{TILE}" tileheight="{TILE}" infinite="0" nextlayerid="{objects + 1}" nextobjectid="2">
 <tileset firstgid="1" source="{os.path.relpath(MARS_TILESET, folder)}"/>
 {tile_layers}
 <objectgroup id="{objects}" name="objects">
  <object id="1" name="start" type="player_spawn" x="{spawn[0]}" y="{spawn[1]}"><point/></object>
 </objectgroup>
</map>
""", encoding="utf-8")
    return load_level(path)
