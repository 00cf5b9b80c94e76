"""Triggers and objectives: places on the map that react when the player walks in."""

import json

import pytest

from game.content.level_data import Objective, Trigger
from game.sim.components import Brain, Health, Position, Velocity
from game.sim.events import AdvisorSpoke, AlarmRaised, LevelEnded, MessageShown, ObjectiveReached
from game.sim.systems.speech import MESSAGE_TIME, READING, ask
from tests.maps import cell_region, game_from_ascii
from tests.wrecks import wreck

CORRIDOR = [
    "####################",
    "#..................#",
    "#.P................#",
    "#..................#",
    "##########..########",
    "#.......E..........#",
    "#..................#",
    "####################",
]


def trigger(action="message", once=True):
    """The east half of the corridor: walking east, the player enters it and stays inside."""
    return Trigger(7, "door", "objects", cell_region(8, 1, 11, 3), action, "Gradosian machines ahead.", once)


def walk(game, direction, seconds):
    intent = game.player_intent()
    intent.move_x, intent.move_y = direction
    return game.run(seconds=seconds)


def test_a_message_trigger_fires_once_when_the_player_enters_it(tmp_path):
    game = game_from_ascii(tmp_path, CORRIDOR, extra={"triggers": (trigger(),)})
    assert not any(isinstance(e, (MessageShown, AlarmRaised)) for e in game.run(seconds=0.5))  # outside: nothing
    events = walk(game, (1, 0), 1.5)
    assert [e for e in events if isinstance(e, MessageShown)] == [MessageShown(7, "Gradosian machines ahead.")]
    events = walk(game, (-1, 0), 1.5) + walk(game, (1, 0), 1.5)  # out and back in
    assert not any(isinstance(e, MessageShown) for e in events)


def test_a_message_goes_into_the_comms_log_under_the_name_it_is_written_with(tmp_path):
    rei = Trigger(7, "door", "objects", cell_region(8, 1, 11, 3), "message", "Rei: Perimeter sensor tripped.", True)
    plain = Trigger(8, "far", "objects", cell_region(14, 1, 17, 3), "message", "Gradosian machines ahead.", True)
    game = game_from_ascii(tmp_path, CORRIDOR, extra={"triggers": (rei, plain)})
    before = len(game.res.comms)  # Rei's greeting
    walk(game, (1, 0), 3.0)
    logged = [(who, text) for _, who, text in game.res.comms[before:]]
    assert ("rei", "Perimeter sensor tripped.") in logged and ("", "Gradosian machines ahead.") in logged


def test_a_message_in_a_cockpit_voice_is_said_in_her_panel_and_holds_the_channel_as_her_own_lines_do(tmp_path):
    rei = Trigger(7, "door", "objects", cell_region(8, 1, 11, 3), "message", "Rei: Perimeter sensor tripped.", True)
    game = game_from_ascii(tmp_path, CORRIDOR, extra={"triggers": (rei,)})
    game.run(seconds=6.0)  # her greeting said and gone
    events = walk(game, (1, 0), 1.5)
    spoken = [e for e in events if isinstance(e, AdvisorSpoke)]
    assert [(e.speaker, e.situation, e.text) for e in spoken] == [("rei", "message", "Perimeter sensor tripped.")]
    assert not any(isinstance(e, MessageShown) for e in events)  # not a second plate in mid-screen
    ask(game.res, "survivor_in_danger")  # a line of her own comes up while she says it (news, not advice: no quiet)
    busy_until = game.res.voice.busy_until
    later = game.run(seconds=busy_until - game.res.clock.seconds - 0.1)
    assert not any(isinstance(e, AdvisorSpoke) for e in later)  # it waits for the message
    assert any(isinstance(e, AdvisorSpoke) and e.situation == "survivor_in_danger" for e in game.run(seconds=0.5))
    assert [text for _, who, text in game.res.comms].count("Perimeter sensor tripped.") == 1


