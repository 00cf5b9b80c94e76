"""A machine whose search is over goes back to its patrol by a route, rejoining its line at the point nearest by way
of the walls as they stand, not where it left it."""

import heapq
import math
from pathlib import Path

import pytest

from game.content.catalog import load_catalog
from game.content.level import load_level
from game.sim.components import Brain, Facing, Position
from game.sim.game import Game
from game.sim.routes import find_route
from game.sim.vectors import angle_difference
from tests.maps import MESSAGE, TILE, centre, write_map

# The patrol walks the north room's row 2, (3, 2) to (22, 2); the south room joins it only at the west, through the
# gap over columns 1 to 5. The Layzner is shut away in the south-west corner, out of every machine's sight.
ROOMS = [
    "##########################",
    "#........................#",
    "#..E.....................#",
    "#........................#",
    "#.....####################",
    "#........................#",
    "#........................#",
    "#........................#",
    "##########################",
    "#P.#######################",
    "##########################",
]
LINE_Y = centre(0, 2)[1]
# A gate across the north room at column 16, which its trigger, under the Layzner, shuts at once.
EAST_DOOR = (f'<object id="50" name="east door" type="gate" x="{16 * TILE}" y="{TILE}" width="{TILE}" '
             f'height="{3 * TILE}"><properties><property name="shuts" type="object" value="51"/></properties>'
             f'</object><object id="51" name="sensor" type="trigger" x="{TILE}" y="{9 * TILE}" width="{TILE}" '
             f'height="{TILE}"><properties>{MESSAGE}<property name="text" '
             'value="Sealed."/></properties></object>')


def given_up_in_the_south_room(tmp_path, objects: str = "") -> tuple[Game, Brain, Position]:
    """The Dis, on its way east to (22, 2), standing at (20, 6) in the south room as its search there ends."""
    game = Game(load_level(write_map(tmp_path, ROOMS, patrols={0: [(3, 2), (22, 2)]}, more_objects=objects)),
                load_catalog(), 1)
    game.step()
    dis = game.enemies()[0]
    brain, pos = game.world.get(dis, Brain), game.world.get(dis, Position)
    pos.x, pos.y = centre(20, 6)
    brain.state, brain.timer, brain.waypoint, brain.step, brain.last_seen = "search", 0.0, 1, 1, (pos.x, pos.y)
    return game, brain, pos


def test_a_machine_back_from_a_search_rejoins_its_patrol_at_the_point_of_its_line_nearest_by_the_way_back(tmp_path):
    game, brain, pos = given_up_in_the_south_room(tmp_path)
    states = []
    for _ in range(20 * 60):
        game.step()
        states.append((brain.state, pos.x, pos.y))
    back = next(i for i, (state, _, _) in enumerate(states) if state == "patrol")
    assert "return" in {state for state, _, _ in states[:back]}
    _, x, y = states[back]
    # on its line above the gap it came up through, not at (22, 2), where it was going when it left (an 800 px walk
    # along the north room from the gap)
    assert abs(y - LINE_Y) < 16 and x < 7 * TILE
    # and from there it walks on the way it was going, east along its line
    assert max(x for _, x, y in states[back:back + 5 * 60]) > 12 * TILE
    assert all(abs(y - LINE_Y) < 16 for _, _, y in states[back:back + 5 * 60])


def test_a_machine_whose_patrol_point_a_shut_gate_cuts_off_goes_back_to_the_part_of_its_line_it_can_reach(tmp_path):
    """Its way east along the north room is shut at column 16: heading straight for (22, 2), it pressed into the
    south room's north wall for good."""
    game, brain, pos = given_up_in_the_south_room(tmp_path, EAST_DOOR)
    assert game.res.gates[0].shut
    game.run(seconds=20)
    assert abs(pos.y - LINE_Y) < 16 and pos.x < 16 * TILE - 20  # on its line, the gate's side it can walk
    assert brain.state == "patrol"


