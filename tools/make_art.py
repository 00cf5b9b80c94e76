"""Owns all original art for Blue Comet: generates every sprite and the Mars tileset.

Run from the repository root:

    .venv/bin/python tools/make_art.py            # writes the PNGs and mars.tsx
    .venv/bin/python tools/make_art.py --sheet /tmp/art_sheet.png   # also a contact sheet
    .venv/bin/python tools/make_art.py --fx-sheet /tmp/fx_sheet.png  # V-MAX/overheat/missile effects,
                                                                   # glows added as in the game

Everything is drawn procedurally with pygame-ce only.  Images are drawn at 4x
resolution (SS) with polygons, lines and circles plus hand-made cel shading,
then smooth-scaled down, which gives clean anti-aliasing.  All randomness
comes from random.Random(fixed seed), so every run writes identical bytes.

Sprites (all facing east / +x where it matters; the game rotates them):
    layzner.png 72x72, layzner_thrust.png 72x72, dis.png 72x72,
    dis_wreck.png 72x72, bolt_player.png 28x8, bolt_enemy.png 24x8,
    muzzle_flash.png 24x24, explosion.png 8 frames of 96x96 (768x96),
    particles.png 4 frames of 16x16 (spark, smoke, debris, dust),
    spark_hit.png 32x32,
    layzner_overheat.png 72x72 (pixel-aligned with layzner.png: hatches
    open, vents glowing), layzner_vmax.png 72x72 (energy silhouette),
    vmax_barrier.png 112x112, missile.png 22x8, missile_flame.png 16x8
    (points west, behind the missile), knuckle_wave.png 48x48,
    telegraph.png 28x28, deflect.png 32x32, steam.png 24x24,
    layzner_fouron.png 72x72 (pixel-aligned with layzner.png: Fouron in
    control, the canopy glows violet), dis_disabled.png 72x72 (pixel-aligned
    with dis.png: arm shot off and sparking, rifle hanging, hatch open over
    an empty seat, darkened and scorched), pilot_pod.png 24x24 (ejected
    Gradosian pilot capsule), part_spark.png 24x24 (precise hit on an arm
    or a leg).

Shadows: what the game turns (layzner, its overheat and Fouron sprites,
dis, dis_disabled, dis_wreck, missile, pilot_pod) has no shadow of its own
but a <name>_shadow.png beside it, a soft silhouette in place; the game
casts it down-right whichever way the sprite faces (SHADOWS in
game/view/sprites.py), as one sun would.

HUD (not rotated, normal alpha): rei_emblem.png 88x88 and
fouron_emblem.png 88x88, the two cockpit AIs' emblems in one hexagonal
frame design (Rei calm cyan, Fouron angular violet).

Glows meant to be premultiplied and blitted with BLEND_ADD: layzner_thrust,
bolt_*, muzzle_flash, spark_hit, layzner_vmax, vmax_barrier, missile_flame,
knuckle_wave, telegraph, deflect, part_spark (the ADDITIVE set below).
steam and the rest use normal alpha.

Tileset assets/tilesets/mars.png (32x32 tiles, 8 columns, 9 rows, 72 tiles)
and its Tiled 1.8 external tileset mars.tsx.  Local tile ids:

    id      row  contents                                         solid
    0-7     0    ground (opaque): 0 ochre A, 1 ochre B,            no
                 2 ochre C speckled, 3 darker dust, 4 cracked,
                 5 wind ripples, 6 pale sand, 7 gravel
    8-15    1    decoration (transparent): 8 pebbles, 9 small     no
                 rock, 10 small crater, 11 tread marks horiz.,
                 12 tread marks vert., 13 scorch, 14 metal
                 debris, 15 broken cable/pipe
    16-23   2    obstacles (transparent, own shadow): 16 boulder,  YES
                 17 boulder cluster, 18 rock outcrop, 19 tall
                 jagged rock, 20 wrecked hull, 21 wrecked wing,
                 22 supply crates, 23 fuel tank
    24-31   3    base floor (opaque): 24 deck plate, 25 hazard     no
                 stripe (top edge), 26 grate, 27 concrete,
                 28 painted line, 29 landing chevron, 30 cracked
                 deck, 31 deck light
    32-47   4-5  base wall autotile, id = 32 + mask (opaque)       YES
    48      6    breached wall rubble (transparent)                YES
    49      6    rubble pile (transparent)                         YES
    50      6    loose rubble decoration                           no
    51      6    large crater decal                                no
    52      6    red warning beacon decoration                     no
    53-55   6    empty
    56-71   7-8  rock plateau / cliff autotile, id = 56 + mask     YES

    Autotile mask = N*1 + E*2 + S*4 + W*8, each bit set when the neighbour
    on that side is the same kind of block (wall or rock).

mars.tsx also carries two edge-type Wang sets, "Base walls" and "Rock
cliffs", so designers paint the autotiles with Tiled's Terrain Brush: each
autotile's wangid colours exactly the sides its mask has (wangid order top,
top-right, right, bottom-right, bottom, bottom-left, left, top-left; corners
stay 0).  The isolated tiles (mask 0: ids 32 and 56) are left out: their
wangid would be all zeros, which Tiled 1.8 drops on load (a tile with no
colour is no Wang tile), so they are placed with the Stamp Brush.
"""
import math
import os
import random
import sys

# headless: set before pygame is imported
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TILESETS = os.path.join(ROOT, "assets", "tilesets")

SS = 4  # supersampling factor: draw at 4x, smoothscale down for anti-aliasing
TILE = 32
COLS = 8
ROWS = 9


def _unit(x, y):
    n = math.hypot(x, y)
    return (x / n, y / n)


# Direction towards the key light: up-left, mostly up.  Every sprite and
# tile uses it so the whole game is lit consistently.
LIGHT = _unit(-0.5, -0.85)

SOLID_IDS = list(range(16, 24)) + list(range(32, 48)) + [48, 49] + list(range(56, 72))

N, E, S, W = 1, 2, 4, 8

# Edge Wang sets over the two autotiles: (set name, colour name, colour, first id, representative id).
# The representative is the outer corner with neighbours E and S (mask 6): it shows both the block's top
# and its edge, so the set is recognisable in Tiled's Terrain Sets list.
WANG_SETS = (
    ("Base walls", "wall", "#3f9cff", 32, 32 + E + S),
    ("Rock cliffs", "cliff", "#ffd23f", 56, 56 + E + S),
)


# --------------------------------------------------------------------------
# Colour helpers
# --------------------------------------------------------------------------

def clamp8(v):
    return 0 if v < 0 else 255 if v > 255 else int(round(v))


def mix(a, b, t):
    """Linear blend of two colours (3 or 4 channels)."""
    return tuple(clamp8(a[i] + (b[i] - a[i]) * t) for i in range(len(a)))


def rgba(c, a):
    return (c[0], c[1], c[2], clamp8(a))


def scale_rgb(c, f):
    return tuple(clamp8(v * f) for v in c[:3])


def sat(v):
    return 0.0 if v < 0 else 1.0 if v > 1 else v


def smoothstep(e0, e1, x):
    t = sat((x - e0) / (e1 - e0))
    return t * t * (3 - 2 * t)


class Tones:
    """Cel-shading ramp for one material: shadows shift cool, highlights warm
    towards white, which is what gives the anime-cel look."""

    def __init__(self, base, outline=None, dark_t=0.42, light_t=0.45):
        self.mid = base
        self.dark = mix(base, (24, 26, 64), dark_t)
        self.light = mix(base, (255, 252, 242), light_t)
        self.spec = mix(base, (255, 255, 255), 0.85)
        self.outline = outline or mix(base, (10, 10, 22), 0.8)


# --------------------------------------------------------------------------
# Geometry helpers
# --------------------------------------------------------------------------

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


# --------------------------------------------------------------------------
# Supersampled canvas
# --------------------------------------------------------------------------

class Canvas:
    """An RGBA surface at SS x resolution addressed in final-pixel units.

    `matte` is the RGB stored in fully transparent pixels.  smoothscale and
    blur average colour without weighting by alpha, so the matte colour is
    what bleeds into anti-aliased edges; choosing it close to the edge colour
    (dark for outlined sprites, the glow colour for glows) avoids fringes.
    """

    def __init__(self, w, h, matte=(16, 14, 24)):
        self.w, self.h = w, h
        self.matte = matte
        self.surf = self.blank()

    def blank(self):
        s = pygame.Surface((self.w * SS, self.h * SS), pygame.SRCALPHA)
        s.fill((*self.matte, 0))
        return s

    @staticmethod
    def sp(pts):
        return [(x * SS, y * SS) for x, y in pts]

    def _draw(self, color, fn):
        """Opaque colours draw straight in; translucent ones via a layer so
        they blend instead of overwriting."""
        if len(color) == 4 and color[3] < 255:
            tmp = self.blank()
            fn(tmp)
            self.surf.blit(tmp, (0, 0))
        else:
            fn(self.surf)

    def poly(self, color, pts):
        if len(pts) >= 3:
            self._draw(color, lambda s: pygame.draw.polygon(s, color, self.sp(pts)))

    def line(self, color, a, b, width=1.0):
        w = max(1, int(round(width * SS)))

        def fn(s):
            # thick lines as quads with round caps: pygame's wide lines are blocky
            ax, ay, bx, by = a[0] * SS, a[1] * SS, b[0] * SS, b[1] * SS
            dx, dy = bx - ax, by - ay
            ln = math.hypot(dx, dy)
            if ln < 1e-6 or w <= 2:
                pygame.draw.line(s, color, (ax, ay), (bx, by), w)
                return
            nx, ny = -dy / ln * w / 2, dx / ln * w / 2
            quad = [(ax + nx, ay + ny), (bx + nx, by + ny), (bx - nx, by - ny), (ax - nx, ay - ny)]
            pygame.draw.polygon(s, color, quad)
            pygame.draw.circle(s, color, (ax, ay), w / 2)
            pygame.draw.circle(s, color, (bx, by), w / 2)

        self._draw(color, fn)

    def polyline(self, color, pts, width=1.0):
        for a, b in zip(pts, pts[1:]):
            self.line(color, a, b, width)

    def circle(self, color, c, r):
        self._draw(color, lambda s: pygame.draw.circle(s, color, (c[0] * SS, c[1] * SS), r * SS))

    def ellipse(self, color, cx, cy, rx, ry, rot=0.0):
        self.poly(color, ellipse_pts(cx, cy, rx, ry, 28, rot))

    def _soft(self, color, bbox, draw_fn, blur, alpha, times):
        """Draw a shape on a scratch layer just big enough for it and its
        blur, blur it, then blend it in (blurring only the bbox keeps the
        script fast)."""
        pad = blur * 3 + 1
        sw, sh = self.surf.get_size()
        x0 = max(0, int((bbox[0] - pad) * SS))
        y0 = max(0, int((bbox[1] - pad) * SS))
        x1 = min(sw, int(math.ceil((bbox[2] + pad) * SS)))
        y1 = min(sh, int(math.ceil((bbox[3] + pad) * SS)))
        if x1 <= x0 or y1 <= y0:
            return
        tmp = pygame.Surface((x1 - x0, y1 - y0), pygame.SRCALPHA)
        tmp.fill((*color[:3], 0))
        draw_fn(tmp, (*color[:3], clamp8(alpha)), x0, y0)
        tmp = pygame.transform.gaussian_blur(tmp, max(1, int(blur * SS)), False)
        for _ in range(times):
            self.surf.blit(tmp, (x0, y0))

    def soft_circle(self, color, c, r, blur, alpha=255, times=1):
        def draw(s, col, ox, oy):
            pygame.draw.circle(s, col, (c[0] * SS - ox, c[1] * SS - oy), r * SS)
        self._soft(color, (c[0] - r, c[1] - r, c[0] + r, c[1] + r), draw, blur, alpha, times)

    def soft_poly(self, color, pts, blur, alpha=255):
        def draw(s, col, ox, oy):
            pygame.draw.polygon(s, col, [(x * SS - ox, y * SS - oy) for x, y in pts])
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        self._soft(color, (min(xs), min(ys), max(xs), max(ys)), draw, blur, alpha, 1)

    def clipped(self, pts, draw_fn):
        """Run draw_fn on a scratch canvas, keep only what falls inside pts,
        then composite it: lets bands/gradients follow a curved outline."""
        sub = Canvas(self.w, self.h, self.matte)
        draw_fn(sub)
        mask = pygame.Surface(self.surf.get_size(), pygame.SRCALPHA)
        mask.fill((255, 255, 255, 0))
        pygame.draw.polygon(mask, (255, 255, 255, 255), self.sp(pts))
        sub.surf.blit(mask, (0, 0), special_flags=pygame.BLEND_RGBA_MULT)
        self.surf.blit(sub.surf, (0, 0))

    def silhouette(self, alpha=120, blur=1.6):
        """The soft dark silhouette of everything drawn so far, at the sprite's size and in place (not offset):
        the shadow of something the game turns, which the game casts in one direction (sprites.py, SHADOWS)."""
        mask = pygame.mask.from_surface(self.surf, 40)
        shadow = mask.to_surface(setcolor=(12, 8, 14, alpha), unsetcolor=(12, 8, 14, 0))
        shadow = pygame.transform.gaussian_blur(shadow, int(blur * SS), False)
        return pygame.transform.smoothscale(shadow, (self.w, self.h))

    def result(self):
        return pygame.transform.smoothscale(self.surf, (self.w, self.h))


def cel(cv, pts, tones, ow=0.55, dark_w=1.4, light_w=0.9, outline=True):
    """Cel-shaded part: dark outline, shadow band on edges facing away from
    the light, highlight band on edges facing it, mid tone in between."""
    if isinstance(tones, tuple):
        tones = Tones(tones)
    normals = edge_normals(pts)
    facing = [n[0] * LIGHT[0] + n[1] * LIGHT[1] for n in normals]
    if outline:
        cv.poly(tones.outline, pts)
        base = inset(pts, [ow] * len(pts)) or pts
    else:
        base, ow = pts, 0.0
    cv.poly(tones.dark, base)
    d_light = [ow + dark_w * sat((0.3 - f) / 1.1) for f in facing]
    lit = inset(pts, d_light)
    if lit:
        cv.poly(tones.light, lit)
    d_mid = [max(dl, ow + light_w * sat((f + 0.15) / 0.8)) for dl, f in zip(d_light, facing)]
    mid = inset(pts, d_mid)
    if mid:
        cv.poly(tones.mid, mid)
    return mid or lit or base


