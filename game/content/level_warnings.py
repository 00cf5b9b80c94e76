"""The designer's warnings on a map read by level.py: what plays, but is most likely a slip in Tiled."""

import functools
import math
import operator
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from game.content.advisor import SITUATIONS, message_speaker
from game.content.errors import named_object, quote
from game.content.glyphs import undrawable
from game.content.level_data import Objective, Zone
from game.content.level_schema import COLLISION_LAYER
from game.content.tmx_data import GID_FLAGS
from game.content.tmx_document import TmxDocument
from game.content.tmx_properties import property_where
from game.content.tmx_report import MapReport
from game.content.tmx_tilesets import GAME_TILESETS
from game.content.tmx_xml import XmlRefused, read_xml, written_whole
from game.content.words import counted
from game.files import real_path

if TYPE_CHECKING:  # only named in annotations: level.py imports this module
    from game.content.level import _Objects


def warn_of_absolute_next(following: str, report: MapReport) -> None:
    """Tiled's file picker writes `next` relative to the map; a whole path typed in finds the map only on this
    computer, and the campaign stops there on any other."""
    if following and written_whole(following):
        report.warning("map, property next", "a path relative to this map, as Tiled's file picker writes it",
                       quote(following), "pick the map again with the property's file picker")


def warn_of_embedded_copies(document: TmxDocument, report: MapReport) -> None:
    """A tileset embedded in the map that draws from the image of one of the game's tilesets is a copy of it (Tiled's
    Embed Tileset button makes one): it plays, solid flags and all, but it no longer follows the game's file, which
    tools/make_art.py writes, so new tiles, flags and terrain never reach the map. The manual says never to embed it."""
    images = game_tileset_images()
    for where, image, solid in document.tilesets.embedded:
        tsx = images.get(image) or _same_picture(image, images)
        if tsx is None:
            continue  # a tileset of the designer's own: no file of the game's to follow
        file = f"assets/tilesets/{tsx}"
        found = (f"a copy of it embedded in the map (Embed Tileset), its {counted(solid, 'solid tile')} kept" if solid
                 else f"a tileset made from its image, {Path(image).name}, embedded in the map")
        report.warning(where, f"the game's tileset file, {file}, as an external tileset", found,
                       f"the map no longer follows {file} as tools/make_art.py changes it: select the tileset in the "
                       f"Tilesets view, click Replace Tileset (Map > Replace Tileset...) and pick {file}; the tiles "
                       "painted stay where they are")


def _same_picture(image: str, images: dict[str, str]) -> str | None:
    """The .tsx of the game's tileset whose image has the same name and bytes as `image` (a copy of the image, in
    another checkout or folder, is the game's tileset all the same); None for none."""
    for game_image, tsx in images.items():
        if Path(game_image).name == Path(image).name:
            try:
                if Path(game_image).read_bytes() == Path(image).read_bytes():
                    return tsx
            except OSError:
                continue
    return None


@functools.lru_cache(maxsize=1)
def game_tileset_images() -> dict[str, str]:
    """The whole path of each game tileset's image → its .tsx file's name (mars.png → mars.tsx)."""
    images = {}
    for tsx in sorted(GAME_TILESETS.glob("*.tsx")):
        try:
            image = read_xml(tsx, "a Tiled tileset", shared=True).find("image")
        except XmlRefused:
            continue  # the game's own file: its damage is told when a map uses it
        if image is not None and image.get("source"):
            images[str(real_path(tsx.parent / image.get("source")))] = tsx.name
    return images


def warn_of_hidden_walls(document: TmxDocument, report: MapReport) -> None:
    """A hidden layer (or one at opacity 0) is not seen, but its solid tiles still block: walls nobody can see, which is
    what the collision layer is for."""
    solid_gids = document.tilesets.solid
    for layer in document.tile_layers:
        if (layer.visible and layer.opacity > 0) or layer.name.lower() == COLLISION_LAYER:
            continue
        blocking = sum(1 for row in layer.cells for gid in row if gid and (gid & ~GID_FLAGS) in solid_gids)
        if blocking:
            unseen = "a hidden layer" if not layer.visible else "a layer at opacity 0"
            # Inside a group, a group hidden or at opacity 0 may be what hides the layer: the message names it.
            shown = "the layer and the groups around it" if layer.where.startswith("group ") else "the layer"
            report.warning(layer.where, f"{unseen} that blocks nothing",
                           f"{blocking} solid tiles that still block, unseen",
                           f"show {shown}; invisible walls belong on the collision layer")


