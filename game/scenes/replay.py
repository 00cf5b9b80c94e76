"""Watching a replay: the play scene's view, sounds and feel, with the recorded intents in place of the player's hands.

The only inputs are pause and F3 (and F11 and closing the window, which the app handles). Each tick's state hash
is checked against the recording, and at the end the final state hash and outcome; a run that parts ways says so on
the HUD. At the end the scene returns to the screen it was opened from (the result screen's "Watch replay"), or
shows "End of replay" with Watch again and Quit (Main menu, should the game have begun on the title), a hint line
naming their controls, and Start on a pad choosing as on the title.
"""

import logging

import pygame

from game.content.errors import ContentError
from game.playback import Playhead, describe_mismatch, end_mismatch, mismatch_reasons
from game.replay import Replay, ReplayError
from game.scenes.base import Scene
from game.scenes.menu import WIDE, Menu, backing, leave_word, start_chooses
from game.scenes.pause import PAD_LOST, PauseScene
from game.scenes.play import RESULT_DELAY, PlayScene
from game.scenes.result import SETTLE, back_hints, back_picks_leave
from game.sim.game import INTENT_FIELDS
from game.sim.resources import STEP, TICK_RATE
from game.view.controls import page_hint
from game.view.feedback import hitstop_for
from game.view.text import AMBER, CYAN, DIM, RED, WHITE, clock_text, draw_lines, draw_text, font, panel

log = logging.getLogger(__name__)

_AIM_X, _AIM_Y, _FIRE = (INTENT_FIELDS.index(name) for name in ("aim_x", "aim_y", "fire"))


class ReplayScene(PlayScene):
    records = False
    saves = False  # a replay is watched, not saved to carry on
    prompts = False  # the HUD says what the pilot could do, not which control to press: nothing here obeys it
    restart_label = "Watch again"

    @property
    def quit_label(self) -> str:
        return "Back to results" if self.back_to is not None and self.back_to in self.ctx.stack else super().quit_label

    def __init__(self, ctx, replay: Replay, level=None, back_to: Scene | None = None) -> None:
        """Raises ReplayError when the map is not the one recorded on (ContentError when it does not load)."""
        self.replay, self.level, self.back_to = replay, level, back_to
        super().__init__(ctx, replay.level_file(level), replay.seed, game=replay.start_game(level))
        self.head = Playhead(replay)
        self.mismatch = None
        self.reasons: list[str] = []  # why it may have parted ways (another game version, other unit data)

    def handle(self, actions) -> None:
        if actions.pause or actions.pad_lost or actions.focus_lost:
            self.ctx.push(PauseScene(self.ctx, self, reason=PAD_LOST if actions.pad_lost else "",
                                     blip=not actions.focus_lost))  # no blip heard from another window
        elif actions.debug:
            self.ctx.show_debug = not self.ctx.show_debug

    def step(self) -> None:
        self.still = self.hitstop > 0
        if self.hitstop > 0:
            self.hitstop -= STEP
            return
        if self.head.done:
            self._end()
            return
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
            self.renderer.hud.outranked = True  # its plate is drawn where the level's title card shows
            log.warning("%s: %s", self.replay.source,
                        describe_mismatch(self.replay, found, self.game.res.catalog.content_hash))
        self.pending_events.extend(events)
        self.hitstop = hitstop_for(events, self.game, self.feel)
        if self.game.outcome and self.ended_tick is None:
            self.ended_tick = self.game.tick

    def clock(self) -> tuple[int, int]:
        """(ticks watched, ticks in all) of the level's own time, as the HUD and the result count it: both stop
        where the level was decided, not at the end of the recording, which runs on to the result screen."""
        watched = self.head.tick if self.ended_tick is None else self.ended_tick
        total = self.replay.ticks
        if self.ended_tick is not None:
            total = self.ended_tick
        elif self.replay.outcome is not None:  # recorded to the result screen, which comes RESULT_DELAY later
            total = max(watched, total - round(RESULT_DELAY * TICK_RATE))
        return watched, total

    def _end(self) -> None:
        stack = self.ctx.stack
        if self.back_to is not None and self.back_to in stack:
            self.ctx.close_from(stack.index(self.back_to) + 1)
        elif stack and stack[-1] is self:
            self.ctx.push(EndOfReplayScene(self.ctx, self))

    def draw(self, surface, alpha: float) -> None:
        super().draw(surface, alpha)
        rect = pygame.Rect(16, 84, 300, 40)
        panel(surface, rect, border=RED if self.mismatch else AMBER)
        draw_text(surface, "REPLAY", (rect.x + 14, rect.centery), 26, AMBER, anchor="midleft", bold=True)
        draw_text(surface, " / ".join(map(_clock, self.clock())),
                  (rect.right - 14, rect.centery), 24, WHITE, anchor="midright")
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

    def reload(self) -> None:
        """A replay plays the map it was recorded on; a saved edit does not change what is being watched."""

    def quit(self) -> None:
        """Stop watching: back to the screen it was opened from (the result's Watch replay), else as a level quits."""
        if self.back_to is not None and self.back_to in self.ctx.stack:
            self.ctx.close_from(self.ctx.stack.index(self.back_to) + 1)
        else:
            super().quit()

    def restart(self) -> str:
        """Watch again from the start: this scene and anything above it give way to a fresh one. "" once it has, else
        why not in a line (the map changed since the recording, say)."""
        try:
            again = ReplayScene(self.ctx, self.replay, self.level, self.back_to)
        except (ReplayError, ContentError) as error:
            return str(error).splitlines()[0]
        self.ctx.close_from(self.ctx.stack.index(self))
        self.ctx.push(again)
        return ""


