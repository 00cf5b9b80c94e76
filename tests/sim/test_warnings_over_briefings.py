"""Rei's warnings of the machine in danger cut into a level's message being read, which she says again after them."""

from game.content.level_data import Trigger
from game.sim.components import Health, Heat
from game.sim.events import AdvisorSpoke
from game.sim.resources import STEP
from game.sim.systems.speech import READING, SPEECH_RATE
from tests.maps import cell_region, game_from_ascii
from tests.sim.test_speech import ALONE, said

WORDS = ("The relay station ahead is held by Gradosian SPTs. " * 3).strip()  # 152 letters, read for 7.6 s
BRIEFING = "Rei: " + WORDS
ENDS = Trigger(8, "end", "objects", cell_region(22, 1), "message", "Rei: The far corner.", True)  # the level goes on


def briefed(tmp_path, seconds: float):
    """A game whose briefing, sprung over the start, has been up `seconds`."""
    briefing = Trigger(9, "briefing", "objects", cell_region(1, 1, 3, 9), "message", BRIEFING, True)
    game = game_from_ascii(tmp_path, ALONE, extra={"triggers": (briefing, ENDS)})
    events = game.step()
    assert [e.text for e in events if isinstance(e, AdvisorSpoke)] == [WORDS]
    while game.res.clock.seconds < seconds:
        assert said(game.step()) == []
    return game


def overheat_coming(game):
    heat = game.world.get(game.player, Heat)
    heat.value = game.res.catalog.units["layzner"].heat.warning + 1  # sustained fire took it past the warning


def test_a_heat_warning_raised_while_a_briefing_is_read_is_said_on_the_next_tick(tmp_path):
    # It came only once the 7.6 s briefing had been read: the pilot heard of the heat as the hatches blew
    game = briefed(tmp_path, 2.0)
    overheat_coming(game)
    assert said(game.step()) == ["heat_high"]


def test_armour_falling_low_while_a_briefing_is_read_is_said_on_the_next_tick(tmp_path):
    game = briefed(tmp_path, 2.0)
    health = game.world.get(game.player, Health)
    health.hit_points = health.max_hit_points // 4
    assert said(game.step()) == ["armour_low"]


def test_a_briefing_cut_by_a_warning_is_said_again_whole_once_the_warning_has_had_its_time(tmp_path):
    game = briefed(tmp_path, 2.0)
    overheat_coming(game)
    events = game.step()
    warned_at = game.res.clock.seconds
    warning = next(e.text for e in events if isinstance(e, AdvisorSpoke))
    for _ in range(10 * 60):
        events = game.step()
        if said(events):
            break
    assert [(e.situation, e.text) for e in events if isinstance(e, AdvisorSpoke)] == [("message", WORDS)]
    typed_and_gap = len(warning) / SPEECH_RATE + game.res.catalog.advisor.gap
    assert abs(game.res.clock.seconds - (warned_at + typed_and_gap)) <= STEP
    assert [text for _, _, text in game.res.comms].count(WORDS) == 2  # the log keeps both times


def test_a_briefing_already_read_when_a_warning_comes_is_not_said_again(tmp_path):
    game = briefed(tmp_path, len(WORDS) / READING + STEP)  # read, its panel fading
    overheat_coming(game)
    assert said(game.step()) == ["heat_high"]
    for _ in range(5 * 60):  # the warning typed and its gap are over in 3.6 s
        assert "message" not in said(game.step())


def test_a_briefing_holds_the_channel_as_long_as_it_takes_to_read_from_its_first_letter(tmp_path):
    # It is read as it types: timed as typed out and then read, a 152-letter briefing held her lines 11 s, not 7.6
    game = briefed(tmp_path, 0.0)
    voice = game.res.voice
    assert abs(voice.busy_until - len(WORDS) / READING) <= STEP
    longer = Trigger(7, "longer", "objects", cell_region(1, 1, 3, 9), "message", BRIEFING + " Stay sharp." * 5, True)
    game = game_from_ascii(tmp_path, ALONE, extra={"triggers": (longer, ENDS)})
    game.step()
    assert abs(game.res.voice.busy_until - len(longer.text[5:]) / READING) <= STEP  # its length sets its time
