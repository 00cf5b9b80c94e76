"""The real app loop runs 120 frames under SDL's dummy driver: title, then a level, with nothing raising."""

from game.app import App
from game.input.actions import Actions
from game.scenes.play import PlayScene
from game.session import DEFAULT_LEVEL


class Scripted:
    """The app's input in a test: these Actions, one a frame (more may be added as it runs), then `after()`'s."""

    def __init__(self, frames: list, after=Actions) -> None:
        self.frames, self.after = frames, after

    def poll(self) -> Actions:
        return self.frames.pop(0) if self.frames else self.after()


def test_the_app_runs_120_frames_of_a_level():
    app = App(DEFAULT_LEVEL, seed=1, skip_title=True, audio=False)
    assert app.run(max_frames=120, keep_open=True) == 0
    scene = app.ctx.stack[-1]
    assert isinstance(scene, PlayScene)
    assert scene.game.tick > 0  # real time passed, so the fixed-step loop ticked
    assert app.window.get_size() == (1280, 720)
    import pygame
    pygame.quit()


def test_the_app_runs_120_frames_from_the_title():
    assert App(DEFAULT_LEVEL, seed=1, audio=False).run(max_frames=120) == 0


def test_the_pointer_shows_over_menus_and_hides_in_a_level_where_the_reticle_stands_in():
    import pygame
    app = App(DEFAULT_LEVEL, seed=1, audio=False)
    app.input = Scripted([Actions()] * 3 + [Actions(menu_confirm=True)] + [Actions()] * 3)  # Launch, on the 4th frame
    try:
        app.run(max_frames=2, keep_open=True)
        assert pygame.mouse.get_visible()  # the title
        app.run(max_frames=4, keep_open=True)
        assert isinstance(app.ctx.stack[-1], PlayScene) and not pygame.mouse.get_visible()
    finally:
        pygame.quit()


def test_the_pointer_hides_over_menus_while_the_pad_is_in_use_and_comes_back_with_the_mouse():
    import pygame
    app = App(DEFAULT_LEVEL, seed=1, audio=False)
    app.input = Scripted([Actions(device="pad")] * 2 + [Actions(device="keyboard", pointer=(300.0, 200.0))] * 2)
    try:
        app.run(max_frames=2, keep_open=True)
        assert not pygame.mouse.get_visible()  # the title, steered with the pad
        app.run(max_frames=2, keep_open=True)
        assert pygame.mouse.get_visible()  # the mouse moved
    finally:
        pygame.quit()


def test_a_click_while_the_pad_hid_the_pointer_shows_it_and_picks_nothing_the_next_click_picks():
    """The pointer hidden over Quit on the title, a pad player's stray click closed the game, the pointer unseen."""
    import pygame
    app = App(DEFAULT_LEVEL, seed=1, audio=False)
    frames = []
    app.input = Scripted(frames, lambda: Actions(device=app.ctx.device))
    try:
        frames.extend([Actions(device="pad")] * 2)
        app.run(max_frames=2, keep_open=True)
        title = app.ctx.stack[-1]
        quit_at = title.menu.rects[title.menu.options.index("Quit")].center
        assert not pygame.mouse.get_visible()
        frames.append(Actions(device="keyboard", click=quit_at, pointer=quit_at))
        app.run(max_frames=2, keep_open=True)
        assert app.ctx.running and app.ctx.stack[-1] is title and pygame.mouse.get_visible()
        frames.append(Actions(device="keyboard", click=quit_at, pointer=quit_at))  # seen now: it picks Quit
        app.run(max_frames=2, keep_open=True)
        assert not app.ctx.running
    finally:
        pygame.quit()


def test_fullscreen_the_window_cannot_take_at_start_up_is_said_options_says_off_and_the_file_keeps_the_ask(
        player_files):
    import pygame
    from game.scenes.options import ROWS, OptionsScene
    from game.settings import load_settings, settings_path
    settings_path().write_text("fullscreen: true\n", encoding="utf-8")
    app = App(DEFAULT_LEVEL, seed=1, audio=False)  # SDL's dummy driver cannot go fullscreen
    try:
        assert app.ctx.settings.fullscreen is False  # the row shows the window the game runs in
        told = [line for line in app.ctx.file_problems if "fullscreen" in line]
        assert len(told) == 1 and told[0].startswith("Could not switch to fullscreen: ")
        assert told[0].endswith("; the game runs in a window (settings.yaml still asks for fullscreen)")
        assert settings_path().read_text(encoding="utf-8") == "fullscreen: true\n"
        options = OptionsScene(app.ctx, app.ctx.stack[-1])
        volume = next(row for row in ROWS if row.key == "sfx_volume")
        options.change(volume, -1, wrap=False)  # another setting changed and saved
        saved, _ = load_settings(settings_path())
        assert saved.fullscreen is True and saved.sfx_volume == app.ctx.settings.sfx_volume  # the ask is not lost
        assert told[0] in app.ctx.file_problems  # and the title still says why the game is in a window
        fullscreen = next(row for row in ROWS if row.key == "fullscreen")
        options.change(fullscreen, 1, wrap=True)  # chosen in Options (refused again by this window)
        assert told[0] not in app.ctx.file_problems  # the line about the file's ask is past
        options.change(volume, 1, wrap=False)
        assert load_settings(settings_path())[0].fullscreen is False  # what the player chose last is what is kept
    finally:
        pygame.quit()


def test_a_file_where_the_player_s_folder_should_be_is_said_on_the_title_at_start(tmp_path, monkeypatch):
    import pygame
    blocker = tmp_path / "blue-comet"
    blocker.write_text("a file, not a folder\n", encoding="utf-8")
    monkeypatch.setenv("BLUE_COMET_CONFIG_DIR", str(blocker))
    app = App(DEFAULT_LEVEL, seed=1, audio=False)
    try:
        assert app.ctx.file_problems[0] == (f"{blocker} is a file where a folder was expected: settings, controls, the "
                                            "save, the career record and the last replay cannot be kept until it is "
                                            "moved")
        assert app.run(max_frames=30, keep_open=True) == 0  # the title runs on
    finally:
        pygame.quit()
    assert blocker.read_text(encoding="utf-8") == "a file, not a folder\n"
