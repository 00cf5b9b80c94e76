"""Reading one Tiled XML file (.tmx, .tsx, .tx) safely into an ElementTree, or saying in one line why not."""

import os
import re
import stat
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath, PureWindowsPath

from game.content.errors import one_line, quote, unreadable
from game.content.text_bytes import CONTROL_BYTES, wide_encoding
from game.content.tmx_limits import MAX_FILE_BYTES, MAX_XML_ELEMENTS
from game.files import is_file, link_end, real_path, stamp


class XmlRefused(Exception):
    """The file cannot be read as XML; the fields are a Problem's (the caller knows which file to name)."""

    def __init__(self, where: str, expected: str, found: str, hint: str = "") -> None:
        super().__init__(found)
        self.where, self.expected, self.found, self.hint = where, expected, found, hint


# Old Tiled versions (0.x) wrote `<!DOCTYPE map SYSTEM "http://mapeditor.org/dtd/1.0/map.dtd">`. A DOCTYPE with
# only an external id cannot define entities (ElementTree never fetches external DTDs), so that one form is let
# through; anything with an internal subset `[...]` can, and is refused with every <!ENTITY.
_HARMLESS_DOCTYPE = re.compile(rb'<!DOCTYPE\s+[\w.:-]+(\s+(SYSTEM|PUBLIC)(\s+("[^"]*"|\'[^\']*\')){1,2})?\s*>')
_DECLARED_ENCODING = re.compile(rb'^\s*<\?xml[^>]*\bencoding\s*=\s*["\']([^"\']*)["\']')


# A tileset's or template's tree, by its path, with the bytes it was read from: every map and every start or restart
# of a level reads the same few shared files, and they are parsed again only when their bytes change (as the unit
# data is, catalog.current_catalog). Kept small; the trees are read, never changed, by their callers.
_SHARED: dict[str, tuple[bytes, ET.Element]] = {}
_MOST_SHARED = 64


# The files read on each thread inside stamps_read(), as they stood just before being read
_reading = threading.local()


@contextmanager
def stamps_read() -> Iterator[dict[str, tuple | None]]:
    """Each XML file read on this thread inside the block (a map, its tilesets and templates), by its whole path, and
    its stamp (files.stamp) noted just before it was read: what is kept from a read is kept under these, as stamps
    noted after it would already show a file saved in between, and the read stand for it."""
    _reading.stamps = noted = {}
    try:
        yield noted
    finally:
        _reading.stamps = None


def read_xml(path: Path, what: str, shared: bool = False) -> ET.Element:
    """The root element of the XML file at path; `what` names the kind of file for messages ("a Tiled map").
    `shared`: a file many maps read (a tileset, a template), whose tree is kept while its bytes stay the same; the
    caller must not change it."""
    noted = getattr(_reading, "stamps", None)
    if noted is not None:
        noted.setdefault(str(real_path(path)), stamp(path))
    data = _read_bytes(path, what)
    if shared and (kept := _SHARED.get(str(path))) is not None and kept[0] == data:
        return kept[1]
    root = _parsed(data, what)
    if shared:
        if len(_SHARED) >= _MOST_SHARED:
            _SHARED.clear()
        _SHARED[str(path)] = (data, root)
    return root


def _parsed(data: bytes, what: str) -> ET.Element:
    """The file's bytes as a tree, or XmlRefused saying why not."""
    if data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"["):  # not damaged: Tiled's other format
        raise XmlRefused("", f"{what} in Tiled's XML format", "a file in its JSON format",
                         "open it in Tiled and save it with File > Save As in the TMX format (a tileset: Export As, "
                         "TSX); the game reads only the XML formats")
    _refuse_what_xml_should_not_have(data, what)
    begins = data[:512].decode("utf-8", "replace").lstrip("\ufeff \t\r\n")  # the head: a map may be megabytes
    if begins and not begins.startswith("<"):  # every XML file begins with a tag: another file, not a damaged one
        raise XmlRefused("", what, f"a file that is not XML: it begins {quote(begins.splitlines()[0], 40)}",
                         "pick the file Tiled saved; if this was one, it was overwritten: restore it from version "
                         "control or a backup")
    try:
        return ET.fromstring(data)
    except ET.ParseError as error:
        line, column = error.position
        reason = str(error).split(": line ")[0]  # the position is given in `where`
        where = f"line {line}, column {column + 1}"
        mismatch = _mismatch(data, line, column) if reason == "mismatched tag" else None
        if mismatch is not None:
            raise XmlRefused(where, mismatch[0], mismatch[1], "the file was edited by hand: correct the tag in a text "
                             "editor; Tiled cannot open the file as it is") from None
        slip = _hand_typed(data, line, column) if reason == "not well-formed (invalid token)" else None
        if slip is not None:
            at, found, hint = slip
            raise XmlRefused(f"line {line}, column {at}", f"well-formed XML ({what})", found, hint) from None
        raise XmlRefused(where, f"well-formed XML ({what})", _EXPAT_SAYS.get(reason, f"a mistake: {one_line(reason)}"),
                         "the file is damaged or was cut short: fix it in a text editor, or restore it from version "
                         "control or a backup; Tiled cannot open it as it is") from None
    except RecursionError:  # very deep nesting in the C parser's tree building
        raise XmlRefused("", f"well-formed XML ({what})", "elements nested too deeply") from None


