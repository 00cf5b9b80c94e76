"""HUD: the cockpit AIs' emblems, Rei's and Fouron's, in one hexagonal frame design."""

import math

import pygame

from tools.art.canvas import SS, Canvas, cel
from tools.art.colour import Tones, mix, rgba
from tools.art.geometry import arc_band, inset, limb, mix_pt


class EmblemPalette:
    def __init__(self, frame, trim, screen, glow, trace, bright, accent):
        self.frame = frame      # Tones of the hexagonal bezel
        self.trim = trim        # the lit inlay around the bezel
        self.screen = screen    # the dark display inside it
        self.glow = glow        # light on the display and around the emblem
        self.trace = trace      # circuit lines
        self.bright = bright    # the hottest parts of the sigil
        self.accent = accent


REI = EmblemPalette(Tones((66, 86, 126), outline=(8, 12, 30), light_t=0.5), (96, 220, 255), (6, 18, 38),
                    (0, 140, 255), (36, 160, 226), (214, 250, 255), (120, 240, 230))
FOURON = EmblemPalette(Tones((66, 50, 90), outline=(12, 6, 22), light_t=0.42), (190, 92, 255), (16, 6, 26),
                       (138, 40, 255), (138, 64, 220), (248, 226, 255), (255, 64, 170))

EMBLEM_C = (44.0, 44.0)
EMBLEM_R = 39.0  # bezel's outer radius (flat-top hexagon)


def hex_pts(c, r, rot=0.0):
    return [(c[0] + math.cos(rot + i * math.pi / 3) * r, c[1] + math.sin(rot + i * math.pi / 3) * r)
            for i in range(6)]


def mirror_x(pts, cx=44.0):
    return [(2 * cx - x, y) for x, y in pts]


def emblem_frame(cv, pal, inner_draw, sharp=False):
    """The advisors' shared frame: a faint halo, a cel-shaded hexagonal
    bezel with a segmented lit inlay and a stud at each corner, and a dark
    display inside.  inner_draw(canvas) draws the display's contents; it
    is clipped to the display.  sharp=True (Fouron) adds teeth on the
    bezel's inner lip and barbs on its corners."""
    c = EMBLEM_C
    outer = hex_pts(c, EMBLEM_R)
    cv.soft_poly(pal.glow, outer, 2.0, 90)
    if sharp:  # barbs at the side corners, raked backward like the Dis's pauldrons
        for s_ in (-1, 1):
            tip = (c[0] + s_ * (EMBLEM_R + 3.2), c[1])
            barb = [(c[0] + s_ * (EMBLEM_R - 5.0), c[1] - 4.6), tip, (c[0] + s_ * (EMBLEM_R - 5.0), c[1] + 4.6)]
            cel(cv, barb, pal.frame, ow=0.7, dark_w=1.2, light_w=0.8)
    cel(cv, outer, pal.frame, ow=0.8, dark_w=2.4, light_w=1.6)
    # the inlay: a hexagon of glowing segments with gaps at the corners
    r_trim = EMBLEM_R - 3.4
    t_pts = hex_pts(c, r_trim)
    for i in range(6):
        a, b = t_pts[i], t_pts[(i + 1) % 6]
        p, q = mix_pt(a, b, 0.16), mix_pt(a, b, 0.84)
        cv.line((4, 6, 12), p, q, 1.5)
        cv.soft_poly(pal.trim, limb(p, q, 1.3, 1.3), 0.6, 150)
        cv.line(pal.trim, p, q, 0.7)
        cv.line(mix(pal.trim, (255, 255, 255), 0.6), mix_pt(p, q, 0.1), mix_pt(p, q, 0.9), 0.3)
    for p in t_pts:  # corner studs
        cv.circle(pal.frame.outline, p, 1.3)
        cv.circle(pal.frame.light, (p[0] - 0.25, p[1] - 0.3), 0.75)
        cv.circle(pal.frame.mid, (p[0] + 0.1, p[1] + 0.1), 0.5)
    # display: dark recess, darker where the bezel's upper-left lip shades it
    lip = hex_pts(c, EMBLEM_R - 6.4)
    cv.poly(pal.frame.outline, lip)
    screen = inset(lip, [0.7] * 6)

    def display(d):
        d.poly(pal.screen, screen)
        d.soft_circle(pal.glow, c, 18.0, 9.0, 80)
        for y in range(int(c[1] - 34), int(c[1] + 34), 2):  # faint scanlines
            d.line(rgba((0, 0, 0), 60), (c[0] - 34, y + 0.5), (c[0] + 34, y + 0.5), 0.5)
        inner_draw(d)
        shade = [(x + 1.0, y + 1.2) for x, y in screen]
        edge = d.blank()
        pygame.draw.polygon(edge, (0, 0, 0, 110), d.sp(screen))
        pygame.draw.polygon(edge, (0, 0, 0, 0), d.sp(shade))
        d.surf.blit(pygame.transform.gaussian_blur(edge, int(0.6 * SS), False), (0, 0))

    cv.clipped(screen, display)
    if sharp:  # teeth biting in from the lip, top and bottom
        for s_ in (-1, 1):
            y0 = c[1] + s_ * (EMBLEM_R - 6.4) * math.sin(math.pi / 3)
            for dx in (-9.0, -3.0, 3.0, 9.0):
                tooth = [(c[0] + dx - 1.6, y0), (c[0] + dx, y0 - s_ * (3.2 if abs(dx) < 5 else 2.2)),
                         (c[0] + dx + 1.6, y0)]
                cel(cv, tooth, pal.frame, ow=0.4, dark_w=0.6, light_w=0.4)
    # a hard glint on the bezel's upper-left edges
    cv.line(rgba((255, 255, 255), 150), mix_pt(outer[3], outer[4], 0.2), mix_pt(outer[3], outer[4], 0.75), 0.45)
    cv.line(rgba((255, 255, 255), 110), mix_pt(outer[4], outer[5], 0.1), mix_pt(outer[4], outer[5], 0.45), 0.4)


