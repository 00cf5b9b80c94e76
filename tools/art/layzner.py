"""The Layzner, the player's machine: its parts, and its normal, Fouron, overheat, V-MAX and thrust sprites (the
title screen's, larger, is tools/art/title.py's)."""

import math

import numpy
import pygame

from tools.art.canvas import SS, Canvas, cel, panel_line
from tools.art.colour import RED, YELLOW, Tones, rgba
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

# The body's parts (north half; mirror_y gives the south), in final pixels, facing east, centre (36, 36).  The
# shoulders span y 16.2..55.8, about the 20 px collision radius, so the machine reads as big as it hits.
THRUST_ANGLE = math.radians(20)  # the thruster pods point back and this much outward
# each pod: its casing, then the bell at its back end (root, mouth)
POD = [(27.6, 27.2), (19.8, 23.6), (15.4, 22.6), (13.2, 24.6), (14.4, 28.4), (21.0, 30.8), (27.4, 31.6)]
_MOUTH = (10.8, 24.4)
THRUSTERS = [((16.4, 26.4), _MOUTH)]
POD_HATCH = [(16.6, 24.4), (22.0, 26.4), (21.8, 29.0), (16.4, 27.0)]
PACK = [(16.8, 31.8), (20.6, 29.2), (27.5, 28.8), (27.5, 43.2), (20.6, 42.8), (16.8, 40.2)]
PACK_FIN = [(18.4, 33.8), (18.8, 31.6), (21.2, 30.0), (26.4, 29.8), (26.2, 33.6)]
TORSO = [(24.5, 30.0), (29.5, 27.2), (40.0, 27.6), (45.5, 31.5), (45.5, 40.5), (40.0, 44.4), (29.5, 44.8), (24.5, 42.0)]
SHOULDER = [(25.4, 28.0), (23.4, 24.6), (27.2, 16.6), (37.6, 16.4), (44.4, 26.8)]
HEAD = [(32.0, 33.2), (35.5, 30.6), (42.5, 30.3), (47.0, 33.0), (48.3, 36.0), (47.0, 39.0), (42.5, 41.7),
        (35.5, 41.4), (32.0, 38.8)]
# the wrap-around canopy, swept back at the sides like the anime's: the cockpit is in the head
CANOPY = [(39.4, 31.3), (43.4, 31.5), (46.4, 33.6), (47.4, 36.0), (46.4, 38.4), (43.4, 40.5), (39.4, 40.7),
          (40.9, 38.2), (40.9, 33.8)]


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


def layzner_pods(cv, hot=False):
    """The two thruster pods on the back, swept back and outward (THRUST_ANGLE off the spine): white casings
    with a blue stripe, faceted along their length, a bell at each back end.  hot=True: the hatches on their
    backs swing out over glowing vents and the bells glow orange."""
    for m in (lambda pts: pts, mirror_y):
        root, mouth = THRUSTERS[0]
        bell = m(limb(root, mouth, 3.4, 5.4))
        cel(cv, bell, LZ_GUN, ow=0.45, dark_w=0.8, light_w=0.5)
        # the bell's rim, and a glint of the burner deep inside its mouth
        lip = m(limb(mix_pt(root, mouth, 0.9), mouth, 5.0, 5.4))
        cv.poly(LZ_GUN.light, inset(lip, [0.4] * 4) or lip)
        core = m(limb(mix_pt(root, mouth, 0.92), mix_pt(root, mouth, 0.99), 3.2, 3.6))
        cv.poly((14, 18, 40) if not hot else HEAT_CAVITY, core)
        burner = m(limb(mix_pt(root, mouth, 0.94), mix_pt(root, mouth, 0.99), 1.4, 1.6))
        cv.poly((50, 120, 235) if not hot else HEAT_ORANGE, burner)
        cel(cv, m(POD), LZ_WHITE, dark_w=1.0, light_w=0.6)
        # the ridge along the casing: the outer facet catches the light (north) or falls in shade (south)
        facet = m([(26.6, 28.0), (19.8, 24.8), (15.8, 23.7), (14.4, 25.2), (20.4, 27.6), (26.6, 29.4)])
        cv.poly(LZ_WHITE.light if m is not mirror_y else LZ_WHITE.dark, facet)
        a, b = m([(14.6, 25.8), (26.8, 29.6)])
        cv.line(LZ_WHITE.outline, a, b, 0.22)
        hatch = m(POD_HATCH)
        if not hot:
            cv.poly(LZ_BLUE.outline, hatch)
            cv.poly(LZ_BLUE.mid, inset(hatch, [0.35] * len(hatch)) or hatch)
            a, b = m([(17.0, 25.2), (21.2, 26.8)])
            cv.line(LZ_BLUE.light, a, b, 0.35)
        else:
            hot_vent(cv, hatch, [m([(x, 25.2 + 0.36 * (x - 16.4)), (x, 26.6 + 0.36 * (x - 16.4))])
                                 for x in (17.6, 19.4, 21.0)], 0.75)
            a, b = m([(16.4, 24.4)])[0], m([(21.6, 26.3)])[0]
            open_panel(cv, hatch, a, b, -0.5, LZ_BLUE)
        cv.poly(RED, m([(25.0, 27.6), (26.6, 28.3), (26.4, 29.0), (24.8, 28.3)]))


