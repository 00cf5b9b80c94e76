"""The Dis after a fight: disabled (an arm shot off, the rifle hanging, the pilot gone) and wrecked."""

import math
import random

import pygame

from tools.art.canvas import Canvas, cel
from tools.art.colour import Tones
from tools.art.dis import (DIS_ARMS, DIS_STUMP_END, dis_arms, dis_backpack, dis_hands, dis_head, dis_rifle,
                           dis_shoulder, dis_torso)
from tools.art.geometry import inset, mirror_y, mix_pt, transform


def on_body(cv, draw_fn):
    """Run draw_fn on a scratch canvas and keep only what lands on what is
    already drawn (its alpha): scorch and grime stay on the armour."""
    sub = Canvas(cv.w, cv.h, cv.matte)
    draw_fn(sub)
    mask = cv.surf.copy()
    mask.fill((255, 255, 255, 0), special_flags=pygame.BLEND_RGBA_MAX)
    sub.surf.blit(mask, (0, 0), special_flags=pygame.BLEND_RGBA_MULT)
    cv.surf.blit(sub.surf, (0, 0))


def scorch(cv, rng, c, r, streaks=7):
    """Blast scorch on armour: a soft soot stain, darker at its centre,
    with short soot streaks thrown outward."""
    cv.soft_circle((26, 16, 14), c, r, r * 0.45, 170)
    for i in range(streaks):
        a = i * math.tau / streaks + rng.uniform(-0.35, 0.35)
        ln = r * rng.uniform(1.3, 2.0)
        w = rng.uniform(0.25, 0.4)
        tip = (c[0] + math.cos(a) * ln, c[1] + math.sin(a) * ln)
        cv.soft_poly((22, 14, 12), [(c[0] + math.cos(a + w) * r * 0.5, c[1] + math.sin(a + w) * r * 0.5), tip,
                                    (c[0] + math.cos(a - w) * r * 0.5, c[1] + math.sin(a - w) * r * 0.5)], 0.5, 120)
    cv.soft_circle((10, 6, 6), c, r * 0.4, r * 0.3, 200)


def spark_burst(cv, rng, c, rays, length, glow_r):
    """Sparks spraying from a live break: orange glow, white-hot core, thin
    yellow streaks with white centres, a few loose dots."""
    cv.soft_circle((255, 110, 30), c, glow_r, glow_r * 0.8, 210)
    for a in rays:
        ln = length * rng.uniform(0.6, 1.0)
        tip = (c[0] + math.cos(a) * ln, c[1] + math.sin(a) * ln)
        cv.line((255, 170, 60), c, tip, 0.45)
        cv.line((255, 250, 220), c, mix_pt(c, tip, 0.6), 0.22)
    for _ in range(4):
        a = rng.choice(rays) + rng.uniform(-0.3, 0.3)
        d = length * rng.uniform(0.9, 1.4)
        cv.circle((255, 210, 120), (c[0] + math.cos(a) * d, c[1] + math.sin(a) * d), 0.35)
    cv.soft_circle((255, 240, 200), c, 0.9, 0.5, 255)
    cv.circle((255, 255, 255), c, 0.45)


def hot_holes(cv, points, hole, glow, core):
    """The bullet holes of the precise hits that disabled a machine, their rims still hot: each a dark hole of radius
    `hole`, an orange glow of `glow` round it and a black `core` (px)."""
    for p in points:
        cv.circle((8, 4, 6), p, hole)
        cv.soft_circle((255, 100, 30), p, glow, 0.6, 110)
        cv.circle((4, 2, 4), p, core)


def stump_sparks(cv, rng, elbow, end, length, glow_r):
    """Sparks fanning out from a shot-off arm's stump, along the arm from its `elbow` past its `end`."""
    base = math.atan2(end[1] - elbow[1], end[0] - elbow[0])
    spark_burst(cv, rng, end, [base + d for d in (-1.1, -0.45, 0.1, 0.6, 1.2)], length, glow_r)


