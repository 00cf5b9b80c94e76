"""Shots in flight: each swept along its path a tick at a time, and what it meets on the way.

A shot is stopped by a wall or by the first machine or missile of the other side it touches; a V-MAX
barrier turns it back instead, and a dashing machine lets it pass (still close enough to count as a
near miss, which fills the V-MAX meter).
"""

import math

import numpy as np

from game.sim.components import Body, Dash, Health, Position, Unit, Velocity, Vmax
from game.sim.damage import charge_meter, deal_damage
from game.sim.events import Deflected, MissileShotDown, NearMiss, ShotStopped
from game.sim.nearby import Nearby
from game.sim.resources import STEP
from game.sim.shots import clear_spent_missiles
from game.sim.systems.disabling import precise, strike_part
from game.sim.terrain import first_wall_hit
from game.sim.vectors import closest_approach, segment_circle_hit
from game.sim.world import grouped

MISSILE_SLACK = 16.0  # px
_NOWHERE = (math.inf, math.inf, -math.inf, -math.inf)  # a reach box nothing meets
TARGETS = (Position, Body, Unit, Health)  # what a shot can hit: a machine, by its side
FEW_MARKS = 8  # things to meet a bolt's path is tested against one by one, at most (see _Sweep.marks)
# Machines of a side that shots may look through one by one in a tick before the side is filed by place: filing a
# machine costs about as much as looking at it four times (200 filed, or a player's shot or two looking at each).
# Sifting a crowd on arrays for each shot instead, its places gathered once a tick: +20 k instructions a stress tick.
LOOK_MOST = 800
FEW_BOLTS = 8  # up to this many in flight, bolts are swept one by one: the arrays' fixed cost is more
# px a shot turned back by a barrier is set outward from where it struck, clear of the barrier; at the map's edge that
# may be just off the map, where the next tick stops it as a wall does
DEFLECT_CLEARANCE = 2.0


class _Target:
    """A machine or missile a shot has struck (or, for missiles, may strike) this tick."""
    __slots__ = ("entity", "pos", "radius", "faction", "vmax", "missile")

    def __init__(self, entity, pos, radius, faction, vmax=None, missile=None):
        self.entity, self.pos, self.radius, self.faction = entity, pos, radius, faction
        self.vmax, self.missile = vmax, missile


