"""The HUD's plates stand off the ground under them: New York's dark night streets as well as Mars's sand and floors."""

import numpy as np
import pygame
import pytest

from game.content.chain import LEVELS
from game.content.feel import load_feel
from game.session import new_game
from game.view.hud_style import PLATE_ALPHA
from game.view.hud_plates import plates
from game.view.renderer import Renderer
from game.view.sprites import SpriteBank
from game.view.text import PANEL


def lab(rgb) -> np.ndarray:
    """CIE L*a*b* (D65) of an sRGB colour: distances in it are how far apart two colours look."""
    c = np.asarray(rgb, dtype=float) / 255.0
    c = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    x, y, z = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]) @ c
    f = [t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in (x / 0.95047, y, z / 1.08883)]
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def apart(one, other) -> float:
    """How far apart two colours look: their distance in L*a*b* (CIE76; about 2 is the least an eye sees)."""
    return float(np.linalg.norm(lab(one) - lab(other)))


def luminance(rgb) -> float:
    """Relative luminance (WCAG) of an sRGB colour."""
    c = np.asarray(rgb, dtype=float) / 255.0
    return float(np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4) @ [0.2126, 0.7152, 0.0722])


def contrast(one, other) -> float:
    """WCAG's contrast ratio of two colours: 1 (the same) to 21 (black and white)."""
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def commonest(surface, rect) -> np.ndarray:
    """The colour drawn most often in `rect` of `surface`."""
    drawn = pygame.surfarray.array3d(surface)[rect.left:rect.right, rect.top:rect.bottom].reshape(-1, 3)
    colours, counts = np.unique(drawn, axis=0, return_counts=True)
    return colours[counts.argmax()]


def plates_and_ground(level):
    """[(the plate's colour along its edge, inside the rim; the plate's body; the ground under the plate)] for each HUD
    plate as a level opens. Its body: the colour most drawn along its foot, under its words and gauges; the ground:
    the middle colour of the world drawn without the HUD there."""
    game = new_game(LEVELS / level, seed=1)
    renderer = Renderer(game, (1280, 720), SpriteBank(), load_feel())
    world, whole = pygame.Surface((1280, 720)), pygame.Surface((1280, 720))
    renderer.draw(world, game, 1.0, 1 / 60, overlays=False)
    renderer.draw(whole, game, 1.0, 1 / 60)
    found = []
    for rect in plates((1280, 720), game):
        edge = pygame.Rect(rect.left + 16, rect.top + 2, rect.w - 32, 3)  # the 3 px just inside the 2 px rim
        body = pygame.Rect(rect.left + 16, rect.bottom - 9, rect.w - 32, 3)
        under = pygame.surfarray.array3d(world)[rect.left:rect.right, rect.top:rect.bottom].reshape(-1, 3)
        found.append((commonest(whole, edge), commonest(whole, body), np.median(under, axis=0)))
    game.close()
    return found


def test_the_hud_s_plates_look_apart_from_new_york_s_night_streets(display):
    """The plates' navy was the streets' own dark blue: the gauges' plates read as holes in the map, not plates."""
    for edge, _, ground in plates_and_ground("new_york.tmx"):
        assert apart(edge, ground) >= 12, (edge, ground)  # plainly another colour, not a shade of it


@pytest.mark.parametrize("level", ["mars_base.tmx", "outpost.tmx"])
def test_the_hud_s_plates_stand_off_mars_s_ground_no_less_than_the_navy_did(display, level):
    for edge, body, ground in plates_and_ground(level):
        navy = (np.array(PANEL) * PLATE_ALPHA + ground * (255 - PLATE_ALPHA)) / 255  # the plates' old fill over it
        # as far off as the navy (to a rounding of the ground's middle colour), where the words and gauges stand
        assert contrast(body, ground) >= contrast(navy, ground) - 0.05, (body, ground)
        assert apart(edge, ground) >= 12, (edge, ground)  # its frame, there too
