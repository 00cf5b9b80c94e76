"""Byte checks the map and YAML readers share: text in a wide encoding, and bytes that mark binary data."""

import re

# Bytes no text file has (NUL and the control characters but tab, line feed and carriage return): they mark binary
# data apart from text in another encoding.
CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def wide_encoding(data: bytes, opening: bytes = b"<") -> str:
    """"UTF-16" or "UTF-32" when the file is text in that encoding: it starts with that byte order mark, or (UTF-16
    without one) its first characters are ASCII with a NUL beside each, the first of them `opening` (b"" for any);
    else ""."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "UTF-32"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16"
    head = data[:400]
    for text, nuls in ((head[0::2], head[1::2]), (head[1::2], head[0::2])):  # little-endian, big-endian
        if nuls and nuls.count(0) >= 0.9 * len(nuls) and 0 not in text and text.lstrip().startswith(opening):
            return "UTF-16"
    return ""
