"""A tileset's picture for the designers' guide: every tile at 2x with its id, solid tiles framed in red, a legend."""

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pygame

from game.content.errors import ContentError, Problem
from game.content.tmx_report import MapReport
from game.content.tmx_tilesets import read_tilesets
from game.content.tmx_values import int_attr
from game.content.tmx_xml import missing, read_xml
from game.files import is_file

SCALE = 2
GAP = 6  # px between tiles and round the page's edge; a solid tile's frame fills half the gap on each side
FRAME = 3
LEGEND = 40  # px below the grid for the legend line
PAGE = (24, 26, 32)
UNDER = (60, 62, 70)  # behind a tile's transparent pixels
EMPTY = (40, 42, 50)  # an id whose picture is all transparent
EMPTY_TEXT = (120, 120, 130)
RED = (235, 60, 50)
WHITE = (255, 255, 255)
LEGEND_TEXT = (230, 230, 230)
LABEL_SHADE = 170  # alpha of the black box behind a tile's id


@dataclass(frozen=True)
class Tileset:
    """What the picture needs of a .tsx: its image, the grid the game cuts it into, and which tile ids block."""
    image: Path
    tile_size: tuple[int, int]
    margin: int
    spacing: int
    solid: frozenset[int]


def read_tileset(tsx: Path) -> Tileset:
    """The .tsx read and checked as a map that names it would be (game/content), so `solid` is what the game blocks
    on; a ContentError of one-line problems when the game would refuse it."""
    tsx = Path(tsx)
    if not is_file(tsx):  # said here, where the loader's words would name the map that holds it, which is none
        raise ContentError([Problem(str(tsx), "", "a tileset file that exists", missing(tsx))])
    report = MapReport(str(tsx))
    holder = ET.Element("map")  # a map holding only this tileset, beside it, as the game's loader reads one
    ET.SubElement(holder, "tileset", {"firstgid": "1", "source": tsx.name})
    found = read_tilesets(holder, str(tsx.parent / "tileset_sheet.tmx"), set(), report, (0, 0))
    if report.problems:
        raise report.error()
    element = read_xml(tsx, "a Tiled tileset")  # read without a problem just above
    image = element.find("image")
    if image is None:
        raise ContentError([Problem(str(tsx), "tileset", "a tileset of one image", "a collection of images",
                                    "this picture is drawn for tilesets cut from one image")])
    return Tileset(tsx.parent / image.get("source"), (int_attr(element, "tilewidth"), int_attr(element, "tileheight")),
                   int_attr(element, "margin", 0), int_attr(element, "spacing", 0),
                   frozenset(gid - 1 for gid in found.solid))


def tile_pictures(tileset: Tileset) -> tuple[int, list[pygame.Surface]]:
    """(columns, each tile's picture by id), cut from the image as the game cuts it (margin and spacing)."""
    image = pygame.image.load(str(tileset.image))
    (tile_w, tile_h), margin, spacing = tileset.tile_size, tileset.margin, tileset.spacing
    columns = (image.get_width() - 2 * margin + spacing) // (tile_w + spacing)
    rows = (image.get_height() - 2 * margin + spacing) // (tile_h + spacing)
    return columns, [image.subsurface((margin + c * (tile_w + spacing), margin + r * (tile_h + spacing), tile_w,
                                       tile_h)) for r in range(rows) for c in range(columns)]


def is_empty(picture: pygame.Surface) -> bool:
    """No pixel of the tile shows: an id the tileset keeps free."""
    return picture.get_bounding_rect().size == (0, 0)


def draw_sheet(tileset: Tileset) -> pygame.Surface:
    """The page: the tiles in the image's own columns, each with its id in a dark box at its top left (an empty id
    says so in its cell instead), a red frame round each solid one, the legend underneath."""
    pygame.font.init()
    small, large = pygame.font.Font(None, 19), pygame.font.Font(None, 22)  # pygame's own font: the same everywhere
    columns, pictures = tile_pictures(tileset)
    cell_w, cell_h = tileset.tile_size[0] * SCALE, tileset.tile_size[1] * SCALE
    rows = -(-len(pictures) // columns)
    page = pygame.Surface((GAP + columns * (cell_w + GAP), GAP + rows * (cell_h + GAP) + LEGEND))
    page.fill(PAGE)
    for tile_id, picture in enumerate(pictures):
        x, y = GAP + (tile_id % columns) * (cell_w + GAP), GAP + (tile_id // columns) * (cell_h + GAP)
        if tile_id in tileset.solid:
            pygame.draw.rect(page, RED, (x - FRAME, y - FRAME, cell_w + 2 * FRAME, cell_h + 2 * FRAME), FRAME)
        cell = page.subsurface((x, y, cell_w, cell_h))
        if is_empty(picture):
            cell.fill(EMPTY)
            text = small.render(f"{tile_id} empty", True, EMPTY_TEXT)
            cell.blit(text, ((cell_w - text.get_width()) // 2, (cell_h - text.get_height()) // 2))
            continue
        cell.fill(UNDER)
        cell.blit(pygame.transform.scale(picture, (cell_w, cell_h)), (0, 0))
        text = small.render(str(tile_id), True, WHITE)
        box = pygame.Surface((text.get_width() + 6, text.get_height() + 2), pygame.SRCALPHA)
        box.fill((0, 0, 0, LABEL_SHADE))  # dark enough to read the id on the palest tile, the tile still seen
        cell.blit(box, (0, 0))
        cell.blit(text, (3, 1))
    top = GAP + rows * (cell_h + GAP)
    pygame.draw.rect(page, RED, (GAP, top + 8, 22, 22), FRAME)
    solid = large.render("solid (blocks movement, shots and sight)", True, LEGEND_TEXT)
    page.blit(solid, (GAP + 32, top + 12))
    page.blit(large.render("number = tile id in Tiled", True, LEGEND_TEXT), (GAP + 32 + solid.get_width() + 20,
                                                                              top + 12))
    return page


def write_sheet(tsx: Path, out: Path) -> None:
    """Draw the tileset `tsx` into the PNG `out`."""
    pygame.image.save(draw_sheet(read_tileset(tsx)), str(out))