def test_fouron_seizing_during_reis_message_speaks_at_once(tmp_path):
    from game.sim.events import FouronSeized
    rei = Trigger(7, "door", "objects", cell_region(8, 1, 11, 3), "message", "Rei: Perimeter sensor tripped. "
                  "Every Gradosian unit is converging on your position.", True)
    game = game_from_ascii(tmp_path, CORRIDOR, extra={"triggers": (rei,)})
    game.run(seconds=6.0)
    walk(game, (1, 0), 1.0)  # the message is said; it holds the channel for seconds
    assert game.res.voice.busy_until > game.res.clock.seconds + 1
    enemy = game.world.get(next(e for e, _ in game.world.query(Brain)), Position)
    me = game.world.get(game.player, Position)
    enemy.x, enemy.y = me.x + 150, me.y  # in Fouron's sight: it seizes only with an enemy to fight
    game.player_health().hit_points = 1  # Fouron seizes the machine
    events = game.step()
    assert any(isinstance(e, FouronSeized) for e in events)
    assert any(isinstance(e, AdvisorSpoke) and e.speaker == "fouron" for e in events)  # not after Rei's briefing


def test_reis_message_while_fouron_holds_the_controls_is_shown_on_the_hud_as_she_is_silent(tmp_path):
    rei = Trigger(7, "spawn", "objects", cell_region(1, 1, 3, 3), "message", "Rei: Perimeter sensor tripped.", True)
    game = game_from_ascii(tmp_path, CORRIDOR, extra={"triggers": (rei,)})  # over the spawn: it springs at once
    game.res.fouron.active = True
    events = game.run(ticks=1)
    assert [e for e in events if isinstance(e, MessageShown)] == [MessageShown(7, "Rei: Perimeter sensor tripped.")]
    assert not any(isinstance(e, AdvisorSpoke) and e.speaker == "rei" for e in events)


def test_a_trigger_that_is_not_once_fires_every_time_the_player_enters_again_once_its_words_are_gone(tmp_path):
    game = game_from_ascii(tmp_path, CORRIDOR, extra={"triggers": (trigger(once=False),)})
    first = walk(game, (1, 0), 1.5)
    again = walk(game, (-1, 0), MESSAGE_TIME) + walk(game, (1, 0), 1.5)  # out until its words are down, back in
    assert sum(isinstance(e, MessageShown) for e in first + again) == 2


def crossings(game, times):
    """The Layzner walks in and out of the corridor's east half `times` times, 0.75 s each way (its words stay up 5
    s); what it set off."""
    happened = []
    for _ in range(times):
        happened += walk(game, (1, 0), 0.75) + walk(game, (-1, 0), 0.75)
    return happened


def test_a_trigger_that_is_not_once_crossed_back_and_forth_does_not_show_its_words_again_while_they_are_up(tmp_path):
    game = game_from_ascii(tmp_path, CORRIDOR, extra={"triggers": (trigger(once=False),)})
    happened = crossings(game, 3)
    assert game.res.triggers[0].fired == 3  # it sprang each time (F3 counts it)
    assert sum(isinstance(e, MessageShown) for e in happened) == 1  # it showed its words each time
    assert [text for _, _, text in game.res.comms].count("Gradosian machines ahead.") == 1
    walk(game, (-1, 0), MESSAGE_TIME)
    assert sum(isinstance(e, MessageShown) for e in walk(game, (1, 0), 1.5)) == 1  # gone: in again, shown again


def test_reis_message_on_a_trigger_crossed_back_and_forth_is_said_once_while_it_is_up(tmp_path):
    rei = Trigger(7, "door", "objects", cell_region(8, 1, 11, 3), "message", "Rei: Perimeter sensor tripped.", False)
    game = game_from_ascii(tmp_path, CORRIDOR, extra={"triggers": (rei,)})
    game.run(seconds=6.0)  # her greeting said and gone
    happened = crossings(game, 3) + game.run(seconds=3.0)
    assert sum(isinstance(e, AdvisorSpoke) and e.situation == "message" for e in happened) == 1
    assert [text for _, _, text in game.res.comms].count("Perimeter sensor tripped.") == 1


