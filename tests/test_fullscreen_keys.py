"""Alt+Enter, as F11, switches fullscreen in any scene as Options' Fullscreen row does: saved, and no menu's Enter."""

import dataclasses

import pygame
import pytest

from game.app import App
from game.scenes import options as options_module
from game.scenes.options import OptionsScene
from game.scenes.pause import PauseScene
from game.scenes.title import TitleScene
from game.session import DEFAULT_LEVEL
from game.settings import Settings, load_settings, settings_path
from tests.drawn_words import record_drawn_words


@pytest.fixture
def screen(monkeypatch):
    """A display that can go fullscreen (SDL's dummy driver refuses): pygame's switch and its answer, played."""
    state = {"fullscreen": False}

    def toggle() -> int:
        state["fullscreen"] = not state["fullscreen"]
        return 1
    monkeypatch.setattr(pygame.display, "is_fullscreen", lambda: state["fullscreen"])
    monkeypatch.setattr(pygame.display, "toggle_fullscreen", toggle)
    yield state
    pygame.quit()


def key(app, key: int, mod: int = 0) -> None:
    """One frame of the app with `key` pressed and let go (`mod`: the modifiers held with it)."""
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode="", scancode=0))
    pygame.event.post(pygame.event.Event(pygame.KEYUP, key=key, mod=mod, unicode="", scancode=0))
    app.run(max_frames=1, keep_open=True)


def alt_enter(app) -> None:
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_LALT, mod=pygame.KMOD_LALT, unicode="",
                                         scancode=0))
    key(app, pygame.K_RETURN, pygame.KMOD_LALT)
    pygame.event.post(pygame.event.Event(pygame.KEYUP, key=pygame.K_LALT, mod=0, unicode="", scancode=0))
    app.run(max_frames=1, keep_open=True)


def saved_fullscreen() -> bool:
    settings, problems = load_settings(settings_path())
    assert problems == []
    return settings.fullscreen


def test_alt_enter_on_the_title_switches_fullscreen_and_back_saved_and_launches_nothing(screen):
    app = App(DEFAULT_LEVEL, seed=1, audio=False)
    for fullscreen in (True, False):
        alt_enter(app)
        assert saved_fullscreen() is fullscreen and app.ctx.settings.fullscreen is fullscreen  # the next start too
        assert app.placement.fullscreen is fullscreen  # the window the game keeps believes it
        assert [type(scene) for scene in app.ctx.stack] == [TitleScene]  # Launch, chosen, was not confirmed
        assert app.ctx.running


def test_alt_enter_over_options_turns_its_fullscreen_row_over_and_the_page_stays(screen, monkeypatch):
    drawn = record_drawn_words(monkeypatch, options_module)
    app = App(DEFAULT_LEVEL, seed=1, audio=False)
    key(app, pygame.K_DOWN)
    key(app, pygame.K_RETURN)  # Options
    options = app.ctx.stack[-1]
    assert isinstance(options, OptionsScene) and "Off" in drawn
    chosen = options.selected
    drawn.clear()
    alt_enter(app)
    assert app.ctx.stack[-1] is options and options.selected == chosen
    assert dataclasses.replace(app.ctx.settings, fullscreen=False) == Settings()  # Enter turned no row over
    assert "On" in drawn and "Off" not in drawn  # only the Fullscreen row says On or Off
    assert saved_fullscreen() is True


def test_alt_enter_in_a_level_and_on_its_pause_menu_switches_fullscreen_and_does_not_resume(screen):
    app = App(DEFAULT_LEVEL, seed=1, skip_title=True, audio=False)
    alt_enter(app)
    assert saved_fullscreen() is True and app.placement.fullscreen is True
    key(app, pygame.K_ESCAPE)
    pause = app.ctx.stack[-1]
    assert isinstance(pause, PauseScene)
    alt_enter(app)
    assert saved_fullscreen() is False and app.placement.fullscreen is False
    assert app.ctx.stack[-1] is pause  # Resume, chosen, was not confirmed
