"""The largest map the loader will read: caps that keep a hostile or broken file from exhausting memory or time."""

# Every cap is far above what a hand-made level needs (levels/mars_base.tmx: 64 x 40 cells, 20 KB, 14 objects)
# and low enough that the worst file under all of them loads in about a second and a few hundred MB.

MAX_FILE_BYTES = 32 * 1024 * 1024  # any one .tmx/.tsx/.tx file
MAX_XML_ELEMENTS = 250_000  # per file; the XML tile format spends one element per cell, so this caps that too
MAX_CELLS = 1_000_000  # width x height of the map
MAX_DECODED_CELLS = 4_000_000  # summed over all tile layers: many layers of a full-size map add up
MAX_TILE_PX = 1024  # a tile's width or height
MAX_TILESET_TILES = 250_000  # grid positions in one tileset image (pytmx walks them all)
MAX_TILESETS = 256
MAX_TEMPLATES = 1_000  # distinct template files one map may use
MAX_OBJECTS = 100_000
MAX_POINTS = 200_000  # polygon and polyline corners, summed over the map
MAX_GROUP_DEPTH = 32  # group layers inside group layers
MAX_PROPERTY_DEPTH = 16  # class-typed properties inside class-typed properties
MAX_PROBLEMS = 100  # listed per map; a broken file can have one per cell, and nobody reads past the first screen
MAX_DISTINCT_TILES = 65_536  # different tile ids (with their flips) used by the map's layers
# px from the map's corner an object's position, size or corner may lie, its layers' offsets added. pygame draws in
# 32-bit whole pixels (2**31 and more wrap round or raise), and the dust of a zone is drawn whole, so its time grows
# with the zone's size: a zone this size takes a tenth of a second. (A 1,000 x 1,000 map of 32 px tiles is 32,000 px.)
MAX_PLACE_PX = 1_000_000
