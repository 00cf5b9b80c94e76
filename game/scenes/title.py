"""The title screen: the mission the player goes on with drifting behind the key art, and a menu to continue, launch
(straight into the first mission, or the missions page once more are open or the first has a best run to watch), set
options or quit.

Back (Esc, B) picks Quit, and on Quit it quits, as on the result screen: the hint line says so ("ESCAPE twice quit",
then "ESCAPE quit"), so one stray press never closes the game, and a player who wants out finds the way without the
mouse. While Launch asks before replacing a saved run, Back takes the question back first."""

import logging
import math
from pathlib import Path

import pygame

from game.campaign import load_campaign, reached
from game.content.chain import kept_level, read_ahead
from game.content.errors import ContentError
from game.saves import SaveError, read_save, save_path, save_there, saved_run, set_aside, unresumable
from game.scenes.base import Scene
from game.scenes.menu import Asking, Menu, back_hints, back_picks_leave, backing, controls_fitted, plate_middle, \
    start_chooses
from game.scenes.missions import FACES as MISSIONS_FACES, MissionsScene, shows_missions
from game.scenes.options import FACES as OPTIONS_FACES, OptionsScene
from game.scenes.start_again import ask_first
from game.view.controls import controls_line, page_hint
from game.view.map_view import MapView
from game.view.text import (AMBER, CYAN, DIM, READABLE, RED, ROWS_PLATE_PAD, WHITE, GlyphsAhead, clock_text,
                             draw_rows, draw_text, first_rows, fit, font, wrap)
from game.view.title_art import TitleArt


log = logging.getLogger(__name__)

MENU_TOP = 400  # px
SAVED_GAP = 7  # px between Continue's plate and the saved run's line under it, and between that line and Launch's plate
# px more between Continue and Launch for the saved run's line ("Mars, Relay Outpost — 1996 · 2:41 in"): the plate
# reaches further down, not up into the comet's streak, and the rows under it keep one row at least. A chosen option's
# plate is 10 px shorter than a row (Menu.gap): the line and its gaps take the rest.
SAVED_ROOM = 2 * SAVED_GAP + 18 - 10  # 18: the line's height at READABLE (font(24).get_linesize())
SAVED_WIDTH = 720  # px at most: a longer title is cut with "…" (the plate grows to hold the line, not past the art)
RULE = 96  # px of the lines either side of SPT LAYZNER
STORY = "The Gradosian army has come."  # after where and when: the mission the player goes on with (story_line)
TOLD_SIZE = READABLE  # px: the rows under the menu: a question's line must read as well as the hint it answers
PROBLEM_ROWS = 3  # rows of the player's files' problems at most under the menu, and a row that counts the rest
SET_ASIDE = "Set save aside"  # in Continue's place once the save has failed to resume
QUIT = "Quit"  # the row that closes the game, which Back picks first
HINT_Y = 36  # px up from the screen's foot: the menu's hint line, where every page has its own
CONTROLS_Y = 62  # px up from the foot: the controls line, a row over the hint line
# Frames the title draws before it reads the campaign ahead (frame): its first ones draw the map behind the art for the
# first time, and the reading, holding the GIL, made its second and third 30-50 ms. Launch sooner reads them itself.
READ_AHEAD_AFTER = 30


