"""The base's floor, opaque plates that grid: ids 24-31 (row 3); 53, 54 worn plates, 55 the line up and down."""

import math
import random

from tools.art.canvas import rivet
from tools.art.colour import mix
from tools.art.geometry import rect_pts
from tools.art.noise import Fbm
from tools.art.tiles_common import finish_px, pixel_surface, tile_canvas, upscale
from tools.art.tiles_grid import TILE


DECK = (96, 102, 112)
DECK_NOISE = Fbm(4000, ((8, 0.6), (16, 0.4)))


def deck_plate(base=DECK, seed=4001, bolts=True, texture=True, grain=(0, 0)):
    """Steel plate: brushed noise (shifted by `grain` px: another plate's), bevel at the plate edges, corner bolts;
    `bolts` True for all four, or the corners' indices (top left, top right, bottom left, bottom right) to fit."""
    rng = random.Random(seed)
    gx, gy = grain

    def px(x, y):
        v = (DECK_NOISE(x + 0.5 + gx, y + 0.5 + gy) - 0.5) * 0.08 + rng.uniform(-0.02, 0.02)
        return finish_px([c * (1 + v) for c in base])

    cv = tile_canvas(matte=base)
    cv.surf = upscale(pixel_surface(TILE, px))
    hi, lo = mix(base, (230, 236, 244), 0.35), mix(base, (16, 18, 24), 0.55)
    cv.poly(hi, [(0, 0), (32, 0), (31, 1), (1, 1), (1, 31), (0, 32)])
    cv.poly(lo, [(32, 0), (32, 32), (0, 32), (1, 31), (31, 31), (31, 1)])
    if texture:
        # raised anti-slip studs, offset rows like real tread plate
        for j in range(4):
            for i in range(4):
                cx, cy = 4.5 + i * 7.7 + (1.9 if j % 2 else 0), 4.5 + j * 7.7
                if cx < 29:
                    cv.line(mix(base, (20, 22, 28), 0.35), (cx - 0.6, cy + 0.9), (cx + 1.4, cy - 0.3), 0.6)
                    cv.line(mix(base, (220, 226, 236), 0.18), (cx - 0.8, cy + 0.5), (cx + 1.2, cy - 0.7), 0.45)
    corners = ((2.8, 2.8), (29.2, 2.8), (2.8, 29.2), (29.2, 29.2))
    for k in (range(4) if bolts is True else bolts or ()):
        rivet(cv, corners[k], lo, hi, 0.7)
    return cv


def floor_deck():
    return deck_plate().result()


def floor_hazard():
    cv = deck_plate(seed=4101, texture=False)
    # yellow-black diagonal stripes, period 8 px so they join across tiles
    band_y0, band_y1 = 1.0, 7.5
    cv.poly((28, 26, 24), rect_pts(0, band_y0, 32, band_y1 - band_y0))
    for k in range(-1, 5):
        x = k * 8
        cv.poly((232, 184, 36), [(x, band_y1), (x + 4, band_y1), (x + 4 + 6.5, band_y0), (x + 6.5, band_y0)])
    cv.poly((0, 0, 0, 70), rect_pts(0, band_y1, 32, 0.7))
    rng = random.Random(4102)
    for _ in range(18):  # worn paint
        cv.circle((70, 70, 70, 110), (rng.uniform(0, 32), rng.uniform(band_y0 + 0.5, band_y1 - 0.5)),
                  rng.uniform(0.3, 0.7))
    return cv.result()


