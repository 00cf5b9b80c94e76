"""The Layzner, the player's machine: its parts, its normal, Fouron, overheat, V-MAX and thrust sprites, and the title
screen's at twice the size (layzner_large)."""

import pygame

from tools.art.canvas import SS, Canvas, cel, panel_line
from tools.art.colour import RED, YELLOW, Tones, clamp8, ramp_color, rgba, sat
from tools.art.geometry import ellipse_pts, inset, limb, mirror_y, mix_pt, rect_pts, swing_pts


# Layzner palette: white armour, deep blue panels, cyan-green canopy glass.
LZ_WHITE = Tones((214, 221, 236), outline=(22, 28, 52), dark_t=0.38, light_t=0.7)
LZ_BLUE = Tones((36, 84, 196), outline=(10, 16, 46))
LZ_NAVY = Tones((26, 42, 104), outline=(8, 10, 30))
LZ_GREY = Tones((104, 114, 134), outline=(16, 18, 30))
LZ_GUN = Tones((66, 74, 92), outline=(10, 12, 20))
LZ_GLASS = Tones((26, 132, 124), outline=(6, 22, 30), light_t=0.35)


# Overheat (forced cooling): hatches swing open, the bays under them glow.
HEAT_CAVITY = (44, 12, 10)
HEAT_RED = (224, 52, 18)
HEAT_ORANGE = (255, 128, 30)
HEAT_YELLOW = (255, 230, 140)
HATCH_SWING = 0.42  # cos of the angle the back fins open to: their depth across the hinge shrinks to this


def hot_vent(cv, pts, slits, slit_w=0.75):
    """Exposed cooling bay: dark cavity, red heat deep inside, glowing
    orange fins with yellow-white cores."""
    cv.poly((12, 6, 10), pts)
    inner = inset(pts, [0.4] * len(pts)) or pts
    cv.poly(HEAT_CAVITY, inner)
    core = inset(inner, [0.9] * len(inner)) or inner
    cv.clipped(inner, lambda c: c.soft_poly(HEAT_RED, core, 0.9, 230))
    for a, b in slits:
        cv.line(HEAT_ORANGE, a, b, slit_w)
    for a, b in slits:
        cv.line(HEAT_YELLOW, a, b, slit_w * 0.4)


def open_panel(cv, pts, a, b, c, tones, lift=(0.0, 0.0), struts=()):
    """Armour panel swung open about its hinge a-b (see swing_pts) and
    pushed out by `lift` on its actuators (struts: pairs of points on the
    body and on the panel's hinge side, drawn as dark rods under it); it
    casts a shadow down-right into the bay it uncovered."""
    opened = [(x + lift[0], y + lift[1]) for x, y in swing_pts(pts, a, b, c)]
    for p, q in struts:
        cv.line((12, 8, 14), p, (q[0] + lift[0], q[1] + lift[1]), 0.8)
        cv.line(LZ_GREY.mid, p, (q[0] + lift[0], q[1] + lift[1]), 0.35)
    cv.soft_poly((8, 4, 6), [(x + 0.6, y + 0.9) for x, y in opened], 0.5, 170)
    cel(cv, opened, tones, ow=0.45, dark_w=0.8, light_w=0.5)
    return opened


def layzner_leg_hatches(cv):
    """Overheat only: the calf hatches of the legs folded under the back
    unit swing out past its rear corners, a glowing slit behind each."""
    for m in (lambda pts: pts, mirror_y):
        cv.line((12, 6, 10), m([(12.6, 27.4)])[0], m([(21.6, 24.4)])[0], 1.9)
        cv.line(HEAT_ORANGE, m([(12.9, 27.1)])[0], m([(21.3, 24.3)])[0], 1.0)
        cv.line(HEAT_YELLOW, m([(13.2, 27.0)])[0], m([(21.0, 24.2)])[0], 0.4)
        a, b = m([(12.8, 26.2)])[0], m([(21.4, 23.4)])[0]
        hatch = m([(12.8, 26.2), (21.4, 23.4), (22.6, 26.8), (14.0, 29.8)])
        opened = open_panel(cv, hatch, a, b, -0.7, LZ_WHITE)
        # blue trim along the hatch's free edge
        cv.line(LZ_BLUE.mid, mix_pt(opened[0], opened[3], 0.55), mix_pt(opened[1], opened[2], 0.55), 0.6)


