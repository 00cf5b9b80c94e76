"""Watching a replay: the play scene's view, sounds and feel, with the recorded intents in place of the player's hands.

The viewer's controls: the menus' left and right step the speed through SPEEDS (faster runs more ticks a frame, at
most MOST_TICKS_A_FRAME; slow motion one every few frames, drawn between them), the menus' confirm goes back to the
speed recorded, Restart held watches it again from the start (keeping the states kept to seek to), seek back and on (or
the bar) seek, seek on held plays fast until let go, seek back held rewinds until let go (or the start), and pause and
F3 do as in a level (F11 and closing the window the app handles). Faster than recorded, the fight is not heard (the
music plays on) and the view neither shakes nor flashes nor holds on heavy hits. In its first seconds, paused, at
another speed, or a moment after a control is touched, the replay's plate shows a bar, then the controls, named for the
device in use. Each tick's state hash is checked against the recording, whatever the speed, and at the end the final
state hash and outcome; a run that parts ways says so on the HUD. At the end (a seek on past it stops there) it shows
"End of replay" with Watch again and the way back: to the page it was opened from (the missions page's best run, the
result screen's "Watch replay"), which Back returns to at once, else Quit (Main menu, should the game have begun on the
title), which Back picks first; a hint line names their controls, and Start on a pad chooses as on the title. Seek back
there, or a click on the bar before its end, goes back and watches on.
"""

import dataclasses
import functools
import logging

import pygame

from game.content.errors import ContentError
from game.playback import Playhead, describe_mismatch, end_mismatch, mismatch_reasons
from game.replay import Replay, ReplayError
from game.result_delay import RESULT_TICKS
from game.scenes.base import Scene
from game.scenes.menu import WIDE, Menu, back_hints, back_picks_leave, backing, menu_hints, start_chooses
from game.scenes.pause import FACES as PAUSE_FACES, PAD_LOST, PauseScene
from game.scenes.play import VIEW_SIZE, PlayScene
from game.scenes.result import HINT_GAP, SETTLE, SUBTITLE_GAP
from game.seek import FrameBudget, Keyframes
from game.sim.events import Destroyed
from game.sim.game import INTENT_FIELDS
from game.sim.resources import STEP, TICK_RATE
from game.view.controls import menu_hint, page_hint
from game.view.feedback import hitstop_for
from game.view.renderer import Renderer
from game.view.replay_plate import bar_rect, bar_share, draw_replay_plate, hint_rows, plate_rect
from game.view.talk import catch_up, talk_of
from game.view.text import AMBER, CYAN, DIM, READABLE, RED, WHITE, clock_text, draw_lines, draw_text, font, panel

log = logging.getLogger(__name__)

_AIM_X, _AIM_Y, _FIRE = (INTENT_FIELDS.index(name) for name in ("aim_x", "aim_y", "fire"))
SPEEDS = (0.25, 0.5, 1, 2, 4, 8)  # times the speed recorded, which the menus' left and right step through
# Ticks a frame may run at most, faster than recorded: 8x at 30 frames a second. A frame that falls further behind (a
# big fight on a slow machine) drops the rest, and the plate says the speed it runs at: never a spiral of catching up.
MOST_TICKS_A_FRAME = 16
STEERED_TIME = 2.5  # s the bar and the controls stay up after a control of the replay is touched
# s the bar and the controls stay up as a replay starts (and starts again): a viewer who has touched nothing yet reads
# what the replay answers to (the speeds, 10 s back and on, the holds, from the start) before they tuck away
SHOWN_AT_START = 5.0
MEASURE_EVERY = 0.5  # s of frames over which the speed a frame-capped replay runs at is measured
SEEK_STEP = 10 * TICK_RATE  # ticks a press of seek back or on jumps
# s seek on is held before it plays fast instead of jumping, as it is let go: longer than a tap (~0.1 s), short enough
# that a hold plays fast at once, as a video player's does
HOLD_TO_PLAY_FAST = 0.35
# s a frame counts towards that at most: a hold is time seen held over frames, and one long frame (a hitch: the
# collector, a replay loading, the window dragged) with seek on down is no hold, nor is a press read after one
HELD_FRAME_MOST = 0.1
# s between the steps of SEEK_STEP back seek back held takes once held HOLD_TO_PLAY_FAST (its press took the first): a
# steady 33x, the plate's clock counting back step by step. A step only moves where the seek will run to, which runs
# once the hold ends: a seek back costs 0.5-1.4 s of frames on the finale's 111 s bot run (up to KEYFRAME_EVERY ticks
# headless from the state kept before it, SETTLE_TICKS fed to a view made anew, whose making alone takes a 50-100 ms
# frame), so one sought at each step would be restarted by the next before it arrived, never showing anything new.
REWIND_EVERY = 0.3
# times the speed recorded seek on held plays at from a slower speed; from it or faster, the next speed up (held_speed)
HELD_SPEED = 4
# A share of a tick that is a float's error from a whole one: a pace eased into a new speed ends its tick on a step's
# end to this (the share is then none)
TICK_END = 1e-9
# Steps' ends a tick eased into a new speed may end on, from the step drawn: at the slowest speed a tick lasts 4 steps,
# and a share of this one is drawn already
EASE_STEPS = round(1 / SPEEDS[0]) + 1
# Ticks before a seek's end that feed the view (its effects, Rei's panel, the HUD's messages, the camera) as playing
# them does, on a view made anew where the ticks before ran headless: it arrives showing what playing there shows.
SETTLE_TICKS = 5 * TICK_RATE
BAR_REACH = 10  # px round the bar a click still takes it (past its ends: its start, its end)
END_MENU_SIZE = 38  # px: End of replay's options
# The faces End of replay sets its words in, (size, bold): the replay warms them, and the pause menu's, as it plays
# (text.GlyphsAhead), so neither page renders glyphs as it opens. Its title, the outcome, the time watched and the hint
# line, the menu, a mismatch.
END_FACES = ((72, True), (28, False), (READABLE, False), (END_MENU_SIZE, True), (END_MENU_SIZE, False), (22, False))


