"""The HUD: armour, hostiles left, heat, V-MAX, missiles, the objective and clock, and trigger messages
(title_card.py draws the level's title card; hud_words.py works out what the gauges and notices say; hud_plates.py
says where its plates stand; markers.py draws what marks the world; overlays.py the play scene's own overlays)."""

import functools
import math
from typing import NamedTuple

import pygame

from game.content.advisor import message_speaker
from game.sim.components import Heat, Launcher, Vmax
from game.sim.systems.missiles import lock_progress
from game.sim.systems.speech import MESSAGE_TIME, SPEECH_RATE, message_time, read_time
from game.sim.events import (Damaged, Fired, MessageShown, ObjectiveOpened, ObjectiveReached, PlayerSpotted,
                             ShotTelegraphed, VmaxRefused)
from game.sim.systems.vmax import charged, would_last
from game.view.advisor_panel import speaker
from game.view.camera import HUD_TOP
from game.view.hud_plates import (ARMOUR_PLATE, clock_plate, heat_plate, hostiles_plate, missiles_plate,
                                  order_plate, vmax_plate)
from game.view.hud_style import PLATE_ALPHA, SEP, hud_plate
from game.view.hud_words import missiles_status, objective_notice, vmax_gauge
from game.view.markers import SLIPPING, hold_bar
from game.view.restart_ring import draw_restart_ring
from game.view.see_through import contents_strength, eased
from game.view.text import AMBER, CYAN, DIM, PANEL, PURPLE, RED, WHITE, clock_text, draw_text, fit, font, panel, wrap
from game.view.title_card import TitleCard

# the heat gauge's fill on its warning's other beat: brighter than RED, not darker, so its length reads over the dark
# danger band on both (a dark red there made the fill seem to vanish at each pulse)
HOT_RED = (255, 120, 96)
VENT_TINT = (255, 112, 40)  # the armour plate's words and bar while an overheat's open hatches multiply the damage
HEAT_CUT_FILL = (92, 70, 38)  # the V-MAX meter's charge a V-MAX started now would not run, the heat ending it first
BAR_GROUND = (20, 30, 48)  # a gauge's bar's ground, under its fill
BAR_SHADE = (100, 115, 150)  # what the fight under a see-through plate's bar is multiplied by: darker, bluish, seen
GAUGES_HEIGHT = 88  # px from the screen's foot to the top of the gauges (heat_plate, vmax_plate, missiles_plate)
WRECKED = (105, 105, 115)  # what a wrecked machine's gauges are multiplied by: dark, a touch cold, still legible

TYPING = SPEECH_RATE  # characters per second as a message types out (the rules time how long it stays up)
MESSAGE_SIZE = 28  # px, the message's font
MESSAGE_WIDTH = 900  # px of text at most on a line: longer messages wrap
ENGAGING = (PlayerSpotted, Fired, Damaged, ShotTelegraphed)  # the fight has begun, whoever began it
# Notices and level messages waiting for the words up to be read: at most this many, the oldest message let go, not a
# notice, which waits ahead of them as the newer news (a trigger springing again and again adds its words once)
WAITING_MOST = 4
ARMOUR_LOW, ARMOUR_CRITICAL = 0.5, 0.25  # shares of armour under which its gauge turns amber, then red and CRITICAL
HEAT_UNLOCKS = "WEAPONS UNLOCK"  # the heat gauge's mark while venting: where the machine cools to before they work
# px from the mark to its words' start: the ink 10 px clear of the 2 px line, further than the words' own space (6 px),
# so the line reads as the mark it is and not as a letter of them ("|WEAPONS"), in the 960x540 window too
UNLOCK_GAP = 12
REFUSED_TIME = 0.5  # s the V-MAX gauge flashes red after a press it would not start on


