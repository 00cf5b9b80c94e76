"""The tileset pictures of docs/level-design.md: tools/tileset_sheet.py draws them, solid read as the game reads it,
and the committed pictures are its output, so a changed tileset cannot leave them stale."""

import subprocess
import sys
from pathlib import Path

import pygame

from tools.art.tileset_sheet import FRAME, GAP, RED, draw_sheet, read_tileset
from tools.tileset_sheet import DOCS

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "tools" / "tileset_sheet.py"


def run(*args):
    return subprocess.run([sys.executable, str(SCRIPT), *map(str, args)], capture_output=True, text=True, timeout=120)


def test_the_committed_tileset_pictures_are_the_tools_output(tmp_path):
    pairs = [(tsx, tmp_path / picture.name) for tsx, picture in DOCS]
    done = run(*[path for pair in pairs for path in pair])
    assert done.returncode == 0, done.stderr
    stale = [picture.name for (_, picture), (_, fresh) in zip(DOCS, pairs)
             if not picture.is_file() or picture.read_bytes() != fresh.read_bytes()]
    assert stale == [], (f"docs/level-design/ differs from tools/tileset_sheet.py output in {stale}; "
                         "rerun tools/tileset_sheet.py, don't edit the pictures")


TSX = """<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" name="own" tilewidth="32" tileheight="32" tilecount="4" columns="2">
 <image source="own.png" width="64" height="64"/>
 <tile id="1"><properties><property name="solid" type="bool" value="{solid}"/></properties></tile>
</tileset>
"""


def own_tileset(folder, solid="true"):
    """A 2 x 2 tileset beside its image: tiles 0 to 2 painted grey, tile 3 left empty; tile 1's solid as given."""
    image = pygame.Surface((64, 64), pygame.SRCALPHA)
    image.fill((128, 128, 128, 255), (0, 0, 64, 32))
    image.fill((128, 128, 128, 255), (0, 32, 32, 32))
    pygame.image.save(image, str(folder / "own.png"))
    (folder / "own.tsx").write_text(TSX.format(solid=solid), encoding="utf-8")
    return folder / "own.tsx"


def framed(page, tile_id, columns=2):
    """Whether the cell of `tile_id` has the red frame round it (its top edge, in the gap above it)."""
    x, y = GAP + (tile_id % columns) * (64 + GAP), GAP + (tile_id // columns) * (64 + GAP)
    return page.get_at((x + 32, y - FRAME + 1))[:3] == RED


def test_solid_tiles_are_framed_as_the_tsx_marks_them(tmp_path):
    pygame.init()
    page = draw_sheet(read_tileset(own_tileset(tmp_path)))
    assert [framed(page, tile_id) for tile_id in range(4)] == [False, True, False, False]
    page = draw_sheet(read_tileset(own_tileset(tmp_path, solid="false")))
    assert not any(framed(page, tile_id) for tile_id in range(4))


def test_an_empty_id_is_marked_in_its_cell_not_drawn_as_a_tile(tmp_path):
    pygame.init()
    page = draw_sheet(read_tileset(own_tileset(tmp_path)))
    empty = page.subsurface((GAP + 64 + GAP, GAP + 64 + GAP, 64, 64))  # tile 3
    colours = {empty.get_at((x, y))[:3] for x in range(64) for y in range(64)}
    assert (40, 42, 50) in colours and len(colours) > 2  # the empty cell's shade, and its words in it
    assert empty.get_at((1, 1))[:3] == (40, 42, 50)  # no id box in its corner


def test_a_bad_solid_flag_is_one_line_naming_the_file_not_a_traceback(tmp_path):
    done = run(own_tileset(tmp_path, solid="yes"), tmp_path / "out.png")
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    assert "own.tsx" in lines[0] and "solid" in lines[0] and "expected" in lines[0] and "found" in lines[0]
    assert not (tmp_path / "out.png").exists()


def test_a_missing_tileset_is_one_line_naming_it(tmp_path):
    done = run(tmp_path / "nowhere.tsx", tmp_path / "out.png")
    assert done.returncode == 1
    assert len(done.stderr.strip().splitlines()) == 1 and "nowhere.tsx" in done.stderr, done.stderr
