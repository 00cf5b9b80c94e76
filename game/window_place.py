"""The window's size and place kept from one run to the next: window.yaml in the player's config folder.

A file of its own, not a key of settings.yaml: the game writes it each time it closes, and rewriting the settings
that often would also rewrite a player's hand-edited settings file (setting one with mistakes aside each time).
Read as the settings are: never raising, a mistake told in one line while the default window stands in; written
whole or not at all (game.files.write_atomically).
"""

from pathlib import Path
from typing import NamedTuple

from game.content.errors import ContentError, Problem, one_line, quote
from game.content.schema import describe
from game.content.spelling import suggest
from game.content.yamlio import load_yaml
from game.displays import Rect
from game.files import aside_path, config_dir, known_missing, write_atomically

FILE_NAME = "window.yaml"
INSTEAD = "the window opens at its default size, centred"
# px: what SDL can make of a window; a value past them is no window the game left
LIMITS = {"x": (-32768, 32767), "y": (-32768, 32767), "width": (1, 16384), "height": (1, 16384)}
MAXIMISED = "maximised"  # a key of its own: a file without it (an older version's) is a window not maximised
KEYS = (*LIMITS, MAXIMISED)


class KeptWindow(NamedTuple):
    """The window as the player left it: its place (x, y, width, height) while not maximised, None where none can be
    used; and whether it was maximised (over that place, which un-maximising gives back)."""

    place: Rect | None = None
    maximised: bool = False


def window_place_path() -> Path:
    """window.yaml in the player's config folder (see game.files.config_dir)."""
    return config_dir() / FILE_NAME


def read_window_place(path: Path) -> tuple[KeptWindow, list[str]]:
    """The window as it was left, and one line per problem; KeptWindow() (no place, not maximised), and the lines,
    where there is no file or it cannot be used. Never raises, never touches the file."""
    if known_missing(path) and not Path(path).is_symlink():  # not kept yet: the first start (a broken link is told)
        return KeptWindow(), []
    try:
        data = load_yaml(path)
    except ContentError as error:
        return KeptWindow(), [f"{one_line(line)} ({INSTEAD})" for line in map(str, error.problems)]
    file = str(path)
    if not isinstance(data, dict):
        return KeptWindow(), [str(Problem(file, "", "the window's x, y, width and height (key: value, one a line)",
                                          describe(data), INSTEAD))]
    problems = [Problem(file, one_line(key, 60), "x, y, width, height or maximised", quote(key),
                        f"ignored; {suggest(key, KEYS)}") for key in data if key not in KEYS]
    maximised = data.get(MAXIMISED, False)
    if not isinstance(maximised, bool):  # told on its own: the place below still stands
        problems.append(Problem(file, MAXIMISED, "true or false", describe(maximised), "the window opens unmaximised"))
        maximised = False
    instead = INSTEAD + (", maximised over it as it was left" if maximised else "")
    values = {}
    for key, (low, high) in LIMITS.items():
        value = data.get(key)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            problems.append(Problem(file, key, f"a whole number of px from {low} to {high}",
                                    describe(value), instead))
        else:
            values[key] = value
    place = (values["x"], values["y"], values["width"], values["height"]) if len(values) == len(LIMITS) else None
    return KeptWindow(place, maximised), [str(problem) for problem in problems]


def write_window_place(place: Rect, path: Path, maximised: bool = False) -> str | None:
    """Keep the window's (x, y, width, height), and that it was maximised over them, in `path`, atomically; None when
    kept, else one line saying why not, or where the file it replaced was kept (one with mistakes, see
    game.files.aside_path). Never raises for a disk or permission error."""
    x, y, width, height = place
    text = ("# Blue Comet's window as it was last left (its size and place while not fullscreen), in px on the\n"
            "# desktop. The game writes it as it closes and opens there next time, if it still fits a display.\n"
            f"x: {x}\ny: {y}\nwidth: {width}\nheight: {height}\n")
    if maximised:  # only then: a window left unmaximised is kept as older versions keep it, and read it unflagged
        text += f"{MAXIMISED}: true  # over that size and place, which un-maximising gives back\n"
    path = Path(path)
    try:
        # One with mistakes was told at start and not used: kept aside as it was, as settings.yaml is, not lost
        kept = aside_path(path) if read_window_place(path)[1] and path.is_file() else None
        if kept is not None:
            write_atomically(kept, path.read_bytes())
        write_atomically(path, text.encode("utf-8"))
    except OSError as error:
        return f"{path}: could not keep the window's size and place: {error.strerror or error}"
    return None if kept is None else f"{path} had mistakes: the file as it was is kept as {kept.name}"
