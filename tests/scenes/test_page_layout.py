"""The missions page and the comms log laid out as tables and logs are: the missions' list scrolled by whole rows (no
row cut at the window's edges), their numbers and names in columns, the table centred on the plate; the comms log's
panel as tall as its lines, each speaker's name close to the line."""

import pygame
import pytest

from game.input.actions import Actions
from game.record import record_result
from game.saves import write_save
from game.scenes import comms as comms_module
from game.scenes import menu as menu_module
from game.scenes import mission_rows as rows_module
from game.scenes import missions as missions_module
from game.scenes.comms import CommsScene
from game.scenes.missions import MissionsScene
from game.campaign import load_campaign
from game.session import new_game
from game.sim.resources import Tally
from tests.drawn_words import record_drawn_rects
from tests.maps import TILE
from tests.scenes import test_missions_scroll
from tests.scenes.test_missions_scroll import NAMES, seen
from tests.test_campaign import chain

twelve = test_missions_scroll.twelve  # its fixture: a campaign of twelve missions' page


def page_of(ctx, tmp_path, count: int) -> MissionsScene:
    """A designer's campaign of `count` small maps, the first won with a best time and a run of the last saved: every
    line under the list shown, so the list has the least room (the audit's page: seven missions, a row cut)."""
    pygame.image.save(pygame.Surface((TILE * 2, TILE)), tmp_path / "test.png")  # the test tileset's image
    first = chain(tmp_path, *NAMES[:count], rows=[" P  E ", "      "])
    record_result(first, Tally(), "won", seconds=30.0)
    last = tmp_path / NAMES[count - 1]
    game = new_game(last, 3)
    assert write_save(game, last) is None
    game.close()
    return MissionsScene(ctx, ctx.stack[-1], load_campaign(first))


def names_of(page, drawn) -> list[str]:
    """Each mission's row's words as drawn (its name, M01 to M12, with WON or LOCKED), in order."""
    return [next(text for text in drawn if f"M{number:02d}" in text) for number in range(1, len(page.campaign.missions)
                                                                                         + 1)]


@pytest.mark.parametrize("count", [7, 12])
def test_whichever_row_is_chosen_every_mission_s_row_shows_whole_or_not_at_all(ctx, tmp_path, monkeypatch, count):
    page = page_of(ctx, tmp_path, count)
    page.menu.selected = 0
    for chosen in range(len(page.menu.options)):  # down to Back
        drawn = seen(monkeypatch, page)
        for text in names_of(page, drawn) + ["BACK"]:
            rect, shown = drawn[text]
            assert shown == rect or shown.h == 0, (count, chosen, text, rect, shown)
        page.handle(Actions(menu_down=True))


def test_an_arrow_pages_the_list_by_whole_rows(twelve, monkeypatch):
    seen(monkeypatch, twelve)
    twelve.handle(Actions(click=twelve.window.arrows[1].center))  # a page down, by its arrow
    drawn = seen(monkeypatch, twelve)
    assert twelve.window.offset > 0 and twelve.window.offset % twelve.menu.gap == 0
    assert all(drawn[text][1] == drawn[text][0] or drawn[text][1].h == 0 for text in names_of(twelve, drawn) + ["BACK"])


def test_the_numbers_and_names_stand_in_columns_and_the_table_is_centred_on_the_plate(ctx, tmp_path, monkeypatch):
    """Each row was centred on its own: the numbers zig-zagged from x=341 to x=420 down the list."""
    page = page_of(ctx, tmp_path, 12)
    page.menu.selected = 0
    drawn = record_drawn_rects(monkeypatch, missions_module, menu_module, rows_module)
    page.window.place(10_000, 10_000)  # room for the whole list: every row drawn on screen
    page.followed = (page.menu.selected, page.window.height)
    page.draw(pygame.Surface((1280, 2000)), 1.0)
    names = [drawn[name] for name in names_of(page, drawn)]
    numbers = [drawn[str(number)] for number in range(1, 13)]
    assert len({rect.left for rect in names}) == 1  # one left-aligned column of names, the chosen one's (bold) too
    assert len({rect.right for rect in numbers}) == 1  # the numbers right-aligned before them: 9 over 10
    assert all(number.right < name.left for number, name in zip(numbers, names))
    best = drawn["0:30.0"]
    widest = max(rect.right for rect in names + [best])
    # the table centred on the plate: measured as the chosen row sets it, in bold; the others, set regular, are 2 px
    # narrower (each row centred on its own stood 40 to 80 px off)
    assert abs((min(rect.left for rect in numbers) + widest) / 2 - 1280 / 2) <= 2


def test_the_comms_log_s_panel_is_as_tall_as_its_lines_and_a_name_stands_close_to_its_line(ctx, play, monkeypatch):
    """A fixed 560 px panel stood 45-60 % empty under a line or two, the line 114 px right of "REI"."""
    play.game.res.comms.extend([(0.0, "rei", "Mars, 1996. Gradosian SPTs are attacking UN base Cydonia."),
                                (8.0, "fouron", "Destruction of this unit is not permitted.")])
    drawn = record_drawn_rects(monkeypatch, comms_module)
    log = CommsScene(ctx, play)
    log.draw(pygame.display.get_surface(), 1.0)
    rows = drawn["Mars, 1996. Gradosian SPTs are attacking UN base Cydonia."], \
        drawn["Destruction of this unit is not permitted."]
    hint = next(rect for text, rect in drawn.items() if "back" in text)
    assert log.box.h < comms_module.PANEL_SIZE[1] / 2
    assert rows[1].bottom < hint.top < rows[1].bottom + 2 * comms_module.ROW_HEIGHT  # no empty rows between them
    assert rows[0].left - drawn["REI"].right > rows[1].left - drawn["FOURON"].right  # the lines after the wider name
    assert rows[1].left - drawn["FOURON"].right <= comms_module.NAME_GAP + 1


def test_a_log_longer_than_a_page_keeps_the_panel_at_its_most(ctx, play):
    play.game.res.comms.extend((i * 7.0, "rei", f"Line number {i}.") for i in range(60))
    log = CommsScene(ctx, play)
    log.draw(pygame.display.get_surface(), 1.0)
    assert log.box.h > comms_module.PANEL_SIZE[1] - comms_module.ROW_HEIGHT and log.arrows is not None