def layzner_backpack(cv, hot=False):
    """Back unit between the thruster pods: a navy spine, a white fin cover on each
    side.  hot=True: forced cooling, the fin covers stand open on their inner edges over glowing vent bays."""
    cel(cv, PACK, LZ_NAVY, dark_w=1.4, light_w=0.9)
    for m in (lambda pts: pts, mirror_y):
        fin = m(PACK_FIN)
        if not hot:
            cel(cv, fin, LZ_WHITE, ow=0.45, dark_w=1.0, light_w=0.6)
            a, b = m([(19.6, 31.2), (25.4, 30.6)])
            cv.line(LZ_BLUE.mid, a, b, 0.55)
        else:
            bay = inset(fin, [0.2] * len(fin)) or fin
            hot_vent(cv, bay, [m([(19.4 + k * 1.9, 30.4 - k * 0.25), (19.4 + k * 1.9, 33.0)]) for k in range(4)], 0.6)
            a, b = m([(18.0, 33.6)])[0], m([(26.2, 33.4)])[0]
            open_panel(cv, fin, a, b, HATCH_SWING, LZ_WHITE)
    panel_line(cv, (16.6, 36), (26.4, 36), LZ_NAVY.outline, LZ_NAVY.light, 0.35)
    cv.line(YELLOW, (19.4, 34.9), (22.4, 34.9), 0.45)


def layzner_torso(cv):
    """Narrow blue chest, wedged to the front, a white collar behind the head."""
    cel(cv, TORSO, LZ_BLUE, dark_w=1.5, light_w=1.0)
    # grey collar ring behind the head, so the white head stands clear of the body
    collar = [(27.0, 31.0), (30.6, 29.2), (34.0, 30.4), (34.0, 41.6), (30.6, 42.8), (27.0, 41.0)]
    cel(cv, collar, LZ_GREY, ow=0.45, dark_w=0.8, light_w=0.6)
    for y in (32.6, 34.6, 37.4, 39.4):  # cooling slats
        cv.line(LZ_GREY.outline, (28.0, y), (30.6, y), 0.35)
    # yellow chest vents ahead of the shoulders, the Layzner's small accents
    for m in (lambda pts: pts, mirror_y):
        cv.poly((40, 28, 10), m([(40.2, 29.2), (44.2, 30.8), (44.2, 32.4), (40.2, 31.4)]))
        cv.poly(YELLOW, m([(40.5, 29.7), (43.8, 31.0), (43.8, 31.9), (40.5, 31.0)]))
    panel_line(cv, (25.8, 31.0), (25.8, 41.0), LZ_BLUE.outline, LZ_BLUE.light, 0.3)


