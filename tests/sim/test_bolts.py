"""Bolts kept in arrays: moved together, they end exactly where sweeping each alone puts them."""

import math
import random

from game.sim.events import MissileShotDown, ShotStopped
from game.sim.schedule import SYSTEMS
from game.sim.shots import Bolts, Homing, Shot, add_bolt, add_missile, clear_spent_missiles
from game.sim.systems import flight
from tests.maps import centre, game_from_ascii

# Walls to stop bolts, pillars to clip them, machines of both sides to hit and graze.
YARD = [
    "########################",
    "#......................#",
    "#..E.......#.......E...#",
    "#..........#...........#",
    "#....##..........##....#",
    "#..........P...........#",
    "#....##..........##....#",
    "#..........#...........#",
    "#..E.......#.......E...#",
    "#......................#",
    "########################",
]


def sweep_one_by_one(world, res) -> None:
    """move_projectiles with every bolt swept alone, in firing order, as a missile is: the reference."""
    sweep = flight._Sweep(world, res)
    for shot in res.missiles:
        if not shot.spent:
            flight._fly(world, res, sweep, shot)
    bolts = res.bolts.shots()
    for shot in bolts:
        flight._fly(world, res, sweep, shot)
    res.bolts = Bolts()
    for shot in bolts:
        if not shot.spent:
            res.bolts.add(shot)
    clear_spent_missiles(res)


def spray(game, rng) -> None:
    """A dozen bolts from random places in random directions, of both sides, some wide, some short-lived."""
    width, height = game.res.level.pixel_size
    for _ in range(12):
        side, weapon = rng.choice([("grados", "dis_rifle"), ("un", "laser_rifle")])
        angle, speed = rng.uniform(0, math.tau), rng.uniform(300, 2400)  # some cross a tile a tick
        add_bolt(game.res, game.player if side == "un" else 0, side, weapon, rng.uniform(40, width - 40),
                 rng.uniform(40, height - 40), math.cos(angle) * speed, math.sin(angle) * speed, 1.0,
                 rng.choice([30.0, 400.0]), rng.choice([0.0, 0.0, 12.0]), rng.choice([0.0, 80.0]))


def step_both(together, alone) -> list:
    """One tick of each game: `together` as the game runs, `alone` with every bolt swept on its own; the same
    events and the same state after it, or the test fails. Returns the tick's events."""
    events = together.step()
    alone.res.events.clear()
    for system in SYSTEMS:
        (sweep_one_by_one if system is flight.move_projectiles else system)(alone.world, alone.res)
    assert repr(events) == repr(alone.res.events)
    assert together.state_hash() == alone.state_hash()
    return events


def test_bolts_moved_on_arrays_end_where_the_one_by_one_sweep_puts_them(tmp_path):
    together, alone = game_from_ascii(tmp_path, YARD, seed=4), game_from_ascii(tmp_path, YARD, seed=4)
    sprays = random.Random(9), random.Random(9)
    happened = []
    for tick in range(240):
        for game, rng in zip((together, alone), sprays):
            spray(game, rng)
            game.player_intent().vmax = tick == 150  # its meter is full by then: the barrier turns bolts back
        happened += step_both(together, alone)
    # Every way a bolt's tick can end came up: a hit, a graze, a wall, the end of its range, the barrier; and
    # dozens were in flight at the end.
    kinds = {(type(e).__name__, getattr(e, "hit_wall", None)) for e in happened}
    assert {("Damaged", None), ("NearMiss", None), ("ShotStopped", True), ("ShotStopped", False),
            ("Deflected", None)} <= kinds
    assert len(together.res.bolts) >= 24


