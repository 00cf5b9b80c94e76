"""The Bul, the heavy Gradosian machine: its palette and parts, the sprite of one in working order, and its shell."""

from tools.art.canvas import Canvas, cel, panel_line, rivet
from tools.art.colour import Tones
from tools.art.dis import DS_MAROON, EYE_RED
from tools.art.effects_shots import trimmed_glow
from tools.art.geometry import ellipse_pts, limb, mirror_y

# The Bul is drawn on a larger canvas than the Dis (88 px: it is 52 px across to the Dis's 40), centred on C.
SIZE = 88
C = 44.0
# Bul palette: the Gradosian gunmetal, darker than the Dis's (heavier plate), the faction's maroon, darker, on its
# hull and the shoulders' rims, and a hot-orange glow in the vents of the two big engines at its back.
BL_METAL = Tones((56, 58, 72), outline=(8, 8, 14), dark_t=0.5, light_t=0.32)
BL_PLATE = Tones((66, 68, 82), outline=(8, 8, 14), dark_t=0.5, light_t=0.36)
BL_HULL = Tones((72, 26, 52), outline=(16, 5, 14), light_t=0.32)  # a darker maroon than the Dis's
BL_CHAR = Tones((40, 40, 50), outline=(6, 5, 10), light_t=0.28)
ENGINE_GLOW = (255, 120, 40)


def mirror(pts):
    """Reflect across the Bul's centre line (y = C)."""
    return mirror_y(pts, C)


def bul_engines(cv, dead=False):
    """Two squat engine blocks at its back, each with a glowing vent; dead=True: powered down, vents dark."""
    for m in (lambda p: p, mirror):
        block = m([(9.0, 27.0), (15.0, 22.5), (24.0, 22.5), (24.0, 40.5), (15.0, 40.5), (9.0, 37.0)])
        cel(cv, block, BL_CHAR, dark_w=1.4, light_w=0.8)
        vent = m([(9.8, 28.0), (12.0, 26.6), (12.0, 36.6), (9.8, 35.6)])
        cv.poly((20, 8, 8), vent)
        cv.poly(ENGINE_GLOW if not dead else (60, 24, 18), m([(10.2, 29.0), (11.3, 28.4), (11.3, 35.0), (10.2, 34.5)]))
        for y in (26.5, 31.5, 36.5):
            a, b = m([(15.5, y), (22.5, y)])
            panel_line(cv, a, b, BL_CHAR.outline, BL_CHAR.light, 0.35)


BUL_HULL = [(17.0, 29.0), (24.0, 22.0), (50.0, 22.0), (60.0, 30.0), (60.0, 58.0), (50.0, 66.0), (24.0, 66.0),
            (17.0, 59.0)]


def bul_hull(cv):
    """The squat, wide body: a chamfered block with an armoured keel down its middle."""
    cel(cv, BUL_HULL, BL_HULL, dark_w=2.2, light_w=1.2)
    keel = [(22.0, 38.5), (56.0, 37.0), (58.5, 44.0), (56.0, 51.0), (22.0, 49.5)]
    cel(cv, keel, BL_PLATE, ow=0.45, dark_w=1.2, light_w=0.7)
    for x in (27.0, 32.0, 37.0):
        panel_line(cv, (x, 40.0), (x, 48.0), BL_PLATE.outline, None, 0.4)


def bul_shoulder(cv, flip):
    """A broad, thick armour slab over each side, squared off (not raked back like the Dis's), with a horn thrust
    forward from its outer front corner: the Bul's silhouette is a wide block with two points ahead."""
    m = mirror if flip else (lambda pts: pts)
    horn = m([(46.0, 13.5), (56.0, 10.5), (65.0, 10.8), (57.5, 14.6), (52.0, 19.0)])
    cel(cv, horn, BL_PLATE, ow=0.5, dark_w=1.2, light_w=0.8)
    slab = m([(19.5, 26.5), (18.0, 17.0), (23.0, 11.0), (46.0, 10.5), (54.0, 14.5), (55.0, 25.0), (48.0, 30.5),
              (27.0, 31.0)])
    cel(cv, slab, BL_PLATE, dark_w=2.4, light_w=1.3)
    band = m([(19.6, 16.8), (23.8, 12.4), (45.6, 12.0), (52.6, 15.4), (52.8, 19.0), (45.0, 17.2), (24.2, 17.6)])
    cel(cv, band, DS_MAROON, ow=0.35, dark_w=0.8, light_w=0.5)
    a, b = m([(21.0, 23.4), (53.8, 22.6)])  # the slab's layered plates
    panel_line(cv, a, b, BL_PLATE.outline, BL_PLATE.light, 0.4)
    for p in ((25.0, 20.4), (36.0, 20.2), (47.0, 20.0), (31.0, 27.0), (42.0, 27.0)):
        rivet(cv, m([p])[0], BL_PLATE.outline, BL_PLATE.light, 0.5)


