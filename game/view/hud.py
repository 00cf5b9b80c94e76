"""The HUD: armour, hostiles left, heat, V-MAX, missiles, the objective and clock, trigger messages, and the
level's title card (hud_plates.py says where its plates stand; markers.py draws what marks the world; overlays.py the
play scene's own overlays)."""

import functools
import math
from typing import NamedTuple

import pygame

from game.content.advisor import message_speaker
from game.content.words import order_in_sentence
from game.sim.components import Body, Heat, Launcher, Position, Unit, Vmax
from game.sim.systems.missiles import lock_progress
from game.sim.systems.speech import MESSAGE_TIME, SPEECH_RATE, message_time, read_time
from game.sim.events import (Damaged, Fired, MessageShown, ObjectiveOpened, ObjectiveReached, PlayerSpotted,
                             ShotTelegraphed, VmaxRefused)
from game.sim.systems.vmax import can_start, would_last
from game.view.advisor_panel import speaker
from game.view.camera import HUD_BOTTOM, HUD_TOP
from game.view.hud_plates import (ARMOUR_PLATE, clock_plate, heat_plate, hostiles_plate, missiles_plate,
                                  order_plate, vmax_plate)
from game.view.markers import SLIPPING, hold_bar
from game.view.restart_ring import draw_restart_ring
from game.view.see_through import eased
from game.view.text import AMBER, BLUE, CYAN, DIM, PANEL, PURPLE, RED, WHITE, clock_text, draw_text, fit, font, panel, \
    wrap

# the heat gauge's fill on its warning's other beat: brighter than RED, not darker, so its length reads over the dark
# danger band on both (a dark red there made the fill seem to vanish at each pulse)
HOT_RED = (255, 120, 96)
HEAT_CUT_FILL = (92, 70, 38)  # the V-MAX meter's charge a V-MAX started now would not run, the heat ending it first
LOCKED_FILL = (64, 76, 96)  # the V-MAX meter's charge while overheating locks it: there, but dark, under hatching
SEP = " · "  # between a gauge's words ("V-MAX · READY"), as everywhere in the game's words
PLATE_ALPHA = 246  # of 255: the HUD's plates are near opaque, so a machine under one does not read through it
# Their fill, and the band round it inside the edge. PANEL's navy alone was New York's night streets' own dark blue:
# the plates read as holes in the map. Their body darker, off Mars's sand and floors further than the navy was, and a
# lighter, bluer band than any night ground, the plate's shape shows on both
PLATE_FILL, PLATE_BAND = (6, 9, 16), (36, 52, 86)
BAR_GROUND = (20, 30, 48)  # a gauge's bar's ground, under its fill
BAR_SHADE = (100, 115, 150)  # what the fight under a see-through plate's bar is multiplied by: darker, bluish, seen
GAUGES_HEIGHT = 88  # px from the screen's foot to the top of the gauges (heat_plate, vmax_plate, missiles_plate)
WRECKED = (105, 105, 115)  # what a wrecked machine's gauges are multiplied by: dark, a touch cold, still legible

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
TYPING = SPEECH_RATE  # characters per second as a message types out (the rules time how long it stays up)
MESSAGE_SIZE = 28  # px, the message's font
MESSAGE_WIDTH = 900  # px of text at most on a line: longer messages wrap
ENGAGING = (PlayerSpotted, Fired, Damaged, ShotTelegraphed)  # the fight has begun, whoever began it
# Notices and level messages waiting for the words up to be read: at most this many, the oldest message let go, not a
# notice, which waits ahead of them as the newer news (a trigger springing again and again adds its words once)
WAITING_MOST = 4
VMAX_WORTHWHILE = 0.5  # share of its duration a V-MAX must run at the heat it would start at for the HUD to invite
# the press; shorter, it says TOO HOT (the press still starts it)
ARMOUR_LOW, ARMOUR_CRITICAL = 0.5, 0.25  # shares of armour under which its gauge turns amber, then red and CRITICAL
HEAT_UNLOCKS = "WEAPONS UNLOCK"  # the heat gauge's mark while venting: where the machine cools to before they work
REFUSED_TIME = 0.5  # s the V-MAX gauge flashes red after a press it would not start on
# What the V-MAX gauge says of a refused press, by the rules' reason (overheated and cooling say it already)
REFUSED_WORDS = {"charging": "NOT CHARGED", "cooling": "RECHARGING", "overheated": f"LOCKED{SEP}VENTING"}
# What fills the meter, said after NOT CHARGED: units.yaml's per_damage_dealt, per_damage_taken and per_near_miss, the
# fight's hits either way and the shots that pass close
FILLS = "FIGHT TO FILL"


