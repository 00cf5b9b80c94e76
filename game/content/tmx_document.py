"""A .tmx file as Tiled means it, in document order: layers, objects (templates applied), tilesets, properties.

Tile layers carry what their groups pass down (visibility, opacity, offsets).

Nothing here knows the game's conventions (level.py has those): this is the Tiled format, read without the
pytmx 3.32 traps — layers sorted by type, templates ignored, hidden groups not hiding, fractional offsets
crashing, class properties crashing, compressed data inflated without limit.
"""

import math
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field, replace
from pathlib import Path

from game.content.errors import named_object, one_line, quote
from game.content.level_schema import OBJECT_CLASSES
from game.content.tmx_data import GID_FLAGS, GID_FLIP_DIAGONAL, GID_FLIP_X, GID_FLIP_Y, DataRefused, decode_data
from game.content.tmx_limits import (MAX_CELLS, MAX_DECODED_CELLS, MAX_GROUP_DEPTH, MAX_OBJECTS, MAX_PLACE_PX,
                                     MAX_POINTS, MAX_TILE_PX)
from game.content.tmx_properties import Property, read_properties, repeated_properties
from game.content.tmx_report import MapReport
from game.content.tmx_templates import SHAPES, TemplateRefused, Templates
from game.content.tmx_tilesets import Tilesets, read_tilesets
from game.content.tmx_values import BadValue, bool_attr, float_attr, int_attr, parse_float
from game.content.tmx_xml import XmlRefused, read_xml, written_whole
from game.content.used_by import used_by_hint
from game.content.words import counted

_NOT_LAYERS = {"properties", "tileset", "editorsettings", "export"}  # map children that are not layers
# The tile layers the game finds by name (level.py's collision layer, check.py's walls check; in any case), and what
# it does with every layer so named. Two of one name are read alike, which a designer who gave a second layer the name
# by mistake cannot tell: the checks would name "the walls" for the wrong layer.
_FOUND_BY_NAME = {"walls": "every layer by that name is checked to block, as the walls",
                  "collision": "every layer by that name is hidden in play and blocks wherever it has a tile"}
_MAX_UNKNOWN_LISTED = 10  # unknown tile ids listed per layer


@dataclass(frozen=True)
class TmxTileLayer:
    """A tile layer as the .tmx file holds it."""
    name: str
    where: str  # how a message names it: 'layer "walls"', or 'group "town", layer "walls"' inside groups
    cells: tuple[tuple[int, ...], ...]  # [row][column] → Tiled gid with flip bits, 0 = empty
    gids: frozenset[int]  # the distinct values in cells, 0 included if any cell is empty
    visible: bool  # false if it or any group around it is hidden
    opacity: float  # its own times every group's around it
    offset_x: float  # px, its own plus every group's around it
    offset_y: float


@dataclass(frozen=True)
class TmxObject:
    """A Tiled object as the .tmx file holds it."""
    id: int  # 0 when the file has none (maps saved before Tiled 1.0)
    name: str
    cls: str  # Tiled 1.9+ `class`, or 1.8 `type`; "" for none
    layer: str  # the object layer's name
    where: str  # how a message names it: 'layer "objects", object 5 "guard"'
    layer_where: str  # how a message names its layer: 'layer "objects"', or 'group "wave 1", layer "objects"'
    shape: str  # rectangle, ellipse, point, polygon, polyline, text, capsule or tile
    x: float  # px, with the layer offsets; a tile object's x, y is its bottom-left corner, as in Tiled
    y: float
    width: float
    height: float
    rotation: float  # degrees clockwise about (x, y)
    points: tuple[tuple[float, float], ...]  # polygon/polyline corners, absolute px, rotated
    properties: dict[str, Property]
    hidden: bool = False  # its own Visible unticked, in a shown layer (a hidden layer is told of once, for the layer)
    template: str = ""  # the template file it was placed from, as the map names it; "" for none
    # "class" and "shape" when it has them from its template, not its own (its properties say so each for itself):
    # a message about them names the template, where the designer fixes them for every object placed from it.
    inherited: frozenset[str] = frozenset()
    template_class: str = ""  # its template's own class, even where the object sets another; "" for none

    @property
    def centre(self) -> tuple[float, float]:
        if self.points:
            return (sum(p[0] for p in self.points) / len(self.points),
                    sum(p[1] for p in self.points) / len(self.points))
        if self.shape == "point":
            return self.x, self.y
        dy = -self.height / 2 if self.shape == "tile" else self.height / 2
        return _rotate(self.x, self.y, self.width / 2, dy, self.rotation)


