"""Questions about the level's walls: what is solid, what a line crosses, pushing circles out (routes.py: a way
round them)."""

import math
from math import floor

from game.content.level_data import LevelData

# px: an end point this close to the open block's edge takes the full traversal, whose rounding could step across it
HOP_SLACK = 1e-6
TOUCH_SLACK = 0.5  # px: leg_meets_box's hair, the rounding of a push-out to a wall's face


def first_wall_hit(level: LevelData, x0: float, y0: float, x1: float, y1: float) -> tuple[float, float] | None:
    """The first point where the segment enters a solid cell, or None if it stays clear (grid traversal, DDA)."""
    tw, th = level.tile_width, level.tile_height
    column, row = floor(x0 / tw), floor(y0 / th)
    solid, width, height = level.solid, level.width, level.height
    if not (0 <= column < width and 0 <= row < height) or solid[row][column]:
        return x0, y0  # outside the map counts as solid
    if level.roomy[row][column] and (column - 1) * tw + HOP_SLACK < x1 < (column + 2) * tw - HOP_SLACK \
            and (row - 1) * th + HOP_SLACK < y1 < (row + 2) * th - HOP_SLACK:
        return None  # a short hop (most shots, each tick) inside the open block around its start
    dx, dy = x1 - x0, y1 - y0
    step_x = 1 if dx > 0 else -1
    step_y = 1 if dy > 0 else -1
    # t is the share of the segment travelled; next_x/next_y are when it crosses the next cell border.
    next_x = ((column + (step_x > 0)) * tw - x0) / dx if dx else math.inf
    next_y = ((row + (step_y > 0)) * th - y0) / dy if dy else math.inf
    delta_x = tw / abs(dx) if dx else math.inf
    delta_y = th / abs(dy) if dy else math.inf
    cells = solid[row]
    while True:  # each step changes one coordinate, so only that one can leave the map
        if next_x < next_y:
            t = next_x
            if t > 1.0:
                return None
            column += step_x
            next_x += delta_x
            if not 0 <= column < width or cells[column]:
                return x0 + dx * t, y0 + dy * t
        else:
            t = next_y
            if t > 1.0:
                return None
            row += step_y
            next_y += delta_y
            if not 0 <= row < height:
                return x0 + dx * t, y0 + dy * t
            cells = solid[row]
            if cells[column]:
                return x0 + dx * t, y0 + dy * t


def line_of_sight(level: LevelData, x0: float, y0: float, x1: float, y1: float) -> bool:
    """Nothing solid on the segment. The cells round both ends (their box, a cell wider each way, so the traversal's
    rounding at an end on a cell's edge cannot step past it) holding no wall say so without a traversal."""
    tw, th = level.tile_width, level.tile_height
    # In walls_before's bordered indexes the box runs from the lower end's cell - 1 + 1 to the higher's + 1 + 1.
    left, right = floor(x0 / tw), floor(x1 / tw)
    if left > right:
        left, right = right, left
    top, bottom = floor(y0 / th), floor(y1 / th)
    if top > bottom:
        top, bottom = bottom, top
    if (left >= 0 and top >= 0 and right < level.width - 1
            and bottom < level.height - 1):  # else the box runs off the table
        sums = level.walls_before
        above, below = sums[top], sums[bottom + 3]
        if below[right + 3] - above[right + 3] - below[left] + above[left] == 0:
            return True
    return first_wall_hit(level, x0, y0, x1, y1) is None


def move_circle(level: LevelData, x: float, y: float, wanted_x: float, wanted_y: float,
                radius: float) -> tuple[float, float]:
    """Where a circle moving from (x, y) to (wanted_x, wanted_y) ends: pushed out of the walls there. Where no push
    gets it clear (a gap narrower than the circle, met at speed), it moves along one axis only, or stays: a dash
    would otherwise carry it through such a gap, pushed from one side to the other all the way."""
    end_x, end_y = push_out_of_walls(level, wanted_x, wanted_y, radius)
    if (end_x == wanted_x and end_y == wanted_y) or not circle_in_wall(level, end_x, end_y, radius) \
            or circle_in_wall(level, x, y, radius):  # untouched by any wall, pushed clear, or stuck already
        return end_x, end_y
    for along_x, along_y in ((wanted_x, y), (x, wanted_y)):
        slid_x, slid_y = push_out_of_walls(level, along_x, along_y, radius)
        if not circle_in_wall(level, slid_x, slid_y, radius):
            return slid_x, slid_y
    return x, y