def trace(d, pal, pts, node=True, width=0.6):
    """A circuit line (dark bed, lit core) ending in a ringed node."""
    d.polyline(rgba((0, 0, 0), 150), pts, width + 0.6)
    d.polyline(pal.trace, pts, width)
    if node:
        e = pts[-1]
        d.circle((0, 0, 0), e, 1.2)
        d.circle(pal.trace, e, 0.95)
        d.circle(pal.screen, e, 0.5)
        d.circle(pal.bright, e, 0.25)


def glow_line(d, col, bright, a, b, width, halo=1.0):
    d.soft_poly(col, limb(a, b, width + halo * 1.6, width + halo * 1.6), halo, 170)
    d.line(col, a, b, width)
    d.line(bright, a, b, width * 0.4)


def almond(c, w, h, n=32, bulge=0.85):
    """Eye shape pointed at both ends: half-width w, half-height h."""
    top, bot = [], []
    for i in range(n + 1):
        x = -w + 2 * w * i / n
        y = h * (1 - (x / w) ** 2) ** bulge
        top.append((c[0] + x, c[1] - y))
        bot.append((c[0] + x, c[1] + y))
    return top + bot[::-1][1:-1]


# left-half circuit traces of the emblems (mirrored for the right half)
REI_TRACES = [
    [(14.0, 44.0), (20.0, 44.0)],
    [(17.0, 30.0), (22.0, 30.0), (26.0, 34.0)],
    [(17.0, 58.0), (22.0, 58.0), (26.0, 54.0)],
    [(27.0, 16.0), (27.0, 21.0), (31.0, 25.0)],
    [(27.0, 72.0), (27.0, 67.0), (31.0, 63.0)],
    [(36.0, 14.0), (36.0, 19.5)],
]
FOURON_TRACES = [
    [(13.0, 44.0), (17.0, 44.0), (19.5, 41.0), (23.0, 41.0)],
    [(16.0, 33.0), (21.0, 33.0), (23.0, 35.5)],
    [(16.0, 55.0), (20.0, 55.0), (23.5, 51.5), (26.0, 51.5)],
    [(25.0, 18.0), (25.0, 23.0), (28.0, 26.0), (31.0, 26.0)],
    [(25.0, 70.0), (25.0, 66.0), (29.0, 62.0)],
]


def rei_sigil(d):
    """Rei: a calm open eye in a broken dial ring, a speaking bar below."""
    pal, c = REI, EMBLEM_C
    for pts in REI_TRACES:
        trace(d, pal, pts)
        trace(d, pal, mirror_x(pts))
    # dial: three arcs of a ring with gaps, ticks on the outside
    r = 20.0
    for a0 in (-math.pi / 2 + 0.35, math.pi / 6 + 0.35, 5 * math.pi / 6 + 0.35):
        band = arc_band(c, r, a0, a0 + 2 * math.pi / 3 - 0.7, 0.7, 0.7, n=32, taper=0.0)
        d.soft_poly(pal.glow, band, 1.0, 160)
        d.poly(pal.trace, band)
    for i in range(24):
        a = i * math.tau / 24
        r0 = r + 1.6
        r1 = r + (3.4 if i % 6 == 0 else 2.4)
        d.line(pal.trace if i % 6 else pal.trim, (c[0] + math.cos(a) * r0, c[1] + math.sin(a) * r0),
               (c[0] + math.cos(a) * r1, c[1] + math.sin(a) * r1), 0.5)
    # the eye: a soft almond lid, the iris a lit ring, the pupil dark with glints
    eye = almond(c, 15.0, 8.0)
    d.soft_poly(pal.glow, eye, 2.2, 170)
    d.poly((4, 10, 24), eye)
    d.poly(pal.trim, eye)
    d.poly((6, 24, 52), inset(eye, [1.0] * len(eye)) or eye)
    d.soft_circle(pal.glow, c, 6.6, 1.6, 230)
    d.circle(pal.trim, c, 6.0)
    d.circle(mix(pal.trim, pal.screen, 0.35), c, 5.0)
    d.circle(pal.trim, c, 4.0)
    d.circle((4, 14, 34), c, 2.8)
    d.soft_circle(pal.bright, (c[0] - 1.6, c[1] - 1.8), 1.1, 0.5, 255)
    d.circle((255, 255, 255), (c[0] - 1.6, c[1] - 1.8), 0.7)
    d.circle(pal.bright, (c[0] + 1.7, c[1] + 1.3), 0.4)
    # eyelid highlight: the lit upper curve
    lid = almond(c, 15.0, 8.0)[4:29]
    d.polyline(pal.bright, lid, 0.45)
    # speaking bar: a short rounded bar with level pips below the eye
    for k, h in enumerate((1.0, 2.0, 3.0, 2.0, 1.0)):
        x = c[0] - 6.0 + k * 3.0
        glow_line(d, pal.accent, pal.bright, (x, c[1] + 13.0 - h / 2), (x, c[1] + 13.0 + h / 2), 1.2, 0.8)
    # brow: a thin arc above the eye, calm and level
    d.polyline(pal.trace, [(c[0] + x, c[1] - 11.2 + 0.016 * x * x) for x in range(-9, 10)], 0.6)


