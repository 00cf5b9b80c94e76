"""What the menus tell a player: the chosen mission's goal, time limit and saved run on the missions page; a hint line
that says what Return does on the row chosen; why the result has no career column for a run the record leaves out;
the pause menu's save named for where it goes."""

import pygame

from game.campaign import load_campaign
from game.content.chain import LEVELS
from game.input.actions import Actions
from game.record import record_result
from game.scenes import controls as controls_module
from game.scenes import menu as menu_module
from game.scenes import mission_rows as rows_module
from game.scenes import missions as missions_module
from game.scenes import options as options_module
from game.scenes import result as result_module
from game.scenes.controls import ControlsScene
from game.scenes.missions import MissionsScene
from game.scenes.options import OptionsScene
from game.scenes.pause import PauseScene
from game.scenes.play import PlayScene
from game.scenes.result import ResultScene
from game.sim.resources import Tally
from game.view import text as text_module
from game.view.hud_plates import DEFAULT_GOAL
from tests.drawn_words import record_drawn_words
from tests.scenes.conftest import make_context
from tests.scenes.test_continue_line import saved_after


def missions_page(ctx, *won: str) -> MissionsScene:
    for name in won:
        record_result(LEVELS / f"{name}.tmx", Tally(), "won")
    return MissionsScene(ctx, ctx.stack[-1], load_campaign(LEVELS / "mars_base.tmx"))


def drawn(monkeypatch, page, module) -> list[str]:
    said = record_drawn_words(monkeypatch, module)
    page.draw(pygame.display.get_surface(), 1.0)
    return said


def result_words(monkeypatch, page) -> str:
    """Every word the result sets, its wrapped lines (view.text.draw_lines) too, run together."""
    said = record_drawn_words(monkeypatch, result_module)
    said_in_lines = record_drawn_words(monkeypatch, text_module)
    page.draw(pygame.display.get_surface(), 1.0)
    return " ".join(said + said_in_lines)


def test_the_chosen_mission_s_goal_and_time_limit_are_said_under_it(ctx, monkeypatch):
    page = missions_page(ctx, "mars_base", "outpost", "storm_canyon", "new_york")
    page.menu.selected = 1  # the outpost: one objective, 5 minutes
    assert "Hold the extraction pad · time limit 5:00" in drawn(monkeypatch, page, missions_module)
    page.menu.selected = 0  # the Mars base: no objective, no clock; its goal as the HUD's plate gives it
    assert f"{DEFAULT_GOAL} · no time limit" in drawn(monkeypatch, page, missions_module)
    page.menu.selected = 4  # the landing field: its beacon waits for the relay, so the relay is its first order
    assert "Silence the relay post · time limit 5:00" in drawn(monkeypatch, page, missions_module)
    page.menu.selected = len(page.open)  # Back: no mission, no goal
    said = drawn(monkeypatch, page, missions_module)
    assert "Back to Main menu" in said and not any("time limit" in words for words in said)


def test_the_saved_run_is_said_under_the_list_naming_its_mission_and_that_continue_resumes_it(ctx, monkeypatch):
    saved_after("outpost.tmx", 161.5)
    page = missions_page(ctx, "mars_base")
    # The rows say no more than each mission's state: the line under the list says the save's, whole
    assert page.menu.options[:2] == ["1   Mars, UN Base Cydonia — 1996 · WON", "2   Mars, Relay Outpost — 1996"]
    page.menu.selected = 1
    assert "Saved run, 2:41 in: Continue on Main menu resumes it" in drawn(monkeypatch, page, missions_module)
    page.menu.selected = 0  # another mission: the line names the save's
    assert "Saved run of mission 2, 2:41 in: Continue on Main menu resumes it" in drawn(monkeypatch, page,
                                                                                          missions_module)


def test_with_back_chosen_the_missions_hint_says_return_goes_back_not_launch(ctx, monkeypatch):
    page = missions_page(ctx, "mars_base")
    assert "RETURN or click launch" in drawn(monkeypatch, page, missions_module)[-1]
    page.handle(Actions(menu_down=True))  # to Back
    hint = drawn(monkeypatch, page, missions_module)[-1]
    assert "RETURN or click back" in hint and "launch" not in hint


def test_the_options_hint_says_what_return_does_on_controls_and_on_back(ctx, monkeypatch):
    page = OptionsScene(ctx, ctx.stack[-1])
    ctx.push(page)
    assert "RETURN or click next value" in drawn(monkeypatch, page, options_module)[-1]
    page.selected = len(options_module.ROWS)  # Controls
    hint = drawn(monkeypatch, page, options_module)[-1]
    assert "RETURN or click open Controls" in hint and "next value" not in hint
    page.handle(Actions(menu_right=True))  # Back, beside it
    hint = drawn(monkeypatch, page, options_module)[-1]
    assert "RETURN or click back" in hint and "next value" not in hint


