"""Game: one level being played: the world, the shared resources, and the tick that runs the schedule."""

import hashlib
import random
import struct

from game.content.catalog import Catalog
from game.content.level_data import LevelData
from game.sim.components import Brain, Health, Intent
from game.sim.resources import TICK_RATE, Resources, Voice
from game.sim.routes import prepare
from game.sim.schedule import SYSTEMS
from game.sim.shots import all_shots
from game.sim.systems.outcome import hostiles_left
from game.sim.spawn import PLAYER_FACING, spawn_level
from game.sim.world import World


# The player's whole say in the game, tick by tick: replays record exactly these, in this order.
INTENT_FIELDS = ("move_x", "move_y", "aim_x", "aim_y", "fire", "missile", "dash", "vmax", "knuckle")


class Game:
    def __init__(self, level: LevelData, catalog: Catalog, seed: int, populate: bool = True,
                 difficulty: str = "normal", start_facing: float = PLAYER_FACING, taught: tuple[str, ...] = ()) -> None:
        """A game at its first tick; populate=False leaves the world empty for a snapshot to fill. start_facing: the
        way the Layzner faces at level.player_spawn (a playtest's start faces the object it began at). taught: Rei's
        lessons the missions before this one in the run taught (speech.taught), not taught again."""
        self.seed = seed
        self.world = World()
        self.res = Resources(level=level, catalog=catalog, rng=random.Random(seed),
                             voice=Voice(seed=seed, taught=taught),
                             difficulty=difficulty)
        prepare(level)  # the tables over its walls made now, not in its first ticks: a big map's would stall them
        if populate:
            spawn_level(self.world, self.res, start_facing)

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
    def seconds(self) -> float:
        return self.res.clock.seconds

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

    def enemies(self) -> list[int]:
        """The machines the computer drives, by entity id: in the order the map lists their spawns, so the first `E`
        of a test's ASCII map is enemies()[0]. A machine destroyed or disabled is no longer one."""
        return [entity for entity, _ in self.world.query(Brain)]

    def enemies_alive(self) -> int:
        return len(self.world.query(Brain))

    def hostiles_left(self) -> int:
        """Enemies on the map and inbound, and on a map won by stopping them all, those still to arrive (HOSTILES)."""
        return hostiles_left(self.world, self.res)

    def shots_in_flight(self) -> int:
        """Bolts and missiles flying now."""
        return len(self.res.bolts) + len(self.res.missiles)

    def entity_count(self) -> int:
        return len(self.world.entities())

    def read_intent(self) -> tuple:
        """The player's intent as a tuple of INTENT_FIELDS (None when the player's machine is gone)."""
        intent = self.player_intent()
        return None if intent is None else tuple(getattr(intent, name) for name in INTENT_FIELDS)

    def write_intent(self, values) -> None:
        intent = self.player_intent()
        if intent is not None and values is not None:
            for name, value in zip(INTENT_FIELDS, values):
                setattr(intent, name, value)

    def state_hash(self) -> str:
        """A digest of everything the rules depend on (not cosmetics): same inputs and seed, same hash."""
        return combined_hash(self.component_hashes())

    def component_hashes(self) -> dict[str, str]:
        """One short digest per part of the state: each component type across all entities, and the resources.

        When two runs part ways, the first part whose digest differs says where to look.
        """
        res = self.res
        parts: dict[str, hashlib.blake2b] = {}

        def part(name):
            if name not in parts:
                parts[name] = hashlib.blake2b(digest_size=8)
            return parts[name]

        part("resources").update(repr((res.clock.tick, res.tally, res.fouron, res.advice, res.voice, res.outcome,
                                       res.player, [(t.inside, t.fired) for t in res.triggers],
                                       res.objectives_reached)).encode())
        if any(res.objectives_held):  # a part of its own, and only while a hold is under way: the hashes of
            part("objective holds").update(repr(res.objectives_held).encode())  # runs without one stay as they were
        if res.level.arrivals:  # likewise: only a map with reinforcements hashes those still to come
            part("arrivals").update(repr(res.arrivals).encode())
        if res.gates:  # likewise: only a map with gates hashes how they stand
            part("gates").update(repr([(state.shut, state.worked) for state in res.gates]).encode())
        if res.difficulty != "normal":  # likewise: a game on Normal hashes as before there were difficulties
            part("difficulty").update(res.difficulty.encode())
        version, words, gauss = res.rng.getstate()
        part("rng").update(struct.pack(f"<{len(words)}Q", *words) + repr((version, gauss)).encode())
        shots = part("shots")
        shots.update(repr(res.shots_fired).encode())
        for shot in all_shots(res):
            shots.update(repr(shot).encode())
        for entity in self.world.entities():
            for component in self.world.components(entity):
                digest = part(type(component).__name__)
                digest.update(struct.pack("<q", entity))
                digest.update(repr(component).encode())  # a dataclass repr lists every field, in order
        return {name: digest.hexdigest() for name, digest in parts.items()}

    def close(self) -> None:
        self.world.close()


def combined_hash(parts: dict[str, str]) -> str:
    """The state hash from the component hashes (a replay that keeps both hashes each tick once, not twice)."""
    digest = hashlib.blake2b(digest_size=16)
    for part, value in sorted(parts.items()):
        digest.update(part.encode())
        digest.update(value.encode())
    return digest.hexdigest()
