"""The menu pages read well in a 1104x621 window and agree with each other: the Controls table set large in the
page's height with nothing overlapping, the aiming stick named in the Aim rows' empty controller cells, the pause
menu clear of its hint lines and they of the gauges, a question's hint saying how to answer it, every hint line in one
form, and Back on the title picking Quit, then quitting."""

import dataclasses
import itertools

import pygame
import pytest

from game.input.actions import Actions
from game.input.bindings import default_bindings
from game.scenes import comms, controls, menu, missions, options, pause, replay, title
from game.scenes.controls import ACTION_ROWS, COLUMNS
from game.settings import Settings
from game.view.controls import page_hint
from game.view.hud_plates import vmax_plate
from tests.drawn_words import record_drawn_rects
from tests.scenes.conftest import hand
from tests.scenes.test_controls import ROW, open_controls, rebind
from tests.scenes.test_start_again import saved_48_in, title_on_launch

SHOWN_AT = 1104 / 1280  # the frame's scale in the window a 1280x720 desktop gives the game
AIMS = ("aim_up", "aim_down", "aim_left", "aim_right")
PAD_1, PAD_2 = COLUMNS.index(("pad", 0)), COLUMNS.index(("pad", 1))

pytestmark = pytest.mark.usefixtures("config_dir")


def capitals(size: int, bold: bool = False) -> int:
    """px from a capital's top to the baseline at `size`."""
    face = pygame.font.Font(None, size)
    face.set_bold(bold)
    return face.metrics("M")[0][3]


def sizes_drawn(monkeypatch, module) -> list[tuple[str, pygame.Rect, int]]:
    """(words, where, size) of every string `module` draws with draw_text, in order."""
    drawn, real = [], module.draw_text

    def draw_text(surface, text, pos, size=24, *args, **kwargs):
        drawn.append((text, real(surface, text, pos, size, *args, **kwargs), size))
        return drawn[-1][1]

    monkeypatch.setattr(module, "draw_text", draw_text)
    return drawn


# --- the Controls page -------------------------------------------------------------------------------------------

def test_the_controls_table_s_rows_and_cells_are_at_least_10_px_capitals_in_a_1104x621_window(ctx, monkeypatch):
    page = open_controls(ctx)
    drawn = sizes_drawn(monkeypatch, controls)
    page.draw(pygame.display.get_surface(), 0.0)
    names = {label.upper() for _, label in ACTION_ROWS}
    labels = [(words, size) for words, _, size in drawn if words in names]
    inputs = [(words, size) for words, _, size in drawn if words in ("W", "D-PAD UP", "SPACE", "ESCAPE", "START")]
    assert len(labels) == len(ACTION_ROWS) and len(inputs) == 5
    for words, size in labels + inputs:  # at 22 and 20 px they were 9 and 8 px: a squint
        assert capitals(size) * SHOWN_AT >= 10, (words, size)


@pytest.mark.parametrize("chosen", ["fire", "reset", "waiting"])
def test_nothing_on_the_controls_page_overlaps_and_all_stays_on_its_plate(ctx, monkeypatch, chosen):
    """Every word drawn (the rows, the cells, the stick notes, Reset and Back, a notice of two rows, the hint) clear of
    every other, inside the plate."""
    page = open_controls(ctx)
    page.ctx.settings = dataclasses.replace(page.ctx.settings, pad_move_stick="right")
    if chosen == "reset":
        page.row = len(ACTION_ROWS)
    else:
        rebind(page, "fire", COLUMNS.index(("keyboard", 1)), ("mouse", "right"))  # the missiles lose it: a notice
        page.notice = page.notice + ", " + page.notice  # as long as two rows
        if chosen == "waiting":
            page.row, page.column = ROW["missile"], PAD_1
            hand(page, Actions(menu_confirm=True, device="pad"))
    drawn = sizes_drawn(monkeypatch, controls)
    lines, real_lines = [], controls.draw_lines
    monkeypatch.setattr(controls, "draw_lines", lambda *args, **kwargs: lines.append(real_lines(*args, **kwargs))
                        or lines[-1])
    surface = pygame.display.get_surface()
    page.draw(surface, 0.0)
    plate = pygame.Rect(0, 0, *controls.PANEL_SIZE)
    plate.center = surface.get_rect().center
    boxes = [(words, rect) for words, rect, _ in drawn]
    boxes += [("button " + str(i), rect) for i, rect in enumerate(page.buttons)]
    if lines:  # the notice's rows, from under the buttons to the y draw_lines returns
        boxes.append(("notice", pygame.Rect(plate.left, page.buttons[0].bottom + 1, plate.w, lines[0] -
                                            page.buttons[0].bottom - 1)))
    boxes = [(words, rect) for words, rect in boxes if not (words in ("RESET TO DEFAULTS", "BACK")
                                                             and rect.collidelist(page.buttons) >= 0)]
    for (one, a), (other, b) in itertools.combinations(boxes, 2):
        assert not a.colliderect(b), (one, a, other, b)
    for words, rect in boxes:
        assert plate.contains(rect), (words, rect)


