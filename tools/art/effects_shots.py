"""Shot effects: the laser bolts, the muzzle flash, hit sparks and the enemy's shot telegraph."""

import math
import random

import pygame

from tools.art.canvas import Canvas, scatter_dots, soft_ring
from tools.art.geometry import star_pts


def draw_bolt(w, h, halo, mid, core, core_len):
    cv = Canvas(w, h, matte=halo)
    cy = h / 2
    x0, x1 = 2.0, w - 2.0
    cv.soft_poly(halo, [(x0, cy - 1.8), (x1 - 2, cy - 2.2), (x1, cy), (x1 - 2, cy + 2.2), (x0, cy + 1.8)], 1.3, 200)
    cv.soft_poly(mid, [(x0 + 2, cy - 1.0), (x1 - 2, cy - 1.4), (x1, cy), (x1 - 2, cy + 1.4), (x0 + 2, cy + 1.0)],
                 0.5, 255)
    cx0 = x1 - core_len
    cv.poly(core, [(cx0, cy - 0.4), (x1 - 1.6, cy - 0.8), (x1 - 0.4, cy), (x1 - 1.6, cy + 0.8), (cx0, cy + 0.4)])
    return cv.result()


def draw_day_bolt(w, h, glow, rim, body, core, core_len, edge=0.0):
    """A bolt for a day map, drawn with ordinary alpha: added light turns any tint near white on bright sand, so this
    covers the ground instead, a saturated body in a thin dark rim (`edge` px wider each side) and a faint glow of its
    own colour round it."""
    cv = Canvas(w, h, matte=glow)
    cy = h / 2
    x0, x1 = 3.5, w - 2.0  # its tail 1.5 px shorter than the night's, whose glow fades there anyway
    cv.soft_poly(glow, [(x0, cy - 1.5 - edge), (x1 - 2, cy - 1.9 - edge), (x1 + 0.4 + edge, cy),
                        (x1 - 2, cy + 1.9 + edge), (x0, cy + 1.5 + edge)], 0.5, 110)
    cv.poly(rim, [(x0 + 1 - edge, cy - 1.2 - edge), (x1 - 2, cy - 1.6 - edge), (x1 + 0.1 + edge, cy),
                  (x1 - 2, cy + 1.6 + edge), (x0 + 1 - edge, cy + 1.2 + edge)])
    cv.poly(body, [(x0 + 2, cy - 0.6), (x1 - 2, cy - 1.0), (x1 - 0.7, cy), (x1 - 2, cy + 1.0), (x0 + 2, cy + 0.6)])
    cx0 = x1 - core_len
    cv.poly(core, [(cx0, cy - 0.3), (x1 - 2.0, cy - 0.55), (x1 - 1.1, cy), (x1 - 2.0, cy + 0.55), (cx0, cy + 0.3)])
    return trimmed_glow(cv.result())


def trimmed_glow(image, floor=24):
    """The image with its faintest glow cut off (alpha below `floor` made clear): a day shot blends each pixel it
    covers, and the stress fight draws 300 of them a frame, so its turned images hold no pixel no one would see."""
    alpha = pygame.surfarray.pixels_alpha(image)
    alpha[alpha < floor] = 0
    del alpha  # the surface stays locked while its pixel array lives
    return image


def draw_muzzle_flash():
    """Four-point star with a long forward spike (+x) and small diagonals."""
    cv = Canvas(24, 24, matte=(255, 200, 100))
    c = (9.0, 12.0)

    def star(spikes, waist):
        pts = []
        n = len(spikes)
        for i, ln in enumerate(spikes):
            a = i * math.tau / n
            pts.append((c[0] + math.cos(a) * ln, c[1] + math.sin(a) * ln))
            b = a + math.pi / n
            pts.append((c[0] + math.cos(b) * waist, c[1] + math.sin(b) * waist))
        return pts

    #          fwd  diag  side diag back diag side diag
    spikes = [14.5, 5.0, 8.5, 4.0, 4.0, 4.0, 8.5, 5.0]
    # yellow-white rather than orange so it pops against the ochre ground
    cv.soft_circle((255, 170, 50), c, 6.0, 2.0, 170)
    cv.soft_poly((255, 210, 90), star(spikes, 2.6), 0.7, 255)
    cv.poly((255, 236, 150), star([v * 0.8 for v in spikes], 1.7))
    cv.poly((255, 252, 230), star([v * 0.55 for v in spikes], 1.1))
    cv.soft_circle((255, 255, 240), c, 2.6, 0.6, 255)
    cv.circle((255, 255, 255), c, 1.6)
    return cv.result()


