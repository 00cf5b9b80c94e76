"""Text drawing: the bundled font set without its kerning table, words cached in white and tinted, and the palette
the HUD and menus share."""

import bisect
import collections
import functools
import itertools
import operator
import re

import pygame

# A no-break space: a row may break at any run of white space but this one, which holds a name's words together on a
# row ("RIGHT STICK"); it is drawn as a plain space
KEPT_WHOLE = "\u00a0"
BREAKS = re.compile(r"[^\S\u00a0]+")

WHITE = (236, 242, 250)
DIM = (150, 162, 180)
CYAN = (90, 200, 255)
BLUE = (40, 110, 230)
AMBER = (255, 190, 70)
RED = (240, 70, 60)
PURPLE = (190, 110, 255)  # Fouron: the black box's colour, while it speaks or holds the controls
VIOLET = (110, 30, 190)  # Fouron's deep tone: the vignette and scanlines of a takeover
PANEL = (10, 16, 28)
BAND = 4  # px of a plate's band (panel) inside its edge
PANEL_CUT = 8  # px of a plate's clipped corners, along each side
# px of a plate behind rows of words (draw_rows) over and under them: the title's fits between its menu's plate and its
# controls line
ROWS_PLATE_PAD = 4
# px: the smallest words a player is shown at 1280x720 (fit() never goes under it). A window of a 1280x720 desktop
# less its panels, 1104x621, scales the whole frame by 0.86: these words come out at 12.
SMALLEST = 14
# px: the size of a line a player reads to know what to press or what Continue resumes (a page's hint line, the
# controls line, the save's line under Continue). The smallest window, 960x540, shows the frame at 0.75: this font's
# capitals to its descenders, 16 px at 24, come out at 12 there (at 20 they were 9, a squint).
READABLE = 24


