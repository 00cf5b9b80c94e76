"""The level's title card: its name on a band under the top plates as the level begins, at a row clear of the
objectives' marks and the machines, fading over a machine under it and giving way to the fight, a level's message or
a scene's plate."""

import numpy
import pygame

from game.sim.components import Body, Position, Unit
from game.view.camera import HUD_BOTTOM, HUD_TOP
from game.view.text import WHITE, draw_text, fit, font

TITLE_CARD_TIME = 3.5  # s
TITLE_CARD_LEAST = 1.2  # s the title card shows however soon the fight begins, so the level's name is read
CARD_GIVE_WAY = 0.4  # s it takes to fade once the fight has begun
# Over a machine the title card fades to this share of itself, in CARD_CLEARING s, and back once none is under it:
# the name stays faintly, and the machine coming in is seen through it.
OVER_MACHINE = 0.2
CARD_CLEARING = 0.25  # s
# px round the name's own words in which a machine fades the card: the band runs near the screen's width, and a
# machine at its far end, nowhere near the words, must not leave the level's name a trace from its first frame.
CARD_WORDS_MARGIN = 12
CARD_GAP = 16  # px from a scene's plate in the title card's rows (a replay's, grown) to the card standing beside it
CARD_TOP = HUD_TOP + 6  # px: the title card's own row, under the top row of plates, above the fight round the Layzner
# It goes no lower than this share down the play band, in steps of CARD_ROW_STEP px, to find a row where its name is
# clear of the objectives' outlines and labels (a first objective by the top plates would have the name across it)
CARD_LOWEST = 0.6
CARD_ROW_STEP = 4