@pytest.mark.parametrize("stick", ["left", "right"])
def test_a_pad_player_reads_the_aiming_stick_once_beside_the_aim_rows_not_again_in_their_cells(ctx, monkeypatch,
                                                                                                stick):
    """The Aim rows' first controller cells said RIGHT STICK, dimmed, four times over, beside a bracket that names the
    right stick already (RIGHT STICK AIMS ONLY, RT FIRES): said once, in the bracket, as the Move rows' stick is; the
    empty cells a dash, as every empty cell."""
    ctx.settings = dataclasses.replace(ctx.settings, pad_move_stick="left" if stick == "right" else "right")
    page = open_controls(ctx)
    drawn = sizes_drawn(monkeypatch, controls)
    page.draw(pygame.display.get_surface(), 0.0)
    for action in AIMS:
        for column in (PAD_1, PAD_2):
            cell = page.cells[ROW[action]][column]
            assert [words for words, rect, _ in drawn if cell.contains(rect)] == ["—"], (action, column)
    assert f"{stick.upper()} STICK" not in [words for words, _, _ in drawn]
    beside = [words for words, rect, _ in drawn if rect.left > page.cells[ROW["aim_up"]][PAD_2].right]
    assert beside.count(stick.upper()) == 1  # the Aim rows' bracket: RIGHT, STICK, AIMS ONLY, RT FIRES


def test_the_aim_rows_first_controller_cell_still_takes_a_button_and_then_names_it(ctx, monkeypatch):
    page = open_controls(ctx)
    rebind(page, "aim_up", PAD_1, ("pad", "rightshoulder"), device="pad")
    assert page.slots("aim_up", "pad") == [("pad", "rightshoulder")]
    drawn = sizes_drawn(monkeypatch, controls)
    page.draw(pygame.display.get_surface(), 0.0)
    cell = page.cells[ROW["aim_up"]][PAD_1]
    assert [words for words, rect, _ in drawn if cell.contains(rect)] == ["RB"]


# --- the pause page --------------------------------------------------------------------------------------------

def test_the_pause_menu_its_controls_line_its_hint_and_the_gauges_each_stand_16_px_apart(ctx, monkeypatch):
    from tests.scenes.test_flow import launch
    drawn = record_drawn_rects(monkeypatch, pause)
    play = launch(ctx)
    play.handle(Actions(pause=True))
    page = ctx.stack[-1]
    surface = pygame.display.get_surface()
    page.draw(surface, 1.0)
    panel = page.menu.area(surface.get_width() / 2, pause.MENU_TOP).inflate(0, 2 * menu.PLATE_PAD[1])
    controls_line, hint = (drawn[words] for words in (page.controls(), next(w for w in drawn if "choose" in w)))
    gauges = vmax_plate(*surface.get_size()).top  # the gauges stand in a row
    assert controls_line.top - panel.bottom >= 16  # was 6 px
    assert hint.top - controls_line.bottom >= 6  # as before
    assert gauges - hint.bottom >= 16  # was 10 px


# --- a question's hint ---------------------------------------------------------------------------------------------

def pause_asking(ctx, option):
    from tests.scenes.test_flow import launch
    play = launch(ctx)
    play.handle(Actions(pause=True))
    page = ctx.stack[-1]
    page.menu.selected = page.menu.options.index(option)
    hand(page, Actions(menu_confirm=True))
    return page


