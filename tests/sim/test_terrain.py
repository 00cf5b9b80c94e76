"""Terrain questions: sight lines, pushing out of walls, and routes a machine can really take."""

import math
import random

import numpy as np

from game.content.level import load_level
from game.sim import routes, terrain
from game.sim.routes import find_route
from game.sim.terrain import first_wall_hit, line_of_sight, push_out_of_walls
from tests.maps import TILE, centre, write_map

ROOM = [
    "############",
    "#..........#",
    "#.P..#.....#",
    "#..........#",
    "############",
]


def test_a_wall_blocks_the_line_of_sight_and_the_hit_point_is_on_its_face(tmp_path):
    level = load_level(write_map(tmp_path, ROOM))
    assert not line_of_sight(level, *centre(2, 2), *centre(9, 2))
    hit = first_wall_hit(level, *centre(2, 2), *centre(9, 2))
    assert hit == (5 * TILE, centre(2, 2)[1])
    assert line_of_sight(level, *centre(2, 1), *centre(9, 1))


def test_a_circle_overlapping_a_wall_is_pushed_just_clear_of_it(tmp_path):
    level = load_level(write_map(tmp_path, ROOM))
    x, y = push_out_of_walls(level, 5 * TILE - 10, centre(5, 2)[1], 20)
    assert (x, y) == (5 * TILE - 20, centre(5, 2)[1])


