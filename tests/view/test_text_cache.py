"""The words cache: the HUD's words stay rendered while a changing number fills it."""

import pygame

from game.view import text
from game.view.text import RENDERED_KEPT, draw_text


def test_words_drawn_every_frame_stay_cached_while_a_changing_number_fills_the_cache(monkeypatch):
    pygame.init()
    text._rendered.clear()
    text._plain.clear()
    rendered = []
    render = text.Face.render
    monkeypatch.setattr(text.Face, "render", lambda face, words: rendered.append(words) or render(face, words))
    surface = pygame.Surface((400, 100))
    for frame in range(3 * RENDERED_KEPT):
        draw_text(surface, "ARMOUR", (0, 0), 18)
        draw_text(surface, str(100_000 + frame), (0, 30), 18)  # the armour under fire: a new number each frame
    assert rendered.count("ARMOUR") == 1  # never rendered again in one frame with everything else on screen
    assert len(text._rendered) <= RENDERED_KEPT
    pygame.quit()
