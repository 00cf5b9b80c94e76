"""The title screen's key art, as a title card of the 1985 anime: the base darkened behind a vignette, the BLUE COMET
lettering in chrome, and the Layzner riding a blue comet's streak, all above the menu."""

import math

import numpy
import pygame

from game.view.text import font

# The streak (assets/sprites/title_comet.png, drawn by tools/art/title.py from these): it rises to the right this
# many degrees, its head at COMET_HEAD in its image.
COMET_RISE = 11.0  # degrees
COMET_HEAD = (1060, 96)  # px
# Where the art goes above the menu (title.MENU_TOP): the lettering's top, its middle on the screen's middle as the
# menu's and the lines under it are, and where the Layzner rides (the streak's head is under its thrusters), from the
# screen's middle: past the lettering's right end, clear of it and of the menu.
LOGO_TOP = 66  # px: the lettering's line, its glow reaching PAD beyond it
LAYZNER_AT = (468, 196)  # px right of the screen's middle, and down
HEAD_BEHIND = 46  # px from the Layzner's middle back along the streak to its head
BOB = 5  # px the Layzner rises and sinks along the streak
NAME = "BLUE COMET"
NAME_SIZE = 118  # px
PAD = 30  # px round the lettering's line (and its lean) in its image: room for the glow to fade out
SLANT = 0.2  # px the lettering leans right per px of height: speed
CHROME = [(0.0, (255, 255, 255)), (0.46, (196, 216, 246)), (0.5, (78, 112, 178)), (0.62, (130, 166, 226)),
          (1.0, (226, 238, 255))]  # top to bottom: sky over a horizon line, as 80s chrome lettering
OUTLINE = (8, 14, 44)  # navy, 4 px round the letters
GLOW = (30, 120, 255)  # the blue light round the outline


def make_shade(size: tuple[int, int]) -> pygame.Surface:
    """Dark blue over the drifting base, darkest at the corners, so the map's walls and rocks stay behind the art."""
    small_w, small_h = 64, 36  # made small and scaled up: as smooth, and ~2 ms at start
    xs = (numpy.arange(small_w) + 0.5) / small_w * 2 - 1
    ys = (numpy.arange(small_h) + 0.5) / small_h * 2 - 1
    reach = numpy.sqrt(xs[:, None] ** 2 + ys[None, :] ** 2) / math.sqrt(2)
    alpha = 204 + 50 * numpy.clip((reach - 0.2) / 0.8, 0.0, 1.0) ** 1.3
    small = pygame.Surface((small_w, small_h), pygame.SRCALPHA)
    small.fill((4, 8, 22, 0))
    pygame.surfarray.pixels_alpha(small)[...] = numpy.rint(alpha).astype(numpy.uint8)
    return pygame.transform.smoothscale(small, size)


