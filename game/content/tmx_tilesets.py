"""A map's tilesets: files found and checked, tile `solid` flags read, and pytmx asked where each used tile's
picture is."""

import struct
import zlib
from collections import Counter
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

import pytmx

from game.content.errors import one_line, quote, unreadable
from game.content.level_data import CornerNames
from game.content.tmx_data import GID_FLAGS, MAX_GID
from game.content.tmx_limits import MAX_DISTINCT_TILES, MAX_TILE_PX, MAX_TILESET_TILES, MAX_TILESETS
from game.content.tmx_moved import lost_link
from game.content.tmx_properties import PropertyTypeError, convert, read_properties
from game.content.tmx_report import MapReport
from game.content.tmx_values import BadValue, int_attr
from game.content.tmx_xml import (XmlRefused, file_name, foreign_path, missing, path_from, read_xml, relink_hint,
                                  written_whole)
from game.content.words import counted
from game.files import is_file, real_path

GAME_TILESETS = Path(__file__).resolve().parents[2] / "assets" / "tilesets"  # the game's own
MAX_IMAGE_PX = 32768  # a side of a tileset image; also bounds the grid pytmx walks


@dataclass(frozen=True)
class TileRef:
    """Where a tile's picture is: a rectangle of an image file (absolute path)."""
    source: str
    x: int
    y: int
    width: int
    height: int
    # (its edge Wang set's place among the tileset's Wang sets, the sides N 1, E 2, S 4, W 8 that set's colour is
    # on) for a tile of a terrain brush (an autotile); None for any other tile. Only the map view reads it.
    edge: tuple[int, int] | None = None
    tileset: CornerNames | None = None  # its tileset, for the checker's word on inside-corner sheets


@dataclass
class Tilesets:
    """What a map's tilesets give it: each tile's picture, the solid tiles."""
    pictures: dict[int, TileRef] = field(default_factory=dict)  # used gid (with flip bits) → picture
    # gids (no flip bits) whose tile has `solid` = true → the tile as messages name it: `tile 22 of tileset "…"`
    solid: dict[int, str] = field(default_factory=dict)
    unreadable: list[tuple[int, int]] = field(default_factory=list)  # gid ranges whose problem is already told
    files: list[str] = field(default_factory=list)  # the external .tsx files read
    # Tilesets embedded in the map with one image (not .tsx files): (how messages name it, the image's whole path,
    # how many of its tiles are solid), for the game to tell a copy of its own tileset (level.py)
    embedded: list[tuple[str, str, int]] = field(default_factory=list)


@dataclass
class _Tileset:
    """What the checks found in one <tileset>, ready to hand to pytmx as a plain embedded tileset."""
    firstgid: int
    where: str
    sanitised: ET.Element | None = None
    tile_count: int = 0  # gids firstgid .. firstgid + tile_count - 1 belong to it
    collection_sizes: dict[int, tuple[int, int]] = field(default_factory=dict)  # image-collection tile id → size
    image_size: tuple[int, int] | None = None  # the grid image's real size, for the bounds check
    said_size: tuple[int, int] | None = None  # the size the tileset's <image> gives it, when it gives one
    image_path: str = ""  # the grid image's whole path
    tile_size: tuple[int, int] = (0, 0)  # px, as the tileset gives it
    spacing_margin: tuple[int, int] = (0, 0)  # px between tiles and round the image's edge, as the tileset gives them
    edges: dict[int, tuple[int, int]] = field(default_factory=dict)  # tile id → TileRef.edge
    # An animated tile's id → its animation's first frame's tile id, where that is another tile: the picture Tiled
    # shows as a map opens, which the game draws as the tile's one still picture (it does not animate tiles)
    first_frames: dict[int, int] = field(default_factory=dict)
    corner_names: CornerNames | None = None  # set once it is read

    @property
    def image_name(self) -> str:
        """The grid image's file name, for messages."""
        return Path(self.image_path).name


