"""Tiled maps (.tmx, read through pytmx as data only) turned into LevelData: tiles, collision, spawns."""

import math
from dataclasses import dataclass, field
from pathlib import Path

import pytmx

from game.content.errors import ContentError, Problem

COLLISION_LAYER = "collision"  # a tile layer by this name marks solid cells and is never drawn


@dataclass(frozen=True)
class TileImage:
    """Where one tile's picture is: a region of a tileset image, with Tiled's flip flags."""
    source: str  # absolute path of the tileset image
    x: int
    y: int
    width: int
    height: int
    flip_x: bool = False
    flip_y: bool = False
    flip_diagonal: bool = False


@dataclass(frozen=True)
class TileLayer:
    name: str
    cells: tuple[tuple[int, ...], ...]  # [row][column] → tile id in LevelData.tiles, 0 = empty
    visible: bool
    opacity: float  # 0..1


@dataclass(frozen=True)
class Region:
    """An area drawn in Tiled: a rectangle, an ellipse or a polygon, in map pixels."""
    shape: str  # "rectangle", "ellipse" or "polygon"
    x: float  # bounding box
    y: float
    width: float
    height: float
    points: tuple[tuple[float, float], ...] = ()  # polygon corners, absolute px; () for the other shapes

    def contains(self, px: float, py: float) -> bool:
        if self.shape == "ellipse":
            rx, ry = self.width / 2, self.height / 2
            if rx <= 0 or ry <= 0:
                return False
            dx, dy = (px - self.x - rx) / rx, (py - self.y - ry) / ry
            return dx * dx + dy * dy <= 1.0
        if self.shape == "polygon":
            inside = False
            n = len(self.points)
            for i in range(n):  # even-odd rule
                (x1, y1), (x2, y2) = self.points[i], self.points[(i + 1) % n]
                if (y1 > py) != (y2 > py) and px < x1 + (py - y1) * (x2 - x1) / (y2 - y1):
                    inside = not inside
            return inside
        return self.x <= px <= self.x + self.width and self.y <= py <= self.y + self.height

    @property
    def centre(self) -> tuple[float, float]:
        if self.shape == "polygon" and self.points:
            return (sum(p[0] for p in self.points) / len(self.points), sum(p[1] for p in self.points) / len(self.points))
        return self.x + self.width / 2, self.y + self.height / 2


@dataclass(frozen=True)
class EnemySpawn:
    kind: str
    x: float  # px, centre
    y: float
    object_id: int
    name: str
    patrol: tuple[tuple[float, float], ...]  # px waypoints, empty when it holds its ground
    loop: bool  # patrol: back to the first point (closed shape) or back and forth
    layer: str = ""  # the object layer it is on, for messages


@dataclass(frozen=True)
class Trigger:
    """A region that does something when the player first enters it."""
    object_id: int
    name: str
    layer: str
    region: Region
    action: str  # "message" (show text) or "alarm" (every enemy comes to look)
    text: str
    once: bool


@dataclass(frozen=True)
class Objective:
    """A region the player must reach; with objectives on the map, reaching them all wins the level."""
    object_id: int
    name: str
    layer: str
    region: Region
    text: str


@dataclass(frozen=True)
class Zone:
    """An area with its own conditions, such as a dust storm that blinds sight and sensors."""
    object_id: int
    name: str
    layer: str
    region: Region
    kind: str  # "dust_storm"
    strength: float  # 0..1


@dataclass(frozen=True)
class LevelData:
    path: str
    title: str
    width: int  # tiles
    height: int
    tile_width: int  # px
    tile_height: int
    layers: tuple[TileLayer, ...]  # in file order, the order they are drawn
    tiles: dict[int, TileImage]
    solid: tuple[tuple[bool, ...], ...]  # [row][column]
    player_spawn: tuple[float, float]  # px
    enemy_spawns: tuple[EnemySpawn, ...]
    triggers: tuple[Trigger, ...] = ()
    objectives: tuple[Objective, ...] = ()
    zones: tuple[Zone, ...] = ()
    object_points: dict[int, tuple[float, float]] = field(default_factory=dict)  # every object's centre, by id
    music: str = ""  # track name in assets/music, "" for silence
    storm: float = 0.0  # 0..1, dust storm strength over the whole map
    wind_angle: float = 0.0  # rad, the way the wind blows (0 = east)
    wind_speed: float = 40.0  # px/s that dust drifts

    @property
    def pixel_size(self) -> tuple[int, int]:
        return self.width * self.tile_width, self.height * self.tile_height

    def is_solid_cell(self, column: int, row: int) -> bool:
        """Solid cells block movement, shots and sight; outside the map counts as solid."""
        if 0 <= column < self.width and 0 <= row < self.height:
            return self.solid[row][column]
        return True


