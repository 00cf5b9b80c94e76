"""A tile layer's <data> decoded into exactly width x height gids: CSV, XML, Base64 (zlib, gzip, zstd), capped."""

import binascii
import io
import struct
import xml.etree.ElementTree as ET
import zlib

from game.content.errors import quote

try:  # optional: Tiled can write zstd, but the game does not depend on the module
    import zstandard
except ImportError:  # pragma: no cover - depends on the machine
    zstandard = None

GID_FLIP_X = 0x80000000
GID_FLIP_Y = 0x40000000
GID_FLIP_DIAGONAL = 0x20000000
GID_ROTATE_HEX = 0x10000000  # hexagonal maps only; on an orthogonal map it means nothing and is dropped
GID_FLAGS = GID_FLIP_X | GID_FLIP_Y | GID_FLIP_DIAGONAL | GID_ROTATE_HEX
MAX_GID = 0xFFFFFFFF


class DataRefused(Exception):
    def __init__(self, expected: str, found: str, hint: str = "") -> None:
        super().__init__(found)
        self.expected, self.found, self.hint = expected, found, hint


def decode_data(data: ET.Element, width: int, height: int) -> tuple[int, ...]:
    """The layer's cells in reading order (row by row), each a Tiled gid with its flip bits (the hex bit cleared).

    The size is checked before anything large is made: pytmx 3.32 inflates whatever the file holds, so a
    272 KB map with a gzip bomb took 2.4 GB; here no layer ever decodes to more than width x height x 4 bytes.
    """
    count = width * height
    if data.find("chunk") is not None:
        raise DataRefused("tile data for a fixed-size map", "chunks (infinite map data)",
                          "untick Infinite in Map Properties")
    encoding = data.get("encoding")
    compression = data.get("compression")
    if encoding == "csv":
        values = _csv(data.text or "", count)
    elif encoding == "base64":
        values = _base64(data.text or "", compression, count)
    elif encoding is None:
        values = _xml_tiles(data, count)
    else:
        raise DataRefused("tile data encoded as csv or base64", f"encoding {quote(encoding)}",
                          "pick CSV or Base64 in Map Properties → Tile Layer Format")
    if compression and encoding != "base64":
        raise DataRefused("compression only with base64 data",
                          f"{quote(encoding)} data compressed with {quote(compression)}")
    if max(values) >= GID_ROTATE_HEX and any(v & GID_ROTATE_HEX for v in set(values)):  # max(): most maps flip nothing
        values = tuple(v & ~GID_ROTATE_HEX for v in values)
    return values


def _csv(text: str, count: int) -> tuple[int, ...]:
    # Count the separators before splitting: 32 MB of commas would otherwise become 32 million strings.
    commas = text.count(",")
    stripped = text.strip().rstrip(",")  # a trailing comma after the last cell is harmless
    found = stripped.count(",") + 1 if stripped else 0
    if commas > count or found != count:
        raise DataRefused(f"{count:,} comma-separated cells (width x height)",
                          f"{found:,}" if commas <= count else "more",
                          "the layer's size does not match its data; resize it in Tiled or save the map again")
    try:
        values = tuple(map(int, stripped.split(",")))
    except ValueError:
        bad = next(part for part in stripped.split(",") if not _is_int(part))
        raise DataRefused("whole numbers (tile ids) in CSV data", quote(bad.strip(), 20)) from None
    if min(values) < 0 or max(values) > MAX_GID:
        raise DataRefused(f"tile ids from 0 to {MAX_GID}", str(min(values) if min(values) < 0 else max(values)))
    return values


def _is_int(text: str) -> bool:
    try:
        int(text)
    except ValueError:
        return False
    return True


def _xml_tiles(data: ET.Element, count: int) -> tuple[int, ...]:
    tiles = data.findall("tile")
    if len(tiles) != count:
        raise DataRefused(f"{count:,} <tile> elements (width x height)", f"{len(tiles):,}",
                          "the layer's size does not match its data; save the map again from Tiled")
    values = []
    for tile in tiles:
        text = tile.get("gid", "0")
        if not _is_int(text) or not 0 <= int(text) <= MAX_GID:
            raise DataRefused(f"tile ids from 0 to {MAX_GID}", quote(text, 20))
        values.append(int(text))
    return tuple(values)


def _base64(text: str, compression: str | None, count: int) -> tuple[int, ...]:
    expected = count * 4  # little-endian uint32 per cell
    try:
        raw = binascii.a2b_base64(text.strip())  # whitespace and line breaks between the characters are skipped
    except binascii.Error as error:
        raise DataRefused("valid base64 tile data", quote(str(error), 80)) from None
    if not compression:
        decoded = raw
    elif compression in ("zlib", "gzip"):
        decoded = _inflate(raw, expected, wbits=15 if compression == "zlib" else 31)
    elif compression == "zstd":
        decoded = _unzstd(raw, expected)
    else:
        raise DataRefused("zlib, gzip or no compression", f"compression {quote(compression)}",
                          "pick Base64 (zlib compressed) or CSV in Map Properties → Tile Layer Format")
    if len(decoded) != expected:
        size = "more" if len(decoded) > expected else f"{len(decoded):,} bytes"
        raise DataRefused(f"{expected:,} bytes of tile data ({count:,} cells x 4)", size,
                          "the layer's data does not match its size; save the map again from Tiled")
    return struct.unpack(f"<{count}I", decoded)


def _inflate(raw: bytes, expected: int, wbits: int) -> bytes:
    # max_length stops the inflater one byte past what a layer of this size can hold, however much the
    # stream would expand to: that one extra byte is enough to say "too much".
    inflater = zlib.decompressobj(wbits)
    try:
        decoded = inflater.decompress(raw, expected + 1)
    except zlib.error as error:
        raise DataRefused("valid compressed tile data", quote(str(error), 80)) from None
    if len(decoded) < expected and not inflater.eof:
        raise DataRefused(f"{expected:,} bytes of tile data",
                          f"a compressed stream cut short after {len(decoded):,} bytes",
                          "the file is damaged; save the map again from Tiled")
    return decoded


def _unzstd(raw: bytes, expected: int) -> bytes:
    if zstandard is None:
        raise DataRefused("zlib, gzip or no compression", "zstd compression",
                          "zstd compression is not supported; save the map with zlib or CSV")
    try:  # a stream reader, not decompress(): a frame header may claim any size and decompress() would trust it
        with zstandard.ZstdDecompressor().stream_reader(io.BytesIO(raw)) as reader:
            decoded = b""
            while len(decoded) <= expected:
                chunk = reader.read(expected + 1 - len(decoded))
                if not chunk:
                    break
                decoded += chunk
            return decoded
    except zstandard.ZstdError as error:
        raise DataRefused("valid compressed tile data", quote(str(error), 80)) from None
