"""The autotiles, one tile per neighbour mask: base walls (ids 32-47) and rock plateau cliffs (ids 56-71)."""

import math
import random

import pygame

from tools.art.canvas import cel, rivet
from tools.art.colour import Tones, mix, sat
from tools.art.geometry import rect_pts
from tools.art.noise import Fbm
from tools.art.tiles_common import finish_px, inside_corner, pixel_surface, tile_canvas, upscale
from tools.art.tiles_grid import E, N, S, TILE, W


WALL_TOP = (150, 162, 180)
WALL_NOISE = Fbm(5000, ((8, 0.6), (16, 0.4)))
# Width of the visible bevel/side face on each open side: the S and E faces
# are wider and darker (they face away from the light), which makes the
# bulkhead read as raised.
WALL_FACE = {N: 3.5, W: 3.5, S: 7.0, E: 5.0}
CREASE = {N: (246, 250, 255), W: (236, 242, 250), S: (30, 34, 44), E: (30, 34, 44)}  # the lip where face meets top


def wall_top_surface():
    rng = random.Random(5001)

    def px(x, y):
        v = (WALL_NOISE(x + 0.5, y + 0.5) - 0.5) * 0.07 + rng.uniform(-0.015, 0.015)
        return finish_px([c * (1 + v) for c in WALL_TOP])

    return upscale(pixel_surface(TILE, px))


def band_polys(mask, widths):
    """For each open side (no neighbour) a trapezoid band along that edge,
    mitred into the adjacent open sides so corners meet cleanly."""
    opn = {d: not (mask & d) for d in (N, E, S, W)}
    wn, we, ws, ww = (widths[d] if opn[d] else 0 for d in (N, E, S, W))
    bands = {}
    if opn[N]:
        bands[N] = [(0, 0), (32, 0), (32 - we, wn), (ww, wn)]
    if opn[S]:
        bands[S] = [(ww, 32 - ws), (32 - we, 32 - ws), (32, 32), (0, 32)]
    if opn[W]:
        bands[W] = [(0, 0), (ww, wn), (ww, 32 - ws), (0, 32)]
    if opn[E]:
        bands[E] = [(32 - we, wn), (32, 0), (32, 32), (32 - we, 32 - ws)]
    return bands


def inside_corner_polys(a, b, widths):
    """For an inside corner (joined sides a, N or S, and b, E or W) the faces of the neighbours across them turning
    round the open cell on the diagonal: {side: its face's triangle}, the two parting on the mitre from the tile's
    corner (the foot of both) to where their creases meet."""
    cx, sx = (32, -1) if b == E else (0, 1)
    cy, sy = (0, 1) if a == N else (32, -1)
    wa, wb = widths[a], widths[b]

    def at(across, down):
        return cx + sx * across, cy + sy * down

    return {b: [at(0, 0), at(wb, 0), at(wb, wa)], a: [at(0, 0), at(0, wa), at(wb, wa)]}


def wall_face_color(d, f):
    """Colour of the side face at fraction f of its width from the outer
    edge (0 = foot of the wall, 1 = crease with the top)."""
    if d == N:
        return mix((132, 142, 158), (214, 222, 234), f)
    if d == W:
        return mix((120, 130, 146), (196, 206, 220), f)
    if d == S:
        return mix((34, 36, 44), (100, 108, 124), f ** 1.4)
    return mix((44, 48, 58), (112, 120, 136), f ** 1.2)


