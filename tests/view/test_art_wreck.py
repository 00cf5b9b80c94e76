"""The Layzner's wreck, as the art draws it: burnt, but still the white-and-blue Layzner at a glance."""

import pygame

from tests.view.test_art import ASSETS


def pale_and_blue(name: str) -> tuple[int, int]:
    """(ash-white pixels, blue armour pixels) of the solid part of a sprite in assets/sprites."""
    image = pygame.image.load(ASSETS / "sprites" / f"{name}.png")
    pale = blue = 0
    for x in range(image.get_width()):
        for y in range(image.get_height()):
            r, g, b, a = image.get_at((x, y))
            if a > 200:
                pale += min(r, g, b) > 140
                blue += b > r + 40 and b > 110
    return pale, blue


def test_the_layzner_s_wreck_keeps_some_of_its_white_and_blue_armour_and_is_still_burnt():
    # The player looks at it as the level is lost: burnt to a black heap, it passed for a Dis's wreck.
    pale, blue = pale_and_blue("layzner")
    wreck_pale, wreck_blue = pale_and_blue("layzner_wreck")
    assert pale / 6 <= wreck_pale <= pale / 2  # a sixth of its white still shows, scorched grey; not half of it
    assert blue / 6 <= wreck_blue <= blue / 2
    assert pale_and_blue("dis_wreck") == (0, 0)  # what it is told apart from
