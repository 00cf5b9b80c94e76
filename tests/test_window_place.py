"""The window opens where and as large as the player left it, if that still fits a display there now: window.yaml,
kept however the game closes, read without raising, a mistake told in one line while the default window stands in."""

import pygame
import pytest

from game.app import App
from game.clock import FixedClock
from game.input.actions import Actions
from game.session import DEFAULT_LEVEL
from game.window import opening_place, window_size
from game.window_place import KeptWindow, read_window_place, window_place_path, write_window_place
from tests.test_app_smoke import Scripted
from tests.test_window_size import display_window

VIEW = (1280, 720)
LEFT = (0, 0, 2560, 1440)  # the first display
RIGHT = (2560, 0, 1920, 1080)  # a second one, to its right


@pytest.mark.parametrize("kept, screens, opens", [
    (None, [LEFT], ((1920, 1080), None)),  # nothing kept: the default, centred
    ((300, 200, 1920, 1080), [LEFT], ((1920, 1080), (300, 200))),  # as left
    ((2800, 100, 1600, 900), [LEFT, RIGHT], ((1600, 900), (2800, 100))),  # on the second display, as left
    ((2800, 100, 1600, 900), [LEFT], ((1920, 1080), None)),  # that display unplugged: the default, centred
    ((300, 200, 1920, 1080), [(0, 0, 1366, 768)], ((1184, 666), None)),  # a smaller screen now: the default
    ((1800, 900, 1280, 720), [LEFT, RIGHT], ((1280, 720), (1280, 720))),  # hanging off its edges: moved onto it
    ((-5000, -5000, 1280, 720), [LEFT], ((1920, 1080), None)),  # off every display: the default
    # kept from a larger desktop, the whole size of this one now, or kept so: no room for its frame, the default
    ((320, 180, 1920, 1080), [(0, 0, 1920, 1080)], ((1280, 720), None)),
    ((0, 0, 1920, 1080), [(0, 0, 1920, 1080)], ((1280, 720), None)),
    ((0, 19, 1920, 1061), [(0, 0, 1920, 1080)], ((1920, 1061), (0, 19))),  # left maximised (openbox): as left
])
def test_the_window_opens_as_left_where_that_still_fits_a_display_else_at_the_default_centred(kept, screens, opens):
    assert opening_place(kept, screens, VIEW) == opens


def test_the_window_kept_reads_back_as_it_was_written(tmp_path):
    path = tmp_path / "window.yaml"
    assert write_window_place((-1900, 35, 1600, 900), path) is None
    assert read_window_place(path) == (KeptWindow((-1900, 35, 1600, 900)), [])


def test_with_no_file_yet_nothing_is_kept_and_nothing_is_said(tmp_path):
    assert read_window_place(tmp_path / "window.yaml") == (KeptWindow(), [])


@pytest.mark.parametrize("text, line", [
    ("x: 10\ny: 10\nwidth: wide\nheight: 900\n",
     'width: expected a whole number of px from 1 to 16384, found "wide" (text)'),
    ("x: 10\ny: 10\nwidth: 1600.5\nheight: 900\n", "width: expected a whole number of px from 1 to 16384, "
                                                   "found 1600.5 (a number)"),
    ("x: 10\ny: 10\nwidth: 1600\nheight: 0\n", "height: expected a whole number of px from 1 to 16384, "
                                               "found 0 (a number)"),
    ("x: true\ny: 10\nwidth: 1600\nheight: 900\n", "x: expected a whole number of px from -32768 to 32767, "
                                                   "found true (true/false)"),
    ("x: 10\nwidth: 1600\nheight: 900\n", "y: expected a whole number of px from -32768 to 32767, found nothing"),
    ("- 10\n- 10\n", "expected the window's x, y, width and height (key: value, one a line), found a list"),
    ("x: [10\n", "line 2, column 1: expected valid YAML"),
])
def test_a_broken_or_hand_edited_value_is_told_in_one_line_and_the_default_window_stands_in(tmp_path, text, line):
    path = tmp_path / "window.yaml"
    path.write_text(text, encoding="utf-8")
    kept, told = read_window_place(path)
    assert kept == KeptWindow() and len(told) == 1
    assert told[0].startswith(f"{path}: {line}") and told[0].endswith("(the window opens at its default size, centred)")


def test_a_file_kept_maximised_with_no_place_says_the_default_window_opens_maximised(tmp_path):
    """It opens maximised over a default window, centred: its lines must not say only the default size."""
    path = tmp_path / "window.yaml"
    path.write_text("maximised: true\n", encoding="utf-8")
    kept, told = read_window_place(path)
    assert kept == KeptWindow(None, maximised=True) and len(told) == 4
    assert all(line.endswith("(the window opens at its default size, centred, maximised over it as it was left)")
               for line in told)


