"""Broken and hostile files: refused in bounded memory, one line per problem naming the file, never a traceback.

A refusal that comes before the work (a bomb inflated, entities expanded, a huge grid made) shows in memory:
the peak while loading is bounded. How long refusals take is the bench's business, not `make test`'s.
"""

import os
import struct
import tracemalloc
import zlib
from base64 import b64encode
from pathlib import Path

import pytest

import game.content.level as level_module
from game.content.errors import ContentError
from game.content.level import load_level
from game.content.tmx_data import zstandard
from tests.content.test_level_traps import SPAWN, TILE, layer, objects, png, write_map


def refused(path: Path, peak_mb: float = 4.0) -> ContentError:
    """The ContentError for the map, checked for the promises every refusal keeps; the memory the loader
    allocated on the way (tracemalloc's peak) stays under `peak_mb`."""
    tracemalloc.start()
    try:
        with pytest.raises(ContentError) as caught:
            load_level(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < peak_mb * 2**20, f"peak {peak / 2**20:.1f} MB"
    error = caught.value
    lines = str(error).split("\n")
    assert len(lines) == len(error.problems) >= 1  # one line per problem: nothing in a message breaks a line
    assert all(line.startswith(str(path)) for line in lines)
    assert "Traceback" not in str(error)
    return error


def _base64_data(raw: bytes, compression: str) -> str:
    return f'<data encoding="base64" compression="{compression}">{b64encode(raw).decode()}</data>'


def _bomb(wbits: int, megabytes: int = 64) -> bytes:
    """`megabytes` of zeros compressed, built a megabyte at a time so the test itself stays small."""
    packer = zlib.compressobj(9, zlib.DEFLATED, wbits)
    zeros = bytes(2**20)
    return b"".join(packer.compress(zeros) for _ in range(megabytes)) + packer.flush()


@pytest.mark.parametrize("compression, wbits", [("gzip", 31), ("zlib", 15)])
def test_a_compression_bomb_in_layer_data_is_refused_before_it_inflates(tmp_path, compression, wbits):
    bomb = _bomb(wbits)
    assert len(bomb) < 100_000  # 64 MB of zeros in a file under 100 KB
    body = f'<layer name="ground" width="2" height="2">{_base64_data(bomb, compression)}</layer>' + SPAWN
    path = write_map(tmp_path, body, width=2, height=2)
    error = refused(path)  # inflated, it would be 64 MB
    assert 'layer "ground": expected 16 bytes of tile data (4 cells x 4), found more' in str(error)


def test_billion_laughs_xml_is_refused_before_parsing(tmp_path):
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
    path = tmp_path / "laughs.tmx"
    path.write_text(f'<?xml version="1.0"?><!DOCTYPE map [{entities}]><map orientation="orthogonal" width="1" '
                    'height="1" tilewidth="16" tileheight="16"><properties><property name="title" value="&lol9;"/>'
                    "</properties></map>", encoding="utf-8")
    error = refused(path)  # expanded, the title would be a billion characters
    assert "DTDs and entities are not allowed in a map" in str(error)


def test_billion_laughs_in_a_tileset_is_a_problem_naming_the_tileset(tmp_path):
    (tmp_path / "evil.tsx").write_text('<?xml version="1.0"?><!DOCTYPE t [<!ENTITY a "aaaaaaaaaa">]>'
                                       '<tileset name="evil" tilewidth="16" tileheight="16"/>', encoding="utf-8")
    path = write_map(tmp_path, layer("ground") + SPAWN, tileset='<tileset firstgid="1" source="evil.tsx"/>')
    [problem] = refused(path).problems
    assert 'tileset "evil.tsx"' in str(problem) and "DTDs and entities are not allowed" in str(problem)


def test_the_doctype_old_tiled_versions_wrote_is_accepted(tmp_path):
    path = write_map(tmp_path, layer("ground") + SPAWN)
    text = path.read_text().replace("<map ", '<!DOCTYPE map SYSTEM "http://mapeditor.org/dtd/1.0/map.dtd">\n<map ', 1)
    path.write_text(text)
    assert load_level(path).layers[0].name == "ground"


def test_nan_and_infinite_coordinates_are_problems_naming_the_object(tmp_path):
    body = objects('<object id="1" name="lost" type="trigger" x="nan" y="0" width="4" height="4"/>',
                   '<object id="2" name="vast" type="zone" x="0" y="0" width="inf" height="4"/>',
                   '<object id="3" name="route" type="patrol_path" x="0" y="0"><polyline points="0,0 nan,4"/></object>'
                   ) + layer("drift", attributes='offsetx="nan"') + SPAWN
    problems = [str(p) for p in refused(write_map(tmp_path, body)).problems]
    assert len(problems) == 4
    assert 'object 1 "lost", attribute x: expected a finite number, found "nan"' in problems[0]
    assert 'object 2 "vast", attribute width: expected a finite number, found "inf"' in problems[1]
    assert 'object 3 "route", polyline points' in problems[2] and '"nan,4"' in problems[2]
    assert 'layer "drift", attribute offsetx' in problems[3]


def test_a_place_too_far_to_draw_is_a_problem_naming_the_object(tmp_path):
    # pygame draws in 32-bit pixels: a zone 1e19 px wide crashed the window, one 3e9 wide wrapped round unseen.
    body = objects('<object id="1" name="squall" type="zone" x="-1e19" y="0" width="2e19" height="800"/>',
                   '<object id="2" name="gale" type="zone" x="0" y="0" width="3000000000" height="800"/>',
                   '<object id="3" name="route" type="patrol_path" x="0" y="0"><polyline points="0,0 0,2e6"/></object>',
                   '<object id="4" name="storm" type="zone" x="0" y="-2000" width="999000" height="4000"/>'
                   ) + objects('<object id="5" name="pad" type="objective" x="300000" y="0" width="32" height="32"/>',
                               name="far", attributes='offsetx="800000"') + SPAWN
    problems = [str(p) for p in refused(write_map(tmp_path, body)).problems]
    assert problems[0].endswith('object 1 "squall": expected a place within 1,000,000 px of the map\'s corner, '
                                "found x -1e+19, y 0, width 2e+19, height 800 (nothing so far off can be drawn; set "
                                "its place and size in Tiled)")
    assert 'object 2 "gale": expected a place within 1,000,000 px' in problems[1]
    assert 'object 3 "route": expected' in problems[2] and "a corner 2e+06 px out" in problems[2]
    assert 'object 5 "pad": expected' in problems[3] and "x 1.1e+06" in problems[3] and "offsets added" in problems[3]
    assert len(problems) == 4  # the storm, its far edge 999,000 px out, is a place like any other


def test_unknown_tile_ids_name_the_layer_the_cell_and_the_gid(tmp_path):
    body = layer("ground", [[1, 99, 1, 7], [7, 7, 1, 1], [1, 1, 1, 0x80000000 | 50]]) + SPAWN
    problems = [str(p) for p in refused(write_map(tmp_path, body)).problems]
    assert problems == [
        f'{tmp_path / "map.tmx"}: layer "ground", cell (3, 0): expected a tile id from one of the map\'s tilesets, '
        "found gid 7 (and 2 more cells with it) (no tileset has this tile; was a tileset removed or made smaller?)",
        f'{tmp_path / "map.tmx"}: layer "ground", cell (1, 0): expected a tile id from one of the map\'s tilesets, '
        "found gid 99 (no tileset has this tile; was a tileset removed or made smaller?)",
        f'{tmp_path / "map.tmx"}: layer "ground", cell (3, 2): expected a tile id from one of the map\'s tilesets, '
        "found gid 50 (flipped horizontally) (no tileset has this tile; was a tileset removed or made smaller?)",
    ]


def test_a_missing_tileset_names_the_missing_file_and_the_map_that_refers_to_it(tmp_path):
    path = write_map(tmp_path, layer("ground") + SPAWN, tileset='<tileset firstgid="1" source="art/gone.tsx"/>')
    [problem] = refused(path).problems  # its tiles are not reported again as unknown
    assert problem.file == str(path)
    assert "found no file art/gone.tsx" in str(problem) and "map.tmx refers to" in str(problem)


def test_a_missing_tileset_image_names_the_image_and_the_tileset(tmp_path):
    (tmp_path / "art").mkdir()
    (tmp_path / "art" / "rocks.tsx").write_text(
        f'<?xml version="1.0" encoding="UTF-8"?><tileset name="rocks" tilewidth="{TILE}" tileheight="{TILE}" '
        f'tilecount="2" columns="2"><image source="rocks.png" width="{TILE * 2}" height="{TILE}"/></tileset>')
    path = write_map(tmp_path, layer("ground") + SPAWN, tileset='<tileset firstgid="1" source="art/rocks.tsx"/>')
    [problem] = refused(path).problems
    assert problem.where == 'tileset "art/rocks.tsx"'
    assert "no file art/rocks.png" in str(problem) and '"rocks.png"' in str(problem)
    (tmp_path / "art" / "rocks.png").write_bytes(png(TILE * 2, TILE))
    assert load_level(path).tiles[1].source == str((tmp_path / "art" / "rocks.png").resolve())


def test_a_property_of_the_wrong_type_is_a_problem_not_a_crash(tmp_path):
    path = write_map(tmp_path, layer("ground") + SPAWN, '<property name="wind_speed" type="color" value="#ff00ff00"/>')
    [problem] = refused(path).problems
    assert 'map, property wind_speed: expected px per second the dust drifts, from 0 to 280 (a float property), ' \
        'found "#ff00ff00" (a color property)' in str(problem)


def test_a_huge_declared_map_size_is_refused_before_anything_is_made(tmp_path):
    path = write_map(tmp_path, SPAWN, width=100_000, height=100_000)
    [problem] = refused(path).problems  # made, the grid would be ten billion cells
    assert "expected a map of at most 1,000,000 cells, found 100,000 x 100,000 = 10,000,000,000 cells" in str(problem)


def test_a_long_thin_map_past_where_objects_may_lie_is_refused_saying_how_long(tmp_path):
    path = write_map(tmp_path, SPAWN, width=70_000, height=10)  # under a million cells, but 1,120,000 px long
    [problem] = refused(path).problems
    assert "map: expected a map at most 1,000,000 px across each way, as far as objects may lie, found 1,120,000 x " \
        "160 px (70,000 x 10 tiles of 16 x 16 px) (make it shorter with Map > Resize Map...)" in str(problem)
    load_level(write_map(tmp_path / "longest", SPAWN, width=62_500, height=10))  # 1,000,000 px: as far as may be


def test_a_csv_layer_of_millions_of_commas_is_refused_without_splitting_it(tmp_path):
    body = f'<layer name="commas" width="4" height="3"><data encoding="csv">{"," * 4_000_000}</data></layer>' + SPAWN
    # The file alone is 4 MB, read whole; split, the commas would be a list of four million strings (32 MB more).
    [problem] = refused(write_map(tmp_path, body), peak_mb=24).problems
    assert 'layer "commas": expected 12 comma-separated cells (width x height), found more' in str(problem)


def test_too_many_objects_or_xml_elements_are_refused(tmp_path):
    many = "".join(f'<object id="{i}" x="1" y="1"/>' for i in range(1, 100_002))
    # 3.5 MB of XML parsed whole (about 40 MB of elements), then counted: none made into a level object.
    [problem] = refused(write_map(tmp_path, objects(many) + SPAWN), peak_mb=64).problems
    assert "expected at most 100,000 objects" in str(problem)
    tiles = '<layer name="xml" width="600" height="500"><data>' + "<tile/>" * 300_000 + "</data></layer>"
    # 2 MB of XML; its 300,000 elements, made, would take 27 MB more: refused while reading.
    [problem] = refused(write_map(tmp_path, tiles, width=600, height=500, name="xml.tmx"), peak_mb=12).problems
    assert "XML elements" in str(problem) and "CSV or Base64" in str(problem)


def test_groups_nested_without_end_are_a_problem_not_a_recursion_error(tmp_path):
    body = '<group name="g">' * 5000 + layer("deep") + "</group>" * 5000 + SPAWN
    problems = refused(write_map(tmp_path, body)).problems
    assert any("groups nested at most 32 deep" in str(p) for p in problems)


def test_a_file_that_is_no_xml_at_all_is_called_another_file_not_a_damaged_map(tmp_path):
    """`check assets/data/units.yaml`, or --level given the notes: it was called a map "damaged or cut short" at
    line 1, column 2, when nothing was wrong with the file but the choice of it."""
    path = tmp_path / "units.yaml"
    path.write_text("# Unit and weapon stats\nlayzner:\n  speed: 300\n")
    [problem] = refused(path).problems
    assert problem.found == 'a file that is not XML: it begins "# Unit and weapon stats"'
    assert "damaged" not in str(problem) and "pick the file Tiled saved" in problem.hint


def test_a_truncated_file_says_where_it_ends(tmp_path):
    path = write_map(tmp_path, layer("ground") + SPAWN)
    text = path.read_text()
    path.write_text(text[: len(text) // 2])
    [problem] = refused(path).problems
    assert "expected well-formed XML" in str(problem) and problem.where.startswith("line ")
    assert problem.found in ("a tag still open where the file ends",
                             "the file ending before its last tag is closed (it was cut short)")  # in words


def test_a_misspelt_end_tag_names_the_element_it_should_close_and_where_that_was_opened(tmp_path):
    path = write_map(tmp_path, layer("ground") + SPAWN)
    text = path.read_text()
    opened_on = text[:text.index('<objectgroup id="90"')].count("\n") + 1
    path.write_text(text.replace("</objectgroup>", "</objectgrop>"))
    [problem] = refused(path).problems
    assert (problem.expected, problem.found) == (
        f"</objectgroup>, closing the <objectgroup> opened on line {opened_on}", "</objectgrop>")


@pytest.mark.parametrize("content, found", [
    (bytes(range(256)) * 4, "binary data"),
    (png(8, 8), "binary data"),
    ("<?xml version='1.0'?>\n<map>\x00</map>".encode(), "binary data (a NUL byte)"),
    ('<?xml version="1.0" encoding="UTF-16"?><map/>'.encode(), 'encoding "UTF-16"'),
    (b"", "an empty file"),
    (b"  \n\t\n", "an empty file"),
    (b"<tileset name='x' tilewidth='16' tileheight='16'/>", "<tileset>"),
    (b"just some text", 'a file that is not XML: it begins "just some text"'),
    (b'\xef\xbb\xbf\n{ "type": "map", "layers": [] }', "found a file in its JSON format (open it in Tiled and save "
                                                         "it with File > Save As in the TMX format"),
])
def test_files_that_are_not_maps_are_refused_in_one_line(tmp_path, content, found):
    path = tmp_path / "not_a_map.tmx"
    path.write_bytes(content)
    [problem] = refused(path).problems
    assert found in str(problem)


def test_a_tileset_that_is_a_pipe_does_not_hang_the_loader(tmp_path):
    os.mkfifo(tmp_path / "pipe.tsx")
    path = write_map(tmp_path, layer("ground") + SPAWN, tileset='<tileset firstgid="1" source="pipe.tsx"/>')
    [problem] = refused(path).problems
    assert "pipe.tsx, which is not a regular file" in str(problem)


def test_zstd_layers_load_with_zstandard_and_are_refused_clearly_without_it(tmp_path):
    raw = struct.pack("<4I", 1, 1, 2, 1)
    payload = zstandard.ZstdCompressor().compress(raw) if zstandard else b"\x28\xb5\x2f\xfd"
    body = f'<layer name="ground" width="2" height="2">{_base64_data(payload, "zstd")}</layer>' + SPAWN
    path = write_map(tmp_path, body, width=2, height=2)
    if zstandard is None:
        [problem] = refused(path).problems
        assert str(problem).endswith(
            "map, Tile Layer Format: expected a tile layer format the game reads: CSV, or Base64 uncompressed or with "
            "zlib or gzip compression, found Base64 (Zstandard compressed), on 1 tile layer: layer \"ground\" (in Map "
            "> Map Properties..., set Tile Layer Format to CSV (Tiled's default) and save the map: the one setting "
            "saves every tile layer)")
    else:
        assert load_level(path).layers[0].cells == ((1, 1), (2, 1))


def test_an_unexpected_error_inside_the_loader_becomes_one_problem(tmp_path, monkeypatch):
    def broken(document):
        raise RuntimeError("boom\nsecond line")
    monkeypatch.setattr(level_module, "_layers", broken)
    [problem] = refused(write_map(tmp_path, layer("ground") + SPAWN)).problems
    assert "could not read the map: RuntimeError: boom" in str(problem)



@pytest.mark.parametrize("damage, found", [
    (lambda data: data[:40], "a PNG cut short (40 bytes, and no end)"),
    (lambda data: data[:45] + bytes([data[45] ^ 0xFF]) + data[46:], "a damaged PNG (its IDAT part fails its checksum)"),
    (lambda data: b"not an image, a note saved over it\n", "a file that is not a PNG image"),
], ids=["cut", "flipped byte", "text"])
def test_a_tileset_image_the_game_could_not_decode_is_refused_naming_it(tmp_path, damage, found):
    path = write_map(tmp_path, layer("ground") + SPAWN)
    image = tmp_path / "tiles.png"
    image.write_bytes(damage(image.read_bytes()))
    [problem] = refused(path).problems
    assert (problem.expected, problem.found) == ("a tileset image the game can read", f"{found} (tiles.png)")


def test_a_tileset_image_in_another_format_pygame_reads_is_left_to_it(tmp_path):
    path = write_map(tmp_path, layer("ground") + SPAWN)
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{TILE * 2}" height="{TILE}">'
           f'<rect width="{TILE * 2}" height="{TILE}" fill="#a05a2c"/></svg>')
    (tmp_path / "tiles.svg").write_text(svg, encoding="utf-8")
    path.write_text(path.read_text().replace('source="tiles.png"', 'source="tiles.svg"'))
    assert load_level(path).tiles  # not refused as "not an image"


def _bmp(width: int, height: int) -> bytes:
    """A whole 24-bit BMP, written without pygame (rows bottom up, each padded to 4 bytes)."""
    row = b"\x2c\x5a\xa0" * width + b"\0" * (-width * 3 % 4)
    pixels = row * height
    return (b"BM" + struct.pack("<IHHI", 54 + len(pixels), 0, 0, 54)
            + struct.pack("<IiiHHIIiiII", 40, width, height, 1, 24, 0, len(pixels), 2835, 2835, 0, 0) + pixels)


UNREADABLE = "a file pygame cannot read as an image: "


@pytest.mark.parametrize("name, content, said", [
    ("tiles.jpg", b"\xff\xd8\xff\xe0 a JPEG cut short after its first marker", UNREADABLE),
    ("tiles.bmp", b"BM" + b"\xff" * 60, UNREADABLE + "BMP file with bad dimensions"),
    ("notes.txt", b"walls: rows 5 and 6\n", UNREADABLE),
], ids=["jpeg cut", "bmp header", "text"])
def test_a_tileset_image_in_another_format_pygame_cannot_read_is_refused_naming_map_tileset_and_image(
        tmp_path, name, content, said):
    # Only PNGs were checked ahead; the rest were left to pygame, which refused them only as the window opened.
    path = write_map(tmp_path, layer("ground") + SPAWN)
    (tmp_path / name).write_bytes(content)
    path.write_text(path.read_text().replace('source="tiles.png"', f'source="{name}"'))
    with pytest.raises(ContentError) as caught:
        load_level(path)
    [problem] = caught.value.problems
    assert (problem.file, problem.where, problem.expected) == (str(path), 'tileset "tiles"',
                                                               "a tileset image the game can read")
    assert problem.found.startswith(said) and problem.found.endswith(f" ({name})") and "\n" not in str(problem)
    assert problem.hint == "save it as a PNG from your image editor, or pick the right file as the tileset's image"
    (tmp_path / name).write_bytes(_bmp(TILE * 2, TILE))  # an image pygame reads, whatever its name: it plays
    assert load_level(path).tiles


def test_a_damaged_png_part_whose_name_is_control_characters_is_written_out_not_printed_raw(tmp_path):
    path = write_map(tmp_path, layer("ground") + SPAWN)
    image = tmp_path / "tiles.png"
    data = image.read_bytes()
    image.write_bytes(data[:8] + struct.pack(">I", 4) + b"\0\0\0\0" + b"junk" + b"\0\0\0\0" + data[8:])
    [problem] = refused(path).problems
    assert problem.found == r"a damaged PNG (its \x00\x00\x00\x00 part fails its checksum) (tiles.png)"
    assert str(problem).isprintable()
