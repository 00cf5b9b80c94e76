"""An objective's label keeps its side of the pad: a machine passing through its place sends it to the other side
once, and it stays there after the machine has gone; a machine wavering at the edge of its place neither flips it
from frame to frame nor fades it on and off. Each frame is a call of objective_markers on the same run."""

from types import SimpleNamespace

import pygame
import pytest

from game.sim.components import Brain, Position
from game.view import markers
from game.view.hud_plates import plates
from game.view.markers import objective_markers

PAD_TOP = 300  # px down the screen the extraction pad's bounds start (the count's place above it: 270 to 296)


@pytest.fixture
def drawn(monkeypatch):
    """Each frame's labels as objective_markers draws them: (side of the pad, faded)."""
    frames = []
    real = markers._draw_label

    def record(target, label, color, at, **how):
        frames.append(("above" if label.rect.bottom <= PAD_TOP else "below", label.faded))
        real(target, label, color, at, **how)
    monkeypatch.setattr(markers, "_draw_label", record)
    return frames


@pytest.fixture
def sides():
    """The labels' sides as the renderer keeps them from frame to frame (Renderer.label_sides): the run's memory."""
    return {}


def frame(game, sides: dict, dis_screen: tuple[float, float]) -> None:
    """One frame with the first Dis standing at `dis_screen` on the screen, the pad's top left at (300, PAD_TOP)."""
    region = game.res.level.objectives[0].region
    left, top = region.x - 300, region.y - PAD_TOP
    entity, (pos, _) = game.world.query(Position, Brain)[0]
    pos.x = pos.prev_x = dis_screen[0] + left
    pos.y = pos.prev_y = dis_screen[1] + top
    camera = SimpleNamespace(left=left, top=top, to_screen=lambda x, y: (x - left, y - top))
    objective_markers(pygame.Surface((1280, 720)), game, camera, 0.0, plates((1280, 720), game), sides)


def flips(sides: list) -> int:
    return sum(1 for before, after in zip(sides, sides[1:]) if before != after)


def test_a_machine_walking_through_the_labels_place_sends_it_below_once_and_it_stays_there(outpost, drawn, sides):
    for x in range(100, 701, 10):  # along the count's row above the pad, from well left of it to well right
        frame(outpost, sides, (x, 250))
    sides = [side for side, _ in drawn]
    assert sides[0] == "above" and sides[-1] == "below"  # there first; sent below, and still below once it is gone
    assert flips(sides) == 1, sides
    assert not any(faded for _, faded in drawn)  # below was clear all the while


def test_a_machine_wavering_at_the_edge_of_the_labels_place_neither_flips_it_nor_fades_it(outpost, drawn, sides):
    # The machine's body (84 px round its centre) a px into the count's place above the pad, then just clear of it,
    # frame after frame, as a machine hanging about there does.
    for step in range(40):
        frame(outpost, sides, (380, 229 if step % 2 else 226))
    assert drawn == [("above", False)] * 40


def test_a_machine_standing_in_the_labels_place_below_too_fades_it_where_it_is_until_it_is_wholly_clear(
        outpost, drawn, sides):
    region = outpost.res.level.objectives[0].region
    (first, _), (second, _) = outpost.world.query(Position, Brain)[:2]
    second_pos = outpost.world.get(second, Position)
    below = PAD_TOP + round(region.height) + 30  # in the count's place under the pad
    second_pos.x = second_pos.prev_x = region.x - 300 + 380
    second_pos.y = second_pos.prev_y = region.y - PAD_TOP + below
    frame(outpost, sides, (380, 250))  # and the first in its place above: both blocked
    assert drawn[-1] == ("above", True)
    for y in (229, 226, 229, 226):  # the first backs off to its edge and wavers there: faint while it touches it
        frame(outpost, sides, (380, y))
    assert drawn[1:] == [("above", True), ("above", False), ("above", False), ("above", False)]


def test_the_renderer_keeps_the_labels_sides_for_its_run_and_a_new_renderer_starts_afresh(outpost, drawn):
    from game.content.feel import load_feel
    from game.view.renderer import Renderer
    from game.view.sprites import SpriteBank
    pygame.display.init()
    pygame.display.set_mode((1280, 720))  # the sprites load in the window's format
    region = outpost.res.level.objectives[0].region
    renderer = Renderer(outpost, (1280, 720), SpriteBank(), load_feel())
    renderer.camera.snap(region.x + region.width / 2, region.y + region.height / 2)
    surface = pygame.Surface((1280, 720))
    entity, (pos, _) = outpost.world.query(Position, Brain)[0]
    pos.x = pos.prev_x = region.x + region.width / 2  # standing in the count's place above the pad
    pos.y = pos.prev_y = region.y - 20
    renderer.draw(surface, outpost, 1.0, 0.0)
    assert renderer.label_sides == {0: ("below", False)}  # sent below, and remembered by the renderer
    pos.x = pos.prev_x = pos.y = pos.prev_y = -5000.0  # gone: the label stays below, as this run remembers
    renderer.debug = True  # the debug marks read the memory too, and do not move it on
    renderer.draw(surface, outpost, 1.0, 0.0)
    assert renderer.label_sides == {0: ("below", False)}
    fresh = Renderer(outpost, (1280, 720), SpriteBank(), load_feel())  # as a reload builds with its new game
    fresh.camera.snap(region.x + region.width / 2, region.y + region.height / 2)
    fresh.draw(surface, outpost, 1.0, 0.0)
    assert fresh.label_sides == {0: ("above", False)} and renderer.label_sides == {0: ("below", False)}
