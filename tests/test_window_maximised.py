"""A window the player maximised opens maximised next time, over the size and place it had before, which
un-maximising gives back; closed while fullscreen, what it was before. SDL's dummy driver cannot maximise: the window
system is played by a fake window (WindowKeeper) and by the news the input devices pass on (the App; the devices'
part in tests/input/test_devices.py)."""

import logging

import pygame
import pytest

from game.app import App
from game.clock import FixedClock
from game.input.actions import Actions
from game.session import DEFAULT_LEVEL
from game.window import WindowKeeper
from game.window_place import KeptWindow, read_window_place, window_place_path, write_window_place
from tests.test_app_smoke import Scripted
from tests.test_window_size import display_window

VIEW = (1280, 720)
DESKTOP = (0, 0, 2560, 1440)
LEFT = (300, 200, 1600, 900)  # the window as the player had it before maximising
FILLED = (0, 19, 2560, 1421)  # maximised (openbox: the desktop under its title bar)


class FakeWindow:
    """What WindowKeeper uses of pygame.Window, with a window system that maximises: what was done to it, in order."""

    def __init__(self) -> None:
        self.done: list[str] = []
        self.size, self.position, self.minimum_size = VIEW, (0, 0), (0, 0)

    def show(self) -> None:
        self.done.append("show")

    def maximize(self) -> None:
        self.done.append(f"maximize at {self.position}")

    def place(self, rect) -> None:  # the window system moving it, or the player
        self.position, self.size = rect[:2], rect[2:]


@pytest.fixture
def window(monkeypatch):
    fake = FakeWindow()
    monkeypatch.setattr("game.window.display_window", lambda: fake)
    monkeypatch.setattr("game.window.desktops", lambda: [DESKTOP])
    monkeypatch.setattr(pygame.display, "is_fullscreen", lambda: False)
    return fake


def test_a_window_left_maximised_is_shown_at_its_place_first_then_maximised_over_it(window):
    keeper = WindowKeeper(VIEW, KeptWindow(LEFT, maximised=True))
    assert window.done == ["show", "maximize at (300, 200)"]  # the place the window manager restores it to
    assert keeper.kept == KeptWindow(LEFT, maximised=True)


def test_while_maximised_the_place_kept_is_the_one_before_and_un_maximised_the_window_s_own_again(window):
    keeper = WindowKeeper(VIEW, KeptWindow(LEFT))
    keeper.update(now=0.0)
    window.place(FILLED)  # the title bar's maximise button: WINDOWMAXIMIZED with the new size
    keeper.update(now=1.0, maximised=True)
    keeper.update(now=2.0)
    assert keeper.kept == KeptWindow(LEFT, maximised=True)
    window.place(LEFT)  # its restore button: WINDOWRESTORED, the window back where it was
    keeper.update(now=3.0, maximised=False)
    window.place((40, 30, 1200, 700))  # then dragged
    keeper.update(now=4.0)
    assert keeper.kept == KeptWindow((40, 30, 1200, 700), maximised=False)


def test_un_minimised_while_maximised_it_is_still_maximised_until_it_leaves_the_place_it_filled(window):
    keeper = WindowKeeper(VIEW, KeptWindow(LEFT, maximised=True))
    window.place(FILLED)
    keeper.update(now=0.0)
    keeper.update(now=1.0, maximised=False)  # SDL's last word on un-minimising (X11), the window still maximised
    assert keeper.kept == KeptWindow(LEFT, maximised=True)
    window.place(LEFT)  # un-maximised a frame after SDL said so
    keeper.update(now=2.0)
    assert keeper.kept == KeptWindow(LEFT, maximised=False)


