"""The Gradosian SPT's pilot: it notices the player only in range and in sight, closes in, strafes and fires."""

import math
from pathlib import Path

from game.bot import Bot
from game.session import new_game
from game.sim.components import Brain, Health, Position
from game.sim.events import AlarmRaised, Damaged, Destroyed, Fired, PlayerSpotted
from game.sim.systems.enemies import THINK_EVERY, steer_enemies
from game.sim.systems.enemy_pilots import engaged_now
from tests.maps import centre, game_from_ascii

IN_SIGHT = [
    "##############",
    "#............#",
    "#.P........E.#",
    "#............#",
    "##############",
]

BEHIND_WALL = [
    "##############",
    "#.....#......#",
    "#.P...#....E.#",
    "#.....#......#",
    "#............#",  # a way round the wall, two tiles wide
    "#............#",
    "##############",
]

FAR_AWAY = [
    "############################",
    "#..........................#",
    "#.P......................E.#",
    "#..........................#",
    "############################",
]


def test_enemy_notices_the_player_in_range_with_a_clear_line_of_sight(tmp_path):
    game = game_from_ascii(tmp_path, IN_SIGHT)
    events = game.run(ticks=THINK_EVERY)  # a pilot looks once every THINK_EVERY ticks
    enemy = game.enemies()[0]
    assert PlayerSpotted(enemy) in events
    assert game.world.get(enemy, Brain).state == "alert"


def test_enemy_does_not_notice_the_player_behind_a_wall(tmp_path):
    game = game_from_ascii(tmp_path, BEHIND_WALL)
    events = game.run(seconds=5)
    enemy = game.enemies()[0]
    assert not any(isinstance(e, (PlayerSpotted, Fired)) for e in events)
    assert game.world.get(enemy, Brain).state == "patrol"
    assert game.player_health().hit_points == game.player_health().max_hit_points


def test_enemy_does_not_notice_the_player_beyond_its_sight_range(tmp_path):
    game = game_from_ascii(tmp_path, FAR_AWAY)
    sight = game.res.catalog.units["dis"].ai.sight_range
    assert math.dist(centre(2, 2), centre(25, 2)) > sight  # the map is built for this
    events = game.run(seconds=3)
    assert not any(isinstance(e, PlayerSpotted) for e in events)


def test_enemy_notices_the_player_once_a_wall_no_longer_hides_them(tmp_path):
    game = game_from_ascii(tmp_path, BEHIND_WALL)
    enemy = game.enemies()[0]
    game.run(seconds=1)
    assert game.world.get(enemy, Brain).state == "patrol"
    pos = game.world.get(game.player, Position)
    pos.x, pos.y = centre(8, 2)  # walk round the wall into the open
    events = game.run(ticks=THINK_EVERY)
    assert PlayerSpotted(enemy) in events


def test_alerted_enemy_waits_its_reaction_time_then_fires_and_hurts_the_player(tmp_path):
    game = game_from_ascii(tmp_path, IN_SIGHT)
    enemy = game.enemies()[0]
    ai = game.res.catalog.units["dis"].ai
    events = game.run(seconds=ai.reaction_time * 0.8)
    assert not any(isinstance(e, Fired) and e.entity == enemy for e in events)  # a readable beat before shots
    events = game.run(seconds=3)
    assert any(isinstance(e, Fired) and e.entity == enemy for e in events)
    health = game.player_health()
    assert health.hit_points < health.max_hit_points


def test_engaged_enemy_strafes_round_the_player_instead_of_standing_still(tmp_path):
    rows = ["####################"] + ["#..................#"] * 6 + ["#....P.......E.....#"] + \
        ["#..................#"] * 6 + ["####################"]
    game = game_from_ascii(tmp_path, rows)
    enemy = game.enemies()[0]
    game.world.get(game.player, Health).hit_points = 10_000  # keep the target alive to watch the enemy
    game.run(seconds=1.5)
    assert game.world.get(enemy, Brain).state == "engage"
    pos = game.world.get(enemy, Position)
    player = game.world.get(game.player, Position)
    start_bearing = math.atan2(pos.y - player.y, pos.x - player.x)
    game.run(seconds=1.0)
    bearing = math.atan2(pos.y - player.y, pos.x - player.x)
    assert abs(bearing - start_bearing) > 0.15  # it moved round the player, not only toward them


