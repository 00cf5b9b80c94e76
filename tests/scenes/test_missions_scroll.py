"""The missions page holds a campaign of any length: its title and hint line in place, the list scrolled to the chosen
row (keys, pad, wheel, pointer), a sign where more lies above or below, the mouse picking only rows it can see; and a
saved run of a mission since locked marked, with what Continue does."""

import pygame
import pytest

from game.campaign import load_campaign
from game.content.chain import LEVELS
from game.input.actions import Actions
from game.record import record_result
from game.saves import write_save
from game.scenes import menu as menu_module
from game.scenes import mission_rows as rows_module
from game.scenes import missions as missions_module
from game.scenes.missions import MissionsScene
from game.scenes.play import VIEW_SIZE, PlayScene
from game.session import new_game
from game.sim.resources import Tally
from tests.drawn_words import record_drawn_words
from tests.maps import TILE
from tests.scenes.conftest import TWO_ENEMIES
from tests.scenes.test_continue_line import saved_after
from tests.test_campaign import chain, won

NAMES = [f"m{number:02d}.tmx" for number in range(1, 13)]


@pytest.fixture
def twelve(ctx, tmp_path) -> MissionsScene:
    """The page of a designer's campaign of twelve small maps, every one won: the first chosen."""
    pygame.image.save(pygame.Surface((TILE * 2, TILE)), tmp_path / "test.png")  # the test tileset's image
    first = chain(tmp_path, *NAMES, rows=TWO_ENEMIES)
    campaign = load_campaign(first, won(tmp_path, *(name[:-4] for name in NAMES)))
    assert len(campaign.missions) == 12 and campaign.complete
    return MissionsScene(ctx, ctx.stack[-1], campaign)


def seen(monkeypatch, page, size=VIEW_SIZE) -> dict[str, tuple[pygame.Rect, pygame.Rect]]:
    """Each string the page sets (its menu's rows in capitals) → (where it is set, the part of that on screen: inside
    the surface's clip as it was drawn). The game draws every page on its one frame, VIEW_SIZE, and SDL scales that to
    the window (app.py, SCALED): no window size gives a page a smaller surface."""
    surface = pygame.Surface(size)
    drawn = {}
    for module in (missions_module, menu_module, rows_module):
        def draw_text(target, text, *args, real=module.draw_text, **kwargs):
            rect = real(target, text, *args, **kwargs)
            drawn[text] = (rect, rect.clip(target.get_clip()))
            return rect
        monkeypatch.setattr(module, "draw_text", draw_text)
    page.draw(surface, 1.0)
    return drawn


def whole(drawn, text) -> bool:
    rect, shown = drawn[text]
    return shown == rect and rect.h > 0


def hidden(drawn, text) -> bool:
    return drawn[text][1].h == 0


def row(page, number: int) -> str:
    """The words of the mission's row drawn after its number, in its own column: its name, WON or LOCKED."""
    return page.menu.options[number - 1].split("   ", 1)[1].upper()


def test_with_the_last_of_twelve_missions_chosen_the_title_and_that_row_show_and_the_first_row_does_not(
        twelve, monkeypatch):
    """Twelve missions pushed the page's title off the top of the screen: the list did not scroll."""
    for _ in range(11):
        twelve.handle(Actions(menu_down=True))
    drawn = seen(monkeypatch, twelve)
    assert whole(drawn, "MISSIONS") and drawn["MISSIONS"][0].top >= 0
    assert whole(drawn, row(twelve, 12)) and drawn[row(twelve, 12)][0].bottom < VIEW_SIZE[1] - 40  # over the hint
    assert hidden(drawn, row(twelve, 1))
    hint = [text for text in drawn if "choose" in text]
    assert hint and whole(drawn, hint[0]) and drawn[hint[0]][0].bottom <= VIEW_SIZE[1]
    assert whole(drawn, "Mission 12 of 12 · 2 runs finished, 1 won · 0 destroyed, 0 spared")  # the lines under it
    assert whole(drawn, "Stop every Gradosian machine — destroy or disable · no time limit")


def test_on_a_frame_with_room_for_all_twelve_the_list_is_not_scrolled(twelve, monkeypatch):
    for _ in range(11):
        twelve.handle(Actions(menu_down=True))
    drawn = seen(monkeypatch, twelve, (1920, 1080))
    assert all(whole(drawn, row(twelve, number)) for number in range(1, 13)) and whole(drawn, "MISSIONS")
    assert twelve.window.arrows == (None, None)


