"""A map's check as a designer needs it, each mistake one line beyond syntax: the round of its problems and warnings."""

import math
import os
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

from game.content.catalog import Catalog
from game.content.check_corners import collection_corner_warnings, corner_sheet_warnings, misnamed_corner_warnings
from game.content.check_places import (against_a_wall, objectives_off_the_map, on_map, patrol_problems,
                                       regions_off_the_map, spawn_problems, spawn_warnings)
from game.content.check_reach import unreachable
from game.content.check_sight import seen_at_the_start
from game.content.errors import ContentError, Problem, Unchecked, quote
from game.content.gate_check import gate_problems, gate_warnings, shut_in, shut_off
from game.content.level import POLYGON_TOOL, load_level
from game.content.level_data import NO_PLAYER_SPAWN, LevelData
from game.content.level_schema import DIFFICULTIES, OBJECT_CLASSES
from game.content.level_warnings import game_tileset_images
from game.content.route_time import tight_time_limit
from game.content.spelling import nearest, one_slip, suggest
from game.content.time_check import out_of_time
from game.content.tmx_limits import MAX_PROBLEMS
from game.content.tmx_properties import property_where
from game.content.tmx_report import MORE_LISTED, more_problems
from game.content.tmx_templates import part_where, redraw_hint, set_in_template_hint, value_in_template_hint
from game.content.tmx_tilesets import GAME_TILESETS, painted_size
from game.content.tmx_xml import missing
from game.files import is_file, real_path
from game.sim.resources import TICK_RATE

ROOT = Path(__file__).resolve().parents[2]
MUSIC = ROOT / "assets" / "music"


@dataclass(frozen=True)
class CheckedMap:
    """The checker's word on one map: what must be fixed and what is worth a look."""
    path: Path
    problems: tuple[Problem, ...]  # must be fixed: the game refuses the map
    warnings: tuple[Problem, ...] = ()  # Tiled features the game ignores: worth a look, the map still plays
    next_level: str = ""  # the map its `next` names (a whole path), "" for none or when it did not load
    # Why it was checked (check_campaign): "" for a map named (or in a folder named); CAMPAIGN for a map of the
    # campaign a shipped map named is part of; NEXT for one a named map's `next` leads to, in a chain of its own
    reached: str = ""
    unchecked: Unchecked | None = None  # for a map the loader refused, the checks that wait until it loads
    title: str = ""  # its title card's, "" when it did not load


def check_map(path: Path, catalog: Catalog) -> CheckedMap:
    try:
        level = load_level(path)
    except ContentError as error:
        refused = checked_refusal(error, catalog)
        return CheckedMap(path, refused.problems, unchecked=refused.unchecked)
    warnings = level.warnings + tuple(level_warnings(level, catalog))
    return CheckedMap(path, tuple(level_problems(level, catalog)), warnings, level.next_level, title=level.title)


def level_warnings(level: LevelData, catalog: Catalog) -> list[Problem]:
    """Warnings the loader alone cannot give (they need the machines' sizes, or the files beside the tilesets): the
    check lists them after the loader's, and a playtest prints them with the loader's (game/session.py), so the
    designer reads the same warnings either way. A tight time_limit's walk costs under 1 ms on each shipped level."""
    player = catalog.units[catalog.player]
    tight = tight_time_limit(level, player.max_speed, "at cruise speed")
    if tight and out_of_time(level, *_fastest(player), player.radius):
        tight = []  # a certain impossibility is the problem level_problems tells: one mistake, one line
    return (spawn_warnings(level, catalog) + corner_sheet_warnings(level) + misnamed_corner_warnings(level)
            + collection_corner_warnings(level) + gate_warnings(level, _enemy_radii(catalog))
            + shut_off(level, player.radius, _enemy_radii(catalog)) + tight + seen_at_the_start(level, catalog))


def level_problems(level: LevelData, catalog: Catalog) -> list[Problem]:
    """Problems the loader alone cannot see: the grid against the tiles, walls that do not block, unknown kinds and
    tracks, spawns off the map or in walls, patrols through walls, places out of reach."""
    return _problems(level, catalog)


def checked_refusal(error: ContentError, catalog: Catalog) -> ContentError:
    """A map the loader refused (`error`), with the mistakes the checker finds besides in what was read of it
    (error.read): so one refused value does not hide the rest, and a designer mends them all in one save. Each check
    that can run on a half-read map runs alone (one that trips on it is passed over) and says nothing of a place the
    loader's lines name (one mistake, one line); those that need the whole level wait, and its last line says so."""
    if error.read is None:  # not read far enough for any check
        return error
    level, told = error.read.level, {problem.where for problem in error.problems}
    found = [problem for problem in _problems(level, catalog, whole=False, format_read=error.read.format_read)
             if problem.where not in told]
    waiting = "the ways on foot to each objective, trigger and enemy, the gates and the time limit"
    if not error.read.format_read:
        waiting = f"the walls, where each spawn, patrol and area stands, {waiting}"
    return ContentError(_listed(error.problems, found, level.path), files=error.files,
                        unchecked=Unchecked(level.path, waiting))


