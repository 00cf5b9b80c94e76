"""The spatial hash: what is near a point, found in a fixed order, and nothing missed near a cell's edge."""

from game.sim.nearby import CELL, Nearby


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
    assert nearby.filed(-1, 0) == ["west"] and nearby.filed(0, -1) == ["north"]
    assert nearby.filed(5000, -1) == ["far north-east"] and nearby.filed(0, 0) == ()


def test_bounds_cover_every_filed_cell_and_a_rectangle_clear_of_them_finds_nothing():
    nearby = Nearby()
    assert nearby.bounds() is None and nearby.around(-1e6, -1e6, 1e6, 1e6) == []
    nearby.add("a", 3 * CELL + 1.0, -2 * CELL + 1.0)
    nearby.add("b", -CELL + 1.0, CELL + 1.0)
    assert nearby.bounds() == (-CELL, -2 * CELL, 4 * CELL, 2 * CELL)
    assert nearby.around(4 * CELL + 1.0, 0.0, 9 * CELL, 1.0) == []
    assert nearby.around(-9 * CELL, -9 * CELL, 9 * CELL, 9 * CELL) == ["a", "b"]


def test_indexes_filed_together_come_back_in_ascending_order_in_each_cell():
    xs, ys = [5.0, CELL + 5.0, 6.0, -3.0, 7.0], [5.0, 5.0, 6.0, 5.0, 7.0]
    together, one_by_one = Nearby(), Nearby()
    together.add_indexes(xs, ys)
    for index, (x, y) in enumerate(zip(xs, ys)):
        one_by_one.add(index, x, y)
    assert together.cells == one_by_one.cells and together.bounds() == one_by_one.bounds()
    assert together.filed(0, 0) == [0, 2, 4] and together.filed(-1, 0) == [3] and together.filed(1, 0) == [1]
