"""A slip of the keyboard is told from a name of the writer's own, and only a slip gets a "did you mean"."""

import pytest

from game.content.spelling import nearest, one_slip, slips, suggest


@pytest.mark.parametrize("typed, meant, count", [
    ("kind", "kind", 0),
    ("kidn", "kind", 1),  # two neighbours swapped: one slip, not two letters changed
    ("strenght", "strength", 1),
    ("wind_sped", "wind_speed", 1),  # a letter left out
    ("objecttive", "objective", 1),  # one added
    ("dis2", "dis", 1),
    ("story", "storm", 1),  # one changed
    ("custom0", "storm", 4),
    ("", "kind", 4),
])
def test_slips_count_changes_omissions_additions_and_swaps_one_each(typed, meant, count):
    assert slips(typed, meant) == count
    assert slips(meant, typed) == count


def test_a_slip_is_one_in_a_short_word_two_in_a_longer_one_case_aside():
    assert one_slip("kidn", ["kind", "patrol"]) == "kind"
    assert one_slip("kidnn", ["kind"]) is None  # five letters, two slips: a word of its own
    assert one_slip("wnid_sped", ["wind_speed"]) == "wind_speed"  # nine letters, two slips
    assert one_slip("wnid_sepd", ["wind_speed"]) is None  # three
    assert one_slip("TITLE", ["title"]) == "title"
    assert one_slip("custom0", ["music", "storm", "title", "wind"]) is None
    assert one_slip("anything", []) is None


def test_the_nearest_name_is_offered_and_of_equals_the_first_in_order():
    assert one_slip("winds", ["wind_speed", "wind"]) == "wind"
    assert one_slip("cat", ["cut", "bat"]) == "bat"
    assert nearest("wnid", ["wind", "kind"], 2) == "wind"
    assert nearest("wnid", ["wind", "kind"], 0) is None


def test_suggest_lists_the_known_names_and_offers_a_name_within_two_slips_of_a_word_of_four_letters_or_more():
    assert suggest("strom", {"storm": 1, "wind": 2}) == 'did you mean "storm"? known: storm, wind'
    assert suggest("hete", ["heat"]) == 'did you mean "heat"? known: heat'  # two slips: a hint, not a refusal
    assert one_slip("hete", ["heat"]) is None
    assert suggest("dsi", ["dis"]) == 'did you mean "dis"? known: dis'
    assert suggest("sid", ["dis"]) == "known: dis"  # three letters, two slips: one at most
    assert suggest("custom0", ["wind", "storm"]) == "known: storm, wind"
