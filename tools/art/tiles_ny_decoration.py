"""New York tileset row 2 and the roof details of row 10: transparent things lying on the street (litter, rubble,
scorch, oil, tracks, a street lamp's pool of light, the resistance's painted comet) and on the towers' roofs."""

import math
import random

from tools.art.canvas import cel, rivet
from tools.art.colour import Tones, mix, rgba
from tools.art.geometry import ellipse_pts, rect_pts, star_pts
from tools.art.tiles_common import cast_shadow, rock_poly, tile_canvas
from tools.art.tiles_ny_common import (CONCRETE_TONES, GRADOS_RED, RUBBLE, SODIUM, STEEL, WINDOW_COLD,
                                       WINDOW_LIT, light_pool)


def litter():
    """Scraps of paper and broken glass blown along the street."""
    rng = random.Random(23000)
    cv = tile_canvas()
    for _ in range(4):  # scraps of paper, pale and crumpled
        cx, cy, a = rng.uniform(8, 24), rng.uniform(8, 24), rng.uniform(0, math.pi)
        pts = [(cx + math.cos(a + k * math.tau / 4 + rng.uniform(-0.3, 0.3)) * rng.uniform(1.2, 2.0),
                cy + math.sin(a + k * math.tau / 4 + rng.uniform(-0.3, 0.3)) * rng.uniform(1.0, 1.6)) for k in range(4)]
        cast_shadow(cv, pts, (0.5, 0.6), 80, 0.4)
        cv.poly(mix((100, 100, 98), (66, 70, 82), rng.random()), pts)  # in the dark, never white
    for _ in range(10):  # glass: specks catching the lamps
        cv.circle((170, 200, 230, 170), (rng.uniform(7, 25), rng.uniform(7, 25)), rng.uniform(0.25, 0.45))
    return cv.result()


def small_rubble():
    rng = random.Random(23100)
    cv = tile_canvas()
    chunks = []
    for _ in range(9):
        cx, cy, r = rng.uniform(7, 25), rng.uniform(7, 25), rng.uniform(0.9, 2.4)
        chunks.append(rock_poly(rng, cx, cy, r, rng.choice((4, 5, 6)), 0.8, 0.35, rng.uniform(0, 6)))
    for pts in chunks:
        cast_shadow(cv, pts, (0.7, 0.9), 120, 0.6)
    for pts in chunks:
        cel(cv, pts, rng.choice((CONCRETE_TONES, Tones(mix(RUBBLE, (120, 118, 116), 0.5)))), ow=0.35, dark_w=0.8,
            light_w=0.5)
    cv.polyline((110, 70, 50), [(9, 22), (13, 20.5), (16, 21.5)], 0.45)  # a bent rebar
    return cv.result()


def scorch():
    rng = random.Random(23200)
    cv = tile_canvas()
    cv.soft_circle((8, 6, 8), (16, 16), 9.5, 3.2, 200)
    for _ in range(14):  # the blast's streaks
        a, r = rng.uniform(0, math.tau), rng.uniform(9, 13)
        cv.line((10, 8, 10, 120), (16, 16), (16 + math.cos(a) * r, 16 + math.sin(a) * r), rng.uniform(0.6, 1.2))
    cv.soft_circle((4, 3, 4), (16, 16), 4.0, 1.5, 220)
    return cv.result()


def oil_puddle():
    """Rain and oil in a dip of the street: black water with a film of colour and a lamp's reflection."""
    rng = random.Random(23300)
    cv = tile_canvas()
    pts = [(16 + math.cos(a) * 11 * rng.uniform(0.6, 1.0), 16 + math.sin(a) * 6 * rng.uniform(0.6, 1.0))
           for a in [i * math.tau / 13 for i in range(13)]]
    cv.poly((14, 18, 26, 150), pts)
    cv.soft_circle((90, 60, 130), (13, 15), 3.5, 1.5, 70)
    cv.soft_circle((40, 110, 110), (19, 18), 3.0, 1.5, 60)
    cv.ellipse((255, 200, 130, 120), 15, 13, 3.5, 0.8)
    return cv.result()


def tread_marks(vertical):
    """Two tracks of a machine's feet pressed into grit on the street: they join across tiles."""
    cv = tile_canvas()
    for lane in (9.0, 23.0):
        for k in range(8):
            t = k * 4 + 0.5
            r = rect_pts(lane - 2.8, t, 5.6, 2.2) if vertical else rect_pts(t, lane - 2.8, 2.2, 5.6)
            cv.poly((20, 20, 24, 90), r)
    return cv.result()


