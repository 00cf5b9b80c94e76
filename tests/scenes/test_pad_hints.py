"""A pad player's hint lines name what moves the menus: the d-pad as bound, and the moving stick Options names (left
or right), which presses the menus' directions whatever the bindings say; and each line still fits its page."""

import dataclasses
from pathlib import Path

import pytest
import yaml

from game.input.actions import Actions
from game.input.bindings import DEFAULT_BINDINGS_PATH, default_bindings, parse_bindings
from game.scenes import comms, controls, menu, missions, options, pause, result
from game.scenes.title import TitleScene
from game.settings import Settings
from game.view.controls import page_hint
from game.view.text import font
from tests.drawn_words import record_drawn_words
from tests.scenes.conftest import make_context

SCREEN = (1280, 720)
MARGIN = 24  # px kept clear at each end of the hint, inside its page's plate
PAGES = {  # page: (its hints, the width its hint line has: the plate it is drawn on, else the screen)
    "pause": (pause.HINTS, SCREEN[0]),
    "missions": (missions.HINTS, SCREEN[0]),
    "result": (result.TO_QUIT_HINTS, SCREEN[0]),
    "result, Quit chosen (and the end of a replay)": (menu.QUIT_HINTS, SCREEN[0]),
    "options": (options.HINTS, options.PANEL_SIZE[0]),
    "controls": (controls.HINTS, controls.PANEL_SIZE[0]),
    "comms log": (comms.HINTS, comms.PANEL_SIZE[0]),
}


@pytest.mark.parametrize("stick", ["left", "right"])
@pytest.mark.parametrize("page", PAGES)
def test_a_pad_player_s_hint_names_the_moving_stick_set_in_options_and_fits_its_page(display, page, stick):
    hints, room = PAGES[page]
    other = "right" if stick == "left" else "left"
    hint = page_hint(default_bindings(), Settings(pad_move_stick=stick), "pad", hints)
    choosing = hint.split("   ·   ")[0]
    assert choosing.startswith("D-PAD ") and choosing.count(f" or {stick.upper()} STICK ") == 1, hint
    assert f"{other.upper()} STICK" not in hint  # the aiming stick does nothing in a menu
    assert font(20).size(hint)[0] <= room - 2 * MARGIN, hint
    keyboard = page_hint(default_bindings(), Settings(pad_move_stick=stick), "keyboard", hints)
    assert "STICK" not in keyboard and "D-PAD" not in keyboard


def test_the_pages_that_move_both_ways_name_the_d_pad_and_the_stick_each_once(display):
    settings = Settings()
    assert page_hint(default_bindings(), settings, "pad", controls.HINTS) == \
        "D-PAD or LEFT STICK choose   ·   A rebind   ·   Y default   ·   B back"
    assert page_hint(default_bindings(), settings, "pad", options.HINTS) == \
        "D-PAD or LEFT STICK choose and change   ·   A next value   ·   B back"
    assert page_hint(default_bindings(), settings, "pad", comms.HINTS) == \
        "D-PAD UP/DOWN or LEFT STICK scroll   ·   D-PAD LEFT/RIGHT or LEFT STICK a page   ·   B back"


def test_with_the_d_pad_s_left_and_right_unbound_the_stick_is_still_named_for_changing(display):
    data = yaml.safe_load(Path(DEFAULT_BINDINGS_PATH).read_text(encoding="utf-8"))
    data["pad"].update(menu_left=[], menu_right=[])
    bindings = parse_bindings(data, "bindings.yaml")
    hints = {"keyboard": (), "pad": ((("menu_left", "menu_right"), "change"), (("menu_back",), "back"))}
    assert page_hint(bindings, Settings(), "pad", hints) == "LEFT STICK change   ·   B back"
    assert page_hint(bindings, Settings(), "pad", options.HINTS).startswith("D-PAD UP/DOWN or LEFT STICK choose and")


def test_options_hint_names_the_right_stick_as_soon_as_a_pad_player_makes_it_the_moving_one(display, monkeypatch,
                                                                                             config_dir):
    drawn = record_drawn_words(monkeypatch, options)
    ctx = make_context()
    page = options.OptionsScene(ctx, TitleScene(ctx), path=config_dir / "settings.yaml")
    page.selected = next(i for i, row in enumerate(options.ROWS) if row.key == "pad_move_stick")
    page.handle(Actions(device="pad"))
    page.draw(display, 1.0)
    assert "or LEFT STICK choose" in drawn[-1]
    page.handle(Actions(device="pad", menu_right=True))
    assert ctx.settings.pad_move_stick == "right"
    page.draw(display, 1.0)
    assert drawn[-1].startswith("D-PAD or RIGHT STICK choose and change")
    assert ctx.settings == dataclasses.replace(Settings(), pad_move_stick="right")


def test_a_page_a_pad_player_opens_names_the_pad_s_controls_from_the_frame_it_opens_on(config_dir, monkeypatch):
    """The app draws a page the frame a press opened it, before the page has heard any input itself."""
    import pygame
    from game.app import App
    from game.scenes.options import OptionsScene
    from game.session import DEFAULT_LEVEL
    drawn = record_drawn_words(monkeypatch, options)
    presses = iter([Actions(device="pad"), Actions(device="pad", menu_down=True),
                    Actions(device="pad", menu_confirm=True)])  # Launch, Options: chosen

    class Pad:
        def poll(self):
            return next(presses, Actions(device="pad"))

    app = App(DEFAULT_LEVEL, seed=1, audio=False)
    app.input = Pad()
    try:
        app.run(max_frames=3, keep_open=True)
        assert isinstance(app.ctx.stack[-1], OptionsScene)
        assert drawn[-1] == "D-PAD or LEFT STICK choose and change   ·   A next value   ·   B back"
    finally:
        pygame.quit()
