"""The fifth mission, New York's landing field: a push from the resistance's ruin to a Gradosian relay post, then a
hold on the field's landing beacon while a lander comes down, with a supply cache at each."""

import dataclasses
import math
from pathlib import Path

from game.content.catalog import load_catalog
from game.content.chain import LEVELS
from game.content.level import load_level
from game.session import new_game
from game.sim.components import Brain, Position, Velocity
from game.sim.game import Game
from game.sim.systems.enemy_pilots import THINK_EVERY
from game.sim.terrain import line_of_sight
from game.sim.weather import visibility

ROOT = Path(__file__).resolve().parents[2]
LANDING_FIELD = LEVELS / "landing_field.tmx"


def test_the_landing_field_is_new_york_at_night_with_the_relay_to_silence_before_the_beacon_to_hold():
    level = load_level(LANDING_FIELD)
    assert level.title == "New York, Gradosian Landing Field — 1999"
    assert str(ROOT / "assets" / "tilesets" / "new_york.tsx") in level.files
    assert level.music == "manhattan_rain" and level.time_limit == 300
    assert level.weather == "rain" and 0 < level.storm <= 0.2  # a light rain: it cuts sight a little, as it should
    relay, beacon = level.objectives  # the plate names them in this order
    assert relay.text == "Silence the relay post" and beacon.text == "Hold the landing beacon"
    assert 0 < relay.hold < beacon.hold
    assert relay.region.centre[0] < beacon.region.centre[0]  # east, across the avenue from the relay
    briefings = [trigger.text for trigger in level.triggers if trigger.action == "message"]
    # one told in two, and her word at the two supply caches (the relay post's stores, the field gate's cache)
    assert len(briefings) == 5 and all(text.startswith("Rei: ") for text in briefings)
    assert len([trigger for trigger in level.triggers if trigger.action == "repair"]) == 2


def test_dis_and_a_bul_hold_the_way_and_a_dis_lands_when_each_hold_begins():
    level = load_level(LANDING_FIELD)
    relay, beacon = level.objectives
    for difficulty, buls, at_beacon in (("normal", 1, ["dis"]), ("hard", 2, ["bul", "dis"])):
        spawns = [spawn for spawn in level.enemy_spawns if spawn.placed_on(difficulty)]
        at_start = sorted(spawn.kind for spawn in spawns if not spawn.arrives)
        assert at_start.count("bul") == buls and at_start.count("dis") >= 4
        called = {place: sorted(spawn.kind for spawn in spawns if spawn.arrives == place.object_id)
                  for place in (relay, beacon)}
        # two at the beacon and the relay's heavy were a wall for a new pilot: Hard keeps them
        assert called[relay] == ["dis"] and called[beacon] == at_beacon
    # The landers come down on the field's pads, east of the beacon, and march on it across the open deck.
    right = beacon.region.x + beacon.region.width
    assert all(spawn.x > right + 400 for spawn in level.arrivals if spawn.arrives == beacon.object_id)


def barricade_bul(level):
    [spawn] = [spawn for spawn in level.enemy_spawns if spawn.name == "barricade heavy"]
    return spawn


def barricade_bul_sees(level, x: float, y: float) -> bool:
    """Whether the Bul holding the barricade, at its post, sees the Layzner standing at (x, y) once it has looked."""
    spawn = barricade_bul(level)
    game = Game(level, load_catalog(), 1)
    [bul] = [e for e in game.enemies() if (game.world.get(e, Position).x, game.world.get(e, Position).y) == (
        spawn.x, spawn.y)]
    pos, vel = game.world.get(game.player, Position), game.world.get(game.player, Velocity)
    pos.x = pos.prev_x = x
    pos.y = pos.prev_y = y
    vel.x = vel.y = 0.0
    game.run(ticks=THINK_EVERY)  # every pilot has looked once, none yet gone anywhere
    return game.world.get(bul, Brain).sees_player


