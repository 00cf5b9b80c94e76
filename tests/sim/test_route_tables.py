"""The tables over a level's walls (route tables, their regions, roomy cells, wall counts): made as the level loads,
made again from those before for a gate that moves, and answering as tables made afresh."""

import dataclasses
import itertools
import random

import numpy as np

from game.content.level import load_level
from game.content.level_data import Gate, Region
from game.session import new_game
from game.sim import routes
from game.sim.components import Position
from tests.maps import TILE, write_map

WALL_TABLES = ("open_cells", "roomy_cells", "roomy", "walls_before")  # LevelData's, each over the whole map


def random_rows(seed: int, width: int = 26, height: int = 14) -> list[str]:
    """A walled map of random walls, thick or thin by the seed: one-tile gaps, slanted gaps and long runs."""
    chance = random.Random(seed)
    rows = ["#" * width] + ["#" + "".join("#" if chance.random() < 0.1 + seed % 4 * 0.08 else "."
                                          for _ in range(width - 2)) + "#" for _ in range(height - 2)] + ["#" * width]
    rows[1] = "#P" + rows[1][2:]
    return rows


def flood_fill(tables: routes._RouteTables) -> list[int]:
    """Each cell's region as a plain flood fill over the moves between passable cells finds it: the number of the
    first cell of its region, -1 for a cell no route passes."""
    region = [-1] * len(tables.passable)
    for first, passable in enumerate(tables.passable):
        if passable and region[first] == -1:
            region[first], todo = first, [first]
            while todo:
                cell = todo.pop()
                for step, _ in tables.move_sets[tables.moves[cell]]:
                    if tables.passable[cell + step] and region[cell + step] == -1:
                        region[cell + step] = first
                        todo.append(cell + step)
    return region


def same_cells_together(regions: list[int], expected: list[int]) -> bool:
    """Whether the two labellings put the same cells together (their numbers may differ), and the same cells in none."""
    pairs = dict(zip(regions, expected))
    return len(pairs) == len(set(expected)) and all(pairs[got] == want for got, want in zip(regions, expected))


def regions_of(tables: routes._RouteTables) -> list[int]:
    """Each cell's region as the tables label it, -1 for a cell no route passes."""
    return [tables.region(cell) if passable else -1 for cell, passable in enumerate(tables.passable)]


def test_regions_labelled_by_runs_join_the_same_cells_as_a_flood_fill(tmp_path):
    for seed in range(24):
        level = load_level(write_map(tmp_path, random_rows(seed), name=f"walls{seed}.tmx"))
        tables = routes._RouteTables(level)
        assert same_cells_together(regions_of(tables), flood_fill(tables)), seed


def test_a_loaded_levels_tables_and_route_regions_are_made_before_its_first_tick():
    game = new_game("levels/mars_base.tmx", seed=1)
    level = game.res.level
    assert all(name in vars(level) for name in WALL_TABLES)  # cached properties, made as the level loaded
    tables = [tables for walls, tables in routes._ROUTE_TABLES if walls[2] is level.solid]
    assert tables and tables[0].regions is not None


def test_a_levels_first_ticks_make_no_whole_map_table(monkeypatch):
    """The first second of the Mars base, its enemies looking for routes: no table over the whole map is made in it."""
    game = new_game("levels/mars_base.tmx", seed=1)
    level = game.res.level
    made, asked = [], []
    tables, label, route_tables = routes._RouteTables, routes._label_regions, routes._route_tables
    monkeypatch.setattr(routes, "_RouteTables", lambda *args: made.append("route tables") or tables(*args))
    monkeypatch.setattr(routes, "_label_regions", lambda *args: made.append("regions") or label(*args))
    monkeypatch.setattr(routes, "_route_tables", lambda walls: asked.append(walls) or route_tables(walls))
    before = dict(vars(level))  # the cached properties made so far
    for tick in range(90):
        intent, pos = game.player_intent(), game.world.try_get(game.player, Position)
        intent.move_x, intent.move_y = 0.8, 0.6  # out of the base, toward its guards
        intent.aim_x, intent.aim_y, intent.fire = pos.x + 300, pos.y, tick % 40 < 20
        game.step()
    assert asked  # the enemies did look for ways
    assert made == [] and [name for name in WALL_TABLES if name not in before] == []


def gated_level(tmp_path, seed: int = 3):
    """A random map with three gates of different shapes, two of them far apart."""
    level = load_level(write_map(tmp_path, random_rows(seed, width=60, height=30), name=f"gated{seed}.tmx"))
    boxes = ((5, 3, 3, 2), (50, 20, 2, 6), (20, 12, 12, 1))  # column, row, columns, rows
    gates = tuple(Gate(number, f"gate {number}", "gates", Region("rectangle", *(value * TILE for value in box)),
                       shuts=99) for number, box in enumerate(boxes, 1))
    return dataclasses.replace(level, gates=gates)


def test_a_gate_shut_makes_its_tables_from_the_walls_before_and_they_answer_as_made_afresh(tmp_path):
    for seed in (3, 6):
        level = gated_level(tmp_path, seed)
        before = routes._route_tables(level)
        for shut in itertools.product((False, True), repeat=len(level.gates)):
            walls = level.with_gates(shut)
            if walls is level:
                continue
            afresh = dataclasses.replace(walls, gated_from=None)  # the same walls, as a map of their own
            assert walls.gated_from is level
            for name in ("open_cells", "roomy_cells"):
                assert np.array_equal(getattr(walls, name), getattr(afresh, name)), (seed, shut, name)
            assert walls.roomy == afresh.roomy, (seed, shut)
            assert [walls.walls_before[row] for row in range(level.height + 3)] == list(afresh.walls_before)
            tables, made = routes._route_tables(walls), routes._RouteTables(afresh)
            assert tables.columns is before.columns  # from those before, not made again
            assert tables.solid.tolist() == made.solid.tolist() and tables.passable == made.passable
            assert tables.moves == made.moves
            assert same_cells_together(regions_of(tables), regions_of(made)), (seed, shut)
