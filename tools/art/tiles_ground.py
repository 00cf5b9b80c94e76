"""Tileset row 0: the ground (ids 0-7), opaque and seamless."""

import math
import random

from tools.art.colour import mix, rgba, scale_rgb, smoothstep
from tools.art.noise import WINDOW_WARP, Fbm, center_window
from tools.art.tiles_common import (OCHRE, RUST, SAND, SIENNA, UMBER, ground_color, overlay, speckle,
                                    textured_tile, tile_canvas)
from tools.art.tiles_grid import TILE


def ground_base(seed, fn=None, base=OCHRE):
    """Per-pixel ground; fn(x, y, col, rng) may modify the colour list."""
    return textured_tile(seed, ground_color, base, fn)


def blob_fn(seed, target, strength, lo=0.4, hi=0.7):
    """Feature: irregular drift of `target` colour, faded out at the edges."""
    field = Fbm(seed)

    def fn(x, y, col, rng):
        w = smoothstep(lo, hi, field(x + 0.5, y + 0.5)) * center_window(x, y) * strength
        return [c + (t - c) * w for c, t in zip(col, target)]

    return fn


def drift_fn(seed, target, strength):
    """Feature: a soft drift of `target` colour laid long across the tile, as the wind lays dust, its outline warped
    and its inside mottled; no sharp edge, so no shape the eye picks out and sees again on every such tile. It ends
    well before the tile's edges, so it never seams."""
    field = Fbm(seed, ((2, 0.6), (4, 0.4)))

    def fn(x, y, col, rng):
        d = math.hypot((x + 0.5 - TILE / 2) / 12.5, (y + 0.5 - TILE / 2) / 7.5)
        d += (WINDOW_WARP(x + 0.5, y + 0.5) - 0.5) * 0.3
        w = (1.0 - smoothstep(0.3, 1.05, d)) * smoothstep(0.25, 0.75, field(x + 0.5, y + 0.5)) * strength
        return [c + (t - c) * w for c, t in zip(col, target)]

    return fn


def ground_a():
    return ground_base(1000, blob_fn(1001, scale_rgb(OCHRE, 1.06), 0.5))


def ground_b():
    tile = ground_base(1100, blob_fn(1101, scale_rgb(RUST, 1.0), 0.35))
    rng = random.Random(1102)
    cv = tile_canvas()
    # a few faint pock marks, kept off the edges
    for _ in range(5):
        x, y = rng.uniform(6, 26), rng.uniform(6, 26)
        r = rng.uniform(0.7, 1.3)
        cv.circle(rgba(UMBER, 60), (x + 0.3, y + 0.3), r)
        cv.circle(rgba(SAND, 45), (x - 0.25, y - 0.25), r * 0.7)
    return overlay(tile, cv)


def ground_c():
    tile = ground_base(1200)
    rng = random.Random(1201)
    cv = tile_canvas()
    # single-pixel speckles may touch edges: they are too small to seam
    speckle(cv, rng, (0.5, 0.5, 31.5, 31.5), 40, [rgba(UMBER, 110), rgba(SIENNA, 120), rgba(SAND, 110)], (0.25, 0.5))
    return overlay(tile, cv)


def ground_dark_dust():
    return ground_base(1300, drift_fn(1301, (118, 64, 38), 0.75))


def ground_cracked():
    """Dried-mud cracks: a wandering main crack with forks, thin and kept
    inside a circle so nothing touches the tile edge."""
    tile = ground_base(1400, blob_fn(1401, scale_rgb(SIENNA, 1.1), 0.3))
    rng = random.Random(1403)
    cv = tile_canvas()

    def crack(p, a, steps, width, depth=0):
        pts = [p]
        for _ in range(steps):
            a += rng.uniform(-0.45, 0.45)
            nx, ny = pts[-1][0] + math.cos(a) * 1.3, pts[-1][1] + math.sin(a) * 1.3
            if math.hypot(nx - 16, ny - 16) > 12.5:
                break
            pts.append((nx, ny))
            if depth < 2 and len(pts) > 3 and rng.random() < 0.2:
                crack(pts[-1], a + rng.choice((-1, 1)) * rng.uniform(0.8, 1.3), steps // 2, width * 0.7, depth + 1)
        if len(pts) > 1:
            # lit lip first, then the dark crack itself
            cv.polyline(rgba(SAND, 70), [(x - 0.3, y - 0.3) for x, y in pts], width * 0.8)
            cv.polyline(rgba((56, 26, 14), 140), pts, width)
        return pts

    crack((16, 16), 0.4, 12, 0.6)
    crack((16, 16), 0.4 + math.pi, 12, 0.6)
    crack((15, 17), 2.2, 8, 0.45)
    crack((17, 15), -1.7, 6, 0.4)
    return overlay(tile, cv)


def ground_ripples():
    field = Fbm(1501)

    def fn(x, y, col, rng):
        # asymmetric saw ripples: slow lit slope, sharp shadowed lee side
        acc = 0.0
        for sx, sy in ((0.25, 0.25), (0.75, 0.25), (0.25, 0.75), (0.75, 0.75)):
            px, py = x + sx, y + sy
            ph = py * 0.2 + 0.04 * px + 0.35 * math.sin(px * 0.21) + field(px, py) * 0.6
            saw = ph % 1.0
            acc += (saw - 0.5) * 0.15 if saw < 0.85 else -0.12
        w = center_window(x, y, 7.0, 15.5)
        # ripples collect a little paler sand; both fade out before the edge
        col = [c + (t - c) * 0.25 * w for c, t in zip(col, SAND)]
        return [c * (1 + acc / 4 * w) for c in col]

    return ground_base(1500, fn)


def ground_pale():
    return ground_base(1600, drift_fn(1601, SAND, 0.45))


def ground_gravel():
    tile = ground_base(1700, blob_fn(1701, scale_rgb(OCHRE, 0.92), 0.4))
    rng = random.Random(1702)
    cv = tile_canvas()
    # jittered grid: even coverage without clumps
    for j in range(5):
        for i in range(5):
            x, y = 4 + i * 6 + rng.uniform(-2, 2), 4 + j * 6 + rng.uniform(-2, 2)
            if rng.random() < 0.15 or center_window(x, y, 9.0, 15.0) < 0.3:
                continue
            r = rng.uniform(0.6, 1.35)
            base = rng.choice([(120, 70, 46), (150, 96, 62), (96, 60, 44), (170, 120, 80)])
            cv.circle(rgba(UMBER, 120), (x + 0.4, y + 0.45), r)
            cv.circle(base, (x, y), r)
            cv.circle(mix(base, (255, 236, 200), 0.4), (x - r * 0.3, y - r * 0.35), r * 0.45)
    return overlay(tile, cv)
