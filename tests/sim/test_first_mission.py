"""The first mission's first minute: Rei briefs a fresh pilot on the Mars base (the situation, the goal, the first
controls, in turn), and its first fight builds up rather than every machine converging at once."""

import pytest

from game.content.control_words import NAME_LENGTH
from game.session import new_game
from game.sim.components import Brain, HoldsPost
from game.sim.events import AdvisorSpoke
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
    assert "1996" in situation and "Cydonia" in situation and "Stop every" in situation
    # the rules keep the map's words: the view names the player's own controls in them
    assert all(f"{{{word}}}" in controls for word in ("move", "aim", "fire"))
    assert all(f"{{{word}}}" in more for word in ("dash", "vmax")) and "V-MAX" in more
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
