"""Enemy pilots: patrol, notice the player by line of sight, close in, strafe and fire, search, go home.

States, in the order a fight usually runs through them:
  patrol  walk the patrol path (or hold position), watching
  alert   saw the player or was shot: turn toward them for reaction_time before the first shot
  engage  sees the player: keep its own share of preferred_range, circle (strafe; turning back when blocked, at
          once before a wall, or toward a machine close by, which it steers off), fire when aimed and in range
  search  lost sight, was shot at, an ally called (a sentry, HoldsPost, heeds no call) or an alarm rang: go and
          look, for give_up_time
  return  go back to its patrol by a route, rejoining its line at the point nearest that way
  hold    no way back to any part of its line (a gate shut behind it): stand guard facing it, and go back as soon as
          a way opens
"""

import math
from math import floor

import numpy as np

from game.sim.components import Brain, HoldsPost, Position, Unit, Velocity
from game.sim.events import AlarmRaised, Damaged, PlayerSpotted
from game.sim.rejoin import cut_off, nearest_on_line, way_back
from game.sim.resources import STEP
from game.sim.routes import ARRIVED, find_route
from game.sim.systems.attackers import hold_fire
from game.sim.systems.enemy_pilots import THINK_EVERY, count_engaged, engaged_by_turn, kept_pilots
from game.sim.systems.gates import gate_across
from game.sim.systems.vmax import can_start
from game.sim.terrain import line_of_sight
from game.sim.vectors import angle_difference, lead_point, normalized
from game.sim.weather import visibility

CALM = ("patrol", "return", "hold")  # the states an alarm or an ally's call sends searching
STUCK_SPEED = 25.0  # px/s: slower than this while strafing means something is in the way
WALL_AHEAD = 32.0  # px from its centre: a wall this near on the way it circles turns it back at once (a Dis is 20)
# A machine's own share of its preferred range, its id times the golden ratio (mod 1) spread over +-RANGE_SPREAD: a
# squad holds rings of different sizes round its target (whose paths as they circle do not cross), evenly spread
# however few (the golden ratio's multiples leave no two ids near in a row close), and with no state to keep.
RANGE_SPREAD = 0.25
GOLDEN = (math.sqrt(5.0) - 1.0) / 2.0
# A machine engaging steers off others nearer than SPACING times their radii together (the drawn hulls are some 1.5
# times the radius), PUSH a machine at touching and nothing at SPACING, at most CAP in all (half a full move: in a
# crowd with no room to spread, more only pressed machines into the walls and out of sight, and cost route searches),
# and turns its circling away from them: bodies meet at their radii, where the hulls overlap by a third, and a squad
# closing on one target was drawn as one blob.
SPACING = 2.2
PUSH = 2.0
CAP = 0.5


