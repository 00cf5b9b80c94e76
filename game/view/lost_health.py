"""The health a machine lost just now, kept for its gauge: a lighter chunk where the hits took it, draining after."""

from game.sim.components import Health
from game.sim.events import Damaged

HOLD = 0.35  # s the lost chunk stays whole after the last hit: long enough to be seen under fire
DRAIN = 0.8  # share of a full gauge the chunk drains by each second once held: a Dis's worth in about a second


class LostHealth:
    """{machine: share of its health (0..1) the lost chunk reaches up to} in `tops`, for the machines hit lately."""

    def __init__(self) -> None:
        self.tops: dict[int, float] = {}
        self._held: dict[int, float] = {}  # machine → s since its last hit

    def on_events(self, events, world) -> None:
        """Hits this frame (all the ticks it ran): each machine hit keeps, as its chunk's top, the health it had before
        the first of them; hit again while its chunk shows, the chunk reaches on down from where it stands."""
        healths = world.index(Health)
        taken: dict[int, float] = {}
        for event in events:
            if isinstance(event, Damaged) and event.entity in healths:
                taken[event.entity] = taken.get(event.entity, 0.0) + event.amount
        for entity, amount in taken.items():
            health = healths[entity]
            if health.max_hit_points > 0:
                before = min(1.0, (health.hit_points + amount) / health.max_hit_points)
                self.tops[entity] = max(self.tops.get(entity, 0.0), before)
                self._held[entity] = 0.0

    def update(self, dt: float, world) -> None:
        """Drain each chunk once held HOLD s, down to the health left; a machine whose chunk is gone, or that has no
        health left to show (wrecked, disabled), is let go."""
        healths = world.index(Health)
        for entity in list(self.tops):
            health = healths.get(entity)
            held = self._held[entity] = self._held[entity] + dt
            if held > HOLD:
                self.tops[entity] -= DRAIN * dt
            if health is None or health.max_hit_points <= 0 or \
                    self.tops[entity] <= health.hit_points / health.max_hit_points:
                del self.tops[entity], self._held[entity]
