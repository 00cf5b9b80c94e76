"""Tileset row 1: decorations (ids 8-15), transparent, drawn over the ground."""

import math
import random

from tools.art.canvas import cel
from tools.art.colour import RED
from tools.art.geometry import rect_pts
from tools.art.tiles_common import (METAL_DARK, METAL_GREY, METAL_WHITE, ROCK, ROCK_DARK, UN_BLUE, cast_shadow,
                                    faceted_rock, footprint_shadow, rock_poly, shadowed_rock, speckle, tile_canvas)


def deco_pebbles():
    rng = random.Random(2000)
    cv = tile_canvas()
    spots = [(8, 9), (20, 7), (14, 16), (24, 19), (7, 23), (18, 26), (27, 11), (11, 13)]
    for x, y in spots:
        r = rng.uniform(1.2, 2.3)
        pts = rock_poly(rng, x, y, r, 6, 0.8, 0.3)
        shadowed_rock(cv, pts, ROCK if rng.random() < 0.5 else ROCK_DARK, ((0.7, 0.9), 110, 0.5), 0.45,
                      outline_w=0.35)
    return cv.result()


def deco_small_rock():
    """A rock big enough to stand: (tile, its footprint's silhouette), cast by the game like an obstacle's; the
    pebble's slight shadow stays painted, as the other details' do (a pixel, flipped or not)."""
    rng = random.Random(2100)
    cv = tile_canvas()
    pts = rock_poly(rng, 15, 15, 7.5, 9, 0.85, 0.22)
    faceted_rock(cv, pts, ROCK, 0.5)
    peb = rock_poly(rng, 24, 22, 2.0, 6, 0.8)
    shadowed_rock(cv, peb, ROCK_DARK, ((0.7, 0.9), 100, 0.5), 0.45, outline_w=0.35)
    return cv.result(), footprint_shadow([pts], 120, 1.2)


def crater(cv, cx, cy, r, strength=1.0):
    """Translucent crater decal so it sits on any ground colour: raised rim
    lit on the upper-left outside, inner bowl shadowed upper-left, lit
    lower-right."""
    a = strength
    cv.soft_circle((60, 30, 18), (cx + 0.6, cy + 0.8), r * 1.12, r * 0.12, 90 * a)
    cv.soft_circle((236, 190, 140), (cx - 0.5, cy - 0.6), r * 1.02, r * 0.08, 120 * a)
    cv.soft_circle((84, 44, 26), (cx, cy), r * 0.86, r * 0.06, 200 * a)
    cv.soft_circle((200, 130, 80), (cx + r * 0.18, cy + r * 0.22), r * 0.64, r * 0.14, 170 * a)
    cv.soft_circle((120, 66, 40), (cx + r * 0.08, cy + r * 0.1), r * 0.4, r * 0.14, 150 * a)


def deco_small_crater():
    cv = tile_canvas()
    crater(cv, 16, 16, 8.5)
    return cv.result()


def tread_marks(vertical):
    cv = tile_canvas()
    for c0 in (8.0, 19.0):
        # band spans the whole tile so runs of this tile join up;
        # cleat spacing of 4 px divides 32 so the pattern is periodic
        band = rect_pts(0, c0, 32, 5)
        cv.poly((70, 36, 20, 70), band if not vertical else [(y, x) for x, y in band])
        for k in range(8):
            x = k * 4 + 0.6
            cleat = [(x, c0 + 0.6), (x + 1.6, c0 + 0.6), (x + 2.3, c0 + 2.5), (x + 1.6, c0 + 4.4),
                     (x, c0 + 4.4), (x + 0.7, c0 + 2.5)]
            lip = [(x + 1.6, c0 + 0.6), (x + 2.3, c0 + 0.6), (x + 3.0, c0 + 2.5), (x + 2.3, c0 + 4.4),
                   (x + 1.6, c0 + 4.4), (x + 2.3, c0 + 2.5)]
            if vertical:
                cleat, lip = [(y, x_) for x_, y in cleat], [(y, x_) for x_, y in lip]
            cv.poly((60, 30, 16, 110), cleat)
            cv.poly((236, 186, 130, 60), lip)
    return cv.result()


def deco_scorch():
    rng = random.Random(2300)
    cv = tile_canvas(matte=(20, 12, 8))
    cv.soft_circle((24, 14, 10), (16, 16), 11.5, 3.0, 170)
    for i in range(11):
        a = i * math.tau / 11 + rng.uniform(-0.2, 0.2)
        ln = rng.uniform(11, 14.5)
        cv.soft_poly((30, 16, 10), [(16 + math.cos(a + 0.3) * 6, 16 + math.sin(a + 0.3) * 6),
                                    (16 + math.cos(a) * ln, 16 + math.sin(a) * ln),
                                    (16 + math.cos(a - 0.3) * 6, 16 + math.sin(a - 0.3) * 6)], 0.8, 150)
    cv.soft_circle((10, 6, 6), (16, 16), 5.5, 2.0, 200)
    speckle(cv, rng, (6, 6, 26, 26), 14, [(16, 10, 8, 200), (60, 40, 30, 160)], (0.3, 0.7))
    return cv.result()


