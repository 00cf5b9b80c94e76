"""The New York tileset: Manhattan at night, three years into the occupation; every tile put in its place in
new_york.png, and the text of new_york.tsx for Tiled.

assets/tilesets/new_york.png (32x32 tiles, 8 columns, 12 rows, 96 tiles) and its Tiled 1.8 external tileset
new_york.tsx. Local tile ids:

    id      row  contents                                             solid
    0-7     0    street (opaque): 0 asphalt, 1 asphalt with a tar      no
                 seam, 2 cracked, 3 patch and pothole, 4 lane dash
                 across, 5 lane dash down, 6 centre line (double
                 yellow) across, 7 centre line down
    8-15    1    sidewalk (opaque): 8 slabs, 9 slabs cracked and       no
                 stained, 10-13 slabs with the curb on the N, S, W,
                 E side (the street beyond it), 14 plaza slab,
                 15 ash over broken concrete (the ruins' floor)
    16-23   2    decoration (transparent): 16 litter and glass,        no
                 17 small rubble, 18 scorch, 19 oil puddle, 20 tracks
                 across, 21 tracks down, 22 street lamp and its pool
                 of light, 23 the resistance's painted comet
    24-31   3    obstacles (transparent, shadow apart): 24 burnt car   YES
                 across, 25 burnt car down, 26 sandbag barricade,
                 27 tank trap, 28 rubble heap, 29 concrete barriers,
                 30 Gradosian checkpoint pylon, 31 fire in a drum
    32-47   4-5  black tower roof autotile, id = 32 + mask (opaque)    YES
    48-63   6-7  ruined building autotile, id = 48 + mask (opaque)     YES
    64-79   8-9  Gradosian checkpoint wall autotile, id = 64 + mask    YES
    80-87   10   80 crosswalk (bars across), 81 crosswalk (bars        no
                 down), 82 checkpoint deck, 83 checkpoint deck with
                 its guide line (a groove, a dull red stud lamp in
                 it), 84 asphalt strewn with rubble,
                 85 storm drain (all opaque); 86 rooftop warning
                 light, 87 rooftop plant (transparent: for a layer
                 over the walls, on the towers' roofs)
    88-91   11   street corners (opaque): slabs with the curb round    no
                 88 the NW, 89 the NE, 90 the SW, 91 the SE corner;
                 92 rooftop water tank, 93 rooftop landing pad
                 (transparent, for the roofs)
    94      11   cargo crate, the landing field's freight             YES
                 (transparent, shadow apart, as 24-31); 95 empty

    Autotile mask = N*1 + E*2 + S*4 + W*8, as in the Mars tileset.

Three edge Wang sets, "Black towers", "Ruins" and "Checkpoint walls", paint the autotiles with Tiled's Terrain
Brush, as the Mars tileset's do (see tileset.py), and new_york_corners.png holds their inside corners, a row each
in that order (tileset.corner_sheet). The standing tiles (24-31, 94) are drawn apart from their shadows in
new_york_body.png and new_york_shadow.png, which the game casts anew when a tile is flipped or turned, and turned and
lit again in new_york_turned_<turn>.png (tileset.turned_sheet).
"""

from tools.art.tileset import corner_sheet, lay_out, tsx_text
from tools.art.tiles_grid import E, S
from tools.art.tiles_ny_blocks import grados_tile, ruin_tile, tower_tile
from tools.art.tiles_ny_decoration import (litter, oil_puddle, resistance_comet, roof_beacon, roof_helipad, roof_unit,
                                           roof_water_tank, scorch, small_rubble, street_lamp, tread_marks)
from tools.art.tiles_ny_ground import (ash_ground, asphalt_a, asphalt_b, asphalt_cracked, asphalt_pothole,
                                       centre_line, checkpoint_deck, crosswalk, curb, lane_line, plaza,
                                       rubble_asphalt, sidewalk, storm_drain)
from tools.art.tiles_ny_obstacles import (burnt_car_h, burnt_car_v, cargo_crate, fire_drum, grados_pylon,
                                          jersey_barrier, rubble_heap, sandbags, tank_trap)

NAME = "new_york"
ROWS = 12
TOWER, RUIN, GRADOS = 32, 48, 64  # each autotile's first id
CARGO = 94  # the landing field's freight: standing, but added after the rows were laid out, so in the last row
SOLID_IDS = list(range(24, 32)) + list(range(TOWER, GRADOS + 16)) + [CARGO]
WANG_SETS = (
    ("Black towers", "tower", "#5a6aa0", TOWER, TOWER + E + S),
    ("Ruins", "ruin", "#c08a5a", RUIN, RUIN + E + S),
    ("Checkpoint walls", "checkpoint", "#e02c46", GRADOS, GRADOS + E + S),
)


def build_tileset():
    """(new_york.png, new_york_body.png, new_york_shadow.png), as tileset.build_tileset's for Mars."""
    tiles = {
        0: asphalt_a(), 1: asphalt_b(), 2: asphalt_cracked(), 3: asphalt_pothole(),
        4: lane_line(False), 5: lane_line(True), 6: centre_line(False), 7: centre_line(True),
        8: sidewalk(22000), 9: sidewalk(22010, stains=3), 10: curb("N"), 11: curb("S"), 12: curb("W"),
        13: curb("E"), 14: plaza(), 15: ash_ground(),
        16: litter(), 17: small_rubble(), 18: scorch(), 19: oil_puddle(), 20: tread_marks(False),
        21: tread_marks(True), 22: street_lamp(), 23: resistance_comet(),
        **standing_tiles(),
        80: crosswalk(False), 81: crosswalk(True), 82: checkpoint_deck(), 83: checkpoint_deck(stripe=True),
        84: rubble_asphalt(), 85: storm_drain(), 86: roof_beacon(), 87: roof_unit(),
        88: curb("NW"), 89: curb("NE"), 90: curb("SW"), 91: curb("SE"), 92: roof_water_tank(), 93: roof_helipad(),
    }
    for mask in range(16):
        tiles[TOWER + mask] = tower_tile(mask)
        tiles[RUIN + mask] = ruin_tile(mask)
        tiles[GRADOS + mask] = grados_tile(mask)
    return lay_out(tiles, ROWS)


def standing_tiles():
    """The New York tileset's standing tiles, id → (body, shadow), lit from canvas.LIGHT as it stands."""
    return {24: burnt_car_h(), 25: burnt_car_v(), 26: sandbags(), 27: tank_trap(), 28: rubble_heap(),
            29: jersey_barrier(), 30: grados_pylon(), 31: fire_drum(), CARGO: cargo_crate()}


def build_corners():
    """new_york_corners.png: the inside corners of the towers, the ruins and the checkpoint walls, as WANG_SETS."""
    return corner_sheet((tower_tile, ruin_tile, grados_tile))


def ny_tsx_text():
    return tsx_text(NAME, ROWS, SOLID_IDS, WANG_SETS)