def load_level(path: Path) -> LevelData:
    """Read a .tmx file into LevelData, or raise ContentError naming the file and what is wrong."""
    file = str(path)
    try:
        tmx = pytmx.TiledMap(file)
    except Exception as error:  # pytmx raises anything from KeyError to ParseError on a bad file
        raise ContentError([Problem(file, "", "a Tiled map that can be read", f"{type(error).__name__}: {error}")]) from None
    problems: list[Problem] = []
    if tmx.orientation != "orthogonal":
        problems.append(Problem(file, "map", "an orthogonal map", f"{tmx.orientation} orientation"))
    if str(getattr(tmx, "infinite", "0")).lower() in ("1", "true"):  # pytmx keeps the attribute as text
        problems.append(Problem(file, "map", "a fixed-size map", "an infinite map", "untick Infinite in Map Properties"))
    if problems:
        raise ContentError(problems)

    tiles = _tile_images(tmx, Path(file).parent)
    layers, solid = _layers(tmx, file, problems)
    player_spawns, enemy_spawns = _objects(tmx, file, problems)
    if len(player_spawns) != 1:
        problems.append(Problem(file, "objects", "exactly one player_spawn object", f"{len(player_spawns)}"))
    if problems:
        raise ContentError(problems)
    return LevelData(
        path=file, title=str(tmx.properties.get("title", Path(file).stem)),
        width=tmx.width, height=tmx.height, tile_width=tmx.tilewidth, tile_height=tmx.tileheight,
        layers=layers, tiles=tiles, solid=solid, player_spawn=player_spawns[0], enemy_spawns=tuple(enemy_spawns))


def _tile_images(tmx, folder: Path) -> dict[int, TileImage]:
    tiles = {}
    for gid, image in enumerate(tmx.images):
        if not image:
            continue
        source, rect, flags = image  # pytmx's default loader keeps images as (file, rect, flags) data
        x, y, w, h = rect
        tiles[gid] = TileImage(str((folder / source).resolve()), x, y, w, h,
                               bool(flags and flags.flipped_horizontally), bool(flags and flags.flipped_vertically),
                               bool(flags and flags.flipped_diagonally))
    return tiles


def _layers(tmx, file, problems):
    solid = [[False] * tmx.width for _ in range(tmx.height)]
    layers = []
    for layer in tmx.layers:
        if not isinstance(layer, pytmx.TiledTileLayer):
            continue
        cells = tuple(tuple(row) for row in layer.data)
        is_collision = layer.name.lower() == COLLISION_LAYER
        for y, row in enumerate(cells):
            for x, gid in enumerate(row):
                if gid and (is_collision or _tile_is_solid(tmx, gid)):
                    solid[y][x] = True
        if not is_collision:
            layers.append(TileLayer(layer.name, cells, bool(layer.visible), float(getattr(layer, "opacity", 1.0))))
    return tuple(layers), tuple(tuple(row) for row in solid)


def _tile_is_solid(tmx, gid: int) -> bool:
    properties = tmx.get_tile_properties_by_gid(gid) or {}
    return properties.get("solid") in (True, "true")


def _objects(tmx, file, problems):
    by_id = {obj.id: obj for obj in tmx.objects}
    players, enemies = [], []
    for obj in tmx.objects:
        kind_of_object = getattr(obj, "type", None) or getattr(obj, "class", None)
        where = f"object {obj.id} \"{obj.name or ''}\""
        if not all(map(math.isfinite, (obj.x, obj.y, obj.width or 0, obj.height or 0))):
            problems.append(Problem(file, where, "finite coordinates", f"x={obj.x}, y={obj.y}"))
            continue
        centre = (obj.x + (obj.width or 0) / 2, obj.y + (obj.height or 0) / 2)
        if kind_of_object == "player_spawn":
            players.append(centre)
        elif kind_of_object == "enemy_spawn":
            kind = obj.properties.get("kind")
            if not isinstance(kind, str) or not kind:
                problems.append(Problem(file, f"{where}, property kind", "an enemy kind", repr(kind)))
                continue
            patrol, loop = _patrol(obj, by_id, file, where, problems)
            enemies.append(EnemySpawn(kind, centre[0], centre[1], obj.id, obj.name or "", patrol, loop))
    return players, enemies


def _patrol(obj, by_id, file, where, problems):
    ref = obj.properties.get("patrol")
    if ref in (None, "", 0):
        return (), False
    try:
        path = by_id[int(ref)]
        points = tuple((float(x), float(y)) for x, y in path.points)
    except (KeyError, ValueError, TypeError, AttributeError):
        problems.append(Problem(file, f"{where}, property patrol", "a polyline or polygon object", repr(ref)))
        return (), False
    return points, bool(getattr(path, "closed", False))
