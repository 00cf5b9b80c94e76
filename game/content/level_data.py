"""A level as the game uses it: the map's tiles and what is solid, its spawns, triggers, objectives, zones and
settings, frozen (level.py reads a Tiled map into it)."""

import bisect
import dataclasses
import functools
import hashlib
import math
from dataclasses import dataclass, field

import numpy as np

from game.content.errors import Problem
from game.content.level_schema import DIFFICULTIES
from game.content.places import shown_at


@dataclass(frozen=True)
class CornerNames:
    """A tileset as a tile of it knows it, for the checker's word on inside-corner sheets named after the tileset rather
    than its image: the map view reads X_corners.png beside the tileset image X.png, and fills no inside corners for
    an image collection (each tile its own picture, no tileset image)."""
    where: str  # the tileset as messages name it
    # Whole paths of the X_corners.png a designer may have painted for it, X its .tsx's file name or its own name,
    # beside the .tsx (or the map, for one embedded in it); there or not
    sheets: tuple[str, ...]
    collection: bool  # an image collection
    file: str = ""  # its .tsx file as the map names it; "" for one embedded in the map (the checker's word on solid)


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
    edge: tuple[int, int] | None = None  # as TileRef.edge (game/content/tmx_tilesets.py): its autotile's set, sides
    tileset: CornerNames | None = None  # as TileRef.tileset


@dataclass(frozen=True)
class TileLayer:
    """One layer of tiles as it is drawn."""
    name: str
    # [row][column] → Tiled gid with its flip bits, a key of LevelData.tiles; 0 = empty
    cells: tuple[tuple[int, ...], ...]
    visible: bool  # false when it or any group around it is hidden
    opacity: float  # 0..1, its own times its groups'
    offset_x: float = 0.0  # px, its own offset plus its groups' (Tiled's parallax is ignored)
    offset_y: float = 0.0


@dataclass(frozen=True)
class Region:
    """An area drawn in Tiled: a rectangle, an ellipse or a polygon, in map pixels."""
    shape: str  # "rectangle", "ellipse" or "polygon"
    x: float  # bounding box
    y: float
    width: float
    height: float
    points: tuple[tuple[float, float], ...] = ()  # polygon corners, absolute px; () for the other shapes
    # A polygon's X and Y as Tiled shows them (its first point as drawn, not its bounding box's corner), for messages;
    # None for the other shapes, whose x and y they are. Out of the repr, which LevelData.content_hash digests.
    origin: tuple[float, float] | None = field(default=None, repr=False, compare=False)

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

    def box_gap(self, left: float, top: float, right: float | None = None, bottom: float | None = None) -> float:
        """px from the point (left, top), or the box from it to (right, bottom), to the bounding box (never further
        than to the region itself): 0 where they meet."""
        right, bottom = left if right is None else right, top if bottom is None else bottom
        return math.hypot(max(self.x - right, 0.0, left - self.x - self.width),
                          max(self.y - bottom, 0.0, top - self.y - self.height))

    @property
    def centre(self) -> tuple[float, float]:
        if self.shape == "polygon" and self.points:
            return (sum(p[0] for p in self.points) / len(self.points),
                    sum(p[1] for p in self.points) / len(self.points))
        return self.x + self.width / 2, self.y + self.height / 2

    @property
    def shown(self) -> str:
        """Its place as Tiled shows it, for messages: "X 1200, Y 96, 160 x 160 px"."""
        return shown_at(self.shape, *(self.origin or (self.x, self.y)), self.width, self.height)

    @property
    def box(self) -> tuple[float, float, float, float]:
        """(left, top, right, bottom) px of its bounding box."""
        return self.x, self.y, self.x + self.width, self.y + self.height


class Templated:
    """A spawn, trigger or objective, which may be placed from a template (its `template` and `inherited` fields)."""
    template: str
    inherited: frozenset[str]

    def template_of(self, name: str) -> str:
        """The template the object has property (or part: "shape", "size", "rotation") `name` from; "" when it sets
        it itself."""
        return self.template if name in self.inherited else ""