def test_the_list_follows_the_choice_by_pad_and_wheel_and_back_to_the_top(twelve, monkeypatch):
    drawn = seen(monkeypatch, twelve)
    assert whole(drawn, row(twelve, 1)) and hidden(drawn, "BACK")
    for _ in range(12):
        twelve.handle(Actions(menu_down=True, device="pad"))
        drawn = seen(monkeypatch, twelve)
        chosen = twelve.menu.options[twelve.menu.selected]
        assert whole(drawn, chosen.upper() if chosen == "Back" else row(twelve, twelve.menu.selected + 1))
    assert twelve.menu.options[twelve.menu.selected] == "Back" and hidden(drawn, row(twelve, 1))
    twelve.handle(Actions(scroll=12))  # the wheel turned away: up to the first
    drawn = seen(monkeypatch, twelve)
    assert twelve.menu.selected == 0 and whole(drawn, row(twelve, 1)) and whole(drawn, "MISSIONS")


def test_the_window_shows_a_sign_where_more_rows_lie_above_or_below_and_a_click_on_it_pages(twelve, monkeypatch):
    seen(monkeypatch, twelve)
    up, down = twelve.window.arrows
    assert up is None and down is not None  # at the top: more below only
    for pages in range(1, 5):  # down to the end, a page a click: one, at 720 px (a window of 8.7 of 13 rows)
        twelve.handle(Actions(click=down.center))
        drawn = seen(monkeypatch, twelve)
        up, down = twelve.window.arrows
        assert up is not None and hidden(drawn, row(twelve, 1))  # the first row gone: more above, the sign says
        if down is None:
            break
    assert pages == 1 and whole(drawn, "BACK") and whole(drawn, row(twelve, 12))  # the end: no more below
    assert twelve.menu.selected == 0  # paging looks; the choice stays
    twelve.handle(Actions(click=up.center))
    drawn = seen(monkeypatch, twelve)
    assert whole(drawn, row(twelve, 1)) and twelve.window.arrows[0] is None and hidden(drawn, "BACK")


def test_after_scrolling_the_pointer_picks_the_row_under_it_and_never_one_scrolled_out_of_sight(twelve, monkeypatch):
    for _ in range(11):
        twelve.handle(Actions(menu_down=True))
    drawn = seen(monkeypatch, twelve)
    third = drawn[row(twelve, 3)][0]
    assert hidden(drawn, row(twelve, 3)) and 0 < third.centery < drawn["MISSIONS"][0].bottom  # under the title, unseen
    twelve.handle(Actions(pointer=(640, 2)))  # first seen: a resting mouse chooses nothing
    twelve.handle(Actions(pointer=third.center))
    assert twelve.menu.selected == 11
    eighth = drawn[row(twelve, 8)]
    assert whole(drawn, row(twelve, 8))
    twelve.handle(Actions(pointer=eighth[0].center))
    assert twelve.menu.selected == 7
    drawn = seen(monkeypatch, twelve)  # the window moves as it must to show the row chosen and its neighbours
    twelve.handle(Actions(click=drawn[row(twelve, 8)][1].center))
    play = twelve.ctx.stack[-1]
    assert not twelve.error
    assert isinstance(play, PlayScene) and play.level_path.name == "m08.tmx"


def test_a_six_mission_page_that_fits_is_not_scrolled(ctx, monkeypatch):
    for name in ("mars_base", "outpost"):
        record_result(LEVELS / f"{name}.tmx", Tally(), "won")
    page = MissionsScene(ctx, ctx.stack[-1], load_campaign(LEVELS / "mars_base.tmx"))
    drawn = seen(monkeypatch, page)
    assert all(whole(drawn, text) for text in drawn if text)
    assert page.window.arrows == (None, None)


def test_a_saved_run_of_a_mission_since_locked_is_said_and_the_page_says_continue_resumes_it(ctx, monkeypatch):
    """The page looked for the save's mission among the open ones only: a save of a locked one was not marked."""
    saved_after("storm_canyon.tmx", 10)  # a playtest's save, say, or the record reset since
    record_result(LEVELS / "mars_base.tmx", Tally(), "won")  # the outpost open; the storm canyon still locked
    page = MissionsScene(ctx, ctx.stack[-1], load_campaign(LEVELS / "mars_base.tmx"))
    said = record_drawn_words(monkeypatch, missions_module, menu_module, rows_module)  # the rows: menu.draw_row
    page.draw(pygame.display.get_surface(), 1.0)
    assert "MARS, STORM CANYON — 1996 · LOCKED" in said
    assert "Saved run of mission 3 (locked), 0:10 in: Continue on Main menu resumes it" in said
    page.handle(Actions(menu_up=True))  # whichever mission is chosen: its row cannot be
    said.clear()
    page.draw(pygame.display.get_surface(), 1.0)
    assert "Saved run of mission 3 (locked), 0:10 in: Continue on Main menu resumes it" in said


