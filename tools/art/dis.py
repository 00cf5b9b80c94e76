"""The Dis, the Gradosian enemy machine: its palette and parts, and the sprite of one in working order."""

import math

from tools.art.canvas import Canvas, cel, panel_line
from tools.art.colour import Tones
from tools.art.geometry import _unit, ellipse_pts, inset, limb, mirror_y, mix_pt, swing_pts


# Dis palette: gunmetal and charcoal with dark violet-maroon, red mono-eye.
DS_METAL = Tones((84, 86, 100), outline=(12, 10, 16), dark_t=0.5, light_t=0.35)
DS_CHAR = Tones((50, 50, 60), outline=(8, 6, 12), light_t=0.3)
DS_MAROON = Tones((104, 36, 72), outline=(20, 6, 16), light_t=0.35)
EYE_RED = (255, 44, 30)


def dis_backpack(cv, dead=False):
    """dead=True: the machine has powered down, its thruster is out."""
    cel(cv, [(9.5, 32.2), (15.5, 31.0), (15.5, 41.0), (9.5, 39.8)], DS_CHAR, dark_w=1.0, light_w=0.5)
    cv.poly((24, 8, 8), [(9.9, 33.4), (11.4, 33.2), (11.4, 38.8), (9.9, 38.6)])
    cv.poly((255, 90, 40) if not dead else (58, 22, 18), [(10.0, 34.5), (10.7, 34.4), (10.7, 37.6), (10.0, 37.5)])
    pack = [(12.5, 29.5), (21, 24.5), (27.5, 27.5), (27.5, 44.5), (21, 47.5), (12.5, 42.5)]
    cel(cv, pack, DS_CHAR, dark_w=1.6, light_w=0.9)
    cel(cv, [(15, 30.5), (21.5, 27.2), (25.5, 29.0), (25.5, 35.2), (15, 35.2)], DS_MAROON, ow=0.45, dark_w=1.0,
        light_w=0.6)
    cel(cv, mirror_y([(15, 30.5), (21.5, 27.2), (25.5, 29.0), (25.5, 35.2), (15, 35.2)]), DS_MAROON, ow=0.45,
        dark_w=1.0, light_w=0.6)


def dis_torso(cv):
    chest = [(23.5, 29.0), (29.5, 24.0), (42.5, 25.6), (47.0, 31.0), (47.0, 41.0), (42.5, 46.4), (29.5, 48.0),
             (23.5, 43.0)]
    cel(cv, chest, DS_MAROON, dark_w=2.0, light_w=1.1)
    keel = [(28.0, 33.6), (44.5, 32.0), (46.4, 36.0), (44.5, 40.0), (28.0, 38.4)]
    cel(cv, keel, DS_METAL, ow=0.45, dark_w=1.1, light_w=0.7)
    for x in (31.5, 35.0, 38.5):
        panel_line(cv, (x, 34.2), (x, 37.8), DS_METAL.outline, None, 0.35)


def dis_shoulder(cv, flip):
    """Sharp wedge pauldron raked back into a spike."""
    m = (lambda pts: mirror_y(pts)) if flip else (lambda pts: pts)
    pad = m([(46.0, 24.0), (43.5, 15.5), (34.0, 11.0), (21.0, 11.0), (25.5, 18.0), (25.5, 28.4), (39.5, 28.6)])
    stripe = m([(41.6, 16.2), (34.0, 12.6), (25.0, 12.6), (27.6, 16.0), (32.0, 15.8), (42.4, 19.0)])
    cel(cv, pad, DS_METAL, dark_w=2.2, light_w=1.2)
    cel(cv, stripe, DS_MAROON, ow=0.35, dark_w=0.8, light_w=0.4)
    a, b = m([(27.0, 21.0), (43.5, 22.2)])
    panel_line(cv, a, b, DS_METAL.outline, DS_METAL.light, 0.35)
    cv.circle(DS_METAL.outline, m([(30.0, 25.0)])[0], 0.5)
    cv.circle(DS_METAL.outline, m([(37.0, 25.2)])[0], 0.5)


