"""A playtest of a map that does not load yet: its problems in the window, watched until a save fixes them, then played.

Tiled's F5 runs `main.py --level MAP`; a map saved with a mistake printed its problems to Tiled's console, closed by
default, and no window opened. Here the window opens on the problems, as live reload shows them in play, and the level
starts by itself once the map (or a tileset, template or data file it names) is saved without them.
"""

import dataclasses
import logging
from pathlib import Path

from game.content.errors import ContentError
from game.scenes.base import Scene
from game.scenes.live_reload import LevelWatcher, watched_files
from game.view.controls import page_hint
from game.view.overlays import draw_problems, problems_heading
from game.view.text import AMBER, DIM, WHITE, draw_text

log = logging.getLogger(__name__)

HINTS = {"keyboard": ((("menu_back",), "quit"),), "pad": ((("menu_back",), "quit"),)}
NOT_PLAYED = 2  # the exit status while the level has not been played: the problems were printed, as a refusal's are


class BrokenMapScene(Scene):
    def __init__(self, ctx, error: ContentError) -> None:
        self.ctx, self.device = ctx, "keyboard"
        self.problems: list = []
        self._show(error)
        ctx.exit_status = NOT_PLAYED
        self.watcher = LevelWatcher(self._files(error))

    def _files(self, error: ContentError) -> list[Path]:
        """The files that can fix it, as play's live reload watches them: the map, the tilesets, images and templates
        it names (a missing one where it is looked for, so putting it back starts the level), the game's data; and
        any file a problem names."""
        named = (Path(problem.file).resolve() for problem in error.problems)
        return list(dict.fromkeys([*watched_files(self.ctx.level_path), *named]))

    def _show(self, error: ContentError) -> None:
        """On screen each file's name is enough, as live reload shows them, and leaves room for the message."""
        self.problems = [dataclasses.replace(problem, file=Path(problem.file).name) for problem in error.problems]

    def handle(self, actions) -> None:
        self.device = actions.device
        if actions.menu_back or actions.pause:
            self.ctx.leave()

    def frame(self, dt: float) -> None:
        if not self.watcher.saved_again(dt):
            return
        from game.scenes.play import PlayScene  # it imports what this module's caller does: here only when fixed
        try:
            play = PlayScene(self.ctx)
        except ContentError as error:
            self.watcher.watch(self._files(error))  # the files the map names now, from now on too
            if not self.watcher.refused():  # a save perhaps still being written: read again once it holds still
                return
            shown = self.problems
            self._show(error)
            if self.problems != shown:  # the same mistakes saved again were told already
                log.warning("%s still has problems:\n%s", self.ctx.level_path, error)
            return
        self.ctx.exit_status = 0
        self.ctx.open_level(play)

    def draw(self, surface, alpha: float) -> None:
        surface.fill((10, 12, 20))
        middle = surface.get_width() / 2
        name = Path(self.ctx.level_path).name
        draw_text(surface, "WAITING FOR A GOOD SAVE", (middle, 30), 40, WHITE, anchor="midtop", bold=True)
        draw_text(surface, f"Save {name} in Tiled without these problems, and it starts here.", (middle, 78), 22,
                  AMBER, anchor="midtop")
        # As many rows as the page has room for, down to the hint line.
        draw_problems(surface, *problems_heading(self.problems), bottom=surface.get_height() - 48)
        hint = page_hint(self.ctx.bindings, self.device, HINTS)
        draw_text(surface, hint, (middle, surface.get_height() - 36), 20, DIM, anchor="midtop")