@dataclass(frozen=True)
class EnemySpawn(Templated):
    """An enemy machine placed on the map."""
    kind: str
    x: float  # px, centre
    y: float
    object_id: int
    name: str
    patrol: tuple[tuple[float, float], ...]  # px waypoints, empty when it holds its ground
    loop: bool  # patrol: back to the first point (closed shape) or back and forth
    layer: str = ""  # the object layer's name: content_hash digests it, as saves and replays made so far know it
    holds_post: bool = False  # stays at its post (or on its patrol) when an ally calls; an alarm still rouses it
    # The trigger or objective whose firing brings it in (a reinforcement), 0 for a machine there from the start. Out
    # of the repr: content_hash digests LevelData.arrivals only on a map that has any, so a map without them hashes as
    # before and its saves and replays stay good.
    arrives: int = field(default=0, repr=False)
    # The easiest difficulty it is placed on ("easy": every one). Out of the repr as `arrives` is: content_hash digests
    # it only on a map with a machine left out somewhere.
    difficulty: str = field(default="easy", repr=False)
    # How messages name it: its groups, layer, id and name, as the loader's own do. Out of the repr, which
    # LevelData.content_hash digests: a group round its layer changes nothing in play, and saves and replays made
    # before this field stay good.
    where: str = field(default="", repr=False, compare=False)
    # The template file (as the map names it) the object was placed from, "" for none; and what it has from it, not
    # setting it itself: the names of those properties, and "shape", "size", "rotation" for those parts. The
    # checker's messages name the template (template_of), where one fix mends every object placed from it. Out of
    # the repr as `where` is.
    template: str = field(default="", repr=False, compare=False)
    inherited: frozenset[str] = field(default=frozenset(), repr=False, compare=False)

    def legs(self) -> list[tuple[str, str, tuple[float, float], tuple[float, float]]]:
        """Its patrol's legs as the machine walks them, straight, from its spawn to the first point, point to point, and
        back to the first on a closed shape: (how a message names where it starts, and where it ends, start, end)."""
        points = [(self.x, self.y), *self.patrol] + ([self.patrol[0]] if self.loop and self.patrol else [])
        names = ["its spawn"] + [f"point {i + 1}" for i in range(len(self.patrol))] + ["point 1"]
        return list(zip(names, names[1:], points, points[1:]))

    def placed_on(self, difficulty: str) -> bool:
        """Whether the machine is in the level played on `difficulty`."""
        return DIFFICULTIES.index(difficulty) >= DIFFICULTIES.index(self.difficulty)


@dataclass(frozen=True)
class Trigger(Templated):
    """A region that does something when the player first enters it."""
    object_id: int
    name: str
    layer: str  # the object layer's name (in content_hash, as EnemySpawn's)
    region: Region
    action: str  # "message" (show text), "alarm" (every enemy comes to look), "advise" (Rei speaks to `situation`)
    #              "fouron" (Fouron seizes control) or "repair" (the Layzner's armour and missiles made good)
    text: str
    once: bool
    situation: str = ""  # advise: one of Rei's situations in assets/data/advisor.yaml; "" for the other actions
    where: str = field(default="", repr=False, compare=False)  # as EnemySpawn's
    template: str = field(default="", repr=False, compare=False)  # as EnemySpawn's
    inherited: frozenset[str] = field(default=frozenset(), repr=False, compare=False)


@dataclass(frozen=True)
class Objective(Templated):
    """A region the player must reach (and stay in for `hold` seconds); with objectives on the map, reaching them
    all wins the level."""
    object_id: int
    name: str
    layer: str  # the object layer's name (in content_hash, as EnemySpawn's)
    region: Region
    text: str
    hold: float = 0.0  # s the player must stay inside; 0: stepping in is enough
    # The objective to reach first (its object id): until then this one is closed, neither shown nor counted; 0 for
    # one open from the start. Out of the repr, as EnemySpawn.arrives: content_hash digests it only on a map that
    # uses it, so every map without it hashes as before and its saves and replays stay good.
    after: int = field(default=0, repr=False)
    where: str = field(default="", repr=False, compare=False)  # as EnemySpawn's
    template: str = field(default="", repr=False, compare=False)  # as EnemySpawn's
    inherited: frozenset[str] = field(default=frozenset(), repr=False, compare=False)