def panel_line(cv, a, b, dark, light=None, width=0.4):
    """Engraved seam: dark groove with a lit lip on the side facing the light."""
    if light:
        dx, dy = b[0] - a[0], b[1] - a[1]
        ln = math.hypot(dx, dy) or 1
        nx, ny = -dy / ln, dx / ln
        if nx * LIGHT[0] + ny * LIGHT[1] > 0:  # lip goes on the side away from light
            nx, ny = -nx, -ny
        off = width * 0.9
        cv.line(light, (a[0] + nx * off, a[1] + ny * off), (b[0] + nx * off, b[1] + ny * off), width * 0.8)
    cv.line(dark, a, b, width)


def rivet(cv, p, dark, light, r=0.45):
    cv.circle(dark, (p[0] + 0.15, p[1] + 0.2), r)
    cv.circle(light, (p[0] - 0.1, p[1] - 0.12), r * 0.55)


# --------------------------------------------------------------------------
# Periodic noise (for seamless tiles)
# --------------------------------------------------------------------------

class PeriodicNoise:
    """Smooth value noise that repeats every `size` pixels in x and y, so
    anything built from it tiles seamlessly with itself and its siblings."""

    def __init__(self, rng, cells, size=TILE):
        self.n, self.size = cells, size
        self.g = [[rng.random() for _ in range(cells)] for _ in range(cells)]

    def __call__(self, x, y):
        n = self.n
        fx, fy = x * n / self.size, y * n / self.size
        ix, iy = math.floor(fx), math.floor(fy)
        tx, ty = fx - ix, fy - iy
        tx, ty = tx * tx * (3 - 2 * tx), ty * ty * (3 - 2 * ty)
        x0, x1, y0, y1 = ix % n, (ix + 1) % n, iy % n, (iy + 1) % n
        g = self.g
        a = g[y0][x0] + (g[y0][x1] - g[y0][x0]) * tx
        b = g[y1][x0] + (g[y1][x1] - g[y1][x0]) * tx
        return a + (b - a) * ty


class Fbm:
    def __init__(self, seed, octaves=((4, 0.55), (8, 0.3), (16, 0.15)), size=TILE):
        rng = random.Random(seed)
        self.oct = [(PeriodicNoise(rng, c, size), w) for c, w in octaves]

    def __call__(self, x, y):
        return sum(n(x, y) * w for n, w in self.oct)


WINDOW_WARP = Fbm(303, ((4, 0.7), (8, 0.3)))


def center_window(x, y, r0=8.0, r1=15.0):
    """Round fade (1 in the middle, 0 beyond r1 from the tile centre): gives
    ground features organic outlines instead of square ones, and keeps them
    away from every edge so they never seam."""
    d = math.hypot(x + 0.5 - TILE / 2, y + 0.5 - TILE / 2)
    # wobble the radius with noise so the outline is not a circle; the
    # wobble is zero-mean-ish and capped so the result still ends before
    # the edge
    d += (WINDOW_WARP(x + 0.5, y + 0.5) - 0.5) * 14.0
    return 1.0 - smoothstep(r0, r1, d)


def pixel_surface(size, fn):
    """Build an opaque surface from a per-pixel colour function."""
    s = pygame.Surface((size, size), pygame.SRCALPHA)
    for y in range(size):
        for x in range(size):
            s.set_at((x, y), fn(x, y))
    return s


def upscale(surf):
    return pygame.transform.scale(surf, (surf.get_width() * SS, surf.get_height() * SS))


# ==========================================================================
# MECHS
# ==========================================================================

# Layzner palette: white armour, deep blue panels, cyan-green canopy glass.
LZ_WHITE = Tones((214, 221, 236), outline=(22, 28, 52), dark_t=0.38, light_t=0.7)
LZ_BLUE = Tones((36, 84, 196), outline=(10, 16, 46))
LZ_NAVY = Tones((26, 42, 104), outline=(8, 10, 30))
LZ_GREY = Tones((104, 114, 134), outline=(16, 18, 30))
LZ_GUN = Tones((66, 74, 92), outline=(10, 12, 20))
LZ_GLASS = Tones((26, 132, 124), outline=(6, 22, 30), light_t=0.35)
YELLOW = (255, 208, 58)
RED = (222, 38, 40)


# Overheat (forced cooling): hatches swing open, the bays under them glow.
HEAT_CAVITY = (44, 12, 10)
HEAT_RED = (224, 52, 18)
HEAT_ORANGE = (255, 128, 30)
HEAT_YELLOW = (255, 230, 140)
HATCH_SWING = 0.42  # cos of the angle the back fins open to: their depth across the hinge shrinks to this


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


def mix_pt(p, q, t):
    return (p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t)


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


def ramp_color(ramp, t):
    t = sat(t)
    for (t1, c1), (t0, c0) in zip(ramp, ramp[1:]):
        if t >= t0:
            return mix(c0, c1, (t - t0) / (t1 - t0))
    return ramp[-1][1]


def draw_layzner_vmax():
    """Energy silhouette of the Layzner for V-MAX (drawn additively):
    bright cyan-white deep inside, blue at the outline, a soft blue glow
    a few pixels beyond it.  The depth comes from a blurred silhouette."""
    src = layzner_canvas().surf
    w, h = src.get_size()
    sil = pygame.mask.from_surface(src, 40).to_surface(setcolor=(255, 255, 255, 255),
                                                         unsetcolor=(255, 255, 255, 0))
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


def on_body(cv, draw_fn):
    """Run draw_fn on a scratch canvas and keep only what lands on what is
    already drawn (its alpha): scorch and grime stay on the armour."""
    sub = Canvas(cv.w, cv.h, cv.matte)
    draw_fn(sub)
    mask = cv.surf.copy()
    mask.fill((255, 255, 255, 0), special_flags=pygame.BLEND_RGBA_MAX)
    sub.surf.blit(mask, (0, 0), special_flags=pygame.BLEND_RGBA_MULT)
    cv.surf.blit(sub.surf, (0, 0))


def scorch(cv, rng, c, r, streaks=7):
    """Blast scorch on armour: a soft soot stain, darker at its centre,
    with short soot streaks thrown outward."""
    cv.soft_circle((26, 16, 14), c, r, r * 0.45, 170)
    for i in range(streaks):
        a = i * math.tau / streaks + rng.uniform(-0.35, 0.35)
        ln = r * rng.uniform(1.3, 2.0)
        w = rng.uniform(0.25, 0.4)
        tip = (c[0] + math.cos(a) * ln, c[1] + math.sin(a) * ln)
        cv.soft_poly((22, 14, 12), [(c[0] + math.cos(a + w) * r * 0.5, c[1] + math.sin(a + w) * r * 0.5), tip,
                                    (c[0] + math.cos(a - w) * r * 0.5, c[1] + math.sin(a - w) * r * 0.5)], 0.5, 120)
    cv.soft_circle((10, 6, 6), c, r * 0.4, r * 0.3, 200)


def spark_burst(cv, rng, c, rays, length, glow_r):
    """Sparks spraying from a live break: orange glow, white-hot core, thin
    yellow streaks with white centres, a few loose dots."""
    cv.soft_circle((255, 110, 30), c, glow_r, glow_r * 0.8, 210)
    for a in rays:
        ln = length * rng.uniform(0.6, 1.0)
        tip = (c[0] + math.cos(a) * ln, c[1] + math.sin(a) * ln)
        cv.line((255, 170, 60), c, tip, 0.45)
        cv.line((255, 250, 220), c, mix_pt(c, tip, 0.6), 0.22)
    for _ in range(4):
        a = rng.choice(rays) + rng.uniform(-0.3, 0.3)
        d = length * rng.uniform(0.9, 1.4)
        cv.circle((255, 210, 120), (c[0] + math.cos(a) * d, c[1] + math.sin(a) * d), 0.35)
    cv.soft_circle((255, 240, 200), c, 0.9, 0.5, 255)
    cv.circle((255, 255, 255), c, 0.45)


# The disabled Dis lets its rifle hang from the trigger hand, muzzle drooping.
DIS_DROP = (38.0, (52.0, 44.6))  # degrees (clockwise on screen), pivot


def draw_dis_disabled():
    """A Dis shot out of the fight, pixel-aligned with dis.png: north
    forearm torn off and sparking, rifle hanging from the other hand,
    thruster dead, hatch open over an empty seat (the pilot ejected),
    armour darkened and scorched."""
    rng = random.Random(4402)
    cv = Canvas(72, 72, matte=(12, 10, 16))
    ang, pivot = DIS_DROP

    def drop(pts):
        return transform(pts, ang, 0, 0, pivot)

    dis_backpack(cv, dead=True)
    dis_torso(cv)
    dis_rifle(cv, drop)
    dis_arms(cv, broken=True)
    dis_hands(cv, broken=True, tf=drop)
    dis_shoulder(cv, False)
    dis_shoulder(cv, True)
    dis_head(cv, hatch_open=True)
    # the power is off: everything a shade darker and duller
    cv.surf.fill((188, 182, 192), special_flags=pygame.BLEND_RGB_MULT)

    def soot(c):
        scorch(c, rng, (38.5, 19.5), 3.8)   # the shoulder above the lost arm
        scorch(c, rng, (28.5, 42.0), 3.0)   # chest
        scorch(c, rng, (18.0, 31.0), 2.4)   # back unit
        scorch(c, rng, (35.0, 55.5), 2.6)   # south shoulder
        scorch(c, rng, (60.0, 52.0), 2.0)   # rifle
    on_body(cv, soot)
    # bullet holes of the precise hits, their rims still hot
    for p in ((43.2, 21.0), (45.2, 27.6), (29.0, 41.4)):
        cv.circle((8, 4, 6), p, 0.75)
        cv.soft_circle((255, 100, 30), p, 0.9, 0.6, 110)
        cv.circle((4, 2, 4), p, 0.45)
    shadow = cv.silhouette(130, 1.6)
    elbow, end = DIS_ARMS[0][0], DIS_STUMP_END
    base = math.atan2(end[1] - elbow[1], end[0] - elbow[0])
    spark_burst(cv, rng, end, [base + d for d in (-1.1, -0.45, 0.1, 0.6, 1.2)], 6.5, 2.0)
    return cv.result(), shadow


def draw_dis_wreck():
    """Burnt Dis parts scattered around a scorch mark."""
    rng = random.Random(4401)
    cv = Canvas(72, 72, matte=(14, 10, 8))
    # scorch: a soft dark stain with radial streaks
    cv.soft_circle((20, 12, 8), (36, 37), 21, 5.0, 150)
    for i in range(16):
        a = i * math.tau / 16 + rng.uniform(-0.15, 0.15)
        ln = rng.uniform(18, 31)
        tip = (36 + math.cos(a) * ln, 37 + math.sin(a) * ln)
        cv.soft_poly((24, 14, 8), [(36 + math.cos(a + 0.2) * 10, 37 + math.sin(a + 0.2) * 10), tip,
                                   (36 + math.cos(a - 0.2) * 10, 37 + math.sin(a - 0.2) * 10)], 1.2, 130)
    cv.soft_circle((8, 6, 6), (36, 37), 12, 3.0, 200)

    burnt = Tones((58, 50, 50), outline=(8, 6, 6), dark_t=0.5, light_t=0.25)
    burnt_m = Tones((62, 30, 40), outline=(8, 4, 6), light_t=0.25)
    charcoal = Tones((34, 32, 34), outline=(6, 5, 5), light_t=0.2)

    # torso, still recognisable, with a blast hole glowing at its edges
    def tf(pts):
        return transform(pts, 18, 1, 0, (34, 36))

    chest = [(23.5, 29.0), (29.5, 24.0), (42.5, 25.6), (47.0, 31.0), (47.0, 41.0), (42.5, 46.4), (29.5, 48.0),
             (23.5, 43.0)]
    cel(cv, tf(chest), burnt_m, dark_w=2.0, light_w=0.8)
    cel(cv, tf([(28.0, 33.6), (44.5, 32.0), (46.4, 36.0), (44.5, 40.0), (28.0, 38.4)]), charcoal, ow=0.4,
        dark_w=1.0, light_w=0.5)
    hole = tf([(36.0, 38.5), (39.0, 36.5), (41.5, 38.0), (44.5, 37.5), (43.5, 41.5), (45.0, 44.0), (40.0, 44.5),
               (37.5, 42.5)])
    cv.poly((14, 8, 8), hole)
    cv.soft_poly((255, 110, 30), inset(hole, [1.2] * len(hole)) or hole, 0.8, 220)
    cv.poly((255, 190, 90), inset(hole, [2.2] * len(hole)) or hole)
    # thrown shoulder wedge, head, arm, broken rifle halves
    pad = [(46.0, 24.2), (42.5, 15.0), (31.0, 10.0), (15.5, 8.4), (24.5, 17.0), (25.5, 28.4), (39.5, 28.6)]
    cel(cv, transform(pad, -35, -6, -5, (30, 18), 0.8), burnt, dark_w=1.8, light_w=0.8)
    pad2 = transform(mirror_y(pad), 150, 12, 6, (30, 54), 0.65)
    cel(cv, pad2, burnt, dark_w=1.6, light_w=0.7)
    head = [(36.0, 33.0), (42.0, 29.6), (47.5, 30.8), (51.0, 34.0), (51.0, 38.0), (47.5, 41.2), (42.0, 42.4),
            (36.0, 39.0)]
    cel(cv, transform(head, 70, 14, 4, (43, 36), 0.85), burnt, dark_w=1.4, light_w=0.6)
    dead_eye = [(48.4, 33.0), (50.2, 34.0), (50.6, 38.2), (48.4, 39.0)]
    cv.poly((90, 16, 10), transform(dead_eye, 70, 14, 4, (43, 36), 0.85))
    rifle_a = [(0, -3.2), (13, -3.4), (15, -1), (12, 0.5), (14, 3.4), (0, 3.2)]
    cel(cv, transform(rifle_a, -20, 44, 54), charcoal, dark_w=1.2, light_w=0.6)
    rifle_b = [(0, -1.5), (7, -1.4), (9, -2.2), (10.5, 2.0), (7, 1.4), (-1, 1.5), (1, 0)]
    cel(cv, transform(rifle_b, 28, 8, 50), charcoal, dark_w=0.8, light_w=0.4)
    arm = [(0, 0), (10, -1.5), (12, 2.5), (2, 4.5)]
    cel(cv, transform(arm, 110, 52, 12), charcoal, dark_w=1.2, light_w=0.6)
    # small shards
    for _ in range(14):
        a = rng.uniform(0, math.tau)
        d = rng.uniform(16, 32)
        cx, cy = 36 + math.cos(a) * d, 37 + math.sin(a) * d * 0.9
        r = rng.uniform(0.8, 1.9)
        shard = [(cx + math.cos(a + k * 2.2 + rng.uniform(-0.3, 0.3)) * r * rng.uniform(0.6, 1.3),
                  cy + math.sin(a + k * 2.2 + rng.uniform(-0.3, 0.3)) * r * rng.uniform(0.6, 1.3)) for k in range(3)]
        cel(cv, shard, burnt if rng.random() < 0.6 else burnt_m, ow=0.3, dark_w=0.5, light_w=0.3)
    # smouldering embers in the cracks
    for p in [(33, 33), (37, 39), (35.5, 36), (45, 53.5), (26, 22), (47, 35)]:
        cv.soft_circle((255, 110, 30), p, 0.9, 0.9, 255)
        cv.circle((255, 200, 110), p, 0.4)
    shadow = cv.silhouette(100, 1.0)
    return cv.result(), shadow