def layzner_shoulder(cv, flip, hot=False):
    """Slim pauldron tapering outward, front and back edges swept: white, its outer half a blue armour plate with
    a chamfered rim, panel lines and a red tip; flip=True for the right (south) shoulder.  hot=True: the plate
    tilts up and is pushed outward on its actuators past the pad's rim, uncovering a glowing cooling bay."""
    m = (lambda pts: mirror_y(pts)) if flip else (lambda pts: pts)
    cel(cv, m(SHOULDER), LZ_WHITE, dark_w=1.0, light_w=0.6)
    plate = m([(27.8, 17.4), (37.2, 17.3), (40.6, 22.4), (26.0, 22.4)])
    if not hot:
        cel(cv, plate, LZ_BLUE, ow=0.4, dark_w=0.8, light_w=0.7)
        # the plate's ridge, a bright seam where its two facets meet
        cv.line(LZ_BLUE.light, m([(28.4, 19.6)])[0], m([(37.6, 19.6)])[0], 0.35)
    else:
        bay = m([(28.2, 17.9), (36.9, 17.8), (39.7, 22.0), (26.7, 22.0)])
        hot_vent(cv, bay, [m([(29.4 + k * 2.6, 18.6), (29.0 + k * 2.6, 21.4)]) for k in range(4)], 0.85)
        lift = (0.0, 2.8 if flip else -2.8)
        open_panel(cv, plate, m([(27.8, 17.4)])[0], m([(37.2, 17.3)])[0], 0.55, LZ_BLUE, lift,
                   [(m([(x, 20.6)])[0], m([(x, 17.8)])[0]) for x in (30.0, 35.0)])
    # panel lines on the white half: a seam along it and two across
    panel_line(cv, m([(25.8, 24.6)])[0], m([(42.0, 24.6)])[0], LZ_WHITE.outline, LZ_WHITE.light, 0.28)
    for x in (31.0, 36.6):
        panel_line(cv, m([(x, 22.6)])[0], m([(x, 24.4)])[0], LZ_WHITE.outline, None, 0.28)
    cv.poly(RED, m([(38.6, 18.4), (43.6, 26.0), (42.4, 26.2), (37.6, 18.4)]))
    lp = m([(27.4, 26.0)])[0]
    cv.circle((60, 40, 10), lp, 0.7)
    cv.circle(YELLOW, lp, 0.45)


def layzner_arms(cv):
    """Slim forearms reach forward from under the pauldrons in a V to the rifle."""
    for elbow, hand in (((42.6, 26.0), (55.2, 37.6)), ((42.6, 46.0), (50.8, 42.8))):
        cel(cv, limb(elbow, hand, 4.6, 3.6), LZ_WHITE, dark_w=1.1, light_w=0.7)
        # blue cuff near the wrist
        cel(cv, limb(mix_pt(elbow, hand, 0.6), mix_pt(elbow, hand, 0.8), 4.0, 3.8), LZ_BLUE, ow=0.4, dark_w=0.7,
            light_w=0.4)
        panel_line(cv, mix_pt(elbow, hand, 0.15), mix_pt(elbow, hand, 0.55), LZ_WHITE.outline, None, 0.25)
        cel(cv, ellipse_pts(elbow[0], elbow[1], 2.0, 2.0, 10), LZ_GREY, ow=0.4, dark_w=0.8, light_w=0.5)


def layzner_rifle(cv):
    """Long laser rifle along y=40, muzzle at x~68."""
    cy = 40.0
    body = [(40.5, cy - 2.0), (57.5, cy - 2.3), (60.6, cy - 1.3), (60.6, cy + 1.4), (57.5, cy + 2.3),
            (40.5, cy + 1.9)]
    # muzzle stops at x~68.6 so its blurred silhouette (the shadow) is not clipped by the frame
    barrel = [(59.5, cy - 0.95), (66.6, cy - 0.8), (66.6, cy + 0.8), (59.5, cy + 0.95)]
    cel(cv, barrel, LZ_GUN, ow=0.4, dark_w=0.6, light_w=0.45)
    cv.poly(LZ_GUN.outline, [(65.8, cy - 1.3), (68.6, cy - 1.15), (68.6, cy + 1.15), (65.8, cy + 1.3)])
    cv.poly((110, 230, 255), [(66.3, cy - 0.7), (68.2, cy - 0.6), (68.2, cy + 0.6), (66.3, cy + 0.7)])
    cel(cv, body, LZ_WHITE, dark_w=1.1, light_w=0.7)
    cv.poly(LZ_BLUE.mid, [(42, cy + 0.6), (57.5, cy + 0.7), (57.5, cy + 1.5), (42, cy + 1.4)])
    panel_line(cv, (50.0, cy - 1.9), (50.0, cy + 0.5), LZ_WHITE.outline, None, 0.25)
    # sight on top with a cyan lens
    cel(cv, rect_pts(44.5, cy - 1.4, 7.0, 1.9), LZ_GUN, ow=0.35, dark_w=0.5, light_w=0.4)
    cv.poly((120, 240, 240), [(50.6, cy - 0.9), (51.3, cy - 0.9), (51.3, cy + 0.3), (50.6, cy + 0.3)])