class _Sweep:
    """What every shot's sweep this tick asks about: the machines by side and place, missiles by place.

    Taken once, as the sweep begins: a machine disabled by a shot stays in the way of the shots after it, and a
    missile keeps the side it had (a V-MAX barrier may turn it back mid-sweep). Shots of another side that come near
    look through a side's machines one by one until they have looked at LOOK_MOST of them in the tick; only then
    are the machines filed by place: in a big fight nearly every shot is the enemy's, flying at the player's side
    of a machine or two, and the player's shot or two near the crowd look through its 200 machines in less time
    than filing them takes.
    """

    def __init__(self, world, res) -> None:
        # Machines are kept as query rows, (entity, (pos, body, unit, health)): no object made per machine.
        self.sides, reach = world.kept(TARGETS, _by_side)  # faction → its machines' rows; the widest machine
        self.dashes, self.vmaxes = world.index(Dash), world.index(Vmax)
        self.missiles = Nearby()
        self.grazeable = []  # (entity, pos, radius, faction, close) of V-MAX-capable machines, by entity
        units = res.catalog.units
        for entity in self.vmaxes:
            pos, body, unit = world.try_get(entity, Position), world.try_get(entity, Body), world.try_get(entity, Unit)
            if pos is not None and body is not None and unit is not None and world.has(entity, Health):
                close = body.radius + units[unit.kind].vmax.near_miss
                self.grazeable.append((entity, pos, body.radius, unit.faction, close))
        # Each missile with the side it had as the sweep began, as _first_hit judges it (a barrier may turn it).
        self.missile_targets = [_Target(0, shot, shot.radius, shot.faction, missile=shot) for shot in res.missiles]
        for target in self.missile_targets:
            self.missiles.add(target, target.missile.x, target.missile.y)
            reach = max(reach, target.radius)
        # Missiles move during the sweep; a little slack keeps one that crossed into the next cell in view.
        self.reach = reach + MISSILE_SLACK
        self._filed: dict[str, Nearby] = {}
        self._looked: dict[str, int] = {}  # side → how many of its machines shots have looked through this tick
        self._boxes: dict[str, tuple | None] = {}
        self._marks: dict[str, list | None] = {}

    def filed(self, side: str) -> Nearby:
        """One side's machines filed by place (made on first use in a tick)."""
        nearby = self._filed.get(side)
        if nearby is None:
            nearby = self._filed[side] = Nearby()
            for row in self.sides[side]:
                pos = row[1][0]
                nearby.add(row, pos.x, pos.y)
        return nearby

    def enemies_around(self, faction: str, left: float, top: float, right: float, bottom: float) -> list[list]:
        """For each other side than `faction`, its machines' rows that may be inside the box (left, top, right,
        bottom) px: all of them, or those its Nearby finds there once it is worth filing them (see LOOK_MOST).

        Either way every machine in the box is there, each once, and no caller's answer depends on the order.
        """
        found = []
        for side, rows in self.sides.items():
            if side == faction:
                continue
            nearby = self._filed.get(side)
            if nearby is None:
                looked = self._looked.get(side, 0) + len(rows)
                if looked <= LOOK_MOST:
                    self._looked[side] = looked
                    found.append(rows)
                    continue
                nearby = self.filed(side)
            found.append(nearby.around(left, top, right, bottom))
        return found

    def reach_box(self, faction: str) -> tuple | None:
        """(left, top, right, bottom) px: a shot of `faction` whose path (widened by its radius) stays clear of
        this box can neither hit nor graze anything this tick; None when there is nothing to meet.

        Made once per side and tick: the other sides' machines and the missiles widened by the reach, and the other
        sides' near-miss zones (a pixel more, against rounding).
        """
        if faction in self._boxes:
            return self._boxes[faction]
        reach, boxes = self.reach, []
        for side, rows in self.sides.items():
            if side != faction:
                xs, ys = [row[1][0].x for row in rows], [row[1][0].y for row in rows]
                boxes.append((min(xs) - reach, min(ys) - reach, max(xs) + reach, max(ys) + reach))
        bounds = self.missiles.bounds()
        if bounds is not None:
            boxes.append((bounds[0] - reach, bounds[1] - reach, bounds[2] + reach, bounds[3] + reach))
        for _, pos, _, side, close in self.grazeable:
            if side != faction:
                boxes.append((pos.x - close - 1, pos.y - close - 1, pos.x + close + 1, pos.y + close + 1))
        box = None
        if boxes:
            box = (min(b[0] for b in boxes), min(b[1] for b in boxes),
                   max(b[2] for b in boxes), max(b[3] for b in boxes))
        self._boxes[faction] = box
        return box

    def marks(self, faction: str) -> tuple[list, list] | None:
        """(what a shot of `faction` could hit, where it could graze), each as (x, y, reach) px: the other sides'
        machines and missiles, and the near-miss zones of their V-MAX machines. A shot `radius` wide whose path keeps
        further than reach + radius from one (a pixel more, against rounding) can neither hit nor graze it. None when
        there are more than FEW_MARKS: looking at each costs more than the sweep's own lookups.

        Made on a side's first use in a tick, once the missiles have flown: they do not move while the bolts do.
        """
        if faction in self._marks:
            return self._marks[faction]
        machines = [rows for side, rows in self.sides.items() if side != faction]
        missiles = [target for target in self.missile_targets if target.faction != faction]
        grazeable = [machine for machine in self.grazeable if machine[3] != faction]
        found = None
        # Counted before they are listed: the player's shots would list a crowd of 200 for nothing.
        if sum(map(len, machines)) + len(missiles) + len(grazeable) <= FEW_MARKS:
            hits = [(pos.x, pos.y, body.radius + 1) for rows in machines for _, (pos, body, _, _) in rows]
            hits += [(target.missile.x, target.missile.y, target.radius + 1) for target in missiles]
            found = hits, [(pos.x, pos.y, close + 1) for _, pos, _, _, close in grazeable]
        self._marks[faction] = found
        return found

    def dodging(self, entity: int) -> bool:
        dash = self.dashes.get(entity)
        return dash is not None and dash.invulnerable_left > 0


