"""Tests for inputs two actions answered together share (in a level, on a menu), from a bindings.yaml edited by
hand."""

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame  # noqa: E402
import pytest  # noqa: E402

from game.input.bindings import DEFAULT_BINDINGS_PATH, load_player_bindings  # noqa: E402
from game.input.devices import InputDevices  # noqa: E402
from game.settings import Settings  # noqa: E402


@pytest.fixture(scope="module", autouse=True)
def pygame_started():
    pygame.init()
    yield


def player_file(tmp_path, text: str):
    path = tmp_path / "bindings.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def pressed(bindings, key: int):
    """The Actions of a frame in which `key` went down, as a level reads them."""
    devices = InputDevices(bindings, Settings(), open_controller=lambda index: None)
    devices.handle(pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode="", scancode=0))
    return devices.frame_actions()


def test_escape_given_to_fire_fires_in_a_level_and_no_longer_pauses_which_keeps_p_and_the_title_says_so(tmp_path):
    path = player_file(tmp_path, "keyboard:\n  fire: [escape]\n")
    bindings, lines = load_player_bindings(DEFAULT_BINDINGS_PATH, path)
    actions = pressed(bindings, pygame.K_ESCAPE)
    assert actions.fire and not actions.pause  # it paused, and never fired
    assert pressed(bindings, pygame.K_p).pause
    assert lines == [f"{path}: keyboard: expected each key to do one thing in a level, found escape given to both fire "
                     "and pause (it does fire alone now; pause keeps p; mend it in Options > Controls or in the file)"]
    assert pressed(bindings, pygame.K_ESCAPE).menu_back  # the menus keep theirs: back on every page


def test_w_given_to_pause_pauses_and_no_longer_moves_up_which_keeps_the_arrow(tmp_path):
    path = player_file(tmp_path, "keyboard:\n  pause: [w]\n")
    bindings, lines = load_player_bindings(DEFAULT_BINDINGS_PATH, path)
    actions = pressed(bindings, pygame.K_w)
    assert actions.pause and actions.move == (0.0, 0.0)
    assert pressed(bindings, pygame.K_UP).move == (0.0, -1.0)
    assert pressed(bindings, pygame.K_w).menu_up  # W still chooses in the menus, by design
    assert len(lines) == 1 and "w given to both pause and move_up" in lines[0] and "; move_up keeps up;" in lines[0]


def test_f_given_to_fullscreen_no_longer_fires_the_knuckle_too_and_says_the_knuckle_has_no_key_left(tmp_path):
    path = player_file(tmp_path, "keyboard:\n  fullscreen: [f]\n")
    bindings, lines = load_player_bindings(DEFAULT_BINDINGS_PATH, path)
    actions = pressed(bindings, pygame.K_f)
    assert actions.fullscreen and not actions.knuckle  # both, at once
    assert len(lines) == 1 and "it does fullscreen alone now; knuckle is left with no key or mouse button;" in lines[0]


def test_two_actions_the_file_gives_one_input_leave_it_to_the_first_but_pause_keeps_its_last_key(tmp_path):
    path = player_file(tmp_path, "keyboard:\n  missile: [g]\n  dash: [g]\n  vmax: [p]\n  pause: [p]\n")
    bindings, lines = load_player_bindings(DEFAULT_BINDINGS_PATH, path)
    assert bindings.keyboard["missile"] == (pygame.K_g,) and bindings.keyboard["dash"] == ()
    assert bindings.keyboard["pause"] == (pygame.K_p,) and bindings.keyboard["vmax"] == ()
    assert [line.split("found ")[1].split(" (")[0] for line in lines] == [
        "g given to both missile and dash", "p given to both pause and vmax"]


def test_a_mouse_button_and_a_pad_input_shared_are_settled_too_and_the_order_follows_the_keys_left(tmp_path):
    path = player_file(tmp_path, "mouse:\n  dash: [right]\npad:\n  vmax: [a]\n")
    bindings, lines = load_player_bindings(DEFAULT_BINDINGS_PATH, path)
    assert bindings.mouse["dash"] == (pygame.BUTTON_RIGHT,) and bindings.mouse["missile"] == ()
    assert bindings.inputs("missile", "keyboard") == [("keyboard", pygame.K_e)]
    assert bindings.pad_buttons["vmax"] == (pygame.CONTROLLER_BUTTON_A,)
    assert bindings.pad_buttons["dash"] == (pygame.CONTROLLER_BUTTON_LEFTSHOULDER,)
    assert len(lines) == 2 and "; dash keeps leftshoulder;" in lines[1]