def layzner_hands(cv):
    cel(cv, ellipse_pts(50.9, 42.6, 1.9, 1.6, 8, 0.4), LZ_GREY, ow=0.4, dark_w=0.7, light_w=0.45)
    cel(cv, ellipse_pts(55.8, 38.2, 1.9, 1.7, 8, 0.8), LZ_GREY, ow=0.4, dark_w=0.7, light_w=0.45)


# Fouron in control: the canopy (the Layzner's "eyes") turns violet.
FOURON_GLASS = Tones((122, 46, 178), outline=(24, 6, 40), light_t=0.35)
FOURON_VIOLET = (176, 84, 255)
FOURON_PALE = (236, 206, 255)

# canopy glass and its reflections: (tones, bright streak, faint streak, glint dot)
CANOPY_NORMAL = (LZ_GLASS, (190, 255, 240), (150, 240, 225, 200), (235, 255, 250))
CANOPY_FOURON = (FOURON_GLASS, (222, 176, 255), (196, 140, 255, 200), FOURON_PALE)


def layzner_head(cv, fouron=False):
    """Angular head with a large cyan-green canopy: the cockpit sits in the head.
    fouron=True: Fouron has seized the machine, the canopy glass and the
    crest sensor turn violet."""
    glass, streak, streak2, glint = CANOPY_FOURON if fouron else CANOPY_NORMAL
    cel(cv, HEAD, LZ_WHITE, dark_w=1.4, light_w=0.9)
    cel(cv, CANOPY, glass, ow=0.5, dark_w=1.4, light_w=0.6)
    # reflections: a bright streak and a dot sell it as glass
    cv.line(streak, (41.8, 32.6), (44.2, 33.1), 0.6)
    cv.line(streak2, (45.8, 34.8), (46.2, 36.6), 0.4)
    cv.circle(glint, (42.4, 34.0), 0.45)
    # cheek seams running back from the canopy's corners
    for m in (lambda pts: pts, mirror_y):
        a, b = m([(39.2, 31.6), (34.8, 32.4)])
        panel_line(cv, a, b, LZ_WHITE.outline, None, 0.25)
    # blue crest running back over the head, yellow sensor at its front
    cv.poly(LZ_BLUE.outline, [(31.8, 35.0), (39.0, 35.2), (39.0, 36.8), (31.8, 37.0)])
    cv.poly(LZ_BLUE.mid, [(32.1, 35.4), (38.7, 35.5), (38.7, 36.5), (32.1, 36.6)])
    cv.poly(LZ_BLUE.light, [(32.2, 35.4), (38.5, 35.5), (38.5, 35.8), (32.2, 35.8)])
    cv.poly(FOURON_VIOLET if fouron else YELLOW, [(37.2, 35.5), (38.7, 35.6), (38.7, 36.4), (37.2, 36.5)])


def layzner_canvas(hot=False, fouron=False):
    """The Layzner drawn at SS, before its silhouette is taken (shared by the normal,
    overheated, V-MAX and Fouron sprites so they stay pixel-aligned)."""
    cv = Canvas(72, 72, matte=(22, 28, 52))
    layzner_pods(cv, hot)
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


def draw_layzner_fouron():
    """Fouron has taken over: pixel-aligned with layzner.png, the canopy
    glows violet (a soft bloom spills onto the head around it) and a thin
    violet line lights the crest."""
    cv = layzner_canvas(fouron=True)
    shadow = cv.silhouette(125, 1.6)
    cv.soft_poly(FOURON_VIOLET, CANOPY, 2.0, 140)
    cv.soft_circle(FOURON_PALE, (44.6, 36.0), 1.4, 0.8, 170)
    cv.line(rgba(FOURON_VIOLET, 220), (32.4, 36.0), (37.0, 36.0), 0.4)
    return cv.result(), shadow


def draw_layzner_overheat():
    """The Layzner after V-MAX, venting: pixel-aligned with layzner.png,
    its hatches open on glowing bays, with a faint heat glow on top."""
    cv = layzner_canvas(hot=True)
    shadow = cv.silhouette(125, 1.6)
    for c, r in (((34.0, 20.5), 4.5), ((34.0, 51.5), 4.5), ((22.0, 31.2), 2.8), ((22.0, 40.8), 2.8),
                 ((18.5, 25.0), 2.2), ((18.5, 47.0), 2.2)):
        cv.soft_circle(HEAT_ORANGE, c, r, 2.0, 70)
    return cv.result(), shadow