def test_fullscreen_from_maximised_keeps_it_maximised_and_maximises_it_again_once_back_in_its_place(window,
                                                                                                    monkeypatch):
    keeper = WindowKeeper(VIEW, KeptWindow(LEFT, maximised=True))
    window.place(FILLED)
    keeper.update(now=0.0)
    monkeypatch.setattr(pygame.display, "is_fullscreen", lambda: True)
    window.place(DESKTOP)
    keeper.update(now=1.0, maximised=False)  # going fullscreen un-maximises (SDL says WINDOWRESTORED)
    assert keeper.kept == KeptWindow(LEFT, maximised=True)  # closed now, it opens maximised over LEFT
    monkeypatch.setattr(pygame.display, "is_fullscreen", lambda: False)
    window.place((1, 39, 1280, 720))  # pygame's windowed size, not maximised
    window.done.clear()
    keeper.update(now=2.0)
    keeper.update(now=2.1)  # its place put back
    keeper.update(now=2.2)
    assert window.done == ["maximize at (300, 200)"] and (*window.position, *window.size) == LEFT
    assert keeper.kept == KeptWindow(LEFT, maximised=True)


def test_a_maximised_window_is_kept_with_the_place_it_had_and_an_older_file_is_one_not_maximised(tmp_path):
    path = tmp_path / "window.yaml"
    assert write_window_place(LEFT, path, maximised=True) is None
    assert read_window_place(path) == (KeptWindow(LEFT, maximised=True), [])
    path.write_text("x: 300\ny: 200\nwidth: 1600\nheight: 900\n", encoding="utf-8")  # as older versions write it
    assert read_window_place(path) == (KeptWindow(LEFT, maximised=False), [])


@pytest.mark.parametrize("value, found", [("2", "2 (a number)"), ('"yes"', '"yes" (text)')])
def test_a_maximised_that_is_not_true_or_false_is_told_the_place_still_stands_and_the_file_is_kept_aside(
        tmp_path, value, found):
    path = tmp_path / "window.yaml"
    text = f"x: 300\ny: 200\nwidth: 1600\nheight: 900\nmaximised: {value}\n"
    path.write_text(text, encoding="utf-8")
    assert read_window_place(path) == (KeptWindow(LEFT), [
        f"{path}: maximised: expected true or false, found {found} (the window opens unmaximised)"])
    write_window_place(LEFT, path)
    assert (tmp_path / "window.unreadable.yaml").read_text(encoding="utf-8") == text


@pytest.fixture
def desktop(monkeypatch):
    """SDL's dummy display made a 2560x1440 desktop; closed after the test."""
    monkeypatch.setattr(pygame.display, "get_desktop_sizes", lambda: [DESKTOP[2:]])
    yield
    pygame.quit()


def launched(frames) -> App:
    app = App(DEFAULT_LEVEL, seed=1, audio=False, clock=FixedClock())
    app.input = Scripted(frames=frames)
    return app


def test_maximised_by_the_player_the_next_start_opens_maximised_over_the_place_it_had(desktop, monkeypatch):
    app = launched([Actions()])
    display_window().size, display_window().position = LEFT[2:], LEFT[:2]  # dragged by the player
    app.run(max_frames=1, keep_open=True)
    # The window manager maximises it: the new size, and the news (WINDOWMAXIMIZED) in the same frame
    display_window().position, display_window().size = FILLED[:2], FILLED[2:]
    app.input.frames += [Actions(maximised=True), Actions(), Actions(quit=True)]
    app.run(max_frames=5, keep_open=True)
    pygame.quit()
    assert read_window_place(window_place_path()) == (KeptWindow(LEFT, maximised=True), [])
    asked = []  # where the window stood as it was maximised (the dummy driver cannot: pygame.Window is not patched)
    maximise = WindowKeeper.maximise
    monkeypatch.setattr(WindowKeeper, "maximise", lambda keeper: (asked.append(keeper.window.position),
                                                                  maximise(keeper)))
    again = launched([])
    assert asked == [LEFT[:2]] and again.placement.kept == KeptWindow(LEFT, maximised=True)


def test_a_window_yaml_that_is_a_folder_is_told_at_start_and_not_again_as_the_game_closes(desktop, caplog):
    window_place_path().mkdir()
    with caplog.at_level(logging.WARNING):
        launched([Actions(), Actions(quit=True)]).run(max_frames=3, keep_open=True)
    told = [record.getMessage() for record in caplog.records if "window.yaml" in record.getMessage()]
    assert told == [f"{window_place_path()}: expected a readable UTF-8 YAML file, found a folder (the window opens "
                    "at its default size, centred)"]