def street_lamp():
    """A street lamp seen from above: its arm and head, and the warm pool of light it still throws on the dark street,
    as wide as the tile lets it be."""
    cv = tile_canvas(matte=SODIUM)
    light_pool(cv, (16, 16), 15.5, 150)
    cast_shadow(cv, [(4, 15), (16, 15), (16, 17), (4, 17)], (2.5, 3.0), 110, 1.0)
    cv.line((30, 32, 38), (4, 16), (15, 16), 1.4)  # the arm from the post at the kerb
    cv.circle((40, 42, 50), (4, 16), 1.6)
    cel(cv, ellipse_pts(17, 16, 3.4, 2.2, 14), STEEL, ow=0.4, dark_w=0.8, light_w=0.5)
    cv.ellipse((255, 236, 190), 17.4, 16.6, 1.8, 1.0)
    return cv.result()


def resistance_comet():
    """The resistance's sign, sprayed on the street: a blue comet and its tail, for the Layzner they wait for."""
    rng = random.Random(23600)
    cv = tile_canvas(matte=(60, 140, 230))
    blue = (70, 150, 235)
    for k in range(4):  # the tail: sprayed strokes, thinning
        y = 19 + (k - 1.5) * 2.2
        cv.line(rgba(blue, 150 - k * 20), (5 + k * 1.5, y + 4 - k), (18, 15.5 + (k - 1.5) * 1.2), 1.4 - k * 0.15)
    cv.poly(rgba(blue, 210), star_pts((21, 13), [5.6] * 5, 2.4, -math.pi / 2))
    cv.circle((200, 230, 255, 200), (21, 13), 1.5)
    for _ in range(30):  # overspray
        a, r = rng.uniform(0, math.tau), rng.uniform(3, 8)
        cv.circle(rgba(blue, 70), (21 + math.cos(a) * r, 13 + math.sin(a) * r), 0.35)
    return cv.result()


def roof_beacon():
    """An aircraft warning light on a tower's roof, red over the black glass."""
    cv = tile_canvas(matte=GRADOS_RED)
    cv.soft_circle((255, 40, 40), (16, 16), 6.5, 3.5, 150)
    cel(cv, rect_pts(13.5, 13.5, 5, 5), STEEL, ow=0.4, dark_w=0.8, light_w=0.5)
    cv.circle((255, 90, 80), (16, 16), 1.8)
    cv.circle((255, 230, 220), (15.6, 15.6), 0.7)
    return cv.result()


def roof_unit():
    """A block of ventilation plant on a roof: a housing with two fans, one window of the plant room lit."""
    cv = tile_canvas()
    box = rect_pts(5, 7, 22, 16)
    cast_shadow(cv, box, (2.0, 2.5), 150, 1.2)
    cel(cv, box, STEEL, ow=0.5, dark_w=1.6, light_w=0.9)
    for cx in (11.5, 20.5):
        cv.circle((16, 18, 22), (cx, 15), 3.6)
        for k in range(3):
            a = k * math.tau / 3
            cv.line((70, 76, 90), (cx, 15), (cx + math.cos(a) * 3.2, 15 + math.sin(a) * 3.2), 0.8)
        cv.circle((90, 96, 110), (cx, 15), 0.8)
    cv.poly(WINDOW_LIT, rect_pts(7, 24, 4, 1.6))
    for p in ((6.5, 8.5), (25.5, 8.5), (6.5, 21.5), (25.5, 21.5)):
        rivet(cv, p, (40, 44, 52), (150, 156, 170), 0.4)
    return cv.result()


def roof_helipad():
    """Part of a rooftop landing pad: a pale ring and letter H, worn; the corner lights cold blue."""
    cv = tile_canvas()
    ring = (150, 156, 166, 150)
    cv.poly((24, 26, 32, 200), ellipse_pts(16, 16, 13, 13, 32))
    for a0 in range(0, 360, 45):
        a, b = math.radians(a0 + 6), math.radians(a0 + 39)
        pts = [(16 + math.cos(a + (b - a) * t / 6) * 11.5, 16 + math.sin(a + (b - a) * t / 6) * 11.5)
               for t in range(7)]
        cv.polyline(ring, pts, 1.2)
    for x in (11.5, 20.5):
        cv.line(ring, (x, 10), (x, 22), 1.6)
    cv.line(ring, (11.5, 16), (20.5, 16), 1.6)
    for p in ((3, 3), (29, 3), (3, 29), (29, 29)):
        cv.soft_circle(WINDOW_COLD, p, 1.2, 1.0, 200)
    return cv.result()


def roof_water_tank():
    """The old city's wooden water tank on its steel legs, from above."""
    cv = tile_canvas()
    disc = ellipse_pts(16, 16, 10, 10, 24)
    cast_shadow(cv, disc, (3.0, 3.6), 150, 1.4)
    cel(cv, disc, Tones((92, 70, 56), outline=(24, 16, 12)), ow=0.5, dark_w=2.0, light_w=1.0)
    for r in (7.5, 4.0):
        cv.poly((70, 52, 42), ellipse_pts(16, 16, r, r, 20))
        cv.poly((84, 64, 52), ellipse_pts(16, 16, r - 0.6, r - 0.6, 20))
    cv.poly((50, 38, 30), star_pts((16, 16), [3.0] * 4, 1.2, math.pi / 4))
    return cv.result()