@dataclass
class TmxDocument:
    """A .tmx file read, before the game makes a level of it."""
    file: str
    width: int  # tiles
    height: int
    tile_width: int  # px
    tile_height: int
    properties: dict[str, Property] = field(default_factory=dict)
    tile_layers: list[TmxTileLayer] = field(default_factory=list)  # file order, depth-first through groups
    objects: list[TmxObject] = field(default_factory=list)  # file order
    tilesets: Tilesets = field(default_factory=Tilesets)
    templates: list[str] = field(default_factory=list)  # the .tx template files read
    dropped: int = 0  # objects left out for a problem told (a template that could not be read, a bad attribute...)


@dataclass(frozen=True)
class _Inherited:
    """What a group passes down to the layers inside it."""
    groups: tuple[str, ...] = ()  # names of the groups around, outermost first
    visible: bool = True
    opacity: float = 1.0
    offset_x: float = 0.0
    offset_y: float = 0.0

    @property
    def where(self) -> str:
        names = [f"group {quote(name)}" for name in self.groups]
        if len(names) > 3:  # deep nesting: the outermost and the nearest say enough
            names = [names[0], "…", *names[-2:]]
        return ", ".join(names)


def read_document(path: Path, report: MapReport) -> TmxDocument:
    """Read the map; problems go to `report` and reading goes on where it can. ContentError when it cannot go on."""
    try:
        root = read_xml(path, "a Tiled map (.tmx)")
    except XmlRefused as refused:
        raise report.refuse(refused.where, refused.expected, refused.found, refused.hint) from None
    document = _map_settings(root, report)
    objects = sum(1 for _ in root.iter("object"))  # counted before any is read: reading 10 million would take minutes
    if objects > MAX_OBJECTS:
        raise report.refuse("map", f"at most {MAX_OBJECTS:,} objects", f"{objects:,}")
    templates = Templates(Path(path).parent)
    reader = _Reader(document, templates, report)
    reader.walk(root, _Inherited())
    reader.finish()
    _unset_references_to_dropped(document, reader.dropped_ids)
    document.templates = templates.files
    document.properties = read_properties(root)
    _tell_repeated(root, "map", report)
    used = set().union(*(layer.gids for layer in document.tile_layers)) - {0}
    grid = (document.tile_width, document.tile_height)
    document.tilesets = read_tilesets(root, document.file, used, report, grid)
    report.files += templates.looked_for  # after the tilesets' and their images': the order live reload lists them
    _report_unknown_tiles(document, report)
    return document


def _map_settings(root: ET.Element, report: MapReport) -> TmxDocument:
    """The map element's own settings; anything here the game cannot use ends the reading."""
    if root.tag in ("tileset", "template"):  # given in place of a map: the maps to give instead
        raise report.refuse("", "a Tiled map (<map>)", f"<{root.tag}>, a {root.tag} file",
                            used_by_hint(Path(report.file), root.tag))
    if root.tag != "map":
        raise report.refuse("", "a Tiled map (<map>)", f"<{one_line(root.tag, 40)}>",
                            "is this a tileset or a template?")
    orientation = root.get("orientation", "orthogonal")
    if orientation != "orthogonal":
        raise report.refuse("map", "an orthogonal map", f"{quote(orientation, 20)} orientation",
                            "the game draws square grids only; make an orthogonal map in Tiled")
    try:
        infinite = bool_attr(root, "infinite", False)
        width = int_attr(root, "width", low=1)
        height = int_attr(root, "height", low=1)
        tile_width = int_attr(root, "tilewidth", low=1, high=MAX_TILE_PX)
        tile_height = int_attr(root, "tileheight", low=1, high=MAX_TILE_PX)
    except BadValue as bad:
        raise report.refuse(f"map, attribute {bad.name}", bad.expected, bad.found) from None
    if infinite:
        raise report.refuse("map", "a fixed-size map", "an infinite map",
                            "untick Infinite in Map > Map Properties... (Map > Resize Map... sets the size)")
    if width * height > MAX_CELLS:
        raise report.refuse("map", f"a map of at most {MAX_CELLS:,} cells",
                            f"{width:,} x {height:,} = {width * height:,} cells",
                            "make it smaller with Map > Resize Map...")
    if max(width * tile_width, height * tile_height) > MAX_PLACE_PX:  # a long thin one: its far end could hold nothing
        raise report.refuse("map", f"a map at most {MAX_PLACE_PX:,} px across each way, as far as objects may lie",
                            f"{width * tile_width:,} x {height * tile_height:,} px ({width:,} x {height:,} tiles of "
                            f"{tile_width} x {tile_height} px)", "make it shorter with Map > Resize Map...")
    order = root.get("renderorder", "right-down")
    if order != "right-down":  # Tiled draws the cells in that order: only tiles taller or wider than a cell differ
        report.warning("map, attribute renderorder", "the tile render order Right Down (the game draws every map so)",
                       quote(order, 20), "set Tile Render Order back to Right Down in Map > Map Properties..., so "
                       "that Tiled overlaps large tiles as the game does")
    return TmxDocument(report.file, width, height, tile_width, tile_height)


