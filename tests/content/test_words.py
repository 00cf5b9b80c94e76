"""Words spelt one way for every message and page: "1 tile" and "3 tiles", an objective's order inside a sentence."""

from game.content.words import counted, order_in_sentence


def test_one_is_singular_and_every_other_count_plural():
    assert counted(1, "run") == "1 run"
    assert counted(0, "run") == "0 runs"
    assert counted(2, "more problem") == "2 more problems"


def test_an_order_ending_in_its_own_mark_ends_a_sentence_once():
    assert order_in_sentence("Take the beacon!") == "Take the beacon"
    assert order_in_sentence("  Hold the landing beacon. ") == "Hold the landing beacon"
    assert order_in_sentence("Where is the relay?") == "Where is the relay"
    assert order_in_sentence("...") == "..."  # nothing but marks: left as written


def test_the_notice_and_rei_name_an_order_ending_in_an_exclamation_mark_with_one_full_stop():
    from game.sim.events import ObjectiveOpened, ObjectiveReached
    from game.view.hud_words import objective_notice
    notice = objective_notice([ObjectiveReached(50, "Silence the relay post", 1)],
                              [ObjectiveOpened(51, "Take the beacon!")])
    assert notice == "Objective reached. Next: Take the beacon."