def steer_enemies(world, res) -> None:
    """Each enemy pilot looks and decides every THINK_EVERY ticks, staggered by entity; its intent holds between."""
    player_pos = world.try_get(res.player, Position)
    player_vel = world.try_get(res.player, Velocity)
    for event in res.events:
        if isinstance(event, Damaged):  # remembered until the victim next thinks
            brain = world.try_get(event.entity, Brain)
            if brain is not None:
                brain.shot_by = event.source
    alarms = [e for e in res.events if isinstance(e, AlarmRaised)]
    tick = res.clock.tick
    everyone, by_turn, radii = kept_pilots(world, res)
    engaged = engaged_by_turn(world, res)
    # Everyone hears an alarm at once; otherwise those whose turn it is: (tick + entity) % THINK_EVERY == 0.
    turn = -tick % THINK_EVERY
    thinking = everyone if alarms else by_turn.get(turn, ())
    # With no storm zones the storm cuts every sight line alike: visibility() asked once, not at every look.
    storm = None if res.level.zones else visibility(res.level, 0.0, 0.0, 0.0, 0.0)
    for entity, brain, intent, pos, facing, vel, ai, weapon, vmax, heat, radius in thinking:
        dt, brain.thought_at = (tick - brain.thought_at) * STEP, tick
        brain.sees_player = player_pos is not None and _can_see(res, pos, player_pos, ai.sight_range, storm)
        shooter, brain.shot_by = brain.shot_by, 0
        if brain.sees_player:
            brain.last_seen = (player_pos.x, player_pos.y)
        elif shooter:  # a shot gives the shooter away, even unseen
            source = world.try_get(shooter, Position)
            if source is not None:
                brain.last_seen = (source.x, source.y)
        if _change_state(entity, brain, shooter, ai, pos, res, dt):
            _call_for_help(world, res, entity, pos, brain.last_seen, ai.call_range)
        if alarms and brain.state in CALM:
            brain.last_seen = (alarms[-1].x, alarms[-1].y)
            _start_search(brain, ai, pos, res)
        intent.fire = False
        if brain.state == "patrol":
            _patrol(brain, intent, pos, ai, res, radius)
        elif brain.state == "alert":
            _hold_and_aim(intent, brain.last_seen)
        elif brain.state == "hold":
            _hold_and_aim(intent, nearest_on_line((pos.x, pos.y), _line(brain), brain.loop))
        elif brain.state == "engage":
            distance = _engage(brain, entity, intent, pos, vel, ai, res, dt)
            if vmax is not None and heat is not None:
                _use_vmax(vmax, heat, brain, intent, pos, can_start(world, res, entity))
            _lead_the_target(intent, pos, player_vel, weapon)
            # Aimed at the point it leads to, where its torso turns: against a player running across its sights the
            # torso points well ahead of them, and judged against where they are it never fired.
            aim = math.atan2(intent.aim_y - pos.y, intent.aim_x - pos.x)
            aimed = abs(angle_difference(facing.angle, aim)) <= math.radians(ai.aim_tolerance)
            intent.fire = aimed and distance <= ai.firing_range
        else:  # search, return: follow the route
            _follow_route(brain, intent, pos, 1.0 if brain.state == "search" else ai.patrol_speed)
    # Only a pilot thinking goes into or out of engage (a call for help stirs only the calm): Rei's count of those
    # engaging is made again for the turn that thought, not over every pilot.
    _keep_apart(everyone, radii, thinking)
    for group in (by_turn if alarms else (turn,) if thinking else ()):
        engaged[group] = count_engaged(by_turn[group])
    hold_fire(res, everyone, sum(engaged.values()), player_pos)


def _can_see(res, pos, target, sight_range, storm) -> bool:
    """In range, through the dust (storm: visibility's answer where it is the same everywhere, else None), and no
    wall in the way."""
    dx, dy = target.x - pos.x, target.y - pos.y
    if dx * dx + dy * dy > sight_range * sight_range:
        return False
    if storm is None:
        storm = visibility(res.level, pos.x, pos.y, target.x, target.y)
    reach = sight_range * storm  # dust storms blind
    return dx * dx + dy * dy <= reach * reach and line_of_sight(res.walls, pos.x, pos.y, target.x, target.y)


def _change_state(entity, brain, was_shot, ai, pos, res, dt) -> bool:
    """Move the state machine on by dt seconds; True when it has just spotted the player (and should call)."""
    calm = brain.state in CALM or brain.state == "search"
    if calm and brain.sees_player:
        if brain.state != "search":
            res.events.append(PlayerSpotted(entity))
        brain.state, brain.timer = "alert", ai.reaction_time
        return True
    if calm and was_shot:
        _start_search(brain, ai, pos, res)
    elif brain.state == "alert":
        brain.timer -= dt
        if brain.timer <= 0:
            if brain.sees_player:
                brain.state = "engage"
                brain.strafe_timer = ai.strafe_switch
            else:
                _start_search(brain, ai, pos, res)
    elif brain.state == "engage" and not brain.sees_player:
        _start_search(brain, ai, pos, res)
    elif brain.state == "search":
        brain.timer -= dt
        if brain.timer <= 0 or not brain.route:
            _go_back(brain, pos, res)
    elif brain.state == "return" and not brain.route:  # back on its line, or its way there cut by a gate shutting
        brain.state = "hold" if _cut_off(brain, pos, res) else "patrol"
    elif brain.state == "hold" and not _cut_off(brain, pos, res):
        _go_back(brain, pos, res)  # a way has opened
    return False


