"""New York tileset rows 0-1 and 10: the streets' asphalt, lane paint, crossings, sidewalks with their curbs, the
ruins' ash and the Gradosian checkpoint's deck; all opaque, each seamless with its kind."""

import math
import random

from tools.art.colour import mix, rgba, smoothstep
from tools.art.geometry import rect_pts
from tools.art.noise import Fbm, center_window
from tools.art.tiles_common import finish_px, overlay, pixel_surface, tile_canvas
from tools.art.tiles_ny_common import (ASH, ASPHALT_GRIT, CONCRETE, CONCRETE_DARK, GRADOS_RED, LANE_WHITE,
                                       LANE_YELLOW, PALE_GRIT, RUBBLE, asphalt_surface, concrete_px)
from tools.art.tiles_grid import TILE

CONCRETE_FIELD_CURB = Fbm(20401, ((4, 0.5), (8, 0.5)))
WEAR = Fbm(20301, ((8, 0.5), (16, 0.5)))  # where paint has worn off: periodic, so lines wear evenly across tiles


def crack(cv, rng, start, heading, length, width=0.55, branches=2):
    """A crack in the asphalt: a dark jagged line with a pale lip on its lit side, branching once or twice."""
    pts, (x, y), a = [start], start, heading
    for _ in range(int(length / 1.6)):
        a += rng.uniform(-0.35, 0.35)
        a += (heading - a) * 0.25  # it keeps its course: a crack runs, it does not scrawl
        x, y = x + math.cos(a) * 1.6, y + math.sin(a) * 1.6
        pts.append((x, y))
    cv.polyline((*PALE_GRIT, 60), [(px - 0.4, py - 0.4) for px, py in pts], width * 0.8)
    cv.polyline((6, 7, 12, 170), pts, width)
    for _ in range(branches):
        at = pts[rng.randrange(1, len(pts))]
        crack(cv, rng, at, a + rng.choice((-1, 1)) * rng.uniform(0.6, 1.2), length * 0.4, width * 0.7, 0)


def asphalt_a():
    return asphalt_surface(21000)


def asphalt_b():
    """Darker, patched: a tar-sealed seam wanders across the middle."""
    seam = Fbm(21101, ((4, 0.7), (8, 0.3)))

    def fn(x, y, col, rng):
        w = smoothstep(0.46, 0.5, seam(x + 0.5, y + 0.5)) - smoothstep(0.5, 0.54, seam(x + 0.5, y + 0.5))
        return mix(col, (12, 13, 18), w * center_window(x, y, 10, 15) * 0.8)

    return asphalt_surface(21100, fn)


def asphalt_cracked():
    cv = tile_canvas()
    rng = random.Random(21201)
    crack(cv, rng, (3, 13), 0.25, 26, 0.5, 1)
    crack(cv, rng, (19, 6), 1.8, 10, 0.4, 0)
    return overlay(asphalt_surface(21200), cv)


def asphalt_pothole():
    """A patch of newer, darker asphalt with a pothole broken through it, rain standing in the hole."""
    def fn(x, y, col, rng):
        inside = 5 <= x < 27 and 6 <= y < 25
        return [c * 0.9 for c in col] if inside else col

    cv = tile_canvas()
    cv.line((*PALE_GRIT, 50), (5, 6), (27, 6), 0.4)
    cv.line((*PALE_GRIT, 40), (5, 6), (5, 25), 0.4)
    rng = random.Random(21301)
    hole = [(15 + math.cos(a) * 6.5 * rng.uniform(0.75, 1.0), 16 + math.sin(a) * 4.8 * rng.uniform(0.75, 1.0))
            for a in [i * math.tau / 11 for i in range(11)]]
    cv.poly((7, 7, 10), hole)
    cv.poly((12, 18, 30), [(x * 0.8 + 3.4, y * 0.75 + 4.4) for x, y in hole])  # standing water
    cv.line((150, 130, 100, 170), (12.5, 14.2), (16.5, 13.6), 0.5)  # a lamp's glint on it
    cv.polyline((*PALE_GRIT, 130), hole[5:9], 0.45)  # lit far lip
    return overlay(asphalt_surface(21300, fn), cv)


def lane_line(vertical):
    """A faded white lane dash (16 px of every 32), worn where the street's traffic ran."""
    def fn(x, y, col, rng):
        a, b = (y, x) if vertical else (x, y)
        if 15 <= b < 17.5 and 8 <= a < 24:
            worn = smoothstep(0.42, 0.62, WEAR(x + 0.5, y + 0.5)) * 0.45 + rng.uniform(0, 0.15)
            return mix(col, LANE_WHITE, 0.75 * (1 - worn))
        return col

    return asphalt_surface(21400 + vertical, fn)


