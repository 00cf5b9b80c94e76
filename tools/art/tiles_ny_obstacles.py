"""New York tileset row 3: the solid things in the streets (ids 24-31), transparent; each returns (tile, the soft
silhouette of its footprint, which the game casts as its shadow): burnt-out cars, the resistance's barricades, a
rubble heap, a Gradosian checkpoint pylon, a fire in a drum; and 94, in the last row, the landing field's cargo
crate."""

import math
import random

from tools.art.canvas import cel, panel_line, rivet
from tools.art.colour import Tones, mix, rgba
from tools.art.geometry import ellipse_pts, rect_pts
from tools.art.tiles_common import cast_shadow, faceted_rock, footprint_shadow, rock_poly, tile_canvas
from tools.art.tiles_ny_common import (CONCRETE_TONES, GRADOS_RED, GRADOS_VIOLET, RUBBLE, RUST_METAL, SODIUM,
                                       STEEL, light_pool)

CHAR = Tones((58, 50, 48), outline=(12, 10, 10), dark_t=0.5, light_t=0.3)


def car(vertical, seed):
    """A burnt-out sedan: charred shell, rust blooming through, glass gone, one door hanging open."""
    rng = random.Random(seed)
    cv = tile_canvas(matte=(12, 10, 10))

    def t(pts):
        return [(y, x) for x, y in pts] if vertical else pts

    body = t([(2.5, 10), (5, 7.5), (27, 7.5), (29.5, 10), (29.5, 22), (27, 24.5), (5, 24.5), (2.5, 22)])
    door = t([(12, 24.2), (19, 24.2), (18, 28.5), (11.5, 27.8)])
    cel(cv, door, CHAR, ow=0.4, dark_w=0.6, light_w=0.4)
    cel(cv, body, CHAR, ow=0.6, dark_w=1.6, light_w=0.9)
    for _ in range(7):  # rust through the burnt paint
        x, y = rng.uniform(5, 27), rng.uniform(9, 23)
        cv.soft_circle(RUST_METAL.mid, t([(x, y)])[0], rng.uniform(1.2, 2.6), 0.8, 150)
    cabin = t([(9.5, 10.5), (22, 10.5), (23.5, 12.5), (23.5, 19.5), (22, 21.5), (9.5, 21.5), (8.5, 19.5), (8.5, 12.5)])
    cv.poly((30, 26, 26), cabin)
    cv.poly((8, 8, 10), t(rect_pts(10.5, 12, 3.4, 8)))   # the windscreen's hole
    cv.poly((8, 8, 10), t(rect_pts(19.5, 12, 2.8, 8)))   # the rear window's
    cv.poly((44, 38, 36), t(rect_pts(13.9, 11.5, 5.6, 9)))  # the roof, sagging
    panel_line(cv, *t([(16.6, 11.8), (16.6, 20.2)]), (14, 12, 12), (80, 70, 66), 0.35)
    for p in ((12.2, 13.2), (20.8, 18.5)):  # glints of broken glass left in the frames
        q = t([p])[0]
        cv.line((150, 180, 210, 200), q, (q[0] + 0.8, q[1] + 0.6), 0.35)
    for p in ((5.5, 8.5), (5.5, 23.5), (26.5, 8.5), (26.5, 23.5)):  # bare wheel hubs
        cv.circle((22, 20, 20), t([p])[0], 1.6)
    cv.soft_circle((255, 120, 40), t([(4, 16)])[0], 1.2, 1.0, 90)  # an ember still in the engine bay
    return cv.result(), footprint_shadow([body, door], 150, 1.6)


def burnt_car_h():
    return car(False, 24000)


def burnt_car_v():
    return car(True, 24100)


