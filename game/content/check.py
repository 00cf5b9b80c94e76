"""Checking levels the way a designer needs: every mistake as one line, beyond syntax (walls, kinds, reachability)."""

import dataclasses
import math
import os
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

import numpy as np

from game.content.catalog import Catalog
from game.content.chain import FIRST_MISSION, LEVELS, follow
from game.content.errors import ContentError, Problem, Unchecked, named_object, quote
from game.content.gate_check import behind_gates, gate_problems, gate_warnings, reach_through_gates, shut_off
from game.content.level import POLYGON_TOOL, load_level
from game.content.level_data import NO_PLAYER_SPAWN, LevelData, Region
from game.content.level_schema import OBJECT_CLASSES
from game.content.level_warnings import game_tileset_images
from game.content.places import past_edges, shown_at
from game.content.reach import Reach, inside_wall, room_near, roomy_at
from game.content.route_time import tight_time_limit
from game.content.spelling import one_slip, suggest
from game.content.time_check import out_of_time
from game.content.tmx_limits import MAX_PROBLEMS
from game.content.tmx_properties import property_where
from game.content.tmx_report import MORE_LISTED, more_problems
from game.content.tmx_templates import part_where, redraw_hint, set_in_template_hint, value_in_template_hint
from game.content.tmx_tilesets import CORNER_COLUMNS, GAME_TILESETS, corners_sheet, image_damage
from game.content.tmx_xml import missing
from game.files import is_dir, is_file, real_path
from game.sim.resources import TICK_RATE
from game.sim.routes import ARRIVED
from game.sim.terrain import circle_in_wall

ROOT = Path(__file__).resolve().parents[2]
MUSIC = ROOT / "assets" / "music"


@dataclass(frozen=True)
class CheckedMap:
    path: Path
    problems: tuple[Problem, ...]  # must be fixed: the game refuses the map
    warnings: tuple[Problem, ...] = ()  # Tiled features the game ignores: worth a look, the map still plays
    next_level: str = ""  # the map its `next` names (a whole path), "" for none or when it did not load
    # Why it was checked: "" for a map named (or in a folder named); CAMPAIGN for a map of the campaign a shipped map
    # named is part of; NEXT for one a named map's `next` leads to, in a chain of its own
    reached: str = ""
    unchecked: Unchecked | None = None  # for a map the loader refused, the checks that wait until it loads


CAMPAIGN, NEXT = "campaign", "next"


def also_checked(results: list[CheckedMap]) -> str:
    """The maps checked beyond those named, for the checker's last line, so a designer who named one map is not left
    wondering where the others came from: ", and the 3 maps it leads to," or "" for none."""
    named = sum(not result.reached for result in results)
    why = {result.reached for result in results if result.reached}
    more = len(results) - named
    if not more:
        return ""
    maps = "map" if more == 1 else f"{more} maps"
    if why == {NEXT}:
        return f", and the {maps} {'it leads' if named == 1 else 'they lead'} to,"
    if why == {CAMPAIGN}:
        return f", and the other {maps} of the campaign,"
    return f", and {more} more, of the campaign and where next leads,"


def check_paths(paths, catalog: Catalog) -> list[CheckedMap]:
    """Check every map named (a folder means every .tmx in it, recursively), in a stable order; and the chains their
    `next`s make, with every map a chain reaches, wherever it is: for the maps in levels/, the campaign they make
    together; for maps elsewhere, the chain each begins (an act in the making, a campaign of one's own)."""
    checked = [check_map(path, catalog) for path in expand(paths)]
    in_campaign: set[Path] = set()
    if any(_shipped(result.path) for result in checked):
        try:
            chain = follow(FIRST_MISSION)
        except ContentError:
            chain = None  # the first mission's own check tells why
        if chain is not None:
            relative = any(not Path(result.path).is_absolute() for result in checked)
            checked = _with_campaign(_and_reached(checked, chain, catalog, CAMPAIGN, relative), chain)
            in_campaign = {real_path(level.path) for level in chain.levels}
    return _with_own_chains(checked, in_campaign, catalog)


def _and_reached(checked: list[CheckedMap], chain, catalog: Catalog, reached: str,
                 relative: bool = False) -> list[CheckedMap]:
    """`checked` and the check of each map the chain reaches that is not among them (`reached` says why: CAMPAIGN or
    NEXT): a player goes on from map to map wherever `next` leads. `relative`: the chain began at a map given from the
    current folder, so the maps it reaches are named from there too, as the designer typed the first, not by the
    whole path the chain reads."""
    named = {real_path(result.path) for result in checked}
    on_the_way = [Path(level.path) for level in chain.levels]
    stopped_at = Path(chain.problem.file) if chain.problem is not None else None
    if stopped_at is not None and not _is_loop(chain.problem) and is_file(stopped_at) \
            and stopped_at.suffix.lower() == ".tmx":
        # The map the chain stops at, as it will not load. A missing one, or a file that is no map (next picked the
        # notes, or units.yaml), is its next's problem: checked as a map, it would be called damaged.
        on_the_way.append(stopped_at)
    return checked + [dataclasses.replace(check_map(_from_here(path) if relative else path, catalog), reached=reached)
                      for path in dict.fromkeys(on_the_way) if real_path(path) not in named]


def _from_here(path: Path) -> Path:
    """A map's path from the current folder (../act2/one.tmx for one beside it)."""
    try:
        return Path(os.path.relpath(path))
    except ValueError:  # Windows: another drive has no path from here
        return path