def layzner_backpack(cv, hot=False):
    """Back unit with the two main thruster bells (toward -x).  hot=True:
    forced cooling, the fin covers stand up on their inner edges beside the
    spine over glowing vent bays, and the bells glow orange."""
    for cy in (31.0, 41.0):
        cel(cv, [(9.5, cy - 3.0), (15, cy - 3.6), (15, cy + 3.6), (9.5, cy + 3.0)], LZ_GUN, dark_w=1.0, light_w=0.6)
        cv.poly((14, 18, 40) if not hot else HEAT_CAVITY,
                [(9.9, cy - 2.1), (11.4, cy - 2.3), (11.4, cy + 2.3), (9.9, cy + 2.1)])
        cv.poly((70, 150, 255) if not hot else HEAT_ORANGE,
                [(10.0, cy - 1.2), (10.7, cy - 1.3), (10.7, cy + 1.3), (10.0, cy + 1.2)])
    pack = [(13, 27.5), (22, 24.5), (27, 27), (27, 45), (22, 47.5), (13, 44.5), (12, 40), (12, 32)]
    cel(cv, pack, LZ_NAVY, dark_w=1.6, light_w=1.0)
    # white fin covers on the pack (Layzner's back "wings")
    fin = [(14.5, 27.6), (22.5, 25.4), (25.5, 27.5), (24.5, 32.5), (15, 33.2)]
    if not hot:
        cel(cv, fin, LZ_WHITE, dark_w=1.2, light_w=0.8)
        cel(cv, mirror_y(fin), LZ_WHITE, dark_w=1.2, light_w=0.8)
    else:
        for m in (lambda pts: pts, mirror_y):
            bay = m([(15.2, 28.0), (22.4, 26.0), (24.8, 27.8), (24.0, 32.0), (15.6, 32.6)])
            hot_vent(cv, bay, [m([(16.6 + k * 2.1, 28.6 - k * 0.55), (16.6 + k * 2.1, 31.8)]) for k in range(4)])
            open_panel(cv, m(fin), m([(15, 33.2)])[0], m([(24.5, 32.5)])[0], HATCH_SWING, LZ_WHITE)
    panel_line(cv, (14.2, 36), (26, 36), LZ_NAVY.outline, LZ_NAVY.light, 0.35)
    cv.line(YELLOW, (17.5, 34.7), (20.5, 34.7), 0.5)


def layzner_torso(cv):
    chest = [(24.5, 28.5), (30.5, 25.2), (41, 26.4), (45.5, 30), (45.5, 42), (41, 45.6), (30.5, 46.8), (24.5, 43.5)]
    cel(cv, chest, LZ_BLUE, dark_w=1.8, light_w=1.1)
    # white collar plate behind the head
    collar = [(27.0, 31.0), (31.5, 29.4), (33.5, 31.0), (33.5, 41.0), (31.5, 42.6), (27.0, 41.0)]
    cel(cv, collar, LZ_WHITE, dark_w=1.2, light_w=0.8)
    # yellow chest vents ahead of the head, the Layzner's small accents
    for y in (28.6, 41.0):
        cv.poly((40, 28, 10), [(40.6, y), (44.8, y + 0.8), (44.8, y + 2.6), (40.6, y + 2.4)])
        cv.poly(YELLOW, [(40.9, y + 0.35), (44.4, y + 1.0), (44.4, y + 2.0), (40.9, y + 1.9)])
    panel_line(cv, (26, 30), (26, 42), LZ_BLUE.outline, LZ_BLUE.light, 0.35)


