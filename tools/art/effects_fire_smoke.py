"""Fire and smoke: the explosion strip, the particle strip (spark, smoke, debris, dust) and the steam puff."""

import math
import random

import pygame

from tools.art import canvas
from tools.art.canvas import Canvas, cel
from tools.art.colour import Tones, mix, ramp_color, smoothstep
from tools.art.geometry import arc_band


FIRE_RAMP = [
    (1.00, (255, 255, 246)),
    (0.85, (255, 240, 160)),
    (0.68, (255, 190, 70)),
    (0.50, (246, 120, 30)),
    (0.35, (190, 60, 20)),
    (0.22, (100, 40, 26)),
    (0.10, (62, 52, 48)),
    (0.00, (44, 40, 40)),
]


def fire_color(t):
    """White-hot -> yellow -> orange -> red -> smoke as temperature t falls."""
    return ramp_color(FIRE_RAMP, t)


def draw_explosion():
    """8 frames: flash, growing fireball, cooling to smoke that breaks up."""
    rng = random.Random(1985)
    frames = 8
    strip = pygame.Surface((96 * frames, 96), pygame.SRCALPHA)
    strip.fill((0, 0, 0, 0))
    # one set of puffs shared by every frame so the motion is coherent
    puffs = []
    for _ in range(24):
        puffs.append(dict(a=rng.uniform(0, math.tau), d=rng.uniform(0.1, 1.0), r=rng.uniform(0.42, 0.75),
                          heat=rng.uniform(-0.12, 0.12), drift=rng.uniform(0.8, 1.15), life=rng.random()))
    sparks = [(rng.uniform(0, math.tau), rng.uniform(0.7, 1.0)) for _ in range(14)]
    c = (48.0, 48.0)
    limit = 45.0  # keep everything (incl. blur) inside the 96x96 frame
    for f in range(frames):
        t = f / (frames - 1)
        cv = Canvas(96, 96, matte=(70, 50, 40))
        radius = 11 + 27 * (1 - (1 - t) ** 2.2)        # fast growth, then slows
        heat = 1.15 - 1.25 * t                          # cools over the sequence
        fade = 1.0 if t < 0.55 else max(0.0, 1 - (t - 0.55) / 0.5)
        spread = 0.4 + 0.6 * t
        for p in sorted(puffs, key=lambda q: -q["d"]):
            # breaking up: in the late frames short-lived puffs vanish
            if t > 0.6 and p["life"] < (t - 0.6) * 1.6:
                continue
            d = p["d"] * radius * spread * p["drift"]
            pr = p["r"] * radius * (0.55 + 0.2 * t)
            blur = max(0.8, pr * 0.16)  # light blur keeps the billows lumpy
            over = d + pr + blur * 1.5 - limit
            if over > 0:
                d = max(0.0, d - over)
                pr = min(pr, limit - d - blur * 1.5)
            pc = (c[0] + math.cos(p["a"]) * d, c[1] + math.sin(p["a"]) * d - 5 * t * t)
            local = heat - p["d"] * 0.45 + p["heat"]
            col = fire_color(local)
            if local > 0.3:
                # fire billow: glowing body plus a hotter lobe toward the light
                cv.soft_circle(col, pc, pr, blur, 255 * fade)
                hot = fire_color(local + 0.18)
                cv.soft_circle(hot, (pc[0] - pr * 0.2, pc[1] - pr * 0.25), pr * 0.6, blur, 210 * fade)
            else:
                # smoke puffs get volume: dark body, lit upper-left cap
                cv.soft_circle(col, pc, pr, blur, 220 * fade)
                cap = mix(col, (150, 140, 130), 0.45)
                cv.soft_circle(cap, (pc[0] - pr * 0.25, pc[1] - pr * 0.3), pr * 0.55, blur * 0.8, 120 * fade)
        if heat > 0.3:  # hot core
            core_r = radius * (0.55 - 0.25 * t)
            cv.soft_circle(fire_color(heat), c, core_r, core_r * 0.5, 255)
            cv.soft_circle(fire_color(min(1.0, heat + 0.2)), c, core_r * 0.5, core_r * 0.3, 255)
        elif heat > 0.0:  # embers glowing through the smoke
            cv.soft_circle(fire_color(0.5), (c[0] + 2, c[1] + 1), radius * 0.3, radius * 0.2, 160 * heat / 0.3 + 40)
        if f <= 2:  # initial flash spikes
            for a, ln in sparks:
                L = min(limit, radius * (1.2 + 0.6 * f) * ln)
                tip = (c[0] + math.cos(a) * L, c[1] + math.sin(a) * L)
                base = (c[0] + math.cos(a) * L * 0.45, c[1] + math.sin(a) * L * 0.45)
                cv.line((255, 230, 150, int(230 - 60 * f)), base, tip, 0.9)
        elif f <= 4:  # flying sparks
            for a, ln in sparks[::2]:
                L = min(limit - 2, radius * 1.25 * ln + f * 2)
                cv.circle((255, 190, 90), (c[0] + math.cos(a) * L, c[1] + math.sin(a) * L), 0.8)
        strip.blit(cv.result(), (96 * f, 0))
    return strip