def draw_spark_hit():
    rng = random.Random(77)
    cv = Canvas(32, 32, matte=(255, 200, 100))
    c = (16.0, 16.0)
    cv.soft_circle((255, 150, 40), c, 6.5, 3.0, 200)
    rays = []
    for i in range(11):
        a = i * math.tau / 11 + rng.uniform(-0.2, 0.2)
        rays.append((a, rng.uniform(8, 14.5)))
    for a, ln in rays:
        tip = (c[0] + math.cos(a) * ln, c[1] + math.sin(a) * ln)
        side = 0.9
        pts = [(c[0] + math.cos(a + 1.57) * side, c[1] + math.sin(a + 1.57) * side), tip,
               (c[0] + math.cos(a - 1.57) * side, c[1] + math.sin(a - 1.57) * side)]
        cv.soft_poly((255, 180, 60), pts, 0.7, 255)
        cv.line((255, 248, 200), c, (c[0] + math.cos(a) * ln * 0.75, c[1] + math.sin(a) * ln * 0.75), 0.45)
    scatter_dots(cv, rng, c, 7, (9, 14), (255, 220, 120), 0.6)
    cv.soft_circle((255, 255, 230), c, 3.2, 1.0, 255)
    cv.circle((255, 255, 255), c, 1.8)
    return cv.result()


def draw_telegraph():
    """Enemy shot telegraph (additive): a red-orange lens-flare glint, small
    white core, four-point star with long horizontal arms."""
    cv = Canvas(28, 28, matte=(255, 60, 20))
    c = (14.0, 14.0)
    cv.soft_circle((255, 40, 10), c, 4.0, 3.0, 170)
    soft_ring(cv, (255, 70, 20), c, 6.5, 0.5, 0.5, 70)
    cv.soft_poly((255, 60, 14), star_pts(c, [12.0, 5.8, 12.0, 5.8], 1.6), 0.7, 255)
    cv.soft_poly((255, 150, 60), star_pts(c, [10.0, 4.4, 10.0, 4.4], 0.9), 0.35, 255)
    cv.poly((255, 236, 200), star_pts(c, [6.5, 2.8, 6.5, 2.8], 0.5))
    cv.soft_circle((255, 220, 170), c, 1.8, 0.8, 255)
    cv.circle((255, 255, 250), c, 1.1)
    return cv.result()


def draw_part_spark():
    """Precise hit on an arm or a leg (additive): a sharp orange-white
    four-point glint, shorter diagonal rays and a few flying chips."""
    rng = random.Random(7171)
    cv = Canvas(24, 24, matte=(255, 190, 90))
    c = (12.0, 12.0)
    rot = 0.32
    cv.soft_circle((255, 120, 30), c, 4.4, 2.2, 190)
    arms = [10.4, 4.6, 8.2, 4.6, 10.4, 4.6, 8.2, 4.6]
    cv.soft_poly((255, 150, 40), star_pts(c, arms, 1.5, rot), 0.6, 255)
    cv.soft_poly((255, 214, 110), star_pts(c, [v * 0.72 for v in arms], 0.9, rot), 0.3, 255)
    cv.poly((255, 250, 226), star_pts(c, [v * 0.45 for v in arms], 0.5, rot))
    for i in range(5):  # chips thrown off the armour, as short streaks
        a = rot + 0.5 + i * math.tau / 5 + rng.uniform(-0.25, 0.25)
        d0, d1 = rng.uniform(5.5, 6.5), rng.uniform(8.0, 9.4)
        cv.line((255, 190, 80), (c[0] + math.cos(a) * d0, c[1] + math.sin(a) * d0),
                (c[0] + math.cos(a) * d1, c[1] + math.sin(a) * d1), 0.45)
    cv.soft_circle((255, 255, 236), c, 2.0, 0.8, 255)
    cv.circle((255, 255, 255), c, 1.1)
    return cv.result()
