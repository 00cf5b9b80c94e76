"""The app's clocks: how long each frame lasted in game time, and how frames are paced."""

import time
from collections.abc import Callable

import pygame

from game.sim.resources import STEP

MAX_FPS = 144
# Frames a second while the window has lost the keyboard's focus (alt-tab): a level has paused, and a pause menu redrawn
# 144 times a second for no one kept a core 70 % busy. The next frame after the focus comes back is at most 1/15 s away
IDLE_FPS = 15


class WallClock:
    """The game as played: a frame lasts as long as it really took, and frames are paced to at most MAX_FPS."""

    def __init__(self, now: Callable[[], float] = time.perf_counter) -> None:
        """`now`: seconds (tests pass their own)."""
        self.pacer = pygame.time.Clock()
        self.now = now
        self.last = now()

    def start(self) -> None:
        """The loop begins (again), or a level has just been built: time spent outside the frames, or loading, is not
        a frame's."""
        self.last = self.now()

    def elapsed(self) -> float:
        """s since the last frame began."""
        now = self.now()
        elapsed, self.last = now - self.last, now
        return elapsed

    def wait(self, idle: bool = False) -> None:
        """The frame is done: wait for the next, if it is early (at IDLE_FPS's pace when `idle`: no one is playing)."""
        self.pacer.tick(IDLE_FPS if idle else MAX_FPS)

    def fps(self) -> float:
        """Frames a second of late, for F3."""
        return self.pacer.get_fps()


class FixedClock:
    """Every frame lasts `dt` (one tick by default) however long it took to make, and none waits: the same frames on
    any machine under any load (tools/screenshot.py plans its shots frame by frame)."""

    def __init__(self, dt: float = STEP) -> None:
        self.dt = dt
        self.meter = pygame.time.Clock()  # only for F3's FPS, which says how fast frames really come

    def start(self) -> None:
        pass

    def elapsed(self) -> float:
        return self.dt

    def wait(self, idle: bool = False) -> None:
        self.meter.tick()

    def fps(self) -> float:
        return self.meter.get_fps()
