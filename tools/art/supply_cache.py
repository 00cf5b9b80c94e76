"""A supply cache from above: a Layzner-blue supply pod on a landing pad, a white repair glyph on its lid and a
beacon at its corner; shut and lit while it is full, its lid swung open on an empty hold and its beacon dark once
spent. The pad's pale ring reads on New York's dark streets, its dark deck on Mars's ochre sand."""

import math

import pygame

from tools.art.canvas import Canvas, cel, panel_line, rivet
from tools.art.colour import YELLOW, Tones, mix
from tools.art.geometry import ellipse_pts, rect_pts, transform
from tools.art.layzner import LZ_BLUE, LZ_NAVY, LZ_WHITE

SIZE = 48  # px square: the pad a tile and a half wide, the pod on it well under the Layzner (72)
MIDDLE = SIZE / 2
PAD = Tones((58, 62, 74), outline=(14, 14, 20), dark_t=0.45, light_t=0.35)
RING = (226, 232, 240)  # the pad's painted ring, as pale as the Layzner's white: it draws the eye on either ground
HOLD = (14, 18, 34)  # the empty hold's dark inside
BEACON_LIT = (120, 210, 255)
BEACON_CORE = (235, 250, 255)
BEACON_DARK = (30, 40, 60)
GLOW = (70, 160, 255)  # the beacon's light on the ground (the view pulses it)
LIGHT = 80  # px square: the beacon's halo, reaching a pad's half-width past its edge
SPENT_LIGHT = 0.7  # of its light a spent cache keeps: dimmed, as a thing switched off
POD = (12.5, 15.0, 23.0, 18.0)  # the pod's body: x, y, width, height


def _octagon(r):
    """The pad's outline at r px from its middle, a flat side to each of the four ways."""
    return [(MIDDLE + r * math.cos(math.pi / 8 * (2 * k + 1)), MIDDLE + r * math.sin(math.pi / 8 * (2 * k + 1)))
            for k in range(8)]


def _pad(cv):
    """An octagonal deck of dark steel, its rim hazard-striped in the Layzner's yellow, a pale ring painted on it."""
    cel(cv, _octagon(22.5), PAD, ow=0.6, dark_w=1.4, light_w=0.9)

    def stripes(sub):
        for k in range(-12, 14):  # thin diagonal stripes, kept to the rim: the deck is laid over their middle
            x = MIDDLE + k * 4.0
            sub.poly(YELLOW, [(x, 0.0), (x + 2.0, 0.0), (x - 46.0, 48.0), (x - 48.0, 48.0)])
    cv.clipped(_octagon(21.0), stripes)
    cv.poly(PAD.mid, _octagon(18.2))
    ring = ellipse_pts(MIDDLE, MIDDLE, 15.8, 15.8, 40)
    cv.polyline(PAD.outline, [(x + 0.3, y) for x, y in ring + ring[:1]], 1.8)  # a dark groove under the ring
    cv.polyline(RING, ring + ring[:1], 1.1)
    for a in (math.pi / 4 + k * math.pi / 2 for k in range(4)):  # bolts holding the deck down
        rivet(cv, (MIDDLE + 19.4 * math.cos(a), MIDDLE + 19.4 * math.sin(a)), PAD.outline, PAD.light, 0.7)


def _wrench(cv, colour, outline):
    """The repair glyph: a spanner laid across the lid, open jaw up-right."""
    a, b = (MIDDLE - 5.2, MIDDLE + 4.4), (MIDDLE + 3.4, MIDDLE - 4.2)
    for c, w in ((outline, 3.4), (colour, 2.0)):
        cv.line(c, a, b, w)
    for c, r in ((outline, 3.3), (colour, 2.5)):
        cv.circle(c, (b[0] + 0.8, b[1] - 0.8), r)
        cv.circle(c, (a[0] - 0.4, a[1] + 0.4), r * 0.7)
    jaw = transform(rect_pts(-1.0, -3.6, 2.0, 3.6), -45.0, b[0] + 0.8, b[1] - 0.8)
    cv.poly(LZ_BLUE.mid, jaw)  # the jaw's opening, the lid's blue showing through it


