"""The missions page's rows set as a table: each mission's number right-aligned in a column of its own, its name (its
title, WON or LOCKED) left-aligned after it and its best time right-aligned at the table's right, the table as wide as
its widest row and centred on the plate. Each row centred on its own made the numbers zig-zag down the list."""

import pygame

from game.scenes.menu import COLUMN_GAP, draw_row
from game.view.text import clock_text, draw_text, fit, font

NUMBER_GAP = 18  # px from a mission's number to its name


class MissionRows:
    """The rows of a campaign's missions at `size` px, no wider than `room` px: `words` (the menu's options and the
    locked rows, "3   Mars, Storm Canyon — 1996 · LOCKED") and `draw`, which sets a row's number, name and best time
    (best_time) in the table's columns."""

    def __init__(self, missions, size: int, room: int) -> None:
        self.size = size
        face = font(size, bold=True)  # measured bold, as the chosen row is set: the table keeps still as it moves
        bests = [best_time(mission) for mission in missions]
        self.number_width = max(face.size(str(mission.number))[0] for mission in missions)
        best_width = max((face.size(best)[0] for best in bests if best), default=0)
        # a row with no best time may reach under the times' column
        best_rooms = [best_width + COLUMN_GAP if best else 0 for best in bests]
        names = [_name(mission, size, room - self.number_width - NUMBER_GAP - best_room)
                 for mission, best_room in zip(missions, best_rooms)]
        self.width = self.number_width + NUMBER_GAP + max(face.size(name.upper())[0] + best_room
                                                          for name, best_room in zip(names, best_rooms))
        self.words = [f"{mission.number}   {name}" for mission, name in zip(missions, names)]
        self.cells = {words: (str(mission.number), name.upper()) for words, mission, name in zip(self.words, missions,
                                                                                                   names)}

    def draw(self, surface, words: str, column: str, centre_top, width: int, size: int, colour,
             bold: bool, name: str = "") -> pygame.Rect:
        """A row in capitals, as menu.draw_row sets one (Menu.draw_row), `column` its best time: a mission's in the
        table's columns, the table centred on `centre_top`'s x, `name` (a question standing in its place) set in the
        names' column instead of its own; any other row (Back) centred as draw_row sets it. Returns where its words are
        set."""
        cell = self.cells.get(words)
        if cell is None:
            return draw_row(surface, words, column, centre_top, width, size, colour, bold)
        number, name = cell[0], name.upper() or cell[1]
        x, y = centre_top
        left = round(x - self.width / 2)
        numbers = left + self.number_width
        rect = draw_text(surface, number, (numbers, y), size, colour, anchor="topright", bold=bold)
        rect = rect.union(draw_text(surface, name, (numbers + NUMBER_GAP, y), size, colour, bold=bold))
        if column:
            rect = rect.union(draw_text(surface, column, (left + self.width, y), size, colour, anchor="topright",
                                        bold=bold))
        return rect


def best_time(mission) -> str:
    """The mission's best time as its row shows it, or "" before a win (or a win an older record kept no time of)."""
    won = mission.counts is not None and mission.counts.won
    best = mission.counts.best_time if won else None
    return clock_text(best, tenths=True) if best is not None else ""


def _name(mission, size: int, room: int) -> str:
    """The mission's title with WON or LOCKED after it, in `room` px at `size` (in capitals, as the rows set them;
    bold, as the chosen one is). A designer's title too long keeps its start, which says which mission it is, and is
    cut with "…". A saved run is said under the list (MissionsScene._saved_line), not here."""
    won = mission.counts is not None and mission.counts.won
    tail = (" · WON" if won else "") + (" · LOCKED" if not mission.open else "")
    title, _ = fit(mission.title.upper(), size, room - font(size, bold=True).size(tail.upper())[0], size, bold=True)
    return (mission.title if title == mission.title.upper() else title) + tail
