"""Tileset row 2: solid obstacles (ids 16-23), transparent; each returns (tile, the soft silhouette of its footprint,
which the game casts as its shadow)."""

import math
import random

from tools.art import canvas
from tools.art.canvas import cel, panel_line, rivet
from tools.art.colour import RED, YELLOW, Tones, mix, sat
from tools.art.geometry import inset, rect_pts
from tools.art.tiles_common import (METAL_DARK, METAL_WHITE, ROCK, ROCK_DARK, SAND, UN_BLUE, cast_shadow, faceted_rock,
                                    footprint_shadow, rock_poly, shadowed_rock, tile_canvas)


def obst_boulder():
    rng = random.Random(3000)
    cv = tile_canvas()
    pts = rock_poly(rng, 15.0, 15.0, 13.2, 11, 0.92, 0.16)
    faceted_rock(cv, pts, ROCK, 0.55)
    # crack across the top facet
    cv.polyline(ROCK.outline, [(11, 10), (14, 13.5), (13.5, 17), (16.5, 20)], 0.45)
    cv.polyline(ROCK.light, [(11.3, 9.6), (14.4, 13.1)], 0.3)
    return cv.result(), footprint_shadow([pts], 140, 1.8)


def obst_boulder_cluster():
    rng = random.Random(3100)
    cv = tile_canvas()
    rocks = [(10.5, 11.5, 8.2, ROCK), (21.5, 19.0, 7.4, ROCK_DARK), (9.5, 23.5, 5.4, ROCK),
             (23.5, 8.5, 4.4, ROCK_DARK)]
    polys = [(rock_poly(rng, x, y, r, 9, 0.9, 0.2), t) for x, y, r, t in rocks]
    for pts, tones in sorted(polys, key=lambda p: sum(q[1] for q in p[0])):
        faceted_rock(cv, pts, tones, 0.5)
    return cv.result(), footprint_shadow([pts for pts, _ in polys], 120, 1.4)


def obst_outcrop():
    """Stepped strata: stacked slabs, each smaller and higher (lighter)."""
    rng = random.Random(3200)
    cv = tile_canvas()
    base = rock_poly(rng, 16, 16.5, 14.2, 12, 0.82, 0.12, 0.1)
    faceted_rock(cv, base, ROCK_DARK, 0.82, (-0.05, -0.06))
    mid = rock_poly(rng, 14.5, 14.5, 9.6, 10, 0.85, 0.15)
    shadowed_rock(cv, mid, ROCK, ((1.0, 1.2), 90, 0.8), 0.76, (-0.05, -0.08))
    top = rock_poly(rng, 13, 13, 5.2, 8, 0.9, 0.18)
    top_tones = Tones(mix(ROCK.mid, SAND, 0.25), outline=ROCK.outline)
    shadowed_rock(cv, top, top_tones, ((0.8, 1.0), 90, 0.6), 0.6)
    return cv.result(), footprint_shadow([base], 140, 1.6)


def obst_spire():
    """Tall jagged rock: ridges radiate from a high peak, long shadow."""
    rng = random.Random(3300)
    cv = tile_canvas()
    peak = (13.5, 13.0)
    pts = []
    n = 14
    for i in range(n):
        a = i * math.tau / n + rng.uniform(-0.12, 0.12)
        r = (13.5 if i % 2 == 0 else 8.0) * rng.uniform(0.8, 1.05)
        pts.append((15.5 + math.cos(a) * r, 15.5 + math.sin(a) * r))
    cv.poly(ROCK.outline, pts)
    inner = inset(pts, [0.5] * n) or pts
    for i in range(n):
        j = (i + 1) % n
        mx, my = (inner[i][0] + inner[j][0]) / 2 - peak[0], (inner[i][1] + inner[j][1]) / 2 - peak[1]
        ln = math.hypot(mx, my) or 1
        lit = (mx * canvas.LIGHT[0] + my * canvas.LIGHT[1]) / ln
        # ridge facets alternate: one side of each ridge catches more light
        lit += 0.25 if i % 2 == 0 else -0.25
        col = mix(ROCK.mid, ROCK.light, sat(lit) * 0.95) if lit >= 0 else mix(ROCK.mid, ROCK.dark, sat(-lit * 1.2))
        cv.poly(col, [peak, inner[i], inner[j]])
    for i in range(0, n, 2):
        cv.line(mix(ROCK.light, (255, 240, 220), 0.3), peak, inner[i], 0.3)
    cv.circle(mix(ROCK.light, (255, 240, 220), 0.5), peak, 0.7)
    # tall: a footprint a fifth wider than the rock, so its shadow reaches further than a boulder's
    return cv.result(), footprint_shadow([[(x + (x - 15.5) * 0.2, y + (y - 15.5) * 0.2) for x, y in pts]], 150, 1.6)


def burn_marks(cv, rng, area, count):
    x0, y0, x1, y1 = area
    for _ in range(count):
        cv.soft_circle((20, 14, 12), (rng.uniform(x0, x1), rng.uniform(y0, y1)), rng.uniform(1.5, 3.2), 1.0, 150)


