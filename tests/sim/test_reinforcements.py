"""Reinforcements: an enemy spawn with `arrives` comes in when its trigger fires or its objective's hold starts."""

import dataclasses
import json
import math

import pytest

from game.content.catalog import load_catalog
from game.content.chain import LEVELS
from game.content.level import load_level
from game.playback import play_back
from game.replay import Recorder, load_replay
from game.session import new_game
from game.sim.components import Brain, Facing, Position
from game.sim.events import AdvisorSpoke, LevelEnded, ReinforcementsCalled, Reinforced
from game.sim.game import Game
from game.sim.resources import STEP
from game.sim.snapshot import restore, snapshot
from game.sim.snapshot_checks import SnapshotError
from game.sim.systems.reinforcements import ARRIVAL_TICKS
from tests.maps import ALARM, DIS, MESSAGE, TILE, write_map
from tests.wrecks import wreck

# The Layzner in the west of a long hall, a Dis guarding its east end; the trigger "lane" spans the hall a few tiles
# east of the start, and the reinforcement "relief" waits far east, out of its way.
HALL = [
    "##############################",
    "#............................#",
    "#.P.........................E#",
    "#............................#",
    "##############################",
]
LANE = (f'<object id="50" name="lane" type="trigger" x="{8 * TILE}" y="{TILE}" width="{2 * TILE}" '
        f'height="{3 * TILE}"><properties>{ALARM}</properties></object>')
PAD = (f'<object id="50" name="pad" type="objective" x="{8 * TILE}" y="{TILE}" width="{3 * TILE}" '
       f'height="{3 * TILE}"><properties><property name="hold" type="float" value="3"/></properties></object>')


def relief(x=26.5 * TILE, y=1.5 * TILE, object_id=51, arrives=50) -> str:
    return (f'<object id="{object_id}" name="relief" type="enemy_spawn" x="{x}" y="{y}"><properties>'
            f'{DIS}<property name="arrives" type="object" value="{arrives}"/>'
            '</properties><point/></object>')


def hall(tmp_path, *objects: str, rows=HALL, seed=1) -> Game:
    level = load_level(write_map(tmp_path, rows, more_objects="".join(objects)))
    return Game(level, load_catalog(), seed)


def walk(game, direction, ticks) -> list[tuple[int, object]]:
    """(tick, event) for every event of `ticks` ticks with the Layzner pushing `direction`."""
    happened = []
    for _ in range(ticks):
        intent = game.player_intent()
        if intent is not None:
            intent.move_x, intent.move_y = direction
        tick = game.tick
        happened += [(tick, event) for event in game.step()]
    return happened


def of(kind, happened) -> list[tuple[int, object]]:
    return [(tick, event) for tick, event in happened if isinstance(event, kind)]


def wreck_all(game) -> None:
    wreck(game, *game.enemies())


def test_a_reinforcement_is_off_the_map_until_its_trigger_fires_and_lands_after_its_warning(tmp_path):
    game = hall(tmp_path, LANE, relief())
    assert game.enemies_alive() == 1  # the guard alone: the relief waits off the map
    assert not of(Reinforced, walk(game, (0, 0), 120)) and game.enemies_alive() == 1
    happened = walk(game, (1, 0), 60 + ARRIVAL_TICKS)  # into the lane, and on
    [(called_at, called)] = of(ReinforcementsCalled, happened)
    assert called.object_id == 50 and called.count == 1 and called.points == ((26.5 * TILE, 1.5 * TILE),)
    assert game.world.get(game.player, Position).x >= 8 * TILE  # called as the Layzner stepped into the lane
    [(landed_at, landed)] = of(Reinforced, happened)
    assert landed_at - called_at == ARRIVAL_TICKS  # 1.5 s of landing marks, then it is there
    assert (landed.x, landed.y) == (26.5 * TILE, 1.5 * TILE) and game.enemies_alive() == 2
    # it comes for the Layzner, as an alarm sends a machine, and not back to a post far from the fight
    assert game.world.get(landed.entity, Brain).state in ("search", "alert", "engage")


