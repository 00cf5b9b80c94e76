"""Periodic noise for seamless tiles, and the noisy round window that keeps ground features off tile edges."""

import math
import random

from tools.art.colour import smoothstep
from tools.art.tiles_grid import TILE


class PeriodicNoise:
    """Smooth value noise that repeats every `size` pixels in x and y, so
    anything built from it tiles seamlessly with itself and its siblings."""

    def __init__(self, rng, cells, size=TILE):
        self.n, self.size = cells, size
        self.g = [[rng.random() for _ in range(cells)] for _ in range(cells)]

    def __call__(self, x, y):
        n = self.n
        fx, fy = x * n / self.size, y * n / self.size
        ix, iy = math.floor(fx), math.floor(fy)
        tx, ty = fx - ix, fy - iy
        tx, ty = tx * tx * (3 - 2 * tx), ty * ty * (3 - 2 * ty)
        x0, x1, y0, y1 = ix % n, (ix + 1) % n, iy % n, (iy + 1) % n
        g = self.g
        a = g[y0][x0] + (g[y0][x1] - g[y0][x0]) * tx
        b = g[y1][x0] + (g[y1][x1] - g[y1][x0]) * tx
        return a + (b - a) * ty


class Fbm:
    def __init__(self, seed, octaves=((4, 0.55), (8, 0.3), (16, 0.15)), size=TILE):
        rng = random.Random(seed)
        self.oct = [(PeriodicNoise(rng, c, size), w) for c, w in octaves]

    def __call__(self, x, y):
        return sum(n(x, y) * w for n, w in self.oct)


WINDOW_WARP = Fbm(303, ((4, 0.7), (8, 0.3)))


def center_window(x, y, r0=8.0, r1=15.0):
    """Round fade (1 in the middle, 0 beyond r1 from the tile centre): gives
    ground features organic outlines instead of square ones, and keeps them
    away from every edge so they never seam."""
    d = math.hypot(x + 0.5 - TILE / 2, y + 0.5 - TILE / 2)
    # wobble the radius with noise so the outline is not a circle; the
    # wobble is zero-mean-ish and capped so the result still ends before
    # the edge
    d += (WINDOW_WARP(x + 0.5, y + 0.5) - 0.5) * 14.0
    return 1.0 - smoothstep(r0, r1, d)