def centre_line(vertical):
    """Faded double yellow down the middle of an avenue (across the whole tile: it runs on)."""
    def fn(x, y, col, rng):
        b = x if vertical else y
        if 13 <= b < 15 or 17 <= b < 19:
            worn = smoothstep(0.4, 0.65, WEAR(x + 0.5, y + 0.5)) * 0.45 + rng.uniform(0, 0.15)
            return mix(col, LANE_YELLOW, 0.7 * (1 - worn))
        return col

    return asphalt_surface(21500 + vertical, fn)


def crosswalk(vertical):
    """Zebra bars: along the traffic (bars across the tile), four to a tile, worn; a column of them crosses a
    street running across the screen (vertical False), a row one running up the screen."""
    def fn(x, y, col, rng):
        a, b = (y, x) if vertical else (x, y)
        if 3 <= a < 29 and 2 <= b % 8 < 6:
            worn = smoothstep(0.38, 0.66, WEAR(x + 0.5, y + 0.5)) * 0.5 + rng.uniform(0, 0.15)
            return mix(col, LANE_WHITE, 0.7 * (1 - worn))
        return col

    return asphalt_surface(21600 + vertical, fn)


def slab_px(seed, joint=16):
    """Sidewalk: 16 px slabs, each a tone of its own, with dark joints between them."""
    rng = random.Random(seed)
    tones = [rng.uniform(0.9, 1.07) for _ in range(4)]

    def px(x, y):
        col = concrete_px(x, y, rng)
        col = [c * tones[(y // joint) * 2 + x // joint] for c in col]
        if x % joint == 0 or y % joint == 0:
            col = [c * 0.55 for c in col]
        elif x % joint == 1 or y % joint == 1:
            col = [c * 1.08 for c in col]  # the slab's lit edge past the joint
        return col

    return px


def sidewalk(seed, stains=0):
    px = slab_px(seed)
    tile = pixel_surface(TILE, lambda x, y: finish_px(px(x, y)))
    if not stains:
        return tile
    cv = tile_canvas()
    rng = random.Random(seed + 1)
    crack(cv, rng, (20, 4), 1.9, 12, 0.45, 1)
    for _ in range(stains):
        cv.soft_circle((12, 12, 16), (rng.uniform(6, 26), rng.uniform(6, 26)), rng.uniform(2, 4), 1.5, 70)
    return overlay(tile, cv)


CURB_W = 4  # px of curb stone along the street side


def curb(sides):
    """Sidewalk whose `sides` ("N", "S", "W", "E", or two for a street corner, "NW") meet the street: a pale curb
    stone and the gutter's shadow, rounded where two meet."""
    px = slab_px(22100 + sum("NSWE".index(side) * 4 ** k for k, side in enumerate(sides)))
    stone_rng = random.Random(22150)
    stone = [[stone_rng.uniform(-0.03, 0.03) for _ in range(TILE)] for _ in range(TILE)]

    def pixel(x, y):
        ds = [({"N": y, "S": TILE - 1 - y, "W": x, "E": TILE - 1 - x}[side], side) for side in sides]
        if len(ds) == 2 and ds[0][0] < 2 * CURB_W and ds[1][0] < 2 * CURB_W:  # round the corner's curb
            r = 2 * CURB_W
            d = r - math.hypot(r - ds[0][0], r - ds[1][0])
            side = ds[0][1]
        else:
            d, side = min(ds)
        if d >= CURB_W:
            return finish_px(px(x, y))
        v = (CONCRETE_FIELD_CURB(x + 0.5, y + 0.5) - 0.5) * 0.12 + stone[y][x]
        col = [c * (1 + v) for c in mix(CONCRETE, (110, 116, 132), 0.35)]  # paler than the slabs: the block's edge
        if d < 1:
            col = [c * 0.35 for c in col]  # the gutter, in the curb's shadow
        elif d >= CURB_W - 1:
            col = [c * 0.7 for c in col]
        elif len(sides) == 1 and (x if side in "NS" else y) % 16 == 0:
            col = [c * 0.6 for c in col]  # curb stones' joints, with the slabs'
        return finish_px(col)

    return pixel_surface(TILE, pixel)


def plaza():
    """A big cast slab of a plaza or lot, its expansion joint on two sides."""
    rng = random.Random(22200)

    def px(x, y):
        col = concrete_px(x, y, rng, CONCRETE_DARK)
        return finish_px([c * 0.55 for c in col] if x == 0 or y == 0 else col)

    return pixel_surface(TILE, px)


def ash_ground():
    """The ruined block's floor: ash and grit over broken concrete, dark and warm, embers still glowing in it."""
    grit = Fbm(22301, ((8, 0.5), (16, 0.5)))
    rng = random.Random(22300)

    def px(x, y):
        v = (grit(x + 0.5, y + 0.5) - 0.5) * 0.35 + rng.uniform(-0.06, 0.06)
        col = [c * (1 + v) for c in ASH]
        if rng.random() < 0.05:
            col = mix(col, (80, 74, 72), 0.5)
        if rng.random() < 0.0015:  # an ember: the block burnt down, and burns still
            col = mix(col, (255, 110, 36), rng.uniform(0.5, 0.9))
        return finish_px(col)

    return pixel_surface(TILE, px)


def checkpoint_deck(stripe=False):
    """The Gradosian checkpoint's floor: cold grey-violet plates laid on the diagonal, greyer and bluer than the violet
    walls, so a Dis's magenta and dark grey stand out on it; with `stripe`, the guide line's groove across them."""
    rng = random.Random(22400 + stripe)
    base = (34, 33, 45)

    def px(x, y):
        v = (ASPHALT_GRIT(x + 0.5, y + 0.5) - 0.5) * 0.08 + rng.uniform(-0.02, 0.02)
        col = [c * (1 + v) for c in base]
        d = (x + y) % 16
        if d == 0:
            col = [c * 0.5 for c in col]
        elif d == 1:
            col = mix(col, (88, 84, 110), 0.35)
        if stripe:
            col = guide_groove(x, y, col)
        return finish_px(col)

    return pixel_surface(TILE, px)


def guide_groove(x, y, col):
    """The deck's guide line at a pixel: a groove cut across the plates, one dull red stud lamp set in it per tile.
    A continuous bright red line read as a laser tripwire or a boundary, and red is the enemy's colour; a groove
    reads as part of the deck. Lit from above (canvas.LIGHT): its upper wall in shadow, its lower lip catching the
    light; turned across the diagonal (Tiled's flip, to run down the deck) they are its left wall and right lip, as
    the light would have them, and the lamp, at the tile's centre, stays there."""
    if not 13 <= y <= 18:
        return col
    if 13 <= x <= 18 and (x, y) not in ((13, 13), (18, 13), (13, 18), (18, 18)):  # the lamp's housing, corners off
        if 15 <= x <= 16 and 15 <= y <= 16:  # its lens, dim; a glint top-left
            return mix(GRADOS_RED, (230, 160, 160), 0.3) if (x, y) == (15, 15) else mix(GRADOS_RED, (40, 16, 26), 0.4)
        if x == 13 or y == 13:
            return (74, 70, 92)  # the rim's lit side
        if x == 18 or y == 18:
            return (14, 12, 20)
        return (34, 31, 44)
    if y == 13:
        return [c * 0.5 for c in col]  # the upper wall, turned from the light
    if y == 18:
        return mix(col, (88, 84, 110), 0.4)  # the lower lip
    return mix([c * 0.7 for c in col], (18, 16, 28), 0.25)  # the groove's floor


def rubble_asphalt():
    """Asphalt strewn with the ruins' grit and broken concrete, where the block spilled into the street."""
    cv = tile_canvas()
    rng = random.Random(22501)
    for _ in range(26):
        x, y, r = rng.uniform(4, 28), rng.uniform(4, 28), rng.uniform(0.4, 1.3)
        if center_window(int(x), int(y), 6, 13) < 0.3:
            continue
        cv.circle((8, 8, 10, 150), (x + 0.4, y + 0.5), r)
        cv.circle(rgba(mix((70, 74, 86), RUBBLE, rng.random()), 255), (x, y), r)
    dust = Fbm(22502)

    def fn(x, y, col, rng):
        return mix(col, ASH, 0.5 * center_window(x, y, 7, 15) * smoothstep(0.35, 0.6, dust(x + 0.5, y + 0.5)))

    return overlay(asphalt_surface(22500, fn), cv)


def storm_drain():
    """A storm drain at the kerb: an iron grate over the dark, in asphalt."""
    cv = tile_canvas()
    cv.poly((10, 10, 14), rect_pts(9, 8, 14, 16))
    for k in range(5):
        cv.poly((3, 3, 5), rect_pts(10.5 + k * 2.6, 9.5, 1.4, 13))
    cv.line((74, 78, 90), (9, 8), (23, 8), 0.5)
    cv.line((74, 78, 90), (9, 8), (9, 24), 0.5)
    cv.line((4, 4, 6), (9, 24), (23, 24), 0.6)
    return overlay(asphalt_surface(22600), cv)
