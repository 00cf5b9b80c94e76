"""The tile map, drawn into chunk surfaces (layers in file order) the first time each is seen, then blitted."""

from collections import OrderedDict

import pygame

from game.content.level import LevelData

CHUNK = 512  # px square: few blits per frame, little overdraw at the edges
KEPT_CHUNKS = 48  # ~48 MB of chunks at most; a map bigger than that re-draws what scrolls back into view


class MapView:
    def __init__(self, level: LevelData, overlay=None) -> None:
        """overlay(chunk, left, top), if given, paints over each chunk once it is drawn (the storm's haze)."""
        self.level = level
        self.overlay = overlay
        self._tiles = _cut_tiles(level)
        self._chunks: OrderedDict[tuple[int, int], pygame.Surface] = OrderedDict()  # least recently seen first

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
        view_w, view_h = surface.get_size()
        width, height = self.level.pixel_size
        first_x, first_y = max(0, int(left // CHUNK)), max(0, int(top // CHUNK))
        last_x = min((width - 1) // CHUNK, int((left + view_w) // CHUNK))
        last_y = min((height - 1) // CHUNK, int((top + view_h) // CHUNK))
        for cy in range(first_y, last_y + 1):
            for cx in range(first_x, last_x + 1):
                surface.blit(self._chunk(cx, cy), (round(cx * CHUNK - left), round(cy * CHUNK - top)))

    def _chunk(self, cx: int, cy: int) -> pygame.Surface:
        key = (cx, cy)
        chunk = self._chunks.get(key)
        if chunk is None:
            chunk = self._chunks[key] = self._render_chunk(cx * CHUNK, cy * CHUNK)
            if self.overlay is not None:
                self.overlay(chunk, cx * CHUNK, cy * CHUNK)
            if len(self._chunks) > KEPT_CHUNKS:
                self._chunks.popitem(last=False)
        else:
            self._chunks.move_to_end(key)
        return chunk


def _cut_tiles(level: LevelData) -> dict[int, pygame.Surface]:
    sheets: dict[str, pygame.Surface] = {}
    tiles = {}
    for gid, tile in level.tiles.items():
        if tile.source not in sheets:
            sheets[tile.source] = pygame.image.load(tile.source).convert_alpha()
        image = sheets[tile.source].subsurface((tile.x, tile.y, tile.width, tile.height))
        if tile.flip_diagonal:  # Tiled's diagonal flip is a transpose: rotate then mirror
            image = pygame.transform.flip(pygame.transform.rotate(image, 90), False, True)
        if tile.flip_x or tile.flip_y:
            image = pygame.transform.flip(image, tile.flip_x, tile.flip_y)
        tiles[gid] = image
    return tiles
