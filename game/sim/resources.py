"""Resources: the state systems share besides entities: clock, seeded generator, level, catalog, events, outcome."""

import random
from dataclasses import dataclass, field

from game.content.catalog import Catalog
from game.content.level import LevelData

TICK_RATE = 60
STEP = 1.0 / TICK_RATE  # s of game time per tick


@dataclass
class Clock:
    tick: int = 0

    @property
    def seconds(self) -> float:
        return self.tick * STEP


@dataclass
class TriggerState:
    inside: bool = False  # the player was inside last tick: triggers fire on entering, not on standing
    fired: int = 0


@dataclass
class Resources:
    level: LevelData
    catalog: Catalog
    rng: random.Random  # the simulation's only source of chance; cosmetics have their own
    clock: Clock = field(default_factory=Clock)
    events: list = field(default_factory=list)  # this tick's events, in the order they happened
    player: int = 0  # the player's entity id (it may be dead)
    outcome: str | None = None  # "won" or "lost" once decided
    outcome_reason: str = ""  # "time" when the level's time ran out
    destroyed: int = 0  # enemies destroyed this level
    triggers: list[TriggerState] = field(default_factory=list)  # one per level.triggers, same order
    objectives_reached: list[bool] = field(default_factory=list)  # one per level.objectives, same order

    def __post_init__(self) -> None:
        self.triggers = [TriggerState() for _ in self.level.triggers]
        self.objectives_reached = [False] * len(self.level.objectives)
