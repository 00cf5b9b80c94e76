"""The bot: it wins every level in levels/ within the level's time limit, and its pieces behave.

The level test globs levels/*.tmx, so a level added later is covered with no change here; the seconds each
win took are printed at the end of the module's run.
"""

import json
import math
import random
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from game.bot import Bot, play_level, time_limit
from game.bot.combat import FIRE_RESUME, FIRE_STOP, Trigger, lead, time_to_contact
from game.bot.follow import STUCK_WINDOW, Follower
from game.bot.navigation import CAP, NODE, NavGrid
from game.bot.senses import Foe, Me, Shot
from game.content.chain import LEVELS
from game.content.level import load_level
from game.content.level_data import Objective
from game.session import new_game
from game.sim.components import Facing, Gun, Heat, Position, Vmax
from game.sim.events import MissileLaunched
from tests.maps import TILE, cell_region, centre, game_from_ascii

ROOT = Path(__file__).resolve().parents[1]
LEVEL_FILES = sorted(LEVELS.glob("*.tmx"))
RADIUS = 20.0  # the Layzner's


@pytest.fixture(scope="module")
def report(request):
    """Lines printed under the test run: how long each win took."""
    lines = []
    yield lines
    plugins = request.config.pluginmanager
    reporter, capture = plugins.get_plugin("terminalreporter"), plugins.get_plugin("capturemanager")
    if reporter is None or capture is None or not lines:
        return
    with capture.global_and_fixture_disabled():
        reporter.write_line("")
        reporter.write_sep("-", "bot: game time to win each level")
        for line in lines:
            reporter.write_line(line)


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize("path", LEVEL_FILES, ids=lambda path: path.name)
def test_the_bot_wins_every_level_within_its_time_limit(path, seed, report, record_property):
    game = new_game(path, seed)
    limit = time_limit(game.res.level)
    run = play_level(game, limit)
    record_property("seconds", run.seconds)
    report.append(f"{path.name} seed {seed}: {run.outcome} in {run.seconds:.1f} s of {limit:.0f} s, "
                  f"armour {run.hit_points:.0f}/{run.max_hit_points:.0f} ({run.wall_seconds:.2f} s to run)")
    assert run.outcome == "won", f"{path.name} seed {seed}: {run}"
    assert run.seconds <= limit
    assert run.overheats == 0, "its heat discipline should never let the machine overheat"


def test_the_bot_wins_new_york_started_in_the_scanners_lane_with_the_checkpoint_gate_shut_in_its_face():
    """The player's way up the avenue: registered by the scanners, the gate shuts at once, the relief is called,
    and the way in is round by the checkpoint's south entrance, which the bot finds on the walls as they stand."""
    level = load_level(LEVELS / "new_york.tmx")
    scanners = next(t for t in level.triggers if t.action == "alarm")
    game = new_game(level.path, seed=1, start_at=scanners.object_id)
    game.step()
    assert [state.shut for state in game.res.gates] == [True]
    run = play_level(game)
    assert run.outcome == "won", run

def test_a_level_without_a_time_limit_gets_600_seconds(tmp_path):
    game = game_from_ascii(tmp_path, ["#####", "#P.E#", "#####"])
    assert time_limit(game.res.level) == 600.0


# -- routes ---------------------------------------------------------------------------------------

WALLED_OFF = [  # a one-tile gap near the start (the machine is 40 px wide: it does not fit) and a door far off
    "####################",
    "#........#.........#",
    "#........#.........#",
    "#.P................#",
    "#........#.........#",
    "#........#.........#",
    "#........#.........#",
    "#........#.........#",
    "#..................#",
    "#..................#",
    "####################",
]


def test_the_grid_opens_a_two_tile_door_and_closes_a_one_tile_gap(tmp_path):
    game = game_from_ascii(tmp_path, WALLED_OFF)
    grid = NavGrid(game.res.level, RADIUS, game.res.level.player_spawn)
    gap = grid.node_at(9 * TILE + TILE / 2, 3 * TILE + TILE / 2)
    door = grid.node_at(9 * TILE + TILE / 2, 9 * TILE)  # between the two open rows
    assert not grid.open[gap]
    assert grid.open[door] and grid.reachable(door)