# The disabled Dis's north forearm is shot off: its stump, swung out from the
# elbow now that nothing holds it to the rifle, ends here.
DIS_STUMP_END = (50.6, 24.6)
DIS_ARMS = (((44.0, 24.0), (56.0, 38.6), (37.5, 19.0)),
            ((44.0, 48.6), (51.8, 44.6), (37.5, 54.0)))


def broken_limb(a, b, wa, wb, jags):
    """limb() whose end at b is torn off: the end edge becomes a zigzag
    through `jags` (offsets along the limb, one per point across it)."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    ln = math.hypot(dx, dy) or 1e-9
    ux, uy = dx / ln, dy / ln
    nx, ny = -uy, ux
    n = len(jags)
    tear = []
    for k, j in enumerate(jags):  # from the +n side across to the -n side
        s = wb / 2 - wb * k / (n - 1)
        tear.append((b[0] + nx * s + ux * j, b[1] + ny * s + uy * j))
    return [(a[0] + nx * wa / 2, a[1] + ny * wa / 2)] + tear + [(a[0] - nx * wa / 2, a[1] - ny * wa / 2)]


def dis_arms(cv, broken=False):
    """Thick armoured forearms with elbow spikes, gripping the rifle.
    broken=True: the north forearm is shot off just past the elbow, leaving
    a torn stump with the frame and cables showing at its end."""
    for k, (elbow, hand, spike) in enumerate(DIS_ARMS):
        cel(cv, [elbow, spike, (elbow[0] + 1.0, elbow[1] + (2.4 if elbow[1] < 36 else -2.4))], DS_METAL,
            ow=0.35, dark_w=0.6, light_w=0.4)
        if broken and k == 0:
            dis_stump(cv, elbow, DIS_STUMP_END)
        else:
            cel(cv, limb(elbow, hand, 6.2, 4.6), DS_METAL, dark_w=1.8, light_w=0.9)
            t0, t1 = 0.25, 0.55
            a = (elbow[0] + (hand[0] - elbow[0]) * t0, elbow[1] + (hand[1] - elbow[1]) * t0)
            b = (elbow[0] + (hand[0] - elbow[0]) * t1, elbow[1] + (hand[1] - elbow[1]) * t1)
            cel(cv, limb(a, b, 5.4, 4.8), DS_MAROON, ow=0.35, dark_w=0.8, light_w=0.4)
        cel(cv, ellipse_pts(elbow[0], elbow[1], 2.6, 2.6, 6), DS_METAL, ow=0.45, dark_w=0.9, light_w=0.6)


def dis_stump(cv, elbow, end):
    """What is left of a forearm shot off: a short torn limb from the elbow
    to `end`, the bent inner frame and two cables sticking out of it."""
    w_end = 5.6
    # cables and the bent inner frame poke out past the torn armour
    ux, uy = _unit(end[0] - elbow[0], end[1] - elbow[1])
    nx, ny = -uy, ux
    frame_tip = (end[0] + ux * 2.4 + nx * 0.9, end[1] + uy * 2.4 + ny * 0.9)
    cv.line(DS_CHAR.outline, end, frame_tip, 1.3)
    cv.line(DS_METAL.light, end, frame_tip, 0.5)
    for side, col, bend in ((-1.2, (150, 36, 40), 1.6), (1.4, (70, 70, 84), -1.2)):
        p0 = (end[0] + nx * side, end[1] + ny * side)
        p1 = (end[0] + nx * side + ux * 1.6, end[1] + ny * side + uy * 1.6)
        p2 = (p1[0] + ux * 0.9 + nx * bend, p1[1] + uy * 0.9 + ny * bend)
        cv.polyline((10, 6, 8), [p0, p1, p2], 0.8)
        cv.polyline(col, [p0, p1, p2], 0.4)
    stump = broken_limb(elbow, end, 6.2, w_end, [0.2, -0.7, 0.5, -0.4, 0.6, -0.6, 0.1])
    cel(cv, stump, DS_METAL, dark_w=1.6, light_w=0.8)
    band = broken_limb(mix_pt(elbow, end, 0.45), mix_pt(end, elbow, 0.06), 5.6, 5.0, [0.1, -0.4, 0.3, -0.5, 0.2])
    cel(cv, band, DS_MAROON, ow=0.35, dark_w=0.8, light_w=0.4)
    # the torn end: dark hollow edged with glowing metal
    hole = ellipse_pts(end[0] - ux * 0.3, end[1] - uy * 0.3, 0.9, w_end * 0.34, 10, math.atan2(uy, ux))
    cv.poly((14, 6, 8), hole)
    cv.line((120, 40, 20), hole[3], hole[7], 0.4)


def dis_rifle(cv, tf=None):
    """Heavy, short-barrelled rifle with a drum magazine, along y=42.
    tf: optional transform of every point (the disabled Dis lets it hang)."""
    t = tf or (lambda pts: pts)
    cy = 42.0
    cel(cv, t([(60.5, cy - 1.5), (65.4, cy - 1.4), (65.4, cy + 1.4), (60.5, cy + 1.5)]), DS_CHAR, ow=0.45,
        dark_w=0.8, light_w=0.5)
    cel(cv, t([(64.4, cy - 2.1), (68.2, cy - 2.0), (68.2, cy + 2.0), (64.4, cy + 2.1)]), DS_METAL, ow=0.45,
        dark_w=0.8, light_w=0.5)
    cv.poly((24, 10, 10), t([(66.6, cy - 0.7), (68.3, cy - 0.7), (68.3, cy + 0.7), (66.6, cy + 0.7)]))
    body = [(37.5, cy - 3.2), (58.0, cy - 3.4), (61.5, cy - 2.0), (61.5, cy + 2.0), (58.0, cy + 3.4),
            (37.5, cy + 3.2)]
    cel(cv, t(body), DS_METAL, dark_w=1.5, light_w=0.9)
    cel(cv, t(ellipse_pts(45.0, cy + 3.0, 3.2, 2.4, 12)), DS_CHAR, ow=0.45, dark_w=1.0, light_w=0.6)
    cv.poly(DS_MAROON.mid, t([(50.0, cy - 1.8), (58.0, cy - 2.0), (58.0, cy - 0.8), (50.0, cy - 0.7)]))


def dis_hands(cv, broken=False, tf=None):
    """broken=True: only the trigger hand is left (moved by tf with the rifle it still holds)."""
    t = tf or (lambda pts: pts)
    cel(cv, t([(49.5, 42.8), (53.5, 42.2), (54.4, 45.8), (50.4, 46.6)]), DS_CHAR, ow=0.4, dark_w=0.8, light_w=0.5)
    if not broken:
        cel(cv, [(54.0, 37.8), (58.0, 38.2), (58.4, 41.6), (54.4, 41.8)], DS_CHAR, ow=0.4, dark_w=0.8, light_w=0.5)


SEAT = Tones((170, 66, 110), outline=(24, 6, 18), light_t=0.4)
DIS_HEAD = [(36.0, 33.0), (42.0, 29.6), (47.5, 30.8), (51.0, 34.0), (51.0, 38.0), (47.5, 41.2), (42.0, 42.4),
            (36.0, 39.0)]


def dis_head(cv, hatch_open=False):
    """Hunched, angular head thrust forward, with one red mono-eye slit.
    hatch_open=True: the cockpit hatch on top of the head has swung back
    on its rear hinge over an empty seat, and the eye is dark."""
    cel(cv, DIS_HEAD, DS_METAL, dark_w=1.6, light_w=0.9)
    if not hatch_open:
        crest = [(37.5, 35.2), (47.0, 34.6), (49.0, 36.0), (47.0, 37.4), (37.5, 36.8)]
        cel(cv, crest, DS_MAROON, ow=0.35, dark_w=0.7, light_w=0.4)
    slit = [(48.4, 31.6), (50.2, 33.8), (50.6, 38.2), (48.4, 40.4), (47.6, 40.0), (49.2, 37.8), (49.0, 34.0),
            (47.6, 32.0)]
    cv.poly((14, 4, 8), slit)
    if not hatch_open:
        cv.soft_circle(EYE_RED, (50.0, 35.2), 1.9, 1.4, 255, 2)
        cv.poly(EYE_RED, [(49.3, 33.6), (50.2, 34.0), (50.4, 36.6), (49.5, 36.8)])
        cv.circle((255, 220, 190), (49.9, 35.1), 0.45)
        return
    # dead eye: a dull red lens, no glow
    cv.poly((84, 18, 16), [(49.3, 33.6), (50.2, 34.0), (50.4, 36.6), (49.5, 36.8)])
    cv.circle((150, 70, 60), (49.7, 34.4), 0.3)
    dis_open_cockpit(cv)


def dis_open_cockpit(cv):
    """The cockpit well in the head, seen from above with its hatch open:
    dark walls, the empty maroon seat facing forward, a dim console."""
    well = [(38.4, 33.4), (42.4, 31.6), (46.4, 32.4), (47.4, 34.6), (47.4, 37.4), (46.4, 39.6), (42.4, 40.4),
            (38.4, 38.6)]
    cv.poly(DS_METAL.outline, well)
    inner = inset(well, [0.4] * len(well))
    # lit rim on the inner wall facing the light (lower right), shadow cast
    # by the upper-left wall across the floor, floor in between
    shade = [(x - 0.5, y - 0.6) for x, y in inner]
    floor = [(x + 0.9, y + 1.0) for x, y in inner]
    cv.poly(DS_METAL.mid, inner)
    cv.clipped(inner, lambda c: c.poly((12, 8, 14), shade))
    cv.clipped(inner, lambda c: c.clipped(shade, lambda d: d.poly((40, 34, 46), floor)))
    # console ahead of the seat, two dim status lights
    cel(cv, [(45.0, 33.8), (46.6, 34.6), (46.6, 37.4), (45.0, 38.2)], DS_CHAR, ow=0.3, dark_w=0.4, light_w=0.3)
    cv.circle((150, 36, 28), (45.9, 35.2), 0.3)
    cv.circle((150, 36, 28), (45.9, 36.8), 0.3)
    # empty seat facing forward: headrest, back, cushion; harness straps hang loose
    cel(cv, [(39.6, 34.5), (41.8, 34.0), (41.8, 38.0), (39.6, 37.5)], SEAT, ow=0.35, dark_w=0.6, light_w=0.4)
    cel(cv, [(41.6, 34.5), (44.4, 34.8), (44.4, 37.2), (41.6, 37.5)], SEAT, ow=0.35, dark_w=0.7, light_w=0.5)
    cel(cv, [(38.9, 35.3), (39.8, 35.2), (39.8, 36.8), (38.9, 36.7)], DS_CHAR, ow=0.25, dark_w=0.3, light_w=0.2)
    cv.line((16, 8, 12), (42.0, 34.9), (43.8, 36.3), 0.35)
    cv.line((16, 8, 12), (42.0, 37.1), (43.4, 36.6), 0.35)
    # the hatch, hinged along the well's rear edge and laid back over the neck:
    # its ribbed inner face shows
    hatch = [(38.2, 33.0), (42.4, 31.2), (46.8, 32.0), (47.9, 34.5), (47.9, 37.5), (46.8, 40.0), (42.4, 40.8),
             (38.2, 39.0)]
    a, b = (38.2, 33.0), (38.2, 39.0)
    opened = swing_pts(hatch, a, b, -0.52)
    cv.soft_poly((8, 4, 6), [(x + 0.6, y + 0.9) for x, y in opened], 0.5, 170)
    face = cel(cv, opened, DS_CHAR, ow=0.45, dark_w=0.7, light_w=0.5)
    for y in (34.4, 36.0, 37.6):
        p, q = swing_pts([(39.2, y), (46.2, y)], a, b, -0.52)
        panel_line(cv, p, q, DS_CHAR.outline, DS_CHAR.light, 0.3)
    cv.circle((200, 170, 60), mix_pt(opened[3], opened[4], 0.5), 0.35)  # hatch release catch
    return face


def draw_dis():
    cv = Canvas(72, 72, matte=(12, 10, 16))
    dis_backpack(cv)
    dis_torso(cv)
    dis_rifle(cv)
    dis_arms(cv)
    dis_hands(cv)
    dis_shoulder(cv, False)
    dis_shoulder(cv, True)
    dis_head(cv)
    shadow = cv.silhouette(130, 1.6)
    return cv.result(), shadow