def _by_side(rows) -> tuple[dict, float]:
    """({faction: its machines' rows}, the widest machine's radius)."""
    widest = max((body.radius for _, (_, body, _, _) in rows), default=0.0)
    return grouped(rows, lambda entity, components: components[2].faction), widest


def move_projectiles(world, res) -> None:
    """Sweep each shot along its path this tick; the first wall, machine or missile on the way decides.

    Missiles fly first, in firing order, then the bolts: those clear of everything this tick (nearly all) move
    on together, on arrays; the others are settled one at a time, in firing order, like a missile.
    """
    if not res.missiles and not len(res.bolts):
        return  # nothing in flight: the sweep's tables are not worth making
    sweep = _Sweep(world, res)
    for shot in res.missiles:
        if not shot.spent:  # a missile shot down earlier this tick
            _fly(world, res, sweep, shot)
    _fly_bolts(world, res, sweep)
    clear_spent_missiles(res)


def _fly_bolts(world, res, sweep) -> None:
    """Every bolt's sweep this tick: the tests that clear most of them at once, then the rest one by one."""
    bolts = res.bolts
    count = len(bolts)
    if count <= FEW_BOLTS:  # each array operation costs a microsecond or two: for a few bolts, Python is quicker
        _fly_one_by_one(world, res, sweep, bolts)
        return
    level = res.walls
    x, y, range_left = bolts.x[:count], bolts.y[:count], bolts.range_left[:count]
    bolts.before[:, :count] = bolts.place[:, :count]
    # The same operations as _fly's, in the same order, so a bolt ends in the same place either way, to the bit.
    end_x, end_y = x + bolts.vx[:count] * STEP, y + bolts.vy[:count] * STEP
    step_x, step_y = end_x - x, end_y - y
    travel = np.sqrt(step_x * step_x + step_y * step_y)
    fading = travel > range_left
    share = np.divide(range_left, travel, out=np.ones(count), where=fading)  # how far it gets before it fades out
    end_x = np.where(fading, x + step_x * share, end_x)  # step_x is _fly's (end_x - x), the same bits
    end_y = np.where(fading, y + step_y * share, end_y)
    near = _near(sweep, bolts, x, y, end_x, end_y)
    settle = near | _maybe_walled(level, bolts, count) | (travel >= range_left)
    # The rest, one by one in firing order: near something, the whole sweep; else a wall, the end of its range,
    # or on its way after all. (take, not [rows]: numpy's indexing costs twice as much on a few hundred values.)
    rows = settle.nonzero()[0]  # np.flatnonzero's answer for a row, without its two Python calls
    near_rows = rows[near.take(rows)]
    taken = dict(zip(near_rows.tolist(), bolts.take(near_rows)))
    spent, events = [], res.events
    for index, x0, y0, x1, y1, travelled, remaining in zip(
            rows.tolist(), *(values.take(rows).tolist() for values in (x, y, end_x, end_y, travel, range_left))):
        shot = taken.get(index)
        if shot is not None:
            _fly(world, res, sweep, shot)
            if shot.spent:
                spent.append(index)
            else:
                bolts.put(index, shot)
            continue
        wall = first_wall_hit(level, x0, y0, x1, y1)
        if wall is not None:
            events.append(ShotStopped(wall[0], wall[1], hit_wall=True))
            spent.append(index)
        elif travelled >= remaining:
            events.append(ShotStopped(x1, y1, hit_wall=False))
            spent.append(index)
        else:
            x[index], y[index], range_left[index] = x1, y1, remaining - travelled
    clear = ~settle
    np.copyto(x, end_x, where=clear)
    np.copyto(y, end_y, where=clear)
    np.subtract(range_left, travel, out=range_left, where=clear)
    bolts.drop(spent)