@dataclass(frozen=True)
class Zone:
    """An area with its own conditions: a local storm, of dust or rain, that blinds sight and sensors."""
    object_id: int
    name: str
    layer: str  # the object layer's name (in content_hash, as EnemySpawn's)
    region: Region
    kind: str  # "dust_storm" or "rain" (level_schema.ZONE_KINDS): how its storm looks; the rules read its strength
    strength: float  # 0..1
    where: str = field(default="", repr=False, compare=False)  # as EnemySpawn's


@dataclass(frozen=True)
class Gate:
    """A way that opens or shuts in play: a rectangle of whole tiles, wall while shut. It starts shut and opens when
    `opens` fires, or starts open and shuts when `shuts` fires (a trigger fires; an objective as its hold starts, or
    as it is reached with no hold: as for a reinforcement's `arrives`)."""
    object_id: int
    name: str
    layer: str  # the object layer's name (in content_hash, as EnemySpawn's)
    region: Region  # on the tile grid
    opens: int = 0  # the trigger or objective that opens it; 0 when it shuts instead
    shuts: int = 0  # the trigger or objective that shuts it; 0 when it opens instead
    where: str = field(default="", repr=False, compare=False)  # as EnemySpawn's
    template: str = field(default="", repr=False, compare=False)  # as EnemySpawn's
    inherited: frozenset[str] = field(default=frozenset(), repr=False, compare=False)

    @property
    def starts_shut(self) -> bool:
        return not self.shuts

    @property
    def switch(self) -> int:
        """The object id of the trigger or objective that works it."""
        return self.opens or self.shuts

    def cells(self, tile_width: int, tile_height: int) -> list[tuple[int, int]]:
        """(column, row) of each tile it covers, row by row."""
        region = self.region
        left, top = round(region.x / tile_width), round(region.y / tile_height)
        right, bottom = round((region.x + region.width) / tile_width), round((region.y + region.height) / tile_height)
        return [(column, row) for row in range(top, bottom) for column in range(left, right)]

NO_PLAYER_SPAWN = "player_spawn"  # how messages name the player spawn of a map with none of its own, or several


