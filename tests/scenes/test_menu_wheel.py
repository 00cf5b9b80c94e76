"""The mouse wheel on the menus: a row per notch, up turned away and down turned back, stopping at the first and last
row (never round to the far end) on the title, the pause menu, Options and Controls; the comms log scrolls its own."""

import pytest

from game.input.actions import Actions
from game.scenes.controls import ACTION_ROWS, ControlsScene
from game.scenes.options import OptionsScene
from game.scenes.pause import PauseScene
from game.scenes.play import PlayScene

pytestmark = pytest.mark.usefixtures("config_dir")  # the player's files in a folder of the test's own
AWAY, BACK = 1, -1  # Actions.scroll: notches turned away from the player (up), and back towards them (down)


def wheel(page, notches: int) -> None:
    page.handle(Actions(scroll=notches))


def test_the_wheel_steps_the_title_s_choice_and_stops_at_quit(ctx):
    title = ctx.stack[-1]
    wheel(title, BACK)
    assert title.menu.options[title.menu.selected] == "Options"
    wheel(title, 3 * BACK)  # a spin on past the end
    assert title.menu.options[title.menu.selected] == "Quit" and ctx.running  # chosen, not confirmed


def test_the_wheel_steps_the_pause_menu_and_away_from_resume_does_not_reach_main_menu(ctx):
    ctx.stack[-1].handle(Actions(menu_confirm=True))  # Launch
    assert isinstance(ctx.stack[-1], PlayScene)
    ctx.stack[-1].handle(Actions(pause=True))
    pause = ctx.stack[-1]
    assert isinstance(pause, PauseScene)
    ctx.audio.played.clear()
    wheel(pause, AWAY)
    assert pause.menu.options[pause.menu.selected] == "Resume" and ctx.audio.played == []  # at the top: no move
    wheel(pause, 2 * BACK)
    assert pause.menu.options[pause.menu.selected] == "Options" and ctx.audio.played == ["ui_move"]
    assert ctx.stack[-1] is pause  # the wheel chooses; only a click or confirm selects


def test_the_wheel_moves_the_chosen_options_row_and_stops_at_the_first_and_at_back(ctx):
    ctx.push(OptionsScene(ctx, ctx.stack[-1]))
    options = ctx.stack[-1]
    settings = ctx.settings
    wheel(options, BACK)
    assert options.selected == 1  # Flashes, under Screen shake
    wheel(options, AWAY)
    wheel(options, AWAY)
    assert options.selected == 0  # not round to Back
    wheel(options, 20 * BACK)
    assert options.selected == options.entries - 1  # Back, the last: not round to the first
    assert ctx.settings == settings and ctx.stack[-1] is options  # no value changed, Back not taken


def test_the_wheel_moves_the_controls_page_s_row_in_its_column_but_not_while_a_slot_waits(ctx):
    ctx.push(OptionsScene(ctx, ctx.stack[-1]))
    ctx.push(ControlsScene(ctx, ctx.stack[-1]))
    page = ctx.stack[-1]
    page.column = 2
    wheel(page, 2 * BACK)
    assert (page.row, page.column) == (2, 2)  # Move left, its controller column still
    wheel(page, 5 * AWAY)
    assert page.row == 0
    page.handle(Actions(menu_confirm=True))
    assert page.waiting
    wheel(page, BACK)
    assert page.row == 0 and page.waiting  # the slot still waits for its input
    page.handle(Actions(captured=("keyboard", "escape")))
    wheel(page, 40 * BACK)
    assert page.row == len(ACTION_ROWS) + 1  # Back, the last