# ==========================================================================
# EFFECTS
# ==========================================================================

def draw_bolt(w, h, halo, mid, core, core_len):
    cv = Canvas(w, h, matte=halo)
    cy = h / 2
    x0, x1 = 2.0, w - 2.0
    cv.soft_poly(halo, [(x0, cy - 1.8), (x1 - 2, cy - 2.2), (x1, cy), (x1 - 2, cy + 2.2), (x0, cy + 1.8)], 1.3, 200)
    cv.soft_poly(mid, [(x0 + 2, cy - 1.0), (x1 - 2, cy - 1.4), (x1, cy), (x1 - 2, cy + 1.4), (x0 + 2, cy + 1.0)],
                 0.5, 255)
    cx0 = x1 - core_len
    cv.poly(core, [(cx0, cy - 0.4), (x1 - 1.6, cy - 0.8), (x1 - 0.4, cy), (x1 - 1.6, cy + 0.8), (cx0, cy + 0.4)])
    return cv.result()


def draw_muzzle_flash():
    """Four-point star with a long forward spike (+x) and small diagonals."""
    cv = Canvas(24, 24, matte=(255, 200, 100))
    c = (9.0, 12.0)

    def star(spikes, waist):
        pts = []
        n = len(spikes)
        for i, ln in enumerate(spikes):
            a = i * math.tau / n
            pts.append((c[0] + math.cos(a) * ln, c[1] + math.sin(a) * ln))
            b = a + math.pi / n
            pts.append((c[0] + math.cos(b) * waist, c[1] + math.sin(b) * waist))
        return pts

    #          fwd  diag  side diag back diag side diag
    spikes = [14.5, 5.0, 8.5, 4.0, 4.0, 4.0, 8.5, 5.0]
    # yellow-white rather than orange so it pops against the ochre ground
    cv.soft_circle((255, 170, 50), c, 6.0, 2.0, 170)
    cv.soft_poly((255, 210, 90), star(spikes, 2.6), 0.7, 255)
    cv.poly((255, 236, 150), star([v * 0.8 for v in spikes], 1.7))
    cv.poly((255, 252, 230), star([v * 0.55 for v in spikes], 1.1))
    cv.soft_circle((255, 255, 240), c, 2.6, 0.6, 255)
    cv.circle((255, 255, 255), c, 1.6)
    return cv.result()


FIRE_RAMP = [
    (1.00, (255, 255, 246)),
    (0.85, (255, 240, 160)),
    (0.68, (255, 190, 70)),
    (0.50, (246, 120, 30)),
    (0.35, (190, 60, 20)),
    (0.22, (100, 40, 26)),
    (0.10, (62, 52, 48)),
    (0.00, (44, 40, 40)),
]


def fire_color(t):
    """White-hot -> yellow -> orange -> red -> smoke as temperature t falls."""
    t = sat(t)
    for (t1, c1), (t0, c0) in zip(FIRE_RAMP, FIRE_RAMP[1:]):
        if t >= t0:
            return mix(c0, c1, (t - t0) / (t1 - t0))
    return FIRE_RAMP[-1][1]


def draw_explosion():
    """8 frames: flash, growing fireball, cooling to smoke that breaks up."""
    rng = random.Random(1985)
    frames = 8
    strip = pygame.Surface((96 * frames, 96), pygame.SRCALPHA)
    strip.fill((0, 0, 0, 0))
    # one set of puffs shared by every frame so the motion is coherent
    puffs = []
    for _ in range(24):
        puffs.append(dict(a=rng.uniform(0, math.tau), d=rng.uniform(0.1, 1.0), r=rng.uniform(0.42, 0.75),
                          heat=rng.uniform(-0.12, 0.12), drift=rng.uniform(0.8, 1.15), life=rng.random()))
    sparks = [(rng.uniform(0, math.tau), rng.uniform(0.7, 1.0)) for _ in range(14)]
    c = (48.0, 48.0)
    limit = 45.0  # keep everything (incl. blur) inside the 96x96 frame
    for f in range(frames):
        t = f / (frames - 1)
        cv = Canvas(96, 96, matte=(70, 50, 40))
        radius = 11 + 27 * (1 - (1 - t) ** 2.2)        # fast growth, then slows
        heat = 1.15 - 1.25 * t                          # cools over the sequence
        fade = 1.0 if t < 0.55 else max(0.0, 1 - (t - 0.55) / 0.5)
        spread = 0.4 + 0.6 * t
        for p in sorted(puffs, key=lambda q: -q["d"]):
            # breaking up: in the late frames short-lived puffs vanish
            if t > 0.6 and p["life"] < (t - 0.6) * 1.6:
                continue
            d = p["d"] * radius * spread * p["drift"]
            pr = p["r"] * radius * (0.55 + 0.2 * t)
            blur = max(0.8, pr * 0.16)  # light blur keeps the billows lumpy
            over = d + pr + blur * 1.5 - limit
            if over > 0:
                d = max(0.0, d - over)
                pr = min(pr, limit - d - blur * 1.5)
            pc = (c[0] + math.cos(p["a"]) * d, c[1] + math.sin(p["a"]) * d - 5 * t * t)
            local = heat - p["d"] * 0.45 + p["heat"]
            col = fire_color(local)
            if local > 0.3:
                # fire billow: glowing body plus a hotter lobe toward the light
                cv.soft_circle(col, pc, pr, blur, 255 * fade)
                hot = fire_color(local + 0.18)
                cv.soft_circle(hot, (pc[0] - pr * 0.2, pc[1] - pr * 0.25), pr * 0.6, blur, 210 * fade)
            else:
                # smoke puffs get volume: dark body, lit upper-left cap
                cv.soft_circle(col, pc, pr, blur, 220 * fade)
                cap = mix(col, (150, 140, 130), 0.45)
                cv.soft_circle(cap, (pc[0] - pr * 0.25, pc[1] - pr * 0.3), pr * 0.55, blur * 0.8, 120 * fade)
        if heat > 0.3:  # hot core
            core_r = radius * (0.55 - 0.25 * t)
            cv.soft_circle(fire_color(heat), c, core_r, core_r * 0.5, 255)
            cv.soft_circle(fire_color(min(1.0, heat + 0.2)), c, core_r * 0.5, core_r * 0.3, 255)
        elif heat > 0.0:  # embers glowing through the smoke
            cv.soft_circle(fire_color(0.5), (c[0] + 2, c[1] + 1), radius * 0.3, radius * 0.2, 160 * heat / 0.3 + 40)
        if f <= 2:  # initial flash spikes
            for a, ln in sparks:
                L = min(limit, radius * (1.2 + 0.6 * f) * ln)
                tip = (c[0] + math.cos(a) * L, c[1] + math.sin(a) * L)
                base = (c[0] + math.cos(a) * L * 0.45, c[1] + math.sin(a) * L * 0.45)
                cv.line((255, 230, 150, int(230 - 60 * f)), base, tip, 0.9)
        elif f <= 4:  # flying sparks
            for a, ln in sparks[::2]:
                L = min(limit - 2, radius * 1.25 * ln + f * 2)
                cv.circle((255, 190, 90), (c[0] + math.cos(a) * L, c[1] + math.sin(a) * L), 0.8)
        strip.blit(cv.result(), (96 * f, 0))
    return strip


def draw_particles():
    strip = pygame.Surface((64, 16), pygame.SRCALPHA)
    strip.fill((0, 0, 0, 0))
    # 0 spark: bright tapered streak along x
    cv = Canvas(16, 16, matte=(255, 210, 90))
    cv.soft_poly((255, 190, 60), [(1.5, 8), (12, 6.6), (15, 8), (12, 9.4)], 1.0, 230)
    cv.poly((255, 250, 210), [(3.5, 8), (12, 7.3), (14.2, 8), (12, 8.7)])
    strip.blit(cv.result(), (0, 0))
    # 1 smoke puff: soft grey, lumpy, semi-transparent
    cv = Canvas(16, 16, matte=(120, 116, 112))
    for p, r, a in [((8, 8.5), 5.2, 130), ((6, 7), 3.4, 90), ((10.5, 7), 3.2, 80), ((8, 10.5), 3.0, 70)]:
        cv.soft_circle((126, 122, 118), p, r, 1.8, a)
    cv.soft_circle((168, 164, 158), (6.8, 6.6), 2.4, 1.4, 70)
    strip.blit(cv.result(), (16, 0))
    # 2 debris shard: dark metal sliver with a lit edge
    cv = Canvas(16, 16, matte=(20, 20, 26))
    cel(cv, [(3, 9.5), (9.5, 3.5), (13, 6.5), (10, 9), (7.5, 13)], Tones((86, 90, 104), outline=(14, 14, 20)),
        ow=0.5, dark_w=1.4, light_w=0.8)
    cv.line((200, 206, 216), (4.2, 9.2), (9.5, 4.6), 0.45)
    strip.blit(cv.result(), (32, 0))
    # 3 dust puff: ochre, soft
    cv = Canvas(16, 16, matte=(190, 130, 80))
    for p, r, a in [((8, 8.5), 5.4, 120), ((5.8, 7.5), 3.2, 70), ((10.8, 8.5), 3.0, 60)]:
        cv.soft_circle((196, 136, 84), p, r, 2.0, a)
    strip.blit(cv.result(), (48, 0))
    return strip


def draw_spark_hit():
    rng = random.Random(77)
    cv = Canvas(32, 32, matte=(255, 200, 100))
    c = (16.0, 16.0)
    cv.soft_circle((255, 150, 40), c, 6.5, 3.0, 200)
    rays = []
    for i in range(11):
        a = i * math.tau / 11 + rng.uniform(-0.2, 0.2)
        rays.append((a, rng.uniform(8, 14.5)))
    for a, ln in rays:
        tip = (c[0] + math.cos(a) * ln, c[1] + math.sin(a) * ln)
        side = 0.9
        pts = [(c[0] + math.cos(a + 1.57) * side, c[1] + math.sin(a + 1.57) * side), tip,
               (c[0] + math.cos(a - 1.57) * side, c[1] + math.sin(a - 1.57) * side)]
        cv.soft_poly((255, 180, 60), pts, 0.7, 255)
        cv.line((255, 248, 200), c, (c[0] + math.cos(a) * ln * 0.75, c[1] + math.sin(a) * ln * 0.75), 0.45)
    for _ in range(7):
        a, d = rng.uniform(0, math.tau), rng.uniform(9, 14)
        cv.circle((255, 220, 120), (c[0] + math.cos(a) * d, c[1] + math.sin(a) * d), 0.6)
    cv.soft_circle((255, 255, 230), c, 3.2, 1.0, 255)
    cv.circle((255, 255, 255), c, 1.8)
    return cv.result()


def soft_ring(cv, color, c, r, width, blur, alpha=255):
    """Blurred circle outline of the given width (final pixels)."""
    def draw(s, col, ox, oy):
        pygame.draw.circle(s, col, (c[0] * SS - ox, c[1] * SS - oy), (r + width / 2) * SS,
                           max(1, int(round(width * SS))))
    ro = r + width / 2
    cv._soft(color, (c[0] - ro, c[1] - ro, c[0] + ro, c[1] + ro), draw, blur, alpha, 1)


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


def draw_vmax_barrier():
    """V-MAX energy shell around the mech (additive): a thin bright ring, a
    haze that thickens toward the rim, and a bright bow arc on the east
    (leading) side with streaks sweeping back along the shell."""
    cv = Canvas(112, 112, matte=(0, 140, 255))
    c, r = (56.0, 56.0), 46.0
    cv.soft_circle((0, 90, 255), c, r - 6, 8.0, 28)
    soft_ring(cv, (0, 110, 255), c, r - 3.5, 7.0, 3.0, 100)
    soft_ring(cv, (0, 150, 255), c, r, 2.0, 1.2, 200)
    soft_ring(cv, (150, 235, 255), c, r, 0.7, 0.3, 220)
    # bow arc on the leading side: wide azure swell, cyan body, white edge
    cv.soft_poly((0, 140, 255), arc_band(c, r, -1.75, 1.75, 3.6, 2.6, taper=1.2), 1.8, 230)
    cv.soft_poly((110, 225, 255), arc_band(c, r, -1.2, 1.2, 1.8, 1.1, taper=1.5), 0.6, 255)
    cv.poly((240, 252, 255), arc_band(c, r + 0.3, -0.85, 0.85, 0.75, 0.55, taper=1.6))
    # streaks swept back along the shell, just outside it
    for a0, a1, dr, w in ((0.3, 1.6, 2.8, 0.8), (0.7, 2.1, 1.7, 0.6), (-0.35, -1.65, 2.6, 0.8),
                          (-0.75, -2.05, 1.6, 0.6), (0.05, 1.0, 4.3, 0.55), (-0.1, -1.05, 4.1, 0.55)):
        cv.soft_poly((60, 200, 255), arc_band(c, r + dr, a0, a1, w, w, n=24, taper=0.8), 0.4, 240)
    return cv.result()


