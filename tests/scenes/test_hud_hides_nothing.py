"""What a player pauses or holds a key to check stays in sight, and a broken map's problems leave the play in sight:
the pause menu stands among the HUD's plates, undimmed; the quick restart fills in the armour plate's title row, its
gauge and count still there; the problems stand on the gauges right of Rei's panel, folded to a line after a while."""

import pygame
import pytest

from game.content.chain import LEVELS
from game.input.actions import Actions
from game.scenes import pause as pause_module
from game.scenes.pause import PauseScene
from game.scenes.play import PROBLEMS_WHOLE, PlayScene
from game.view.advisor_panel import WIDTH as PANEL_WIDTH
from game.view.camera import HUD_BOTTOM
from game.view.hud_plates import named_plates
from game.view.text import AMBER
from tests.drawn_words import record_drawn_rects, record_drawn_words
from tests.scenes.conftest import make_context
from tests.scenes.test_menu_panel_problems import typo

FRAME = 1 / 60


def near(screen, rect: pygame.Rect, color, tolerance: int = 24) -> int:
    """How many pixels in `rect` are within `tolerance` of `color` on every channel."""
    pixels = pygame.surfarray.pixels3d(screen)[rect.left:rect.right, rect.top:rect.bottom].astype(int)
    return int((abs(pixels - color) <= tolerance).all(axis=2).sum())


def playing(level=LEVELS / "outpost.tmx") -> PlayScene:
    ctx = make_context(level)
    play = PlayScene(ctx)
    ctx.push(play)
    for _ in range(30):
        play.step()
    return play


def test_the_pause_menu_shows_armour_heat_v_max_goal_and_time_undimmed_round_the_menu(display, monkeypatch):
    """Pause dimmed everything a player pauses to check (the audit's 13-pause.png): the plates are drawn over the
    dimming, each as play showed it, and the menu and its hint lines keep off them."""
    drawn = record_drawn_rects(monkeypatch, pause_module)
    play = playing()
    play.draw(display, 0.0)
    plates = named_plates(display.get_size(), play.game)
    shown = ("armour", "heat", "vmax", "order", "clock")
    inside = {name: plates[name].inflate(-8, -8) for name in shown}  # the edge's line lets the world through
    in_play = {name: pygame.surfarray.array3d(display.subsurface(inside[name])) for name in shown}
    pause = PauseScene(play.ctx, play)
    play.ctx.push(pause)
    pause.draw(display, 0.0)
    for name in shown:  # the dimmed world shows faintly through the near-opaque fill
        paused = pygame.surfarray.array3d(display.subsurface(inside[name])).astype(int)
        assert (abs(paused - in_play[name]) <= 8).all(axis=2).mean() > 0.98, name
    menu = pause.menu.area(display.get_width() / 2, pause_module.MENU_TOP)
    hints = [rect for said, rect in drawn.items() if said.startswith(("WASD", "W/S"))]  # the controls and hint lines
    assert len(hints) == 2
    for rect in plates.values():
        assert not rect.colliderect(menu) and rect.collidelist(hints) < 0


def test_holding_restart_keeps_the_armour_gauge_and_count_in_sight(display):
    """The quick restart's plate took the armour plate's place (the audit's 61-r-held.png): a pilot deciding whether to
    restart lost the armour reading."""
    play = playing()
    gauge, count = pygame.Rect(30, 44, 272, 16), pygame.Rect(250, 22, 54, 22)

    def armour_reading():
        play.draw(display, 0.0)
        pixels = pygame.surfarray.array3d(display)
        return [pixels[rect.left:rect.right, rect.top:rect.bottom].copy() for rect in (gauge, count)]

    before = armour_reading()
    play.restart_held = 0.35
    after = armour_reading()
    assert all((was == now).all() for was, now in zip(before, after))
    assert near(display, pygame.Rect(24, 20, 30, 26), AMBER, 40) > 20  # the ring filling in the title's place


@pytest.fixture
def broken(display):
    play = playing()
    play.reload_problems = [typo(1), typo(2)]
    return play


def test_a_broken_map_s_problems_stand_on_the_gauges_right_of_rei_s_panel(broken, display):
    plate = broken.draw_reload_news(display)
    foot = display.get_height() - HUD_BOTTOM
    assert plate is not None and plate.bottom <= foot and plate.left >= 16 + PANEL_WIDTH
    assert plate.top > display.get_height() // 2  # the fight round the Layzner, held mid-screen, stays in sight


def test_the_problems_fold_to_one_line_after_a_few_seconds_of_play_and_f3_shows_them_whole(broken, display):
    for _ in range(round(PROBLEMS_WHOLE / FRAME) + 1):
        broken.frame(FRAME)
    line = broken.draw_reload_news(display)
    foot = display.get_height() - HUD_BOTTOM
    assert line is not None and line.bottom <= foot and line.left >= 16 + PANEL_WIDTH and line.height <= 40
    broken.handle(Actions(debug=True))  # F3, the designer's overlay
    whole = broken.draw_reload_news(display)
    assert whole.bottom <= foot and whole.height > 2 * line.height


def test_the_problems_are_timed_in_play_not_under_the_pause_menu_a_designer_in_tiled_leaves_it_at(broken, display):
    pause = PauseScene(broken.ctx, broken)
    broken.ctx.push(pause)
    for _ in range(round(PROBLEMS_WHOLE / FRAME) + 1):
        pause.frame(FRAME)
    assert broken.draw_reload_news(display).height > 40  # back in the game, read whole


def folded_words(play, monkeypatch, display) -> str:
    """The words of the folded problems' line, as drawn once the problems have been shown whole long enough."""
    from game.view import overlays
    words = record_drawn_words(monkeypatch, overlays)
    for _ in range(round(PROBLEMS_WHOLE / FRAME) + 1):
        play.frame(FRAME)
    play.draw_reload_news(display)
    return words[-1]


def test_one_problem_folded_is_a_problem_and_it_not_problems_and_them(display, monkeypatch):
    play = playing()
    play.reload_problems = [typo(1)]
    assert folded_words(play, monkeypatch, display) == \
        "level.tmx has a problem; still playing the last good version (1 problem: F3 shows it)"


def test_a_long_file_name_folded_keeps_the_key_that_shows_the_problems(display, monkeypatch):
    """A long file name filled the line: cut at its end, it lost "F3 shows them", the one thing the line is for."""
    play = playing()
    long_name = "levels/" + "the_long_road_to_the_pyramid_" * 4 + ".tmx"
    play.reload_problems = [typo(1, long_name), typo(2, long_name)]
    assert folded_words(play, monkeypatch, display).endswith("(2 problems: F3 shows them)")


def test_a_restart_hold_carried_into_the_pause_is_not_shown_frozen_on_its_armour_plate(display, monkeypatch):
    """Paused with R held, the pause page showed the ring part filled and "HOLD R TO RESTART" in ARMOUR's place, though
    the hold starts over once play resumes."""
    from game.view import hud as hud_module
    play = playing()
    play.restart_held = 0.35
    play.draw(display, 0.0)
    pause = PauseScene(play.ctx, play)
    play.ctx.push(pause)
    said = record_drawn_words(monkeypatch, hud_module)
    pause.draw(display, 0.0)
    assert "ARMOUR" in said
