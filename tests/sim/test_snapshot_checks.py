"""Snapshot checks no other test reached: each refusal says the place, what was expected and what was found, word for
word; and what the checks let through (their edges, a patrol-less brain's waypoint) restores."""

import json

import pytest

from game.session import DEFAULT_LEVEL, new_game
from game.sim.snapshot import restore
from game.sim.snapshot_checks import FORMAT, LARGEST, SnapshotError
from tests.sim.test_snapshot import busy_snapshot, first_with


@pytest.fixture(scope="module")
def busy() -> dict:
    return busy_snapshot()


@pytest.fixture
def data(busy) -> dict:
    """A fresh copy of the busy snapshot to edit."""
    return json.loads(json.dumps(busy))


@pytest.fixture
def game():
    made = new_game(DEFAULT_LEVEL, seed=2)
    yield made
    made.close()


def refusal(game, data) -> str:
    with pytest.raises(SnapshotError) as caught:
        restore(game.res.level, game.res.catalog, data)
    return str(caught.value)


def restores(game, data) -> None:
    """The snapshot restores and plays on for a second."""
    restored = restore(game.res.level, game.res.catalog, data)
    restored.run(ticks=60)
    restored.close()


def rei_situation(game) -> str:
    """A situation of Rei's in advisor.yaml, as the voices' records name it."""
    return f"rei.{next(iter(game.res.catalog.advisor.voices['rei']))}"


def test_a_snapshot_from_another_format_is_refused_saying_both(game, data):
    data["format"] = FORMAT - 1
    assert refusal(game, data) == f"made by another Blue Comet (format {FORMAT - 1}; this game reads {FORMAT})"


def test_an_outcome_the_game_never_gives_is_refused(game, data):
    data["outcome"] = "draw"
    assert refusal(game, data) == "outcome: expected null, \"won\" or \"lost\", found 'draw'"


def test_a_field_the_record_does_not_have_is_refused(game, data):
    data["tally"]["medals"] = 3
    assert refusal(game, data) == "tally: expected the fields of Tally, found 'medals'"


def test_a_situation_advisor_yaml_does_not_have_is_refused_in_spoke_at(game, data):
    data["voice"]["spoke_at"]["rei.sing"] = 1.0
    assert refusal(game, data) == "voice.spoke_at: expected a speaker.situation of advisor.yaml, found 'rei.sing'"


def test_a_situation_advisor_yaml_does_not_have_is_refused_in_a_line_waiting(game, data):
    data["voice"]["waiting"] = [["fouron.sing", {}, 1.0]]
    assert refusal(game, data) == "voice.waiting: expected a speaker.situation of advisor.yaml, found 'fouron.sing'"


def test_a_line_holding_the_channel_that_advisor_yaml_does_not_have_is_refused(game, data):
    data["voice"]["holder"] = "fouron.sing"
    assert refusal(game, data) == "voice.holder: expected a speaker.situation of advisor.yaml, found 'fouron.sing'"


@pytest.mark.parametrize("holder", ["", "fouron.seized", "rei.message", "fouron.message"])
def test_a_line_of_advisor_yaml_or_a_level_s_message_holding_the_channel_restores(game, data, holder):
    data["voice"]["holder"] = holder
    restores(game, data)


@pytest.mark.parametrize("shape", ["alone", "no_time", "values_a_list", "time_true", "time_before_0",
                                   "time_past_the_largest", "time_a_word"])
def test_a_line_waiting_that_is_not_situation_values_and_time_is_refused(game, data, shape):
    key = rei_situation(game)
    line = {"alone": key, "no_time": [key, {}], "values_a_list": [key, [], 1.0], "time_true": [key, {}, True],
            "time_before_0": [key, {}, -1.0], "time_past_the_largest": [key, {}, LARGEST * 2],
            "time_a_word": [key, {}, "soon"]}[shape]
    data["voice"]["waiting"] = [line]
    assert refusal(game, data) == f"voice.waiting: expected [situation, values, time] entries, found {line!r}"


@pytest.mark.parametrize("time", [0, 0.0, LARGEST])
def test_a_line_waiting_at_either_end_of_its_time_restores(game, data, time):
    data["voice"]["waiting"] = [[rei_situation(game), {}, time]]
    restores(game, data)


def test_a_situation_rei_was_asked_for_restores(game, data):
    data["voice"]["asked"] = [next(iter(game.res.catalog.advisor.voices["rei"]))]
    restores(game, data)


@pytest.mark.parametrize("found", [999, "7", True, "twice"])
def test_a_message_waiting_that_is_no_message_trigger_of_the_map_is_refused(game, data, found):
    message = next(trigger.object_id for trigger in game.res.level.triggers if trigger.action == "message")
    data["voice"]["messages"] = [message, message] if found == "twice" else [found]
    shown = message if found == "twice" else found
    assert refusal(game, data) == ("voice.messages: expected the ids of this map's triggers of messages in a "
                                   f"cockpit voice, each once, found {shown!r}")


def test_a_message_trigger_s_message_waiting_restores(game, data):
    triggers = game.res.level.triggers
    data["voice"]["messages"] = [trigger.object_id for trigger in triggers if trigger.action == "message"]
    data["voice"]["messages_at"] = [0.0] * len(data["voice"]["messages"])
    restores(game, data)


def test_a_save_from_before_messages_kept_their_moment_restores_with_those_waiting_waiting_from_then(game, data):
    triggers = game.res.level.triggers
    data["voice"]["messages"] = [trigger.object_id for trigger in triggers if trigger.action == "message"]
    for name in ("messages_at", "message_at", "message_from", "resuming"):  # as a game of 0.9.6 wrote it
        del data["voice"][name]
    restored = restore(game.res.level, game.res.catalog, data)
    assert restored.res.voice.messages_at == [restored.res.clock.seconds] * len(data["voice"]["messages"])
    restored.run(ticks=60)


@pytest.mark.parametrize("found", [[], [-1.0], ["now"]])
def test_a_message_waiting_without_its_moment_or_with_one_to_come_is_refused(game, data, found):
    message = next(trigger.object_id for trigger in game.res.level.triggers if trigger.action == "message")
    data["voice"]["messages"], data["voice"]["messages_at"] = [message], found
    assert refusal(game, data).startswith("voice.messages_at: expected the time each message waiting began to wait")


def test_a_brain_with_no_patrol_may_hold_any_waypoint(game, data):
    entity, found = next((entity, found) for entity, found in data["entities"]
                         if "Brain" in found and not found["Brain"]["patrol"])
    found["Brain"]["waypoint"] = 9  # it heads home, never for a point of a patrol
    restores(game, data)


def test_a_brain_at_its_patrol_s_last_point_restores(game, data):
    entity, found = next((entity, found) for entity, found in data["entities"]
                         if "Brain" in found and found["Brain"]["patrol"])
    found["Brain"]["waypoint"] = len(found["Brain"]["patrol"]) - 1
    restores(game, data)


def test_a_machine_on_the_map_s_far_corner_restores_and_one_just_past_it_is_refused(game, data):
    width, height = game.res.level.pixel_size
    entity, found = first_with(data, "Brain")
    found["Position"]["x"], found["Position"]["y"] = float(width), float(height)
    restore(game.res.level, game.res.catalog, data).close()
    found["Position"]["y"] = height + 0.5
    assert refusal(game, data) == f"entity {entity}, Position: expected a machine on the map (0 to {width} x 0 to " \
                                  f"{height} px), found one at ({width:g}, {height + 0.5:g})"
