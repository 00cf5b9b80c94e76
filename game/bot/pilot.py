"""The bot: once a tick, before Game.step(), it looks at the world and writes the player's Intent.

It uses nothing a player lacks: the same Intent fields (move, aim, fire, missile, dash, V-MAX, knuckle),
decided from what is on the screen (positions, the gauges of its own machine, shots in flight, the walls,
the objectives). It never changes anything else in the world.

Each tick, in order:
  goal      the nearest open objective not yet reached; on a map without objectives, the nearest enemy; when
            none is in reach for the walls as they stand, the trigger or objective that opens a gate in the
            way (gates.py)
  target    the visible enemy to shoot (nearest, weakened ones preferred)
  move      follow the route to the goal; in a fight, keep outside the target's firing range but inside
            the rifle's, strafe across every enemy's line of fire, and back away from the close ones;
            in V-MAX, ram the nearest enemy (or, with objectives, race to the goal)
  weapons   rifle at the lead point under the heat budget; missiles: hold the lock until it is complete,
            then release; the knuckle at close range
  reflexes  dash across a shot about to land, or away from an enemy winding up a shot at close range
  unstick   when it has stopped making progress, shuffle free and plan again

Its skill (skill.py) sets how well: the expert does all of the above; a novice notices a machine late, aims where it
was and off, walks its route and stands to shoot one that comes close, and uses no dash, missile, knuckle or ram.
"""

import math

from game.bot.combat import (DODGE_LIMIT, KNUCKLE_LIMIT, MISSILE_LIMIT, TELEGRAPH_LIMIT, VMAX_END, VMAX_START,
                             Arms, Trigger, dodge_sides, incoming, lead, pick_target, sideways, telegraphing)
from game.bot.follow import Follower
from game.bot.gates import GateOpener, node_for, spot
from game.bot.moves import choose_heading
from game.bot.navigation import NavGrid
from game.bot.senses import sense
from game.bot.skill import EXPERT, Hands, Skill
from game.sim.resources import objectives_open
from game.sim.terrain import first_wall_hit
from game.sim.vectors import normalized

QUARRY_EVERY = 30  # ticks between choices of which enemy to hunt
RANGE_MARGIN = 40.0  # px kept outside an enemy's firing range
STANDOFF = 170.0  # px of depth of the band it fights from, beyond that margin
CLOSE_WATCH = 150.0  # px beyond an enemy's firing range from which the bot strafes across its line
MISSILE_TIMEOUT = 150  # ticks a lock may take before the missile is let go anyway
MIN_MISSILE_TARGET = 30.0  # hp: not worth a salvo below this


