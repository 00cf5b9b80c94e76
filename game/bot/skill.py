"""How well the bot plays: the expert's sure hands, or a new player's (late, rough, no tricks), a level designer's test.

A Skill is the numbers the pilot reads; Hands keeps what a skill's eyes and aim carry from tick to tick. The novice's
roughness is drawn from a generator of its own, seeded by the game's seed: the same seed plays the same game, and
the simulation's own generator is never drawn on, so the rules run as they would under a player's hands.
"""

import random
from dataclasses import dataclass

from game.bot.combat import FIRE_RESUME, FIRE_STOP


@dataclass(frozen=True)
class Skill:
    """How well the bot pilots: how soon it notices, how far behind and how widely it aims."""
    name: str
    reaction: int  # ticks a machine must be in sight and rifle range before it is shot at (noticed)
    aim_lag: int  # ticks behind a machine its aim runs: where it was seen, not where it will be (0: the lead point)
    aim_error: float  # px: spread (standard deviation, each way) of the aim round that point
    error_every: int  # ticks one aim error is kept before the next is drawn
    tricks: bool  # dash, missiles, knuckle, strafing and ramming, V-MAX on a cool gauge: the expert's whole kit
    fire_stop: float  # % heat from which the rifle rests...
    fire_resume: float  # ...until the gauge is down to this
    vmax_reach: float  # px: a machine this close (in sight; a novice: noticed) is worth pressing V-MAX for
    stands_within: float  # px: without tricks, it stops walking to shoot a machine this close (0: it never does)


EXPERT = Skill("expert", reaction=0, aim_lag=0, aim_error=0.0, error_every=1, tricks=True,
               fire_stop=FIRE_STOP, fire_resume=FIRE_RESUME, vmax_reach=420.0, stands_within=0.0)
# A new player: reacts a quarter of a second late, aims where the machine was 8 ticks ago and ~16 px off, never
# dashes, launches or punches, fires until the gauge warns, presses V-MAX when full with a machine near, and walks
# the way to its goal, standing still to shoot whatever comes close.
NOVICE = Skill("novice", reaction=15, aim_lag=8, aim_error=16.0, error_every=30, tricks=False,
               fire_stop=85.0, fire_resume=85.0, vmax_reach=300.0, stands_within=220.0)
SKILLS = {skill.name: skill for skill in (EXPERT, NOVICE)}


class Hands:
    """A skill's eyes and aim: which machines it has noticed, and where it aims at one."""

    def __init__(self, skill: Skill, seed: int) -> None:
        self.skill = skill
        self.rng = random.Random(f"bot {skill.name} {seed}")  # its own: never the simulation's generator
        self.seen_since: dict[int, int] = {}  # entity -> tick it was first in sight and range
        self.trail: dict[int, list[tuple[float, float]]] = {}  # entity -> its last aim_lag + 1 places
        self.error = (0.0, 0.0)

    def see(self, foes, tick: int, reach: float) -> list:
        """Once a tick: the foes it has noticed (all of them for a skill with no reaction time)."""
        skill = self.skill
        if skill.aim_lag:
            for foe in foes:
                places = self.trail.setdefault(foe.entity, [])
                places.append((foe.x, foe.y))
                del places[:-skill.aim_lag - 1]
        if skill.aim_error and tick % skill.error_every == 0:
            self.error = (self.rng.gauss(0.0, skill.aim_error), self.rng.gauss(0.0, skill.aim_error))
        if not skill.reaction:
            return foes
        for foe in foes:
            if foe.visible and foe.distance <= reach:
                self.seen_since.setdefault(foe.entity, tick)
        return [foe for foe in foes if tick - self.seen_since.get(foe.entity, tick) >= skill.reaction]

    def aim(self, foe, lead_point: tuple[float, float]) -> tuple[float, float]:
        """Where it aims at `foe`: the lead point, or for a skill with aim lag the place the foe was, off by the
        error of the moment."""
        if not self.skill.aim_lag:
            return lead_point
        x, y = self.trail[foe.entity][0]
        return x + self.error[0], y + self.error[1]