def test_the_game_s_bindings_share_keys_between_the_menus_and_a_level_and_no_clash_is_told(tmp_path):
    # F, the knuckle in a level, which no menu of the game's own answers (E restarts on Easy on the result screen)
    path = player_file(tmp_path, "keyboard:\n  menu_confirm: [f]\n  dash: [left shift]\n")
    bindings, lines = load_player_bindings(DEFAULT_BINDINGS_PATH, path)
    assert lines == [] and bindings.keyboard["knuckle"] == (pygame.K_f,)


# -- the actions every scene answers (fullscreen) against the menus'


def test_return_given_to_fullscreen_no_longer_selects_on_a_menu_too_which_keeps_its_other_keys_and_says_so(tmp_path):
    path = player_file(tmp_path, "keyboard:\n  fullscreen: [return]\n")
    bindings, lines = load_player_bindings(DEFAULT_BINDINGS_PATH, path)
    actions = pressed(bindings, pygame.K_RETURN)
    assert actions.fullscreen and not actions.menu_confirm  # both: the window filled as the menu chose
    assert pressed(bindings, pygame.K_SPACE).menu_confirm and pressed(bindings, pygame.K_KP_ENTER).menu_confirm
    assert lines == [f"{path}: keyboard: expected each key to do one thing on a menu, found return given to both "
                     "fullscreen and menu_confirm (it does fullscreen alone now; menu_confirm keeps enter, space; "
                     "mend it in the file)"]


def test_a_menu_s_last_key_given_to_fullscreen_too_stays_the_menu_s_and_fullscreen_is_left_without_it(tmp_path):
    path = player_file(tmp_path, "keyboard:\n  fullscreen: [backspace]\n  menu_back: [backspace]\npad:\n"
                                 "  fullscreen: [b]\n")
    bindings, lines = load_player_bindings(DEFAULT_BINDINGS_PATH, path)
    assert bindings.keyboard["menu_back"] == (pygame.K_BACKSPACE,) and bindings.keyboard["fullscreen"] == ()
    assert pressed(bindings, pygame.K_BACKSPACE).menu_back and not pressed(bindings, pygame.K_BACKSPACE).fullscreen
    assert bindings.pad_buttons["fullscreen"] == (pygame.CONTROLLER_BUTTON_B,)  # B is not the menus' last: View is
    assert bindings.pad_buttons["menu_back"] == (pygame.CONTROLLER_BUTTON_BACK,)
    assert [line.split("found ")[1].split(" (")[0] for line in lines] == [
        "backspace given to both menu_back and fullscreen", "b given to both fullscreen and menu_back"]
    assert "(it does menu_back alone now; fullscreen is left with no key or mouse button; mend it" in lines[0]


def test_pause_given_a_menu_s_key_is_no_clash_the_menu_answers_it_first(tmp_path):
    path = player_file(tmp_path, "keyboard:\n  pause: [escape, return]\n")
    bindings, lines = load_player_bindings(DEFAULT_BINDINGS_PATH, path)
    assert lines == [] and pressed(bindings, pygame.K_RETURN).menu_confirm  # scenes.menu.closes_page settles it


def test_two_menu_actions_given_one_last_key_both_keep_it_and_the_other_clashes_in_the_file_are_still_settled(tmp_path):
    """W the last key of both menu_up and menu_down: neither may be left without one (bindings.KEPT), so both keep it,
    and the line says so; a settling that left one without refused the whole settling, return doing fullscreen and
    choosing on a menu too, while the lines said W did menu_up alone and return fullscreen alone."""
    path = player_file(tmp_path, "keyboard:\n  menu_up: [w]\n  menu_down: [w]\n  fullscreen: [return]\npad:\n"
                                 "  menu_up: [a]\n  menu_confirm: [a]\n")
    bindings, lines = load_player_bindings(DEFAULT_BINDINGS_PATH, path)
    assert pressed(bindings, pygame.K_RETURN).fullscreen and not pressed(bindings, pygame.K_RETURN).menu_confirm
    assert bindings.keyboard["menu_up"] == bindings.keyboard["menu_down"] == (pygame.K_w,)
    assert bindings.pad_buttons["menu_up"] == bindings.pad_buttons["menu_confirm"] == (pygame.CONTROLLER_BUTTON_A,)
    assert f"{path}: keyboard: expected each key to do one thing on a menu, found w given to both menu_up and " \
           "menu_down (it still does menu_up and menu_down: it is the last key of each; mend it in the file)" in lines
    assert "found a given to both menu_up and menu_confirm (it still does menu_up and menu_confirm: it is the last " \
           "controller input of each; mend it in the file)" in "\n".join(lines)
    assert sum("it does fullscreen alone now" in line for line in lines) == 1


