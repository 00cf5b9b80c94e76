"""A pad player's hint lines name what moves the menus: the d-pad as bound, and the moving stick Options names (left
or right), which presses the menus' directions whatever the bindings say; and each line still fits its page."""

import dataclasses
from pathlib import Path

import pytest
import yaml

from game.input.actions import Actions
from game.input.bindings import DEFAULT_BINDINGS_PATH, default_bindings, parse_bindings
from game.scenes import comms, controls, menu, missions, options, pause
from game.scenes import title as title_module
from game.scenes.title import TitleScene
from game.settings import Settings
from game.view.controls import page_hint
from game.view.text import READABLE, font
from tests.drawn_words import record_drawn_rects, record_drawn_words
from tests.scenes.conftest import hand, make_context

SCREEN = (1280, 720)
MARGIN = 24  # px kept clear at each end of the hint, inside its page's plate
PAGES = {  # page: (its hints, the width its hint line has: the plate it is drawn on, else the screen)
    "title (its Back picks Quit, as the result's)": (menu.TO_QUIT_HINTS, SCREEN[0]),
    "pause": (pause.HINTS, SCREEN[0]),
    "missions": (missions.HINTS, SCREEN[0]),
    "result": (menu.TO_QUIT_HINTS, SCREEN[0]),
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
    assert font(READABLE).size(hint)[0] <= room - 2 * MARGIN, hint  # set at READABLE, not made smaller
    keyboard = page_hint(default_bindings(), Settings(pad_move_stick=stick), "keyboard", hints)
    assert "STICK" not in keyboard and "D-PAD" not in keyboard


def test_the_pages_that_move_both_ways_name_the_d_pad_and_the_stick_each_once(display):
    settings = Settings()
    assert page_hint(default_bindings(), settings, "pad", controls.HINTS) == \
        "D-PAD or LEFT STICK choose   ·   A rebind   ·   X clear   ·   Y back to default   ·   B back"
    assert page_hint(default_bindings(), settings, "pad", options.HINTS) == \
        "D-PAD or LEFT STICK choose and change   ·   A next value   ·   B back"
    assert page_hint(default_bindings(), settings, "pad", comms.HINTS) == \
        "D-PAD UP/DOWN or LEFT STICK scroll   ·   D-PAD LEFT/RIGHT or LEFT STICK turn the page   ·   B back"


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
    hand(page, Actions(device="pad"))
    page.draw(display, 1.0)
    assert "or LEFT STICK choose" in drawn[-1]
    hand(page, Actions(device="pad", menu_right=True))
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


@pytest.mark.parametrize("device, hint", [
    ("keyboard", "W/S or UP/DOWN choose   ·   RETURN or click select   ·   ESCAPE twice quit"),
    ("pad", "D-PAD UP/DOWN or LEFT STICK choose   ·   A or START select   ·   B twice quit")])
def test_the_title_names_its_menu_s_controls_where_every_page_has_its_hint_under_the_controls_line(
        display, monkeypatch, device, hint):
    drawn = record_drawn_rects(monkeypatch, title_module)
    ctx = make_context()
    page = TitleScene(ctx)
    hand(page, Actions(device=device))
    page.draw(display, 1.0)
    assert hint in drawn  # no back: Esc on the title does nothing (it must not quit by accident)
    assert drawn[hint].top == display.get_height() - 36  # where the missions page, the result and the pause menu
    controls = next(rect for words, rect in drawn.items() if words.endswith("restart (hold)"))  # have theirs
    assert controls.bottom <= drawn[hint].top  # the controls line over it, clear


PAGES_START_CHOOSES = ("title", "missions", "result", "end of replay")


def start_page(name, ctx, settled=True):
    """The page, shown to a pad player and (settled) ready to take a choice."""
    from game.campaign import load_campaign
    from game.scenes.missions import MissionsScene
    from game.scenes.play import PlayScene
    from game.scenes.replay import EndOfReplayScene, ReplayScene
    from game.scenes.result import SETTLE, ResultScene
    title = TitleScene(ctx)
    ctx.push(title)
    if name == "title":
        return title
    if name == "missions":
        return MissionsScene(ctx, title, load_campaign(ctx.level_path))
    play = PlayScene(ctx)
    ctx.push(play)
    play.step()
    play.game.res.outcome = "won"
    if name == "result":
        page = ResultScene(ctx, play)
    else:
        ctx.push(ReplayScene(ctx, play.recorder.replay()))
        page = EndOfReplayScene(ctx, ctx.stack[-1])
    if settled:
        page.frame(SETTLE)
    return page


@pytest.mark.parametrize("name", PAGES_START_CHOOSES)
def test_on_the_pages_where_start_chooses_a_pad_player_s_hint_names_it_beside_a(display, monkeypatch, config_dir,
                                                                                name):
    import game.scenes.missions as missions_module
    import game.scenes.replay as replay_module
    import game.scenes.result as result_module
    import game.scenes.title as title_page_module
    from game.scenes.menu import Menu
    module = {"title": title_page_module, "missions": missions_module, "result": result_module,
              "end of replay": replay_module}[name]
    drawn = record_drawn_words(monkeypatch, module)
    page = start_page(name, make_context())
    hand(page, Actions(device="pad"))
    page.draw(display, 1.0)
    hint = next(words for words in reversed(drawn) if "LEFT STICK choose" in words)
    assert " A or START " in hint, hint
    confirmed = []
    real = Menu.handle
    monkeypatch.setattr(Menu, "handle", lambda menu, actions: (confirmed.append(actions.menu_confirm),
                                                                real(menu, actions))[1])
    hand(page, Actions(device="pad", pause=True))  # Start: it does choose here, as the hint says
    assert confirmed == [True]
    drawn.clear()
    hand(page, Actions(device="keyboard"))
    page.draw(display, 1.0)
    keyboard = next(words for words in reversed(drawn) if "UP/DOWN choose" in words)
    assert "ESCAPE" not in keyboard.split("   ·   ")[1]  # Esc and P keep their own meaning on the keyboard


def test_the_end_of_a_replay_names_the_pad_s_controls_before_it_takes_a_choice(display, monkeypatch, config_dir):
    """A pad pressed in the moment the page takes no choice yet (SETTLE) left its hint naming the keyboard's keys
    until then, where the result page names the pad at once."""
    import game.scenes.replay as replay_module
    drawn = record_drawn_words(monkeypatch, replay_module)
    page = start_page("end of replay", make_context(), settled=False)
    hand(page, Actions(device="pad"))
    page.draw(display, 1.0)
    assert any("LEFT STICK choose" in words for words in drawn), drawn


def test_start_is_not_named_for_choosing_on_the_pages_where_it_does_something_else(display):
    for page in ("pause", "options", "controls", "comms log"):  # Start resumes, or closes the page
        hint = page_hint(default_bindings(), Settings(), "pad", PAGES[page][0])
        assert "START" not in hint, (page, hint)


@pytest.mark.parametrize("pause, said", [(["leftstick"], "A or L3 select"), (["a"], "A select"),
                                         (["start", "x"], "A or START select")])
def test_the_input_that_chooses_as_start_does_is_pause_s_first_on_the_pad_named_once(display, pause, said):
    data = yaml.safe_load(Path(DEFAULT_BINDINGS_PATH).read_text(encoding="utf-8"))
    data["pad"]["pause"] = pause
    bindings = parse_bindings(data, "bindings.yaml")
    assert page_hint(bindings, Settings(), "pad", menu.QUIT_HINTS).split("   ·   ")[1] == said
