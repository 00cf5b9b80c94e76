"""Standing tiles (rocks, wrecks, crates) flipped or turned in Tiled keep the map's one light: their shadow falls
down-right, as an unturned one's does, and the tileset shows each tile as the game draws it."""

import os
from pathlib import Path

import numpy as np
import pygame
import pytest

from game.content.level import load_level
from game.view import tiles as map_tiles
from game.view.map_view import MapView
from tests.maps import mars_map

ROOT = Path(__file__).resolve().parents[2]
SHEET = ROOT / "assets" / "tilesets" / "mars.png"
FLIP_X, FLIP_Y, FLIP_D = 1 << 31, 1 << 30, 1 << 29  # Tiled's flags in a gid: X, Y and the diagonal (Z turns)
TURNS = [FLIP_X, FLIP_Y, FLIP_X | FLIP_Y, FLIP_D, FLIP_D | FLIP_X, FLIP_D | FLIP_Y, FLIP_D | FLIP_X | FLIP_Y]
# Tile ids that stand and cast a shadow: small rock, the obstacles, the rubble pile. The breached wall (48) stands
# too, but its stubs fill the tile's sides, which leaves too little shadow in the tile to weigh here.
STANDING = [9, 16, 17, 18, 19, 20, 21, 22, 23, 49]


@pytest.fixture(autouse=True)
def display():
    pygame.init()
    pygame.display.set_mode((64, 64))
    yield
    pygame.quit()


def map_of(folder, gids: list[int]):
    """A one-row map of the game's tileset holding these gids (flip flags and all), read as the game reads it."""
    return mars_map(folder, {"walls": [gids]})


def alpha(image: pygame.Surface) -> np.ndarray:
    return pygame.surfarray.array_alpha(image).astype(float)  # [x, y]


def shadow_side(image: pygame.Surface) -> tuple[float, float]:
    """How far (px, right and down) the middle of the tile's weight (its alpha) lies from the middle of its solid
    pixels: the side its see-through shadow is on."""
    weight = alpha(image)
    xs, ys = np.meshgrid(np.arange(weight.shape[0]), np.arange(weight.shape[1]), indexing="ij")
    solid = weight == 255
    return (float((weight * xs).sum() / weight.sum() - xs[solid].mean()),
            float((weight * ys).sum() / weight.sum() - ys[solid].mean()))


def turned(image: pygame.Surface, flags: int) -> pygame.Surface:
    """The image as Tiled shows it with these flags (the diagonal is a transpose, then X and Y mirror)."""
    if flags & FLIP_D:
        image = pygame.transform.flip(pygame.transform.rotate(image, 90), False, True)
    return pygame.transform.flip(image, bool(flags & FLIP_X), bool(flags & FLIP_Y))


@pytest.mark.parametrize("flags", TURNS, ids=lambda f: "".join(n for n, b in zip("XYD", (FLIP_X, FLIP_Y, FLIP_D))
                                                                if f & b))
def test_a_flipped_or_turned_standing_tile_keeps_its_shadow_down_right_and_turns_only_its_body(tmp_path, flags):
    tiles = MapView(map_of(tmp_path, [tid + 1 for tid in STANDING] + [(tid + 1) | flags for tid in STANDING]))._tiles
    for tid in STANDING:
        plain, flipped = tiles[tid + 1], tiles[(tid + 1) | flags]
        right, down = shadow_side(flipped)
        assert right > 0.1 and down > 0.1, (tid, right, down)  # as unturned: shadow_side(plain) is right and down
        # the body itself turns, as Tiled shows it: its solid pixels are the unturned tile's, turned
        assert np.array_equal(alpha(flipped) == 255, alpha(turned(plain, flags)) == 255), tid


