"""The Mars tileset: every tile put in its place in mars.png, and the text of mars.tsx for Tiled.

assets/tilesets/mars.png (32x32 tiles, 8 columns, 9 rows, 72 tiles) and its
Tiled 1.8 external tileset mars.tsx.  Local tile ids:

    id      row  contents                                         solid
    0-7     0    ground (opaque): 0 ochre A, 1 ochre B,            no
                 2 ochre C speckled, 3 darker dust, 4 cracked,
                 5 wind ripples, 6 pale sand, 7 gravel
    8-15    1    decoration (transparent): 8 pebbles, 9 small     no
                 rock, 10 small crater, 11 tread marks horiz.,
                 12 tread marks vert., 13 scorch, 14 metal
                 debris, 15 broken cable/pipe
    16-23   2    obstacles (transparent, shadow apart):           YES
                 16 boulder, 17 boulder cluster, 18 rock
                 outcrop, 19 tall jagged rock, 20 wrecked hull,
                 21 wrecked wing, 22 supply crates, 23 fuel tank
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
    53      6    worn deck plate (opaque): scuffs, oil stain       no
    54      6    patched deck plate (opaque), a bolt missing       no
    55      6    painted line up and down (opaque)                 no
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

Where an autotile joins two sides meeting at a corner and the neighbours
across them turn round a cell of another kind on its diagonal (an inside
corner), their faces would stop short at that corner: the game lays the
corner piece of mars_corners.png over it (corner_sheet; a row per Wang set,
in the .tsx's order), so designers paint with the 15 tiles as before.

The standing tiles (9, 16-23, 48, 49) are drawn apart from their shadows:
mars_body.png holds them alone, mars_shadow.png their shadows in place,
and mars.png each over its shadow cast as the game casts it (over_shadow in
game/view/tiles.py), which is how Tiled and the game show a tile painted
as it is.  The game draws a flipped or turned one from the other two, so its
shadow still falls down-right, and takes its body from mars_turned_<turn>.png
(turned_sheet: a sheet for each of Tiled's seven flips and turns, x to xyd),
where each standing tile is drawn under the key light turned back and then
turned, so its lit side stays up and to the left too (the faces shaded by
LIGHT: the rocks' facets and the cel bands; shading painted in place, as the
wrecks' and the fuel tank's, turns with the tile still).
"""

import pygame

from game.view.tiles import INSIDE_CORNERS, over_shadow, turned  # X_corners.png's columns as the game reads them
from tools.art import canvas
from tools.art.tiles_autotiles import rock_tile, wall_tile, wall_top_surface
from tools.art.tiles_decoration import (deco_cable, deco_debris, deco_pebbles, deco_scorch, deco_small_crater,
                                        deco_small_rock, tread_marks)
from tools.art.tiles_floor import (floor_chevron, floor_concrete, floor_damaged, floor_deck, floor_grate, floor_hazard,
                                   floor_light, floor_line, floor_patched, floor_worn)
from tools.art.tiles_grid import COLS, E, N, ROWS, S, TILE, W
from tools.art.tiles_ground import (ground_a, ground_b, ground_c, ground_cracked, ground_dark_dust, ground_gravel,
                                    ground_pale, ground_ripples)
from tools.art.tiles_obstacles import (obst_boulder, obst_boulder_cluster, obst_crates, obst_fuel_tank, obst_hull,
                                       obst_outcrop, obst_spire, obst_wing)
from tools.art.tiles_rubble import breached_wall, large_crater, loose_rubble, rubble_pile, warning_beacon


SOLID_IDS = list(range(16, 24)) + list(range(32, 48)) + [48, 49] + list(range(56, 72))


# Edge Wang sets over the two autotiles: (set name, colour name, colour, first id, representative id).
# The representative is the outer corner with neighbours E and S (mask 6): it shows both the block's top
# and its edge, so the set is recognisable in Tiled's Terrain Sets list.
WANG_SETS = (
    ("Base walls", "wall", "#3f9cff", 32, 32 + E + S),
    ("Rock cliffs", "cliff", "#ffd23f", 56, 56 + E + S),
)


def build_tileset():
    """(mars.png, mars_body.png, mars_shadow.png): every tile as Tiled shows it; the standing tiles alone; their
    shadows in place."""
    tiles = {
        0: ground_a(), 1: ground_b(), 2: ground_c(), 3: ground_dark_dust(),
        4: ground_cracked(), 5: ground_ripples(), 6: ground_pale(), 7: ground_gravel(),
        8: deco_pebbles(), 10: deco_small_crater(),
        11: tread_marks(False), 12: tread_marks(True), 13: deco_scorch(),
        14: deco_debris(), 15: deco_cable(),
        24: floor_deck(), 25: floor_hazard(), 26: floor_grate(), 27: floor_concrete(),
        28: floor_line(), 29: floor_chevron(), 30: floor_damaged(), 31: floor_light(),
        50: loose_rubble(), 51: large_crater(), 52: warning_beacon(), 53: floor_worn(), 54: floor_patched(),
        55: floor_line(down=True), **standing_tiles(),
    }
    top = wall_top_surface()
    for mask in range(16):
        tiles[32 + mask] = wall_tile(mask, top)
        tiles[56 + mask] = rock_tile(mask)
    return lay_out(tiles, ROWS)


def standing_tiles():
    """The Mars tileset's standing tiles, id → (body, shadow), lit from canvas.LIGHT as it stands."""
    return {9: deco_small_rock(), 16: obst_boulder(), 17: obst_boulder_cluster(), 18: obst_outcrop(),
            19: obst_spire(), 20: obst_hull(), 21: obst_wing(), 22: obst_crates(), 23: obst_fuel_tank(),
            48: breached_wall(), 49: rubble_pile()}