# The heavy cannon, held along y = CANNON_Y just north of the centre line (the shot leaves the centre line: the glint
# sits on its muzzle brake), on the north arm: the weapon arm that precise bolts on its front left wear down.
CANNON_Y = 39.0
MUZZLE_X = 86.0  # weapon muzzle 42 px in units.yaml
BUL_ARMS = (((51.0, 25.0), (62.0, 34.5)), ((51.0, 63.0), (63.0, 50.5)))  # (elbow, hand): north, south


def bul_arms(cv, broken=False):
    """Thick forearms from the front of each shoulder to the cannon's grips. broken=True: the north one is gone."""
    for k, (elbow, hand) in enumerate(BUL_ARMS):
        if not (broken and k == 0):
            cel(cv, limb(elbow, hand, 9.0, 7.0), BL_METAL, dark_w=2.0, light_w=1.0)
            cel(cv, limb(elbow, ((elbow[0] + hand[0]) / 2, (elbow[1] + hand[1]) / 2), 8.2, 7.6), BL_CHAR, ow=0.35,
                dark_w=0.9, light_w=0.5)
        cel(cv, ellipse_pts(elbow[0], elbow[1], 3.6, 3.6, 8), BL_PLATE, ow=0.45, dark_w=1.0, light_w=0.6)


def bul_cannon(cv, tf=None):
    """The heavy cannon: a long breech with an ammunition drum, a thick barrel and a slotted muzzle brake.
    tf: optional transform of every point (the disabled Bul lets it drop)."""
    t = tf or (lambda pts: pts)
    cy = CANNON_Y
    barrel = [(66.0, cy - 2.6), (81.0, cy - 2.3), (81.0, cy + 2.3), (66.0, cy + 2.6)]
    cel(cv, t(barrel), BL_CHAR, ow=0.5, dark_w=1.0, light_w=0.6)
    brake = [(80.0, cy - 3.8), (MUZZLE_X, cy - 3.6), (MUZZLE_X, cy + 3.6), (80.0, cy + 3.8)]
    cel(cv, t(brake), BL_PLATE, ow=0.5, dark_w=1.0, light_w=0.6)
    for x in (82.0, 84.0):  # the brake's slots
        cv.poly((14, 8, 10), t([(x, cy - 3.0), (x + 0.8, cy - 3.0), (x + 0.8, cy - 1.0), (x, cy - 1.0)]))
        cv.poly((14, 8, 10), t([(x, cy + 1.0), (x + 0.8, cy + 1.0), (x + 0.8, cy + 3.0), (x, cy + 3.0)]))
    cv.poly((24, 10, 10), t([(84.8, cy - 1.1), (MUZZLE_X + 0.2, cy - 1.1), (MUZZLE_X + 0.2, cy + 1.1),
                             (84.8, cy + 1.1)]))
    breech = [(48.0, cy - 5.0), (62.0, cy - 5.4), (67.5, cy - 3.4), (67.5, cy + 3.4), (62.0, cy + 5.4),
              (48.0, cy + 5.0)]
    cel(cv, t(breech), BL_METAL, dark_w=1.8, light_w=1.0)
    cel(cv, t(ellipse_pts(55.0, cy - 5.4, 4.4, 3.0, 14)), BL_CHAR, ow=0.45, dark_w=1.1, light_w=0.6)  # drum
    cv.poly(DS_MAROON.mid, t([(56.0, cy - 3.0), (64.0, cy - 3.2), (64.0, cy - 1.6), (56.0, cy - 1.5)]))


def bul_hands(cv, broken=False, tf=None):
    """The fists on the cannon's grips; broken=True: only the south one is left (moved by tf with the cannon)."""
    t = tf or (lambda pts: pts)
    cel(cv, t([(60.0, 46.0), (65.0, 45.6), (65.6, 50.6), (60.6, 51.2)]), BL_CHAR, ow=0.4, dark_w=0.9, light_w=0.5)
    if not broken:
        cel(cv, [(59.6, 31.4), (64.6, 31.8), (65.0, 36.4), (60.0, 36.6)], BL_CHAR, ow=0.4, dark_w=0.9, light_w=0.5)


BUL_HEAD = [(30.0, 40.0), (34.0, 36.0), (41.5, 36.0), (45.5, 40.0), (45.5, 48.0), (41.5, 52.0), (34.0, 52.0),
            (30.0, 48.0)]


def bul_head(cv, hatch_open=False):
    """A low, armoured head sunk between the shoulders, a wide visor across its front and the red mono-eye in it.
    hatch_open=True: the hatch is thrown back over an empty seat and the eye is dark."""
    cel(cv, BUL_HEAD, BL_PLATE, dark_w=1.6, light_w=0.9)
    visor = [(42.6, 38.8), (44.8, 40.8), (44.8, 47.2), (42.6, 49.2), (41.8, 48.6), (43.6, 46.6), (43.6, 41.4),
             (41.8, 39.4)]
    cv.poly((14, 4, 8), visor)
    if hatch_open:
        cv.poly((84, 18, 16), [(43.6, 42.0), (44.3, 42.2), (44.3, 45.8), (43.6, 46.0)])
        bul_open_cockpit(cv)
        return
    cel(cv, [(32.0, 42.6), (40.5, 42.0), (41.8, 44.0), (40.5, 46.0), (32.0, 45.4)], DS_MAROON, ow=0.35, dark_w=0.7,
        light_w=0.4)
    cv.soft_circle(EYE_RED, (44.2, 44.0), 2.0, 1.4, 255, 2)
    cv.poly(EYE_RED, [(43.5, 42.2), (44.4, 42.4), (44.4, 45.6), (43.5, 45.8)])
    cv.circle((255, 220, 190), (44.0, 43.9), 0.45)


