"""The title's foot: the controls as the bindings have them on the device in use, and what was wrong in the
player's files as the game started."""

import dataclasses
from pathlib import Path

import pygame
import pytest
import yaml

from game.app import App
from game.content.chain import LEVELS
from game.input.actions import Actions
from game.input.bindings import DEFAULT_BINDINGS_PATH, parse_bindings
from game.scenes import title as title_module
from game.scenes.title import TitleScene
from game.session import DEFAULT_LEVEL
from game.settings import Settings
from game.view import text as text_module
from game.view.text import font, wrap
from tests.drawn_words import record_drawn_words
from tests.maps import TILE, write_map
from tests.scenes.conftest import hand, make_context


@pytest.fixture
def said(display, monkeypatch):
    """Every string the title draws, in order (the rows under its menu set by the text module's draw_rows)."""
    return record_drawn_words(monkeypatch, title_module, text_module)


def rebound(**keyboard):
    data = yaml.safe_load(Path(DEFAULT_BINDINGS_PATH).read_text(encoding="utf-8"))
    data["keyboard"].update(keyboard)
    return parse_bindings(data, "bindings.yaml")


def test_the_controls_line_follows_the_bindings_and_the_device(said):
    ctx = make_context()
    ctx.bindings = rebound(dash=["left ctrl"], pause=["p"])
    title = TitleScene(ctx)
    title.draw(pygame.display.get_surface(), 1.0)
    assert said[-1] == ("WASD move · MOUSE aim · IJKL aim and fire · LEFT MOUSE fire · E missiles · F knuckle"
                        " · LEFT CTRL dash · Q V-MAX · P pause · R restart (hold)")
    hand(title, Actions(device="pad"))
    said.clear()
    title.draw(pygame.display.get_surface(), 1.0)
    assert said[-1] == ("LEFT STICK move · RIGHT STICK aim · RT fire · LT missiles · X knuckle · A dash · Y V-MAX"
                        " · START pause · VIEW restart (hold)")


def test_a_controls_line_of_long_key_names_is_set_smaller_or_cut_never_off_the_screen(display, monkeypatch):
    ctx = make_context()
    ctx.bindings = rebound(missile=["left ctrl"], knuckle=["right ctrl"], dash=["caps lock"], vmax=["print screen"],
                           pause=["scroll lock"])  # 1,296 px at the line's 22 px
    drawn = []
    real = title_module.draw_text
    monkeypatch.setattr(title_module, "draw_text", lambda surface, text, pos, size, *a, **k: (
        drawn.append((text, size)), real(surface, text, pos, size, *a, **k))[1])
    surface = pygame.display.get_surface()
    TitleScene(ctx).draw(surface, 1.0)
    line, size = drawn[-1]
    assert line.startswith("WASD move") and title_module.font(size).size(line)[0] <= surface.get_width() - 48


def test_a_settings_file_with_a_mistake_is_said_on_the_title_not_only_in_the_console(player_files, said):
    (player_files / "settings.yaml").write_text("screen_shake: loud\n", encoding="utf-8")
    app = App(DEFAULT_LEVEL, seed=1, audio=False)
    try:
        title = app.ctx.stack[-1]
        title.draw(app.window, 1.0)
        assert any('screen_shake: expected a number from 0 to 1, found "loud"' in text for text in said)
    finally:
        pygame.quit()


def test_more_file_problems_than_fit_are_counted_and_fixing_the_settings_in_options_clears_theirs(player_files, said):
    ctx = make_context()
    settings = str(player_files / "settings.yaml")
    ctx.file_problems = [f"{settings}: screen_shake: expected a number", "bindings.yaml: keyboard.dash[0]: ...",
                         "bindings.yaml: keyboard.vmax[0]: ...", "bindings.yaml: pad.dead_zone: ..."]
    title = TitleScene(ctx)
    ctx.push(title)
    title.draw(pygame.display.get_surface(), 1.0)
    assert "... and 1 more (the console lists them all)" in said  # one row each: three fit
    title.handle(Actions(menu_down=True))  # Options
    title.handle(Actions(menu_confirm=True))
    ctx.stack[-1].handle(Actions(menu_confirm=True))  # screen shake changed: the settings file written whole
    assert [line for line in ctx.file_problems if line.startswith(settings)] == []
    assert len(ctx.file_problems) == 3  # the bindings' are still true


