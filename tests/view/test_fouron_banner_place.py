"""Fouron's CONTROL SEIZED stands just under the top plates, big and purple, not across the middle of the screen
where the Layzner fights; an objective's hold count under it goes to its other side rather than be hidden."""

import numpy as np
import pygame

from game.content.feel import load_feel
from game.sim.events import FouronSeized
from game.view.camera import HUD_TOP
from game.view.hud_plates import plates
from game.view import markers
from game.view.renderer import Renderer
from game.view.sprites import SpriteBank
from game.view.text import PURPLE
from tests.drawn_words import record_drawn_rects


def banner_rows(screen) -> np.ndarray:
    """The rows Fouron's banner spans: from its top purple edge line to its bottom one, drawn across the screen."""
    rgb = pygame.surfarray.array3d(screen).transpose(1, 0, 2)[20:700, 130:1150].astype(int)  # inside Fouron's frame
    lines = np.nonzero((np.abs(rgb - PURPLE) <= 2).all(axis=2).sum(axis=1) > 900)[0] + 20
    return np.arange(lines.min(), lines.max() + 1)


def seized(game, renderer, seconds: float) -> None:
    renderer.fouron.on_events([FouronSeized("armour")])
    game.res.fouron.active = True
    renderer.fouron.update(game, seconds)


def test_control_seized_stands_under_the_top_plates_and_leaves_the_middle_of_the_screen_clear(outpost):
    renderer = Renderer(outpost, (1280, 720), SpriteBank(), load_feel())
    seized(outpost, renderer, 1.0)
    screen = pygame.Surface((1280, 720))
    renderer.draw(screen, outpost, 1.0, 1 / 60)
    rows = banner_rows(screen)
    top_row = max(plate.bottom for plate in plates((1280, 720), outpost) if plate.top < HUD_TOP)
    assert top_row <= rows.min() <= HUD_TOP + 10  # just under the top plates, none of them hidden
    assert rows.max() < 720 * 0.32  # the middle, where the Layzner is, clear
    assert rows.size >= 90  # still a wide band, its title in big purple words


def test_an_objective_s_hold_count_keeps_off_fouron_s_banner(outpost, monkeypatch):
    renderer = Renderer(outpost, (1280, 720), SpriteBank(), load_feel())
    region = outpost.res.level.objectives[0].region
    camera = renderer.camera
    # the pad's top edge 230 px down the screen: its count stands above it, where the banner is
    camera.x, camera.y = region.x + region.width / 2, region.y + 360 - 230
    camera.offset = (0.0, 0.0)
    seized(outpost, renderer, 1.0)
    drawn = record_drawn_rects(monkeypatch, markers)
    screen = pygame.Surface((1280, 720))
    renderer.draw(screen, outpost, 1.0, 1 / 60)
    [count] = [rect for words, rect in drawn.items() if words.startswith("HOLD")]
    rows = banner_rows(screen)
    assert not (rows.min() <= count.bottom and count.top <= rows.max()), (count, rows.min(), rows.max())
