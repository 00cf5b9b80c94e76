"""Rei's warnings of the machine in danger cut into a level's message being read, which she says again after them,
from the sentence cut, while its moment lasts; the same warning again soon after waits for the message."""

from game.content.level_data import Trigger
from game.sim.components import Health, Heat
from game.sim.events import AdvisorSpoke, Overheated, PartHit, Vented
from game.sim.resources import STEP
from game.sim.systems.speech import CUT_IN_AGAIN, MOMENT, READING, SPEECH_RATE, tell
from tests.maps import cell_region, game_from_ascii
from tests.sim.test_speech import ALONE, hear, later, quiet, quiet_game, said

WORDS = ("The relay station ahead is held by Gradosian SPTs. " * 3).strip()  # 152 letters, read for 7.6 s
BRIEFING = "Rei: " + WORDS
ENDS = Trigger(8, "end", "objects", cell_region(22, 1), "message", "Rei: The far corner.", True)  # the level goes on


def briefed(tmp_path, seconds: float, text: str = BRIEFING, more: tuple = ()):
    """A game whose briefing `text`, sprung over the start, has been up `seconds` (the triggers `more` in the level)."""
    briefing = Trigger(9, "briefing", "objects", cell_region(1, 1, 3, 9), "message", text, True)
    game = game_from_ascii(tmp_path, ALONE, extra={"triggers": (briefing, ENDS, *more)})
    events = game.step()
    assert [e.text for e in events if isinstance(e, AdvisorSpoke)] == [text[len("Rei: "):]]
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


def next_lines(game, seconds: float = 10.0):
    """(situation, words) of the next lines said within `seconds`, all of that tick's."""
    for _ in range(round(seconds * 60)):
        events = game.step()
        if said(events):
            return [(e.situation, e.text) for e in events if isinstance(e, AdvisorSpoke)]
    return []


FIRST = "The relay station ahead is held by Gradosian SPTs. "  # 51 letters: read 2.55 s from the first


def test_a_briefing_cut_in_its_second_sentence_comes_back_from_that_sentence_not_from_the_first(tmp_path):
    # Said again whole, the sentence read was heard twice; a pilot who overheated again and again under the Mars base's
    # briefings heard them again after every warning
    game = briefed(tmp_path, len(FIRST) / READING + 0.5)  # the first read, the second half a second in
    overheat_coming(game)
    assert said(game.step()) == ["heat_high"]
    assert next_lines(game) == [("message", WORDS[len(FIRST):])]
    assert game.res.comms[-1][2] == WORDS[len(FIRST):]  # the log keeps what was said


def test_a_briefing_cut_in_its_first_sentence_comes_back_whole(tmp_path):
    game = briefed(tmp_path, len(FIRST) / READING - 0.5)
    overheat_coming(game)
    assert said(game.step()) == ["heat_high"]
    assert next_lines(game) == [("message", WORDS)]


ONE_LONG = "Rei: " + "The relay station ahead is held by Gradosian SPTs, " * 4 + "all of them."  # 216 letters: 10.8 s


def test_a_briefing_cut_once_its_moment_has_passed_is_not_said_again(tmp_path):
    # "Near destruction, Fouron seizes control" came back after Fouron had seized and let go
    game = briefed(tmp_path, MOMENT - 1.0, text=ONE_LONG)
    overheat_coming(game)
    assert said(game.step()) == ["heat_high"]
    assert game.res.clock.seconds + len("Heat at 81 percent.") / SPEECH_RATE + 2.5 > MOMENT  # back too late
    assert next_lines(game) == []  # nothing more to say: not the briefing, whole or in part


LATER = Trigger(10, "later", "objects", cell_region(22, 3), "message", BRIEFING, True)  # sprung by the test