def held_speed(chosen: float) -> float:
    """The speed seek on held plays at from the speed `chosen`: always faster, HELD_SPEED or the next of SPEEDS up from
    it (at the fastest, the fastest: there is none faster)."""
    return next((speed for speed in SPEEDS if speed >= HELD_SPEED and speed > chosen), SPEEDS[-1])


def control_lines(chosen: float) -> list:
    """The replay's controls, a line each ({keys} {what they do}), named for the device in use as the menus' hints are;
    seek on held names the speed it plays at from the speed `chosen`, beside what seek back held does."""
    return [[(("menu_left", "menu_right"), "slower/faster"), (("menu_confirm",), "normal speed")],
            [(("menu_seek_back", "menu_seek_forward"), "10 s back/on")],
            [(("menu_seek_back",), "held rewind"), (("menu_seek_forward",), f"held {held_speed(chosen):g}x")],
            [(("restart",), "held from the start"), (("pause",), "pause")]]


class ReplayScene(PlayScene):
    pointer = True  # the bar is clicked and dragged: nothing aims with the mouse here
    records = False
    saves = False  # a replay is watched, not saved to carry on
    prompts = False  # the HUD says what the pilot could do, not which control to press: nothing here obeys it
    restart_label = "Watch again"

    @property
    def quit_label(self) -> str:
        return self.back_to.back_label if self.returns else super().quit_label

    @property
    def returns(self) -> bool:
        """Whether quitting goes back to the page it was opened from (still on the stack), not to the title or out."""
        return self.back_to is not None and self.back_to in self.ctx.stack

    def __init__(self, ctx, replay: Replay, level=None, back_to: Scene | None = None, speed: float = 1,
                 earlier: "ReplayScene | None" = None) -> None:
        """Watched at `speed` (SPEEDS) from the start, with the states an `earlier` viewing of it kept to seek to (the
        same game's: the rules are deterministic). Raises ReplayError when the map is not the one recorded on
        (ContentError when it does not load)."""
        self.replay, self.level, self.back_to = replay, level, back_to
        super().__init__(ctx, replay.level_file(level), replay.seed, game=replay.start_game(level))
        self.head = Playhead(replay)
        self.mismatch = None
        self.reasons: list[str] = []  # why it may have parted ways (another game version, other unit data)
        # times the speed recorded (SPEEDS), as chosen, or held_speed's while seek on is held: the plate says it
        self.speed = speed
        # what the ticks run at and the view moves at: `speed`, or in slow motion the pace a change of it eases in at
        # until the tick on screen ends (set_speed)
        self.rate = speed
        self.owed = 0.0  # ticks owed at this rate and not yet run: slow motion runs one once a whole one is owed
        self.step_share = 0.0  # how far into the app's step the last frame was drawn (a speed changed goes on from it)
        self.frame_ticks = 0  # ticks run since the last frame
        self.measured = [0, 0.0, False]  # ticks, s of frames and whether MOST_TICKS_A_FRAME held some back, of late
        self.runs_at: float | None = None  # the speed it ran at of late, while the cap holds it under self.rate
        self.steered = SHOWN_AT_START  # s the bar and the controls stay up yet: from the start, or a control touched
        self.keyframes = Keyframes() if earlier is None else earlier.keyframes  # the states passed through, to seek to
        self.keyframes.keep(self.game, self.head, None)
        self.budget = FrameBudget()
        self.target: int | None = None  # the tick a seek under way runs to
        self.seek_from = 0  # the tick that seek set out from (its progress on the plate)
        self.view_stale = False  # ticks ran headless, or the game was restored: the view is made anew before use
        self.frozen = None  # the frame shown as the seek set out, shown under its plate until it arrives
        self.dragging = False  # the bar is held under the mouse: the seek follows it
        self.seek_on_held: float | None = None  # s seek on has been held since it was pressed; None: not held
        self.speed_before_hold: float | None = None  # the speed chosen, while seek on held plays fast
        self.seek_back_held: float | None = None  # s seek back has been held since it was pressed; None: not held
        # tick → the machines destroyed on it, once played: their wrecks stay on the ground, and a view made anew lays
        # those of the ticks it did not see (the same on every playing: the rules are deterministic)
        self.destroyed: dict[int, tuple] = {} if earlier is None else earlier.destroyed
        # tick → what was said on it (talk.talk_of), once played: a view made anew is told the words still up
        self.said: dict[int, tuple] = {} if earlier is None else earlier.said

    def faces_ahead(self) -> tuple:
        """The pause menu's faces, then End of replay's: the pages a replay opens."""
        return PAUSE_FACES + END_FACES

    def handle(self, actions) -> None:
        if actions.pad_lost or actions.focus_lost or (actions.pause and not self._steers(actions)):
            self._let_go_of_holds()
            self.ctx.push(PauseScene(self.ctx, self, reason=PAD_LOST if actions.pad_lost else "",
                                     blip=not actions.focus_lost))  # no blip heard from another window
            return
        if actions.debug:
            self.ctx.show_debug = not self.ctx.show_debug
        self.arm_restart(actions, allowed=True)  # the quick restart, here at any time: watching it lose nothing
        if self.restarting:
            self.steered = STEERED_TIME
        self.steer_seek(actions)
        if not actions.seek_back_held:
            self._stop_rewinding()
        self._hold_seek_on(actions)
        if actions.menu_confirm:
            self._choose_speed(1)
        elif actions.menu_left != actions.menu_right:
            at = SPEEDS.index(self._speed_chosen()) + (1 if actions.menu_right else -1)
            self._choose_speed(SPEEDS[min(len(SPEEDS) - 1, max(0, at))])

    def _steers(self, actions) -> bool:
        """Whether `actions` work the replay's own controls (its speed, seeking, the bar): a press that does is theirs,
        not Pause's, as on a menu (scenes.menu.closes_page), so a key the player gives Pause too is never both (the
        clashes settled while watching, game.input.clashes.ON_A_REPLAY, leave Pause out for it)."""
        return (actions.menu_left or actions.menu_right or actions.menu_confirm or actions.menu_seek_back
                or actions.menu_seek_forward or self._clicked_tick(actions) is not None)

    def steer_seek(self, actions) -> None:
        """Seek back by SEEK_STEP (from the tick a seek under way runs to), or to the time under the mouse on the bar,
        clicked or dragged. (Seek on jumps as it is let go: _hold_seek_on.) Seek back held a moment rewinds
        (_rewind_while_held)."""
        if actions.menu_seek_back and not actions.menu_seek_forward:
            self._seek_by(-SEEK_STEP)
            self.seek_back_held = 0.0 if actions.seek_back_held else None  # else let go within the frame: a tap
        over = actions.pointer is not None and plate_rect(True, len(self._hints())).collidepoint(actions.pointer)
        if over:  # the bar shows while the mouse is over the plate, to be taken
            self.steered = max(self.steered, STEERED_TIME)
        clicked = self._clicked_tick(actions) is not None
        held = self.ctx.devices is not None and self.ctx.devices.clicking  # the left button, still down
        self.dragging = (clicked or self.dragging) and held
        spot = actions.click if actions.click is not None else actions.pointer
        if (self.dragging or clicked) and spot is not None:
            self.seek_to(self._tick_at(spot[0]))

    def goes_back(self, actions) -> bool:
        """`actions` seek to before where the replay stands: seek back, or a click on the bar short of the time
        reached (from the End of replay page: on at the end stays at the end)."""
        clicked = self._clicked_tick(actions)
        return (actions.menu_seek_back and not actions.menu_seek_forward) or (
            clicked is not None and clicked < self.head.tick)

    def _clicked_tick(self, actions) -> int | None:
        """The tick under this frame's click, where it falls on the bar or within BAR_REACH of it; else None."""
        reach = bar_rect(plate_rect(True, 0)).inflate(2 * BAR_REACH, 2 * BAR_REACH)
        if actions.click is None or not reach.collidepoint(actions.click):
            return None
        return self._tick_at(actions.click[0])

    def _hold_seek_on(self, actions) -> None:
        """Seek on, let go: a tap jumps SEEK_STEP on; held past HOLD_TO_PLAY_FAST (frame), it played fast, and the
        speed chosen comes back. Timed from its press, so a tap within a frame jumps in it."""
        if actions.menu_seek_forward and not actions.menu_seek_back:
            self.seek_on_held = 0.0
        if self.seek_on_held is None or actions.seek_forward_held:
            return
        if self.speed_before_hold is None:
            self._seek_by(SEEK_STEP)
        self._stop_playing_fast()

    def _let_go_of_holds(self) -> None:
        """A page comes up over the replay (or it ends): a hold's letting go there goes unseen, so it ends now."""
        self._stop_playing_fast()
        self._stop_rewinding()

    def _stop_playing_fast(self) -> None:
        """Seek on's hold is over (let go, or a page came up over the replay, where its letting go goes unseen): what
        it played fast goes back to the speed chosen, and the plate says that one, under the page too."""
        if self.speed_before_hold is not None:
            self.set_speed(self.speed_before_hold)
        self.seek_on_held = self.speed_before_hold = None

    def _play_fast_while_held(self, dt: float) -> None:
        """Seek on held HOLD_TO_PLAY_FAST, each frame counting HELD_FRAME_MOST at most: play at held_speed until it is
        let go."""
        if self.seek_on_held is None:
            return
        self.seek_on_held += min(dt, HELD_FRAME_MOST)
        if self.seek_on_held >= HOLD_TO_PLAY_FAST and self.speed_before_hold is None:
            self.speed_before_hold = self.speed
            self.set_speed(held_speed(self.speed))

    @property
    def rewinding(self) -> bool:
        """Seek back is held past the moment that tells a tap from a hold: each REWIND_EVERY, SEEK_STEP further back."""
        return self.seek_back_held is not None and self.seek_back_held >= HOLD_TO_PLAY_FAST

    def _rewind_while_held(self, dt: float) -> None:
        """Seek back held, each frame counting HELD_FRAME_MOST at most: from HOLD_TO_PLAY_FAST on, a step of SEEK_STEP
        back each REWIND_EVERY, moving only where the seek runs to (seek_to); at the start it goes no further."""
        if self.seek_back_held is None:
            return
        before = _rewind_steps(self.seek_back_held)
        self.seek_back_held += min(dt, HELD_FRAME_MOST)
        for _ in range(_rewind_steps(self.seek_back_held) - before):
            self._seek_by(-SEEK_STEP)

    def _stop_rewinding(self) -> None:
        """Seek back's hold is over: the seek runs, from the state kept before it, to where the rewind got."""
        rewound = self.rewinding and self.target is not None
        self.seek_back_held = None
        if rewound:
            self._set_out()

    def _speed_chosen(self) -> float:
        """The speed the viewer chose: under a hold's fast play, the one it goes back to."""
        return self.speed if self.speed_before_hold is None else self.speed_before_hold

    def _choose_speed(self, speed: float) -> None:
        """A speed chosen by its controls: it takes over from a hold's fast play, whose letting go then does nothing."""
        self.seek_on_held = self.speed_before_hold = None
        self.set_speed(speed)

    def _seek_by(self, ticks: int) -> None:
        """Seek `ticks` on (back, if negative) from the tick a seek under way runs to, else from the one reached, as the
        plate's clock tells them: past the level's decision, it stands at the decision (10 s back from the End of
        replay page is 10 s before it, not into the time the recording runs on to the result screen)."""
        self.seek_to(self.on_clock(self.head.tick if self.target is None else self.target) + ticks)

    def _tick_at(self, x: float) -> int:
        """The tick at `x` on the bar, whose length is the level's own time; past its right end, the replay's end."""
        bar = bar_rect(plate_rect(True, 0))
        share = (x - bar.x) / bar.width
        return self.replay.ticks if share >= 1 else round(max(0.0, share) * self.clock()[1])

    def seek_to(self, tick: int) -> None:
        """Go to `tick` (held to the replay's start and end), a frame's budget of headless ticks at a time; from the
        last state kept before it where it lies behind the game, or that state is nearer. While rewinding, it only
        moves where the seek runs to, which sets out as the rewind ends (_stop_rewinding)."""
        tick = max(0, min(self.replay.ticks, tick))
        self.steered = STEERED_TIME
        if tick == (self.head.tick if self.target is None else self.target):
            return
        if self.target is None:
            self.seek_from, self.frozen = self.head.tick, pygame.Surface(VIEW_SIZE)
            # the world it sets out from, dimmed, without the HUD's numbers, which the seek leaves behind
            self.renderer.draw(self.frozen, self.game, self.alpha, 0.0, overlays=False)
            shade = pygame.Surface(VIEW_SIZE, pygame.SRCALPHA)
            shade.fill((4, 8, 18, 110))
            self.frozen.blit(shade, (0, 0))
            self.ctx.audio.stop_effects()  # the fight left behind is not heard over the seek
        self.target = tick
        if not self.rewinding:
            self._set_out()

    def _set_out(self) -> None:
        """The seek to `target` starts from the last state kept before it, where it lies behind the game or that state
        is nearer than the game; else from the game as it stands."""
        keyframe = self.keyframes.before(max(0, self.target - SETTLE_TICKS))
        if self.target < self.head.tick or (keyframe is not None and keyframe.head.tick > self.head.tick):
            game, self.head = Keyframes.resume(keyframe, self.game)
            self.game.close()
            self.game, self.ended_tick, self.view_stale = game, keyframe.ended_tick, True

    def _seek_on(self) -> None:
        """This frame's share of the seek: headless ticks until SETTLE_TICKS before its end, then ticks that feed the
        view; arrived, the replay plays on from there."""
        self.budget.begin()
        settle_from = self.target - SETTLE_TICKS
        while self.head.tick < self.target and self.budget.left():
            if self.head.tick >= settle_from:
                self._renew_view()
            events = self._play_tick()
            if self.head.tick <= settle_from:
                self.view_stale = True
            else:  # and moves the camera as a frame drawn after the tick would: its lead and shake arrive as played
                self.renderer.hud.age_message(STEP)  # as the frame drawn after the tick before would (talk.py)
                self.renderer.update(self.game, events, self.aim.world, STEP, self._view_settings())
                self.renderer.follow(self.game, 1.0)
        if self.head.tick >= self.target:
            self._renew_view()
            self.target, self.frozen, self.hitstop, self.owed, self.still = None, None, 0.0, 0.0, False
            self.steered = STEERED_TIME
            self._take_up_speed()  # from a tick's start: no share of one is left to ease a change of speed into

    def _renew_view(self) -> None:
        """A view of the game as it stands, where the last one shows another time of it."""
        if not self.view_stale:
            return
        self.view_stale = False
        self.renderer = Renderer(self.game, VIEW_SIZE, self.ctx.sprites, self.ctx.feel, self.control_words)
        self.renderer.hud.card.outranked = self.mismatch is not None
        self.renderer.effects.lay_wrecks([event for tick in sorted(self.destroyed) if tick <= self.head.tick
                                          for event in self.destroyed[tick]], self.game.player)
        catch_up(self.renderer, self.said, self.head.tick)

    def set_speed(self, speed) -> None:
        """Watch at `speed` times the speed recorded from the next frame on (a blip says it took), and show the bar."""
        self.steered = STEERED_TIME
        if speed == self.speed:
            return
        if speed > 1 >= self.speed:  # the fight's sounds in flight stop with the rest, which fast-forward mutes
            self.ctx.audio.stop_effects()
            self.hitstop = 0.0
        self.speed = speed
        # From 1x up every step ends a tick, and a frame shows the last tick's move at any speed: it takes at once.
        if min(speed, self.rate) >= 1:
            self._take_up_speed()
        else:
            self._ease_into_speed()
        self.ctx.audio.play("ui_move")

    def _ease_into_speed(self) -> None:
        """Slow motion, or into or out of it: from where the last frame drew the world, the tick on screen runs out at
        the pace nearest the new speed's (between the old pace and the new) that ends it on a step's end, where the
        next tick can run; there the new speed takes over (step). Slower than 1x, a frame is drawn a share of a tick on
        at the rate (draw): the new rate from the step's start would step the view back or on; the share left at the
        new rate would end the ticks between steps, and the view would halt at each tick's end, then jump. (Waiting for
        the tick to run out at the old rate, a change took up to 4 steps, 67 ms, at 0.25x.)"""
        old, new = min(1, self.rate), min(1, self.speed)  # paces, in ticks a step: from 1x up a frame shows one tick
        at = self.step_share
        shown = min(1.0, self.owed + at * old)  # how far through the tick on screen the last frame drew it
        least, most = sorted((old, new))
        # ending on the kth step's end from here; one of these is the old pace, whose tick ended on a step's end
        paces = [(1 - shown) / (k - at) for k in range(1, EASE_STEPS + 1)]
        pace = min((pace for pace in paces if least - TICK_END <= pace <= most + TICK_END),
                   key=lambda pace: abs(pace - new), default=paces[0])
        self.owed, self.rate = shown - at * pace, pace

    def _take_up_speed(self) -> None:
        """The ticks run at the speed chosen from here; the speed they run at is measured anew."""
        self.rate, self.measured, self.runs_at = self.speed, [0, 0.0, False], None

    def step(self) -> None:
        """The app's fixed step: `rate` ticks of the recording (a share of one in slow motion, run once whole); where a
        tick ends with it, the speed chosen since takes over. Nothing while a seek runs (frame runs it), nor while the
        bar is held: the replay waits at the time under the mouse (played on, each frame found it a tick past there and
        sought back; past the bar's end, it ended with the bar still held)."""
        if self.target is not None:
            return
        if self.dragging:
            self.still = True  # drawn as it last was
            return
        self._run_owed()
        if self.owed < TICK_END:  # a tick's end: the speed chosen since, if any, takes over
            self.owed = 0.0
            if self.rate != self.speed:
                self._take_up_speed()

    def _run_owed(self) -> None:
        self.owed += self.rate
        while self.owed >= 1 - TICK_END:
            if self.rate > 1 and self.frame_ticks >= MOST_TICKS_A_FRAME:
                self.owed, self.measured[2] = 0.0, True  # dropped, not owed: catching up would slow the next frame
                return
            self.owed -= 1
            self.frame_ticks += 1
            if not self._tick():
                return

    def _tick(self) -> bool:
        """One tick of the recording, or of a hit-stop's hold; False once the replay has ended (and given way)."""
        self.still = self.hitstop > 0
        if self.hitstop > 0:
            self.hitstop -= STEP
            return True
        if self.head.done:
            self._end()
            return False
        events = self._play_tick()
        self.pending_events.extend(events)
        # A hit-stop would stall fast-forward, and one every few frames jolt it: faster than recorded, none
        self.hitstop = hitstop_for(events, self.game, self.feel) if self.speed <= 1 else 0.0
        return True

    def _play_tick(self) -> list:
        """The rules' part of a tick: the recorded intent, the step, its hash checked (a mismatch told), the state
        kept on a keyframe's tick. Returns the tick's events."""
        self.head.write(self.game)
        intent = self.head.intent
        if intent is not None:
            self.aim.world, self.firing = (intent[_AIM_X], intent[_AIM_Y]), intent[_FIRE]
        events = self.game.step()
        found = self.head.advance(self.game, verify=self.mismatch is None)
        if found is None and self.mismatch is None and self.head.done:  # as --verify: the file's end is checked too
            found = end_mismatch(self.replay, self.head.tick, self.game.state_hash(), self.game.outcome)
        if found is not None:
            self.mismatch = found
            self.reasons = mismatch_reasons(self.replay, self.game.res.catalog.content_hash)
            self.renderer.hud.card.outranked = True  # its plate is drawn where the level's title card shows
            log.warning("%s: %s", self.replay.source,
                        describe_mismatch(self.replay, found, self.game.res.catalog.content_hash))
        if self.game.outcome and self.ended_tick is None:
            self.ended_tick = self.game.tick
        destroyed = tuple(event for event in events if isinstance(event, Destroyed))
        if destroyed:
            self.destroyed[self.game.tick] = destroyed
        said = talk_of(events)
        if said:
            self.said[self.game.tick] = said
        if self.mismatch is None:  # a state that parted ways is no place to seek back to
            self.keyframes.keep(self.game, self.head, self.ended_tick)
        return events

    def frame(self, dt: float) -> None:
        self.steered = max(0.0, self.steered - dt)
        self._play_fast_while_held(dt)
        self._rewind_while_held(dt)
        ticks, seconds, capped = self.measured
        self.measured = [ticks + self.frame_ticks, seconds + dt, capped]
        self.frame_ticks = 0
        if self.measured[1] >= MEASURE_EVERY:
            ticks, seconds, capped = self.measured
            self.runs_at = ticks / (seconds * TICK_RATE) if capped else None
            self.measured = [0, 0.0, False]
        if self.target is None:
            super().frame(dt)
            return
        if not self.rewinding:  # the seek sets out as the rewind ends
            self._seek_on()  # the view fed the seek's last ticks itself: no more of its time passes this frame
        self._hold_restart(dt)

    def show(self, dt: float, settings=None, heard: bool = True) -> None:
        """The effects, panels and camera run at the replay's speed. Faster than recorded, the fight goes unheard (a
        cue eight times as often is noise; the music plays on) and the view neither shakes nor flashes: at 8x,
        nausea and a strobe."""
        # no more of the effects' time than the ticks a frame may run: a frame of a stall at 8x is not 2 s of smoke
        super().show(min(dt * self.rate, max(dt, MOST_TICKS_A_FRAME * STEP)), settings or self._view_settings(),
                     heard and self.speed <= 1)

    def _view_settings(self):
        """The player's settings, but faster than recorded with no shake and no flashes."""
        if self.speed <= 1:
            return self.ctx.settings
        return dataclasses.replace(self.ctx.settings, screen_shake=0.0, flashes=0.0)

    def shown_again(self) -> None:
        """Back from the pause menu (or the End of replay page): the bar stays a moment, to say where it goes on from;
        seek on pressed before the page neither jumps nor plays fast, nor seek back rewinds (its letting go went
        unseen)."""
        super().shown_again()
        self._let_go_of_holds()
        self.steered = STEERED_TIME

    def speed_words(self) -> str:
        """The speed on the plate ("4x", "0.5x"; "8x · THIS PC: 5.2x" while the frames cannot keep up: the speed
        chosen, then the one this computer manages); "" at the speed recorded, unless the controls show."""
        if self.speed == 1 and not self.steered:
            return ""
        words = f"{self.speed:g}x"
        return words if self.runs_at is None else f"{words} · THIS PC: {self.runs_at:.1f}x"

    def on_clock(self, tick: int) -> int:
        """`tick` as the plate's clock tells it: held at the level's end (clock)."""
        return min(tick, self.clock()[1])

    def clock(self) -> tuple[int, int]:
        """(ticks watched, ticks in all) of the level's own time, as the HUD and the result count it: both stop
        where the level was decided, not at the end of the recording, which runs on to the result screen."""
        watched = self.head.tick if self.ended_tick is None else self.ended_tick
        total = self.replay.ticks
        if self.ended_tick is not None:
            total = self.ended_tick
        elif self.replay.outcome is not None:  # recorded to the result screen, which comes RESULT_DELAY later
            total = max(watched, total - RESULT_TICKS)
        return watched, total

    def _end(self) -> None:
        """The End of replay page, over the last tick, however the replay was opened: a run watched from a page goes
        back to it from there, where it may also be watched again or stepped back into."""
        if self.ctx.stack and self.ctx.stack[-1] is self:
            self._let_go_of_holds()
            self.ctx.audio.leave_fight()  # a page: no fight under it
            self.ctx.push(EndOfReplayScene(self.ctx, self))

    def draw(self, surface, alpha: float) -> None:
        hints = self._hints()
        if self.target is not None:
            self._draw_seeking(surface, hints)
            self.draw_restart_hold(surface)  # Restart held is timed while a seek runs: its plate fills there too
            return
        self.step_share = alpha
        if self.rate < 1:  # slow motion: a tick lasts several steps, and the frame falls this far into it
            # (owed is short of none while a change of speed eases in: a frame drawn earlier in the step than the one
            # it eased from, the first after a pause, would fall before the tick's start, where nothing ever stood)
            alpha = min(1.0, max(0.0, self.owed + alpha * self.rate))
        steered = self.speed != 1 or self.steered > 0 or self.restart_held > 0
        # Rei's marks and the labels keep off it, and the level's title card stands beside it: grown, it reaches down
        # through the card's rows in the replay's first seconds, as the card shows
        self.renderer.scene_plates = [plate_rect(steered, len(hints))]
        super().draw(surface, alpha)
        rect = self._draw_plate(surface, steered, hints)
        if self.mismatch is not None:  # on a plate of its own: red and grey text is lost on the ochre ground
            lines = [(self.mismatch.headline(), 20, RED)]
            lines += [(reason[0].upper() + reason[1:], 18, WHITE) for reason in self.reasons]
            sizes = [font(size).size(text) for text, size, _ in lines]
            plate = pygame.Rect(rect.x, rect.bottom + 6, max(rect.w, max(w for w, _ in sizes) + 28),
                                sum(h + 2 for _, h in sizes) + 14)
            panel(surface, plate, border=RED)
            y = plate.y + 7
            for (text, size, color), (_, height) in zip(lines, sizes):
                draw_text(surface, text, (plate.x + 14, y), size, color)
                y += height + 2

    def _hints(self) -> list[str]:
        """The rows of the replay's controls on the plate (hint_rows), named for the device in use."""
        named = functools.partial(menu_hint, self.ctx.bindings, self.ctx.settings, self.device, layout=self.layout)
        return hint_rows([[named([part]) for part in line] for line in control_lines(self._speed_chosen())])

    def _draw_seeking(self, surface, hints: list[str]) -> None:
        """The frame shown as the seek set out, dimmed, under the plate: SEEKING, the time reached and the time it
        runs to, the bar filled to the one and marked at the other, and the replay's controls (`hints`)."""
        surface.blit(self.frozen, (0, 0))
        total = self.clock()[1]
        if self.rewinding:  # where the rewind has got to, counting back; nothing runs until it is let go
            # marked where it started (the frame shown, dimmed): how far back it has gone reads off the bar
            draw_replay_plate(surface, "REWINDING", f"{_clock(self.on_clock(self.target))} / {_clock(total)}",
                              bar_share(self.target, total), hints, self.mismatch is not None,
                              mark=bar_share(self.seek_from, total))
            return
        done = abs(self.head.tick - self.seek_from) / max(1, abs(self.target - self.seek_from))
        draw_replay_plate(surface, f"SEEKING {min(99, round(done * 100))}%",
                          f"{_clock(self.on_clock(self.head.tick))} to {_clock(self.on_clock(self.target))}",
                          bar_share(self.head.tick, total),
                          hints, self.mismatch is not None, mark=bar_share(self.target, total))

    def backdrop(self, surface, alpha: float) -> None:
        """Under the pause menu (and the pages it opens), the plate with the bar too: where the replay stands."""
        if self.target is not None:  # without the controls, which do nothing under a page, as below
            self._draw_seeking(surface, [])
            return
        super().backdrop(surface, alpha)
        self._draw_plate(surface, True, [])

    def _draw_plate(self, surface, steered: bool, hints: list[str]) -> pygame.Rect:
        watched, total = self.clock()
        return draw_replay_plate(surface, self.speed_words(), f"{_clock(watched)} / {_clock(total)}",
                                 bar_share(watched, total) if steered else None, hints, self.mismatch is not None)

    def reload(self) -> None:
        """A replay plays the map it was recorded on; a saved edit does not change what is being watched."""

    def quit(self) -> None:
        """Stop watching: back to the screen it was opened from (the result's Watch replay), else as a level quits."""
        if self.returns:
            self.ctx.close_from(self.ctx.stack.index(self.back_to) + 1)
        else:
            super().quit()

    def restart(self) -> str:
        """Watch again from the start: this scene and anything above it give way to a fresh one. "" once it has, else
        why not in a line (the map changed since the recording, say)."""
        try:
            # watched again as fast (or slow) as it was being watched; the bar says so
            again = ReplayScene(self.ctx, self.replay, self.level, self.back_to, self._speed_chosen(), earlier=self)
        except (ReplayError, ContentError) as error:
            return str(error).splitlines()[0]
        self.ctx.close_from(self.ctx.stack.index(self))
        self.ctx.push(again)
        return ""


