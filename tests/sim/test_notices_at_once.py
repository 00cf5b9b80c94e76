"""Rei's word on objectives when several things happen at once: it is not lost behind a briefing sprung with them,
says in one line what a tick's objectives did, and does not point to a next objective already reached."""

from game.content.level_data import Objective, Trigger
from game.sim.events import AdvisorSpoke, ObjectiveReached
from game.sim.systems.speech import SPEECH_RATE
from tests.maps import cell_region, game_from_ascii

CORRIDOR = [
    "##############################",
    "#............................#",
    "#.P..........................#",
    "#............................#",
    "##############################",
]
# The relay a few steps east of the spawn; the beacon after it, far east, with a hold that outlasts each test.
RELAY = Objective(50, "relay", "objects", cell_region(8, 1, 2, 3), "Silence the relay post")
BEACON = Objective(51, "beacon", "objects", cell_region(26, 1, 2, 3), "Hold the landing beacon", hold=60.0, after=50)
# Rei's briefing, over the relay: read, it holds her channel some 11 s, longer than a line may wait.
BRIEFING = ("Rei: The relay is silent. Gradosian landers are already on their way down to the far pads. "
            "Hold the beacon until our lander touches down, and keep clear of the pads' crossfire. "
            "Their sensors on the ridge will see us coming.")


def briefing_over(region, text=BRIEFING, object_id=60):
    return Trigger(object_id, "briefing", "objects", region, "message", text, True)


def reach_the_relay_and_wait(tmp_path, objectives, triggers=(), seconds=20.0):
    """Rei's lines ((seconds, situation, text)) from the moment the Layzner, walking east from the spawn, reaches the
    relay and stops there, over `seconds`."""
    game = game_from_ascii(tmp_path, CORRIDOR, extra={"objectives": objectives, "triggers": triggers})
    game.run(seconds=4.0)  # her greeting said and gone
    intent = game.player_intent()
    intent.move_x = 1.0
    spoken = []
    for _ in range(60 * 6):
        events = game.step()
        if any(isinstance(event, ObjectiveReached) for event in events):
            intent.move_x = 0.0
            break
    else:
        raise AssertionError("the relay was never reached")
    for _ in range(round(60 * seconds)):
        spoken += [(game.seconds, e.situation, e.text) for e in events if isinstance(e, AdvisorSpoke)]
        events = game.step()
    return spoken


def test_rei_points_to_the_next_objective_after_a_long_briefing_sprung_as_it_opens(tmp_path):
    spoken = reach_the_relay_and_wait(tmp_path, (RELAY, BEACON), (briefing_over(RELAY.region),))
    assert [situation for _, situation, _ in spoken] == ["message", "objective_opened"]
    assert spoken[1][0] - spoken[0][0] > 10  # after the briefing, which held her channel longer than a line may wait


def test_two_objectives_reached_in_one_tick_rei_says_one_line_pointing_to_the_one_opened(tmp_path):
    dump = Objective(49, "dump", "objects", RELAY.region, "Take the fuel dump")  # over the relay, first in the file
    spoken = reach_the_relay_and_wait(tmp_path, (dump, RELAY, BEACON), seconds=10.0)
    assert [situation for _, situation, _ in spoken] == ["objective_opened"]


def test_rei_does_not_say_the_next_is_marked_once_that_next_is_reached(tmp_path):
    # A short briefing over the relay holds her back; the outpost just past it, which the relay opens, is reached
    # before she is free: "Objective complete. The next is marked" would then point to one already done.
    outpost = Objective(51, "outpost", "objects", cell_region(10, 1, 1, 3), "Reach the outpost", after=50)
    uplink = Objective(52, "uplink", "objects", cell_region(26, 1, 2, 3), "Reach the uplink")  # keeps it from a win
    game = game_from_ascii(tmp_path, CORRIDOR, extra={
        "objectives": (RELAY, outpost, uplink),
        "triggers": (briefing_over(RELAY.region, "Rei: Relay silenced. Their sensors are blind here."),)})
    game.run(seconds=4.0)
    game.player_intent().move_x = 1.0
    walked = game.run(seconds=2.5)  # through the relay and into the outpost
    assert game.res.objectives_reached == [True, True, False]
    game.player_intent().move_x = 0.0
    spoken = [e.situation for e in walked + game.run(seconds=10.0) if isinstance(e, AdvisorSpoke)]
    assert spoken == ["message", "objective_reached"]


def test_a_briefing_sprung_as_the_level_starts_waits_for_rei_s_greeting_to_be_typed_whole(tmp_path):
    """A `Rei: ` briefing by the spawn, sprung as the player sets off, cut her greeting two or three letters in: the
    player saw "La" vanish. It now starts once the greeting is typed (not after the gap that follows it)."""
    briefing = briefing_over(cell_region(4, 1, 2, 3))  # a step east of the player spawn (2, 2)
    game = game_from_ascii(tmp_path, CORRIDOR, extra={"objectives": (RELAY,), "triggers": (briefing,)})
    game.player_intent().move_x = 1.0  # setting off at once, as the bot and many players do
    spoken = []
    for tick in range(180):
        if tick == 30:  # in the briefing's area, short of the relay
            game.player_intent().move_x = 0.0
        spoken += [(game.res.clock.seconds, e.situation, e.text) for e in game.step() if isinstance(e, AdvisorSpoke)]
    assert [situation for _, situation, _ in spoken] == ["level_start", "message"]
    (greeted, _, greeting), (briefed, _, _) = spoken
    assert briefed >= greeted + len(greeting) / SPEECH_RATE  # typed whole first
    assert briefed < greeted + len(greeting) / SPEECH_RATE + 0.1  # and at once after
