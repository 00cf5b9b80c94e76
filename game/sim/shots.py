"""Shots in flight, outside the ECS: bolts as columns of arrays, missiles as objects.

Creating and deleting entities makes esper drop every cached query, and hundreds of bolts come and go each
second, so no shot is an entity. Bolts are kept as arrays, one per field, because nearly every bolt, nearly
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


# A bolt's numbers, one float array each; its id, owner, side, weapon and graze have arrays of their own.
FLOATS = ("x", "y", "vx", "vy", "damage", "range_left", "radius", "knockback", "angle", "prev_x", "prev_y")
COLUMNS = ("id", "owner", "faction", "weapon", "grazed") + FLOATS


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
    """Every bolt in flight, in firing order: row i of each array is one bolt, for i below len(bolts).

    Sides and weapons are stored as codes: `sides.names[code]` is the side, `weapons.names[code]` the weapon key.
    """

    def __init__(self) -> None:
        self._size = 0
        self._allot(64)
        self.sides, self.weapons = Names(), Names()

    def __len__(self) -> int:
        return self._size

    def _allot(self, capacity: int) -> None:
        """Arrays of `capacity` rows, keeping the rows in use."""
        for name in FLOATS:
            self._grow(name, np.zeros(capacity))
        for name, dtype in (("id", np.int64), ("owner", np.int64), ("faction", np.int32), ("weapon", np.int32),
                            ("grazed", bool)):
            self._grow(name, np.zeros(capacity, dtype))
        self._capacity = capacity

    def _grow(self, name: str, fresh: np.ndarray) -> None:
        old = getattr(self, name, None)
        if old is not None:
            fresh[:self._size] = old[:self._size]
        setattr(self, name, fresh)

    def add(self, shot: Shot) -> None:
        """A new bolt after the others (its id must be the highest yet)."""
        if self._size == self._capacity:
            self._allot(self._capacity * 2)
        self._size += 1
        self.put(self._size - 1, shot)

    # put and get name every field: with a few bolts in flight they run for each, every tick.
    def put(self, row: int, shot: Shot) -> None:
        """Row `row` becomes `shot` (all but `spent` and `missile`, which a bolt does not keep)."""
        self.id[row], self.owner[row], self.grazed[row] = shot.id, shot.owner, shot.grazed
        self.faction[row], self.weapon[row] = self.sides.code(shot.faction), self.weapons.code(shot.weapon)
        self.x[row], self.y[row], self.vx[row], self.vy[row] = shot.x, shot.y, shot.vx, shot.vy
        self.damage[row], self.range_left[row], self.radius[row] = shot.damage, shot.range_left, shot.radius
        self.knockback[row], self.angle[row], self.prev_x[row], self.prev_y[row] = \
            shot.knockback, shot.angle, shot.prev_x, shot.prev_y

    def get(self, row: int) -> Shot:
        """One row as a Shot of plain Python numbers (a copy: `put` it back to keep a change)."""
        return Shot(self.id.item(row), self.owner.item(row), self.sides.names[self.faction.item(row)],
                    self.weapons.names[self.weapon.item(row)], self.x.item(row), self.y.item(row),
                    self.vx.item(row), self.vy.item(row), self.damage.item(row), self.range_left.item(row),
                    self.radius.item(row), self.knockback.item(row), bool(self.grazed.item(row)),
                    self.angle.item(row), None, self.prev_x.item(row), self.prev_y.item(row))

    def take(self, rows) -> list[Shot]:
        """Those rows as Shots of plain Python numbers (copies: `put` them back to keep a change)."""
        columns = [getattr(self, name)[rows].tolist() for name in COLUMNS]
        sides, weapons = self.sides.names, self.weapons.names
        return [Shot(id, owner, sides[side], weapons[weapon], x, y, vx, vy, damage, range_left, radius, knockback,
                     grazed, angle, None, prev_x, prev_y)
                for id, owner, side, weapon, grazed, x, y, vx, vy, damage, range_left, radius, knockback, angle,
                prev_x, prev_y in zip(*columns)]

    def find(self, shot_id: int) -> Shot | None:
        """The bolt with that id as a Shot, or None when it is no longer in flight."""
        rows = np.flatnonzero(self.id[:self._size] == shot_id).tolist()
        return self.get(rows[0]) if rows else None

    def shots(self) -> list[Shot]:
        """Every bolt as a Shot, in firing order."""
        return self.take(list(range(self._size)))

    def keep(self, kept: np.ndarray) -> None:
        """Drop the rows where `kept` (a bool per row in use) is False; the rest keep their order."""
        if kept.all():
            return
        count = int(kept.sum())
        for name in COLUMNS:
            column = getattr(self, name)
            column[:count] = column[:self._size][kept]
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