def campaign_page(ctx, tmp_path, count: int, won_count: int) -> MissionsScene:
    """The page of a designer's campaign of `count` small maps, the first `won_count` won."""
    pygame.image.save(pygame.Surface((TILE * 2, TILE)), tmp_path / "test.png")  # the test tileset's image
    names = NAMES[:count]
    first = chain(tmp_path, *names, rows=TWO_ENEMIES)
    return MissionsScene(ctx, ctx.stack[-1], load_campaign(first, won(tmp_path, *(name[:-4] for name in
                                                                                   names[:won_count]))))


def test_where_only_the_room_under_back_is_cut_every_row_shows_whole_and_no_arrow_says_more_lies_below(
        ctx, tmp_path, monkeypatch):
    """Seven missions, the first won with a best time and a run of it saved (every line under the list shown): the
    list is 10 px longer than its window, the room under BACK alone. An arrow and a fade by BACK said more lay below,
    and nothing did. (Nine missions, five won, were so while locked rows were set smaller than open ones.)"""
    pygame.image.save(pygame.Surface((TILE * 2, TILE)), tmp_path / "test.png")  # the test tileset's image
    first = chain(tmp_path, *NAMES[:7], rows=TWO_ENEMIES)
    record_result(first, Tally(), "won", seconds=30.0)
    game = new_game(first, 3)
    assert write_save(game, first) is None
    game.close()
    page = MissionsScene(ctx, ctx.stack[-1], load_campaign(first))
    page.menu.selected = 0
    drawn = seen(monkeypatch, page)
    assert not page.window.scrolls and page.window.offset == 0  # every row in its window: nothing to scroll to
    assert page.menu.spans()[-1][1] - page.window.height == 10
    assert all(whole(drawn, row(page, number)) for number in (1, 2)) and whole(drawn, "BACK")
    assert all(whole(drawn, f"M{number:02d} · LOCKED") for number in range(3, 8))
    assert page.window.arrows == (None, None)


def test_a_list_that_scrolls_keeps_its_title_as_far_from_the_top_as_the_fullest_page_that_does_not(
        twelve, ctx, monkeypatch):
    """The twelve missions lifted the title to 8 px from the top to make room for rows; the six shipped ones, every
    one won and a run saved (every line under them shown), stand it at 17 px without scrolling."""
    for name in ("mars_base", "outpost", "storm_canyon", "new_york", "landing_field", "command"):
        record_result(LEVELS / f"{name}.tmx", Tally(), "won", seconds=90.0)
    saved_after("outpost.tmx", 10)
    fullest = MissionsScene(ctx, ctx.stack[-1], load_campaign(LEVELS / "mars_base.tmx"))
    shipped = seen(monkeypatch, fullest)["MISSIONS"][0]
    assert not fullest.window.scrolls
    for _ in range(11):
        twelve.handle(Actions(menu_down=True))
    scrolled = seen(monkeypatch, twelve)["MISSIONS"][0]
    assert twelve.window.scrolls and scrolled.top == shipped.top


def test_a_scrolled_list_takes_the_room_kept_for_a_problem_s_line_while_none_stands_there(twelve, monkeypatch):
    """Twelve missions: 52 px under the plate stood empty, kept for a problem's line that was not there, and the list
    was cut short above it. Its window grows into that room (a row more shows, the plate still clear of the hint
    line); a problem's line takes the room back, the chosen row kept in view."""
    for _ in range(8):
        twelve.handle(Actions(menu_down=True))  # the ninth, low in the window

    def rows_whole(drawn) -> list[int]:
        return [number for number in range(1, 13) if whole(drawn, row(twelve, number))]

    drawn = seen(monkeypatch, twelve)
    hint = next(rect for text, (rect, _) in drawn.items() if "choose" in text)
    notes = drawn["Campaign complete: every mission won."][0]  # the last line on the plate
    shown = rows_whole(drawn)
    twelve.error = "Could not start m09: a stand-in for any problem"
    with_problem = seen(monkeypatch, twelve)
    kept = rows_whole(with_problem)
    assert 9 in shown and 9 in kept  # the chosen row, whole either way
    assert len(shown) > len(kept)  # the room a problem's line needs, the list's while none stands
    assert notes.bottom + missions_module.PLATE_PAD[1] + missions_module.HINT_CLEAR <= hint.top
