"""The level's title card as it is made: its band's shading across the screen."""

import pygame

from game.view import title_card
from game.view.title_card import TitleCard


def test_the_band_is_made_without_a_line_drawn_down_each_column_and_shades_as_it_did(display, monkeypatch):
    """Made as every level loads: a line drawn down each of its ~1280 columns was half the card's making."""
    lines = []
    monkeypatch.setattr(title_card.pygame.draw, "line", lambda *args, **kwargs: lines.append(args))
    band, words = TitleCard("Mars Base")._build(1280)
    assert lines == []
    # Black, deepest under the words and gone at the sides: each column's alpha as the lines drew it
    expected = [(0, 0, 0, round(150 * min(1.0, 2.4 * (1 - abs(2 * x / 1280 - 1))))) for x in range(1280)]
    for y in (0, band.get_height() - 1):
        assert [tuple(band.get_at((x, y))) for x in range(1280)] == expected
    assert band.get_height() == words.get_height() and band.get_flags() & pygame.SRCALPHA