@dataclass(frozen=True)
class LevelData:
    """A level as the game plays it: the map, its walls and every object, checked."""
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
    gates: tuple[Gate, ...] = ()
    object_points: dict[int, tuple[float, float]] = field(default_factory=dict)  # every object's centre, by id
    object_names: dict[int, str] = field(default_factory=dict)  # every object's name ("" for none), by id
    music: str = ""  # track name in assets/music, "" for silence
    storm: float = 0.0  # 0..1, the storm's strength over the whole map, dust or rain
    weather: str = "dust"  # how the map's storm looks: "dust" or "rain" (the rules read only its strength)
    wind_angle: float = 0.0  # rad, the way the wind blows (0 = east)
    wind_speed: float = 40.0  # px/s that dust drifts
    time_limit: float = 0.0  # s to win the level in; 0 for no limit
    next_level: str = ""  # the map to play once this one is won (its whole path), "" for none
    # what the game will ignore (image layers, unknown classes): worth a look, not fatal
    warnings: tuple[Problem, ...] = ()
    files: tuple[str, ...] = ()  # every file it was read from: the map, its .tsx tilesets, .tx templates and images
    player_spawn_where: str = NO_PLAYER_SPAWN  # its layer, id and name, for messages
    # (id, name; "" for none) of the player spawn's map object, as the map has them (F3 shows them; the messages'
    # player_spawn_where has the name cut and escaped); None for a level made with no object to name. Not in
    # content_hash, which lists what it digests.
    player_spawn_object: tuple[int, str] | None = None
    # Its place as Tiled shows it (places.shown_at: a point's X and Y; a rectangle's corner and size), where messages
    # name player_spawn, the centre; "" for none. Not in content_hash.
    player_spawn_shown: str = ""
    # Each solid tile's gid (no flip bits) → how messages name it, `tile 22 of tileset "…"`, for the checker's word on
    # what a spawn stands on. Out of the repr and compare: play goes by `solid`, and content_hash does not digest it.
    solid_tiles: dict[int, str] = field(default_factory=dict, repr=False, compare=False)
    # The tile layer the map marks walls on alone, as the map spells its name ("" for none), for the same word
    collision_layer: str = field(default="", repr=False, compare=False)
    # Which of `gates` are shut in `solid` (with_gates), for the same word: a gate's cells name the gate
    gates_shut: tuple[bool, ...] = field(default=(), repr=False, compare=False)
    # The level with_gates added those gates' cells to (None for a map's own walls): the tables over the walls below are
    # made from that level's, a few cells changed, not afresh over the whole map in the tick a gate moves
    gated_from: "LevelData | None" = field(default=None, repr=False, compare=False)

    @property
    def pixel_size(self) -> tuple[int, int]:
        return self.width * self.tile_width, self.height * self.tile_height

    @functools.cached_property
    def content_hash(self) -> str:
        """A digest of everything the game reads from the map (not its file path): the same map edited in
        Tiled in a way that changes the game gives a different hash, so old replays can be refused. Made once: a
        suspend save and a replay ask for it, and on a 1,000 x 1,000 map the walls' repr takes some 70 ms."""
        digest = hashlib.sha256()
        for name in ("title", "width", "height", "tile_width", "tile_height", "solid", "player_spawn",
                     "enemy_spawns", "triggers", "objectives", "zones", "music", "storm", "wind_angle",
                     "wind_speed", "time_limit"):
            digest.update(f"{name}={getattr(self, name)!r};".encode())
        if self.weather != "dust":  # a map without it, or with dust, keeps the hash it had, and its saves and replays
            digest.update(f"weather={self.weather!r};".encode())
        if self.arrivals:
            digest.update(f"arrivals={[(spawn.object_id, spawn.arrives) for spawn in self.arrivals]!r};".encode())
        left_out = [(spawn.object_id, spawn.difficulty) for spawn in self.enemy_spawns if spawn.difficulty != "easy"]
        if left_out:  # likewise: a map placing every machine on every difficulty hashes as before
            digest.update(f"difficulty={left_out!r};".encode())
        if any(objective.after for objective in self.objectives):
            digest.update(f"after={[(o.object_id, o.after) for o in self.objectives if o.after]!r};".encode())
        if self.gates:  # likewise: a map without gates hashes as before them
            digest.update(f"gates={self.gates!r};".encode())
        return digest.hexdigest()[:16]

    def with_gates(self, shut: tuple[bool, ...]) -> "LevelData":
        """The level as its walls stand with these of its gates shut (one flag per gate, in file order): its own
        solid cells and every shut gate's. A LevelData of its own, so each table over the walls (roomy, walls_before,
        open_cells, the route tables kept by the walls) is made for it and never goes stale; made once per set of
        gates shut and kept here, beside the level, which never changes: a restart starts from the map's own walls."""
        if True not in shut:
            return self
        made = self._walls_by_gates.get(shut)
        if made is None:
            rows = {}  # row → its cells, for the rows a shut gate crosses; every other row is the level's own
            for gate, closed in zip(self.gates, shut):
                for column, row in gate.cells(self.tile_width, self.tile_height) if closed else ():
                    if 0 <= row < self.height and 0 <= column < self.width:
                        rows.setdefault(row, list(self.solid[row]))[column] = True
            solid = tuple(tuple(rows[row]) if row in rows else cells for row, cells in enumerate(self.solid))
            made = self._walls_by_gates[shut] = dataclasses.replace(self, solid=solid, gates_shut=shut,
                                                                    gated_from=self)
            if "open_cells" in vars(self):  # the level's, its gates' cells shut: not a million cells read again
                cells = vars(made)["open_cells"] = self.open_cells.copy()  # as the cached property keeps it
                for column, row in made._gate_cells:
                    cells[row + 1, column + 1] = False
        return made

    @property
    def walls_at_start(self) -> "LevelData":
        """The level as its walls stand as play starts: the gates that start shut, shut."""
        return self.with_gates(tuple(gate.starts_shut for gate in self.gates))

    @functools.cached_property
    def _walls_by_gates(self) -> dict[tuple[bool, ...], "LevelData"]:
        """with_gates' levels made so far, by the gates shut."""
        return {}

    @functools.cached_property
    def arrivals(self) -> tuple[EnemySpawn, ...]:
        """The enemy spawns that arrive during play (their `arrives` set), in file order."""
        return tuple(spawn for spawn in self.enemy_spawns if spawn.arrives)

    def arrivals_on(self, difficulty: str) -> list[EnemySpawn]:
        """The arrivals placed on `difficulty` (their `difficulty`, the easiest they are on), in file order."""
        return [spawn for spawn in self.arrivals if spawn.placed_on(difficulty)]

    def is_solid_cell(self, column: int, row: int) -> bool:
        """Solid cells block movement, shots and sight; outside the map counts as solid."""
        if 0 <= column < self.width and 0 <= row < self.height:
            return self.solid[row][column]
        return True

    @functools.cached_property
    def roomy(self) -> tuple[tuple[bool, ...], ...]:
        """[row][column]: the cell and its eight neighbours are all open. A circle of radius at most a tile, centred
        anywhere in such a cell, reaches no further than those neighbours, so it touches no wall: one lookup answers
        what would take four (built on first use; with gates shut, only the rows round them, the rest shared)."""
        if self.gated_from is None:
            return tuple(map(tuple, self.roomy_cells[1:-1, 1:-1].tolist()))
        rows = list(self.gated_from.roomy)
        for row in sorted({row for _, row in self._gate_cells}):
            for near in range(max(row - 1, 0), min(row + 2, self.height)):
                rows[near] = tuple(self.roomy_cells[near + 1, 1:-1].tolist())
        return tuple(rows)

    @functools.cached_property
    def roomy_cells(self) -> np.ndarray:
        """[row + 1, column + 1]: `roomy` as an array in a border of False, to ask about many circles at once
        (built on first use, from open_cells: outside the map counts as solid)."""
        cells = self.open_cells
        across = cells[:, :-2] & cells[:, 1:-1] & cells[:, 2:]  # a cell and its sides, each row
        roomy = np.zeros_like(cells)
        roomy[1:-1, 1:-1] = across[:-2] & across[1:-1] & across[2:]  # and the rows above and below
        return roomy

    @functools.cached_property
    def walls_before(self) -> "tuple[tuple[int, ...], ...] | _SumsWithCells":
        """[row + 1][column + 1]: how many solid cells lie above and left of that one (a summed-area table, the map
        in a border of solid cells), so four lookups count the walls in any box of cells (built on first use). With
        gates shut, every row below a gate differs from the level's: each row is made as it is first asked for."""
        if self.gated_from is None:
            return tuple(map(tuple, self._wall_sums.tolist()))
        opened = self.gated_from.open_cells
        added = [(row + 1, column + 1) for column, row in self._gate_cells if opened[row + 1, column + 1]]
        return _SumsWithCells(self.gated_from._wall_sums, added)

    @functools.cached_property
    def _wall_sums(self) -> np.ndarray:
        """walls_before as an array."""
        sums = np.zeros((self.height + 3, self.width + 3), dtype=np.int64)
        sums[1:, 1:] = (~self.open_cells).cumsum(0).cumsum(1)
        return sums

    @functools.cached_property
    def _gate_cells(self) -> list[tuple[int, int]]:
        """(column, row) of the cells on the map of the gates shut in `solid` (those of with_gates)."""
        return list(dict.fromkeys((column, row) for gate, shut in zip(self.gates, self.gates_shut) if shut
                                  for column, row in gate.cells(self.tile_width, self.tile_height)
                                  if 0 <= row < self.height and 0 <= column < self.width))  # once each: gates overlap

    def cells_at(self, xs: np.ndarray, ys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(rows, columns) of the points' cells in the bordered tables (open_cells, roomy_cells): a point off the map
        falls in the border."""
        # np.minimum and np.maximum, not np.clip: a third of the cost on a few hundred values
        columns = np.minimum(np.maximum(np.floor(xs / self.tile_width).astype(np.intp) + 1, 0), self.width + 1)
        rows = np.minimum(np.maximum(np.floor(ys / self.tile_height).astype(np.intp) + 1, 0), self.height + 1)
        return rows, columns

    def roomy_at(self, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
        """For each point, whether its cell is roomy (`roomy`; off the map, never): the bordered table as one row, a
        cell at row * its width + column, and take(), the cheapest lookup of a few hundred points.

        cells_at's answer, worked out in fewer and cheaper numpy calls (three calls of ~300 points a stress tick, 9 ->
        ~5 µs each): each step in place, the cells clamped while still floats (fmax and fmin: a NaN falls in the
        border, as in cells_at) and made integers once, and the numbers as 0-d arrays (_roomy_numbers)."""
        tile_width, tile_height, border, last_column, last_row, row_length, first_cell = self._roomy_numbers
        columns, rows = xs / tile_width, ys / tile_height
        np.floor(columns, out=columns)
        np.floor(rows, out=rows)
        np.fmin(np.fmax(columns, border, out=columns), last_column, out=columns)
        np.fmin(np.fmax(rows, border, out=rows), last_row, out=rows)
        rows *= row_length
        rows += columns
        rows += first_cell  # the bordered table's row + 1 and column + 1
        return self.roomy_cells.ravel().take(rows.astype(np.intp))

    @functools.cached_property
    def _roomy_numbers(self) -> tuple[np.ndarray, ...]:
        """roomy_at's numbers: the tile's width and height, the border's row and column before the map's first (-1) and
        after its last, the bordered table's row length and the index of the map's first cell in it. As 0-d arrays:
        numpy 2 takes a slower way with a Python number in an operation than with an array (~0.15 µs a call)."""
        return tuple(np.array(float(number)) for number in (self.tile_width, self.tile_height, -1, self.width,
                                                              self.height, self.width + 2, self.width + 3))

    @functools.cached_property
    def open_cells(self) -> np.ndarray:
        """[row + 1, column + 1]: True where a cell is open, in a border of solid cells (outside the map counts as
        solid), to ask about many points at once (built on first use)."""
        cells = np.zeros((self.height + 2, self.width + 2), dtype=bool)
        cells[1:-1, 1:-1] = ~np.array(self.solid, dtype=bool).reshape(self.height, self.width)
        return cells


class _SumsWithCells(dict):
    """A summed-area table's rows (LevelData.walls_before) with a few solid cells added, each row made as it is first
    asked for: a shut gate's walls in the tick it shuts cost the rows play asks about, not the whole map's."""

    def __init__(self, sums: np.ndarray, added: list[tuple[int, int]]) -> None:
        super().__init__()
        self.sums = sums  # the table without them
        self.added = sorted(added)  # [row, column] of each cell added, in the bordered table
        self.shifts: dict[int, np.ndarray] = {}  # what the first n of them add along a row below them, by n

    def __missing__(self, row: int) -> tuple[int, ...]:
        row = range(len(self.sums))[row]  # as a tuple's index: from the end when negative, IndexError past it
        above = bisect.bisect_left(self.added, (row, -1))  # the cells added in rows above this one count in it
        shift = self.shifts.get(above)
        if shift is None:  # each cell counts in the columns right of it
            shift = self.shifts[above] = np.bincount([column + 1 for _, column in self.added[:above]],
                                                     minlength=self.sums.shape[1]).cumsum()
        made = self[row] = tuple((self.sums[row] + shift).tolist())
        return made