def circle_in_wall(level: LevelData, x: float, y: float, radius: float) -> bool:
    """The circle overlaps a solid cell (outside the map counts as solid) by more than a rounding's width."""
    tw, th = level.tile_width, level.tile_height
    solid, width, height = level.solid, level.width, level.height
    reach = radius - 1e-6
    for row in range(floor((y - reach) / th), floor((y + reach) / th) + 1):
        cells = solid[row] if 0 <= row < height else None  # outside the map counts as solid
        for column in range(floor((x - reach) / tw), floor((x + reach) / tw) + 1):
            if cells is not None and 0 <= column < width and not cells[column]:
                continue
            near_x = min(max(x, column * tw), column * tw + tw)
            near_y = min(max(y, row * th), row * th + th)
            if (x - near_x) ** 2 + (y - near_y) ** 2 < reach * reach:
                return True
    return False


def push_out_of_walls(level: LevelData, x: float, y: float, radius: float) -> tuple[float, float]:
    """Move a circle the least distance that takes it out of every solid cell it overlaps."""
    tw, th = level.tile_width, level.tile_height
    column, row = floor(x // tw), floor(y // th)  # math.floor: int()'s answer, faster
    if radius <= tw and radius <= th and 0 <= row < level.height and 0 <= column < level.width \
            and level.roomy[row][column]:
        return x, y  # the common case, away from walls
    if not _walls_in(level, floor((x - radius) / tw), floor((y - radius) / th), floor((x + radius) / tw),
                     floor((y + radius) / th)):
        return x, y  # near a wall, not touching one: most machines beside a wall, each tick
    solid, width, height = level.solid, level.width, level.height
    for _ in range(3):  # overlapping two cells at a corner can need a second push
        moved = False
        for row in range(floor((y - radius) / th), floor((y + radius) / th) + 1):
            first, last = floor((x - radius) / tw), floor((x + radius) / tw)
            cells = solid[row] if 0 <= row < height else None  # outside the map counts as solid
            if cells is not None and 0 <= first and last < width and True not in cells[first:last + 1]:
                continue  # no wall in this row (asked in C: most rows near a wall have none)
            for column in range(first, last + 1):
                if cells is not None and 0 <= column < width and not cells[column]:
                    continue
                left, top = column * tw, row * th
                # The cell's point nearest the centre (min and max, spelled out: this is a hot loop in crowds).
                near_x = left if x < left else left + tw if x > left + tw else x
                near_y = top if y < top else top + th if y > top + th else y
                away_x, away_y = x - near_x, y - near_y
                distance = math.hypot(away_x, away_y)
                if distance >= radius:
                    continue
                if distance > 1e-9:
                    x += away_x / distance * (radius - distance)
                    y += away_y / distance * (radius - distance)
                else:  # the centre is inside the cell: leave by the nearest side
                    exits = ((left - radius - x, 0.0), (left + tw + radius - x, 0.0),
                             (0.0, top - radius - y), (0.0, top + th + radius - y))
                    ex, ey = min(exits, key=lambda e: abs(e[0]) + abs(e[1]))
                    x, y = x + ex, y + ey
                moved = True
        if not moved:
            break
    return x, y


def _walls_in(level: LevelData, left: int, top: int, right: int, bottom: int) -> bool:
    """Whether the box of cells, ends included, holds a solid cell (outside the map counts as solid): four lookups."""
    if left < -1 or top < -1 or right > level.width or bottom > level.height:
        return True  # past walls_before's border of solid cells, round the map
    sums = level.walls_before
    above, below = sums[top + 1], sums[bottom + 2]
    return below[right + 2] - above[right + 2] - below[left + 1] + above[left + 1] != 0


def leg_meets_box(x0: float, y0: float, x1: float, y1: float, box: tuple[float, float, float, float],
                  radius: float) -> bool:
    """Whether a circle of `radius` going straight from (x0, y0) to (x1, y1) overlaps the box (left, top, right,
    bottom) by more than a hair: a machine pushed out of it to its face is not in it. Apart, a segment and a box are
    nearest at an end of one of them (both are convex)."""
    left, top, right, bottom = box
    dx, dy = x1 - x0, y1 - y0
    low, high = 0.0, 1.0  # the share of the leg inside the box (Liang-Barsky), empty once low > high
    for along, room in ((-dx, x0 - left), (dx, right - x0), (-dy, y0 - top), (dy, bottom - y0)):
        if along == 0.0:
            if room < 0.0:
                low, high = 1.0, 0.0
                break
        elif along < 0.0:
            low = max(low, room / along)
        else:
            high = min(high, room / along)
    if low <= high:
        return True
    near = (radius - TOUCH_SLACK) ** 2
    for x, y in ((x0, y0), (x1, y1)):
        if (x - min(max(x, left), right)) ** 2 + (y - min(max(y, top), bottom)) ** 2 < near:
            return True
    length = dx * dx + dy * dy
    for x, y in ((left, top), (right, top), (left, bottom), (right, bottom)):
        share = 0.0 if length == 0.0 else min(1.0, max(0.0, ((x - x0) * dx + (y - y0) * dy) / length))
        if (x0 + dx * share - x) ** 2 + (y0 + dy * share - y) ** 2 < near:
            return True
    return False

