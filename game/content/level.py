"""A Tiled map read by the game's conventions (docs/level-design.md) into LevelData.

The Tiled format itself is read by the tmx_* modules (tmx_document.py is the entry); this module decides what
the game makes of it: which layer is collision, what each object class's properties (level_schema.py) mean, and
the one ContentError that lists every problem a designer has to fix (what plays but is most likely a slip is
warned of by level_warnings.py).
"""

import math
import operator
from dataclasses import dataclass
from pathlib import Path

from game.content.advisor import SITUATIONS
from game.content.control_words import control_word_problems
from game.content.errors import named_object, quote
from game.content.level_data import (NO_PLAYER_SPAWN, EnemySpawn, Gate, LevelData, Objective, Region, TileImage,
                                     TileLayer, Trigger, Zone)
from game.content.level_schema import (COLLISION_LAYER, MAP_PROPERTIES, MAX_ENEMIES, OBJECT_CLASSES, TRIGGER_ACTIONS,
                                       Want)
from game.content.level_warnings import (warn_of_absolute_next, warn_of_covered_walls, warn_of_embedded_copies,
                                         warn_of_hidden_walls, warn_of_places_on_the_spawn, warn_of_twin_objectives,
                                         warn_of_undrawable_text, warn_of_unpainted_cells, warn_of_unseen_zones,
                                         warn_of_unwalked_patrols)
from game.content.places import shown_at
from game.content.spelling import one_slip, suggest
from game.content.tmx_data import GID_FLAGS, GID_FLIP_DIAGONAL, GID_FLIP_X, GID_FLIP_Y
from game.content.tmx_document import TmxDocument, TmxObject, read_document
from game.content.tmx_properties import Property, PropertyTypeError, convert, property_where
from game.content.tmx_report import MapReport, problems_not_tracebacks
from game.content.tmx_templates import (GAME_TEMPLATES, part_where, redraw_hint, set_in_template_hint,
                                        value_in_template_hint)
from game.content.tmx_tilesets import painted_size
from game.content.words import counted
from game.files import is_file, real_path

POLYGON_TOOL = "the Insert Polygon tool"
REGION_TOOLS = "the Rectangle, Ellipse or Polygon tool"
HOLD_ORDER = "Hold the marked area"  # an objective's order when it has a hold and no text of its own


def load_level(path: Path) -> LevelData:
    """Read a .tmx file into LevelData, or raise ContentError with one line per problem, each naming the file."""
    file = str(path)
    with problems_not_tracebacks(file):
        report = MapReport(file)
        document = read_document(Path(path), report)
        return _level(document, report)


@dataclass(frozen=True)
class PartRead:
    """What was read of a map the loader refused (ContentError.read), for the checker to find more in: the level with
    each value refused at its default, and each object refused left out. `format_read`: the file itself (tilesets,
    layers, templates, objects) was read without a problem, so its walls and places stand as the map has them."""
    level: LevelData
    format_read: bool


def _level(document: TmxDocument, report: MapReport) -> LevelData:
    format_read = not report.problems
    settings = _read_properties(document.properties, "map", MAP_PROPERTIES, report, "the map")
    layers, solid = _layers(document)
    warn_of_hidden_walls(document, report)
    warn_of_covered_walls(document, report)
    warn_of_unpainted_cells(document, report)
    objects = _Objects(document, report)
    _check_holds(objects, settings["time_limit"], report)
    _check_enemy_count(objects, report)
    warn_of_places_on_the_spawn(objects, report)
    warn_of_unwalked_patrols(document, objects, report)
    warn_of_twin_objectives(objects.objectives, report)
    warn_of_undrawable_text(settings["title"], objects, report)
    warn_of_unseen_zones(objects.zones, settings["storm"], settings["weather"], report)
    warn_of_absolute_next(settings["next"], report)
    warn_of_embedded_copies(document, report)
    # The next map must be there (check.py refuses the level without it) but is no part of this one: it is among the
    # files looked for only while missing, so live reload notices it made, yet saving the next mission while playing
    # this one does not restart it
    following = real_path(Path(document.file).parent / settings["next"]) if settings["next"] else None
    if following is not None and not is_file(following):
        report.files.append(str(following))
    if report.problems:  # with every file looked for (report.files), for live reload to watch
        raise report.error(read=_part_read(document, report, settings, (layers, solid), objects, following,
                                           format_read))
    return _level_data(document, report, settings, (layers, solid), objects, following)


def _part_read(document: TmxDocument, report: MapReport, settings: dict, grid: tuple, objects: "_Objects",
               following: Path | None, format_read: bool) -> PartRead | None:
    """What was read of a map refused, or None when even that cannot be made of it: its problems are told all the
    same, and the checker looks no further."""
    try:
        return PartRead(_level_data(document, report, settings, grid, objects, following), format_read)
    except Exception:  # noqa: BLE001 - a half-read map may lack what a whole one has: the loader's lines stand alone
        return None