def wall_spine(cv, mask):
    """A raised armour ridge from the centre to every neighbour side; on
    straight runs it flows through the tile so the wall reads as one piece."""
    top, lit, shade = (180, 192, 208), (232, 238, 246), (62, 68, 82)
    segs = {N: rect_pts(12, 0, 8, 12), S: rect_pts(12, 20, 8, 12), W: rect_pts(0, 12, 12, 8),
            E: rect_pts(20, 12, 12, 8)}
    present = [d for d in (N, E, S, W) if mask & d]
    # soft shadow of the ridge onto the top plate (down-right); offset only
    # across the run so it stays continuous into the neighbouring tile
    shadows = {N: rect_pts(13.2, 0, 8, 13.2), S: rect_pts(13.2, 20, 8, 12),
               W: rect_pts(0, 13.2, 13.2, 8), E: rect_pts(20, 13.2, 12, 8)}
    for d in present:
        cv.poly((30, 34, 46, 70), shadows[d])
    cv.poly((30, 34, 46, 70), rect_pts(13.2, 13.2, 8, 8))
    for d in present:
        cv.poly(top, segs[d])
    cv.poly(top, rect_pts(12, 12, 8, 8))
    # edges: lit on the upper/left side of a ridge, shaded on lower/right
    for d in present:
        if d in (N, S):
            y0, y1 = (0, 12) if d == N else (20, 32)
            cv.poly(lit, rect_pts(12, y0, 0.7, y1 - y0))
            cv.poly(shade, rect_pts(19.2, y0, 0.8, y1 - y0))
        else:
            x0, x1 = (0, 12) if d == W else (20, 32)
            cv.poly(lit, rect_pts(x0, 12, x1 - x0, 0.7))
            cv.poly(shade, rect_pts(x0, 19.2, x1 - x0, 0.8))
    if not mask & W:
        cv.poly(lit, rect_pts(12, 12, 0.7, 8))
    if not mask & N:
        cv.poly(lit, rect_pts(12, 12, 8, 0.7))
    if not mask & E:
        cv.poly(shade, rect_pts(19.2, 12, 0.8, 8))
    if not mask & S:
        cv.poly(shade, rect_pts(12, 19.2, 8, 0.8))
    # vent slots every 8 px (4, 12, 20, 28) so long runs repeat evenly
    straight = mask in (N | S, E | W)
    for d in present:
        for t in (4, 12, 20, 28):
            if not straight and 9 < t < 23:
                continue
            if (d == N and t > 12) or (d == S and t < 20) or (d == W and t > 12) or (d == E and t < 20):
                continue
            slot = rect_pts(14, t - 0.7, 4, 1.4) if d in (N, S) else rect_pts(t - 0.7, 14, 1.4, 4)
            cv.poly((58, 64, 78), slot)
    if not straight:
        # ends, corners and junctions get a junction cap with a status light
        hub = [(12, 10), (20, 10), (22, 12), (22, 20), (20, 22), (12, 22), (10, 20), (10, 12)]
        cel(cv, hub, Tones((164, 176, 192), outline=(40, 46, 58)), ow=0.5, dark_w=1.3, light_w=0.9)
        cv.poly((50, 56, 70), [(14, 14), (18, 14), (18, 18), (14, 18)])
        cv.poly((255, 196, 40), [(14.6, 15.4), (17.4, 15.4), (17.4, 16.6), (14.6, 16.6)])


def wall_tile(mask, top_surface, inside=()):
    """A thick bulkhead seen from above.  Sides with a neighbour: the top
    surface and ridge run to the edge.  Open sides: a side face (lit on N/W,
    dark on S/E) ending in a dark outline at the foot of the wall. Each inside
    corner (a pair of joined sides, game.view.tiles.INSIDE_CORNERS) turns the
    neighbours' faces round the open cell on the diagonal."""
    cv = tile_canvas(matte=(30, 34, 42))
    cv.surf = top_surface.copy()
    opn = {d: not (mask & d) for d in (N, E, S, W)}
    wall_spine(cv, mask)
    # faces: nested bands from the crease outwards give a smooth gradient
    steps = 8
    for k in range(steps, 0, -1):
        f = k / steps
        for d, pts in band_polys(mask, {d: w * f for d, w in WALL_FACE.items()}).items():
            cv.poly(wall_face_color(d, f), pts)
        for a, b in inside:
            for d, pts in inside_corner_polys(a, b, {d: w * f for d, w in WALL_FACE.items()}).items():
                cv.poly(wall_face_color(d, f), pts)
    lx = WALL_FACE[W] if opn[W] else 0
    rx = 32 - WALL_FACE[E] if opn[E] else 32
    ty = WALL_FACE[N] if opn[N] else 0
    by = 32 - WALL_FACE[S] if opn[S] else 32
    # structural ribs on the shaded faces (every 4 px: periodic over runs)
    for k in range(8):
        t = 2 + k * 4
        if opn[S] and lx + 0.5 < t < rx - 0.5:
            cv.line((24, 26, 32), (t, by + 0.8), (t, 31.2), 0.5)
            cv.line((120, 128, 144), (t - 0.5, by + 0.8), (t - 0.5, 31.0), 0.3)
        if opn[E] and ty + 0.5 < t < by - 0.5:
            cv.line((28, 30, 38), (rx + 0.8, t), (31.2, t), 0.5)
            cv.line((128, 136, 152), (rx + 0.8, t - 0.5), (31.0, t - 0.5), 0.3)
    # crease: bright lip on lit sides, dark overhang line on shaded sides
    if opn[N]:
        cv.line(CREASE[N], (lx, ty), (rx, ty), 0.45)
    if opn[W]:
        cv.line(CREASE[W], (lx, ty), (lx, by), 0.45)
    if opn[S]:
        cv.line(CREASE[S], (lx, by), (rx, by), 0.55)
    if opn[E]:
        cv.line(CREASE[E], (rx, ty), (rx, by), 0.55)
    for a, b in inside:  # the creases turning the corner, each as on its own side
        for d, pts in inside_corner_polys(a, b, WALL_FACE).items():
            cv.line(CREASE[d], pts[1], pts[2], 0.45 if d in (N, W) else 0.55)
    for d, pts in band_polys(mask, {d: 0.7 for d in WALL_FACE}).items():
        cv.poly((14, 14, 20), pts)
    # rivets just inside the crease on open sides
    for d in (N, E, S, W):
        if not opn[d]:
            continue
        for k in range(4):
            t = 4 + k * 8
            p = {N: (t, ty + 1.6), S: (t, by - 1.6), W: (lx + 1.6, t), E: (rx - 1.6, t)}[d]
            if lx + 1 < p[0] < rx - 1 and ty + 1 < p[1] < by - 1:
                rivet(cv, p, (78, 86, 100), (232, 238, 246), 0.5)
    return cv.result()