def test_a_file_problem_is_shown_whole_or_counted_never_cut_off_mid_sentence(said):
    ctx = make_context()
    title = TitleScene(ctx)
    face, width = font(title_module.TOLD_SIZE), pygame.display.get_surface().get_width() - 120
    short = 'settings.yaml: screen_shake: expected a number from 0 to 1, found "loud"'
    long = 'bindings.yaml: keyboard.knuckle[0]: expected a key name, found "nosuchkey" ' + "(a hint) " * 20

    def shown(problems: list[str]) -> list[str]:
        """The rows under the menu (the hint and controls lines left out) with the player's files' problems as given."""
        ctx.file_problems = problems
        said.clear()
        title.draw(pygame.display.get_surface(), 1.0)
        return said[said.index(wrap(problems[0], face, width)[0]):-2]

    assert len(wrap(long, face, width)) == 2
    assert shown([short, long, short, short]) == [short, *wrap(long, face, width),
                                                  "... and 2 more (the console lists them all)"]
    # The second does not fit whole under the first: it is counted, not cut off.
    assert shown([long, long]) == [*wrap(long, face, width), "... and 1 more (the console lists them all)"]
    alone = shown(["a problem much too long " * 40])  # alone longer than the rows: cut, and it says so
    assert len(alone) == 3 and alone[-1].endswith("…")


def test_an_error_longer_than_the_room_under_the_menu_is_cut_and_says_so(said):
    ctx = make_context()
    title = TitleScene(ctx)
    title.menu.options.insert(0, "Continue")  # four options: the least room
    title.error = "a long complaint " * 60
    title.draw(pygame.display.get_surface(), 1.0)
    menu_bottom = title.menu.rects[-1].bottom
    rows = said[said.index(title.story) + 1:-2]  # after SPT LAYZNER and the story line; before the hint and
    from game.view.text import ROWS_PLATE_PAD
    face = font(title_module.TOLD_SIZE)
    assert rows[-1] == "... (the console has it all)" and len(rows) < len(wrap(title.error, face, 1280 - 120))
    foot = 720 - title_module.CONTROLS_Y - 2 - ROWS_PLATE_PAD  # the rows' plate ends 2 px over the controls line
    assert menu_bottom <= foot - face.get_linesize() * len(rows) - ROWS_PLATE_PAD  # the plate's top, over the first row


def test_the_pad_line_names_the_stick_that_moves_as_the_settings_have_it(said):
    ctx = make_context()
    ctx.settings = dataclasses.replace(ctx.settings, pad_move_stick="right")
    title = TitleScene(ctx)
    hand(title, Actions(device="pad"))
    title.draw(pygame.display.get_surface(), 1.0)
    assert said[-1].startswith("RIGHT STICK move · LEFT STICK aim · ")


def test_the_options_and_comms_hints_name_the_controls_as_rebound(display, monkeypatch):
    from game.scenes import comms as comms_module
    from game.scenes import options as options_module
    from game.scenes.comms import CommsScene
    from game.scenes.options import OptionsScene
    from game.scenes.play import PlayScene
    in_options, in_comms = (record_drawn_words(monkeypatch, module) for module in (options_module, comms_module))
    ctx = make_context()
    ctx.bindings = rebound(menu_back=["tab"], menu_up=["i"], menu_down=["k"])
    OptionsScene(ctx, TitleScene(ctx)).draw(display, 1.0)
    play = PlayScene(ctx)
    play.game.res.comms.extend((i * 7.0, "rei", f"Line number {i}.") for i in range(60))  # more than a page: the
    CommsScene(ctx, play).draw(display, 1.0)  # hint names scrolling and paging (one page names only back)
    assert in_options[-1] == \
        "I/K choose   ·   A/D or LEFT/RIGHT change   ·   RETURN or click next value   ·   TAB or right-click back"
    assert in_comms[-1] == "I/K or wheel scroll   ·   A/D or LEFT/RIGHT or click an arrow turn the page   ·   " \
                           "TAB or right-click or click outside back"