MISSILE_WHITE = Tones((226, 230, 238), outline=(30, 34, 54), dark_t=0.36, light_t=0.7)
MISSILE_NOSE = Tones((150, 26, 30), outline=(40, 8, 12), light_t=0.35)


def draw_missile():
    """Calf missile, facing east: slim white body, blue band, dark-red nose,
    tiny cruciform fins at the tail (two show from above)."""
    cv = Canvas(22, 8, matte=(30, 34, 54))
    cy = 4.0
    for s_ in (-1, 1):
        fin = [(3.0, cy + s_ * 0.9), (6.4, cy + s_ * 0.9), (5.0, cy + s_ * 2.6), (2.6, cy + s_ * 2.6)]
        cel(cv, fin, LZ_BLUE if s_ < 0 else LZ_NAVY, ow=0.35, dark_w=0.5, light_w=0.3)
    cel(cv, rect_pts(1.6, cy - 0.9, 2.0, 1.8), LZ_GUN, ow=0.35, dark_w=0.4, light_w=0.3)
    body = [(3.0, cy - 1.3), (15.8, cy - 1.3), (15.8, cy + 1.3), (3.0, cy + 1.3)]
    cel(cv, body, MISSILE_WHITE, ow=0.4, dark_w=0.8, light_w=0.5)
    nose = [(15.4, cy - 1.3), (18.2, cy - 1.0), (20.6, cy), (18.2, cy + 1.0), (15.4, cy + 1.3)]
    cel(cv, nose, MISSILE_NOSE, ow=0.4, dark_w=0.6, light_w=0.4)
    cv.poly(LZ_BLUE.mid, [(7.2, cy - 0.95), (8.8, cy - 0.95), (8.8, cy + 0.95), (7.2, cy + 0.95)])
    cv.poly(LZ_BLUE.light, [(7.2, cy - 0.95), (8.8, cy - 0.95), (8.8, cy - 0.45), (7.2, cy - 0.45)])
    cv.line((255, 255, 255, 200), (4.0, cy - 0.55), (14.8, cy - 0.55), 0.35)
    shadow = cv.silhouette(110, 0.4)
    return cv.result(), shadow


def draw_missile_flame():
    """Exhaust pointing west (behind a missile facing east), additive: a
    white-yellow core at the nozzle (east end), swelling a little, then an
    orange tail tapering west; everything fades out before the frame."""
    cv = Canvas(16, 8, matte=(255, 120, 30))
    cy = 4.0
    cv.soft_poly((255, 80, 16), [(14.2, cy - 1.2), (10.8, cy - 1.9), (6.0, cy - 1.4), (1.6, cy), (6.0, cy + 1.4),
                                 (10.8, cy + 1.9), (14.2, cy + 1.2)], 0.9, 220)
    cv.soft_poly((255, 170, 50), [(14.4, cy - 0.9), (11.3, cy - 1.2), (4.5, cy), (11.3, cy + 1.2),
                                  (14.4, cy + 0.9)], 0.5, 255)
    cv.poly((255, 244, 190), [(14.4, cy - 0.6), (11.8, cy - 0.7), (8.0, cy), (11.8, cy + 0.7), (14.4, cy + 0.6)])
    cv.soft_circle((255, 255, 240), (13.9, cy), 0.9, 0.5, 255)
    return cv.result()


def draw_knuckle_wave():
    """Knuckle shot (additive): a punch shockwave, an azure-white crescent
    bulging east with speed streaks trailing west from it."""
    rng = random.Random(5150)
    cv = Canvas(48, 48, matte=(0, 150, 255))
    c, r = (10.0, 24.0), 28.0
    # pressure haze behind the front
    cv.soft_poly((0, 90, 255), arc_band(c, r - 4, -0.74, 0.74, 3.0, 10.0, taper=0.7), 3.0, 150)
    cv.soft_poly((0, 140, 255), arc_band(c, r, -0.8, 0.8, 2.6, 5.0, taper=0.9), 1.4, 235)
    # streaks: uneven spacing and length, longest near the axis
    y = 7.5
    while y < 40.5:
        dy = y - c[1]
        front = c[0] + math.sqrt(max(0.0, (r - 2.5) ** 2 - dy * dy)) - rng.uniform(0.5, 2.5)
        ln = rng.uniform(8.0, 20.0) * (1.0 - (abs(dy) / 19.0) ** 2)
        wdt = rng.uniform(0.35, 0.65)
        if ln > 3.0:
            cv.soft_poly((80, 200, 255), [(front, y - wdt), (front - ln, y), (front, y + wdt), (front + 1.5, y)],
                         0.35, 240)
        y += rng.uniform(2.0, 4.6)
    cv.soft_poly((130, 230, 255), arc_band(c, r + 0.4, -0.72, 0.72, 1.4, 2.0, taper=1.1), 0.6, 255)
    cv.poly((246, 253, 255), arc_band(c, r + 0.7, -0.58, 0.58, 0.6, 0.7, taper=1.3))
    return cv.result()


def draw_telegraph():
    """Enemy shot telegraph (additive): a red-orange lens-flare glint, small
    white core, four-point star with long horizontal arms."""
    cv = Canvas(28, 28, matte=(255, 60, 20))
    c = (14.0, 14.0)
    cv.soft_circle((255, 40, 10), c, 4.0, 3.0, 170)
    soft_ring(cv, (255, 70, 20), c, 6.5, 0.5, 0.5, 70)
    cv.soft_poly((255, 60, 14), star_pts(c, [12.0, 5.8, 12.0, 5.8], 1.6), 0.7, 255)
    cv.soft_poly((255, 150, 60), star_pts(c, [10.0, 4.4, 10.0, 4.4], 0.9), 0.35, 255)
    cv.poly((255, 236, 200), star_pts(c, [6.5, 2.8, 6.5, 2.8], 0.5))
    cv.soft_circle((255, 220, 170), c, 1.8, 0.8, 255)
    cv.circle((255, 255, 250), c, 1.1)
    return cv.result()


def draw_deflect():
    """Barrier deflection (additive): an azure-white ring with thin sparks
    bursting outward from it and a bright centre."""
    rng = random.Random(6060)
    cv = Canvas(32, 32, matte=(0, 150, 255))
    c = (16.0, 16.0)
    cv.soft_circle((0, 90, 255), c, 7.0, 3.5, 140)
    soft_ring(cv, (0, 140, 255), c, 8.5, 2.0, 1.2, 220)
    soft_ring(cv, (190, 240, 255), c, 8.5, 0.6, 0.25, 255)
    for i in range(9):
        a = i * math.tau / 9 + rng.uniform(-0.25, 0.25)
        r0, r1 = rng.uniform(6.0, 8.5), rng.uniform(11.0, 15.0)
        side = rng.uniform(0.35, 0.5)
        tip = (c[0] + math.cos(a) * r1, c[1] + math.sin(a) * r1)
        nx, ny = -math.sin(a) * side, math.cos(a) * side
        base = (c[0] + math.cos(a) * r0, c[1] + math.sin(a) * r0)
        cv.soft_poly((60, 190, 255), [(base[0] + nx, base[1] + ny), tip, (base[0] - nx, base[1] - ny)], 0.3, 255)
        cv.line((220, 248, 255), base, (c[0] + math.cos(a) * (r0 + r1) / 2, c[1] + math.sin(a) * (r0 + r1) / 2),
                0.3)
    for _ in range(6):
        a, d = rng.uniform(0, math.tau), rng.uniform(11.5, 14.5)
        cv.circle((150, 230, 255), (c[0] + math.cos(a) * d, c[1] + math.sin(a) * d), 0.45)
    cv.soft_circle((160, 235, 255), c, 2.6, 1.2, 255)
    cv.circle((255, 255, 255), c, 1.2)
    return cv.result()


def draw_steam():
    """Steam puff (normal alpha): soft white, round and lumpy with thin wisps
    curling off its rim.  The shape is drawn as density only, then every
    pixel is coloured by a light ramp (white upper left, cool grey lower
    right), so thin translucent wisps get no dark fringes."""
    rng = random.Random(8080)
    cv = Canvas(24, 24, matte=(255, 255, 255))
    white = (255, 255, 255)
    c = (12.0, 12.2)
    cv.soft_circle(white, c, 5.8, 2.4, 130)
    for i in range(7):  # lumps around the rim
        a = i * math.tau / 7 + rng.uniform(-0.3, 0.3)
        d = rng.uniform(3.2, 4.6)
        cv.soft_circle(white, (c[0] + math.cos(a) * d, c[1] + math.sin(a) * d), rng.uniform(2.4, 3.4), 1.6,
                       rng.uniform(60, 95))
    for i in range(3):  # soft wisps curling off the rim
        a = i * math.tau / 3 + 0.9 + rng.uniform(-0.3, 0.3)
        arc = arc_band(c, 6.6, a, a + 0.9, 0.9, 0.9, n=12, taper=0.7)
        cv.soft_poly(white, arc, 0.6, 70)
    cv.soft_circle(white, (10.4, 10.2), 3.6, 2.0, 60)  # denser, lit cap
    img = cv.result()
    for y in range(24):
        for x in range(24):
            a = img.get_at((x, y))[3]
            # position along the light: +1 toward the light (upper left), -1 away
            t = ((x + 0.5 - c[0]) * LIGHT[0] + (y + 0.5 - c[1]) * LIGHT[1]) / 7.0
            img.set_at((x, y), (*mix((168, 174, 186), (252, 252, 250), smoothstep(-1.0, 0.8, t)), a))
    return img


def draw_part_spark():
    """Precise hit on an arm or a leg (additive): a sharp orange-white
    four-point glint, shorter diagonal rays and a few flying chips."""
    rng = random.Random(7171)
    cv = Canvas(24, 24, matte=(255, 190, 90))
    c = (12.0, 12.0)
    rot = 0.32
    cv.soft_circle((255, 120, 30), c, 4.4, 2.2, 190)
    arms = [10.4, 4.6, 8.2, 4.6, 10.4, 4.6, 8.2, 4.6]
    cv.soft_poly((255, 150, 40), star_pts(c, arms, 1.5, rot), 0.6, 255)
    cv.soft_poly((255, 214, 110), star_pts(c, [v * 0.72 for v in arms], 0.9, rot), 0.3, 255)
    cv.poly((255, 250, 226), star_pts(c, [v * 0.45 for v in arms], 0.5, rot))
    for i in range(5):  # chips thrown off the armour, as short streaks
        a = rot + 0.5 + i * math.tau / 5 + rng.uniform(-0.25, 0.25)
        d0, d1 = rng.uniform(5.5, 6.5), rng.uniform(8.0, 9.4)
        cv.line((255, 190, 80), (c[0] + math.cos(a) * d0, c[1] + math.sin(a) * d0),
                (c[0] + math.cos(a) * d1, c[1] + math.sin(a) * d1), 0.45)
    cv.soft_circle((255, 255, 236), c, 2.0, 0.8, 255)
    cv.circle((255, 255, 255), c, 1.1)
    return cv.result()


# --------------------------------------------------------------------------
# Escape pod of a disabled Gradosian machine's pilot
# --------------------------------------------------------------------------

POD_GLASS = Tones((136, 44, 62), outline=(22, 6, 12), light_t=0.45)


def draw_pilot_pod():
    """Ejected pilot capsule from above, facing east: a maroon egg with a
    gunmetal nose cone, smoky red canopy, two tail fins, a rescue beacon,
    and a small thruster glow at its back (west).  Laid out small, then
    scaled up about the frame's centre to fill it."""
    cv = Canvas(24, 24, matte=(12, 10, 16))
    cy = 12.0

    def t(pts):
        return transform(pts, 0.0, 0.7, 0.0, (12.0, 12.0), 1.18)

    def tp(p):
        return t([p])[0]

    for s_ in (-1, 1):  # tail fins swept back
        fin = [(7.8, cy + s_ * 2.6), (10.4, cy + s_ * 3.6), (7.0, cy + s_ * 6.4), (5.2, cy + s_ * 6.0)]
        cel(cv, t(fin), DS_METAL, ow=0.45, dark_w=0.7, light_w=0.45)
    cel(cv, t([(4.6, cy - 1.9), (6.8, cy - 2.4), (6.8, cy + 2.4), (4.6, cy + 1.9)]), DS_CHAR, ow=0.4, dark_w=0.5,
        light_w=0.3)
    cv.poly((24, 8, 8), t([(4.8, cy - 1.1), (5.4, cy - 1.2), (5.4, cy + 1.2), (4.8, cy + 1.1)]))
    body = ellipse_pts(12.4, cy, 7.4, 4.7, 24)
    cel(cv, t(body), DS_MAROON, ow=0.5, dark_w=1.4, light_w=0.9)
    # gunmetal nose cone, a seam ring behind the canopy
    nose = sorted((p for p in body if p[0] > 16.4), key=lambda p: math.atan2(p[1] - cy, p[0] - 12.4))
    cel(cv, t([(16.4, cy - 4.0)] + nose + [(16.4, cy + 4.0)]), DS_METAL, ow=0.4, dark_w=0.9, light_w=0.55)
    panel_line(cv, tp((8.8, cy - 3.9)), tp((8.8, cy + 3.9)), DS_MAROON.outline, DS_MAROON.light, 0.3)
    # canopy bubble with a glint: the pilot is inside
    cel(cv, t(ellipse_pts(13.0, cy, 3.0, 2.5, 16)), POD_GLASS, ow=0.45, dark_w=0.9, light_w=0.45)
    cv.line((255, 200, 200), tp((12.0, cy - 1.4)), tp((13.8, cy - 1.5)), 0.45)
    cv.circle((255, 238, 232), tp((12.2, cy - 0.6)), 0.3)
    # rescue beacon on the spine behind the canopy
    cv.circle((40, 20, 10), tp((9.4, cy)), 0.85)
    cv.circle((255, 186, 70), tp((9.4, cy)), 0.5)
    shadow = cv.silhouette(110, 0.8)
    # thruster glow at the back
    back = tp((4.6, cy))
    cv.soft_circle((255, 110, 30), (back[0] - 0.8, cy), 2.2, 1.2, 220)
    cv.soft_poly((255, 170, 60), [(back[0], cy - 1.1), (back[0] - 2.8, cy), (back[0], cy + 1.1)], 0.4, 255)
    cv.circle((255, 246, 210), (back[0] - 0.3, cy), 0.55)
    return cv.result(), shadow


