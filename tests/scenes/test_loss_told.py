"""The result screen of a level lost says what wrecked the Layzner and the hint that follows (game/loss.py), in the
subtitle's place above the table."""

import pygame

from game.scenes import result as result_module
from game.sim.components import Health
from game.view import text as text_module
from tests.drawn_words import record_drawn_rects
from tests.scenes.conftest import until_result


def test_a_lost_level_says_what_wrecked_the_layzner_and_a_hint_above_the_table(play, config_dir, monkeypatch):
    play.game.world.get(play.game.player, Health).hit_points = 1.0  # the two Dis beside it wreck it at their first hit
    result = until_result(play.ctx, play)
    assert play.game.outcome == "lost"
    rows = record_drawn_rects(monkeypatch, text_module)  # draw_lines sets each row through the text module
    table = record_drawn_rects(monkeypatch, result_module)
    result.draw(pygame.display.get_surface(), 1.0)
    said = " ".join([*rows, *table])
    assert "Dis rifle fire wrecked the Layzner" in said and "Eiji's machine is lost" not in said
    story, hint = play.loss_watch.loss.lines()
    assert hint == "{dash} dashes through fire, and walls stop it: fight from cover."  # nothing more follows here
    hint = "SPACE dashes through fire, and walls stop it: fight from cover."  # named as the player has dash bound
    assert story in said and hint in said
    lowest = max(rect.bottom for words, rect in rows.items() if words in story or words in hint)
    assert lowest < table["THIS RUN"].top  # above the table's heading, not over it