def obst_hull():
    """Crashed UN craft: a broken-off nose section.  Cylindrical shading
    bands are clipped to the outline; torn rear shows ribs and soot."""
    rng = random.Random(3400)
    cv = tile_canvas(matte=(30, 30, 36))
    y0, y1 = 6.0, 26.5
    cy = (y0 + y1) / 2
    nose = [(19.0 + math.sin(a) * 11.0,
             cy - math.cos(a) * (y1 - y0) / 2) for a in [k * math.pi / 10 for k in range(11)]]
    torn = [(5.0, y1), (3.0, 23.5), (5.5, 21.0), (2.5, 18.0), (4.5, 14.5), (2.0, 11.5), (4.5, 9.0), (3.0, y0)]
    hull = nose + torn
    cv.poly(METAL_WHITE.outline, hull)
    inner = inset(hull, [0.55] * len(hull)) or hull

    def shade(sub):
        h = y1 - y0
        for t0, t1, col in ((0.0, 1.0, METAL_WHITE.dark), (0.0, 0.78, mix(METAL_WHITE.mid, METAL_WHITE.dark, 0.35)),
                            (0.0, 0.6, METAL_WHITE.mid), (0.1, 0.38, METAL_WHITE.light),
                            (0.18, 0.27, (252, 252, 255))):
            sub.poly(col, rect_pts(0, y0 + h * t0, 32, h * (t1 - t0)))
        # UN blue band wrapping round the fuselage
        sub.poly(UN_BLUE.mid, rect_pts(0, y0 + h * 0.42, 32, h * 0.16))
        sub.poly(UN_BLUE.light, rect_pts(0, y0 + h * 0.42, 32, h * 0.04))
        # cockpit windows near the nose
        for wy in (0.2, 0.62):
            sub.poly((18, 30, 52), [(21.5, y0 + h * wy), (25.5, y0 + h * (wy + 0.02)),
                                    (26.5, y0 + h * (wy + 0.1)), (21.5, y0 + h * (wy + 0.14))])
        sub.poly((120, 170, 220), [(22.0, y0 + h * 0.22), (24.5, y0 + h * 0.23),
                                   (24.5, y0 + h * 0.26), (22.0, y0 + h * 0.26)])
        for x in (9.0, 14.5):
            panel_line(sub, (x, y0), (x, y1), METAL_WHITE.dark, METAL_WHITE.light, 0.35)
        burn_marks(sub, rng, (9, 15, 22, 24), 4)
        sub.soft_circle((10, 8, 8), (5.0, cy), 6.0, 2.0, 230)  # soot at the torn end

    cv.clipped(inner, shade)
    # exposed ribs at the torn rear
    for y in (9.5, 14.0, 18.5, 23.0):
        cv.line((26, 26, 30), (2.5, y), (7.5, y), 0.9)
        cv.line((150, 150, 156), (3.0, y - 0.4), (7.0, y - 0.4), 0.3)
    for x, y in ((11.5, 8.0), (17.0, 7.8), (11.5, 24.5), (17.0, 24.8)):
        rivet(cv, (x, y), METAL_WHITE.dark, (255, 255, 255), 0.4)
    return cv.result(), footprint_shadow([hull], 150, 1.6)


def obst_wing():
    rng = random.Random(3500)
    cv = tile_canvas(matte=(30, 30, 36))
    wing = [(2.5, 6.5), (8.5, 4.0), (12.0, 6.0), (30.0, 21.0), (30.0, 26.0), (19.0, 27.5), (6.5, 28.5), (4.5, 24.0),
            (6.5, 21.0), (3.5, 18.5), (5.5, 14.5), (2.0, 11.0)]
    cel(cv, wing, METAL_WHITE, dark_w=2.0, light_w=1.4)
    # flap line and a UN blue stripe near the tip, red tip light
    panel_line(cv, (7.0, 25.0), (28.5, 23.5), METAL_WHITE.dark, METAL_WHITE.light, 0.4)
    for x in (13.0, 20.0):
        panel_line(cv, (x, 24.5), (x, 27.5), METAL_WHITE.dark, None, 0.35)
    cv.poly(UN_BLUE.mid, [(22.5, 17.0), (25.5, 19.5), (25.5, 26.2), (22.5, 26.6)])
    cv.circle((60, 10, 10), (28.8, 23.5), 1.1)
    cv.circle(RED, (28.6, 23.3), 0.8)
    for y in (10.0, 15.0, 20.0):
        panel_line(cv, (6.5, y + 3), (6.5 + (y - 4) * 1.1, y + 3), METAL_WHITE.dark, None, 0.3)
    # torn root, charred
    burn_marks(cv, rng, (3, 7, 9, 26), 6)
    for y in (8.0, 13.0, 18.0, 23.0):
        cv.line(METAL_DARK.outline, (2.5, y), (6.0, y + 0.6), 0.9)
    return cv.result(), footprint_shadow([wing], 140, 1.5)


