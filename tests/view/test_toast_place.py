"""The reload's notice sits on its own plate, clear of the top plates and of the title card the reload shows again."""

import numpy as np
import pygame

from game.session import DEFAULT_LEVEL, new_game
from game.view.hud_plates import plates
from game.view.camera import HUD_TOP
from game.view.overlays import draw_toast
from game.view.title_card import TitleCard

GREEN = (0, 255, 0)


def test_the_reloaded_notice_keeps_clear_of_the_top_plates_and_the_title_card_band(display):
    game = new_game(DEFAULT_LEVEL, seed=1)
    surface = pygame.Surface((1280, 720))
    surface.fill(GREEN)
    draw_toast(surface, "Reloaded outpost.tmx", 0.0)
    drawn = np.argwhere((pygame.surfarray.array3d(surface) != GREEN).any(axis=2))  # (x, y) of each pixel drawn
    assert len(drawn)
    top = drawn[:, 1].min()
    band, _ = TitleCard(game.res.level.title)._build(surface.get_width())
    assert top >= HUD_TOP + 6 + band.get_height()  # under the title card's band, as the HUD draws it
    for plate in plates(surface.get_size(), game):
        assert not any(plate.collidepoint(int(x), int(y)) for x, y in drawn[::50]), plate
    game.close()