def bul_open_cockpit(cv):
    """The cockpit well with its hatch thrown back: dark walls, the empty seat, the hatch lying over the neck."""
    well = [(32.0, 41.0), (35.0, 38.6), (40.5, 38.6), (42.0, 41.0), (42.0, 47.0), (40.5, 49.4), (35.0, 49.4),
            (32.0, 47.0)]
    cv.poly(BL_PLATE.outline, well)
    cv.poly((40, 34, 46), [(33.0, 41.6), (35.4, 39.6), (40.0, 39.6), (41.2, 41.6), (41.2, 46.4), (40.0, 48.4),
                           (35.4, 48.4), (33.0, 46.4)])
    seat = Tones((170, 66, 110), outline=(24, 6, 18), light_t=0.4)
    cel(cv, [(35.0, 41.6), (39.4, 42.0), (39.4, 46.0), (35.0, 46.4)], seat, ow=0.35, dark_w=0.7, light_w=0.5)
    cv.circle((150, 36, 28), (40.6, 44.0), 0.35)
    hatch = [(23.0, 39.6), (31.4, 38.8), (31.4, 49.2), (23.0, 48.4)]
    cv.soft_poly((8, 4, 6), [(x + 0.6, y + 0.9) for x, y in hatch], 0.5, 170)
    cel(cv, hatch, BL_CHAR, ow=0.45, dark_w=0.7, light_w=0.5)
    for y in (41.6, 44.0, 46.4):
        panel_line(cv, (24.0, y), (30.4, y), BL_CHAR.outline, BL_CHAR.light, 0.3)


def draw_bul():
    cv = Canvas(SIZE, SIZE, matte=(10, 9, 16))
    bul_engines(cv)
    bul_hull(cv)
    bul_head(cv)
    bul_cannon(cv)
    bul_arms(cv)
    bul_hands(cv)
    bul_shoulder(cv, False)
    bul_shoulder(cv, True)
    shadow = cv.silhouette(130, 1.6)
    return cv.result(), shadow


def draw_bul_shell():
    """The Bul's heavy shot (added light, pointing east): a fat orange slug twice the enemy bolt's girth, with a
    white-hot nose and a short tail."""
    cv = Canvas(30, 14, matte=(255, 84, 18))
    cy = 7.0
    cv.soft_poly((255, 70, 14), [(2.0, cy - 2.6), (20.0, cy - 4.6), (26.5, cy - 3.2), (28.5, cy), (26.5, cy + 3.2),
                                 (20.0, cy + 4.6), (2.0, cy + 2.6)], 1.4, 210)
    cv.soft_poly((255, 150, 50), [(7.0, cy - 1.6), (20.0, cy - 3.0), (25.5, cy - 2.2), (27.2, cy), (25.5, cy + 2.2),
                                  (20.0, cy + 3.0), (7.0, cy + 1.6)], 0.6, 255)
    cv.soft_circle((255, 236, 190), (22.5, cy), 2.2, 0.8, 255)
    cv.circle((255, 252, 240), (23.2, cy), 1.3)
    return cv.result()


def draw_bul_shell_day():
    """The Bul's shell for a day map (ordinary alpha, as the day bolts: effects_shots.draw_day_bolt): the same slug,
    orange in a dark rim with a faint orange glow, its nose amber rather than white-hot, so it stays orange on sand."""
    cv = Canvas(30, 14, matte=(255, 84, 18))
    cy = 7.0
    cv.soft_poly((255, 84, 18), [(4.0, cy - 2.4), (20.0, cy - 4.2), (26.5, cy - 3.0), (28.6, cy), (26.5, cy + 3.0),
                                 (20.0, cy + 4.2), (4.0, cy + 2.4)], 0.6, 120)
    cv.poly((58, 16, 6), [(5.0, cy - 1.9), (20.0, cy - 3.6), (25.8, cy - 2.7), (27.9, cy), (25.8, cy + 2.7),
                          (20.0, cy + 3.6), (5.0, cy + 1.9)])
    cv.poly((236, 92, 24), [(7.0, cy - 1.2), (20.0, cy - 2.7), (25.0, cy - 2.0), (27.0, cy), (25.0, cy + 2.0),
                            (20.0, cy + 2.7), (7.0, cy + 1.2)])
    cv.soft_circle((255, 176, 70), (22.5, cy), 1.9, 0.6, 255)
    return trimmed_glow(cv.result())