def _fly_one_by_one(world, res, sweep, bolts) -> None:
    """Each bolt taken out as a Shot, swept as a missile is, and put back (or dropped, spent)."""
    spent = []
    for index in range(len(bolts)):
        shot = bolts.get(index)
        _fly(world, res, sweep, shot)
        if shot.spent:
            spent.append(index)
        else:
            bolts.put(index, shot)
    bolts.drop(spent)


def _near(sweep, bolts, x, y, end_x, end_y) -> np.ndarray:
    """For each bolt, whether it may meet something this tick: its path's box, widened by its radius, meets its
    side's reach box, and it is not surely clear of each thing there taken alone."""
    count = len(bolts)
    sides = bolts.faction[:count]
    present = np.bincount(sides, minlength=len(bolts.sides.names)).tolist()
    # Each side's reach box as a column, (left, top, right, bottom) in rows, then a bolt's box taken by its side.
    left, top, right, bottom = np.array([(sweep.reach_box(side) if present[code] else None) or _NOWHERE
                                         for code, side in enumerate(bolts.sides.names)]).T.take(sides, axis=1)
    radius = bolts.radius[:count]
    near = (np.minimum(x, end_x) - radius <= right) & (np.maximum(x, end_x) + radius >= left) \
        & (np.minimum(y, end_y) - radius <= bottom) & (np.maximum(y, end_y) + radius >= top)
    rows = near.nonzero()[0]
    if len(rows):
        near[_clear_of_all(sweep, bolts.sides.names, rows, sides, bolts.grazed[:count], x, y, end_x, end_y,
                           radius)] = False
    return near


def _clear_of_all(sweep, names, rows, sides, grazed_already, x, y, end_x, end_y, radius) -> list[int]:
    """Of the bolts in `rows` (near their side's reach box), those that can neither hit nor graze anything this tick,
    each thing of the other sides taken alone: _fly would find nothing, so they are settled as if in open air. Bolts
    of a side with many things to meet are left to _fly."""
    cleared, marks = [], {}  # side code → its marks, or () when it has too many
    for row, side, grazed, x0, y0, x1, y1, r in zip(
            rows.tolist(), *(values.take(rows).tolist() for values in (sides, grazed_already, x, y, end_x, end_y,
                                                                      radius))):
        found = marks.get(side)
        if found is None:
            found = marks[side] = sweep.marks(names[side]) or ()
        if found and _meets_none(x0, y0, x1, y1, r, found[0], () if grazed else found[1]):
            cleared.append(row)
    return cleared


def _meets_none(x0, y0, x1, y1, r, hits, grazes) -> bool:
    """A path from (x0, y0) to (x1, y1), `r` wide, keeps further than reach + r from each of `hits` (x, y, reach),
    and passes none of `grazes` at its nearest within this tick's stretch, as _count_near_misses would count it:
    the same share along the path, computed the same way, so the same bits."""
    dx, dy = x1 - x0, y1 - y0
    length_sq = dx * dx + dy * dy
    for marks, grazing in ((hits, False), (grazes, True)):
        for px, py, reach in marks:
            reach += r
            t = 0.0 if length_sq == 0 else ((px - x0) * dx + (py - y0) * dy) / length_sq  # closest_approach's share
            if grazing and not 0.0 < t <= 1.0:
                continue  # its nearest is in another tick's stretch: no graze now
            t = min(1.0, max(0.0, t))
            gap_x, gap_y = x0 + dx * t - px, y0 + dy * t - py
            if gap_x * gap_x + gap_y * gap_y <= reach * reach:
                return False
    return True


def _maybe_walled(level, bolts, count: int) -> np.ndarray:
    """False where first_wall_hit surely finds no wall, by its own first test: the bolt starts in a roomy cell (it
    and its eight neighbours open) and ends inside that open block. A step shorter than a tile less a pixel, along
    each axis, ends there; the pixel keeps the end further than HOP_SLACK from the block's edge, whatever the
    rounding, so first_wall_hit would answer None."""
    tw, th = level.tile_width, level.tile_height
    short = (np.abs(bolts.vx[:count]) < (tw - 1) / STEP) & (np.abs(bolts.vy[:count]) < (th - 1) / STEP)
    return ~(level.roomy_at(bolts.x[:count], bolts.y[:count]) & short)