def _listed(told: tuple, found: list, file: str) -> tuple:
    """The loader's lines `told`, then the checker's `found` while at most MAX_PROBLEMS are listed, as the loader lists
    a map's, and a last line for those left out; none of `found` where the loader's list was cut short already (its
    last line asks for a check again once these are fixed)."""
    if told and told[-1].expected == MORE_LISTED:
        return told
    room = max(MAX_PROBLEMS - len(told), 0)
    more = (more_problems(file, len(found) - room),) if len(found) > room else ()
    return (*told, *found[:room], *more)


def _call(check, *args) -> list[Problem]:
    return check(*args)


def _alone(check, *args) -> list[Problem]:
    """The check's problems on a half-read map, or none when it trips on what was left out of it."""
    try:
        return check(*args)
    except Exception:  # noqa: BLE001 - a value refused or an object dropped may break what a check assumes
        return []


def _problems(level: LevelData, catalog: Catalog, whole: bool = True, format_read: bool = True) -> list[Problem]:
    """level_problems; or, not `whole` (a map the loader refused), those of its checks that can run on what was read
    of it, each alone: `format_read`, its walls and places are as the map has them."""
    run = _call if whole else _alone
    problems = run(_grid_problems, level) if format_read else []
    places = format_read and not problems  # on a grid of the wrong size, every place is measured against wrong cells
    if format_read:
        problems += run(_walls_that_do_not_block, level)
    player = catalog.units[catalog.player]
    if places and (whole or level.player_spawn_where != NO_PLAYER_SPAWN):  # a map refused may have none, or several
        problems += run(spawn_problems, level, level.player_spawn_where, *level.player_spawn, player.radius,
                        "the player spawn", level.player_spawn_shown)
    problems += run(_enemy_spawn_problems, level, catalog, places)
    problems += run(_too_small_to_count, level, player)
    if places:  # the gates and the time limit need the whole level: a refused map waits for them
        if whole:
            problems += gate_problems(level, _machines_at_start(level, catalog),
                                      [(spawn.where, spawn.x, spawn.y, catalog.units[spawn.kind].radius)
                                       for spawn in level.arrivals if spawn.kind in catalog.enemy_kinds],
                                      _enemy_radii(catalog)) + shut_in(level, player.radius, _enemy_radii(catalog))
        problems += run(objectives_off_the_map, level)
        if whole:
            problems += out_of_time(level, *_fastest(player), player.radius)
        problems += run(regions_off_the_map, level)
    problems += run(_next_problems, level)
    problems += run(_music_problems, level)
    if whole:
        problems += _nothing_to_win(level)
    if whole and places and on_map(level, *level.player_spawn):
        problems.extend(unreachable(level, player.radius, _least_across(player)))
    return problems


def _machines_at_start(level: LevelData, catalog: Catalog) -> list[tuple[str, str, float, float, float]]:
    """(how a message names it, what it is, x, y, radius) of the Layzner and every enemy of a known kind, at their
    spawns (a reinforcement lands there later)."""
    machines = [(level.player_spawn_where, "the player spawn", *level.player_spawn,
                 catalog.units[catalog.player].radius)]
    return machines + [(spawn.where, "an enemy spawn", spawn.x, spawn.y, catalog.units[spawn.kind].radius)
                       for spawn in level.enemy_spawns if spawn.kind in catalog.enemy_kinds]


def _enemy_radii(catalog: Catalog) -> dict[str, float]:
    """Each enemy kind's radius, px."""
    return {kind: catalog.units[kind].radius for kind in catalog.enemy_kinds}


def _enemy_spawn_problems(level: LevelData, catalog: Catalog, places: bool) -> list[Problem]:
    """Enemy spawns of no enemy kind; with `places` (the grid fits the tiles), spawns off the map or in walls, and
    patrols through walls."""
    problems = []
    known = catalog.enemy_kinds
    for spawn in level.enemy_spawns:
        if spawn.kind not in known:
            template = spawn.template_of("kind")
            hint = (f"kind {quote(spawn.kind)} is not an enemy kind; {suggest(spawn.kind, known)}; "
                    + OBJECT_CLASSES["enemy_spawn"]["kind"].pick_hint("kind"))
            if template:  # the object sets no kind of its own: the one to fix is the template's
                hint += f"; {value_in_template_hint(template, 'kind')}"
            problems.append(Problem(level.path, property_where(spawn.where, "kind", template), "an enemy kind",
                                    quote(spawn.kind), hint))
        elif places:
            radius_of = catalog.units[spawn.kind].radius
            told = spawn_problems(level, spawn.where, spawn.x, spawn.y, radius_of, "the spawn")
            told = told or against_a_wall(level, spawn.where, spawn.x, spawn.y, radius_of)
            problems += told or patrol_problems(level, spawn, radius_of)
    return problems


