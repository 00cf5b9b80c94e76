"""tools/screenshot.py's plans still reach the pictures they are named for as the menus they step through grow."""

import pygame

from game.app import App
from game.clock import MAX_FPS, FixedClock
from game.scenes.controls import ControlsScene
from game.session import DEFAULT_LEVEL
from tools.screenshot import SEED, Script
from tools.screenshot import controls as controls_plan


def test_the_controls_shot_opens_controls_and_gives_dash_the_missiles_key(tmp_path, monkeypatch):
    """Its steps count Options' rows: a row added there (Button names) left Return pressed on a value row, and the shot
    showed Options with that value changed."""
    monkeypatch.setenv("BLUE_COMET_CONFIG_DIR", str(tmp_path))  # a player with no history, as the shots are
    app = App(DEFAULT_LEVEL, seed=SEED, audio=False, clock=FixedClock(1 / MAX_FPS))
    try:
        app.input = Script(app, controls_plan)
        app.run(max_frames=MAX_FPS, keep_open=True)  # a second of frames: the plan's last step well before
        page = app.ctx.stack[-1]
        assert isinstance(page, ControlsScene)
        assert page.notice.startswith("E moved here from MISSILES"), page.notice
    finally:
        pygame.quit()
