"""The heat gauge's warning pulses without the fill ever seeming to vanish: on both beats its length stands out
from the dark danger band it has filled into."""

import numpy as np
import pygame

from game.sim.components import Heat
from tests.maps import game_from_ascii
from tests.view.conftest import ROOM, hud_of

DANGER_BAND = (80, 26, 20)  # the gauge's ground past the warning's edge


def test_the_heat_fill_stands_out_from_the_danger_band_on_both_beats_of_its_warning(display, tmp_path):
    game = game_from_ascii(tmp_path, ROOM)
    hud = hud_of(game)
    heat = game.world.get(game.player, Heat)
    heat.value = 90.0  # past the warning, not overheated
    surface = pygame.Surface((1280, 720))
    bar_y, band_x = 720 - 56 + 11, 30 + round(292 * 0.85)  # mid-row of the bar, between the band's edge and the fill's
    contrasts = []
    for seconds in np.arange(0.0, 0.5, 1 / 60):  # a few beats of the pulse
        hud.draw(surface, game, float(seconds), 1 / 60)
        fill = np.array(surface.get_at((band_x, bar_y))[:3], dtype=float)
        empty = np.array(surface.get_at((30 + 292 - 6, bar_y))[:3], dtype=float)  # the band, past the fill's end
        assert tuple(empty) == DANGER_BAND
        contrasts.append(np.abs(fill - empty).sum())
    assert min(contrasts) > 150, contrasts  # RED stands 244 from the band; its dark beat stood 80 from it