def _music_problems(level: LevelData) -> list[Problem]:
    """A music property naming no track in assets/music."""
    tracks = {p.stem for p in MUSIC.glob("*.*")}  # the name as given, never globbed: "/" or "*" in it is no track
    if not level.music or level.music in tracks:
        return []
    # a file name or path typed in (mars_wind.wav, ../assets/music/mars_wind.wav): the track's name is in it
    bare = PureWindowsPath(level.music).stem
    close = nearest(level.music, tracks, 2 if len(level.music) >= 4 else 1)
    hint = (f"write the track's name alone, without its folder or extension: {quote(bare)}" if bare in tracks
            else f"did you mean {quote(close)}?" if close else "write one of them, or leave music empty for silence")
    # every track named whatever the slip, as the docs leave it to the folder
    listed = ", ".join(sorted(tracks)) if tracks else "none yet"
    return [Problem(level.path, "map, property music", f"a track in assets/music ({listed})", quote(level.music),
                    hint)]


def _nothing_to_win(level: LevelData) -> list[Problem]:
    """A level with neither an enemy nor an objective, or without objectives and every enemy left out on Easy: it
    would be won the moment it starts (on Easy)."""
    if level.objectives or any(spawn.placed_on("easy") for spawn in level.enemy_spawns):
        return []
    if not level.enemy_spawns:
        return [Problem(level.path, "map", "something to win by: an enemy_spawn or an objective", "neither",
                        "the level would be won the moment it starts; place an enemy or an objective")]
    easiest = min(level.enemy_spawns, key=lambda spawn: DIFFICULTIES.index(spawn.difficulty))
    return [Problem(level.path, "map",
                    "something to win by on every difficulty: an enemy_spawn on Easy, or an objective",
                    f"every enemy_spawn left out on Easy (the easiest, {easiest.where}, has difficulty "
                    f"{quote(easiest.difficulty)})",
                    "on Easy the level would be won the moment it starts; set one enemy's difficulty to easy, or "
                    "place an objective")]


def _fastest(unit) -> tuple[float, str]:
    """(px/s, how) of the fastest the player's machine moves of itself: running, dashing or in V-MAX."""
    speeds = [(unit.max_speed, "at full speed")]
    if unit.dash is not None:
        speeds.append((unit.dash.speed, "dashing"))
    if unit.vmax is not None:
        speeds.append((unit.max_speed * unit.vmax.speed, "in V-MAX"))
    return max(speeds)


def _least_across(unit) -> int:
    """The narrowest an objective may be, px: the most the machine's centre moves in one tick, at its fastest."""
    return math.ceil(_fastest(unit)[0] / TICK_RATE)


def _too_small_to_count(level: LevelData, unit) -> list[Problem]:
    """The player is inside an objective when the machine's centre is (sim/systems/places.py), and the rules look once
    a tick, after the machine has moved. Any region with room in it can be won by creeping in, but the centre moves up
    to 13.7 px a tick (the Layzner's dash, 820 px/s as tuned): across a narrower region it may be on one side at one
    look and on the other at the next, never counted inside. A player who dashes over the marker and sees nothing
    happen is not told to creep back in: the region must be at least one tick's move across, each way."""
    speed, how = _fastest(unit)
    least = _least_across(unit)
    problems = []
    for objective in level.objectives:
        region = objective.region  # a polygon by its bounding box: a thin slanting one passes, rarely drawn
        if min(region.width, region.height) < least:
            shape = {"rectangle": "a rectangle", "ellipse": "an ellipse"}.get(region.shape, "a polygon")
            part = "shape" if region.shape == "polygon" else "size"  # a polygon's size is its corners'
            template = objective.template_of(part)
            fix = "draw it larger, a tile or more"
            if template:
                fix = (redraw_hint(template, f"{POLYGON_TOOL}, a tile or more across") if part == "shape" else
                       set_in_template_hint(template, "Width and Height to a tile or more", "resize this one"))
            problems.append(Problem(
                level.path, part_where(objective.where, part, template), f"an objective at least {least} x {least} px",
                f"{shape} {region.width:g} x {region.height:g} px",
                f"the player is inside when the machine's centre is, looked at once a tick; {how}, the machine moves "
                f"{speed / TICK_RATE:.1f} px a tick ({speed:g} px/s), so it could cross this one and never be counted "
                f"inside: {fix}"))
    return problems