class Bot:
    """The bot at the controls of `game`'s player, playing at `skill`: its plan (grid, route, target, quarry) kept
    from tick to tick."""

    def __init__(self, game, skill: Skill = EXPERT) -> None:
        self.game = game
        self.skill = skill
        self.hands = Hands(skill, game.seed)
        res = game.res
        self.arms = Arms.of(res.catalog)
        radius = res.catalog.units[res.catalog.player].radius
        me, _, _ = sense(game)
        start = (me.x, me.y) if me is not None else res.level.player_spawn
        self.grid = NavGrid(res.walls, radius, start)
        self.follower = Follower(self.grid)
        self.gates = GateOpener(game, self.grid)
        self.trigger = Trigger(skill.fire_stop, skill.fire_resume)
        self.target = 0  # entity being shot
        self.quarry = 0  # entity being hunted
        self.heading: tuple[float, float] | None = None
        self.missile_held = 0  # ticks the missile button has been held
        self.objective_nodes: dict[int, int | None] = {}
        self.goal_point: tuple[float, float] | None = None  # centre of the objective (or switch) it is heading for
        self.dashes = 0  # counts for reports and tests
        self.vmax_uses = 0

    # -- the tick ---------------------------------------------------------------------------------
    def _see_walls(self, me) -> None:
        """A gate opened or shut: the grid is made again for the walls as they now stand, from where the bot is."""
        walls = self.game.res.walls
        if self.grid.level is not walls:
            self.grid = NavGrid(walls, self.grid.radius, (me.x, me.y))
            self.follower = Follower(self.grid)
            self.gates = GateOpener(self.game, self.grid)
            self.objective_nodes = {}

    def steer(self) -> None:
        """Write this tick's Intent, the steps in the order the module's docstring lists them; nothing once the
        machine is gone, and hands off (standing, aiming at itself) once the level is decided."""
        game = self.game
        me, foes, shots = sense(game)
        if me is None:
            return
        self._see_walls(me)
        if game.outcome is not None:
            game.write_intent((0.0, 0.0, me.x, me.y, False, False, False, False, False))
            return
        tick = game.tick
        objectives = game.res.level.objectives
        reach = self.arms.rifle_range - 20.0
        target = pick_target(self.hands.see(foes, tick, reach), self.target, reach)
        self.target = target.entity if target else 0
        self._set_goal(me, foes, target, objectives, tick)
        vmax, charging_vmax = self._vmax(me, foes, target, objectives)
        move = self._move(me, foes, target, objectives, tick)
        aim, fire, missile, knuckle = self._weapons(me, foes, target, move, charging_vmax)

        # reflexes
        dash = False
        if self.skill.tricks and me.dash_ready and me.heat <= DODGE_LIMIT and not me.vmax_active:
            side = self._dodge(me, foes, shots, move, wind_ups=me.heat <= TELEGRAPH_LIMIT and not self.trigger.resting)
            if side is not None:
                move, dash = side, True
                self.dashes += 1

        # unstick
        trying = move != (0.0, 0.0) and not dash and not me.dashing
        shuffle = self.follower.watch(me.x, me.y, tick, trying)
        if shuffle is not None and not dash:
            move = shuffle
        self.heading = move if move != (0.0, 0.0) else self.heading
        game.write_intent((move[0], move[1], aim[0], aim[1], fire, missile, dash, vmax, knuckle))

    def _vmax(self, me, foes, target, objectives) -> tuple[bool, bool]:
        """(press V-MAX this tick, charging): it starts V-MAX on a full meter with an enemy near and heat to spare,
        and ends it early to spare the heat or with nothing left to ram. Charging: the meter is full and an enemy
        near, but the gauge is too hot yet; the other decisions let it cool for it."""
        if not self.skill.tricks:  # pressed on a full meter with a noticed machine near, and left to run out
            near = target is not None and target.distance <= self.skill.vmax_reach
            start = me.vmax_meter >= 1.0 and not me.vmax_active and near
            self.vmax_uses += start
            return start, False
        if me.vmax_active:
            return me.heat >= VMAX_END or (not objectives and _nearest_visible(foes, 900.0) is None), False
        if me.vmax_meter >= 1.0 and me.vmax_cooldown <= 0 and not me.overheated \
                and _nearest_visible(foes, self.skill.vmax_reach) is not None:
            if me.heat <= VMAX_START:
                self.vmax_uses += 1
                return True, False
            return False, True
        return False, False

    # -- goal -------------------------------------------------------------------------------------
    def _set_goal(self, me, foes, target, objectives, tick) -> None:
        grid = self.grid
        if objectives:
            reached = self.game.res.objectives_reached
            opened = objectives_open(self.game.res.level, reached)  # a closed one counts nothing: not a goal yet
            best, best_distance, self.goal_point = None, math.inf, None
            wanted = []
            for index, objective in enumerate(objectives):
                if reached[index] or not opened[index]:
                    continue
                wanted.append(objective.region)
                node = self._objective_node(index, objective)
                if node is None:
                    continue
                x, y = grid.point(node)
                distance = math.hypot(x - me.x, y - me.y)
                if distance < best_distance:
                    best, best_distance, self.goal_point = node, distance, objective.region.centre
            if best is None:
                best = self._open_the_way(me, wanted)
            self.follower.set_goal(best, me.x, me.y)
            return
        self.goal_point = None
        if target is None:
            way = self._open_the_way(me, [spot(foe.x, foe.y) for foe in foes])
            if way is not None:
                self.follower.set_goal(way, me.x, me.y)
                return
        chase = target
        if chase is None:
            if tick % QUARRY_EVERY == 0 or not any(f.entity == self.quarry for f in foes):
                self.quarry = self._choose_quarry(foes)
            chase = next((f for f in foes if f.entity == self.quarry), None)
        if chase is None:
            self.follower.set_goal(None, me.x, me.y)
            return
        self.follower.set_goal(grid.nearest_open(chase.x, chase.y, within=128.0, reachable=True), me.x, me.y)

    def _objective_node(self, index, objective):
        if index not in self.objective_nodes:
            self.objective_nodes[index] = node_for(self.grid, objective.region)
        return self.objective_nodes[index]

    def _open_the_way(self, me, goals) -> int | None:
        """With no goal in reach, the node of the switch that opens a gate in the way (its place's centre becomes the
        goal point); None while a goal is in reach or nothing it can get to opens a gate."""
        switch = self.gates.switch(me.x, me.y, goals)
        if switch is None:
            return None
        node, place = switch
        self.goal_point = place.centre
        return node

    def _choose_quarry(self, foes) -> int:
        """The nearest enemy it can get to; the current one is kept unless another is clearly nearer."""
        current = next((f for f in foes if f.entity == self.quarry), None)
        best, best_distance = None, math.inf
        for foe in foes:
            if self.grid.nearest_open(foe.x, foe.y, within=128.0, reachable=True) is None:
                continue
            distance = foe.distance * (0.75 if current is not None and foe.entity == current.entity else 1.0)
            if distance < best_distance:
                best, best_distance = foe, distance
        return best.entity if best is not None else 0

    # -- movement ---------------------------------------------------------------------------------
    def _move(self, me, foes, target, objectives, tick) -> tuple[float, float]:
        def route():  # planning costs: only the moves that use the route ask for it
            return self.follower.direction(me.x, me.y, tick)

        if not self.skill.tricks:
            return self._walk(me, target, route)
        threats = [f for f in foes if f.visible and f.distance <= f.firing_range + CLOSE_WATCH]
        if me.vmax_active and not objectives:
            ram = _nearest_visible(foes, 900.0)
            if ram is not None:
                way = None if self.grid.capsule_clear(me.x, me.y, ram.x, ram.y, me.radius - 2.0) else route()
                if way is None:
                    return normalized(ram.x + ram.vx * 0.08 - me.x, ram.y + ram.vy * 0.08 - me.y)
                return way
        if objectives:
            goal, way = self.goal_point, route()
            if way is None:  # there, or the region's reachable part lies between the grid's nodes
                return normalized(goal[0] - me.x, goal[1] - me.y) if goal is not None else (0.0, 0.0)
            if not threats or me.vmax_active:
                return way
            wishes = [(1.6, "toward", way)]  # on its way, weaving across the enemies' lines of fire
            for foe in threats:
                toward = normalized(foe.x - me.x, foe.y - me.y)
                wishes.append((0.5, "across", toward))
                if foe.distance < 140.0:
                    wishes.append((-0.5, "toward", toward))
            return choose_heading(self.grid, me.x, me.y, wishes, self.heading, extra=(way,))
        if target is None:
            way = route()
            if way is not None:
                return way
            if self.goal_point is not None:  # at a switch: into its place, as onto an objective
                return normalized(self.goal_point[0] - me.x, self.goal_point[1] - me.y)
            chase = next((f for f in foes if f.entity == self.quarry), None)
            return normalized(chase.x - me.x, chase.y - me.y) if chase is not None else (0.0, 0.0)
        return self._fight(me, target, threats, route)

    def _walk(self, me, target, route) -> tuple[float, float]:
        """A novice's feet: the route to its goal (a machine to shoot, or an objective), standing still to shoot a
        machine that has come close; no weaving, no stand-off band."""
        if target is not None and target.distance <= self.skill.stands_within:
            return 0.0, 0.0
        way = route()
        if way is not None:
            return way
        goal = self.goal_point or ((target.x, target.y) if target is not None else None)
        return normalized(goal[0] - me.x, goal[1] - me.y) if goal is not None else (0.0, 0.0)

    def _fight(self, me, target, threats, route_to) -> tuple[float, float]:
        """Keep the target between outside its firing range and inside the rifle's, strafing across threats."""
        toward = normalized(target.x - me.x, target.y - me.y)
        near = min(target.firing_range + RANGE_MARGIN, self.arms.rifle_range * 0.6)
        far = max(near + 80.0, min(near + STANDOFF, self.arms.rifle_range - 160.0))
        wishes, route = [], None
        if target.distance < near:
            wishes.append((-min(1.5, (near - target.distance) / 80.0), "toward", toward))
        elif target.distance > far:
            route = route_to()
            wishes.append((min(1.5, (target.distance - far) / 80.0), "toward", route or toward))
        for foe in threats:
            line = normalized(foe.x - me.x, foe.y - me.y)
            closeness = max(0.3, min(1.0, (foe.firing_range + CLOSE_WATCH - foe.distance) / CLOSE_WATCH))
            wishes.append((closeness, "across", line))
            if foe is not target and foe.distance < foe.firing_range + RANGE_MARGIN:
                wishes.append((-0.7, "toward", line))
        extra = (route,) if route is not None else ()
        return choose_heading(self.grid, me.x, me.y, wishes, self.heading, extra=extra)

    # -- weapons and reflexes -----------------------------------------------------------------------
    def _missile(self, me, target, charging_vmax) -> bool:
        """Hold to lock, release when locked; True while held.

        Holding costs nothing, so with no target in sight it keeps holding for the next one. Only a lock that
        will not complete on a target in plain sight (it keeps slipping out of the cone) is let go unlocked,
        as one straight missile at the lead point.
        """
        if self.missile_held:
            if me.lock_progress >= 1.0 or self.missile_held >= MISSILE_TIMEOUT:
                self.missile_held = 0
                return False  # released: the launcher fires on this tick
            if target is not None:
                self.missile_held += 1
            return True
        if (target is not None and me.missile_ready and me.heat <= MISSILE_LIMIT and not me.vmax_active
                and not charging_vmax and target.distance <= self.arms.lock_range - 40.0
                and target.hit_points >= MIN_MISSILE_TARGET):
            self.missile_held = 1
            return True
        return False

    def _weapons(self, me, foes, target, move, charging_vmax) -> tuple[tuple[float, float], bool, bool, bool]:
        """(aim point, fire, missile, knuckle): the rifle at the target's lead point when the shot is clear and the
        trigger discipline allows, the missile lock, the knuckle on an enemy within its reach; with no one to shoot it
        looks where it goes."""
        aim = (me.x + move[0] * 100.0, me.y + move[1] * 100.0) if move != (0.0, 0.0) else (me.x, me.y - 100.0)
        fire = missile = knuckle = False
        cool = self.trigger.allows(me.heat)
        tricks = self.skill.tricks
        if target is not None:
            aim = self.hands.aim(target, lead(me, target, self.arms.rifle_speed, self.arms.rifle_muzzle))
            clear = _shot_clear(self.game.res.walls, me, aim, target)
            rams = tricks and me.vmax_active  # the expert's V-MAX is for ramming; a novice keeps shooting
            fire = (clear and cool and not charging_vmax and not rams and not me.overheated
                    and target.distance <= self.arms.rifle_range - 30.0)
            missile = tricks and self._missile(me, target, charging_vmax)
        elif self.missile_held:
            missile = self._missile(me, None, charging_vmax)
        close = _nearest_visible(foes, self.arms.knuckle_reach - 18.0) if tricks and self.arms.knuckle_reach else None
        if close is not None and not self.missile_held:
            aim = (close.x, close.y)
            knuckle = me.knuckle_ready and me.heat <= KNUCKLE_LIMIT and not me.vmax_active
        return aim, fire, missile, knuckle

    def _dodge(self, me, foes, shots, move, wind_ups=True):
        """A dash direction when a shot is about to land or a close enemy winds up at the bot; else None."""
        shot = incoming(me, shots)
        if shot is not None:
            sides = dodge_sides(me, shot)
        else:
            foe = telegraphing(me, foes) if wind_ups else None
            if foe is None:
                return None
            first, second = sideways(foe.x, foe.y, me)
            # keep strafing the way it was going
            sides = (first, second) if first[0] * move[0] + first[1] * move[1] >= 0 else (second, first)
        reach = self.arms.dash_distance * 0.6  # most of the dash's way clear is enough: it slides along walls
        for side in sides:
            if self.grid.capsule_clear(me.x, me.y, me.x + side[0] * reach, me.y + side[1] * reach, me.radius - 2.0):
                return side
        if shot is None:
            return None  # boxed in, and nothing in the air yet: keep the heat
        # boxed in: the dash's moment of invulnerability still lets the shot pass; take the roomier side
        return max(sides, key=lambda s: self.grid.clearance_at(me.x + s[0] * 40.0, me.y + s[1] * 40.0))


def _nearest_visible(foes, reach: float):
    best = None
    for foe in foes:
        if foe.visible and foe.distance <= reach and (best is None or foe.distance < best.distance):
            best = foe
    return best


def _shot_clear(level, me, aim, target) -> bool:
    """A bolt toward the aim point meets no wall before it reaches the target (the lead point may be past one)."""
    wall = first_wall_hit(level, me.x, me.y, aim[0], aim[1])
    if wall is None:
        return True
    return math.hypot(wall[0] - me.x, wall[1] - me.y) >= math.hypot(aim[0] - me.x, aim[1] - me.y) - target.radius - 6.0
