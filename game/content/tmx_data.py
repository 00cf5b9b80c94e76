"""A tile layer's <data> decoded into exactly width x height gids: CSV, XML, Base64 (zlib, gzip; zstd where the optional
zstandard module is installed), capped."""

import binascii
import io
import re
import struct
import warnings
import xml.etree.ElementTree as ET
import zlib

import numpy as np

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
# Tiled's Base64 compressions by the name it writes (<data compression="zstd">) and the name it shows (Map Properties >
# Tile Layer Format): every one the game reads. A refusal's list of what it reads comes from here, as the reading does.
_COMPRESSIONS = {"zlib": "zlib", "gzip": "gzip", "zstd": "Zstandard"}


class DataRefused(Exception):
    """Why a layer's data cannot be read. `layer_format` is Tiled's name for the layer format when that is the reason:
    a map setting, not the layer's own, so the map's reader tells it once for every layer saved in it."""

    def __init__(self, expected: str, found: str, hint: str = "", layer_format: str = "") -> None:
        super().__init__(found)
        self.expected, self.found, self.hint, self.layer_format = expected, found, hint, layer_format


def decode_data(data: ET.Element, width: int, height: int) -> tuple[int, ...]:
    """The layer's cells in reading order (row by row), each a Tiled gid with its flip bits (the hex bit cleared).

    The size is checked before anything large is made: pytmx 3.32 inflates whatever the file holds, so a
    272 KB map with a gzip bomb took 2.4 GB; here no layer ever decodes to more than width x height x 4 bytes.
    """
    count = width * height
    if data.find("chunk") is not None:
        raise DataRefused("tile data for a fixed-size map", "chunks (infinite map data)",
                          "untick Infinite in Map > Map Properties...")
    encoding = data.get("encoding")
    compression = data.get("compression")
    if encoding == "csv":
        values = _csv(data.text or "", count)
    elif encoding == "base64":
        values = _base64(data.text or "", compression, count)
    elif encoding is None:
        values = _xml_tiles(data, count)
    else:
        raise _format_refused(f"encoding {quote(encoding, 20)}")
    if compression and encoding != "base64":
        raise DataRefused("compression only with base64 data",
                          f"{quote(encoding)} data compressed with {quote(compression)}")
    if max(values) >= GID_ROTATE_HEX and any(v & GID_ROTATE_HEX for v in set(values)):  # max(): most maps flip nothing
        values = tuple(v & ~GID_ROTATE_HEX for v in values)
    return values


def _readable(compression: str) -> bool:
    """Whether the game reads Base64 data with this compression here: Zstandard only where the module is installed."""
    return compression in _COMPRESSIONS and (compression != "zstd" or zstandard is not None)


def _format_refused(layer_format: str) -> DataRefused:
    """A layer format the game does not read, by Tiled's name for it, with the formats it does read."""
    names = [shown for written, shown in _COMPRESSIONS.items() if _readable(written)]
    return DataRefused(f"a tile layer format the game reads: CSV, or Base64 uncompressed or with "
                       f"{', '.join(names[:-1])} or {names[-1]} compression", layer_format,
                       "in Map > Map Properties..., set Tile Layer Format to CSV (Tiled's default) and save the map: "
                       "the one setting saves every tile layer", layer_format=layer_format)


def _csv(text: str, count: int) -> tuple[int, ...]:
    # Count the separators before splitting: 32 MB of commas would otherwise become 32 million strings.
    commas = text.count(",")
    stripped = text.strip().rstrip(",")  # a trailing comma after the last cell is harmless
    found = stripped.count(",") + 1 if stripped else 0
    if commas > count or found != count:
        raise DataRefused(f"{count:,} comma-separated cells (width x height)",
                          f"{found:,}" if commas <= count else "more",
                          "the layer's size does not match its data; resize it in Tiled or save the map again")
    values = _csv_quickly(stripped, count)
    if values is not None:
        return values
    try:
        values = tuple(map(int, stripped.split(",")))
    except ValueError:
        bad = next(part for part in stripped.split(",") if not _is_int(part))
        raise DataRefused("whole numbers (tile ids) in CSV data", quote(bad.strip(), 20)) from None
    if min(values) < 0 or max(values) > MAX_GID:
        raise DataRefused(f"tile ids from 0 to {MAX_GID}", str(min(values) if min(values) < 0 else max(values)))
    return values


_EMPTY_CELL = re.compile(r",\s*,")  # (the text is stripped: an empty first or last cell is a comma or space at an end)


def _csv_quickly(text: str, count: int) -> tuple[int, ...] | None:
    """The cells parsed in C (a tenth of int() on each part: 1 s on a 1,000 x 1,000 map's three layers), or None for
    the careful reading to find and name what is wrong. Tiled writes digits, commas and line breaks; numpy reads
    ASCII digits with spaces round them as int() does and stops at anything else, but it reads an empty cell, or a
    sign alone, as 0, so text with those is left to the careful reading. A number past int64 comes out clamped, past
    MAX_GID, and the careful reading names it as written."""
    if "-" in text or "+" in text or text.startswith(",") or text[-1:].isspace() or _EMPTY_CELL.search(text):
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # numpy warns, and returns what it read so far, where its reading stops
        try:
            parsed = np.fromstring(text, dtype=np.int64, sep=",")
        except (ValueError, DeprecationWarning):
            return None
    if len(parsed) != count or not count or parsed.min() < 0 or parsed.max() > MAX_GID:
        return None
    return tuple(parsed.tolist())


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
    # The format is judged before the data is decoded: a layer in a format the game cannot read is refused for that.
    if compression and compression not in _COMPRESSIONS:
        raise _format_refused(f"Base64 with compression {quote(compression, 20)}")
    if compression and not _readable(compression):
        raise _format_refused(f"Base64 ({_COMPRESSIONS[compression]} compressed)")
    expected = count * 4  # little-endian uint32 per cell
    try:
        raw = binascii.a2b_base64(text.strip())  # whitespace and line breaks between the characters are skipped
    except binascii.Error as error:
        raise DataRefused("valid base64 tile data", quote(str(error), 80)) from None
    if not compression:
        decoded = raw
    elif compression in ("zlib", "gzip"):
        decoded = _inflate(raw, expected, wbits=15 if compression == "zlib" else 31)
    else:  # zstd, with the module (_readable)
        decoded = _unzstd(raw, expected)
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
