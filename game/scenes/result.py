"""The result screen: mission complete or Layzner down (what wrecked it, where, during what, and the hint that follows:
game/loss.py), how the pilot fought (this run beside their record, its time
beside the level's best time, NEW BEST when a win beats it), then on to the next mission, restart, watch the replay,
the missions page (where Launch on the title would show it, the mission just played chosen), or back to the title
(quit, in a level played from the command line, with no title: Start on a pad chooses too); at the end of the game's
own campaign, Rei's last word (advisor.yaml's campaign_complete) stands under the title. The page
stands midway between the screen's top and its hint line; over the Layzner's wreck it stands to one side, the view
holding the wreck lit in the room beside it, as the death beat showed it. Opening it adds the run to the record
(game/record.py), once, read on the frame and written off it (game/writer.py, with the replay and the best run); a
record or a replay that could not be read or saved is said under the table, as the writer finds it. A mission lost on
Normal again and again has Easy offered in the rows under the table (game/scenes/easy_offer.py). A hint line at the
foot names the controls of the device used last, and what Back does (it picks Main menu, or Quit, then leaves)."""

import logging
from pathlib import Path

import numpy
import pygame

from game.best_runs import keep_best_run
from game.campaign import load_campaign
from game.content.advisor import fill
from game.content.errors import ContentError
from game.content.chain import kept_level
from game.content.words import counted, order_in_sentence
from game.files import real_path
from game.record import SHIPPED, RecordError, load_record, record_key, record_result, with_run
from game.replay import ReplayError
from game.scenes.base import Scene
from game.scenes.easy_offer import offer_words, offers_easy, take_easy
from game.scenes.mash import MashGuard
from game.scenes.menu import PLATE_PAD, TO_TITLE, WIDE, Menu, back_hints, back_picks_leave, backing, leave_word, \
    start_chooses
from game.scenes.missions import MissionsScene
from game.session import DEFAULT_LEVEL
from game.sim.resources import TICK_RATE
from game.sim.systems.speech import taught
from game.view.controls import control_name, name_controls, page_hint
from game.view.text import (AMBER, CYAN, DIM, PURPLE, READABLE, RED, SMALLEST, WHITE, clock_text, draw_lines,
                            draw_text, fit, font, wrap)

log = logging.getLogger(__name__)

ROW_GAP = 30  # px between the table's rows
NOTICE_ROWS = 2  # rows at most of why a file, a restart or a replay failed, under the table
# px from the screen's top to the title at least: the page stands midway between the screen's top and its hint line,
# and seven rows, two rows of a notice and five choices still fit
PAGE_TOP = 16
TITLE_ROOM = 76  # px from the title's top to the words under it
SUBTITLE_GAP = 32  # px from the words under the title to the table (its plate reaches PLATE_PAD above it)
HINT_ROOM = 36  # px from the hint line's top to the screen's foot
LAST_WORD_ROWS = 2  # rows Rei's last word may take under CAMPAIGN COMPLETE
LAST_WORD_SIZE = 28  # as the subtitle it stands in for
LAST_WORD_GAP = 4  # px from Rei's name to her words
NAME_SIZE = 24  # Rei's name over them, bold, in her colour (as on her panel)
LOSS_ROWS, LOSS_SIZE = 2, 24  # how the Layzner was lost (game/loss.py), under LAYZNER DOWN in the subtitle's place
HINT_ROWS, HINT_SIZE = 2, 22  # and the hint that follows from it, under that
HINT_GAP = 10  # px between them
NEW_BEST_GAP = 12  # px from this run's time to its NEW BEST mark, and from the mark to the career column
# px from the screen's edge to the plate of a page standing to one side of the Layzner's wreck
SIDE_MARGIN = 24
SHADE = (4, 8, 18, 200)  # over the world under the page: its words read over any map
# The shade's alpha over the room the wreck is held in, reached ROOM_FADE px past the page: the machines round the
# wreck are seen too, as the death beat showed them
ROOM_SHADE, ROOM_FADE = 120, 160
SETTLE = 0.8  # s the screen takes no choice: the dash mashed to resist Fouron (also confirm) must not pick one, nor
# after it while the mash goes on (game/scenes/mash.py)
# Why a run has no career column: the record is the player's campaign, which these runs stay out of (_record_run)
BOT_PLAYED = "The bot played: not kept in your record"
STARTED_PART_WAY = "Started part way (--start-at): not kept in your record"
MISSIONS = "Missions"  # the row that opens the missions page, where the campaign has one
# The menu's font size: its five rows (Next mission to Main menu) fit under seven rows of the table and two of a notice
MENU_SIZE = 32
UNKEPT_SIZE = 24  # a row or two under the heading's rule, smaller than the rows' 30 px
# The faces the page sets its words in, (size, bold), as it first shows most: the level warms them as it plays
# (text.GlyphsAhead), so the page renders no glyphs as it comes in. The title, the rows, the subtitle or Rei's last
# word, the record's line, the headings, the menu, the hint line (and how the Layzner was lost), NEW BEST, a Fouron
# row, a notice, REI, how to take Easy where it is offered.
FACES = ((80, True), (30, False), (28, False), (22, False), (20, True), (MENU_SIZE, True), (MENU_SIZE, False),
         (READABLE, False), (18, True), (30, True), (20, False), (NAME_SIZE, True), (22, True))