def test_an_engaged_enemy_circling_toward_a_wall_turns_back_at_once_rather_than_press_into_it(tmp_path):
    rows = ["####################", "#.P..........E.....#"] + ["#..................#"] * 8 + ["####################"]
    game = game_from_ascii(tmp_path, rows)
    enemy = game.enemies()[0]
    game.world.get(game.player, Health).hit_points = 10_000
    brain, pos = game.world.get(enemy, Brain), game.world.get(enemy, Position)
    player = game.world.get(game.player, Position)
    # Engaged, the player due west: circling with strafe +1 takes it north, into the wall a tile away.
    brain.state, brain.last_seen, brain.strafe, brain.strafe_timer = "engage", (player.x, player.y), 1.0, 10.0
    start_y = pos.y
    game.run(ticks=THINK_EVERY)
    assert brain.strafe == -1.0
    game.run(seconds=0.5)
    assert pos.y > start_y + 10  # away from the wall, circling the other way



def test_an_engaged_enemy_with_walls_both_ways_it_circles_does_not_turn_back_at_once(tmp_path):
    # Between two walls on the slant, the way it circles meets a wall either way: turning back would gain nothing,
    # and turning every look would leave it shaking on the spot.
    rows = ["############",
            "#..........#",
            "#..........#",
            "#..........#",
            "#...#......#",
            "#....E.....#",
            "#.....#....#",
            "#..........#",
            "#..........#",
            "#P.........#",
            "############"]
    game = game_from_ascii(tmp_path, rows)
    enemy = game.enemies()[0]
    brain, player = game.world.get(enemy, Brain), game.world.get(game.player, Position)
    # Engaged, the player down to the south-west: circling with strafe +1 heads north-west, into the wall there.
    brain.state, brain.last_seen, brain.strafe, brain.strafe_timer = "engage", (player.x, player.y), 1.0, 10.0
    game.run(ticks=THINK_EVERY)
    assert brain.strafe == 1.0

def test_enemy_walks_its_patrol_path(tmp_path):
    rows = [
        "################",
        "#..............#",
        "#.E............#",
        "#..............#",
        "#.........######",
        "#.........#..P.#",
        "################",
    ]
    game = game_from_ascii(tmp_path, rows, patrols={0: [(2, 2), (12, 2), (12, 1)]})
    enemy = game.enemies()[0]
    pos = game.world.get(enemy, Position)
    farthest = 0.0
    for _ in range(8 * 60):
        game.step()
        farthest = max(farthest, pos.x)
    assert farthest > centre(11, 2)[0]  # it reached the far waypoint
    assert game.world.get(enemy, Brain).state == "patrol"


def test_a_shot_enemy_goes_looking_for_the_shooter_it_cannot_see(tmp_path):
    game = game_from_ascii(tmp_path, BEHIND_WALL)
    enemy = game.enemies()[0]
    brain = game.world.get(enemy, Brain)
    game.res.events.append(Damaged(enemy, 5, 0, 0, game.player))  # as if a bolt had just landed
    steer_enemies(game.world, game.res)
    game.res.events.clear()
    game.run(ticks=THINK_EVERY)  # it remembers the hit until its next look
    assert brain.state == "search"
    assert brain.last_seen == centre(2, 2)
    assert brain.route, "it plans a way round the wall"


def test_an_enemy_that_spots_the_player_calls_calm_allies_in_range_but_not_far_ones(tmp_path):
    rows = [
        "##############################",
        "#.......#....................#",
        "#.P...E.#..E.................#",
        "#.......#....................#",
        "#............................#",
        "#............................#",
        "############################E#",
        "##############################",
    ]
    game = game_from_ascii(tmp_path, rows)
    spotter, near, far = (e for e, _ in game.world.query(Brain))
    call_range = game.res.catalog.units["dis"].ai.call_range
    near_pos, far_pos = game.world.get(near, Position), game.world.get(far, Position)
    spotter_pos = game.world.get(spotter, Position)
    assert math.dist((near_pos.x, near_pos.y), (spotter_pos.x, spotter_pos.y)) <= call_range
    assert math.dist((far_pos.x, far_pos.y), (spotter_pos.x, spotter_pos.y)) > call_range
    game.run(ticks=THINK_EVERY)
    assert game.world.get(spotter, Brain).state == "alert"
    assert game.world.get(near, Brain).state == "search"  # behind the wall, it could not see for itself
    assert game.world.get(near, Brain).last_seen == centre(2, 2)
    assert game.world.get(far, Brain).state == "patrol"