def _call_for_help(world, res, caller, caller_pos, seen, call_range) -> None:
    """A machine that spots the player radios it: calm allies in range come to where the player was seen, but for
    sentries, which hold their posts."""
    sentries = world.index(HoldsPost)
    for ally, (brain, pos, unit) in world.query(Brain, Position, Unit):
        if ally == caller or brain.state not in CALM or ally in sentries:
            continue
        if math.hypot(pos.x - caller_pos.x, pos.y - caller_pos.y) <= call_range:
            brain.last_seen = seen
            _start_search(brain, res.catalog.units[unit.kind].ai, pos, res)


def _start_search(brain, ai, pos, res) -> None:
    brain.state, brain.timer = "search", ai.give_up_time
    brain.route = find_route(res.walls, (pos.x, pos.y), brain.last_seen)


def _go_back(brain, pos, res) -> None:
    """The search given up: back by a route to its post, or to the point of its patrol line nearest by a route, from
    where it walks on the way it was going (sent to the point it had been walking to, with that one cut off by a shut
    gate it pressed into the walls on the straight way there); with no point of its line in reach of that search (a
    large map), by a route to the point it was walking to. With no way at all to its line or post (a gate shut behind
    it), it holds where it stands, facing it, until a way opens: walking straight at its point, it pressed into the
    walls for good."""
    brain.state, brain.route = "return", ()
    back = way_back(res.walls, (pos.x, pos.y), brain.patrol, brain.loop, brain.step) if brain.patrol else None
    if back is not None:
        brain.route, brain.waypoint = back
    elif _cut_off(brain, pos, res):
        brain.state = "hold"
    else:  # to its post; or, its line further than one search outward (a large map), to the point it was walking to
        goal = brain.patrol[brain.waypoint] if brain.patrol else brain.home
        brain.route = find_route(res.walls, (pos.x, pos.y), goal)


def _line(brain) -> tuple[tuple[float, float], ...]:
    """Where it belongs: its patrol's points, or its post."""
    return brain.patrol or (brain.home,)


def _cut_off(brain, pos, res) -> bool:
    """No way at all from where it stands to any point of its line or its post, on the walls as they stand."""
    return cut_off(res.walls, (pos.x, pos.y), _line(brain), brain.loop)


def _patrol(brain, intent, pos, ai, res, radius) -> None:
    if not brain.patrol:
        intent.move_x = intent.move_y = 0.0
        if math.hypot(brain.home[0] - pos.x, brain.home[1] - pos.y) > ARRIVED:
            _steer_to(intent, pos, brain.home, ai.patrol_speed)
        _aim_along(intent, pos, brain.rest_angle)
        return
    target = brain.patrol[brain.waypoint]
    if math.hypot(target[0] - pos.x, target[1] - pos.y) < ARRIVED:
        brain.waypoint, brain.step = _next_waypoint(brain)
        target = brain.patrol[brain.waypoint]
    if res.gates and gate_across(res, pos.x, pos.y, *target, radius):
        _turn_back(brain, intent, pos, ai, res, target, radius)
        return
    _steer_to(intent, pos, target, ai.patrol_speed)
    _aim_along(intent, pos, math.atan2(target[1] - pos.y, target[0] - pos.x))