class TitleScene(Scene):
    home = True
    repeats = True

    def __init__(self, ctx) -> None:
        self.ctx = ctx
        # Not round from the first row to Quit: one slip up from Launch, then Return, closed the game
        self.menu = Menu((["Continue"] if save_there() else []) + ["Launch", "Options", QUIT], ctx.audio, wrap=False)
        # Launch, where it would start a run over the saved one, asks first; Back takes the question back
        self.asking = Asking(self.menu, "keep the saved run", start=True)
        self.loses = ""  # what the question standing in Launch's place loses
        self.saved = ""  # under Continue: which mission it resumes and how far in; under Set save aside, why
        # Why the save there cannot be resumed, and the file as it was then (a new save is looked at afresh): found as
        # the title opens, or when Continue, chosen, reads it whole
        self.unresumable: tuple[object, str] | None = None
        self.told = ""  # the line this page put among the player's files' problems about the save
        self.age = 0.0
        self.frames = 0  # drawn, up to READ_AHEAD_AFTER
        # Rendered as the page waits: Launch renders none, nor, after them, Options
        self.glyphs_ahead = GlyphsAhead(MISSIONS_FACES + OPTIONS_FACES)
        self.error = ""  # what went wrong just now, in red
        self.notice = ""  # what was done about it, in amber
        try:
            kept_level(ctx.level_path)  # kept: the map behind the key art (reached) reads it no more
        except ContentError as error:
            self.error = str(error).splitlines()[0]
        # The map of the mission the player goes on with, drifting behind the key art: the saved run's, else the
        # furthest the record has reached (_say_saved); None when it does not load
        self.base: MapView | None = None
        self.story = ""  # where and when the run the player goes on with is, from that map's title
        self._say_saved()
        self.art = TitleArt(ctx.sprites)
        self.reading = None  # the campaign's maps read for Launch's missions page, after the first frames (frame)

    def handle(self, actions) -> None:
        choice = self.asking.answer(self.menu.handle(start_chooses(actions)))
        if choice is not None:  # what was said was about the last choice: the next one starts afresh
            self.error = self.notice = ""
        if choice == "Continue":
            self._resume()
        elif choice == SET_ASIDE:
            self._set_aside()
        elif choice == "Launch":
            self._launch()
        elif choice == "Options":
            self.ctx.push(OptionsScene(self.ctx, self))
        elif choice == QUIT:
            self.quit()
        elif choice is None and actions.menu_back:
            self._back()

    def quit(self) -> None:
        self.ctx.running = False

    def _back(self) -> None:
        """Back: a question standing is taken back (the saved run kept), else Quit is picked, and on it, it quits."""
        self.ctx.audio.play("ui_move")
        if self.asking.option:
            self.asking.take_back()
        else:
            back_picks_leave(self.menu, QUIT, self.quit)

    def _launch(self) -> None:
        """A pilot with only the first mission open, and no win of it, goes straight into it; one with more chooses,
        the mission to go on with chosen already, and one who has won the only mission (a campaign of one map) has
        the page its best run is watched from."""
        from game.scenes.play import PlayScene  # play imports the menus that lead back here
        self.ctx.start_at = None  # a resumed playtest's start is not the campaign's
        self._read_ahead_done()
        try:
            campaign = load_campaign(self.ctx.level_path)
            if shows_missions(campaign):
                self.ctx.push(MissionsScene(self.ctx, self, campaign))
            elif not self._asked_first():
                self.ctx.open_level(PlayScene(self.ctx, campaign.missions[0].path))
        except ContentError as error:
            self.error = str(error).splitlines()[0]

    def _read_ahead_done(self) -> None:
        """Wait for the campaign's maps read ahead (frame) and for the files still being written (a win's record and
        best run, game/writer.py): a level is loaded, and the missions page reads the record, on this thread only, and
        with what the last run wrote."""
        if self.reading is not None:  # the maps it reads are kept: read here beside it, they would be read twice
            self.reading.join()
        self.ctx.writer.settle()

    def _asked_first(self) -> bool:
        """Whether Launch asks before its run replaces the saved one (once: chosen again, it starts). A save that cannot
        be resumed, which Set save aside stands for, is not asked about: its row says why, and it is kept."""
        self.loses = "" if SET_ASIDE in self.menu.options else ask_first(self.asking, "Launch", "Continue")
        return bool(self.loses)

    def _resume(self) -> None:
        """Carry on from the suspend save; once the level is rebuilt from it, the save is used up."""
        from game.scenes.play import PlayScene
        self._read_ahead_done()
        try:
            saved = read_save()
        except SaveError as error:
            # The file stays where it is, untouched; Continue gives way to setting it aside, chosen.
            self.error = _set_aside_words(str(error))
            log.warning("%s", error)
            self.unresumable = (_stamp(), str(error))
            self._say_saved()
            return
        self.ctx.start_at = saved.start_at  # a playtest saved from its object restarts there, any other from the spawn
        try:
            play = PlayScene(self.ctx, saved.level_path, saved.game.seed, game=saved.game)
        except ContentError as error:  # its map reads, but a tile image of it does not: the save stays for later
            self.error = str(error).splitlines()[0]
            return
        play.uses_up_save = True  # removed once the level has run and drawn: a save that breaks play is kept
        play.get_ready()  # saved maybe mid-fight: the pilot gets a 3, 2, 1 to take the controls back first
        self.ctx.open_level(play)

    def _set_aside(self) -> None:
        try:
            kept = set_aside()
        except OSError as error:
            self.error = f"{save_path()}: could not set the save aside: {error.strerror or error}"
            log.warning("%s", self.error)
            return
        self.error, self.notice = "", f"The save that could not be resumed is kept as {kept}."
        self._offer_continue()

    def frame(self, dt: float) -> None:
        if self.reading is None and self.frames == READ_AHEAD_AFTER:
            self.reading = read_ahead(self.ctx.level_path)
        self.frames = min(self.frames + 1, READ_AHEAD_AFTER)
        if self.age:
            self.glyphs_ahead.warm()
        self.age += dt
        # The track of the map behind the key art (the wind over the Mars base, New York's night once the player goes
        # on there): the music and the picture tell one place; a map with none, or none that loads, is silence
        self.ctx.audio.play_music(self.base.level.music if self.base is not None else "")
        self._offer_continue()

    def _offer_continue(self) -> None:
        """Continue heads the menu exactly while a suspended level waits: back from Save and quit, it is there,
        chosen; once resumed (or the file gone), it is not."""
        offered = next((option for option in self.menu.options if option in ("Continue", SET_ASIDE)), None)
        saved = save_there()
        if saved == (offered is not None):
            return
        self.asking.take_back()  # about a save now gone, or asked of a row about to move
        if saved:
            self.menu.options.insert(0, "Continue")
        else:
            self.menu.options.remove(offered)
        self.menu.selected = 0
        self._say_saved()

    def _say_saved(self) -> None:
        """The first row and the line under it, read from the save: Continue, with which mission it carries on and how
        far in; or, for a save that cannot be resumed (or a folder in its place), Set save aside in Continue's place,
        with why, which the rows of the player's files' problems give whole, as they give the others."""
        self.menu.room_before.pop(1, None)
        offered = next((option for option in self.menu.options if option in ("Continue", SET_ASIDE)), None)
        run = saved_run() if offered else None
        why = self._why_unresumable(readable=run is not None) if offered else ""
        row = SET_ASIDE if why else "Continue"
        if offered and row != offered:  # chosen, as Continue is back from Save and quit
            self.menu.selected = self.menu.options.index(offered)
            self.menu.options[self.menu.selected] = row
        self._tell(_set_aside_words(why) if why else "")
        reason = why.removeprefix(f"{save_path()}: ").split(": expected")[0]  # the gist: the rows below give it whole
        self.saved = f"Cannot be resumed: {reason}" if why else f"{run[0]} · {clock_text(run[1])} in" if run else ""
        self._show_behind(run.level_path if run and not why else None)
        self.story = story_line(self.base.level.title if self.base is not None else "")
        if self.saved:
            self.menu.room_before[1] = SAVED_ROOM

    def _show_behind(self, saved: Path | None) -> None:
        """The map of the mission the player goes on with behind the key art: the `saved` run's, else the furthest the
        record has reached (the first when it has none); as it was, where it is the one already shown (the maps are
        kept as read, chain.kept_level: coming back to the title reads none again)."""
        try:
            level = kept_level(saved) if saved is not None else reached(self.ctx.level_path)
        except ContentError:  # the first map's problem is said (__init__); a saved run's, as Continue is chosen
            self.base = None
            return
        if self.base is None or self.base.level is not level:
            self.base = MapView(level)

    def _why_unresumable(self, readable: bool) -> str:
        """Why the save there cannot be resumed ("" when it can, as far as is known): as found before while it is the
        same file (Continue, chosen, read it whole), else read whole now where the title's short read of it
        (`readable`) could not make it out."""
        stamp = _stamp()
        if self.unresumable is None or self.unresumable[0] != stamp:
            self.unresumable = None if readable else (stamp, unresumable())
        return self.unresumable[1] if self.unresumable else ""

    def _tell(self, line: str) -> None:
        """Put `line` among the player's files' problems the title lists ("": take back the one it put), leaving a line
        about the save said by another (Save and quit's, of a save it set aside) as it is."""
        about = [said for said in self.ctx.file_problems if said.startswith(str(save_path()))]
        if line and line != self.told:  # the console has every line the title shows
            log.warning("%s", line)
        if line or about == [self.told]:
            self.ctx.retell(save_path(), [line] if line else [])
        self.told = line

    def shown_again(self) -> None:
        """Back from a level or a page: a save written since (Save and quit) is the one Continue's line tells of."""
        super().shown_again()
        self._say_saved()

    def backdrop(self, surface, alpha: float) -> None:
        """The mission the player goes on with drifting by, darkened, most at the corners."""
        width, height = surface.get_size()
        surface.fill((30, 14, 10))
        if self.base is not None:
            map_w, map_h = self.base.level.pixel_size
            drift = (math.sin(self.age * 0.05) + 1) / 2
            self.base.draw(surface, drift * max(0, map_w - width), max(0, map_h - height) * 0.45)
        surface.blit(self.art.shade(surface.get_size()), (0, 0))

    def draw(self, surface, alpha: float) -> None:
        self.backdrop(surface, alpha)
        width, height = surface.get_size()
        name = self.art.draw(surface, self.age)
        spt = draw_text(surface, "S P T   L A Y Z N E R", (name.centerx, name.bottom), 34, CYAN, anchor="midtop")
        for end, way in ((spt.left - 18, -1), (spt.right + 18, 1)):  # rules either side, as on the anime's card
            pygame.draw.line(surface, CYAN, (end, spt.centery), (end + way * RULE, spt.centery), 2)
        if self.story:
            draw_text(surface, self.story, (name.centerx, name.bottom + 42), 26, AMBER, anchor="midtop")
        saved = self._saved_line(width)
        plate = backing(surface, self.menu.area(width / 2, MENU_TOP), *([saved[1]] if saved else []))
        self.menu.draw(surface, width / 2, MENU_TOP)
        if saved:  # under Continue's own plate, lit with it while it is chosen, as an option is
            # why it cannot be resumed: a problem, as below
            told = AMBER if SET_ASIDE in self.menu.options else WHITE if self.menu.selected == 0 else DIM
            draw_text(surface, saved[0], saved[1].topleft, READABLE, told)
        # Between the menu and the controls line, wrapped (a save's path alone can be wider than the screen), on a
        # plate as the missions page sets its own: what went wrong just now (or what was done about it, or what a new
        # run would lose), else what was wrong in the player's files as the game started. As many rows as fit, the
        # last saying what did not.
        face = font(TOLD_SIZE)
        step = face.get_linesize()
        foot = height - CONTROLS_Y - 2 - ROWS_PLATE_PAD  # the rows' plate ends 2 px over the controls line
        room = max(1, (foot - plate.bottom - ROWS_PLATE_PAD) // step)
        told, color = (self.error, RED) if self.error else (self.loses if self.asking.option else self.notice, AMBER)
        rows = wrap(told, face, width - 120) if told else self._problem_rows(face, width - 120)
        if len(rows) > room:  # the last row says so; room for one alone (a save's line above): the first row, cut
            rows = rows[:room - 1] + ["... (the console has it all)"] if room > 1 else first_rows(rows, 1)
        draw_rows(surface, rows, (width / 2, foot - step * len(rows)), TOLD_SIZE, color if told else AMBER,
                  plated=True)
        hints = self.asking.hints(back_hints(self.menu, QUIT))
        hint = page_hint(self.ctx.bindings, self.ctx.settings, self.device, hints, self.layout)
        draw_text(surface, hint, (width / 2, height - HINT_Y), READABLE, DIM, anchor="midtop")
        line = controls_line(self.ctx.bindings, self.ctx.settings, self.device, self.layout)
        controls, size = controls_fitted(line, width)
        draw_text(surface, controls, (width / 2, height - CONTROLS_Y + (READABLE - size) // 2), size, DIM,
                  anchor="midtop")

    def _saved_line(self, width: int) -> tuple[str, pygame.Rect] | None:
        """The line under Continue (which run it resumes, or why it cannot be) and where it is set: centred, a clear
        gap under Continue's plate; a long title cut, never set smaller. None with no save."""
        if not self.saved:
            return None
        line, _ = fit(self.saved, READABLE, SAVED_WIDTH, READABLE)
        place = pygame.Rect((0, 0), font(READABLE).size(line))
        place.midtop = (round(width / 2), round(MENU_TOP + plate_middle(self.menu.size) + (self.menu.size + 6) / 2
                                                + SAVED_GAP))
        return line, place

    def _problem_rows(self, face, width: int) -> list[str]:
        """What was wrong in the player's files, in PROBLEM_ROWS rows at most: each problem whole, the first cut with
        "…" if it alone is longer; those that do not fit are counted."""
        problems, rows = self.ctx.file_problems, []
        shown = 0
        for problem in problems:
            wrapped = wrap(problem, face, width)
            if len(rows) + len(wrapped) > PROBLEM_ROWS and shown:
                break
            rows += first_rows(wrapped, PROBLEM_ROWS)
            shown += 1
        if shown < len(problems):
            rows.append(f"... and {len(problems) - shown} more (the console lists them all)")
        return rows


def story_line(title: str) -> str:
    """The line under the title: where and when a mission is, from its map's title ("New York, Occupied Manhattan —
    1999": "New York, 1999. The Gradosian army has come."); a designer's title with no year after its dash gives its
    place alone; "" for none (the first map would not load)."""
    if not title.strip():
        return ""
    place = title.split(",")[0].split(" — ")[0].strip()
    year = title.rpartition(" — ")[2].strip() if " — " in title else ""
    return f"{place}, {year}. {STORY}" if year.isdigit() else f"{place}. {STORY}"


def _stamp() -> object:
    """The save file as it stands (its inode, size and time of change), None when it cannot be looked at: a save
    written since, or put back by hand, is another file."""
    try:
        found = save_path().stat()
    except OSError:
        return None
    return found.st_ino, found.st_size, found.st_mtime_ns


def _set_aside_words(why: str) -> str:
    """The line naming a save that cannot be resumed, with what to do about it."""
    return f"{why}. Set it aside to keep it out of the way; nothing is deleted."