def _is_loop(problem: Problem) -> bool:
    """The problem `follow` gives a chain whose `next` names a map met before (else a map it reached would not
    load)."""
    return problem.where == "map, property next"


def _loop_to_tell(chain) -> Problem | None:
    """The chain's loop, to add to the checks of the map whose `next` closes it; None for none, and for a map whose
    `next` names itself: its own check already says "this map itself", and one mistake is one line."""
    if chain.problem is None or not _is_loop(chain.problem):
        return None
    closing = chain.levels[-1]  # the map whose next names a map met before
    return None if real_path(closing.next_level) == real_path(closing.path) else chain.problem


def _with_own_chains(checked: list[CheckedMap], in_campaign: set[Path], catalog: Catalog) -> list[CheckedMap]:
    """Maps outside levels/ and the campaign that name a `next` make chains of their own: each is followed from its
    first map (one no other map names), as the campaign is, so a loop is the problem of the map whose `next` closes
    it and the maps it reaches are checked. A loop with no first map is followed from its map checked first."""
    loose = [result for result in checked
             if result.next_level and not _shipped(result.path) and real_path(result.path) not in in_campaign]
    named_as_next = {real_path(result.next_level) for result in checked if result.next_level}
    followed, looped = set(in_campaign), set(in_campaign)  # a loop in the campaign is the campaign's to tell
    for start in [result for result in loose if real_path(result.path) not in named_as_next] + loose:
        if real_path(start.path) in followed:
            continue
        try:
            chain = _from_its_first(follow(start.path))
        except ContentError:
            continue  # changed on disk since it was checked (it loaded then): that check stands
        followed.update(real_path(level.path) for level in chain.levels)
        checked = _and_reached(checked, chain, catalog, NEXT, not Path(start.path).is_absolute())
        loop = _loop_to_tell(chain)
        closing = real_path(loop.file) if loop is not None else None
        if closing is not None and closing not in looped:
            looped.add(closing)  # told once, by the first chain that meets it
            checked = [dataclasses.replace(result, problems=result.problems + (_as_given(loop, result),))
                       if real_path(result.path) == closing else result for result in checked]
    return checked


def _from_its_first(chain):
    """A chain that comes round to the map it was followed from, a ring with no first map, followed again from the
    map of its first name in order (one.tmx of one, two, three): which map is blamed for the loop, the one whose
    `next` closes the ring, must not hang on which of its maps the checker was given."""
    ring = [real_path(level.path) for level in chain.levels]
    if chain.problem is None or not _is_loop(chain.problem) or real_path(chain.levels[-1].next_level) != ring[0]:
        return chain
    first = min(ring, key=lambda path: (path.parent, _name_order(path.name)))
    return chain if first == ring[0] else follow(first)


def _name_order(name: str) -> tuple:
    """A file name's place among its neighbours', its numbers as numbers (act2 before act10)."""
    return tuple(int(part) if part.isdigit() else part.lower() for part in re.split(r"(\d+)", name))


def _as_given(problem: Problem, result: CheckedMap) -> Problem:
    """A chain's problem naming its map as the checker was given it, as the map's other lines do (the chain reads
    each map by its whole path)."""
    return dataclasses.replace(problem, file=str(result.path))


def _shipped(path) -> bool:
    return LEVELS in real_path(path).parents


def _with_campaign(checked: list[CheckedMap], chain) -> list[CheckedMap]:
    """The campaign runs from the first mission along each map's `next`: a `next` back to an earlier map is a
    problem of the map it is on, two of its maps (or of levels/) with one file name are a problem (the record keys
    wins by it), a mission outside levels/ gets a warning (it does not ship with the game), and a map in levels/
    the chain never reaches gets one too (no player can get to it). A chain that stops at a broken map is told by
    that map's check."""
    in_chain = {real_path(level.path) for level in chain.levels}
    last = Path(chain.levels[-1].path).name
    # A path named on the command line that is no file (levels/outpost for levels/outpost.tmx) is no namesake.
    campaign = [result for result in checked if (_shipped(result.path) or real_path(result.path) in in_chain)
                and is_file(result.path)]
    by_name: dict[str, list] = {}
    for result in campaign:
        by_name.setdefault(Path(result.path).stem, []).append(result.path)
    told, loop = [], _loop_to_tell(chain)
    for result in checked:
        path = real_path(result.path)
        problems, warnings = result.problems, result.warnings
        namesakes = ([other for other in by_name.get(path.stem, ()) if other != result.path]
                     if result in campaign else [])
        if namesakes:
            problems += (Problem(str(result.path), "map", "a file name no other map of the campaign or levels/ has",
                                 f"{path.name}, like {namesakes[0]}",
                                 "rename one: the player's record keeps each map's wins under its file name"),)
        if loop is not None and real_path(loop.file) == path:
            problems += (_as_given(loop, result),)
        if path in in_chain and not _shipped(path):
            warnings += (Problem(str(result.path), "map", "a mission in levels/, where the game's maps ship",
                                 f"a mission outside it ({path.parent})",
                                 "move it into levels/ and point next at it there before the game ships"),)
        if _shipped(path) and path not in in_chain and not result.problems:
            named_by = [Path(other.path).name for other in campaign
                        if other.next_level and real_path(other.next_level) == path]
            found = (f"a map only {' and '.join(named_by)}, itself out of the campaign, names as next" if named_by
                     else "a map no other map names as next")
            warnings += (Problem(str(result.path), "map", "a mission of the campaign",
                                 f"{found}, which no player can get to",
                                 f"set next on {last}, the campaign's last mission, to "
                                 + ("the first of these maps to play" if named_by else "this map")),)
        told.append(dataclasses.replace(result, problems=problems, warnings=warnings))
    return told