def _next_problems(level: LevelData) -> list[Problem]:
    """`next` names another Tiled map that exists (the campaign's order as a whole is check_paths' to see)."""
    if not level.next_level:
        return []
    following, where, hint = (Path(level.next_level), "map, property next",
                              "pick the map with the property's file picker")
    if following.suffix.lower() != ".tmx":
        return [Problem(level.path, where, "a Tiled map (.tmx)", f"{following.name}", hint)]
    if not is_file(following):
        return [Problem(level.path, where, "a map file that exists", missing(following, Path(level.path).parent),
                        _map_beside(following, hint))]
    if real_path(following) == real_path(level.path):
        return [Problem(level.path, where, "the map to play after this one", "this map itself",
                        "pick the next map, or remove next from the campaign's last mission")]
    return []


def _map_beside(path: Path, hint: str) -> str:
    """`hint`, led by the map in the same folder a slip of the keyboard away from the missing `path` ("stormcanyon.tmx"
    for storm_canyon.tmx: spelling.one_slip), when there is one."""
    if os.path.lexists(path):  # there, but no map (a folder, a loop of links): not a slip of the keyboard
        return hint
    try:
        maps = sorted(other.stem for other in path.parent.glob("*.tmx"))
    except OSError:  # a folder that cannot be read: nothing to offer
        return hint
    close = one_slip(path.stem, maps)
    return f"did you mean {close}.tmx? {hint}" if close else hint


def _grid_problems(level: LevelData) -> list[Problem]:
    """The map's grid must be the size of the tiles it is painted with (most of the different tiles used: a tall
    one from an image collection may stand out of its cell), or the tiles are drawn with gaps or overlapping and
    the walls are in the wrong places."""
    painted = painted_size(level.tiles.values())
    if painted is None:
        return []
    width, height, source = painted
    if (width, height) == (level.tile_width, level.tile_height):
        return []
    return [Problem(level.path, "map, tile width and height",
                    f"the size of the tiles it is painted with ({width} x {height} px, {Path(source).name})",
                    f"{level.tile_width} x {level.tile_height} px",
                    "set Tile Width and Height in Map > Map Properties to the tiles' size, or, if the tileset's was "
                    "changed after the map was made, set it back in the tileset")]


def _walls_that_do_not_block(level: LevelData) -> list[Problem]:
    """A `walls` layer whose tiles all let machines through: its tileset has lost the `solid` property (a copy
    embedded in the map, say), and the level would play with no walls at all."""
    problems = []
    for layer in level.layers:
        if layer.name.lower() != "walls":
            continue
        if any(gid and solid for row, solid_row in zip(layer.cells, level.solid) for gid, solid in zip(row, solid_row)):
            continue  # some of them block (on a shipped map, the first row with a wall says so)
        painted = sum(len(row) - row.count(0) for row in layer.cells)
        if painted:
            problems.append(Problem(level.path, f"layer {quote(layer.name)}",
                                    "tiles that block (solid in their tileset)", f"{painted} tiles, none of them solid",
                                    _unsolid_hint(level, layer)))
    return problems


def _unsolid_hint(level: LevelData, layer) -> str:
    """How to make a walls layer block: the game's tileset file in place of a copy of it embedded in the map; or, for
    a tileset of the designer's own (a .tsx file, or none of its pictures the game's), the `solid` flags on its tiles,
    which only they can set."""
    tiles = [level.tiles[gid] for row in layer.cells for gid in set(row) if gid in level.tiles]
    images = {Path(tile.source).name for tile in tiles}
    files = sorted({tile.tileset.file for tile in tiles if tile.tileset and tile.tileset.file})
    if not files and images & {Path(image).name for image in game_tileset_images()}:
        return (f"use one of the game's tileset files, {_tileset_files()} (Map > Add External Tileset), not a copy "
                "embedded in the map; or mark the tiles solid")
    named = (f"tileset file {', '.join(files[:3])}" if files
             else "the tileset drawn from " + ", ".join(sorted(images)[:3]))
    more = ", ..." if len(files or images) > 3 else ""
    return (f"in {named}{more}, mark the tiles that block: select them in the Tilesets view and add a bool property "
            "named solid, ticked (the game reads that property, not a tile's Class)")


def _tileset_files() -> str:
    """The game's tileset files as a designer adds them: "assets/tilesets/mars.tsx or assets/tilesets/new_york.tsx"."""
    return " or ".join(f"assets/tilesets/{path.name}" for path in sorted(GAME_TILESETS.glob("*.tsx")))
