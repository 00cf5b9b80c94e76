"""Reinforcements: enemy spawns with `arrives` come in when their trigger fires or their objective's hold starts."""

import math

from game.sim.components import Body, Brain, Facing, Intent, Position
from game.sim.events import ReinforcementsCalled, Reinforced
from game.sim.resources import TICK_RATE
from game.sim.routes import find_route
from game.sim.spawn import spawn_enemy
from game.sim.systems.outcome import outcome_now
from game.sim.systems.places import fired_switches

# s between the call and the arrival: the view marks each spot for this long, so none comes in unannounced on a map
# small enough to show its spawns from where they are called (the outpost is one screen wide)
ARRIVAL_WARNING = 1.5
ARRIVAL_TICKS = round(ARRIVAL_WARNING * TICK_RATE)


def bring_reinforcements(world, res) -> None:
    """Call the reinforcements whose trigger or objective has just fired, count down their warning, and bring in
    those whose warning is over, alerted toward the player. One whose spot the Layzner stands on waits until it
    moves off: a machine never comes in on top of it."""
    # Nothing comes on the tick the level ends: the alarm, Rei's "new contacts" and the landing marks would greet the
    # result screen (the last objective reached, or a trigger fired, as the clock runs out)
    if not res.arrivals or res.outcome is not None or outcome_now(world, res) is not None:
        return
    spawns = {spawn.object_id: spawn for spawn in res.level.arrivals}
    waiting = []
    for entry in res.arrivals:  # those inbound first: one called this tick counts its warning from the next
        if entry[1] > 0:
            entry[1] -= 1
        if entry[1] != 0 or not _arrive(world, res, spawns[entry[0]]):
            waiting.append(entry)
    res.arrivals = waiting
    fired = fired_switches(res)
    called: dict[int, list] = {}  # what brought them → their spawns, in file order (a dict: iterated in order)
    for entry in res.arrivals:
        spawn = spawns[entry[0]]
        if entry[1] < 0 and fired.get(spawn.arrives):
            entry[1] = ARRIVAL_TICKS
            called.setdefault(spawn.arrives, []).append(spawn)
    for source, came in called.items():
        res.events.append(ReinforcementsCalled(source, len(came), tuple((s.x, s.y) for s in came)))


def _arrive(world, res, spawn) -> bool:
    """Bring one machine in at its spawn, searching toward the Layzner as an alarm would send it, its post the spot
    the Layzner holds; False while the Layzner is in the way."""
    radius = res.catalog.units[spawn.kind].radius
    player_pos, player_body = world.try_get(res.player, Position), world.try_get(res.player, Body)
    target = (player_pos.x, player_pos.y) if player_pos is not None else res.level.player_spawn
    if player_pos is not None and player_body is not None \
            and math.hypot(player_pos.x - spawn.x, player_pos.y - spawn.y) < 2 * (radius + player_body.radius):
        return False
    entity = spawn_enemy(world, res, spawn)
    brain = world.get(entity, Brain)
    route = find_route(res.walls, (spawn.x, spawn.y), target)
    speed = res.catalog.units[spawn.kind].max_speed
    # It searches all the way there, however far: give_up_time alone would send one from across the map back home
    # half-way. Its post is where the Layzner was, so once it gives up it keeps that ground, not its spawn.
    way = sum(math.dist(a, b) for a, b in zip(((spawn.x, spawn.y),) + route, route))
    # It lands facing its way there: placed facing the player's start, it landed looking away from a Layzner that had
    # moved on (121-158 degrees on the outpost and the canyon) and spent a second turning round in plain view.
    ahead = next((point for point in route if math.dist(point, (spawn.x, spawn.y)) >= 1.0), target)
    angle = math.atan2(ahead[1] - spawn.y, ahead[0] - spawn.x)
    world.get(entity, Facing).angle = angle
    intent = world.get(entity, Intent)
    intent.aim_x, intent.aim_y = spawn.x + math.cos(angle) * 100, spawn.y + math.sin(angle) * 100
    brain.state, brain.last_seen, brain.route, brain.home = "search", target, route, target
    brain.timer = res.catalog.units[spawn.kind].ai.give_up_time + way / max(speed, 1.0)
    brain.thought_at = res.clock.tick  # its first look counts from now, not from the level's start
    res.events.append(Reinforced(entity, spawn.kind, spawn.x, spawn.y))
    return True
