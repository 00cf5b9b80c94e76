"""Shots in flight, outside the ECS: bolts as columns of arrays, missiles as objects.

Creating and deleting entities makes esper drop every cached query, and hundreds of bolts come and go each
second, so no shot is an entity. Bolts are kept in arrays, a row per field, because nearly every bolt, nearly
every tick, flies on through open air, and arrays move them all at once; a bolt that meets something is taken
out as a Shot, settled by the same code as a missile, and put back. Missiles are few, and steer: objects.
"""

from dataclasses import dataclass

import numpy as np


@dataclass(slots=True)
class Homing:
    """What makes a shot a missile: it steers, burns fuel, and can be shot down."""
    target: int  # entity it homes on, 0 to fly straight
    fuel: float  # s of flight left
    hit_points: float
    turn_rate: float  # rad/s: limited, so a hard dodge can beat it


@dataclass(slots=True)
class Shot:
    """A bolt in flight."""
    id: int  # in firing order: ties are broken by it, and the view keys its trails on it
    owner: int  # entity that fired it (or turned it back with a V-MAX barrier)
    faction: str
    weapon: str
    x: float  # px
    y: float
    vx: float  # px/s
    vy: float
    damage: float
    range_left: float  # px it may still travel
    radius: float = 0.0  # px: wide shots hit this far beyond their line
    knockback: float = 0.0  # px/s it shoves what it hits
    grazed: bool = False  # already counted as a near miss
    angle: float = 0.0  # rad, the way a missile's nose points
    missile: Homing | None = None
    prev_x: float = 0.0  # px, where it was at the start of the tick, for render interpolation
    prev_y: float = 0.0
    spent: bool = False  # hit, stopped or shot down this tick: gone at the end of it


# A bolt's numbers, one row each of one float array, x and y first and side by side (so are prev_x and prev_y, and
# vx and vy): the sweep works on both coordinates at once. Its id, owner, side and weapon are rows of one int array;
# whether it has grazed, a bool array.
FLOATS = ("x", "y", "prev_x", "prev_y", "vx", "vy", "damage", "range_left", "radius", "knockback", "angle")
CODES = ("id", "owner", "faction", "weapon")


