"""The New York tileset's night palette and the helpers its rows share: asphalt, concrete, the shared noise fields."""

import math

import pygame

from tools.art.canvas import SS
from tools.art.colour import Tones, clamp8, mix
from tools.art.noise import Fbm
from tools.art.tiles_common import textured_tile

# Night over occupied Manhattan: the ground in cool blue-grey dark (about 40 % of the grey it would be by day), the
# sidewalks a shade above the road so the blocks read, the paint dimmed with them; warm sodium light only where a
# street lamp still burns, so the pools read as light and the machines stand out bright on the dark.
ASPHALT = (22, 26, 37)
CONCRETE = (31, 36, 49)
CONCRETE_DARK = (27, 31, 43)
ASH = (32, 28, 30)
LANE_YELLOW = (112, 96, 58)
LANE_WHITE = (80, 87, 100)
PALE_GRIT = (78, 84, 100)  # a pale stone of the aggregate, a crack's lip, catching what light there is
SODIUM = (255, 190, 100)
WINDOW_LIT = (255, 214, 140)
WINDOW_COLD = (150, 200, 255)
GRADOS_RED = (226, 44, 70)
GRADOS_VIOLET = Tones((74, 40, 88), outline=(18, 8, 26), dark_t=0.5, light_t=0.3)
STEEL = Tones((92, 98, 112), outline=(16, 18, 24), dark_t=0.5, light_t=0.45)
RUST_METAL = Tones((96, 62, 48), outline=(22, 14, 12), dark_t=0.5, light_t=0.35)
# What stands or lies in the street (barriers, rubble) stays a step lighter than the ground it stands on.
CONCRETE_TONES = Tones((74, 78, 90), outline=(14, 15, 20), dark_t=0.5, light_t=0.35)
RUBBLE = (62, 58, 60)
BRICK = Tones((112, 62, 52), outline=(30, 16, 14), dark_t=0.5, light_t=0.3)

# Shared by every tile of a kind: periodic over a tile, so tiles of one kind meet with no seam.
ASPHALT_FIELD = Fbm(20101)
ASPHALT_GRIT = Fbm(20102, ((16, 0.6), (32, 0.4)))
CONCRETE_FIELD = Fbm(20201, ((4, 0.5), (8, 0.5)))


def asphalt_px(x, y, rng, base=ASPHALT):
    """Worn asphalt: broad patches of wear and a fine aggregate grain, both periodic."""
    v = (ASPHALT_FIELD(x + 0.5, y + 0.5) - 0.5) * 0.22
    grit = ASPHALT_GRIT(x + 0.5, y + 0.5)
    v += (grit - 0.5) * 0.14 + rng.uniform(-0.035, 0.035)
    col = [c * (1 + v) for c in base]
    if rng.random() < 0.015:  # a pale stone of the aggregate catching the light
        col = mix(col, PALE_GRIT, 0.3)
    return col


def asphalt_surface(seed, fn=None, base=ASPHALT):
    """An asphalt tile; fn(x, y, col, rng) may change each pixel's colour."""
    return textured_tile(seed, asphalt_px, base, fn)


def concrete_px(x, y, rng, base=CONCRETE):
    v = (CONCRETE_FIELD(x + 0.5, y + 0.5) - 0.5) * 0.16 + rng.uniform(-0.03, 0.03)
    return [c * (1 + v) for c in base]


def light_pool(cv, centre, radius, alpha, edge=SODIUM, core=(255, 226, 170)):
    """A pool of light thrown on the ground round `centre`: warm white at the middle, `edge`'s colour further out,
    fading as (1 - (d/radius)^2)^2 (broad, then gone smoothly) to nothing at `radius` px, so a pool kept `radius`
    inside the tile's edges shows no seam. Blended over what the canvas holds, at its supersampled size: baked into
    the tile, so the night's light costs the game nothing per frame."""
    layer = pygame.Surface(cv.surf.get_size(), pygame.SRCALPHA)
    layer.fill((*edge, 0))
    cx, cy = centre
    for py in range(max(0, int((cy - radius) * SS)), min(cv.h * SS, math.ceil((cy + radius) * SS))):
        for px in range(max(0, int((cx - radius) * SS)), min(cv.w * SS, math.ceil((cx + radius) * SS))):
            t = math.hypot((px + 0.5) / SS - cx, (py + 0.5) / SS - cy) / radius
            if t < 1:
                layer.set_at((px, py), (*mix(edge, core, (1 - t) ** 3), clamp8(alpha * (1 - t * t) ** 2)))
    cv.surf.blit(layer, (0, 0))
