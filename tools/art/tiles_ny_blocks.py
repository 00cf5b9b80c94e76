"""New York tileset autotiles, one tile per neighbour mask: the black towers' roofs (ids 32-47), the ruined block's
broken walls (48-63) and the Gradosian checkpoint's angular walls (64-79). All solid."""

import math
import random

import pygame

from tools.art.canvas import cel
from tools.art.colour import Tones, mix, sat
from tools.art.noise import Fbm
from tools.art.tiles_common import (cast_shadow, faceted_rock, finish_px, inside_corner, pixel_surface, rock_poly,
                                    tile_canvas)
from tools.art.tiles_grid import E, N, S, TILE, W
from tools.art.tiles_ny_common import BRICK, CONCRETE_TONES, GRADOS_RED, WINDOW_COLD, WINDOW_LIT, light_pool

RES = 2  # drawn per pixel at twice the size, smooth-scaled down


def nearest_open_side(x, y, mask, widths, wobble=None, inside=()):
    """(u, side): the smallest distance of point (x, y) from an open side (no neighbour there), in that side's
    width; (inf, None) when every side has a neighbour. wobble(side, along) moves an edge in or out. Each inside
    corner (a pair of joined sides, as game.view.tiles.INSIDE_CORNERS) is where the faces of the neighbours across
    them turn round the open cell on the diagonal (tiles_common.inside_corner)."""
    def u(d):
        dist = {N: y, S: TILE - y, W: x, E: TILE - x}[d]
        if wobble:
            dist += wobble(d, x if d in (N, S) else y)
        return dist / widths[d], d

    best = min([(math.inf, None), *(u(d) for d in (N, E, S, W) if not mask & d)])
    return min([best, *(inside_corner(u(a), u(b), widths) for a, b in inside)])


def draw_per_pixel(fn):
    """A tile from fn(x, y) -> colour at RES x, smooth-scaled to the tile."""
    size = TILE * RES
    big = pixel_surface(size, lambda ix, iy: finish_px(fn((ix + 0.5) / RES, (iy + 0.5) / RES)))
    return pygame.transform.smoothscale(big, (TILE, TILE))


# -- the black towers ----------------------------------------------------------------------------------------------

TOWER_BLACK = (11, 12, 18)  # the roof's membrane: the towers are black, darker than the night's street round them
TOWER_SLATE = (34, 38, 52)  # its lightest: a seam's lit lip, the sky's sheen
# Px of each open side: the parapet on the far (N, W) sides; on the near ones the facade shows, floor on floor,
# the south deepest as the view looks down at a slant from the south.
TOWER_FACE = {N: 3.0, W: 3.0, S: 14.0, E: 6.0}
PARAPET = 2.2  # px of the parapet's rim on the near sides, above the facade
CROWN = 4.5  # px inside the parapet where the roof steps up to its crown: a setback round every tower's top
TOWER_SHEEN = Fbm(25001, ((2, 0.7), (4, 0.3)))
TOWER_GRAIN = Fbm(25002, ((16, 0.5), (32, 0.5)))


def window_lit(mask, side, column, floor):
    """Whether the window at (column, floor) of a facade is lit: about one in six, picked the same every time."""
    pick = random.Random(((mask * 16 + side) * 64 + column) * 64 + floor)
    return pick.random() < 0.3, pick.random() < 0.3


