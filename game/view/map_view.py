"""The tile map: chunk surfaces (layers in file order) drawn the first time each is seen, composed into a buffer a
little larger than the view, which is drawn to the screen in one blit."""

import math
from collections import OrderedDict

import pygame

from game.content.errors import ContentError, Problem
from game.content.level_data import LevelData

CHUNK = 512  # px square: few blits to fill the buffer, little overdraw at the edges
KEPT_CHUNKS = 48  # ~48 MB of chunks at most; a map bigger than that re-draws what scrolls back into view
# px of map the buffer holds beyond each side of the view: the view moves this far before the buffer is refilled
# (every ~20 frames when walking, every other one when the camera races; a refill is a few chunk blits). Small, because
# a bigger buffer made the per-frame blit measurably slower.
BUFFER_MARGIN = 32
BEYOND = (22, 14, 12)  # the screen past the map's edge: a shade darker than any ground, so the edge reads as one


class MapView:
    def __init__(self, level: LevelData, overlay=None) -> None:
        """overlay(chunk, left, top), if given, paints over each chunk once it is drawn (the storm's haze)."""
        self.level = level
        self.overlay = overlay
        self._tiles = _cut_tiles(level)
        self._chunks: OrderedDict[tuple[int, int], pygame.Surface] = OrderedDict()  # least recently seen first
        # The map between world pixels buffer_rect, made from chunks; one blit of it draws a frame. A single
        # composed surface because one blit of the whole view costs half what the same pixels cost in chunk pieces.
        self._buffer: pygame.Surface | None = None
        self.buffer_rect = pygame.Rect(0, 0, 0, 0)
        self._buffer_view = (0, 0)  # the view size the buffer was made for
        self._world = pygame.Rect((0, 0), level.pixel_size)
        self._ready_span = None  # chunks (first column, first row, last column, last row) all drawn, till one is new

    def _render_chunk(self, left: int, top: int) -> pygame.Surface:
        level = self.level
        width, height = level.pixel_size
        surface = pygame.Surface((min(CHUNK, width - left), min(CHUNK, height - top))).convert()
        surface.fill((120, 62, 34))
        tw, th = level.tile_width, level.tile_height
        first_col, first_row = left // tw, top // th
        last_col = min(level.width, (left + CHUNK + tw - 1) // tw)
        last_row = min(level.height, (top + CHUNK + th - 1) // th)
        for layer in level.layers:
            if not layer.visible or layer.opacity <= 0:
                continue
            target = surface
            if layer.opacity < 1:
                target = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
            for row in range(first_row, last_row):
                cells = layer.cells[row]
                for col in range(first_col, last_col):
                    image = self._tiles.get(cells[col])
                    if image is not None:
                        # Tiles taller than the grid (big objects) sit on the cell's bottom edge, as in Tiled.
                        target.blit(image, (col * tw - left, (row + 1) * th - image.get_height() - top))
            if target is not surface:
                target.set_alpha(round(layer.opacity * 255))
                surface.blit(target, (0, 0))
        return surface

    def draw(self, surface: pygame.Surface, left: float, top: float) -> None:
        """The map with world point (left, top) at the screen's top-left corner; the screen outside the map is
        BEYOND's shade."""
        # round() per chunk position before: round(k - left) == k + round(-left) for any even k, as CHUNK is.
        shift_x, shift_y = round(-left), round(-top)
        view_size = surface.get_size()
        view = pygame.Rect((-shift_x, -shift_y), view_size)
        seen = view.clip(self._world)  # the world pixels on screen
        if not seen:
            return
        buffer = self.buffer_rect
        refill = not buffer.contains(seen) or view_size != self._buffer_view
        if refill:
            self._refill(view, surface)
            buffer = self.buffer_rect
        on_screen = surface.blit(self._buffer, (seen.x + shift_x, seen.y + shift_y), seen.move(-buffer.x, -buffer.y))
        if on_screen.size != view_size:  # the camera shows past the map's edge (the HUD's room, a shake)
            _fill_around(surface, on_screen, BEYOND)
        if not refill:
            self._draw_one_ahead(view)

    def prepare(self, left: float, top: float, view_size: tuple[int, int], reach: float) -> None:
        """Draw the chunks the buffer may need while the view's top-left corner stays within `reach` px of world
        point (left, top): done as the level loads, so its first frames draw no screenful of tiles (some 20 ms)."""
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

    def _refill(self, view: pygame.Rect, like: pygame.Surface) -> None:
        """Centre the buffer (the view and a margin round it, no bigger than the map) on `view`, kept inside
        the map, and draw the chunks under it into it."""
        width, height = self.level.pixel_size
        size = min(width, view.width + 2 * BUFFER_MARGIN), min(height, view.height + 2 * BUFFER_MARGIN)
        if self._buffer is None or self._buffer.get_size() != size:
            self._buffer = pygame.Surface(size, 0, like)  # the screen's pixel format: its blit is a plain copy
        self._buffer_view = view.size
        rect = pygame.Rect((0, 0), size)
        rect.center = view.center
        rect.clamp_ip(self._world)
        self.buffer_rect = rect
        for cy in range(rect.top // CHUNK, (rect.bottom - 1) // CHUNK + 1):
            for cx in range(rect.left // CHUNK, (rect.right - 1) // CHUNK + 1):
                self._buffer.blit(self._chunk(cx, cy), (cx * CHUNK - rect.x, cy * CHUNK - rect.y))

    def _chunk(self, cx: int, cy: int) -> pygame.Surface:
        key = (cx, cy)
        chunk = self._chunks.get(key)
        if chunk is None:
            chunk = self._chunks[key] = self._render_chunk(cx * CHUNK, cy * CHUNK)
            self._ready_span = None  # and one may be dropped for it, below
            if self.overlay is not None:
                self.overlay(chunk, cx * CHUNK, cy * CHUNK)
            if len(self._chunks) > KEPT_CHUNKS:
                self._chunks.popitem(last=False)
        else:
            self._chunks.move_to_end(key)
        return chunk


def _fill_around(surface: pygame.Surface, inner: pygame.Rect, color) -> None:
    """Fill the surface outside `inner`: the strips above and below it, then those either side of it."""
    width, height = surface.get_size()
    top, bottom = (0, 0, width, inner.top), (0, inner.bottom, width, height - inner.bottom)
    left, right = (0, inner.top, inner.left, inner.height), (inner.right, inner.top, width - inner.right, inner.height)
    for strip in (top, bottom, left, right):
        if strip[2] > 0 and strip[3] > 0:
            surface.fill(color, strip)


def _cut_tiles(level: LevelData) -> dict[int, pygame.Surface]:
    sheets: dict[str, pygame.Surface] = {}
    tiles = {}
    for gid, tile in level.tiles.items():
        if tile.source not in sheets:
            try:
                sheets[tile.source] = pygame.image.load(tile.source).convert_alpha()
            except pygame.error as error:  # changed since the map was checked, or damaged past what the check sees
                raise ContentError([Problem(tile.source, "", "a tileset image the game can read",
                                            f"one pygame could not ({error})",
                                            "save the image again from your image editor, or restore it")]) from None
        image = sheets[tile.source].subsurface((tile.x, tile.y, tile.width, tile.height))
        if tile.flip_diagonal:  # Tiled's diagonal flip is a transpose: rotate then mirror
            image = pygame.transform.flip(pygame.transform.rotate(image, 90), False, True)
        if tile.flip_x or tile.flip_y:
            image = pygame.transform.flip(image, tile.flip_x, tile.flip_y)
        tiles[gid] = image
    return tiles