def clearances_by_the_rule(level) -> list[float]:
    """NavGrid's clearances spelt out over each solid cell with open ground round it (in the map) and the nodes less
    than CAP + a tile from it: the least of CAP, the node's distance from the map's edges and its hypot from each of
    those cells (whole px apart along one axis), as the grid measured them before it did so with numpy."""
    tw, th, (width, height) = level.tile_width, level.tile_height, level.pixel_size
    columns, solid = width // NODE + 1, level.solid
    clear = [float(min(CAP, x, y, width - x, height - y))
             for y in range(0, height + 1, NODE) for x in range(0, width + 1, NODE)]
    for r in range(level.height):
        for c in range(level.width):
            if not solid[r][c] or all(solid[r + dr][c + dc] for dr in (-1, 0, 1) for dc in (-1, 0, 1)
                                      if 0 <= r + dr < level.height and 0 <= c + dc < level.width):
                continue
            for y in range(max(0, (r * th - 96) // NODE * NODE), min(height, (r + 1) * th + 96) + 1, NODE):
                for x in range(max(0, (c * tw - 96) // NODE * NODE), min(width, (c + 1) * tw + 96) + 1, NODE):
                    dx, dy = max(c * tw - x, x - (c + 1) * tw, 0), max(r * th - y, y - (r + 1) * th, 0)
                    node = y // NODE * columns + x // NODE
                    clear[node] = min(clear[node], math.hypot(dx, dy) if dx and dy else dx + dy)
    return clear


def test_the_grids_clearances_are_the_rules_to_the_last_bit_whatever_the_tile_size():
    # numpy finds them (0.2 s on a 1,000 x 1,000 map, where a loop took a second or two): the very floats of the
    # rule, so a route, and the bot's whole run, is what it was
    rng = random.Random(11)
    levels = [load_level(path) for path in LEVEL_FILES]
    for _ in range(60):
        columns, rows, dense = rng.randint(1, 14), rng.randint(1, 14), rng.random()
        tw, th = rng.choice((32, 16, 24, 40, 7)), rng.choice((32, 16, 48, 9))
        levels.append(SimpleNamespace(tile_width=tw, tile_height=th, width=columns, height=rows,
                                      pixel_size=(columns * tw, rows * th),
                                      solid=[[rng.random() < dense for _ in range(columns)] for _ in range(rows)]))
    for level in levels:
        grid = NavGrid(level, RADIUS, (0.0, 0.0))
        rule = clearances_by_the_rule(level)
        assert [float(value).hex() for value in grid.clearance] == [float(value).hex() for value in rule]
        assert grid.open == [value >= RADIUS for value in rule]


def test_the_grids_areas_are_those_its_steps_join_numbered_as_a_scan_row_by_row_meets_them(tmp_path):
    # The areas are found from runs of open nodes along the rows (seconds less on a big map than a flood fill node by
    # node): they must be what a flood fill over the grid's own steps, diagonals included, finds, numbered the same.
    rng = random.Random(5)
    for trial in range(12):
        rows = ["".join("#" if rng.random() < 0.35 else "." for _ in range(14)) for _ in range(10)]
        rows[0] = "P" + rows[0][1:]
        level = game_from_ascii(tmp_path, rows).res.level
        for radius in (6.0, RADIUS):
            grid = NavGrid(level, radius, level.player_spawn)
            filled = [-1] * len(grid.open)
            for node in range(len(grid.open)):
                if grid.open[node] and filled[node] < 0:
                    waiting, area = [node], max(filled) + 1
                    filled[node] = area
                    while waiting:
                        for other, _ in grid._neighbours(waiting.pop()):
                            if filled[other] < 0:
                                filled[other] = area
                                waiting.append(other)
            assert grid.region == filled


def test_routes_fit_the_machine_and_skip_needless_corners(tmp_path):
    game = game_from_ascii(tmp_path, WALLED_OFF)
    grid = NavGrid(game.res.level, RADIUS, game.res.level.player_spawn)
    start, goal = game.res.level.player_spawn, centre(15, 3)
    route = grid.route(start, grid.node_at(*goal))
    assert route, "the door leads there"
    legs = [start] + route
    for a, b in zip(legs, legs[1:]):
        assert grid.capsule_clear(a[0], a[1], b[0], b[1], RADIUS), f"the machine would scrape a wall from {a} to {b}"
    assert max(y for _, y in route) > 8 * TILE, "through the door in the south, not the gap"
    assert len(route) <= 4, f"line-of-sight shortcuts leave a few waypoints, not one per node: {route}"


def test_the_bot_reaches_an_objective_behind_the_wall_through_the_door(tmp_path):
    objective = Objective(99, "beacon", "objects", cell_region(15, 2, 2, 2), "Reach the beacon")
    game = game_from_ascii(tmp_path, WALLED_OFF, extra={"objectives": (objective,)})
    run = play_level(game, 30)
    assert run.outcome == "won" and run.seconds < 10


def test_a_machine_that_stops_making_progress_shuffles_free_and_plans_again(tmp_path):
    game = game_from_ascii(tmp_path, WALLED_OFF)
    grid = NavGrid(game.res.level, RADIUS, game.res.level.player_spawn)
    follower = Follower(grid)
    x, y = game.res.level.player_spawn
    follower.set_goal(grid.node_at(*centre(15, 3)), x, y)
    assert follower.direction(x, y, 0) is not None
    shuffles = [follower.watch(x, y, tick, trying=True) for tick in range(STUCK_WINDOW + 2)]
    shuffle = next(s for s in shuffles if s is not None)
    assert math.hypot(*shuffle) == pytest.approx(1.0)
    assert follower.planned_at < 0, "a fresh plan is due"


# -- reflexes, aim and heat -----------------------------------------------------------------------

DUEL = [
    "##################",
    "#................#",
    "#................#",
    "#................#",
    "#..P.......E.....#",
    "#................#",
    "#................#",
    "#................#",
    "##################",
]


def duel(tmp_path, rows=DUEL):
    game = game_from_ascii(tmp_path, rows)
    enemy = next(e for e in game.world.entities() if e != game.player and game.world.has(e, Gun))
    return game, Bot(game), enemy


def test_it_dashes_sideways_when_a_close_enemy_winds_up_a_shot(tmp_path):
    game, bot, enemy = duel(tmp_path)
    bot.steer()
    assert not game.player_intent().dash, "nothing winds up yet: no dash"
    me, foe = game.world.get(game.player, Position), game.world.get(enemy, Position)
    game.world.get(enemy, Facing).angle = math.atan2(me.y - foe.y, me.x - foe.x)
    game.world.get(enemy, Gun).charge = 0.05  # the red glint: a shot is coming
    bot.steer()
    intent = game.player_intent()
    assert intent.dash
    across = (intent.move_x * (foe.x - me.x) + intent.move_y * (foe.y - me.y)) / math.hypot(foe.x - me.x, foe.y - me.y)
    assert abs(across) < 0.2, "sideways to the line of fire, not toward or away"


def test_a_wind_up_far_off_is_no_reason_to_dash(tmp_path):
    far = ["#" * 30] + ["#" + "." * 28 + "#" for _ in range(3)] + ["#.P" + "." * 24 + "E.#"] + ["#" * 30]
    game, bot, enemy = duel(tmp_path, far)
    me, foe = game.world.get(game.player, Position), game.world.get(enemy, Position)
    game.world.get(enemy, Facing).angle = math.atan2(me.y - foe.y, me.x - foe.x)
    game.world.get(enemy, Gun).charge = 0.05
    bot.steer()
    assert not game.player_intent().dash


def test_a_shot_about_to_land_is_seen_and_a_passing_one_is_not():
    me = Me(1, 100.0, 100.0, 0.0, 0.0, RADIUS, 240, 0, False, 0, False, 0, True, False, True, 0, False, 0)
    straight = Shot(100.0 + 60.0, 100.0, -560.0, 0.0, 0.0, False)
    wide = Shot(100.0 + 60.0, 100.0 + 40.0, -560.0, 0.0, 0.0, False)
    assert time_to_contact(me, straight) == pytest.approx((60 - RADIUS - 4) / 560)
    assert time_to_contact(me, wide) is None


def test_it_aims_ahead_of_a_moving_target():
    me = Me(1, 0.0, 0.0, 0.0, 0.0, RADIUS, 240, 0, False, 0, False, 0, True, False, True, 0, False, 0)
    foe = Foe(2, "dis", 500.0, 0.0, 0.0, 150.0, 20, 120, 0, 0, 0.28, 380, 500, True)
    x, y = lead(me, foe, 1150.0)
    flight = math.hypot(x, y) / 1150.0
    assert y == pytest.approx(150.0 * flight, rel=0.01) and y > 50


def test_it_stops_firing_when_hot_and_starts_again_once_cooled(tmp_path):
    game, bot, _ = duel(tmp_path)
    heat = game.world.get(game.player, Heat)
    bot.steer()
    assert game.player_intent().fire, "a visible enemy in range, a cold gun: fire"
    for value, firing in ((FIRE_STOP + 3, False), (60.0, False), (FIRE_RESUME - 5, True)):
        heat.value = value
        bot.steer()
        assert game.player_intent().fire == firing, f"at {value}% heat"
    trigger = Trigger()
    assert [trigger.allows(h) for h in (10, 74, 76, 50, 44, 60)] == [True, True, False, False, True, True]


def test_a_missile_lock_is_held_until_complete_then_released(tmp_path):
    game, bot, enemy = duel(tmp_path)
    launches = []
    for _ in range(90):
        bot.steer()
        launches += [e for e in game.step() if isinstance(e, MissileLaunched)]
    assert launches, "a target in lock range: it should have fired missiles"
    assert launches[0].target == enemy and launches[0].count == 2, "a locked salvo, not a straight shot"


def test_vmax_starts_on_a_full_meter_with_a_cool_gauge_and_waits_when_hot(tmp_path):
    close = ["#" * 16] + ["#" + "." * 14 + "#" for _ in range(3)] + ["#..P.....E.....#"] + ["#" * 16]
    game, bot, _ = duel(tmp_path, close)
    game.world.get(game.player, Vmax).meter = 1.0
    heat = game.world.get(game.player, Heat)
    heat.value = 60.0
    bot.steer()
    intent = game.player_intent()
    assert not intent.vmax and not intent.fire, "too hot: it holds fire to cool for V-MAX"
    heat.value = 5.0
    bot.steer()
    assert game.player_intent().vmax


def test_the_bot_writes_only_the_players_intent(tmp_path):
    game, bot, _ = duel(tmp_path)
    for _ in range(5):
        for _ in range(40):
            game.step()
        before = game.component_hashes()
        bot.steer()
        after = game.component_hashes()
        changed = {part for part in before if before[part] != after.get(part)} | (set(after) - set(before))
        assert changed <= {"Intent"}, changed


def test_the_same_seed_plays_the_same_game(tmp_path):
    runs = []
    for _ in range(2):
        game, bot, _ = duel(tmp_path)
        run = play_level(game, 30, bot)
        runs.append((run.outcome, run.seconds, game.state_hash()))
    assert runs[0] == runs[1] and runs[0][0] == "won"


def test_headless_bot_prints_one_json_line_and_wins():
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--headless", "--bot", "--level",
                             "levels/outpost.tmx", "--seed", "2"], capture_output=True, text=True, cwd=ROOT,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    report = json.loads(lines[0])
    assert report["bot"] is True and report["outcome"] == "won"
    assert 0 < report["seconds"] <= report["time_limit"] and report["player_hit_points"] > 0
    assert len(report["state_hash"]) == 32