def _level_data(document: TmxDocument, report: MapReport, settings: dict, grid: tuple, objects: "_Objects",
                following: Path | None) -> LevelData:
    """The level as read: `grid` is the layers to draw and the solid cells, `following` the next map's whole path."""
    layers, solid = grid
    title = _words_or(settings["title"], Path(document.file).stem, "map, property title", "the title card", report)
    tiles = _tile_images(document)
    # The tileset reader resolved the tilesets', templates' and images' paths already; report.files adds those it
    # looked for that are not there (only the next map can be, in a level read without problems).
    files = {str(Path(document.file).resolve()), *document.tilesets.files, *document.templates,
             *(tile.source for tile in tiles.values()), *report.files}
    return LevelData(
        path=document.file, title=title, width=document.width, height=document.height,
        tile_width=document.tile_width, tile_height=document.tile_height,
        layers=layers, tiles=tiles, solid=solid, solid_tiles=document.tilesets.solid, files=tuple(sorted(files)),
        collision_layer=next((layer.name for layer in document.tile_layers if layer.name.lower() == COLLISION_LAYER),
                             ""),
        player_spawn=objects.player_spawn, enemy_spawns=tuple(objects.enemy_spawns),
        triggers=tuple(objects.triggers), objectives=tuple(objects.objectives), zones=tuple(objects.zones),
        gates=tuple(objects.gates), object_points=objects.points, object_names=objects.names,
        music=settings["music"], storm=settings["storm"],
        weather=settings["weather"], wind_angle=math.radians(settings["wind"]), wind_speed=settings["wind_speed"],
        time_limit=settings["time_limit"], player_spawn_where=objects.player_spawn_where,
        player_spawn_object=objects.player_spawn_object, player_spawn_shown=objects.player_spawn_shown,
        next_level=str(following) if following is not None else "",
        warnings=report.all_warnings())


def _check_holds(objects: "_Objects", time_limit: float, report: MapReport) -> None:
    """An objective held longer than the level lasts could never be reached: the level could not be won."""
    for objective in objects.objectives:
        if time_limit and objective.hold >= time_limit:
            report.problem(property_where(objective.where, "hold", objective.template_of("hold")),
                           f"fewer seconds than the map's time_limit ({time_limit:g})", f"{objective.hold:g}",
                           "shorten the hold, or lengthen time_limit in Map Properties")
    # Apart, each hold is stood out in turn (one drains while the player is at another): together past the limit,
    # they could not all be held in time. Overlapping areas may be held at once, so those are not added up.
    held = [objective for objective in objects.objectives if objective.hold and objective.hold < time_limit]
    apart = not any(_boxes_meet(a.region, b.region) for i, a in enumerate(held) for b in held[i + 1:])
    total = sum(objective.hold for objective in held)
    if time_limit and len(held) > 1 and apart and total >= time_limit:
        report.warning("map, property time_limit", f"more seconds than the holds of its {len(held)} objectives "
                       f"take one after another ({total:g} s)", f"{time_limit:g}",
                       "shorten the holds, or lengthen time_limit: the level could not be won in time")


def _check_enemy_count(objects: "_Objects", report: MapReport) -> None:
    """Every machine is steered, moved and drawn each tick: past MAX_ENEMIES (level_schema.py says why) the game
    falls behind real time, and the whole level plays in slow motion."""
    count = len(objects.enemy_spawns)
    if count > MAX_ENEMIES:
        report.problem("map", f"at most {MAX_ENEMIES} enemy_spawn objects", f"{count:,}",
                       f"with more than {MAX_ENEMIES} machines the game cannot keep up with real time and the level "
                       "plays in slow motion; remove some, or spread the fight over more maps")


def _boxes_meet(a, b) -> bool:
    return a.x < b.x + b.width and b.x < a.x + a.width and a.y < b.y + b.height and b.y < a.y + a.height


# --- tiles -------------------------------------------------------------------------------------------------------

def _tile_images(document: TmxDocument) -> dict[int, TileImage]:
    """Every used gid (flip bits included, so a flipped tile is its own entry) → where its picture is."""
    return {gid: TileImage(ref.source, ref.x, ref.y, ref.width, ref.height, bool(gid & GID_FLIP_X),
                           bool(gid & GID_FLIP_Y), bool(gid & GID_FLIP_DIAGONAL), ref.edge, ref.tileset)
            for gid, ref in document.tilesets.pictures.items()}