def read_tilesets(map_root: ET.Element, map_file: str, used: set[int], report: MapReport,
                  grid: tuple[int, int]) -> Tilesets:
    """Check every tileset of the map (its grid `grid` px) and find the picture of every gid in `used` (those with
    flip bits too).

    A gid in `used` that ends up in neither `pictures` nor an `unreadable` range is unknown: no tileset has it.
    """
    folder = Path(map_file).parent
    found = Tilesets()
    sets = []
    for node in map_root.findall("tileset"):
        if len(sets) >= MAX_TILESETS:
            report.problem("map", f"at most {MAX_TILESETS} tilesets", "more")
            break
        solid_before = len(found.solid)
        tileset = _read_one(node, folder, map_file, report, found.solid, found.files)
        if tileset is not None:
            sets.append(tileset)
            if node.get("source") is None and tileset.image_path:
                found.embedded.append((tileset.where, tileset.image_path, len(found.solid) - solid_before))
    sets.sort(key=lambda t: t.firstgid)
    for i, tileset in enumerate(sets):
        end = sets[i + 1].firstgid if i + 1 < len(sets) else MAX_GID + 1
        if tileset.sanitised is None:
            found.unreadable.append((tileset.firstgid, end))
        elif (_resized(tileset, end, used, grid, report) or _gapped(tileset, end, used, report)
              or _shrunk(tileset, end, used, report)):
            found.unreadable.append((tileset.firstgid + tileset.tile_count, end))
    if any(t.sanitised is not None for t in sets) and used:
        found.pictures = _pictures(sets, map_file, used, report, found.unreadable)
    return found


def _read_one(node: ET.Element, folder: Path, map_file: str, report: MapReport, solid: dict[int, str],
              files: list[str]) -> _Tileset | None:
    reference = node.get("source")
    where = f"tileset {quote(reference or node.get('name', ''))}"
    try:
        firstgid = int_attr(node, "firstgid", low=1, high=MAX_GID)
    except BadValue as bad:
        report.problem(f"{where}, attribute firstgid", bad.expected, bad.found)
        return None
    tileset = _Tileset(firstgid, where)
    if reference is None:
        element, base, source = node, folder, ""
    else:
        path = real_path(folder / reference)
        report.files.append(str(path))
        element = _external(path, reference, folder, map_file, where, report)
        if element is None:
            return tileset  # unreadable: its gids are not reported again as unknown
        files.append(str(path))
        base, source = path.parent, reference  # its images are relative to the .tsx
        if written_whole(reference):
            report.warning(where, "a path relative to this map, as Tiled writes it", quote(reference),
                           "the map finds it only on this computer: keep the tileset in the game's folder and add it "
                           "to the map again with Map > Add External Tileset")
    with report.blaming(source):  # what is wrong inside a .tsx is mended by saving it, not the map
        ok = _read_tileset(element, base, tileset, report, solid)
    if ok:
        names = [Path(reference).stem] if reference else []
        own = element.get("name", "")
        if own and own not in (".", "..") and not set("/\\") & set(own):  # a name, not a way to another folder
            names.append(own)
        sheets = (str(base / f"{name}_corners.png") for name in names)
        # an image collection has no tileset image: every tile its own picture
        tileset.corner_names = CornerNames(where, tuple(dict.fromkeys(sheets)), not tileset.image_path,
                                           reference or "")
        return tileset
    tileset.sanitised = None
    return tileset


def _moved_hint(reference: str, path: Path, folder: Path, map_file: str) -> str:
    """The fix for a tileset not where the map says: a map moved out of levels/ (or a tileset moved) loses its way to
    the game's tileset, so one of a name in assets/tilesets/ is pointed to, with its path from the map's folder."""
    said = f"{Path(map_file).name} refers to {quote(reference)}"
    lost = lost_link(GAME_TILESETS, reference, path)
    if lost is None:
        return f"{said}; restore the file or fix the path in Tiled"
    game = lost.game_file
    return (f"{said}; the game's own assets/tilesets/{game.name} is {path_from(folder, game)} from this map: "
            + relink_hint(f"assets/tilesets/{game.name}", "in the Tilesets view, Replace Tileset (Map > Replace "
                                                          "Tileset...) with it"))


