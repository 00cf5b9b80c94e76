"""Rei's panel: what the cockpit's two AIs say.

The panel, lower left above the heat gauge, types out what the cockpit's two AIs say: Rei in cyan, Fouron in
purple, each beside its emblem. A line types at TYPING characters a second behind a blinking cursor (a level's
message naming controls longer than the rules count them, faster: whole in the time the rules give), holds HOLD
seconds once whole and longer until it has been read (a level's message past eight rows scrolls as it types, nothing
cut; a warning stays only while what it warns of holds), then fades, the fight under
it in sight again until the next line (the comms log keeps them all); a new line replaces the one showing (the rules
already chose who speaks). While it is over what the pilot must see (the Layzner, a machine aware of it, Rei's
target, a shot coming at it: game/view/danger.py) its plate turns see-through (SEE_THROUGH), its words less so. While
Fouron holds the controls the panel wears its colour and its line does not fade; when it lets go, its line fades at
once (its orders to kill are not left on screen over a pilot back at the controls), leaving the panel to Rei; but its
word on seizing, unless the pilot fought it off, stays typed whole until its farewell takes its place (the rules say
that once the word has been read, and CONTROL RESTORED comes with it): the panel is never empty between the two. Fought
off, that word goes at once, not fading, as CONTROL RESTORED comes up (the renderer takes it down: `take_down`).
Once the level is decided, the line showing types on and then stays as it stands until the result screen; but the
Layzner wrecked, its voices go with it: the line is taken down at once (`silence`), not left over the burning wreck
("System restored", begun a moment before).
"""

import math

import pygame

from game.sim.events import AdvisorSpoke, FouronReleased
from game.sim.systems.speech import READING, SPEECH_RATE
from game.view.camera import HUD_BOTTOM
from game.view.see_through import eased
from game.view.text import CYAN, DIM, PANEL, PURPLE, WHITE, draw_text, font, panel, wrap

TYPING = SPEECH_RATE  # characters a second: the rules hold the channel for exactly this long
HOLD = 1.5  # s a whole line stays at least, and longer until it has been read: then it fades, leaving the fight
# under the panel in sight until the next line (the comms log keeps every line said)
FADE = 0.6  # s it takes to fade

WIDTH = 456  # px: clear of the resist gauge that shares the bottom row during a takeover
TEXT_SIZE = 24
ROW_HEIGHT = 22
EMBLEM = 72  # px square, scaled from the 88 px art
TEXT_LEFT = 12 + EMBLEM + 14  # px from the panel's left edge
TEXT_WIDTH = WIDTH - TEXT_LEFT - 14
MIN_ROWS, MAX_ROWS = 2, 4
WORDS_THROUGH = 0.8  # its words' strength while it is see-through: over a bright ground, with their shadow, they read
MESSAGE_ROWS = 8  # a level's message (a briefing, say) takes the panel this tall, then scrolls: its words are the
# designer's, every one of them shown
HEAD = 40  # px from the panel's top to the first row of text


class Speaker:
    __slots__ = ("name", "role", "color", "text_color", "emblem", "tint")

    def __init__(self, name, role, color, text_color, emblem, tint=None) -> None:
        self.name, self.role, self.color, self.text_color = name, role, color, text_color
        self.emblem, self.tint = emblem, tint  # tint: a colour washed over the plate (Fouron's dark purple)


SPEAKERS = {
    "rei": Speaker("REI", "COCKPIT AI", CYAN, WHITE, "rei_emblem"),
    "fouron": Speaker("FOURON", "BLACK BOX", PURPLE, (232, 214, 255), "fouron_emblem", tint=(70, 12, 110, 90)),
}


def speaker(name: str) -> Speaker:
    return SPEAKERS.get(name) or Speaker(name.upper(), "", WHITE, WHITE, None)