def _layers(document: TmxDocument) -> tuple[tuple[TileLayer, ...], tuple[tuple[bool, ...], ...]]:
    """Tile layers to draw, in file order; and the solid cells, from every layer whether drawn or not."""
    solid_gids = document.tilesets.solid
    blocking_layers = []  # (cells, the set of this layer's values that block)
    layers = []
    for layer in document.tile_layers:
        is_collision = layer.name.lower() == COLLISION_LAYER
        blocking = {g for g in layer.gids if g and (is_collision or (g & ~GID_FLAGS) in solid_gids)}
        if blocking:
            blocking_layers.append((layer.cells, blocking))
        if not is_collision:
            layers.append(TileLayer(layer.name, layer.cells, layer.visible, layer.opacity,
                                    layer.offset_x, layer.offset_y))
    # map() and set.__contains__ walk a row in C: a million-cell map is marked in a fraction of a second.
    solid = []
    for y in range(document.height):
        marks = (False,) * document.width
        for cells, blocking in blocking_layers:
            marks = tuple(map(operator.or_, marks, map(blocking.__contains__, cells[y])))
        solid.append(marks)
    return tuple(layers), tuple(solid)


def _words_or(text: str | None, default: str, where: str, shown: str, report: MapReport) -> str:
    """A title or objective's order, or `default` in place of one left blank (a property added in Tiled and never
    filled in), which would show an empty card or plate: a warning says so."""
    if text is not None and not text.strip():
        report.warning(where, f"the words {shown} shows", quote(text), f"{quote(default)} stands in: fill it in, or "
                       "remove the property")
        return default
    return default if text is None else text


# --- properties ----------------------------------------------------------------------------------------------------

def _read_properties(properties: dict[str, Property], where: str, wants: dict[str, Want], report: MapReport,
                     owner: str, cls: str = "") -> dict[str, object]:
    """The values the game reads, defaults filled in; a problem for each missing, mistyped or misspelt property, a
    warning for any other it does not read. `cls` is the object's class ("" for the map), whose template a missing
    property's hint names."""
    values: dict[str, object] = {}
    for name, prop in properties.items():
        if name not in wants:
            _unread_property(name, prop.template, where, wants, report, owner)
    for name, want in wants.items():
        prop = properties.get(name)
        template = prop.template if prop is not None else ""
        place = property_where(where, name, template)
        if prop is None:
            if want.required:
                report.problem(place, want.expected(), "nothing (the property is missing)", _add_hint(name, want, cls))
            values[name] = want.default
            continue
        try:
            value = convert(prop, want.type, want.expected())
        except PropertyTypeError as wrong:
            hint, fix = wrong.hint, wrong.fix
            if want.enum and prop.type != want.type:  # an int typed in for a drop-down's word: add it as the drop-down
                hint, fix = want.retype_hint(), f"as a property of type {want.enum}"
            report.problem(place, wrong.expected, wrong.found, _value_hint(template, name, hint, fix))
            values[name] = want.default
            continue
        if isinstance(value, float) and ((want.low is not None and value < want.low)
                                         or (want.high is not None and value > want.high)):
            report.problem(place, want.expected(), f"{value:g}", _value_hint(template, name, "", ""))
            value = want.default
        elif want.choices and value not in want.choices:
            hint = "; ".join(filter(None, (suggest(value, want.choices), want.pick_hint(name))))
            report.problem(place, want.expected(), quote(value), _value_hint(template, name, hint, "", keep=True))
            value = want.default
        elif want.required and want.type == "string" and not value.strip():
            report.problem(place, want.expected(), '""', _value_hint(template, name, f"fill in {name}", ""))
        elif want.enum and prop.propertytype != want.enum:
            _warn_of_lost_drop_down(prop, value, place, want, report)
        values[name] = value
    return values


def _warn_of_lost_drop_down(prop: Property, value: object, place: str, want: Want, report: MapReport) -> None:
    """A drop-down's word kept as plain text plays as well, but Tiled offers no drop-down for it any more, so the next
    value is typed by hand: Tiled writes it so when the map is saved without the project open, which defines the
    drop-downs (docs/level-design.md, "Open the project before a map")."""
    found = f"a property of type {quote(prop.propertytype)}" if prop.propertytype else \
        "a plain string property with no drop-down, as Tiled saves a map opened without the project"
    report.warning(place, f"a property of type {want.enum}, a drop-down", found,
                   f"open levels/blue-comet.tiled-project in Tiled first with Project > Open Project, then "
                   f"{want.retype_hint()}, and pick {quote(value)} from it")


def _add_hint(name: str, want: Want, cls: str) -> str:
    """The fix for a property the game needs and the object lacks, as the project offers it: the class's template,
    which has it (a drop-down where the project has one); or the property added by hand."""
    template = GAME_TEMPLATES / f"{cls}.tx"
    kind = f"type {want.enum}, a drop-down" if want.enum else f"a {want.type} property"
    added = f"add the property {name} ({kind}) in the object's Properties"
    if not cls or not template.is_file():
        return added
    picked = f", whose {name} is a drop-down" if want.enum else f", which has {name}"
    return (f"place it from the template levels/templates/{template.name} (Insert Template){picked}; or {added} "
            f"(in Tiled 1.9 and newer, its Class shows {name}: fill it in)")


