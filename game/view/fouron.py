"""Fouron's takeover on screen: the black box's purple at the screen's edges, its banner, and the resist gauge.

While `res.fouron.active` the edges of the view glow purple behind scanlines and a purple frame holds the
screen; "FOURON — CONTROL SEIZED" cuts in just under the top plates (the picture tears for a moment as it does;
the objectives' labels keep off it, `banner_box`); a gauge fills with `res.fouron.resist` as the pilot mashes the
dash control to fight it, naming that control. When Fouron lets go, "CONTROL RESTORED" shows briefly in Rei's cyan
in the same place and the purple drains away. Unless the pilot fought it off (told at once), the hand-back waits while
the advisor panel still shows Fouron's word on seizing ("Control transferred" under CONTROL RESTORED would say the
opposite), and after a takeover too short to read (its kill in a fraction of a second) while the seized banner has not
stood its SEIZED_LEAST; it comes in the frame its farewell takes that word's place, so the panel passes from one to
the other with no empty frame. It waits on the panel, not on a clock: a hit-stop runs the view's clock ahead of the
rules', which say the farewell. A hand-back still waiting when the level is decided is not shown (the result screen
comes before it could be read).
"""

import functools
import math
import random

import numpy
import pygame

from game.sim.events import FouronReleased, FouronSeized
# s the seized banner stands however soon Fouron lets go: its stutter, then its words read. The rules hold its farewell
# for as long, so the hand-back is never said over it.
from game.sim.systems.speech import SEIZED_LEAST
from game.view.camera import HUD_TOP
from game.view.text import CYAN, PANEL, PURPLE, VIOLET, WHITE, draw_text, font, panel

BANNER_TIME = 2.6  # s "CONTROL SEIZED" stays up
RELEASE_TIME = 1.8  # s "CONTROL RESTORED" stays up
TEAR_TIME = 0.4  # s the picture tears as Fouron takes over
EDGE = 120  # px: how far the purple reaches in from the screen's edges
GAUGE_SIZE = (320, 66)
# px from the screen's top to the banners: just under the top plates, not across the middle, where the Layzner fights
# and an objective's hold count stands (a band there for 1.5 s hid both)
BANNER_TOP = HUD_TOP + 4
BANNER_HEIGHT = 104
LAVENDER = (214, 190, 255)