class TitleCard:
    """The level's name as it begins, drawn in two layers by the renderer (draw_band, draw_words) and placed once a
    frame by the HUD (settle)."""

    def __init__(self, title: str, camera=None) -> None:
        self.title = title
        self.camera = camera  # where the world is on screen (the card fades over a machine): None, it does not
        self.engaged = False  # the fight has begun: the card gives way
        self.outranked = False  # words the player must read took the card's place: it gives way at once
        self.told = False  # a level's message came up: the card gives way, as when the fight begins
        self.keep_off: list[pygame.Rect] = []  # the objectives' outlines and labels on screen: the name keeps off
        self.beside: list[pygame.Rect] = []  # plates a scene lays over the view (a replay's): the card stands beside
        self.shown = 0.0  # the card's opacity last frame, 0 to 1
        self.band: pygame.Rect | None = None  # where its band is over a third as dark as under its words
        self.words: pygame.Rect | None = None  # where its words are on screen, with CARD_WORDS_MARGIN round them
        self._cut: float | None = None  # s the card began to give way at
        self._covered = False  # a machine, or an objective's mark (keep_off), was under its words last frame
        self._top = CARD_TOP  # the row the card is drawn at: chosen afresh until it is first up whole, then kept
        self._settled = False
        self._cleared = 0.0  # how far it has faded for a machine under it, 0 to 1 (OVER_MACHINE)
        self._seconds: float | None = None  # the clock (s) it was last drawn at, which its clearing follows
        # ((surface width, the card's left edge), the card's band, its words, their rect)
        self._card: tuple = (None, None, None, None)

    def draw_band(self, surface, seconds: float) -> None:
        """The title card's translucent band across the screen as the level begins. The renderer draws it under the
        marks in the world (Rei's, an objective's label), which read over it, and the words over them all."""
        self._draw_layer(surface, seconds, 1)

    def draw_words(self, surface, seconds: float) -> None:
        """The level's name on the band: over everything in the world, so it stays clean while it shows (the goal is on
        the order's plate at the top in every level: the objective to reach, or DEFAULT_GOAL)."""
        self._draw_layer(surface, seconds, 2)

    def settle(self, game, size: tuple[int, int]) -> None:
        """Once a frame, after it is drawn: its row, chosen afresh until it is first up whole, and whether anything
        is under its words, which it fades over next frame."""
        self._settled = self._settled or self.shown >= 1
        if not self._settled and self._card[3] is not None:
            self._top = self._row(game, *size)
        words = self.words
        self._covered = self.shown > 0 and words is not None and (
            words.collidelist(self.keep_off) >= 0 or self._machine_under(game, words))

    def _machine_under(self, game, band: pygame.Rect | None) -> bool:
        """Whether a machine (the Layzner or an enemy, its body and a margin for its sprite) is under `band` on
        screen."""
        if self.camera is None or band is None:
            return False
        left, top = self.camera.left, self.camera.top
        for _, (pos, _, body) in game.world.query(Position, Unit, Body):
            reach = body.radius + 12  # the sprite's wings and arms past its body
            if band.colliderect((pos.x - left - reach, pos.y - top - reach, 2 * reach, 2 * reach)):
                return True
        return False

    def _row(self, game, width: int, height: int) -> int:
        """The top of the highest row from CARD_TOP down (CARD_LOWEST of the play band at most) at which the title
        card's words are clear of the objectives' marks (keep_off) and of the machines, each row tried with its
        words where they are drawn there (beside a scene's plate in its rows, _left); none clear, CARD_TOP,
        where it fades over them as over a machine."""
        built = self._card[0][1]
        words = self._card[3].move(built, 0).inflate(2 * CARD_WORDS_MARGIN, 2 * CARD_WORDS_MARGIN)
        lowest = HUD_TOP + round(CARD_LOWEST * (height - HUD_TOP - HUD_BOTTOM)) - words.bottom
        for top in range(CARD_TOP, max(CARD_TOP, lowest) + 1, CARD_ROW_STEP):
            # The words stand in the card's middle: a card from another left has them half that shift along
            row = words.move((self._left(width, top) - built) // 2, top)
            if row.collidelist(self.keep_off) < 0 and not self._machine_under(game, row):
                return top
        return CARD_TOP

    def _draw_layer(self, surface, seconds: float, layer: int) -> None:
        if layer == 1:  # once a frame: clearing for a machine under it, or coming back once none is
            step = 0.0 if self._seconds is None else max(0.0, seconds - self._seconds)
            self._seconds = seconds
            toward = (1.0 if self._covered else 0.0) - self._cleared
            self._cleared += max(-step / CARD_CLEARING, min(step / CARD_CLEARING, toward))
        if self._cut is None and (self.engaged or self.told):  # not before the name has been read
            self._cut = max(seconds, TITLE_CARD_LEAST)
        # Outranked, it is gone in the frame the words come up in its place: a fade timed by the level's clock would
        # linger under them four times as long in a replay watched at 0.25x
        out = 0.0 if self.outranked else (TITLE_CARD_TIME - seconds) / 0.8
        if self._cut is not None:
            out = min(out, (self._cut + CARD_GIVE_WAY - seconds) / CARD_GIVE_WAY)
        fade = max(0.0, min(1.0, seconds / 0.4, out)) * (1 - (1 - OVER_MACHINE) * self._cleared)
        self.shown = fade
        if out <= 0:  # gone for good (its clock, its cut and its outranking only go one way): no row to look for
            self._settled = True
            if self._card[0] is not None:  # nor a card to build again each time a replay's plate grows or shrinks
                return
        width = surface.get_width()
        left = self._left(width, self._top)
        if self._card[0] != (width, left):  # the same words all the time it shows: built once (as the level loads: the
            # renderer's warm-up frame draws it at 0 s, when it is not yet seen), and again only if a plate moves it
            band, words = self._build(width - left)
            self._card = ((width, left), band, words, words.get_bounding_rect())  # the words' ink and shadow
        if fade <= 0:
            return
        card = self._card[layer]
        card.set_alpha(round(255 * fade))
        top = self._top
        surface.blit(card, (left, top))
        side = card.get_width() // 14  # the band is a third as dark this far in from its ends
        self.band = pygame.Rect(left + side, top, card.get_width() - 2 * side, card.get_height())
        self.words = self._card[3].move(left, top).inflate(2 * CARD_WORDS_MARGIN, 2 * CARD_WORDS_MARGIN)

    def _left(self, width: int, top: int) -> int:
        """px from the screen's left to the title card's, its top at `top`: 0, or past a scene's plate that stands in
        its rows (a replay's, grown with its controls over the first seconds, as the card shows), so neither covers the
        other and a replay says which level it is. The card then spans the room to the screen's right, its words in
        its middle."""
        rows = pygame.Rect(0, top, width, font(36, bold=True).get_height() + 16)  # the card at its tallest
        return max((min(width // 2, plate.right + CARD_GAP) for plate in self.beside
                    if plate.colliderect(rows)), default=0)

    def _build(self, width: int) -> tuple[pygame.Surface, pygame.Surface]:
        """(band, words) of the title card, `width` px wide: the level's name on a dark band that fades out toward its
        ends (the screen's sides, or a scene's plate and the screen's right side)."""
        room = width - 64
        words = pygame.Surface((width, 80), pygame.SRCALPHA)
        title, size = fit(self.title.upper(), 36, room, 24, bold=True)  # a long name set smaller, then cut
        drawn = draw_text(words, title, (width / 2, 8 + (36 - size) // 2), size, WHITE, anchor="midtop", bold=True)
        height = drawn.bottom + 8
        band = pygame.Surface((width, height), pygame.SRCALPHA)  # black, clear: each column given its alpha
        # Deepest under the words, gone at the sides: a column's alpha set on the array at once, as a line drawn down
        # each of the ~1280 columns set it (a draw call each was half the card's making as the level loads)
        pygame.surfarray.pixels_alpha(band)[...] = numpy.array(
            [round(150 * min(1.0, 2.4 * (1 - abs(2 * x / width - 1)))) for x in range(width)], numpy.uint8)[:, None]
        return band, words.subsurface((0, 0, width, height)).copy()
