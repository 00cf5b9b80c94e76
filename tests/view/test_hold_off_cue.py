"""Shoved off a hold under way, the HUD says so at a glance: the objective's outline, count and bar turn red and stop
pulsing, the count says RETURN (read without the colour too), and the order's plate says what is still to hold."""

from types import SimpleNamespace

import pygame
import pytest

from game.sim.components import Position
from game.view import hud as hud_module
from game.view import markers
from game.view.hud_plates import plates
from game.view.markers import objective_markers
from game.view.text import AMBER, RED, panel
from tests.view.conftest import hud_of

HELD = 300  # ticks of the outpost's 12 s hold done: 7 s to go


def drawn_in(monkeypatch, module) -> list[tuple[str, tuple]]:
    """Filled as `module` draws words: (text, colour) of each."""
    drawn = []
    real = module.draw_text

    def draw_text(surface, text, pos, size=24, color=None, *args, **kwargs):
        drawn.append((text, tuple(color or kwargs.get("color", ()))[:3]))
        return real(surface, text, pos, size, *(() if color is None else (color,)), *args, **kwargs)

    monkeypatch.setattr(module, "draw_text", draw_text)
    return drawn


@pytest.fixture
def pad(outpost):
    """The outpost with 5 s of its pad's hold done, the Layzner standing `on` the pad or beside it."""
    outpost.res.objectives_held[0] = HELD
    region = outpost.res.level.objectives[0].region

    def stand(on: bool):
        pos = outpost.world.get(outpost.player, Position)
        pos.x = pos.prev_x = region.x + region.width / 2 + (0 if on else region.width)
        pos.y = pos.prev_y = region.y + region.height / 2
        return outpost
    return stand


def marks(game, seconds: float, monkeypatch) -> tuple[list, tuple]:
    """(words and colours the objective's marks draw, the colour of its outline's top) with the pad in view."""
    region = game.res.level.objectives[0].region
    left, top = region.x - 500, region.y - 300
    camera = SimpleNamespace(left=left, top=top, to_screen=lambda x, y: (x - left, y - top))
    surface = pygame.Surface((1280, 720))
    drawn = drawn_in(monkeypatch, markers)
    objective_markers(surface, game, camera, seconds, plates(surface.get_size(), game))
    monkeypatch.undo()
    return drawn, tuple(surface.get_at((500 + round(region.width / 2), 301)))[:3]  # the ellipse's 3 px line


def test_on_a_hold_its_count_and_outline_pulse_in_amber(pad, monkeypatch):
    game = pad(on=True)
    drawn, ring = marks(game, 0.0, monkeypatch)
    _, later = marks(game, 0.4, monkeypatch)
    assert drawn == [("HOLD 7 s", ring)] and ring[0] == 255 and ring != later  # the pulse: amber, lighter, darker


def test_off_a_hold_under_way_its_count_says_return_in_red_and_the_outline_stops_pulsing(pad, monkeypatch):
    game = pad(on=False)
    drawn, ring = marks(game, 0.0, monkeypatch)
    _, later = marks(game, 0.4, monkeypatch)
    assert drawn == [("RETURN · HOLD 7 s", RED)]
    assert ring == later == RED


def test_off_a_hold_not_under_way_nothing_warns(pad, monkeypatch):
    game = pad(on=False)
    game.res.objectives_held[0] = 0  # never held, or drained away: nothing is being lost
    drawn, ring = marks(game, 0.0, monkeypatch)
    assert drawn == [("HOLD 12 s", ring)] and ring != RED


@pytest.mark.parametrize("on, line, color", [
    (True, "Hold the extraction pad · HOLD 7 s", AMBER),
    (False, "Hold the extraction pad · off it: 7 s left to hold", RED),
])
def test_the_order_s_plate_says_off_it_and_what_is_left_to_hold_in_red(pad, monkeypatch, on, line, color):
    game = pad(on=on)
    drawn = drawn_in(monkeypatch, hud_module)
    hud_of(game).draw(pygame.Surface((1280, 720)), game, 1.0, 1 / 60)
    assert (line, color) in drawn


def test_the_label_is_as_wide_as_its_count(pad):
    game = pad(on=False)
    region = game.res.level.objectives[0].region
    camera = SimpleNamespace(left=region.x - 500, top=region.y - 300)
    [label] = markers.objective_labels(game, camera, markers.play_band(pygame.Surface((1280, 720))),
                                       plates((1280, 720), game))
    count = markers.font(20, True).size("RETURN · HOLD 7 s")[0]  # the count, in its 20 px bold
    assert label.rect.w >= count  # what labels keep off (Rei's numbers) sees the whole count


def test_the_return_count_stands_clear_of_its_plate_s_cut_corners_and_inside_the_label(pad, monkeypatch):
    """Its plate was 6 px wider than the count each side, inside the 8 px clipped corners: the R and the s touched the
    diagonals. What keeps off the label (Rei's numbers) sees the plate's whole width."""
    game = pad(on=False)
    region = game.res.level.objectives[0].region
    camera = SimpleNamespace(left=region.x - 500, top=region.y - 300)
    [label] = markers.objective_labels(game, camera, markers.play_band(pygame.Surface((1280, 720))),
                                       plates((1280, 720), game))
    drawn_plates, drawn_words = [], []
    real_panel, real_text = markers.panel, markers.draw_text
    monkeypatch.setattr(markers, "panel", lambda surface, rect, **kw: drawn_plates.append(pygame.Rect(rect))
                        or real_panel(surface, rect, **kw))
    monkeypatch.setattr(markers, "draw_text", lambda *args, **kw: drawn_words.append(real_text(*args, **kw))
                        or drawn_words[-1])
    markers._draw_label(pygame.Surface((1280, 720)), label, RED, label.rect.topleft)
    [plate], count = drawn_plates, drawn_words[-1]
    alone = pygame.Surface(plate.size, pygame.SRCALPHA)
    panel(alone, alone.get_rect(), border=RED)
    cut = next(x for x in range(plate.w) if alone.get_at((x, 0)).a)  # where its top edge begins, past the corner
    assert count.left - plate.left >= cut + 2 and plate.right - count.right >= cut + 2
    assert label.rect.left <= plate.left and plate.right <= label.rect.right