class FouronOverlay:
    def __init__(self, seed: int = 0) -> None:
        self.rng = random.Random(seed ^ 0xF0F0)  # cosmetic only: where the picture tears
        self.key: str | None = "SPACE"  # the dash control's name, None in a replay; the play scene keeps it current
        self.seized_age: float | None = None  # s since Fouron took the controls, while the banner matters
        self.released_age: float | None = None  # s since "CONTROL RESTORED" began
        self.seized_end = BANNER_TIME  # s of age at which the seized banner goes
        self.handing_back = False  # Fouron has let go and CONTROL RESTORED waits its turn (update)
        self.presence = 0.0  # 0..1: the purple comes in quickly and drains slowly
        self.resist = 0.0  # the gauge's fill, easing toward res.fouron.resist
        self.kick = 0.0  # 1 → 0: the gauge brightens each time the struggle gains
        self.flashes = 1.0  # the player's Flashes option: below 1, nothing stutters, blinks or tears
        self._vignette: pygame.Surface | None = None
        self._banner: pygame.Surface | None = None

    def on_events(self, events) -> None:
        for event in events:
            if isinstance(event, FouronSeized):
                self.seized_age, self.released_age, self.seized_end = 0.0, None, BANNER_TIME
                self.handing_back = False
            elif isinstance(event, FouronReleased):
                if self.seized_age is not None and event.reason != "resisted":
                    # The hand-back waits its turn (update); a seized banner still up stands until it comes. (A pilot
                    # who fought it off knows what they fought: told at once, they stop mashing a dash that now dashes.)
                    self.handing_back = True
                    if self.seized_age < self.seized_end:
                        self.seized_end = math.inf
                else:
                    self.released_age, self.seized_age = 0.0, None

    def update(self, game, dt: float, word_up: bool = False) -> None:
        """`word_up`: the advisor panel shows Fouron's word on seizing, which CONTROL RESTORED waits to see go."""
        fouron = game.res.fouron
        if fouron.active:
            self.presence = min(1.0, self.presence + dt / 0.25)
            if fouron.resist > self.resist + 0.005:
                self.kick = 1.0
            self.resist += (fouron.resist - self.resist) * min(1.0, dt * 14)
        else:
            self.presence = max(0.0, self.presence - dt / 0.8)
            self.resist = 0.0
        self.kick = max(0.0, self.kick - dt * 5)
        if self.released_age is not None:
            self.released_age += dt
        if self.seized_age is None:
            return
        self.seized_age += dt
        if self.handing_back and game.outcome is not None:
            # The level decided while the hand-back waits its turn: the result screen would cut it to a glimpse.
            self.handing_back = False
            self.seized_end = min(self.seized_end, max(self.seized_age, SEIZED_LEAST))
        elif self.handing_back and self.seized_age >= SEIZED_LEAST and not word_up:
            # Its word on seizing read and given way to its farewell: CONTROL RESTORED comes, from the moment in this
            # frame the seized banner had stood its least (a coarse step of the clock), the seized banner with it gone.
            self.handing_back = False
            self.released_age = min(dt, self.seized_age - SEIZED_LEAST)
            self.seized_end = min(self.seized_end, self.seized_age - self.released_age)
        if self.released_age is not None and self.seized_age >= self.seized_end:
            self.seized_age = None

    # -- drawing -------------------------------------------------------------------------------------
    def prepare(self, size: tuple[int, int]) -> None:
        """Have the purple edge for a view of `size` made: the level's load asks (Renderer), so the frame Fouron first
        seizes the machine in, with the Layzner at its most hard pressed, does not make it (3-4 ms)."""
        if self._vignette is None or self._vignette.get_size() != size:
            self._vignette = _vignette(size)

    def draw_edges(self, surface, seconds: float) -> None:
        """Under the HUD: the purple edges with their scanlines, and a slow bright line rolling down."""
        if self.presence <= 0:
            return
        width, height = surface.get_size()
        self.prepare((width, height))
        self._vignette.set_alpha(round(self.presence * (205 + 50 * math.sin(seconds * 3.2))))
        for strip in ((0, 0, width, EDGE), (0, height - EDGE, width, EDGE),
                      (0, EDGE, EDGE, height - 2 * EDGE), (width - EDGE, EDGE, EDGE, height - 2 * EDGE)):
            surface.blit(self._vignette, strip[:2], area=strip)
        roll = (seconds * 140) % (height + 60) - 30
        line = pygame.Surface((width, 3), pygame.SRCALPHA)
        line.fill((*PURPLE, round(40 * self.presence)))
        surface.blit(line, (0, round(roll)))

    def draw_over(self, surface, game, seconds: float) -> None:
        """Over the HUD: the frame, the banners, the tear as Fouron takes over, and over all of them the resist
        gauge: the picture tears, but what to press to fight it is never torn or washed over."""
        if self.presence > 0:
            _frame(surface, self.presence)
        if self.seized_age is not None and self.seized_age < self.seized_end:
            self._seized_banner(surface, self.seized_age)
        if self.restored_up():
            self._released_banner(surface, self.released_age)
        if self.seized_age is not None and self.seized_age < TEAR_TIME and self.flashes >= 1.0:
            self._tear(surface, 1.0 - self.seized_age / TEAR_TIME)
        # Once the level is decided (the Layzner wrecked under Fouron, say), nothing is left to resist: no "MASH".
        if game.res.fouron.active and game.outcome is None:
            self._gauge(surface, seconds)

    def restored_up(self) -> bool:
        """Whether CONTROL RESTORED is on screen now."""
        return self.released_age is not None and self.released_age < RELEASE_TIME

    def banner_up(self) -> bool:
        """Whether a banner stands now, or the hand-back's waits its turn to."""
        seized = self.seized_age is not None and self.seized_age < self.seized_end
        return seized or self.handing_back or self.restored_up()

    def banner_box(self, surface) -> pygame.Rect | None:
        """Where a banner stands on the screen now, if one does: the objectives' labels and the world's marks keep off
        it as they keep off a level's message."""
        return pygame.Rect(0, BANNER_TOP, surface.get_width(), BANNER_HEIGHT) if self.banner_up() else None

    def gauge_rect(self, surface) -> pygame.Rect:
        """Bottom centre, just above the V-MAX meter."""
        rect = pygame.Rect((0, 0), GAUGE_SIZE)
        rect.midbottom = (surface.get_width() // 2, surface.get_height() - 100)
        return rect

    def _gauge(self, surface, seconds: float) -> None:
        rect = self.gauge_rect(surface)
        panel(surface, rect, alpha=215, border=PURPLE)
        if self.key is None:  # a replay: what the pilot is doing, not what to press
            draw_text(surface, "PILOT RESISTING", (rect.centerx, rect.y + 20), 22, LAVENDER, anchor="center",
                      bold=True)
        else:
            self._mash_prompt(surface, rect, seconds)
        bar = pygame.Rect(rect.x + 16, rect.y + 38, rect.w - 32, 16)
        pygame.draw.rect(surface, (30, 10, 48), bar)
        glow = self.kick
        fill = tuple(round(c + (255 - c) * glow) for c in PURPLE)
        pygame.draw.rect(surface, fill, (bar.x, bar.y, round(bar.w * min(1.0, self.resist)), bar.h))
        for tick in range(1, 10):
            tx = bar.x + bar.w * tick // 10
            pygame.draw.line(surface, (14, 4, 24), (tx, bar.y), (tx, bar.bottom - 1), 2)
        pygame.draw.rect(surface, PURPLE, bar, 1)

    def _mash_prompt(self, surface, rect, seconds: float) -> None:
        """The gauge's words, "MASH [SPACE] TO RESIST", the key cap flashing in time."""
        beat = (seconds * 6) % 1 < 0.5 and self.flashes >= 1.0  # the key cap flashes in time: press, press, press
        words = ("MASH", self.key or "DASH", "TO RESIST")
        size = 22
        cap_w = font(20, True).size(words[1])[0] + 16
        space = font(size, True).size(" ")[0]
        total = font(size, True).size(words[0])[0] + cap_w + font(size, True).size(words[2])[0] + 2 * space
        x, y = rect.centerx - total / 2, rect.y + 20
        first = draw_text(surface, words[0], (x, y), size, LAVENDER, anchor="midleft", bold=True)
        cap = pygame.Rect(round(first.right + space), round(y - 12), cap_w, 24)
        lit = beat or self.kick > 0.3
        pygame.draw.rect(surface, PURPLE if lit else (60, 24, 96), cap, border_radius=4)
        pygame.draw.rect(surface, WHITE if lit else PURPLE, cap, 2, border_radius=4)
        draw_text(surface, words[1], cap.center, 20, (20, 6, 34) if lit else WHITE, anchor="center", bold=True,
                  shadow=False)
        draw_text(surface, words[2], (cap.right + space, y), size, LAVENDER, anchor="midleft", bold=True)

    def _seized_banner(self, surface, age: float) -> None:
        width = surface.get_width()
        grow = min(1.0, age / 0.15)
        # Cut short by the hand-back, it gives way as quickly as the restored banner comes in.
        fade = max(0.0, min(1.0, (self.seized_end - age) / (0.5 if self.seized_end == BANNER_TIME else 0.15)))
        band_h = round(BANNER_HEIGHT * grow)
        if band_h < 2:
            return
        banner = self._canvas(width, BANNER_HEIGHT)
        top = (BANNER_HEIGHT - band_h) // 2
        banner.fill((16, 4, 30, 215), (0, top, width, band_h))
        pygame.draw.line(banner, PURPLE, (0, top), (width, top), 2)
        pygame.draw.line(banner, PURPLE, (0, top + band_h - 2), (width, top + band_h - 2), 2)
        # It stutters on, like a signal forcing its way in (not for a player who turned flashes down).
        flicker = age > 0.35 or (age * 24) % 1 < 0.55 or self.flashes < 1.0
        if grow >= 1.0 and flicker:
            draw_text(banner, "FOURON — CONTROL SEIZED", (width / 2, 14), 60, PURPLE, anchor="midtop", bold=True)
            # Overridden, not locked out: the pilot's input still counts, and mashing dash wins the controls back.
            draw_text(banner, "Black box at the controls · pilot input overridden", (width / 2, 66), 26, LAVENDER,
                      anchor="midtop")
        banner.set_alpha(round(255 * fade))
        surface.blit(banner, (0, BANNER_TOP))

    def _released_banner(self, surface, age: float) -> None:
        width = surface.get_width()
        fade = max(0.0, min(1.0, age / 0.15, (RELEASE_TIME - age) / 0.5))
        banner = self._canvas(width, BANNER_HEIGHT)
        banner.fill((4, 14, 30, 200), (0, 22, width, 60))
        pygame.draw.line(banner, CYAN, (0, 22), (width, 22), 2)
        pygame.draw.line(banner, CYAN, (0, 80), (width, 80), 2)
        draw_text(banner, "CONTROL RESTORED", (width / 2, 52), 46, CYAN, anchor="center", bold=True)
        banner.set_alpha(round(255 * fade))
        surface.blit(banner, (0, BANNER_TOP))

    def _canvas(self, width: int, height: int) -> pygame.Surface:
        if self._banner is None or self._banner.get_size() != (width, height):
            self._banner = pygame.Surface((width, height), pygame.SRCALPHA)
        self._banner.fill((0, 0, 0, 0))
        return self._banner

    def _tear(self, surface, strength: float) -> None:
        """A few horizontal strips of the picture slide sideways: the image tears as the black box cuts in."""
        width, height = surface.get_size()
        for _ in range(round(2 + 6 * strength)):
            strip_h = self.rng.randint(4, 34)
            y = self.rng.randint(0, height - strip_h)
            shift = round(self.rng.uniform(-28, 28) * strength)
            strip = surface.subsurface((0, y, width, strip_h))
            strip.scroll(shift, 0)
            if self.rng.random() < 0.5:
                strip.fill((60, 0, 90), special_flags=pygame.BLEND_ADD)


@functools.lru_cache(maxsize=2)
def _vignette(size) -> pygame.Surface:
    """The purple edge: deepest at the border, gone EDGE px in, every third row dimmed like a CRT's scanlines. Made
    once a session for a size: each level's load asks for it, and each overlay only sets its alpha before a blit."""
    width, height = size
    image = pygame.Surface(size, pygame.SRCALPHA)
    for inset in range(EDGE):
        t = 1.0 - inset / EDGE
        color = tuple(round(v + (p - v) * t ** 3) for v, p in zip(VIOLET, PURPLE))
        pygame.draw.rect(image, (*color, round(175 * t ** 2.2)), (inset, inset, width - 2 * inset, height - 2 * inset),
                         1)
    # Every third row's alpha times 80/255 as BLEND_RGBA_MULT rounds it, on the array: a surface of lines blended over
    # the whole image made the edge three times as dear to make (11 ms against 3.5), the same pixels
    alpha = pygame.surfarray.pixels_alpha(image)
    alpha[:, ::3] = (alpha[:, ::3] * numpy.uint16(80) + 255) >> 8
    del alpha  # the surface stays locked while its array lives
    return image


def _frame(surface, presence: float) -> None:
    """A purple frame round the view with heavier corners."""
    width, height = surface.get_size()
    color = tuple(round(c * presence + PANEL[i] * (1 - presence)) for i, c in enumerate(PURPLE))
    inset, cut, arm = 6, 18, 56
    points = [(inset + cut, inset), (width - inset - cut, inset), (width - inset, inset + cut),
              (width - inset, height - inset - cut), (width - inset - cut, height - inset),
              (inset + cut, height - inset), (inset, height - inset - cut), (inset, inset + cut)]
    pygame.draw.lines(surface, color, True, points, 2)
    for cx, cy, sx, sy in ((inset, inset, 1, 1), (width - inset, inset, -1, 1), (inset, height - inset, 1, -1),
                           (width - inset, height - inset, -1, -1)):
        corner = [(cx + sx * arm, cy), (cx + sx * cut, cy), (cx, cy + sy * cut), (cx, cy + sy * arm)]
        pygame.draw.lines(surface, color, False, corner, 5)
