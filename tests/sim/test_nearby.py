"""The spatial hash: what is near a point, found in a fixed order, and nothing missed near a cell's edge."""

import math
import random

import numpy as np

from game.sim.nearby import CELL, Nearby, touching_pairs


def test_around_finds_what_is_in_the_touched_cells_row_by_row_then_in_the_order_added():
    nearby = Nearby()
    nearby.add("south", 10.0, CELL + 10.0)
    nearby.add("east", CELL + 10.0, 10.0)
    nearby.add("here", 10.0, 10.0)
    nearby.add("here too", 20.0, 20.0)
    nearby.add("far", 5 * CELL, 5 * CELL)
    assert nearby.around(0.0, 0.0, CELL + 1.0, CELL + 1.0) == ["here", "here too", "east", "south"]
    assert nearby.around(0.0, 0.0, 1.0, 1.0) == ["here", "here too"]


def test_cells_either_side_of_the_origin_and_far_apart_are_kept_apart():
    nearby = Nearby()
    nearby.add("west", -1.0, 5.0)
    nearby.add("north", 5.0, -1.0)
    nearby.add("far north-east", 5000 * CELL + 5.0, -5.0)
    assert nearby.around(-1.0, 0.0, -1.0, 0.0) == ["west"]
    assert nearby.around(0.0, -1.0, 0.0, -1.0) == ["north"]
    assert nearby.around(5000 * CELL + 1.0, -CELL + 1.0, 5000 * CELL + 2.0, -CELL + 2.0) == ["far north-east"]
    assert nearby.around(1.0, 1.0, 2.0, 2.0) == []  # the origin cell: nothing there


def test_bounds_cover_every_filed_cell_and_a_rectangle_clear_of_them_finds_nothing():
    nearby = Nearby()
    assert nearby.bounds() is None and nearby.around(-1e6, -1e6, 1e6, 1e6) == []
    nearby.add("a", 3 * CELL + 1.0, -2 * CELL + 1.0)
    nearby.add("b", -CELL + 1.0, CELL + 1.0)
    assert nearby.bounds() == (-CELL, -2 * CELL, 4 * CELL, 2 * CELL)
    assert nearby.around(4 * CELL + 1.0, 0.0, 9 * CELL, 1.0) == []
    assert nearby.around(-9 * CELL, -9 * CELL, 9 * CELL, 9 * CELL) == ["a", "b"]


def test_touching_pairs_are_exactly_the_overlapping_circles_each_pair_once():
    rng = random.Random(7)
    for count in (2, 3, 40, 300):
        xs = np.array([rng.uniform(-200, 200) for _ in range(count)])
        ys = np.array([rng.uniform(-200, 200) for _ in range(count)])
        radii = np.array([rng.choice((6.0, 20.0, 34.0)) for _ in range(count)])
        xs[1] = xs[0]  # the same x: the sort must keep both in each other's reach
        first, second = touching_pairs(xs, ys, radii)
        found = sorted(tuple(sorted(pair)) for pair in zip(first.tolist(), second.tolist()))
        expected = [(i, j) for i in range(count) for j in range(i + 1, count)
                    if math.hypot(xs[i] - xs[j], ys[i] - ys[j]) < radii[i] + radii[j]]
        assert found == expected


def test_touching_pairs_of_circles_on_one_spot_and_of_circles_just_touching():
    xs, ys, radii = np.array([0.0, 0.0, 40.0]), np.array([5.0, 5.0, 5.0]), np.array([20.0, 20.0, 20.0])
    first, second = touching_pairs(xs, ys, radii)
    assert list(zip(first.tolist(), second.tolist())) == [(0, 1)]  # 40 px apart with radii 20 and 20: not touching
