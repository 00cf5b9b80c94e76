"""The Bul after a fight: disabled (the cannon arm shot off, the cannon dropped, the pilot gone) and wrecked."""

import random

from tools.art.bul import (BL_CHAR, BUL_ARMS, BUL_HEAD, C, SIZE, bul_arms, bul_cannon, bul_engines, bul_hands, bul_head,
                           bul_hull, bul_shoulder)
from tools.art.canvas import Canvas, cel
from tools.art.colour import Tones
from tools.art.dis import dis_stump
from tools.art.dis_damaged import powered_down, scorched_ground, shards
from tools.art.geometry import inset, transform

# The disabled Bul's north forearm is torn off past the elbow; its stump ends here.
BUL_STUMP_END = (57.0, 27.0)
# With no arm to hold it, the cannon hangs from the south fist, its muzzle swung down across the ground.
BUL_DROP = (30.0, (62.0, 48.0))  # degrees (clockwise on screen), pivot
# Where the hits that disabled it left soot on the Bul: (centre, radius).
BUL_SCORCHES = (((44.0, 14.0), 4.4),  # the shoulder above the lost arm
                ((28.0, 52.0), 3.4),  # hull
                ((16.0, 60.0), 2.6),  # south engine
                ((36.0, 76.0), 3.0),  # south shoulder
                ((72.0, 62.0), 2.2))  # cannon


def draw_bul_disabled():
    """A Bul shot out of the fight, pixel-aligned with bul.png: the cannon arm torn off and sparking, the cannon
    hanging from the other fist, engines dead, hatch open over an empty seat, armour darkened and scorched."""
    rng = random.Random(4502)
    cv = Canvas(SIZE, SIZE, matte=(10, 9, 16))
    ang, pivot = BUL_DROP

    def drop(pts):
        return transform(pts, ang, 0, 0, pivot)

    bul_engines(cv, dead=True)
    bul_hull(cv)
    bul_head(cv, hatch_open=True)
    bul_cannon(cv, drop)
    bul_arms(cv, broken=True)
    dis_stump(cv, BUL_ARMS[0][0], BUL_STUMP_END)
    bul_hands(cv, broken=True, tf=drop)
    bul_shoulder(cv, False)
    bul_shoulder(cv, True)
    shadow = powered_down(cv, rng, BUL_SCORCHES,
                          (((50.0, 17.5), (53.0, 24.0), (30.0, 56.0), (41.0, 70.0)), 0.8, 1.0, 0.5),
                          (BUL_ARMS[0][0], BUL_STUMP_END, 7.5, 2.4))
    return cv.result(), shadow