def test_a_trigger_that_is_not_once_entered_again_after_other_words_took_its_place_shows_its_own_again(tmp_path):
    # Its words are no longer up once a later message has taken their place: the sensor crossed again says them,
    # though less than their MESSAGE_TIME has passed since they were first shown
    door = Trigger(7, "door", "objects", cell_region(8, 1, 2, 3), "message", "Gradosian machines ahead.", False)
    far = Trigger(8, "far", "objects", cell_region(14, 1, 3, 3), "message", "Turn back.", True)
    game = game_from_ascii(tmp_path, CORRIDOR, extra={"triggers": (door, far)})
    happened = walk(game, (1, 0), 1.4) + walk(game, (0, 0), 1.0)  # through the door into the far end, stopped there
    assert [e.text for e in happened if isinstance(e, MessageShown)] == ["Gradosian machines ahead.", "Turn back."]
    shown_at = next(at for at, _, text in game.res.comms if text == door.text)
    again = walk(game, (-1, 0), 1.2)  # back through the door, under MESSAGE_TIME after its words were shown
    assert game.res.triggers[0].fired == 2 and game.res.clock.seconds - shown_at < MESSAGE_TIME
    assert [e.text for e in again if isinstance(e, MessageShown)] == ["Gradosian machines ahead."]


@pytest.mark.parametrize("sentry", [False, True], ids=["patrol", "sentry"])
def test_an_alarm_sends_calm_enemies_sentries_too_to_look_where_the_player_is(tmp_path, sentry):
    game = game_from_ascii(tmp_path, CORRIDOR, extra={"triggers": (trigger("alarm"),)}, sentries=(0,) if sentry else ())
    assert game.res.level.enemy_spawns[0].holds_post == sentry
    enemy = next(e for e, _ in game.world.query(Brain))
    game.run(seconds=0.5)
    assert game.world.get(enemy, Brain).state == "patrol"  # it cannot see the player from below
    game.player_intent().move_x = 1.0
    for _ in range(120):
        alarms = [e for e in game.step() if isinstance(e, AlarmRaised)]
        if alarms:
            break
    brain = game.world.get(enemy, Brain)
    assert brain.state == "search"  # on the very tick the alarm rang
    assert brain.last_seen == (alarms[0].x, alarms[0].y)
    assert brain.route, "it plans a way up through the gap"


def test_reaching_every_objective_wins_even_with_enemies_left(tmp_path):
    objectives = (Objective(8, "east", "objects", cell_region(15, 1, 2, 3), "Reach the east end"),
                  Objective(9, "west", "objects", cell_region(1, 1, 1, 3), "Reach the west end"))
    game = game_from_ascii(tmp_path, CORRIDOR, extra={"objectives": objectives})
    game.world.get(game.player, Health).hit_points = 10_000
    events = walk(game, (-1, 0), 1.0)
    assert ObjectiveReached(9, "Reach the west end", 1) in events and game.outcome is None
    events = walk(game, (1, 0), 4.0)
    assert ObjectiveReached(8, "Reach the east end", 0) in events
    assert game.outcome == "won" and LevelEnded("won") in events
    assert game.enemies_alive() == 1


def held_game(tmp_path, hold=1.0):
    """The corridor with one objective at its east end that must be held `hold` s; the player cannot be hurt."""
    pad = (Objective(8, "pad", "objects", cell_region(15, 1, 3, 3), "Hold the pad", hold),)
    game = game_from_ascii(tmp_path, CORRIDOR, extra={"objectives": pad})
    game.world.get(game.player, Health).hit_points = 10_000
    return game