def test_a_standing_tile_as_painted_is_the_tileset_s_picture_its_body_over_its_shadow_cast_as_the_game_casts_it():
    # So Tiled shows what the game draws, and a turned tile's shadow is the same shadow, only cast the one way.
    sheets = map_tiles.Sheets()
    shown = sheets.image(str(SHEET))
    for tid in STANDING + [48]:
        rect = (tid % 8 * 32, tid // 8 * 32, 32, 32)
        body, shadow = sheets.body_and_shadow(str(SHEET), rect)
        assert alpha(shadow).any() and (alpha(body) < alpha(shown.subsurface(rect))).any(), tid  # a shadow apart
        drawn = map_tiles.over_shadow(body, shadow)
        assert pygame.image.tobytes(drawn, "RGBA") == pygame.image.tobytes(shown.subsurface(rect), "RGBA"), tid


def test_tiles_that_cast_no_shadow_apart_are_flipped_whole_and_a_map_that_flips_nothing_reads_the_tileset_alone(
        tmp_path, monkeypatch):
    # 8 pebbles and 13 a scorch mark keep their own slight shading; 38 a wall corner is opaque
    flat = [8, 13, 38]
    level = map_of(tmp_path, [tid + 1 for tid in flat] + [(tid + 1) | FLIP_X | FLIP_D for tid in flat])
    tiles = MapView(level)._tiles
    for tid in flat:
        whole = turned(tiles[tid + 1], FLIP_X | FLIP_D)
        assert pygame.image.tobytes(tiles[(tid + 1) | FLIP_X | FLIP_D], "RGBA") == pygame.image.tobytes(whole, "RGBA")
    read = []
    loader = pygame.image.load
    # what is decoded, by the file's name (from bytes read, its name is the hint after them)
    monkeypatch.setattr(pygame.image, "load",
                        lambda source, *hint: read.append(os.path.basename(hint[0] if hint else source))
                        or loader(source, *hint))
    monkeypatch.setattr(map_tiles, "_DECODED", {})  # none decoded before, by an earlier view
    MapView(load_level(ROOT / "levels" / "outpost.tmx"))
    assert read == ["mars.png", "mars_corners.png"]  # and the autotiles' inside corners: no bodies, no shadows


def lit_side(image: pygame.Surface, body: np.ndarray) -> tuple[float, float]:
    """Which way (px, right and down) the tile is lit: how far the middle of its brightness over the body's solid
    pixels (`body`, [x, y] booleans) lies from their middle."""
    light = pygame.surfarray.array3d(image).astype(float).mean(axis=2)[body]
    xs, ys = np.nonzero(body)
    return float((light * xs).sum() / light.sum() - xs.mean()), float((light * ys).sum() / light.sum() - ys.mean())


# The rocks and the crates: shaded by the art's key light, facet by facet. The wrecks, the fuel tank and the rubble
# pile have their shading painted in place, and turn it with them still.
RELIT = [9, 16, 18, 19, 22]


@pytest.mark.parametrize("flags", TURNS, ids=lambda f: "".join(n for n, b in zip("XYD", (FLIP_X, FLIP_Y, FLIP_D))
                                                                if f & b))
def test_a_flipped_or_turned_rock_is_lit_from_the_maps_sun_as_the_rock_painted_as_it_is(tmp_path, flags):
    # Flipped upside down, a rock lit from above showed its lit face below, under a shadow cast down-right: two suns
    tiles = MapView(map_of(tmp_path, [tid + 1 for tid in RELIT] + [(tid + 1) | flags for tid in RELIT]))._tiles
    bodies = pygame.image.load(str(SHEET.with_name("mars_body.png")))
    for tid in RELIT:
        body = bodies.subsurface((tid % 8 * 32, tid // 8 * 32, 32, 32))
        plain = lit_side(tiles[tid + 1], alpha(body) == 255)
        flipped = lit_side(tiles[(tid + 1) | flags], alpha(turned(body, flags)) == 255)
        apart = np.degrees(np.arccos(np.dot(plain, flipped) / np.hypot(*plain) / np.hypot(*flipped)))
        assert apart < 40, (tid, plain, flipped)  # turned with the tile: 48° (a spire mirrored) to 180°