def powered_down(cv, rng, scorches, hot, sparks):
    """The finish every disabled machine shares: its power off (everything a shade darker and duller), soot where the
    hits struck (`scorches`: (centre, radius) each), the hot holes of the precise hits (`hot`: hot_holes' points, hole,
    glow and core) and, over its shadow, sparks from the stump (`sparks`: stump_sparks' elbow, end, length and glow).
    Returns the shadow."""
    cv.surf.fill((188, 182, 192), special_flags=pygame.BLEND_RGB_MULT)

    def soot(sub):
        for centre, radius in scorches:
            scorch(sub, rng, centre, radius)
    on_body(cv, soot)
    hot_holes(cv, *hot)
    shadow = cv.silhouette(130, 1.6)
    stump_sparks(cv, rng, *sparks)
    return shadow


def scorched_ground(cv, rng, centre, stain, streaks, reach, inner):
    """The ground where a machine burnt: a soft dark stain of radius `stain`, with `streaks` soot streaks thrown
    outward from `inner` px to a length picked from `reach`."""
    cx, cy = centre
    cv.soft_circle((20, 12, 8), centre, stain, 5.0, 150)
    for i in range(streaks):
        a = i * math.tau / streaks + rng.uniform(-0.15, 0.15)
        ln = rng.uniform(*reach)
        tip = (cx + math.cos(a) * ln, cy + math.sin(a) * ln)
        cv.soft_poly((24, 14, 8), [(cx + math.cos(a + 0.2) * inner, cy + math.sin(a + 0.2) * inner), tip,
                                   (cx + math.cos(a - 0.2) * inner, cy + math.sin(a - 0.2) * inner)], 1.2, 130)


def shards(cv, rng, centre, count, distance, size, tone):
    """`count` small armour shards thrown round `centre` (a distance and a size picked from those ranges);
    tone(rng) gives each one's Tones."""
    for _ in range(count):
        a = rng.uniform(0, math.tau)
        d = rng.uniform(*distance)
        cx, cy = centre[0] + math.cos(a) * d, centre[1] + math.sin(a) * d * 0.9
        r = rng.uniform(*size)
        shard = [(cx + math.cos(a + k * 2.2 + rng.uniform(-0.3, 0.3)) * r * rng.uniform(0.6, 1.3),
                  cy + math.sin(a + k * 2.2 + rng.uniform(-0.3, 0.3)) * r * rng.uniform(0.6, 1.3)) for k in range(3)]
        cel(cv, shard, tone(rng), ow=0.3, dark_w=0.5, light_w=0.3)


# The disabled Dis lets its rifle hang from the trigger hand, muzzle drooping.
DIS_DROP = (38.0, (52.0, 44.6))  # degrees (clockwise on screen), pivot
# Where the hits that disabled it left soot on the Dis: (centre, radius).
DIS_SCORCHES = (((38.5, 19.5), 3.8),  # the shoulder above the lost arm
                ((28.5, 42.0), 3.0),  # chest
                ((18.0, 31.0), 2.4),  # back unit
                ((35.0, 55.5), 2.6),  # south shoulder
                ((60.0, 52.0), 2.0))  # rifle


def draw_dis_disabled():
    """A Dis shot out of the fight, pixel-aligned with dis.png: north
    forearm torn off and sparking, rifle hanging from the other hand,
    thruster dead, hatch open over an empty seat (the pilot ejected),
    armour darkened and scorched."""
    rng = random.Random(4402)
    cv = Canvas(72, 72, matte=(12, 10, 16))
    ang, pivot = DIS_DROP

    def drop(pts):
        return transform(pts, ang, 0, 0, pivot)

    dis_backpack(cv, dead=True)
    dis_torso(cv)
    dis_rifle(cv, drop)
    dis_arms(cv, broken=True)
    dis_hands(cv, broken=True, tf=drop)
    dis_shoulder(cv, False)
    dis_shoulder(cv, True)
    dis_head(cv, hatch_open=True)
    shadow = powered_down(cv, rng, DIS_SCORCHES, (((43.2, 21.0), (45.2, 27.6), (29.0, 41.4)), 0.75, 0.9, 0.45),
                          (DIS_ARMS[0][0], DIS_STUMP_END, 6.5, 2.0))
    return cv.result(), shadow