def _external(path: Path, reference: str, folder: Path, map_file: str, where: str,
              report: MapReport) -> ET.Element | None:
    """The <tileset> of the .tsx file at `path` (resolved; the map names it `reference`), or None after a problem."""
    if path.suffix.lower() != ".tsx":
        report.problem(where, "a tileset saved as .tsx (XML)", f"a {quote(path.suffix or 'file', 10)} tileset",
                       "this game reads XML tilesets; in Tiled, export the tileset as .tsx and use that")
        return None
    if not is_file(path):
        elsewhere = foreign_path(reference)
        if elsewhere:  # joined to the map's folder, it would read as a path nobody wrote
            game = GAME_TILESETS / file_name(reference)
            file = f"assets/tilesets/{game.name}" if game.is_file() else "the game's tileset in assets/tilesets"
            report.problem(where, "a tileset file that exists, named relative to the map as Tiled writes it",
                           elsewhere, relink_hint(file, "in the Tilesets view, Replace Tileset (Map > Replace "
                                                        "Tileset...) with it"))
            return None
        report.problem(where, "a tileset file that exists", missing(path, folder),
                       _moved_hint(reference, path, folder, map_file), lost=lost_link(GAME_TILESETS, reference, path))
        return None
    try:
        element = read_xml(path, "a Tiled tileset", shared=True)
    except XmlRefused as refused:
        place = f" ({refused.where})" if refused.where else ""
        report.problem(where, refused.expected, f"{refused.found} in {path}{place}", refused.hint, source=reference)
        return None
    if element.tag != "tileset":
        report.problem(where, f"a <tileset> in {path}", f"<{one_line(element.tag, 40)}>", source=reference)
        return None
    return element


def _read_tileset(element: ET.Element, base: Path, tileset: _Tileset, report: MapReport,
                  solid: dict[int, str]) -> bool:
    """Read one tileset's settings, images and tile flags into `tileset` (and the solid tiles' gids into `solid`),
    with the plain copy of it pytmx is given; True when pytmx can be given it."""
    name = element.get("name", "")
    where = tileset.where
    try:
        tile_w = int_attr(element, "tilewidth", low=1, high=MAX_TILE_PX)
        tile_h = int_attr(element, "tileheight", low=1, high=MAX_TILE_PX)
        spacing = int_attr(element, "spacing", 0, low=0, high=MAX_IMAGE_PX)
        margin = int_attr(element, "margin", 0, low=0, high=MAX_IMAGE_PX)
    except BadValue as bad:
        report.problem(f"{where}, attribute {bad.name}", bad.expected, bad.found)
        return False
    tileset.tile_size = (tile_w, tile_h)
    sanitised = ET.Element("tileset", {"firstgid": str(tileset.firstgid), "name": name, "tilewidth": str(tile_w),
                                       "tileheight": str(tile_h), "spacing": str(spacing), "margin": str(margin)})
    if ((offset := element.find("tileoffset")) is not None
            and (offset.get("x", "0"), offset.get("y", "0")) != ("0", "0")):
        report.warning(where, "tiles drawn where they are", "a drawing offset (tileoffset)",
                       "the game ignores a tileset's drawing offset")
    image = element.find("image")
    ok = image is None or _read_sheet(image, base, tileset, (spacing, margin), report, sanitised)
    ok = _read_tiles(element, base, tileset, image is None, report, solid, sanitised) and ok
    tileset.edges = _edge_sides(element)
    if image is None and not tileset.collection_sizes and ok:
        report.problem(where, "a tileset image or tiles with images", "neither")
        ok = False
    tileset.sanitised = sanitised if ok else None
    return ok


def _edge_sides(element: ET.Element) -> dict[int, tuple[int, int]]:
    """Each tile of the tileset's edge Wang sets (Tiled's terrain brushes: the autotiles) → (the set's place among
    its Wang sets, the sides N 1, E 2, S 4, W 8 that carry its colour), for the map view to fill the autotiles'
    inside corners. Only that polish rests on it, so a set or tile written otherwise than Tiled writes an edge set
    of one colour is passed over, not reported."""
    sides = {}
    for place, wangset in enumerate(element.iterfind("wangsets/wangset")):
        if wangset.get("type") != "edge":
            continue
        for tile in wangset.iterfind("wangtile"):
            try:
                tile_id, colours = int(tile.get("tileid", "")), [int(c) for c in tile.get("wangid", "").split(",")]
            except ValueError:
                continue
            edges = colours[0::2]  # top, right, bottom, left: the corners between them are unused in an edge set
            if len(colours) == 8 and tile_id >= 0 and len(set(edges) - {0}) == 1:
                sides.setdefault(tile_id, (place, sum(bit for bit, c in zip((1, 2, 4, 8), edges) if c)))
    return sides


