"""The tile map, drawn once at load into chunk surfaces (layers in file order) and blitted per frame."""

import pygame

from game.content.level import LevelData

CHUNK = 512  # px square: few blits per frame, little overdraw at the edges


class MapView:
    def __init__(self, level: LevelData) -> None:
        self.level = level
        self._tiles = _cut_tiles(level)
        width, height = level.pixel_size
        self.chunks: list[tuple[int, int, pygame.Surface]] = []
        for top in range(0, height, CHUNK):
            for left in range(0, width, CHUNK):
                self.chunks.append((left, top, self._render_chunk(left, top)))

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
        for x, y, chunk in self.chunks:
            sx, sy = round(x - left), round(y - top)
            if sx < view_w and sy < view_h and sx + chunk.get_width() > 0 and sy + chunk.get_height() > 0:
                surface.blit(chunk, (sx, sy))


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