def test_a_reinforcement_lands_facing_its_way_to_the_layzner_not_the_players_start(tmp_path):
    """Placed facing the player's start (west here), it landed looking away from a Layzner that had run on past it
    to the east, and spent a second turning round in plain view."""
    game = hall(tmp_path, LANE, relief(x=12.5 * TILE, y=1.5 * TILE))
    happened = walk(game, (1, 0), 60 + ARRIVAL_TICKS)
    [(_, landed)] = of(Reinforced, happened)
    layzner = game.world.get(game.player, Position)
    assert layzner.x > landed.x + 3 * TILE  # it is east of the spot as it lands
    angle = game.world.get(landed.entity, Facing).angle
    assert math.cos(angle) > 0.9  # facing east, toward it, along the hall


def test_a_destroy_all_level_is_not_won_while_a_reinforcement_is_still_to_come(tmp_path):
    game = hall(tmp_path, LANE, relief())
    wreck_all(game)  # the guard
    walk(game, (0, 0), 60)
    assert game.outcome is None and game.enemies_alive() == 0
    assert game.hostiles_left() == 1  # HOSTILES counts the one still to come: stopping it is part of the goal
    happened = walk(game, (1, 0), 60 + ARRIVAL_TICKS)
    assert of(Reinforced, happened) and game.outcome is None
    wreck_all(game)
    walk(game, (0, 0), 2)
    assert game.outcome == "won"


def test_an_objective_brings_its_reinforcements_as_its_hold_starts_not_as_it_is_stepped_on(tmp_path):
    game = hall(tmp_path, PAD, relief())
    happened = []
    while game.world.get(game.player, Position).x < 8 * TILE + 4:  # until it stands just inside the pad
        happened += walk(game, (1, 0), 1)
    entered = game.tick
    assert not of(ReinforcementsCalled, happened)
    happened = walk(game, (0, 0), 60)  # standing on it: the hold starts after half a second
    [(called_at, called)] = of(ReinforcementsCalled, happened)
    assert called.object_id == 50 and called_at - entered >= 25  # not for a brush of its edge
    assert game.hostiles_left() == 2  # the guard, and the one inbound (the map has an objective: it is announced)


def test_a_reinforcement_whose_spot_the_layzner_stands_on_waits_until_it_moves_off(tmp_path):
    game = hall(tmp_path, LANE, relief(x=9.5 * TILE, y=2.5 * TILE))  # its spot is in the lane itself
    happened = walk(game, (1, 0), 40)
    while game.world.get(game.player, Position).x < 9.3 * TILE:
        happened += walk(game, (1, 0), 1)
    happened += walk(game, (0, 0), 2 * ARRIVAL_TICKS)  # standing on the spot, well past the warning
    assert of(ReinforcementsCalled, happened) and not of(Reinforced, happened)
    happened = walk(game, (-1, 0), 90)  # stepping back west, off it
    [(_, landed)] = of(Reinforced, happened)
    me = game.world.get(game.player, Position)
    assert abs(me.x - landed.x) > 40  # it came in clear of the Layzner, not on top of it


