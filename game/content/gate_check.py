"""The checker's word on gates: each on the map and clear of the machines it would shut in at the start, and the
ways on foot as the player finds them, through every gate that opens from a place the player can get to."""

from game.content.errors import Problem, quote
from game.content.level_data import Gate, LevelData, Region
from game.content.reach import Reach

NAMED_AT_MOST = 3  # gates named in one line: more would push the hint off the screen


def gate_problems(level: LevelData, machines: list[tuple[str, str, float, float, float]]) -> list[Problem]:
    """A gate wholly on the map, and, one that starts shut, clear of every machine there as play starts: `machines`
    are (how a message names it, what it is, x, y, radius). Shut over one, it would start inside a wall."""
    problems = []
    width, height = level.pixel_size
    for gate in level.gates:
        region = gate.region
        if region.x < 0 or region.y < 0 or region.x + region.width > width or region.y + region.height > height:
            problems.append(Problem(level.path, gate.where, f"a gate on the map ({width} x {height} px)",
                                    f"it at ({region.x:g}, {region.y:g}), {region.width:g} x {region.height:g} px, "
                                    "reaching off the map", "move it onto the map"))
            continue
        for where, what, x, y, radius in machines if gate.starts_shut else ():
            if _touches(region, x, y, radius):
                problems.append(Problem(level.path, gate.where, f"a gate clear of {what} while it is shut",
                                        f"{what} under it ({where})", f"it starts shut, so the machine would start "
                                        "inside a wall: move the gate or the spawn, or make it a gate that shuts"))
    return problems


def _touches(region: Region, x: float, y: float, radius: float) -> bool:
    """Whether a circle reaches into the rectangle."""
    near_x = min(max(x, region.x), region.x + region.width)
    near_y = min(max(y, region.y), region.y + region.height)
    return (x - near_x) ** 2 + (y - near_y) ** 2 < radius * radius


def reach_through_gates(level: LevelData, radius: float) -> tuple[Reach, tuple[bool, ...]]:
    """Where the player can walk (Reach) and which gates stay shut for it: from the gates as they stand at the start,
    each gate that opens from a trigger the player can walk into, or an objective it can reach, opened in turn, until
    no more open. A gate that shuts is taken as open, as it starts: the checker does not tell whether the player gets
    through before it shuts."""
    places = {place.object_id: place.region for place in (*level.triggers, *level.objectives)}
    shut = tuple(gate.starts_shut for gate in level.gates)
    while True:
        reach = Reach(level.with_gates(shut), radius)
        opened = tuple(closed and not (gate.opens in places and reach.any_inside(places[gate.opens]))
                       for gate, closed in zip(level.gates, shut))
        if opened == shut:
            return reach, shut
        shut = opened


def behind_gates(level: LevelData, radius: float, region: Region, shut: tuple[bool, ...]) -> str:
    """", behind gate N "name", which nothing the player can reach opens" when the gates still shut are what keep the
    player from the region (with them all open, the way is there); "" when they are not."""
    if True not in shut or not Reach(level, radius).any_inside(region):
        return ""
    gates = [gate for gate, closed in zip(level.gates, shut) if closed]
    alone = [gate for gate in gates if Reach(level.with_gates(tuple(g is not gate and c for g, c in
                                                                  zip(level.gates, shut))), radius).any_inside(region)]
    named = alone[:1] or gates[:NAMED_AT_MOST]
    words = " and ".join(_gate_named(gate) for gate in named)
    return f", behind {'gate' if len(named) == 1 else 'gates'} {words}, which nothing the player can reach opens"


def _gate_named(gate: Gate) -> str:
    return f"{gate.object_id}" + (f" {quote(gate.name)}" if gate.name else "")
