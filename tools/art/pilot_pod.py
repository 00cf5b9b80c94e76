"""The escape pod of a disabled Gradosian machine's pilot."""

import math

from tools.art.canvas import Canvas, cel, panel_line
from tools.art.colour import Tones
from tools.art.dis import DS_CHAR, DS_MAROON, DS_METAL
from tools.art.geometry import ellipse_pts, transform


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