def _template_users(reference: str, users: list[str]) -> str:
    """Where a template used by `users` (the objects' places) is named: the first of them, and how many more."""
    more = f" (and {len(users) - 1} more object{'s use' if len(users) > 2 else ' uses'} it)" if len(users) > 1 else ""
    return f"{users[0]}, template {quote(reference)}{more}"


class _Reader:
    """One walk over the map's layers in document order."""

    def __init__(self, document: TmxDocument, templates: Templates, report: MapReport) -> None:
        self.document = document
        self.templates = templates
        self.report = report
        self.decoded = 0  # cells decoded so far, over all layers
        self.points = 0  # polygon corners so far
        self.ids: dict[int, str] = {}  # object id → where, to find duplicates
        self.refused: dict[str, tuple[TemplateRefused, list[str]]] = {}  # template → why, and the objects using it
        self.written_whole: dict[str, list[str]] = {}  # template named by its whole path → the objects using it
        self.dropped_ids: set[int] = set()  # ids of the objects left out, each for a problem told
        self.by_name: dict[str, list[str]] = {}  # a name in _FOUND_BY_NAME → the tile layers with it, as named
        # a tile layer format the decoder refused (Tiled's name) → why, and the layers saved in it
        self.formats: dict[str, tuple[DataRefused, list[str]]] = {}

    def finish(self) -> None:
        """What could not be said object by object or layer by layer: each template that could not be read, or is
        named by its whole path, once, with who uses it; layers that share a name the game finds them by."""
        for reference, (refused, users) in self.refused.items():
            self.report.problem(_template_users(reference, users), refused.expected, refused.found, refused.hint,
                                source=reference if refused.inside else "", lost=refused.lost)
        for reference, users in self.written_whole.items():
            self.report.warning(_template_users(reference, users), "a path relative to this map, as Tiled writes it",
                                quote(reference), "the map finds it only on this computer: keep the template in the "
                                "game's folder, then select the objects and Replace With Template")
        for refused, layers in self.formats.values():
            shown = layers if len(layers) <= 4 else layers[:3] + [f"{len(layers) - 3} more"]
            self.report.problem("map, Tile Layer Format", refused.expected,
                                f"{refused.found}, on {counted(len(layers), 'tile layer')}: "
                                + (", ".join(shown[:-1]) + " and " + shown[-1] if len(shown) > 1 else shown[0]),
                                refused.hint)
        for name, (first, *others) in self.by_name.items():
            if not others:
                continue
            found = (f"another, {others[0]}" if len(others) == 1
                     else f"{len(others)} more: {', '.join(others[:-1])} and {others[-1]}")
            self.report.problem(first, f"the one tile layer named {quote(name)} ({_FOUND_BY_NAME[name]})",
                                f"{found}, above it in the Layers panel",
                                "rename the one meant as another layer, or merge them with Layer > Merge Layer Down")

    def walk(self, parent: ET.Element, inherited: _Inherited) -> None:
        for child in parent:
            if child.tag == "layer":
                self.tile_layer(child, inherited)
            elif child.tag == "objectgroup":
                self.object_layer(child, inherited)
            elif child.tag == "group":
                self.group(child, inherited)
            elif child.tag == "imagelayer":
                self.report.warning(self.place(inherited, "layer", child), "a tile or object layer", "an image layer",
                                    "the game does not draw image layers; use a tile layer")
            elif child.tag not in _NOT_LAYERS:
                self.report.warning(self.place(inherited, "element", child), "a layer", f"<{one_line(child.tag, 30)}>",
                                    "the game ignores it")

    @staticmethod
    def place(inherited: _Inherited, kind: str, element: ET.Element) -> str:
        name = f"{kind} {quote(element.get('name', ''))}" if kind != "element" else f"<{one_line(element.tag, 30)}>"
        return f"{inherited.where}, {name}" if inherited.where else name

    def own(self, element: ET.Element, where: str, inherited: _Inherited) -> _Inherited | None:
        """The layer's own visibility, opacity and offset combined with its groups'; None after a problem."""
        try:
            visible = bool_attr(element, "visible", True)
            opacity = float_attr(element, "opacity", 1.0, low=0, high=1)
            offset_x = float_attr(element, "offsetx", 0.0)  # Tiled writes fractions; pytmx 3.32 crashes on them
            offset_y = float_attr(element, "offsety", 0.0)
            parallax = (float_attr(element, "parallaxx", 1.0), float_attr(element, "parallaxy", 1.0))
        except BadValue as bad:
            self.report.problem(f"{where}, attribute {bad.name}", bad.expected, bad.found)
            return None
        if parallax != (1.0, 1.0):
            self.report.warning(where, "a parallax factor of 1", f"{parallax[0]:g}, {parallax[1]:g}",
                                "the game ignores parallax: the layer scrolls with the map")
        if element.get("tintcolor"):
            self.report.warning(where, "no tint", f"tint colour {quote(element.get('tintcolor'), 12)}",
                                "the game ignores tint colours")
        return _Inherited(inherited.groups, inherited.visible and visible, inherited.opacity * opacity,
                          inherited.offset_x + offset_x, inherited.offset_y + offset_y)

    def group(self, element: ET.Element, inherited: _Inherited) -> None:
        where = self.place(inherited, "group", element)
        if len(inherited.groups) >= MAX_GROUP_DEPTH:
            self.report.problem(where, f"groups nested at most {MAX_GROUP_DEPTH} deep", "deeper")
            return
        combined = self.own(element, where, inherited)
        if combined is not None:
            self.walk(element, _Inherited(inherited.groups + (element.get("name", ""),), combined.visible,
                                          combined.opacity, combined.offset_x, combined.offset_y))

    def tile_layer(self, element: ET.Element, inherited: _Inherited) -> None:
        document = self.document
        where = self.place(inherited, "layer", element)
        name = element.get("name", "").lower()
        if name in _FOUND_BY_NAME:  # named with its id, which Tiled shows in the layer's properties, to tell them apart
            self.by_name.setdefault(name, []).append(
                f"{where} (id {one_line(element.get('id'), 12)})" if element.get("id") else where)
        combined = self.own(element, where, inherited)
        try:
            width = int_attr(element, "width", document.width)
            height = int_attr(element, "height", document.height)
        except BadValue as bad:
            self.report.problem(f"{where}, attribute {bad.name}", bad.expected, bad.found)
            return
        if (width, height) != (document.width, document.height):
            self.report.problem(where, f"a layer the size of the map ({document.width} x {document.height})",
                                f"{width} x {height}", "save the map again from Tiled")
            return
        data = element.find("data")
        if data is None:
            self.report.problem(where, "tile data (<data>)", "none", "save the map again from Tiled")
            return
        self.decoded += width * height
        if self.decoded > MAX_DECODED_CELLS:
            self.report.problem(where, f"at most {MAX_DECODED_CELLS:,} cells over all tile layers", "more",
                                "merge or delete tile layers")
            return
        try:
            values = decode_data(data, width, height)
        except DataRefused as refused:
            if refused.layer_format:  # a map setting in Tiled: told once for the map, with every layer on it (finish())
                self.formats.setdefault(refused.layer_format, (refused, []))[1].append(where)
            else:
                self.report.problem(where, refused.expected, refused.found, refused.hint)
            return
        if combined is None:
            return
        if combined.offset_x or combined.offset_y:  # object layers do move: their objects are placed with it
            self.report.warning(where, "a tile layer on the map's grid", f"an offset of "
                                f"{combined.offset_x:g}, {combined.offset_y:g} px", "the game draws and collides tile "
                                "layers on the grid and ignores their offset; clear Offset in the layer's properties")
        gids = frozenset(values)
        if max(gids) > 256:  # ints above 256 are separate objects (28 bytes each): share one per distinct gid
            shared = {v: v for v in gids}
            values = tuple(map(shared.__getitem__, values))
        cells = tuple(values[row * width:(row + 1) * width] for row in range(height))
        document.tile_layers.append(TmxTileLayer(element.get("name", ""), where, cells, gids, combined.visible,
                                                 combined.opacity, combined.offset_x, combined.offset_y))

    def object_layer(self, element: ET.Element, inherited: _Inherited) -> None:
        where = self.place(inherited, "layer", element)
        combined = self.own(element, where, inherited)
        if combined is None:
            return
        nodes = element.findall("object")
        if nodes and not combined.visible:  # a designer may hide a layer of drafts and expect them gone
            self.report.warning(where, "a layer shown in Tiled, as its objects play", f"a hidden layer with "
                                f"{counted(len(nodes), 'object')}, which still play",
                                "hiding a layer only hides it in Tiled; to leave objects out, delete them or clear "
                                "their class")
        first = len(self.document.objects)
        for node in nodes:
            found = self.object(node, element.get("name", ""), where, combined)
            if found is not None:
                self.document.objects.append(found)
            else:  # its problem is told; its id is kept so that references to it are not told as well
                self.document.dropped += 1
                if node.get("id", "").strip().isdigit():
                    self.dropped_ids.add(int(node.get("id")))
        self.offset_off_the_map(where, combined, self.document.objects[first:])

    def offset_off_the_map(self, where: str, combined: _Inherited, objects: list[TmxObject]) -> None:
        """An object layer's offset moves its objects, but Tiled's X and Y leave it out: the game's objects it alone
        carries off the map are one mistake, the layer's, told once (not each at a place Tiled never shows)."""
        dx, dy = combined.offset_x, combined.offset_y
        if not (dx or dy):
            return
        document = self.document
        width, height = document.width * document.tile_width, document.height * document.tile_height

        def on_map(x: float, y: float) -> bool:
            return 0 <= x < width and 0 <= y < height

        moved = [obj for obj in objects if obj.cls in OBJECT_CLASSES
                 and on_map(obj.centre[0] - dx, obj.centre[1] - dy) and not on_map(*obj.centre)]
        if not moved:
            return
        named = ", ".join(named_object(obj.id, obj.name) for obj in moved[:3])
        more = f" and {len(moved) - 3} more" if len(moved) > 3 else ""
        self.report.problem(where, f"an offset that keeps its objects on the map (0 to {width} x 0 to {height} px)",
                            f"an offset of {dx:g}, {dy:g} px, which moves {counted(len(moved), 'object')} off the map "
                            f"({named}{more})", "the X and Y Tiled shows in an object's properties leave the layer's "
                            "offset out: clear Offset in the layer's properties (Layer > Layer Properties...)")

    def object(self, node: ET.Element, layer: str, layer_where: str, layer_state: _Inherited) -> TmxObject | None:
        """The object `node` of a layer, its template merged in and the layers' offsets added; None, its problem
        told, for one that cannot be read or placed."""
        report = self.report
        where = _object_where(layer_where, node)
        reference = node.get("template")
        _tell_repeated(node, where, report)  # the object's own: a template's are its own, merged as Tiled shows them
        resolved = None
        if reference:
            merged = self.with_template(node, reference, layer_where, where)
            if merged is None:
                return None
            node, where, resolved = merged
        attributes = self.attributes(node, where, layer_state)
        if attributes is None:
            return None
        object_id, x, y, width, height, rotation, gid, hidden = attributes
        if object_id:
            if object_id in self.ids:
                report.problem(where, "a different id for each object",
                               f"id {object_id} again (also {self.ids[object_id]})",
                               "in Tiled, cut one of them and Paste in Place (Ctrl+Shift+V): "
                               "the pasted copy gets a new id")
            self.ids[object_id] = where
        x, y = x + layer_state.offset_x, y + layer_state.offset_y
        shape = "tile" if gid & ~GID_FLAGS else next((c.tag for c in node if c.tag in SHAPES), "rectangle")
        points: tuple[tuple[float, float], ...] = ()
        if shape in ("polygon", "polyline"):
            points = self.corners(node.find(shape), x, y, rotation, where)
            if points is None:
                return None
        farthest = max(abs(x), abs(y), abs(x + width), abs(y + height), *(max(map(abs, p)) for p in points))
        if farthest > MAX_PLACE_PX:
            report.problem(where, f"a place within {MAX_PLACE_PX:,} px of the map's corner",
                           f"x {x:g}, y {y:g}, width {width:g}, height {height:g}"
                           + (f", a corner {farthest:g} px out" if points else "")
                           + (", its layers' offsets added" if layer_state.offset_x or layer_state.offset_y else ""),
                           "nothing so far off can be drawn; set its place and size in Tiled")
            return None
        properties = read_properties(node)
        template, inherited, template_class = "", frozenset(), ""
        if resolved is not None:
            template, inherited, template_class = reference, resolved.parts, resolved.template_class
            properties = {name: replace(prop, template=reference) if name in resolved.properties else prop
                          for name, prop in properties.items()}
        return TmxObject(object_id, node.get("name", ""), node.get("class") or node.get("type") or "", layer, where,
                         layer_where, shape, x, y, width, height, rotation, points, properties, hidden, template,
                         inherited, template_class)

    def with_template(self, node: ET.Element, reference: str, layer_where: str, where: str):
        """(the object as Tiled shows it, its template `reference` merged in; where it is, named as merged; the
        resolved template), or None for a template refused."""
        try:
            resolved = self.templates.resolve(node)
        except TemplateRefused as refused:  # said once per template, by finish(), however many use it
            self.refused.setdefault(reference, (refused, []))[1].append(where)
            return None
        node = resolved.object
        where = _object_where(layer_where, node)  # the template may give it its name
        if written_whole(reference):
            self.written_whole.setdefault(reference, []).append(where)
        return node, where, resolved

    def attributes(self, node: ET.Element, where: str, layer_state: _Inherited):
        """(id, x, y, width, height, rotation, gid, hidden) as the object's attributes give them (x and y without
        the layers' offsets), or None, told, for an attribute that is no number of its kind."""
        try:
            object_id = int_attr(node, "id", 0, low=0)
            x, y = float_attr(node, "x", 0.0), float_attr(node, "y", 0.0)
            width, height = float_attr(node, "width", 0.0), float_attr(node, "height", 0.0)
            rotation = float_attr(node, "rotation", 0.0)
            gid = int_attr(node, "gid", 0, low=0, high=0xFFFFFFFF)
            hidden = layer_state.visible and not bool_attr(node, "visible", True)
        except BadValue as bad:
            self.report.problem(f"{where}, attribute {bad.name}", bad.expected, bad.found,
                                "NaN or infinity cannot place anything; set a number in Tiled"
                                if _not_finite(node.get(bad.name, "")) else "")
            return None
        return object_id, x, y, width, height, rotation, gid, hidden

    def corners(self, shape: ET.Element, x: float, y: float, rotation: float, where: str):
        raw = shape.get("points") or ""
        self.points += raw.count(",")  # one comma per corner; counted before splitting a string of any length
        if self.points > MAX_POINTS:
            self.report.problem(where, f"at most {MAX_POINTS:,} polygon and polyline corners in a map", "more")
            return None
        corners = []
        for pair in raw.split():
            parts = pair.split(",")
            values = [parse_float(part) for part in parts] if len(parts) == 2 else [None]
            if None in values:
                self.report.problem(f"{where}, {shape.tag} points", "pairs of finite numbers \"x,y\"", quote(pair, 30))
                return None
            corners.append(_rotate(x, y, values[0], values[1], rotation))
        if not corners:
            self.report.problem(f"{where}, {shape.tag} points", "at least one corner", "none")
            return None
        return tuple(corners)