def test_a_bolt_ending_on_the_very_edge_of_a_wall_stops_there_either_way(tmp_path):
    # 300 px/s for a tick from x = 37 ends at exactly x = 32.0, the west wall's face: first_wall_hit's walk
    # steps over that edge into the wall, so the bolt stops now, not a tick later.
    together, alone = game_from_ascii(tmp_path, YARD, seed=4), game_from_ascii(tmp_path, YARD, seed=4)
    y = centre(1, 9)[1]
    assert 37.0 - 300.0 / 60 == 32.0
    for game in (together, alone):
        add_bolt(game.res, 0, "grados", "dis_rifle", 37.0, y, -300.0, 0.0, 1.0, 400.0)
        for index in range(flight.FEW_BOLTS):  # enough company in open ground for the arrays to take over
            add_bolt(game.res, 0, "grados", "dis_rifle", 300.0 + 20 * index, y, 0.0, -300.0, 1.0, 400.0)
    events = step_both(together, alone)
    assert [(e.x, e.y, e.hit_wall) for e in events if isinstance(e, ShotStopped)] == [(32.0, y, True)]


def test_a_bolt_flying_with_a_crowd_of_others_still_shoots_down_a_missile_in_its_way(tmp_path):
    together, alone = game_from_ascii(tmp_path, YARD, seed=4), game_from_ascii(tmp_path, YARD, seed=4)
    x, y = centre(2, 1)
    for game in (together, alone):
        add_missile(game.res, 0, "grados", x + 14 * 32, y, 0.0, 0.0, 10.0, 900.0, 6.0, Homing(0, 5.0, 1.0, 0.0))
        add_bolt(game.res, game.player, "un", "laser_rifle", x, y, 1200.0, 0.0, 5.0, 900.0)  # straight at it
        for index in range(2 * flight.FEW_BOLTS):  # company hanging still in open ground: the arrays' work
            add_bolt(game.res, game.player, "un", "laser_rifle", 100.0 + 30 * index, centre(0, 9)[1], 0.0, 0.0,
                     5.0, 100.0)
    happened = []
    for _ in range(30):
        happened += step_both(together, alone)
    assert any(isinstance(event, MissileShotDown) for event in happened)


def test_a_bolt_table_keeps_each_bolt_whole_through_growth_and_removal():
    bolts, rng = Bolts(), random.Random(3)
    shots = [Shot(id, rng.randrange(1, 9), rng.choice(["un", "grados"]), rng.choice(["laser_rifle", "dis_rifle"]),
                  rng.uniform(-5, 5), rng.uniform(-5, 5), rng.uniform(-9, 9), rng.uniform(-9, 9), 7.0, 300.0,
                  rng.choice([0.0, 12.0]), 80.0, rng.random() < 0.5, 0.25, None, 1.5, -2.5)
             for id in range(1, 201)]  # more than the first allotment of rows
    for shot in shots:
        bolts.add(shot)
    assert bolts.shots() == shots and len(bolts) == 200
    bolts.drop([row for row, shot in enumerate(shots) if shot.id % 3 == 0])
    assert bolts.shots() == [shot for shot in shots if shot.id % 3 != 0]
    assert bolts.find(5) == shots[4] and bolts.find(6) is None
    turned = bolts.find(7)
    turned.faction, turned.owner, turned.vx = "un", 42, -turned.vx  # as a V-MAX barrier turns one back
    row = next(index for index, shot in enumerate(bolts.shots()) if shot.id == 7)
    bolts.put(row, turned)
    assert bolts.find(7) == turned


def test_a_missile_turned_by_a_barrier_mid_sweep_stays_in_the_way_of_the_bolts_that_first_hit_would_let_hit_it(
        tmp_path):
    game = game_from_ascii(tmp_path, YARD, seed=4)
    x, y = centre(2, 1)
    missile = add_missile(game.res, 0, "grados", x, y, 0.0, 0.0, 10.0, 900.0, 6.0, Homing(0, 5.0, 1.0, 0.0))
    sweep = flight._Sweep(game.world, game.res)
    missile.faction = "un"  # turned back by a V-MAX barrier while the missiles flew, before the bolts
    hits, _ = sweep.marks("un")
    assert (x, y, missile.radius + 1) in hits  # _first_hit still takes it for a grados missile a un bolt can hit