def put_player(game, column, row):
    """The player standing still in the middle of that tile."""
    pos, vel = game.world.get(game.player, Position), game.world.get(game.player, Velocity)
    pos.x = pos.prev_x = column * 32 + 16.0
    pos.y = pos.prev_y = row * 32 + 16.0
    vel.x = vel.y = 0.0


def test_a_held_objective_is_reached_only_once_the_player_has_stayed_in_it_for_its_hold(tmp_path):
    game = held_game(tmp_path, hold=1.0)
    put_player(game, 16, 2)
    events = game.run(ticks=59)
    assert not any(isinstance(e, ObjectiveReached) for e in events) and game.res.objectives_held == [59]
    events = game.run(ticks=1)  # the 60th tick inside: one second
    assert ObjectiveReached(8, "Hold the pad", 0) in events and game.outcome == "won"


def test_once_the_level_is_decided_a_hold_still_under_way_reaches_nothing(tmp_path):
    game = held_game(tmp_path, hold=1.0)
    put_player(game, 16, 2)
    game.run(ticks=50)
    game.res.outcome, game.res.outcome_reason = "lost", "time"  # time ran out ten ticks short
    events = game.run(ticks=30)
    assert not any(isinstance(e, ObjectiveReached) for e in events) and game.res.objectives_reached == [False]


def test_a_hold_drains_at_the_pace_it_filled_while_the_player_is_off_the_objective(tmp_path):
    game = held_game(tmp_path, hold=1.0)
    put_player(game, 16, 2)
    game.run(ticks=30)
    put_player(game, 5, 2)  # shoved off it for 10 ticks
    game.run(ticks=10)
    assert game.res.objectives_held == [20]
    put_player(game, 16, 2)
    assert not any(isinstance(e, ObjectiveReached) for e in game.run(ticks=39))
    assert any(isinstance(e, ObjectiveReached) for e in game.run(ticks=1))  # 20 kept + 40 more = 60
    assert game.res.objectives_held == [60]


def test_an_objective_without_a_hold_is_reached_on_the_first_tick_inside_and_counts_nothing(tmp_path):
    game = held_game(tmp_path, hold=0.0)
    put_player(game, 16, 2)
    assert ObjectiveReached(8, "Hold the pad", 0) in game.run(ticks=1)
    assert game.res.objectives_held == [0]


def test_a_hold_under_way_is_part_of_the_state_hash_and_a_run_without_one_hashes_as_before(tmp_path):
    holding, idle = held_game(tmp_path, hold=5.0), held_game(tmp_path, hold=5.0)
    put_player(holding, 16, 2)
    put_player(idle, 16, 2)
    holding.run(ticks=1)
    idle.run(ticks=1)
    idle.res.objectives_held[0] = 0  # the same state but for the hold's count
    assert holding.component_hashes()["objective holds"] != idle.component_hashes().get("objective holds")
    assert holding.state_hash() != idle.state_hash()
    assert "objective holds" not in idle.component_hashes()  # none under way: hashed as before holds existed


def test_with_objectives_destroying_every_enemy_does_not_win(tmp_path):
    objectives = (Objective(8, "east", "objects", cell_region(15, 1, 2, 3), "Reach the east end"),)
    game = game_from_ascii(tmp_path, CORRIDOR, extra={"objectives": objectives})
    wreck(game, *game.enemies())
    game.run(seconds=1)
    assert game.enemies_alive() == 0 and game.outcome is None
    walk(game, (1, 0), 4.0)
    assert game.outcome == "won"


def test_the_player_position_decides_not_the_enemies(tmp_path):
    objectives = (Objective(8, "below", "objects", cell_region(8, 5), "Reach the enemy's corner"),)
    game = game_from_ascii(tmp_path, CORRIDOR, extra={"objectives": objectives})
    enemy_pos = game.world.get(next(e for e, _ in game.world.query(Brain)), Position)
    assert objectives[0].region.contains(enemy_pos.x, enemy_pos.y)  # an enemy standing in it
    game.run(seconds=1)
    assert game.outcome is None


