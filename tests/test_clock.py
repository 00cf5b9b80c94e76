"""The app's clock: given a FixedClock, the app makes the same frames whatever the machine's speed (screenshots)."""

import time

import pygame

from game.app import App
from game.clock import FixedClock
from game.input.actions import Actions
from game.scenes.play import PlayScene
from game.session import DEFAULT_LEVEL
from game.sim.resources import STEP


class Stalling:
    """Stands in for the input devices: fights north-east, and stalls the frames it is told to, as a busy machine
    would (the work between frames taking as long as a few ticks)."""

    def __init__(self, stalls=()) -> None:
        self.stalls, self.frame = set(stalls), 0

    def poll(self) -> Actions:
        self.frame += 1
        if self.frame in self.stalls:
            time.sleep(0.06)
        return Actions(move=(0.7, -0.7), aim_screen=(900, 200), fire=True)


def run_level(frames: int, stalls=()) -> tuple[int, bytes, float]:
    """The level's tick, its picture and the last frame's length after `frames` frames on a FixedClock."""
    app = App(DEFAULT_LEVEL, seed=3, skip_title=True, audio=False, clock=FixedClock())
    app.input = Stalling(stalls)
    try:
        app.run(max_frames=frames, keep_open=True)
        scene = app.ctx.stack[-1]
        assert isinstance(scene, PlayScene)
        return scene.game.tick, pygame.image.tobytes(app.window, "RGB"), app.ctx.stats["dt"]
    finally:
        pygame.quit()


def test_on_a_fixed_clock_every_frame_is_one_tick_however_long_it_took_to_make():
    tick, _, dt = run_level(40, stalls=range(5, 40, 5))  # wall time: 8 stalls of 60 ms, about 40 ticks' worth more
    assert tick == 40
    assert dt == STEP  # what the scenes are told a frame lasted: their fades and timers keep game time too


def test_the_same_frames_on_a_fixed_clock_are_the_same_picture_on_a_stalling_machine():
    _, calm, _ = run_level(90)
    _, stalled, _ = run_level(90, stalls=range(3, 90, 7))
    assert calm == stalled


class PacedClock(FixedClock):
    """A FixedClock that notes, frame by frame, whether the app asked for the idle pace."""

    def __init__(self) -> None:
        super().__init__()
        self.idle: list[bool] = []

    def wait(self, idle: bool = False) -> None:
        self.idle.append(idle)


def test_while_another_window_has_the_focus_the_game_paces_its_frames_slowly_and_at_full_pace_once_back():
    """Alt-tab mid-fight: the level pauses, and its pause menu was redrawn 144 times a second for no one (70 % of a
    core measured under Xvfb); the pace comes back with the focus."""
    from game.scenes.pause import PauseScene
    clock = PacedClock()
    app = App(DEFAULT_LEVEL, seed=3, skip_title=True, audio=False, clock=clock)
    try:
        app.run(max_frames=3, keep_open=True)  # the app waits after every frame but the last
        assert clock.idle == [False, False]
        pygame.event.post(pygame.event.Event(pygame.WINDOWFOCUSLOST))
        app.run(max_frames=3, keep_open=True)
        assert isinstance(app.ctx.stack[-1], PauseScene) and clock.idle[2:] == [True, True]
        pygame.event.post(pygame.event.Event(pygame.WINDOWFOCUSGAINED))
        app.run(max_frames=3, keep_open=True)
        assert clock.idle[4:] == [False, False]
    finally:
        pygame.quit()
