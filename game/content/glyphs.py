"""Which characters the game's font can draw: pygame-ce's bundled font, which draws any it lacks as a blank box."""

import functools

LACKED = "\ue000"  # a private-use character no font has: what it draws is the box every lacked character gets


def undrawable(text: str) -> list[str]:
    """The characters of `text` the game would show as boxes, each once, in the order they first come."""
    if text.isascii():  # the font has all of ASCII; most text never needs pygame here
        return []
    found = []
    for char in dict.fromkeys(text):
        if not char.isascii() and char.isprintable() and not char.isspace() and not _drawable(char):
            found.append(char)
    return found


@functools.cache
def _drawable(char: str) -> bool:
    return _picture(char) != _picture(LACKED)


@functools.cache
def _picture(char: str) -> tuple:
    import pygame  # only for text beyond ASCII: loading a map of plain text needs no font

    image = _font().render(char, True, (255, 255, 255))
    return image.get_size(), pygame.image.tobytes(image, "RGBA")


def _font():
    import pygame

    if not pygame.font.get_init():
        pygame.font.init()
    if _fonts.get("font") is None:  # a font dies with pygame.quit(): made again after one
        _fonts["font"] = pygame.font.Font(None, 24)  # as game/view/text.py draws every word; the glyphs are the same
        pygame.register_quit(_fonts.clear)  # at any size
    return _fonts["font"]


_fonts: dict = {}
