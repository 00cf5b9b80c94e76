"""Inside-corner sheets the game never uses: unreadable, drawn to another size, misnamed, or for an image collection."""

from pathlib import Path

from game.content.errors import Problem
from game.content.level_data import LevelData
from game.content.tmx_tilesets import CORNER_COLUMNS, corners_sheet, image_damage
from game.files import is_file


def corner_sheet_warnings(level: LevelData) -> list[Problem]:
    """An X_corners.png beside a terrain brush's tileset image X.png that the game cannot use: the renderer drops the
    pieces it cannot cut (a sheet it cannot read, or too small for the tiles: drawn at another tile size, or with a
    row short for a Wang set the map paints), and the inside corners stay as painted, which no one would notice."""
    needs: dict[str, tuple[int, int, int]] = {}  # tileset image → (tile width, height, rows of Wang sets painted)
    for tile in level.tiles.values():
        if tile.edge is not None and not _in_collection(tile):  # a collection's: collection_corner_warnings
            _, _, rows = needs.get(tile.source, (0, 0, 0))
            needs[tile.source] = (tile.width, tile.height, max(rows, tile.edge[0] + 1))
    warnings = []
    for source, (width, height, rows) in sorted(needs.items()):
        sheet = corners_sheet(source)
        if not is_file(sheet):  # none is fine: the corners stay as painted, as the guide says
            continue
        where = f"inside-corner sheet {sheet.name} (beside tileset image {Path(source).name})"
        damage, size = image_damage(sheet)
        if damage or size is None:
            warnings.append(Problem(level.path, where, "an image the game can read", damage or "no size in it",
                                    "the inside corners stay as painted: save it again as a PNG, or remove it"))
        elif size[0] != CORNER_COLUMNS * width or size[1] < rows * height or size[1] % height:
            # Pieces of another size are cut wrong, or not at all: either way not what the designer drew.
            sets = f"the {rows} Wang sets painted" if rows > 1 else "its Wang set"
            warnings.append(Problem(level.path, where, f"{CORNER_COLUMNS} pieces of {width} x {height} px (the tiles' "
                                    f"size) across, a row for each Wang set: {CORNER_COLUMNS * width} px wide, and at "
                                    f"least {rows * height} px high for {sets}", f"{size[0]} x {size[1]} px",
                                    "the inside corners are not cut as drawn: draw the pieces at the tiles' size "
                                    "(docs/level-design/reference.md, a tileset of your own), or remove the sheet"))
    return warnings


def misnamed_corner_warnings(level: LevelData) -> list[Problem]:
    """An inside-corner sheet named after a terrain brush's tileset (its .tsx or its name) where the game looks for
    one named after the tileset's image: own_corners.png beside own.tsx, whose image is own_sheet.png, is never read,
    and the inside corners stay as painted, which no one would notice."""
    warnings, told = [], set()
    for tile in level.tiles.values():
        if tile.edge is None or tile.tileset is None or _in_collection(tile) or tile.source in told:
            continue
        told.add(tile.source)
        wanted = corners_sheet(tile.source)
        if is_file(wanted):
            continue
        for sheet in map(Path, tile.tileset.sheets):
            if sheet != wanted and is_file(sheet):
                warnings.append(Problem(level.path, f"inside-corner sheet {sheet.name} (for {tile.tileset.where})",
                                        f"the sheet named after the tileset's image {Path(tile.source).name}: "
                                        f"{wanted.name} beside it", f"{sheet.name}, named after the tileset",
                                        f"the game does not read it, and the inside corners stay as painted: rename "
                                        f"it {wanted.name}"))
                break
    return warnings


def _in_collection(tile) -> bool:
    """The tile is of an image collection, whose inside corners the map view does not fill."""
    return tile.tileset is not None and tile.tileset.collection


def collection_corner_warnings(level: LevelData) -> list[Problem]:
    """An inside-corner sheet painted for an image collection (each tile its own image) whose terrain brushes the map
    paints: X_corners.png named for the tileset, or beside a brush tile's own image. The map view fills the inside
    corners only of a tileset made from one image, X.png, from X_corners.png beside it; a collection's stay as
    painted, whatever sheet lies beside it, which no one would notice."""
    sheets: dict[str, dict[str, None]] = {}  # how messages name the tileset → the sheets found for it, in order
    for tile in level.tiles.values():
        if tile.edge is not None and _in_collection(tile):
            found = sheets.setdefault(tile.tileset.where, {})
            for sheet in (*tile.tileset.sheets, str(corners_sheet(tile.source))):
                if sheet not in found and is_file(sheet):
                    found[sheet] = None
    warnings = []
    for tileset, found in sheets.items():
        if not found:  # none is fine: the corners stay as painted, as the guide says
            continue
        names = [Path(sheet).name for sheet in found]  # the tileset's own first, then its tiles' in gid order
        named = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
        where = f"inside-corner {'sheets' if len(names) > 1 else 'sheet'} {named} (for {tileset})"
        warnings.append(Problem(level.path, where, "a tileset made from one image, X.png: the game fills its terrain "
                                "brushes' inside corners from X_corners.png beside it", "an image collection (each "
                                "tile its own image), whose inside corners the game does not fill",
                                "the inside corners stay as Tiled shows them: to have them filled, make the tileset "
                                "from one image (New Tileset..., Based on Tileset Image) and paint X_corners.png "
                                "beside it (docs/level-design/reference.md, a tileset of your own), or remove the "
                                "sheet"))
    return warnings
