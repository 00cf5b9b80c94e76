"""The map's tile images, cut once from their tilesets: a flipped or turned standing tile has its shadow cast anew
and its body lit anew, so the map keeps one sun however its tiles are painted; and the autotiles' inside-corner
pieces."""

import io
from dataclasses import dataclass
from pathlib import Path

import pygame

from game.content.errors import ContentError, Problem
from game.content.level_data import LevelData, TileImage
from game.content.tmx_tilesets import corners_sheet  # where X_corners.png is looked for: the checker looks there too
from game.files import is_file
from game.view.sprites import SHADOW_CLEAR, SUN

# One sun over the whole map: a standing tile's shadow falls as a machine's does, however the tile is flipped or
# turned in Tiled; painted into the tile, it would turn with it.
TILE_SHADOW = SUN


def over_shadow(body: pygame.Surface, shadow: pygame.Surface) -> pygame.Surface:
    """A tile: its body over its shadow (a silhouette in place, the body's size) cast TILE_SHADOW px right and down,
    cut to the tile as Tiled shows it."""
    tile = pygame.Surface(body.get_size(), pygame.SRCALPHA)
    tile.fill(SHADOW_CLEAR)
    tile.blit(shadow, TILE_SHADOW)
    tile.blit(body, (0, 0))
    return tile


# Tiled's flips and turns of a tile other than none, (flip_x, flip_y, flip_diagonal), each by the name it gives
# X_turned_<name>.png beside a tileset image X.png (tools/art/tileset.py turned_sheet).
TURNS = {"x": (True, False, False), "y": (False, True, False), "xy": (True, True, False), "d": (False, False, True),
         "xd": (True, False, True), "yd": (False, True, True), "xyd": (True, True, True)}

N, E, S, W = 1, 2, 4, 8  # an autotile's sides, as TileImage.edge gives them
# An autotile's inside corners (the two sides it joins), in the order of the columns of X_corners.png beside a tileset
# image X.png: a row for each Wang set of the tileset, in the order of its .tsx (tools/art/tileset.py corner_sheet).
INSIDE_CORNERS = ((N, E), (S, E), (S, W), (N, W))


@dataclass(frozen=True)
class Autotile:
    """A tile of a terrain brush: its terrain (its tileset image and Wang set), the sides it joins and its
    inside-corner pieces in INSIDE_CORNERS's order (None where its tileset has none)."""
    terrain: tuple[str, int]
    sides: int
    corners: tuple[pygame.Surface | None, ...]


def cut_corners(level: LevelData, sheets: "Sheets") -> dict[int, Autotile]:
    """Every autotile the map uses (gid → Autotile). A flipped or turned one joins the sides its Wang set's turn to
    as painted, and its pieces are its Wang set's, turned with it: a flipped block is drawn as the mirror of the
    block, inside corners and all. A tileset with no X_corners.png has no pieces: its corners stay as they were."""
    autotiles = {}
    cut = {}  # (tileset image, Wang set, tile size, flips) → its pieces: a brush's tiles share one row of the sheet
    for gid, tile in level.tiles.items():
        if tile.edge is None:
            continue
        place, sides = tile.edge
        flips = tile.flip_x, tile.flip_y, tile.flip_diagonal
        key = (tile.source, place, tile.width, tile.height, flips)
        if key not in cut:
            sheet = sheets.corners(tile.source)
            pieces = [None] * len(INSIDE_CORNERS)
            if sheet is not None and (place + 1) * tile.height <= sheet.get_height():
                pieces = [sheet.subsurface((column * tile.width, place * tile.height, tile.width, tile.height))
                          if (column + 1) * tile.width <= sheet.get_width() else None for column in range(len(pieces))]
            if any(flips):  # the piece of each corner goes to the corner its sides turn to, turned as the tile
                turned = [None] * len(INSIDE_CORNERS)
                for corner, piece in zip(INSIDE_CORNERS, pieces):
                    goes = sorted((_turned_side(side, tile) for side in corner), key=(N, S, E, W).index)
                    turned[INSIDE_CORNERS.index(tuple(goes))] = None if piece is None else _turned(piece, tile)
                pieces = turned
            cut[key] = tuple(pieces)
        autotiles[gid] = Autotile((tile.source, place), _turned_sides(sides, tile), cut[key])
    return autotiles


def _turned_side(side: int, tile: TileImage) -> int:
    """The side of the cell where a side of the tile's picture lies once it is flipped and turned as painted."""
    if tile.flip_diagonal:  # a transpose, first (as _turned): the top goes to the left, the right to the bottom
        side = {N: W, W: N, E: S, S: E}[side]
    if tile.flip_x:
        side = {E: W, W: E}.get(side, side)
    if tile.flip_y:
        side = {N: S, S: N}.get(side, side)
    return side


def _turned_sides(sides: int, tile: TileImage) -> int:
    """The sides (N | E | S | W) a tile joins as painted, flipped and turned: those of its Wang set, moved."""
    return sum(_turned_side(side, tile) for side in (N, E, S, W) if sides & side)


def cut_tiles(level: LevelData, sheets: "Sheets") -> dict[int, pygame.Surface]:
    """Every tile the map uses (gid → its image), each cut once from its tileset, flipped and turned as painted."""
    tiles = {}
    for gid, tile in level.tiles.items():
        rect = (tile.x, tile.y, tile.width, tile.height)
        if tile.flip_x or tile.flip_y or tile.flip_diagonal:
            parts = sheets.body_and_shadow(tile.source, rect)
            if parts:
                body = sheets.relit(tile.source, rect, (tile.flip_x, tile.flip_y, tile.flip_diagonal))
                tiles[gid] = over_shadow(_turned(parts[0], tile) if body is None else body,
                                         _turned(parts[1], tile)).convert_alpha()
            else:
                tiles[gid] = _turned(sheets.image(tile.source).subsurface(rect), tile)
        else:
            tiles[gid] = sheets.image(tile.source).subsurface(rect)
    return tiles