def expand(paths) -> list[Path]:
    maps = []
    for path in map(Path, paths):
        maps.extend(sorted(path.rglob("*.tmx")) if is_dir(path) else [path])
    return maps


def check_map(path: Path, catalog: Catalog) -> CheckedMap:
    try:
        level = load_level(path)
    except ContentError as error:
        refused = checked_refusal(error, catalog)
        return CheckedMap(path, refused.problems, unchecked=refused.unchecked)
    warnings = level.warnings + tuple(level_warnings(level, catalog))
    return CheckedMap(path, tuple(level_problems(level, catalog)), warnings, level.next_level)


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
            + shut_off(level, player.radius) + tight)


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
                                      _enemy_radii(catalog))
        problems += run(_objectives_off_the_map, level)
        if whole:
            problems += out_of_time(level, *_fastest(player), player.radius)
        problems += run(_regions_off_the_map, level)
    problems += run(_next_problems, level)
    problems += run(_music_problems, level)
    if whole:
        problems += _nothing_to_win(level)
    if whole and places and _on_map(level, *level.player_spawn):
        problems.extend(_unreachable(level, player.radius, _least_across(player)))
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
            told = told or _against_a_wall(level, spawn.where, spawn.x, spawn.y, radius_of)
            problems += told or _patrol_problems(level, spawn, radius_of)
    return problems


# The patrols walked lately, by all their walk reads (the file a problem names, the walls and tile size, the spawn with
# its legs and names, the machine's radius), so never stale: a restart or the next start of a map walks none again.
_PATROLS: dict[tuple, list[Problem]] = {}
_PATROLS_KEPT = 256  # some 20 patrols a map: the last few maps' worth


def _patrol_problems(level: LevelData, spawn, radius: float) -> list[Problem]:
    """_patrol_through_walls, walked once for what it is made from."""
    made_from = (level.path, level.tile_width, level.tile_height, level.solid, spawn, radius)
    problems = _PATROLS.get(made_from)
    if problems is None:
        problems = _PATROLS[made_from] = _patrol_through_walls(level, spawn, radius)
        if len(_PATROLS) > _PATROLS_KEPT:
            del _PATROLS[next(iter(_PATROLS))]  # the first walked
    return problems


def _objectives_off_the_map(level: LevelData) -> list[Problem]:
    """Objectives whose area's centre is off the map, named by their place as Tiled shows it and the part off."""
    return [Problem(level.path, objective.where, _inside_map(level, "the objective"),
                    _found_at(objective.region, level), "move it onto the map")
            for objective in level.objectives if not _on_map(level, *objective.region.centre)]


def _regions_off_the_map(level: LevelData) -> list[Problem]:
    """Triggers and zones wholly off the map, where nothing can ever stand in them."""
    problems = []
    width, height = level.pixel_size
    for place, what in [(t, "the trigger") for t in level.triggers] + [(z, "the zone") for z in level.zones]:
        region = place.region
        if not (region.x < width and region.y < height and region.x + region.width > 0
                and region.y + region.height > 0):
            problems.append(Problem(level.path, place.where, _inside_map(level, what), _found_at(region, level),
                                    "move it onto the map"))
    return problems


def _music_problems(level: LevelData) -> list[Problem]:
    """A music property naming no track in assets/music."""
    tracks = {p.stem for p in MUSIC.glob("*.*")}  # the name as given, never globbed: "/" or "*" in it is no track
    if not level.music or level.music in tracks:
        return []
    # a file name or path typed in (mars_wind.wav, ../assets/music/mars_wind.wav): the track's name is in it
    bare = PureWindowsPath(level.music).stem
    hint = (f"write the track's name alone, without its folder or extension: {quote(bare)}" if bare in tracks
            else suggest(level.music, sorted(tracks) or ["(none yet)"]))
    return [Problem(level.path, "map, property music", "a track in assets/music", quote(level.music), hint)]


def _nothing_to_win(level: LevelData) -> list[Problem]:
    """A level with neither an enemy nor an objective: it would be won the moment it starts."""
    if level.enemy_spawns or level.objectives:
        return []
    return [Problem(level.path, "map", "something to win by: an enemy_spawn or an objective", "neither",
                    "the level would be won the moment it starts; place an enemy or an objective")]


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
        return [Problem(level.path, where, "a map file that exists", missing(following), _map_beside(following, hint))]
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


