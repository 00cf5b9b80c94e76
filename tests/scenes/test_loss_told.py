"""The result screen of a level lost says what wrecked the Layzner, or how far it got as time ran out, and the hint that
follows (game/loss.py), in the subtitle's place above the table."""

import dataclasses

import pygame

from game.loss import FOURON_HINT
from game.scenes import result as result_module
from game.sim.components import Dash, Health
from game.view import text as text_module
from tests.drawn_words import record_drawn_rects
from tests.scenes.conftest import until_result


def test_a_lost_level_says_what_wrecked_the_layzner_and_a_hint_above_the_table(play, config_dir, monkeypatch):
    play.game.world.get(play.game.player, Health).hit_points = 1.0  # the two Dis beside it wreck it at their first hit
    play.step()  # Fouron seizes it...
    play.game.world.get(play.game.player, Dash).invulnerable_left = 0.0  # ...its grace as it seizes spent
    result = until_result(play.ctx, play)
    assert play.game.outcome == "lost"
    rows = record_drawn_rects(monkeypatch, text_module)  # draw_lines sets each row through the text module
    table = record_drawn_rects(monkeypatch, result_module)
    result.draw(pygame.display.get_surface(), 1.0)
    said = " ".join([*rows, *table])
    assert "Dis rifle fire wrecked the Layzner" in said and "Eiji's machine is lost" not in said
    story, hint = play.loss_watch.loss.lines()
    # Below a quarter of its armour, with Dis in sight, the Layzner is Fouron's as it falls: the way back is the hint
    assert hint == FOURON_HINT
    hint = FOURON_HINT.replace("{dash}", "SPACE")  # named as the player has dash bound
    assert story in said and hint in said
    lowest = max(rect.bottom for words, rect in rows.items() if words in story or words in hint)
    assert lowest < table["THIS RUN"].top  # above the table's heading, not over it


def test_a_level_out_of_time_says_how_far_the_layzner_got_and_a_hint_in_the_subtitles_place(play, config_dir,
                                                                                             monkeypatch):
    game = play.game
    game.world.get(game.player, Health).hit_points = 10_000  # out of time, not wrecked
    game.res.level = dataclasses.replace(game.res.level, time_limit=game.seconds + 0.5)
    result = until_result(play.ctx, play)
    assert game.outcome == "lost" and game.res.outcome_reason == "time"
    rows = record_drawn_rects(monkeypatch, text_module)
    table = record_drawn_rects(monkeypatch, result_module)
    result.draw(pygame.display.get_surface(), 1.0)
    said = " ".join([*rows, *table])
    story, hint = play.loss_watch.loss.lines()
    assert story == "Time ran out with 2 machines still to stop."  # a map with no objectives: its two Dis stand
    assert story in said and hint in said and "TIME UP" in said
    assert "Out of time. The Gradosian reinforcements have arrived." not in said  # the bare subtitle it replaces
