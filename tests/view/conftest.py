"""What view tests share: the Mars base with its renderer and a screen-sized surface to draw on."""

import pygame
import pytest

from game.content.feel import load_feel
from game.session import DEFAULT_LEVEL, new_game
from game.view.renderer import Renderer
from game.view.sprites import SpriteBank


@pytest.fixture
def scene():
    """(game, renderer, screen) for the Mars base at its first tick, under the dummy video driver."""
    pygame.init()
    pygame.display.set_mode((1280, 720))
    game = new_game(DEFAULT_LEVEL, seed=1)
    yield game, Renderer(game, (1280, 720), SpriteBank(), load_feel()), pygame.Surface((1280, 720))
    game.close()
    pygame.quit()
