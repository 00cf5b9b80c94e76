"""The window opens at a size that fits the desktop, frame and panels included, and keeps it through fullscreen."""

import warnings

import pygame
import pytest

from game.app import App
from game.session import DEFAULT_LEVEL
from game.window import window_size

VIEW = (1280, 720)


def display_window() -> pygame.Window:
    with warnings.catch_warnings():  # pygame-ce's deprecated bridge, the one way to read the display's window
        warnings.simplefilter("ignore", DeprecationWarning)
        return pygame.Window.from_display_module()


@pytest.fixture
def app_on(monkeypatch):
    """An App opened as if on a desktop of the given size (SDL's dummy display is 1024x768), with the hint the game
    plays with (game.app sets it), under which pygame sized the window to the whole desktop."""
    monkeypatch.setenv("SDL_HINT_RENDER_SCALE_QUALITY", "1")

    def open_on(desktop):
        monkeypatch.setattr(pygame.display, "get_desktop_sizes", lambda: [desktop])
        return App(DEFAULT_LEVEL, seed=1, audio=False)
    yield open_on
    pygame.quit()


@pytest.mark.parametrize("desktop, size", [
    ((1920, 1080), (1280, 720)),   # it fits: the game's own size, not the whole desktop
    ((2560, 1440), (1920, 1080)),  # twice would leave no room for the title bar: one and a half, not a quarter
    ((3840, 2160), (2560, 1440)),  # a whole multiple: pixels stay sharp
    ((1366, 768), (1184, 666)),    # too small for 1280x720 and its frame: the largest exact 16:9 that fits
    ((1280, 720), (1104, 621)),
])
def test_the_window_opens_at_the_largest_size_that_fits_the_desktop_beside_its_frame_and_panels(app_on, desktop,
                                                                                                 size):
    app = app_on(desktop)
    assert pygame.display.get_window_size() == size
    assert app.window.get_size() == VIEW  # the game still draws at 1280x720, scaled into the window


@pytest.mark.parametrize("view, desktop, size", [
    ((1200, 675), (1400, 900), (1200, 675)),   # 75, an odd step: 1x fits, and not 1184x666 (a view shrunk for nothing)
    ((1200, 675), (2000, 1200), (1200, 675)),  # 1.5x is no whole size of it: 1x, not 1776x999 (a blur at 1.48x)
    ((640, 360), (1100, 700), (960, 540)),     # an even step: one and a half times it
    ((101, 100), (200, 250), (101, 100)),      # no common step (gcd 1): 1x, no division by zero
])
def test_a_window_of_one_to_two_times_the_view_is_1x_or_exactly_one_and_a_half_times_it(view, desktop, size):
    assert window_size(desktop, view) == size


def test_on_a_small_screen_the_player_can_make_the_window_smaller_than_the_game_s_1280x720(app_on):
    app_on((1366, 768))
    window = display_window()
    window.size = (1000, 563)
    assert window.size == (1000, 563)


def test_the_window_is_not_dragged_smaller_than_960x540_where_the_hint_lines_stay_legible(app_on):
    """At 700x394 the 1280x720 frame scaled the menus' hint lines to 11 px words, unreadable."""
    app_on((1366, 768))
    window = display_window()
    assert window.minimum_size == (960, 540)
    window.size = (700, 394)
    assert window.size == (960, 540)


def test_on_a_screen_too_small_for_960x540_the_smallest_window_is_the_one_it_opens_at(app_on):
    app_on((1024, 576))  # its panels leave room for 848x477
    assert display_window().minimum_size == display_window().size == (848, 477)


def test_after_fullscreen_the_window_comes_back_to_the_size_the_player_left_it_at(app_on, monkeypatch):
    app = app_on((1366, 768))
    window = display_window()
    window.size = (1000, 600)  # dragged by the player
    app.run(max_frames=1, keep_open=True)
    # The dummy driver cannot go fullscreen: play F11 there and back as pygame does it, which leaves the window
    # a whole multiple of the game's size (too big for this screen) with that size as its minimum
    monkeypatch.setattr(pygame.display, "is_fullscreen", lambda: True)
    window.size = (1366, 768)
    app.run(max_frames=1, keep_open=True)
    monkeypatch.setattr(pygame.display, "is_fullscreen", lambda: False)
    window.minimum_size = VIEW
    window.size = VIEW
    app.run(max_frames=1, keep_open=True)
    assert window.size == (1000, 600)
    assert window.minimum_size == (960, 540)


def test_just_after_fullscreen_the_window_is_put_back_where_it_was_until_it_settles(monkeypatch):
    from game.window import SETTLING, WindowKeeper
    pygame.display.init()
    try:
        pygame.display.set_mode(VIEW, pygame.SCALED | pygame.RESIZABLE | pygame.HIDDEN)
        keeper = WindowKeeper(VIEW)
        keeper.window.position = (40, 30)  # moved by the player
        keeper.update(now=0.0)
        monkeypatch.setattr(pygame.display, "is_fullscreen", lambda: True)
        keeper.update(now=5.0)
        monkeypatch.setattr(pygame.display, "is_fullscreen", lambda: False)
        keeper.update(now=10.0)
        keeper.window.position = (41, 50)  # the first return places it off by its frame (seen under openbox)
        keeper.update(now=10.0 + SETTLING / 2)
        assert keeper.window.position == (40, 30)
        keeper.window.position = (200, 100)  # moved by the player once it has settled: kept
        keeper.update(now=10.0 + SETTLING)
        assert keeper.position == (200, 100)
    finally:
        pygame.quit()


def render_scale() -> float:
    """How much the window's renderer scales the game's 1280x720 picture across (SDL's own word, asked through the
    library pygame loaded: pygame does not say)."""
    import ctypes

    from game.displays import sdl_library
    sdl = sdl_library()  # the copy pygame has loaded already
    sdl.SDL_GetWindowFromID.restype = ctypes.c_void_p
    sdl.SDL_GetRenderer.restype, sdl.SDL_GetRenderer.argtypes = ctypes.c_void_p, [ctypes.c_void_p]
    sdl.SDL_RenderGetScale.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_float), ctypes.POINTER(ctypes.c_float)]
    across, down = ctypes.c_float(), ctypes.c_float()
    sdl.SDL_RenderGetScale(sdl.SDL_GetRenderer(sdl.SDL_GetWindowFromID(display_window().id)), across, down)
    return across.value


def test_an_app_built_by_a_tool_not_the_command_line_scales_its_picture_to_fit_a_smaller_window(monkeypatch):
    """tools/screenshot.py and the audits build App themselves: their window must show the whole picture, scaled down,
    as the game's does, not its top-left corner at full size."""
    monkeypatch.delenv("SDL_HINT_RENDER_SCALE_QUALITY", raising=False)  # not started through game.cli
    monkeypatch.setattr(pygame.display, "get_desktop_sizes", lambda: [(1280, 720)])
    try:
        App(DEFAULT_LEVEL, seed=1, audio=False)
        width = display_window().size[0]
        assert width < VIEW[0] and render_scale() == pytest.approx(width / VIEW[0], abs=0.01)
    finally:
        pygame.quit()