def test_nothing_is_called_on_the_tick_the_level_ends_no_alarm_or_rei_greeting_the_result(tmp_path):
    # the last objective, with no hold, is what brings the relief: reaching it wins (the first is under the start)
    reach = PAD.replace('type="float" value="3"', 'type="float" value="0"')
    start = reach.replace('id="50" name="pad"', 'id="52" name="start"').replace(f'x="{8 * TILE}"', 'x="0"')
    won = hall(tmp_path, start, reach, relief())
    # a trigger fired on the tick the clock runs out
    timed = hall(tmp_path, LANE, relief())
    [(fires_at, _)] = of(ReinforcementsCalled, walk(timed, (1, 0), 120))
    level = dataclasses.replace(timed.res.level, time_limit=fires_at * STEP)  # clock.seconds then
    timed = Game(level, timed.res.catalog, 1)
    for game, outcome in ((won, "won"), (timed, "lost")):
        happened = walk(game, (1, 0), 120)
        [(ended_at, _)] = of(LevelEnded, happened)
        assert game.outcome == outcome and game.world.get(game.player, Position).x >= 8 * TILE
        assert not [tick for tick, _ in of(ReinforcementsCalled, happened) if tick >= ended_at]
        assert not [event for _, event in of(AdvisorSpoke, happened) if event.situation == "reinforcements"]
        assert not [entry for entry in game.res.arrivals if entry[1] >= 0]  # no landing mark over the result


def test_rei_tells_of_the_reinforcements_as_they_are_called(tmp_path):
    game = hall(tmp_path, LANE, relief())
    walk(game, (0, 0), 6 * 60)  # her greeting said and gone
    happened = walk(game, (1, 0), 90)
    said = [event.text for _, event in of(AdvisorSpoke, happened) if event.situation == "reinforcements"]
    assert said and "1" in said[0]


# Rei's briefing, sprung a step before the lane: read at the pace of a fight, it holds her voice for seconds.
BRIEFING = ("Rei: The relay station ahead is held by Gradosian SPTs. The extraction pad is past it, to the east. "
            "Hold it until the lander comes down.")
BRIEF = (f'<object id="52" name="brief" type="trigger" x="{4 * TILE}" y="{TILE}" width="{2 * TILE}" '
         f'height="{3 * TILE}"><properties>{MESSAGE}'
         f'<property name="text" value="{BRIEFING}"/></properties></object>')


def test_rei_does_not_say_reinforcements_are_inbound_and_marked_once_they_have_landed(tmp_path):
    unguarded = [row.replace("E", ".") for row in HALL]  # no fight to cut in: only the briefing holds her up
    game = hall(tmp_path, BRIEF, LANE, relief(), rows=unguarded)
    walk(game, (0, 0), 6 * 60)  # her greeting said and gone
    happened = walk(game, (1, 0), 60 + ARRIVAL_TICKS) + walk(game, (0, 0), 15 * 60)
    [(landed_at, _)] = of(Reinforced, happened)
    briefed = [tick for tick, event in of(AdvisorSpoke, happened) if event.situation == "message"]
    assert briefed and of(ReinforcementsCalled, happened)[0][0] > briefed[0]  # called while she reads it out
    late = [event.text for tick, event in of(AdvisorSpoke, happened)
            if event.situation == "reinforcements" and tick >= landed_at]
    assert late == []  # no "their landing points are marked" with the marks gone and the machine here


