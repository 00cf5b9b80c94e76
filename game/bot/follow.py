"""Following a route: plan only when needed, cut corners that turn out clear, notice being stuck.

A route is planned when the goal moves (far enough to matter), when the machine has left it (pushed by a
fight or a ram: the next waypoint is no longer in a straight sweep), when it stops making progress, and
otherwise at most every REPLAN seconds. Between plans, following costs a distance check per tick and a
sweep test every few ticks.
"""

import math

from game.bot.navigation import NODE, NavGrid

ARRIVED = 18.0  # px: close enough to a waypoint to head for the next
GOAL_MOVED = 56.0  # px: a goal that moved less than this keeps its route...
GOAL_SLACK = 0.3  # ...or less than this share of its distance from the machine
REPLAN = 150  # ticks: a route is never older than this (enemies and the bot itself move)
SHORTCUT_EVERY = 6  # ticks between attempts to skip the next waypoint
CHECK_EVERY = 20  # ticks between checks that the next waypoint is still in a straight sweep
STUCK_WINDOW = 75  # ticks over which the machine must have moved...
STUCK_DISTANCE = 22.0  # ...at least this far while trying to move
UNSTICK_TICKS = 24  # ticks of a sideways shuffle after being stuck


class Follower:
    def __init__(self, grid: NavGrid) -> None:
        self.grid = grid
        self.goal: int | None = None  # node the current route leads to
        self.latest: int | None = None  # node asked for last
        self.route: list[tuple[float, float]] = []
        self.planned_at = -REPLAN
        self.trail: list[tuple[int, float, float]] = []  # (tick, x, y) samples while moving
        self.unstick_left = 0
        self.unstick_dir = (0.0, 0.0)
        self.stuck_count = 0

    def set_goal(self, goal: int | None, x: float, y: float) -> None:
        """Head for this node; a goal that moved only a little (for how far off it is) keeps its route."""
        if goal is None:
            self.goal = self.latest = None
            self.route = []
            return
        there = self.grid.point(goal)
        slack = max(GOAL_MOVED, GOAL_SLACK * math.hypot(there[0] - x, there[1] - y))
        if self.goal is None or _far(there, self.grid.point(self.goal), slack):
            self.goal = goal
            self.planned_at = -REPLAN  # plan at the next step
        self.latest = goal  # a goal that moved only a little keeps its route; the next plan uses it

    def direction(self, x: float, y: float, tick: int) -> tuple[float, float] | None:
        """Unit vector to steer along toward the goal this tick, or None when there (or no way)."""
        if self.goal is None:
            return None
        grid = self.grid
        if tick - self.planned_at >= REPLAN:  # a new goal, a stuck machine or an old route
            self._plan(x, y, tick)
        route = self.route
        while route and math.hypot(route[0][0] - x, route[0][1] - y) < ARRIVED:
            route.pop(0)
        if not route:
            return None
        if tick % SHORTCUT_EVERY == 0 and len(route) > 1 and grid.capsule_clear(x, y, *route[1], grid.radius + 1.0):
            route.pop(0)
        elif tick % CHECK_EVERY == 0 and not grid.capsule_clear(x, y, *route[0], grid.radius - 2.0):
            self._plan(x, y, tick)  # pushed off the route: a wall stands between the machine and it
            route = self.route
            if not route:
                return None
        dx, dy = route[0][0] - x, route[0][1] - y
        size = math.hypot(dx, dy)
        return (dx / size, dy / size) if size > 1e-6 else None

    def _plan(self, x: float, y: float, tick: int) -> None:
        self.planned_at = tick
        self.goal = self.latest
        self.route = self.grid.route((x, y), self.goal) or []  # none: no way, or already there

    # -- progress ---------------------------------------------------------------------------------
    def watch(self, x: float, y: float, tick: int, trying: bool) -> tuple[float, float] | None:
        """Call once a tick with whether the bot is trying to move; returns a shuffle direction while unsticking."""
        if self.unstick_left > 0:
            self.unstick_left -= 1
            return self.unstick_dir
        if not trying:
            self.trail.clear()
            return None
        self.trail.append((tick, x, y))
        while self.trail and tick - self.trail[0][0] > STUCK_WINDOW:
            self.trail.pop(0)
        first = self.trail[0]
        if tick - first[0] < STUCK_WINDOW or math.hypot(x - first[1], y - first[2]) >= STUCK_DISTANCE:
            if tick - first[0] >= STUCK_WINDOW:
                self.stuck_count = 0
            return None
        self.trail.clear()
        self.stuck_count += 1
        self.unstick_left = UNSTICK_TICKS
        self.unstick_dir = self._shuffle(x, y)
        self.planned_at = -REPLAN
        return self.unstick_dir

    def _shuffle(self, x: float, y: float) -> tuple[float, float]:
        """Toward the roomiest node nearby; after repeated failures, sideways to where the route points."""
        grid = self.grid
        best, best_clear = None, grid.clearance_at(x, y)
        c0, r0 = round(x / NODE), round(y / NODE)
        for dr in range(-3, 4):
            for dc in range(-3, 4):
                c, r = c0 + dc, r0 + dr
                if 0 <= c < grid.columns and 0 <= r < grid.rows:
                    clear = grid.clearance[r * grid.columns + c]
                    if clear > best_clear + 2:
                        best, best_clear = (c * NODE, r * NODE), clear
        if best is not None and self.stuck_count % 2 == 1:
            dx, dy = best[0] - x, best[1] - y
        elif self.route:
            tx, ty = self.route[0][0] - x, self.route[0][1] - y
            side = 1 if self.stuck_count % 4 < 2 else -1
            dx, dy = -ty * side, tx * side
        else:
            angle = self.stuck_count * 2.4
            dx, dy = math.cos(angle), math.sin(angle)
        size = math.hypot(dx, dy) or 1.0
        return dx / size, dy / size


def _far(a, b, distance) -> bool:
    return math.hypot(a[0] - b[0], a[1] - b[1]) > distance
