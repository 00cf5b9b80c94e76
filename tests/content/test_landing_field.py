"""The fourth mission, New York's landing field: a push from the resistance's ruin to a Gradosian relay post, then a
hold on the field's landing beacon while landers come down, Dis and Bul; the campaign's last."""

from pathlib import Path

from game.content.chain import LEVELS
from game.content.level import load_level
from game.session import new_game

ROOT = Path(__file__).resolve().parents[2]
LANDING_FIELD = LEVELS / "landing_field.tmx"


def test_the_landing_field_is_new_york_at_night_with_the_relay_to_silence_before_the_beacon_to_hold():
    level = load_level(LANDING_FIELD)
    assert level.title == "New York, Gradosian Landing Field — 1999"
    assert str(ROOT / "assets" / "tilesets" / "new_york.tsx") in level.files
    assert level.storm == 0 and level.music == "manhattan_night" and level.time_limit == 300
    relay, beacon = level.objectives  # the plate names them in this order
    assert relay.text == "Silence the relay post" and beacon.text == "Hold the landing beacon"
    assert 0 < relay.hold < beacon.hold
    assert relay.region.centre[0] < beacon.region.centre[0]  # east, across the avenue from the relay
    briefings = [trigger.text for trigger in level.triggers if trigger.action == "message"]
    assert len(briefings) == 2 and all(text.startswith("Rei: ") for text in briefings)


def test_dis_and_bul_hold_the_way_and_land_on_the_field_when_the_holds_begin():
    level = load_level(LANDING_FIELD)
    relay, beacon = level.objectives
    at_start = sorted(spawn.kind for spawn in level.enemy_spawns if not spawn.arrives)
    assert at_start.count("bul") == 2 and at_start.count("dis") >= 4
    called = {place: sorted(spawn.kind for spawn in level.arrivals if spawn.arrives == place.object_id)
              for place in (relay, beacon)}
    assert called[relay] == ["dis"] and called[beacon] == ["bul", "dis"]
    # The landers come down on the field's pads, east of the beacon, and march on it across the open deck.
    right = beacon.region.x + beacon.region.width
    assert all(spawn.x > right + 400 for spawn in level.arrivals if spawn.arrives == beacon.object_id)


def test_a_pilot_who_leaves_the_controls_alone_is_found_in_the_ruin_and_loses():
    game = new_game(LANDING_FIELD, seed=1)
    full = game.player_health().max_hit_points
    while game.outcome is None:
        game.step()
    assert game.outcome == "lost"
    assert game.res.objectives_reached == [False, False]
    health = game.player_health()
    assert health is None or health.hit_points < full  # the ruins' sweep found the machine where it waited