def _unset_references_to_dropped(document: TmxDocument, dropped: set[int]) -> None:
    """Object properties (a patrol) that point at an object left out for its own problem are unset, as Tiled writes
    an empty one: else the map's next line would say no object has that id, when one has, with a mistake in it."""
    gone = dropped - {obj.id for obj in document.objects}  # an id given twice still has its other object
    if not gone:
        return
    for i, obj in enumerate(document.objects):
        unset = {name: Property("object", "0") for name, p in obj.properties.items()
                 if p.type == "object" and p.text.strip().isdigit() and int(p.text) in gone}
        if unset:
            document.objects[i] = replace(obj, properties={**obj.properties, **unset})


def _not_finite(text: str) -> bool:
    """A number Python reads, but NaN or infinite ("nan", "inf", "1e999"): other text is no number at all."""
    try:
        return not math.isfinite(float(text))
    except ValueError:
        return False


def _tell_repeated(element: ET.Element, where: str, report: MapReport) -> None:
    """A warning for each property the element (the map, an object) has twice by one name, naming both values: the
    last is read, as in Tiled, and the other is lost without a word (two pasted in a text editor, a merge)."""
    for name, first, last in repeated_properties(element):
        report.warning(f"{where}, property {one_line(name, 60)}", "each property once",
                       f"two, {first} and then {last}", f"the game reads the last, {last}, as Tiled does, which keeps "
                       "only that one when it saves the map: delete the one you do not mean")