# expat's reasons, as what was found there.
_EXPAT_SAYS = {
    "no element found": "the file ending before its last tag is closed (it was cut short)",
    "unclosed token": "a tag still open where the file ends",
    "not well-formed (invalid token)": "a character XML does not allow there",
    "junk after document element": "more after the closing tag of the whole file",
    "duplicate attribute": "an attribute given twice in one tag",
}
_QUOTED_BEFORE = re.compile(r'([\w.:-]+)\s*=\s*(["\'])([^"\']*)\2$')  # an attribute whose value ends just here
_WORD = re.compile(r'[^\s"\'/>]*')
TILED_ESCAPES = "Tiled writes it so itself: a hand edit put this one here"


def _hand_typed(data: bytes, line: int, column: int) -> tuple[int, str, str] | None:
    """For expat's "invalid token": (the column, from 1, of the character to blame; what was found; the fix) where the
    line shows a character typed into a value by hand that XML writes escaped: a bare &, a quote inside a value (which
    ends it there), or a <. None where it is none of these (the error stands as is). expat counts columns in
    characters from 0 and stops just past a bare &, or at the character after a quote that ended a value early."""
    text = data.split(b"\n")[line - 1].decode("utf-8", "replace")
    before, at = text[:column], text[column:column + 1]
    amp = before.rfind("&")
    if amp >= 0 and re.fullmatch(r"&[\w#]*", before[amp:]):
        return (amp + 1, "a bare & (XML reads & as the start of an escape such as &amp;)",
                f"write & in text as &amp; ({TILED_ESCAPES}); fix it in a text editor")
    quoted = _QUOTED_BEFORE.search(before)
    if quoted and at and not at.isspace() and at not in "/>":
        mark = quoted.group(2)
        escape = "&quot;" if mark == '"' else "&apos;"
        return (column, f"{quote(_WORD.match(text, column).group(), 40)} right after {quoted.group(1)}={mark}"
                f"{one_line(quoted.group(3), 60)}{mark}: the {mark} before it ends the value there",
                f"write a {mark} inside a value as {escape} ({TILED_ESCAPES}), or, if a closing {mark} was left out "
                f"before it, put it back; fix it in a text editor")
    if at == "<":
        return (column + 1, "a < inside a value", f"write < in text as &lt; ({TILED_ESCAPES}); fix it in a text editor")
    return None


_TAG = re.compile(rb"<(/?)([\w.:-]+)[^>]*?(/?)>|<!--.*?-->|<\?.*?\?>", re.S)


def _mismatch(data: bytes, line: int, column: int) -> tuple[str, str] | None:
    """For expat's "mismatched tag": (expected, found) naming the end tag found and the element it should close,
    with the line that element was opened on; None when the tags before it cannot say (the error stands as is)."""
    lines = data.split(b"\n")
    at = sum(len(text) + 1 for text in lines[:line - 1]) + column  # expat counts columns in bytes from 0
    opened: list[tuple[bytes, int]] = []
    for tag in _TAG.finditer(data, 0, at + 200):
        if tag.group(2) is None:  # a comment or processing instruction
            continue
        closing, name, empty = tag.group(1), tag.group(2), tag.group(3)
        if tag.end() > at:  # the tag expat stopped in
            if closing and opened:
                inner, opened_on = opened[-1]
                return (f"</{inner.decode(errors='replace')}>, closing the <{inner.decode(errors='replace')}> "
                        f"opened on line {opened_on}", f"</{name.decode(errors='replace')}>")
            return None
        if closing:
            if opened:
                opened.pop()
        elif not empty:
            opened.append((name, data.count(b"\n", 0, tag.start()) + 1))
    return None


