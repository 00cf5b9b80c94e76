"""Gates: one 32 x 32 piece of a shut gate for each map's style, drawn across the way (the game lays pieces side by
side along a gate and turns them for a gate running down the map). Mars: the UN base's white blast shutter between
hazard-striped rails; New York: a Gradosian black steel slab, its seams lit violet, a red guard light along it."""

from tools.art.canvas import cel, panel_line, rivet
from tools.art.colour import YELLOW, Tones, mix
from tools.art.geometry import rect_pts
from tools.art.tiles_common import METAL_DARK, METAL_WHITE, tile_canvas
from tools.art.tiles_ny_common import GRADOS_RED, GRADOS_VIOLET

HAZARD_BLACK = (28, 24, 26)
GRADOS_STEEL = Tones((46, 48, 62), outline=(10, 10, 16), dark_t=0.5, light_t=0.3)


def _rails(cv, tones, lip):
    """The frame's two rails, along the top and the bottom, riveted: the shutter runs in them."""
    for top in (0.0, 27.0):
        cel(cv, rect_pts(-1.0, top, 34.0, 5.0), tones, ow=0.5, dark_w=1.0, light_w=0.6)
        for x in (4.0, 12.0, 20.0, 28.0):
            rivet(cv, (x, top + 2.5), tones.outline, lip)


def draw_gate_mars():
    """The UN base's blast shutter: white slats, a band of yellow and black hazard stripes across its middle."""
    cv = tile_canvas(matte=(60, 60, 66))
    cel(cv, rect_pts(-1.0, 4.5, 34.0, 23.0), METAL_WHITE, ow=0.5, dark_w=1.2, light_w=0.7)
    for y in (9.0, 22.5):  # the slats' joints either side of the band
        panel_line(cv, (-1.0, y), (33.0, y), METAL_WHITE.outline, METAL_WHITE.light, 0.5)

    def stripes(sub):
        sub.poly(HAZARD_BLACK, rect_pts(-1.0, 12.0, 34.0, 8.0))
        for x in range(-8, 40, 8):  # 8 px a pair: a piece joins the next without a seam
            sub.poly(YELLOW, [(x, 20.0), (x + 4.0, 20.0), (x + 12.0, 12.0), (x + 8.0, 12.0)])
    cv.clipped(rect_pts(-1.0, 12.0, 34.0, 8.0), stripes)
    panel_line(cv, (-1.0, 12.0), (33.0, 12.0), METAL_WHITE.outline, None, 0.5)
    panel_line(cv, (-1.0, 20.0), (33.0, 20.0), METAL_WHITE.outline, None, 0.5)
    _rails(cv, METAL_DARK, METAL_DARK.light)
    return cv.result()


def draw_gate_new_york():
    """The Gradosian slab: black steel in chevron plates, their seams glowing violet, a red guard light down the
    middle."""
    cv = tile_canvas(matte=(20, 20, 28))
    cel(cv, rect_pts(-1.0, 4.5, 34.0, 23.0), GRADOS_STEEL, ow=0.5, dark_w=1.2, light_w=0.6)
    glow = mix(GRADOS_VIOLET.light, (255, 255, 255), 0.2)
    for x in (0.0, 16.0):  # chevron seams, two to a piece so pieces meet in step
        for a, b in (((x, 6.0), (x + 8.0, 14.0)), ((x + 8.0, 18.0), (x, 26.0)),
                     ((x + 16.0, 6.0), (x + 8.0, 14.0)), ((x + 8.0, 18.0), (x + 16.0, 26.0))):
            cv.line((*glow, 110), a, b, 1.3)
            cv.line(GRADOS_STEEL.outline, a, b, 0.45)
    cv.soft_poly(GRADOS_RED, rect_pts(-1.0, 14.5, 34.0, 3.0), 1.4, 170)
    cv.poly(mix(GRADOS_RED, (255, 230, 230), 0.35), rect_pts(-1.0, 15.4, 34.0, 1.2))
    _rails(cv, GRADOS_VIOLET, GRADOS_VIOLET.light)
    return cv.result()
