"""V-MAX effects: the barrier shell, the knuckle shot's shockwave and the deflection flash."""

import math
import random

from tools.art.canvas import Canvas, scatter_dots, soft_ring
from tools.art.effects_shots import trimmed_glow
from tools.art.geometry import arc_band


def draw_vmax_barrier():
    """V-MAX energy shell around the mech (additive): a thin bright ring, a
    haze that thickens toward the rim, and a bright bow arc on the east
    (leading) side with streaks sweeping back along the shell."""
    cv = Canvas(112, 112, matte=(0, 140, 255))
    c, r = (56.0, 56.0), 46.0
    cv.soft_circle((0, 90, 255), c, r - 6, 8.0, 28)
    soft_ring(cv, (0, 110, 255), c, r - 3.5, 7.0, 3.0, 100)
    soft_ring(cv, (0, 150, 255), c, r, 2.0, 1.2, 200)
    soft_ring(cv, (150, 235, 255), c, r, 0.7, 0.3, 220)
    # bow arc on the leading side: wide azure swell, cyan body, white edge
    cv.soft_poly((0, 140, 255), arc_band(c, r, -1.75, 1.75, 3.6, 2.6, taper=1.2), 1.8, 230)
    cv.soft_poly((110, 225, 255), arc_band(c, r, -1.2, 1.2, 1.8, 1.1, taper=1.5), 0.6, 255)
    cv.poly((240, 252, 255), arc_band(c, r + 0.3, -0.85, 0.85, 0.75, 0.55, taper=1.6))
    # streaks swept back along the shell, just outside it
    for a0, a1, dr, w in ((0.3, 1.6, 2.8, 0.8), (0.7, 2.1, 1.7, 0.6), (-0.35, -1.65, 2.6, 0.8),
                          (-0.75, -2.05, 1.6, 0.6), (0.05, 1.0, 4.3, 0.55), (-0.1, -1.05, 4.1, 0.55)):
        cv.soft_poly((60, 200, 255), arc_band(c, r + dr, a0, a1, w, w, n=24, taper=0.8), 0.4, 240)
    return cv.result()


def draw_knuckle_wave():
    """Knuckle shot (additive): a punch shockwave, an azure-white crescent
    bulging east with speed streaks trailing west from it."""
    cv = Canvas(48, 48, matte=(0, 150, 255))
    c, r = (10.0, 24.0), 28.0
    # pressure haze behind the front
    cv.soft_poly((0, 90, 255), arc_band(c, r - 4, -0.74, 0.74, 3.0, 10.0, taper=0.7), 3.0, 150)
    cv.soft_poly((0, 140, 255), arc_band(c, r, -0.8, 0.8, 2.6, 5.0, taper=0.9), 1.4, 235)
    _streaks(cv, c, r, (80, 200, 255), 240)
    cv.soft_poly((130, 230, 255), arc_band(c, r + 0.4, -0.72, 0.72, 1.4, 2.0, taper=1.1), 0.6, 255)
    cv.poly((246, 253, 255), arc_band(c, r + 0.7, -0.58, 0.58, 0.6, 0.7, taper=1.3))
    return cv.result()


def draw_knuckle_wave_day():
    """The knuckle shot for a day map (ordinary alpha, as the day bolts: effects_shots.draw_day_bolt): the crescent
    in deep azure with a dark edge behind its front and a faint haze, which added light would turn white on sand."""
    cv = Canvas(48, 48, matte=(0, 110, 255))
    c, r = (10.0, 24.0), 28.0
    cv.soft_poly((0, 100, 255), arc_band(c, r - 4, -0.74, 0.74, 3.0, 10.0, taper=0.7), 3.0, 70)
    cv.poly((8, 24, 70), arc_band(c, r - 0.2, -0.8, 0.8, 2.2, 2.6, taper=0.9))
    _streaks(cv, c, r, (20, 110, 240), 200)  # the night's streaks, darker, so they read on sand
    cv.poly((30, 130, 255), arc_band(c, r + 0.4, -0.72, 0.72, 1.2, 1.4, taper=1.1))
    cv.poly((120, 200, 255), arc_band(c, r + 0.7, -0.58, 0.58, 0.45, 0.5, taper=1.3))
    return trimmed_glow(cv.result())


def _streaks(cv, c, r, colour, alpha):
    """The knuckle shot's speed streaks trailing west from its front (centre `c`, radius `r`): uneven spacing and
    length, longest near the axis. Drawn from one seed, so the day shot's lie where the night's do."""
    rng = random.Random(5150)
    y = 7.5
    while y < 40.5:
        dy = y - c[1]
        front = c[0] + math.sqrt(max(0.0, (r - 2.5) ** 2 - dy * dy)) - rng.uniform(0.5, 2.5)
        ln = rng.uniform(8.0, 20.0) * (1.0 - (abs(dy) / 19.0) ** 2)
        wdt = rng.uniform(0.35, 0.65)
        if ln > 3.0:
            cv.soft_poly(colour, [(front, y - wdt), (front - ln, y), (front, y + wdt), (front + 1.5, y)], 0.35, alpha)
        y += rng.uniform(2.0, 4.6)


def draw_deflect():
    """Barrier deflection (additive): an azure-white ring with thin sparks
    bursting outward from it and a bright centre."""
    rng = random.Random(6060)
    cv = Canvas(32, 32, matte=(0, 150, 255))
    c = (16.0, 16.0)
    cv.soft_circle((0, 90, 255), c, 7.0, 3.5, 140)
    soft_ring(cv, (0, 140, 255), c, 8.5, 2.0, 1.2, 220)
    soft_ring(cv, (190, 240, 255), c, 8.5, 0.6, 0.25, 255)
    for i in range(9):
        a = i * math.tau / 9 + rng.uniform(-0.25, 0.25)
        r0, r1 = rng.uniform(6.0, 8.5), rng.uniform(11.0, 15.0)
        side = rng.uniform(0.35, 0.5)
        tip = (c[0] + math.cos(a) * r1, c[1] + math.sin(a) * r1)
        nx, ny = -math.sin(a) * side, math.cos(a) * side
        base = (c[0] + math.cos(a) * r0, c[1] + math.sin(a) * r0)
        cv.soft_poly((60, 190, 255), [(base[0] + nx, base[1] + ny), tip, (base[0] - nx, base[1] - ny)], 0.3, 255)
        cv.line((220, 248, 255), base, (c[0] + math.cos(a) * (r0 + r1) / 2, c[1] + math.sin(a) * (r0 + r1) / 2),
                0.3)
    scatter_dots(cv, rng, c, 6, (11.5, 14.5), (150, 230, 255), 0.45)
    cv.soft_circle((160, 235, 255), c, 2.6, 1.2, 255)
    cv.circle((255, 255, 255), c, 1.2)
    return cv.result()
