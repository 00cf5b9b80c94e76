"""The New York tileset's night palette and the helpers its rows share: asphalt, concrete, the shared noise fields."""

from tools.art.colour import Tones, mix
from tools.art.noise import Fbm
from tools.art.tiles_common import textured_tile

# Night over occupied Manhattan: cool blue-grey shadows, warm sodium light where a street lamp still burns.
ASPHALT = (58, 62, 72)
CONCRETE = (92, 94, 102)
CONCRETE_DARK = (78, 80, 88)
ASH = (70, 66, 66)
LANE_YELLOW = (196, 164, 84)
LANE_WHITE = (176, 182, 188)
SODIUM = (255, 190, 100)
WINDOW_LIT = (255, 214, 140)
WINDOW_COLD = (150, 200, 255)
GRADOS_RED = (226, 44, 70)
GRADOS_VIOLET = Tones((74, 40, 88), outline=(18, 8, 26), dark_t=0.5, light_t=0.3)
STEEL = Tones((92, 98, 112), outline=(16, 18, 24), dark_t=0.5, light_t=0.45)
RUST_METAL = Tones((96, 62, 48), outline=(22, 14, 12), dark_t=0.5, light_t=0.35)
CONCRETE_TONES = Tones(CONCRETE, outline=(26, 26, 30), dark_t=0.5, light_t=0.35)
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
        col = mix(col, (150, 154, 162), 0.3)
    return col


def asphalt_surface(seed, fn=None, base=ASPHALT):
    """An asphalt tile; fn(x, y, col, rng) may change each pixel's colour."""
    return textured_tile(seed, asphalt_px, base, fn)


def concrete_px(x, y, rng, base=CONCRETE):
    v = (CONCRETE_FIELD(x + 0.5, y + 0.5) - 0.5) * 0.16 + rng.uniform(-0.03, 0.03)
    return [c * (1 + v) for c in base]
