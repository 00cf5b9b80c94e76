"""F3's plate of figures says what each one measures, in words a level designer reads, and holds its words."""

import pygame
import pytest

from game.input.actions import Actions
from game.scenes.play import PlayScene
from game.view import overlays
from game.view.overlays import debug_plate
from tests.drawn_words import record_drawn_rects


@pytest.fixture
def play(ctx):
    """The Mars base launched from the title, F3 on, drawn once (the frame before the one a test reads)."""
    ctx.stack[-1].handle(Actions(menu_confirm=True))
    scene = ctx.stack[-1]
    assert isinstance(scene, PlayScene)
    scene.handle(Actions(debug=True))
    scene.draw(pygame.display.get_surface(), 1.0)
    return scene


def test_f3_s_figures_name_what_they_measure(play, display, monkeypatch):
    """Not "ticks: 0.94 ms", "draw", "entities: 7", "tick: 271": the rules' time and the ticks it covers, the
    drawing's, the machines and shots in play counted apart, and the tick with the game time it stands for."""
    game = play.game
    game.player_intent().fire = True
    for _ in range(20):  # ticks in this frame: the Layzner's rifle has fired
        play.step()
    shots = len(game.res.bolts) + len(game.res.missiles)
    assert shots > 0
    play.ctx.stats.update(fps=128.4, frame_ms=6.94, step_ms=0.94)
    drawn = record_drawn_rects(monkeypatch, overlays)
    play.draw(display, 1.0)
    rows = list(drawn)
    assert rows[0] == "FPS: 128 · frame: 6.94 ms"
    assert rows[1] == "rules: 0.94 ms · 20 ticks"
    assert rows[2].startswith("drawing: ") and rows[2].endswith(" ms")
    assert rows[3] == f"machines: {1 + game.enemies_alive()} · pods: 0 · shots: {shots}"
    assert rows[4] == f"tick 20 · {20 / 60:.1f} s"
    play.step()
    play.draw(display, 1.0)
    assert "rules: 0.94 ms · 1 tick" in drawn  # the ticks of this frame alone, not of the game so far


@pytest.mark.parametrize("size", [(1280, 720), (960, 540)])
def test_f3_s_plate_holds_its_widest_words(play, monkeypatch, size):
    """Each row inside the plate, at the game's frame and at the smallest window's, with figures at their widest."""
    game = play.game
    game.player_intent().fire = True
    for _ in range(20):
        play.step()
    play.ctx.stats.update(fps=1440.0, frame_ms=250.0, step_ms=123.45)
    lines = []
    monkeypatch.setattr("game.scenes.play.draw_debug", lambda surface, rows: lines.extend(rows))
    play.draw(pygame.display.get_surface(), 1.0)
    lines[3] = "machines: 999 · pods: 999 · shots: 99999"  # past what the plate is made for: drawn smaller
    drawn, surface = record_drawn_rects(monkeypatch, overlays), pygame.Surface(size)
    overlays.draw_debug(surface, lines)
    plate = debug_plate(surface, len(lines))
    assert surface.get_rect().contains(plate)
    for words, rect in drawn.items():
        assert plate.inflate(-16, -8).contains(rect), (words, rect, plate)