class Gauges(NamedTuple):
    """What the gauges along the bottom showed last frame: the unit's spec, the clock (s) their pulses read, the
    player's machine's Heat, Vmax and Launcher (None: it has none), and what Hud._vmax and Hud._missiles are given."""
    spec: object  # the catalog's UnitSpec
    seconds: float
    heat: Heat | None
    vmax: Vmax | None
    launcher: Launcher | None
    vmax_locked: bool
    vmax_ready: bool  # V-MAX is charged (vmax.charged): a press starts it unless the heat is at its warning line
    lasts: float
    lock: float
    venting: bool
    miss: float | None
    missile_keys: tuple[str, ...] | None  # the prompts' controls (Hud.missile_keys, Hud.vmax_key); None: no prompt
    vmax_key: str | None


class Hud:
    def __init__(self, sprites, level, camera=None) -> None:
        self.card = TitleCard(level.title, camera)  # the level's name as it begins: it gives way to the fight
        self.enemy_icon = pygame.transform.smoothscale_by(sprites.rotated("dis", -math.pi / 2), 0.5)
        self.shown_armour = None  # eases toward the real value so hits read as a drain, not a jump
        self.message = ("", MESSAGE_TIME)  # (text, age)
        self.notice_up = False  # the message up is the game's own notice (objectives reached), not a level's message
        self.waiting: list[tuple[str, bool]] = []  # (text, a notice) to show, in order, once the words up are read
        # A banner of Fouron's stands where the message does: the words wait, neither typed nor aged, until it has gone
        # (an objective's notice typed out under CONTROL SEIZED was gone before that was)
        self.held = False
        self.accent = CYAN  # the gauges' edges and calm fills: purple while Fouron holds the controls
        self.message_floor: int | None = None  # y a trigger's message must stay above (Rei's panel's top), if any
        # plates a scene lays over the view (a replay's), drawn after the HUD: a message that would meet one goes under
        self.message_clear_of: list[pygame.Rect] = []
        self.message_y: float | None = None  # eases up and down as that floor comes and goes
        # Translucent plates rebuilt only when their words change; each frame only sets their fade.
        self._message_plate: tuple = (None, None, None)  # (key, plate, its box on the plate)
        self._ready_glow: pygame.Surface | None = None
        self.time_left: float | None = None  # s on the clock; it stops where the level was decided
        # The names of the missile's controls ("E", "RIGHT MOUSE"; "LT"), in the player's order, none when it has
        # none, None when watching a replay (no prompts); the play scene keeps them current. vmax_key: V-MAX's
        # first control ("Q", "Y"), "" when it has none.
        self.missile_keys: tuple[str, ...] | None = ()
        self.vmax_key: str | None = ""
        self.refused: tuple[int, str, float] | None = None  # (entity, reason, age s) of V-MAX's last refused press
        self.last_gauges: Gauges | None = None  # what the gauges showed last: a wrecked machine's stay up, dimmed
        self._wrecked: pygame.Surface | None = None  # those gauges drawn dimmed, once the machine is gone
        self.message_box: pygame.Rect | None = None  # where a trigger's message was drawn last frame: labels keep off
        # Each plate turns see-through while something the pilot must see is under it, as Rei's panel does
        # (see_through.py): {name: its veil, SEE_THROUGH..1}; and the veil of the plate being drawn
        self.veils: dict[str, float] = {}
        self.veiled_rects: dict[str, pygame.Rect] = {}  # where those plates stand (hud_plates.named_plates)
        self._veil = 1.0
        # (share of the hold, the control's name) while Restart is held: the armour plate's title row says so
        self.restart: tuple[float, str | None] | None = None

    def on_events(self, events) -> None:
        reached = [event for event in events if isinstance(event, ObjectiveReached)]
        # All reached at once in one notice, ahead of a message sprung with them (the rules tell it first); none for
        # the last, which the goal's plate says: "All objectives reached"
        notice = objective_notice(reached, [event for event in events if isinstance(event, ObjectiveOpened)]) \
            if reached else ""
        if notice:
            self._post(notice, notice=True)
        for event in events:
            if isinstance(event, MessageShown) and event.text:
                self.show_message(event.text)
            elif isinstance(event, VmaxRefused):
                self.refused = (event.entity, event.reason, 0.0)
            elif isinstance(event, ENGAGING):
                self.card.engaged = True

    def show_message(self, text: str) -> None:
        """Type out a level's message from its start, once the words up have been read; not again while those same
        words are up (the rules tell them again only once gone, but shown late, behind others, they may still be)."""
        up, age = self.message
        if text == up and not self.notice_up and age < message_time(up):
            return
        self._post(text, notice=False)

    def _post(self, text: str, notice: bool) -> None:
        """Show `text` now if the words up have been read, else once they have, in order: nothing is replaced before
        it is read. A notice (objectives reached) is short and says what just happened, so it does not wait behind a
        level's message: it is shown at once, and the message it cut off is shown again, whole, after it."""
        up, age = self.message
        unread = bool(up) and age < read_time(up)
        if unread and not (notice and not self.notice_up):
            if (text, notice) not in self.waiting:  # a notice goes ahead of the messages waiting, after the notices
                at = next((n for n, (_, of_the_game) in enumerate(self.waiting) if notice and not of_the_game),
                          len(self.waiting))
                self.waiting.insert(at, (text, notice))
                if len(self.waiting) > WAITING_MOST:  # by place, the oldest is a notice put ahead of older messages
                    self.waiting.remove(next((w for w in self.waiting if not w[1]), self.waiting[0]))
            return
        if unread:  # a notice over a level's message: the message goes on again, whole, after it
            self.waiting.insert(0, (up, False))
        self._show(text, notice)

    def _show(self, text: str, notice: bool) -> None:
        self.message, self.message_y, self.notice_up = (text, 0.0), None, notice
        self.card.told = self.card.told or not notice  # a level's message came up: the title card gives way

    def drop_message(self, text: str) -> None:
        """Take `text` down at once if it is the message up, and let it go if it waits."""
        self.waiting = [waiting for waiting in self.waiting if waiting[0] != text]
        if text and self.message[0] == text:
            self.message = ("", MESSAGE_TIME)

    def look_through(self, covered: dict[str, bool], dt: float, rects: dict[str, pygame.Rect]) -> None:
        """Each plate (by its name in hud_plates.named_plates, where it stands in `rects`) fades toward see-through
        while something the pilot must see is under it (`covered`: see_through.under_plates), and back once clear."""
        self.veils = {name: eased(self.veils.get(name, 1.0), under, dt) for name, under in covered.items()}
        self.veiled_rects = rects

    def draw(self, surface, game, seconds: float, dt: float, miss: float | None = None) -> None:
        """`miss`: lock_miss's degrees this frame, which the renderer works out once for this and the lock's cone."""
        self.draw_plates(surface, game, seconds, dt, miss)
        self.card.settle(game, surface.get_size())
        self.message_box = None
        if self.held:
            return
        self.age_message(dt)
        if self.message[0] and self.message[1] < message_time(self.message[0]):
            self._message(surface, *self.message, dt)

    def age_message(self, dt: float) -> None:
        """Age the words up by a frame of `dt` s, and once they have been read show the next waiting (a frame's drawing
        does; a view made anew catches up on the frames before it without drawing them: view/talk.py)."""
        self.message = (self.message[0], self.message[1] + dt)
        if self.waiting and self.message[1] >= read_time(self.message[0]):
            self._show(*self.waiting.pop(0))

    @property
    def quiet(self) -> bool:
        """No words up and none waiting: frames age nothing here."""
        return not self.waiting and self.message[1] >= message_time(self.message[0])

    def draw_plates(self, surface, game, seconds: float, dt: float, miss: float | None = None,
                    solid: bool = False) -> None:
        """The plates alone: armour, hostiles, the gauges, the order and the clock, each see-through while its veil
        is down, unless `solid` (under the pause menu, where they are read and nothing moves under them)."""
        self.accent = PURPLE if game.res.fouron.active else CYAN
        veils = {} if solid else self.veils
        world, player = game.world, game.player
        heat = world.try_get(player, Heat)
        spec = game.res.catalog.units[game.res.catalog.player].heat
        hatches = spec.damage_taken if heat is not None and heat.overheated else 0  # the overheat's multiplier
        self._veiled(surface, veils, "armour", self._armour, game.player_health(), dt, hatches)
        self._veiled(surface, veils, "hostiles", self._hostiles, game.hostiles_left())
        if world.exists(player):
            self._gauges(surface, game, seconds, dt, miss, veils)
        elif self.last_gauges is not None:  # wrecked: its gauges as they last read, gone dark, until the result
            surface.blit(self._wrecked_gauges(surface.get_size()), (0, surface.get_height() - GAUGES_HEIGHT))
        self._veiled(surface, veils, "order", self._objectives, game)
        if game.res.level.time_limit:
            if game.outcome is None or self.time_left is None:  # won in the last second: it does not run on to 0:00
                self.time_left = max(0.0, game.res.level.time_limit - game.seconds)
            self._veiled(surface, veils, "clock", self._clock, self.time_left)

    def _veiled(self, surface, veils: dict[str, float], name: str, draw, *args) -> None:
        """Draw the plate `name` with `draw(surface, *args)`, as see-through as its veil in `veils` (none: solid): its
        backing (_plate) and its bars' ground (_bar_ground) let the fight through, and its words and gauges are laid
        over it at contents_strength: the fight under them is copied first and laid back over them."""
        self._veil = veils.get(name, 1.0)
        rect = self.veiled_rects.get(name)
        if self._veil >= 1.0 or rect is None:
            draw(surface, *args)
        else:
            area = rect.clip(surface.get_rect())
            under = surface.subsurface(area).copy()
            draw(surface, *args)
            under.set_alpha(round(255 * (1.0 - contents_strength(self._veil))))
            surface.blit(under, area)
        self._veil = 1.0

    def _plate(self, surface, rect, border) -> None:
        """A plate's backing (hud_plate), at its veil's share of PLATE_ALPHA; its edge stays, marking the plate. In
        tenths, each reached as the veil passes it: each plate's few looks are drawn once (text.panel keeps them)."""
        tenths = math.ceil(self._veil * 10 - 1e-6)  # SEE_THROUGH's 0.3 makes 3.0000000000000004 tenths
        hud_plate(surface, rect, border, alpha=round(PLATE_ALPHA * tenths / 10))

    def _bar_ground(self, surface, bar: pygame.Rect) -> None:
        """The dark ground a gauge's bar fills over: solid, or on a see-through plate the fight darkened under it."""
        if self._veil < 1.0:
            surface.fill(BAR_SHADE, bar, special_flags=pygame.BLEND_RGB_MULT)
        else:
            pygame.draw.rect(surface, BAR_GROUND, bar)

    def _gauges(self, surface, game, seconds: float, dt: float, miss: float | None, veils: dict[str, float]) -> None:
        """The player's machine's heat, V-MAX and missiles gauges along the bottom, as it has them. What they show
        is kept (last_gauges): the components themselves, which nothing changes once the machine is wrecked."""
        world, player = game.world, game.player
        heat, vmax, launcher = (world.try_get(player, kind) for kind in (Heat, Vmax, Launcher))
        venting = heat is not None and heat.overheated  # weapons and V-MAX locked
        refused = None
        if self.refused is not None:
            entity, reason, age = self.refused
            self.refused = (entity, reason, age + dt) if age + dt < REFUSED_TIME else None
            refused = (reason, age) if entity == player else None
        self.last_gauges = Gauges(
            game.res.catalog.units[game.res.catalog.player], seconds, heat, vmax, launcher,
            venting, charged(world, game.res, player),
            would_last(world, game.res, player) if vmax else 0.0,
            lock_progress(world, game.res, player), venting,
            miss, self.missile_keys, self.vmax_key)
        self._wrecked = None
        self._draw_gauges(surface, self.last_gauges, refused, veils)

    def _draw_gauges(self, surface, gauges: Gauges, refused=None, veils: dict[str, float] | None = None) -> None:
        """The gauges along the bottom as `gauges` has them, each only where the machine has what it shows;
        `refused`: (reason, age s) of a V-MAX press refused just now, which the V-MAX gauge flashes; `veils`: how
        see-through each is (none: solid)."""
        spec, veils = gauges.spec, veils or {}
        if gauges.heat is not None:
            self._veiled(surface, veils, "heat", self._heat, gauges.heat, spec.heat, gauges.seconds)
        if gauges.vmax is not None:
            self._veiled(surface, veils, "vmax", self._vmax, gauges.vmax, spec.vmax, gauges.seconds,
                         gauges.vmax_locked, gauges.vmax_ready, gauges.lasts, gauges.vmax_key, refused)
        if gauges.launcher is not None:
            self._veiled(surface, veils, "missiles", self._missiles, gauges.launcher, gauges.missile_keys,
                         gauges.lock, gauges.venting, gauges.miss, spec.missiles.lock_cone if spec.missiles else 0.0)

    def _wrecked_gauges(self, size: tuple[int, int]) -> pygame.Surface:
        """The strip of gauges as they last read, dimmed (WRECKED): drawn once, on the first frame without the
        machine."""
        if self._wrecked is None or self._wrecked.get_width() != size[0]:
            canvas = pygame.Surface(size, pygame.SRCALPHA)
            # as in a replay, no prompts: a machine that is gone asks for no press
            self._draw_gauges(canvas, self.last_gauges._replace(missile_keys=None, vmax_key=None))
            strip = canvas.subsurface((0, size[1] - GAUGES_HEIGHT, size[0], GAUGES_HEIGHT)).copy()
            strip.fill(WRECKED, special_flags=pygame.BLEND_RGB_MULT)
            self._wrecked = strip
        return self._wrecked

    def _clock(self, surface, left: float) -> None:
        """Time left, top centre under the objective, named as the other gauges are ("TIME  4:52"); red in the last
        thirty seconds."""
        rect = clock_plate(surface.get_width())
        urgent = left <= 30
        self._plate(surface, rect, border=RED if urgent else AMBER)
        draw_text(surface, "TIME", (rect.x + 14, rect.centery), 20, RED if urgent else DIM, anchor="midleft")
        # Rounded up: 0:00 only once the time is up.
        draw_text(surface, clock_text(math.ceil(left)), (rect.right - 14, rect.centery), 28, RED if urgent else WHITE,
                  anchor="midright", bold=urgent)

    def _heat(self, surface, heat, spec, seconds) -> None:
        """Bottom left: the heat gauge, its warning band, and the overheat lockout as it vents."""
        height = surface.get_height()
        hot = heat.value >= spec.warning or heat.overheated
        blink = math.sin(seconds * 14) > 0
        self._plate(surface, heat_plate(height), border=RED if hot else self.accent)
        # The warning said in a word too, as Rei says it: its red and the amber before it are one yellow to a red-green
        # colour-blind eye, the red the darker of the two.
        # its costs said where they are felt: the crawl here, the damage on the armour plate, the lock on the bar
        title = f"OVERHEAT{SEP}x{spec.crawl:g} SPEED" if heat.overheated else f"HEAT{SEP}HIGH" if hot else "HEAT"
        draw_text(surface, title, (30, height - 80), 20, RED if hot and (blink or not heat.overheated) else DIM,
                  bold=hot)
        draw_text(surface, f"{heat.value:.0f}%", (322, height - 80), 20, RED if hot else WHITE, anchor="topright")
        bar = pygame.Rect(30, height - 56, 292, 22)
        self._bar_ground(surface, bar)
        band = bar.x + round(bar.w * spec.warning / 100)
        pygame.draw.rect(surface, (80, 26, 20), (band, bar.y, bar.right - band, bar.h))  # the danger band
        fill = round(bar.w * min(heat.value, 100) / 100)
        color = RED if hot else AMBER if heat.value >= spec.warning * 0.7 else self.accent
        if hot and not blink:
            color = HOT_RED  # the warning pulses without the gauge ever reading empty
        pygame.draw.rect(surface, color, (bar.x, bar.y, fill, bar.h))
        if heat.overheated:  # where it must cool to before it works again, said beside it; the warning's edge,
            # long passed, is left out
            safe = bar.x + round(bar.w * spec.safe_level / 100)
            pygame.draw.line(surface, WHITE, (safe, bar.y - 4), (safe, bar.bottom + 3), 2)
            # what comes back there, not a bare UNLOCKS: set smaller if a unit's safe level leaves it less room
            words, size = fit(HEAT_UNLOCKS, 20, bar.right - safe - UNLOCK_GAP - 4, 14, bold=True)
            draw_text(surface, words, (safe + UNLOCK_GAP, bar.centery), size, WHITE, anchor="midleft", bold=True)
        else:
            pygame.draw.line(surface, AMBER, (band, bar.y - 4), (band, bar.bottom + 3), 2)
        pygame.draw.rect(surface, DIM, bar, 1)

    def _vmax(self, surface, vmax, spec, seconds, locked: bool, ready: bool, lasts: float, key: str | None,
              refused: tuple[str, float] | None = None) -> None:
        """Bottom centre: the V-MAX meter, as vmax_gauge says it for these arguments (its own)."""
        rect = vmax_plate(*surface.get_size())
        bar = pygame.Rect(rect.x + 16, rect.y + 38, rect.w - 32, 20)
        gauge = vmax_gauge(vmax, spec, seconds, locked, ready, lasts, key, refused, bar.w, self.accent)
        self._plate(surface, rect, border=gauge.border)
        # From the bar's left end, as every other plate's words start over its bar (the larger words a touch higher,
        # so both sit the same height over it)
        draw_text(surface, gauge.label, (bar.x, rect.y + (6 if gauge.big else 8)), 24 if gauge.big else 20,
                  gauge.words, bold=gauge.bold)
        self._bar_ground(surface, bar)
        if gauge.invite:
            self._glow_round(surface, bar, gauge.hot, gauge.pulse)
        pygame.draw.rect(surface, gauge.fill, (bar.x, bar.y, round(bar.w * gauge.share), bar.h))
        if gauge.cut > 0:  # the charge a V-MAX started now would not run: there, but dim
            left, right = (bar.x + round(bar.w * share) for share in (gauge.share, gauge.share + gauge.cut))
            pygame.draw.rect(surface, HEAT_CUT_FILL, (left, bar.y, right - left, bar.h))
        for tick in range(1, 10):
            x = bar.x + bar.w * tick // 10
            pygame.draw.line(surface, (10, 16, 28), (x, bar.y), (x, bar.bottom - 1), 2)
        if gauge.barred:  # the charge it holds, barred: it will not start, however full
            surface.blit(locked_bars(bar.size), bar)
        flash = gauge.flash
        pygame.draw.rect(surface, RED if flash else DIM, bar.inflate(4, 4) if flash else bar, 2 if flash else 1)

    def _glow_round(self, surface, bar: pygame.Rect, hot: bool, pulse: float) -> None:
        """The glow round the meter's bar that invites the press: amber when the heat would cut a V-MAX short."""
        area = bar.inflate(12, 12)
        glow = self._ready_glow
        if glow is None or glow.get_size() != area.size:
            glow = self._ready_glow = pygame.Surface(area.size, pygame.SRCALPHA)
        glow.fill((255, 170, 60, round(50 + 60 * pulse)) if hot else (80, 170, 255, round(60 + 80 * pulse)))
        surface.blit(glow, area)

    def _missiles(self, surface, launcher, keys: tuple[str, ...] | None, lock: float, locked: bool,
                  miss: float | None = None,
                  cone: float = 0.0) -> None:
        """Bottom right: calf missiles left, and the lock as it builds; `locked`: overheated, they cannot lock. Held
        with nothing to lock, it says why: the prompt to hold the button would read as the button not working. `miss`:
        degrees the aim is off the nearest machine in range and in sight (the lock takes only one within `cone`
        degrees of the aim): the gauge says how near to aim."""
        rect = missiles_plate(*surface.get_size())
        self._plate(surface, rect, border=AMBER if lock >= 1 else self.accent)
        draw_text(surface, "MISSILES", (rect.x + 14, rect.y + 8), 20, DIM)
        draw_text(surface, str(launcher.ammo), (rect.right - 14, rect.y + 4), 34, WHITE if launcher.ammo else RED,
                  anchor="topright", bold=True)
        status, color = missiles_status(launcher, keys, lock, locked, miss, cone, rect.width - 28)
        draw_text(surface, status, (rect.x + 14, rect.y + 42), 20, color)

    def _objectives(self, surface, game) -> None:
        """The order on a plate at the top: the objective being held, else the next to reach, else (no objectives)
        the level's goal; a hold's count and bar along the plate's foot, in SLIPPING while the Layzner is off it."""
        rect, text, size, share, off = order_plate(surface.get_width(), game)
        color = SLIPPING if off else AMBER
        self._plate(surface, rect, border=color)
        draw_text(surface, text, rect.center, size, color, anchor="center")
        if share > 0:
            hold_bar(surface, pygame.Rect(rect.x + 12, rect.bottom - 7, rect.width - 24, 3), share, color)

    def _message(self, surface, text: str, age: float, dt: float) -> None:
        typed = int(age * TYPING) + 1
        fade = min(1.0, (message_time(text) - age) / 0.6)
        key = (surface.get_width(), text, min(typed, len(text)))
        plate, box = self._message_plate[1:] if self._message_plate[0] == key else (None, None)
        if plate is None:  # built as the message types out, then reused while it stays and fades
            face = font(MESSAGE_SIZE)
            lines = wrap(text, face, min(MESSAGE_WIDTH, surface.get_width() - 128))  # the whole text: no word jumps
            line_height = face.get_linesize() + 6
            plate = pygame.Surface((surface.get_width(), 24 + line_height * len(lines)), pygame.SRCALPHA)
            box = pygame.Rect(0, 0, max(face.size(line)[0] for line in lines) + 48, plate.get_height() - 8)
            box.centerx = plate.get_width() // 2
            panel(plate, box, alpha=200)
            who, said = message_speaker(text)  # "Rei: ..." names her in her colour, as her panel and the log do
            named = len(text) - len(said) if who and lines[0].startswith(text[:len(text) - len(said)]) else 0
            for row, line in enumerate(lines):
                shown, typed = line[:max(0, typed)], typed - len(line) - 1  # the space the wrap took counts too
                x, y = box.x + 24, box.y + 8 + row * line_height
                if row == 0 and named and shown:
                    x = draw_text(plate, shown[:named], (x, y), MESSAGE_SIZE, speaker(who).color, bold=True).right
                    shown = shown[named:]
                if shown:
                    draw_text(plate, shown, (x, y), MESSAGE_SIZE, WHITE)
            self._message_plate = (key, plate, box)
        plate.set_alpha(round(255 * fade))
        # At the top, under the order's plate and the clock, where it covers least of the fight round the Layzner
        # (held mid-screen) and says nothing at once with Rei's panel at the foot; under the title card's band while
        # that gives way, and under a scene's plate it would meet; and above Rei's panel, on a screen too short for
        # both.
        want = HUD_TOP + 6
        if self.card.shown > 0 and self.card.band is not None:
            want = self.card.band.bottom + 6
        for over in self.message_clear_of:
            if box.move(0, want).colliderect(over):
                want = over.bottom + 6
        if self.message_floor is not None:
            want = min(want, self.message_floor - plate.get_height() - 4)
        if self.message_y is None:
            self.message_y = want
        self.message_y += (want - self.message_y) * min(1.0, dt * 12)
        surface.blit(plate, (0, round(self.message_y)))
        self.message_box = box.move(0, round(self.message_y))

    def _armour(self, surface, health, dt, hatches: float = 0) -> None:
        """Top left: armour. `hatches`: the damage multiplier while the machine vents an overheat (0: it does not),
        said on the plate and tinting its bar, where a pilot watching the armour drain looks."""
        self._plate(surface, ARMOUR_PLATE, border=AMBER if self.restart is not None else self.accent)
        share = health.hit_points / health.max_hit_points if health else 0.0
        # Low armour said in a word as well as in red, which a red-green colour-blind eye takes for the amber above it
        critical = 0 < share <= ARMOUR_CRITICAL  # none left: the machine is a wreck, as its empty gauge says
        value = f"{math.ceil(health.hit_points)}" if health else "0"
        if self.restart is not None:  # in the title's place: the gauge and the count a pilot deciding weighs stay
            room = 302 - 30 - font(20).size(value)[0] - 12
            draw_restart_ring(surface, (30, 33), *self.restart, room, size=20, ring=18)
        elif hatches:  # ahead of CRITICAL, which the red bar says as well: the cost the player can end by cooling
            draw_text(surface, f"ARMOUR{SEP}x{hatches:g} DAMAGE", (30, 24), 20, VENT_TINT, bold=True)
        else:
            draw_text(surface, f"ARMOUR{SEP}CRITICAL" if critical else "ARMOUR", (30, 24), 20,
                      RED if critical else DIM, bold=critical)
        if self.shown_armour is None or share > self.shown_armour:
            self.shown_armour = share
        self.shown_armour += (share - self.shown_armour) * min(1.0, dt * 3.0)
        bar = pygame.Rect(30, 44, 272, 16)
        self._bar_ground(surface, bar)
        color = self.accent if share > ARMOUR_LOW else AMBER if share > ARMOUR_CRITICAL else RED
        pygame.draw.rect(surface, (255, 255, 255), (bar.x, bar.y, round(bar.w * self.shown_armour), bar.h))
        pygame.draw.rect(surface, VENT_TINT if hatches and color != RED else color,
                         (bar.x, bar.y, round(bar.w * share), bar.h))
        if hatches:
            pygame.draw.rect(surface, VENT_TINT, bar.inflate(4, 4), 2)
        for tick in range(1, 10):  # segment marks make the bar read at a glance
            x = bar.x + bar.w * tick // 10
            pygame.draw.line(surface, (10, 16, 28), (x, bar.y), (x, bar.bottom - 1), 2)
        draw_text(surface, value, (302, 24), 20, WHITE, anchor="topright")

    def _hostiles(self, surface, alive: int) -> None:
        width = surface.get_width()
        self._plate(surface, hostiles_plate(width), border=RED)
        surface.blit(self.enemy_icon, self.enemy_icon.get_rect(center=(width - 160, 45)))
        draw_text(surface, "HOSTILES", (width - 130, 24), 20, DIM)
        draw_text(surface, str(alive), (width - 130, 40), 34, WHITE if alive else CYAN, bold=True)

@functools.cache
def locked_bars(size: tuple[int, int]) -> pygame.Surface:
    """What lies over a gauge of `size` that cannot be used: dark diagonal hatching across it, and a padlock on a
    chip in its middle. Made once per size."""
    width, height = size
    image = pygame.Surface(size, pygame.SRCALPHA)
    for x in range(-height, width, 9):
        pygame.draw.line(image, (10, 16, 28, 170), (x, height - 1), (x + height - 1, 0), 3)
    chip = pygame.Rect(0, 0, 26, height - 2)
    chip.center = (width // 2, height // 2)
    pygame.draw.rect(image, (*PANEL, 255), chip, border_radius=3)
    body = pygame.Rect(0, 0, 12, 8)
    body.midbottom = (chip.centerx, chip.bottom - 3)
    pygame.draw.rect(image, RED, (body.x + 2, body.y - 6, body.w - 4, 10), 2, border_radius=4)  # the shackle
    pygame.draw.rect(image, RED, body, border_radius=1)
    image.fill(PANEL, (body.centerx - 1, body.y + 2, 2, 3))  # the keyhole
    return image