def floor_grate():
    cv = deck_plate(seed=4201, bolts=False, texture=False)
    cv.poly((22, 24, 28), rect_pts(4, 4, 24, 24))
    # depth: darker toward the lower part of the pit under the lip
    cv.poly((8, 8, 10, 160), rect_pts(4, 4, 24, 2.5))
    cv.poly((8, 8, 10, 100), rect_pts(4, 4, 2.5, 24))
    for k in range(6):
        y = 5.0 + k * 4.0
        cv.poly((70, 76, 86), rect_pts(4, y + 1.2, 24, 1.6))
        cv.poly((130, 136, 146), rect_pts(4, y + 1.2, 24, 0.5))
    for x in (12.0, 20.0):
        cv.poly((58, 62, 72), rect_pts(x - 0.8, 4, 1.6, 24))
    cv.poly(mix(DECK, (16, 18, 24), 0.55), rect_pts(3.4, 3.4, 25.2, 0.6))
    cv.poly(mix(DECK, (16, 18, 24), 0.55), rect_pts(3.4, 3.4, 0.6, 25.2))
    cv.poly(mix(DECK, (230, 236, 244), 0.3), rect_pts(3.4, 28.0, 25.2, 0.6))
    cv.poly(mix(DECK, (230, 236, 244), 0.3), rect_pts(28.0, 3.4, 0.6, 25.2))
    for p in ((2.0, 2.0), (30.0, 2.0), (2.0, 30.0), (30.0, 30.0)):
        rivet(cv, p, (40, 42, 48), (160, 166, 176), 0.55)
    return cv.result()


def floor_concrete():
    base = (148, 138, 126)
    field = Fbm(4301)
    rng = random.Random(4302)

    def px(x, y):
        v = (field(x + 0.5, y + 0.5) - 0.5) * 0.12 + rng.uniform(-0.04, 0.04)
        return finish_px([c * (1 + v) for c in base])

    cv = tile_canvas(matte=base)
    cv.surf = upscale(pixel_surface(TILE, px))
    # expansion joint at the slab edges
    cv.poly(mix(base, (30, 26, 22), 0.5), [(32, 0), (32, 32), (0, 32), (0, 31.2), (31.2, 31.2), (31.2, 0)])
    cv.poly(mix(base, (240, 232, 220), 0.25), [(0, 0), (31.2, 0), (31.2, 0.6), (0.6, 0.6), (0.6, 31.2), (0, 31.2)])
    for _ in range(10):
        x, y = rng.uniform(3, 29), rng.uniform(3, 29)
        cv.circle((60, 54, 48, 120), (x, y), rng.uniform(0.3, 0.6))
    cv.soft_circle((90, 60, 40), (20, 19), 5.0, 2.5, 60)  # rusty dust stain
    return cv.result()


def floor_line(down=False):
    """Painted line across the plate (28), or `down` it (55): a tile of its own, as the plate turned in Tiled would
    turn its bevel's light with it."""
    cv = deck_plate(seed=5501 if down else 4401)
    rng = random.Random(5502 if down else 4402)
    cv.poly((214, 186, 90, 120), rect_pts(14.5, 0, 3.0, 32) if down else rect_pts(0, 14.5, 32, 3.0))
    for _ in range(14):  # scuffed paint
        along, across = rng.uniform(0, 32), rng.uniform(14.8, 17.2)
        cv.circle((*DECK, 140), (across, along) if down else (along, across), rng.uniform(0.3, 0.8))
    return cv.result()


def floor_chevron():
    cv = deck_plate(seed=4501, texture=False)
    rng = random.Random(4502)
    paint = (236, 236, 226, 200)
    cv.poly(paint, [(16, 5), (28, 17), (28, 23), (16, 11), (4, 23), (4, 17)])
    cv.poly((232, 184, 36, 200), [(16, 14.5), (24, 22.5), (24, 26.5), (16, 18.5), (8, 26.5), (8, 22.5)])
    for _ in range(24):  # worn by landing gear
        cv.circle((*DECK, 150), (rng.uniform(4, 28), rng.uniform(5, 27)), rng.uniform(0.3, 0.9))
    return cv.result()


def floor_damaged():
    cv = deck_plate(seed=4601)
    rng = random.Random(4602)
    # dent: shading like a shallow bowl, then cracks and scorch
    cv.soft_circle((10, 10, 14), (16, 16), 7.5, 2.0, 110)
    cv.soft_circle((180, 186, 196), (17.5, 17.8), 4.5, 1.5, 80)
    for a0 in (0.3, 1.9, 3.3, 4.6):
        pts = [(16, 16)]
        a = a0
        for _ in range(5):
            a += rng.uniform(-0.4, 0.4)
            pts.append((pts[-1][0] + math.cos(a) * 2.1, pts[-1][1] + math.sin(a) * 2.1))
        cv.polyline((16, 16, 20), pts, 0.55)
        cv.polyline((170, 176, 186, 140), [(x - 0.4, y - 0.4) for x, y in pts[1:]], 0.3)
    cv.soft_circle((14, 10, 8), (14.5, 15), 4.0, 2.0, 120)
    return cv.result()