class Gauges(NamedTuple):
    """What the gauges along the bottom showed last frame: the unit's spec, the clock (s) their pulses read, the
    player's machine's Heat, Vmax and Launcher (None: it has none), and what Hud._vmax and Hud._missiles are given."""
    spec: object  # the catalog's UnitSpec
    seconds: float
    heat: Heat | None
    vmax: Vmax | None
    launcher: Launcher | None
    vmax_locked: bool
    vmax_ready: bool  # a press would start V-MAX now (vmax.can_start)
    lasts: float
    lock: float
    venting: bool
    miss: float | None
    missile_keys: tuple[str, ...] | None  # the prompts' controls (Hud.missile_keys, Hud.vmax_key); None: no prompt
    vmax_key: str | None


class Hud:
    def __init__(self, sprites, level, camera=None) -> None:
        self.title = level.title
        self.camera = camera  # where the world is on screen (the title card fades over a machine): None, it does not
        self.engaged = False  # the fight has begun: the title card gives way
        self.outranked = False  # words the player must read took the title card's place: it gives way at once
        self.told = False  # a level's message came up: the title card gives way, as when the fight begins
        self._card_cut: float | None = None  # s the title card began to give way at
        self._card_shown = 0.0  # the title card's opacity last frame, 0 to 1
        self._card_band: pygame.Rect | None = None  # where its band is over a third as dark as under its words
        self._card_words: pygame.Rect | None = None  # where its words are on screen, with CARD_WORDS_MARGIN round them
        self._card_covered = False  # a machine, or an objective's mark (card_keep_off), was under that last frame
        self.card_keep_off: list[pygame.Rect] = []  # the objectives' outlines and labels on screen: the name keeps off
        self._card_top = CARD_TOP  # the row the card is drawn at: chosen afresh until it is first up whole, then kept
        self._card_settled = False
        self._card_cleared = 0.0  # how far it has faded for a machine under it, 0 to 1 (OVER_MACHINE)
        self._card_seconds: float | None = None  # the clock (s) it was last drawn at, which its clearing follows
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
        # plates a scene lays over the view (a replay's), drawn after the HUD: a message that would meet one goes under,
        # and the title card stands beside one in its rows
        self.message_clear_of: list[pygame.Rect] = []
        self.message_y: float | None = None  # eases up and down as that floor comes and goes
        # Translucent plates rebuilt only when their words change; each frame only sets their fade.
        self._message_plate: tuple = (None, None, None)  # (key, plate, its box on the plate)
        # ((surface width, the card's left edge), the title card's band, its words, their rect)
        self._card: tuple = (None, None, None, None)
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
                self.engaged = True

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
        self.told = self.told or not notice  # a level's message came up: the title card gives way

    def drop_message(self, text: str) -> None:
        """Take `text` down at once if it is the message up, and let it go if it waits."""
        self.waiting = [waiting for waiting in self.waiting if waiting[0] != text]
        if text and self.message[0] == text:
            self.message = ("", MESSAGE_TIME)

    def look_through(self, covered: dict[str, bool], dt: float) -> None:
        """Each plate (by its name in hud_plates.named_plates) fades toward see-through while something the pilot must
        see is under it (`covered`: see_through.under_plates), and back once clear."""
        self.veils = {name: eased(self.veils.get(name, 1.0), under, dt) for name, under in covered.items()}

    def draw(self, surface, game, seconds: float, dt: float, miss: float | None = None) -> None:
        """`miss`: lock_miss's degrees this frame, which the renderer works out once for this and the lock's cone."""
        self.draw_plates(surface, game, seconds, dt, miss)
        self._card_settled = self._card_settled or self._card_shown >= 1
        if not self._card_settled and self._card[3] is not None:
            self._card_top = self._card_row(game, *surface.get_size())
        words = self._card_words
        self._card_covered = self._card_shown > 0 and words is not None and (
            words.collidelist(self.card_keep_off) >= 0 or self._machine_under(game, words))
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
        self._veiled(surface, veils, "armour", self._armour, game.player_health(), dt)
        self._veiled(surface, veils, "hostiles", self._hostiles, game.hostiles_left())
        world, player = game.world, game.player
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
        backing (_plate) and its bars' ground (_bar_ground) let the fight through; its words and gauges stay whole,
        to be read over it."""
        self._veil = veils.get(name, 1.0)
        draw(surface, *args)
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
        venting = heat is not None and heat.overheated  # weapons and V-MAX locked (Fouron heeds no heat for V-MAX)
        refused = None
        if self.refused is not None:
            entity, reason, age = self.refused
            self.refused = (entity, reason, age + dt) if age + dt < REFUSED_TIME else None
            refused = (reason, age) if entity == player else None
        self.last_gauges = Gauges(
            game.res.catalog.units[game.res.catalog.player], seconds, heat, vmax, launcher,
            venting and not game.res.fouron.active, can_start(world, game.res, player),
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
        title = f"OVERHEAT{SEP}VENTING" if heat.overheated else f"HEAT{SEP}HIGH" if hot else "HEAT"
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
            words, size = fit(HEAT_UNLOCKS, 20, bar.right - safe - 10, 14, bold=True)
            draw_text(surface, words, (safe + 6, bar.centery), size, WHITE, anchor="midleft", bold=True)
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

    @staticmethod
    def _aim_nearer(cone: float, room: int) -> str:
        """What to do when a machine is in range and in sight but off the aim: aim within the lock's cone of it."""
        for said in (f"aim within {cone:g}° of a machine", f"aim within {cone:g}° to lock"):
            if font(20).size(said)[0] <= room:
                return said
        return "aim nearer"

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
        if self._card_shown > 0 and self._card_band is not None:
            want = self._card_band.bottom + 6
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

    def _armour(self, surface, health, dt) -> None:
        self._plate(surface, ARMOUR_PLATE, border=AMBER if self.restart is not None else self.accent)
        share = health.hit_points / health.max_hit_points if health else 0.0
        # Low armour said in a word as well as in red, which a red-green colour-blind eye takes for the amber above it
        critical = 0 < share <= ARMOUR_CRITICAL  # none left: the machine is a wreck, as its empty gauge says
        value = f"{math.ceil(health.hit_points)}" if health else "0"
        if self.restart is not None:  # in the title's place: the gauge and the count a pilot deciding weighs stay
            room = 302 - 30 - font(20).size(value)[0] - 12
            draw_restart_ring(surface, (30, 33), *self.restart, room, size=20, ring=18)
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
        pygame.draw.rect(surface, color, (bar.x, bar.y, round(bar.w * share), bar.h))
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

    def draw_title_band(self, surface, seconds: float) -> None:
        """The title card's translucent band across the screen as the level begins. The renderer draws it under the
        marks in the world (Rei's, an objective's label), which read over it, and the words over them all."""
        self._draw_title_layer(surface, seconds, 1)

    def draw_title_words(self, surface, seconds: float) -> None:
        """The level's name on the band: over everything in the world, so it stays clean while it shows (the goal is on
        the order's plate at the top in every level: the objective to reach, or DEFAULT_GOAL)."""
        self._draw_title_layer(surface, seconds, 2)

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

    def _card_row(self, game, width: int, height: int) -> int:
        """The top of the highest row from CARD_TOP down (CARD_LOWEST of the play band at most) at which the title
        card's words are clear of the objectives' marks (card_keep_off) and of the machines, each row tried with its
        words where they are drawn there (beside a scene's plate in its rows, _card_left); none clear, CARD_TOP,
        where it fades over them as over a machine."""
        built = self._card[0][1]
        words = self._card[3].move(built, 0).inflate(2 * CARD_WORDS_MARGIN, 2 * CARD_WORDS_MARGIN)
        lowest = HUD_TOP + round(CARD_LOWEST * (height - HUD_TOP - HUD_BOTTOM)) - words.bottom
        for top in range(CARD_TOP, max(CARD_TOP, lowest) + 1, CARD_ROW_STEP):
            # The words stand in the card's middle: a card from another left has them half that shift along
            row = words.move((self._card_left(width, top) - built) // 2, top)
            if row.collidelist(self.card_keep_off) < 0 and not self._machine_under(game, row):
                return top
        return CARD_TOP

    def _draw_title_layer(self, surface, seconds: float, layer: int) -> None:
        if layer == 1:  # once a frame: clearing for a machine under it, or coming back once none is
            step = 0.0 if self._card_seconds is None else max(0.0, seconds - self._card_seconds)
            self._card_seconds = seconds
            toward = (1.0 if self._card_covered else 0.0) - self._card_cleared
            self._card_cleared += max(-step / CARD_CLEARING, min(step / CARD_CLEARING, toward))
        if self._card_cut is None and (self.engaged or self.told):  # not before the name has been read
            self._card_cut = max(seconds, TITLE_CARD_LEAST)
        # Outranked, it is gone in the frame the words come up in its place: a fade timed by the level's clock would
        # linger under them four times as long in a replay watched at 0.25x
        out = 0.0 if self.outranked else (TITLE_CARD_TIME - seconds) / 0.8
        if self._card_cut is not None:
            out = min(out, (self._card_cut + CARD_GIVE_WAY - seconds) / CARD_GIVE_WAY)
        fade = max(0.0, min(1.0, seconds / 0.4, out)) * (1 - (1 - OVER_MACHINE) * self._card_cleared)
        self._card_shown = fade
        if out <= 0:  # gone for good (a Hud's clock, its cut and its outranking only go one way): no row to look for
            self._card_settled = True
            if self._card[0] is not None:  # nor a card to build again each time a replay's plate grows or shrinks
                return
        width = surface.get_width()
        left = self._card_left(width, self._card_top)
        if self._card[0] != (width, left):  # the same words all the time it shows: built once (as the level loads: the
            # renderer's warm-up frame draws it at 0 s, when it is not yet seen), and again only if a plate moves it
            band, words = self._title_card(width - left)
            self._card = ((width, left), band, words, words.get_bounding_rect())  # the words' ink and shadow
        if fade <= 0:
            return
        card = self._card[layer]
        card.set_alpha(round(255 * fade))
        top = self._card_top
        surface.blit(card, (left, top))
        side = card.get_width() // 14  # the band is a third as dark this far in from its ends
        self._card_band = pygame.Rect(left + side, top, card.get_width() - 2 * side, card.get_height())
        self._card_words = self._card[3].move(left, top).inflate(2 * CARD_WORDS_MARGIN, 2 * CARD_WORDS_MARGIN)

    def _card_left(self, width: int, top: int) -> int:
        """px from the screen's left to the title card's, its top at `top`: 0, or past a scene's plate that stands in
        its rows (a replay's, grown with its controls over the first seconds, as the card shows), so neither covers the
        other and a replay says which level it is. The card then spans the room to the screen's right, its words in
        its middle."""
        rows = pygame.Rect(0, top, width, font(36, bold=True).get_height() + 16)  # the card at its tallest
        return max((min(width // 2, plate.right + CARD_GAP) for plate in self.message_clear_of
                    if plate.colliderect(rows)), default=0)

    def _title_card(self, width: int) -> tuple[pygame.Surface, pygame.Surface]:
        """(band, words) of the title card, `width` px wide: the level's name on a dark band that fades out toward its
        ends (the screen's sides, or a scene's plate and the screen's right side)."""
        room = width - 64
        words = pygame.Surface((width, 80), pygame.SRCALPHA)
        title, size = fit(self.title.upper(), 36, room, 24, bold=True)  # a long name set smaller, then cut
        drawn = draw_text(words, title, (width / 2, 8 + (36 - size) // 2), size, WHITE, anchor="midtop", bold=True)
        height = drawn.bottom + 8
        band = pygame.Surface((width, height), pygame.SRCALPHA)
        for x in range(width):  # deepest under the words, gone at the sides
            pygame.draw.line(band, (0, 0, 0, round(150 * min(1.0, 2.4 * (1 - abs(2 * x / width - 1))))), (x, 0),
                             (x, height - 1))
        return band, words.subsurface((0, 0, width, height)).copy()


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


class VmaxGauge(NamedTuple):
    """What the V-MAX gauge says (vmax_gauge), which Hud._vmax paints."""
    label: str
    share: float  # of the bar filled
    fill: tuple[int, int, int]  # the bar's fill
    cut: float  # of the bar after the fill, dimmed: the charge the heat would cut short (HOT, TOO HOT), else 0
    words: tuple[int, int, int]  # the label's colour
    big: bool  # the label set larger: an invitation to press, a V-MAX running, or one too hot to start
    bold: bool
    border: tuple[int, int, int]  # the plate's
    invite: bool  # "press it now": the bar glows
    hot: bool  # the heat would cut a V-MAX short: the glow is amber
    pulse: float  # 0 to 1: how far the glow and the words' pulse are up
    flash: bool  # a press just refused: the bar is ringed red
    barred: bool  # overheated: the charge it holds is barred


def vmax_gauge(vmax, spec, seconds, locked: bool, ready: bool, lasts: float, key: str | None,
               refused: tuple[str, float] | None, room: int, accent) -> VmaxGauge:
    """What the V-MAX gauge says: glowing when ready and draining while V-MAX lasts. `locked`: overheated, it cannot
    start, whatever the meter says. `ready`: a press would start it (vmax.can_start, as the chime and Rei say).
    `lasts`: s a V-MAX started now would run before the heat ends it: ready but cut short (a hot machine, or the
    rifle's heat while its trigger is held), the gauge says HOT and how long of its whole run in amber ("HOT · 2.5
    OF 4.5 s": READY there read as a full run), or TOO HOT in red below VMAX_WORTHWHILE of its duration, and invites
    the press only when it would run a worthwhile time. `refused`: (the rules' reason, s since) of a press just
    refused: the gauge flashes red and says why. `room`: px of the bar, which a prompt's words must fit; `accent`: the
    plate's calm border (Hud.accent)."""
    active = vmax.active_left > 0
    hot = ready and lasts < spec.duration - 0.05  # the heat would end it early (tenths: what the label shows)
    too_hot = ready and lasts < spec.duration * VMAX_WORTHWHILE
    # Red from the press, blinking off briefly at 8 Hz: seen at once, and seen to be a flash, in half a second
    flash = refused is not None and refused[1] * 8 % 1 < 0.7
    reason = refused[0] if refused is not None else None
    pulse = 0.5 + 0.5 * math.sin(seconds * 8)
    allowed = min(vmax.meter, lasts / spec.duration)  # of the bar: the share of its run the heat lets a V-MAX have
    cut = 0.0
    if active:
        label, share, color = "V-MAX", vmax.active_left / spec.duration, (200, 240, 255)
    elif locked:
        label, share, color = f"V-MAX{SEP}LOCKED{SEP}VENTING", vmax.meter, LOCKED_FILL
    elif vmax.cooldown > 0:
        label, share, color = f"V-MAX{SEP}RECHARGING", 0.0, DIM
    elif too_hot:
        # red as its words: amber, as HOT, told the two apart by the words' colour alone
        label, share, cut, color = f"V-MAX{SEP}TOO HOT{SEP}{_run_of(lasts, spec)}", allowed, vmax.meter - allowed, RED
    elif hot:
        label = _vmax_prompt(f"V-MAX{SEP}HOT{SEP}{_run_of(lasts, spec)}", key, room)
        share, cut, color = allowed, vmax.meter - allowed, AMBER
    else:
        label, share, color = "V-MAX", vmax.meter, BLUE
        if ready:  # which control starts it, as the missiles' gauge and Fouron's plate name theirs, room allowing
            label = _vmax_prompt(f"V-MAX{SEP}READY", key, room)
    if reason is not None and not active:  # why the press was not taken, and how full the meter is if that is it
        label = f"V-MAX{SEP}{REFUSED_WORDS[reason]}"
        if reason == "charging":  # how full the meter is, and what fills it, room allowing
            label += f"{SEP}{vmax.meter:.0%}"
            label += f"{SEP}{FILLS}" if font(20, True).size(f"{label}{SEP}{FILLS}")[0] <= room else ""
    invite = ready and not too_hot  # the glow and the pulse say "press it now"
    big = invite or active or too_hot
    words = _vmax_words_color((reason is not None and not active) or too_hot, hot, invite or active, pulse)
    if invite:
        color = AMBER if hot else CYAN
    border = RED if flash else WHITE if active else AMBER if hot else accent
    return VmaxGauge(label, share, color, cut, words, big, big or reason is not None, border, invite, hot, pulse, flash,
                     locked and not active)


def _run_of(lasts: float, spec) -> str:
    """How long of its whole run a V-MAX started now would last before the heat ends it: "2.5 OF 4.5 s"."""
    return f"{lasts:.1f} OF {spec.duration:g} s"


def _vmax_words_color(warning: bool, hot: bool, lit: bool, pulse: float) -> tuple[int, int, int]:
    """The V-MAX gauge's words: red for a refused press or a V-MAX too hot to start, amber pulsing when the heat would
    cut it short, blue-white pulsing when it invites the press or runs, else dim."""
    if warning:
        return RED
    if hot:
        return 255, round(170 + 60 * pulse), round(60 + 60 * pulse)
    if lit:
        return round(120 + 135 * pulse), round(210 + 45 * pulse), 255
    return DIM


def hud_plate(surface, rect, border, alpha: int = PLATE_ALPHA) -> None:
    """One of the HUD's plates: near opaque (`alpha`), PLATE_FILL in a PLATE_BAND frame, its edge in `border`."""
    panel(surface, rect, alpha=alpha, border=border, fill=PLATE_FILL, band=PLATE_BAND)


def objective_notice(reached, opened) -> str:
    """The one notice for the objectives `reached` at once (ObjectiveReached, in order) and those they open
    (ObjectiveOpened): how many were reached, then what comes next, as its plate will read ("Objective reached. Next:
    Hold the landing beacon."; "2 objectives reached. Next: this · that."), else how many are left to go; "" once none
    is: the goal's plate says "All objectives reached" as the level is won, and one line says it, not two."""
    done = [event.object_id for event in reached]
    names = [order_in_sentence(event.text) for event in opened if event.object_id not in done]
    head = "Objective reached" if len(reached) == 1 else f"{len(reached)} objectives reached"
    if names:
        return f"{head}. Next: {' · '.join(names)}."
    left = min(event.remaining for event in reached)
    return f"{head}: {left} to go." if left else ""


def _vmax_prompt(said: str, key: str | None, room: int) -> str:
    """`said`, then which control starts V-MAX ("... · PRESS Q"), when there is one and room for it."""
    named = f"{said}{SEP}PRESS {key}"
    return named if key and font(24, True).size(named)[0] <= room else said


def missiles_status(launcher, keys: tuple[str, ...] | None, lock: float, locked: bool, miss: float | None,
                    cone: float, room: int) -> tuple[str, tuple[int, int, int]]:
    """(words, colour) of the missiles gauge's status line (Hud._missiles has the arguments), in `room` px: the lock
    and how to fire, how far it has built, empty, locked by the heat, why a held button locks nothing, or the
    prompt to hold it."""
    if lock >= 1:
        return ("LOCKED" if keys is None else f"LOCKED{SEP}release to fire"), AMBER
    if lock > 0:
        status = f"locking {lock:.0%}"
    elif not launcher.ammo:
        status = "empty"
    elif locked:
        status = f"LOCKED{SEP}VENTING"
    elif launcher.held:
        status = "no target to lock" if miss is None else Hud._aim_nearer(cone, room)
    else:
        status = _lock_prompt(keys, room)
    return status, RED if locked else DIM


def _lock_prompt(keys: tuple[str, ...] | None, room: int) -> str:
    """How to lock on, naming every control bound to it ("hold E or RIGHT MOUSE: lock on"), in as many words as fit
    the gauge, else the first alone ("hold E to lock on"); in a replay (no keys), only that the missiles are ready."""
    if keys is None:
        return "ready"
    named = [" or ".join(keys), keys[0]] if len(keys) > 1 else list(keys)
    for key in named:
        for prompt in (f"hold {key} to lock on", f"hold {key}: lock on", f"{key}: lock on"):
            if font(20).size(prompt)[0] <= room:
                return prompt
    return "hold to lock on"
