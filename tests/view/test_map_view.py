"""The map view: chunks drawn when first seen, kept within a bound, and the same pixels as drawing tiles directly."""

import pygame
import pytest

from game.content.level import load_level
from game.session import DEFAULT_LEVEL
from game.view import map_view
from game.view.map_view import CHUNK, MapView


@pytest.fixture
def view():
    pygame.init()
    pygame.display.set_mode((1280, 720))
    yield MapView(load_level(DEFAULT_LEVEL))
    pygame.quit()


def test_only_the_chunks_in_view_are_drawn(view):
    screen = pygame.Surface((1280, 720))
    view.draw(screen, 0, 0)
    assert sorted(view._chunks) == [(x, y) for x in range(3) for y in range(2)]


def test_the_kept_chunks_stay_within_their_bound(view, monkeypatch):
    monkeypatch.setattr(map_view, "KEPT_CHUNKS", 4)
    screen = pygame.Surface((600, 400))
    width, height = view.level.pixel_size
    for top in range(0, height, 300):
        for left in range(0, width, 300):
            view.draw(screen, left, top)
            assert len(view._chunks) <= 4


def test_a_chunk_shows_the_tiles_of_every_visible_layer_in_order(view):
    level = view.level
    screen = pygame.Surface((CHUNK, CHUNK))
    view.draw(screen, CHUNK, CHUNK)
    col, row = CHUNK // level.tile_width + 3, CHUNK // level.tile_height + 3
    expected = pygame.Surface((level.tile_width, level.tile_height))
    for layer in level.layers:
        if layer.visible and layer.cells[row][col]:
            tile = view._tiles[layer.cells[row][col]]
            expected.blit(tile, (0, level.tile_height - tile.get_height()))
    got = screen.subsurface((3 * level.tile_width, 3 * level.tile_height, level.tile_width, level.tile_height))
    assert pygame.image.tobytes(got, "RGB") == pygame.image.tobytes(expected, "RGB")