def test_a_hint_names_the_half_of_a_pair_still_bound_and_the_pads_view_button_by_its_name(display):
    from game.view.controls import control_name, menu_hint
    bindings = rebound(menu_left=[])
    hint = menu_hint(bindings, Settings(), "keyboard", ((("menu_left", "menu_right"), "change"),))
    assert hint == "D or RIGHT change"  # every key still bound, and none as if it went both ways
    data = yaml.safe_load(Path(DEFAULT_BINDINGS_PATH).read_text(encoding="utf-8"))
    data["pad"]["menu_back"] = ["back"]
    assert control_name(parse_bindings(data, "bindings.yaml"), "menu_back", "pad") == "VIEW"


def test_the_title_plays_its_own_track_from_the_first_showing_and_again_after_a_level(ctx):
    title = ctx.stack[-1]
    title.frame(1 / 60)
    assert ctx.audio.music == "mars_wind"  # the wind over the Mars base, the game's first map
    title.handle(Actions(menu_confirm=True))  # Launch
    ctx.audio.play_music("relay_theme")  # as a level with a track of its own does
    ctx.leave()  # back to the title, as Quit does
    ctx.stack[-1].frame(1 / 60)
    assert ctx.audio.music == "mars_wind"


def test_a_campaign_opening_in_new_york_has_its_title_play_new_york_not_the_mars_wind(display):
    """`--campaign` on a designer's city map: the title blew the Mars base's dust-storm wind over it."""
    ctx = make_context(LEVELS / "new_york.tmx")
    ctx.push(TitleScene(ctx))
    ctx.stack[-1].frame(1 / 60)
    assert ctx.audio.music == "manhattan_night"


def test_a_campaign_whose_first_map_has_no_track_has_a_quiet_title(display, tmp_path):
    pygame.image.save(pygame.Surface((TILE * 2, TILE)), tmp_path / "test.png")  # the test tileset's image
    ctx = make_context(write_map(tmp_path, ["#####", "#.P.#", "#####"]))
    ctx.push(TitleScene(ctx))
    ctx.stack[-1].frame(1 / 60)
    assert ctx.audio.music == ""


def test_start_on_a_pad_chooses_on_the_title_and_esc_on_the_keyboard_does_not(ctx):
    title = ctx.stack[-1]
    title.handle(Actions(pause=True, device="keyboard"))  # Esc or P
    assert ctx.stack[-1] is title
    title.handle(Actions(pause=True, device="pad"))  # Start: Launch, the option chosen
    assert ctx.stack[-1] is not title


def test_prompts_name_keypad_keys_as_such_and_keep_letters_beyond_ascii_as_they_are():
    from game.view.controls import input_label
    assert input_label("keyboard", "[5]") == "KEYPAD 5" and input_label("keyboard", "[+]") == "KEYPAD +"
    assert input_label("keyboard", "enter") == "KEYPAD ENTER"  # SDL's name for it: the main one is RETURN
    assert input_label("keyboard", "ß") == "ß" and input_label("keyboard", "left shift") == "LEFT SHIFT"


@pytest.mark.parametrize("keys, said_of_it", [(["f5"], " · F5 restart (hold)"), (["r"], " · R restart (hold)"),
                                              ([], "")])
def test_the_controls_line_ends_with_restart_held_as_the_player_bound_it_or_not_at_all(said, keys, said_of_it):
    ctx = make_context()
    ctx.bindings = rebound(restart=keys)
    TitleScene(ctx).draw(pygame.display.get_surface(), 1.0)
    assert said[-1].endswith(" · ESCAPE pause" + said_of_it)  # after the rest, as the pause menu tells of it