def sandbags():
    """The resistance's barricade: a double row of sandbags across the tile, a steel plate propped behind them."""
    rng = random.Random(24200)
    cv = tile_canvas()
    plate = rect_pts(3, 6, 26, 4)
    cel(cv, plate, STEEL, ow=0.45, dark_w=1.0, light_w=0.6)
    for p in ((5, 8), (16, 8), (27, 8)):
        rivet(cv, p, (40, 44, 52), (170, 176, 190), 0.45)
    bag = Tones((112, 104, 80), outline=(30, 26, 20), dark_t=0.55, light_t=0.35)
    bags = []
    for row, y in enumerate((15.5, 22.5)):
        for k in range(4):
            x = 1.5 + k * 7.5 + (3.5 if row else 0) + rng.uniform(-0.4, 0.4)
            if x + 7 > 31.5:
                continue
            bags.append(ellipse_pts(x + 3.6, y, 3.9, 3.1, 14, rng.uniform(-0.1, 0.1)))
    for pts in bags:
        cel(cv, pts, bag, ow=0.45, dark_w=1.2, light_w=0.7)
        cx, cy = sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts)
        cv.line(bag.outline, (cx - 1.5, cy - 0.3), (cx + 1.5, cy + 0.2), 0.3)  # the seam
    return cv.result(), footprint_shadow([plate] + bags, 150, 1.6)


def tank_trap():
    """A steel hedgehog: three beams welded across each other, rusted, to stop anything on legs or wheels."""
    cv = tile_canvas()
    beams = []
    for a in (math.radians(20), math.radians(80), math.radians(140)):
        dx, dy, nx, ny = math.cos(a) * 13, math.sin(a) * 13, -math.sin(a) * 1.8, math.cos(a) * 1.8
        beams.append([(16 - dx + nx, 16 - dy + ny), (16 + dx + nx, 16 + dy + ny),
                      (16 + dx - nx, 16 + dy - ny), (16 - dx - nx, 16 - dy - ny)])
    for pts in beams:
        cel(cv, pts, RUST_METAL, ow=0.45, dark_w=1.1, light_w=0.7)
    cel(cv, rect_pts(13.5, 13.5, 5, 5), STEEL, ow=0.4, dark_w=0.9, light_w=0.5)
    return cv.result(), footprint_shadow(beams, 140, 1.4)


def rubble_heap():
    """A heap of a fallen facade: slabs of concrete, bricks, twisted rebar, dust."""
    rng = random.Random(24400)
    cv = tile_canvas()
    base = rock_poly(rng, 16, 16.5, 14.0, 12, 0.85, 0.18)
    faceted_rock(cv, base, Tones(mix(RUBBLE, (96, 92, 88), 0.5), outline=(24, 22, 22)), 0.7)
    slabs = []
    for _ in range(8):
        cx, cy, r = rng.uniform(8, 24), rng.uniform(8, 24), rng.uniform(2.2, 4.6)
        slabs.append((rock_poly(rng, cx, cy, r, 4, rng.uniform(0.5, 0.9), 0.15, rng.uniform(0, 3)),
                      rng.choice((CONCRETE_TONES, CONCRETE_TONES, Tones((112, 62, 52), outline=(30, 16, 14))))))
    for pts, _ in slabs:
        cast_shadow(cv, pts, (0.9, 1.1), 120, 0.7)
    for pts, tones in sorted(slabs, key=lambda s: sum(p[1] for p in s[0])):
        faceted_rock(cv, pts, tones, 0.55, outline_w=0.35)
    for pts in ([(9, 9), (12, 7), (14, 9.5)], [(20, 22), (24, 20.5), (26, 23)]):
        cv.polyline((34, 20, 16), [(x + 0.3, y + 0.3) for x, y in pts], 0.6)
        cv.polyline((150, 92, 66), pts, 0.45)
    return cv.result(), footprint_shadow([base], 150, 1.8)


def jersey_barrier():
    """Concrete road barriers across the street, the resistance's blue stripe sprayed on them."""
    cv = tile_canvas()
    blocks = [rect_pts(1, 10, 14.5, 11), rect_pts(16.5, 10.5, 14.5, 11)]
    for pts in blocks:
        cel(cv, pts, CONCRETE_TONES, ow=0.5, dark_w=2.2, light_w=1.2)
        x0, y0 = pts[0]
        cv.poly(mix(CONCRETE_TONES.mid, (230, 230, 226), 0.25), rect_pts(x0 + 2.2, y0 + 3.6, 10, 3.6))  # the crown
        cv.poly(rgba((60, 140, 230), 200), rect_pts(x0 + 3.5, y0 + 4.4, 7.5, 1.6))
    for x in (3, 11, 20, 28):
        cv.circle((40, 38, 40), (x, 20), 0.6)  # chipped edges
    return cv.result(), footprint_shadow(blocks, 150, 1.6)