def test_the_level_is_lost_when_its_time_limit_runs_out(tmp_path):
    game = game_from_ascii(tmp_path, CORRIDOR, extra={"time_limit": 2.0})
    game.world.get(game.player, Health).hit_points = 10_000
    assert not any(isinstance(e, LevelEnded) for e in game.run(seconds=1.9))
    events = game.run(seconds=0.2)
    assert LevelEnded("lost") in events and game.res.outcome_reason == "time"


def test_an_objective_reached_on_the_clocks_last_tick_wins(tmp_path):
    pad = Objective(8, "pad", "objects", cell_region(2, 2), "Stand here")  # the player starts on it
    game = game_from_ascii(tmp_path, CORRIDOR, extra={"time_limit": 2.0, "objectives": (pad,)})
    game.res.objectives_reached = [False]
    pos = game.world.get(game.player, Position)
    pos.x = pos.prev_x = pos.x + 200  # off it until the last tick
    game.run(ticks=120)  # the clock reads 2.0 s as the next tick is decided
    pos.x = pos.prev_x = pos.x - 200
    events = game.step()
    assert LevelEnded("won") in events and game.outcome == "won"


def test_without_a_time_limit_the_level_goes_on(tmp_path):
    game = game_from_ascii(tmp_path, CORRIDOR)
    game.world.get(game.player, Health).hit_points = 10_000
    game.run(seconds=30)
    assert game.outcome is None


def test_once_the_level_is_decided_no_trigger_springs(tmp_path):
    game = game_from_ascii(tmp_path, CORRIDOR, extra={"triggers": (trigger(),)})
    game.res.outcome = "won"  # the result comes a moment later; the game steps on till then
    events = walk(game, (1, 0), 1.5)
    assert not any(isinstance(e, MessageShown) for e in events) and game.res.triggers[0].fired == 0


# New York's two "Rei:" messages, a few strides apart: the second used to cut the first before it had been read
BRIEFING = ("Rei: Manhattan. Three years under Gradosian rule. Their checkpoint to the north-east holds the sector's "
            "uplink. Hold position inside it while I break their encryption.")
SCANNED = "Rei: Checkpoint scanners have registered us. Every SPT in the sector is converging on the gate."


def two_messages(tmp_path, once=True):
    first = Trigger(7, "briefing", "objects", cell_region(5, 1, 3, 3), "message", BRIEFING, True)
    second = Trigger(8, "scanners", "objects", cell_region(9, 1, 3, 3), "message", SCANNED, once)
    game = game_from_ascii(tmp_path, CORRIDOR, extra={"triggers": (first, second)})
    game.run(seconds=6.0)  # her greeting said and gone
    return game


def messages_said(game, seconds):
    """(s, text) of each level message said in Rei's panel and of each shown on the HUD, stepping `seconds`."""
    said, shown = [], []
    for _ in range(round(seconds * 60)):
        for event in game.step():
            if isinstance(event, AdvisorSpoke) and event.situation == "message":
                said.append((game.res.clock.seconds, event.text))
            elif isinstance(event, MessageShown):
                shown.append(event.text)
    return said, shown


def briefing_being_read(tmp_path):
    """Through both triggers and stopped: the scanners' message has sprung and waits while the briefing is read."""
    game = two_messages(tmp_path)
    game.player_intent().move_x = 1.0
    game.run(seconds=1.2)
    assert not_said_yet(game)
    game.player_intent().move_x = 0.0
    return game


def not_said_yet(game):
    """The second trigger has sprung, its message not yet said: the briefing is still being read."""
    return game.res.triggers[1].fired and SCANNED[5:] not in [text for _, _, text in game.res.comms]