def test_a_machine_further_from_its_line_than_one_search_outward_reaches_still_goes_back_by_a_route(tmp_path):
    """On a large open map the search for the nearest point of its line gives up (routes.MAX_NODES) long before it
    comes to it: the machine, in a cup of walls open to the south, goes back by a route to the point it was walking
    to, as before rejoining came, not pressing into the cup's north wall for good."""
    width, height = 120, 110
    rows = ["#" * width] + ["#" + "." * (width - 2) + "#" for _ in range(height - 2)] + ["#" * width]
    for row in range(60, 76):  # the cup: its north wall across row 60, its sides down to row 75
        rows[row] = rows[row][:50] + ("#" * 30 if row == 60 else "#" + "." * 28 + "#") + rows[row][80:]
    rows[2] = rows[2][:3] + "E" + rows[2][4:]
    rows[height - 2] = "#P" + rows[height - 2][2:]
    game = Game(load_level(write_map(tmp_path, rows, patrols={0: [(3, 2), (20, 2)]})), load_catalog(), 1)
    game.step()
    dis = game.enemies()[0]
    brain, pos = game.world.get(dis, Brain), game.world.get(dis, Position)
    pos.x, pos.y = centre(64, 70)
    brain.state, brain.timer, brain.waypoint, brain.step, brain.last_seen = "search", 0.0, 1, 1, (pos.x, pos.y)
    for _ in range(50):
        game.run(seconds=1)
        if brain.state == "patrol" and abs(pos.y - centre(0, 2)[1]) < 16:
            break
    assert brain.state == "patrol" and abs(pos.y - centre(0, 2)[1]) < 16, (pos.x // TILE, pos.y // TILE)


def open_ground_given_up(tmp_path, width: int, height: int, line: list[tuple[int, int]], where: tuple[int, int],
                         wall_at: int | None = None):
    """A Dis on open ground whose patrol walks `line` (on its way to the last point), giving up its search at `where`
    (column, row) on its next turn to think; the Layzner in the south-west corner, far out of its sight. `wall_at`: a
    column walled from top to bottom, splitting the ground in two."""
    rows = ["#" * width] + ["#" + "." * (width - 2) + "#" for _ in range(height - 2)] + ["#" * width]
    if wall_at is not None:
        rows = [row[:wall_at] + "#" + row[wall_at + 1:] for row in rows]
    column, row = line[0]
    rows[row] = rows[row][:column] + "E" + rows[row][column + 1:]
    rows[height - 2] = "#P" + rows[height - 2][2:]
    game = Game(load_level(write_map(tmp_path, rows, patrols={0: line})), load_catalog(), 1)
    game.step()
    dis = game.enemies()[0]
    brain, pos = game.world.get(dis, Brain), game.world.get(dis, Position)
    pos.x, pos.y = centre(*where)
    brain.state, brain.timer, brain.waypoint, brain.step = "search", 0.0, len(line) - 1, 1
    brain.last_seen, brain.route = (pos.x, pos.y), ((pos.x + 100, pos.y),)  # only its timer ends the search
    return game, brain


def cell(point: tuple[float, float]) -> tuple[int, int]:
    return int(point[0] // TILE), int(point[1] // TILE)


def test_a_machine_giving_up_on_open_ground_looks_for_its_line_along_a_band_toward_it_not_all_round(tmp_path,
                                                                                                   monkeypatch):
    """An alarm's crowd gives up its search within four ticks: searching evenly outward, each machine 40 cells from
    its line looked at the 4,500 cells nearer than it (4 ms each, 35 ms a tick for 30 machines). Counted as the
    cells the route searches take off their frontiers, for the search for the line and the route to the point."""
    game, brain = open_ground_given_up(tmp_path, 70, 70, [(3, 2), (60, 2)], (30, 42))
    looked = []
    pop = heapq.heappop
    monkeypatch.setattr(heapq, "heappop", lambda heap: looked.append(1) or pop(heap))
    while brain.state == "search":
        game.step()
    assert brain.state == "return" and cell(brain.route[-1]) == (30, 2)  # straight north, the nearest point
    assert len(looked) < 5 * 40  # a few cells for each cell of the way back


def test_a_machine_further_from_its_line_than_a_search_spreading_outward_reaches_rejoins_it_at_the_nearest_point(
        tmp_path):
    """100 cells south of the middle of its 110-cell line on open ground: the even search outward gave up
    (routes.MAX_NODES, 6,000 cells, some 60 cells out) and it went to the line's end it was walking to, 50 cells
    off to the east."""
    game, brain = open_ground_given_up(tmp_path, 120, 110, [(3, 2), (113, 2)], (58, 102))
    while brain.state == "search":
        game.step()
    assert brain.state == "return" and cell(brain.route[-1]) == (58, 2)
    assert brain.waypoint == 1  # and walks on east, the way it was going


# Two rooms joined by two ways, each a gate: the north one open until its trigger shuts it, the south one shut until
# its trigger opens it. The Dis patrols the west room's row 5, (2, 5) to (7, 5) (or, with no patrol, holds its post
# there), level with the wall between the gates; the Layzner is shut away in the south-west corner, out of its sight.
TWO_WAYS = [
    "####################",
    "#........#.........#",
    "#........G.........#",
    "#........G.........#",
    "#........#.........#",
    "#.E......#.........#",
    "#........#.........#",
    "#........G.........#",
    "#........G.........#",
    "#........#.........#",
    "####################",
    "#P.#################",
    "####################",
]
NORTH_SHUTS, SOUTH_OPENS = 0, 1  # the triggers, in file order


def two_ways(tmp_path, patrols) -> Path:
    """The map, with the gates and their triggers (in the east room's far corner, fired by hand)."""
    def gate(oid, row, switch, trigger):
        return (f'<object id="{oid}" name="gate {row}" type="gate" x="{9 * TILE}" y="{row * TILE}" width="{TILE}" '
                f'height="{2 * TILE}"><properties><property name="{switch}" type="object" value="{trigger}"/>'
                f'</properties></object><object id="{trigger}" name="switch {row}" type="trigger" x="{18 * TILE}" '
                f'y="{9 * TILE}" width="{TILE}" height="{TILE}"><properties>{MESSAGE}'
                '<property name="text" value="Clunk."/></properties></object>')
    objects = gate(60, 2, "shuts", 61) + gate(62, 7, "opens", 63)
    return write_map(tmp_path, TWO_WAYS, patrols=patrols, more_objects=objects)


@pytest.mark.parametrize("patrols", [{0: [(2, 5), (7, 5)]}, {}], ids=["patrol", "post"])
def test_a_machine_a_gate_shuts_off_from_its_line_holds_facing_it_and_rejoins_when_another_way_opens(tmp_path,
                                                                                                      patrols):
    """Chased through the north gate into the east room, which then shuts: with no way back to its line (or its post),
    it walked straight at its point and pressed into the east room's west wall for good."""
    game = Game(load_level(two_ways(tmp_path, patrols)), load_catalog(), 1)
    game.step()
    dis = game.enemies()[0]
    brain, pos, facing = game.world.get(dis, Brain), game.world.get(dis, Position), game.world.get(dis, Facing)
    brain.last_seen = centre(16, 5)  # as if it had glimpsed the Layzner there
    brain.state, brain.timer, brain.route = "search", 10.0, find_route(game.res.walls, (pos.x, pos.y), brain.last_seen)
    for _ in range(10 * 60):
        game.step()
        if pos.x > 12 * TILE:
            break
    game.res.triggers[NORTH_SHUTS].fired = 1
    places = []
    for _ in range(15 * 60):
        game.step()
        places.append((pos.x, pos.y))
    assert game.res.gates[0].shut and game.res.gates[1].shut
    # standing still where its search ended, well clear of the wall between it and its line
    assert len(set(places[-5 * 60:])) == 1 and pos.x > 12 * TILE
    line_end = centre(7, 5) if patrols else centre(2, 5)  # the point of its line nearest, or its post
    assert abs(angle_difference(facing.angle, math.atan2(line_end[1] - pos.y, line_end[0] - pos.x))) < 0.1
    game.res.triggers[SOUTH_OPENS].fired = 1
    for _ in range(20 * 60):
        game.step()
        if brain.state == "patrol" and pos.x < 8 * TILE:
            break
    assert not game.res.gates[1].shut
    assert brain.state == "patrol" and abs(pos.y - centre(0, 5)[1]) < 16 and pos.x < 8 * TILE  # back on its line


def test_a_machine_with_no_way_at_all_to_its_line_starts_no_search_for_one(tmp_path, monkeypatch):
    """On a large map split in two by a wall, a machine in the east half whose line is in the west half: the search
    for the nearest point of its line looked at its 6,000 cells (routes.MAX_NODES), and the route to its waypoint
    6,000 more, in one tick (11-15 ms), to find nothing."""
    game, brain = open_ground_given_up(tmp_path, 120, 110, [(3, 2), (50, 2)], (90, 50), wall_at=60)
    looked = []
    pop = heapq.heappop
    monkeypatch.setattr(heapq, "heappop", lambda heap: looked.append(1) or pop(heap))
    while brain.state == "search":
        game.step()
    assert looked == []
    assert brain.state == "hold"
