"""The supersampled Canvas every sprite and tile is drawn on, and helpers on it: cel shading by the key light, seams."""

import math
from contextlib import contextmanager

import pygame

from tools.art.colour import Tones, clamp8, sat
from tools.art.geometry import _unit, edge_normals, ellipse_pts, inset


SS = 4  # supersampling factor: draw at 4x, smoothscale down for anti-aliasing


# Direction towards the key light: up-left, mostly up.  Every sprite and
# tile uses it so the whole game is lit consistently.
LIGHT = _unit(-0.5, -0.85)


@contextmanager
def lit_from(light):
    """Draw under another key light for a while (LIGHT is read as each part is shaded): the standing tiles lit so
    that, flipped or turned as a map paints them, they are lit from LIGHT again (tileset.turned_sheet)."""
    global LIGHT
    kept, LIGHT = LIGHT, light
    try:
        yield
    finally:
        LIGHT = kept


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
        the shadow of something the game turns, which the game casts in one direction (sprites.py, LOW_SHADOWS)."""
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


def soft_ring(cv, color, c, r, width, blur, alpha=255):
    """Blurred circle outline of the given width (final pixels)."""
    def draw(s, col, ox, oy):
        pygame.draw.circle(s, col, (c[0] * SS - ox, c[1] * SS - oy), (r + width / 2) * SS,
                           max(1, int(round(width * SS))))
    ro = r + width / 2
    cv._soft(color, (c[0] - ro, c[1] - ro, c[0] + ro, c[1] + ro), draw, blur, alpha, 1)


def scatter_dots(cv, rng, c, count, reach, color, r):
    """count dots of radius r at random angles round c, each reach[0] to reach[1] from it: flying specks."""
    for _ in range(count):
        a, d = rng.uniform(0, math.tau), rng.uniform(*reach)
        cv.circle(color, (c[0] + math.cos(a) * d, c[1] + math.sin(a) * d), r)
