"""Pages over the game (the pause menu, the comms log, the options, the result): the world behind them, without the
HUD's banners and gauges, which would show through and cross their text."""

import pygame
import pytest

from game.scenes.comms import CommsScene
from game.scenes.options import OptionsScene
from game.scenes.pause import PauseScene
from game.scenes.play import PlayScene
from game.scenes.result import ResultScene
from tests.scenes.conftest import hand, make_context


@pytest.fixture
def play(display):
    ctx = make_context()
    scene = PlayScene(ctx)
    ctx.push(scene)
    return scene


def with_and_without_a_banner(play, scene) -> list[bytes]:
    """The screen `scene` draws with no HUD message up, then with one in the middle of the screen."""
    surface = pygame.display.get_surface()
    frames = []
    for message in ("", "ALARM RAISED: EVERY DIS IS COMING"):
        play.renderer.hud.message = (message, 0.0)
        scene.draw(surface, 0.0)
        frames.append(pygame.image.tobytes(surface, "RGB"))
    return frames


def test_the_game_itself_shows_the_banner(play):
    without, with_it = with_and_without_a_banner(play, play)
    assert without != with_it


@pytest.mark.parametrize("page", ["pause", "comms", "options", "result"])
def test_a_page_over_the_game_shows_the_world_behind_it_not_the_hud(play, page):
    ctx = play.ctx
    pause = PauseScene(ctx, play)
    if page == "result":
        play.game.res.outcome = "lost"
    scene = {"pause": lambda: pause, "comms": lambda: CommsScene(ctx, play),
             "options": lambda: OptionsScene(ctx, pause), "result": lambda: ResultScene(ctx, play)}[page]()
    without, with_it = with_and_without_a_banner(play, scene)
    assert without == with_it


def test_the_result_gives_the_time_the_level_was_decided_not_when_its_screen_came_up(play):
    game = play.game
    for _ in range(int(34.9 * 60)):
        game.step()
    game.res.outcome = "won"
    play.ended_tick = game.tick  # as the play scene notes it; the result comes RESULT_DELAY later
    for _ in range(96):
        game.step()
    result = ResultScene(play.ctx, play)
    assert ("Time", "0:34.9", "best 0:34.9") in result.rows  # to the tenth below; the first win, the level's best


def test_the_result_s_words_come_in_with_its_shade_not_before(play):
    play.game.res.outcome = "won"
    result = ResultScene(play.ctx, play)
    surface = pygame.display.get_surface()
    play.backdrop(surface, 0.0)
    world = pygame.image.tobytes(surface, "RGB")
    result.draw(surface, 0.0)  # the screen's first frame
    assert pygame.image.tobytes(surface, "RGB") == world
    result.frame(0.5)
    result.draw(surface, 0.0)
    assert pygame.image.tobytes(surface, "RGB") != world


def test_the_result_s_hint_line_names_the_controls_of_the_device_in_use_below_the_menu(play, monkeypatch):
    import game.scenes.result as result_module
    from game.input.actions import Actions
    from tests.drawn_words import record_drawn_words

    play.game.res.outcome, play.game.res.difficulty = "won", "hard"  # every row: a difficulty, Fouron's kills
    play.game.res.tally.fouron_kills = 1
    result = ResultScene(play.ctx, play)
    assert ("Difficulty", "Hard", "") in result.rows and len(result.rows) == 7
    result.frame(1.0)
    surface = pygame.display.get_surface()
    words = record_drawn_words(monkeypatch, result_module)
    result.draw(surface, 0.0)
    assert words[-1] == "W/S or UP/DOWN choose   ·   RETURN or click select   ·   ESCAPE twice quit"
    assert result.menu.rects[-1].bottom < surface.get_height() - 36  # the last choice stays clear of the hint
    hand(result, Actions(device="pad"))
    words.clear()
    result.draw(surface, 0.0)
    assert words[-1].endswith("B twice quit") and "ESCAPE" not in words[-1]