# V-MAX: the armour's own light and dark mapped onto a blue ramp, so its linework shows through the glow: the
# outlines and seams deep blue, blue plates azure, white plates pale cyan-white.  Azure with almost no red: over
# the ochre ground it stays cool (pure blue would turn violet).
VMAX_RAMP = [
    (1.00, (242, 252, 255)),
    (0.70, (150, 232, 255)),
    (0.40, (40, 170, 255)),
    (0.00, (0, 72, 230)),
]
VMAX_HALO = (20, 130, 255)


def draw_layzner_vmax():
    """The Layzner inside the V-MAX barrier's blue glow (drawn over the machine at about half strength, and alone as
    its afterimages): every plate and seam of the drawing kept, recoloured blue to white by its brightness and
    lifted toward white at the body's thick middle, a bright rim along the outline and a soft blue halo beyond."""
    src = layzner_canvas().surf
    w, h = src.get_size()
    sil = pygame.mask.from_surface(src, 40).to_surface(setcolor=(255, 255, 255, 255), unsetcolor=(255, 255, 255, 0))
    depth = pygame.surfarray.array_alpha(pygame.transform.gaussian_blur(sil, int(2.4 * SS), False)) / 255.0
    halo = pygame.surfarray.array_alpha(pygame.transform.gaussian_blur(sil, int(2.6 * SS), False)) / 255.0
    rim = pygame.surfarray.array_alpha(pygame.transform.gaussian_blur(sil, int(0.5 * SS), False)) / 255.0
    inside = pygame.surfarray.array_alpha(sil) > 0
    rgb = pygame.surfarray.array3d(src).astype(numpy.float64) / 255.0
    lum = rgb[..., 0] * 0.3 + rgb[..., 1] * 0.55 + rgb[..., 2] * 0.15
    t = numpy.clip(lum / 0.78, 0.0, 1.0) * 0.86 + numpy.clip((depth - 0.55) / 0.45, 0.0, 1.0) * 0.25
    t += numpy.clip((0.75 - rim) / 0.75, 0.0, 1.0) * 0.5 * (lum > 0.2)  # the edge catches the barrier's light
    stops = VMAX_RAMP[::-1]
    xs = [s for s, _ in stops]
    colour = numpy.stack([numpy.interp(numpy.clip(t, 0.0, 1.0), xs, [c[k] for _, c in stops]) for k in range(3)],
                         axis=-1)
    alpha = numpy.where(inside, 255.0, 255.0 * numpy.clip(1.7 * halo, 0.0, 0.9))
    colour[~inside] = VMAX_HALO
    out = pygame.Surface((w, h), pygame.SRCALPHA)
    pygame.surfarray.blit_array(out, numpy.rint(colour).astype(numpy.uint8))
    pygame.surfarray.pixels_alpha(out)[...] = numpy.rint(alpha).astype(numpy.uint8)
    return pygame.transform.smoothscale(out, (72, 72))


def draw_layzner_thrust():
    """Blue-white exhaust plumes behind the two thruster bells, angled back and outward as the bells are."""
    cv = Canvas(72, 72, matte=(60, 140, 255))
    for m in (lambda pts: pts, mirror_y):
        _, (mx, my) = THRUSTERS[0]
        dx, dy = -math.cos(THRUST_ANGLE), -math.sin(THRUST_ANGLE)

        def at(s, n):  # s px back along the plume from the bell's mouth, n px across it
            return (mx + dx * s - dy * n, my + dy * s + dx * n)

        # tip kept ~2 px inside the frame so the glow fades instead of clipping
        cv.soft_poly((40, 110, 255), m([at(-0.6, -2.6), at(6.0, -1.9), at(9.4, 0), at(6.0, 1.9), at(-0.6, 2.6)]),
                     1.4, 240)
        cv.soft_poly((120, 190, 255), m([at(-0.4, -1.9), at(6.2, -1.0), at(8.6, 0), at(6.2, 1.0), at(-0.4, 1.9)]),
                     0.8, 255)
        cv.poly((235, 248, 255), m([at(-0.2, -1.2), at(5.0, -0.5), at(7.0, 0), at(5.0, 0.5), at(-0.2, 1.2)]))
        cv.soft_circle((170, 220, 255), m([at(0.0, 0.0)])[0], 2.4, 1.0, 230)
    return cv.result()
