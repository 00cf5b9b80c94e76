"""A saved run is never lost without a word: Launch on the title, or a mission on the missions page, asks once before
a new run would replace it (as the pause menu's Main menu and Restart ask), naming the run; declining keeps save.json
byte for byte; a best run watched never asks and never touches it."""

import pygame

from game.app import App
from game.clock import FixedClock
from game.content.chain import LEVELS
from game.input.actions import Actions
from game.record import record_result
from game.saves import save_path, write_save
from game.scenes import menu as menu_module
from game.scenes import mission_rows as rows_module
from game.scenes.missions import MissionsScene
from game.scenes.play import PlayScene
from game.scenes.replay import ReplayScene
from game.scenes.start_again import START_AGAIN
from game.scenes.title import SET_ASIDE, TitleScene
from game.session import DEFAULT_LEVEL, new_game
from game.sim.resources import Tally
from tests.drawn_words import record_drawn_rects
from tests.scenes.conftest import hand, make_context
from tests.scenes.test_best_run_watch import keep_mars_run
from tests.test_window_close import Script

MARS = LEVELS / "mars_base.tmx"
LOST = "loses the saved run (Mars, UN Base Cydonia — 1996 · 0:48 in)"


def saved_48_in() -> bytes:
    """A run on the first mission saved 0:48 in, as the audit's was; the save's bytes."""
    game = new_game(DEFAULT_LEVEL, seed=1)
    try:
        game.run(seconds=48)
        assert write_save(game, DEFAULT_LEVEL) is None
    finally:
        game.close()
    return save_path().read_bytes()


def title_on_launch(display) -> TitleScene:
    """The title as the game opens on a saved run, Launch chosen."""
    ctx = make_context()
    title = TitleScene(ctx)
    ctx.push(title)
    assert title.menu.options == ["Continue", "Launch", "Options", "Quit"]
    title.menu.selected = 1
    return title


def test_launch_on_the_title_with_a_saved_run_asks_first_naming_the_run_and_continue(display):
    saved = saved_48_in()
    title = title_on_launch(display)
    hand(title, Actions(menu_confirm=True))
    assert title.ctx.stack == [title]  # no run started
    assert title.menu.options[1] == START_AGAIN and title.menu.selected == 1
    assert title.loses == f"Starting a new run {LOST}; Continue keeps it"
    title.draw(display, 1.0)  # the question and its line drawn as the title draws its notices
    assert save_path().read_bytes() == saved


def test_declining_keeps_the_save_byte_for_byte_and_continue_resumes_it(display):
    saved = saved_48_in()
    title = title_on_launch(display)
    hand(title, Actions(menu_confirm=True))  # Start again?
    hand(title, Actions(menu_up=True))  # a step to Continue takes the question back
    assert title.menu.options[:2] == ["Continue", "Launch"] and title.ctx.stack == [title]
    assert save_path().read_bytes() == saved
    hand(title, Actions(menu_confirm=True))  # Continue
    resumed = title.ctx.stack[-1]
    assert isinstance(resumed, PlayScene) and resumed.game.tick == 48 * 60


def test_launch_chosen_again_starts_a_new_run(display):
    saved_48_in()
    title = title_on_launch(display)
    hand(title, Actions(menu_confirm=True))  # Start again?
    assert title.ctx.stack == [title]
    hand(title, Actions(menu_confirm=True))  # yes
    play = title.ctx.stack[-1]
    assert isinstance(play, PlayScene) and play.game.tick == 0 and play.level_path.name == DEFAULT_LEVEL.name
    assert title.menu.options[1] == "Launch"  # the question gone with its answer


def test_the_question_is_asked_and_answered_by_a_pad_s_start_and_a_click(display):
    saved_48_in()
    title = title_on_launch(display)
    hand(title, Actions(pause=True, device="pad"))  # Start selects on the title
    assert title.menu.options[1] == START_AGAIN
    title.draw(display, 1.0)
    hand(title, Actions(click=title.menu.rects[1].center))
    assert isinstance(title.ctx.stack[-1], PlayScene)


def test_a_save_that_cannot_be_read_is_told_not_asked_about_and_launch_keeps_it(display):
    save_path().parent.mkdir(parents=True, exist_ok=True)
    save_path().write_bytes(b"{ not a save")
    ctx = make_context()
    title = TitleScene(ctx)
    ctx.push(title)
    assert title.menu.options[0] == SET_ASIDE and title.saved.startswith("Cannot be resumed")
    title.menu.selected = 1
    hand(title, Actions(menu_confirm=True))
    assert isinstance(ctx.stack[-1], PlayScene)  # no run to lose: straight in
    assert save_path().read_bytes() == b"{ not a save"


def missions_with_a_saved_run(display) -> tuple[MissionsScene, bytes]:
    """The missions page (the first mission won) over a run saved 0:48 in, the first mission chosen."""
    record_result(MARS, Tally(), "won", seconds=90.0)
    saved = saved_48_in()
    ctx = make_context()
    ctx.push(TitleScene(ctx))
    ctx.stack[-1].menu.selected = 1
    hand(ctx.stack[-1], Actions(menu_confirm=True))  # Launch
    page = ctx.stack[-1]
    assert isinstance(page, MissionsScene) and page.menu.options[0].endswith("· WON")
    assert page.saved_mission is page.open[0]  # the save's mission, said under the list
    assert page.menu.columns[page.menu.options[0]] == "1:30.0"  # its best time, in the column at the row's right
    page.menu.selected = 0
    return page, saved