def fouron_sigil(d):
    """Fouron: a narrow, angular eye under a hard chevron brow, a slit
    pupil, inside a downward-pointing triangle of broken lines."""
    pal, c = FOURON, EMBLEM_C
    for pts in FOURON_TRACES:
        trace(d, pal, pts)
        trace(d, pal, mirror_x(pts))
    # triangle, point down, drawn as glowing segments with gaps at its corners
    tri = [(c[0] - 20.0, c[1] - 16.0), (c[0] + 20.0, c[1] - 16.0), (c[0], c[1] + 21.0)]
    for i in range(3):
        a, b = tri[i], tri[(i + 1) % 3]
        glow_line(d, pal.trace, pal.trim, mix_pt(a, b, 0.08), mix_pt(a, b, 0.92), 0.9, 1.0)
    for p in tri:
        d.poly(pal.accent, [(p[0], p[1] - 1.3), (p[0] + 1.3, p[1]), (p[0], p[1] + 1.3), (p[0] - 1.3, p[1])])
    # eye: a hard-edged blade shape, the upper lid sloping down toward the centre
    eye = [(c[0] - 18.0, c[1] - 1.0), (c[0] - 7.5, c[1] - 5.6), (c[0], c[1] - 3.4), (c[0] + 7.5, c[1] - 5.6),
           (c[0] + 18.0, c[1] - 1.0), (c[0] + 8.5, c[1] + 5.4), (c[0] - 8.5, c[1] + 5.4)]
    d.soft_poly(pal.glow, eye, 2.2, 210)
    d.poly((6, 0, 10), eye)
    d.poly(pal.trim, eye)
    d.poly((34, 6, 52), inset(eye, [1.0] * len(eye)) or eye)
    # iris: a diamond, the pupil a vertical slit of hot magenta-white
    iris = [(c[0], c[1] - 5.0), (c[0] + 5.8, c[1] + 0.2), (c[0], c[1] + 5.2), (c[0] - 5.8, c[1] + 0.2)]
    d.soft_poly(pal.glow, iris, 1.2, 255)
    d.poly(pal.trim, iris)
    d.poly(mix(pal.trim, pal.accent, 0.5), inset(iris, [0.9] * 4) or iris)
    slit = [(c[0], c[1] - 4.8), (c[0] + 1.2, c[1] + 0.2), (c[0], c[1] + 5.0), (c[0] - 1.2, c[1] + 0.2)]
    d.poly((10, 0, 14), slit)
    d.soft_circle(pal.accent, (c[0], c[1] + 0.2), 0.9, 0.6, 255)
    d.circle(pal.bright, (c[0], c[1] + 0.2), 0.45)
    # the brow: a heavy chevron pressing down on the eye
    for s_ in (-1, 1):
        brow = [(c[0] + s_ * 1.4, c[1] - 7.4), (c[0] + s_ * 15.5, c[1] - 12.6), (c[0] + s_ * 14.8, c[1] - 10.0),
                (c[0] + s_ * 1.0, c[1] - 5.4)]
        d.soft_poly(pal.glow, brow, 1.0, 200)
        d.poly(pal.trim, brow)
        d.line(pal.bright, brow[0], mix_pt(brow[0], brow[1], 0.8), 0.35)
    # a cold read-out under the eye: three bars, the middle one hot
    for k, (w, col) in enumerate(((4.0, pal.trace), (6.0, pal.accent), (4.0, pal.trace))):
        y = c[1] + 10.0 + k * 2.4
        glow_line(d, col, pal.bright if col == pal.accent else pal.trim, (c[0] - w / 2, y), (c[0] + w / 2, y),
                  0.9, 0.7)


def draw_rei_emblem():
    cv = Canvas(88, 88, matte=(8, 14, 30))
    emblem_frame(cv, REI, rei_sigil)
    return cv.result()


def draw_fouron_emblem():
    cv = Canvas(88, 88, matte=(16, 8, 26))
    emblem_frame(cv, FOURON, fouron_sigil, sharp=True)
    return cv.result()