@pytest.mark.parametrize("option, does", [("Main menu", "leave"), ("Restart", "restart")])
def test_while_the_pause_menu_asks_its_hint_says_how_to_answer(ctx, monkeypatch, option, does):
    drawn = record_drawn_rects(monkeypatch, pause)
    page = pause_asking(ctx, option)
    assert page.asking.option == option
    page.draw(pygame.display.get_surface(), 1.0)
    assert f"RETURN or click {does}   ·   ESCAPE or right-click resume" in drawn
    hand(page, Actions(menu_up=True, device="pad"))  # taken back: the plain hint again
    drawn.clear()
    page.draw(pygame.display.get_surface(), 1.0)
    assert "D-PAD UP/DOWN or LEFT STICK choose   ·   A select   ·   B resume" in drawn


def test_while_launch_on_the_title_asks_its_hint_says_how_to_answer_and_back_keeps_the_run(display, monkeypatch):
    saved = saved_48_in()
    page = title_on_launch(display)
    drawn = record_drawn_rects(monkeypatch, title)
    hand(page, Actions(menu_confirm=True))
    page.draw(display, 1.0)
    assert "RETURN or click start again   ·   ESCAPE keep the saved run" in drawn
    hand(page, Actions(menu_back=True))
    assert page.menu.options[1] == "Launch" and page.menu.selected == 1 and page.ctx.running
    from game.saves import save_path
    assert save_path().read_bytes() == saved


def test_while_a_mission_asks_the_missions_page_hint_says_how_to_answer(display, monkeypatch):
    from tests.scenes.test_start_again import missions_with_a_saved_run
    page, _ = missions_with_a_saved_run(display)
    drawn = record_drawn_rects(monkeypatch, missions)
    hand(page, Actions(menu_confirm=True, device="pad"))
    page.draw(display, 1.0)
    assert "A or START start again   ·   B back" in drawn


# --- one form of hint ------------------------------------------------------------------------------------------

HINT_SETS = {
    "menu_hints": menu.menu_hints("select", "back", start=True, right_click=True),
    "options": options.HINTS, "controls": controls.HINTS, "comms log": comms.HINTS,
    "end of replay's seeking": replay.SEEK_BACK_HINTS,
    # the replay plate's controls, every line's parts ("J held rewind", not "J held: rewind"), at each speed it names
    **{f"replay plate at {speed:g}x": {device: tuple(part for line in replay.control_lines(speed) for part in line)
                                       for device in ("keyboard", "pad")} for speed in replay.SPEEDS},
}


@pytest.mark.parametrize("device", ["keyboard", "pad"])
@pytest.mark.parametrize("name", HINT_SETS)
def test_every_hint_line_names_its_inputs_then_what_they_do_with_no_colon(display, name, device):
    hint = page_hint(default_bindings(), Settings(), device, HINT_SETS[name])
    assert hint and ":" not in hint, hint


# --- Back on the title -------------------------------------------------------------------------------------------

def test_back_on_the_title_picks_quit_and_says_so_then_quits_from_there(ctx, monkeypatch):
    page = ctx.stack[-1]
    drawn = record_drawn_rects(monkeypatch, title)
    page.draw(pygame.display.get_surface(), 1.0)
    assert "W/S or UP/DOWN choose   ·   RETURN or click select   ·   ESCAPE twice quit" in drawn
    hand(page, Actions(menu_back=True))
    assert page.menu.options[page.menu.selected] == "Quit" and ctx.running  # one stray press closes nothing
    drawn.clear()
    page.draw(pygame.display.get_surface(), 1.0)
    assert "W/S or UP/DOWN choose   ·   RETURN or click select   ·   ESCAPE quit" in drawn
    hand(page, Actions(menu_back=True))
    assert not ctx.running


def test_p_on_the_title_still_does_nothing(ctx):
    page = ctx.stack[-1]
    chosen = page.menu.selected
    hand(page, Actions(pause=True))  # P: pause alone, not back
    assert page.menu.selected == chosen and ctx.running and ctx.stack == [page]

