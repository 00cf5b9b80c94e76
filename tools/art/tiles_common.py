"""The tileset's palette and the helpers its rows share: ground colour, tile canvas, shadows, faceted rocks."""

import math
import random

import pygame

from tools.art import canvas
from tools.art.canvas import SS, Canvas
from tools.art.colour import Tones, clamp8, mix, sat
from tools.art.geometry import inset
from tools.art.noise import Fbm
from tools.art.tiles_grid import TILE


OCHRE = (178, 106, 60)
RUST = (150, 70, 40)
SIENNA = (128, 60, 34)
SAND = (214, 166, 114)
UMBER = (74, 42, 28)
ROCK = Tones((150, 76, 46), outline=(46, 20, 14), dark_t=0.5, light_t=0.4)
ROCK_DARK = Tones((118, 58, 38), outline=(40, 18, 12), dark_t=0.5, light_t=0.38)
METAL_WHITE = Tones((202, 206, 212), outline=(36, 38, 46), dark_t=0.4, light_t=0.6)
METAL_GREY = Tones((120, 126, 136), outline=(26, 28, 34))
METAL_DARK = Tones((72, 76, 86), outline=(16, 16, 22))
UN_BLUE = Tones((92, 142, 200), outline=(20, 34, 60))

GROUND_FIELD = Fbm(101)          # shared by every ground tile: identical at the edges


def ground_color(x, y, rng, base=OCHRE):
    """Base Mars ground: shared low-frequency mottling + fine grain."""
    v = (GROUND_FIELD(x + 0.5, y + 0.5) - 0.5) * 0.16 + rng.uniform(-0.035, 0.035)
    return [c * (1 + v) for c in base]


def finish_px(c):
    return (clamp8(c[0]), clamp8(c[1]), clamp8(c[2]), 255)


def tile_canvas(matte=(40, 24, 16)):
    return Canvas(TILE, TILE, matte)


def cast_shadow(cv, pts, offset=(2.2, 2.6), alpha=120, blur=1.6):
    """Soft shadow of an object's footprint, offset down-right, painted into the tile: for shadows within a tile
    (a slab on the slab below) and the slight ones of flat details; a standing object's shadow on the ground is
    footprint_shadow's, which the game casts down-right however the tile is flipped."""
    moved = [(x + offset[0], y + offset[1]) for x, y in pts]
    cv.soft_poly((20, 10, 6), moved, blur, alpha)


def footprint_shadow(polys, alpha=140, blur=1.6):
    """The soft silhouette of an object's footprint (polygons) in place, kept apart from the tile: the game casts it
    TILE_SHADOW px right and down under the tile turned whichever way it is painted, as one sun would; a shadow
    painted into the tile would turn with it."""
    cv = tile_canvas()
    for pts in polys:
        cv.poly((255, 255, 255), pts)
    return cv.silhouette(alpha, blur)


def rock_poly(rng, cx, cy, r, n=9, squash=1.0, jag=0.25, rot=0.0):
    pts = []
    for i in range(n):
        a = rot + i * math.tau / n + rng.uniform(-0.25, 0.25) * math.tau / n
        rr = r * (1 - jag + jag * rng.random())
        pts.append((cx + math.cos(a) * rr, cy + math.sin(a) * rr * squash))
    return pts


def faceted_rock(cv, pts, tones, top_scale=0.5, top_shift=(-0.12, -0.16), contrast=1.0, outline_w=0.5):
    """Low-poly rock: a flat top facet and side facets lit by their direction."""
    cx = sum(p[0] for p in pts) / len(pts)
    cy = sum(p[1] for p in pts) / len(pts)
    r = max(math.hypot(p[0] - cx, p[1] - cy) for p in pts)
    tx, ty = cx + top_shift[0] * r, cy + top_shift[1] * r
    top = [(tx + (x - cx) * top_scale, ty + (y - cy) * top_scale) for x, y in pts]
    cv.poly(tones.outline, [(x, y) for x, y in pts])
    inner = inset(pts, [outline_w] * len(pts)) or pts
    n = len(pts)
    for i in range(n):
        j = (i + 1) % n
        quad = [inner[i], inner[j], top[j], top[i]]
        mx, my = (inner[i][0] + inner[j][0]) / 2 - tx, (inner[i][1] + inner[j][1]) / 2 - ty
        ln = math.hypot(mx, my) or 1
        lit = (mx * canvas.LIGHT[0] + my * canvas.LIGHT[1]) / ln * contrast
        if lit >= 0:
            col = mix(tones.mid, tones.light, sat(lit) * 0.9)
        else:
            col = mix(tones.mid, tones.dark, sat(-lit) * 1.0)
        cv.poly(col, quad)
    cv.poly(mix(tones.mid, tones.light, 0.35), top)
    return top


def shadowed_rock(cv, pts, tones, shadow, *facets, **kw):
    """A faceted rock over its own soft shadow: shadow is cast_shadow's (offset, alpha, blur), the rest
    faceted_rock's."""
    cast_shadow(cv, pts, *shadow)
    return faceted_rock(cv, pts, tones, *facets, **kw)


def speckle(cv, rng, area, count, colors, r=(0.3, 0.6)):
    x0, y0, x1, y1 = area
    for _ in range(count):
        cv.circle(rng.choice(colors), (rng.uniform(x0, x1), rng.uniform(y0, y1)), rng.uniform(*r))


def overlay(surf, cv):
    """The tile `surf` with the canvas's drawing laid over it (a new surface)."""
    out = surf.copy()
    out.blit(cv.result(), (0, 0))
    return out


def pixel_surface(size, fn):
    """Build an opaque surface from a per-pixel colour function."""
    s = pygame.Surface((size, size), pygame.SRCALPHA)
    for y in range(size):
        for x in range(size):
            s.set_at((x, y), fn(x, y))
    return s


def textured_tile(seed, texture, base, fn=None):
    """A tile of per-pixel texture: texture(x, y, rng, base) gives each pixel's colour (a list), which fn(x, y, col,
    rng) may change; one generator seeded `seed` for the whole tile, so it comes out the same every run."""
    rng = random.Random(seed)

    def px(x, y):
        col = texture(x, y, rng, base)
        if fn:
            col = fn(x, y, col, rng)
        return finish_px(col)

    return pixel_surface(TILE, px)


def upscale(surf):
    return pygame.transform.scale(surf, (surf.get_width() * SS, surf.get_height() * SS))


def inside_corner(a, b, widths):
    """Of two joined sides' (u, side, ...) at an inside corner (u: a point's distance from that side's foot, in its
    face's widths), the one whose face or top the point is on: within both faces the larger u, so the faces part on
    the mitre from the corner to where their creases meet; else the one whose crease it is further past, in px, so
    a rim or setback inside the crease turns the corner square instead of running on across the tile."""
    def past(side):
        u, d = side[0], side[1]
        return (u - 1.0) * widths[d] if u >= 1.0 else u - 1.0
    return max(a, b, key=past)