def layzner_shoulder(cv, flip, hot=False):
    """Big boxy white pauldron with a blue armour plate on its outer face;
    flip=True for the right (south) shoulder.  hot=True: the plate tilts up
    and is pushed outward on its actuators past the pad's rim, uncovering a
    glowing cooling bay, and the louvres of the rear vent glow."""
    m = (lambda pts: mirror_y(pts)) if flip else (lambda pts: pts)
    pad = m([(23.5, 17.0), (27.5, 12.4), (40.0, 11.8), (45.8, 15.2), (46.8, 21.8), (43.2, 27.8), (28.0, 28.4),
             (23.5, 24.6)])
    plate = m([(27.2, 14.6), (39.6, 14.0), (43.6, 16.8), (43.9, 20.6), (27.0, 21.2), (25.4, 18.4)])
    vent = m([(28.4, 23.2), (36.0, 23.0), (36.0, 26.0), (28.6, 26.2)])
    tip = m([(43.0, 23.8), (45.9, 21.0), (46.6, 22.0), (43.4, 27.2)])
    cel(cv, pad, LZ_WHITE, dark_w=2.2, light_w=1.4)
    if not hot:
        cel(cv, plate, LZ_BLUE, ow=0.45, dark_w=1.2, light_w=0.7)
    else:
        bay = m([(27.6, 15.0), (39.4, 14.5), (43.0, 17.0), (43.3, 20.2), (27.4, 20.7), (26.0, 18.3)])
        hot_vent(cv, bay, [m([(28.6 + k * 2.0, 15.8), (28.6 + k * 2.0, 19.8)]) for k in range(7)])
        lift = (0.0, 3.2 if flip else -3.2)
        open_panel(cv, plate, m([(27.2, 14.6)])[0], m([(39.6, 14.0)])[0], 0.62, LZ_BLUE, lift,
                   [(m([(x, 18.0)])[0], m([(x, 15.4)])[0]) for x in (30.0, 37.5)])
        a, b = m([(28.0, 17.2)])[0], m([(38.6, 16.8)])[0]  # glint across the raised plate
        cv.line(LZ_BLUE.light, (a[0] + lift[0], a[1] + lift[1]), (b[0] + lift[0], b[1] + lift[1]), 0.5)
    cv.poly(LZ_WHITE.dark if not hot else HEAT_CAVITY, vent)
    for k in range(3):  # louvres in the vent
        x = 29.4 + k * 2.3
        cv.poly(LZ_NAVY.mid if not hot else HEAT_ORANGE, m([(x, 23.6), (x + 1.3, 23.6), (x + 1.3, 25.6), (x, 25.6)]))
    cv.poly(RED, tip)
    lp = m([(40.2, 24.6)])[0]
    cv.circle((60, 40, 10), lp, 0.95)
    cv.circle(YELLOW, lp, 0.65)
    if not hot:
        # specular glint on the plate's curved top edge
        g = m([(29.0, 15.6), (38.6, 15.1), (38.6, 15.7), (29.0, 16.2)])
        cv.poly((200, 225, 255, 190), g)


def layzner_arms(cv):
    """Elbows peek out from under the pauldrons; forearms reach forward in a
    V to the rifle."""
    for elbow, hand in (((44.6, 25.4), (55.2, 36.0)), ((44.6, 46.6), (50.8, 42.8))):
        cel(cv, limb(elbow, hand, 5.4, 4.4), LZ_WHITE, dark_w=1.5, light_w=0.9)
        # blue cuff near the wrist
        t = 0.62
        cx, cy = elbow[0] + (hand[0] - elbow[0]) * t, elbow[1] + (hand[1] - elbow[1]) * t
        t2 = 0.8
        dx, dy = elbow[0] + (hand[0] - elbow[0]) * t2, elbow[1] + (hand[1] - elbow[1]) * t2
        cel(cv, limb((cx, cy), (dx, dy), 5.2, 4.8), LZ_BLUE, ow=0.4, dark_w=0.8, light_w=0.5)
        cel(cv, ellipse_pts(elbow[0], elbow[1], 2.4, 2.4, 10), LZ_GREY, ow=0.45, dark_w=0.9, light_w=0.6)


def layzner_rifle(cv):
    """Long laser rifle along y=40, muzzle at x~70."""
    cy = 40.0
    body = [(38.5, cy - 2.4), (57.5, cy - 2.7), (60.8, cy - 1.5), (60.8, cy + 1.6), (57.5, cy + 2.7),
            (38.5, cy + 2.3)]
    # muzzle stops at x~68.6 so its blurred silhouette (the shadow) is not clipped by the frame
    barrel = [(59.5, cy - 1.1), (66.6, cy - 0.95), (66.6, cy + 0.95), (59.5, cy + 1.1)]
    cel(cv, barrel, LZ_GUN, ow=0.45, dark_w=0.7, light_w=0.5)
    cv.poly(LZ_GUN.outline, [(65.8, cy - 1.45), (68.6, cy - 1.3), (68.6, cy + 1.3), (65.8, cy + 1.45)])
    cv.poly((110, 230, 255), [(66.3, cy - 0.8), (68.2, cy - 0.7), (68.2, cy + 0.7), (66.3, cy + 0.8)])
    cel(cv, body, LZ_WHITE, dark_w=1.3, light_w=0.8)
    cv.poly(LZ_BLUE.mid, [(40, cy + 0.7), (57.5, cy + 0.8), (57.5, cy + 1.7), (40, cy + 1.6)])
    # sight on top with a cyan lens
    cel(cv, rect_pts(44.5, cy - 1.5, 8.0, 2.2), LZ_GUN, ow=0.35, dark_w=0.5, light_w=0.4)
    cv.poly((120, 240, 240), [(51.6, cy - 1.0), (52.4, cy - 1.0), (52.4, cy + 0.4), (51.6, cy + 0.4)])