def _beacon(cv, lit):
    at = (POD[0] + POD[2] - 2.6, POD[1] + 2.6)
    cv.circle(LZ_NAVY.outline, at, 2.3)
    if lit:
        cv.soft_circle(GLOW, at, 2.6, 1.4, 200)
        cv.circle(BEACON_LIT, at, 1.6)
        cv.circle(BEACON_CORE, (at[0] - 0.4, at[1] - 0.4), 0.8)
    else:
        cv.circle(BEACON_DARK, at, 1.6)
        cv.circle(mix(BEACON_DARK, (255, 255, 255), 0.15), (at[0] - 0.5, at[1] - 0.5), 0.5)


def _pod_shut(cv):
    x, y, w, h = POD
    cel(cv, rect_pts(x, y, w, h), LZ_BLUE, ow=0.6, dark_w=1.6, light_w=1.0)
    cel(cv, rect_pts(x + 2.4, y + 2.4, w - 4.8, h - 4.8), LZ_WHITE, ow=0.45, dark_w=0.8, light_w=0.5)
    cv.poly(LZ_BLUE.mid, rect_pts(x + 3.6, y + 3.6, w - 7.2, h - 7.2))
    for side in (x + 0.8, x + w - 2.4):  # the carry handles at its ends
        cv.poly(LZ_NAVY.mid, rect_pts(side, y + h / 2 - 3.0, 1.6, 6.0))
    _wrench(cv, LZ_WHITE.light, LZ_NAVY.outline)


def _pod_open(cv):
    """The lid swung up and back (seen foreshortened above the hold) and the hold empty: the racks bare."""
    x, y, w, h = POD
    cel(cv, rect_pts(x, y, w, h), LZ_BLUE, ow=0.6, dark_w=1.6, light_w=1.0)
    cv.poly(HOLD, rect_pts(x + 2.2, y + 2.2, w - 4.4, h - 4.4))
    for rack in (y + 6.0, y + 10.5):  # the empty racks across the hold
        panel_line(cv, (x + 3.4, rack), (x + w - 3.4, rack), (4, 6, 14), mix(HOLD, (255, 255, 255), 0.14), 0.7)
    lid = [(x - 0.6, y + 0.6), (x + w + 0.6, y + 0.6), (x + w - 1.4, y - 6.4), (x + 1.4, y - 6.4)]
    cel(cv, lid, LZ_WHITE, ow=0.5, dark_w=0.9, light_w=0.5)  # its inside up: the white lining
    cv.poly(mix(LZ_WHITE.dark, HOLD, 0.3), [(x + 2.4, y - 0.6), (x + w - 2.4, y - 0.6), (x + w - 3.4, y - 4.6),
                                            (x + 3.4, y - 4.6)])


def _draw(spent):
    cv = Canvas(SIZE, SIZE, matte=(20, 22, 30))
    _pad(cv)
    # the pod's shadow on the deck, down-right as the one sun casts it: the cache never turns, so it is painted in
    cv.soft_poly((8, 8, 14), rect_pts(POD[0] + 1.6, POD[1] + 2.2, POD[2], POD[3]), 1.0, 140)
    (_pod_open if spent else _pod_shut)(cv)
    _beacon(cv, not spent)
    return cv


def draw_supply_cache():
    """The cache full: the pod shut, its beacon lit."""
    return _draw(spent=False).result()


def draw_supply_cache_spent():
    """The cache emptied: lid open on a bare hold, its beacon dark, the whole a shade darker: nothing here now."""
    picture = _draw(spent=True).result()
    picture.fill((*[round(255 * SPENT_LIGHT)] * 3, 255), special_flags=pygame.BLEND_RGBA_MULT)
    return picture


def draw_supply_cache_light():
    """The beacon's light on the ground round the pad, LIGHT px square about the same middle: a soft blue halo,
    ordinary alpha (added light turns white on Mars's sand), that the view lays under the pad and fades in and out as
    the cache's pulse."""
    middle = LIGHT / 2
    cv = Canvas(LIGHT, LIGHT, matte=GLOW)
    cv.soft_circle(GLOW, (middle, middle), 26.0, 5.0, 190)
    cv.soft_circle(BEACON_LIT, (middle, middle), 20.0, 3.0, 120)
    return cv.result()
