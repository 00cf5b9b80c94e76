"""Points and polygons in final-pixel units: normals, insets, mirrors, transforms, limbs and stock shapes."""

import math


def _unit(x, y):
    n = math.hypot(x, y)
    return (x / n, y / n)


def poly_area2(pts):
    n = len(pts)
    return sum(pts[i][0] * pts[(i + 1) % n][1] - pts[(i + 1) % n][0] * pts[i][1] for i in range(n))


def edge_normals(pts):
    """Outward unit normals of each edge i (pts[i] -> pts[i+1])."""
    sgn = 1 if poly_area2(pts) > 0 else -1
    out = []
    n = len(pts)
    for i in range(n):
        (x1, y1), (x2, y2) = pts[i], pts[(i + 1) % n]
        dx, dy = x2 - x1, y2 - y1
        ln = math.hypot(dx, dy) or 1e-9
        # inward is (-dy, dx) for positive (clockwise on screen) area
        ix, iy = (-dy / ln, dx / ln) if sgn > 0 else (dy / ln, -dx / ln)
        out.append((-ix, -iy))
    return out


def inset(pts, dists):
    """Move every edge i inwards by dists[i] and re-intersect neighbours
    (mitred offset).  Returns None when the part is too thin for the inset."""
    n = len(pts)
    normals = edge_normals(pts)
    lines = []
    for i in range(n):
        (x1, y1), (x2, y2) = pts[i], pts[(i + 1) % n]
        nx, ny = -normals[i][0], -normals[i][1]
        d = dists[i]
        lines.append(((x1 + nx * d, y1 + ny * d), (x2 - x1, y2 - y1)))
    dmax = max(dists) if dists else 0
    out = []
    for i in range(n):
        (a, e0), (b, e1) = lines[i - 1], lines[i]
        den = e0[0] * e1[1] - e0[1] * e1[0]
        if abs(den) < 1e-9:
            p = b
        else:
            t = ((b[0] - a[0]) * e1[1] - (b[1] - a[1]) * e1[0]) / den
            p = (a[0] + e0[0] * t, a[1] + e0[1] * t)
        # clamp very sharp mitres so spikes do not shoot out
        ox, oy = p[0] - pts[i][0], p[1] - pts[i][1]
        ln = math.hypot(ox, oy)
        lim = 3.0 * dmax + 1e-9
        if ln > lim:
            p = (pts[i][0] + ox / ln * lim, pts[i][1] + oy / ln * lim)
        out.append(p)
    a0, a1 = poly_area2(pts), poly_area2(out)
    if a0 * a1 <= 0 or abs(a1) < abs(a0) * 0.04:
        return None
    return out


def mirror_y(pts, cy=36.0):
    """Reflect a part across the body's centre line (for symmetric armour)."""
    return [(x, 2 * cy - y) for x, y in pts]


def transform(pts, angle_deg=0.0, dx=0.0, dy=0.0, about=(0.0, 0.0), scale=1.0):
    a = math.radians(angle_deg)
    ca, sa_ = math.cos(a), math.sin(a)
    ox, oy = about
    out = []
    for x, y in pts:
        x, y = (x - ox) * scale, (y - oy) * scale
        out.append((ox + x * ca - y * sa_ + dx, oy + x * sa_ + y * ca + dy))
    return out


def limb(a, b, wa, wb):
    """Tapered quad from a to b (widths wa at a, wb at b): arms, barrels."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    ln = math.hypot(dx, dy) or 1e-9
    nx, ny = -dy / ln, dx / ln
    return [(a[0] + nx * wa / 2, a[1] + ny * wa / 2), (b[0] + nx * wb / 2, b[1] + ny * wb / 2),
            (b[0] - nx * wb / 2, b[1] - ny * wb / 2), (a[0] - nx * wa / 2, a[1] - ny * wa / 2)]


def rect_pts(x, y, w, h):
    return [(x, y), (x + w, y), (x + w, y + h), (x, y + h)]


def ellipse_pts(cx, cy, rx, ry, n=20, rot=0.0):
    pts = []
    for i in range(n):
        a = 2 * math.pi * i / n
        x, y = math.cos(a) * rx, math.sin(a) * ry
        pts.append((cx + x * math.cos(rot) - y * math.sin(rot), cy + x * math.sin(rot) + y * math.cos(rot)))
    return pts


def swing_pts(pts, a, b, c):
    """A panel turned about the hinge line a-b, seen from straight above:
    every point's distance across the hinge is scaled by c (the cosine of
    the opening angle; negative once it opens past 90 degrees)."""
    ux, uy = _unit(b[0] - a[0], b[1] - a[1])
    out = []
    for x, y in pts:
        rx, ry = x - a[0], y - a[1]
        along = rx * ux + ry * uy
        px, py = rx - along * ux, ry - along * uy
        out.append((a[0] + along * ux + px * c, a[1] + along * uy + py * c))
    return out


def mix_pt(p, q, t):
    return (p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t)


def arc_band(c, r, a0, a1, w_out, w_in, n=48, taper=1.0):
    """Crescent along a circle from angle a0 to a1 (radians): it reaches
    w_out beyond r and w_in inside r at the middle, both tapering to zero
    at the ends (profile sin^taper)."""
    outer, inner = [], []
    for i in range(n + 1):
        t = i / n
        a = a0 + (a1 - a0) * t
        k = math.sin(math.pi * t) ** taper
        outer.append((c[0] + math.cos(a) * (r + w_out * k), c[1] + math.sin(a) * (r + w_out * k)))
        inner.append((c[0] + math.cos(a) * (r - w_in * k), c[1] + math.sin(a) * (r - w_in * k)))
    return outer + inner[::-1]


def star_pts(c, arms, waist, rot=0.0):
    """Star with len(arms) spikes of the given lengths, `waist` between them."""
    pts = []
    n = len(arms)
    for i, ln in enumerate(arms):
        a = rot + i * math.tau / n
        pts.append((c[0] + math.cos(a) * ln, c[1] + math.sin(a) * ln))
        b = a + math.pi / n
        pts.append((c[0] + math.cos(b) * waist, c[1] + math.sin(b) * waist))
    return pts
