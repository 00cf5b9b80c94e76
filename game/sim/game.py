"""Game: one level being played: the world, the shared resources, and the tick that runs the schedule."""

import dataclasses
import hashlib
import random
import struct

from game.content.catalog import Catalog
from game.content.level import LevelData
from game.sim.components import Brain, Health, Intent
from game.sim.resources import STEP, TICK_RATE, Resources
from game.sim.schedule import SYSTEMS
from game.sim.spawn import spawn_level
from game.sim.world import World


class Game:
    def __init__(self, level: LevelData, catalog: Catalog, seed: int) -> None:
        self.seed = seed
        self.world = World()
        self.res = Resources(level=level, catalog=catalog, rng=random.Random(seed))
        spawn_level(self.world, self.res)

    # -- stepping ---------------------------------------------------------------------------------
    def step(self) -> list:
        """Run one 1/60 s tick; returns the events it produced (they are cleared at the next tick)."""
        self.res.events.clear()
        for system in SYSTEMS:
            system(self.world, self.res)
        return self.res.events

    def run(self, seconds: float = 0.0, ticks: int = 0) -> list:
        """Run for a while; returns every event that happened, in order."""
        happened = []
        for _ in range(ticks or round(seconds * TICK_RATE)):
            happened.extend(self.step())
        return happened

    # -- what tests, the HUD and the headless report ask ------------------------------------------
    @property
    def tick(self) -> int:
        return self.res.clock.tick

    @property
    def events(self) -> list:
        return self.res.events

    @property
    def outcome(self) -> str | None:
        return self.res.outcome

    @property
    def player(self) -> int:
        return self.res.player

    def player_intent(self) -> Intent | None:
        return self.world.try_get(self.res.player, Intent)

    def player_health(self) -> Health | None:
        return self.world.try_get(self.res.player, Health)

    def enemies_alive(self) -> int:
        return len(self.world.query(Brain))

    def entity_count(self) -> int:
        return len(self.world.entities())

    def state_hash(self) -> str:
        """A digest of everything the rules depend on (not cosmetics): same inputs and seed, same hash."""
        digest = hashlib.blake2b(digest_size=16)
        digest.update(struct.pack("<qd", self.res.clock.tick, float(self.res.destroyed)))
        digest.update(repr(self.res.rng.getstate()).encode())
        for entity in self.world.entities():
            digest.update(struct.pack("<q", entity))
            for component in sorted(self.world.components(entity), key=lambda c: type(c).__name__):
                digest.update(type(component).__name__.encode())
                digest.update(repr(dataclasses.astuple(component)).encode())
        return digest.hexdigest()

    def close(self) -> None:
        self.world.close()

    @property
    def seconds(self) -> float:
        return self.res.clock.tick * STEP
