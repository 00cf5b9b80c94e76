"""The missions page, over the title: every mission of the campaign in order, the open ones to choose from, the
mission to go on with chosen already, and what the record says of the one chosen."""

from game.content.errors import ContentError
from game.content.words import counted
from game.scenes.base import Scene
from game.scenes.menu import Menu, backing, closes_page, menu_hints, start_chooses
from game.view.controls import page_hint
from game.view.text import AMBER, CYAN, DIM, RED, WHITE, clock_text, draw_lines, draw_text, fit, font

BACK = "Back"
HINTS = menu_hints("launch", "back", start=True, right_click=True)
LOCKED_ROW = 34  # px from one locked mission's row to the next
OPTION_SIZE, OPTION_ROOM = 30, 720  # the open missions' font size, and px their words take, inside the 760 px plate
LOCKED_SIZE = 24
PLATE_WIDTH = OPTION_ROOM + 40  # px: the chosen mission's plate, and the lines about it under the missions


class MissionsScene(Scene):
    repeats = True

    def __init__(self, ctx, title, campaign) -> None:
        self.ctx, self.title, self.campaign = ctx, title, campaign
        self.open = [mission for mission in campaign.missions if mission.open]
        self.locked = [mission for mission in campaign.missions if not mission.open]
        # Not round from the first mission to Back: a player lands on a mission, and one slip up then Return left
        self.menu = Menu([_label(mission) for mission in self.open] + [BACK], ctx.audio, width=PLATE_WIDTH,
                         size=OPTION_SIZE, wrap=False)
        # The locked missions are listed in their place, after the open ones and before Back.
        self.menu.room_before[len(self.open)] = LOCKED_ROW * len(self.locked) + (12 if self.locked else 0)
        self.menu.selected = self.open.index(campaign.next_up())  # the first mission is always open
        self.error = ""  # why the chosen mission would not start

    def handle(self, actions) -> None:
        actions = start_chooses(actions)  # as on the title that led here
        choice = self.menu.handle(actions)
        if choice == BACK or (choice is None and closes_page(actions)):
            self.ctx.pop()
        elif choice is not None:
            self.launch(self.open[self.menu.options.index(choice)])

    def launch(self, mission) -> None:
        from game.scenes.play import PlayScene  # play imports the menus that lead back here
        try:
            self.ctx.open_level(PlayScene(self.ctx, mission.path))
        except ContentError as error:
            self.error = str(error).splitlines()[0]

    def frame(self, dt: float) -> None:
        self.title.frame(dt)  # the base drifts on behind this page

    def backdrop(self, surface, alpha: float) -> None:
        self.title.backdrop(surface, alpha)

    def draw(self, surface, alpha: float) -> None:
        self.title.backdrop(surface, alpha)
        width, height = surface.get_size()
        middle = width / 2
        draw_text(surface, "MISSIONS", (middle, 150), 64, WHITE, anchor="midtop", bold=True)
        top = 260
        y = top + len(self.menu.options) * self.menu.gap + self.menu.room_before[len(self.open)]
        # The missions and the line or two about the chosen one, under them, on one plate.
        second = self.locked or self.campaign.complete
        notes = (middle - PLATE_WIDTH / 2, y, PLATE_WIDTH, 52 + font(22).get_linesize() if second else
                 18 + font(24).get_linesize())
        backing(surface, self.menu.area(middle, top), notes)
        self.menu.draw(surface, middle, top)
        locked_top = top + len(self.open) * self.menu.gap
        for row, mission in enumerate(self.locked):  # a mission opens only once the one before it is won
            label = _label(mission, LOCKED_SIZE, OPTION_ROOM, bold=False, locked=True)
            draw_text(surface, label.upper(), (middle, locked_top + 4 + LOCKED_ROW * row), LOCKED_SIZE, DIM,
                      anchor="midtop")
        chosen = self.menu.selected
        about = _about(self.open[chosen], len(self.campaign.missions)) if chosen < len(self.open) else \
            "Back to the title"
        about, size = fit(about, 24, PLATE_WIDTH - 40, 18)  # a long career's counts: one line, on the plate
        draw_text(surface, about, (middle, y + 18), size, AMBER, anchor="midtop")
        if self.locked:
            room = PLATE_WIDTH - font(22).size("Win  to open the next mission.")[0]
            draw_text(surface, f"Win {fit(self.open[-1].title, 22, room, 22)[0]} to open the next mission.",
                      (middle, y + 52), 22, DIM, anchor="midtop")
        elif self.campaign.complete:
            draw_text(surface, "Campaign complete: every mission won.", (middle, y + 52), 22, CYAN, anchor="midtop")
        hint = page_hint(self.ctx.bindings, self.ctx.settings, self.device, HINTS)
        draw_text(surface, hint, (middle, height - 36), 20, DIM, anchor="midtop")
        problem = self.error or self.campaign.problem
        if problem:
            draw_lines(surface, problem, (middle, height - 100), 20, RED, width - 120, most=3, plated=True)


def _label(mission, size=OPTION_SIZE, room=OPTION_ROOM, bold=True, locked=False) -> str:
    """The mission's row: its number, its title, and whether it is won (or locked). A designer's title too long for
    `room` px at `size` (in capitals, as the rows set it; bold, as the chosen one is) keeps its start, which says
    which mission it is, and is cut with "…"."""
    won = mission.counts is not None and mission.counts.won
    number, tail = f"{mission.number}   ", (" · WON" if won else "") + (" · LOCKED" if locked else "")
    room -= font(size, bold).size((number + tail).upper())[0]
    title, _ = fit(mission.title.upper(), size, room, size, bold)
    return number + (mission.title if title == mission.title.upper() else title) + tail


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
