"""The Layzner's Calf missile and its exhaust flame."""

from tools.art.canvas import Canvas, cel
from tools.art.colour import Tones
from tools.art.geometry import rect_pts
from tools.art.layzner import LZ_BLUE, LZ_GUN, LZ_NAVY


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
