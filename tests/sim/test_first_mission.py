"""The first mission's first minute: Rei briefs a fresh pilot on the Mars base (the situation, the goal, the first
controls, dash, V-MAX and Fouron, in turn), and its first fight builds up rather than every machine converging at
once."""

import math

import pytest

from game.content.control_words import NAME_LENGTH
from game.session import new_game
from game.sim.components import Brain, HoldsPost, Position
from game.sim.events import AdvisorSpoke, AlarmRaised
from game.sim.systems.speech import READING, SPEECH_RATE, read_time

MARS = "levels/mars_base.tmx"


@pytest.fixture
def mars():
    game = new_game(MARS, seed=1)
    yield game
    game.close()


def reis_words(game, seconds: float) -> list[tuple[float, str, str]]:
    """(s, situation, words) of each line Rei says in the first `seconds`, the pilot's hands off the controls."""
    said = []
    for _ in range(round(seconds * 60)):
        at = game.res.clock.seconds  # the tick's own time (the clock moves on last thing in it)
        said += [(at, e.situation, e.text) for e in game.step() if isinstance(e, AdvisorSpoke) and e.speaker == "rei"]
    return said


def test_a_fresh_mars_base_opens_on_reis_briefing_the_situation_the_goal_then_the_controls(mars):
    said = reis_words(mars, 30)
    briefing = [(at, words) for at, situation, words in said if situation == "message"]
    assert said[0][1] == "message" and said[0][0] == 0.0  # at once, in place of "Combat mode engaged"
    situation, controls, more = (words for _, words in briefing[:3])
    assert "1996" in situation and "Cydonia" in situation and "Stop them all" in situation
    # the rules keep the map's words: the view names the player's own controls in them
    assert all(f"{{{word}}}" in controls for word in ("move", "aim", "fire", "dash"))
    assert all(f"{{{word}}}" in more for word in ("dash", "vmax")) and "V-MAX" in more and "Fouron" in more
    assert all(later - earlier >= 3 for (earlier, _), (later, _) in zip(briefing, briefing[1:3]))  # each read in turn
    assert "level_start" not in [situation for _, situation, _ in said]  # not said over, nor after, the briefing


def test_the_briefing_stays_up_as_long_as_its_controls_names_take_to_read_not_their_words():
    """The rules timed "Move with {move}." on its 6-letter word, and a player's "KEYPAD 8/4/5/6" was taken off the
    panel before it was read: a control's name counts as NAME_LENGTH characters."""
    assert read_time("Rei: Fire with {fire}.") == read_time("Rei: Fire with " + "x" * NAME_LENGTH + ".")
    plain = "Rei: no control named here."
    assert read_time(plain) == len(plain) / SPEECH_RATE + len(plain) / READING


def test_the_mars_base_compound_guards_and_the_beats_hold_their_posts_so_the_first_fight_is_two_machines(mars):
    """Six Dis converged on a new player within 20 s (a call from the hangar reaches 560 px): the compound's pair
    "holding position", as Rei's south-door line says, and the ridge's and east flank's beats stay deaf to calls; the
    perimeter guard and the mesa lookout answer. The west door's alarm still rouses them all."""
    spawns = mars.res.level.enemy_spawns
    assert len(spawns) == 6 and sorted(spawn.name for spawn in spawns if not spawn.holds_post) == \
        ["mesa lookout", "perimeter guard"]
    deaf = [entity for entity, _ in mars.world.query(Brain) if mars.world.try_get(entity, HoldsPost) is not None]
    assert len(deaf) == 4  # as the rules spawn them


def test_the_briefing_says_what_fills_v_max_and_who_fouron_is_and_how_to_fight_it_off(mars):
    """The briefing said only "When the V-MAX meter fills, press {vmax}", and Fouron seized a new player's controls,
    the screen purple, with nothing having said who it is: Rei names the meter's fill (units.yaml: damage dealt and
    taken, near misses) and the black box, with the player's own dash control to take the controls back (mash, as
    the takeover's own plate says)."""
    briefing = [words for _, situation, words in reis_words(mars, 30) if situation == "message"]
    [last] = [words for words in briefing if "{vmax}" in words]
    assert "Hits and near misses fill V-MAX: press {vmax}" in last
    assert "the black box Fouron seizes control: mash {dash}" in last


def walk(game, to: tuple[float, float], seconds: float = 8.0) -> list:
    """Steer the Layzner straight at `to` until it is there (or `seconds` pass); the events of the walk."""
    events = []
    for _ in range(round(seconds * 60)):
        pos = game.world.get(game.player, Position)
        dx, dy = to[0] - pos.x, to[1] - pos.y
        distance = math.hypot(dx, dy)
        if distance < 8:
            break
        game.write_intent((dx / distance, dy / distance, to[0], to[1], False, False, False, False, False))
        events += game.step()
    return events


def test_the_sand_before_the_west_door_sets_off_no_alarm_only_the_door_itself_does(mars):
    """A new player drawn north by the mesa lookout walked onto the west door's sensor, 160 px square on the open sand,
    2.9 s in (a novice's script, every seed), and every machine on the base converged: the sensor covers the doorway
    alone now, seen on the ground, and stepping through it still raises the alarm, for a player who wants the fight."""
    [sensor] = [trigger for trigger in mars.res.level.triggers if trigger.action == "alarm"]
    # east along the tracks, then north onto the sand where the novice met the first machines
    ground = walk(mars, (560, 944)) + walk(mars, (600, 620)) + walk(mars, (700, 620))
    assert not any(isinstance(event, AlarmRaised) for event in ground)
    assert sensor.region.contains(800, 624)  # the doorway: the wall's gap at column 24, rows 18 to 20
    assert any(isinstance(event, AlarmRaised) for event in walk(mars, (820, 624)))
