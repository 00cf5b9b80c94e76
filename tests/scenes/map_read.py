"""What the loader made of a map, as live reload is given it: the LevelData, or the ContentError that refused it."""

from game.content.errors import ContentError
from game.content.level import load_level


def read(path):
    """The map's LevelData, or the ContentError the loader refused it with (both carry the files it looked for)."""
    try:
        return load_level(path)
    except ContentError as error:
        return error