def crate(cv, x, y, w, h, tones, marking=True):
    """One supply crate seen from above: framed lid, cross straps, UN stencil."""
    pts = rect_pts(x, y, w, h)
    cel(cv, pts, tones, ow=0.5, dark_w=1.5, light_w=1.0)
    inner = rect_pts(x + 1.6, y + 1.6, w - 3.2, h - 3.2)
    cv.poly(mix(tones.mid, tones.dark, 0.35), inner)
    cv.poly(tones.mid, rect_pts(x + 2.0, y + 2.0, w - 3.6, h - 3.6))
    for cx, cy in ((x + 1.0, y + 1.0), (x + w - 1.0, y + 1.0), (x + 1.0, y + h - 1.0), (x + w - 1.0, y + h - 1.0)):
        cv.circle(tones.outline, (cx, cy), 0.45)
    if marking:
        # stencilled "UN" in white
        mx, my = x + w / 2, y + h / 2
        ink = (240, 246, 252)
        letter_u = [(mx - 3.2, my - 1.6), (mx - 3.2, my + 1.6), (mx - 1.2, my + 1.6), (mx - 1.2, my - 1.6)]
        letter_n = [(mx + 0.6, my + 1.6), (mx + 0.6, my - 1.6), (mx + 2.8, my + 1.6), (mx + 2.8, my - 1.6)]
        cv.polyline(ink, letter_u, 0.55)
        cv.polyline(ink, letter_n, 0.55)


def obst_crates():
    cv = tile_canvas(matte=(30, 34, 40))
    crate_t = Tones((152, 170, 188), outline=(26, 32, 44), light_t=0.5)
    crate_d = Tones((124, 142, 162), outline=(24, 30, 42))
    footprint = [(2.5, 3), (29.5, 3), (29.5, 29.5), (2.5, 29.5)]
    crate(cv, 2.5, 16.0, 13.5, 13.0, crate_d, False)
    crate(cv, 16.5, 15.0, 13.0, 14.5, crate_d, True)
    crate(cv, 14.5, 3.0, 15.0, 11.5, crate_d, False)
    # the top crate sits one level higher: bigger shadow, brighter
    top = [(4.0, 5.0), (20.5, 5.0), (20.5, 20.5), (4.0, 20.5)]
    cast_shadow(cv, top, (2.2, 2.6), 150, 1.2)
    crate(cv, 4.0, 5.0, 16.5, 15.5, crate_t, True)
    cv.poly(YELLOW, [(5.8, 18.3), (9.0, 18.3), (9.0, 19.0), (5.8, 19.0)])
    return cv.result(), footprint_shadow([footprint], 130, 1.2)


def obst_fuel_tank():
    """Horizontal cylinder on two saddles: shading in bands across y."""
    cv = tile_canvas(matte=(30, 30, 36))
    x0, x1, y0, y1 = 3.0, 29.0, 7.0, 24.5
    outline = [(x0 + 3, y0), (x1 - 3, y0), (x1, y0 + 4), (x1, y1 - 4), (x1 - 3, y1), (x0 + 3, y1), (x0, y1 - 4),
               (x0, y0 + 4)]
    for sx in (7.5, 22.5):
        cel(cv, rect_pts(sx - 2, y0 - 2.2, 4, y1 - y0 + 4.4), METAL_DARK, ow=0.4, dark_w=0.8, light_w=0.5)
    cv.poly((30, 34, 40), outline)
    body = Tones((196, 200, 188), outline=(30, 32, 30))
    h = y1 - y0
    bands = [(0.04, 0.96, body.dark), (0.06, 0.8, mix(body.mid, body.dark, 0.3)), (0.1, 0.62, body.mid),
             (0.16, 0.4, body.light), (0.22, 0.3, (250, 252, 246))]
    for t0, t1, col in bands:
        ya, yb = y0 + h * t0, y0 + h * t1
        cv.poly(col, [(x0 + 3.2, ya), (x1 - 3.2, ya), (x1 - 0.6, ya + 2.2), (x1 - 0.6, yb - 1.0),
                      (x1 - 3.2, yb), (x0 + 3.2, yb), (x0 + 0.6, yb - 1.0), (x0 + 0.6, ya + 2.2)])
    # hazard band, weld seams, filler valve on top
    for k in range(6):
        xa = 12.2 + k * 1.4
        cv.poly(YELLOW if k % 2 == 0 else (30, 28, 26), rect_pts(xa, y0 + 0.8, 1.4, y1 - y0 - 1.6))
    cv.poly((0, 0, 20, 70), [(12.2, y0 + h * 0.62), (20.6, y0 + h * 0.62), (20.6, y1 - 0.8), (12.2, y1 - 0.8)])
    for sx in (7.5, 24.5):
        panel_line(cv, (sx, y0 + 0.8), (sx, y1 - 0.8), body.dark, None, 0.35)
    cv.circle(METAL_DARK.outline, (25.5, y0 + h * 0.35), 1.8)
    cv.circle(RED, (25.5, y0 + h * 0.35), 1.25)
    cv.circle((255, 150, 140), (25.1, y0 + h * 0.32), 0.4)
    return cv.result(), footprint_shadow([outline], 140, 1.5)
