"""The maps `check` is given and the chains their `next`s make: the campaign, and a chain of a designer's own."""

import dataclasses
import os
import re
from pathlib import Path

from game.content.catalog import Catalog
from game.content.chain import FIRST_MISSION, LEVELS, follow
from game.content.check import CheckedMap, check_map
from game.content.errors import ContentError, Problem, quote
from game.files import is_dir, is_file, real_path


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
    try:
        chain = follow(FIRST_MISSION) if checked else None
    except ContentError:
        chain = None  # the first mission's own check tells why
    in_campaign = {real_path(level.path) for level in chain.levels} if chain is not None else set()
    # A map of the campaign named, in levels/ or not, is checked with the whole campaign, as make check does (none to
    # follow when its first mission does not load)
    if chain is not None and any(_shipped(result.path) or real_path(result.path) in in_campaign for result in checked):
        relative = any(not Path(result.path).is_absolute() for result in checked)
        checked = _with_campaign(_and_reached(checked, chain, catalog, CAMPAIGN, relative), chain)
    checked = _with_own_chains(checked, in_campaign, catalog)
    return checked if chain is None else _out_of_the_campaign_told(checked, chain)


def _out_of_the_campaign_told(checked: list[CheckedMap], chain) -> list[CheckedMap]:
    """A warning on each map named to check outside levels/ that the campaign never reaches, as _with_campaign warns
    of one in levels/ (and, as there, once its problems are fixed): the designer learns from check alone whether a
    player can get to it. Not when the campaign stops at a map that will not load: what lies past it is not known."""
    if chain.problem is not None and not _is_loop(chain.problem):
        return checked
    in_chain = {real_path(level.path) for level in chain.levels}
    first, last = f"{FIRST_MISSION.parent.name}/{FIRST_MISSION.name}", Path(chain.levels[-1].path).name
    warning = ("a mission of the campaign",
               f"a map outside {LEVELS.name}/ that no map's next leads to from {first} on, which no player can get to",
               f"it plays with --level; to ship it, move it into {LEVELS.name}/ and set next on {last}, the campaign's "
               "last mission, to it")
    return [dataclasses.replace(result, warnings=result.warnings + (Problem(str(result.path), "map", *warning),))
            if not result.reached and not _shipped(result.path) and real_path(result.path) not in in_chain
            and is_file(result.path) and not result.problems else result for result in checked]


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
    copied = _copied_identity(campaign, [real_path(level.path) for level in chain.levels])
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
        warnings += copied.get(result.path, ())
        told.append(dataclasses.replace(result, problems=problems, warnings=warnings))
    return told


def _copied_identity(campaign: list[CheckedMap], played: list[Path]) -> dict[Path, tuple[Problem, ...]]:
    """A map of the campaign with the title of another, or leading on to the map another leads to, is most often a
    copy of a mission not yet made its own: the player would see two missions by one name, and a map is played after
    one mission only. Each is told on the later of the two: the missions in the order `played` first, then the other
    maps as checked. Warnings by map path."""
    def place(result: CheckedMap) -> int:
        path = real_path(result.path)
        return played.index(path) if path in played else len(played)
    order = sorted(campaign, key=place)
    earlier_title: dict[str, CheckedMap] = {}
    earlier_next: dict[Path, CheckedMap] = {}
    found: dict[Path, tuple[Problem, ...]] = {}
    for result in order:
        lines = []
        first = earlier_title.setdefault(" ".join(result.title.split()), result) if result.title else result
        if first is not result:
            lines.append(Problem(str(result.path), "map, property title", "a title no other map of the campaign has",
                                 f"{quote(result.title)}, the title of {Path(first.path).name} too",
                                 "give this mission a title of its own in Map > Map Properties: the player reads it "
                                 "on the title card as the mission starts"))
        following = real_path(result.next_level) if result.next_level else None
        first = earlier_next.setdefault(following, result) if following is not None else result
        if first is not result:
            lines.append(Problem(str(result.path), "map, property next",
                                 "a next no other map of the campaign names (each map is played after one mission)",
                                 f"{following.name}, which {Path(first.path).name} leads to too",
                                 "pick the map to play after this one with the property's file picker, or remove "
                                 "next if this is to be the last mission"))
        found[result.path] = tuple(lines)
    return found


def expand(paths) -> list[Path]:
    maps = []
    for path in map(Path, paths):
        maps.extend(sorted(path.rglob("*.tmx")) if is_dir(path) else [path])
    return maps