def warn_of_covered_walls(document: TmxDocument, report: MapReport) -> None:
    """A layer drawn over most of the solid tiles below it (the ground dragged above the walls in the Layers panel)
    hides walls that still block. Details over a few walls are fine; covering most of them is a slip."""
    solid_set = document.tilesets.solid
    solid_gids = np.array(sorted(solid_set), dtype=np.int64)
    solid_below = None  # cells with a solid tile on a layer drawn so far
    drawn = [layer for layer in document.tile_layers if layer.name.lower() != COLLISION_LAYER and layer.visible]
    for index, layer in enumerate(drawn):
        if solid_below is None and (index == len(drawn) - 1
                                    or not any(gid and (gid & ~GID_FLAGS) in solid_set for gid in layer.gids)):
            # nothing solid yet to cover, and this layer adds none, or no layer is drawn over it: no cells to look at
            continue
        gids = np.array(layer.cells, dtype=np.int64) & ~GID_FLAGS
        solid = np.isin(gids, solid_gids)
        if solid_below is None:
            solid_below = solid
            continue
        walls = int(np.count_nonzero(solid_below))
        covered = int(np.count_nonzero(solid_below & (gids != 0) & ~solid))  # painted over with tiles that let by
        if walls and covered * 2 > walls:
            report.warning(layer.where, "a layer under the walls, or over only a few of them",
                           f"a layer drawn over {covered} of the {walls} solid tiles below it, which still block, "
                           "unseen", "drag it below the walls layer in the Layers panel")
        solid_below |= solid


def warn_of_unpainted_cells(document: TmxDocument, report: MapReport) -> None:
    """A cell no shown layer paints is a hole in the ground: Tiled shows its own background there, the game a flat
    colour of Mars's ground (on a New York map too), so a cell missed by the fill goes unseen until play."""
    drawn = [layer for layer in document.tile_layers if layer.name.lower() != COLLISION_LAYER]
    shown = [layer for layer in drawn if layer.visible and layer.opacity > 0]
    # Silent when a shown layer paints every cell (the ground, nearly always), or when nothing is painted yet on any
    # layer: plain at a look, not a slip. A painted ground hidden (its eye or its group's shut) is a slip all the same.
    if any(0 not in layer.gids for layer in shown) or all(layer.gids <= {0} for layer in drawn):
        return
    holes, first = 0, None
    for y in range(document.height):
        painted = (0,) * document.width
        # map() walks a row in C, as level._layers() does: a million cells in a fraction of a second
        for layer in shown:
            painted = tuple(map(operator.or_, painted, layer.cells[y]))
        unpainted = painted.count(0)
        if unpainted and first is None:
            first = (painted.index(0), y)
        holes += unpainted
    if holes:
        column, row = first
        hidden = next((layer for layer in drawn if layer not in shown and layer.cells[row][column]), None)
        fix = (f"it is painted on layer {quote(hidden.name)}, which is hidden: show it (its eye in the Layers view, "
               "and its group's)" if hidden is not None else "paint them on the ground layer, the Bucket Fill Tool "
               "(F) for a hole")
        report.warning("map", "every cell painted on a tile layer that is shown",
                       f"{counted(holes, 'cell')} no shown layer paints, the first at tile ({column}, {row})",
                       f"the game fills them with a flat colour: {fix}")


def warn_of_places_on_the_spawn(objects: "_Objects", report: MapReport) -> None:
    """An objective over the player spawn is reached by standing still; a trigger there springs as the level begins,
    under its title card and Rei's first line. Either may be meant, so a warning. Not one that comes after another (its
    `after`): closed at the start, it is the way back to where the Layzner landed. Nor a briefing in a cockpit voice
    ("Rei: ..."): said in her panel, clear of the title card, in place of her first line, it is what a first mission
    opens with (the Mars base's)."""
    briefing = [t for t in objects.triggers if t.action == "message" and message_speaker(t.text)[0] in SITUATIONS]
    for place, what, happens in [(o, "an objective", "it is reached by standing still") for o in objects.objectives
                                 if not o.after] + \
            [(t, "a trigger", "it springs as the level begins, under the title card") for t in objects.triggers
             if t not in briefing]:
        if place.region.contains(*objects.player_spawn):
            report.warning(place.where, f"{what} away from the player spawn", "the player spawn inside it",
                           f"{happens}; move it off the spawn")