class ResultScene(Scene):
    """Over the world where the level ended: the outcome, the tally and the record, and what to do next."""

    repeats = True
    back_label = "Back to results"  # the pause menu's words, watching its replay, for going back here

    def __init__(self, ctx, play) -> None:
        """The page over `play`, its level decided: the run written to the career record (_record_run), the table
        (_rows), and the menu of what to do next."""
        self.ctx, self.play = ctx, play
        game = play.game
        self.won = game.outcome == "won"
        # The time the level was decided in, not the moment this screen came up a little later: the whole game's time,
        # before a save it was resumed from too, to the tenth below, as the record keeps a win's.
        ticks = play.ended_tick if play.ended_tick is not None else game.tick
        self.seconds = ticks * 10 // TICK_RATE / 10
        # Why the record leaves the run out, said in the career column's place: "" for one it keeps
        self.unkept = BOT_PLAYED if ctx.bot else STARTED_PART_WAY if ctx.start_at is not None else ""
        self.record, record_problem = self._record_run()  # the record, or why it could not be read
        # The replay was given to the writer as the level ended, and the run after it (_write_run): a file the player
        # would look for and not find is said here too, as the writer finds it (writes_failed).
        self.file_problem = record_problem
        self.writes_failed(ctx.writer.problems())  # those found already, if any; the app hands on the rest
        self.new_best = self.record is not None and self.record.new_best  # a win faster than the best, or the first
        self.rows = self._rows()
        self.lines = [(label, value) for label, value, _ in self.rows]
        watchable = play.recorder is not None  # not a run resumed from a save, or reloaded
        self.next_level = game.res.level.next_level if self.won else ""  # the map says which comes after it
        self.leave = leave_word(ctx)  # the last row's words: Main menu, or Quit where it closes the game
        self.first_mission = ctx.level_path if self.leave == TO_TITLE else DEFAULT_LEVEL  # --campaign's map
        # Only a win with no next mission can end the campaign: the others do not read its six maps (80 ms, in the
        # frame the screen comes up)
        ends = self.won and not self.next_level
        campaign = _won_campaign(play.level_path, self.record, self.first_mission) if ends else None
        self.campaign_won = campaign is not None
        self.last_word = self._last_word(campaign) if self.campaign_won else ""
        if play.next_read is not None:  # read through the result's delay (chain.read_level_ahead): kept now
            play.next_read.join()
        self.next_title = _title_of(self.next_level) if self.next_level else ""  # where Next mission leads
        # The missions page, over the title, once Launch shows it (_first_won). Told from the record, not the campaign,
        # whose maps take 0.1-0.3 s to load on every result: that is paid as the row is chosen, as Launch pays it.
        missions = self.leave == TO_TITLE and _first_won(self.record, self.first_mission)
        # Not round from the first row to the last, which leaves: one slip up from Next mission, then Return, left
        self.menu = Menu(["Next mission"] * bool(self.next_level) + ["Restart"] + ["Watch replay"] * watchable
                         + [MISSIONS] * bool(missions) + [self.leave], ctx.audio, size=MENU_SIZE, wrap=False)
        # The campaign's end: the press that went on to the next mission twice, on the row it stood on, must not start
        # New York again; Main menu is chosen. Not in a playtest with no title to go back to: Quit would close it.
        if self.campaign_won and self.leave == TO_TITLE:
            self.menu.selected = self.menu.options.index(TO_TITLE)
        loss = play.loss_watch.loss  # (how it was lost, the hint that follows): said in the subtitle's place
        self.told = loss.lines() if loss is not None else None
        self.age = 0.0
        self.mash = MashGuard(SETTLE)  # a dash still mashed as the run was lost picks no row (Restart) unread
        self.notice = ""  # why the restart, the replay or the next mission could not start, if one could not
        # Easy offered after losses in a row; where its line was last drawn, which a click takes
        self.easy = not self.won and offers_easy(ctx, game, self.record, play.level_path)
        self.easy_rect: pygame.Rect | None = None
        self.column: tuple[float, float] | None = None  # (x the page is centred on, px its lines may take): _column
        self.wreck_at: tuple[float, float] | None = None  # where on screen the view holds the Layzner's wreck
        self.plate = pygame.Rect(0, 0, 0, 0)  # the table's and the menu's plate, as last drawn
        self.shade: pygame.Surface | None = None  # over the world, made once (_shade)
        self.fading: tuple[tuple, pygame.Surface] | None = None  # the page fading in, and what it shows (_page_alone)


    def _told(self) -> tuple[str, str]:
        """How the Layzner was lost and the hint that follows, its control words ("{dash}") named as the player has
        them bound on the device in use."""
        story, hint = self.told
        return story, name_controls(hint, self.play.control_words())
    def _record_run(self) -> tuple:
        """(the career record with this run in it, ""), or (None, why it could not be read: "" for a run it leaves out).
        Read here, and written off the frame (_write_run). The record is the player's campaign: the bot's runs stay
        out of it, and so does a playtest started at a map object (--start-at), which could win a mission, and open
        the next, by starting on its objective."""
        if self.unkept:
            return None, ""
        game = self.play.game
        self.ctx.writer.settle_earlier()  # an earlier win's record, still being written, is in the one read here
        try:
            record = with_run(self.play.level_path, game.res.tally, game.outcome, seconds=self.seconds)
        except RecordError as error:
            log.warning("%s", error)
            return None, str(error)
        # The run as it ended: a restart chosen before the job runs has the play scene on another game
        run = (self.play.level_path, game.res.tally, game.outcome, game.res.level.content_hash,
               self.play.recorder is not None)
        self.ctx.writer.put(lambda: self._write_run(*run))
        return record, ""

    def _write_run(self, level_path, tally, outcome, level_hash: str, keeps_replay: bool) -> str:
        """On the writer's thread, after the replay's file: the run added to the record, then a win the record counted
        kept as the level's best run where it is one (game/best_runs.py); "" or why either could not be. A run that
        keeps no replay (resumed, reloaded) keeps no best run: its best time counts all the same."""
        try:
            record_result(level_path, tally, outcome, seconds=self.seconds)
        except RecordError as error:
            return str(error)
        data = self.play.replay_data if keeps_replay else b""  # reloaded: a file of its run before
        if not self.won or not data:
            return ""
        return keep_best_run(level_path, data, level_hash, self.seconds)

    def writes_failed(self, lines: list[str]) -> None:
        """What the writer could not write, said under the table with what this page could not read."""
        self.file_problem = " · ".join(filter(None, (self.file_problem, *lines)))

    def _rows(self) -> list[tuple[str, str, str]]:
        """The table: (label, this run, career total or "" where a total means nothing), the career's the total
        beside a run of the game's maps, a designer's own maps' beside a run of theirs; beside the time, the level's
        best, called so: a bare time under CAREER read as the time played in all."""
        game, record, path = self.play.game, self.record, self.play.level_path
        tally = game.res.tally
        total = record.total_beside(path) if record is not None else None
        best = record.level(path).best_time if record is not None else None
        career_time = "" if record is None else f"best {clock_text(best, tenths=True)}" if best is not None \
            else "no win yet"
        rows = [
            ("Time", clock_text(self.seconds, tenths=True), career_time),
            ("Machines destroyed", str(tally.destroyed), _total(total, "destroyed")),
            ("Pilots spared", str(tally.spared), _total(total, "spared")),
            ("Fouron takeovers", str(tally.takeovers), _total(total, "takeovers")),
        ]
        if game.res.difficulty != "normal":  # Normal goes without saying
            rows.insert(1, ("Difficulty", game.res.difficulty.capitalize(), ""))
        if tally.fouron_kills or (total is not None and total.fouron_kills):
            rows.append(("Fouron kills", str(tally.fouron_kills), _total(total, "fouron_kills")))
        health = game.player_health()
        left = max(0.0, health.hit_points) / health.max_hit_points if health else 0.0  # no health: the machine is gone
        rows.append(("Armour left", _percent_left(left), ""))
        return rows

    def _last_word(self, campaign) -> str:
        """Rei's last word on the game's own campaign won, `campaign`: one of advisor.yaml's campaign_complete lines
        (the run's seed picks it) with the campaign's missions and the career's machines destroyed and pilots spared;
        "" for a designer's own campaign, whose story is not the game's."""
        lines = self.play.game.res.catalog.advisor.campaign_complete
        if not lines or not _same(self.first_mission, DEFAULT_LEVEL):
            return ""
        total = self.record.total_beside(self.play.level_path)
        return fill(lines[self.play.seed % len(lines)], missions=len(campaign.missions), destroyed=total.destroyed,
                    spared=total.spared)

    def summary_rows(self) -> list[str]:
        """The rows under the table: the record (this level's runs and wins, and every level's), then why there is no
        replay to watch, when there is none."""
        said = []
        if self.record is not None:
            level, total = self.record.level(self.play.level_path), self.record.total_beside(self.play.level_path)
            name = self.play.game.res.level.title or "This level"
            every = "All levels" if record_key(self.play.level_path)[0] == SHIPPED else "All your own maps"
            said.append(f"{name}: {counted(level.runs, 'run')}, {level.won} won    ·    "
                        f"{every}: {counted(total.runs, 'run')}, {total.won} won")
        if "Watch replay" not in self.menu.options and self.play.no_replay:
            said.append(f"No replay: {self.play.no_replay}")
        return said

    def handle(self, actions) -> None:
        actions = self.mash.screen(actions, self.age)
        if self.age < SETTLE:
            return
        clicked = self.easy_rect is not None and actions.click is not None and self.easy_rect.collidepoint(
            actions.click)
        if self.easy and (actions.menu_easy or clicked):
            self.ctx.audio.play("ui_confirm")
            problem = take_easy(self.ctx, self.play)
            if problem:
                self.notice = f"Could not restart: {problem}"
            return
        choice = self.menu.handle(start_chooses(actions))
        if choice == "Next mission":
            self.next_mission()
        elif choice == "Restart":
            problem = self.play.restart()
            if problem:
                self.notice = f"Could not restart: {problem}"
        elif choice == "Watch replay":
            self.watch_replay()
        elif choice == MISSIONS:
            self.open_missions()
        elif choice == self.leave:
            self.ctx.leave()
        elif actions.menu_back:
            back_picks_leave(self.menu, self.leave, self.ctx.leave)

    def next_mission(self) -> None:
        """The map this one names as next; a broken one is said here, and this screen stays."""
        from game.scenes.play import PlayScene  # it imports this one
        self.ctx.start_at = None  # a playtest's --start-at names an object of the map it was given, not of this one
        try:
            # what Rei taught in this mission and those before it is not taught again in the next
            self.ctx.open_level(PlayScene(self.ctx, Path(self.next_level), self.play.seed,
                                          taught=taught(self.play.game.res)))
        except ContentError as error:
            self.notice = f"Could not start the next mission: {str(error).splitlines()[0]}"

    def watch_replay(self) -> None:
        """Play this run again over this screen; it comes back here at the end."""
        from game.scenes.replay import ReplayScene  # it imports the play scene, which imports this one
        try:
            self.ctx.push(ReplayScene(self.ctx, self.play.recorder.replay(), back_to=self))
        except (ReplayError, ContentError) as error:
            self.notice = f"Could not play the replay: {str(error).splitlines()[0]}"

    def open_missions(self) -> None:
        """The missions page over the title, as Launch shows it, the mission just played chosen; a campaign whose first
        map no longer loads is said here, and this screen stays."""
        self.ctx.writer.settle()  # the page shows this run's record and best run as written
        try:
            campaign = load_campaign(self.first_mission)
        except ContentError as error:
            self.notice = f"Could not open the missions: {str(error).splitlines()[0]}"
            return
        self.ctx.close_from(1)
        self.ctx.push(MissionsScene(self.ctx, self.ctx.stack[0], campaign, chosen=self.play.level_path))

    def frame(self, dt: float) -> None:
        self.age += dt
        if self.wreck_at is not None:
            self.play.renderer.frame_wreck(self.wreck_at, dt)
        if self.play.watcher.saved_again(dt):  # a designer's save after the run: play the level as it is now
            problem = self.play.restart()
            if problem and self.play.watcher.refused():  # not while a save written in place may be under way
                self.notice = f"Saved with a problem, not restarted: {problem}"

    def draw(self, surface, alpha: float) -> None:
        self.play.backdrop(surface, alpha)  # the world where the level ended; its banners and gauges are done
        fade = min(1.0, self.age / 0.5)
        if round(255 * fade) == 0:  # the first frame: the shade and the page come in from nothing, none of them shows
            return
        shade = self._shade(surface)
        shade.set_alpha(round(255 * fade))
        surface.blit(shade, (0, 0))
        renderer = self.play.renderer  # a lost run's wreck unshaded, in the room beside the page (_column)
        renderer.effects.draw_layzner_wreck(surface, renderer.camera)
        if fade < 1.0:  # the words come in with the shade, never bright over the bright map
            page = self._page_alone(surface)
            page.set_alpha(round(255 * fade))
            surface.blit(page, (0, 0))
        else:
            self.fading = None
            self._draw_page(surface)

    def _page_alone(self, surface) -> pygame.Surface:
        """The page on a clear surface of its own, for the fade: drawn once and kept while it shows the same (no choice
        is taken while it fades in, SETTLE), not set again on a new surface each frame, which made them 14-17 ms."""
        shows = (surface.get_size(), self.notice, self.file_problem, self.menu.selected, self.device, self.layout)
        if self.fading is None or self.fading[0] != shows:
            page = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
            self._draw_page(page)
            self.fading = shows, page
        return self.fading[1]

    def _shade(self, surface) -> pygame.Surface:
        """The shade over the world: SHADE, lighter over the room the wreck is held in (_column)."""
        if self.shade is None or self.shade.get_size() != surface.get_size():
            self.shade = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
            self.shade.fill(SHADE)
            middle, widest = self._column(surface)
            if self.wreck_at is not None:  # each column's alpha on arrays: a fill a column took 6-10 ms of a frame
                way = 1 if self.wreck_at[0] > middle else -1  # from the page to the room
                edge = middle + way * (widest / 2 + SIDE_MARGIN)
                into = numpy.clip(way * (numpy.arange(surface.get_width()) - edge) / ROOM_FADE, 0.0, 1.0)
                pygame.surfarray.pixels_alpha(self.shade)[:] = numpy.round(
                    SHADE[3] + (ROOM_SHADE - SHADE[3]) * into)[:, None].astype(numpy.uint8)
        return self.shade

    def _column(self, surface) -> tuple[float, float]:
        """(x the page is centred on, px its lines may take): the screen's middle and all but 80 px a side; over the
        Layzner's wreck, the page's plate SIDE_MARGIN from one edge and the lines no wider, the wreck held in the
        middle of the room left on the other side (frame_wreck), on the side the map lets the view hold it furthest
        from the plate (on small maps the view cannot go everywhere). Decided as the page is first drawn."""
        if self.column is None:
            width, height = surface.get_size()
            self.column = width / 2, width - 160
            side = WIDE + 2 * (PLATE_PAD[0] + SIDE_MARGIN)  # the page's width, margins and all
            right, left = ((side + width) / 2, height / 2), ((width - side) / 2, height / 2)  # the rooms' middles
            held_right, held_left = (self.play.renderer.wreck_held(room) for room in (right, left))
            if held_right is not None:  # the wreck in the room right of the page, or left of it where that is clearer
                on_left = (width - side) - held_left[0] > held_right[0] - side
                self.wreck_at = left if on_left else right
                self.column = (width - side / 2 if on_left else side / 2), side - 2 * SIDE_MARGIN
        return self.column

    def _layout(self, surface) -> tuple[float, float, float, float]:
        """(the title's top, the table's, the row under the table's, the menu's): the page from its title to the foot
        of its plate stands midway between the screen's top and the hint line, PAGE_TOP from the top at least. It
        keeps still while the page is up: the menu's place has room for two rows of a notice, which may come later."""
        widest = self._column(surface)[1]
        if self.last_word:
            rows = len(wrap(self.last_word, font(LAST_WORD_SIZE), _last_word_width(widest, self.last_word)))
            said = font(NAME_SIZE, bold=True).get_linesize() + LAST_WORD_GAP \
                + font(LAST_WORD_SIZE).get_linesize() * min(LAST_WORD_ROWS, rows)
        elif self.told:
            said = sum(font(size).get_linesize() * min(most, len(wrap(words, font(size),
                                                                      _last_word_width(widest, words, size))))
                       for words, size, most in zip(self._told(), (LOSS_SIZE, HINT_SIZE), (LOSS_ROWS, HINT_ROWS))) \
                + HINT_GAP
        else:
            said = font(28).get_linesize()
        top = TITLE_ROOM + said + SUBTITLE_GAP  # from the title's top
        under_top = top + 32 + ROW_GAP * len(self.rows) + 12
        menu_top = under_top + NOTICE_ROWS * font(20).get_linesize() + 20
        foot = self.menu.area(0, menu_top).bottom + PLATE_PAD[1]
        page_top = max(PAGE_TOP, (surface.get_height() - HINT_ROOM - foot) / 2)
        return page_top, page_top + top, page_top + under_top, page_top + menu_top

    def _draw_subtitle(self, surface, middle: float, top: float) -> None:
        """The amber line under the title: what was won and what comes next, or how the mission was lost."""
        res = self.play.game.res
        if self.campaign_won:  # a designer's own campaign: its story is theirs to tell
            subtitle = "Every mission is won."
        elif self.won:
            subtitle = _objectives_met(res.level.objectives)
            if self.next_title:
                subtitle += f" Next: {self.next_title}."
        elif res.outcome_reason == "time":
            subtitle = "Out of time. The Gradosian reinforcements have arrived."
        else:
            subtitle = "Eiji's machine is lost. Try another approach."
        # The next mission's title is a designer's words, as long as they like: set smaller, then cut with "…", its
        # start kept, which says which mission comes next.
        subtitle, size = fit(subtitle, 28, self._column(surface)[1] + 80, 22)
        draw_text(surface, subtitle, (middle, top), size, AMBER, anchor="midtop")

    def _draw_page(self, surface) -> None:
        """The title, the table, the record, the menu and the hint line."""
        middle, widest = self._column(surface)
        res = self.play.game.res
        if self.won:
            title, color = "CAMPAIGN COMPLETE" if self.campaign_won else "MISSION COMPLETE", CYAN
        else:
            title, color = "TIME UP" if res.outcome_reason == "time" else "LAYZNER DOWN", RED
        page_top, top, under_top, menu_top = self._layout(surface)
        draw_text(surface, title, (middle, page_top), 80, color, anchor="midtop", bold=True)
        if self.last_word:  # the story's last words are the game's campaign's, in Rei's voice, not a designer's
            name = draw_text(surface, "REI", (middle, page_top + TITLE_ROOM), NAME_SIZE, CYAN, anchor="midtop",
                             bold=True)
            draw_lines(surface, self.last_word, (middle, name.bottom + LAST_WORD_GAP), LAST_WORD_SIZE, WHITE,
                       _last_word_width(widest, self.last_word), most=LAST_WORD_ROWS)
        elif self.told:  # how the Layzner was lost, and what follows from it
            story, hint = self._told()
            y = draw_lines(surface, story, (middle, page_top + TITLE_ROOM), LOSS_SIZE, AMBER,
                           _last_word_width(widest, story, LOSS_SIZE), most=LOSS_ROWS)
            draw_lines(surface, hint, (middle, y + HINT_GAP), HINT_SIZE, WHITE,
                       _last_word_width(widest, hint, HINT_SIZE), most=HINT_ROWS)
        else:
            self._draw_subtitle(surface, middle, page_top + TITLE_ROOM)
        label_x, run_x, career_x = middle - 50, middle - 10, middle + 190
        # The table, the line under it and the menu on one plate; the menu's place kept for two rows of a notice, so
        # it stays put when one comes.
        table = pygame.Rect(middle - WIDE / 2, top, WIDE, under_top - top)
        self.plate = backing(surface, table, self.menu.area(middle, menu_top))
        draw_text(surface, "THIS RUN", (run_x, top), 20, DIM, bold=True)
        if self.record is not None:  # the column holds what total_beside gave: a designer's maps keep to their own
            heading = "CAREER" if record_key(self.play.level_path)[0] == SHIPPED else "YOUR MAPS"
            draw_text(surface, heading, (career_x, top), 20, DIM, bold=True)
        elif self.unkept:  # under the heading's rule, across the column's room to the plate's edge
            room = round(table.right + PLATE_PAD[0] - 16 - career_x)
            draw_lines(surface, self.unkept, (career_x + room / 2, top + 32), UNKEPT_SIZE, DIM, room, most=4)
        pygame.draw.line(surface, (48, 60, 84), (table.left, top + 22), (table.right, top + 22), 1)
        y = top + 32
        for label, value, career in self.rows:
            fouron = label.startswith("Fouron") and value != "0"
            draw_text(surface, label, (label_x, y), 30, DIM, anchor="topright")
            shown = draw_text(surface, value, (run_x, y), 30, PURPLE if fouron else WHITE, bold=fouron)
            if label == "Time" and self.new_best:  # in the room before the career column, however long the time
                mark, size = fit("NEW BEST", 18, career_x - shown.right - 2 * NEW_BEST_GAP, SMALLEST, bold=True)
                baseline = y + font(30).get_ascent() - font(size, bold=True).get_ascent()  # on the time's line
                draw_text(surface, mark, (shown.right + NEW_BEST_GAP, baseline), size, AMBER, bold=True)
            if career:
                draw_text(surface, career, (career_x, y), 30, WHITE)
            y += ROW_GAP
        # Under the table, two rows at most: why the chosen replay or mission cannot start, else the record and why
        # there is no replay, a row each (on one line, that reason was cut off); or the offer of Easy, in the record's
        # place, its last row how to take it.
        problem = self.notice or self.file_problem
        if problem:
            draw_lines(surface, problem, (middle, under_top), 20, RED, WIDE, most=NOTICE_ROWS - self.easy)
        elif not self.easy:  # a level's title is a designer's words, as long as they like: set smaller, then cut
            y = under_top
            for row in self.summary_rows()[:NOTICE_ROWS]:
                words, size = fit(row, 22, WIDE, 16)
                draw_text(surface, words, (middle, y), size, DIM, anchor="midtop")
                y += font(size).get_linesize()
        if self.easy:
            self._draw_easy(surface, middle, under_top, said=not problem)
        self.menu.draw(surface, middle, menu_top)
        hint = page_hint(self.ctx.bindings, self.ctx.settings, self.device, back_hints(self.menu, self.leave),
                         self.layout)
        draw_text(surface, hint, (middle, surface.get_height() - 36), READABLE, DIM, anchor="midtop")

    def _draw_easy(self, surface, middle: float, top: float, said: bool) -> None:
        """The offer of Easy from `top`: why it comes (where no notice stands there, `said`), then, in bold, how to take
        it, where a click takes it."""
        why, press = offer_words(control_name(self.ctx.bindings, "menu_easy", self.device, self.layout), self.device)
        if said:
            words, size = fit(why, 22, WIDE, 16)
            draw_text(surface, words, (middle, top), size, AMBER, anchor="midtop")
        words, size = fit(press, 22, WIDE, 16, bold=True)
        shown = draw_text(surface, words, (middle, top + font(22).get_linesize()), size, AMBER, anchor="midtop",
                          bold=True)
        self.easy_rect = shown.inflate(40, 8)


