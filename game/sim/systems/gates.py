"""Gates: each opens, or shuts, when the trigger or objective that works it fires (as a reinforcement's `arrives`)."""

from game.sim.components import Body, Brain, Position
from game.sim.events import GateOpened, GateShut
from game.sim.routes import find_route
from game.sim.terrain import leg_meets_box
from game.sim.systems.places import fired_switches


def work_gates(world, res) -> None:
    """Open each gate whose trigger or objective has fired; shut each one whose has, as soon as no machine stands in
    it: a gate never shuts on a machine, which pushed out of it might land on the far side of it or in another wall,
    so it waits for the way to clear, as a lift's door does. Once one moves, every route under way is found again on
    the walls as they now stand (from where the machine is to where it was going)."""
    if not res.gates:
        return
    fired = fired_switches(res)
    moved = False
    for gate, state in zip(res.level.gates, res.gates):
        state.worked = state.worked or fired.get(gate.switch, False)
        if not state.worked or state.shut != gate.starts_shut:
            continue  # not yet worked, or worked and done
        if gate.starts_shut:
            state.shut = False
            res.events.append(GateOpened(gate.object_id, *gate.region.centre))
        elif not _anyone_in(world, gate.region):
            state.shut = True
            res.events.append(GateShut(gate.object_id, *gate.region.centre))
        else:
            continue
        moved = True
    if moved:
        walls = res.walls
        for _, (brain, pos) in world.query(Brain, Position):
            if brain.route:
                brain.route = find_route(walls, (pos.x, pos.y), brain.route[-1])


def _anyone_in(world, region) -> bool:
    """Whether any machine's body reaches into the rectangle."""
    right, bottom = region.x + region.width, region.y + region.height
    for _, (pos, body) in world.query(Position, Body):
        near_x, near_y = min(max(pos.x, region.x), right), min(max(pos.y, region.y), bottom)
        if (pos.x - near_x) ** 2 + (pos.y - near_y) ** 2 < body.radius * body.radius:
            return True
    return False


def gate_across(res, x0: float, y0: float, x1: float, y1: float, radius: float) -> bool:
    """Whether a gate shut now stands across the straight way from (x0, y0) to (x1, y1) for a machine `radius` px
    round: a patrol's leg a gate cuts (the map's own walls never cross one: the checker sees to that)."""
    return any(state.shut and leg_meets_box(x0, y0, x1, y1, gate.region.box, radius)
               for gate, state in zip(res.level.gates, res.gates))
