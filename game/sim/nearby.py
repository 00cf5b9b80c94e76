"""Finding what is near without looking at all: a spatial hash (things filed by the grid cell their centre is in,
for what a shot may meet), and the sweep along x that finds the machines pushing into each other."""

from math import floor

import numpy as np

CELL = 128  # px: wider than any two machines' radii together, so touching neighbours are one cell apart at most

# Cells are keyed by one int, row * ROW + column: cheaper to make and hash than a (column, row) tuple, and
# unique while a column stays within ROW / 2 cells (some 67 million px) either side of the origin.
ROW = 1 << 20


class Nearby:
    def __init__(self, cell: int = CELL) -> None:
        self.cell = cell
        self.cells: dict[int, list] = {}
        # The filed cells' bounds (columns and rows): a rectangle clear of them is answered without a lookup.
        self.first_column = self.first_row = ROW
        self.last_column = self.last_row = -ROW

    def add(self, item, x: float, y: float) -> None:
        column, row = floor(x // self.cell), floor(y // self.cell)  # math.floor: int()'s answer, faster
        key = row * ROW + column
        found = self.cells.get(key)
        if found is not None:
            found.append(item)
            return
        self.cells[key] = [item]
        if column < self.first_column:
            self.first_column = column
        if column > self.last_column:
            self.last_column = column
        if row < self.first_row:
            self.first_row = row
        if row > self.last_row:
            self.last_row = row

    def bounds(self) -> tuple[float, float, float, float] | None:
        """(left, top, right, bottom) px of the filed cells together; None when nothing is filed.

        A rectangle clear of it touches no filed cell: `around` would find nothing.
        """
        if not self.cells:
            return None
        cell = self.cell
        return (self.first_column * cell, self.first_row * cell,
                (self.last_column + 1) * cell, (self.last_row + 1) * cell)

    def around(self, left: float, top: float, right: float, bottom: float) -> list:
        """Everything filed in the cells the rectangle touches (a superset of what is inside it), each once.

        The order is fixed by the cells' order (rows, then columns) and the order things were added, never by
        hashing.
        """
        cell, cells = self.cell, self.cells
        first, last = max(floor(left // cell), self.first_column), min(floor(right // cell), self.last_column) + 1
        found = []
        for row in range(max(floor(top // cell), self.first_row), min(floor(bottom // cell), self.last_row) + 1):
            for key in range(row * ROW + first, row * ROW + last):
                items = cells.get(key)
                if items:
                    found += items
        return found


def touching_pairs(xs: np.ndarray, ys: np.ndarray, radii: np.ndarray, widest=None) -> tuple[np.ndarray, np.ndarray]:
    """(first, second): the indexes of every pair of circles that overlap (closer than their radii together).
    widest: radii.max(), for a caller that keeps it while the circles stay the same (a numpy call less a tick).

    Sweep and prune: sorted along x, each circle is tested only against those after it within the widest reach.
    The pairs come in a fixed order (by x, ties by index) and each pair once, the lower x first.
    """
    # ndarray.take rather than fancy indexing, and methods rather than np.* functions: the same values, with less
    # dispatch per call, which is most of the cost on a few thousand candidates.
    count = len(xs)
    order = xs.argsort(kind="stable")
    sorted_x = xs.take(order)
    ends = sorted_x.searchsorted(sorted_x + 2 * (radii.max() if widest is None else widest), side="right")
    steps = np.arange(1, count + 1)
    counts = ends - steps  # how many after each, in sorted order, are near enough along x
    through = counts.cumsum()  # candidates of each and of all before it, in sorted order
    total = int(through[-1])
    if not total:
        return order[:0], order[:0]
    # Candidate k of sorted circle i is circle i + 1 + (k - where i's candidates begin), that is k + ends[i] -
    # through[i]; on the other side of each test, circle i itself, repeated once for each of its candidates.
    upper = np.arange(total)
    upper += (ends - through).repeat(counts)
    # Tested in sorted order, on the sorted columns: the same differences and sums as on the originals. In place: on a
    # few thousand candidates (some 17 kB an array), six arrays fewer to make is 43 -> 37 µs for a stress tick's crowd.
    sorted_y, sorted_radii = ys.take(order), radii.take(order)
    dx, dy, reach = sorted_x.take(upper), sorted_y.take(upper), sorted_radii.repeat(counts)
    dx -= sorted_x.repeat(counts)
    dy -= sorted_y.repeat(counts)
    reach += sorted_radii.take(upper)
    dx *= dx
    dy *= dy
    dx += dy  # the squared distance
    reach *= reach
    touching = (dx < reach).nonzero()[0]
    return order.repeat(counts).take(touching), order.take(upper.take(touching))