def _value_hint(template: str, name: str, hint: str, fix: str, keep: bool = False) -> str:
    """The hint for a value the game cannot use: `hint`, the fix on the object itself, when the value is its own; when
    it has it from `template`, the fix there (`fix`, a few words on what to set it to) or its own value (`keep`:
    `hint` says something true of either, a "did you mean", and goes first)."""
    if not template:
        return hint
    where = value_in_template_hint(template, name, fix)
    return f"{hint}; {where}" if keep and hint else where


def _unread_property(name: str, template: str, where: str, wants: dict[str, Want], report: MapReport,
                     owner: str) -> None:
    """A property the game does not read. Close to one it does, it is a slip that would leave that setting at its
    default without a word in play: refused. Far from them all, it is the designer's own note (an author, a to-do,
    another tool's setting): a warning, and the map plays."""
    typo = one_slip(name, wants)
    known = f"; {suggest(name, wants)}" if wants else f"; {owner} has no properties"
    # One another class reads (an objective's after on a trigger, meant to hold its message back) is no note: say so
    readers = [cls for cls, read in OBJECT_CLASSES.items() if name in read]
    ignored = (f"; only {' and '.join(readers)} objects read {name}: here it does nothing (remove it)" if readers
               else "; the game ignores it: fine for a note of your own")
    (report.problem if typo else report.warning)(
        property_where(where, quote(name)[1:-1], template), f"a property {owner} reads", quote(name),
        f"property {quote(name)} is not read {f'on {owner}' if readers else 'by the game'}{known}"
        + ("" if typo else ignored))


# --- objects -------------------------------------------------------------------------------------------------------

REGION_SHAPES = ("rectangle", "ellipse", "polygon")
_GAME_PROPERTIES = {name for wants in OBJECT_CLASSES.values() for name in wants}
# Object layers where other engines' habits put blocking shapes, which this game's walls are not made of.
_COLLISION_NAMES = {"collision", "collisions", "colliders", "walls", "wall", "solid", "solids", "blockers",
                    "obstacles"}


def _game_properties(obj: TmxObject) -> list[str]:
    """The object's properties that one of the game's classes reads, sorted: on an object of no class, or of a class
    the game does not know, they say it is one of the game's that lost its class."""
    return sorted(name for name in obj.properties if name in _GAME_PROPERTIES)


def _game_object_signs(obj: TmxObject) -> str:
    """Why an object of a class the game does not know is plainly one of the game's all the same ("placed from
    template ..., an objective; it has hold, text"): its template's class or the game's properties; "" for neither
    (the designer's own note or marker)."""
    names = _game_properties(obj)
    signs = [f"placed from template {quote(obj.template)}, {_article(obj.template_class)} {obj.template_class}"
             ] if obj.template_class in OBJECT_CLASSES else []
    return "; ".join(signs + ([f"it has {', '.join(names)}"] if names else []))


def _meant_as(obj: TmxObject) -> list[str]:
    """The classes an object refused for its class (none, or one the game does not know: unclassed, unknown_class)
    is meant as: the one its class is a slip from, else its template's, else those that read all its properties
    (all of them where none does); none for an object not refused."""
    if obj.cls in OBJECT_CLASSES:
        return []
    typo = one_slip(obj.cls, OBJECT_CLASSES) if obj.cls else None
    if typo or obj.cls and obj.template_class in OBJECT_CLASSES:
        return [typo or obj.template_class]
    names = set(_game_properties(obj))
    return ([cls for cls, wants in OBJECT_CLASSES.items() if wants and names <= set(wants)] or sorted(OBJECT_CLASSES)
            if names else [])