def _read_sheet(image: ET.Element, base: Path, tileset: _Tileset, spacing_margin: tuple[int, int],
                report: MapReport, sanitised: ET.Element) -> bool:
    """The tileset's one image, cut into tiles: its size and tile count into `tileset`; False after a problem."""
    picture = _image(image, base, tileset.where, report)
    if picture is None:
        return False
    (spacing, margin), (tile_w, tile_h) = spacing_margin, tileset.tile_size
    source, width, height = picture
    columns = (width - 2 * margin + spacing) // (tile_w + spacing)
    rows = (height - 2 * margin + spacing) // (tile_h + spacing)
    tileset.tile_count = max(0, columns) * max(0, rows)
    tileset.spacing_margin = (spacing, margin)
    tileset.image_size = (width, height)
    tileset.image_path = source
    try:  # Tiled's note of the size; one it cannot be read as (a slip by hand, "²" or 5,000 digits) says nothing
        said = int_attr(image, "width", None), int_attr(image, "height", None)
    except BadValue:
        said = None, None
    tileset.said_size = None if None in said else said
    ET.SubElement(sanitised, "image", {"source": source, "width": str(width), "height": str(height)})
    if columns * rows > MAX_TILESET_TILES:
        report.problem(tileset.where, f"a tileset of at most {MAX_TILESET_TILES:,} tiles", f"{columns * rows:,}")
        return False
    return True


def _read_tiles(element: ET.Element, base: Path, tileset: _Tileset, collection: bool, report: MapReport,
                solid: dict[int, str], sanitised: ET.Element) -> bool:
    """The tileset's <tile> entries: which block (into `solid`), and in an image collection (`collection`: no
    tileset image, every tile its own picture) each tile's picture; False after a problem."""
    where = tileset.where
    ok, animated = True, False
    near_misses: dict[str, int] = {}  # a property name that looks meant as `solid` → tiles with it
    meant_classes: dict[str, int] = {}  # likewise a tile's class (or type), where the tile is not solid
    # A `solid` of the wrong type is one mistake however many tiles carry it (Tiled sets a property on every tile
    # selected at once): (expected, found, hint) → the ids of the tiles with it, told in one line
    wrong_flags: dict[tuple[str, str, str], list[int]] = {}
    for tile in element.findall("tile"):
        try:
            tile_id = int_attr(tile, "id", low=0, high=MAX_GID - tileset.firstgid)
        except BadValue as bad:
            report.problem(f"{where}, a tile's attribute id", bad.expected, bad.found)
            ok = False
            continue
        animated = animated or tile.find("animation") is not None
        frame = tile.find("animation/frame")
        # isdecimal, not isdigit: "²" is a digit int() refuses, a loader bug's line for a slip in a hand-edited .tsx
        if frame is not None and frame.get("tileid", "").isdecimal() and int(frame.get("tileid")) != tile_id:
            tileset.first_frames[tile_id] = int(frame.get("tileid"))
        wrong = _solid_flag(tile, tileset.firstgid + tile_id, f"tile {tile_id} of {where}", solid)
        if wrong is not None:
            wrong_flags.setdefault((wrong.expected, wrong.found, wrong.hint), []).append(tile_id)
        for name in read_properties(tile):
            if name != "solid" and name.strip().lower() in _MEANT_SOLID:
                near_misses[name] = near_misses.get(name, 0) + 1
        # Tiled 1.9+ calls a tile's type its Class: one named solid is meant as the flag, which is a property
        meant = tile.get("class", tile.get("type", ""))
        if meant.strip().lower() in _MEANT_SOLID and tileset.firstgid + tile_id not in solid:
            meant_classes[meant] = meant_classes.get(meant, 0) + 1
        tile_image = tile.find("image")
        if tile_image is not None and collection:
            picture = _image(tile_image, base, f"{where}, tile {tile_id}", report)
            if picture is None:
                ok = False
                continue
            source, width, height = picture
            tileset.collection_sizes[tile_id] = (width, height)
            tileset.tile_count = max(tileset.tile_count, tile_id + 1)
            # pytmx gets the tile and its picture only: no properties (reserved names and class properties
            # crash it), no animation or collision shapes (unvalidated numbers), nothing it could trip on.
            copy = ET.SubElement(sanitised, "tile", {"id": str(tile_id)})
            ET.SubElement(copy, "image", {"source": source, "width": str(width), "height": str(height)})
    for (expected, found, hint), tile_ids in wrong_flags.items():
        report.problem(f"{where}, {_tiles_named(tile_ids)}, property solid", expected, found, hint)
    if animated:
        report.warning(where, "still tiles", "animated tiles", "the game draws each animated tile as its animation's "
                       "first frame, still")
    for name, count in near_misses.items():
        report.warning(where, 'a bool property named "solid" on the tiles that block', f"property {quote(name)} on "
                       f"{counted(count, 'tile')}", 'the game reads only "solid": rename it, or those '
                       "tiles block nothing")
    for name, count in meant_classes.items():
        report.warning(where, 'a bool property named "solid" on the tiles that block', f"class {quote(name)} on "
                       f"{counted(count, 'tile')}, none of them with the property", CLASS_IS_NOT_SOLID)
    return ok