def test_the_same_warning_again_within_its_spell_waits_for_the_briefing_and_is_said_once_it_is_read(tmp_path):
    # A pilot overheating every 7 s had each overheat cut the briefing said again after the last
    game = briefed(tmp_path, 2.0, more=(LATER,))
    health = game.world.get(game.player, Health)
    health.hit_points = health.max_hit_points // 4
    assert said(game.step()) == ["armour_low"]
    cooldown = game.res.catalog.advisor.situation("rei", "armour_low").cooldown
    assert cooldown < CUT_IN_AGAIN - 2.0
    health.hit_points = health.max_hit_points  # repaired: the warning re-arms
    while game.res.clock.seconds < 2.0 + cooldown + 1.0:  # the briefing back and read, the cooldown over
        game.step()
    tell(game.res, LATER)
    assert game.res.voice.holder == "rei.message"
    health.hit_points = health.max_hit_points // 4
    assert said(game.step()) == []  # heard within CUT_IN_AGAIN of the last: it does not cut in
    read = game.res.voice.busy_until
    assert next_lines(game) == [("armour_low", next(text for _, who, text in reversed(game.res.comms)
                                                     if who == "rei"))]
    assert read <= game.res.clock.seconds <= read + 2 * STEP  # as soon as the briefing has been read (a tick's
    # rules read the clock as the tick starts)
    assert "message" not in [situation for situation, _ in next_lines(game, 5.0)]  # it was read: not said again


def test_a_lesson_heard_as_a_warning_cuts_a_briefing_is_said_before_the_briefing_comes_back(tmp_path):
    # The lesson on parts waited behind every briefing said again, and the Mars base ended before its turn
    game = briefed(tmp_path, 0.5)
    overheat_coming(game)
    assert said(game.step()) == ["heat_high"]
    hear(game, PartHit(99, "weapon", 0.0, 0.0))  # a bolt on an arm in the same moment
    assert [situation for situation, _ in next_lines(game)] == ["part_hit"]
    assert next_lines(game) == [("message", WORDS)]  # back after it, within its moment


def test_a_briefing_kept_waiting_past_its_moment_lets_one_lesson_go_first(tmp_path):
    # The Mars base's story, held 17 s behind warnings, Fouron and the briefings before it, kept the lesson on parts
    # out of a short first mission
    game = briefed(tmp_path, 0.0, text=ONE_LONG, more=(LATER,))
    tell(game.res, LATER)  # sprung with it, behind it
    assert game.res.voice.messages == [LATER.object_id]
    hear(game, PartHit(99, "weapon", 0.0, 0.0))
    game.world.get(game.player, Heat).value = 60.0  # past half: the lesson on heat is waiting too
    lines = [situation for situation, _ in next_lines(game, 15.0)]
    assert game.res.clock.seconds > MOMENT  # the long briefing read, the later one has waited past its moment
    assert lines == ["part_hit"]  # one lesson first...
    assert next_lines(game) == [("message", WORDS)]  # ...then the briefing, before the next lesson
    assert [situation for situation, _ in next_lines(game)] == ["heat_rising"]


def test_an_overheat_again_waiting_out_the_briefing_is_not_said_once_the_vent_is_over(tmp_path):
    game = briefed(tmp_path, 2.0)
    assert said(hear(game, Overheated(game.player))) == ["overheat"]  # the first cuts in
    assert next_lines(game) == [("message", WORDS)]  # back, whole: it was in its first sentence
    game.run(seconds=game.res.catalog.advisor.situation("rei", "overheat").cooldown)
    assert game.res.voice.holder == "rei.message" and said(hear(game, Overheated(game.player))) == []  # it waits
    game.run(seconds=2.0)
    assert said(hear(game, Vented(game.player))) == []  # the hatches shut while it waited
    assert [situation for situation, _ in next_lines(game)] == ["vented"]  # "Overheat. Hatches open" is past
    assert "overheat" not in [situation for situation, _ in next_lines(game, 5.0)]


def test_the_same_warning_again_within_its_spell_does_not_cut_into_a_lesson_either(tmp_path):
    # A second overheat 8 s after the first cut the lesson on parts 0.07 s into it
    game = quiet_game(tmp_path, ALONE)
    assert said(hear(game, Overheated(game.player))) == ["overheat"]
    later(game, game.res.catalog.advisor.situation("rei", "overheat").cooldown + 1.0)
    quiet(game)
    assert said(hear(game, PartHit(99, "weapon", 0.0, 0.0))) == ["part_hit"]
    assert said(hear(game, Overheated(game.player))) == []  # it waits for the lesson...
    game.res.clock.tick = round(game.res.voice.busy_until * 60) + 1
    assert said(hear(game)) == ["overheat"]  # ...and is said once the channel is free
