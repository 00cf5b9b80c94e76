"""A playtest of a map that does not load yet: its problems in the window, watched until a save fixes them, then played.

Tiled's F5 runs `main.py --level MAP`; a map saved with a mistake printed its problems to Tiled's console, closed by
default, and no window opened. Here the window opens on the problems, as live reload shows them in play, and the level
starts by itself once the map (or a tileset, template or data file it names) is saved without them.
"""

import logging
from pathlib import Path

from game.content.errors import ContentError
from game.scenes.base import Scene
from game.scenes.live_reload import LevelWatcher, refusal_files, refused_read, shown_problems
from game.session import tell_warnings
from game.view.controls import page_hint
from game.view.overlays import draw_problems, problems_heading
from game.view.text import AMBER, DIM, READABLE, WHITE, draw_text

log = logging.getLogger(__name__)

HINTS = {"keyboard": ((("menu_back",), "quit"),), "pad": ((("menu_back",), "quit"),)}
NOT_PLAYED = 2  # the exit status while the level has not been played: the problems were printed, as a refusal's are


class BrokenMapScene(Scene):
    def __init__(self, ctx, error: ContentError) -> None:
        self.ctx = ctx
        self.problems = shown_problems(error)
        self.unchecked = error.unchecked  # the checks that wait for the map to load, told under its problems
        ctx.exit_status = NOT_PLAYED
        # The files that can fix it, as play's live reload watches them (a missing one where the loader looked for
        # it, so putting it back starts the level)
        self.watcher = LevelWatcher(refusal_files(ctx.level_path, error))

    def handle(self, actions) -> None:
        if actions.menu_back or actions.pause:
            self.ctx.leave()

    def frame(self, dt: float) -> None:
        if not self.watcher.saved_again(dt):
            return
        from game.scenes.play import PlayScene  # it imports what this module's caller does: here only when fixed
        try:
            play = PlayScene(self.ctx)
        except ContentError as error:
            problems = refused_read(self.watcher, self.ctx.level_path, error)
            if problems is None:  # a save perhaps still being written: read again once it holds still
                return
            if problems != self.problems:  # the same mistakes saved again were told already
                log.warning("%s still has problems:\n%s", self.ctx.level_path, error)
            self.problems, self.unchecked = problems, error.unchecked
            return
        tell_warnings(play.game.res.level)  # as a playtest of a good map first does (cli.play)
        self.ctx.exit_status = 0
        self.ctx.open_level(play)

    def draw(self, surface, alpha: float) -> None:
        surface.fill((10, 12, 20))
        middle = surface.get_width() / 2
        draw_text(surface, "WAITING FOR A GOOD SAVE", (middle, 30), 40, WHITE, anchor="midtop", bold=True)
        draw_text(surface, save_line(Path(self.ctx.level_path).name, self.problems), (middle, 78), 22, AMBER,
                  anchor="midtop")
        # As many rows as the page has room for, down to the hint line.
        title, lines = problems_heading(self.problems)
        note = self.unchecked.without_file() if self.unchecked is not None else ""
        draw_problems(surface, title, lines, bottom=surface.get_height() - 48, note=note)
        hint = page_hint(self.ctx.bindings, self.ctx.settings, self.device, HINTS, self.layout)
        draw_text(surface, hint, (middle, surface.get_height() - 36), READABLE, DIM, anchor="midtop")


_TILED_FILES = (".tmx", ".tsx", ".tx")  # what a designer saves in Tiled; a data file (units.yaml) in a text editor
_MOST_NAMED = 3  # files named in the line; it has one line's room


def save_line(level: str, problems) -> str:
    """What to save for the level (its file name `level`) to start: the files the problems are in (their names, as
    shown_problems gives them), which are not the map's when a data file such as units.yaml is wrong, nor when the
    map's mistake is in a tileset or template it names (Problem.source)."""
    files = list(dict.fromkeys(problem.source or problem.file for problem in problems)) or [level]
    named = files[:_MOST_NAMED] + ([f"{len(files) - _MOST_NAMED} more"] if len(files) > _MOST_NAMED else [])
    names = named[0] if len(named) == 1 else f"{', '.join(named[:-1])} and {named[-1]}"
    tiled = " in Tiled" if all(Path(file).suffix.lower() in _TILED_FILES for file in files) else ""
    starts = "it starts" if files == [level] else f"{level} starts"
    return f"Save {names}{tiled} without these problems, and {starts} here."