def spawn_warnings(level: LevelData, catalog: Catalog) -> list[Problem]:
    """An enemy spawn whose machine overlaps another's, or the Layzner's, at the start: the game shoves them apart
    as the level begins, away from where they were put (and a machine on the player spawn fires point-blank). One
    line for each spawn, at the machine before it in the file that it overlaps most; the map still plays."""
    # an unknown kind is a problem of its own, and has no size; a reinforcement is not there at the start
    spawns = [spawn for spawn in level.enemy_spawns if spawn.kind in catalog.units and not spawn.arrives]
    xy = np.array([level.player_spawn] + [(spawn.x, spawn.y) for spawn in spawns], dtype=float)
    radii = np.array([catalog.units[catalog.player].radius] + [catalog.units[s.kind].radius for s in spawns])
    # every pair at once: 400 spawns in 8 ms, where a loop over the pairs took 47 ms, on each load and live reload
    apart = np.hypot(xy[:, None, 0] - xy[None, :, 0], xy[:, None, 1] - xy[None, :, 1])
    overlap = np.tril(radii[:, None] + radii[None, :] - apart, -1)  # each with those before it in the file
    warnings = []
    for index in np.flatnonzero((overlap > 0).any(axis=1)).tolist():
        row = overlap[index, :index]
        other = index - 1 - int(np.argmax(row[::-1]))  # the deepest overlap (of equals, the later in the file)
        if other:
            point_blank, named = "", named_object(spawns[other - 1].object_id, spawns[other - 1].name)
        else:
            point_blank, named = "; it fires at the Layzner point-blank", "the player spawn"
            if level.player_spawn_object is not None:
                named = f"{named_object(*level.player_spawn_object)}, {named}"
        warnings.append(Problem(level.path, spawns[index - 1].where, "a machine clear of every other at the start "
                                f"(centres {radii[index] + radii[other]:g} px apart or more)",
                                f"it {apart[index, other]:.0f} px from {named}",
                                "the two overlap and are shoved apart as the level begins, away from where they "
                                f"were put{point_blank}: move it {math.ceil(row[other])} px or more away"))
    return warnings + _arrivals_on_the_caller(level, catalog) + _arrivals_on_each_other(level, catalog)


def _arrivals_on_the_caller(level: LevelData, catalog: Catalog) -> list[Problem]:
    """A reinforcement that comes in within its firing range of the area that calls it (where the player stands then)
    opens fire as it lands: the landing mark's warning is all the player gets. Fair, but seldom meant."""
    places = {place.object_id: place for place in (*level.triggers, *level.objectives)}
    warnings = []
    for spawn in level.arrivals:
        place, unit = places.get(spawn.arrives), catalog.units.get(spawn.kind)
        if place is None or unit is None or unit.ai is None:
            continue
        apart = place.region.box_gap(spawn.x, spawn.y)
        if apart < unit.ai.firing_range:
            warnings.append(Problem(level.path, spawn.where, f"a reinforcement further than its firing range "
                                    f"({unit.ai.firing_range:g} px) from what calls it, "
                                    f"{named_object(place.object_id, place.name)}",
                                    f"it {apart:.0f} px from it",
                                    "it lands within range of the player, who gets only the landing mark's "
                                    f"warning; move it {math.ceil(unit.ai.firing_range - apart)} px or more away"))
    return warnings


def _arrivals_on_each_other(level: LevelData, catalog: Catalog) -> list[Problem]:
    """Reinforcements one trigger or objective calls land on the same tick: two placed so that their machines overlap
    (a spawn copied and not moved) come in on top of each other and are shoved apart as they land, as spawns at the
    start are (spawn_warnings). One line for each, at the one before it in the file that it overlaps most."""
    arrivals = [spawn for spawn in level.arrivals if spawn.kind in catalog.units]
    warnings = []
    for index, spawn in enumerate(arrivals):
        radius = catalog.units[spawn.kind].radius
        overlaps = [(radius + catalog.units[other.kind].radius - math.hypot(other.x - spawn.x, other.y - spawn.y),
                     other) for other in arrivals[:index] if other.arrives == spawn.arrives]
        depth, other = max(overlaps, key=lambda found: found[0], default=(0.0, None))
        if depth > 0:
            apart = math.hypot(other.x - spawn.x, other.y - spawn.y)
            warnings.append(Problem(level.path, spawn.where, "a reinforcement clear of the others its caller brings in "
                                    f"(centres {apart + depth:g} px apart or more)",
                                    f"it {apart:.0f} px from {named_object(other.object_id, other.name)}",
                                    "the two land together on top of each other and are shoved apart, away from "
                                    f"where they were put: move it {math.ceil(depth)} px or more away"))
    return warnings


def corner_sheet_warnings(level: LevelData) -> list[Problem]:
    """An X_corners.png beside a terrain brush's tileset image X.png that the game cannot use: the renderer drops the
    pieces it cannot cut (a sheet it cannot read, or too small for the tiles: drawn at another tile size, or with a
    row short for a Wang set the map paints), and the inside corners stay as painted, which no one would notice."""
    needs: dict[str, tuple[int, int, int]] = {}  # tileset image → (tile width, height, rows of Wang sets painted)
    for tile in level.tiles.values():
        if tile.edge is not None and not _in_collection(tile):  # a collection's: collection_corner_warnings
            _, _, rows = needs.get(tile.source, (0, 0, 0))
            needs[tile.source] = (tile.width, tile.height, max(rows, tile.edge[0] + 1))
    warnings = []
    for source, (width, height, rows) in sorted(needs.items()):
        sheet = corners_sheet(source)
        if not is_file(sheet):  # none is fine: the corners stay as painted, as the guide says
            continue
        where = f"inside-corner sheet {sheet.name} (beside tileset image {Path(source).name})"
        damage, size = image_damage(sheet)
        if damage or size is None:
            warnings.append(Problem(level.path, where, "an image the game can read", damage or "no size in it",
                                    "the inside corners stay as painted: save it again as a PNG, or remove it"))
        elif size[0] != CORNER_COLUMNS * width or size[1] < rows * height or size[1] % height:
            # Pieces of another size are cut wrong, or not at all: either way not what the designer drew.
            sets = f"the {rows} Wang sets painted" if rows > 1 else "its Wang set"
            warnings.append(Problem(level.path, where, f"{CORNER_COLUMNS} pieces of {width} x {height} px (the tiles' "
                                    f"size) across, a row for each Wang set: {CORNER_COLUMNS * width} px wide, and at "
                                    f"least {rows * height} px high for {sets}", f"{size[0]} x {size[1]} px",
                                    "the inside corners are not cut as drawn: draw the pieces at the tiles' size "
                                    "(docs/level-design.md, a tileset of your own), or remove the sheet"))
    return warnings