def deco_debris():
    rng = random.Random(2400)
    cv = tile_canvas(matte=(24, 24, 30))
    parts = [((9, 8.5), 5.2, METAL_WHITE), ((23, 8), 3.8, METAL_GREY), ((16.5, 19.5), 5.6, METAL_GREY),
             ((26, 23.5), 4.0, UN_BLUE), ((7, 24), 3.6, METAL_DARK), ((18, 28), 2.6, METAL_WHITE)]
    for (x, y), r, tones in parts:
        pts = rock_poly(rng, x, y, r, rng.choice((4, 5)), rng.uniform(0.5, 0.8), 0.3, rng.uniform(0, 3))
        cast_shadow(cv, pts, (0.8, 1.0), 120, 0.5)
        cel(cv, pts, tones, ow=0.4, dark_w=1.0, light_w=0.6)
    # a bent strip of metal
    strip = [(4, 15), (9, 14), (12, 16.5), (11.6, 17.6), (8.6, 15.6), (4.2, 16.3)]
    cast_shadow(cv, strip, (0.8, 1.0), 120, 0.5)
    cel(cv, strip, METAL_GREY, ow=0.35, dark_w=0.6, light_w=0.4)
    for _ in range(6):
        cv.circle(METAL_GREY.dark, (rng.uniform(4, 28), rng.uniform(4, 28)), 0.4)
    return cv.result()


def deco_cable():
    cv = tile_canvas(matte=(20, 20, 24))
    # pipe segment: cylinder shading in three bands along its length
    a, b = (3.5, 24.0), (19.0, 12.5)
    dx, dy = b[0] - a[0], b[1] - a[1]
    ln = math.hypot(dx, dy)
    nx, ny = -dy / ln, dx / ln
    r = 2.6
    body = [(a[0] + nx * r, a[1] + ny * r), (b[0] + nx * r, b[1] + ny * r), (b[0] - nx * r, b[1] - ny * r),
            (a[0] - nx * r, a[1] - ny * r)]
    cast_shadow(cv, body, (1.4, 1.7), 120, 0.9)
    cv.poly(METAL_GREY.outline, body)
    for t0, t1, col in ((-0.85, 0.85, METAL_GREY.dark), (-0.85, 0.3, METAL_GREY.mid), (-0.7, -0.2, METAL_GREY.light)):
        cv.poly(col, [(a[0] + nx * r * t0, a[1] + ny * r * t0), (b[0] + nx * r * t0, b[1] + ny * r * t0),
                      (b[0] + nx * r * t1, b[1] + ny * r * t1), (a[0] + nx * r * t1, a[1] + ny * r * t1)])
    # clamp band and torn, jagged end
    for t in (0.3,):
        p = (a[0] + dx * t, a[1] + dy * t)
        cv.line(METAL_DARK.mid, (p[0] + nx * r, p[1] + ny * r), (p[0] - nx * r, p[1] - ny * r), 1.1)
    tear = [(b[0] + nx * r, b[1] + ny * r), (b[0] + 1.2 + nx * 1.2, b[1] - 0.4 + ny * 1.2), (b[0] + 0.2, b[1] + 0.3),
            (b[0] + 1.4 - nx * 1.0, b[1] - 0.1 - ny * 1.0), (b[0] - nx * r, b[1] - ny * r)]
    cv.poly(METAL_GREY.outline, tear)
    cv.ellipse((14, 12, 14), b[0] - 0.3, b[1], 1.6, 1.9, math.atan2(dy, dx))
    # loose cable curling out of the pipe, with bare copper strands
    cable = [(b[0] + 0.6, b[1] + 0.2), (22.5, 10.5), (26.5, 12.5), (27.5, 17.5), (24.0, 21.0), (25.5, 26.5)]
    cv.polyline((22, 12, 16, 120), [(x + 0.8, y + 1.0) for x, y in cable], 1.5)
    cv.polyline((28, 28, 34), cable, 1.4)
    cv.polyline((90, 90, 104), [(x - 0.3, y - 0.35) for x, y in cable[1:]], 0.45)
    end = cable[-1]
    cv.line((235, 160, 70), end, (end[0] + 1.2, end[1] + 1.6), 0.45)
    cv.line((255, 200, 120), end, (end[0] - 0.6, end[1] + 1.9), 0.4)
    cv.poly(RED, [(end[0] - 0.8, end[1] - 0.5), (end[0] + 0.8, end[1] - 0.5), (end[0] + 0.7, end[1] + 0.4),
                  (end[0] - 0.7, end[1] + 0.4)])
    return cv.result()