# ==========================================================================
# HUD: the cockpit AIs' emblems
# ==========================================================================

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


# ==========================================================================
# TILESET: palette and shared helpers
# ==========================================================================

OCHRE = (178, 106, 60)
RUST = (150, 70, 40)
SIENNA = (128, 60, 34)
SAND = (214, 166, 114)
UMBER = (74, 42, 28)
ROCK = Tones((150, 76, 46), outline=(46, 20, 14), dark_t=0.5, light_t=0.4)
ROCK_DARK = Tones((118, 58, 38), outline=(40, 18, 12), dark_t=0.5, light_t=0.38)

GROUND_FIELD = Fbm(101)          # shared by every ground tile: identical at the edges


def ground_color(x, y, rng, base=OCHRE):
    """Base Mars ground: shared low-frequency mottling + fine grain."""
    v = (GROUND_FIELD(x + 0.5, y + 0.5) - 0.5) * 0.16 + rng.uniform(-0.035, 0.035)
    return [c * (1 + v) for c in base]


def finish_px(c):
    return (clamp8(c[0]), clamp8(c[1]), clamp8(c[2]), 255)


def tile_canvas(matte=(40, 24, 16)):
    return Canvas(TILE, TILE, matte)


def cast_shadow(cv, pts, offset=(2.2, 2.6), alpha=120, blur=1.6):
    """Soft ground shadow of an object's footprint, offset down-right."""
    moved = [(x + offset[0], y + offset[1]) for x, y in pts]
    cv.soft_poly((20, 10, 6), moved, blur, alpha)


def rock_poly(rng, cx, cy, r, n=9, squash=1.0, jag=0.25, rot=0.0):
    pts = []
    for i in range(n):
        a = rot + i * math.tau / n + rng.uniform(-0.25, 0.25) * math.tau / n
        rr = r * (1 - jag + jag * rng.random())
        pts.append((cx + math.cos(a) * rr, cy + math.sin(a) * rr * squash))
    return pts


def faceted_rock(cv, pts, tones, top_scale=0.5, top_shift=(-0.12, -0.16), contrast=1.0, outline_w=0.5):
    """Low-poly rock: a flat top facet and side facets lit by their direction."""
    cx = sum(p[0] for p in pts) / len(pts)
    cy = sum(p[1] for p in pts) / len(pts)
    r = max(math.hypot(p[0] - cx, p[1] - cy) for p in pts)
    tx, ty = cx + top_shift[0] * r, cy + top_shift[1] * r
    top = [(tx + (x - cx) * top_scale, ty + (y - cy) * top_scale) for x, y in pts]
    cv.poly(tones.outline, [(x, y) for x, y in pts])
    inner = inset(pts, [outline_w] * len(pts)) or pts
    n = len(pts)
    for i in range(n):
        j = (i + 1) % n
        quad = [inner[i], inner[j], top[j], top[i]]
        mx, my = (inner[i][0] + inner[j][0]) / 2 - tx, (inner[i][1] + inner[j][1]) / 2 - ty
        ln = math.hypot(mx, my) or 1
        lit = (mx * LIGHT[0] + my * LIGHT[1]) / ln * contrast
        if lit >= 0:
            col = mix(tones.mid, tones.light, sat(lit) * 0.9)
        else:
            col = mix(tones.mid, tones.dark, sat(-lit) * 1.0)
        cv.poly(col, quad)
    cv.poly(mix(tones.mid, tones.light, 0.35), top)
    return top


def speckle(cv, rng, area, count, colors, r=(0.3, 0.6)):
    x0, y0, x1, y1 = area
    for _ in range(count):
        cv.circle(rng.choice(colors), (rng.uniform(x0, x1), rng.uniform(y0, y1)), rng.uniform(*r))


# --------------------------------------------------------------------------
# Row 0: ground (opaque, seamless)
# --------------------------------------------------------------------------

def ground_base(seed, fn=None, base=OCHRE):
    """Per-pixel ground; fn(x, y, col, rng) may modify the colour list."""
    rng = random.Random(seed)

    def px(x, y):
        col = ground_color(x, y, rng, base)
        if fn:
            col = fn(x, y, col, rng)
        return finish_px(col)

    return pixel_surface(TILE, px)


def blob_fn(seed, target, strength, lo=0.4, hi=0.7):
    """Feature: irregular drift of `target` colour, faded out at the edges."""
    field = Fbm(seed)

    def fn(x, y, col, rng):
        w = smoothstep(lo, hi, field(x + 0.5, y + 0.5)) * center_window(x, y) * strength
        return [c + (t - c) * w for c, t in zip(col, target)]

    return fn


def overlay(surf, cv):
    out = surf.copy()
    out.blit(cv.result(), (0, 0))
    return out


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
    return ground_base(1300, blob_fn(1301, (118, 66, 40), 0.48, 0.3, 0.62))


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
    return ground_base(1600, blob_fn(1601, SAND, 0.5, 0.3, 0.62))


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


# --------------------------------------------------------------------------
# Row 1: decorations (transparent, drawn over ground)
# --------------------------------------------------------------------------

def deco_pebbles():
    rng = random.Random(2000)
    cv = tile_canvas()
    spots = [(8, 9), (20, 7), (14, 16), (24, 19), (7, 23), (18, 26), (27, 11), (11, 13)]
    for x, y in spots:
        r = rng.uniform(1.2, 2.3)
        pts = rock_poly(rng, x, y, r, 6, 0.8, 0.3)
        cast_shadow(cv, pts, (0.7, 0.9), 110, 0.5)
        faceted_rock(cv, pts, ROCK if rng.random() < 0.5 else ROCK_DARK, 0.45, outline_w=0.35)
    return cv.result()


def deco_small_rock():
    rng = random.Random(2100)
    cv = tile_canvas()
    pts = rock_poly(rng, 15, 15, 7.5, 9, 0.85, 0.22)
    cast_shadow(cv, pts, (1.8, 2.2), 120, 1.2)
    faceted_rock(cv, pts, ROCK, 0.5)
    peb = rock_poly(rng, 24, 22, 2.0, 6, 0.8)
    cast_shadow(cv, peb, (0.7, 0.9), 100, 0.5)
    faceted_rock(cv, peb, ROCK_DARK, 0.45, outline_w=0.35)
    return cv.result()


def crater(cv, cx, cy, r, strength=1.0):
    """Translucent crater decal so it sits on any ground colour: raised rim
    lit on the upper-left outside, inner bowl shadowed upper-left, lit
    lower-right."""
    a = strength
    cv.soft_circle((60, 30, 18), (cx + 0.6, cy + 0.8), r * 1.12, r * 0.12, 90 * a)
    cv.soft_circle((236, 190, 140), (cx - 0.5, cy - 0.6), r * 1.02, r * 0.08, 120 * a)
    cv.soft_circle((84, 44, 26), (cx, cy), r * 0.86, r * 0.06, 200 * a)
    cv.soft_circle((200, 130, 80), (cx + r * 0.18, cy + r * 0.22), r * 0.64, r * 0.14, 170 * a)
    cv.soft_circle((120, 66, 40), (cx + r * 0.08, cy + r * 0.1), r * 0.4, r * 0.14, 150 * a)


def deco_small_crater():
    cv = tile_canvas()
    crater(cv, 16, 16, 8.5)
    return cv.result()


def tread_marks(vertical):
    cv = tile_canvas()
    for c0 in (8.0, 19.0):
        # band spans the whole tile so runs of this tile join up;
        # cleat spacing of 4 px divides 32 so the pattern is periodic
        band = rect_pts(0, c0, 32, 5)
        cv.poly((70, 36, 20, 70), band if not vertical else [(y, x) for x, y in band])
        for k in range(8):
            x = k * 4 + 0.6
            cleat = [(x, c0 + 0.6), (x + 1.6, c0 + 0.6), (x + 2.3, c0 + 2.5), (x + 1.6, c0 + 4.4),
                     (x, c0 + 4.4), (x + 0.7, c0 + 2.5)]
            lip = [(x + 1.6, c0 + 0.6), (x + 2.3, c0 + 0.6), (x + 3.0, c0 + 2.5), (x + 2.3, c0 + 4.4),
                   (x + 1.6, c0 + 4.4), (x + 2.3, c0 + 2.5)]
            if vertical:
                cleat, lip = [(y, x_) for x_, y in cleat], [(y, x_) for x_, y in lip]
            cv.poly((60, 30, 16, 110), cleat)
            cv.poly((236, 186, 130, 60), lip)
    return cv.result()


def deco_scorch():
    rng = random.Random(2300)
    cv = tile_canvas(matte=(20, 12, 8))
    cv.soft_circle((24, 14, 10), (16, 16), 11.5, 3.0, 170)
    for i in range(11):
        a = i * math.tau / 11 + rng.uniform(-0.2, 0.2)
        ln = rng.uniform(11, 14.5)
        cv.soft_poly((30, 16, 10), [(16 + math.cos(a + 0.3) * 6, 16 + math.sin(a + 0.3) * 6),
                                    (16 + math.cos(a) * ln, 16 + math.sin(a) * ln),
                                    (16 + math.cos(a - 0.3) * 6, 16 + math.sin(a - 0.3) * 6)], 0.8, 150)
    cv.soft_circle((10, 6, 6), (16, 16), 5.5, 2.0, 200)
    speckle(cv, rng, (6, 6, 26, 26), 14, [(16, 10, 8, 200), (60, 40, 30, 160)], (0.3, 0.7))
    return cv.result()


METAL_WHITE = Tones((202, 206, 212), outline=(36, 38, 46), dark_t=0.4, light_t=0.6)
METAL_GREY = Tones((120, 126, 136), outline=(26, 28, 34))
METAL_DARK = Tones((72, 76, 86), outline=(16, 16, 22))
UN_BLUE = Tones((92, 142, 200), outline=(20, 34, 60))


def deco_debris():
    rng = random.Random(2400)
    cv = tile_canvas(matte=(24, 24, 30))
    parts = [((9, 8.5), 5.2, METAL_WHITE), ((23, 8), 3.8, METAL_GREY), ((16.5, 19.5), 5.6, METAL_GREY),
             ((26, 23.5), 4.0, UN_BLUE), ((7, 24), 3.6, METAL_DARK), ((18, 28), 2.6, METAL_WHITE)]
    for (x, y), r, tones in parts:
        pts = rock_poly(rng, x, y, r, rng.choice((4, 5)), rng.uniform(0.5, 0.8), 0.3, rng.uniform(0, 3))
        cast_shadow(cv, pts, (0.8, 1.0), 120, 0.5)
        cel(cv, pts, tones, ow=0.4, dark_w=1.0, light_w=0.6)
    # a bent strip of metal
    strip = [(4, 15), (9, 14), (12, 16.5), (11.6, 17.6), (8.6, 15.6), (4.2, 16.3)]
    cast_shadow(cv, strip, (0.8, 1.0), 120, 0.5)
    cel(cv, strip, METAL_GREY, ow=0.35, dark_w=0.6, light_w=0.4)
    for _ in range(6):
        cv.circle(METAL_GREY.dark, (rng.uniform(4, 28), rng.uniform(4, 28)), 0.4)
    return cv.result()


def deco_cable():
    cv = tile_canvas(matte=(20, 20, 24))
    # pipe segment: cylinder shading in three bands along its length
    a, b = (3.5, 24.0), (19.0, 12.5)
    dx, dy = b[0] - a[0], b[1] - a[1]
    ln = math.hypot(dx, dy)
    nx, ny = -dy / ln, dx / ln
    r = 2.6
    body = [(a[0] + nx * r, a[1] + ny * r), (b[0] + nx * r, b[1] + ny * r), (b[0] - nx * r, b[1] - ny * r),
            (a[0] - nx * r, a[1] - ny * r)]
    cast_shadow(cv, body, (1.4, 1.7), 120, 0.9)
    cv.poly(METAL_GREY.outline, body)
    for t0, t1, col in ((-0.85, 0.85, METAL_GREY.dark), (-0.85, 0.3, METAL_GREY.mid), (-0.7, -0.2, METAL_GREY.light)):
        cv.poly(col, [(a[0] + nx * r * t0, a[1] + ny * r * t0), (b[0] + nx * r * t0, b[1] + ny * r * t0),
                      (b[0] + nx * r * t1, b[1] + ny * r * t1), (a[0] + nx * r * t1, a[1] + ny * r * t1)])
    # clamp band and torn, jagged end
    for t in (0.3,):
        p = (a[0] + dx * t, a[1] + dy * t)
        cv.line(METAL_DARK.mid, (p[0] + nx * r, p[1] + ny * r), (p[0] - nx * r, p[1] - ny * r), 1.1)
    tear = [(b[0] + nx * r, b[1] + ny * r), (b[0] + 1.2 + nx * 1.2, b[1] - 0.4 + ny * 1.2), (b[0] + 0.2, b[1] + 0.3),
            (b[0] + 1.4 - nx * 1.0, b[1] - 0.1 - ny * 1.0), (b[0] - nx * r, b[1] - ny * r)]
    cv.poly(METAL_GREY.outline, tear)
    cv.ellipse((14, 12, 14), b[0] - 0.3, b[1], 1.6, 1.9, math.atan2(dy, dx))
    # loose cable curling out of the pipe, with bare copper strands
    cable = [(b[0] + 0.6, b[1] + 0.2), (22.5, 10.5), (26.5, 12.5), (27.5, 17.5), (24.0, 21.0), (25.5, 26.5)]
    cv.polyline((22, 12, 16, 120), [(x + 0.8, y + 1.0) for x, y in cable], 1.5)
    cv.polyline((28, 28, 34), cable, 1.4)
    cv.polyline((90, 90, 104), [(x - 0.3, y - 0.35) for x, y in cable[1:]], 0.45)
    end = cable[-1]
    cv.line((235, 160, 70), end, (end[0] + 1.2, end[1] + 1.6), 0.45)
    cv.line((255, 200, 120), end, (end[0] - 0.6, end[1] + 1.9), 0.4)
    cv.poly(RED, [(end[0] - 0.8, end[1] - 0.5), (end[0] + 0.8, end[1] - 0.5), (end[0] + 0.7, end[1] + 0.4),
                  (end[0] - 0.7, end[1] + 0.4)])
    return cv.result()


# --------------------------------------------------------------------------
# Row 2: solid obstacles (transparent, own shadow)
# --------------------------------------------------------------------------