def misnamed_corner_warnings(level: LevelData) -> list[Problem]:
    """An inside-corner sheet named after a terrain brush's tileset (its .tsx or its name) where the game looks for
    one named after the tileset's image: own_corners.png beside own.tsx, whose image is own_sheet.png, is never read,
    and the inside corners stay as painted, which no one would notice."""
    warnings, told = [], set()
    for tile in level.tiles.values():
        if tile.edge is None or tile.tileset is None or _in_collection(tile) or tile.source in told:
            continue
        told.add(tile.source)
        wanted = corners_sheet(tile.source)
        if is_file(wanted):
            continue
        for sheet in map(Path, tile.tileset.sheets):
            if sheet != wanted and is_file(sheet):
                warnings.append(Problem(level.path, f"inside-corner sheet {sheet.name} (for {tile.tileset.where})",
                                        f"the sheet named after the tileset's image {Path(tile.source).name}: "
                                        f"{wanted.name} beside it", f"{sheet.name}, named after the tileset",
                                        f"the game does not read it, and the inside corners stay as painted: rename "
                                        f"it {wanted.name}"))
                break
    return warnings


def _in_collection(tile) -> bool:
    """The tile is of an image collection, whose inside corners the map view does not fill."""
    return tile.tileset is not None and tile.tileset.collection


def collection_corner_warnings(level: LevelData) -> list[Problem]:
    """An inside-corner sheet painted for an image collection (each tile its own image) whose terrain brushes the map
    paints: X_corners.png named for the tileset, or beside a brush tile's own image. The map view fills the inside
    corners only of a tileset made from one image, X.png, from X_corners.png beside it; a collection's stay as
    painted, whatever sheet lies beside it, which no one would notice."""
    sheets: dict[str, dict[str, None]] = {}  # how messages name the tileset → the sheets found for it, in order
    for tile in level.tiles.values():
        if tile.edge is not None and _in_collection(tile):
            found = sheets.setdefault(tile.tileset.where, {})
            for sheet in (*tile.tileset.sheets, str(corners_sheet(tile.source))):
                if sheet not in found and is_file(sheet):
                    found[sheet] = None
    warnings = []
    for tileset, found in sheets.items():
        if not found:  # none is fine: the corners stay as painted, as the guide says
            continue
        names = [Path(sheet).name for sheet in found]  # the tileset's own first, then its tiles' in gid order
        named = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
        where = f"inside-corner {'sheets' if len(names) > 1 else 'sheet'} {named} (for {tileset})"
        warnings.append(Problem(level.path, where, "a tileset made from one image, X.png: the game fills its terrain "
                                "brushes' inside corners from X_corners.png beside it", "an image collection (each "
                                "tile its own image), whose inside corners the game does not fill",
                                "the inside corners stay as Tiled shows them: to have them filled, make the tileset "
                                "from one image (New Tileset..., Based on Tileset Image) and paint X_corners.png "
                                "beside it (docs/level-design.md, a tileset of your own), or remove the sheet"))
    return warnings


def spawn_problems(level: LevelData, where: str, x: float, y: float, radius: float, what: str,
                   shown: str | None = "") -> list[Problem]:
    """A spawn must be on the map, and on open ground. `shown`: the object's place as Tiled shows it, when that is
    not the point the machine starts on, (x, y) (a rectangle's corner, where the machine starts at its centre); None
    when only that centre is known (a playtest's start at any object)."""
    if not _on_map(level, x, y):
        point = shown_at("point", x, y)
        found = (f"its centre at ({x:g}, {y:g})" if shown is None else
                 f"it at {shown}, its centre ({x:g}, {y:g})" if shown and shown != point else f"it at {point}")
        return [Problem(level.path, where, _inside_map(level, what), f"{found}, {_point_past(level, x, y)}",
                        "move it onto the map")]
    if inside_wall(level, x, y, radius):
        return [Problem(level.path, where, "a spawn on open ground", f"a spawn inside a wall at {_cell(level, x, y)}",
                        "move it off the solid tiles")]
    return []


