"""A drawn frame leaves the cyclic garbage collector as it found it (the renderer pauses it while drawing), and the
level's first frame finds everything it draws already made."""

import gc

import pygame
import pytest

from game.content.feel import load_feel
from game.session import DEFAULT_LEVEL, new_game
from game.view import text
from game.view.renderer import Renderer
from game.view.sprites import SpriteBank


@pytest.fixture
def scene():
    pygame.init()
    pygame.display.set_mode((1280, 720))
    game = new_game(DEFAULT_LEVEL, seed=1)
    yield game, Renderer(game, (1280, 720), SpriteBank(), load_feel()), pygame.Surface((1280, 720))
    game.close()
    pygame.quit()


def test_drawing_a_frame_leaves_the_collector_on_when_it_was_on_and_off_when_it_was_off(scene):
    game, renderer, screen = scene
    assert gc.isenabled()
    renderer.draw(screen, game, 1.0, 1 / 60)
    assert gc.isenabled()
    gc.disable()
    try:
        renderer.draw(screen, game, 1.0, 1 / 60)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_comes_back_on_when_a_frame_fails(scene, monkeypatch):
    game, renderer, screen = scene

    def broken(*args):
        raise RuntimeError("broken layer")

    monkeypatch.setattr(renderer.hud, "draw", broken)
    with pytest.raises(RuntimeError):
        renderer.draw(screen, game, 1.0, 1 / 60)
    assert gc.isenabled()


def test_the_first_frame_of_a_level_makes_no_words_sprite_turns_or_map_buffer(monkeypatch):
    pygame.init()
    window = pygame.display.set_mode((1280, 720))
    text._rendered.clear()  # nothing left from other tests: what the first frame draws must be made by the warm-up
    sprites = SpriteBank()
    game = new_game(DEFAULT_LEVEL, seed=1)
    try:
        renderer = Renderer(game, (1280, 720), sprites, load_feel())
        words, turns = len(text._rendered), sum(frame is not None for frames in sprites._rotations.values()
                                               for frame in frames)
        assert words and turns  # the warm-up drew the HUD's words and the machines
        refills = []
        monkeypatch.setattr(renderer.map, "_refill", lambda *args: refills.append(args))
        renderer.draw(window, game, 1.0, 1 / 60)
        assert len(text._rendered) == words and refills == []
        assert sum(frame is not None for frames in sprites._rotations.values() for frame in frames) == turns
    finally:
        game.close()
        pygame.quit()