class Face:
    """pygame-ce's bundled font, set glyph by glyph at the sum of the advances before each, as pygame.font.Font's
    size() and render() would without the font's kerning table, which pulls some pairs apart ("OUT POST", "dest
    royed"). The glyphs are the font's own, each rendered once in white: a word is tinted to its colour in one
    fill, so a colour that pulses frame by frame costs no new glyphs. A glyph's ink may reach past its advance (Î's
    circumflex, ƒ's hook, a backslash's foot, W's stroke at some sizes): a line's image runs to its last ink
    (ink_width()), while the next thing is set at the sum of the advances (size())."""

    def __init__(self, size: int, bold: bool) -> None:
        self._font = pygame.font.Font(None, size)  # no system font lookup
        self._font.set_bold(bold)
        self._glyphs: dict[str, pygame.Surface | None] = {}
        self._advances: dict[str, int] = {}
        self._reaches: dict[str, int] = {}  # px from where a character is set to the right edge of its ink or advance
        # px from the top of each glyph's image to the baseline, and of its ink below the baseline: a glyph taller than
        # the ascent (É, Å) is rendered with its baseline that much lower in its image, as pygame sets a whole line
        self._baselines: dict[str, int] = {}
        self._depths: dict[str, int] = {}
        self.get_ascent, self.get_height, self.get_linesize = \
            self._font.get_ascent, self._font.get_height, self._font.get_linesize

    def advance(self, char: str) -> int:
        found = self._advances.get(char)
        if found is None:
            if self._glyph(char) is None:
                found = 0
            else:  # a character the font lacks has no metrics: it is drawn as a box as wide as pygame makes it
                [metrics] = self._font.metrics(_drawn_as(char))
                found = metrics[4] if metrics else self._font.size(char)[0]
            self._advances[char] = found
        return found

    def _glyph(self, char: str) -> pygame.Surface | None:
        """The character's image in white, antialiased; None for one SDL_ttf sets at no width (U+200B, a soft
        hyphen, U+FE0F), which it refuses to render alone, and for NUL, which pygame refuses (a player's file may
        hold one, and the message that names the mistake quotes it)."""
        if char not in self._glyphs:
            try:
                self._glyphs[char] = self._font.render(_drawn_as(char), True, (255, 255, 255))
            except (pygame.error, ValueError):  # "Text has zero width", "A null character was found in the text"
                self._glyphs[char] = None
            else:  # SDL_ttf sets the baseline at the ascent, or lower by what of the glyph rises above it
                [metrics] = self._font.metrics(_drawn_as(char))
                _, _, bottom, top, _ = metrics or (0, 0, 0, 0, 0)
                self._baselines[char], self._depths[char] = max(self._font.get_ascent(), top), -bottom
        return self._glyphs[char]

    def reach(self, char: str) -> int:
        """px from where `char` is set to the right edge of what it draws, or of its advance if that is further: its
        image is as wide as its ink (from the ink's left edge, so a glyph with ink left of where it is set, as y's
        tail, is drawn whole a px right of it, at the start of a line as anywhere, as it always was)."""
        found = self._reaches.get(char)
        if found is None:
            glyph = None if char.isspace() else self._glyph(char)  # a space draws nothing: render() skips it
            found = self._reaches[char] = max(self.advance(char), glyph.get_width() if glyph is not None else 0)
        return found

    def warm(self, char: str) -> bool:
        """Render `char`'s glyph and measure it, as drawing it would; False when that was done already."""
        if char in self._reaches:
            return False
        self.reach(char)
        return True

    def size(self, text: str) -> tuple[int, int]:
        """The sum of the advances (where the next thing is set, as after a word in print) and the font's height."""
        return sum(map(self.advance, text)), self._font.get_height()

    def ink_width(self, text: str) -> int:
        """px from the line's start to the right edge of everything it draws: its image's width, which a line
        fitted to a box must not exceed; the sum of the advances, or more where the ink of a glyph near the end
        overhangs it (Î, Ï, ƒ, W at some sizes)."""
        return max(self._rights(text), default=0)

    def ink_widths(self, text: str) -> list[int]:
        """The ink_width() of each run of `text` from its start, one character longer each, all measured at once."""
        return list(itertools.accumulate(self._rights(text), max))

    def _rights(self, text: str):
        """Where each character's ink (or advance, if further) ends, from the line's start."""
        return map(operator.add, self._starts(text), map(self.reach, text))

    def render(self, text: str, color=(255, 255, 255)) -> pygame.Surface:
        """The text antialiased in `color`: a line of the font's line size, its glyphs standing on one baseline at
        the ascent, with room above for what rises over the ascent (an accented capital: see rise()), below for a
        descender deeper than the line, and right for the ink of a last glyph past its advance, so no glyph is cut.
        ASCII text (in all but the smallest sizes) needs no room above or below: its image is the line's height, as
        pygame.font.Font.render makes it."""
        glyphs = [(x, self._glyph(char), char) for x, char in zip(self._starts(text), text) if not char.isspace()]
        glyphs = [(x, glyph, char) for x, glyph, char in glyphs if glyph is not None]
        baseline = self._font.get_ascent() + self.rise(text)
        depth = max([self._depths[char] for _, _, char in glyphs], default=0)
        height = baseline + max(depth, self._font.get_linesize() - self._font.get_ascent())
        image = pygame.Surface((self.ink_width(text), height), pygame.SRCALPHA)  # the last glyph's overhang kept
        image.fill((255, 255, 255, 0))  # a glyph's soft edge blends into white, the colour it is drawn in
        for x, glyph, char in glyphs:
            image.blit(glyph, (x, baseline - self._baselines[char]))  # each glyph's own baseline on the line's
        return tinted(image, color)

    def rise(self, text: str) -> int:
        """px the tallest glyph of `text` rises above the font's ascent (É's accent, Å's ring): the rows its image
        has above a plain line's, which draw_text sets above the place asked, so every line has its baseline at the
        same height, accented or not."""
        ascent = self._font.get_ascent()
        return max([self._baselines[char] - ascent for char in text if self._glyph(char) is not None], default=0)

    def _starts(self, text: str) -> list[int]:
        """Where each character of `text` is set: the sum of the advances before it."""
        return [0, *itertools.accumulate(map(self.advance, text))][:len(text)]


def _drawn_as(char: str) -> str:
    """The character the font draws for `char`: a plain space for KEPT_WHOLE, whose own glyph is wider."""
    return " " if char == KEPT_WHOLE else char


def tinted(image: pygame.Surface, color) -> pygame.Surface:
    """White words `image` in `color`, in place (each pixel's alpha, its glyph's coverage, is kept)."""
    color = tuple(color)[:3]
    if color != (255, 255, 255):
        image.fill((*color, 255), special_flags=pygame.BLEND_RGBA_MULT)
    return image