ROCK_TOP = (146, 62, 40)
ROCK_DUST = (188, 112, 66)  # ochre dust, as on the ground round the rock, in the scree at a cliff's foot
ROCK_FIELD = Fbm(6000)
ROCK_VEIN = Fbm(6001, ((4, 0.5), (8, 0.5)))
ROCK_GULLY = Fbm(6004, ((8, 0.6), (16, 0.4)))
# Px of each open side's cliff: the south and east faces, turned from the sun, are the taller, as the view looks
# down at a slant from the south (the New York towers' facades likewise).
ROCK_WIDTH = {N: 5.0, W: 5.0, S: 15.0, E: 9.0}
ROCK_PHASE = {N: 0.3, E: 1.7, S: 2.9, W: 4.4}
TALUS = 3.6  # px of scree heaped at the cliff's foot, more or less by the wobble of its own edge


def rock_wobble(d, t):
    """Edge irregularity: an eroded rim of bays and spurs; periodic in t over 32 px so neighbouring tiles' cliff
    edges join exactly."""
    p = ROCK_PHASE[d]
    return (1.6 * math.sin(math.tau * t * 2 / 32 + p) + 0.9 * math.sin(math.tau * t * 5 / 32 + p * 2.3)
            + 0.25 * math.sin(math.tau * t * 11 / 32 + p * 3.1))


_ROCK_PLATEAU = []


def rock_plateau(res):
    """Plateau colour per 1/res pixel, computed once and shared by all 16
    rock tiles (periodic, so the rock top is seamless between them)."""
    if not _ROCK_PLATEAU:
        rng = random.Random(6002)
        size = TILE * res
        for iy in range(size):
            row = []
            for ix in range(size):
                x, y = (ix + 0.5) / res, (iy + 0.5) / res
                v = (ROCK_FIELD(x, y) - 0.5) * 0.24 + rng.uniform(-0.035, 0.035)
                vein = abs(ROCK_VEIN(x, y) - 0.5)
                f = 1 + v
                if vein < 0.02:  # dark fissures with a lit edge next to them
                    f *= 0.8
                elif vein < 0.036:
                    f *= 1.07
                row.append([c * f for c in ROCK_TOP])
            _ROCK_PLATEAU.append(row)
    return _ROCK_PLATEAU


# Cliff face colours from the foot (lo) to the crease (hi); the sun comes from the north-west.
FACE_HI = {N: (204, 118, 70), W: (186, 100, 60), S: (104, 50, 32), E: (124, 60, 38)}
FACE_LO = {N: (128, 64, 40), W: (112, 56, 36), S: (40, 20, 16), E: (54, 26, 20)}
RIM = {N: (246, 182, 124), W: (234, 164, 110), S: (184, 104, 66), E: (194, 112, 70)}