class EndOfReplayScene(Scene):
    repeats = True

    def __init__(self, ctx, watched: ReplayScene) -> None:
        self.ctx, self.watched = ctx, watched
        outcome = watched.game.outcome
        self.subtitle = {"won": "Mission complete.", "lost": "Layzner down."}.get(outcome, "The run stopped here.")
        mismatch = watched.mismatch
        self.warning = "" if mismatch is None else mismatch.sentence()
        self.leave = leave_word(ctx)  # Quit: watched from the command line, it closes the game
        self.menu = Menu(["Watch again", self.leave], ctx.audio, wrap=False)  # up from Watch again is no slip to Quit
        self.age = 0.0

    def handle(self, actions) -> None:
        if self.age < SETTLE:  # as on the result screen: a press meant for the replay picks nothing here
            return
        choice = self.menu.handle(start_chooses(actions))
        if choice == "Watch again":
            self.warning = self.watched.restart() or self.warning
        elif choice == self.leave:
            self.ctx.leave()
        elif actions.menu_back:  # watched from the command line, the row is Quit and ends the game: picked first
            back_picks_leave(self.ctx, self.menu, self.leave)

    def frame(self, dt: float) -> None:
        self.age += dt

    def draw(self, surface, alpha: float) -> None:
        self.watched.backdrop(surface, alpha)
        shade = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
        shade.fill((4, 8, 18, round(170 * min(1.0, self.age / 0.5))))
        surface.blit(shade, (0, 0))
        middle = surface.get_width() / 2
        draw_text(surface, "END OF REPLAY", (middle, 170), 72, CYAN, anchor="midtop", bold=True)
        lines = pygame.Rect(middle - WIDE / 2, 244, WIDE, 1)  # the outcome, a mismatch and the time, down to the menu
        backing(surface, lines, self.menu.area(middle, 380))
        draw_text(surface, self.subtitle, (middle, 244), 28, AMBER, anchor="midtop")
        if self.warning:
            draw_lines(surface, self.warning, (middle, 282), 22, RED, WIDE, most=1)
        draw_text(surface, f"{_clock(self.watched.clock()[0])} watched", (middle, 320), 24, DIM, anchor="midtop")
        self.menu.draw(surface, middle, 380)
        hints = back_hints(self.menu, self.leave)  # Back picks the row that leaves, then leaves
        hint = page_hint(self.ctx.bindings, self.ctx.settings, self.device, hints)
        draw_text(surface, hint, (middle, surface.get_height() - 36), 20, DIM, anchor="midtop")


def _clock(ticks: int) -> str:
    return clock_text(ticks // TICK_RATE)