def _fly(world, res, sweep, shot) -> None:
    """One shot's sweep along its path this tick: it hits, grazes, stops at a wall, fades out or flies on."""
    x, y = shot.prev_x, shot.prev_y = shot.x, shot.y
    end_x, end_y = x + shot.vx * STEP, y + shot.vy * STEP
    step_x, step_y = end_x - x, end_y - y
    travel = math.sqrt(step_x * step_x + step_y * step_y)  # not hypot: _fly_bolts' arrays must get the same bits
    if travel > shot.range_left:  # fades out mid-tick
        share = shot.range_left / travel
        end_x, end_y = x + (end_x - x) * share, y + (end_y - y) * share
    # Most shots, most ticks, are far from anything of the other side: one box test says so.
    box = sweep.reach_box(shot.faction)
    if box is None:
        near = False
    else:
        radius = shot.radius
        left, right = (x - radius, end_x + radius) if x <= end_x else (end_x - radius, x + radius)
        top, bottom = (y - radius, end_y + radius) if y <= end_y else (end_y - radius, y + radius)
        near = left <= box[2] and right >= box[0] and top <= box[3] and bottom >= box[1]
    hit_share, hit = _first_hit(sweep, shot, end_x, end_y, res.walls) if near else (None, None)
    wall = first_wall_hit(res.walls, x, y, end_x, end_y)
    wall_share = _share_along(shot, end_x, end_y, wall) if wall else None
    if hit is not None and (wall_share is None or hit_share <= wall_share):
        _strike(world, res, shot, hit, x + (end_x - x) * hit_share, y + (end_y - y) * hit_share)
        return
    if near and not shot.grazed:
        _count_near_misses(world, res, shot, end_x, end_y, sweep)
    if wall is not None:
        res.events.append(ShotStopped(wall[0], wall[1], hit_wall=True))
        shot.spent = True
    elif travel >= shot.range_left:
        res.events.append(ShotStopped(end_x, end_y, hit_wall=False))
        shot.spent = True
    else:
        shot.x, shot.y = end_x, end_y
        shot.range_left -= travel


def _first_hit(sweep, shot, end_x, end_y, level):
    """The nearest thing of the other side the shot touches this tick; dashing machines let it pass, and a wide shot
    (a knuckle blast) does not reach round a wall's corner to something behind it.

    Equal shares are settled by entity id, missiles after machines: never by where they were filed.
    """
    x, y, radius, faction = shot.x, shot.y, shot.radius, shot.faction
    margin = sweep.reach + radius
    left, right = (x, end_x) if x <= end_x else (end_x, x)
    top, bottom = (y, end_y) if y <= end_y else (end_y, y)
    best_share, best_order, best = None, None, None
    for rows in sweep.enemies_around(faction, left - margin, top - margin, right + margin, bottom + margin):
        for entity, (pos, body, unit, _) in rows:
            touch = body.radius + radius
            px, py = pos.x, pos.y
            # Out of reach of the path's bounding box (by a pixel more, against rounding): no hit.
            if px < left - touch - 1 or px > right + touch + 1 or py < top - touch - 1 or py > bottom + touch + 1:
                continue
            share = segment_circle_hit(x, y, end_x, end_y, px, py, touch)
            if share is None or (best is not None and (share, (entity, 0)) >= (best_share, best_order)):
                continue
            if sweep.dodging(entity) or _round_a_corner(level, shot, end_x, end_y, share, px, py):
                continue
            best_share, best_order = share, (entity, 0)
            best = _Target(entity, pos, body.radius, unit.faction, sweep.vmaxes.get(entity))
    if sweep.missiles.cells:
        for target in sweep.missiles.around(left - margin, top - margin, right + margin, bottom + margin):
            missile = target.missile
            if target.faction == faction or missile is shot or missile.spent:
                continue
            share = segment_circle_hit(x, y, end_x, end_y, missile.x, missile.y, target.radius + radius)
            if share is not None and (best is None or (share, (1 << 62, missile.id)) < (best_share, best_order)) \
                    and not _round_a_corner(level, shot, end_x, end_y, share, missile.x, missile.y):
                best_share, best_order, best = share, (1 << 62, missile.id), target
    return best_share, best