def _against_a_wall(level: LevelData, where: str, x: float, y: float, radius: float) -> list[Problem]:
    """An enemy spawn whose centre is on open ground but whose machine reaches well into a wall (the catalog's radius,
    the game's own collision test): the game shoves it out as the level starts, off the point the designer placed it
    on, in plain view, and a guard going home to that point pushes against the wall. The middle of the tile beside a
    wall is where a designer puts one, and the few px the game shoves it from there go unseen (it is home again
    within ARRIVED): so the centre must be half a tile from every wall, or clear of them, whichever is nearer. The
    hint names the nearest point where the machine stands clear, and how far that is."""
    if not circle_in_wall(level, x, y, radius):
        return []
    depth, column, row = _nearest_wall(level, x, y, radius)
    least = min(radius, min(level.tile_width, level.tile_height) / 2)
    if radius - depth >= least:
        return []
    wall = (f"tile ({column}, {row})" if 0 <= column < level.width and 0 <= row < level.height
            else "the map's edge")
    found = (f"the machine, {2 * radius:g} px across, {depth:.0f} px into the wall at {wall}, its centre "
             f"{radius - depth:.0f} px from it")
    spot = _clear_spot(level, x, y, radius)
    fix = (f"move it {math.hypot(spot[0] - x, spot[1] - y):.0f} px, to ({spot[0]:g}, {spot[1]:g}), where it stands "
           "clear" if spot is not None else "move it into the open")
    return [Problem(level.path, where, f"a spawn with the machine's centre {least:g} px from every wall at least",
                    found, f"{fix}: the game shoves it out of the wall as the level starts")]


def _nearest_wall(level: LevelData, x: float, y: float, radius: float) -> tuple[float, int, int]:
    """(how far the circle reaches into the nearest solid cell, px; that cell's column and row). Outside the map
    counts as solid, as in circle_in_wall."""
    tw, th = level.tile_width, level.tile_height
    best = (math.inf, 0, 0)
    for row in range(math.floor((y - radius) / th), math.floor((y + radius) / th) + 1):
        for column in range(math.floor((x - radius) / tw), math.floor((x + radius) / tw) + 1):
            if 0 <= row < level.height and 0 <= column < level.width and not level.solid[row][column]:
                continue
            near_x = min(max(x, column * tw), column * tw + tw)
            near_y = min(max(y, row * th), row * th + th)
            best = min(best, (math.hypot(x - near_x, y - near_y), column, row))
    return radius - best[0], best[1], best[2]


def _clear_spot(level: LevelData, x: float, y: float, radius: float) -> tuple[float, float] | None:
    """The nearest point, whole px away from (x, y) each way, where a machine of this radius overlaps no wall, within
    its diameter; of points as near, the first in a fixed order (no randomness: the same map, the same message)."""
    reach = math.ceil(2 * radius)
    offsets = sorted(((dx * dx + dy * dy, dy, dx) for dy in range(-reach, reach + 1) for dx in range(-reach, reach + 1)
                      if dx * dx + dy * dy <= reach * reach))
    for _, dy, dx in offsets:
        if not circle_in_wall(level, x + dx, y + dy, radius):
            return x + dx, y + dy
    return None


def _grid_problems(level: LevelData) -> list[Problem]:
    """The map's grid must be the size of the tiles it is painted with (most of the different tiles used: a tall
    one from an image collection may stand out of its cell), or the tiles are drawn with gaps or overlapping and
    the walls are in the wrong places."""
    sizes = Counter((tile.width, tile.height, tile.source) for tile in level.tiles.values())
    if not sizes:
        return []
    (width, height, source), _ = sizes.most_common(1)[0]
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
    """How to make a walls layer block: the game's tileset file in place of a copy of it; or, for a tileset of the
    designer's own (none of its pictures the game's), the `solid` flags on its tiles, which only they can set."""
    images = {Path(level.tiles[gid].source).name for row in layer.cells for gid in set(row) if gid in level.tiles}
    if images & {Path(image).name for image in game_tileset_images()}:
        return (f"use one of the game's tileset files, {_tileset_files()} (Map > Add External Tileset), not a copy "
                "embedded in the map; or mark the tiles solid")
    named = ", ".join(sorted(images)[:3]) + (", ..." if len(images) > 3 else "")
    return (f"in the tileset drawn from {named}, mark the tiles that block: select them in the Tilesets view and add "
            "a bool property named solid, ticked")


def _tileset_files() -> str:
    """The game's tileset files as a designer adds them: "assets/tilesets/mars.tsx or assets/tilesets/new_york.tsx"."""
    return " or ".join(f"assets/tilesets/{path.name}" for path in sorted(GAME_TILESETS.glob("*.tsx")))


def _patrol_through_walls(level: LevelData, spawn, radius: float) -> list[Problem]:
    """An enemy walks its patrol straight from point to point (from its spawn to the first): a leg through a wall, or
    through a way narrower than the machine, would leave it pushing against the wall for good; and so would a point
    it cannot get near enough to count as reached. A point off the map is named alone, before any leg is walked."""
    if not spawn.patrol:
        return []
    legs = spawn.legs()
    where = property_where(spawn.where, "patrol", spawn.template_of("patrol"))
    expected = "a route it can walk straight along, leg by leg"
    # Off the map first: a leg is looked at every quarter tile, and one to a point 1e9 px away would be billions
    # of points (gigabytes, or a MemoryError) only to find the map's edge.
    for _, name, _, (x, y) in legs:
        if not _on_map(level, x, y):
            return [Problem(level.path, where, _inside_map(level, "patrol points"),
                            f"{name} at ({x:g}, {y:g}), {_point_past(level, x, y)}",
                            "move the path's points onto the map")]
    for named_from, named_to, start, end in legs:
        xs, ys = _leg(level, start, end)
        cells = level.cells_at(xs, ys)
        wall = _first_wall(level, xs, ys, cells)
        if wall is not None:
            return [Problem(level.path, where, expected,
                            f"a wall at {_cell(level, *wall)} between {named_from} and {named_to}",
                            "move the path's points so that each leg runs over open ground")]
        narrow = _first_squeeze(level, xs, ys, cells, radius)
        if narrow is not None:
            return [Problem(level.path, where, expected, f"a way narrower than the machine at {_cell(level, *narrow)} "
                            f"between {named_from} and {named_to}",
                            _way_for(level, radius))]
        # The game's test of a point reached (ARRIVED), so spots 1 px apart: a point half a tile from a wall is fine.
        if not room_near(level, *end, radius, ARRIVED, steps=14):
            return [Problem(level.path, where, "patrol points the machine can reach",
                            f"{named_to} at ({end[0]:g}, {end[1]:g}), too near a wall for the machine to get to",
                            "move the point away from the wall, to the middle of the tile beside it or further")]
    return []