def _resized(tileset: _Tileset, end: int, used: set[int], grid: tuple[int, int], report: MapReport) -> bool:
    """True, after a problem, when the map uses tiles past the end of a tileset whose tiles are not the size of the
    map's grid: the tile size was changed after the map was painted (in a .tsx, say), which cuts the image into other
    tiles. Else those cells would each be told as an unknown tile, and the size never named. (Tiles of another size
    are not wrong in themselves: Tiled and the game draw larger ones from the cell's bottom-left corner.)"""
    if tileset.image_size is None or tileset.tile_size == grid:  # an image collection's tiles have sizes of their own
        return False
    past = _past_the_end(tileset, end, used)
    if not past:
        return False
    count = tileset.tile_count
    cut = f"{count} (ids 0 to {count - 1})" if count > 1 else "1 (id 0)" if count else "none"
    report.problem(tileset.where, f"tiles of {grid[0]} x {grid[1]} px, the map's grid",
                   f"tiles of {tileset.tile_size[0]} x {tileset.tile_size[1]} px, which cut {tileset.image_name} into "
                   f"{cut}, but the map uses ids up to {max(past)}",
                   f"was the tileset's tile size changed after the map was made? set Tile Width and Height back to "
                   f"{grid[0]} x {grid[1]} px in the tileset's properties (Tileset > Tileset Properties), or restore "
                   "its file")
    return True


