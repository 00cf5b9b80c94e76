"""The tile map: chunk surfaces (layers in file order, tiles from tiles.py) drawn the first time each is seen,
composed into a buffer a little larger than the view (a step past its edge moves what it holds in place and draws only
the strip newly in it), drawn to the screen in one blit. Past the map's edge
the ground goes on into the night: the chunks cover an apron round the map as wide as the camera can see past it, its
cells drawn from the cells along the map's edge (see _beyond) and darkened with their distance from it."""

import math
from collections import OrderedDict

import numpy as np
import pygame

from game.content.level_data import LevelData
from game.view.camera import HUD_BOTTOM, HUD_TOP, SHAKE_ROOM
from game.view.tiles import INSIDE_CORNERS, Autotile, E, N, S, W, Sheets, cut_corners, cut_tiles

CHUNK = 512  # px square: few blits to fill the buffer, little overdraw at the edges
KEPT_CHUNKS = 48  # ~48 MB of chunks at most; a map bigger than that re-draws what scrolls back into view
# px of map the buffer holds beyond each side of the view: the view moves this far before the buffer is refilled
# (every ~20 frames when walking, every other one when the camera races; a refill is a few chunk blits). Small, because
# a bigger buffer made the per-frame blit measurably slower.
BUFFER_MARGIN = 32
BEYOND = (22, 14, 12)  # the screen past the apron (no camera goes there): dark, as the apron's far night is
# The ground past the map's edge: each colour channel keeps NIGHT's share of itself far out (a dark ochre, the red
# kept longest, as Mars's ground at dusk), and darkens toward it over some NIGHTFALL px, from nothing at the edge.
NIGHT = (0.22, 0.14, 0.11)
NIGHTFALL = 96
# Across a map smaller than the view, which the camera centres and never scrolls, the ground past its edge is always in
# sight: over NIGHTFALL it was a wide, featureless gradient (the seamless ground darkened past half its light within
# 80 px), read as a smear. There the night falls within DUSK px, a rim round the lit map, and the ground goes on in it.
DUSK = 24
# The shade at each of 256 lights (0 the night, 255 the day): the palette of an 8-bit image of the light.
SHADES = ((np.array(NIGHT) * 255 + np.multiply.outer(np.arange(256), 1 - np.array(NIGHT)))
          .round().astype(np.uint8).tolist())
SPREAD = 3  # cells along the edge either way a cell past it may take its ground from
# Mean difference (of 255, per channel) between a tile's opposite sides at most for it to run on past the edge: the
# ground and the rock's inside are within 4; a cliff's face across itself, a floor plate's joint 20 and more.
SEAMLESS = 12


