"""The tileset's grid: tile size, columns and rows, and the side bits of an autotile's neighbour mask."""

TILE = 32
COLS = 8
ROWS = 9

# Autotile mask = N*1 + E*2 + S*4 + W*8, each bit set when the neighbour on that side is the same kind of block.
N, E, S, W = 1, 2, 4, 8