class _Objects:
    """The map's objects read by class: spawns, patrols, triggers, objectives and zones, with every problem told."""

    def __init__(self, document: TmxDocument, report: MapReport) -> None:
        self.report = report
        self.by_id = {o.id: o for o in document.objects if o.id}
        self.points = {o.id: o.centre for o in document.objects if o.id}
        self.names = {o.id: o.name for o in document.objects if o.id}
        self.enemy_spawns: list[EnemySpawn] = []
        self.triggers: list[Trigger] = []
        self.objectives: list[Objective] = []
        self.zones: list[Zone] = []
        self.gates: list[Gate] = []
        self.tile_size = document.tile_width, document.tile_height
        # A grid of another size than the tiles is the checker's problem (check.py), told first: a gate measured
        # against it would be told to snap to the wrong grid
        painted = painted_size(document.tilesets.pictures.values())
        self.grid_fits = painted is None or painted[:2] == self.tile_size
        players = []
        blockers: dict[str, int] = {}  # collision-like layer, as messages name it (with its groups) → its shapes
        for obj in document.objects:
            if not obj.cls:
                self.unclassed(obj)  # the designer's notes and markers, unless they carry the game's properties
                if obj.shape in REGION_SHAPES and obj.layer.strip().lower() in _COLLISION_NAMES:
                    blockers[obj.layer_where] = blockers.get(obj.layer_where, 0) + 1
                continue
            if obj.cls not in OBJECT_CLASSES:
                self.unknown_class(obj)
                continue
            if obj.hidden:  # as with a hidden layer, a designer may untick Visible to leave a guard out for now
                report.warning(obj.where, "an object shown in Tiled, as it plays", "a hidden object, which still plays",
                               "hiding an object only hides it in Tiled; to leave it out, delete it or clear its class")
            values = _read_properties(obj.properties, obj.where, OBJECT_CLASSES[obj.cls], report,
                                      f"{_article(obj.cls)} {obj.cls} object", obj.cls)
            if obj.cls == "player_spawn":
                players.append(obj)
            elif obj.cls == "enemy_spawn":
                self.enemy(obj, values)
            elif obj.cls == "patrol_path":
                self.patrol_path(obj)
            elif obj.cls == "trigger":
                self.trigger(obj, values)
            elif obj.cls == "objective":
                self.objective(obj, values)
            elif obj.cls == "zone":
                self.zone(obj, values)
            elif obj.cls == "gate":
                self.gate(obj, values)
        for where, count in blockers.items():  # a habit from other engines: in this game, shapes block nothing
            report.warning(where, "walls made of solid tiles on a tile layer",
                           f"{counted(count, 'shape')} on an object layer, which block nothing",
                           "paint the walls with solid tiles on the collision tile layer")
        self.closed_for_ever()
        (self.player_spawn, self.player_spawn_where, self.player_spawn_object,
         self.player_spawn_shown) = self.one_player_spawn(players, document.dropped)

    def one_player_spawn(self, players: list[TmxObject],
                         dropped: int) -> tuple[tuple[float, float], str, tuple[int, str] | None, str]:
        """(where the player starts, how messages name it, its id and name as the map has them, its place as Tiled
        shows it): the map's one player_spawn object; any other count is a problem, unless there are none and objects
        were dropped (each for a problem already told). An object with no id (a map saved before Tiled 1.0) has no
        id and name to give."""
        if len(players) == 1:
            spawn = players[0]
            return (spawn.centre, spawn.where, (spawn.id, spawn.name) if spawn.id else None,
                    shown_at(spawn.shape, spawn.x, spawn.y, spawn.width, spawn.height))
        if players or not dropped:
            which = "; ".join(p.where for p in players[:5])
            self.report.problem("map", "exactly one player_spawn object",
                                f"{len(players)}" + (f" ({which})" if which else ""),
                                # what to do in Tiled, not what the object is for: a first map has none yet
                                "the player starts at it: on the object layer, insert one from "
                                "levels/templates/player_spawn.tx (Insert Template, V), or give a point object the "
                                "class player_spawn" if not players else "keep one and change the others' class")
        return (0.0, 0.0), NO_PLAYER_SPAWN, None, ""

    def unknown_class(self, obj: TmxObject) -> None:
        """Close to one of the game's classes, a class is a slip that would drop the object (a guard, the goal)
        without a word in play: refused. So is one on an object plainly the game's, placed from a template of one
        of its classes or with their properties (as an object of no class is, unclassed). Else it is the designer's
        own tag (a note, a marker): a warning."""
        typo = one_slip(obj.cls, OBJECT_CLASSES)
        signs = "" if typo else _game_object_signs(obj)
        unknown = f"class {quote(obj.cls)} is not used by the game"
        if signs:
            template = obj.template_class
            fix = (f"clear its Class, and it is {_article(template)} {template} as its template makes it"
                   if template in OBJECT_CLASSES else
                   f"set its Class to {' or '.join(_meant_as(obj))}, or remove those properties to keep it as a note")
            self.report.problem(_part_where(obj, "class"), "an object class the game uses, or none",
                                f"class {quote(obj.cls)} ({signs})",
                                f"{unknown}, and the object would drop out of play without a word: {fix}")
            return
        (self.report.problem if typo else self.report.warning)(
            _part_where(obj, "class"), "an object class the game uses, or none", f"class {quote(obj.cls)}",
            f"{unknown}; {suggest(obj.cls, OBJECT_CLASSES)}"
            + ("; or clear the class to keep it as a note" if typo else ""))

    def patrol_path(self, obj: TmxObject) -> None:
        """A patrol path is a line or loop through two places at least (enemy() reads its points)."""
        if obj.shape not in ("polyline", "polygon"):
            self.report.problem(_part_where(obj, "shape"),
                                "a polyline (walked back and forth) or polygon (walked round)",
                                _shape_text(obj),
                                _shape_fix(obj, POLYGON_TOOL, f"draw patrol paths with {POLYGON_TOOL}: right-click to "
                                           "finish a line, click the first point to close a loop"))
        elif len(set(obj.points)) < 2:  # a guard walking it would stand still and call it a patrol
            self.report.problem(_part_where(obj, "shape"), "a path through at least two places",
                                counted(len(obj.points), "point") + (" on one spot" if len(obj.points) > 1 else ""),
                                _shape_fix(obj, POLYGON_TOOL,
                                           "click a second point along the way before you finish the line"))

    def trigger(self, obj: TmxObject, values: dict) -> None:
        region = self.region(obj)
        situation = self.situation(obj, values)
        self.trigger_text(obj, values)
        if region is not None:
            self.triggers.append(Trigger(obj.id, obj.name, obj.layer, region, values["action"], values["text"],
                                         values["once"], situation, where=obj.where,
                                         template=obj.template, inherited=_inherited(obj)))

    def unclassed(self, obj: TmxObject) -> None:
        """An object with no class but with properties the game reads (`kind`, `hold`, ...) lost its class, or never
        had it set: it would drop out of play without a word (a guard, the goal), so it is refused."""
        names = _game_properties(obj)
        if not names and obj.shape == "tile":
            self.report.warning(_part_where(obj, "shape"), "tiles painted on a tile layer",
                                "a tile object, which the game neither draws nor lets block",
                                "paint the tile on a tile layer instead")
        if names:
            self.report.problem(_part_where(obj, "class"), "a class, on an object with the game's properties",
                                f"none (it has {', '.join(names)})",
                                f"set its Class to {' or '.join(_meant_as(obj))}, "
                                "or remove those properties to keep it as a note")

    def objective(self, obj: TmxObject, values: dict) -> None:
        region = self.region(obj)
        if region is not None:
            # With no order of its own, a hold's plate says to hold, not "Reach": its ring counts seconds to stay.
            default = HOLD_ORDER if values["hold"] > 0 else OBJECT_CLASSES["objective"]["text"].default
            text = _words_or(values["text"] if "text" in obj.properties else default, default,
                             _property_where(obj, "text"), "the objective's plate", self.report)
            self.objectives.append(Objective(obj.id, obj.name, obj.layer, region, text, values["hold"],
                                             self.after(obj, values["after"]), where=obj.where,
                                             template=obj.template, inherited=_inherited(obj)))

    def zone(self, obj: TmxObject, values: dict) -> None:
        region = self.region(obj)
        if region is not None:
            self.zones.append(Zone(obj.id, obj.name, obj.layer, region, values["kind"], values["strength"],
                                   where=obj.where))

    def gate(self, obj: TmxObject, values: dict) -> None:
        """A gate: a rectangle of whole tiles, opened or shut by one trigger or objective."""
        if obj.shape != "rectangle":
            self.report.problem(_part_where(obj, "shape"), "a rectangle (a gate covers whole tiles)", _shape_text(obj),
                                _shape_fix(obj, "the Rectangle tool", "draw it with the Rectangle tool (R)"))
            return
        region = self.region(obj)
        switches = [(name, values[name]) for name in ("opens", "shuts") if values[name]]
        if len(switches) != 1:
            found = "neither" if not switches else f"both (opens {values['opens']}, shuts {values['shuts']})"
            self.report.problem(obj.where, "a gate with one of opens or shuts (the trigger or objective that works it)",
                                found, "pick what opens it in opens (it starts shut), or what shuts it in shuts "
                                "(it starts open), with the property's object picker" if not switches
                                else "keep one: a gate opens once or shuts once")
            return
        name, ref = switches[0]
        verb = name[:-1]
        if self._referred(obj, name, ref, ("trigger", "objective"), "the id of a trigger or objective object",
                          "the trigger or objective", f"the trigger whose firing, or the objective whose hold, "
                          f"makes it {verb}") is None or region is None:
            return
        tile_width, tile_height = self.tile_size
        if self.grid_fits and any(value % size for value, size in ((obj.x, tile_width), (obj.y, tile_height),
                                                                   (obj.width, tile_width), (obj.height, tile_height))):
            self.report.problem(_part_where(obj, "size"), f"a gate on the tile grid (x, y, width and height whole "
                                f"multiples of {tile_width} x {tile_height} px)",
                                f"x {obj.x:g}, y {obj.y:g}, {obj.width:g} x {obj.height:g} px",
                                "turn on View > Snapping > Snap to Grid and drag its corners onto the tiles' corners")
            return
        self.gates.append(Gate(obj.id, obj.name, obj.layer, region, values["opens"], values["shuts"], where=obj.where,
                               template=obj.template, inherited=_inherited(obj)))

    def enemy(self, obj: TmxObject, values: dict) -> None:
        if obj.shape != "point":
            self.report.problem(_part_where(obj, "shape"), "a point object (an enemy spawn stands on a point)",
                                _shape_text(obj), _shape_fix(obj, "the Point tool", "insert it with the Point tool"))
            return
        patrol, loop = self.patrol(obj, values["patrol"])
        self.enemy_spawns.append(EnemySpawn(values["kind"], obj.x, obj.y, obj.id, obj.name, patrol, loop, obj.layer,
                                            values["holds_post"], self.arrives(obj, values["arrives"]),
                                            values["difficulty"], where=obj.where, template=obj.template,
                                            inherited=_inherited(obj)))

    def arrives(self, obj: TmxObject, ref: int) -> int:
        """What brings a reinforcement in: a trigger or an objective (0: it is there from the start)."""
        if ref:
            self._referred(obj, "arrives", ref, ("trigger", "objective"), "the id of a trigger or objective object",
                           "the trigger or objective", "the trigger whose firing, or the objective whose hold, brings "
                           "it in")
        return ref

    def after(self, obj: TmxObject, ref: int) -> int:
        """The objective to reach before this one opens (0: open from the start); itself, it would never open."""
        if ref and ref == obj.id:
            self.report.problem(_property_where(obj, "after"), "the id of another objective object",
                                f"{ref}, this objective itself (it would never open)",
                                "pick the objective to reach first with the property's object picker, or clear after "
                                "to have this one open from the start")
            return 0
        if ref and self._referred(obj, "after", ref, ("objective",), "the id of an objective object", "the objective",
                                  "the objective the player must reach before this one opens") is None:
            return 0
        return ref

    def closed_for_ever(self) -> None:
        """Objectives whose `after`s run round in a ring never open, and the level could never be won: the ring is
        told once, on its first objective in the file, naming the ring in the order the player would have to reach
        it."""
        after = {objective.object_id: objective.after for objective in self.objectives}
        named = {objective.object_id: objective for objective in self.objectives}
        told: list[int] = []
        for objective in self.objectives:
            if not objective.after:  # open from the start (and so is any map saved before Tiled gave objects ids)
                continue
            seen = [objective.object_id]
            while after.get(seen[-1]) in named and after[seen[-1]] not in seen:
                seen.append(after[seen[-1]])
            if after.get(seen[-1]) != objective.object_id or objective.object_id in told:
                continue  # no ring, or a ring through others that is told from its first in the file
            ring = seen[::-1]  # the one reached first, first: each is after the one before it
            told += ring
            names = ", then ".join(f"{i} {quote(named[i].name)}" for i in ring)
            self.report.problem(_property_where(self.by_id[objective.object_id], "after"),
                                "objectives that come in an order with a first", f"a ring: {names}, then "
                                f"{ring[0]} {quote(named[ring[0]].name)} again, so none of them ever opens",
                                "clear after on the one the player should reach first")

    def patrol(self, obj: TmxObject, ref: int) -> tuple[tuple[tuple[float, float], ...], bool]:
        path = ref and self._referred(obj, "patrol", ref, ("patrol_path",), "the id of a patrol_path object",
                                      "the path", "a polyline or polygon of class patrol_path")
        if path and path.shape in ("polyline", "polygon"):
            return path.points, path.shape == "polygon"
        return (), False  # none, or a patrol_path of the wrong shape, which has its own problem already

    def _referred(self, obj: TmxObject, prop: str, ref: int, classes: tuple[str, ...], expected: str, pick: str,
                  meant: str) -> TmxObject | None:
        """The object an object property refers to, when it is of one of `classes`; else None, and the problem told
        (no such object: pick `pick` with the object picker; another class: refer to what is `meant`)."""
        found = self.by_id.get(ref)
        place = _property_where(obj, prop)
        if found is None:
            self.report.problem(place, expected, f"{ref} (no object has id {ref})",
                                f"pick {pick} with the property's object picker")
        elif set(_meant_as(found)) & set(classes):
            pass  # its class is told (unclassed, unknown_class), whose fix mends this too: one mistake, one line
        elif found.cls not in classes:
            what = f"class {quote(found.cls)}" if found.cls else "no class"
            self.report.problem(place, expected, f"{ref} ({named_object(ref, found.name)} has {what})",
                                f"refer to {meant}")
        else:
            return found
        return None

    def situation(self, obj: TmxObject, values: dict) -> str:
        """An advise trigger's situation, which must be one of Rei's; no other action reads one."""
        action, name = values["action"], values["situation"]
        place = _property_where(obj, "situation")
        rei = SITUATIONS["rei"]
        prop = obj.properties.get("situation")
        if prop is not None and prop.type != "string":
            return ""  # _read_properties has told the designer about its type
        if action != "advise":
            if name and action:  # an unknown action has its own problem already
                self.report.problem(place, f"no situation on {_article(action)} {action} trigger", quote(name),
                                    "only an advise trigger reads situation; remove it or set action to advise")
            return ""
        expected = OBJECT_CLASSES["trigger"]["situation"].expected()
        if not name.strip():
            known = ", ".join(sorted(rei))
            if prop is None:
                self.report.problem(place, expected, "nothing (the property is missing)",
                                    f"add the property situation (type ReiSituation, a drop-down) naming what Rei "
                                    f"speaks to; known: {known}")
            else:
                self.report.problem(place, expected, quote(name), f"fill in situation; known: {known}")
            return ""
        if name not in rei:
            self.report.problem(place, expected, quote(name), suggest(name, rei))
            return ""
        return name

    def trigger_text(self, obj: TmxObject, values: dict) -> None:
        """A message trigger needs words to show, and only a message trigger shows any; a word in braces in them names
        a control ("{fire}"), "{{" and "}}" write a brace, and any other brace is a slip (control_word_problems)."""
        action, text = values["action"], values["text"]
        place = _property_where(obj, "text")
        prop = obj.properties.get("text")
        if prop is not None and prop.type != "string":
            return  # _read_properties has told the designer about its type
        if action == "message" and not text.strip():
            self.report.problem(place, "the words a message trigger shows", "nothing" if prop is None else quote(text),
                                "fill in text, or set action to what the trigger should do")
        elif action in TRIGGER_ACTIONS and action != "message" and text.strip():
            self.report.problem(place, f"no text on {_article(action)} {action} trigger", quote(text),
                                f"{_article(action).capitalize()} {action} trigger shows nothing; to tell the player, "
                                "put a message trigger over the same area")
        for found, expected, fix in control_word_problems(text) if action == "message" else ():
            self.report.problem(place, expected, found, fix)

    def region(self, obj: TmxObject) -> Region | None:
        if obj.shape not in REGION_SHAPES:
            self.report.problem(_part_where(obj, "shape"), "a rectangle, ellipse or polygon", _shape_text(obj),
                                f"{_article(obj.cls)} {obj.cls} covers an area; "
                                + _shape_fix(obj, REGION_TOOLS, f"draw it with {REGION_TOOLS}"))
            return None
        if obj.rotation:
            self.report.problem(_part_where(obj, "rotation"), "a region that is not rotated",
                                f"rotation {obj.rotation:g}°",
                                "rotated regions are not supported; "
                                + _setting_fix(obj, "rotation", "Rotation to 0", "reset Rotation to 0",
                                               "reset this one's Rotation to 0"))
            return None
        if obj.shape == "polygon":
            if len(obj.points) < 3:
                self.report.problem(_part_where(obj, "shape"), "a polygon of at least 3 corners", f"{len(obj.points)}",
                                    _shape_fix(obj, POLYGON_TOOL, ""))
                return None
            xs, ys = [p[0] for p in obj.points], [p[1] for p in obj.points]
            return Region("polygon", min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys), obj.points, (obj.x, obj.y))
        if obj.width <= 0 or obj.height <= 0:
            self.report.problem(_part_where(obj, "size"), "a region with an area",
                                f"a {obj.width:g} x {obj.height:g} {obj.shape}", _no_area_fix(obj))
            return None
        return Region(obj.shape, obj.x, obj.y, obj.width, obj.height)