def test_a_sentry_holds_its_post_when_an_ally_calls_while_the_others_in_range_come(tmp_path):
    rows = [
        "##############",
        "#.......#....#",
        "#.P...E.#.E..#",
        "#.......#....#",
        "#.......#.E..#",
        "#............#",
        "##############",
    ]
    game = game_from_ascii(tmp_path, rows, sentries=(2,))  # the third E, reading order: the lower one
    spotter, ally, sentry = (e for e, _ in game.world.query(Brain))
    assert [spawn.holds_post for spawn in game.res.level.enemy_spawns] == [False, False, True]
    game.run(ticks=THINK_EVERY)
    assert game.world.get(spotter, Brain).state == "alert"
    assert game.world.get(ally, Brain).state == "search"  # it comes, as before
    assert game.world.get(sentry, Brain).state == "patrol"
    game.run(seconds=2)
    assert game.world.get(sentry, Brain).state == "patrol"
    post = game.world.get(sentry, Position)
    assert (post.x, post.y) == centre(10, 4)  # not a step from its post


def shots_at(tmp_path, running: bool) -> int:
    """Shots one Dis fires in 4 s of engaging a player who stands still, or runs up and down across its sights."""
    rows = ["######################"] + ["#....................#"] * 8 + ["#..P..........E......#"] + \
        ["#....................#"] * 8 + ["######################"]
    game = game_from_ascii(tmp_path, rows)
    enemy = game.enemies()[0]
    game.world.get(game.player, Health).hit_points = 10_000  # keep the target alive to watch the enemy
    intent = game.player_intent()
    shots = 0
    for tick in range(6 * 60):
        if running:
            intent.move_y = 1.0 if (tick // 60) % 2 == 0 else -1.0  # up and down the room, flat out
        events = game.step()
        if tick >= 2 * 60:  # alerted, reacted and engaging by now
            shots += sum(isinstance(e, Fired) and e.entity == enemy for e in events)
    assert game.world.get(enemy, Brain).state == "engage"
    return shots


def test_an_engaged_enemy_fires_at_a_player_running_across_its_sights(tmp_path):
    """It leads the target, so its torso points ahead of a player running sideways: its aim is judged there. It
    fired at a standing player and, past some 90 px/s sideways, never at a running one."""
    still, running = shots_at(tmp_path, False), shots_at(tmp_path, True)
    assert still >= 3 and running >= still * 0.6


def test_the_count_of_pilots_engaging_kept_by_turn_is_the_count_of_brains_engaging_every_tick_of_a_fight():
    # Rei's "many enemies" reads engaged_now, which counts again only the pilots that thought this tick: through
    # the bot's first minute in the Gradosian Command (machines noticing, engaging, losing sight, wrecked, an alarm
    # tripped, four engaging at once) it must agree with a count of every brain, tick by tick
    game = new_game(Path("levels/command.tmx"), 1)
    bot, seen, most = Bot(game), [], 0
    while game.outcome is None and game.tick < 60 * 60:
        bot.steer()
        seen += [type(event) for event in game.step() if isinstance(event, (AlarmRaised, Destroyed))]
        engaged = sum(brain.state == "engage" for _, (brain,) in game.world.query(Brain))
        assert engaged_now(game.world, game.res) == engaged, f"tick {game.tick}"
        most = max(most, engaged)
    assert AlarmRaised in seen and Destroyed in seen and most >= 3


def test_on_an_alarm_every_pilot_thinks_and_the_count_of_those_engaging_takes_them_all_in(tmp_path):
    # Four Dis, one of each turn to think, their reaction time up: the alarm has all four decide on this tick
    game = game_from_ascii(tmp_path, ["##############", "#..........E.#", "#.P.......E..#", "#.........E..#",
                                      "#..........E.#", "##############"])
    brains = [brain for _, (brain,) in game.world.query(Brain)]
    assert sorted(entity % THINK_EVERY for entity in game.enemies()) == list(range(THINK_EVERY))
    for brain in brains:
        brain.state, brain.timer = "alert", 0.0
    game.res.events[:] = [AlarmRaised(0, *centre(2, 2))]
    steer_enemies(game.world, game.res)
    assert [brain.state for brain in brains] == ["engage"] * 4
    assert engaged_now(game.world, game.res) == 4
