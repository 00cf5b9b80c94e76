"""What view tests share: a display, a screen-sized surface to draw on, the Mars base with its renderer, the outpost
with its machines set aside, and the words the HUD draws."""

import pygame
import pytest

from game.content.chain import LEVELS
from game.content.feel import load_feel
from game.session import DEFAULT_LEVEL, new_game
from game.sim.components import Brain, Position
from game.view import hud as hud_module
from game.view.renderer import Renderer
from game.view.sprites import SpriteBank
from tests.drawn_words import record_drawn_words

ROOM = ["########", "#......#", "#.P..E.#", "#......#", "########"]  # the Layzner and one enemy in a small room


def hud_of(game):
    """The HUD of a renderer made for `game`."""
    return Renderer(game, (1280, 720), SpriteBank(), load_feel()).hud


@pytest.fixture
def scene():
    """(game, renderer, screen) for the Mars base at its first tick, under the dummy video driver."""
    pygame.init()
    pygame.display.set_mode((1280, 720))
    game = new_game(DEFAULT_LEVEL, seed=1)
    yield game, Renderer(game, (1280, 720), SpriteBank(), load_feel()), pygame.Surface((1280, 720))
    game.close()
    pygame.quit()


@pytest.fixture
def display():
    """A 1280x720 window under the dummy video driver, for the fonts and pictures drawing needs."""
    pygame.init()
    pygame.display.set_mode((1280, 720))
    yield
    pygame.quit()


@pytest.fixture
def screen(display):
    return pygame.Surface((1280, 720))


def emptied_outpost(difficulty: str = "normal"):
    """The outpost with every machine far off, until a test sets one down."""
    game = new_game(LEVELS / "outpost.tmx", seed=1, difficulty=difficulty)
    for _, (pos, _) in game.world.query(Position, Brain):
        pos.x = pos.prev_x = pos.y = pos.prev_y = -5000.0
    return game


@pytest.fixture
def outpost(display):
    """The outpost with every machine far off, until a test sets one down."""
    game = emptied_outpost()
    yield game
    game.close()


@pytest.fixture
def outpost_on_hard(display):
    """The outpost on Hard, where its hold calls three machines (the heavy, and the two Dis waves placed from Hard),
    with every machine far off."""
    game = emptied_outpost("hard")
    yield game
    game.close()


@pytest.fixture
def said(display, monkeypatch):
    """Every string the HUD draws, in order."""
    return record_drawn_words(monkeypatch, hud_module)
