"""Reading YAML safely: duplicate keys, a tag on text that is not one of its kind ("!!timestamp soon", "!!bool maybe")
and syntax errors become ContentError, never a traceback; or, in a player's own file, a key given twice costs that key
alone (load_yaml_keeping). And what a player's file holds that this game does not know written back as read
(dump_as_read)."""

import functools
from pathlib import Path

import yaml

from game.content.errors import ContentError, Problem, one_line, unreadable
from game.content.text_bytes import CONTROL_BYTES, wide_encoding
from game.files import read_bytes

# An editor set to save in another encoding (UTF-16 is Notepad's "Unicode") writes bytes UTF-8 cannot read: the fix is
# in the editor, as for a map.
_SAVE_AS_UTF8 = "open it in a text editor and save it with the encoding UTF-8"
_SPACES = "indent with spaces, not tabs: YAML does not allow a tab there"
_STR = "tag:yaml.org,2002:str"
_MERGE = "tag:yaml.org,2002:merge"


def _keys_as_written(node: yaml.MappingNode) -> None:
    """Every key in these files is a name, so a plain key is read as the text written: YAML 1.1 reads `yes`, `on` and
    `off` as booleans and `~` as null, and a mistake would be told as the key True or None, a name no one wrote.
    (A plain key's style is "" from libyaml, None from PyYAML's own parser.) A merge key is refused in words: these
    readers construct each key to check it, and PyYAML had only "could not determine a constructor" for it."""
    for key_node, _ in node.value:
        if key_node.tag == _MERGE:
            raise yaml.constructor.ConstructorError(None, None, "a merge key (<<:), which the game does not read; "
                                                    "write out the keys it would bring in", key_node.start_mark)
        if isinstance(key_node, yaml.ScalarNode) and not key_node.style and key_node.tag != _STR:
            key_node.tag = _STR


# libyaml's parser when PyYAML was built with it: the same documents and marks, several times faster to read.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _StrictLoader(_SafeLoader):
    """A safe loader that refuses duplicate mapping keys (PyYAML silently keeps the last one), and a tag on text that
    is not one of its kind at the place it is written (PyYAML raises AttributeError, KeyError, IndexError or
    TypeError)."""

    def construct_object(self, node, deep=False):
        # PyYAML's constructors trust an explicit tag: "!!timestamp soon" is an AttributeError, "!!bool maybe" a
        # KeyError, "!!int" on nothing an IndexError. Each is a mistake in the file, said at the node written so.
        # (A ValueError, from a number too long or a date like 2001-13-01, is left to _load's own line.)
        try:
            return super().construct_object(node, deep=deep)
        except (AttributeError, IndexError, KeyError, TypeError):
            kind = node.tag.replace("tag:yaml.org,2002:", "!!")
            found = f"a {kind} that is not one: {node.value!r}" if isinstance(node, yaml.ScalarNode) \
                else f"a {node.id} tagged {kind}"
            raise yaml.constructor.ConstructorError(None, None, found[:80], node.start_mark) from None

    def construct_mapping(self, node, deep=False):
        if not isinstance(node, yaml.MappingNode):  # "!!set [1]": PyYAML's own line, not a TypeError here
            return super().construct_mapping(node, deep=deep)
        _keys_as_written(node)
        seen: dict = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            mark = key_node.start_mark
            try:
                hash(key)
            except TypeError:  # `? [1, 2]`: a list or mapping as a key, which Python cannot look up
                raise ContentError([Problem(str(self.name), f"line {mark.line + 1}", "a plain key (a word or a number)",
                                            f"a {type(key).__name__} as a key")]) from None
            if key in seen:
                raise ContentError([_twice(self.name, key, mark.line, seen[key])])
            seen[key] = key_node.start_mark.line
        return super().construct_mapping(node, deep=deep)

    def construct_yaml_timestamp(self, node):
        # PyYAML matches an explicit !!timestamp against its date pattern without checking the match: text that is
        # no date there ("!!timestamp soon") would be an AttributeError, a traceback, not a line naming the place.
        if not self.timestamp_regexp.match(node.value):
            found = f"a !!timestamp that is not a date: {node.value!r}"[:80]
            raise yaml.constructor.ConstructorError(None, None, found, node.start_mark)
        return super().construct_yaml_timestamp(node)


_StrictLoader.add_constructor("tag:yaml.org,2002:timestamp", _StrictLoader.construct_yaml_timestamp)


class _KeepingLoader(_StrictLoader):
    """_StrictLoader, but a key given twice in a mapping costs that key alone, not the whole file: two mappings under it
    are read as one (a section written twice keeps what each holds, its own keys given twice by the same rule), any
    other value is used neither time (which one the writer meant is unclear). Each repeat is a Problem in `twice`."""

    def __init__(self, text: str, instead: str) -> None:
        super().__init__(text)
        self.instead = instead  # what stands in for a key used neither time, in the player's words
        self.twice: list[Problem] = []

    def construct_mapping(self, node, deep=False):
        if not isinstance(node, yaml.MappingNode):
            return super().construct_mapping(node, deep=deep)
        _keys_as_written(node)
        given: dict = {}  # key → its (key node, value node) pairs, in file order
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=deep)
            try:
                given.setdefault(key, []).append((key_node, value_node))
            except TypeError:  # a list or mapping as a key: refused, as _StrictLoader refuses it
                return super().construct_mapping(node, deep=deep)
        kept = []
        for key, pairs in given.items():
            merged = all(isinstance(value, yaml.MappingNode) for _, value in pairs)
            hint = "both are read, as one" if merged else f"{self.instead}; keep the one you mean"
            first = pairs[0][0].start_mark.line
            self.twice += [_twice(self.name, key, again.start_mark.line, first, hint) for again, _ in pairs[1:]]
            if merged and len(pairs) > 1:
                kept.append((pairs[0][0], yaml.MappingNode(pairs[0][1].tag, [pair for _, value in pairs
                                                                              for pair in value.value])))
            elif len(pairs) == 1:
                kept.append(pairs[0])
        node.value = kept
        return super().construct_mapping(node, deep=deep)