def floor_light():
    cv = deck_plate(seed=4701, texture=False)
    cv.soft_circle((120, 220, 255), (16, 16), 7.5, 2.5, 120)
    cv.circle((26, 28, 34), (16, 16), 4.4)
    cv.circle((150, 156, 166), (15.6, 15.6), 3.6)
    cv.circle((30, 34, 40), (16, 16), 3.1)
    cv.circle((150, 235, 255), (16, 16), 2.4)
    cv.circle((240, 255, 255), (15.4, 15.4), 1.1)
    return cv.result()


def floor_worn():
    """Deck plate 53: a plate of its own grain, scuffed by dragged feet and crates, an oil stain dried into it."""
    cv = deck_plate(seed=5301, grain=(11, 19))
    rng = random.Random(5302)
    cv.soft_circle((30, 24, 20), (19.0, 20.5), 7.0, 3.0, 50)  # oil soaked into the tread, darkest where it pooled
    cv.soft_circle((24, 20, 18), (21.5, 21.8), 2.6, 1.5, 50)
    for y in (6.5, 11.0, 15.5, 24.5, 27.5):  # scuffs: long shallow arcs, rubber and scraped steel, about one way
        x = rng.uniform(3, 12)
        a, ln, bend = rng.uniform(-0.3, 0.05), rng.uniform(9, 16), rng.uniform(-0.05, 0.05)
        pts = [(x + math.cos(a + bend * i) * ln * i / 4, y + math.sin(a + bend * i) * ln * i / 4) for i in range(5)]
        cv.polyline((26, 28, 34, 56), pts, 0.6)
        cv.polyline((200, 206, 216, 28), [(px, py - 0.6) for px, py in pts[1:-1]], 0.35)
    return cv.result()


def floor_patched():
    """Deck plate 54: a smaller plate welded over a hole, and a bolt gone from a corner, its hole left."""
    cv = deck_plate(seed=5401, grain=(23, 7), bolts=(0, 1, 2))
    rng = random.Random(5402)
    patch = (88, 92, 100)
    x0, y0, x1, y1 = 5.5, 12.5, 19.5, 26.0
    cv.poly(patch, rect_pts(x0, y0, x1 - x0, y1 - y0))
    for _ in range(16):  # its own wear, so it is steel and not a painted square
        cv.circle((*mix(patch, (16, 18, 24), 0.4), 90), (rng.uniform(x0, x1), rng.uniform(y0, y1)),
                  rng.uniform(0.3, 0.6))
    cv.poly(mix(patch, (230, 236, 244), 0.2), rect_pts(x0, y0, x1 - x0, 0.5))  # its edge, lit as the deck's
    cv.poly(mix(patch, (230, 236, 244), 0.2), rect_pts(x0, y0, 0.5, y1 - y0))
    cv.poly(mix(patch, (16, 18, 24), 0.35), rect_pts(x0, y1 - 0.5, x1 - x0, 0.5))
    cv.poly(mix(patch, (16, 18, 24), 0.35), rect_pts(x1 - 0.5, y0, 0.5, y1 - y0))
    edge = [(x0 + (x1 - x0) * t / 14, y0) for t in range(15)] + [(x0, y0 + (y1 - y0) * t / 14) for t in range(1, 15)]
    edge += [(x1, y0 + (y1 - y0) * t / 14) for t in range(1, 15)] + [(x0 + (x1 - x0) * t / 14, y1) for t in range(14)]
    for x, y in edge:  # weld bead: a bead of heat-tinted dots, not a drawn outline
        cv.circle((48, 44, 46, 120), (x + rng.uniform(-0.2, 0.2), y + rng.uniform(-0.2, 0.2)), 0.5)
    cv.circle((18, 18, 22), (29.2, 29.2), 0.75)  # the missing bolt's hole, rust run from it
    cv.soft_poly((120, 64, 36), [(28.6, 29.6), (29.8, 29.6), (29.4, 31.0), (28.8, 31.0)], 0.5, 70)
    return cv.result()
