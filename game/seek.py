"""Seeking in a replay: the game's state kept every KEYFRAME_EVERY ticks as it plays, to go back to, and a frame's
budget of time for the ticks a seek runs headless."""

import pickle
import time
from collections.abc import Callable
from dataclasses import dataclass

from game.playback import Playhead
from game.sim.resources import TICK_RATE
from game.sim.snapshot import restore, snapshot

# Ticks between the states kept. A seek back restores the last one before its tick and plays on from it, each tick
# checked: at most this many ticks (~0.45 s checked on this machine at ~1,350 a second in a fight; a snapshot ~0.5 ms
# to take, ~2 ms to restore), where playing from the start took ~13 s to reach the end of a 5-minute fight.
KEYFRAME_EVERY = 10 * TICK_RATE
FRAME_BUDGET = 0.012  # s of a frame a seek runs ticks for: the window still draws and answers ~60 times a second


@dataclass(frozen=True)
class Keyframe:
    """A replay's state at one tick, to seek from."""
    # the game's snapshot (game.sim.snapshot), tick-exact, pickled: a game restored from the dict itself would share its
    # lists and change them as it plays (Rei's lines waiting), and the next seek from it would part ways
    state: bytes
    head: Playhead  # the playhead as it stood then (copied out again for each use)
    ended_tick: int | None  # the tick the level was decided on, if it was by then


class Keyframes:
    """The states a replay's game passed through every KEYFRAME_EVERY ticks, checked against the recording."""

    def __init__(self) -> None:
        self.kept: dict[int, Keyframe] = {}

    def keep(self, game, head: Playhead, ended_tick: int | None) -> None:
        """Keep the game's state if it stands on a keyframe's tick not kept yet (call after each tick checked)."""
        if head.tick % KEYFRAME_EVERY == 0 and head.tick not in self.kept:
            self.kept[head.tick] = Keyframe(pickle.dumps(snapshot(game)), head.copy(), ended_tick)

    def before(self, tick: int) -> Keyframe | None:
        """The last kept at or before `tick`, if any."""
        ticks = [kept for kept in self.kept if kept <= tick]
        return self.kept[max(ticks)] if ticks else None

    @staticmethod
    def resume(keyframe: Keyframe, game):
        """(a new game, its playhead) where `keyframe` stood, on the map and data `game` plays with."""
        return restore(game.res.level, game.res.catalog, pickle.loads(keyframe.state)), keyframe.head.copy()


class FrameBudget:
    """The time a frame gives a seek's ticks: `seconds` from begin(), by `now` (tests pass a clock of their own)."""

    def __init__(self, seconds: float = FRAME_BUDGET, now: Callable[[], float] = time.perf_counter) -> None:
        self.seconds, self.now = seconds, now
        self.ends = 0.0

    def begin(self) -> None:
        self.ends = self.now() + self.seconds

    def left(self) -> bool:
        return self.now() < self.ends
