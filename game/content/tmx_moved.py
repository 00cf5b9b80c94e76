"""A map moved away from the folder it was made in: the links it loses told as one cause, then a short line each."""

from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

from game.content.errors import Problem
from game.content.tmx_xml import file_name, path_from
from game.files import is_file, real_path

GAME_FOLDER = Path(__file__).resolve().parents[2]
LEVELS = GAME_FOLDER / "levels"  # where the game's maps are made (chain.LEVELS, which imports the loader, this too)
RELINK = "Locate File... in the list of broken links Tiled shows as it opens the map"


@dataclass(frozen=True)
class LostLink:
    """A file a map names, relative to itself, that is not there, where the game has its own file of that name: most
    often the map was moved (copied out of levels/), and its links lead from where it is now to nothing."""
    reference: str  # the path as the map names it: "templates/enemy_spawn.tx"
    game_file: Path  # the game's own file of that name, its whole path


def lost_link(game_folder: Path, reference: str, path: Path) -> LostLink | None:
    """The lost link to the game's file in `game_folder` named as `reference` ends, for a file missing at `path`; None
    when the game has no file of that name, or it is the one looked for (the game's own file is gone)."""
    game = game_folder / file_name(reference)
    if not is_file(game) or real_path(game) == path:
        return None
    return LostLink(reference, game)


def told_together(problems: list[Problem], lost: dict[Problem, LostLink], map_file: str) -> list[Problem]:
    """`problems`, where two or more are lost links (`lost`: the problem that tells each), with one line for their
    cause in place of the first, then a short line for each, naming the game's file to pick: the long lines said the
    same at length each time."""
    links = [problem for problem in problems if problem in lost]
    if len(links) < 2:
        return problems
    folder = Path(map_file).parent
    first = problems.index(links[0])  # as many kept lines before it as there were
    kept = [problem for problem in problems if problem not in lost]
    short = [replace(problem, found="no file there", hint=f"Locate File...: {_as_the_game_names(lost[problem])}, "
                     f"{path_from(folder, lost[problem].game_file)} from this map") for problem in links]
    return kept[:first] + [_cause(map_file, [lost[problem] for problem in links])] + short + kept[first:]


def _cause(map_file: str, links: list[LostLink]) -> Problem:
    """The one line for links lost together: the folders the map names, and where it stands now without them."""
    folders = list(dict.fromkeys(PurePosixPath(link.reference.replace("\\", "/")).parent.as_posix() + "/"
                                 for link in links))
    named = folders[0] if len(folders) == 1 else f"{', '.join(folders[:-1])} and {folders[-1]}"
    from_levels = all(real_path(LEVELS / link.reference) == real_path(link.game_file) for link in links)
    made_in = "levels/" if from_levels else "the folder it was made in"
    keep = "keep it in levels/" if from_levels else "move it back to the folder it was made in"
    return Problem(map_file, "map", f"{named} beside it, as it names them relative to {made_in}",
                   f"it in {Path(map_file).parent}, where the {len(links)} files below are not",
                   f"{keep}, or fix each below with {RELINK}")


def _as_the_game_names(link: LostLink) -> str:
    """The game's file as its folder names it: levels/templates/enemy_spawn.tx."""
    return link.game_file.relative_to(GAME_FOLDER).as_posix()
