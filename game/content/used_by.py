"""The maps that use a tileset or template file, named when that file is given to check or play in place of a map."""

import os
import re
from pathlib import Path

from game.content.tmx_limits import MAX_FILE_BYTES
from game.files import real_path

LEVELS = Path(__file__).resolve().parents[2] / "levels"
NAMED_AT_MOST = 5  # maps a line names; more are counted
LOOKED_AT_MOST = 500  # maps read to find them: a folder of thousands would make the line slow to come
_REFERENCES = {"tileset": re.compile(rb'<tileset\b[^>]*?\bsource="([^"]+)"'),
               "template": re.compile(rb'<object\b[^>]*?\btemplate="([^"]+)"')}
HOW_TO_USE = {"tileset": "add it to a map (Map > Add External Tileset...)",
              "template": "insert an object from it on a map (Insert Template, V)"}


def used_by_hint(path: Path, kind: str) -> str:
    """What to check instead of a tileset or template (`kind`) file: the maps beside it, in the folder above it and in
    the game's levels/ that use it (a file is checked with each map that uses it), or how to use it in one."""
    maps = maps_using(path, kind)
    if not maps:
        return (f"check reads maps, and a {kind} with each map that uses it; no map beside it or in levels/ uses this "
                f"one: {HOW_TO_USE[kind]}, then check the map")
    named = ", ".join(_shown(found) for found in maps[:NAMED_AT_MOST])
    more = f" and {len(maps) - NAMED_AT_MOST} more" if len(maps) > NAMED_AT_MOST else ""
    return f"check reads maps, and a {kind} with each map that uses it: check {named}{more}"


def maps_using(path: Path, kind: str) -> list[Path]:
    """The .tmx files in the folder of `path`, the folder above it and levels/ whose tilesets (or objects' templates)
    name it, in a fixed order."""
    target = real_path(path)
    folders = dict.fromkeys(real_path(folder) for folder in (target.parent, target.parent.parent, LEVELS))
    found = []
    candidates = sorted({real_path(map_file) for folder in folders for map_file in _maps_in(folder)})
    for map_file in candidates[:LOOKED_AT_MOST]:
        try:
            if os.path.getsize(map_file) > MAX_FILE_BYTES:
                continue
            data = map_file.read_bytes()
        except OSError:
            continue
        names = {match.decode("utf-8", "replace") for match in _REFERENCES[kind].findall(data)}
        if any(real_path(map_file.parent / name.replace("&amp;", "&")) == target for name in names):
            found.append(map_file)
    return found


def _maps_in(folder: Path) -> list[Path]:
    try:
        return [entry for entry in folder.glob("*.tmx") if entry.is_file()]
    except OSError:
        return []


def _shown(path: Path) -> str:
    """A map as the line names it: from the current folder when it is under it, as typed there, else whole."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive (Windows)
        return path.as_posix()
    return path.as_posix() if relative.startswith("..") else Path(relative).as_posix()