def _turn_back(brain, intent, pos, ai, res, ahead, radius) -> None:
    """A gate has shut across the leg ahead: walk the patrol the other way, going back to the point behind (the one
    before, when it stands there) by a route on the walls as they stand (it may be off its line), and so keep to the
    legs it can still reach; with no way there but across a shut gate, stand where it is, watching the gate, until it
    opens. Pressing into the gate, it stood there for good."""
    waypoint, step = brain.waypoint, brain.step
    brain.step = -step
    brain.waypoint, brain.step = _next_waypoint(brain)
    back = brain.patrol[brain.waypoint]
    if math.hypot(back[0] - pos.x, back[1] - pos.y) < ARRIVED:
        brain.waypoint, brain.step = _next_waypoint(brain)
        back = brain.patrol[brain.waypoint]
    cut = gate_across(res, pos.x, pos.y, *back, radius)  # the one way left is back across the gate: it waits
    brain.route = () if cut else find_route(res.walls, (pos.x, pos.y), back)
    if brain.route:
        brain.state = "return"
        _follow_route(brain, intent, pos, ai.patrol_speed)
        return
    brain.waypoint, brain.step = waypoint, step  # as it was: it goes on that way once the gate opens
    intent.move_x = intent.move_y = 0.0
    _aim_along(intent, pos, math.atan2(ahead[1] - pos.y, ahead[0] - pos.x))


def _next_waypoint(brain) -> tuple[int, int]:
    last = len(brain.patrol) - 1
    if brain.loop:  # round the shape, the way it walks it (turned back, the other way)
        return (brain.waypoint + brain.step) % len(brain.patrol), brain.step
    step = brain.step if 0 <= brain.waypoint + brain.step <= last else -brain.step
    return brain.waypoint + step, step


def _engage(brain, brain_id, intent, pos, vel, ai, res, dt) -> float:
    """Close to the preferred range while circling the target; returns how far it is."""
    tx, ty = brain.last_seen
    dx, dy = tx - pos.x, ty - pos.y
    distance = math.hypot(dx, dy)
    rx, ry = (dx / distance, dy / distance) if distance > 1e-9 else (0.0, 0.0)  # normalized(), on the hypot at hand
    brain.strafe_timer -= dt
    slow = vel.x * vel.x + vel.y * vel.y < STUCK_SPEED * STUCK_SPEED
    # Also turn back when something blocks the way: another machine once it has slowed for a while, a wall at once
    # when the other way is open (waiting as for a machine left it pressing into the wall for most of a second).
    stuck = slow and (brain.strafe_timer < ai.strafe_switch * 0.6
                      or _wall_ahead(res.walls, pos, -ry * brain.strafe, rx * brain.strafe))
    if brain.strafe_timer <= 0 or stuck:
        brain.strafe = -brain.strafe
        brain.strafe_timer = ai.strafe_switch * res.rng.uniform(0.5, 1.5)
    side_x, side_y = -ry * brain.strafe, rx * brain.strafe
    # Closing matters more the further out it is; inside preferred range it backs off while circling.
    keep = ai.preferred_range * (1.0 + RANGE_SPREAD * (2.0 * (brain_id * GOLDEN % 1.0) - 1.0))
    closing = max(-0.8, min(1.0, (distance - keep) / keep * 2.0))
    strafing = 0.35 if distance > ai.firing_range else 0.85
    intent.move_x, intent.move_y = rx * closing + side_x * strafing, ry * closing + side_y * strafing
    intent.aim_x, intent.aim_y = tx, ty  # at where the player was seen, keeping the move just set
    return distance


