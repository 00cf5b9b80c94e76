"""A map's `next` read from its properties alone: where the campaign goes after it, without reading the map whole."""

from pathlib import Path

from game.content.tmx_properties import PropertyTypeError, convert, read_properties
from game.content.tmx_xml import XmlRefused, read_xml
from game.files import real_path


def peek_next(path: Path) -> Path | None:
    """The whole path of the map `path` names next, as load_level reads it (LevelData.next_level), or None: no
    `next`, or a file that is not a map with one the loader could take. Its layers, objects and tilesets are not read
    (a map read whole took 7-10 ms; its XML and properties, under 1): the title follows the missions won to the one
    the pilot goes on with, and reads that one whole."""
    try:
        root = read_xml(path, "a Tiled map (.tmx)")
        following = root.tag == "map" and read_properties(root).get("next")
        named = convert(following, "file") if following else ""
    except (XmlRefused, PropertyTypeError):  # the map will not load: named where it is read whole (Launch)
        return None
    return real_path(Path(path).parent / named) if named else None