def draw_bul_wreck():
    """Burnt Bul parts round a wide scorch mark: the hull broken in two, its shoulder slabs and cannon thrown clear."""
    rng = random.Random(4501)
    cv = Canvas(SIZE, SIZE, matte=(14, 10, 8))
    scorched_ground(cv, rng, (C, C + 1), 26, 18, (22, 38), 12)
    cv.soft_circle((8, 6, 6), (C, C + 1), 15, 3.5, 200)

    burnt = Tones((50, 46, 50), outline=(8, 6, 6), dark_t=0.5, light_t=0.25)
    burnt_plate = Tones((64, 58, 60), outline=(8, 6, 6), dark_t=0.5, light_t=0.25)
    burnt_m = Tones((62, 30, 40), outline=(8, 4, 6), light_t=0.25)
    charcoal = Tones((32, 30, 32), outline=(6, 5, 5), light_t=0.2)

    # the hull broken in two across its middle, both halves still squat and keeled, a blast hole in the front one
    back = [(17.0, 29.0), (24.0, 22.0), (37.0, 22.0), (35.0, 33.0), (39.0, 44.0), (34.0, 55.0), (37.0, 66.0),
            (24.0, 66.0), (17.0, 59.0)]
    front = [(39.0, 22.0), (50.0, 22.0), (60.0, 30.0), (60.0, 58.0), (50.0, 66.0), (39.0, 66.0), (36.0, 55.0),
             (41.0, 44.0), (37.0, 33.0)]
    keel_back = [(22.0, 38.5), (38.0, 37.8), (39.0, 44.0), (37.5, 50.2), (22.0, 49.5)]
    keel_front = [(42.0, 37.6), (56.0, 37.0), (58.5, 44.0), (56.0, 51.0), (42.0, 50.4), (43.0, 44.0)]

    def rear(pts):
        return transform(pts, -22, -4, 3, (28, 44), 0.9)

    def fore(pts):
        return transform(pts, 12, 5, -1, (48, 44), 0.9)

    cel(cv, rear(back), burnt_m, dark_w=1.8, light_w=0.7)
    cel(cv, rear(keel_back), charcoal, ow=0.4, dark_w=0.9, light_w=0.4)
    cel(cv, fore(front), burnt_m, dark_w=1.8, light_w=0.7)
    cel(cv, fore(keel_front), charcoal, ow=0.4, dark_w=0.9, light_w=0.4)
    hole = fore([(44.0, 44.0), (47.0, 40.5), (50.0, 42.5), (54.0, 41.5), (53.0, 46.0), (55.0, 49.5), (49.0, 50.5),
                 (45.5, 48.5)])
    cv.poly((14, 8, 8), hole)
    cv.soft_poly((255, 110, 30), inset(hole, [1.2] * len(hole)) or hole, 0.8, 220)
    cv.poly((255, 190, 90), inset(hole, [2.2] * len(hole)) or hole)
    # a shoulder slab thrown forward, the other behind, the head rolled off to the side, one horn snapped off
    slab = [(19.5, 26.5), (18.0, 17.0), (23.0, 11.0), (46.0, 10.5), (54.0, 14.5), (55.0, 25.0), (48.0, 30.5),
            (27.0, 31.0)]
    band = [(19.6, 16.8), (23.8, 12.4), (45.6, 12.0), (52.6, 15.4), (52.8, 19.0), (45.0, 17.2), (24.2, 17.6)]
    for spin, dx, dy, about, scale in ((24, 8, 2, (36, 20), 0.8), (168, -4, 6, (36, 68), 0.72)):
        cel(cv, transform(slab, spin, dx, dy, about, scale), burnt_plate, dark_w=1.8, light_w=0.7)
        cel(cv, transform(band, spin, dx, dy, about, scale), burnt_m, ow=0.3, dark_w=0.6, light_w=0.3)
    cel(cv, transform(BUL_HEAD, 75, 22, 14, (38, 44), 0.85), burnt, dark_w=1.4, light_w=0.6)
    cel(cv, transform([(0, -1.8), (8, -2.6), (13, -1.0), (7, 1.8), (0, 1.8)], 140, 16, 76), burnt_plate, ow=0.4,
        dark_w=0.8, light_w=0.4)
    # the cannon thrown clear, its barrel torn off the breech
    breech = [(0, -5.0), (16, -5.4), (21.5, -3.4), (21.5, 3.4), (16, 5.4), (0, 5.0)]
    cel(cv, transform(breech, 28, 56, 62, scale=0.9), charcoal, dark_w=1.4, light_w=0.6)
    barrel = [(0, -2.4), (15, -2.2), (15, 2.2), (0, 2.4)]
    cel(cv, transform(barrel, 75, 76, 56, scale=0.9), charcoal, dark_w=0.9, light_w=0.4)
    cel(cv, transform(barrel, -30, 64, 14, scale=0.6), BL_CHAR, dark_w=0.8, light_w=0.3)
    shards(cv, rng, (C, C + 1), 18, (20, 40), (1.0, 2.3), lambda rng: burnt if rng.random() < 0.6 else burnt_m)
    for p in [(40, 40), (46, 47), (43, 43), (58, 66), (30, 24), (52, 36), (24, 56)]:  # embers in the cracks
        cv.soft_circle((255, 110, 30), p, 1.0, 1.0, 255)
        cv.circle((255, 200, 110), p, 0.45)
    shadow = cv.silhouette(100, 1.0)
    return cv.result(), shadow