def _twice(file, key, line: int, first: int, hint: str = "") -> Problem:
    """A key given again on `line` (counted from 0, as YAML's marks are), first given on `first`."""
    return Problem(str(file), f"line {line + 1}, key {key!r}", "each key once in a mapping",
                   f"a second {key!r} (the first is on line {first + 1})", hint)


def load_yaml(path: Path) -> object:
    """Parse one YAML file into plain Python data, or raise ContentError naming the file and the place."""
    return _load(path, _StrictLoader)[0]


def load_yaml_keeping(path: Path, instead: str) -> tuple[object, list[Problem]]:
    """Like load_yaml, but a key given twice does not cost the whole file (see _KeepingLoader): the data, and one
    Problem for each repeat saying what became of that key (`instead`: what stands in for one used neither time).
    For a player's own file, whose every other line is still theirs; the game's own files are refused whole."""
    data, loader = _load(path, _KeepingLoader, instead)
    return data, loader.twice


def dump_as_read(data: dict) -> str:
    """`data` (a newer game's keys, read from a player's file) as block YAML that reads back as it is; ValueError when
    it cannot be written so."""
    dump = functools.partial(yaml.safe_dump, sort_keys=False, allow_unicode=True, default_flow_style=False)
    try:
        text = dump(data)
        if dump(yaml.load(text, Loader=_SafeLoader)) == text:  # the same again (as text: NaN is not NaN's equal)
            return text
    except (yaml.YAMLError, RecursionError, TypeError, ValueError):
        pass
    raise ValueError("values that cannot be written back as they were")


def _tab_before(text: str, mark) -> bool:
    """True when the mistake at `mark` is a tab: at that very place, or in the indent of its line. (libyaml says only
    "found character that cannot start any token", and PyYAML's mark may fall at the tab or after it.)"""
    lines = text.split("\n")
    line = lines[mark.line] if mark.line < len(lines) else ""
    indent = line[:len(line) - len(line.lstrip(" \t"))]
    return "\t" in indent or line[mark.column:mark.column + 1] == "\t"


def _load(path: Path, kind, *args) -> tuple[object, _StrictLoader]:
    """The file's data, and the loader of `kind` that read it (made with `args` after the text)."""
    try:
        data = read_bytes(path)
    except OSError as error:
        raise ContentError([Problem(str(path), "", "a readable UTF-8 YAML file", unreadable(error))]) from None
    # UTF-16 without a byte order mark is valid UTF-8 when its text is ASCII: a NUL beside each letter
    wide = wide_encoding(data, opening=b"")
    if wide:
        raise ContentError([Problem(str(path), "", "a readable UTF-8 YAML file", f"{wide} text", _SAVE_AS_UTF8)])
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        binary = CONTROL_BYTES.search(data)  # no text at all (an image, an archive): no encoding mends it
        raise ContentError([Problem(str(path), "", "a readable UTF-8 YAML file",
                                    f"bytes that are not UTF-8 text (at byte {error.start})",
                                    "" if binary else _SAVE_AS_UTF8)]) from None
    loader = kind(text, *args)
    loader.name = str(path)
    try:
        return loader.get_single_data(), loader
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise ContentError([Problem(str(path), where, "valid YAML", f"a mistake: {error.problem or error}",
                                    _SPACES if mark and _tab_before(text, mark) else "")]) from None
    except yaml.reader.ReaderError as error:  # a control character: placed by its offset in the text
        at = error.position
        if _SafeLoader is not yaml.SafeLoader:  # libyaml counts bytes of UTF-8, not characters
            at = len(text.encode("utf-8")[:at].decode("utf-8", errors="ignore"))
        line = text.count("\n", 0, at) + 1
        column = at - text.rfind("\n", 0, at)
        raise ContentError([Problem(str(path), f"line {line}, column {column}", "valid YAML",
                                    f"a character YAML does not allow (#x{error.character:04x})",
                                    "delete it: an editor may show it as a box or nothing at all")]) from None
    except yaml.YAMLError as error:
        raise ContentError([Problem(str(path), "", "valid YAML", one_line(error))]) from None
    except (ValueError, OverflowError) as error:  # a number of thousands of digits, a date like 2001-13-01
        raise ContentError([Problem(str(path), "", "values YAML can read", f"one it could not: {one_line(error)}",
                                    "look for a very long number or a malformed date")]) from None
    except RecursionError:
        raise ContentError([Problem(str(path), "", "YAML nested a few levels deep", "nesting too deep to read")]) \
            from None
    finally:
        loader.dispose()
