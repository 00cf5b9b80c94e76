"""The outpost's hold as a new player meets it: a straight run from the spawn onto the extraction pad."""

from game.session import new_game
from game.sim.components import Position
from game.sim.events import AdvisorSpoke, HoldStarted

OUTPOST = "levels/outpost.tmx"


def straight_to_the_pad(fire: bool):
    """The audit's run: D held from the spawn until the Layzner is on the outpost's pad, then it stands there (and
    with `fire`, shoots at the nearest machine, as a new player would)."""
    def steer(game):
        me, intent = game.world.get(game.player, Position), game.player_intent()
        intent.move_x = 1.0 if me.x < 1060 and game.seconds < 6 else 0.0
        foes = [game.world.get(enemy, Position) for enemy in game.enemies()]
        if fire and foes:
            foe = min(foes, key=lambda at: (at.x - me.x) ** 2 + (at.y - me.y) ** 2)
            intent.aim_x, intent.aim_y, intent.fire = foe.x, foe.y, True
    return steer


def test_a_straight_run_to_the_outposts_pad_holds_out_through_most_of_its_hold_before_it_falls():
    # The pad's Bul stood on the pad, so stepping on it was stepping under its cannon: a new player firing back was
    # wrecked 6.2-6.8 s after the hold began (seeds 1-4). Now the pad's sentry covers it, and a Bul lands as it begins.
    for seed in (1, 2):
        game, hold_started = new_game(OUTPOST, seed=seed), None
        steer = straight_to_the_pad(fire=True)
        while game.outcome is None and game.seconds < 60:
            steer(game)
            if any(isinstance(event, HoldStarted) for event in game.step()):
                hold_started = game.seconds
        assert hold_started is not None
        assert game.outcome != "lost" or game.seconds - hold_started >= 8.0, (seed, game.seconds, hold_started)


def test_the_outposts_briefing_comes_as_the_mission_opens_to_a_pilot_who_has_not_moved():
    """Its triggers stood east of the spawn: a pilot who stood still heard only "All systems green. Awaiting your
    instructions." The briefing is said at once, in turn, and is her greeting: none after it."""
    game = new_game(OUTPOST, seed=1)
    said = [(game.seconds, e.situation, e.text) for _ in range(20 * 60) for e in game.step()
            if isinstance(e, AdvisorSpoke)]
    game.close()
    briefing = [(at, text) for at, situation, text in said if situation == "message"]
    assert [text.split(".")[0] for _, text in briefing] == ["The relay station ahead is held by Gradosian SPTs",
                                                             "The extraction pad is past it, to the east"]
    assert briefing[0][0] <= 1 / 60 and briefing[1][0] < 6, briefing
    assert "level_start" not in [situation for _, situation, _ in said]