def grados_pylon():
    """A Gradosian checkpoint pylon: an angular dark violet plinth, its faceted crown split by a red sensor slit."""
    cv = tile_canvas(matte=(18, 8, 26))
    outer = [(16, 2), (28, 9), (28, 23), (16, 30), (4, 23), (4, 9)]
    cel(cv, outer, GRADOS_VIOLET, ow=0.6, dark_w=2.2, light_w=1.2)
    crown = [(16, 7), (23.5, 11.5), (23.5, 20.5), (16, 25), (8.5, 20.5), (8.5, 11.5)]
    faceted = Tones(mix(GRADOS_VIOLET.mid, (150, 120, 170), 0.25), outline=GRADOS_VIOLET.outline)
    faceted_rock(cv, crown, faceted, 0.45, (0.0, 0.0), 1.2)
    cv.soft_circle(GRADOS_RED, (16, 16), 4.5, 2.5, 120)
    cv.poly((40, 0, 12), [(16, 10.5), (18, 16), (16, 21.5), (14, 16)])
    cv.poly((255, 80, 96), [(16, 12), (17, 16), (16, 20), (15, 16)])
    cv.circle((255, 220, 220), (16, 15.2), 0.6)
    return cv.result(), footprint_shadow([outer], 160, 1.8)


def fire_drum():
    """The resistance's fire in an oil drum, a second drum beside it: warm light on the street round them."""
    cv = tile_canvas(matte=SODIUM)
    light_pool(cv, (16, 16), 15.5, 160, (255, 130, 50), (255, 190, 110))
    drums = [ellipse_pts(13, 13, 6.5, 6.5, 20), ellipse_pts(24, 23, 5, 5, 18)]
    for pts in drums:
        cel(cv, pts, Tones((70, 84, 96), outline=(14, 16, 20)), ow=0.5, dark_w=1.4, light_w=0.8)
    cv.poly((22, 14, 10), ellipse_pts(13, 13, 5, 5, 20))
    cv.soft_circle((255, 120, 30), (13, 13), 4.6, 1.4, 230)
    cv.soft_circle((255, 210, 120), (12.4, 12.4), 2.4, 1.0, 240)
    cv.circle((255, 245, 220), (12, 12), 0.9)
    cv.poly((40, 46, 56), ellipse_pts(24, 23, 3.5, 3.5, 16))  # the other drum's lid
    cv.poly((120, 128, 140), ellipse_pts(23.4, 22.4, 1.6, 1.6, 12))
    return cv.result(), footprint_shadow(drums, 150, 1.5)


def cargo_crate():
    """A Gradosian cargo crate set down on the landing field: a ribbed box of violet-grey steel, banded, a red stencil
    on its lid; steel rather than the checkpoint's violet, so it reads as freight, not as a wall."""
    cv = tile_canvas()
    crate = Tones(mix(STEEL.mid, GRADOS_VIOLET.mid, 0.35), outline=(16, 12, 24), dark_t=0.5, light_t=0.4)
    box = rect_pts(2.5, 4, 27, 24)
    cel(cv, box, crate, ow=0.55, dark_w=1.8, light_w=1.0)
    for x in (8, 13.5, 18.5, 24):  # the ribs pressed into the lid
        panel_line(cv, (x, 6), (x, 26), crate.outline, crate.light, 0.4)
    for y in (9, 23):  # the straps across it
        cv.poly(mix(crate.dark, (20, 18, 26), 0.4), rect_pts(3, y, 26, 1.6))
    cv.poly(GRADOS_RED, [(16, 12.5), (19.5, 16), (16, 19.5), (12.5, 16)])  # the stencil, Gradosian red
    cv.poly(mix(crate.mid, (30, 20, 40), 0.5), [(16, 14.3), (17.7, 16), (16, 17.7), (14.3, 16)])
    for p in ((4.5, 6), (27.5, 6), (4.5, 26), (27.5, 26)):  # the corner castings
        rivet(cv, p, (30, 28, 40), (190, 186, 206), 0.6)
    return cv.result(), footprint_shadow([box], 150, 1.6)
