"""A notice shown as a resumed run's get-ready count runs (a reload, a start gone) keeps off the count's plate."""

import numpy as np
import pygame

from game.scenes.play import PlayScene, TOAST_TIME
from game.view.overlays import draw_get_ready
from tests.scenes.conftest import make_context


def test_a_notice_during_the_get_ready_count_is_drawn_clear_of_its_plate(display):
    """Both stood on the row under the title card's band: "Reloaded ..." covered GET READY and its count."""
    ctx = make_context()
    play = PlayScene(ctx)
    play.get_ready()
    play.toast = ("", TOAST_TIME)
    play.draw(display, 0.0)
    without = pygame.surfarray.array3d(display).copy()
    play.toast = ("Reloaded mars_base.tmx", 0.0)
    play.draw(display, 0.0)
    changed = np.argwhere((pygame.surfarray.array3d(display) != without).any(axis=2))  # (x, y): the notice's pixels
    plate = draw_get_ready(display.copy(), 3)
    assert len(changed)  # the notice is on screen
    assert not any(plate.collidepoint(int(x), int(y)) for x, y in changed), plate
    assert changed[:, 1].max() < display.get_height() // 2 - 60  # above the Layzner, mid-screen, and the fight round it
    play.close()
