"""The missions page, over the title: every mission of the campaign in order, the open ones to choose from, the
mission to go on with chosen already; under them, the saved run (of which mission, locked or not); of the one
chosen, its goal and time limit, what the record says of it (its best time, and its best run (game/best_runs.py) to
watch in the replay scene, read once the page has said so, back here at its end, or why there is none to watch), and
where its saved run is resumed. A campaign longer than the screen holds scrolls its list (game/scenes/list_window.py)
between the page's title and the lines about the chosen mission."""

from pathlib import Path

import pygame

from game.best_runs import find_best_run, won_in
from game.content.errors import ContentError
from game.content.words import counted
from game.replay import ReplayError
from game.saves import saved_run
from game.scenes.base import Scene
from game.scenes.list_window import ListWindow
from game.scenes.menu import (PLATE_PAD, TO_TITLE, Asking, Menu, backing, closes_page, menu_hints, plate_middle,
                              start_chooses)
from game.scenes.mission_rows import MissionRows, best_time
from game.scenes.start_again import ask_first
from game.view.controls import page_hint
from game.view.hud_plates import DEFAULT_GOAL
from game.view.text import AMBER, CYAN, DIM, READABLE, RED, WHITE, clock_text, draw_lines, draw_text, fit, font

BACK = "Back"
HINTS = menu_hints("launch", "back", start=True, right_click=True)
BACK_HINTS = menu_hints("back", "back", start=True, right_click=True)  # Back chosen: Return goes back too
# The chosen mission with a best run to watch: its control named before back's
WATCH_HINTS = {device: (*parts[:-1], (("menu_watch",), "watch best run"), parts[-1])
               for device, parts in HINTS.items()}
OPTION_SIZE, OPTION_ROOM = 30, 800  # the open missions' font size, and px their words and best time take (a shipped
# title with "WON" and "1:34.6" whole), inside the 840 px plate
# A locked mission's row: as large as an open one's, a row of the same list, only dimmer than an open one not chosen
# (DIM): set smaller too, it read as a footnote rather than the missions still to come
LOCKED = (104, 114, 132)
PLATE_WIDTH = OPTION_ROOM + 40  # px: the chosen mission's plate, and the lines about it under the missions
NOTE_ROW = 34  # px from one line about the chosen mission to the next
TITLE_TOP, TOP = 150, 260  # px from the screen's top to the page's title, and to its first mission
# px from the screen's top to the title at the highest a longer list lifts the page: where the fullest page that does
# not scroll stands it (the six missions, every one won, a run saved: every line under them shown). A list longer
# still scrolls in the room left, under the title kept there, not lifted closer to the screen's edge
TITLE_HIGHEST = 17
HINT_ROOM = 36  # px from the hint line's top to the screen's foot
PROBLEM_ROOM = 52  # px under the plate for a problem's line on its own plate, over the hint line
HINT_CLEAR = 16  # px a scrolled list's plate, grown into that room while no problem stands there, keeps off the hint
NOTE_SIZE = 22  # the lines under the first (which is 24)
# The faces the page sets its words in, (size, bold): the title page warms them while it waits (text.GlyphsAhead), so
# Launch renders no glyphs. MISSIONS, the missions (the locked ones too), the first line about the chosen one and the
# hint, and the lines under it.
FACES = ((64, True), (OPTION_SIZE, True), (OPTION_SIZE, False), (READABLE, False), (NOTE_SIZE, False))


def shows_missions(campaign) -> bool:
    """Whether Launch shows this page: once there is a mission to choose, or the one open has a best time, whose best
    run is watched from here (or why it cannot be is said). A new pilot goes straight into the first mission."""
    opened = [mission for mission in campaign.missions if mission.open]
    return len(opened) > 1 or _has_best_time(opened[0])