def _keep_apart(everyone, radii, thinking) -> None:
    """Those engaging that thought this tick steer off the machines within SPACING of them, the nearer the harder (at
    most CAP in all), and one circling toward them turns back; one charging in V-MAX keeps its line. All at once, on
    arrays: in a crowd, some fifty thinking against two hundred, most of them too far to matter."""
    movers = [row for row in thinking if row[1].state == "engage" and (row[8] is None or row[8].active_left <= 0)]
    if not movers or len(everyone) < 2:
        return
    # fromiter, not array: a third fewer instructions a number (np.array looks at each for its type and shape)
    x, y = np.fromiter([row[3].x for row in everyone], float), np.fromiter([row[3].y for row in everyone], float)
    own = np.fromiter([row[10] for row in movers], float)
    dx = np.fromiter([row[3].x for row in movers], float)[:, None] - x  # from each machine to each mover
    dy = np.fromiter([row[3].y for row in movers], float)[:, None] - y
    reach = SPACING * (own.max() + radii.max())
    # The whole table (50 by 200 in a crowd): sorted along x, each mover tested only against its run of machines, cost
    # 104 k instructions more a stress tick (a dozen numpy calls more, at 4-5 k each, against 10 k cheap elements).
    mover, mate = ((dx * dx + dy * dy) < reach * reach).nonzero()  # the near pairs, each mover with itself among them
    dx, dy = dx[mover, mate], dy[mover, mate]
    gap = np.sqrt(dx * dx + dy * dy)
    space = SPACING * (own.take(mover) + radii.take(mate))
    weight = np.where((gap < space) & (gap > 1e-6), PUSH * (space - gap) / (space * np.maximum(gap, 1e-6)), 0.0)
    count = len(movers)
    away_x = np.bincount(mover, dx * weight, count).tolist()
    away_y = np.bincount(mover, dy * weight, count).tolist()
    for (_, brain, intent, pos, *_), push_x, push_y in zip(movers, away_x, away_y):
        size = math.hypot(push_x, push_y)
        if size == 0.0:
            continue
        share = min(1.0, CAP / size)
        intent.move_x += push_x * share
        intent.move_y += push_y * share
        rx, ry = brain.last_seen[0] - pos.x, brain.last_seen[1] - pos.y
        if (-ry * brain.strafe) * push_x + (rx * brain.strafe) * push_y < 0:  # circling into them: the other way
            brain.strafe = -brain.strafe


def _wall_ahead(level, pos, way_x, way_y) -> bool:
    """A wall lies WALL_AHEAD px along (way_x, way_y), a unit vector, and none as far the other way."""
    def solid(x, y):
        return level.is_solid_cell(floor(x / level.tile_width), floor(y / level.tile_height))
    return solid(pos.x + way_x * WALL_AHEAD, pos.y + way_y * WALL_AHEAD) \
        and not solid(pos.x - way_x * WALL_AHEAD, pos.y - way_y * WALL_AHEAD)


def _use_vmax(vmax, heat, brain, intent, pos, ready: bool) -> None:
    """A machine with V-MAX starts it as soon as it can (`ready`: vmax.can_start) with heat to spare, and then
    charges in to ram."""
    if vmax.active_left > 0:
        intent.move_x, intent.move_y = normalized(brain.last_seen[0] - pos.x, brain.last_seen[1] - pos.y)
    elif ready and heat.value < 40:
        intent.vmax = True


def _lead_the_target(intent, pos, target_vel, weapon) -> None:
    """Aim where the player will be when the shot arrives, not where they are: strafing alone is no shield."""
    intent.aim_x, intent.aim_y = lead_point(pos.x, pos.y, intent.aim_x, intent.aim_y, target_vel,
                                            weapon.projectile_speed)


def _follow_route(brain, intent, pos, speed) -> None:
    route, x, y = brain.route, pos.x, pos.y
    while route and math.hypot(route[0][0] - x, route[0][1] - y) < ARRIVED:
        route = brain.route = route[1:]
    if not route:
        intent.move_x = intent.move_y = 0.0
        return
    # _steer_to and _aim_along, inline, on the one offset to the waypoint: a quarter of a crowd follows a route.
    # The waypoint is at least ARRIVED away (nearer ones were just dropped), so normalized()'s zero case cannot arise.
    dx, dy = route[0][0] - x, route[0][1] - y
    size = math.hypot(dx, dy)
    intent.move_x, intent.move_y = dx / size * speed, dy / size * speed
    angle = math.atan2(dy, dx)
    intent.aim_x, intent.aim_y = x + math.cos(angle) * 100.0, y + math.sin(angle) * 100.0


def _steer_to(intent, pos, target, speed) -> None:
    dx, dy = normalized(target[0] - pos.x, target[1] - pos.y)
    intent.move_x, intent.move_y = dx * speed, dy * speed


def _hold_and_aim(intent, target) -> None:
    intent.move_x = intent.move_y = 0.0
    intent.aim_x, intent.aim_y = target


def _aim_along(intent, pos, angle) -> None:
    intent.aim_x, intent.aim_y = pos.x + math.cos(angle) * 100.0, pos.y + math.sin(angle) * 100.0
