"""The title says under Continue what it carries on: the mission and how far in ("Mars, UN Base Cydonia — 1996 · 0:05
in"), read from the save; a save that cannot be resumed is offered to be set aside in Continue's place, and its line
says why."""

from pathlib import Path

import pygame

from game.content.chain import LEVELS
from game.input.actions import Actions
from game.record import record_result
from game.saves import save_path, write_save
from game.scenes import menu as menu_module
from game.scenes import title as title_module
from game.scenes.start_again import START_AGAIN
from game.scenes.title import TitleScene
from game.session import new_game
from game.sim.resources import Tally
from game.view import text as text_module
from tests.drawn_words import record_drawn_rects
from tests.scenes.conftest import choose, make_context


def saved_after(level: str, seconds: float) -> None:
    game = new_game(LEVELS / level, 3)
    for _ in range(round(seconds * 60)):
        game.step()
    assert write_save(game, LEVELS / level) is None
    game.close()


def drawn(monkeypatch, title) -> dict:
    """Where each string of the title and its menu is set, the menu's options in capitals (the rows under the menu
    set by the text module's draw_rows)."""
    rects = record_drawn_rects(monkeypatch, title_module, text_module, menu_module)
    title.draw(pygame.display.get_surface(), 1.0)
    return rects


def test_continue_says_which_mission_it_resumes_and_how_far_in_between_it_and_launch(display, monkeypatch):
    saved_after("outpost.tmx", 161.5)
    title = TitleScene(make_context())  # the game started again
    rects = drawn(monkeypatch, title)
    line = rects["Mars, Relay Outpost — 1996 · 2:41 in"]
    assert rects["CONTINUE"].bottom <= line.top and line.bottom <= rects["LAUNCH"].top
    assert title.menu.area(640, title_module.MENU_TOP).contains(line)  # on the menu's plate


def test_after_save_and_quit_the_title_line_tells_the_run_just_saved(display, monkeypatch):
    saved_after("outpost.tmx", 30)  # an older save: a new run launched over it, then saved
    ctx = make_context()
    ctx.push(TitleScene(ctx))
    choose(ctx, "Launch")
    choose(ctx, START_AGAIN)  # asked, and chosen again
    play = ctx.stack[-1]
    for _ in range(5 * 60):
        play.step()
    play.handle(Actions(pause=True))
    choose(ctx, "Save and go to Main menu")
    title = ctx.stack[-1]
    title.frame(1 / 60)
    assert "Mars, UN Base Cydonia — 1996 · 0:05 in" in drawn(monkeypatch, title)


def test_a_damaged_save_is_offered_to_be_set_aside_with_why_under_it_before_anything_is_chosen(display, monkeypatch):
    path = save_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    for damaged in ('{"format": 1, "level": ', '[1, 2]', '{"format": 1, "level": 7, "snapshot": {"tick": "soon"}}',
                    '{"format": 1, "level": "/no/such/map.tmx", "snapshot": {"tick": 60}}'):
        path.write_text(damaged, encoding="utf-8")
        ctx = make_context()
        ctx.push(TitleScene(ctx))
        title = ctx.stack[-1]
        rects = drawn(monkeypatch, title)
        assert title.menu.options[0] == "Set save aside" and "SET SAVE ASIDE" in rects  # not Continue, to fail
        [line] = [text for text in rects if text.startswith("Cannot be resumed: ")]
        assert rects["SET SAVE ASIDE"].bottom <= rects[line].top and rects[line].bottom <= rects["LAUNCH"].top
        assert any(text.startswith(str(path)) for text in rects)  # the whole line, among the files' problems
        assert not [text for text in rects if text.endswith(" in")]


def test_with_the_save_s_line_the_one_row_left_under_the_menu_still_shows_the_first_problem(display, monkeypatch):
    saved_after("outpost.tmx", 20)
    ctx = make_context()
    problem = "settings.yaml: screen_shake: expected a number from 0 to 1, found \"lots\" (text) " * 3
    ctx.file_problems = [problem, "settings.yaml: flashes: expected a number from 0 to 1, found 7 (a number)"]
    title = TitleScene(ctx)
    rects = drawn(monkeypatch, title)
    assert "Mars, Relay Outpost — 1996 · 0:20 in" in rects
    [row] = [text for text in rects if text.startswith("settings.yaml")]  # not only "... (the console has it all)"
    assert row.startswith("settings.yaml: screen_shake: expected") and row.endswith("…")
    plate_foot = title.menu.area(640, title_module.MENU_TOP).bottom + menu_module.PLATE_PAD[1]
    assert rects[row].top >= plate_foot


def test_the_line_under_the_title_says_where_and_when_the_run_continue_resumes_is_from_its_map(display, monkeypatch):
    # It said "Mars, 1996. The Gradosian army has come." whatever the save: a run saved in New York, 1999 too.
    saved_after("new_york.tmx", 5)
    title = TitleScene(make_context())
    assert "New York, 1999. The Gradosian army has come." in drawn(monkeypatch, title)
    save_path().unlink()  # no save: the campaign's first mission, from its own map's title
    title.shown_again()
    assert "Mars, 1996. The Gradosian army has come." in drawn(monkeypatch, title)


def behind(title) -> str:
    """The file of the map drifting behind the title's key art."""
    return Path(title.base.level.path).name


def test_behind_the_title_drifts_the_map_of_the_run_continue_resumes_and_its_track_plays(display):
    # It was the Mars base and its wind whatever the save, under a line saying New York, 1999.
    saved_after("new_york.tmx", 5)
    ctx = make_context()
    title = TitleScene(ctx)
    title.frame(1 / 60)
    assert behind(title) == "new_york.tmx"
    assert ctx.audio.music == "manhattan_night"
    save_path().unlink()  # no save, no win in the record: the first mission
    title.shown_again()
    title.frame(1 / 60)
    assert behind(title) == "mars_base.tmx"
    assert ctx.audio.music == "mars_wind"


def test_with_no_save_the_line_and_the_map_behind_it_are_the_furthest_mission_the_record_has_reached(
        display, monkeypatch):
    # They were the first mission's, the Mars base, with three missions won and New York to go on with.
    for name in ("mars_base", "outpost", "storm_canyon"):
        record_result(LEVELS / f"{name}.tmx", Tally(), "won")
    title = TitleScene(make_context())
    assert "New York, 1999. The Gradosian army has come." in drawn(monkeypatch, title)
    assert behind(title) == "new_york.tmx"
    record_result(LEVELS / "new_york.tmx", Tally(), "lost")  # played, not won: still the one to go on with
    title.shown_again()
    assert behind(title) == "new_york.tmx"
    for name in ("new_york", "landing_field", "command"):  # the campaign won: its last mission
        record_result(LEVELS / f"{name}.tmx", Tally(), "won")
    title.shown_again()
    assert behind(title) == "command.tmx"


def test_a_designer_s_title_without_a_year_gives_its_place_alone():
    assert title_module.story_line("Europa Station") == "Europa Station. The Gradosian army has come."
    assert title_module.story_line("Mars, Storm Canyon — 1996") == "Mars, 1996. The Gradosian army has come."


def test_coming_back_to_the_title_reads_the_saved_run_s_map_no_more(display):
    # Every return (from Options, the missions page, a level) read the saved map again and made its view anew.
    saved_after("new_york.tmx", 5)
    title = TitleScene(make_context())
    shown = title.base
    title.shown_again()
    assert title.base is shown

