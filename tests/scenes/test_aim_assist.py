"""Aim assist for the aim keys: the enemy in sight and in reach nearest the way pressed takes the aim."""

import math

import pytest

from game.scenes.aim_assist import SECTOR, STICK_CONE, assisted_target, lead, stick_target
from game.sim.components import Position, Velocity
from tests.maps import centre, game_from_ascii

EAST, NORTH, WEST = (1.0, 0.0), (0.0, -1.0), (-1.0, 0.0)


def arena(tmp_path, width: int, height: int, marks: dict) -> object:
    """A walled arena with `marks` {(column, row): "P", "E" or "#"} drawn in; enemies are made in reading order."""
    rows = [["#" if r in (0, height - 1) or c in (0, width - 1) else "." for c in range(width)] for r in range(height)]
    for (column, row), char in marks.items():
        rows[row][column] = char
    return game_from_ascii(tmp_path, ["".join(row) for row in rows])


def bearing(game, entity) -> float:
    player, pos = game.world.get(game.player, Position), game.world.get(entity, Position)
    return math.atan2(pos.y - player.y, pos.x - player.x)


def test_the_enemy_within_the_sector_of_the_way_pressed_takes_the_aim_and_none_outside_it(tmp_path):
    game = arena(tmp_path, 30, 12, {(2, 1): "E", (2, 6): "P", (14, 8): "E"})
    north, east = game.enemies()
    assert abs(bearing(game, east)) < SECTOR and bearing(game, east) > 0.1  # about 9 degrees off east
    assert assisted_target(game, EAST) == east
    assert assisted_target(game, NORTH) == north
    assert assisted_target(game, WEST) == 0  # nobody that way


def test_of_two_in_the_sector_the_nearer_the_way_is_aimed_at_and_the_one_aimed_at_is_kept(tmp_path):
    game = arena(tmp_path, 30, 12, {(2, 6): "P", (16, 6): "E", (12, 8): "E"})
    straight, aside = game.enemies()
    assert abs(bearing(game, aside)) < SECTOR
    assert assisted_target(game, EAST) == straight
    assert assisted_target(game, EAST, kept=aside) == aside  # no flitting while the one aimed at is still there


def test_an_enemy_behind_a_wall_is_not_aimed_at(tmp_path):
    game = arena(tmp_path, 30, 5, {(2, 2): "P", (9, 1): "#", (9, 2): "#", (9, 3): "#", (14, 2): "E"})
    assert assisted_target(game, EAST) == 0


def test_an_enemy_beyond_the_rifles_reach_is_not_aimed_at(tmp_path):
    game = arena(tmp_path, 46, 5, {(2, 2): "P", (37, 2): "E"})
    assert math.dist(centre(2, 2), centre(37, 2)) > game.res.catalog.weapons["laser_rifle"].range
    assert assisted_target(game, EAST) == 0


def test_the_aim_leads_a_crossing_enemy_by_the_bolts_flight(tmp_path):
    game = arena(tmp_path, 30, 12, {(2, 6): "P", (16, 6): "E"})
    (enemy,) = game.enemies()
    game.world.get(enemy, Velocity).y = 100.0  # crossing southward
    player, pos = game.world.get(game.player, Position), game.world.get(enemy, Position)
    flight = (pos.x - player.x) / game.res.catalog.weapons["laser_rifle"].projectile_speed
    assert lead(game, enemy) == pytest.approx((pos.x, pos.y + 100.0 * flight))


def test_the_play_scene_aims_the_keys_at_the_enemy_that_way_and_stays_on_it_once_they_are_let_go(tmp_path, display):
    from game.input.actions import Actions
    from game.scenes.aim import STICK_REACH
    from game.scenes.play import PlayScene
    from tests.maps import write_map
    from tests.scenes.conftest import make_context
    rows = ["#" * 30] + ["#" + "." * 28 + "#"] * 3 + ["#.P" + "." * 16 + "E" + "." * 9 + "#"] + \
        ["#" + "." * 28 + "#"] * 3 + ["#" * 30]
    play = PlayScene(make_context(write_map(tmp_path, rows)))
    game = play.game
    (enemy,) = game.enemies()
    play.handle(Actions(aim_way=(0.96, -0.28), aim_keyed=True, fire=True))  # a key's way, some 16 degrees off
    for _ in range(30):
        play.step()
        intent, pos = game.player_intent(), game.world.get(enemy, Position)
        assert math.dist((intent.aim_x, intent.aim_y), (pos.prev_x, pos.prev_y)) < 20.0  # on it, led a little
        play.handle(Actions())  # let go: the aim stays on it as it moves
    play.handle(Actions(aim_way=(0.96, -0.28)))  # the same way on a stick: aimed as it points, no assist
    play.step()
    player, intent = game.world.get(game.player, Position), game.player_intent()
    assert (intent.aim_x - player.prev_x, intent.aim_y - player.prev_y) == pytest.approx(
        (0.96 * STICK_REACH, -0.28 * STICK_REACH))
    play.close()


# --- the pad's aiming stick -------------------------------------------------------------------------------------


def turned(angle: float, degrees: float) -> tuple[float, float]:
    """The unit way `degrees` round from `angle` (radians)."""
    return math.cos(angle + math.radians(degrees)), math.sin(angle + math.radians(degrees))