_fonts: dict[tuple[int, bool], Face] = {}


def font(size: int, bold: bool = False) -> Face:
    key = (size, bold)
    if not _fonts:  # fonts die with pygame.quit(), which also forgets what was registered: register anew
        pygame.register_quit(_fonts.clear)
        pygame.register_quit(_rendered.clear)
        pygame.register_quit(_plain.clear)
    if key not in _fonts:
        _fonts[key] = Face(size, bold)
    return _fonts[key]


# The characters a page's words are made of, as a rule: printable ASCII and the separators the game's lines use. A
# page's faces are warmed with these ahead of it (GlyphsAhead); any other is rendered as the page first draws it.
WARMED = "".join(map(chr, range(32, 127))) + "\u00b7\u2014\u2026"
# Glyphs rendered ahead a frame at most: ~0.05-0.08 ms each, 8 fit in a play frame's spare time, and the pause menu's
# and the result's (16 faces, at most 1,568 glyphs, fewer where the HUD drew some) are done in 3.3 s of play at most
GLYPHS_A_FRAME = 8


class GlyphsAhead:
    """The glyphs of the faces a page to come sets its words in, rendered a few a frame on frames with time to spare
    (a level's, the title's), so that page's first showing renders none: a glyph is rendered the first time a face
    draws it, and the result's first showing rendered ~110 in 10 faces new to the session (the missions page's ~115 in
    5, the pause menu's ~30 in 3)."""

    def __init__(self, faces) -> None:
        """`faces`: (size, bold) of each, in the order they are warmed."""
        self._left = collections.deque((size, bold, char) for size, bold in faces for char in WARMED)

    def warm(self, most: int = GLYPHS_A_FRAME) -> None:
        """Render `most` glyphs not rendered yet, or the rest; those the HUD or a page has rendered already are
        passed over at the cost of a look-up."""
        while most > 0 and self._left:
            size, bold, char = self._left.popleft()
            if font(size, bold).warm(char):
                most -= 1


_rendered: dict[tuple, tuple] = {}  # the HUD redraws the same words every frame: render each once
# (text, size, bold) → (the words in white, their shadow, px they rise above the line, the sum of their advances, the
# line's height): a new colour only tints
_plain: dict[tuple, tuple] = {}
# Words kept; past it the oldest quarter goes. Not the lot: the words on screen now would all be rendered again in
# one frame (~1.3 ms; a changing number, like the armour under fire, fills the cache in a few hundred frames).
RENDERED_KEPT = 600


def draw_text(surface, text: str, pos, size=24, color=WHITE, anchor="topleft", bold=False, shadow=True):
    """Draw text anchored at pos ("topleft", "center", "midtop", "topright"...); returns its rect: the line's place,
    as wide as its advances, with the accent of an accented capital rising above it, as in print (the last glyph's
    ink may overhang its right edge)."""
    key = (text, size, tuple(color), bold, shadow)
    found = _rendered.pop(key, None)
    if found is None:
        if len(_rendered) >= RENDERED_KEPT:
            _forget_oldest()
        plain = _plain.get((text, size, bold))
        if plain is None:
            face = font(size, bold)
            white = face.render(text)
            shade = tinted(white.copy(), (0, 0, 0))
            shade.set_alpha(160)
            plain = _plain[text, size, bold] = (white, shade, face.rise(text), face.size(text)[0], face.get_linesize())
        found = (tinted(plain[0].copy(), color), plain[1] if shadow else None, *plain[2:])
    _rendered[key] = found  # last in the order: the dict runs from the words least recently drawn
    image, shade, rise, width, line_height = found
    # Placed as a plain line would be, the rows for an accent over a capital above it: every line's baseline is where
    # its anchor puts it, so an accented option sits in its menu plate, and an accented row in line, as the others.
    # The line is as wide as its advances, as in print: the ink of its last glyph may overhang its right by a px or two
    # (Î), which moves no line from its place, nor what a caller sets after it at rect.right.
    line = pygame.Rect(0, 0, width, line_height)
    setattr(line, anchor, (round(pos[0]), round(pos[1])))
    rect = pygame.Rect(line.left, line.top - rise, width, image.get_height())
    if shade is not None:
        surface.blit(shade, rect.move(2, 2).topleft)  # the whole image, overhang and all, not the rect's width of it
    surface.blit(image, rect.topleft)
    return rect