def obst_boulder():
    rng = random.Random(3000)
    cv = tile_canvas()
    pts = rock_poly(rng, 15.0, 15.0, 13.2, 11, 0.92, 0.16)
    cast_shadow(cv, pts, (2.6, 3.0), 140, 1.8)
    faceted_rock(cv, pts, ROCK, 0.55)
    # crack across the top facet
    cv.polyline(ROCK.outline, [(11, 10), (14, 13.5), (13.5, 17), (16.5, 20)], 0.45)
    cv.polyline(ROCK.light, [(11.3, 9.6), (14.4, 13.1)], 0.3)
    return cv.result()


def obst_boulder_cluster():
    rng = random.Random(3100)
    cv = tile_canvas()
    rocks = [(10.5, 11.5, 8.2, ROCK), (21.5, 19.0, 7.4, ROCK_DARK), (9.5, 23.5, 5.4, ROCK),
             (23.5, 8.5, 4.4, ROCK_DARK)]
    polys = [(rock_poly(rng, x, y, r, 9, 0.9, 0.2), t) for x, y, r, t in rocks]
    for pts, _ in polys:
        cast_shadow(cv, pts, (2.0, 2.4), 120, 1.4)
    for pts, tones in sorted(polys, key=lambda p: sum(q[1] for q in p[0])):
        faceted_rock(cv, pts, tones, 0.5)
    return cv.result()


def obst_outcrop():
    """Stepped strata: stacked slabs, each smaller and higher (lighter)."""
    rng = random.Random(3200)
    cv = tile_canvas()
    base = rock_poly(rng, 16, 16.5, 14.2, 12, 0.82, 0.12, 0.1)
    cast_shadow(cv, base, (2.2, 2.6), 140, 1.6)
    faceted_rock(cv, base, ROCK_DARK, 0.82, (-0.05, -0.06))
    mid = rock_poly(rng, 14.5, 14.5, 9.6, 10, 0.85, 0.15)
    cast_shadow(cv, mid, (1.0, 1.2), 90, 0.8)
    faceted_rock(cv, mid, ROCK, 0.76, (-0.05, -0.08))
    top = rock_poly(rng, 13, 13, 5.2, 8, 0.9, 0.18)
    cast_shadow(cv, top, (0.8, 1.0), 90, 0.6)
    faceted_rock(cv, top, Tones(mix(ROCK.mid, SAND, 0.25), outline=ROCK.outline), 0.6)
    return cv.result()


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
    shadow = [(x + 3.8 + (x - 15.5) * 0.2, y + 4.4 + (y - 15.5) * 0.2) for x, y in pts]
    cv.soft_poly((20, 10, 6), shadow, 1.6, 150)
    cv.poly(ROCK.outline, pts)
    inner = inset(pts, [0.5] * n) or pts
    for i in range(n):
        j = (i + 1) % n
        mx, my = (inner[i][0] + inner[j][0]) / 2 - peak[0], (inner[i][1] + inner[j][1]) / 2 - peak[1]
        ln = math.hypot(mx, my) or 1
        lit = (mx * LIGHT[0] + my * LIGHT[1]) / ln
        # ridge facets alternate: one side of each ridge catches more light
        lit += 0.25 if i % 2 == 0 else -0.25
        col = mix(ROCK.mid, ROCK.light, sat(lit) * 0.95) if lit >= 0 else mix(ROCK.mid, ROCK.dark, sat(-lit * 1.2))
        cv.poly(col, [peak, inner[i], inner[j]])
    for i in range(0, n, 2):
        cv.line(mix(ROCK.light, (255, 240, 220), 0.3), peak, inner[i], 0.3)
    cv.circle(mix(ROCK.light, (255, 240, 220), 0.5), peak, 0.7)
    return cv.result()


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
    cast_shadow(cv, hull, (2.4, 2.8), 150, 1.6)
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
    return cv.result()


def obst_wing():
    rng = random.Random(3500)
    cv = tile_canvas(matte=(30, 30, 36))
    wing = [(2.5, 6.5), (8.5, 4.0), (12.0, 6.0), (30.0, 21.0), (30.0, 26.0), (19.0, 27.5), (6.5, 28.5), (4.5, 24.0),
            (6.5, 21.0), (3.5, 18.5), (5.5, 14.5), (2.0, 11.0)]
    cast_shadow(cv, wing, (2.0, 2.4), 140, 1.5)
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
    return cv.result()


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
    cast_shadow(cv, footprint, (1.8, 2.2), 130, 1.2)
    crate(cv, 2.5, 16.0, 13.5, 13.0, crate_d, False)
    crate(cv, 16.5, 15.0, 13.0, 14.5, crate_d, True)
    crate(cv, 14.5, 3.0, 15.0, 11.5, crate_d, False)
    # the top crate sits one level higher: bigger shadow, brighter
    top = [(4.0, 5.0), (20.5, 5.0), (20.5, 20.5), (4.0, 20.5)]
    cast_shadow(cv, top, (2.2, 2.6), 150, 1.2)
    crate(cv, 4.0, 5.0, 16.5, 15.5, crate_t, True)
    cv.poly(YELLOW, [(5.8, 18.3), (9.0, 18.3), (9.0, 19.0), (5.8, 19.0)])
    return cv.result()


def obst_fuel_tank():
    """Horizontal cylinder on two saddles: shading in bands across y."""
    cv = tile_canvas(matte=(30, 30, 36))
    x0, x1, y0, y1 = 3.0, 29.0, 7.0, 24.5
    outline = [(x0 + 3, y0), (x1 - 3, y0), (x1, y0 + 4), (x1, y1 - 4), (x1 - 3, y1), (x0 + 3, y1), (x0, y1 - 4),
               (x0, y0 + 4)]
    cast_shadow(cv, outline, (2.2, 2.6), 140, 1.5)
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
    return cv.result()


# --------------------------------------------------------------------------
# Row 3: base floor (opaque, each tile is one plate, so they grid nicely)
# --------------------------------------------------------------------------

DECK = (96, 102, 112)
DECK_NOISE = Fbm(4000, ((8, 0.6), (16, 0.4)))


def deck_plate(base=DECK, seed=4001, bolts=True, texture=True):
    """Steel plate: brushed noise, bevel at the plate edges, corner bolts."""
    rng = random.Random(seed)

    def px(x, y):
        v = (DECK_NOISE(x + 0.5, y + 0.5) - 0.5) * 0.08 + rng.uniform(-0.02, 0.02)
        return finish_px([c * (1 + v) for c in base])

    cv = tile_canvas(matte=base)
    cv.surf = upscale(pixel_surface(TILE, px))
    hi, lo = mix(base, (230, 236, 244), 0.35), mix(base, (16, 18, 24), 0.55)
    cv.poly(hi, [(0, 0), (32, 0), (31, 1), (1, 1), (1, 31), (0, 32)])
    cv.poly(lo, [(32, 0), (32, 32), (0, 32), (1, 31), (31, 31), (31, 1)])
    if texture:
        # raised anti-slip studs, offset rows like real tread plate
        for j in range(4):
            for i in range(4):
                cx, cy = 4.5 + i * 7.7 + (1.9 if j % 2 else 0), 4.5 + j * 7.7
                if cx < 29:
                    cv.line(mix(base, (20, 22, 28), 0.35), (cx - 0.6, cy + 0.9), (cx + 1.4, cy - 0.3), 0.6)
                    cv.line(mix(base, (220, 226, 236), 0.18), (cx - 0.8, cy + 0.5), (cx + 1.2, cy - 0.7), 0.45)
    if bolts:
        for p in ((2.8, 2.8), (29.2, 2.8), (2.8, 29.2), (29.2, 29.2)):
            rivet(cv, p, lo, hi, 0.7)
    return cv


def floor_deck():
    return deck_plate().result()


def floor_hazard():
    cv = deck_plate(seed=4101, texture=False)
    # yellow-black diagonal stripes, period 8 px so they join across tiles
    band_y0, band_y1 = 1.0, 7.5
    cv.poly((28, 26, 24), rect_pts(0, band_y0, 32, band_y1 - band_y0))
    for k in range(-1, 5):
        x = k * 8
        cv.poly((232, 184, 36), [(x, band_y1), (x + 4, band_y1), (x + 4 + 6.5, band_y0), (x + 6.5, band_y0)])
    cv.poly((0, 0, 0, 70), rect_pts(0, band_y1, 32, 0.7))
    rng = random.Random(4102)
    for _ in range(18):  # worn paint
        cv.circle((70, 70, 70, 110), (rng.uniform(0, 32), rng.uniform(band_y0 + 0.5, band_y1 - 0.5)),
                  rng.uniform(0.3, 0.7))
    return cv.result()


def floor_grate():
    cv = deck_plate(seed=4201, bolts=False, texture=False)
    cv.poly((22, 24, 28), rect_pts(4, 4, 24, 24))
    # depth: darker toward the lower part of the pit under the lip
    cv.poly((8, 8, 10, 160), rect_pts(4, 4, 24, 2.5))
    cv.poly((8, 8, 10, 100), rect_pts(4, 4, 2.5, 24))
    for k in range(6):
        y = 5.0 + k * 4.0
        cv.poly((70, 76, 86), rect_pts(4, y + 1.2, 24, 1.6))
        cv.poly((130, 136, 146), rect_pts(4, y + 1.2, 24, 0.5))
    for x in (12.0, 20.0):
        cv.poly((58, 62, 72), rect_pts(x - 0.8, 4, 1.6, 24))
    cv.poly(mix(DECK, (16, 18, 24), 0.55), rect_pts(3.4, 3.4, 25.2, 0.6))
    cv.poly(mix(DECK, (16, 18, 24), 0.55), rect_pts(3.4, 3.4, 0.6, 25.2))
    cv.poly(mix(DECK, (230, 236, 244), 0.3), rect_pts(3.4, 28.0, 25.2, 0.6))
    cv.poly(mix(DECK, (230, 236, 244), 0.3), rect_pts(28.0, 3.4, 0.6, 25.2))
    for p in ((2.0, 2.0), (30.0, 2.0), (2.0, 30.0), (30.0, 30.0)):
        rivet(cv, p, (40, 42, 48), (160, 166, 176), 0.55)
    return cv.result()


def floor_concrete():
    base = (148, 138, 126)
    field = Fbm(4301)
    rng = random.Random(4302)

    def px(x, y):
        v = (field(x + 0.5, y + 0.5) - 0.5) * 0.12 + rng.uniform(-0.04, 0.04)
        return finish_px([c * (1 + v) for c in base])

    cv = tile_canvas(matte=base)
    cv.surf = upscale(pixel_surface(TILE, px))
    # expansion joint at the slab edges
    cv.poly(mix(base, (30, 26, 22), 0.5), [(32, 0), (32, 32), (0, 32), (0, 31.2), (31.2, 31.2), (31.2, 0)])
    cv.poly(mix(base, (240, 232, 220), 0.25), [(0, 0), (31.2, 0), (31.2, 0.6), (0.6, 0.6), (0.6, 31.2), (0, 31.2)])
    for _ in range(10):
        x, y = rng.uniform(3, 29), rng.uniform(3, 29)
        cv.circle((60, 54, 48, 120), (x, y), rng.uniform(0.3, 0.6))
    cv.soft_circle((90, 60, 40), (20, 19), 5.0, 2.5, 60)  # rusty dust stain
    return cv.result()


def floor_line():
    cv = deck_plate(seed=4401)
    rng = random.Random(4402)
    cv.poly((214, 186, 90, 120), rect_pts(0, 14.5, 32, 3.0))
    for _ in range(14):  # scuffed paint
        cv.circle((*DECK, 140), (rng.uniform(0, 32), rng.uniform(14.8, 17.2)), rng.uniform(0.3, 0.8))
    return cv.result()


def floor_chevron():
    cv = deck_plate(seed=4501, texture=False)
    rng = random.Random(4502)
    paint = (236, 236, 226, 200)
    cv.poly(paint, [(16, 5), (28, 17), (28, 23), (16, 11), (4, 23), (4, 17)])
    cv.poly((232, 184, 36, 200), [(16, 14.5), (24, 22.5), (24, 26.5), (16, 18.5), (8, 26.5), (8, 22.5)])
    for _ in range(24):  # worn by landing gear
        cv.circle((*DECK, 150), (rng.uniform(4, 28), rng.uniform(5, 27)), rng.uniform(0.3, 0.9))
    return cv.result()


def floor_damaged():
    cv = deck_plate(seed=4601)
    rng = random.Random(4602)
    # dent: shading like a shallow bowl, then cracks and scorch
    cv.soft_circle((10, 10, 14), (16, 16), 7.5, 2.0, 110)
    cv.soft_circle((180, 186, 196), (17.5, 17.8), 4.5, 1.5, 80)
    for a0 in (0.3, 1.9, 3.3, 4.6):
        pts = [(16, 16)]
        a = a0
        for _ in range(5):
            a += rng.uniform(-0.4, 0.4)
            pts.append((pts[-1][0] + math.cos(a) * 2.1, pts[-1][1] + math.sin(a) * 2.1))
        cv.polyline((16, 16, 20), pts, 0.55)
        cv.polyline((170, 176, 186, 140), [(x - 0.4, y - 0.4) for x, y in pts[1:]], 0.3)
    cv.soft_circle((14, 10, 8), (14.5, 15), 4.0, 2.0, 120)
    return cv.result()


def floor_light():
    cv = deck_plate(seed=4701, texture=False)
    cv.soft_circle((120, 220, 255), (16, 16), 7.5, 2.5, 120)
    cv.circle((26, 28, 34), (16, 16), 4.4)
    cv.circle((150, 156, 166), (15.6, 15.6), 3.6)
    cv.circle((30, 34, 40), (16, 16), 3.1)
    cv.circle((150, 235, 255), (16, 16), 2.4)
    cv.circle((240, 255, 255), (15.4, 15.4), 1.1)
    return cv.result()


# --------------------------------------------------------------------------
# Autotiles: base walls and rock plateau
# --------------------------------------------------------------------------

WALL_TOP = (150, 162, 180)
WALL_NOISE = Fbm(5000, ((8, 0.6), (16, 0.4)))
# Width of the visible bevel/side face on each open side: the S and E faces
# are wider and darker (they face away from the light), which makes the
# bulkhead read as raised.
WALL_FACE = {N: 3.5, W: 3.5, S: 7.0, E: 5.0}


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