def tower_roof(x, y):
    """The roof: black membrane laid in slabs (two to a tile each way), a fine grain, the night sky's faint cold sheen
    drifting across it. Each slab is bevelled, lit on its north-west edges and dark on its south-east ones, so a tower
    many tiles wide reads as one roof of many slabs rather than a grid of lines."""
    col = mix(TOWER_BLACK, TOWER_SLATE, (TOWER_GRAIN(x, y) - 0.5) * 0.7 + (TOWER_SHEEN(x, y) - 0.35) * 0.9)
    sx, sy = x % 16, y % 16
    if sx < 0.6 or sy < 0.6:
        return [c * 0.6 for c in col]  # the seam
    if sx < 1.3 or sy < 1.3:
        return mix(col, TOWER_SLATE, 0.4)  # the lit bevel
    if sx > 15.0 or sy > 15.0:
        return [c * 0.8 for c in col]  # the shaded bevel
    if (x // 16 + y // 16) % 2:  # every other slab laid the other way, catching a little less of the sky
        col = [c * 0.9 for c in col]
    return col


def tower_crown(col, u, d):
    """The roof near an open side: the shadow the far parapet casts on it (the sun is in the north-west), then the
    crown's step, a steel lip lit on the far sides and in shadow on the near ones."""
    inside = (u - 1.0) * TOWER_FACE[d]  # px in from the parapet's crease
    far = d in (N, W)
    if inside < 1.6 and far:
        return [c * (0.55 + 0.25 * inside / 1.6) for c in col]
    if CROWN - 0.8 < inside < CROWN:  # the step's face, toward the parapet
        return mix(col, (118, 126, 146) if far else (6, 6, 10), 0.75)
    if CROWN <= inside < CROWN + 0.8:  # its top edge, catching the sky's light all round
        return mix(col, (72, 80, 100), 0.6 if far else 0.7)
    return col


def tower_tile(mask, inside=()):
    def px(x, y):
        u, d = nearest_open_side(x, y, mask, TOWER_FACE, inside=inside)
        if u >= 1.0:
            col = tower_roof(x, y)
            return tower_crown(col, u, d) if d is not None else col
        depth = u * TOWER_FACE[d]  # px from the foot of the face (0) to the crease
        if d in (N, W):  # the far parapet: lit steel, bright at the crease
            return mix((40, 44, 54), (150, 158, 176), sat(depth / TOWER_FACE[d]) ** 1.5)
        if depth > TOWER_FACE[d] - PARAPET:  # the near parapet's top
            return mix((70, 76, 92), (110, 118, 136), (depth - TOWER_FACE[d] + PARAPET) / PARAPET)
        # the facade: floors of dark glass, some windows lit, darker toward the street
        along = x if d == S else y
        floor_h, column_w = 2.8, 4.0
        floor, column = int(depth // floor_h), int(along // column_w)
        fy, fx = depth % floor_h, along % column_w
        shade = 0.45 + 0.55 * sat(depth / TOWER_FACE[d])
        col = [c * shade for c in (18, 20, 30)]
        if fy < 0.7 or fx < 0.7:
            return [c * shade for c in (44, 48, 60)]  # the spandrels and mullions
        lit, cold = window_lit(mask, d, column, floor)
        if lit:
            return mix(WINDOW_COLD if cold else WINDOW_LIT, col, 0.25 + 0.3 * (1 - shade))
        return col

    tile = draw_per_pixel(px)
    cv = tile_canvas()
    cv.surf = pygame.transform.smoothscale(tile, (TILE * 4, TILE * 4))
    # lights along the parapet, every 8 px, where a side is open: they outline the towers against the night
    for d in (N, E, S, W):
        if mask & d:
            continue
        for t in (4, 12, 20, 28):
            at = {N: (t, 1.5), W: (1.5, t), S: (t, TILE - TOWER_FACE[S] + 1.0), E: (TILE - TOWER_FACE[E] + 1.0, t)}[d]
            cv.soft_circle((255, 60, 50) if t in (4, 28) else (255, 230, 190), at, 0.5, 0.6, 220)
    return cv.result()


# -- the ruined block ----------------------------------------------------------------------------------------------

# Px of each open side: the far (N, W) walls show their broken top and a sliver of their outer face; the near
# ones their facade, a storey of brick and empty windows, the south's deepest as the view looks down from the south.
RUIN_WALL = {N: 4.0, W: 4.0, S: 11.0, E: 7.0}
RUIN_CAP = 2.6  # px of a wall's broken top, pale concrete catching the light, at the crease of every open side
RUIN_PHASE = {N: 0.7, E: 2.1, S: 3.3, W: 4.9}
RUIN_FIELD = Fbm(25101, ((8, 0.5), (16, 0.5)))
RUIN_CHUNKS = Fbm(25102, ((4, 0.6), (8, 0.4)))
RUIN_STUBS = Fbm(25103, ((8, 0.6), (16, 0.4)))
# The rooms' floors, warm and charred: the shell's inside, never the street's grey ash; dark as the night's streets
# are, lit here and there by what still burns in them.
RUIN_FLOOR = (54, 44, 40)
RUIN_HEAP = (84, 76, 72)
RUIN_BRICK = (110, 54, 40)
RUIN_CAP_TONE = (140, 130, 120)
RUIN_VOID = (14, 10, 12)
RUIN_FIRE = (255, 120, 40)


def ruin_wobble(d, t):
    """The broken top of a wall: ragged, periodic over the tile so runs join."""
    p = RUIN_PHASE[d]
    return 0.8 * math.sin(math.tau * t * 3 / 32 + p) + 0.5 * math.sin(math.tau * t * 7 / 32 + p * 1.9)


def ruin_facade(d, depth, along, v):
    """A near wall's face, depth px above its foot: brick in courses, a storey of empty windows (one in five still
    lit by a fire inside), darker toward the street."""
    shade = 0.5 + 0.5 * sat(depth / (RUIN_WALL[d] - RUIN_CAP))
    course, bond = depth / 1.5, along / 3.0 + (0.5 if int(depth / 1.5) % 2 else 0.0)
    if course % 1.0 < 0.22 or bond % 1.0 < 0.1:
        col = mix(RUIN_BRICK, (52, 40, 38), 0.6)  # the mortar
    else:
        col = [c * (1 + v * 0.5) for c in RUIN_BRICK]
    window, sill = along % 8.0, RUIN_WALL[d] - RUIN_CAP - 1.4
    if 2.4 < window < 5.6 and 2.0 < depth < sill:  # an empty window: the dark of the gutted floor behind it
        burning = random.Random(int(along // 8.0) * 7 + d).random() < 0.2
        glow = sat((sill - depth) / (sill - 2.0))  # the fire's light from below, toward the sill
        return mix(RUIN_VOID, RUIN_FIRE, 0.8 * glow) if burning else RUIN_VOID
    if 2.0 < window < 6.0 and sill <= depth < sill + 0.7:  # the lintel over it, in shadow
        return [c * 0.5 * shade for c in col]
    return [c * shade for c in col]


def ruin_floor(x, y, v, grain):
    """Inside the shell: charred floors, a room to a tile between the stubs of its partition walls (broken off where
    the noise says, each stub's pale top casting its shadow down-right), and heaps of what fell over them."""
    col = [c * (0.9 + v) for c in RUIN_FLOOR]
    if (RUIN_CHUNKS(x, y) * 5.0) % 1.0 < 0.1:
        col = [c * 0.6 for c in col]  # cracks and soot
    heap = sat((RUIN_CHUNKS(x, y) - 0.54) * 8.0)
    if heap > 0.5:  # a heap of broken concrete over the partitions: paler, its lumps lit or shaded by `grain`
        lump = 0.7 if grain < 0.2 else 1.2 if grain > 0.85 else 1.0
        return [c * (0.8 + heap * 0.2 + v * 0.8) * lump for c in RUIN_HEAP]
    # (px past the partition's west or north face, whether that stretch of it still stands) across, then down:
    # each has fallen in one place, its broken ends ragged
    ragged = (RUIN_STUBS(x, y) - 0.5) * 5.0
    stubs = [((x - 15.0) % 32.0, not 5.0 < (y + ragged) % 32.0 < 13.0),
             ((y - 15.0) % 32.0, not 8.0 < (x + ragged) % 32.0 < 22.0)]
    for past, standing in stubs:
        if standing and past < 1.8:
            return mix(RUIN_CAP_TONE, RUIN_BRICK, 0.2 + 0.4 * past / 1.8)  # the stub's top, lit on its far edge
    for past, standing in stubs:
        if standing and past < 3.6:
            return [c * 0.5 for c in col]  # and its shadow on the floor
    return mix(col, RUIN_HEAP, heap * 0.6)


def ruin_tile(mask, inside=()):
    """The shell of a building blown open: outer walls broken off a storey up, brick and empty windows on their
    near faces, pale broken tops; inside, the stubs of partition walls between charred floors and what fell."""
    rng = random.Random(25100 + mask)

    def px(x, y):
        u, d = nearest_open_side(x, y, mask, RUIN_WALL, ruin_wobble, inside)
        v, grain = (RUIN_FIELD(x, y) - 0.5) * 0.4 + rng.uniform(-0.05, 0.05), rng.random()  # drawn everywhere, so
        # an inside corner leaves the rest of the tile as it was
        if u >= 1.0:
            col = ruin_floor(x, y, v, grain)
            past = (u - 1.0) * RUIN_WALL[d] if d is not None else math.inf  # px in from the wall's top
            if past < 2.8 and d in (N, W):  # the far walls' shadow on the floor, the sun in the north-west
                col = [c * (0.45 + 0.5 * past / 2.8) for c in col]
            elif past < 1.0:
                col = [c * 0.7 for c in col]  # the near walls' inner edge
            return col
        depth = u * RUIN_WALL[d]
        if depth > RUIN_WALL[d] - RUIN_CAP:  # the broken top, brighter at its outer lip on the lit sides
            lip = sat((depth - RUIN_WALL[d] + RUIN_CAP) / RUIN_CAP)
            return [c * (0.85 + v * 0.5 + (0.2 * (1 - lip) if d in (N, W) else -0.15 * lip)) for c in RUIN_CAP_TONE]
        if d in (N, W):  # a sliver of the far walls' outer face, in their own shadow
            return [c * (0.35 + 0.25 * depth / (RUIN_WALL[d] - RUIN_CAP)) for c in RUIN_BRICK]
        return ruin_facade(d, depth, x if d == S else y, v)

    tile = draw_per_pixel(px)
    cv = tile_canvas()
    cv.surf = pygame.transform.smoothscale(tile, (TILE * 4, TILE * 4))
    # rubble on the floor, kept inside the walls and off the tile's edges (so it never seams)
    x0 = 3 + (0 if mask & W else RUIN_WALL[W])
    x1 = 29 - (0 if mask & E else RUIN_WALL[E])
    y0 = 3 + (0 if mask & N else RUIN_WALL[N])
    y1 = 29 - (0 if mask & S else RUIN_WALL[S])
    chunks = []
    for _ in range(0 if mask == 15 else 4):
        cx, cy = rng.uniform(x0 + 1.5, x1 - 1.5), rng.uniform(y0 + 1.5, y1 - 1.5)
        chunks.append((rock_poly(rng, cx, cy, rng.uniform(1.2, 2.8), rng.choice((4, 5)), 0.8, 0.3, rng.uniform(0, 6)),
                       rng.choice((CONCRETE_TONES, BRICK, CONCRETE_TONES))))
    for pts, _ in chunks:
        cast_shadow(cv, pts, (0.8, 1.0), 120, 0.6)
    for pts, tones in chunks:
        faceted_rock(cv, pts, tones, 0.5, outline_w=0.35)
    if mask != 15 and rng.random() < 0.5:  # a charred beam across the heap
        a = rng.uniform(0, math.pi)
        c = ((x0 + x1) / 2, (y0 + y1) / 2)
        ends = [(c[0] + math.cos(a) * s * 5, c[1] + math.sin(a) * s * 5) for s in (-1, 1)]
        cv.line((10, 8, 8), ends[0], ends[1], 1.6)
        cv.line((60, 40, 30), (ends[0][0] - 0.4, ends[0][1] - 0.4), (ends[1][0] - 0.4, ends[1][1] - 0.4), 0.5)
    # a fire still burning in the heap, its light on the floor round it; at a corner or an end, never along a
    # straight run of wall, where every tile of the run would hold the same fire
    if mask not in (15, N | S, E | W) and rng.random() < 0.6:
        fx, fy = rng.uniform(x0 + 2, x1 - 2), rng.uniform(y0 + 2, y1 - 2)
        light_pool(cv, (fx, fy), min(fx, TILE - fx, fy, TILE - fy, 10.0) - 0.5, 150, RUIN_FIRE, (255, 200, 120))
        cv.soft_circle((255, 150, 60), (fx, fy), 1.8, 0.6, 255)
        cv.circle((255, 236, 190), (fx - 0.3, fy - 0.3), 0.9)
    return cv.result()


# -- the Gradosian checkpoint --------------------------------------------------------------------------------------

GRADOS_TOP = (64, 36, 78)
GRADOS_FACE = {N: 3.0, W: 3.0, S: 8.0, E: 5.5}


def grados_top(x, y):
    """The wall's top: plates cut on the diagonal in a chevron, each facet lit by its slant."""
    up = (x + y) % 16 < 8 if (x // 16) % 2 == 0 else (x - y) % 16 < 8
    col = mix(GRADOS_TOP, (112, 78, 132), 0.28) if up else GRADOS_TOP
    if min((x + y) % 8, (x - y) % 8) < 0.6:
        col = [c * 0.55 for c in col]
    return col


def grados_tile(mask, inside=()):
    def px(x, y):
        u, d = nearest_open_side(x, y, mask, GRADOS_FACE, inside=inside)
        if u >= 1.0:
            return grados_top(x, y)
        depth = u * GRADOS_FACE[d]
        if d in (N, W):
            return mix((40, 22, 50), (150, 110, 170), sat(depth / GRADOS_FACE[d]) ** 1.3)
        col = mix((14, 6, 20), (70, 40, 84), sat(depth / GRADOS_FACE[d]) ** 1.2)
        along = x if d == S else y
        if 2.0 < depth < GRADOS_FACE[d] - 2.0 and (along % 8) < 4.5:  # angled vents, red in the dark
            slope = (along % 8) - (depth - 2.0) * 0.6
            if 0 < slope < 1.6:
                return mix(col, GRADOS_RED, 0.75)
        return col

    tile = draw_per_pixel(px)
    cv = tile_canvas()
    cv.surf = pygame.transform.smoothscale(tile, (TILE * 4, TILE * 4))
    # the spine: a glowing red seam down the wall's middle, to every neighbour; a faceted hub where it turns or ends
    present = [d for d in (N, E, S, W) if mask & d]
    seg = {N: ((16, 0), (16, 16)), S: ((16, 16), (16, 32)), W: ((0, 16), (16, 16)), E: ((16, 16), (32, 16))}
    for d in present:
        a, b = seg[d]
        cv.line((20, 4, 10), a, b, 2.2)
        cv.line(GRADOS_RED, a, b, 0.9)
    if mask not in (N | S, E | W):
        hub = [(16, 10.5), (21.5, 16), (16, 21.5), (10.5, 16)]
        cel(cv, hub, Tones((96, 58, 112), outline=(20, 8, 26)), ow=0.5, dark_w=1.2, light_w=0.8)
        cv.soft_circle(GRADOS_RED, (16, 16), 2.0, 1.2, 230)
        cv.circle((255, 200, 200), (15.6, 15.6), 0.6)
    return cv.result()