def layzner_hands(cv):
    cel(cv, ellipse_pts(51.2, 42.4, 2.3, 1.9, 8, 0.4), LZ_GREY, ow=0.4, dark_w=0.8, light_w=0.5)
    cel(cv, ellipse_pts(56.2, 38.4, 2.3, 2.0, 8, 0.8), LZ_GREY, ow=0.4, dark_w=0.8, light_w=0.5)


# Fouron in control: the canopy (the Layzner's "eyes") turns violet.
FOURON_GLASS = Tones((122, 46, 178), outline=(24, 6, 40), light_t=0.35)
FOURON_VIOLET = (176, 84, 255)
FOURON_PALE = (236, 206, 255)

# canopy glass and its reflections: (tones, bright streak, faint streak, glint dot)
CANOPY_NORMAL = (LZ_GLASS, (190, 255, 240), (150, 240, 225, 200), (235, 255, 250))
CANOPY_FOURON = (FOURON_GLASS, (222, 176, 255), (196, 140, 255, 200), FOURON_PALE)


def layzner_head(cv, fouron=False):
    """Head with a large cyan-green canopy: the cockpit sits in the head.
    fouron=True: Fouron has seized the machine, the canopy glass and the
    crest sensor turn violet."""
    glass, streak, streak2, glint = CANOPY_FOURON if fouron else CANOPY_NORMAL
    head = [(31.5, 33.0), (35.0, 30.0), (42.5, 30.0), (46.6, 33.0), (47.4, 38.6), (42.5, 41.6), (35.0, 41.6),
            (31.5, 38.8)]
    cel(cv, head, LZ_WHITE, dark_w=1.6, light_w=1.0)
    # wrap-around visor, swept back at the sides like the anime's canopy
    canopy = [(39.2, 31.0), (43.6, 31.6), (46.4, 34.0), (46.8, 38.0), (43.6, 40.4), (39.2, 41.0), (40.6, 38.2),
              (40.6, 33.8)]
    cel(cv, canopy, glass, ow=0.5, dark_w=1.5, light_w=0.6)
    # reflections: a bright streak and a dot sell it as glass
    cv.line(streak, (41.6, 32.5), (44.0, 33.0), 0.65)
    cv.line(streak2, (45.2, 34.8), (45.6, 36.6), 0.45)
    cv.circle(glint, (42.2, 34.0), 0.5)
    # blue crest running back over the head, yellow sensor at its front
    cv.poly(LZ_BLUE.mid, [(31.8, 35.0), (37.6, 34.8), (37.6, 37.0), (31.8, 36.8)])
    cv.poly(LZ_BLUE.light, [(32.0, 35.1), (37.4, 34.9), (37.4, 35.5), (32.0, 35.6)])
    cv.poly(FOURON_VIOLET if fouron else YELLOW, [(35.6, 34.0), (37.2, 34.3), (37.2, 34.7), (35.6, 34.8)])
    cv.poly(RED, [(32.6, 37.2), (35.0, 37.2), (35.0, 37.9), (32.6, 37.9)])


def layzner_canvas(hot=False, fouron=False):
    """The Layzner drawn at SS, before its silhouette is taken (shared by the normal,
    overheated, V-MAX and Fouron sprites so they stay pixel-aligned)."""
    cv = Canvas(72, 72, matte=(22, 28, 52))
    if hot:
        layzner_leg_hatches(cv)
    layzner_backpack(cv, hot)
    layzner_torso(cv)
    layzner_rifle(cv)
    layzner_arms(cv)
    layzner_hands(cv)
    layzner_shoulder(cv, False, hot)
    layzner_shoulder(cv, True, hot)
    layzner_head(cv, fouron)
    return cv


def draw_layzner():
    cv = layzner_canvas()
    shadow = cv.silhouette(125, 1.6)
    return cv.result(), shadow


def draw_layzner_large():
    """The Layzner at twice the game's size, for the title screen: the same drawing brought down from its
    supersampled canvas to 2x rather than 1x, sharp where scaling the sprite up blurred it."""
    cv = layzner_canvas()
    return pygame.transform.smoothscale(cv.surf, (cv.w * 2, cv.h * 2))


