"""Combat: bolts damage the other side, walls stop them, machines are destroyed, levels are won and lost."""

from game.sim.components import Health, Position
from game.sim.damage import deal_damage
from game.sim.events import Damaged, Destroyed, Fired, LevelEnded, ShotStopped
from game.sim.systems.outcome import destroy_wrecked
from tests.maps import FACING, centre, game_from_ascii
from tests.wrecks import wreck


WALLED = [
    "############",
    "#....#.....#",
    "#.P..#...E.#",
    "#....#.....#",
    "############",
]


def aim_at(game, x, y):
    intent = game.player_intent()
    intent.aim_x, intent.aim_y = x, y
    return intent


def track_and_fire(game, target, seconds):
    """Hold the trigger while keeping the aim on the target, as a player would; returns the events."""
    events = []
    intent = game.player_intent()
    intent.fire = True
    for _ in range(round(seconds * 60)):
        pos = game.world.try_get(target, Position)
        if pos is not None:
            intent.aim_x, intent.aim_y = pos.x, pos.y
        events.extend(game.step())
    return events


def test_laser_bolts_damage_and_destroy_an_enemy_and_the_level_is_won(tmp_path):
    game = game_from_ascii(tmp_path, FACING)
    enemy = game.enemies()[0]
    events = track_and_fire(game, enemy, 0.5)
    hits = [e for e in events if isinstance(e, Damaged) and e.entity == enemy]
    assert hits, "bolts should reach the enemy"
    spec = game.res.catalog.units["dis"]
    assert game.world.get(enemy, Health).hit_points == spec.hit_points - sum(h.amount for h in hits)
    events = track_and_fire(game, enemy, 4)
    destroyed = [e for e in events if isinstance(e, Destroyed)]
    assert [d.entity for d in destroyed] == [enemy]
    assert not game.world.exists(enemy)
    assert game.enemies_alive() == 0
    assert game.outcome == "won"
    assert LevelEnded("won") in events


def test_walls_stop_shots_so_nothing_behind_them_is_hurt(tmp_path):
    game = game_from_ascii(tmp_path, WALLED)
    enemy = game.enemies()[0]
    aim_at(game, *centre(9, 2)).fire = True
    events = game.run(seconds=1)
    assert any(isinstance(e, ShotStopped) and e.hit_wall for e in events)
    assert not any(isinstance(e, Damaged) for e in events)
    assert game.world.get(enemy, Health).hit_points == game.res.catalog.units["dis"].hit_points


def test_the_level_is_lost_when_the_layzner_is_destroyed(tmp_path):
    game = game_from_ascii(tmp_path, FACING)
    game.world.get(game.player, Health).hit_points = 1  # one enemy shot from the end
    game.res.tally.takeovers = 1  # Fouron spent earlier in the level: it would seize, shots passing through
    events = game.run(seconds=6)
    lost = [e for e in events if isinstance(e, Destroyed) and e.entity == game.player]
    assert lost, "the Dis should find and shoot the standing Layzner"
    assert game.outcome == "lost"
    assert game.player_health() is None
    assert LevelEnded("lost") in events


def test_a_machine_with_no_hit_points_left_is_destroyed_on_the_next_tick(tmp_path):
    game = game_from_ascii(tmp_path, FACING)
    enemy = game.enemies()[0]
    wreck(game, enemy)
    events = game.run(ticks=1)
    assert [e.entity for e in events if isinstance(e, Destroyed)] == [enemy]
    assert game.res.tally.destroyed == 1
    pos_events = [e for e in events if isinstance(e, Destroyed)]
    assert (pos_events[0].x, pos_events[0].y) == centre(9, 2)
    assert game.world.try_get(enemy, Position) is None


def test_a_game_lists_its_enemies_in_the_map_s_order_and_one_destroyed_is_no_longer_listed(tmp_path):
    # What tests ask first (the enemy to shoot at), which ten of them had each written for itself.
    game = game_from_ascii(tmp_path, ["#######", "#.E...#", "#P...E#", "#######"])
    first, second = game.enemies()
    places = [game.world.get(enemy, Position) for enemy in (first, second)]
    assert [(place.x, place.y) for place in places] == [centre(2, 1), centre(5, 2)]
    wreck(game, first)
    game.run(ticks=1)
    assert game.enemies() == [second] and game.enemies_alive() == 1


def test_the_hits_that_wreck_machines_note_them_and_the_wrecks_go_in_id_order(tmp_path):
    # destroy_wrecked clears away what the damage code noted, not every machine looked at each tick
    game = game_from_ascii(tmp_path, ["#######", "#.E...#", "#P...E#", "#######"])
    world, res = game.world, game.res
    first, second = game.enemies()
    deal_damage(world, res, first, 1.0, 0.0, 0.0, game.player)  # a scratch wrecks nothing
    assert res.wrecked == []
    for enemy in (second, first):  # the later one wrecked first
        deal_damage(world, res, enemy, 1e6, 0.0, 0.0, game.player)
    assert res.wrecked == [second, first]
    res.events.clear()
    destroy_wrecked(world, res)
    assert [e.entity for e in res.events if isinstance(e, Destroyed)] == [first, second]
    assert res.wrecked == [] and res.tally.destroyed == 2 and game.enemies() == []


def test_once_the_level_is_won_the_layzner_takes_no_more_damage(tmp_path):
    # outpost.tmx, seed 2: the hold was done at 20 armour, then the Dis still firing destroyed the Layzner before
    # the result screen came up: "MISSION COMPLETE", "Armour left 0%", over its wreck on the pad
    game = game_from_ascii(tmp_path, FACING)
    health = game.world.get(game.player, Health)
    health.hit_points = 1
    game.res.outcome = "won"  # the last objective reached this tick
    events = game.run(seconds=6)
    assert game.world.exists(game.player) and health.hit_points == 1
    assert not any(isinstance(e, Damaged) and e.entity == game.player for e in events)
    assert any(isinstance(e, Fired) and e.entity != game.player for e in events), "the Dis still fires at it"