class MapView:
    def __init__(self, level: LevelData, overlay=None) -> None:
        """overlay(chunk, left, top), if given, paints over each chunk once it is drawn (the storm's haze)."""
        self.level = level
        self.overlay = overlay
        sheets = Sheets()  # each tileset image read once, for the tiles and their corner pieces alike
        self._tiles = cut_tiles(level, sheets)
        autotiles = cut_corners(level, sheets)
        # Per layer, row → (column, piece) of each autotile's inside corner to fill (see _inside_corners)
        self._corners = [_inside_corners(layer.cells, autotiles) for layer in level.layers]
        self._chunks: OrderedDict[tuple[int, int], pygame.Surface] = OrderedDict()  # least recently seen first
        # The map between world pixels buffer_rect, made from chunks; one blit of it draws a frame. A single
        # composed surface because one blit of the whole view costs half what the same pixels cost in chunk pieces.
        self._buffer: pygame.Surface | None = None
        self.buffer_rect = pygame.Rect(0, 0, 0, 0)
        self._buffer_view = (0, 0)  # the view size the buffer was made for
        self._map = pygame.Rect((0, 0), level.pixel_size)
        self._world = self._map.copy()  # the ground drawn: the map and its apron (see _fit)
        self._fitted = None  # the view size the apron was made for
        self._falls = NIGHTFALL, NIGHTFALL  # px the night falls over past the left and right edges, the top and bottom
        self._runs: dict[int, tuple[bool, bool]] = {}  # gid → whether it runs on across, down (see _runs_on)
        self._ready_span = None  # chunks (first column, first row, last column, last row) all drawn, till one is new

    def ground_light(self) -> float:
        """The ground's mean light (luma, 0..255) over its cells: the lowest layer shown with a tile on it, as the
        chunks draw it (an empty one under it, as Tiled's first "Tile Layer 1" left unused, is no ground: taken for
        it, a Mars map read as night). Mars's sand is near 120 and New York's night streets near 30 (the renderer
        draws shots by it)."""
        lights: dict[int, float] = {}  # gid → its tile's mean light, each tile measured once
        for layer in self.level.layers:
            if not layer.visible or layer.opacity <= 0:
                continue
            total = count = 0
            for row in layer.cells:
                for gid in row:
                    light = lights.get(gid)
                    if light is None and gid in self._tiles:
                        red, green, blue, _ = pygame.transform.average_color(self._tiles[gid])
                        light = lights[gid] = 0.299 * red + 0.587 * green + 0.114 * blue
                    if light is not None:
                        total, count = total + light, count + 1
            if count:
                return total / count
        return 0.0

    def _chunk_rect(self, cx: int, cy: int) -> pygame.Rect:
        """The world pixels chunk (cx, cy) holds: its square of the grid, cut to the map and its apron."""
        return pygame.Rect(cx * CHUNK, cy * CHUNK, CHUNK, CHUNK).clip(self._world)

    def _render_chunk(self, left: int, top: int) -> pygame.Surface:
        """The chunk whose grid square's top-left is world point (left, top): its tiles, the overlay, the night."""
        level = self.level
        rect = pygame.Rect(left, top, CHUNK, CHUNK).clip(self._world)
        left, top = rect.topleft
        # Made in the window's pixel format, as convert() would copy it to, without the copy
        surface = pygame.Surface(rect.size, 0, pygame.display.get_surface())
        surface.fill((120, 62, 34))
        tw, th = level.tile_width, level.tile_height
        rows = range(top // th, (rect.bottom + th - 1) // th)
        columns = range(left // tw, (rect.right + tw - 1) // tw)
        left_col, right_col = columns.start, columns.stop
        tiles = self._tiles
        first = True  # the first layer drawn is the ground
        for layer, corners in zip(level.layers, self._corners):
            if not layer.visible or layer.opacity <= 0:
                continue
            target = surface
            if layer.opacity < 1:
                target = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
            # The layer's tiles in one fblits, in the order one blit each drew them: a chunk holds some 300, and
            # a blit call each was a third of the chunk's time
            placed = []
            for row in rows:
                if 0 <= row < level.height:  # the map's own cells, and any past its left and right edges
                    gids = [*(self._beyond(layer.cells, row, col, first) for col in range(left_col, 0)),
                            *layer.cells[row][max(left_col, 0):right_col],
                            *(self._beyond(layer.cells, row, col, first) for col in range(level.width, right_col))]
                else:
                    gids = [self._beyond(layer.cells, row, col, first) for col in columns]
                # Tiles taller than the grid (big objects) sit on the cell's bottom edge, as in Tiled.
                bottom = (row + 1) * th - top
                placed += [(image, (col * tw - left, bottom - image.get_height()))
                           for col, gid in zip(columns, gids) if (image := tiles.get(gid)) is not None]
                placed += [(piece, (col * tw - left, bottom - piece.get_height()))
                           for col, piece in corners.get(row, ()) if left_col <= col < right_col]
            target.fblits(placed)
            first = False
            if target is not surface:
                target.set_alpha(round(layer.opacity * 255))
                surface.blit(target, (0, 0))
        if self.overlay is not None:
            self.overlay(surface, left, top)
        if not self._map.contains(rect):
            _nightfall(surface, rect, self._map, self._world, self._falls)
        return surface

    def _beyond(self, cells, row: int, col: int, ground: bool) -> int:
        """The tile (gid, 0 for none) a cell past the map's edge shows of a layer (`cells`): the nearest edge cell's,
        if it runs on seamlessly that way (_runs_on), so the border's rock goes on into the night as rock and a
        cliff's face goes on along its length, never in a row of faces. The ground is taken from an edge cell up to
        SPREAD cells along the edge either way (picked by the cell's place): the same kind of ground goes on, with
        no tile repeated in a line."""
        last_row, last_col = len(cells) - 1, len(cells[0]) - 1
        near_row, near_col = min(max(row, 0), last_row), min(max(col, 0), last_col)
        out_row, out_col = near_row != row, near_col != col
        spread, pick = 2 * SPREAD + 1, (row * 73856093 ^ col * 19349663) & 0xFFFF  # the same every time it is drawn
        # The ground: a few of the cell's own picks along the edge, then the nearest edge cell (turn None); the first
        # that runs on (a floor plate does not). Over it only the nearest edge cell's.
        for turn in [*range(0, spread, 2), None] if ground else (None,):
            pick_row, pick_col = near_row, near_col
            if turn is not None:
                shift_row, shift_col = (pick // spread + turn) % spread - SPREAD, (pick + turn) % spread - SPREAD
                pick_row = min(max(near_row + shift_row, 0), last_row) if out_col else near_row
                pick_col = min(max(near_col + shift_col, 0), last_col) if out_row else near_col
            gid = cells[pick_row][pick_col]
            if gid:
                across, down = self._runs_on(gid)
                if (across or not out_col) and (down or not out_row):
                    return gid
        return 0

    def _runs_on(self, gid: int) -> tuple[bool, bool]:
        """Whether the tile, laid again beside itself across and down, runs on with no seam: a whole opaque cell
        whose opposite sides match (the ground, the inside of a rock mass; a cliff's face along its length, not
        across it; not a floor plate, with its joint along one side, nor a pebble)."""
        runs = self._runs.get(gid)
        if runs is None:
            image = self._tiles[gid]
            runs = False, False
            if image.get_size() == (self.level.tile_width, self.level.tile_height) and (
                    pygame.surfarray.array_alpha(image).min() == 255):
                colour = pygame.surfarray.array3d(image).astype(np.int16)
                runs = (np.abs(colour[0] - colour[-1]).mean() <= SEAMLESS,
                        np.abs(colour[:, 0] - colour[:, -1]).mean() <= SEAMLESS)
            self._runs[gid] = runs
        return runs

    def draw(self, surface: pygame.Surface, left: float, top: float) -> None:
        """The map and its apron with world point (left, top) at the screen's top-left corner; the screen past the
        apron, where no camera goes, is BEYOND's shade."""
        # round() per chunk position before: round(k - left) == k + round(-left) for any even k, as CHUNK is.
        shift_x, shift_y = round(-left), round(-top)
        view_size = surface.get_size()
        self._fit(view_size)
        view = pygame.Rect((-shift_x, -shift_y), view_size)
        seen = view.clip(self._world)  # the world pixels on screen
        if not seen:
            return
        refill = not self.buffer_rect.contains(seen) or view_size != self._buffer_view
        if refill:
            self._refill(view, surface)
        held = self.buffer_rect
        on_screen = surface.blit(self._buffer, (seen.x + shift_x, seen.y + shift_y), seen.move(-held.x, -held.y))
        if on_screen.size != view_size:  # shown past the apron: only a view no camera makes (a test's, a title's)
            _fill_around(surface, on_screen, BEYOND)
        if not refill:
            self._draw_one_ahead(view)

    def prepare(self, left: float, top: float, view_size: tuple[int, int], reach: float) -> None:
        """Draw the chunks the buffer may need while the view's top-left corner stays within `reach` px of world
        point (left, top): done as the level loads, so its first frames draw no screenful of tiles (some 20 ms)."""
        self._fit(view_size)
        grow = 2 * (BUFFER_MARGIN + math.ceil(reach))
        near = pygame.Rect((round(left), round(top)), view_size).inflate(grow, grow).clip(self._world)
        for cy in range(near.top // CHUNK, (near.bottom - 1) // CHUNK + 1):
            for cx in range(near.left // CHUNK, (near.right - 1) // CHUNK + 1):
                self._chunk(cx, cy)

    def _draw_one_ahead(self, view: pygame.Rect) -> None:
        """Draw one chunk not drawn yet within a chunk of the view, the nearest first: the ground is ready before
        the camera gets there, so scrolling onto it costs a buffer refill, not hundreds of tile blits in one frame."""
        near = view.inflate(2 * CHUNK, 2 * CHUNK).clip(self._world)
        if not near:
            return
        span = (near.left // CHUNK, near.top // CHUNK, (near.right - 1) // CHUNK, (near.bottom - 1) // CHUNK)
        if span == self._ready_span:  # most frames: the camera has not left the chunks it already has
            return
        keys = [(cx, cy) for cy in range(span[1], span[3] + 1) for cx in range(span[0], span[2] + 1)]
        missing = [key for key in keys if key not in self._chunks]
        if not missing:
            self._ready_span = span
        if missing and len(keys) <= KEPT_CHUNKS // 2:  # else drawing ahead would push out chunks still in use
            centre_x, centre_y = view.center
            self._chunk(*min(missing, key=lambda key: (abs((key[0] + 0.5) * CHUNK - centre_x)
                                                       + abs((key[1] + 0.5) * CHUNK - centre_y), key)))

    def _fit(self, view_size: tuple[int, int]) -> None:
        """Make the apron as wide as a view this size can see past the map: the HUD's bands above and below it,
        a shake and a kick beyond that, and for a map smaller than the view the rest of a view (the camera centres
        it, half each side; the title's backdrop puts the view's corner on the map's, all to one side). Drawn only
        where seen, a wide apron costs nothing. A view of a new size starts the chunks afresh."""
        if view_size == self._fitted:
            return
        width, height = self._map.size
        reach_x = max(0, view_size[0] - width) + SHAKE_ROOM
        reach_y = max(HUD_TOP, HUD_BOTTOM, view_size[1] - height) + SHAKE_ROOM
        world = self._map.inflate(2 * reach_x, 2 * reach_y)
        falls = tuple(DUSK if seen > size else NIGHTFALL for seen, size in zip(view_size, (width, height)))
        if world != self._world or falls != self._falls:
            self._world, self._falls, self._buffer, self.buffer_rect, self._ready_span = (
                world, falls, None, pygame.Rect(0, 0, 0, 0), None)
            self._chunks.clear()
        self._fitted = view_size

    def _refill(self, view: pygame.Rect, like: pygame.Surface) -> None:
        """Centre the buffer (the view and a margin round it, no bigger than the map and its apron) on `view`, kept
        inside them, and draw into it only the ground it did not hold before: what it held is moved in place
        (Surface.scroll, a memmove: ~0.08 ms for 1280 x 720), and the strips newly in it drawn from the chunks. Drawn
        again whole from the chunks at every step past its edge, it cost 4 MB of blits (~0.7 ms, and the frame's
        other blits ~0.5 ms slower after it; 4 % of the stress scene's frames, nearly all of its p99); wrapping round
        instead made every frame two to four blits, ~1.3x pyscroll's one."""
        width, height = self._world.size
        size = min(width, view.width + 2 * BUFFER_MARGIN), min(height, view.height + 2 * BUFFER_MARGIN)
        held = self.buffer_rect
        if self._buffer is None or held.size != size:
            self._buffer = pygame.Surface(size, 0, like)  # the screen's pixel format: its blit is a plain copy
            held = pygame.Rect(0, 0, 0, 0)
        self._buffer_view = view.size
        rect = pygame.Rect((0, 0), size)
        rect.center = view.center
        rect.clamp_ip(self._world)
        self.buffer_rect = rect
        kept = rect.clip(held)
        if kept:
            self._buffer.scroll(held.x - rect.x, held.y - rect.y)
        for part in _outside(rect, kept):
            self._draw_chunks(part, -rect.x, -rect.y)

    def _draw_chunks(self, part: pygame.Rect, shift_x: int, shift_y: int) -> None:
        """The chunks' pixels in world rect `part` into the buffer, moved by (shift_x, shift_y)."""
        for cy in range(part.top // CHUNK, (part.bottom - 1) // CHUNK + 1):
            for cx in range(part.left // CHUNK, (part.right - 1) // CHUNK + 1):
                place = self._chunk_rect(cx, cy)
                area = place.clip(part)
                self._buffer.blit(self._chunk(cx, cy), (area.x + shift_x, area.y + shift_y),
                                  area.move(-place.x, -place.y))

    def _chunk(self, cx: int, cy: int) -> pygame.Surface:
        key = (cx, cy)
        chunk = self._chunks.get(key)
        if chunk is None:
            chunk = self._chunks[key] = self._render_chunk(cx * CHUNK, cy * CHUNK)
            self._ready_span = None  # and one may be dropped for it, below
            if len(self._chunks) > KEPT_CHUNKS:
                self._chunks.popitem(last=False)
        else:
            self._chunks.move_to_end(key)
        return chunk


def _inside_corners(cells, autotiles: dict[int, Autotile]) -> dict[int, list[tuple[int, pygame.Surface]]]:
    """Row → (column, piece) of the layer's inside corners to fill: where an autotile joins both sides of a corner
    and the autotiles of its terrain across them leave that corner open, the block turns round a cell on the
    diagonal there, and the faces of those two would stop short at the corner, a notch (an edge Wang set's 15
    tiles have no inside corners, and designers paint with those). Found once for the layer, with numpy."""
    found: dict[int, list[tuple[int, pygame.Surface]]] = {}
    painted = set(autotiles)  # a set's isdisjoint runs through a row at C speed, a dict's keys' far slower
    if not cells or not cells[0] or all(painted.isdisjoint(row) for row in cells):
        return found  # (a layer of ground or decoration: no brush painted it)
    # Each cell as one number: its terrain (counted from 1) above its four side bits, 0 for no autotile, in a ring
    # of 0 round the map; few numpy calls, as on a map this size each costs more than the work it does.
    terrains = sorted({tile.terrain for tile in autotiles.values()})
    gids = sorted(autotiles)
    codes = np.array([(terrains.index(autotiles[gid].terrain) + 1) << 4 | autotiles[gid].sides for gid in gids]
                     + [0], dtype=np.int32)  # the last for a cell of no autotile
    gids = np.array(gids, dtype=np.int64)
    grid = np.array(cells, dtype=np.int64)
    height, width = grid.shape
    at = np.searchsorted(gids, grid)
    at[gids.take(at, mode="clip") != grid] = len(gids)
    coded = np.zeros((height + 2, width + 2), dtype=np.int32)
    coded[1:-1, 1:-1] = codes[at]

    def across(side):
        """Each map cell's neighbour across `side`."""
        down, right = (side == S) - (side == N), (side == E) - (side == W)
        return coded[1 + down:1 + down + height, 1 + right:1 + right + width]

    # The four corners at once, a plane each in INSIDE_CORNERS's order: a cell joining both sides of the corner (so
    # of a terrain), its neighbours across them of its terrain and not joining the other side (a neighbour's code
    # masked to the terrain bits and that side is the cell's terrain alone).
    here = coded[1:-1, 1:-1]
    terrain = here & ~15
    first, second = (np.array(sides, dtype=np.int32)[:, None, None] for sides in zip(*INSIDE_CORNERS))
    turns = ((here & (first | second) == first | second)
             & (np.stack([across(a) for a, _ in INSIDE_CORNERS]) & (~15 | second) == terrain)
             & (np.stack([across(b) for _, b in INSIDE_CORNERS]) & (~15 | first) == terrain))
    for index in np.flatnonzero(turns).tolist():  # by corner, then row, then column: the order they are drawn in
        column, (row, col) = index // here.size, divmod(index % here.size, width)
        piece = autotiles[cells[row][col]].corners[column]
        if piece is not None:
            found.setdefault(row, []).append((col, piece))
    return found


def _outside(rect: pygame.Rect, inner: pygame.Rect) -> list[pygame.Rect]:
    """`rect` less `inner` (a part of it, or empty): the bands above and below it, then those either side."""
    if not inner:
        return [rect]
    bands = (pygame.Rect(rect.left, rect.top, rect.width, inner.top - rect.top),
             pygame.Rect(rect.left, inner.bottom, rect.width, rect.bottom - inner.bottom),
             pygame.Rect(rect.left, inner.top, inner.left - rect.left, inner.height),
             pygame.Rect(inner.right, inner.top, rect.right - inner.right, inner.height))
    return [band for band in bands if band.width > 0 and band.height > 0]


def _fill_around(surface: pygame.Surface, inner: pygame.Rect, color) -> None:
    """Fill the surface outside `inner`: the strips above and below it, then those either side of it."""
    for strip in _outside(surface.get_rect(), inner):
        surface.fill(color, strip)


def _nightfall(chunk: pygame.Surface, rect: pygame.Rect, land: pygame.Rect, world: pygame.Rect,
               falls: tuple[int, int]) -> None:
    """Darken the chunk (world pixels `rect`) where it lies past the map (`land`) toward NIGHT, by each pixel's
    distance from the map in `falls` (px, across and down), round at its corners; only the bands past the edge are
    touched."""
    for band in _outside(world, land):
        part = band.clip(rect)
        if not part:
            continue
        # Pixel centres' distance past the edge, in NIGHTFALLs; the light a Gaussian of it, level at the edge: the
        # ground darkens from nothing there, so no line marks where the map ends. exp(-x² - y²) = exp(-x²) exp(-y²).
        xs = np.arange(part.left, part.right, dtype=np.float32) + 0.5
        ys = np.arange(part.top, part.bottom, dtype=np.float32) + 0.5
        past_x = np.maximum(np.maximum(land.left - xs, xs - land.right), 0) / falls[0]
        past_y = np.maximum(np.maximum(land.top - ys, ys - land.bottom), 0) / falls[1]
        light = np.outer(np.exp(-past_x * past_x) * 255, np.exp(-past_y * past_y)).round().astype(np.uint8)
        # The shade multiplied in by SDL (255 keeps a channel as it is), from the light as an 8-bit image with the
        # shades for its palette, converted to the chunk's format: a quarter of the time of numpy on its pixels.
        shade = pygame.surfarray.make_surface(light)
        shade.set_palette(SHADES)
        chunk.blit(shade.convert(chunk), (part.left - rect.left, part.top - rect.top), special_flags=pygame.BLEND_MULT)