def _forget_oldest() -> None:
    """The quarter of the words least recently drawn leave the caches."""
    for text, size, color, bold, shadow in list(itertools.islice(_rendered, RENDERED_KEPT // 4)):
        del _rendered[text, size, color, bold, shadow]
        _plain.pop((text, size, bold), None)


def clock_text(seconds: float, tenths: bool = False) -> str:
    """Whole seconds as the game shows a time: minutes and two-digit seconds ("2:05"); with `tenths`, a time kept to
    the tenth (a run's on the result, a best time) with its tenth ("2:05.3")."""
    if tenths:
        count = round(seconds * 10)  # 61.4 is a hair under 61.4 as a float: truncating it would show 1:01.3
        return f"{count // 600}:{count // 10 % 60:02d}.{count % 10}"
    whole = int(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


_plates: dict[tuple, pygame.Surface] = {}


def panel(surface, rect, alpha=170, border=CYAN, fill=PANEL, band=None) -> None:
    """A translucent HUD plate with a thin bright edge and clipped corners (each shape drawn once); with `band`, a
    colour, a frame of it BAND px wide inside the edge, round the `fill`."""
    rect = pygame.Rect(rect)
    key = (rect.size, alpha, tuple(border), tuple(fill), band and tuple(band))
    plate = _plates.get(key)
    if plate is None:
        if len(_plates) >= 64:  # sizes that follow text lengths come and go
            _plates.clear()
        plate = _plates[key] = pygame.Surface(rect.size, pygame.SRCALPHA)
        cut = PANEL_CUT
        points = [(cut, 0), (rect.w - 1, 0), (rect.w - 1, rect.h - 1 - cut), (rect.w - 1 - cut, rect.h - 1),
                  (0, rect.h - 1), (0, cut)]
        if band is None:
            pygame.draw.polygon(plate, (*fill, alpha), points)
        else:
            pygame.draw.polygon(plate, (*band, alpha), points)
            inset = round(BAND * 0.414)  # the clipped corners' diagonals moved in BAND px: tan(22.5°)
            pygame.draw.polygon(plate, (*fill, alpha), [
                (cut + inset, BAND), (rect.w - 1 - BAND, BAND), (rect.w - 1 - BAND, rect.h - 1 - cut - inset),
                (rect.w - 1 - cut - inset, rect.h - 1 - BAND), (BAND, rect.h - 1 - BAND), (BAND, cut + inset)])
        pygame.draw.lines(plate, (*border, 200), True, points, 2)
    surface.blit(plate, rect)


def modal_panel(surface, size) -> pygame.Rect:
    """The screen dimmed and a plate of `size` centred on it, for a page shown over the game; returns the plate."""
    width, height = surface.get_size()
    shade = pygame.Surface((width, height), pygame.SRCALPHA)
    shade.fill((4, 8, 18, 190))
    surface.blit(shade, (0, 0))
    box = pygame.Rect((0, 0), size)
    box.center = (width // 2, height // 2)
    panel(surface, box, alpha=235)
    return box


def wrap(text: str, face, width: int) -> list[str]:
    """Words to rows whose ink is no wider than `width` px in this font (a word wider than a row is cut); a line break
    in the text (a multi-line property in Tiled) starts a new row."""
    return [row for paragraph in text.split("\n") for row in _wrap_words(paragraph, face, width)] or [""]


@functools.lru_cache(maxsize=256)  # labels are fitted every frame they show; a font measures the same each time
def fit(text: str, size: int, width: int, smallest: int, bold: bool = False) -> tuple[str, int]:
    """(text, size) to draw `text` on one row whose ink is no wider than `width` px: the largest size down to
    `smallest` (never under SMALLEST) at which it fits, else at that cut short with "…". For labels whose words a
    level designer chose (a line break in them reads as a space)."""
    text, smallest = text.replace("\n", " "), max(smallest, SMALLEST)
    size = max(size, smallest)
    for tried in range(size, smallest - 1, -2):
        if font(tried, bold).ink_width(text) <= width:  # the ink, not the advances: a last Î stays inside the box
            return text, tried
    face = font(smallest, bold)
    cut = max(1, _fitting(face, text, width - face.ink_width("…")))  # "…" is set at the run's advances, in its ink
    return text[:cut].rstrip() + "…", smallest


def fit_keeping(text: str, tail: str, size: int, width: int, smallest: int, bold: bool = False) -> tuple[str, int]:
    """fit() of `text` then `tail`, cut in `text` where it must be: the tail (what to do about it) is read whole."""
    whole, size = fit(text + tail, size, width, smallest, bold)
    if whole == (text + tail).replace("\n", " "):
        return whole, size
    head, _ = fit(text, size, width - font(size, bold).size(tail)[0], size, bold)
    return head + tail, size


def _fitting(face, text: str, width: int, start: int = 0) -> int:
    """The end of the longest run of `text` from `start` whose ink is no wider than `width` px. Found from the widths
    of every run from the start, made once: a designer's 10,000 characters are measured once, not once per
    character."""
    return start + bisect.bisect_right(face.ink_widths(text[start:]), width)


def _pieces(face, word: str, width: int) -> list[str]:
    """A word wider than a row cut where it fits, a character at least to a piece."""
    pieces, start = [], 0
    while start < len(word):
        # At most a character a px is measured: only characters of no width (rare) could fit more in a piece.
        end = max(start + 1, _fitting(face, word[:start + width], width, start))
        pieces.append(word[start:end])
        start = end
    return pieces


def _wrap_words(text: str, face, width: int) -> list[str]:
    rows, row, end = [], "", 0  # the row being filled, and where the next thing would be set after it
    for word in BREAKS.split(text.strip()):
        if face.ink_width(word) > width:  # no spaces to break at: cut where it fits
            *whole, word = _pieces(face, word, width)
            if row:
                rows.append(row)
                row = ""
            rows += whole
        start = end + face.advance(" ") if row else 0  # where the word would be set on this row
        # The row's ink fits already: the row with the word fits if the word's ink does, overhang and all. Each word
        # is measured once, not the whole row again (a message wraps every frame it types).
        if start + face.ink_width(word) <= width:
            row = f"{row} {word}" if row else word
        else:
            rows.append(row)
            row, start = word, 0
        end = start + face.size(word)[0]
    if row:
        rows.append(row)
    return rows or [""]


def first_rows(rows: list[str], most: int) -> list[str]:
    """The first `most` of a text's wrapped rows, the last cut with "…" when some were left out."""
    if len(rows) <= most:
        return rows
    rows = rows[:most]
    rows[-1] = rows[-1][:max(1, len(rows[-1]) - 2)].rstrip() + "…"
    return rows


def draw_lines(surface, text: str, centre_top, size: int, color, width: int, most: int = 2,
               plated: bool = False) -> int:
    """`text` wrapped to `width` px and centred under `centre_top`, `most` rows at most (the last cut with "…");
    returns the y under the last row. For what a page says went wrong: a path alone can be wider than the screen.
    `plated`: as draw_rows."""
    # No row holds more than a character per 3 px: what lies past `most` of them is never wrapped (a file's whole
    # contents quoted in an error would take seconds a frame).
    rows = first_rows(wrap(text[:most * width // 3 + 1], font(size), width), most)
    return draw_rows(surface, rows, centre_top, size, color, plated)


def draw_rows(surface, rows: list[str], centre_top, size: int, color, plated: bool = False) -> int:
    """`rows` centred under `centre_top`, a line apart; returns the y under the last. `plated`: on a dark plate edged
    in `color`, ROWS_PLATE_PAD px over and under them, for words over a bright, busy picture (what went wrong, or what
    a new run would lose, on the title and the missions page alike)."""
    face = font(size)
    x, y = centre_top
    if plated and rows:
        plate = pygame.Rect(0, 0, max(face.size(row)[0] for row in rows) + 32,
                            len(rows) * face.get_linesize() + 2 * ROWS_PLATE_PAD)
        plate.midtop = (round(x), round(y) - ROWS_PLATE_PAD)
        panel(surface, plate, alpha=215, border=color)
    for row in rows:
        y = draw_text(surface, row, (x, y), size, color, anchor="midtop").bottom
    return y
