"""Opening the way: when what the bot wants lies behind a shut gate, the place it can get to that opens one.

A player who finds every way to the goal shut looks for what opens it; so does the bot, and only then: when no goal
(an open objective, or an enemy on a map without objectives) is in reach on the walls as they stand. Of the shut
gates whose trigger it can walk into, or whose objective it can reach (and hold), it takes those whose opening alone
puts a goal in reach, else any of them (one gate behind another, or a switch behind a gate: each opened brings the
next in reach), and goes for the nearest such switch. Gates are taken in file order and only a nearer switch replaces
the one found, so on the same seed it chooses the same.
"""

import math

from game.bot.navigation import NavGrid
from game.content.level_data import Region
from game.sim.resources import objectives_open

NEAR_CENTRE = 256.0  # px: for a place too narrow for a node, how far from its centre the node to head for may lie


def node_for(grid: NavGrid, region: Region) -> int | None:
    """The node to head for to get into a region: a reachable one inside it (roomy, near its centre); for a region too
    narrow for a node, the open node nearest its centre if it lies in the machine's own area; None when out of reach."""
    node = grid.best_node_in(region)
    if node is None:
        node = grid.nearest_open(*region.centre, within=NEAR_CENTRE)
        if node is not None and not grid.reachable(node):
            return None  # the open ground there is another area's: the way to it is walled off
    return node


def spot(x: float, y: float) -> Region:
    """A point as a region (an enemy where it stands), for node_for."""
    return Region("rectangle", x, y, 0.0, 0.0)


class GateOpener:
    """The gates the bot may open for the walls as they stand, and the grid it would have with each one open."""

    def __init__(self, game, grid: NavGrid) -> None:
        self.game = game
        self.grid = grid
        self.opened: dict[int, NavGrid] = {}  # gate index → the grid with that gate open too, made when first asked

    def switch(self, x: float, y: float, goals: list[Region]) -> tuple[int, Region] | None:
        """(node, place) of the switch to fire first for the machine at (x, y): None while a goal is in reach, or
        when nothing it can get to opens a gate."""
        switches = self._switches()
        if not switches or not goals or any(node_for(self.grid, goal) is not None for goal in goals):
            return None
        best, best_key = None, None
        for index, node, place in switches:
            sx, sy = self.grid.point(node)
            key = (not self._opens_the_way(index, x, y, goals), math.hypot(sx - x, sy - y))
            if best_key is None or key < best_key:
                best, best_key = (node, place), key
        return best

    def _switches(self) -> list[tuple[int, int, Region]]:
        """(gate index, node, place) for each gate still shut that a trigger or open objective in reach opens."""
        res = self.game.res
        level = res.level
        if not any(gate.opens and state.shut for gate, state in zip(level.gates, res.gates)):
            return []  # most maps: no gate to open, and no places to look over every tick
        places = {trigger.object_id: trigger.region for trigger in level.triggers}
        for objective, is_open, reached in zip(level.objectives, objectives_open(level, res.objectives_reached),
                                               res.objectives_reached):
            if is_open and not reached:  # a closed one counts nothing yet, so holding it opens nothing
                places[objective.object_id] = objective.region
        switches = []
        for index, (gate, state) in enumerate(zip(level.gates, res.gates)):
            if gate.opens and state.shut and not state.worked and gate.opens in places:
                node = node_for(self.grid, places[gate.opens])
                if node is not None:
                    switches.append((index, node, places[gate.opens]))
        return switches

    def _opens_the_way(self, index: int, x: float, y: float, goals: list[Region]) -> bool:
        """Whether opening this gate alone puts a goal in reach."""
        grid = self.opened.get(index)
        if grid is None:
            res = self.game.res
            shut = tuple(state.shut and number != index for number, state in enumerate(res.gates))
            grid = self.opened[index] = NavGrid(res.level.with_gates(shut), self.grid.radius, (x, y))
        return any(node_for(grid, goal) is not None for goal in goals)