class MissionsScene(Scene):
    repeats = True
    back_label = "Back to missions"  # the pause menu's words, watching a best run, for going back here

    def __init__(self, ctx, title, campaign, chosen=None) -> None:
        """The page over `title`, the mission at the map `chosen` chosen (the one just played, from the result's
        Missions), where it is open; else the one to go on with."""
        self.ctx, self.title, self.campaign = ctx, title, campaign
        self.open = [mission for mission in campaign.missions if mission.open]
        self.locked = [mission for mission in campaign.missions if not mission.open]
        self.saved = saved_run()  # the run Continue on the title resumes, marked on its mission's row
        saved_path = Path(self.saved.level_path).resolve() if self.saved is not None else None
        # Locked ones too: Continue resumes the run of a mission the record no longer opens (reset, or a playtest)
        self.saved_mission = next((mission for mission in campaign.missions if mission.path == saved_path), None)
        self.saved_number = self.saved_mission.number if self.saved_mission is not None else None
        self.rows = MissionRows(campaign.missions, OPTION_SIZE, OPTION_ROOM)  # every mission's, the locked ones too
        # Not round from the first mission to Back: a player lands on a mission, and one slip up then Return left
        self.menu = Menu([self.rows.words[mission.number - 1] for mission in self.open] + [BACK], ctx.audio,
                         width=PLATE_WIDTH, size=OPTION_SIZE, wrap=False)
        self.menu.draw_row = self._draw_row
        # the best times, in the column at the table's right
        self.menu.columns = {self.rows.words[mission.number - 1]: best_time(mission) for mission in self.open
                             if best_time(mission)}
        # The locked missions are listed in their place, after the open ones and before Back.
        self.menu.room_before[len(self.open)] = self.menu.gap * len(self.locked)
        chosen = Path(chosen).resolve() if chosen is not None else None
        played = next((mission for mission in self.open if mission.path == chosen), None)
        self.menu.selected = self.open.index(played or campaign.next_up())  # the first mission is always open
        # the part of the list shown, where it is longer than the room for it: whole rows, a chosen one's plate too
        self.window = ListWindow(self.menu.gap, round(plate_middle(OPTION_SIZE) + (OPTION_SIZE + 6) / 2))
        self.followed = None  # (the choice, the window's height) the window was last moved to show the choice in
        self.asking = Asking(self.menu, "back", start=True, right_click=True)  # launched over a saved run: asks first
        self.loses = ""  # what the question standing in its row's place loses
        self.error = ""  # why the chosen mission would not start, or its best run would not play
        self.best_runs = {}  # mission number → its BestRun, looked up once it is first chosen
        self.best_run_rect = None  # where the chosen mission's best run is offered: a click there watches it
        # The mission whose best run is asked for: read whole in the frame after the page says so, as a long run takes
        # a tenth of a second (reading_told: the page has drawn its "Reading..." line)
        self.reading = None
        self.reading_told = False
        # A line for the best run while any mission has a best time: the plate keeps still as the choice moves
        self.best_room = any(map(_has_best_time, self.open))

    def handle(self, actions) -> None:
        actions = start_chooses(actions)  # as on the title that led here
        if actions.click is not None and self.window.clicked(actions.click):  # an arrow by the list: it pages
            self.ctx.audio.play("ui_move")
            return
        clicked = actions.click is not None and self.best_run_rect is not None and \
            self.best_run_rect.collidepoint(actions.click)
        if (actions.menu_watch or clicked) and self.menu.selected < len(self.open):
            self.asking.take_back()  # watching leaves the save alone: nothing to ask
            self.watch_best_run(self.open[self.menu.selected])
            return
        chosen = self.menu.selected
        choice = self.asking.answer(self.menu.handle(actions))
        if choice is not None or self.menu.selected != chosen:  # another choice: the run asked for is not watched
            self.reading = None
        if choice == BACK or (choice is None and closes_page(actions)):
            self.ctx.pop()
        elif choice is not None:
            self.launch(self.open[self.menu.options.index(choice)])

    def _draw_row(self, surface, words: str, column: str, *place) -> pygame.Rect:
        """A row of the list (Menu.draw_row), the question standing in a mission's place set in that mission's row:
        its number and best time where they stood, the question in the names' column, so the row keeps still as the
        question comes and goes (centred on its own, it jumped sideways)."""
        if not self.asking.option or words != self.menu.options[self.asking.at]:
            return self.rows.draw(surface, words, column, *place)
        option = self.asking.option
        return self.rows.draw(surface, option, self.menu.columns.get(option, ""), *place, name=words)

    def launch(self, mission) -> None:
        from game.scenes.play import PlayScene  # play imports the menus that lead back here
        # By its number alone: the page names the chosen mission under the list, and the line must stay one row
        self.loses = ask_first(self.asking, self.menu.options[self.open.index(mission)], "Back, then Continue",
                               f"mission {mission.number}")
        if self.loses:
            return
        try:
            self.ctx.open_level(PlayScene(self.ctx, mission.path))
        except ContentError as error:
            self.error = str(error).splitlines()[0]

    def best_run(self, mission):
        """The mission's BestRun (looked up once), or None before it has a best time."""
        if not _has_best_time(mission):
            return None
        if mission.number not in self.best_runs:  # its header: the whole file is read as it is watched
            self.best_runs[mission.number] = find_best_run(mission.path, mission.level_hash, whole=False)
        return self.best_runs[mission.number]

    def watch_best_run(self, mission) -> None:
        """Read the mission's best run whole once the page has said so (frame), to play it in the replay scene as the
        result's Watch replay plays a run, and come back here at its end; nothing without one."""
        best = self.best_run(mission)
        if best is None or best.replay is None or self.reading is not None:
            return
        self.ctx.audio.play("ui_confirm")
        self.reading, self.reading_told = mission, False

    def _read_best_run(self) -> None:
        """Read the best run asked for whole and checked, tick by tick, and watch it: a file refused now is named on
        the page as one refused by its header."""
        mission, self.reading = self.reading, None
        best = self.best_runs[mission.number] = find_best_run(mission.path, mission.level_hash)
        if best.replay is None:
            return
        from game.scenes.replay import ReplayScene  # it imports the play scene, which imports the menus that lead here
        try:
            self.ctx.push(ReplayScene(self.ctx, best.replay, level=mission.path, back_to=self))
        except (ReplayError, ContentError) as error:
            self.error = f"Could not play the best run: {str(error).splitlines()[0]}"

    def frame(self, dt: float) -> None:
        self.title.frame(dt)  # the base drifts on behind this page
        if self.reading is not None and self.reading_told:
            self._read_best_run()

    def backdrop(self, surface, alpha: float) -> None:
        self.title.backdrop(surface, alpha)

    def draw(self, surface, alpha: float) -> None:
        self.title.backdrop(surface, alpha)
        width, height = surface.get_size()
        middle = width / 2
        chosen = self.open[self.menu.selected] if self.menu.selected < len(self.open) else None
        best_line, best = self._best_run_line(chosen)
        campaign_line = [self._campaign_line()] if self.locked or self.campaign.complete else []
        # A row each, blank where they say nothing of the chosen one: the plate and its lines keep still as the
        # choice moves; the best run's last, as it comes and goes.
        under = [_goal_line(chosen)] + [self._saved_line(chosen)] * (self.saved_number is not None) + campaign_line \
            + [best_line] * self.best_room
        notes_height = 52 + NOTE_ROW * (len(under) - 1) + font(NOTE_SIZE).get_linesize()
        refused = best.problem if best is not None and not best.map_changed else ""
        # the question's line while it stands (what a new run loses), else what went wrong
        problem, problem_color = (self.loses, AMBER) if self.asking.option else \
            (self.error or self.campaign.problem or refused, RED)
        lift = self._place_list(height, notes_height, bool(problem))
        top = TOP - lift
        y = top + self.window.height
        draw_text(surface, "MISSIONS", (middle, TITLE_TOP - lift), 64, WHITE, anchor="midtop", bold=True)
        # The missions and the lines about the chosen one, under them, on one plate.
        notes = (middle - PLATE_WIDTH / 2, y, PLATE_WIDTH, notes_height)
        rows = self.menu.area(middle, top)
        view = self.window.view(0, top, width, fringe=round(top) - rows.top)
        plate = backing(surface, rows.clip(view), notes)
        notes_foot = plate.bottom
        self._draw_list(surface, middle, top - self.window.offset, view)
        self.window.edges(surface, view, plate)
        about = _about(chosen, len(self.campaign.missions)) if chosen is not None else f"Back to {TO_TITLE}"
        about, size = fit(about, 24, PLATE_WIDTH - 40, 18)  # a long career's counts: one line, on the plate
        draw_text(surface, about, (middle, y + 18), size, AMBER, anchor="midtop")
        shown = None
        for row, (words, color) in enumerate(under):
            if not words:
                continue
            words, size = fit(words, NOTE_SIZE, PLATE_WIDTH - 40, 16)
            shown = draw_text(surface, words, (middle, y + 52 + NOTE_ROW * row), size, color, anchor="midtop")
        watchable = best is not None and best.replay is not None
        self.best_run_rect = shown.inflate(40, 10) if watchable else None  # the last line drawn: a click watches
        hints = BACK_HINTS if chosen is None else WATCH_HINTS if watchable else HINTS
        hint = page_hint(self.ctx.bindings, self.ctx.settings, self.device, self.asking.hints(hints), self.layout)
        draw_text(surface, hint, (middle, height - HINT_ROOM), READABLE, DIM, anchor="midtop")
        if problem:  # under the plate, however many missions it lists, and over the hint line
            draw_lines(surface, problem, (middle, max(height - 100, notes_foot + 14)), READABLE, problem_color,
                       width - 120, most=3 if notes_foot < height - 120 else 1, plated=True)
        self.reading_told = self.reading is not None  # its "Reading..." line is on screen: read it next frame

    def _place_list(self, height: int, notes_height: int, problem: bool) -> int:
        """px the page stands higher than it would with a short list (its lift), and the list's window, which shows as
        much of the list as fits and keeps the chosen row in it. A longer list lifts the page, up to TITLE_HIGHEST, so
        a problem's line still fits between the plate and the hint line; past that the list scrolls, into most of the
        room for that line too while no `problem` stands there (it was 52 px of nothing under a list cut short)."""
        length = self.menu.spans()[-1][1]
        lift = max(0, TOP + length + notes_height + PLATE_PAD[1] + PROBLEM_ROOM + HINT_ROOM - height)
        most = TITLE_TOP - TITLE_HIGHEST
        spare = PROBLEM_ROOM - HINT_CLEAR if lift > most and not problem else 0
        self.window.place(length, max(self.menu.gap, length - max(0, lift - most) + spare))
        # a new choice (keys, pad, wheel, pointer), or a window grown or shrunk as a problem's line comes or goes: show
        # the chosen row and its neighbours
        if self.followed != (self.menu.selected, self.window.height):
            self.window.follow(self.menu.spans(), self.menu.selected)
            self.followed = self.menu.selected, self.window.height
        return min(lift, most)

    def _draw_list(self, surface, middle: float, top: float, view) -> None:
        """The open missions (the menu) and the locked ones in their place, from `top`; where the list scrolls, only
        what is in the window (`view`) is drawn, and only there does the mouse pick a row."""
        kept = surface.get_clip()
        if self.window.scrolls:
            surface.set_clip(view.clip(kept))
        self.menu.draw(surface, middle, top)
        locked_top = top + len(self.open) * self.menu.gap
        for row, mission in enumerate(self.locked):  # a mission opens only once the one before it is won
            self.rows.draw(surface, self.rows.words[mission.number - 1], best_time(mission),
                           (middle, locked_top + self.menu.gap * row), PLATE_WIDTH, OPTION_SIZE, LOCKED, bold=False)
        surface.set_clip(kept)
        if self.window.scrolls:
            self.menu.rects = [rect.clip(view) for rect in self.menu.rects]

    def _best_run_line(self, mission) -> tuple[tuple[str, tuple], object]:
        """((words, colour) of the line about the chosen mission's best run, its BestRun or None): the run to watch
        (with its own time where it is not the best time's, which has no replay to watch), else that there is
        no replay of the best time; blank before a first win, or on Back."""
        best = self.best_run(mission) if mission is not None else None
        if best is None:
            return ("", DIM), None
        if best.map_changed:  # no mistake: a run of the map as it was
            return ("No replay to watch: the map has changed since this run; the next win is kept", DIM), best
        if best.replay is None:
            return ("No replay of the best time to watch" + (": its file is refused (below)" if best.problem else
                                                              ""), DIM), best
        seconds = won_in(best.replay)
        if self.reading is mission:
            return (f"Reading the best run ({clock_text(seconds, tenths=True)})…", CYAN), best
        if seconds == mission.counts.best_time:
            return (f"Watch the best run ({clock_text(seconds, tenths=True)})", CYAN), best
        return (f"Watch the best run kept ({clock_text(seconds, tenths=True)}): no replay of the best time to watch",
                CYAN), best

    def _saved_line(self, mission) -> tuple[str, tuple]:
        """(words, colour) of the line on the saved run: how far in, and where it is resumed (Launch here starts the
        mission afresh); which mission it is of, where another is chosen, or it is locked (its row cannot be chosen):
        Continue resumes it all the same. The one place the page says so: a SAVED on the mission's row as well cut
        the mission's own name short."""
        resumes = f"Continue on {TO_TITLE} resumes it"
        if self.saved_mission is None:
            return "", DIM
        of = "" if mission is self.saved_mission else f" of mission {self.saved_number}" + \
            (" (locked)" if not self.saved_mission.open else "")
        return f"Saved run{of}, {clock_text(self.saved.seconds)} in: {resumes}", CYAN

    def _campaign_line(self) -> tuple[str, tuple]:
        """(words, colour) of the line on the campaign: the mission to win to open the next, or that every one is."""
        if self.locked:
            room = PLATE_WIDTH - font(NOTE_SIZE).size("Win  to open the next mission.")[0]
            return f"Win {fit(self.open[-1].title, NOTE_SIZE, room, NOTE_SIZE)[0]} to open the next mission.", DIM
        return "Campaign complete: every mission won.", CYAN


def _has_best_time(mission) -> bool:
    """Whether the record holds a best time for the mission: a win, so a best run may be kept."""
    return mission.counts is not None and mission.counts.best_time is not None


def _goal_line(mission) -> tuple[str, tuple]:
    """(words, colour) of the line on what the chosen mission asks: its first order, as the HUD's plate will give it,
    and its time limit; blank on Back."""
    if mission is None:
        return "", WHITE
    limit = f"time limit {clock_text(mission.time_limit)}" if mission.time_limit else "no time limit"
    return f"{mission.first_order or DEFAULT_GOAL} · {limit}", WHITE


def _about(mission, count: int) -> str:
    """The chosen mission in a line: where it stands in the campaign and what the record says of it (the record
    counts runs that reached the result screen), its best time once it is won."""
    counts = mission.counts
    if counts is None:
        return f"Mission {mission.number} of {count}"
    if not counts.runs:
        return f"Mission {mission.number} of {count} · no run finished yet"
    best = f" · best {clock_text(counts.best_time, tenths=True)}" if counts.best_time is not None else ""
    return f"Mission {mission.number} of {count} · {counted(counts.runs, 'run')} finished, " \
           f"{counts.won} won{best} · {counts.destroyed} destroyed, {counts.spared} spared"
