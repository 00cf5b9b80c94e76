"""The app: the window, the scene stack and the fixed-step loop; the only place that owns the clock."""

import dataclasses
import logging
import os
import time

import pygame

from game.audio import Audio
from game.audio.mixer import MIXER_SETTINGS
from game.clock import WallClock
from game.files import folders_blocked, is_dir
from game.input import DEFAULT_BINDINGS_PATH, InputDevices
from game.input.bindings import load_player_bindings, player_bindings_path
from game.input.repeat import MenuRepeat
from game.scenes.base import Context
from game.scenes.options import apply_settings, toggle_fullscreen
from game.scenes.play import VIEW_SIZE, PlayScene
from game.settings import load_settings, settings_path
from game.sim.resources import STEP
from game.view.sprites import SpriteBank
from game.window import WindowKeeper
from game.window_place import read_window_place, window_place_path, write_window_place

MAX_FRAME_DT = 0.25  # s: after a stall, catch up at most this much game time (no spiral of death)

log = logging.getLogger(__name__)


class App:
    def __init__(self, level_path, seed: int = 1, skip_title: bool = False, audio: bool = True,
                 start_at: int | None = None, record_to=None, replay=None, replay_level=None, game=None,
                 refused=None, clock=None) -> None:
        """`game`: with skip_title, the level already loaded from level_path (the command line checked it);
        `refused`: instead, the ContentError it was refused with, shown until a save fixes it; `clock`: how long a
        frame lasts (game.clock; by default WallClock, real time)."""
        if audio:
            pygame.mixer.pre_init(**MIXER_SETTINGS)  # pygame.init() opens the mixer: with the game's settings
            pygame.init()
        else:  # muted: the rest without the mixer, which a silent game never uses and which takes ~30 ms to close
            pygame.display.init()
            pygame.font.init()
            pygame.joystick.init()
        pygame.display.set_caption("Blue Comet — SPT Layzner")
        # Here, not in the command line alone: a tool or test that builds the App gets the game's window. Without it
        # pygame scales the view by whole steps only, and a window smaller than 1280x720 shows a corner of it.
        os.environ.setdefault("SDL_HINT_RENDER_SCALE_QUALITY", "1")
        # Hidden until sized: pygame would open it as big as the free desktop, its frame then off the screen
        self.window = pygame.display.set_mode(VIEW_SIZE, pygame.SCALED | pygame.RESIZABLE | pygame.HIDDEN)
        kept, window_problems = read_window_place(window_place_path())
        self.placement = WindowKeeper(VIEW_SIZE, kept)  # as the player left it, maximised too, where it still fits
        self.clock = clock or WallClock()
        bindings, binding_problems = load_player_bindings(DEFAULT_BINDINGS_PATH, player_bindings_path())
        settings, problems = load_settings(settings_path())
        told = folders_blocked() + list(binding_problems) + [str(problem) for problem in problems] + window_problems
        for line in told:
            log.warning("%s", line)
        self.input = InputDevices(bindings, settings)
        self.repeat = MenuRepeat()  # a menu direction held: its steps are counted in the frames' time, frame_dt
        self.ctx = Context(sprites=SpriteBank(), audio=Audio.open(enabled=audio), level_path=level_path, seed=seed,
                           start_at=start_at, settings=settings, record_to=record_to, bindings=bindings,
                           devices=self.input, file_problems=told)
        window_error = apply_settings(self.ctx, settings)  # volumes; fullscreen if chosen (a failure is logged)
        if window_error:  # in a window after all: Options must not say On, and the title says why (the file keeps it)
            self.ctx.settings = dataclasses.replace(settings, fullscreen=False)
            self.ctx.fullscreen_refused = f"{window_error}; the game runs in a window (settings.yaml still asks for " \
                                          "fullscreen)"
            self.ctx.file_problems.append(self.ctx.fullscreen_refused)
        # The scenes not shown first are imported when needed: start-up into a level does not wait for them.
        if replay is not None:  # --replay: watch it, then "End of replay"
            from game.scenes.replay import ReplayScene
            self.ctx.push(ReplayScene(self.ctx, replay, level=replay_level))
        elif skip_title and refused is not None:  # a playtest of a map saved with mistakes
            from game.scenes.broken_map import BrokenMapScene
            self.ctx.push(BrokenMapScene(self.ctx, refused))
        elif skip_title:
            self.ctx.push(PlayScene(self.ctx, game=game))
        else:
            from game.scenes.title import TitleScene
            self.ctx.push(TitleScene(self.ctx))

    def run(self, max_frames: int | None = None, keep_open: bool = False) -> int:
        """The loop: input → scene → fixed ticks → draw. Returns an exit status.

        keep_open leaves the window up after the last frame (tests and screenshots read it). Ctrl+C in the terminal
        ends it as closing the window does (the level's replay kept, no traceback), with the shell's status for it,
        but saves no run: it may come in the middle of a tick. However it ends (SIGTERM comes as the window's close,
        from SDL), the window's size and place are kept for the next start.
        """
        interrupted = False
        try:
            self._loop(max_frames)
        except KeyboardInterrupt:
            interrupted = True
        path = window_place_path()
        kept = self.placement.kept
        # A folder in its place was told as the game started (read_window_place): not again at every close
        problem = None if is_dir(path) else write_window_place(kept.place, path, kept.maximised)
        if problem:  # the window is going: the console is the one place left to say it
            log.warning("%s", problem)
        for scene in reversed(self.ctx.stack):  # the window closes: a level in play keeps its replay
            scene.close()
        self.ctx.writer.finish()  # the files still being written (a win's, the replay just kept) are written first
        # After the scenes close: a replay --record could not write there is told in the status too
        status = 130 if interrupted else self.ctx.exit_status  # 128 + SIGINT, as a shell reports an interrupted program
        if not keep_open:
            self.ctx.audio.close()
            pygame.quit()
        return status

    def _loop(self, max_frames: int | None) -> None:
        clock = self.clock
        ctx = self.ctx
        lag = 0.0
        frames = 0
        clock.start()
        while ctx.running and ctx.stack:
            frame_dt = clock.elapsed()
            actions = self.input.poll()
            if actions.quit:  # the window's close ends the game here, whichever scene is up: none sees it
                for scene in ctx.stack:  # but a run under way is kept first, as Save and quit keeps it
                    scene.window_closing()
                break
            if actions.fullscreen:  # F11 or Alt+Enter, whichever scene is up
                toggle_fullscreen(ctx)
            if actions.click is not None and ctx.device == "pad":  # the pointer was hidden (_draw): the click shows it,
                actions = dataclasses.replace(actions, click=None)  # and picks nothing it was not seen over
            ctx.device, ctx.pad_layout = actions.device, actions.pad_layout
            page = ctx.stack[-1]
            held = getattr(self.input, "held_directions", frozenset)()  # a tool's or a test's stand-in holds nothing
            actions = self.repeat.step(actions, held, frame_dt, page if page.repeats else None)
            page.handle(actions)
            if not (ctx.running and ctx.stack):
                break
            lag += min(frame_dt, MAX_FRAME_DT)
            stepped = time.perf_counter()
            while lag >= STEP:
                ctx.stack[-1].step()
                lag -= STEP
            ctx.stats.update(dt=frame_dt, step_ms=(time.perf_counter() - stepped) * 1000,
                             frame_ms=frame_dt * 1000, fps=clock.fps())
            ctx.stack[-1].frame(frame_dt)
            ctx.tell_failed_writes()  # a file written off the frame that could not be: the page showing says so
            if ctx.level_built:  # the next frame is timed from here: the time the load took is not played
                ctx.level_built = False
                clock.start()
            ctx.audio.update()  # a new track starts once the last has faded out
            self._draw(lag / STEP)
            ctx.writer.start()  # the files given it this frame, written now that it is drawn
            # After fullscreen, whichever scene left it, the window's own size again; the player's maximise noted
            self.placement.update(maximised=actions.maximised)
            frames += 1
            if max_frames is not None and frames >= max_frames:
                break
            # Slowly while another window has the focus (a stand-in for the devices, a tool's script, has it always)
            clock.wait(idle=not getattr(self.input, "focused", True))

    def _draw(self, alpha: float) -> None:
        scene = self.ctx.stack[-1]
        # Menus show the pointer, but not to a pad player (it sat over the menu they steer with the stick; the mouse
        # moved brings it back); a level's reticle replaces it
        pointer = scene.pointer and self.ctx.device != "pad"
        if pygame.mouse.get_visible() != pointer:
            pygame.mouse.set_visible(pointer)
        scene.draw(self.window, alpha)  # a page over another draws that one's backdrop itself
        pygame.display.flip()
