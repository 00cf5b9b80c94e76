"""Machines engaging the Layzner together spread round it as separate machines instead of piling into one blob."""

import math

from game.sim.components import Body, Brain, Health, Position
from tests.maps import game_from_ascii

# The Layzner in an open hall, a squad of five Dis bunched together a little over their range away.
SQUAD = ["##############################"] + ["#............................#"] * 6 + [
    "#...............EE...........#",
    "#.....P.........EE...........#",
    "#...............E............#",
] + ["#............................#"] * 6 + ["##############################"]
HULL = 1.5  # the drawn hull's half-width, in body radii: a Dis is 60 px across on a body 20 px in radius


def test_a_squad_engaging_one_target_does_not_stack_its_machines(tmp_path):
    game = game_from_ascii(tmp_path, SQUAD)
    game.world.get(game.player, Health).hit_points = 100_000  # it stands and takes it: the squad's spread is watched
    squad = game.enemies()
    game.run(seconds=2)
    assert all(game.world.get(e, Brain).state == "engage" for e in squad)
    ticks, piled = 5 * 60, 0
    for _ in range(ticks):
        game.step()
        places = [(game.world.get(e, Position), game.world.get(e, Body).radius) for e in squad]
        # Two hulls overlapping by over a fifth of their width (closer than 0.8 of their half-widths together) read
        # as one machine: a player cannot count them or see which is hit.
        piled += any(math.hypot(a.x - b.x, a.y - b.y) < 0.8 * HULL * (ra + rb)
                     for i, (a, ra) in enumerate(places) for b, rb in places[i + 1:])
    assert piled <= ticks // 10