def _turned(image: pygame.Surface, tile: TileImage) -> pygame.Surface:
    """The image flipped and turned as Tiled's flags on the tile say."""
    return turned(image, (tile.flip_x, tile.flip_y, tile.flip_diagonal))


def turned(image: pygame.Surface, flips: tuple[bool, bool, bool]) -> pygame.Surface:
    """The image flipped and turned as Tiled's flags (flip_x, flip_y, flip_diagonal) say."""
    flip_x, flip_y, diagonal = flips
    if diagonal:  # Tiled's diagonal flip is a transpose: rotate then mirror
        image = pygame.transform.flip(pygame.transform.rotate(image, 90), False, True)
    if flip_x or flip_y:
        image = pygame.transform.flip(image, flip_x, flip_y)
    return image


# Tileset images as decoded, by path, with the bytes they were decoded from: a level's start, restart or live reload
# decodes again only an image whose bytes changed (decoding is most of making a map's view: ~0.7 ms a sheet, and a
# map with flipped standing tiles reads four). Bytes, not the file's time: a save within its clock's grain is seen.
_DECODED: dict[str, tuple[bytes, pygame.Surface]] = {}
DECODED_KEPT = 32  # images: every sheet of the two tilesets and a designer's few, a few MB


def _decoded(path: str) -> pygame.Surface:
    """The image at `path` as pygame decodes it (raising as pygame.image.load does), decoded once while its bytes
    stay the same. Not converted: each view converts its own copy for its window."""
    try:
        with open(path, "rb") as file:
            data = file.read()
    except OSError:
        return pygame.image.load(path)  # the error it gives for a file it cannot read
    kept = _DECODED.get(path)
    if kept is None or kept[0] != data:
        if len(_DECODED) >= DECODED_KEPT:
            _DECODED.clear()
        kept = _DECODED[path] = (data, pygame.image.load(io.BytesIO(data), path))
    return kept[1]


class Sheets:
    """Tileset images, each read once. Beside a tileset image X.png may lie X_body.png, its standing tiles without
    their shadows, and X_shadow.png, those shadows in place, X.png showing each body over_shadow() for Tiled, and
    X_turned_<name>.png, the bodies flipped and turned as TURNS names, lit from the map's sun again
    (tools/make_art.py writes them for mars.png): read only when a tile is flipped (a turned sheet when a standing
    tile is turned its way), so a map that flips none loads what it did."""

    def __init__(self) -> None:
        self._images: dict[str, pygame.Surface] = {}
        self._apart: dict[str, tuple[pygame.Surface, pygame.Surface] | None] = {}
        self._corners: dict[str, pygame.Surface | None] = {}
        self._turned: dict[tuple[str, str], pygame.Surface | None] = {}

    def image(self, path: str) -> pygame.Surface:
        if path not in self._images:
            try:
                self._images[path] = _decoded(path).convert_alpha()
            except pygame.error as error:  # changed since the map was checked, or damaged past what the check sees
                raise ContentError([Problem(path, "", "a tileset image the game can read",
                                            f"one pygame could not ({error})",
                                            "save the image again from your image editor, or restore it")]) from None
        return self._images[path]

    def corners(self, path: str) -> pygame.Surface | None:
        """X_corners.png beside tileset image X.png, if the game can read it; looked for once a tileset."""
        if path not in self._corners:
            named = corners_sheet(path)
            self._corners[path] = None
            if is_file(named):  # not where the system cannot look either (a name too long with _corners)
                try:
                    self._corners[path] = self.image(str(named))
                except ContentError:  # a polish only: the corners stay as painted
                    pass
        return self._corners[path]

    def relit(self, path: str, rect, flips: tuple[bool, bool, bool]) -> pygame.Surface | None:
        """The standing tile at rect flipped and turned as `flips` says, its lit side up and to the left as the
        unturned one's (X_turned_<name>.png, a sheet for each turn, so a map reads only those of the turns it
        paints: each costs as much to read as X_body.png); None where the tileset has no such sheet, or one not made
        for its image."""
        name = "".join(letter for letter, on in zip("xyd", flips) if on)
        if (path, name) not in self._turned:
            source = Path(path)
            named = source.with_name(f"{source.stem}_turned_{name}.png")
            self._turned[path, name] = None
            if is_file(named):
                try:
                    sheet = self.image(str(named))
                except ContentError:  # a polish only: the body turns with its lit side, as it did
                    sheet = None
                if sheet is not None and sheet.get_size() == self.image(path).get_size():
                    self._turned[path, name] = sheet
        sheet = self._turned[path, name]
        return None if sheet is None else sheet.subsurface(rect)

    def body_and_shadow(self, path: str, rect) -> tuple[pygame.Surface, pygame.Surface] | None:
        """The tile at rect without its shadow, and its shadow in place; None for a tile that casts none."""
        if path not in self._apart:
            source = Path(path)
            named = [str(source.with_name(f"{source.stem}_{part}.png")) for part in ("body", "shadow")]
            self._apart[path] = None
            if all(is_file(name) for name in named):
                body, shadow = (self.image(name) for name in named)
                if body.get_size() == shadow.get_size() == self.image(path).get_size():  # else not made for it
                    self._apart[path] = body, shadow
        apart = self._apart[path]
        if apart is None or not apart[1].subsurface(rect).get_bounding_rect().width:
            return None
        return apart[0].subsurface(rect), apart[1].subsurface(rect)