def cliff_face(d, depth, along):
    """The cliff's face at depth px above its foot: banded strata of the layered rock, cut by dark gullies."""
    width = ROCK_WIDTH[d]
    t = sat(depth / width)
    face = mix(FACE_LO[d], FACE_HI[d], t ** 0.8)
    # strata: bands of paler and darker rock, level with the foot, their edges waving a little
    band = (depth + 0.6 * math.sin(math.tau * along * 3 / 32 + ROCK_PHASE[d])) / 2.2
    strata = 1.0 + (0.16 if int(math.floor(band)) % 2 else -0.06) + 0.04 * math.sin(band * math.tau)
    face = [c * strata for c in face]
    # gullies: erosion runs down the face, darker where the rock is cut back
    gully = ROCK_GULLY(along, depth * 0.35 + (0.0 if d in (N, S) else 16.0))
    if gully < 0.4:
        face = [c * (0.72 + 0.7 * max(gully - 0.2, 0.0)) for c in face]
    return face


def talus(d, depth, along, x, y, jitter):
    """Scree at the cliff's foot: broken rock on ochre dust, shaded on the sunless sides, fading into the ground."""
    col = mix(ROCK_DUST, (168, 92, 56), sat(depth / TALUS))
    grit = ROCK_FIELD(x * 3.0 % 32, y * 3.0 % 32)
    if grit > 0.6:
        col = mix(col, (96, 48, 30), 0.55)  # a stone's shaded side
    elif grit < 0.38:
        col = mix(col, (230, 168, 116), 0.4)  # and a lit one
    if d in (S, E):  # in the cliff's shadow, deeper toward the face; the ground's own colour at the tile's edge
        col = [c * (1.0 - 0.2 * sat(depth / TALUS)) for c in col]
    return [c * (1 + jitter) for c in col]


def rock_tile(mask, inside=()):
    """Red-brown plateau.  For each open side the pixel's depth above the cliff's foot (the tile's edge) picks:
    scree, the cliff's face (strata and gullies), a bright rim, the plateau. Each inside corner (a pair of joined
    sides, as game.view.tiles.INSIDE_CORNERS) takes the faces of the neighbours across them round the open cell on
    the diagonal (tiles_common.inside_corner)."""
    res = 2  # per-pixel at 2x, smooth-scaled down
    size = TILE * res
    plateau = rock_plateau(res)
    rng = random.Random(6100 + mask)
    opn = [d for d in (N, E, S, W) if not (mask & d)]

    def side(d, x, y):
        dist = {N: y, S: 32 - y, W: x, E: 32 - x}[d]
        along = x if d in (N, S) else y
        return (dist + rock_wobble(d, along)) / ROCK_WIDTH[d], d, dist, along

    def px(ix, iy):
        jitter = rng.uniform(-0.04, 0.04)  # drawn for every pixel, so an inside corner leaves the rest as it was
        col = plateau[iy][ix]
        if not opn and not inside:
            return finish_px(col)
        x, y = (ix + 0.5) / res, (iy + 0.5) / res
        us = sorted(side(d, x, y) for d in opn) or [(math.inf, None, 0.0, 0.0)]
        u, d, dist, along = us[0]
        if len(us) > 1:
            # round off convex corners where two open sides meet
            u2, r = us[1][0], 1.6
            if u < r and u2 < r:
                u = r - math.hypot(r - u, r - u2)
        for a, b in inside:
            u, d, dist, along = min((u, d, dist, along), inside_corner(side(a, x, y), side(b, x, y), ROCK_WIDTH))
        if u > 2.6:
            return finish_px(col)
        width = ROCK_WIDTH[d]
        # the scree's top edge wanders on its own, so the foot of the cliff is no ruled line
        scree = TALUS * (0.7 + 0.35 * math.sin(math.tau * along * 4 / 32 + ROCK_PHASE[d] * 1.7)
                         + 0.25 * math.sin(math.tau * along * 9 / 32 + ROCK_PHASE[d]))
        if dist < scree and u < 1.0:
            return finish_px(talus(d, dist, along, x, y, jitter))
        if u < 1.0:
            face = cliff_face(d, u * width, along)
            if dist < scree + 1.0 and d in (S, E):  # the face darkens into the scree heaped against it
                face = [c * 0.75 for c in face]
            return finish_px(face)
        if u < 1.0 + 0.9 / width:
            return finish_px(mix(col, RIM[d], 0.8))
        if d in (N, W):  # the sunlit edge of the plateau catches more light than its middle
            glow = sat(1.0 - (u - 1.0) * width / 3.0)
            return finish_px(mix(col, RIM[d], 0.18 * glow))
        # slight ambient occlusion just inside the rim on shaded sides
        ao = 1.0 - 0.14 * sat(1.0 - (u - 1.0) * width / 4.0)
        return finish_px([c * ao for c in col])

    big = pixel_surface(size, px)
    return pygame.transform.smoothscale(big, (TILE, TILE))