def _objectives_met(objectives) -> str:
    """What was won, in the mission's own words: the words on its objectives' plates ("Objective met: Hold the
    extraction pad."), or, with none, the area cleared."""
    if not objectives:
        return "The area is clear."
    said = " · ".join(order_in_sentence(objective.text) for objective in objectives)
    return f"Objective{'s' * (len(objectives) > 1)} met: {said}."


def _last_word_width(widest: int, words: str, size: int = LAST_WORD_SIZE) -> int:
    """px Rei's last word (or how the Layzner was lost) is wrapped to at `size`: rows of about even length (no word
    left alone on the last), none wider than `widest` (the page's column: _column)."""
    ink = font(size).ink_width(words)
    rows = -(-ink // widest)
    return min(widest, ink // rows + font(size).size("M" * 6)[0])  # slack for a long word at a row's end


def _title_of(path) -> str:
    """The title of the map at `path`, as kept (chain.kept_level: read as the level was won, or by the title's read
    ahead); "" when it cannot be read (Next mission says why, if it is chosen)."""
    try:
        return kept_level(real_path(path)).title
    except ContentError:
        return ""


def _won_campaign(level_path, record, first=DEFAULT_LEVEL):
    """The campaign from `first` (the game's, or a designer's own from --campaign) when the level is its last mission
    and the record (with this run in it) has every mission won; else None. A map outside the campaign, or a record
    that could not be read or written, says nothing of the campaign."""
    if record is None:
        return None
    try:
        campaign = load_campaign(first, record)
    except ContentError:
        return None
    return campaign if campaign.is_last(level_path) and campaign.complete else None


def _first_won(record, first) -> bool:
    """Whether the record has the campaign's `first` mission won: `record`, with this run in it, else the player's
    file (a run left out of it, or one it could not be written with). A file that cannot be read opens every mission,
    as Launch then shows them (campaign.load_campaign)."""
    if record is None:
        try:
            record = load_record()
        except RecordError:
            return True
    return record.level(first).won > 0


def _same(one, other) -> bool:
    return Path(one).resolve() == Path(other).resolve()


def _percent_left(share: float) -> str:
    """A share as a whole percent, where a machine still standing never reads 0% nor a scratched one 100%."""
    if 0.0 < share < 1.0:
        return f"{min(99, max(1, round(share * 100)))}%"
    return f"{share:.0%}"


def _total(total, name: str) -> str:
    return str(getattr(total, name)) if total is not None else ""
