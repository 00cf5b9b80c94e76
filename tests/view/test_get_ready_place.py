"""A resumed run's get-ready count: a small plate at the top of the field, out of the middle where the Layzner and the
machines nearest it are, clear of the HUD's top row and the title card, and still saying how to go at once."""

import numpy as np
import pygame

from game.session import DEFAULT_LEVEL, new_game
from game.view import overlays
from game.view.camera import HUD_TOP
from game.view.hud_plates import plates
from game.view.overlays import draw_get_ready
from game.view.title_card import TitleCard
from tests.drawn_words import record_drawn_words

GREEN = (0, 255, 0)


def test_the_get_ready_count_keeps_to_the_top_third_of_the_field_clear_of_the_hud_and_the_title_card(display,
                                                                                                        monkeypatch):
    """Its box over the middle of the field hid the Dis Rei recommended, and her numbers, as the count ran."""
    words = record_drawn_words(monkeypatch, overlays)
    game = new_game(DEFAULT_LEVEL, seed=1)
    surface = pygame.Surface((1280, 720))
    surface.fill(GREEN)
    plate = draw_get_ready(surface, 3)
    drawn = np.argwhere((pygame.surfarray.array3d(surface) != GREEN).any(axis=2))  # (x, y) of each pixel drawn
    assert plate.contains(pygame.Rect(drawn[:, 0].min(), drawn[:, 1].min(), *(np.ptp(drawn, axis=0) + 1)))
    assert plate.bottom <= surface.get_height() // 3  # the fight round the Layzner, mid-screen, stays in sight
    band, _ = TitleCard(game.res.level.title)._build(surface.get_width())
    assert plate.top >= HUD_TOP + 6 + band.get_height()  # a run saved as the level began comes back with it up
    assert plate.collidelist(plates(surface.get_size(), game)) < 0
    assert words == ["3", "GET READY", "MOVE OR FIRE TO GO NOW"]
    game.close()