def draw_layzner_fouron():
    """Fouron has taken over: pixel-aligned with layzner.png, the canopy
    glows violet (a soft bloom spills onto the head around it) and a thin
    violet line lights the crest."""
    cv = layzner_canvas(fouron=True)
    shadow = cv.silhouette(125, 1.6)
    canopy = [(39.2, 31.0), (43.6, 31.6), (46.4, 34.0), (46.8, 38.0), (43.6, 40.4), (39.2, 41.0), (40.6, 38.2),
              (40.6, 33.8)]
    cv.soft_poly(FOURON_VIOLET, canopy, 2.0, 140)
    cv.soft_circle(FOURON_PALE, (44.4, 36.0), 1.4, 0.8, 170)
    cv.line(rgba(FOURON_VIOLET, 220), (32.0, 35.9), (37.4, 35.8), 0.4)
    return cv.result(), shadow


def draw_layzner_overheat():
    """The Layzner after V-MAX, venting: pixel-aligned with layzner.png,
    its hatches open on glowing bays, with a faint heat glow on top."""
    cv = layzner_canvas(hot=True)
    shadow = cv.silhouette(125, 1.6)
    for c, r in (((34.5, 17.5), 5.5), ((34.5, 54.5), 5.5), ((20.0, 29.5), 3.5), ((20.0, 42.5), 3.5)):
        cv.soft_circle(HEAT_ORANGE, c, r, 2.0, 80)
    return cv.result(), shadow


# Azure with almost no red: added over the ochre ground it turns pale cyan
# (pure blue would turn violet), and faded afterimages stay cool; only the
# thickest parts reach the white-cyan core.
VMAX_RAMP = [
    (1.00, (160, 242, 255)),
    (0.75, (40, 186, 255)),
    (0.40, (0, 124, 255)),
    (0.00, (0, 72, 255)),
]


def draw_layzner_vmax():
    """Energy silhouette of the Layzner for V-MAX (drawn additively):
    bright cyan-white deep inside, blue at the outline, a soft blue glow
    a few pixels beyond it.  The depth comes from a blurred silhouette."""
    src = layzner_canvas().surf
    w, h = src.get_size()
    sil = pygame.mask.from_surface(src, 40).to_surface(setcolor=(255, 255, 255, 255), unsetcolor=(255, 255, 255, 0))
    depth = pygame.transform.gaussian_blur(sil, int(2.8 * SS), False)
    halo = pygame.transform.gaussian_blur(sil, int(2.6 * SS), False)
    out = pygame.Surface((w, h), pygame.SRCALPHA)
    edge = VMAX_RAMP[-1][1]
    for y in range(h):
        for x in range(w):
            inside = sil.get_at((x, y))[3] > 0
            if inside:
                t = (depth.get_at((x, y))[3] / 255.0 - 0.5) / 0.45
                r_, g_, b_, _ = src.get_at((x, y))
                lum = (r_ * 0.3 + g_ * 0.55 + b_ * 0.15) / 255.0
                t -= 0.45 * sat(1.0 - lum / 0.3)  # the art's outlines show as blue seams
                out.set_at((x, y), (*ramp_color(VMAX_RAMP, t), 255))
            else:
                g = halo.get_at((x, y))[3] / 255.0
                out.set_at((x, y), (*edge, clamp8(255 * 0.75 * g)))
    return pygame.transform.smoothscale(out, (72, 72))


def draw_layzner_thrust():
    """Blue-white exhaust plumes behind the two thruster bells."""
    cv = Canvas(72, 72, matte=(60, 140, 255))
    for cy in (31.0, 41.0):
        # tip kept ~2 px inside the frame so the glow fades instead of clipping
        plume = [(11.5, cy - 2.8), (5.0, cy - 2.0), (2.0, cy), (5.0, cy + 2.0), (11.5, cy + 2.8)]
        cv.soft_poly((40, 110, 255), plume, 1.4, 240)
        core = [(11.2, cy - 2.1), (5.0, cy - 1.1), (2.8, cy), (5.0, cy + 1.1), (11.2, cy + 2.1)]
        cv.soft_poly((120, 190, 255), core, 0.8, 255)
        cv.poly((235, 248, 255), [(11.0, cy - 1.3), (6.0, cy - 0.55), (4.0, cy), (6.0, cy + 0.55), (11.0, cy + 1.3)])
        cv.soft_circle((170, 220, 255), (11.0, cy), 2.6, 1.0, 230)
    return cv.result()
