"""The methods the dataclasses module writes for each dataclass (__init__, __repr__, __eq__...) compiled once and kept
beside the game's bytecode, as Python keeps a module's: the next start reads their code back instead of compiling it.

dataclasses makes each method by exec of its text, and parsing and compiling the texts of the game's (some 560 methods
of 130 classes) was 13 % of start-up's instructions (200 M of 1,556 M; ~60 ms of ~570). The text is the whole of what a
method's code is made from (the names it stands for are passed to the exec, not compiled in), so the code kept for a
text is the code compiled from it.
"""

import atexit
import builtins
import dataclasses
import importlib.util
import marshal
import os
import sys
from pathlib import Path
from types import CodeType

# Beside the game's .pyc files, named for this Python (the marshal format is its own), and written as they are: not
# where Python writes no bytecode, nor where the folder cannot be written
KEPT = Path(__file__).resolve().parent / "__pycache__" / f"dataclasses.{sys.implementation.cache_tag}.bin"
MOST = 2000  # texts kept at most: past them the file starts again from one run's, so old classes' code does not pile up

_codes: dict[str, CodeType] = {}  # a method's text → its code
_used: dict[str, None] = {}  # the texts this run has made methods of, in order
_new = False  # a text compiled this run: the file is written again as the game ends


def keep() -> None:
    """From now on, the dataclasses module makes its methods from the code kept for their texts (KEPT), and the code
    of those it compiles is kept there as the game ends (unless Python writes no bytecode)."""
    read(KEPT)
    dataclasses.exec = _exec  # found by the module's own exec call before the builtin one
    atexit.register(write, KEPT)


def read(path: Path) -> None:
    """Take up the code kept in `path`; none there, or none this Python can read, and it is compiled afresh."""
    try:
        with open(path, "rb") as file:
            kept = marshal.load(file)
    except (OSError, EOFError, ValueError, TypeError):
        return
    # Kept by a Python of another bytecode (a .pyc's magic number): its code is not this one's to run
    if isinstance(kept, tuple) and len(kept) == 2 and kept[0] == importlib.util.MAGIC_NUMBER \
            and isinstance(kept[1], dict):
        _codes.update(kept[1])


def _exec(source, globals=None, locals=None) -> None:
    """exec as dataclasses calls it, the text compiled only the first time it is seen."""
    if type(source) is not str:
        return builtins.exec(source, globals, locals)
    global _new
    code = _codes.get(source)
    if type(code) is not CodeType:  # not kept (or kept as something else): compiled as dataclasses would
        # As exec compiles a text: no __future__ flags of this module's, the same name in tracebacks
        code = _codes[source] = compile(source, "<string>", "exec", dont_inherit=True)
        _new = True
    _used[source] = None
    return builtins.exec(code, globals, locals)


def write(path: Path) -> None:
    """Keep the code compiled this run (with what was kept before, up to MOST texts), if any was and Python writes
    bytecode; quietly not where the game's folder cannot be written, as Python's own .pyc files."""
    if not _new or sys.dont_write_bytecode:
        return
    codes = _codes if len(_codes) <= MOST else {text: _codes[text] for text in _used}
    part = path.with_name(f"{path.name}.{os.getpid()}")
    try:
        path.parent.mkdir(exist_ok=True)
        with open(part, "wb") as file:
            marshal.dump((importlib.util.MAGIC_NUMBER, codes), file)
        os.replace(part, path)  # whole or not at all: another game starting reads no half-written file
    except (OSError, ValueError):
        try:
            part.unlink(missing_ok=True)
        except OSError:
            pass
