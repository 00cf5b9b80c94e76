"""Closing the window (its X, Alt+F4) on a run under way keeps it as Save and quit does: the next start's title offers
Continue, which carries on where the window closed. A decided run, a replay and a playtest leave no save."""

import pygame
import pytest

from game.app import App
from game.clock import FixedClock
from game.input.actions import Actions
from game.saves import has_save, read_save
from game.scenes.play import PlayScene
from game.scenes.replay import ReplayScene
from game.scenes.title import TitleScene
from game.session import DEFAULT_LEVEL

LAUNCH = [Actions()] * 3 + [Actions(menu_confirm=True)]  # the title's Launch, on the 4th frame


class Script:
    """The player's hands, frame by frame: `presses` (or a function doing something first and giving them), then
    nothing."""

    def __init__(self, presses) -> None:
        self.presses = iter(presses)

    def poll(self) -> Actions:
        press = next(self.presses, Actions())
        return press() if callable(press) else press


def closed(presses, **app) -> App:
    """Run the real app through `presses`, then close its window; the app, its window still open to look at."""
    game = App(DEFAULT_LEVEL, seed=3, audio=False, clock=FixedClock(), **app)
    game.input = Script([*presses, Actions(quit=True)])
    game.run(max_frames=len(presses) + 5, keep_open=True)
    return game


@pytest.fixture(autouse=True)
def display_closed():
    yield
    pygame.quit()


def test_closing_the_window_mid_mission_saves_the_run_and_the_next_title_offers_continue_at_that_tick():
    app = closed(LAUNCH + [Actions(move=(1.0, 0.0))] * 120)
    play = app.ctx.stack[-1]
    assert isinstance(play, PlayScene) and play.game.outcome is None
    tick = play.game.tick
    assert has_save()
    pygame.quit()
    again = App(DEFAULT_LEVEL, seed=3, audio=False, clock=FixedClock())  # the game started again on the same folder
    title = again.ctx.stack[-1]
    assert isinstance(title, TitleScene) and title.menu.options[0] == "Continue"
    resumed = read_save()
    try:
        assert resumed.game.tick == tick and resumed.level_path.name == DEFAULT_LEVEL.name
    finally:
        resumed.game.close()


def test_closing_the_window_with_the_pause_menu_open_saves_the_run_under_it():
    closed(LAUNCH + [Actions(move=(1.0, 0.0))] * 60 + [Actions(pause=True)] + [Actions()] * 5)
    assert has_save()


def test_closing_the_window_on_the_get_ready_count_of_a_continued_run_keeps_its_save():
    closed(LAUNCH + [Actions(move=(1.0, 0.0))] * 60)
    pygame.quit()
    before = read_save()
    tick = before.game.tick
    before.game.close()
    app = closed([Actions()] * 3 + [Actions(menu_confirm=True)] + [Actions()] * 10)  # Continue; closed on the 3, 2, 1
    assert isinstance(app.ctx.stack[-1], PlayScene) and app.ctx.stack[-1].ready > 0
    after = read_save()  # drawn from, and so used up: but the window closed on it, and it is kept again
    try:
        assert after.game.tick == tick
    finally:
        after.game.close()


def test_closing_the_window_on_a_decided_run_leaves_nothing_to_continue():
    app = App(DEFAULT_LEVEL, seed=3, audio=False, clock=FixedClock())

    def lost() -> Actions:
        app.ctx.stack[-1].game.res.outcome = "lost"  # decided: its result is on its way, nothing to carry on
        return Actions(quit=True)
    app.input = Script(LAUNCH + [Actions()] * 30 + [lost])
    app.run(max_frames=40, keep_open=True)
    assert isinstance(app.ctx.stack[-1], PlayScene) and app.ctx.stack[-1].game.tick > 0
    assert not has_save()


def test_closing_the_window_on_a_playtest_or_a_replay_leaves_no_save():
    app = closed([Actions(move=(1.0, 0.0))] * 60, skip_title=True)  # --level: the designer's map, no title
    assert isinstance(app.ctx.stack[-1], PlayScene) and app.ctx.stack[-1].game.tick > 0
    assert not has_save()
    replay = app.ctx.stack[-1].recorder.replay()
    pygame.quit()
    app = closed([Actions()] * 60, skip_title=True, replay=replay)
    assert isinstance(app.ctx.stack[-1], ReplayScene) and not has_save()