def test_routes_go_round_a_one_tile_gap_that_a_machine_cannot_fit_through(tmp_path):
    rows = [
        "##############",
        "#......#.....#",
        "#......#.....#",
        "#............#",  # a one-tile gap at column 7: too narrow for a machine
        "#......#.....#",
        "#............#",  # a two-tile opening at column 7, rows 5 and 6
        "#............#",
        "##############",
    ]
    rows[1] = rows[1][:2] + "P" + rows[1][3:]
    level = load_level(write_map(tmp_path, rows))
    route = find_route(level, centre(2, 2), centre(11, 2))
    assert route and route[-1] == centre(11, 2)
    assert all(not (x // TILE == 7 and y // TILE == 3) for x, y in route)  # not through the squeeze
    assert any(y // TILE >= 5 for x, y in route)  # through the wide opening below


def test_a_short_hop_in_open_ground_is_clear_and_one_ending_on_a_wall_face_hits_it(tmp_path):
    level = load_level(write_map(tmp_path, ROOM))
    x, y = centre(3, 2)  # the cell and its neighbours are open; the wall is at column 5
    assert first_wall_hit(level, x, y, x + 20, y + 5) is None
    assert first_wall_hit(level, x, y, 5 * TILE, y) == (5 * TILE, y)  # ends exactly on the face: a hit
    assert first_wall_hit(level, x, y, 5 * TILE - 1e-9, y) is None  # stops a hair short of it
    assert first_wall_hit(level, x, y, 5 * TILE + 3, y) == (5 * TILE, y)


def test_outside_the_map_counts_as_solid_even_without_walls_at_its_edge(tmp_path):
    level = load_level(write_map(tmp_path, ["..........", "..P.......", ".........."]))
    x, _ = push_out_of_walls(level, 5.0, centre(4, 1)[1], 20)
    assert x >= 20 - 1e-9  # a whole radius inside the west edge
    _, y = push_out_of_walls(level, centre(4, 1)[0], 3 * TILE - 2.0, 20)
    assert y <= 3 * TILE - 20 + 1e-9  # and the south edge
    assert first_wall_hit(level, *centre(2, 1), -50.0, centre(2, 1)[1]) == (0.0, centre(2, 1)[1])
    assert first_wall_hit(level, -1.0, 10.0, 40.0, 10.0) == (-1.0, 10.0)  # starting outside: hit at once


def test_the_route_tables_answer_as_the_map_does_for_every_cell_and_the_ring_outside_it(tmp_path):
    level = load_level(write_map(tmp_path, ROOM))
    tables = routes._route_tables(level)
    assert routes._route_tables(level) is tables  # made once per level
    solid = level.is_solid_cell  # outside the map counts as solid

    def passable(column, row):  # open, and not a one-tile gap between walls on opposite sides
        return not solid(column, row) and not (solid(column - 1, row) and solid(column + 1, row)) \
            and not (solid(column, row - 1) and solid(column, row + 1))

    def may_move(column, row, dx, dy):  # into an open cell of the map or its ring, past two open corners, and
        # not between walls on opposite corners (a one-tile gap on the slant)
        inside = -1 <= column + dx <= level.width and -1 <= row + dy <= level.height
        corners = not (dx and dy) or not (solid(column + dx, row) or solid(column, row + dy))
        if dx and not dy:
            slant = (solid(column, row - 1) and solid(column + dx, row + 1)) or \
                (solid(column, row + 1) and solid(column + dx, row - 1))
        elif dy and not dx:
            slant = (solid(column - 1, row) and solid(column + 1, row + dy)) or \
                (solid(column + 1, row) and solid(column - 1, row + dy))
        else:
            slant = False
        return inside and not solid(column + dx, row + dy) and corners and not slant

    for row in range(-1, level.height + 1):
        for column in range(-1, level.width + 1):
            cell = tables.index(column, row)
            assert (tables.columns[cell], tables.rows[cell]) == (column, row)
            assert tables.solid[cell] == solid(column, row)
            assert tables.passable[cell] == passable(column, row)
            allowed = [may_move(column, row, dx, dy) for dx, dy in routes.MOVES]
            moves = tables.move_sets[tables.moves[cell]]
            expected = [(dy * tables.width + dx, 1.4142 if dx and dy else 1.0)
                        for (dx, dy), ok in zip(routes.MOVES, allowed) if ok]
            assert list(moves) == expected
    assert tables.index(-2, 0) is None and tables.index(0, level.height + 1) is None


def test_roomy_at_answers_for_many_points_what_the_cell_and_its_eight_neighbours_say_on_and_off_the_map(tmp_path):
    level = load_level(write_map(tmp_path, ROOM))
    rng = random.Random(5)
    width, height = level.pixel_size
    xs = [rng.uniform(-3 * TILE, width + 3 * TILE) for _ in range(2000)] + [0.0, TILE * 3.0, -0.5, width - 0.5]
    ys = [rng.uniform(-3 * TILE, height + 3 * TILE) for _ in range(2000)] + [0.0, TILE * 2.0, 40.0, 40.0]
    found = level.roomy_at(np.array(xs), np.array(ys)).tolist()
    expected = []
    for x, y in zip(xs, ys):
        column, row = math.floor(x / TILE), math.floor(y / TILE)
        expected.append(all(not level.is_solid_cell(column + dx, row + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1)))
    assert found == expected
    assert 0 < sum(expected) < len(expected)


def test_roomy_at_answers_on_a_cells_edge_a_hair_before_it_and_far_off_the_map(tmp_path):
    level = load_level(write_map(tmp_path, ROOM))
    width, height = level.pixel_size
    edges = [float(TILE * n) for n in range(-1, level.width + 2)]
    xs = edges + [math.nextafter(x, -math.inf) for x in edges] + [-1e300, 1e300, -math.inf, math.inf, 100.0, 100.0]
    ys = [TILE * 2.5] * (2 * len(edges)) + [TILE * 2.5] * 4 + [-1e300, math.inf]
    found = level.roomy_at(np.array(xs), np.array(ys)).tolist()
    expected = []
    for x, y in zip(xs, ys):
        on_map = -TILE < x < width + TILE and -TILE < y < height + TILE  # else: not roomy, past the border
        column, row = (math.floor(x / TILE), math.floor(y / TILE)) if on_map else (-2, -2)
        expected.append(all(not level.is_solid_cell(column + dx, row + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1)))
    assert found == expected
    assert 0 < sum(expected) < len(expected)


MAZE = [
    "##############",
    "#.P...#......#",
    "#.....#..##..#",
    "#..####..##..#",
    "#............#",
    "#.##......#..#",
    "#.##......####",
    "#..........#.#",  # the cell at column 12 is walled in: no way reaches it
    "##############",
]


def test_a_way_remembered_is_the_way_found_afresh_from_anywhere_in_the_same_cells(tmp_path, monkeypatch):
    monkeypatch.setattr(routes, "WAYS_KEPT", 16)
    path = write_map(tmp_path, MAZE)
    level = load_level(path)
    rng = random.Random(7)
    def somewhere():  # any point of any cell: open, solid or walled in
        return rng.uniform(0, len(MAZE[0]) * TILE), rng.uniform(0, len(MAZE) * TILE)
    trips = [(somewhere(), somewhere()) for _ in range(30)]
    # Then the same cells again, from and to other points in them: the remembered way, ending at the new goal.
    trips += [((a[0] // TILE * TILE + rng.uniform(0, TILE), a[1] // TILE * TILE + rng.uniform(0, TILE)),
               (b[0] // TILE * TILE + rng.uniform(0, TILE), b[1] // TILE * TILE + rng.uniform(0, TILE)))
              for a, b in trips]
    found = 0
    for start, goal in trips:
        afresh = find_route(load_level(path), start, goal)  # a level of its own: nothing remembered
        assert find_route(level, start, goal) == afresh
        found += bool(afresh)
    assert 0 < found < len(trips)  # some ways exist, some do not (walls, the walled-in cell)
    assert len(routes._route_tables(level).ways) <= 16


# A few walls apart on open ground with no border, so segments and circles meet walls, cell edges and the map's edge.
SCATTERED = [
    "..............",
    "..#...........",
    "......##......",
    "..P...........",
    "...........#..",
    "..............",
]


def test_line_of_sight_answers_as_the_full_traversal_for_segments_near_walls_edges_and_off_the_map(tmp_path,
                                                                                                  monkeypatch):
    level = load_level(write_map(tmp_path, SCATTERED))
    rng = random.Random(7)
    width, height = len(SCATTERED[0]) * TILE, len(SCATTERED) * TILE

    def point():  # anywhere on or a little off the map, often on a cell's edge or a hair from it
        x, y = rng.uniform(-TILE, width + TILE), rng.uniform(-TILE, height + TILE)
        if rng.random() < 0.5:
            x = round(x / TILE) * TILE + rng.choice((0.0, 1e-9, -1e-9, 1e-12))
        if rng.random() < 0.5:
            y = round(y / TILE) * TILE + rng.choice((0.0, 1e-9, -1e-9, 1e-12))
        return x, y

    traversals = []
    monkeypatch.setattr(terrain, "first_wall_hit", lambda *args: traversals.append(args) or first_wall_hit(*args))
    clear = 0
    for _ in range(20000):
        (x0, y0), (x1, y1) = point(), point()
        expected = first_wall_hit(level, x0, y0, x1, y1) is None
        assert line_of_sight(level, x0, y0, x1, y1) == expected, (x0, y0, x1, y1)
        clear += expected
    assert 1000 < clear < 19000  # both answers were asked for many times
    assert 20000 - len(traversals) > 100  # and the box of open cells answered a hundred and more without one


def test_routes_keep_out_of_a_one_tile_gap_on_the_slant_between_walls_on_opposite_corners(tmp_path):
    rows = [
        "####################",
        "#..................#",
        "#..E...............#",
        "#####..............#",  # row 3: wall to column 4 ...
        "#.....###########..#",  # row 4: ... wall from column 6: between them a 32 px gap on the slant
        "#..................#",
        "#.P................#",
        "####################",
    ]
    level = load_level(write_map(tmp_path, rows))
    route = find_route(level, centre(3, 2), centre(2, 6))
    cells = [(int(x // TILE), int(y // TILE)) for x, y in route]
    assert cells and cells[-1] == (2, 6)
    assert all(not ({a, b} == {(5, 3), (5, 4)}) for a, b in zip(cells, cells[1:]))  # not through the gap
    assert (17, 4) in cells  # the wide way round, on the right


def test_pushing_out_of_walls_answers_as_the_cell_by_cell_search_near_walls_edges_and_off_the_map(tmp_path,
                                                                                                    monkeypatch):
    level = load_level(write_map(tmp_path, SCATTERED))
    rng = random.Random(11)
    width, height = len(SCATTERED[0]) * TILE, len(SCATTERED) * TILE
    circles = [(rng.uniform(-TILE, width + TILE), rng.uniform(-TILE, height + TILE), rng.choice((8.0, 20.0, 40.0)))
               for _ in range(5000)]
    walls_in, boxes = terrain._walls_in, []
    monkeypatch.setattr(terrain, "_walls_in", lambda *args: boxes.append(walls_in(level, *args[1:])) or boxes[-1])
    answers = [push_out_of_walls(level, *circle) for circle in circles]
    assert boxes.count(False) > 200  # a box of cells without a wall answered for many circles near one
    monkeypatch.setattr(terrain, "_walls_in", lambda *args: True)  # no box is taken for clear: every cell searched
    assert [push_out_of_walls(level, *circle) for circle in circles] == answers
    unmoved = sum(answer == circle[:2] for answer, circle in zip(answers, circles))
    assert 500 < unmoved < 4500  # both answers were given many times


def test_a_map_started_again_and_again_keeps_no_earlier_level_alive_through_its_routes():
    """Each start or restart is a new LevelData; routes found on them share their map's tables, so the restarts
    before do not stay in memory (the tables of the last four levels kept those levels, a few MB each on a big map)."""
    import gc
    import weakref
    from game.content.level import load_level
    from game.content.chain import LEVELS
    from game.sim.routes import find_route
    levels = []
    for _ in range(3):
        level = load_level(LEVELS / "outpost.tmx")
        assert find_route(level, (100.0, 300.0), (600.0, 300.0)) == find_route(level, (100.0, 300.0), (600.0, 300.0))
        levels.append(weakref.ref(level))
        del level
    gc.collect()
    assert [ref() is None for ref in levels[:-1]] == [True, True]


def test_whether_any_route_leads_somewhere_is_answered_from_the_regions_as_an_unbounded_search_answers_it(
        tmp_path, monkeypatch):
    """routes.in_reach, the regions' answer with no search, against find_route's A* alone (the regions left out of it,
    no bound on the cells it looks at), on seeded random maps: one-tile gaps, slanted gaps and corners included."""
    asked = []
    for seed in range(12):
        chance = random.Random(seed)
        rows = ["#" * 24] + ["#" + "".join("#" if chance.random() < 0.15 + seed % 3 * 0.1 else "."
                                           for _ in range(22)) + "#" for _ in range(18)] + ["#" * 24]
        rows[1] = "#P" + rows[1][2:]
        level = load_level(write_map(tmp_path, rows, name=f"maze{seed}.tmx"))
        for _ in range(60):
            start, goal = (centre(chance.randrange(24), chance.randrange(20)) for _ in range(2))
            cell = (int(goal[0] // TILE), int(goal[1] // TILE))
            asked.append((level, start, goal, routes.in_reach(level, start, [cell])))
    monkeypatch.setattr(routes._RouteTables, "joined", lambda tables, begin, ends: True)
    monkeypatch.setattr(routes, "MAX_NODES", 10 ** 9)
    for level, start, goal, answer in asked:
        routes._route_tables(level).ways.clear()
        assert answer == bool(find_route(level, start, goal)), (start, goal)
    assert 0 < sum(answer for *_, answer in asked) < len(asked)  # both answers come up