def turned_sheet(draw_standing, rows, flips):
    """A tileset's X_turned_<name>.png for a turn of TURNS, beside X.png (game/view/tiles.py reads it): its standing
    tiles (draw_standing() → {id: (body, shadow)}) turned that way, in their places, each drawn under the key light
    turned back so that, turned, it is lit from LIGHT as the tile painted as it is: a flipped rock's lit side stays
    up and to the left, as its shadow stays down and to the right."""
    sheet = pygame.Surface((COLS * TILE, rows * TILE), pygame.SRCALPHA)
    sheet.fill((0, 0, 0, 0))
    with canvas.lit_from(turned_back(canvas.LIGHT, flips)):
        tiles = draw_standing()
    for tid, (body, _) in sorted(tiles.items()):
        sheet.blit(turned(body, flips), ((tid % COLS) * TILE, (tid // COLS) * TILE))
    return sheet


def turned_back(light, flips):
    """The light that a tile flipped and turned as `flips` says (Tiled's order: the diagonal, then X and Y) shows
    coming from `light`: the turn undone, Y and X first."""
    flip_x, flip_y, diagonal = flips
    x, y = light
    x, y = (-x if flip_x else x), (-y if flip_y else y)
    return (y, x) if diagonal else (x, y)


def build_corners():
    """mars_corners.png: the inside corners of the base walls and the rock cliffs, as WANG_SETS has them."""
    top = wall_top_surface()
    return corner_sheet((lambda mask, inside: wall_tile(mask, top, inside), rock_tile))


def corner_sheet(draws):
    """A tileset's X_corners.png, beside X.png (game/view/tiles.py reads it): a row for each of its edge Wang sets in
    the .tsx's order, of that autotile's inside corners in INSIDE_CORNERS's order. Each is what the tile
    joined on every side (mask 15), drawn by draw(mask, inside corners), changes when that corner is drawn inside,
    the rest clear: the game lays it on an autotile whose neighbours turn round a cell on its diagonal, where their
    faces would stop short."""
    sheet = pygame.Surface((len(INSIDE_CORNERS) * TILE, len(draws) * TILE), pygame.SRCALPHA)
    sheet.fill((0, 0, 0, 0))
    for row, draw in enumerate(draws):
        whole = pygame.surfarray.array3d(draw(15, ()))
        for column, corner in enumerate(INSIDE_CORNERS):
            piece = draw(15, (corner,)).copy()
            changed = (pygame.surfarray.array3d(piece) != whole).any(axis=2)
            pygame.surfarray.pixels_alpha(piece)[...] = changed * 255
            sheet.blit(piece, (column * TILE, row * TILE))
    return sheet


def lay_out(tiles, rows):
    """(shown, bodies, shadows): the sheets of a tileset `rows` tiles high from {id: tile, or (body, shadow) for a
    standing tile}; a standing tile is shown over its shadow cast as the game casts it."""
    sheets = [pygame.Surface((COLS * TILE, rows * TILE), pygame.SRCALPHA) for _ in range(3)]
    for sheet in sheets:
        sheet.fill((0, 0, 0, 0))
    shown, bodies, shadows = sheets
    for tid in sorted(tiles):
        place = ((tid % COLS) * TILE, (tid // COLS) * TILE)
        if isinstance(tiles[tid], tuple):  # a standing tile and its shadow, kept apart for the game to cast
            body, shadow = tiles[tid]
            bodies.blit(body, place)
            shadows.blit(shadow, place)
            shown.blit(over_shadow(body, shadow), place)
        else:
            shown.blit(tiles[tid], place)
    return sheets


def wang_id(mask):
    """Tiled's wangid of an edge autotile: top, top-right, right, bottom-right, bottom, bottom-left, left,
    top-left; colour 1 on each side that has a neighbour of the same kind, corners unused (0)."""
    top, right, bottom, left = (1 if mask & side else 0 for side in (N, E, S, W))
    return "%d,0,%d,0,%d,0,%d,0" % (top, right, bottom, left)


def wangsets_lines(wang_sets=WANG_SETS):
    """The <wangsets> element exactly as Tiled 1.8 writes it (a round trip through Tiled leaves it unchanged)."""
    lines = [' <wangsets>']
    for set_name, colour_name, colour, base, representative in wang_sets:
        lines.append('  <wangset name="%s" type="edge" tile="%d">' % (set_name, representative))
        lines.append('   <wangcolor name="%s" color="%s" tile="%d" probability="1"/>'
                     % (colour_name, colour, representative))
        for mask in range(1, 16):  # mask 0 has no colour at all: not a Wang tile (see the module docstring)
            lines.append('   <wangtile tileid="%d" wangid="%s"/>' % (base + mask, wang_id(mask)))
        lines.append('  </wangset>')
    lines.append(' </wangsets>')
    return lines


def tsx_text(name="mars", rows=ROWS, solid_ids=SOLID_IDS, wang_sets=WANG_SETS):
    """The .tsx of tileset `name` (its image name.png, `rows` tiles high): its solid tiles and its Wang sets."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<tileset version="1.8" tiledversion="1.8.2" name="%s" tilewidth="32" tileheight="32" '
        'tilecount="%d" columns="%d">' % (name, COLS * rows, COLS),
        ' <image source="%s.png" width="%d" height="%d"/>' % (name, COLS * TILE, rows * TILE),
    ]
    for tid in solid_ids:
        lines += [
            ' <tile id="%d">' % tid,
            '  <properties>',
            '   <property name="solid" type="bool" value="true"/>',
            '  </properties>',
            ' </tile>',
        ]
    lines += wangsets_lines(wang_sets)
    lines.append('</tileset>')
    return "\n".join(lines) + "\n"
