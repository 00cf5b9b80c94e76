"""Whether the Layzner is in a fight, read from the game once a frame for the music's fight layer (Audio.set_fighting):
a machine aware of it and coming at it, or a hit landing anywhere, is a sign of one; the fight is on from its first sign
until QUIET_AFTER seconds of the game's time have passed without any, and off once the level is decided. Only read:
the simulation never knows."""

from game.sim.components import Brain
from game.sim.events import Damaged
from game.sim.resources import TICK_RATE

# A machine in these states has the Layzner in its sights (spotted it and reacting, or fighting it); one searching for
# it, or going back to its post, is not fighting yet: a lull the layer may fall in
AWARE = frozenset({"alert", "engage"})
# s of the game's time without a sign before the fight is over: a machine losing sight of the Layzner behind a wall
# for a moment, or between two bursts, is not the music giving up (with the mixer's FIGHT_OUT_MS: silent 5.5 s after)
QUIET_AFTER = 2.0


class FightWatch:
    """The fight's on-and-off for one level's run, with QUIET_AFTER's hold against flapping."""

    def __init__(self) -> None:
        self.game = None  # the game last read: another (a restart, a replay sought back) starts afresh
        self.last_sign = -1  # tick of the last sign of a fight seen, -1 for none

    def fighting(self, game, events) -> bool:
        """Whether the fight is on after this frame's `events` (its ticks' events) in `game` as it stands."""
        if game is not self.game or game.tick < self.last_sign:
            self.game, self.last_sign = game, -1
        if game.outcome is not None:
            return False
        if any(isinstance(event, Damaged) for event in events) or \
                any(brain.state in AWARE for brain in game.world.index(Brain).values()):
            self.last_sign = game.tick
        return self.last_sign >= 0 and game.tick - self.last_sign < QUIET_AFTER * TICK_RATE