class Line:
    """One line, laid out once: wrapped to the panel, each row rendered once, and the width of every prefix
    of every row measured once, so typing it out costs a blit with a clip rectangle per row per frame."""

    def __init__(self, speaker_name: str, text: str, message: bool = False, situation: str = "") -> None:
        """`message`: a level's message, not a line of advisor.yaml: more rows, and up until it has been read.
        `situation`: what the line speaks to ("heat_high"), so a warning can be let go once it no longer holds."""
        self.speaker = speaker_name
        self.key = f"{speaker_name}.{situation}"
        self.text = text
        look = speaker(speaker_name)
        face = font(TEXT_SIZE)
        rows = wrap(text, face, TEXT_WIDTH)
        if not message and len(rows) > MAX_ROWS:  # a line longer than the panel holds keeps its start, and says so
            rows = rows[:MAX_ROWS]
            rows[-1] = rows[-1].rstrip(".,;:") + "…"
        self.rows = rows
        self.shown_rows = min(len(rows), MESSAGE_ROWS)  # a longer message scrolls through them as it types
        self.images = [(face.render(row, look.text_color), face.render(row, (0, 0, 0))) for row in rows]
        self.rises = [face.rise(row) for row in rows]  # px an accent lifts a row's image: drawn that much higher
        self.widths = [[face.size(row[:i])[0] for i in range(len(row) + 1)] for row in rows]  # where the cursor goes
        # how much of a row's image its first characters take: a glyph's ink may reach past its advance (Î)
        self.inks = [[0, *face.ink_widths(row)] for row in rows]
        self.length = sum(len(row) for row in rows)
        # Characters a second it types: a message whose control words the view named longer than the rules count
        # them (controls.Named: "KEYPAD 8/4/5/6" is ten characters to them) types faster, whole when the rules
        # give it to be read; the rest of the time the rules give it is for reading, as for any line
        timed = getattr(text, "timed", len(text))  # the length the rules time it by (controls.Named), else its own
        self.pace = TYPING * max(1.0, self.length / max(1, timed))
        # s once whole: until it has been read (READING from its start, as the rules count it: it is read as it types),
        # at least HOLD
        self.hold = max(HOLD, timed / READING - self.typing_time)

    @property
    def typing_time(self) -> float:
        return self.length / self.pace

    def first_shown(self, typed: int) -> int:
        """The first row on screen once `typed` characters show: the row being typed is the last one showing."""
        row = 0
        for row, words in enumerate(self.rows):
            if typed <= len(words):
                break
            typed -= len(words)
        return max(0, row - self.shown_rows + 1)


