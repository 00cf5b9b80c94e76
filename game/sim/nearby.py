"""A spatial hash: things filed by the grid cell their centre is in, to ask what is near without looking at all."""

from math import floor

CELL = 128  # px: wider than any two machines' radii together, so touching neighbours are one cell apart at most


class Nearby:
    def __init__(self, cell: int = CELL) -> None:
        self.cell = cell
        self.cells: dict[tuple[int, int], list] = {}

    def add(self, item, x: float, y: float) -> None:
        key = (floor(x // self.cell), floor(y // self.cell))  # math.floor: int()'s answer, faster
        found = self.cells.get(key)
        if found is None:
            self.cells[key] = [item]
        else:
            found.append(item)

    def around(self, left: float, top: float, right: float, bottom: float) -> list:
        """Everything filed in the cells the rectangle touches (a superset of what is inside it), each once.

        The order is fixed by the cells' order and the order things were added, never by hashing.
        """
        cell, cells = self.cell, self.cells
        first, last = floor(left // cell), floor(right // cell) + 1
        found = []
        for row in range(floor(top // cell), floor(bottom // cell) + 1):
            for column in range(first, last):
                items = cells.get((column, row))
                if items:
                    found += items
        return found