def draw_particles():
    strip = pygame.Surface((64, 16), pygame.SRCALPHA)
    strip.fill((0, 0, 0, 0))
    # 0 spark: bright tapered streak along x
    cv = Canvas(16, 16, matte=(255, 210, 90))
    cv.soft_poly((255, 190, 60), [(1.5, 8), (12, 6.6), (15, 8), (12, 9.4)], 1.0, 230)
    cv.poly((255, 250, 210), [(3.5, 8), (12, 7.3), (14.2, 8), (12, 8.7)])
    strip.blit(cv.result(), (0, 0))
    # 1 smoke puff: soft grey, lumpy, semi-transparent
    cv = Canvas(16, 16, matte=(120, 116, 112))
    for p, r, a in [((8, 8.5), 5.2, 130), ((6, 7), 3.4, 90), ((10.5, 7), 3.2, 80), ((8, 10.5), 3.0, 70)]:
        cv.soft_circle((126, 122, 118), p, r, 1.8, a)
    cv.soft_circle((168, 164, 158), (6.8, 6.6), 2.4, 1.4, 70)
    strip.blit(cv.result(), (16, 0))
    # 2 debris shard: dark metal sliver with a lit edge
    cv = Canvas(16, 16, matte=(20, 20, 26))
    cel(cv, [(3, 9.5), (9.5, 3.5), (13, 6.5), (10, 9), (7.5, 13)], Tones((86, 90, 104), outline=(14, 14, 20)),
        ow=0.5, dark_w=1.4, light_w=0.8)
    cv.line((200, 206, 216), (4.2, 9.2), (9.5, 4.6), 0.45)
    strip.blit(cv.result(), (32, 0))
    # 3 dust puff: ochre, soft
    cv = Canvas(16, 16, matte=(190, 130, 80))
    for p, r, a in [((8, 8.5), 5.4, 120), ((5.8, 7.5), 3.2, 70), ((10.8, 8.5), 3.0, 60)]:
        cv.soft_circle((196, 136, 84), p, r, 2.0, a)
    strip.blit(cv.result(), (48, 0))
    return strip


def draw_steam():
    """Steam puff (normal alpha): soft white, round and lumpy with thin wisps
    curling off its rim.  The shape is drawn as density only, then every
    pixel is coloured by a light ramp (white upper left, cool grey lower
    right), so thin translucent wisps get no dark fringes."""
    rng = random.Random(8080)
    cv = Canvas(24, 24, matte=(255, 255, 255))
    white = (255, 255, 255)
    c = (12.0, 12.2)
    cv.soft_circle(white, c, 5.8, 2.4, 130)
    for i in range(7):  # lumps around the rim
        a = i * math.tau / 7 + rng.uniform(-0.3, 0.3)
        d = rng.uniform(3.2, 4.6)
        cv.soft_circle(white, (c[0] + math.cos(a) * d, c[1] + math.sin(a) * d), rng.uniform(2.4, 3.4), 1.6,
                       rng.uniform(60, 95))
    for i in range(3):  # soft wisps curling off the rim
        a = i * math.tau / 3 + 0.9 + rng.uniform(-0.3, 0.3)
        arc = arc_band(c, 6.6, a, a + 0.9, 0.9, 0.9, n=12, taper=0.7)
        cv.soft_poly(white, arc, 0.6, 70)
    cv.soft_circle(white, (10.4, 10.2), 3.6, 2.0, 60)  # denser, lit cap
    img = cv.result()
    for y in range(24):
        for x in range(24):
            a = img.get_at((x, y))[3]
            # position along the light: +1 toward the light (upper left), -1 away; canvas.LIGHT read now, as the
            # canvas reads it, so canvas.lit_from reaches this too
            t = ((x + 0.5 - c[0]) * canvas.LIGHT[0] + (y + 0.5 - c[1]) * canvas.LIGHT[1]) / 7.0
            img.set_at((x, y), (*mix((168, 174, 186), (252, 252, 250), smoothstep(-1.0, 0.8, t)), a))
    return img