def share_in_sight_of_the_barricade(level, region) -> float:
    """The share of a region's open ground (sampled every 8 px) the barricade's Bul sees from its post: within its
    sight range as the storm there cuts it, and no wall in the way."""
    spawn, walls = barricade_bul(level), level.walls_at_start
    sight = load_catalog().units[spawn.kind].ai.sight_range
    seen = []
    for x in range(int(region.x) + 4, int(region.x + region.width), 8):
        for y in range(int(region.y) + 4, int(region.y + region.height), 8):
            if region.contains(x, y) and not walls.is_solid_cell(x // level.tile_width, y // level.tile_height):
                reach = sight * visibility(level, spawn.x, spawn.y, x, y)
                seen.append(math.dist((spawn.x, spawn.y), (x, y)) <= reach
                            and line_of_sight(walls, spawn.x, spawn.y, x, y))
    return sum(seen) / len(seen)


def test_a_squall_on_the_avenue_hides_most_of_both_holds_from_the_bul_at_the_barricade():
    """The barricade's Bul sees into the relay's yard through its east door and over the beacon's deck through the
    field's gate: under the map's light rain alone it covers both holds. The squall over its stretch of the avenue,
    heavier than the map's rain, leaves it only their near edges, and it still sees what comes close to it."""
    level = load_level(LANDING_FIELD)
    [squall] = [zone for zone in level.zones if zone.kind == "rain"]
    assert squall.strength > level.storm  # a heavier patch of the map's rain, not the same rain drawn again
    spawn = barricade_bul(level)
    assert spawn.kind == "bul" and spawn.holds_post and squall.region.contains(spawn.x, spawn.y)
    relay, beacon = level.objectives
    dry = dataclasses.replace(level, zones=())
    assert share_in_sight_of_the_barricade(dry, relay.region) > 0.3
    assert share_in_sight_of_the_barricade(level, relay.region) < 0.2
    assert share_in_sight_of_the_barricade(dry, beacon.region) > 0.9
    assert share_in_sight_of_the_barricade(level, beacon.region) < 0.4
    # The rules' own pilot: the Layzner on the beacon's middle is spotted in the light rain, not through the squall.
    assert barricade_bul_sees(dry, *beacon.region.centre) and not barricade_bul_sees(level, *beacon.region.centre)
    assert barricade_bul_sees(level, spawn.x, spawn.y + 160)  # close by, on its avenue


def test_a_pilot_who_leaves_the_controls_alone_is_found_in_the_ruin_and_loses():
    game = new_game(LANDING_FIELD, seed=1)
    full = game.player_health().max_hit_points
    while game.outcome is None:
        game.step()
    assert game.outcome == "lost"
    assert game.res.objectives_reached == [False, False]
    health = game.player_health()
    assert health is None or health.hit_points < full  # the ruins' sweep found the machine where it waited


FLAGS = 0xE0000000
DIAGONAL = 0x20000000  # Tiled's flip across the diagonal: the guide line turned to run down the deck
GUIDE_LINE, LANDING_MARK, WARNING_LIGHT = 83, 93, 86  # new_york.tsx's tile ids (tools/art/tileset_ny.py)


def layer_cells(level, name):
    [layer] = [layer for layer in level.layers if layer.name == name]
    return layer.cells


def guide_line(level, col, row):
    """'across', 'down' or None: the red guide line painted on the deck at a cell, and which way it runs."""
    if not (0 <= row < level.height and 0 <= col < level.width):
        return None
    gid = layer_cells(level, "ground")[row][col]
    if gid and (gid & ~FLAGS) - 1 == GUIDE_LINE:
        return "down" if gid & DIAGONAL else "across"
    return None


def test_every_guide_line_on_the_field_ends_at_something_a_wall_a_pylon_a_pad_or_the_gate():
    level = load_level(LANDING_FIELD)
    gate = next(trigger for trigger in level.triggers if trigger.text.startswith("Rei: The landing field"))
    first_col = int(gate.region.x // level.tile_width)  # the field: from its gate east
    ends = []
    for row in range(level.height):
        for col in range(first_col, level.width):
            way = guide_line(level, col, row)
            if way is None:
                continue
            step = (1, 0) if way == "across" else (0, 1)
            for sign in (-1, 1):  # each end of its run: the cell past it, along the line
                c, r = col + sign * step[0], row + sign * step[1]
                if guide_line(level, c, r) != way:
                    ends.append(((col, row), (c, r)))
    for (col, row), (c, r) in ends:
        runs_in = c < first_col  # through the gate, from the avenue
        assert runs_in or level.is_solid_cell(c, r) or guide_line(level, c, r) is not None, \
            f"the guide line at column {col}, row {row} stops in the open deck at column {c}, row {r}"
    assert len(ends) >= 20  # the taxiway, the apron line, the stubs, the pads' frames


def test_the_landers_come_down_on_pads_framed_in_guide_lines_marked_and_lit():
    level = load_level(LANDING_FIELD)
    beacon = level.objectives[1]
    decoration = layer_cells(level, "decoration")
    for spawn in (spawn for spawn in level.arrivals if spawn.arrives == beacon.object_id):
        col, row = int(spawn.x // level.tile_width), int(spawn.y // level.tile_height)

        def frame(d_col, d_row):  # the first guide line out from the lander's cell that way, within a pad's reach
            return next(((col + k * d_col, row + k * d_row) for k in range(1, 5)
                         if guide_line(level, col + k * d_col, row + k * d_row) == ("down" if d_col else "across")),
                        None)

        west, east, north, south = sides = frame(-1, 0), frame(1, 0), frame(0, -1), frame(0, 1)
        assert None not in sides, f"{spawn.name}'s pad is not framed all round: {sides} (west, east, north, south)"
        pad = [(c, r) for r in range(north[1] + 1, south[1]) for c in range(west[0] + 1, east[0])]
        assert any((decoration[r][c] & ~FLAGS) - 1 == LANDING_MARK for c, r in pad), spawn.name
        edge = [(c, r) for c in range(west[0], east[0] + 1) for r in (north[1], south[1])] + \
               [(c, r) for r in range(north[1], south[1] + 1) for c in (west[0], east[0])]
        assert sum((decoration[r][c] & ~FLAGS) - 1 == WARNING_LIGHT for c, r in edge) >= 4, spawn.name