def _gapped(tileset: _Tileset, end: int, used: set[int], report: MapReport) -> bool:
    """True, after a problem, when the map uses tiles past the end of a tileset whose margin or spacing cut its image
    into fewer tiles than it holds without them: the gaps were set on a sheet drawn without (or wider than it was
    drawn with). Else each cell would be told as an unknown tile, blaming the map for what the tileset says."""
    spacing, margin = tileset.spacing_margin
    if tileset.image_size is None or not (spacing or margin):
        return False
    past = _past_the_end(tileset, end, used)
    (width, height), (tile_w, tile_h) = tileset.image_size, tileset.tile_size
    whole = (width // tile_w) * (height // tile_h)  # what the image holds with no gaps at all
    if not past or max(past) >= whole:
        return False
    report.problem(tileset.where, f"a margin and spacing that fit {tileset.image_name} ({width} x {height} px)",
                   f"margin {margin} px and spacing {spacing} px, which leave room in it for {_held(tileset)} of "
                   f"{tile_w} x {tile_h} px, but the map uses ids up to {max(past)}",
                   f"without gaps it holds {whole}: if its tiles touch, set Margin and Spacing to 0 in the tileset's "
                   "properties (Tileset > Tileset Properties); else set them to the gaps the image has")
    return True


def _shrunk(tileset: _Tileset, end: int, used: set[int], report: MapReport) -> bool:
    """True, after a problem, when the map uses tiles past the end of a tileset whose image is smaller than the
    tileset says: the picture was replaced by a smaller one (or cut down). Else each cell would be told as an unknown
    tile, dozens of lines blaming the map for one file."""
    if tileset.image_size is None or tileset.said_size is None:
        return False
    (width, height), (said_w, said_h) = tileset.image_size, tileset.said_size
    past = _past_the_end(tileset, end, used)
    if not past or (width >= said_w and height >= said_h):
        return False
    report.problem(tileset.where, f"{tileset.image_name} of {said_w} x {said_h} px, as the tileset says",
                   f"{width} x {height} px, which holds {_held(tileset)} of {tileset.tile_size[0]} x "
                   f"{tileset.tile_size[1]} px, but the map uses ids up to {max(past)}",
                   "was the picture replaced by a smaller one? restore it, or pick the right image in Tileset > "
                   "Tileset Properties; make art draws the game's own again")
    return True


def _held(tileset: _Tileset) -> str:
    """The tiles its image is cut into, as a message names them: "72 tiles (ids 0 to 71)", "1 tile (id 0)"."""
    count = tileset.tile_count
    return f"{count} tiles (ids 0 to {count - 1})" if count > 1 else "1 tile (id 0)" if count else "no tile"


def _past_the_end(tileset: _Tileset, end: int, used: set[int]) -> list[int]:
    """The tile ids (from the tileset's first) the map uses in the tileset's gid range `end` but past its tiles."""
    return [gid - tileset.firstgid for gid in {g & ~GID_FLAGS for g in used}
            if tileset.firstgid + tileset.tile_count <= gid < end]


def painted_size(tiles) -> tuple[int, int, str] | None:
    """(width, height, image) of most of the different tiles a map is painted with (TileRef or TileImage; a tall one
    from an image collection may stand out of its cell): the size the map's grid must be; None for no tiles."""
    sizes = Counter((tile.width, tile.height, tile.source) for tile in tiles)
    return sizes.most_common(1)[0][0] if sizes else None


# A tile's class is not its `solid` flag: the game reads the one property, as the Tiled project and the docs list it,
# not a second way that Tiled spells `type` before 1.9 and a project's class may give members of its own
CLASS_IS_NOT_SOLID = ("the game reads the bool property solid, not a tile's Class: select those tiles in the Tilesets "
                      "view and add a bool property named solid, ticked (the class may stay), or they block nothing")


# Names other tools and habits give the flag the game reads as `solid`.
_MEANT_SOLID = {"solid", "is_solid", "issolid", "solids", "collision", "collide", "collides", "blocked", "blocking",
                "blocks", "wall", "obstacle"}


def _solid_flag(tile: ET.Element, gid: int, named: str, solid: dict[int, str]) -> PropertyTypeError | None:
    """Add the tile's gid to `solid`, as messages name it (`named`), when its `solid` property is true; what is wrong
    with that property, if any."""
    prop = read_properties(tile).get("solid")
    if prop is None:
        return None
    try:
        if convert(prop, "bool"):
            solid[gid] = named
    except PropertyTypeError as wrong:
        return wrong
    return None


def _tiles_named(tile_ids: list[int]) -> str:
    """Tile ids as a message names them, runs of three or more joined: "tile 16", "tiles 16 to 23, 32 and 40 (10
    tiles)"."""
    ids = sorted(set(tile_ids))
    if len(ids) == 1:
        return f"tile {ids[0]}"
    if len(ids) == 2:
        return f"tiles {ids[0]} and {ids[1]}"
    runs: list[list[int]] = []
    for tile_id in ids:
        if runs and tile_id == runs[-1][-1] + 1:
            runs[-1].append(tile_id)
        else:
            runs.append([tile_id])
    named = [f"{run[0]} to {run[-1]}" if len(run) > 2 else ", ".join(map(str, run)) for run in runs]
    listed = ", ".join(named).rsplit(", ", 1)
    if len(listed) == 1:
        return f"tiles {listed[0]}"
    return f"tiles {listed[0]} and {listed[1]} ({len(ids)} tiles)"


def _image(image: ET.Element, base: Path, where: str, report: MapReport) -> tuple[str, int, int] | None:
    """(absolute path, width, height) of an <image>, after checking the file is there; None after a problem."""
    reference = image.get("source")
    if not reference:
        found = "an image embedded in the file" if image.find("data") is not None else "an <image> with no source"
        report.problem(where, "an image file", found, "use an image file (PNG) for the tileset")
        return None
    path = real_path(base / reference)
    report.files.append(str(path))
    if not is_file(path):
        # The renderer loads tileset images later, with pygame; a missing one must be found here, by name.
        report.problem(where, "a tileset image that exists", missing(path, Path(report.file).parent),
                       f"the tileset refers to {quote(reference)}; restore the image or fix the path in Tiled")
        return None
    if written_whole(reference):
        report.warning(where, "an image path relative to the file naming it, as Tiled writes it", quote(reference),
                       "the map finds it only on this computer: keep the image in the game's folder and pick it "
                       "again in the tileset's (or the tile's) Image property")
    if image.get("trans"):
        report.warning(where, "an image with transparency (alpha)",
                       f"a transparent colour #{one_line(image.get('trans'), 8)}",
                       "the game ignores Tiled's transparent colour; save the PNG with an alpha channel")
    damage, size = _image_damage(path)  # the size the file decides, as in Tiled; the attributes may be stale
    if damage:  # the renderer would fail on it, mid-start, with no word of which file
        report.problem(where, "a tileset image the game can read", f"{damage} ({path.name})",
                       "save the image again from your image editor, or restore it" if path.suffix.lower() == ".png"
                       else "save it as a PNG from your image editor, or pick the right file as the tileset's image")
        return None
    try:
        width = size[0] if size else int_attr(image, "width", low=1, high=MAX_IMAGE_PX)
        height = size[1] if size else int_attr(image, "height", low=1, high=MAX_IMAGE_PX)
    except BadValue as bad:
        report.problem(f"{where}, image attribute {bad.name}", bad.expected, bad.found,
                       "open the tileset in Tiled and save it, so it records the image size")
        return None
    if not (1 <= width <= MAX_IMAGE_PX and 1 <= height <= MAX_IMAGE_PX):
        report.problem(where, f"an image of at most {MAX_IMAGE_PX} x {MAX_IMAGE_PX} px", f"{width} x {height} px")
        return None
    return str(path), width, height


PNG = b"\x89PNG\r\n\x1a\n"
CORNER_COLUMNS = 4  # the inside-corner pieces across a row of X_corners.png (game/view/tiles.py INSIDE_CORNERS)


def corners_sheet(path: str) -> Path:
    """X_corners.png beside tileset image X.png, where its autotiles' inside-corner pieces are looked for, a row for
    each Wang set (game/view/tiles.py reads it), whether there or not."""
    source = Path(path)
    return source.with_name(f"{source.stem}_corners.png")


def image_damage(path: Path) -> tuple[str, tuple[int, int] | None]:
    """An image the game reads beside a tileset's (X_corners.png), looked at as the tileset's own is: what is wrong
    with it ("" for nothing) and its size, with no display."""
    return _image_damage(path)


def _image_damage(path: Path) -> tuple[str, tuple[int, int] | None]:
    """What is wrong with a tileset image in a player's words ("" when it looks whole), and its size when the file
    tells it. A PNG has its chunks walked and checked against their checksums (cheap next to decoding it); any other
    file (a JPEG, a BMP, notes saved under an image's name) is decoded with pygame as the renderer will, headless:
    once left to the renderer, a broken one passed the check and stopped the map view as it loaded."""
    try:
        data = path.read_bytes()
    except OSError as error:
        return unreadable(error), None
    if data.startswith(PNG):
        return _png_damage(data), _png_size(data)
    if path.suffix.lower() == ".png":
        return "a file that is not a PNG image", None
    return _decoded(path)


def _png_damage(data: bytes) -> str:
    """What is wrong with a PNG file's bytes, "" when every part passes its checksum and the file ends."""
    at = len(PNG)
    while at + 12 <= len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        end = at + 12 + length
        if end > len(data):
            break
        if zlib.crc32(data[at + 4:end - 4]) != struct.unpack(">I", data[end - 4:end])[0]:
            # The name is four bytes of the file: in a damaged one, control characters (NULs), written out here.
            return f"a damaged PNG (its {one_line(kind.decode('latin-1'))} part fails its checksum)"
        if kind == b"IEND":
            return ""
        at = end
    return f"a PNG cut short ({len(data):,} bytes, and no end)"


def _png_size(data: bytes) -> tuple[int, int] | None:
    if len(data) >= 24 and data[12:16] == b"IHDR":
        return struct.unpack(">II", data[16:24])
    return None


def _decoded(path: Path) -> tuple[str, tuple[int, int] | None]:
    """("", its size) when pygame can load the image, as game/view/map_view.py does; else what pygame said."""
    import pygame  # only for images that are no PNG: loading a map with the game's tileset never needs it here

    try:
        return "", pygame.image.load(str(path)).get_size()  # no display needed to decode (convert() needs one)
    except (pygame.error, OSError) as error:
        return f"a file pygame cannot read as an image: {one_line(error, 80)}", None


def _pictures(sets: list[_Tileset], map_file: str, used: set[int], report: MapReport,
              told: list[tuple[int, int]]) -> dict[int, TileRef]:
    """Ask pytmx where each used gid's picture is, giving it only checked, embedded tilesets.

    pytmx does the part that is easy to get subtly wrong (gid → tileset, margin and spacing → rectangle,
    image collections); everything it would trip over was checked or left out above. `load_all=False` and
    registering only the used gids keeps it from cutting every tile of a large tileset.
    """
    covered = sorted(g for g in used if _owner(sets, g & ~GID_FLAGS) is not None)  # sets: every tileset, in gid order
    if len(covered) > MAX_DISTINCT_TILES:
        report.problem("map", f"at most {MAX_DISTINCT_TILES:,} different tiles (counting flips)", f"{len(covered):,}")
        return {}
    tmx = pytmx.TiledMap(load_all=False)
    tmx.filename = map_file  # pytmx joins image paths to this folder; ours are absolute already
    shown = [_first_frame(sets, gid) for gid in covered]  # the gid whose picture each is drawn with
    registered = [tmx.register_gid_check_flags(gid) for gid in shown]  # pytmx's own number for each
    root = ET.Element("map", {"version": "1.10", "orientation": "orthogonal", "width": "1", "height": "1",
                              "tilewidth": "1", "tileheight": "1"})
    root.extend(t.sanitised for t in sets if t.sanitised is not None)  # in gid order, so a later range wins
    tmx.parse_xml(root)
    pictures = {}
    for gid, shown_gid, number in zip(covered, shown, registered):
        found = tmx.images[number]
        if not found:
            continue
        source, rect, _flags = found  # the flags are ours to decode: pytmx drops them for image collections
        tileset = _owner(sets, gid & ~GID_FLAGS)
        tile_id = (gid & ~GID_FLAGS) - tileset.firstgid
        if rect is None:  # an image-collection tile is its whole picture
            if (shown_gid & ~GID_FLAGS) - tileset.firstgid not in tileset.collection_sizes:
                continue
            rect = (0, 0, *tileset.collection_sizes[(shown_gid & ~GID_FLAGS) - tileset.firstgid])
        x, y, w, h = map(int, rect)
        if tileset.image_size and (x + w > tileset.image_size[0] or y + h > tileset.image_size[1]):
            report.problem(f"{tileset.where}, tile {tile_id}", f"a tile inside the image ({tileset.image_size[0]} x "
                           f"{tileset.image_size[1]} px)", f"a tile at {x},{y} of {w} x {h} px",
                           "check the tileset's tile size, margin and spacing in Tiled")
            told.append((gid & ~GID_FLAGS, (gid & ~GID_FLAGS) + 1))  # not reported again as an unknown tile
            continue
        pictures[gid] = TileRef(source, x, y, w, h, tileset.edges.get(tile_id), tileset.corner_names)
    return pictures


def _first_frame(sets: list[_Tileset], gid: int) -> int:
    """The gid (with gid's flip bits) whose picture the tile `gid` is drawn with: its animation's first frame, where
    that is another tile of its tileset; else gid itself."""
    tileset = _owner(sets, gid & ~GID_FLAGS)
    if tileset is None:
        return gid
    frame = tileset.first_frames.get((gid & ~GID_FLAGS) - tileset.firstgid)
    if frame is None or _owner(sets, tileset.firstgid + frame) is not tileset:
        return gid  # a frame past the tileset's tiles: Tiled shows nothing there; the tile's own picture stands
    return tileset.firstgid + frame | (gid & GID_FLAGS)


def _owner(sets: list[_Tileset], gid: int) -> _Tileset | None:
    """The tileset whose range holds gid: the one with the highest firstgid at or below it, if it reaches that far."""
    owner = None
    for tileset in sets:
        if tileset.firstgid <= gid:
            owner = tileset
        else:
            break
    if owner is None or owner.sanitised is None or gid - owner.firstgid >= owner.tile_count:
        return None
    return owner