def test_the_controls_hint_says_what_return_does_on_reset_and_on_back(ctx, monkeypatch, tmp_path):
    page = ControlsScene(ctx, ctx.stack[-1], tmp_path / "bindings.yaml")
    ctx.push(page)
    assert "RETURN or click rebind" in drawn(monkeypatch, page, controls_module)[-1]
    page.row = len(controls_module.ACTION_ROWS)  # Reset to defaults
    hint = drawn(monkeypatch, page, controls_module)[-1]
    assert "RETURN or click reset to defaults" in hint and "rebind" not in hint and "clear" not in hint
    page.handle(Actions(menu_down=True))  # Back
    hint = drawn(monkeypatch, page, controls_module)[-1]
    assert "RETURN or click back" in hint and "rebind" not in hint


def result_of(ctx) -> ResultScene:
    play = PlayScene(ctx)
    ctx.push(play)
    play.game.res.outcome = "won"
    page = ResultScene(ctx, play)
    page.frame(1.0)
    return page


def test_a_bot_s_run_says_in_the_career_column_s_place_why_it_is_not_kept(display, monkeypatch):
    ctx = make_context()
    ctx.bot = True
    page = result_of(ctx)
    said = result_words(monkeypatch, page)
    assert "CAREER" not in said and "The bot played: not kept in your record" in said


def test_a_run_started_part_way_says_in_the_career_column_s_place_why_it_is_not_kept(display, monkeypatch):
    ctx = make_context()
    ctx.start_at = 1
    page = result_of(ctx)
    said = result_words(monkeypatch, page)
    assert "CAREER" not in said and "Started part way (--start-at): not kept in your record" in said


def test_a_kept_run_has_its_career_column_and_no_such_words(display, monkeypatch):
    said = result_words(monkeypatch, result_of(make_context()))
    assert "CAREER" in said and "not kept" not in said


def test_the_pause_menu_s_save_is_named_for_where_it_goes(ctx):
    ctx.stack[-1].handle(Actions(menu_confirm=True))  # Launch: the Mars base, begun on the title
    ctx.stack[-1].handle(Actions(pause=True))
    options = ctx.stack[-1].menu.options
    assert "Save and go to Main menu" in options and "Save and quit" not in options
    playtest = make_context()  # --level: no title, and the save closes the game
    play = PlayScene(playtest)
    playtest.push(play)
    playtest.push(PauseScene(playtest, play))
    assert "Save and quit" in playtest.stack[-1].menu.options


def test_no_shipped_mission_s_name_is_cut_on_its_row_and_locked_rows_are_set_as_large_as_open_ones(ctx, monkeypatch):
    # The audit's page: four missions won with their best times, a run of New York saved, New York chosen. Its row read
    # "NEW YORK, OCCUPIED MANHATTAN —… · WON · 0:23.5 · SAVED" over the line saying "Saved run, 0:50 in".
    for name, seconds in (("mars_base", 94.6), ("outpost", 141.2), ("storm_canyon", 188.0), ("new_york", 23.5)):
        record_result(LEVELS / f"{name}.tmx", Tally(), "won", seconds=seconds)
    saved_after("new_york.tmx", 50)
    page = MissionsScene(ctx, ctx.stack[-1], load_campaign(LEVELS / "mars_base.tmx"), chosen=LEVELS / "new_york.tmx")
    set_at = {}  # words → their size, as the page and its menu set them
    for module in (missions_module, menu_module, rows_module):
        def draw_text(surface, text, at, size, *args, real=module.draw_text, **kwargs):
            set_at[text] = size
            return real(surface, text, at, size, *args, **kwargs)
        monkeypatch.setattr(module, "draw_text", draw_text)
    for screen in ((1280, 720), (960, 540)):  # the game's frame, and the smallest window (scaled: the same page)
        for chosen in range(len(page.open)):  # set bold while chosen: the widest a row's words get
            page.menu.selected = chosen
            set_at.clear()
            page.draw(pygame.Surface(screen), 1.0)
            rows = {mission.number: [(words, size) for words, size in set_at.items()
                                     if words.startswith(mission.title.upper())]
                    for mission in page.campaign.missions}
            assert all(rows.values()), (screen, chosen, [words for words in set_at if "…" in words])
            assert {size for found in rows.values() for _, size in found} == {missions_module.OPTION_SIZE}
    page.menu.selected = 3  # New York: its save said once, whole, under the list
    set_at.clear()
    page.draw(pygame.Surface((1280, 720)), 1.0)
    assert "Saved run, 0:50 in: Continue on Main menu resumes it" in set_at