def test_a_save_made_while_reinforcements_wait_or_are_inbound_plays_on_exactly_as_the_game_it_was_taken_from(tmp_path):
    for pause in (30, 60 + ARRIVAL_TICKS // 2):  # before the lane, and in the middle of the landing marks
        game = hall(tmp_path, LANE, relief(), seed=4)
        walk(game, (1, 0), pause)
        data = json.loads(json.dumps(snapshot(game)))  # through the file format, as a save goes
        assert data["arrivals"] == [[51, entry[1]] for entry in game.res.arrivals] and data["arrivals"]
        resumed = restore(game.res.level, game.res.catalog, data)
        assert resumed.res.arrivals == game.res.arrivals
        ahead = [(tick, repr(event)) for tick, event in walk(game, (1, 0), 2 * ARRIVAL_TICKS)]
        assert [(tick, repr(event)) for tick, event in walk(resumed, (1, 0), 2 * ARRIVAL_TICKS)] == ahead
        assert resumed.state_hash() == game.state_hash() and not resumed.res.arrivals
        game.close()
        resumed.close()


def test_a_save_that_drops_or_garbles_the_reinforcements_still_to_come_is_refused_with_a_line(tmp_path):
    game = hall(tmp_path, LANE, relief())
    data = snapshot(game)
    for arrivals, words in ((None, "arrivals: expected a list of [enemy spawn's id, ticks] still to arrive on a map "
                                   "with reinforcements, found none"),
                            ([[7, -1]], "arrivals: expected the ids of the map's enemy spawns with arrives (51)"),
                            ([[51, -1], [51, -1]], "each once in that order"),
                            ([[51, 10 ** 6]], f"with -1 to {ARRIVAL_TICKS} ticks, found [51, 1000000]")):
        edited = {key: value for key, value in data.items() if key != "arrivals"}
        if arrivals is not None:
            edited["arrivals"] = arrivals
        try:
            restore(game.res.level, game.res.catalog, edited)
        except SnapshotError as error:
            assert words in str(error) and "\n" not in str(error)
        else:
            raise AssertionError(f"{arrivals} was restored")


def test_a_garbled_reinforcement_in_a_save_of_a_map_with_many_says_what_it_found(tmp_path):
    wave = [relief(x=(14 + index % 12 + 0.5) * TILE, y=(1 + index // 12 + 0.5) * TILE, object_id=100 + index)
            for index in range(30)]
    game = hall(tmp_path, LANE, *wave)
    data = snapshot(game)
    data["arrivals"] = [[7, -1]]
    with pytest.raises(SnapshotError) as refused:
        restore(game.res.level, game.res.catalog, data)
    assert "found [7, -1]" in str(refused.value) and "100, 101, 102, 103, ... (30 in all)" in str(refused.value)


def test_a_save_from_before_reinforcements_restores_on_a_map_without_them(tmp_path):
    game = hall(tmp_path, LANE)
    data = snapshot(game)
    del data["arrivals"]
    assert restore(game.res.level, game.res.catalog, data).state_hash() == game.state_hash()


def test_the_same_intents_on_the_same_seed_give_the_same_hashes_through_a_wave(tmp_path):
    runs = []
    for _ in range(2):
        game = hall(tmp_path, LANE, relief(), seed=9)
        hashes = []
        for tick in range(60 + 3 * ARRIVAL_TICKS):
            intent = game.player_intent()
            if intent is not None:
                intent.move_x, intent.fire = (1.0 if tick < 80 else 0.0), tick % 40 < 20
                intent.aim_x, intent.aim_y = 26 * TILE, 2 * TILE
            game.step()
            hashes.append(game.state_hash())
        assert game.res.level.arrivals and not game.res.arrivals  # the wave came within the run
        runs.append(hashes)
    assert runs[0] == runs[1]


def test_a_replay_of_the_outposts_hold_with_its_wave_plays_back_to_the_same_hashes(tmp_path):
    level = LEVELS / "outpost.tmx"
    game = new_game(level, seed=2)
    recorder = Recorder(game, level)
    pad = game.res.level.objectives[0].region.centre
    for _ in range(60 * 12):  # dash for the pad and hold it, firing ahead, as the wave lands
        me = game.world.try_get(game.player, Position)
        if me is not None:
            ahead = (pad[0] - me.x, pad[1] - me.y)
            far = max(1.0, (ahead[0] ** 2 + ahead[1] ** 2) ** 0.5)
            game.write_intent((ahead[0] / far if far > 30 else 0.0, ahead[1] / far if far > 30 else 0.0,
                               me.x - 300, me.y, game.tick % 30 < 10, False, False, False, False))
        recorder.before_step()
        game.step()
        recorder.after_step()
    assert game.res.level.arrivals and not game.res.arrivals  # the wave was called and came within the replay
    recorder.save(tmp_path / "wave.replay")
    replay = load_replay(tmp_path / "wave.replay")
    final_hash, mismatch = play_back(replay, verify=True)
    assert mismatch is None and final_hash == game.state_hash()
