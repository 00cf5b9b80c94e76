"""A wreck reads as dead at a glance: its art drawn grey and dark, its embers dull, and smoke rising from it. By night
a charred Dis with its red-orange glow passed for a live one crouching (the audit's ny-exp-end.png)."""

import numpy as np
import pygame
import pytest

from game.content.feel import load_feel
from game.settings import Settings
from game.sim.events import Destroyed
from game.view.effects import Effects
from game.view.particles import SMOKE
from game.view.sprites import SpriteBank

PLAYER = 1


class Still:
    left = top = 0.0


@pytest.fixture
def effects(display):
    return Effects(SpriteBank(), load_feel())


def wreck_on_ground(effects, kind: str) -> np.ndarray:
    """The pixels (x, y, rgb) of the wreck a `kind` leaves at (48, 48), drawn on black ground."""
    effects.on_events([Destroyed(7, kind, 48.0, 48.0, 0.0)], PLAYER)
    surface = pygame.Surface((96, 96))
    effects.draw_ground(surface, Still())
    return pygame.surfarray.array3d(surface).astype(int)


def art_on_ground(kind: str) -> np.ndarray:
    surface = pygame.Surface((96, 96))
    image = SpriteBank().rotated(f"{kind}_wreck", 0.0)
    surface.blit(image, image.get_rect(center=(48, 48)))
    return pygame.surfarray.array3d(surface).astype(int)


@pytest.mark.parametrize("kind", ["dis", "bul"])
def test_a_wreck_is_drawn_darker_than_its_art_and_without_its_glow(effects, kind):
    drawn, art = wreck_on_ground(effects, kind), art_on_ground(kind)
    shape = lambda pixels: int((pixels.sum(axis=2) > 0).sum())  # noqa: E731 - pixels it lights on the black ground
    assert shape(drawn) > 0.85 * shape(art)  # the same shape (its darkest edges darkened to black): the art all there
    assert drawn.sum() < 0.7 * art.sum()
    glow = lambda pixels: int((pixels[..., 0] - pixels[..., 2]).max())  # noqa: E731 - how red-orange its hottest is
    assert glow(art) > 100  # the embers the art has
    assert glow(drawn) < 40  # gone dull: nothing left lit as a live machine's red is


def test_a_wreck_smoulders_for_a_while_then_stops(effects):
    effects.on_events([Destroyed(7, "dis", 48.0, 48.0, 0.0)], PLAYER)
    for _ in range(300):  # 5 s: the blast's own smoke long gone
        effects.update(1 / 60, Settings())
    smoke = lambda: sum(1 for particle in effects.particles if particle.kind == SMOKE)  # noqa: E731
    assert smoke() > 0
    for _ in range(60 * 30):
        effects.update(1 / 60, Settings())
    assert smoke() == 0