def _spread(image: pygame.Surface, radius: int, strength: float, shrink: int = 1) -> pygame.Surface:
    """`image` blurred `radius` px and its coverage made `strength` times as strong: a round-cornered outline
    (strong) or a glow (weak) round the letters. A wide glow is blurred `shrink` times smaller and scaled back up:
    as soft, for a few ms at start instead of ~40."""
    size = image.get_size()
    small = pygame.transform.smoothscale(image, (size[0] // shrink, size[1] // shrink)) if shrink > 1 else image
    spread = pygame.transform.gaussian_blur(small, max(1, radius // shrink))
    alpha = pygame.surfarray.pixels_alpha(spread)
    alpha[...] = numpy.minimum(alpha * strength, 255).astype(numpy.uint8)
    del alpha  # the pixels are the surface's own until this view goes
    return pygame.transform.smoothscale(spread, size) if shrink > 1 else spread


def _slanted(alpha: numpy.ndarray, pad: int) -> numpy.ndarray:
    """The coverage (x, y) leaned right by SLANT, each row moved by a fraction of a px (no stairs), in a margin."""
    w, h = alpha.shape
    out = numpy.zeros((w + math.ceil(SLANT * h) + 2 * pad, h + 2 * pad))
    for y in range(h):
        shift = SLANT * (h - 1 - y)
        whole, part = int(shift), shift - int(shift)
        row = alpha[:, y]
        out[pad + whole:pad + whole + w, pad + y] += row * (1 - part)
        out[pad + whole + 1:pad + whole + 1 + w, pad + y] += row * part
    return out


def _image(colour, alpha: numpy.ndarray) -> pygame.Surface:
    """A surface of that coverage (x, y) in one colour, or in an (x, y, rgb) array of them."""
    surf = pygame.Surface(alpha.shape, pygame.SRCALPHA)
    if isinstance(colour, numpy.ndarray):
        pygame.surfarray.blit_array(surf, colour)
    else:
        surf.fill((*colour, 0))
    pygame.surfarray.pixels_alpha(surf)[...] = numpy.rint(numpy.clip(alpha, 0, 255)).astype(numpy.uint8)
    return surf


def lettering() -> pygame.Surface:
    """BLUE COMET, leaning forward in chrome, outlined in navy and lit blue round the outline: made once, at start."""
    plain = font(NAME_SIZE, bold=True).render(NAME)
    cover = _slanted(pygame.surfarray.array_alpha(plain).astype(numpy.float64), PAD)
    w, h = cover.shape
    ink_top, ink_bottom = numpy.nonzero(cover.max(axis=0) > 40)[0][[0, -1]]  # the capitals' top and foot
    t = numpy.clip((numpy.arange(h) - ink_top) / max(1, ink_bottom - ink_top), 0.0, 1.0)
    stops = [stop for stop, _ in CHROME]
    column = numpy.stack([numpy.interp(t, stops, [colour[k] for _, colour in CHROME]) for k in range(3)], axis=-1)
    chrome = numpy.broadcast_to(column[None, :, :], (w, h, 3)).astype(numpy.uint8)
    outline = _spread(_image(OUTLINE, cover), 4, 4.0, shrink=2)
    out = _spread(_image(GLOW, cover), 12, 2.2, shrink=4)
    out.blit(outline, (0, 0))
    out.blit(_image(chrome, cover), (0, 0))
    return out


class TitleArt:
    """The key art made once for the title scene; draw() lays it out each frame, clear of the menu below it."""

    def __init__(self, sprites) -> None:
        self._shade = None
        self.comet = sprites.image("title_comet")  # light, added (sprites.GLOWS)
        self.layzner = sprites.image("title_layzner")
        self.name = lettering()
        # The letters' middle in their image: the lean and the font's room above the capitals put it off the image's
        # middle, and it is the letters the eye centres.
        ink = pygame.mask.from_surface(self.name, 128).get_bounding_rects()
        self.ink_middle = ink[0].unionall(ink[1:]).centerx
        rise = math.radians(COMET_RISE)
        self.ahead = (math.cos(rise), -math.sin(rise))  # the way the Layzner flies, up the streak

    def shade(self, size: tuple[int, int]) -> pygame.Surface:
        """The shade over the base for a screen of that size, made once."""
        if self._shade is None or self._shade.get_size() != size:
            self._shade = make_shade(size)
        return self._shade

    def places(self, age: float, width: int) -> dict[str, pygame.Rect]:
        """Where each piece is drawn at `age` s on a screen `width` px wide: the lettering, the Layzner (bobbing along
        the streak) and the streak, whose head stays under the Layzner's thrusters."""
        bob = math.sin(age * 1.6) * BOB
        middle = width // 2
        mech = (middle + LAYZNER_AT[0] + self.ahead[0] * bob, LAYZNER_AT[1] + self.ahead[1] * bob)
        head = (mech[0] - self.ahead[0] * HEAD_BEHIND, mech[1] - self.ahead[1] * HEAD_BEHIND)
        return {"name": self.name.get_rect(topleft=(middle - self.ink_middle, LOGO_TOP - PAD)),
                "layzner": self.layzner.get_rect(center=(round(mech[0]), round(mech[1]))),
                "comet": self.comet.get_rect(topleft=(round(head[0] - COMET_HEAD[0]), round(head[1] - COMET_HEAD[1])))}

    def draw(self, surface, age: float) -> pygame.Rect:
        """The streak, the Layzner and the lettering; returns the lettering's line, centred on its letters (the words
        under it go by it)."""
        at = self.places(age, surface.get_width())
        surface.blit(self.comet, at["comet"], special_flags=pygame.BLEND_ADD)
        surface.blit(self.layzner, at["layzner"])
        surface.blit(self.name, at["name"])
        line = at["name"].inflate(-2 * PAD, -2 * PAD)
        line.centerx = at["name"].x + self.ink_middle
        return line