def _way_for(level: LevelData, radius: float) -> str:
    """The hint for a way too narrow: how wide a way must be for the machine."""
    return f"{_needs(level, radius)}: widen it, or route the path round it"


def _needs(level: LevelData, radius: float) -> str:
    """How many tiles wide a way must be for a machine `radius` px round (two for a Dis or the Layzner on 32 px tiles;
    more for a wider machine or smaller tiles)."""
    tiles = math.floor(2 * radius / min(level.tile_width, level.tile_height)) + 1
    return f"a machine {2 * radius:g} px across needs a way {tiles} tiles wide"


def _leg(level: LevelData, start, end) -> tuple[np.ndarray, np.ndarray]:
    """The points of the line from start to end, every quarter tile, as x and y arrays: a leg is looked at whole."""
    (x0, y0), (x1, y1) = start, end
    steps = max(1, math.ceil(math.hypot(x1 - x0, y1 - y0) / (min(level.tile_width, level.tile_height) / 4)))
    along = np.arange(steps + 1)
    return x0 + (x1 - x0) * along / steps, y0 + (y1 - y0) * along / steps


def _first_wall(level: LevelData, xs: np.ndarray, ys: np.ndarray, cells) -> tuple[float, float] | None:
    """The first of the points (in `cells`, as LevelData.cells_at gives them) in a solid cell, or None; outside the
    map counts as solid."""
    walled = np.flatnonzero(~level.open_cells[cells])
    return (xs.item(walled[0]), ys.item(walled[0])) if len(walled) else None


def _first_squeeze(level: LevelData, xs: np.ndarray, ys: np.ndarray, cells,
                   radius: float) -> tuple[float, float] | None:
    """The first of the points with no room for the machine near it, or None. A wall beside the way pushes the
    machine aside by its radius at most; in a one-tile gap narrower than the machine the room is further, past the
    gap's rounded-off corners: half-way between the two is the test."""
    half = min(level.tile_width, level.tile_height) / 2
    within = (radius + math.sqrt(max(0.0, radius * radius - half * half)) + half) / 2
    open_ground = roomy_at(level, cells, radius)  # most of a leg: nothing there to squeeze the machine
    for x, y in zip(xs[~open_ground].tolist(), ys[~open_ground].tolist()):
        if not room_near(level, x, y, radius, within):
            return x, y
    return None


def _on_map(level: LevelData, x: float, y: float) -> bool:
    width, height = level.pixel_size
    return 0 <= x < width and 0 <= y < height


def _inside_map(level: LevelData, what: str) -> str:
    width, height = level.pixel_size
    return f"{what} inside the map (0 to {width} x 0 to {height} px)"


def _found_at(region: Region, level: LevelData) -> str:
    """A region off the map as a message finds it: its place as Tiled shows it, and the part past the map's edge."""
    return f"it at {region.shown}, {past_edges(region.box, level.pixel_size)}"


def _point_past(level: LevelData, x: float, y: float) -> str:
    """How far a point is past the map's edge: "20 px past the map's right edge at 1280 px"."""
    return past_edges((x, y, x, y), level.pixel_size)


def _unreachable(level: LevelData, radius: float, least: float) -> list[Problem]:
    """What the player must get to (objectives, or else every enemy) must be reachable on foot from the spawn. An
    objective narrower than `least` px has its own problem (_too_small_to_count): one mistake, one line."""
    if inside_wall(level.walls_at_start, *level.player_spawn, radius):
        return []  # already reported (a gate shut over it too); reachability from inside a wall means nothing
    reach, gates_shut = reach_through_gates(level, radius)
    problems = []
    if level.objectives:
        shut = f"somewhere between them a way is shut or too narrow ({_needs(level, radius)}): open it"
        for objective in level.objectives:
            too_small = min(objective.region.width, objective.region.height) < least
            if too_small or not _on_map(level, *objective.region.centre) or reach.any_inside(objective.region):
                continue
            gated = behind_gates(level, radius, objective.region, gates_shut)
            if gated:
                problems.append(Problem(level.path, objective.where, "an objective the player can walk to",
                                        "no way there from the player spawn" + gated,
                                        "set the gate's opens to a trigger or objective the player can get to before "
                                        "it, or move the objective"))
            elif reach.room_inside(objective.region):
                problems.append(Problem(level.path, objective.where, "an objective the player can walk to",
                                        "no way there from the player spawn" + _way_ends(level, reach, objective),
                                        shut))
            else:  # no way to open: it is drawn where the machine cannot stand
                problems.append(Problem(
                    level.path, objective.where, "an objective the player can walk to",
                    f"no spot in it where a machine {2 * radius:g} px across stands clear of the walls",
                    f"the player reaches it when the machine's centre is inside, {radius:g} px from any wall at least: "
                    "draw it over open ground, larger or further from the walls"))
    else:
        for spawn in level.enemy_spawns:
            if _on_map(level, spawn.x, spawn.y) and not reach.near(spawn.x, spawn.y, radius * 3):
                problems.append(Problem(level.path, spawn.where,
                                        "an enemy the player can get to (all must be destroyed or disabled to win)",
                                        "no way there from the player spawn", "open a way to it, or add an objective"))
    return (problems + _triggers_never_entered(level, reach, radius, gates_shut)
            + _arrivals_never_called(level, reach, radius))