class Names:
    """Strings numbered in the order first seen: a code fits in an array, the name is one lookup away."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self._codes: dict[str, int] = {}

    def code(self, name: str) -> int:
        found = self._codes.get(name)
        if found is None:
            found = self._codes[name] = len(self.names)
            self.names.append(name)
        return found


class Bolts:
    """Every bolt in flight, in firing order: column i of the arrays is one bolt, for i below len(bolts).

    Each field is also an attribute, a view of its row (`bolts.x`, `bolts.faction`...), and `place`, `before` and
    `velocity` are the (2, capacity) views of x and y, prev_x and prev_y, vx and vy. The views are made again when
    the arrays grow: take them afresh after adding a bolt. Three arrays, not sixteen, so dropping or taking out bolts
    is three numpy calls. Sides and weapons are stored as codes: `sides.names[code]` is the side,
    `weapons.names[code]` the weapon key.
    """

    def __init__(self) -> None:
        self._size = 0
        self.floats, self.codes, self.grazed = np.zeros((len(FLOATS), 0)), np.zeros((len(CODES), 0), np.int64), \
            np.zeros(0, bool)
        self._allot(64)
        self.sides, self.weapons = Names(), Names()

    def __len__(self) -> int:
        return self._size

    def _allot(self, capacity: int) -> None:
        """Arrays of `capacity` columns, keeping the columns in use, and the views of their rows."""
        size = self._size
        floats, codes, grazed = np.zeros((len(FLOATS), capacity)), np.zeros((len(CODES), capacity), np.int64), \
            np.zeros(capacity, bool)
        floats[:, :size], codes[:, :size], grazed[:size] = self.floats[:, :size], self.codes[:, :size], \
            self.grazed[:size]
        self.floats, self.codes, self.grazed = floats, codes, grazed
        for index, name in enumerate(FLOATS):
            setattr(self, name, floats[index])
        for index, name in enumerate(CODES):
            setattr(self, name, codes[index])
        self.place, self.before, self.velocity = floats[0:2], floats[2:4], floats[4:6]
        self._capacity = capacity

    def add(self, shot: Shot) -> None:
        """A new bolt after the others (its id must be the highest yet)."""
        if self._size == self._capacity:
            self._allot(self._capacity * 2)
        self._size += 1
        self.put(self._size - 1, shot)

    # put, get and take name every field, in FLOATS' and CODES' order: with a few bolts in flight they run for each,
    # every tick.
    def put(self, row: int, shot: Shot) -> None:
        """Bolt `row` becomes `shot` (all but `spent` and `missile`, which a bolt does not keep)."""
        self.floats[:, row] = (shot.x, shot.y, shot.prev_x, shot.prev_y, shot.vx, shot.vy, shot.damage,
                               shot.range_left, shot.radius, shot.knockback, shot.angle)
        self.codes[:, row] = (shot.id, shot.owner, self.sides.code(shot.faction), self.weapons.code(shot.weapon))
        self.grazed[row] = shot.grazed

    def get(self, row: int) -> Shot:
        """One bolt as a Shot of plain Python numbers (a copy: `put` it back to keep a change)."""
        x, y, prev_x, prev_y, vx, vy, damage, range_left, radius, knockback, angle = self.floats[:, row].tolist()
        id, owner, side, weapon = self.codes[:, row].tolist()
        return Shot(id, owner, self.sides.names[side], self.weapons.names[weapon], x, y, vx, vy, damage, range_left,
                    radius, knockback, bool(self.grazed.item(row)), angle, None, prev_x, prev_y)

    def take(self, rows) -> list[Shot]:
        """Those bolts as Shots of plain Python numbers (copies: `put` them back to keep a change)."""
        sides, weapons = self.sides.names, self.weapons.names
        return [Shot(id, owner, sides[side], weapons[weapon], x, y, vx, vy, damage, range_left, radius, knockback,
                     grazed, angle, None, prev_x, prev_y)
                for id, owner, side, weapon, grazed, x, y, prev_x, prev_y, vx, vy, damage, range_left, radius,
                knockback, angle in zip(*self.codes.take(rows, axis=1).tolist(), self.grazed[rows].tolist(),
                                        *self.floats.take(rows, axis=1).tolist())]

    def find(self, shot_id: int) -> Shot | None:
        """The bolt with that id as a Shot, or None when it is no longer in flight."""
        rows = np.flatnonzero(self.id[:self._size] == shot_id).tolist()
        return self.get(rows[0]) if rows else None

    def shots(self) -> list[Shot]:
        """Every bolt as a Shot, in firing order."""
        return self.take(list(range(self._size)))

    def drop(self, spent: list[int]) -> None:
        """Take the bolts at the rows `spent` out of flight; the rest keep their order."""
        if not spent:
            return
        kept = np.ones(self._size, dtype=bool)
        kept[spent] = False
        rows = kept.nonzero()[0]  # np.flatnonzero's answer, without its two Python calls
        count = len(rows)
        self.floats[:, :count] = self.floats.take(rows, axis=1)
        self.codes[:, :count] = self.codes.take(rows, axis=1)
        self.grazed[:count] = self.grazed[rows]
        self._size = count


def add_bolt(res, owner: int, faction: str, weapon: str, x: float, y: float, vx: float, vy: float, damage: float,
             range_left: float, radius: float = 0.0, knockback: float = 0.0) -> int:
    """Put a new bolt in flight; returns its id, the next in firing order."""
    res.shots_fired += 1
    res.bolts.add(Shot(res.shots_fired, owner, faction, weapon, x, y, vx, vy, damage, range_left, radius, knockback,
                       prev_x=x, prev_y=y))
    return res.shots_fired


def add_missile(res, owner: int, faction: str, x: float, y: float, vx: float, vy: float, damage: float,
                range_left: float, radius: float, missile: Homing) -> Shot:
    """Put a new missile in flight; its id is the next in firing order."""
    res.shots_fired += 1
    shot = Shot(res.shots_fired, owner, faction, "missile", x, y, vx, vy, damage, range_left, radius,
                missile=missile, prev_x=x, prev_y=y)
    res.missiles.append(shot)
    return shot


def all_shots(res) -> list[Shot]:
    """Bolts and missiles together as Shots, in firing order: for saves, state hashes and tests."""
    return sorted(res.bolts.shots() + res.missiles, key=lambda shot: shot.id)


def clear_spent_missiles(res) -> None:
    res.missiles = [shot for shot in res.missiles if not shot.spent]
