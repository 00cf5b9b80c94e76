"""How the keys, a pad and the mouse move the choice on the menus, Options and Controls: round the ends, onto what a
moving mouse points at, across the buttons side by side, each move with the menus' move sound and each choice with
their confirm sound (the pages share one cursor for it: menu.MenuCursor)."""

import pygame
import pytest

from game.input.actions import Actions
from game.scenes.controls import ACTION_ROWS, COLUMNS
from game.scenes.menu import Menu
from game.scenes.options import ROWS, OptionsScene
from tests.scenes.conftest import RecordingAudio
from tests.scenes.test_controls import open_controls

pytestmark = pytest.mark.usefixtures("config_dir")  # the player's files in a folder of the test's own
OPTIONS_ENTRIES = len(ROWS) + 2  # the settings, Controls and Back
CONTROLS_ENTRIES = len(ACTION_ROWS) + 2  # the actions, Reset and Back


def heard(ctx) -> list[str]:
    """The sounds played since the last call."""
    played, ctx.audio.played = ctx.audio.played, []
    return played


def open_options(ctx) -> OptionsScene:
    ctx.push(OptionsScene(ctx, ctx.stack[-1]))
    page = ctx.stack[-1]
    page.draw(pygame.display.get_surface(), 0.0)  # where each row is, for the mouse
    heard(ctx)
    return page


@pytest.mark.parametrize("device", ["keyboard", "pad"])
def test_options_up_from_the_first_row_goes_round_to_back_and_down_from_back_to_the_first(ctx, device):
    page = open_options(ctx)
    page.handle(Actions(menu_up=True, device=device))
    assert page.selected == OPTIONS_ENTRIES - 1 and heard(ctx) == ["ui_move"]
    page.handle(Actions(menu_down=True, device=device))
    assert page.selected == 0 and heard(ctx) == ["ui_move"]
    for _ in range(OPTIONS_ENTRIES):
        page.handle(Actions(menu_down=True, device=device))
    assert page.selected == 0 and heard(ctx) == ["ui_move"] * OPTIONS_ENTRIES


def test_options_left_and_right_go_between_controls_and_back_and_stop_there(ctx):
    page = open_options(ctx)
    page.selected = len(ROWS)  # Controls
    page.handle(Actions(menu_left=True))
    assert page.selected == len(ROWS) and heard(ctx) == []  # nothing further left: no move, no sound
    page.handle(Actions(menu_right=True))
    assert page.selected == len(ROWS) + 1 and heard(ctx) == ["ui_move"]
    page.handle(Actions(menu_right=True))
    assert page.selected == len(ROWS) + 1 and heard(ctx) == []
    page.handle(Actions(menu_left=True))
    assert page.selected == len(ROWS) and heard(ctx) == ["ui_move"]


def test_options_a_moving_mouse_chooses_the_row_it_points_at_once_with_one_sound(ctx):
    page = open_options(ctx)
    target = page.rects[3].center
    page.handle(Actions(pointer=target))  # first seen, over a row: resting, as the page opened under it
    assert page.selected == 0 and heard(ctx) == []
    page.handle(Actions(pointer=(5, 5)))
    page.handle(Actions(pointer=target))
    assert page.selected == 3 and heard(ctx) == ["ui_move"]
    page.handle(Actions(pointer=(target[0] + 4, target[1])))  # moving on the same row: no new move
    assert page.selected == 3 and heard(ctx) == []
    page.handle(Actions(pointer=(5, 5)))  # off every row: the choice stays
    assert page.selected == 3 and heard(ctx) == []
    page.handle(Actions(pointer=page.rects[-1].center))
    assert page.selected == OPTIONS_ENTRIES - 1 and heard(ctx) == ["ui_move"]


def test_options_back_and_pause_close_the_page_with_the_confirm_sound(ctx):
    for closing in ({"menu_back": True}, {"pause": True}):
        title = ctx.stack[-1]
        open_options(ctx).handle(Actions(**closing))
        assert ctx.stack[-1] is title and heard(ctx) == ["ui_confirm"]


def test_options_a_click_off_every_row_leaves_the_keys_pressed_with_it_their_say(ctx):
    page = open_options(ctx)
    page.handle(Actions(click=(5, 5), menu_down=True))
    assert page.selected == 1 and heard(ctx) == ["ui_move"]
    before = ctx.settings.flashes
    page.handle(Actions(click=(5, 5), menu_confirm=True))  # confirm on a row: its next value
    assert ctx.settings.flashes != before and heard(ctx) == ["ui_move"]