def _object_where(layer_where: str, node: ET.Element) -> str:
    """How a message names an object: its layer's place, then its id and name as the file has them."""
    return f"{layer_where}, {named_object(node.get('id', '?'), node.get('name', ''))}"


def _rotate(x: float, y: float, dx: float, dy: float, degrees: float) -> tuple[float, float]:
    """(x, y) + (dx, dy) turned by `degrees` clockwise on screen (y down), as Tiled rotates objects about (x, y)."""
    if not degrees:
        return x + dx, y + dy
    angle = math.radians(degrees)
    cos, sin = math.cos(angle), math.sin(angle)
    return x + dx * cos - dy * sin, y + dx * sin + dy * cos


def _report_unknown_tiles(document: TmxDocument, report: MapReport) -> None:
    """Each gid no tileset has, once per layer, at its first cell: a layer of garbage is one line, not a million."""
    pictures, unreadable = document.tilesets.pictures, document.tilesets.unreadable
    for layer in document.tile_layers:
        unknown = sorted(g for g in layer.gids if g and g not in pictures
                         and not any(low <= (g & ~GID_FLAGS) < high for low, high in unreadable))
        for gid in unknown[:_MAX_UNKNOWN_LISTED]:
            row = next(r for r, cells in enumerate(layer.cells) if gid in cells)
            column = layer.cells[row].index(gid)
            count = sum(cells.count(gid) for cells in layer.cells)
            more = f" (and {count - 1:,} more cells with it)" if count > 1 else ""
            report.problem(f"{layer.where}, cell ({column}, {row})", "a tile id from one of the map's tilesets",
                           f"gid {gid & ~GID_FLAGS}{_flags_text(gid)}{more}",
                           "no tileset has this tile; was a tileset removed or made smaller?")
        if len(unknown) > _MAX_UNKNOWN_LISTED:
            report.problem(layer.where, "tile ids from the map's tilesets",
                           f"{len(unknown) - _MAX_UNKNOWN_LISTED:,} more unknown tile ids")


def _flags_text(gid: int) -> str:
    flags = [name for bit, name in ((GID_FLIP_X, "flipped horizontally"), (GID_FLIP_Y, "flipped vertically"),
                                    (GID_FLIP_DIAGONAL, "flipped diagonally")) if gid & bit]
    return f" ({', '.join(flags)})" if flags else ""


def read_map(path: Path) -> TmxDocument:
    """The map as Tiled means it, or ContentError with every problem: for tools and tests that want the format only."""
    report = MapReport(str(path))
    document = read_document(Path(path), report)
    if report.problems:
        raise report.error()
    return document
