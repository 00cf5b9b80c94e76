"""A repair trigger: a supply cache between a mission's fights makes the Layzner's armour and missiles good again."""

from game.content.level_data import Trigger
from game.sim.components import Health, Launcher
from tests.maps import cell_region, game_from_ascii

HALL = [  # the machine walled off below keeps the level undecided (with no enemy it is won at once)
    "####################",
    "#..................#",
    "#.P................#",
    "#..................#",
    "####################",
    "#.......E..........#",
    "####################",
]


def battered(tmp_path, once=True):
    """The Layzner west of a cache across the hall's east half, its armour down to 50 and its missiles spent."""
    cache = Trigger(7, "supply cache", "objects", cell_region(8, 1, 11, 3), "repair", "", once)
    game = game_from_ascii(tmp_path, HALL, extra={"triggers": (cache,)})
    game.world.get(game.player, Health).hit_points = 50
    game.world.get(game.player, Launcher).ammo = 0
    return game


def walk(game, east, seconds):
    intent = game.player_intent()
    intent.move_x, intent.move_y = (1 if east else -1), 0
    game.run(seconds=seconds)


def state(game):
    return game.world.get(game.player, Health).hit_points, game.world.get(game.player, Launcher).ammo


def test_walking_into_a_repair_trigger_restores_the_armour_and_missiles_brought_into_the_level(tmp_path):
    game = battered(tmp_path)
    game.run(seconds=0.5)
    assert state(game) == (50, 0)  # outside it: nothing
    walk(game, True, 1.5)
    full = game.res.catalog.units["layzner"]
    assert state(game) == (full.hit_points, full.missiles.ammo)


def test_a_repair_trigger_fired_once_does_not_repair_again(tmp_path):
    game = battered(tmp_path)
    walk(game, True, 1.5)
    assert state(game)[0] == game.res.catalog.units["layzner"].hit_points
    game.world.get(game.player, Health).hit_points = 50
    walk(game, False, 1.5)
    walk(game, True, 1.5)
    assert state(game)[0] == 50