class AdvisorPanel:
    def __init__(self, sprites) -> None:
        self.sprites = sprites
        self.line: Line | None = None
        self.age = 0.0  # s since the line began, standing still while Fouron holds a whole line up
        self.shown = 0.0  # s since the line began, on the clock
        self._emblems: dict[str, pygame.Surface] = {}
        # (plate, words) → (what it shows, the canvas it is drawn on): the panel drawn there first when it has to fade
        self._canvases: dict[tuple[bool, bool], tuple] = {}
        self.veil = 1.0  # SEE_THROUGH..1: how solid it is drawn, eased toward SEE_THROUGH while it covers the fight

    # -- what was said ---------------------------------------------------------------------------------
    def on_events(self, events) -> str:
        """Show the lines said. Returns a level's message that another voice cut off before it had been read (Fouron
        seizing the machine over Rei's briefing) as the level wrote it ("Rei: ..."), for the HUD to show in its
        place; else "". A voice's next line follows its message once the rules count it read (her next message
        waits for that), though the panel may still be holding it."""
        cut = ""
        for event in events:
            if isinstance(event, FouronReleased):  # before its farewell, which the rules say after it lets go
                if self.line is not None and self.line.speaker == "fouron":
                    # Its word on seizing, cut short by a kill made at once, says what just happened: it stays until its
                    # farewell takes its place (a pilot who fought it off knows, and is told nothing more).
                    if self.line.key != "fouron.seized" or event.reason == "resisted":
                        self.let_go(at_once=True)
            elif isinstance(event, AdvisorSpoke) and event.text:
                line = self.line
                if (line is not None and line.key.endswith(".message") and event.speaker != line.speaker
                        and self.opacity >= 1.0):  # not yet read
                    cut = f"{line.speaker.capitalize()}: {line.text}"
                self.say(event.speaker, event.text, message=event.situation == "message", situation=event.situation)
        return cut

    def say(self, speaker_name: str, text: str, message: bool = False, situation: str = "") -> None:
        """Show this line from its first character, in place of the one showing."""
        self.line = Line(speaker_name, text, message, situation)
        self.age = self.shown = 0.0

    def let_go(self, at_once: bool = False) -> None:
        """What the line says no longer holds: it fades from now on, once typed, rather than hold its HOLD; `at_once`,
        even while it is still typing (Fouron's orders once it has let go of the machine)."""
        if self.line is not None:
            held = self.age - self.line.typing_time  # s it has held whole so far; below 0 while it types
            self.line.hold = min(self.line.hold, held if at_once else max(0.0, held))

    def showing(self, key: str) -> bool:
        """Whether the line `key` ("fouron.seized") is on the panel now."""
        return self.line is not None and self.line.key == key and self.opacity > 0

    def take_down(self, key: str) -> None:
        """The line `key` ("fouron.seized") goes now, not fading, if it is the one up: the screen says otherwise."""
        if self.line is not None and self.line.key == key:
            self.line = None

    def silence(self) -> None:
        """The line up goes now, whoever says it, not fading: the machine whose cockpit speaks is gone."""
        self.line = None

    def look_through(self, covering: bool, dt: float) -> None:
        """Fade toward SEE_THROUGH while the panel covers what the pilot must see, and back once it does not (as the
        HUD's plates do: see_through.py)."""
        self.veil = eased(self.veil, covering, dt)

    def update(self, dt: float, fouron_active: bool = False, decided: bool = False) -> None:
        """Age the line by `dt` s. `decided`: the level is won or lost; the line showing types on, then stays as it
        stands (fading, even) until the result screen, rather than leave the HUD bare in that moment."""
        self.shown += dt
        if fouron_active and self.opacity > 0:  # a line up as Fouron holds the controls stays until it lets go
            self.age = min(self.age + dt, self.line.typing_time)  # then it holds its hold more, and fades
        elif decided and self.line is not None:
            self.age = max(self.age, min(self.age + dt, self.line.typing_time))
        else:
            self.age += dt

    # -- where the line has got to ---------------------------------------------------------------------
    @property
    def typed(self) -> int:
        """Characters showing (spaces where rows wrap not counted)."""
        if self.line is None:
            return 0
        return min(self.line.length, int(self.age * self.line.pace) + 1)

    @property
    def typing(self) -> bool:
        return self.line is not None and self.typed < self.line.length

    @property
    def opacity(self) -> float:
        """1 while typing and holding, falling to 0 over FADE after the hold."""
        if self.line is None:
            return 0.0
        return max(0.0, min(1.0, 1.0 - (self.age - self.line.typing_time - self.line.hold) / FADE))

    def typed_rows(self) -> list[tuple[int, int]]:
        """(row of the line, characters of it typed) for each row on screen now, top to bottom: what draw() draws,
        and all it draws of the line. A blank row typed past is there with 0 characters: it still takes its place."""
        if self.line is None or self.opacity <= 0:
            return []
        line = self.line
        first = line.first_shown(self.typed)
        left, shown = self.typed - sum(map(len, line.rows[:first])), []
        for row in range(first, len(line.rows)):
            if left <= 0:  # not a row with 0 characters: a blank row (two line breaks) is typed past, not the end
                break
            count = min(left, len(line.rows[row]))
            shown.append((row, count))
            left -= count
        return shown

    def rect(self, surface, fouron_active: bool = False) -> pygame.Rect | None:
        """Where the panel is on screen this frame, or None when it is not showing."""
        showing = self.line is not None and self.opacity > 0
        if not showing and not fouron_active:
            return None
        rows = max(MIN_ROWS, self.line.shown_rows) if showing else MIN_ROWS
        height = HEAD + rows * ROW_HEIGHT + 12
        return pygame.Rect(16, surface.get_height() - HUD_BOTTOM - height, WIDTH, height)

    # -- drawing --------------------------------------------------------------------------------------
    def draw(self, surface, fouron_active: bool, seconds: float) -> pygame.Rect | None:
        """Draw the panel; returns where it went (None when nothing shows).

        With no line to show while Fouron holds the controls, the panel stays up in its colours, quiet."""
        rect = self.rect(surface, fouron_active)
        if rect is None:
            return None
        showing = self.line is not None and self.opacity > 0
        opacity = self.opacity if showing else 1.0
        if opacity * self.veil >= 1.0:
            self._compose(surface, rect, showing, fouron_active, seconds)
        elif self.veil >= 1.0:  # fading: plate and words together
            self._layer(surface, rect, opacity, showing, fouron_active, seconds)
        else:  # over the fight: the plate nearly gone, the words kept readable over what shows through
            self._layer(surface, rect, opacity * self.veil, showing, fouron_active, seconds, words=False)
            strength = opacity * max(self.veil, WORDS_THROUGH)
            self._layer(surface, rect, strength, showing, fouron_active, seconds, plate=False)
        return rect

    def _layer(self, surface, rect, opacity: float, showing: bool, fouron_active: bool, seconds: float,
               plate: bool = True, words: bool = True) -> None:
        """The panel, or its plate or its words alone, drawn whole on a canvas and laid on at `opacity`. Each kept
        on a canvas of its own and drawn again only when what it shows changes: while the panel is see-through over
        the fight (most of a big one) its plate stays the same, and its words do once the line is typed."""
        shows = (rect.size, showing, fouron_active, self.line, self._words_look(showing, seconds) if words else None)
        kept, canvas = self._canvases.get((plate, words), (None, None))
        if kept != shows:
            if canvas is None or canvas.get_height() < rect.h:
                canvas = pygame.Surface((WIDTH, rect.h), pygame.SRCALPHA)
            canvas.fill((0, 0, 0, 0))
            self._compose(canvas, pygame.Rect(0, 0, rect.w, rect.h), showing, fouron_active, seconds, plate, words)
            self._canvases[plate, words] = (shows, canvas)
        canvas.set_alpha(round(255 * opacity))
        surface.blit(canvas, rect.topleft, area=pygame.Rect(0, 0, rect.w, rect.h))

    def _words_look(self, showing: bool, seconds: float) -> tuple:
        """All that moves in the panel's words from frame to frame, as _compose draws them: the voice's bars, the
        rows typed and the cursor's blink, or the blink of IN CONTROL."""
        if not showing:
            return self._voice_heights(), (seconds * 2) % 1 < 0.6
        return self._voice_heights(), tuple(self.typed_rows()), self.typing and (self.age * 5) % 1 < 0.6

    def _compose(self, target, rect, showing: bool, fouron_active: bool, seconds: float, plate: bool = True,
                 words: bool = True) -> None:
        """The panel onto `target`: its `plate` (the backing, its edge and the emblem), its `words`, or both."""
        look = speaker(self.line.speaker if showing else "fouron")
        if plate:
            panel(target, rect, alpha=205, border=PURPLE if fouron_active else look.color)
            if look.tint is not None:
                _wash(target, rect, look.tint)
            self._emblem(target, look, (rect.x + 12 + EMBLEM // 2, rect.y + 10 + EMBLEM // 2))
        if not words:
            return
        name = draw_text(target, look.name, (rect.x + TEXT_LEFT, rect.y + 10), 24, look.color, bold=True)
        if look.role:
            role = draw_text(target, look.role, (name.right + 10, name.y + 3), 18, DIM)
            self._voice(target, (role.right + 12, name.centery), look.color)
        if not showing:  # Fouron in control, nothing said (a scripted takeover, say)
            blink = (seconds * 2) % 1 < 0.6
            draw_text(target, "IN CONTROL" + (" _" if blink else ""), (rect.x + TEXT_LEFT, rect.y + HEAD), TEXT_SIZE,
                      look.text_color)
            return
        line = self.line
        x, y = rect.x + TEXT_LEFT, rect.y + HEAD
        end = (x, y)
        for row, count in self.typed_rows():
            (image, shade), rise = line.images[row], line.rises[row]
            clip = pygame.Rect(0, 0, line.inks[row][count], image.get_height())
            target.blit(shade, (x + 2, y + 2 - rise), area=clip)
            target.blit(image, (x, y - rise), area=clip)
            end = (x + line.widths[row][count], y)
            y += ROW_HEIGHT
        if self.typing and (self.age * 5) % 1 < 0.6:  # the cursor blinks as the line types
            pygame.draw.rect(target, look.color, (end[0] + 2, end[1] + 1, 9, font(TEXT_SIZE).get_ascent()))

    def _emblem(self, target, look: Speaker, centre) -> None:
        frame = pygame.Rect(0, 0, EMBLEM + 6, EMBLEM + 6)
        frame.center = centre
        pygame.draw.rect(target, (*PANEL, 255), frame)
        pygame.draw.rect(target, look.color, frame, 1)
        if look.emblem is None or not self.sprites.has(look.emblem):
            draw_text(target, look.name[:1], centre, 48, look.color, anchor="center", bold=True)
            return
        image = self._emblems.get(look.emblem)
        if image is None:
            image = self._emblems[look.emblem] = pygame.transform.smoothscale(self.sprites.image(look.emblem),
                                                                              (EMBLEM, EMBLEM))
        target.blit(image, image.get_rect(center=centre))

    def _voice(self, target, left_middle, color) -> None:
        """Five small bars beside the name: they dance while the line types, and lie flat once it is said."""
        x, y = left_middle
        for i, height in enumerate(self._voice_heights()):
            pygame.draw.rect(target, color, (round(x + i * 5), round(y - height / 2), 3, height))

    def _voice_heights(self) -> tuple[int, ...]:
        """The five bars' heights in px this frame."""
        if not self.typing:
            return 2, 2, 2, 2, 2
        return tuple(3 + round(9 * abs(math.sin(self.age * (9 + 3.7 * i) + i * 1.3))) for i in range(5))


def _wash(target, rect, tint) -> None:
    """Fouron's plate: a purple wash and faint scanlines inside the frame."""
    inner = rect.inflate(-6, -6)
    wash = pygame.Surface(inner.size, pygame.SRCALPHA)
    wash.fill(tint)
    for y in range(0, inner.h, 3):
        pygame.draw.line(wash, (tint[0] // 2, tint[1] // 2, tint[2] // 2, tint[3] + 40), (0, y), (inner.w, y))
    target.blit(wash, inner)