def test_a_key_the_game_does_not_know_is_named_and_the_window_still_opens_as_kept(tmp_path):
    path = tmp_path / "window.yaml"
    path.write_text("x: 10\ny: 20\nwidth: 1600\nheight: 900\nwidht: 3\n", encoding="utf-8")
    kept, told = read_window_place(path)
    assert kept == KeptWindow((10, 20, 1600, 900))
    assert told == [f'{path}: widht: expected x, y, width, height or maximised, found "widht" (ignored; did you mean '
                    '"width"? known: height, maximised, width, x, y)']


def test_a_file_with_mistakes_is_kept_aside_as_it_was_when_the_game_writes_over_it(tmp_path):
    path = tmp_path / "window.yaml"
    path.write_text("width: 1600px\n", encoding="utf-8")
    assert write_window_place((0, 0, 1280, 720), path) == f"{path} had mistakes: the file as it was is kept as " \
                                                          "window.unreadable.yaml"
    assert (tmp_path / "window.unreadable.yaml").read_text(encoding="utf-8") == "width: 1600px\n"
    assert read_window_place(path) == (KeptWindow((0, 0, 1280, 720)), [])


def test_a_folder_in_the_way_is_said_in_a_line_not_raised(tmp_path):
    (tmp_path / "window.yaml").mkdir()
    line = write_window_place((0, 0, 1280, 720), tmp_path / "window.yaml")
    assert line.startswith(f"{tmp_path / 'window.yaml'}: could not keep the window's size and place")


@pytest.fixture
def closes():
    """The display closed after the test."""
    yield
    pygame.quit()


@pytest.fixture
def desktop(monkeypatch, closes):
    """SDL's dummy display made a 2560x1440 desktop."""
    monkeypatch.setattr(pygame.display, "get_desktop_sizes", lambda: [LEFT[2:]])


def launched(**script) -> App:
    app = App(DEFAULT_LEVEL, seed=1, audio=False, clock=FixedClock())
    app.input = Scripted(**script)
    return app


def ends_by_the_window_s_close(app):  # its X, Alt+F4, and SIGTERM, which SDL turns into the same quit event
    app.input.frames.append(Actions(quit=True))
    return app.run(max_frames=10, keep_open=True)


def ends_by_the_title_s_quit(app):
    app.input.frames += [Actions(menu_down=True), Actions(menu_down=True), Actions(menu_confirm=True)]
    app.run(max_frames=10, keep_open=True)
    assert not app.ctx.running


def ends_by_ctrl_c(app):
    def interrupted():
        raise KeyboardInterrupt
    app.input.after = interrupted
    assert app.run(keep_open=True) == 130


@pytest.mark.parametrize("end", [ends_by_the_window_s_close, ends_by_the_title_s_quit, ends_by_ctrl_c])
def test_however_the_game_closes_the_next_start_opens_the_window_where_and_as_large_as_it_was_left(desktop, end):
    app = launched(frames=[Actions()])
    assert display_window().size == (1920, 1080)
    display_window().size, display_window().position = (1600, 900), (500, 300)  # dragged by the player
    end(app)
    pygame.quit()
    assert read_window_place(window_place_path()) == (KeptWindow((500, 300, 1600, 900)), [])
    launched(frames=[])
    assert (display_window().size, display_window().position) == ((1600, 900), (500, 300))


def test_closed_while_fullscreen_the_window_kept_is_the_one_before_fullscreen(desktop, monkeypatch):
    app = launched(frames=[Actions()])
    display_window().size, display_window().position = (1600, 900), (100, 80)
    app.run(max_frames=1, keep_open=True)
    # The dummy driver cannot go fullscreen: pygame's fullscreen, played (the whole screen, at its corner)
    monkeypatch.setattr(pygame.display, "is_fullscreen", lambda: True)
    display_window().size, display_window().position = LEFT[2:], (0, 0)
    app.input.frames.append(Actions())  # a frame played fullscreen, then the window closed
    ends_by_the_window_s_close(app)
    assert read_window_place(window_place_path()) == (KeptWindow((100, 80, 1600, 900)), [])


def test_a_window_kept_on_a_display_unplugged_since_opens_at_the_default_centred(closes):
    """On SDL's own dummy display, 1024x768, which SDL centres on."""
    write_window_place((1100, 100, 1600, 900), window_place_path())  # on a second display, right of this one
    launched(frames=[])
    size = window_size((1024, 768), VIEW)
    assert (display_window().size, display_window().position) == (size, ((1024 - size[0]) // 2, (768 - size[1]) // 2))


def test_a_broken_window_file_is_said_on_the_title_and_the_default_window_opens(desktop):
    window_place_path().write_text("x: 10\ny: 10\nwidth: wide\nheight: 900\n", encoding="utf-8")
    app = launched(frames=[])
    assert display_window().size == (1920, 1080)
    assert [line for line in app.ctx.file_problems if "window.yaml" in line] == [
        f'{window_place_path()}: width: expected a whole number of px from 1 to 16384, found "wide" (text) '
        "(the window opens at its default size, centred)"]