def test_a_mission_launched_on_the_missions_page_over_a_saved_run_asks_first(display):
    page, saved = missions_with_a_saved_run(display)
    row = page.menu.options[0]
    hand(page, Actions(menu_confirm=True))
    assert page.ctx.stack[-1] is page and page.menu.options[0] == START_AGAIN
    assert LOST in page.loses and "Continue" in page.loses
    page.draw(display, 1.0)
    hand(page, Actions(menu_down=True))  # declined
    assert page.menu.options[0] == row and save_path().read_bytes() == saved
    page.menu.selected = 0
    hand(page, Actions(menu_confirm=True))
    hand(page, Actions(menu_confirm=True))  # yes
    assert isinstance(page.ctx.stack[-1], PlayScene) and page.ctx.stack[-1].game.tick == 0


def test_the_question_on_the_missions_page_names_the_mission_choosing_again_starts(display):
    """The question stands in the chosen row's place, hiding its name: the line says which mission would start (here
    not the saved run's: "Start again?" alone read as starting that run over)."""
    page, _ = missions_with_a_saved_run(display)
    page.menu.selected = 1  # the outpost, opened by the Mars base's win
    hand(page, Actions(menu_confirm=True))
    assert page.menu.options[1] == START_AGAIN
    assert page.loses.startswith("Starting mission 2 loses the saved run")


def test_the_question_on_the_missions_page_stands_in_its_row_s_names_column_so_the_row_keeps_still(display,
                                                                                                     monkeypatch):
    """The rows are a table (numbers right-aligned, names left-aligned after them): the question stood centred in
    its row on its own, so the row jumped sideways as it came and went. It stands where the name stood, the
    mission's number and best time where they were."""
    rects = record_drawn_rects(monkeypatch, rows_module, menu_module)
    page, _ = missions_with_a_saved_run(display)
    page.draw(display, 1.0)
    number, name, best = rects["1"], rects[page.menu.options[0].split("   ", 1)[1].upper()], rects["1:30.0"]
    rects.clear()
    hand(page, Actions(menu_confirm=True))  # Start again?
    page.draw(display, 1.0)
    question = rects[START_AGAIN.upper()]
    assert (question.left, question.top) == (name.left, name.top), (question, name)
    assert rects["1"] == number and rects["1:30.0"] == best


def test_back_from_the_question_on_the_missions_page_keeps_the_save(display):
    page, saved = missions_with_a_saved_run(display)
    hand(page, Actions(menu_confirm=True))  # Start again?
    assert page.ctx.stack[-1] is page
    hand(page, Actions(menu_back=True))
    assert isinstance(page.ctx.stack[-1], TitleScene) and save_path().read_bytes() == saved


def test_watching_a_best_run_over_a_saved_run_does_not_ask_and_keeps_the_save(ctx, player_files):
    keep_mars_run(ctx, player_files, 120)
    saved = saved_48_in()
    title = ctx.stack[-1]
    title.frame(1 / 60)  # the title offers the save written under it
    title.menu.selected = title.menu.options.index("Launch")
    hand(title, Actions(menu_confirm=True))  # Launch: the missions page
    page = ctx.stack[-1]
    page.menu.selected = 0
    hand(page, Actions(menu_watch=True))
    page.draw(pygame.display.get_surface(), 1.0)
    page.frame(1 / 60)
    watching = ctx.stack[-1]
    assert isinstance(watching, ReplayScene) and page.menu.options[0].endswith("WON")  # no question stood
    for _ in range(60):
        watching.step()
    assert save_path().read_bytes() == saved


def test_closing_the_window_on_the_question_keeps_the_save_byte_for_byte():
    """The audit's loss: LAUNCH over a save started mission 1, and the window closed on it wrote over the save."""
    saved = saved_48_in()
    app = App(DEFAULT_LEVEL, seed=3, audio=False, clock=FixedClock())
    try:
        presses = [Actions()] * 3 + [Actions(menu_down=True), Actions(menu_confirm=True)] + [Actions()] * 30
        app.input = Script([*presses, Actions(quit=True)])
        app.run(max_frames=len(presses) + 5, keep_open=True)
        assert isinstance(app.ctx.stack[-1], TitleScene) and app.ctx.stack[-1].menu.options[1] == START_AGAIN
    finally:
        pygame.quit()
    assert save_path().read_bytes() == saved


def plates_round(monkeypatch, scene, display, line: str, *modules) -> list[tuple]:
    """The colours of the edges of the plates drawn round `line`'s first row (set by any of `modules`) as `scene`
    draws."""
    from game.view import text as text_module
    plates = []
    real_panel = text_module.panel
    monkeypatch.setattr(text_module, "panel", lambda surface, rect, *args, border=None, **kwargs: (
        plates.append((pygame.Rect(rect), border)), real_panel(surface, rect, *args, border=border, **kwargs))[1])
    rects = record_drawn_rects(monkeypatch, text_module, *modules)
    scene.draw(display, 1.0)
    [row] = [rect for text, rect in rects.items() if line.startswith(text) and len(text) > 20]
    return [border for plate, border in plates if plate.contains(row)]


def test_the_line_on_what_a_new_run_loses_stands_on_a_plate_on_the_title_as_on_the_missions_page(display,
                                                                                              monkeypatch):
    """The title set it bare over the drifting base, the missions page on an amber-edged plate: one way for both."""
    from game.scenes import missions as missions_module
    from game.scenes import title as title_module
    from game.view.text import AMBER
    saved_48_in()
    title = title_on_launch(display)
    hand(title, Actions(menu_confirm=True))  # Start again?
    assert LOST in title.loses
    on_title = plates_round(monkeypatch, title, display, title.loses, title_module)
    page, _ = missions_with_a_saved_run(display)
    hand(page, Actions(menu_confirm=True))
    assert LOST in page.loses
    on_page = plates_round(monkeypatch, page, display, page.loses, missions_module)
    assert on_page == [AMBER] and on_title == on_page
