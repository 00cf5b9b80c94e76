"""Tileset row 6: breached wall, rubble, a large crater and the red warning beacon (ids 48-52); the two solid ones
return (tile, the silhouette of their footprint), which the game casts as their shadow."""

import math
import random

from tools.art.canvas import cel, rivet
from tools.art.colour import Tones
from tools.art.geometry import ellipse_pts, rect_pts
from tools.art.tiles_autotiles import WALL_TOP
from tools.art.tiles_common import (METAL_DARK, METAL_GREY, ROCK_DARK, cast_shadow, faceted_rock, footprint_shadow,
                                    rock_poly, tile_canvas)
from tools.art.tiles_decoration import crater


def rubble_chunks(cv, rng, area, count, size, palette):
    x0, y0, x1, y1 = area
    chunks = []
    for _ in range(count):
        cx, cy = rng.uniform(x0, x1), rng.uniform(y0, y1)
        r = rng.uniform(*size)
        pts = rock_poly(rng, cx, cy, r, rng.choice((4, 5, 6)), rng.uniform(0.6, 1.0), 0.35, rng.uniform(0, 6))
        chunks.append((pts, rng.choice(palette)))
    for pts, _ in chunks:
        cast_shadow(cv, pts, (0.8, 1.0), 110, 0.6)
    for pts, tones in sorted(chunks, key=lambda c: sum(p[1] for p in c[0])):
        faceted_rock(cv, pts, tones, 0.5, outline_w=0.35)


CONCRETE = Tones((150, 144, 136), outline=(36, 32, 30))
WALL_CHUNK = Tones(WALL_TOP, outline=(30, 34, 44))


def breached_wall():
    """A blasted gap in a bulkhead: two broken stubs (matching the wall's
    top colour and spine) with a rubble heap between them."""
    rng = random.Random(7000)
    cv = tile_canvas(matte=(30, 34, 42))
    cv.soft_circle((16, 12, 10), (16, 16), 11.0, 3.0, 150)
    left = [(0, 2.5), (7.5, 2.5), (9.5, 6.0), (8.0, 10.0), (11.0, 13.5), (8.5, 17.5), (10.5, 22.0), (7.0, 26.0),
            (8.0, 29.5), (0, 29.5)]
    right = [(32, 2.5), (25.5, 2.5), (23.0, 7.5), (24.5, 11.0), (22.0, 15.0), (24.0, 19.5), (22.5, 24.0),
             (25.0, 29.5), (32, 29.5)]
    rubble_chunks(cv, rng, (8, 5, 24, 28), 13, (1.4, 3.4), [WALL_CHUNK, CONCRETE, METAL_GREY])
    for stub, x0, x1 in ((left, 0.0, 8.5), (right, 23.5, 32.0)):
        cel(cv, stub, WALL_CHUNK, dark_w=1.8, light_w=1.0)
        cv.poly((96, 106, 120), rect_pts(x0, 13.0, x1 - x0, 6.0))
        cv.poly((128, 138, 152), rect_pts(x0, 13.8, x1 - x0, 5.2))
        for x in (x0 + 2.5, x1 - 2.5):
            rivet(cv, (x, 5.5), (84, 92, 106), (236, 240, 246), 0.5)
            rivet(cv, (x, 26.5), (84, 92, 106), (236, 240, 246), 0.5)
    # scorched, torn ends and bent ribs sticking out of the break
    cv.soft_circle((14, 10, 10), (9.5, 16), 2.5, 1.2, 150)
    cv.soft_circle((14, 10, 10), (23.0, 15), 2.5, 1.2, 150)
    for a, b in (((9.5, 8), (13.5, 6.5)), ((10.0, 20), (13.5, 22.5)), ((23.0, 11), (19.5, 9.5)),
                 ((22.5, 22), (19.0, 24.5))):
        cv.line((30, 28, 28), a, b, 0.7)
        cv.line((150, 140, 130), (a[0], a[1] - 0.3), (b[0], b[1] - 0.3), 0.3)
    return cv.result(), footprint_shadow([left, right], 150, 1.2)


def rubble_pile():
    rng = random.Random(7100)
    cv = tile_canvas(matte=(30, 30, 30))
    base = rock_poly(rng, 16, 16.5, 13.5, 12, 0.85, 0.15)
    cv.poly((60, 54, 50), base)
    rubble_chunks(cv, rng, (5, 6, 27, 27), 22, (1.5, 3.6), [CONCRETE, WALL_CHUNK, ROCK_DARK, METAL_GREY])
    rubble_chunks(cv, rng, (10, 10, 21, 21), 6, (2.0, 3.6), [CONCRETE, WALL_CHUNK])
    return cv.result(), footprint_shadow([base], 130, 1.5)


def loose_rubble():
    rng = random.Random(7200)
    cv = tile_canvas(matte=(30, 30, 30))
    rubble_chunks(cv, rng, (4, 4, 28, 28), 11, (0.8, 1.9), [CONCRETE, WALL_CHUNK, METAL_GREY])
    return cv.result()


def large_crater():
    cv = tile_canvas()
    crater(cv, 16, 16, 13.0)
    return cv.result()


def warning_beacon():
    cv = tile_canvas(matte=(255, 40, 30))
    cv.soft_circle((255, 30, 20), (16, 16), 10.0, 3.5, 110)
    base = ellipse_pts(16, 16, 4.6, 4.6, 12)
    cast_shadow(cv, base, (1.2, 1.5), 140, 0.8)
    cel(cv, base, METAL_DARK, ow=0.5, dark_w=1.2, light_w=0.7)
    for k in range(6):  # yellow/black ring on the housing
        a = k * math.tau / 6
        cv.line((255, 196, 40) if k % 2 == 0 else (20, 20, 20),
                (16 + math.cos(a) * 3.8, 16 + math.sin(a) * 3.8),
                (16 + math.cos(a + 0.9) * 3.8, 16 + math.sin(a + 0.9) * 3.8), 0.7)
    cv.circle((110, 10, 10), (16, 16), 2.8)
    cv.soft_circle((255, 60, 40), (16, 16), 2.6, 0.8, 255)
    cv.circle((255, 120, 100), (16, 16), 1.7)
    cv.circle((255, 230, 220), (15.3, 15.3), 0.7)
    return cv.result()