def test_actions_of_two_menu_pages_may_share_an_input_but_not_with_every_page_s_nor_two_of_one_page(tmp_path):
    """The pad's Y empties a slot on the Controls page and watches a best run on the missions page: no page answers
    both. J given to a replay's seek and to every page's confirm, or to its seek back and on, is a clash."""
    assert load_player_bindings(DEFAULT_BINDINGS_PATH, player_file(tmp_path, "keyboard:\n  menu_reset: [r]\n"))[1] == []
    path = player_file(tmp_path, "keyboard:\n  menu_confirm: [return, j]\n")
    bindings, lines = load_player_bindings(DEFAULT_BINDINGS_PATH, path)
    assert [line.split("found ")[1].split(" (")[0] for line in lines] == [
        "j given to both menu_confirm and menu_seek_back"]
    path = player_file(tmp_path, "keyboard:\n  menu_seek_forward: [j]\n")
    lines = load_player_bindings(DEFAULT_BINDINGS_PATH, path)[1]
    assert [line.split("found ")[1].split(" (")[0] for line in lines] == [
        "j given to both menu_seek_forward and menu_seek_back"]


# -- the actions a replay answers while it plays (its speed, seeking, debug and Restart held) against each other


def test_j_given_to_restart_no_longer_seeks_back_too_while_watching_which_keeps_page_up_and_the_title_says_so(
        tmp_path):
    """`restart: [j]` took J from aim left in a level, but J still sought back too: watching, one press seeks 10 s
    back and a hold then watches again from the start."""
    path = player_file(tmp_path, "keyboard:\n  restart: [j]\n")
    bindings, lines = load_player_bindings(DEFAULT_BINDINGS_PATH, path)
    actions = pressed(bindings, pygame.K_j)
    assert actions.restart and not actions.menu_seek_back and not actions.aim_way
    assert pressed(bindings, pygame.K_PAGEUP).menu_seek_back
    assert lines[1:] == [f"{path}: keyboard: expected each key to do one thing while watching a replay, found j given "
                         "to both restart and menu_seek_back (it does restart alone now; menu_seek_back keeps page up; "
                         "mend it in the file)"]
    assert "found j given to both restart and aim_left" in lines[0]  # in a level, as before


def test_a_replay_s_controls_clash_with_debug_on_a_key_no_level_uses_and_on_the_pad_but_not_with_what_it_never_answers(
        tmp_path):
    """Restart and the menus' back or the Controls page's reset share no scene while a replay plays: no clash.
    Nor does Pause given a replay's key: the replay's control takes the press (scenes.replay.ReplayScene._steers)."""
    for text in ("keyboard:\n  restart: [backspace]\n", "keyboard:\n  restart: [delete]\n",
                 "pad:\n  restart: [b]\n", "keyboard:\n  pause: [escape, page down]\n"):
        assert load_player_bindings(DEFAULT_BINDINGS_PATH, player_file(tmp_path, text))[1] == [], text
    path = player_file(tmp_path, "keyboard:\n  debug: [page down]\npad:\n  debug: [dpright]\n")
    bindings, lines = load_player_bindings(DEFAULT_BINDINGS_PATH, path)
    assert bindings.keyboard["menu_seek_forward"] == (pygame.K_l,)
    assert bindings.pad_buttons["menu_right"] == ()  # the moving stick still steps the speed
    assert [line.split("found ")[1].split(" (")[0] for line in lines] == [
        "dpright given to both debug and move_right",  # in a level
        "page down given to both debug and menu_seek_forward", "dpright given to both debug and menu_right"]
    assert all(" while watching a replay, " in line for line in lines[1:])