def wall_tile(mask, top_surface):
    """A thick bulkhead seen from above.  Sides with a neighbour: the top
    surface and ridge run to the edge.  Open sides: a side face (lit on N/W,
    dark on S/E) ending in a dark outline at the foot of the wall."""
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
        cv.line((246, 250, 255), (lx, ty), (rx, ty), 0.45)
    if opn[W]:
        cv.line((236, 242, 250), (lx, ty), (lx, by), 0.45)
    if opn[S]:
        cv.line((30, 34, 44), (lx, by), (rx, by), 0.55)
    if opn[E]:
        cv.line((30, 34, 44), (rx, ty), (rx, by), 0.55)
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


ROCK_TOP = (146, 72, 44)
ROCK_FIELD = Fbm(6000)
ROCK_VEIN = Fbm(6001, ((4, 0.5), (8, 0.5)))
ROCK_WIDTH = {N: 4.5, W: 4.5, S: 8.0, E: 6.5}
ROCK_PHASE = {N: 0.3, E: 1.7, S: 2.9, W: 4.4}


def rock_wobble(d, t):
    """Edge irregularity; periodic in t over 32 px so neighbouring tiles'
    cliff edges join exactly."""
    p = ROCK_PHASE[d]
    return 0.9 * math.sin(math.tau * t * 2 / 32 + p) + 0.5 * math.sin(math.tau * t * 5 / 32 + p * 2.3)


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
                v = (ROCK_FIELD(x, y) - 0.5) * 0.22 + rng.uniform(-0.03, 0.03)
                vein = abs(ROCK_VEIN(x, y) - 0.5)
                f = 1 + v
                if vein < 0.025:  # dark fissures with a lit edge next to them
                    f *= 0.78
                elif vein < 0.045:
                    f *= 1.08
                row.append([c * f for c in ROCK_TOP])
            _ROCK_PLATEAU.append(row)
    return _ROCK_PLATEAU


def rock_tile(mask):
    """Red-brown plateau.  For each open side the pixel's normalised
    distance u into the rock picks: cliff face (u<1), bright rim, plateau."""
    res = 2  # per-pixel at 2x, smooth-scaled down
    size = TILE * res
    plateau = rock_plateau(res)
    opn = [d for d in (N, E, S, W) if not (mask & d)]
    face_hi = {N: (196, 110, 66), W: (176, 94, 58), S: (92, 44, 30), E: (112, 54, 36)}
    face_lo = {N: (120, 60, 38), W: (104, 52, 34), S: (44, 22, 18), E: (58, 28, 20)}
    rim = {N: (238, 168, 112), W: (226, 150, 100), S: (176, 96, 62), E: (186, 104, 66)}

    def px(ix, iy):
        col = plateau[iy][ix]
        if not opn:
            return finish_px(col)
        x, y = (ix + 0.5) / res, (iy + 0.5) / res
        us = []
        for d in opn:
            dist = {N: y, S: 32 - y, W: x, E: 32 - x}[d]
            along = x if d in (N, S) else y
            us.append(((dist + rock_wobble(d, along)) / ROCK_WIDTH[d], d))
        us.sort()
        u, d = us[0]
        if u > 2.6:
            return finish_px(col)
        if len(us) > 1:
            # round off convex corners where two open sides meet
            u2, r = us[1][0], 1.6
            if u < r and u2 < r:
                u = r - math.hypot(r - u, r - u2)
        if u < 1.0:
            t = sat(u)
            face = mix(face_lo[d], face_hi[d], t ** 0.8)
            strata = 0.9 + 0.1 * math.sin(u * ROCK_WIDTH[d] * 2.4 + (x + y) * 0.3)
            face = [c * strata for c in face]
            if u < 0.22 and d in (S, E):  # contact shadow at the foot of the cliff
                face = [c * 0.6 for c in face]
            return finish_px(face)
        if u < 1.0 + 0.8 / ROCK_WIDTH[d]:
            return finish_px(mix(col, rim[d], 0.75))
        # slight ambient occlusion just inside the rim on shaded sides
        ao = 1.0 - 0.12 * sat(1.0 - (u - 1.0) * ROCK_WIDTH[d] / 4.0) if d in (S, E) else 1.0
        return finish_px([c * ao for c in col])

    big = pixel_surface(size, px)
    return pygame.transform.smoothscale(big, (TILE, TILE))


# --------------------------------------------------------------------------
# Row 6: rubble, crater, beacon
# --------------------------------------------------------------------------

def rubble_chunks(cv, rng, area, count, size, palette):
    x0, y0, x1, y1 = area
    chunks = []
    for _ in range(count):
        cx, cy = rng.uniform(x0, x1), rng.uniform(y0, y1)
        r = rng.uniform(*size)
        pts = rock_poly(rng, cx, cy, r, rng.choice((4, 5, 6)), rng.uniform(0.6, 1.0), 0.35, rng.uniform(0, 6))
        chunks.append((pts, rng.choice(palette)))
    for pts, _ in chunks:
        cast_shadow(cv, pts, (0.8, 1.0), 110, 0.6)
    for pts, tones in sorted(chunks, key=lambda c: sum(p[1] for p in c[0])):
        faceted_rock(cv, pts, tones, 0.5, outline_w=0.35)


CONCRETE = Tones((150, 144, 136), outline=(36, 32, 30))
WALL_CHUNK = Tones(WALL_TOP, outline=(30, 34, 44))


def breached_wall():
    """A blasted gap in a bulkhead: two broken stubs (matching the wall's
    top colour and spine) with a rubble heap between them."""
    rng = random.Random(7000)
    cv = tile_canvas(matte=(30, 34, 42))
    cv.soft_circle((16, 12, 10), (16, 16), 11.0, 3.0, 150)
    left = [(0, 2.5), (7.5, 2.5), (9.5, 6.0), (8.0, 10.0), (11.0, 13.5), (8.5, 17.5), (10.5, 22.0), (7.0, 26.0),
            (8.0, 29.5), (0, 29.5)]
    right = [(32, 2.5), (25.5, 2.5), (23.0, 7.5), (24.5, 11.0), (22.0, 15.0), (24.0, 19.5), (22.5, 24.0),
             (25.0, 29.5), (32, 29.5)]
    for stub in (left, right):
        cast_shadow(cv, stub, (1.8, 2.2), 150, 1.2)
    rubble_chunks(cv, rng, (8, 5, 24, 28), 13, (1.4, 3.4), [WALL_CHUNK, CONCRETE, METAL_GREY])
    for stub, x0, x1 in ((left, 0.0, 8.5), (right, 23.5, 32.0)):
        cel(cv, stub, WALL_CHUNK, dark_w=1.8, light_w=1.0)
        cv.poly((96, 106, 120), rect_pts(x0, 13.0, x1 - x0, 6.0))
        cv.poly((128, 138, 152), rect_pts(x0, 13.8, x1 - x0, 5.2))
        for x in (x0 + 2.5, x1 - 2.5):
            rivet(cv, (x, 5.5), (84, 92, 106), (236, 240, 246), 0.5)
            rivet(cv, (x, 26.5), (84, 92, 106), (236, 240, 246), 0.5)
    # scorched, torn ends and bent ribs sticking out of the break
    cv.soft_circle((14, 10, 10), (9.5, 16), 2.5, 1.2, 150)
    cv.soft_circle((14, 10, 10), (23.0, 15), 2.5, 1.2, 150)
    for a, b in (((9.5, 8), (13.5, 6.5)), ((10.0, 20), (13.5, 22.5)), ((23.0, 11), (19.5, 9.5)),
                 ((22.5, 22), (19.0, 24.5))):
        cv.line((30, 28, 28), a, b, 0.7)
        cv.line((150, 140, 130), (a[0], a[1] - 0.3), (b[0], b[1] - 0.3), 0.3)
    return cv.result()


def rubble_pile():
    rng = random.Random(7100)
    cv = tile_canvas(matte=(30, 30, 30))
    base = rock_poly(rng, 16, 16.5, 13.5, 12, 0.85, 0.15)
    cast_shadow(cv, base, (2.2, 2.6), 130, 1.5)
    cv.poly((60, 54, 50), base)
    rubble_chunks(cv, rng, (5, 6, 27, 27), 22, (1.5, 3.6), [CONCRETE, WALL_CHUNK, ROCK_DARK, METAL_GREY])
    rubble_chunks(cv, rng, (10, 10, 21, 21), 6, (2.0, 3.6), [CONCRETE, WALL_CHUNK])
    return cv.result()


def loose_rubble():
    rng = random.Random(7200)
    cv = tile_canvas(matte=(30, 30, 30))
    rubble_chunks(cv, rng, (4, 4, 28, 28), 11, (0.8, 1.9), [CONCRETE, WALL_CHUNK, METAL_GREY])
    return cv.result()


def large_crater():
    cv = tile_canvas()
    crater(cv, 16, 16, 13.0)
    return cv.result()


def warning_beacon():
    cv = tile_canvas(matte=(255, 40, 30))
    cv.soft_circle((255, 30, 20), (16, 16), 10.0, 3.5, 110)
    base = ellipse_pts(16, 16, 4.6, 4.6, 12)
    cast_shadow(cv, base, (1.2, 1.5), 140, 0.8)
    cel(cv, base, METAL_DARK, ow=0.5, dark_w=1.2, light_w=0.7)
    for k in range(6):  # yellow/black ring on the housing
        a = k * math.tau / 6
        cv.line((255, 196, 40) if k % 2 == 0 else (20, 20, 20),
                (16 + math.cos(a) * 3.8, 16 + math.sin(a) * 3.8),
                (16 + math.cos(a + 0.9) * 3.8, 16 + math.sin(a + 0.9) * 3.8), 0.7)
    cv.circle((110, 10, 10), (16, 16), 2.8)
    cv.soft_circle((255, 60, 40), (16, 16), 2.6, 0.8, 255)
    cv.circle((255, 120, 100), (16, 16), 1.7)
    cv.circle((255, 230, 220), (15.3, 15.3), 0.7)
    return cv.result()


# --------------------------------------------------------------------------
# Tileset assembly
# --------------------------------------------------------------------------