def _read_bytes(path: Path, what: str) -> bytes:
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):  # a FIFO or a device would block or never end
            raise XmlRefused("", f"{what} (a regular file)", "a directory or device" if not stat.S_ISFIFO(info.st_mode)
                             else "a pipe")
        if info.st_size > MAX_FILE_BYTES:
            raise XmlRefused("", f"{what} of at most {MAX_FILE_BYTES // 2**20} MB", f"{info.st_size // 2**20} MB")
        with open(path, "rb") as file:
            # Read what stat promised plus one byte: the file may have grown since. (read(MAX) would reserve
            # the whole 32 MB for every 20 KB map.)
            data = file.read(info.st_size + 1)
            while len(data) <= MAX_FILE_BYTES and (more := file.read(2**20)):
                data += more
    except OSError as error:
        # the map itself, as typed on the command line (its tilesets and templates are told of by missing() first)
        lost = _in_other_case(path) if isinstance(error, FileNotFoundError) else ""
        raise XmlRefused("", f"{what} that can be read", unreadable(error) + lost) from None
    except ValueError:  # "embedded null byte": no file can have such a name (a hand-edited save may name one)
        raise XmlRefused("", f"{what} that can be read", "a file name with a NUL character in it") from None
    if len(data) > MAX_FILE_BYTES:
        raise XmlRefused("", f"{what} of at most {MAX_FILE_BYTES // 2**20} MB", "a larger file")
    if not data.strip():
        raise XmlRefused("", what, "an empty file", "the file was not saved completely; save it again from Tiled")
    return data


def _refuse_what_xml_should_not_have(data: bytes, what: str) -> None:
    # Tiled writes UTF-8. Insisting on it keeps the checks below honest: in UTF-16 or an 8-bit codepage
    # "<!ENTITY" would not be these bytes, and expat would still read it.
    declared = _DECLARED_ENCODING.match(data)
    if (declared and declared.group(1).lower().replace(b"-", b"").replace(b"_", b"")
            not in (b"utf8", b"ascii", b"usascii")):
        raise XmlRefused("line 1", f"{what} in UTF-8",
                         f"encoding {quote(declared.group(1).decode('ascii', 'replace'), 20)}",
                         "save it from Tiled, which writes UTF-8")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _not_utf8(data, what, error.start) from None
    if b"\x00" in data:
        raise _not_utf8(data, what, data.index(b"\x00"))
    if b"<!ENTITY" in data or (b"<!DOCTYPE" in data and not _only_harmless_doctype(data)):
        raise XmlRefused("", f"{what} without a DTD", "a DTD or entity declaration",
                         "DTDs and entities are not allowed in a map; Tiled never writes them")
    # Counting "<" over-counts (end tags, comments) but costs nothing and stops a file of a million tiny
    # elements before ElementTree spends hundreds of bytes on each.
    elements = data.count(b"<") - data.count(b"</")
    if elements > MAX_XML_ELEMENTS:
        raise XmlRefused("", f"{what} of at most {MAX_XML_ELEMENTS:,} XML elements", f"about {elements:,}",
                         "save tile layers as CSV or Base64 (Map > Map Properties..., Tile Layer Format), not XML")


# What a file that is no text at all starts with, for the kinds a designer may pick by mistake.
_BINARY_KINDS = {b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image",
                 b"PK\x03\x04": "a zip archive", b"\x1f\x8b": "a gzip archive"}
# Tiled cannot open a file in another encoding unless its first line declares it, which an editor saving it so does
# not write: the fix is in the editor.
_SAVE_AS_UTF8 = "another program saved it so: open it in a text editor and save it with the encoding UTF-8"


def _not_utf8(data: bytes, what: str, at: int) -> XmlRefused:
    """Why a file with a byte at `at` that UTF-8 text cannot have is refused: text another editor saved in another
    encoding (most often: a designer's text editor, set to UTF-16 or to Windows' 8-bit one) is told apart from binary
    data, as the fix differs: save it again as UTF-8, or pick the right file."""
    wide = wide_encoding(data)
    if wide:
        return XmlRefused("", f"{what} in UTF-8", f"{wide} text", _SAVE_AS_UTF8)
    kind = next((kind for magic, kind in _BINARY_KINDS.items() if data.startswith(magic)), None)
    if kind:
        return XmlRefused("", f"{what} (UTF-8 text)", f"binary data ({kind})", "is this really a Tiled file?")
    control = CONTROL_BYTES.search(data)
    if control:
        found = ("a NUL byte" if data[control.start()] == 0
                 else f"byte 0x{data[control.start()]:02x} at offset {control.start()}")
        return XmlRefused("", f"{what} (UTF-8 text)", f"binary data ({found})", "is this really a Tiled file?")
    # Text in an 8-bit encoding: the two that Western editors use read most bytes alike, and the character shown
    # helps the designer find the spot.
    line = data.count(b"\n", 0, at) + 1
    column = at - (data.rfind(b"\n", 0, at) + 1) + 1
    try:
        character = data[at:at + 1].decode("cp1252")
    except UnicodeDecodeError:  # the five bytes Windows-1252 leaves out
        character = data[at:at + 1].decode("latin-1")
    return XmlRefused(f"line {line}, column {column}", f"{what} in UTF-8",
                      f"text in an 8-bit encoding (byte 0x{data[at]:02x}, {quote(character)} in Windows-1252 or "
                      "Latin-1)", _SAVE_AS_UTF8)