# The End of replay page's seeking, after its menu's: back (on, at the end, stays there)
SEEK_BACK_HINTS = {"keyboard": ((("menu_seek_back",), "10 s back, or click the bar"),),
                   "pad": ((("menu_seek_back",), "10 s back"),)}


LINES_TOP = 244  # px from the screen's top to the End of replay page's first line, under its title
HINT_RISE = 36  # px from the screen's foot up to the top of the page's hint line


class EndOfReplayScene(Scene):
    repeats = True

    def __init__(self, ctx, watched: ReplayScene) -> None:
        self.ctx, self.watched = ctx, watched
        outcome = watched.game.outcome
        self.subtitle = {"won": "Mission complete.", "lost": "Layzner down."}.get(outcome, "The run stopped here.")
        mismatch = watched.mismatch
        self.warning = "" if mismatch is None else mismatch.sentence()
        # Back to missions (or results): the page it was opened from; else Quit, which from the command line closes
        # the game, or Main menu
        self.leave = watched.quit_label
        # up from Watch again is no slip to Quit
        self.menu = Menu(["Watch again", self.leave], ctx.audio, size=END_MENU_SIZE, wrap=False)
        self.age = 0.0
        self.wreck_at: tuple[float, float] | None = None  # where the Layzner's wreck is held, below the menu (as drawn)

    def handle(self, actions) -> None:
        if self.watched.goes_back(actions):  # to watch on from there: even at once, no choice on this page is made
            self.ctx.close_from(self.ctx.stack.index(self))
            self.watched.steer_seek(actions)
            return
        if self.age < SETTLE:  # as on the result screen: a press meant for the replay picks nothing here
            return
        choice = self.menu.handle(start_chooses(actions))
        if choice == "Watch again":
            self.warning = self.watched.restart() or self.warning
        elif choice == self.leave or (actions.menu_back and self.watched.returns):  # a page left for it: nothing lost
            self.watched.quit()
        elif actions.menu_back:  # watched from the command line, the row is Quit and ends the game: picked first
            back_picks_leave(self.menu, self.leave, self.ctx.leave)

    def frame(self, dt: float) -> None:
        self.age += dt
        if self.wreck_at is not None:
            self.watched.renderer.frame_wreck(self.wreck_at, dt)

    def draw(self, surface, alpha: float) -> None:
        self.watched.backdrop(surface, alpha)
        shade = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
        shade.fill((4, 8, 18, round(170 * min(1.0, self.age / 0.5))))
        surface.blit(shade, (0, 0))
        # A run lost: its wreck unshaded, held between the menu and the hints (frame), the end of what was watched
        renderer = self.watched.renderer
        renderer.effects.draw_layzner_wreck(surface, renderer.camera)
        middle = surface.get_width() / 2
        draw_text(surface, "END OF REPLAY", (middle, 170), 72, CYAN, anchor="midtop", bold=True)
        # The outcome, a mismatch (if any) and the time, each row under the last as the result screen sets its lines,
        # then the menu: no blank row kept where no mismatch is
        warning_top = LINES_TOP + font(28).get_linesize() + HINT_GAP
        watched_top = warning_top + (font(22).get_linesize() + HINT_GAP if self.warning else 0)
        menu_top = watched_top + font(24).get_linesize() + SUBTITLE_GAP
        backing(surface, pygame.Rect(middle - WIDE / 2, LINES_TOP, WIDE, 1), self.menu.area(middle, menu_top))
        draw_text(surface, self.subtitle, (middle, LINES_TOP), 28, AMBER, anchor="midtop")
        if self.warning:
            draw_lines(surface, self.warning, (middle, warning_top), 22, RED, WIDE, most=1)
        draw_text(surface, f"{_clock(self.watched.clock()[0])} watched", (middle, watched_top), 24, DIM,
                  anchor="midtop")
        self.menu.draw(surface, middle, menu_top)
        self.wreck_at = middle, (self.menu.area(middle, menu_top).bottom + surface.get_height() - HINT_RISE) / 2
        # Back goes back to the page it was opened from, else picks the row that leaves, then leaves
        hints = menu_hints("select", self.leave.lower(), start=True) if self.watched.returns else \
            back_hints(self.menu, self.leave)
        hints = {device: (*parts, *SEEK_BACK_HINTS[device]) for device, parts in hints.items()}
        hint = page_hint(self.ctx.bindings, self.ctx.settings, self.device, hints, self.layout)
        draw_text(surface, hint, (middle, surface.get_height() - HINT_RISE), READABLE, DIM, anchor="midtop")


def _clock(ticks: int) -> str:
    return clock_text(ticks // TICK_RATE)


def _rewind_steps(held: float) -> int:
    """The steps back a rewind has taken once seek back has been held `held` s (its press's own not counted)."""
    return 0 if held < HOLD_TO_PLAY_FAST else 1 + int((held - HOLD_TO_PLAY_FAST) / REWIND_EVERY)