def _round_a_corner(level, shot, end_x, end_y, share, px, py) -> bool:
    """A wide shot touching (px, py) at `share` of its path with a wall between its centre and that: its edge reaches
    round a corner the shot itself could not pass. (The centre's own path is tested against the walls in _fly.)"""
    if not shot.radius:
        return False
    x, y = shot.x + (end_x - shot.x) * share, shot.y + (end_y - shot.y) * share
    return first_wall_hit(level, x, y, px, py) is not None


def _strike(world, res, shot, target, x, y) -> None:
    if target.vmax is not None and target.vmax.active_left > 0:  # the barrier: the shot flies back, now theirs
        _deflect(res, shot, target, x, y)
        return
    shot.spent = True
    missile = target.missile
    if missile is not None:  # shot down
        missile.missile.hit_points -= shot.damage
        if missile.missile.hit_points <= 0:
            missile.spent = True
            res.events.append(MissileShotDown(x, y))
        return
    damage = strike_part(world, res, target.entity, shot.damage, x, y) if precise(shot) else shot.damage
    deal_damage(world, res, target.entity, damage, x, y, shot.owner)
    if shot.knockback and world.has(target.entity, Health):  # a husk disabled this tick has no drive to stop it
        speed = math.hypot(shot.vx, shot.vy) or 1.0
        target_vel = world.get(target.entity, Velocity)
        target_vel.x += shot.vx / speed * shot.knockback
        target_vel.y += shot.vy / speed * shot.knockback


def _deflect(res, shot, target, x, y) -> None:
    nx, ny = x - target.pos.x, y - target.pos.y
    size = math.hypot(nx, ny) or 1.0
    nx, ny = nx / size, ny / size
    along = shot.vx * nx + shot.vy * ny
    if along < 0:
        shot.vx, shot.vy = shot.vx - 2 * along * nx, shot.vy - 2 * along * ny
    shot.x, shot.y = x + nx * DEFLECT_CLEARANCE, y + ny * DEFLECT_CLEARANCE
    shot.owner, shot.faction = target.entity, target.faction
    if shot.missile is not None:
        shot.missile.target = 0  # a deflected missile stops homing
        shot.angle = math.atan2(shot.vy, shot.vx)
    res.events.append(Deflected(target.entity, x, y))


def _count_near_misses(world, res, shot, end_x, end_y, sweep) -> None:
    """A shot of the other side passing close to a V-MAX-capable machine fills its meter, once per shot.

    It counts at the shot's closest approach, inside this tick's path, when that approach misses (or the
    machine is dashing through it): a shot about to hit is no near miss.
    """
    x, y = shot.x, shot.y
    left, right = (x, end_x) if x <= end_x else (end_x, x)
    top, bottom = (y, end_y) if y <= end_y else (end_y, y)
    for entity, pos, radius, faction, close in sweep.grazeable:
        if faction == shot.faction:
            continue
        px, py = pos.x, pos.y
        # Further than `close` from the path's bounding box (by a pixel more, against rounding): not close.
        if px < left - close - 1 or px > right + close + 1 or py < top - close - 1 or py > bottom + close + 1:
            continue
        share, distance = closest_approach(x, y, end_x, end_y, px, py)
        # (0, 1]: the nearest point falls in this tick's path, counted in exactly one tick
        if 0.0 < share <= 1.0 and distance <= close and (sweep.dodging(entity) or distance >= radius):
            shot.grazed = True
            charge_meter(world, res, entity, "per_near_miss", 1.0)
            res.events.append(NearMiss(entity, px, py))
            return


def _share_along(shot, end_x, end_y, point) -> float:
    total = math.hypot(end_x - shot.x, end_y - shot.y)
    return math.hypot(point[0] - shot.x, point[1] - shot.y) / total if total else 0.0