def _only_harmless_doctype(data: bytes) -> bool:
    return data.count(b"<!DOCTYPE") == 1 and _HARMLESS_DOCTYPE.search(data) is not None


def missing(path: Path, start: Path | None = None) -> str:
    """How a referenced file that cannot be used reads in "found ...": absent, a loop of links, or there but not a
    plain file. `start`: the map's folder, from which it is named, as Tiled shows a path (whole without one)."""
    shown = _from(path, start)
    if os.path.islink(path) and not os.path.exists(path):
        return f"{shown}, {link_end(path)}"
    if os.path.lexists(path) and not is_file(path):
        return f"{shown}, which is not a regular file"
    return f"no file {shown}{_in_other_case(path)}"


def _from(path: Path, start: Path | None) -> str:
    """`path` named from the folder `start`, with / as Tiled writes it ("../assets/tilesets/marz.tsx"); whole without
    `start`, or on another drive."""
    if start is None:
        return str(path)
    try:
        return Path(os.path.relpath(path, real_path(start))).as_posix()
    except ValueError:  # another drive (Windows)
        return str(path)


def _in_other_case(path: Path) -> str:
    """What follows a missing file's "found ...": the file there in another case, and why that matters; or ""."""
    other = _other_case(path)
    return (f" ({other} is there: the names differ only in case, which Windows and macOS ignore and Linux does not)"
            if other else "")


def _other_case(path: Path) -> str:
    """The file a missing `path` names in another case (Mars.tsx for mars.tsx, or a folder so), from the first name
    that differs ("mars.tsx", "tilesets/mars.tsx"); "" for none. Made on Windows or macOS, which find it all the same,
    a map plays there and not on Linux: the line says why."""
    path = Path(os.path.abspath(path))  # a path from the working folder, as typed: its first folder may differ too
    found, differs = Path(path.anchor), None
    for index, part in enumerate(path.parts[1:], 1):
        if not os.path.lexists(found / part):
            try:
                names = sorted(name for name in os.listdir(found) if name.casefold() == part.casefold())
            except OSError:
                return ""
            if not names:
                return ""
            part, differs = names[0], index if differs is None else differs
        found = found / part
    return Path(*found.parts[differs:]).as_posix() if differs is not None and is_file(found) else ""


def written_whole(reference: str) -> bool:
    """The file is named by its whole path (from /, or a drive: C:\\, \\\\server), not relative to the file naming
    it, as Tiled writes paths: it is found only on the computer it was written on."""
    return PurePosixPath(reference).is_absolute() or PureWindowsPath(reference).is_absolute()


def foreign_path(reference: str) -> str:
    """What a file named by a path written on another computer reads as in "found ...", when it names no file here:
    a whole path (C:/Users/..., or /home/...: the folders of the computer it was saved on), or a path with Windows'
    backslashes (Tiled writes /, so a hand edit), which names no folder here. "" for a path of neither kind, whose
    joined path says best what is missing."""
    if os.sep == "\\":
        return ""  # on Windows a backslash is a folder's end, and the joined path is what was looked for
    if written_whole(reference):
        return f"{quote(reference)}, named by its whole path on the computer it was saved on"
    if "\\" in reference:
        return f"{quote(reference)}, a path with Windows' backslashes (\\), which name no folder here"
    return ""


def file_name(reference: str) -> str:
    """The file's own name at the end of a path, written with / or with Windows' backslashes."""
    return reference.replace("\\", "/").rsplit("/", 1)[-1]


def relink_hint(file: str, otherwise: str) -> str:
    """The fix for a file named by a path from another computer (foreign_path): Tiled's own broken-links list, which
    it shows as it opens such a map, or `otherwise`."""
    return f"Tiled lists it as a broken link as it opens the map: click Locate File... and pick {file}; or {otherwise}"


def path_from(folder: Path, target: Path) -> str:
    """`target`'s path from the map's `folder`, quoted whole however deep the folder is: a designer types it, and
    clipped it would lead nowhere."""
    try:
        there = Path(os.path.relpath(real_path(target), real_path(folder))).as_posix()
    except ValueError:  # Windows: on another drive there is no path from the map to it
        there = str(real_path(target))
    return quote(there, limit=len(there))
