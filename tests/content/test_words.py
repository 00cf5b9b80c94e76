"""Counted nouns: one spelling of "1 tile" and "3 tiles" for every message and page."""

from game.content.words import counted


def test_one_is_singular_and_every_other_count_plural():
    assert counted(1, "run") == "1 run"
    assert counted(0, "run") == "0 runs"
    assert counted(2, "more problem") == "2 more problems"
