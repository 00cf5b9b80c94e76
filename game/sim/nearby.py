"""A spatial hash: things filed by the grid cell their centre is in, to ask what is near without looking at all."""

CELL = 128  # px: wider than any two machines' radii together, so touching neighbours are one cell apart at most


class Nearby:
    def __init__(self, cell: int = CELL) -> None:
        self.cell = cell
        self.cells: dict[tuple[int, int], list] = {}

    def add(self, item, x: float, y: float) -> None:
        key = (int(x // self.cell), int(y // self.cell))
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
        found = []
        for row in range(int(top // cell), int(bottom // cell) + 1):
            for column in range(int(left // cell), int(right // cell) + 1):
                items = cells.get((column, row))
                if items:
                    found.extend(items)
        return found