def build_tileset():
    tiles = {
        0: ground_a(), 1: ground_b(), 2: ground_c(), 3: ground_dark_dust(),
        4: ground_cracked(), 5: ground_ripples(), 6: ground_pale(), 7: ground_gravel(),
        8: deco_pebbles(), 9: deco_small_rock(), 10: deco_small_crater(),
        11: tread_marks(False), 12: tread_marks(True), 13: deco_scorch(),
        14: deco_debris(), 15: deco_cable(),
        16: obst_boulder(), 17: obst_boulder_cluster(), 18: obst_outcrop(), 19: obst_spire(),
        20: obst_hull(), 21: obst_wing(), 22: obst_crates(), 23: obst_fuel_tank(),
        24: floor_deck(), 25: floor_hazard(), 26: floor_grate(), 27: floor_concrete(),
        28: floor_line(), 29: floor_chevron(), 30: floor_damaged(), 31: floor_light(),
        48: breached_wall(), 49: rubble_pile(), 50: loose_rubble(), 51: large_crater(),
        52: warning_beacon(),
    }
    top = wall_top_surface()
    for mask in range(16):
        tiles[32 + mask] = wall_tile(mask, top)
        tiles[56 + mask] = rock_tile(mask)
    sheet = pygame.Surface((COLS * TILE, ROWS * TILE), pygame.SRCALPHA)
    sheet.fill((0, 0, 0, 0))
    for tid in sorted(tiles):
        sheet.blit(tiles[tid], ((tid % COLS) * TILE, (tid // COLS) * TILE))
    return sheet


def wang_id(mask):
    """Tiled's wangid of an edge autotile: top, top-right, right, bottom-right, bottom, bottom-left, left,
    top-left; colour 1 on each side that has a neighbour of the same kind, corners unused (0)."""
    top, right, bottom, left = (1 if mask & side else 0 for side in (N, E, S, W))
    return "%d,0,%d,0,%d,0,%d,0" % (top, right, bottom, left)


def wangsets_lines():
    """The <wangsets> element exactly as Tiled 1.8 writes it (a round trip through Tiled leaves it unchanged)."""
    lines = [' <wangsets>']
    for set_name, colour_name, colour, base, representative in WANG_SETS:
        lines.append('  <wangset name="%s" type="edge" tile="%d">' % (set_name, representative))
        lines.append('   <wangcolor name="%s" color="%s" tile="%d" probability="1"/>'
                     % (colour_name, colour, representative))
        for mask in range(1, 16):  # mask 0 has no colour at all: not a Wang tile (see the module docstring)
            lines.append('   <wangtile tileid="%d" wangid="%s"/>' % (base + mask, wang_id(mask)))
        lines.append('  </wangset>')
    lines.append(' </wangsets>')
    return lines


def tsx_text():
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<tileset version="1.8" tiledversion="1.8.2" name="mars" tilewidth="32" tileheight="32" '
        'tilecount="%d" columns="%d">' % (COLS * ROWS, COLS),
        ' <image source="mars.png" width="%d" height="%d"/>' % (COLS * TILE, ROWS * TILE),
    ]
    for tid in SOLID_IDS:
        lines += [
            ' <tile id="%d">' % tid,
            '  <properties>',
            '   <property name="solid" type="bool" value="true"/>',
            '  </properties>',
            ' </tile>',
        ]
    lines += wangsets_lines()
    lines.append('</tileset>')
    return "\n".join(lines) + "\n"


# ==========================================================================
# Contact sheet (for looking at the art; not part of the game)
# ==========================================================================

def autotile_mask(grid, x, y, kind, outside_is=None):
    m = 0
    for bit, (dx, dy) in ((N, (0, -1)), (E, (1, 0)), (S, (0, 1)), (W, (-1, 0))):
        nx, ny = x + dx, y + dy
        if 0 <= ny < len(grid) and 0 <= nx < len(grid[0]):
            same = grid[ny][nx] == kind
        else:
            same = outside_is == kind
        if same:
            m |= bit
    return m


def mock_scene(tileset):
    """12x8 tiles: rock border, a walled compound with a gap, obstacles."""
    def tile(tid):
        return tileset.subsurface(((tid % COLS) * TILE, (tid // COLS) * TILE, TILE, TILE))

    layout = [
        "RRRRRRRRRRRR",
        "R....b....RR",
        "R.WWWW.WWW.R",
        "R.WfffffhW.R",
        "R.WfffffhW.R",
        "R.WWWWWWWW.R",
        "Rc..o...B.RR",
        "RRRRRRRRRRRR",
    ]
    rng = random.Random(9)
    scene = pygame.Surface((12 * TILE, 8 * TILE), pygame.SRCALPHA)
    for y, row in enumerate(layout):
        for x, ch in enumerate(row):
            ground = rng.choice([0, 0, 1, 1, 2, 3, 4, 5, 6, 7])
            if ch in "fh":
                ground = 24 if ch == "f" else 25
            scene.blit(tile(ground), (x * TILE, y * TILE))
            if ch == "R":
                scene.blit(tile(56 + autotile_mask(layout, x, y, "R", "R")), (x * TILE, y * TILE))
            elif ch == "W":
                scene.blit(tile(32 + autotile_mask(layout, x, y, "W")), (x * TILE, y * TILE))
            elif ch == "b":
                scene.blit(tile(16), (x * TILE, y * TILE))
            elif ch == "B":
                scene.blit(tile(22), (x * TILE, y * TILE))
            elif ch == "o":
                scene.blit(tile(19), (x * TILE, y * TILE))
            elif ch == "c":
                scene.blit(tile(17), (x * TILE, y * TILE))
    for tid, (x, y) in ((11, (1, 5)), (11, (2, 6)), (13, (7, 1)), (9, (9, 1)), (8, (3, 1)), (10, (10, 4)),
                        (14, (5, 6)), (52, (6, 2))):
        scene.blit(tile(tid), (x * TILE, y * TILE))
    return scene


def make_sheet(path, sprites, tileset):
    """Contact sheet on Mars ochre: every sprite at 2x and 4x, the mechs at
    1x and rotated, the tileset at 2x, a 10x10 mixed-ground seam test and a
    12x8 mock scene."""
    pygame.font.init()
    font = pygame.font.Font(None, 20)
    width = 1800
    sheet = pygame.Surface((width, 6000))
    sheet.fill((176, 104, 58))
    state = {"x": 10, "y": 10, "row": 0}

    def label(text, pos):
        sheet.blit(font.render(text, True, (20, 10, 6)), pos)

    def newline(gap=24):
        state["x"], state["y"], state["row"] = 10, state["y"] + state["row"] + gap, 0

    def place(name, img):
        w, h = img.get_size()
        if state["x"] + w > width - 10:
            newline()
        label(name, (state["x"], state["y"]))
        sheet.blit(img, (state["x"], state["y"] + 18))
        state["x"] += max(w, font.size(name)[0]) + 16
        state["row"] = max(state["row"], h + 18)

    def scaled(img, k):
        return pygame.transform.scale(img, (img.get_width() * k, img.get_height() * k))

    strips = {"explosion": 96, "particles": 16}
    for name, img in sprites:
        if name in strips:
            continue
        place("%s x2" % name, scaled(img, 2))
        place("%s x4" % name, scaled(img, 4))
    for name, fw in strips.items():
        img = dict(sprites)[name]
        newline()
        place("%s x1" % name, img)
        place("%s x2" % name, scaled(img, 2))
        newline()
        for i in range(img.get_width() // fw):
            place("%s[%d] x4" % (name, i), scaled(img.subsurface((i * fw, 0, fw, img.get_height())), 4))
    newline(30)

    lz, ds = dict(sprites)["layzner"], dict(sprites)["dis"]
    th, wreck = dict(sprites)["layzner_thrust"], dict(sprites)["dis_wreck"]
    pair = pygame.Surface((72 * 3, 72), pygame.SRCALPHA)
    pair.blit(th, (0, 0))
    pair.blit(lz, (0, 0))
    pair.blit(ds, (72, 0))
    pair.blit(wreck, (144, 0))
    place("1x: layzner+thrust, dis, wreck", pair)
    rot = pygame.Surface((8 * 80, 170), pygame.SRCALPHA)
    for i, ang in enumerate(range(0, 360, 45)):
        for j, img in enumerate((lz, ds)):
            r = pygame.transform.rotate(img, ang)
            rot.blit(r, (i * 80 + 40 - r.get_width() // 2, j * 85 + 42 - r.get_height() // 2))
    place("1x rotated", rot)
    newline(30)

    ts2 = pygame.Surface((tileset.get_width() * 2, tileset.get_height() * 2))
    ts2.fill((60, 60, 70))
    ts2.blit(scaled(tileset, 2), (0, 0))
    for tid in range(COLS * ROWS):  # id labels
        small = pygame.font.Font(None, 14).render(str(tid), True, (255, 255, 255))
        ts2.blit(small, ((tid % COLS) * 64 + 2, (tid // COLS) * 64 + 2))
    place("tileset x2 (ids)", ts2)
    rng = random.Random(5)
    ground = pygame.Surface((320, 320))
    for j in range(10):
        for i in range(10):
            tid = rng.choice(range(8))
            ground.blit(tileset.subsurface((tid * TILE, 0, TILE, TILE)), (i * TILE, j * TILE))
    place("10x10 mixed ground ids 0-7", ground)
    scene = mock_scene(tileset)
    scene.blit(th, (150, 40))
    scene.blit(lz, (150, 40))
    scene.blit(pygame.transform.rotate(ds, 200), (250, 100))
    scene.blit(wreck, (60, 160))
    place("mock scene x1", scene)
    newline(30)
    place("mock scene x2", scaled(scene, 2))
    place("ground x2", scaled(ground, 2))
    newline(10)
    pygame.image.save(sheet.subsurface((0, 0, width, state["y"])), path)


ADDITIVE = {"layzner_thrust", "bolt_player", "bolt_enemy", "muzzle_flash", "spark_hit", "layzner_vmax",
            "vmax_barrier", "missile_flame", "knuckle_wave", "telegraph", "deflect", "part_spark"}


def add_light(dst, img, pos, fade=1.0):
    """Blit a glow sprite the way the game does: premultiplied, BLEND_ADD;
    `fade` scales the light (for fading afterimages)."""
    img = img.premul_alpha()
    if fade < 1.0:
        k = clamp8(255 * fade)
        img.fill((k, k, k, k), special_flags=pygame.BLEND_RGBA_MULT)
    dst.blit(img, pos, special_flags=pygame.BLEND_ADD)


def make_fx_sheet(path, sprites):
    """Contact sheet of the V-MAX / overheat / missile effects on Mars
    ochre, glows composited additively as in the game, plus small scenes."""
    pygame.font.init()
    font = pygame.font.Font(None, 20)
    sp = dict(sprites)
    width = 1500
    sheet = pygame.Surface((width, 4200))
    sheet.fill(OCHRE)
    state = {"x": 10, "y": 10, "row": 0}

    def label(text, pos):
        sheet.blit(font.render(text, True, (20, 10, 6)), pos)

    def newline(gap=24):
        state["x"], state["y"], state["row"] = 10, state["y"] + state["row"] + gap, 0

    def place(name, panel):
        w, h = panel.get_size()
        if state["x"] + w > width - 10:
            newline()
        label(name, (state["x"], state["y"]))
        sheet.blit(panel, (state["x"], state["y"] + 18))
        state["x"] += max(w, font.size(name)[0]) + 16
        state["row"] = max(state["row"], h + 18)

    def ground(w, h):
        g = pygame.Surface((w, h))
        g.fill(OCHRE)
        return g

    def scaled(img, k):
        return pygame.transform.scale(img, (img.get_width() * k, img.get_height() * k))

    def put(dst, name, img, pos, fade=1.0):
        if name in ADDITIVE:
            add_light(dst, img, pos, fade)
        else:
            dst.blit(img, pos)

    new = ["layzner_overheat", "layzner_vmax", "vmax_barrier", "missile", "missile_flame", "knuckle_wave",
           "telegraph", "deflect", "steam", "layzner_fouron", "dis_disabled", "pilot_pod", "part_spark",
           "rei_emblem", "fouron_emblem"]
    for name in new:
        img = sp[name]
        w, h = img.get_size()
        panel = ground(w * 7 + 24, h * 4 + 8)
        for k, x in ((1, 4), (2, w + 10), (4, w * 3 + 18)):
            put(panel, name, scaled(img, k), (x, 4))
        place("%s%s 1x 2x 4x" % (name, " (add)" if name in ADDITIVE else ""), panel)
    newline(30)

    lz, hot = sp["layzner"], sp["layzner_overheat"]
    for k in (1, 3):
        panel = ground(72 * k * 2 + 12, 72 * k + 8)
        panel.blit(scaled(lz, k), (4, 4))
        panel.blit(scaled(hot, k), (72 * k + 8, 4))
        place("layzner | layzner_overheat %dx" % k, panel)
    # overheated, venting steam
    panel = ground(120, 100)
    panel.blit(hot, (24, 14))
    steam = sp["steam"]
    for (x, y), sc, a in (((50, 18), 1.0, 200), ((62, 10), 1.3, 140), ((50, 66), 1.0, 200), ((60, 76), 1.3, 140),
                          ((30, 50), 0.9, 170), ((16, 46), 1.2, 110)):
        st = pygame.transform.smoothscale(steam, (int(24 * sc), int(24 * sc)))
        st.set_alpha(a)
        panel.blit(st, (x - st.get_width() // 2, y - st.get_height() // 2))
    place("overheat + steam 1x", panel)
    newline(30)

    vm, bar = sp["layzner_vmax"], sp["vmax_barrier"]
    scene = ground(300, 130)
    x0, y0 = 170, 29  # the mech's top-left; the barrier is centred on it
    for i in range(4, 0, -1):  # afterimages trailing west, fading
        add_light(scene, vm, (x0 - i * 22, y0), 0.6 * (1 - (i - 1) / 4.0))
    scene.blit(lz, (x0, y0))
    add_light(scene, vm, (x0, y0), 0.55)
    add_light(scene, bar, (x0 - 20, y0 - 20))
    place("V-MAX 1x: afterimages + glow + barrier", scene)
    place("V-MAX 2x", scaled(scene, 2))
    newline(30)

    ms, fl = sp["missile"], sp["missile_flame"]
    panel = ground(120, 60)
    for i, (x, y, ang) in enumerate(((30, 14, 0), (70, 30, 30), (20, 40, -15))):
        pair = pygame.Surface((38, 8), pygame.SRCALPHA)
        pair.fill((0, 0, 0, 0))
        pair.blit(ms, (16, 0))
        r_ms = pygame.transform.rotate(pair, ang)
        flame = pygame.Surface((38, 8), pygame.SRCALPHA)
        flame.fill((0, 0, 0, 0))
        flame.blit(fl, (2, 0))
        r_fl = pygame.transform.rotate(flame, ang)
        add_light(panel, r_fl, (x, y))
        panel.blit(r_ms, (x, y))
    place("missile + flame 3x", scaled(panel, 3))
    # telegraph on a Dis muzzle, deflect on the barrier, knuckle in front of the Layzner
    panel = ground(260, 100)
    panel.blit(sp["dis"], (0, 10))
    add_light(panel, sp["telegraph"], (68 - 14, 10 + 42 - 14))
    panel.blit(lz, (150, 14))
    add_light(panel, bar, (150 - 20, 14 - 20))
    add_light(panel, sp["deflect"], (150 + 36 + 40 - 16, 14 + 36 - 22 - 16))
    place("telegraph on a Dis, deflect on barrier 2x", scaled(panel, 2))
    panel = ground(140, 80)
    panel.blit(lz, (4, 4))
    add_light(panel, sp["knuckle_wave"], (60, 4 + 36 - 24))
    place("knuckle shot 2x", scaled(panel, 2))
    newline(10)
    pygame.image.save(sheet.subsurface((0, 0, width, state["y"])), path)


# ==========================================================================

def save(surf, *parts):
    path = os.path.join(ROOT, "assets", *parts)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    pygame.image.save(surf, path)
    return path


def with_shadow(name, drawn):
    """(name, sprite) and (name_shadow, its silhouette) from a draw function that returns both."""
    sprite, shadow = drawn
    return [(name, sprite), (name + "_shadow", shadow)]


def main(argv):
    sprites = [
        *with_shadow("layzner", draw_layzner()),
        ("layzner_thrust", draw_layzner_thrust()),
        *with_shadow("dis", draw_dis()),
        *with_shadow("dis_wreck", draw_dis_wreck()),
        *with_shadow("dis_disabled", draw_dis_disabled()),
        ("bolt_player", draw_bolt(28, 8, (60, 140, 255), (150, 210, 255), (250, 254, 255), 16)),
        ("bolt_enemy", draw_bolt(24, 8, (255, 70, 20), (255, 150, 60), (255, 240, 190), 12)),
        ("muzzle_flash", draw_muzzle_flash()),
        ("explosion", draw_explosion()),
        ("particles", draw_particles()),
        ("spark_hit", draw_spark_hit()),
        *with_shadow("layzner_overheat", draw_layzner_overheat()),
        *with_shadow("layzner_fouron", draw_layzner_fouron()),
        ("layzner_vmax", draw_layzner_vmax()),
        ("vmax_barrier", draw_vmax_barrier()),
        *with_shadow("missile", draw_missile()),
        ("missile_flame", draw_missile_flame()),
        ("knuckle_wave", draw_knuckle_wave()),
        ("telegraph", draw_telegraph()),
        ("deflect", draw_deflect()),
        ("steam", draw_steam()),
        ("part_spark", draw_part_spark()),
        *with_shadow("pilot_pod", draw_pilot_pod()),
        ("rei_emblem", draw_rei_emblem()),
        ("fouron_emblem", draw_fouron_emblem()),
    ]
    written = [save(img, "sprites", name + ".png") for name, img in sprites]
    tileset = build_tileset()
    written.append(save(tileset, "tilesets", "mars.png"))
    tsx = os.path.join(TILESETS, "mars.tsx")
    with open(tsx, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(tsx_text())
    written.append(tsx)
    if "--sheet" in argv:
        make_sheet(argv[argv.index("--sheet") + 1], sprites, tileset)
    if "--fx-sheet" in argv:
        make_fx_sheet(argv[argv.index("--fx-sheet") + 1], sprites)
    for p in written:
        print("wrote", os.path.relpath(p, ROOT))


if __name__ == "__main__":
    main(sys.argv[1:])