def _triggers_never_entered(level: LevelData, reach: Reach, radius: float,
                            gates_shut: tuple[bool, ...]) -> list[Problem]:
    """A trigger no way on foot enters never fires: its message is never read, its alarm never sounds, and nothing in
    play says so. One a reinforcement's `arrives` names is told there (_arrivals_never_called), and one wholly off the
    map as such (level_problems): one mistake, one line."""
    called = {spawn.arrives for spawn in level.arrivals}
    width, height = level.pixel_size
    problems = []
    for trigger in level.triggers:
        region = trigger.region
        off_map = not (region.x < width and region.y < height and region.x + region.width > 0
                       and region.y + region.height > 0)
        if trigger.object_id in called or off_map or reach.any_inside(region):
            continue
        gated = behind_gates(level, radius, region, gates_shut)
        where = ("no way from the player spawn into it" + (gated or _way_ends(level, reach, trigger))
                 if gated or reach.room_inside(region)
                 else f"no spot in it where a machine {2 * radius:g} px across stands clear of the walls")
        problems.append(Problem(level.path, trigger.where, "a trigger the player can walk into",
                                f"{where}, so it never fires",
                                f"draw it over open ground the player crosses ({_needs(level, radius)}), "
                                "or open a way into it"))
    return problems


def _arrivals_never_called(level: LevelData, reach: Reach, radius: float) -> list[Problem]:
    """A reinforcement must be able to come and to fight: its trigger one the player can walk into, its objective not
    the one that wins the level as it is reached, and (on a map with objectives; without, _unreachable asks it of
    every enemy) a way on foot from its spawn to the player's ground."""
    triggers = {trigger.object_id: trigger for trigger in level.triggers}
    objectives = {objective.object_id: objective for objective in level.objectives}
    problems = []
    for spawn in level.arrivals:
        where = property_where(spawn.where, "arrives", spawn.template_of("arrives"))
        trigger, objective = triggers.get(spawn.arrives), objectives.get(spawn.arrives)
        if trigger is not None and not reach.any_inside(trigger.region):
            problems.append(Problem(level.path, where, "a trigger the player can walk into, to bring it in",
                                    f"{named_object(trigger.object_id, trigger.name)}, which no way from the player "
                                    "spawn enters, so it never arrives",
                                    "open a way into the trigger (a machine needs a way 2 tiles wide), "
                                    "or pick another"))
        elif objective is not None and not objective.hold and len(level.objectives) == 1:
            problems.append(Problem(level.path, where, "a trigger, or an objective with a hold, to bring it in",
                                    f"{named_object(objective.object_id, objective.name)}, the only objective, with no "
                                    "hold: reaching it wins the level, so it never arrives",
                                    "give the objective a hold (it comes as the hold starts), or pick a trigger"))
        elif objective is not None and not objective.hold and _comes_last(level, objective):
            problems.append(Problem(level.path, where, "a trigger, or an objective with a hold, to bring it in",
                                    f"{named_object(objective.object_id, objective.name)}, with no hold, after every "
                                    "other objective (its after): reaching it wins the level, so it never arrives",
                                    "give the objective a hold (it comes as the hold starts), or pick a trigger"))
        if level.objectives and _on_map(level, spawn.x, spawn.y) and not reach.near(spawn.x, spawn.y, radius * 3):
            problems.append(Problem(level.path, spawn.where, "a reinforcement with a way on foot to the player",
                                    "no way from its spawn to the ground the player can walk",
                                    "move it where a way leads to the fight, or open one"))
    return problems


def _comes_last(level: LevelData, objective) -> bool:
    """Whether every other objective comes before `objective` along its `after`s: it is the last to reach."""
    after = {o.object_id: o.after for o in level.objectives}
    before, at = [], objective.after
    while at in after and at not in before:
        before.append(at)
        at = after[at]
    return len(before) == len(level.objectives) - 1


def _way_ends(level: LevelData, reach: Reach, objective) -> str:
    """Where the player's way on foot ends nearest the objective, for "found ...": the shut or narrow way to look for
    is past that tile, toward the objective."""
    end = reach.nearest_to(objective.region)
    if end is None:
        return ""
    x, y, short = end
    # A probe point on a tile's edge names the open tile it belongs to, not the wall beside it.
    column = min(max(int(x // level.tile_width), 0), level.width - 1)
    row = min(max(int(y // level.tile_height), 0), level.height - 1)
    if level.solid[row][column]:
        column, row = next(((c, r) for c, r in ((column - 1, row), (column, row - 1), (column - 1, row - 1))
                            if 0 <= c and 0 <= r and not level.solid[r][c]), (column, row))
    return f"; on foot it gets no nearer than tile ({column}, {row}), {short:.0f} px short of it"


def _cell(level: LevelData, x: float, y: float) -> str:
    return f"tile ({int(x // level.tile_width)}, {int(y // level.tile_height)})"
