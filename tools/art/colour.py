"""Colour helpers: clamping, blends, alpha, colour ramps, and the Tones a cel-shaded material is painted in."""


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


def ramp_color(ramp, t):
    """The colour at t (clamped to 0-1) along a ramp of (t, colour) stops, from t = 1 down to t = 0."""
    t = sat(t)
    for (t1, c1), (t0, c0) in zip(ramp, ramp[1:]):
        if t >= t0:
            return mix(c0, c1, (t - t0) / (t1 - t0))
    return ramp[-1][1]


class Tones:
    """Cel-shading ramp for one material: shadows shift cool, highlights warm
    towards white, which is what gives the anime-cel look."""

    def __init__(self, base, outline=None, dark_t=0.42, light_t=0.45):
        self.mid = base
        self.dark = mix(base, (24, 26, 64), dark_t)
        self.light = mix(base, (255, 252, 242), light_t)
        self.spec = mix(base, (255, 255, 255), 0.85)
        self.outline = outline or mix(base, (10, 10, 22), 0.8)


# Marking paint: the Layzner's trim and the base's crates, fuel tanks, wing and cable.
YELLOW = (255, 208, 58)
RED = (222, 38, 40)