def draw_dis_wreck():
    """Burnt Dis parts scattered around a scorch mark."""
    rng = random.Random(4401)
    cv = Canvas(72, 72, matte=(14, 10, 8))
    scorched_ground(cv, rng, (36, 37), 21, 16, (18, 31), 10)
    cv.soft_circle((8, 6, 6), (36, 37), 12, 3.0, 200)

    burnt = Tones((58, 50, 50), outline=(8, 6, 6), dark_t=0.5, light_t=0.25)
    burnt_m = Tones((62, 30, 40), outline=(8, 4, 6), light_t=0.25)
    charcoal = Tones((34, 32, 34), outline=(6, 5, 5), light_t=0.2)

    # torso, still recognisable, with a blast hole glowing at its edges
    def tf(pts):
        return transform(pts, 18, 1, 0, (34, 36))

    chest = [(23.5, 29.0), (29.5, 24.0), (42.5, 25.6), (47.0, 31.0), (47.0, 41.0), (42.5, 46.4), (29.5, 48.0),
             (23.5, 43.0)]
    cel(cv, tf(chest), burnt_m, dark_w=2.0, light_w=0.8)
    cel(cv, tf([(28.0, 33.6), (44.5, 32.0), (46.4, 36.0), (44.5, 40.0), (28.0, 38.4)]), charcoal, ow=0.4,
        dark_w=1.0, light_w=0.5)
    hole = tf([(36.0, 38.5), (39.0, 36.5), (41.5, 38.0), (44.5, 37.5), (43.5, 41.5), (45.0, 44.0), (40.0, 44.5),
               (37.5, 42.5)])
    cv.poly((14, 8, 8), hole)
    cv.soft_poly((255, 110, 30), inset(hole, [1.2] * len(hole)) or hole, 0.8, 220)
    cv.poly((255, 190, 90), inset(hole, [2.2] * len(hole)) or hole)
    # thrown shoulder wedge, head, arm, broken rifle halves
    pad = [(46.0, 24.2), (42.5, 15.0), (31.0, 10.0), (15.5, 8.4), (24.5, 17.0), (25.5, 28.4), (39.5, 28.6)]
    cel(cv, transform(pad, -35, -6, -5, (30, 18), 0.8), burnt, dark_w=1.8, light_w=0.8)
    pad2 = transform(mirror_y(pad), 150, 12, 6, (30, 54), 0.65)
    cel(cv, pad2, burnt, dark_w=1.6, light_w=0.7)
    head = [(36.0, 33.0), (42.0, 29.6), (47.5, 30.8), (51.0, 34.0), (51.0, 38.0), (47.5, 41.2), (42.0, 42.4),
            (36.0, 39.0)]
    cel(cv, transform(head, 70, 14, 4, (43, 36), 0.85), burnt, dark_w=1.4, light_w=0.6)
    dead_eye = [(48.4, 33.0), (50.2, 34.0), (50.6, 38.2), (48.4, 39.0)]
    cv.poly((90, 16, 10), transform(dead_eye, 70, 14, 4, (43, 36), 0.85))
    rifle_a = [(0, -3.2), (13, -3.4), (15, -1), (12, 0.5), (14, 3.4), (0, 3.2)]
    cel(cv, transform(rifle_a, -20, 44, 54), charcoal, dark_w=1.2, light_w=0.6)
    rifle_b = [(0, -1.5), (7, -1.4), (9, -2.2), (10.5, 2.0), (7, 1.4), (-1, 1.5), (1, 0)]
    cel(cv, transform(rifle_b, 28, 8, 50), charcoal, dark_w=0.8, light_w=0.4)
    arm = [(0, 0), (10, -1.5), (12, 2.5), (2, 4.5)]
    cel(cv, transform(arm, 110, 52, 12), charcoal, dark_w=1.2, light_w=0.6)
    shards(cv, rng, (36, 37), 14, (16, 32), (0.8, 1.9), lambda rng: burnt if rng.random() < 0.6 else burnt_m)
    # smouldering embers in the cracks
    for p in [(33, 33), (37, 39), (35.5, 36), (45, 53.5), (26, 22), (47, 35)]:
        cv.soft_circle((255, 110, 30), p, 0.9, 0.9, 255)
        cv.circle((255, 200, 110), p, 0.4)
    shadow = cv.silhouette(100, 1.0)
    return cv.result(), shadow