@pytest.mark.parametrize("device", ["keyboard", "pad"])
def test_controls_up_and_down_go_round_the_actions_reset_and_back(ctx, device):
    page = open_controls(ctx)
    heard(ctx)
    page.handle(Actions(menu_up=True, device=device))
    assert (page.row, page.column) == (CONTROLS_ENTRIES - 1, 0) and heard(ctx) == ["ui_move"]
    page.handle(Actions(menu_down=True, device=device))
    assert page.row == 0 and heard(ctx) == ["ui_move"]


def test_controls_left_and_right_go_round_the_columns_of_an_action_and_do_nothing_on_reset_and_back(ctx):
    page = open_controls(ctx)
    heard(ctx)
    page.handle(Actions(menu_left=True))
    assert page.column == len(COLUMNS) - 1 and heard(ctx) == ["ui_move"]
    page.handle(Actions(menu_right=True))
    assert page.column == 0 and heard(ctx) == ["ui_move"]
    page.row = len(ACTION_ROWS)  # Reset to defaults
    for side in ("menu_left", "menu_right"):
        page.handle(Actions(**{side: True}))
        assert (page.row, page.column) == (len(ACTION_ROWS), 0) and heard(ctx) == []


def test_controls_a_moving_mouse_chooses_the_cell_or_button_it_points_at(ctx):
    page = open_controls(ctx)
    page.draw(pygame.display.get_surface(), 0.0)
    heard(ctx)
    page.handle(Actions(pointer=(5, 5)))  # first seen: resting
    page.handle(Actions(pointer=page.cells[4][2].center))
    assert (page.row, page.column) == (4, 2) and heard(ctx) == ["ui_move"]
    page.handle(Actions(pointer=page.cells[4][3].center))  # the same row, another column: a move
    assert (page.row, page.column) == (4, 3) and heard(ctx) == ["ui_move"]
    page.handle(Actions(pointer=page.buttons[1].center))  # Back
    assert (page.row, page.column) == (len(ACTION_ROWS) + 1, 0) and heard(ctx) == ["ui_move"]
    page.handle(Actions(pointer=(page.buttons[1].centerx + 3, page.buttons[1].centery)))
    assert heard(ctx) == []
    page.handle(Actions(pointer=(5, 5)))
    assert (page.row, page.column) == (len(ACTION_ROWS) + 1, 0) and heard(ctx) == []


def test_controls_a_click_ends_the_frame_there_even_off_every_cell(ctx):
    page = open_controls(ctx)
    page.draw(pygame.display.get_surface(), 0.0)
    heard(ctx)
    page.handle(Actions(click=(5, 5), menu_confirm=True))  # off the page's cells: neither a wait nor a move
    assert not page.waiting and heard(ctx) == []
    page.handle(Actions(click=page.buttons[0].center))  # Reset to defaults: chosen at once
    assert (page.row, page.column) == (len(ACTION_ROWS), 0) and heard(ctx) == ["ui_confirm"]


def test_controls_back_and_pause_close_the_page_with_the_confirm_sound(ctx):
    for closing in ({"menu_back": True}, {"pause": True}):
        page = open_controls(ctx)
        options = page.back_to
        heard(ctx)
        page.handle(Actions(**closing))
        assert ctx.stack[-1] is options and heard(ctx) == ["ui_confirm"]
        options.leave()


def menu_of_three() -> tuple[Menu, RecordingAudio]:
    audio = RecordingAudio()
    menu = Menu(["Launch", "Options", "Quit"], audio)
    menu.rects = [pygame.Rect(0, 54 * i, 300, 44) for i in range(3)]
    return menu, audio


def test_a_menu_goes_round_its_ends_with_a_sound_each_move_and_confirms_with_another():
    menu, audio = menu_of_three()
    assert menu.handle(Actions(menu_up=True)) is None and menu.selected == 2
    assert menu.handle(Actions(menu_down=True)) is None and menu.selected == 0
    assert menu.handle(Actions(menu_confirm=True)) == "Launch"
    assert audio.played == ["ui_move", "ui_move", "ui_confirm"]


def test_a_menu_s_option_pointed_at_is_chosen_with_one_sound_and_one_clicked_is_chosen_at_once():
    menu, audio = menu_of_three()
    menu.handle(Actions(pointer=(10, 400)))
    menu.handle(Actions(pointer=(10, 60)))
    menu.handle(Actions(pointer=(12, 61)))
    assert menu.selected == 1 and audio.played == ["ui_move"]
    assert menu.handle(Actions(click=(10, 120))) == "Quit" and audio.played == ["ui_move", "ui_confirm"]
    assert menu.handle(Actions(click=(10, 400), menu_confirm=True)) == "Options"  # a click on none: the keys' choice


def test_a_menu_without_audio_moves_in_silence():
    menu = Menu(["Launch", "Quit"])
    menu.handle(Actions(menu_down=True))
    assert menu.selected == 1
