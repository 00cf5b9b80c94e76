"""The third mission, Mars's storm canyon: the Layzner breaks out through a real dust storm, by a canyon that forks
round two mesas, to a launch pad it holds while landers come down behind it; between the outpost and New York."""

from pathlib import Path

from game.content.chain import LEVELS
from game.content.level import load_level
from game.session import new_game
from game.sim.weather import visibility

ROOT = Path(__file__).resolve().parents[2]
STORM_CANYON = LEVELS / "storm_canyon.tmx"


def test_the_storm_canyon_is_mars_in_a_real_storm_with_a_launch_pad_to_hold():
    level = load_level(STORM_CANYON)
    assert level.title == "Mars, Storm Canyon — 1996"
    assert str(ROOT / "assets" / "tilesets" / "mars.tsx") in level.files
    assert level.music == "mars_wind" and level.time_limit == 300
    outpost = load_level(LEVELS / "outpost.tmx")
    assert 0.45 <= level.storm <= 0.55 and level.storm >= 2 * outpost.storm  # a storm, not the outpost's haze
    [pad] = level.objectives
    assert pad.text == "Hold the launch pad" and pad.hold > 0
    briefings = [trigger.text for trigger in level.triggers if trigger.action == "message"]
    # one told in two, and her word at the supply drop before the pad
    assert len(briefings) == 4 and all(text.startswith("Rei: ") for text in briefings)


def test_its_squalls_cut_sight_to_a_few_machine_lengths_where_the_ambushes_wait():
    level = load_level(STORM_CANYON)
    squalls = [zone for zone in level.zones if zone.kind == "dust_storm" and zone.strength > level.storm]
    assert len(squalls) >= 3
    open_air = visibility(level, 0.0, 0.0, 0.0, 0.0) * 470  # a Dis's sight, in the map's storm
    waiting = [spawn for spawn in level.enemy_spawns if not spawn.arrives
               and any(zone.region.contains(spawn.x, spawn.y) for zone in squalls)]
    assert len(waiting) >= 2  # machines that loom out of the dust
    for spawn in waiting:
        in_squall = visibility(level, spawn.x, spawn.y, spawn.x, spawn.y) * 470
        assert in_squall < 0.8 * open_air and in_squall < 300  # well short of its gun's reach (380 px)


def test_dis_hold_the_canyon_and_a_bul_lands_behind_the_layzner_when_the_hold_begins():
    level = load_level(STORM_CANYON)
    [pad] = level.objectives
    at_start = sorted(spawn.kind for spawn in level.enemy_spawns if not spawn.arrives)
    assert at_start.count("bul") == 1 and at_start.count("dis") >= 4
    called = {difficulty: sorted(spawn.kind for spawn in level.arrivals
                                 if spawn.arrives == pad.object_id and spawn.placed_on(difficulty))
              for difficulty in ("normal", "hard")}
    assert called["normal"] == ["bul"]  # with two Dis it was a wall: the novice bot won 0 of 8; Hard keeps them
    assert called["hard"] == ["bul", "dis", "dis"]
    # The landers come down in the canyon's branches, west of the pad: behind a Layzner that came through them.
    assert all(spawn.x < pad.region.x - 300 for spawn in level.arrivals)


def test_a_pilot_who_waits_at_the_crash_site_for_the_storm_to_pass_loses_when_the_time_runs_out():
    game = new_game(STORM_CANYON, seed=1)
    while game.outcome is None:
        game.step()
    # The dust hides him from the canyon's machines, but not from the clock: the launch window closes.
    assert game.outcome == "lost" and game.seconds >= game.res.level.time_limit
    assert game.res.objectives_reached == [False]