def _no_area_fix(obj: TmxObject) -> str:
    """The fix for a region without an area: a click (0 x 0) is drawn again by dragging; a side of 0 (0 x 192, a
    line) is given its size, in the object's properties or by dragging a handle out."""
    flat = [side for side, size in (("Width", obj.width), ("Height", obj.height)) if size <= 0]
    if len(flat) == 2:
        return _setting_fix(obj, "size", "Width and Height", "drag out the shape in Tiled instead of clicking",
                            "drag this one out larger")
    side = flat[0]
    return _setting_fix(obj, "size", side, f"set its {side} in the object's Properties, or drag its "
                        "handle out with the Select Objects tool (S)", f"set this one's {side}")


def _property_where(obj: TmxObject, name: str) -> str:
    """How a message names the object's property `name`, with the template it has the value from, if one."""
    prop = obj.properties.get(name)
    return property_where(obj.where, name, prop.template if prop is not None else "")


def _part_where(obj: TmxObject, part: str) -> str:
    """How a message about the object's class, shape, size or rotation (`part`) names it (tmx_templates.part_where)."""
    return part_where(obj.where, part, obj.template if part in obj.inherited else "")


def _shape_fix(obj: TmxObject, tool: str, own: str) -> str:
    """The fix for a wrong shape: `own` when the object has the shape itself, else the template's to redraw."""
    return redraw_hint(obj.template, tool) if "shape" in obj.inherited else own


def _setting_fix(obj: TmxObject, part: str, setting: str, own: str, this_one: str) -> str:
    """The fix for a wrong size or rotation (`part`): `own` when the object has it itself, else `setting` in the
    template, or `this_one`, the object's own that then stands over the template's."""
    return set_in_template_hint(obj.template, setting, this_one) if part in obj.inherited else own


_TEMPLATE_PARTS = ("shape", "size", "rotation")  # the parts the checker's messages blame on a template


def _inherited(obj: TmxObject) -> frozenset[str]:
    """What the object has from its template (EnemySpawn.inherited), for the checker's messages to blame it on: the
    properties it does not set itself, and its shape, size and rotation when the template gives them. A property of
    a part's name (the designer's own: the game reads none) is left out, so as not to blame the template for the
    object's own shape."""
    properties = {name for name, prop in obj.properties.items() if prop.template and name not in _TEMPLATE_PARTS}
    return frozenset(properties | {part for part in _TEMPLATE_PARTS if part in obj.inherited})


def _shape_text(obj: TmxObject) -> str:
    return {"tile": "a tile object", "text": "a text object", "ellipse": "an ellipse"}.get(obj.shape, f"a {obj.shape}")


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"
