"""A glyph whose ink reaches past its advance (Î's circumflex, Ï's dot, ƒ, a backslash) is drawn whole at either end
of a line; plain ASCII is drawn where it always was; a fitted or wrapped row keeps that ink inside its box."""

import numpy as np
import pygame
import pytest

from game.view.text import draw_text, fit, font, wrap

BOARD = (720, 90)  # px: wide enough for the longest line drawn here
INKED = (255, 255, 255)  # draw_text's words in white: no tint, the alpha is the glyphs' own coverage
# Sizes the game draws at (14 to 48), and ASCII that covers every overhanging character but "$" and "`", which rise
# above the ascent at some sizes (placed by Face.rise, tested in test_long_words)
SIZES = (14, 16, 18, 20, 22, 24, 26, 28, 30, 36, 46, 48)
ASCII = ("NEW", "ARMOUR 100", "V-MAX  READY", "Mission 2: OUT POST", "The quick brown fox", "jumps over the lazy dog.",
         "Lay\\", "yy_", "(W)", "x/y", "0123456789", "#42 & *[]{}", "Rock 'n' roll!?", "a+b=c<d>e|f~g^h@i", "Ky")


def lone(char: str, size: int, bold: bool) -> pygame.Surface:
    """`char` as pygame renders it alone: its whole ink."""
    return pygames_font(size, bold).render(char, True, INKED)


_fonts: dict[tuple[int, bool], pygame.font.Font] = {}  # a font is slow to open: each opened once a pygame.init()


def pygames_font(size: int, bold: bool) -> pygame.font.Font:
    if not _fonts:  # fonts die with pygame.quit(), which another test may call
        pygame.register_quit(_fonts.clear)
    if (size, bold) not in _fonts:
        _fonts[size, bold] = pygame.font.Font(None, size)
        _fonts[size, bold].set_bold(bold)
    return _fonts[size, bold]


def columns(surface) -> np.ndarray:
    """Each column's ink: the sum of its alpha."""
    return pygame.surfarray.array_alpha(surface).sum(axis=1).astype(int)


def drawn(words: str, size: int, bold: bool = False, pos=(20, 40), anchor="topleft") -> pygame.Surface:
    surface = pygame.Surface(BOARD, pygame.SRCALPHA)
    surface.fill((255, 255, 255, 0))
    draw_text(surface, words, pos, size, INKED, anchor=anchor, bold=bold, shadow=False)
    return surface


@pytest.mark.parametrize("words, size, bold", [("AÎ", 24, False), ("AÎ", 24, True), ("FIÏ", 14, False),
                                               ("ŴŴ", 18, False), ("ƒƒ", 20, False), ("Lay\\", 24, False),
                                               ("NEW", 18, False)])
def test_the_last_glyph_of_a_line_is_drawn_whole_the_ink_past_its_advance_too(words, size, bold):
    """The line's image was as wide as the sum of its advances: the ink of its last glyph past its advance was cut
    (the right half of Î's circumflex, Ï's second dot, the foot of the backslash, W's last stroke at 18 px)."""
    pygame.init()
    face, last = font(size, bold), lone(words[-1], size, bold)
    start, end = 20 + face.size(words[:-1])[0], 20 + face.size(words)[0]  # where the last glyph is set; its advance
    overhang = columns(last)[end - start:]
    assert overhang.any()  # the case holds: ink past the advance
    assert columns(drawn(words, size, bold))[end:end + len(overhang)].tolist() == overhang.tolist()


@pytest.mark.parametrize("words, size, bold", [("Ïa", 14, False), ("Ïa", 14, True), ("Îa", 28, True),
                                               ("ƒa", 20, False), ("young", 24, False)])
def test_a_first_glyph_with_ink_left_of_where_it_is_set_is_drawn_whole_and_not_left_of_the_line(words, size, bold):
    """Its image starts at its ink's left edge, so the line's first columns hold what the lone glyph's do, and
    nothing is drawn left of the place asked. (So it was before: this guards the left edge while the right one
    changes.)"""
    pygame.init()
    first, advance = columns(lone(words[0], size, bold)), font(size, bold).advance(words[0])
    assert pygames_font(size, bold).metrics(words[0])[0][0] < 0 and first[0] > 0  # the case: ink left of its origin
    ink = columns(drawn(words, size, bold))
    assert ink[20:20 + advance].tolist() == first[:advance].tolist() and not ink[:20].any()


@pytest.mark.parametrize("anchor, pos", [("topleft", (20, 10)), ("center", (360, 45)), ("topright", (700, 10)),
                                         ("midtop", (360, 10))])
@pytest.mark.parametrize("bold", [False, True])
def test_plain_ascii_is_drawn_to_the_pixel_glyph_by_glyph_at_its_advances(anchor, pos, bold):
    """Each glyph as pygame renders it alone, set at the sum of the advances before it, the line anchored by the sum
    of them all (not its wider ink, which would move a centred or right-aligned line): every word the game drew in
    ASCII stays where it was, and only the columns its last glyph had cut are added."""
    pygame.init()
    for size in SIZES:
        face = font(size, bold)
        for words in ASCII:
            expected = pygame.Surface(BOARD, pygame.SRCALPHA)
            expected.fill((255, 255, 255, 0))
            line = pygame.Rect(0, 0, face.size(words)[0], face.get_linesize())
            setattr(line, anchor, pos)
            x = line.left
            for char in words:
                if char != " ":
                    expected.blit(lone(char, size, bold), (x, line.top))
                x += face.advance(char)
            mine, theirs = (pygame.surfarray.array_alpha(surface) for surface in (drawn(words, size, bold, pos, anchor),
                                                                                  expected))
            assert (mine == theirs).all(), (words, size, np.argwhere(mine != theirs)[:3].tolist())


@pytest.mark.parametrize("words, size, bold", [("ZONE Î", 28, True), ("ZONE Î", 24, False),
                                               ("Lay\\", 24, False), ("NEW", 18, False)])
def test_a_fitted_line_keeps_its_last_glyph_s_ink_inside_the_width_asked(words, size, bold):
    """fit() measures the ink, not the advances: a title whose advances just fit, but whose last glyph overhangs,
    is set a size smaller (or cut), so its ink stays inside the box it was fitted to rather than spill a px or two
    past it."""
    pygame.init()
    width = font(size, bold).size(words)[0]  # the advances fit exactly; the ink does not
    fitted, fitted_size = fit(words, size, width, 14, bold)
    ink = np.flatnonzero(columns(drawn(fitted, fitted_size, bold, pos=(0, 40))))
    assert ink[-1] < width
    assert fit(words, size, width + 2, 14, bold) == (words, size)  # room for the overhang: as big as asked


@pytest.mark.parametrize("words", ["Rendez-vous à l'Î, puis au col du Î", "ÎLE Î ÎLE Î ÎLE Î ÎLE Î",
                                   "the path runs \\ and back \\ and back \\", "ÎÎÎÎÎÎÎÎÎÎÎÎÎÎÎÎÎÎ"])
def test_wrapped_rows_keep_their_ink_inside_the_row(words):
    """A row ends where its ink fits, not its advances: a last Î or backslash does not overhang the row's width, nor
    does a piece of a word too long for a row, cut where it fits."""
    pygame.init()
    face = font(24)
    for width in range(20, 200, 5):
        for row in wrap(words, face, width):
            ink = np.flatnonzero(columns(drawn(row, 24, pos=(0, 40))))
            assert ink.size == 0 or ink[-1] < width, (row, width)
