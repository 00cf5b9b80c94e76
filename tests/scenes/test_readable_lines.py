"""The lines a player reads to know what to press, or what Continue resumes, stay readable in the smallest window the
game may be dragged to (the 1280x720 frame at 0.75): 12 px from their capitals to their descenders there, the save's
line clear of Continue's plate; and the pause menu, with the title's controls line over its hint line, stops at its
ends as the title's does."""

import pygame
import pytest

from game.input.actions import Actions
from game.scenes import menu as menu_module
from game.scenes import pause as pause_module
from game.scenes import title as title_module
from game.scenes.title import TitleScene
from game.settings import Settings
from game.view.controls import controls_line
from game.view.hud_plates import plates
from game.view.text import font
from game.window import SMALLEST
from tests.scenes.conftest import hand, make_context
from tests.scenes.test_continue_line import saved_after
from tests.scenes.test_pad_hints import start_page

SHOWN_AT = SMALLEST[0] / 1280  # the frame's scale in the smallest window
LEAST = 12  # px on the screen from a line's capitals to its descenders
CLEAR = 6  # px at least between the save's line and the plates of Continue and Launch


def sizes_drawn(monkeypatch, module, sizes=None) -> dict:
    """{words: the size they are set at} for every string `module` draws with draw_text (into `sizes`, if given)."""
    sizes = {} if sizes is None else sizes
    real = module.draw_text

    def draw_text(surface, text, pos, size=24, *args, **kwargs):
        sizes[text] = size
        return real(surface, text, pos, size, *args, **kwargs)

    monkeypatch.setattr(module, "draw_text", draw_text)
    return sizes


def tall_on_smallest_window(size: int) -> float:
    return font(size).get_height() * SHOWN_AT


@pytest.mark.parametrize("device", ["keyboard", "pad"])
@pytest.mark.parametrize("name", ["title", "missions", "result", "end of replay"])
def test_a_page_s_hint_line_is_12_px_tall_in_the_smallest_window(display, monkeypatch, config_dir, name, device):
    ctx = make_context()
    page = start_page(name, ctx)
    module = __import__(type(page).__module__, fromlist=["draw_text"])
    sizes = sizes_drawn(monkeypatch, module)
    hand(page, Actions(device=device))
    page.draw(display, 1.0)
    hint = next(words for words in sizes if "choose   ·   " in words)
    assert tall_on_smallest_window(sizes[hint]) >= LEAST, (hint, sizes[hint])


def test_the_title_s_controls_line_is_12_px_tall_in_the_smallest_window(display, monkeypatch, config_dir):
    sizes = sizes_drawn(monkeypatch, title_module, sizes_drawn(monkeypatch, menu_module))
    TitleScene(make_context()).draw(display, 1.0)
    line = controls_line(make_context().bindings, Settings())
    assert tall_on_smallest_window(sizes[line]) >= LEAST


def test_the_save_s_line_under_continue_is_12_px_tall_and_clear_of_continue_and_launch(display, monkeypatch,
                                                                                     config_dir):
    saved_after("outpost.tmx", 161.5)
    title = TitleScene(make_context())
    chosen = []
    real_highlight = menu_module.highlight
    monkeypatch.setattr(menu_module, "highlight", lambda surface, rect: (chosen.append(rect.copy()),
                                                                          real_highlight(surface, rect)))
    plate, real_backing = [], title_module.backing
    monkeypatch.setattr(title_module, "backing", lambda *args: plate.append(real_backing(*args)) or plate[-1])
    rects, sizes = {}, sizes_drawn(monkeypatch, title_module)
    real_draw = title_module.draw_text
    monkeypatch.setattr(title_module, "draw_text",
                        lambda surface, text, *args, **kwargs: rects.setdefault(text, real_draw(surface, text, *args,
                                                                                                **kwargs)))
    title.draw(display, 1.0)
    line = "Mars, Relay Outpost — 1996 · 2:41 in"
    assert tall_on_smallest_window(sizes[line]) >= LEAST
    [continue_plate] = chosen  # Continue is chosen as the title opens
    assert rects[line].top - continue_plate.bottom >= CLEAR
    title.menu.selected = 1  # Launch's plate, where it stands once chosen
    chosen.clear()
    title.draw(display, 1.0)
    assert chosen[0].top - rects[line].bottom >= CLEAR
    assert plate[-1].contains(rects[line])  # on the menu's plate, grown round it


@pytest.fixture
def paused(display, config_dir):
    ctx = make_context()
    start_page("title", ctx)
    ctx.stack[-1].handle(Actions(menu_confirm=True))  # Launch: the first mission
    play = ctx.stack[-1]
    play.handle(Actions())
    play.handle(Actions(pause=True))
    return ctx.stack[-1]


def test_the_pause_menu_stops_at_its_last_row_and_its_first(paused):
    menu = paused.menu
    menu.selected = menu.options.index("Options")
    for _ in range(len(menu.options)):  # four presses took Options round to Resume
        hand(paused, Actions(menu_down=True))
    assert menu.selected == len(menu.options) - 1
    hand(paused, Actions(menu_confirm=True))
    assert paused.ctx.stack[-1] is paused  # Main menu asks first: not resumed, not left
    menu.selected = 0
    hand(paused, Actions(menu_up=True))
    assert menu.selected == 0


@pytest.mark.parametrize("device", ["keyboard", "pad"])
def test_the_pause_page_shows_the_title_s_controls_line_between_its_menu_and_hint_clear_of_the_hud_s_plates(
        paused, monkeypatch, device):
    rects, sizes = {}, sizes_drawn(monkeypatch, pause_module, sizes_drawn(monkeypatch, menu_module))
    for module in (menu_module, pause_module):
        real = module.draw_text
        monkeypatch.setattr(module, "draw_text", lambda surface, text, *args, real=real, **kwargs:
                            rects.setdefault(text, real(surface, text, *args, **kwargs)))
    hand(paused, Actions(device=device))
    surface = pygame.display.get_surface()
    paused.draw(surface, 1.0)
    line = controls_line(paused.ctx.bindings, paused.ctx.settings, device)
    assert line in rects and tall_on_smallest_window(sizes[line]) >= LEAST
    hint = next(words for words in rects if "choose   ·   " in words)
    menu_plate = pygame.Rect(paused.menu.area(640, pause_module.MENU_TOP)).inflate(*(2 * pad for pad in
                                                                                      menu_module.PLATE_PAD))
    assert menu_plate.bottom < rects[line].top and rects[line].bottom < rects[hint].top
    assert tall_on_smallest_window(sizes[hint]) >= LEAST
    hud = plates(surface.get_size(), paused.play.game)
    assert len(hud) >= 6 and rects[line].collidelist(hud) == -1 and rects[hint].collidelist(hud) == -1
