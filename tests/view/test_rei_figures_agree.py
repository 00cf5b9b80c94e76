"""Rei's marker and her panel agree: while her line recommending a target is up, the marker reads the figures it
quotes, not a live share that has drifted a point from them since."""

import math

import pygame
import pytest

from game.content.feel import load_feel
from game.settings import Settings
from game.sim.components import Brain
from game.sim.events import AdvisorSpoke
from game.sim.resources import Advice
from game.view import rei_marker
from game.view.advisor_panel import FADE
from game.view.renderer import Renderer
from game.view.sprites import SpriteBank
from tests.drawn_words import record_drawn_words
from tests.maps import game_from_ascii
from tests.sim.test_speech import hear, quiet
from tests.view.test_advisor_view import ARENA



@pytest.fixture
def game(tmp_path, display):
    game = game_from_ascii(tmp_path, ARENA)
    game.step()
    quiet(game)
    yield game
    game.close()


def marker_reads(renderer, game, words) -> list[str]:
    """The marker's numbers as one frame draws them."""
    words.clear()
    renderer.draw(pygame.Surface((1280, 720)), game, 1.0, 1 / 60)
    return [text for text in words if "THREAT" in text]


def test_while_rei_s_recommendation_is_up_her_marker_reads_the_share_her_line_quotes(game, monkeypatch):
    words = record_drawn_words(monkeypatch, rei_marker)
    renderer = Renderer(game, (1280, 720), SpriteBank(), load_feel())
    target = next(entity for entity, _ in game.world.query(Brain))
    game.res.advice = Advice(target, 0.7523, 1.6)
    said = list(hear(game))
    line = next(event.text for event in said if isinstance(event, AdvisorSpoke))
    assert "75 percent" in line
    renderer.update(game, said, (0, 0), 1 / 60, Settings())
    assert marker_reads(renderer, game, words) == ["KILL IN 1.6 s · −75% THREAT"]
    game.res.advice = Advice(target, 0.7407, 1.6)  # Rei reconsiders a quarter second later: the same target, 74
    renderer.update(game, [], (0, 0), 1 / 60, Settings())
    assert renderer.panel.line.text == line and renderer.panel.opacity == 1.0  # her line is still being typed
    assert marker_reads(renderer, game, words) == ["KILL IN 1.6 s · −75% THREAT"]  # not 74 beside her "75 percent"
    for _ in range(math.ceil((renderer.panel.line.typing_time + FADE) * 60) + 1):
        renderer.update(game, [], (0, 0), 1 / 60, Settings())
    assert renderer.panel.opacity == 0.0  # outdated, it went once typed
    assert marker_reads(renderer, game, words) == ["KILL IN 1.6 s · −74% THREAT"]  # and the marker reads the live share


def test_rei_s_marker_reads_the_live_share_of_a_new_target_while_her_line_on_the_last_is_up(tmp_path, display,
                                                                                                monkeypatch):
    game = game_from_ascii(tmp_path, [*ARENA[:3], "#..........E.......#", ARENA[4]])
    game.step()
    quiet(game)
    words = record_drawn_words(monkeypatch, rei_marker)
    renderer = Renderer(game, (1280, 720), SpriteBank(), load_feel())
    first, second = [entity for entity, _ in game.world.query(Brain)][:2]
    game.res.advice = Advice(first, 0.7523, 1.6)
    renderer.update(game, list(hear(game)), (0, 0), 1 / 60, Settings())
    game.res.advice = Advice(second, 0.52, 0.9)
    renderer.update(game, [], (0, 0), 1 / 60, Settings())
    assert renderer.panel.opacity == 1.0
    assert marker_reads(renderer, game, words) == ["KILL IN 0.9 s · −52% THREAT"]