def test_reis_second_message_waits_until_her_first_has_been_read_and_she_says_them_in_turn(tmp_path):
    game = two_messages(tmp_path)
    game.player_intent().move_x = 1.0  # through both triggers within a second
    said, shown = messages_said(game, 20.0)
    assert [text for _, text in said] == [BRIEFING[5:], SCANNED[5:]] and shown == []  # in her panel, in order
    (first_at, first), (second_at, _) = said
    assert second_at - first_at >= len(first) / READING  # the briefing up long enough to read before the next
    assert [text for _, who, text in game.res.comms if who == "rei"][-2:] == [BRIEFING[5:], SCANNED[5:]]


def test_a_message_trigger_springing_again_and_again_while_her_briefing_is_read_is_said_once_after_it(tmp_path):
    game = two_messages(tmp_path, once=False)
    intent = game.player_intent()
    intent.move_x = 1.0
    game.run(seconds=1.2)  # into the second trigger: its message waits for the briefing
    for _ in range(4):  # out of it and back in, again and again
        intent.move_x = -1.0
        game.run(seconds=0.4)
        intent.move_x = 1.0
        game.run(seconds=0.4)
    assert not_said_yet(game)
    intent.move_x = 0.0
    said, _ = messages_said(game, 12.0)
    assert [text for _, text in said] == [SCANNED[5:]]


def test_a_message_still_waiting_when_the_level_is_won_is_not_said(tmp_path):
    game = briefing_being_read(tmp_path)
    wreck(game, *game.enemies())  # the last hostile goes: the level is won
    said, shown = messages_said(game, 15.0)
    assert game.res.outcome == "won"
    assert said == [] and shown == [] and SCANNED[5:] not in [text for _, _, text in game.res.comms]


def test_a_save_made_while_a_message_waits_says_it_in_its_turn_when_resumed(tmp_path):
    from game.sim.snapshot import restore, snapshot
    game = briefing_being_read(tmp_path)
    resumed = restore(game.res.level, game.res.catalog, json.loads(json.dumps(snapshot(game))))
    said = messages_said(resumed, 15.0)
    assert said == messages_said(game, 15.0) and [text for _, text in said[0]] == [SCANNED[5:]]
    assert resumed.state_hash() == game.state_hash()


def test_her_armour_warning_cuts_into_the_briefing_which_she_says_again_before_her_next_message(tmp_path):
    game = briefing_being_read(tmp_path)
    game.run(seconds=5.0)
    health = game.player_health()
    health.hit_points = health.max_hit_points / 4  # hit hard while she is still reading it out
    game.run(seconds=12.0)
    after = [(who, text) for _, who, text in game.res.comms if who == "rei"]
    rest = BRIEFING[BRIEFING.index("Hold position"):]  # the sentence she was reading, and what follows it
    situations = ["briefing" if text == BRIEFING[5:] else "rest" if text == rest else "scanners"
                  if text == SCANNED[5:] else "armour" if "armour" in text.casefold() else text for who, text in after]
    assert situations[-4:] == ["briefing", "armour", "rest", "scanners"]


def test_a_hold_is_said_to_slip_exactly_while_it_drains_with_some_still_to_lose(tmp_path):
    from game.sim.systems.places import holds_slipping
    game = held_game(tmp_path, hold=2.0)
    seen = []
    for column, ticks in ((16, 40), (5, 25), (16, 10), (5, 30)):  # on, shoved off, back, off until it drained away
        put_player(game, column, 2)
        for _ in range(ticks):
            before = game.res.objectives_held[0]
            game.run(ticks=1)
            held = game.res.objectives_held[0]
            seen.append((holds_slipping(game.world, game.res)[0], 0 < held < before))
    assert [slipping for slipping, _ in seen] == [draining for _, draining in seen]
    assert sum(slipping for slipping, _ in seen) == 25 + 24  # 40 - 25 + 10 = 25 to drain at last, the last to 0
    assert seen[-1] == (False, False)  # drained to nothing: no hold under way to lose