def test_the_stick_pointed_near_an_enemy_takes_it_and_one_outside_the_narrow_cone_is_not(tmp_path):
    game = arena(tmp_path, 30, 12, {(2, 6): "P", (16, 6): "E"})
    (enemy,) = game.enemies()
    towards = bearing(game, enemy)
    assert math.degrees(STICK_CONE) == pytest.approx(10.0)
    assert stick_target(game, turned(towards, 8)) == enemy
    assert stick_target(game, turned(towards, -8)) == enemy
    assert stick_target(game, turned(towards, 12)) == 0  # the keys' 22.5 degrees would take it: a stick is finer
    assert stick_target(game, turned(towards, 45)) == 0


def test_the_stick_does_not_aim_at_an_enemy_behind_a_wall_or_beyond_the_rifles_reach(tmp_path):
    (tmp_path / "walled").mkdir(), (tmp_path / "far").mkdir()
    walled = arena(tmp_path / "walled", 30, 5, {(2, 2): "P", (9, 1): "#", (9, 2): "#", (9, 3): "#", (14, 2): "E"})
    assert stick_target(walled, EAST) == 0
    far = arena(tmp_path / "far", 46, 5, {(2, 2): "P", (37, 2): "E"})
    assert stick_target(far, EAST) == 0


def test_the_enemy_the_stick_aims_at_is_held_past_the_cones_edge_and_dropped_further_out(tmp_path):
    game = arena(tmp_path, 30, 12, {(2, 6): "P", (16, 6): "E"})
    (enemy,) = game.enemies()
    towards = bearing(game, enemy)
    assert stick_target(game, turned(towards, 12)) == 0  # not taken this far out
    assert stick_target(game, turned(towards, 12), kept=enemy) == enemy  # but not dropped there once aimed at
    assert stick_target(game, turned(towards, 13.5), kept=enemy) == enemy  # to the missiles' 14-degree lock cone
    assert stick_target(game, turned(towards, 15), kept=enemy) == 0


def test_a_thumb_wavering_between_two_enemies_keeps_the_aim_on_one_and_a_firm_point_at_the_other_moves_it(tmp_path):
    game = arena(tmp_path, 30, 14, {(2, 7): "P", (17, 6): "E", (17, 8): "E"})
    upper, lower = game.enemies()
    middle = (bearing(game, upper) + bearing(game, lower)) / 2
    apart = math.degrees(bearing(game, lower) - bearing(game, upper))
    assert 7 < apart < 10  # two Dis side by side, 64 px apart some 480 px away
    aimed = stick_target(game, turned(middle, -1))  # a hair nearer the upper one
    assert aimed == upper
    for wobble in (1, -1, 1.5, 0.5, -1.5):  # the thumb wavers round the middle
        aimed = stick_target(game, turned(middle, wobble), kept=aimed)
        assert aimed == upper
    assert stick_target(game, turned(bearing(game, lower), 0), kept=aimed) == lower  # pointed right at the other


def test_the_aim_assist_setting_scales_the_cone_and_off_leaves_the_stick_alone(tmp_path):
    game = arena(tmp_path, 30, 12, {(2, 6): "P", (16, 6): "E"})
    (enemy,) = game.enemies()
    towards = bearing(game, enemy)
    assert stick_target(game, turned(towards, 8), strength=1.0) == enemy
    assert stick_target(game, turned(towards, 8), strength=0.5) == 0
    assert stick_target(game, turned(towards, 4), strength=0.5) == enemy
    assert stick_target(game, turned(towards, 0), strength=0.0) == 0
    assert stick_target(game, turned(towards, 0), kept=enemy, strength=0.0) == 0


def stick_scene(tmp_path, assist: float = 1.0):
    """A play scene on a pad, an enemy 14 tiles east of the Layzner crossing southward; Options' aim assist at
    `assist`."""
    from game.scenes.play import PlayScene
    from game.settings import Settings
    from tests.maps import write_map
    from tests.scenes.conftest import make_context
    rows = ["#" * 30] + ["#" + "." * 28 + "#"] * 3 + ["#.P" + "." * 13 + "E" + "." * 12 + "#"] + \
        ["#" + "." * 28 + "#"] * 3 + ["#" * 30]
    ctx = make_context(write_map(tmp_path, rows))
    ctx.settings = Settings(pad_aim_assist=assist)
    play = PlayScene(ctx)
    (enemy,) = play.game.enemies()
    play.game.world.get(enemy, Velocity).y = 100.0
    return play, enemy


def test_the_play_scene_aims_the_stick_at_the_enemy_near_its_way_led_by_the_bolts_flight(tmp_path, display):
    from game.input.actions import Actions
    play, enemy = stick_scene(tmp_path)
    game = play.game
    play.handle(Actions(aim_way=turned(bearing(game, enemy), 7), fire=True, device="pad"))
    for _ in range(20):
        led, pos = lead(game, enemy), game.world.get(enemy, Position)
        play.step()
        intent = game.player_intent()
        assert (intent.aim_x, intent.aim_y) == pytest.approx(led)  # on it, and ahead of it as it crosses
        assert intent.aim_y > pos.prev_y + 5.0
        play.handle(Actions(device="pad"))  # let go: the stick's way stays, and the enemy near it keeps the aim
    play.close()


def test_with_aim_assist_off_the_stick_aims_exactly_where_it_points(tmp_path, display):
    from game.input.actions import Actions
    from game.scenes.aim import STICK_REACH
    play, enemy = stick_scene(tmp_path, assist=0.0)
    game = play.game
    way = turned(bearing(game, enemy), 7)
    play.handle(Actions(aim_way=way, fire=True, device="pad"))
    play.step()
    player, intent = game.world.get(game.player, Position), game.player_intent()
    assert (intent.aim_x - player.prev_x, intent.aim_y - player.prev_y) == pytest.approx(
        (way[0] * STICK_REACH, way[1] * STICK_REACH))
    play.close()