def warn_of_unwalked_patrols(document: TmxDocument, objects: "_Objects", report: MapReport) -> None:
    """A patrol path no object's patrol names is walked by no one: the guard meant for it holds its ground, and
    nothing in play says so (a patrol naming it from an object refused, or of the wrong kind, is told as such). The
    enemy spawn with no patrol nearest its first point, within two tiles (where a designer puts the guard that walks
    it), is most likely that guard."""
    named = {prop.text.strip() for obj in document.objects for name, prop in obj.properties.items() if name == "patrol"}
    near = 2 * max(document.tile_width, document.tile_height)
    for path in document.objects:
        if path.cls != "patrol_path" or not path.id or str(path.id) in named or not path.points:
            continue
        standing = sorted((math.dist(path.points[0], (spawn.x, spawn.y)), index)
                          for index, spawn in enumerate(objects.enemy_spawns) if not spawn.patrol)
        guard = next((objects.enemy_spawns[index] for distance, index in standing if distance <= near), None)
        fix = (f"{named_object(guard.object_id, guard.name)} stands by its first point: set its patrol to "
               f"{named_object(path.id, path.name)} with the property's object picker" if guard else
               "pick it in an enemy spawn's patrol with the property's object picker, or delete it")
        report.warning(path.where, "a patrol path an enemy walks (the patrol of an enemy_spawn)",
                       "none whose patrol names it", fix)


def warn_of_twin_objectives(objectives: list[Objective], report: MapReport) -> None:
    """Two objectives giving one order show the player two marks alike, and which area is which cannot be told; two
    with one name are most likely a copy meant to be changed. Play goes by id, so both still play: a warning on the
    later one, naming the earlier."""
    first: dict[tuple[str, str], int] = {}  # (name or order, as read) → the index of the first objective with it
    for at, objective in enumerate(objectives):
        alike: dict[int, list[str]] = {}  # an earlier objective's index → what this one shares with it
        for what, value in (("name", objective.name), ("order", objective.text)):
            key = " ".join(value.split())  # as the player reads it: a space more or less does not tell them apart
            if key:
                earlier = first.setdefault((what, key), at)
                if earlier != at:
                    alike.setdefault(earlier, []).append(what)
        for index, shared in sorted(alike.items()):
            earlier = objectives[index]
            other = named_object(earlier.object_id, earlier.name if "name" not in shared else "")
            if shared == ["name"]:
                report.warning(objective.where, "a name no other objective has", f"{quote(objective.name)}, as "
                               f"{other} has", "copied from it? rename it, and give it its own text if it is meant "
                               "to differ: the game tells the two apart by id, and both play")
                continue
            where = (objective.where if "name" in shared
                     else property_where(objective.where, "text", objective.template_of("text")))
            found = (f"the name {quote(objective.name)} and the order {quote(objective.text)}" if "name" in shared
                     else quote(objective.text))
            report.warning(where, f"{'a name and ' if 'name' in shared else 'an '}order no other objective has",
                           f"{found}, as {other} has", "the player sees the two orders alike and cannot tell which "
                           "area is which: give each its own text" + (", and its own name" if "name" in shared else ""))


def warn_of_undrawable_text(title: str | None, objects: "_Objects", report: MapReport) -> None:
    """Words the player reads (the title, messages, objective labels) in characters the game's font lacks show as
    boxes: a warning naming them, as the text still plays."""
    texts = [("map, property title", title or "")]
    texts += [(property_where(place.where, "text", place.template_of("text")), place.text)
              for place in objects.objectives + objects.triggers]
    for where, text in texts:
        lacked = undrawable(text)
        if lacked:
            report.warning(where, "characters the game's font can draw",
                           ", ".join(f"{quote(char)} (U+{ord(char):04X})" for char in lacked[:8])
                           + (f" and {len(lacked) - 8} more" if len(lacked) > 8 else ""),
                           "on screen they show as boxes; the font has Latin, Greek and Cyrillic letters "
                           "and the usual punctuation")


def warn_of_unseen_zones(zones: list[Zone], storm: float, weather: str, report: MapReport) -> None:
    """A zone that shows nothing and cuts no one's sight plays as if it were not there: one of strength 0 (no cloud,
    no drops), or on a rain map a rain zone no heavier than the map's rain (drawn as the map's rain, and the stronger
    storm counting, sim/weather.py); most likely a strength set before the map's storm was raised, or a light patch
    meant."""
    for zone in zones:
        where = property_where(zone.where, "strength")
        if zone.strength == 0:
            report.warning(where, "a zone with a storm in it", "0", "a zone of strength 0 shows nothing and cuts no "
                           "one's sight: give it a strength, or remove it")
        elif weather == "rain" and zone.kind == "rain" and zone.strength <= storm:
            report.warning(where, f"a rain zone heavier than the map's rain (storm {storm:g})", f"{zone.strength:g}",
                           f"on a rain map it shows nothing more and cuts no one's sight: make it stronger than "
                           f"{storm:g}, or remove it")
