"""The pages a player opens cost little in their first frames: the faces they set words in are warmed ahead, a few
glyphs a frame, by the level as it plays (the pause menu, the result, End of replay) and by the title as it waits (the
missions page, then Options), so they render no glyphs as they show; and the result, which comes in from nothing,
sets no words in its first frame, where none would show. Each test starts with the text caches empty, as a session
does."""

import pygame
import pytest

from game.content.chain import LEVELS
from game.input.actions import Actions
from game.record import record_result
from game.scenes import menu as menu_module
from game.scenes import result as result_module
from game.scenes.missions import MissionsScene
from game.scenes.options import OptionsScene
from game.scenes.pause import PauseScene
from game.scenes.replay import EndOfReplayScene, ReplayScene
from game.sim.resources import Tally
from game.view import text
from tests.drawn_words import record_drawn_words
from tests.scenes.conftest import hand, make_context, recorded, until_replay_ends, until_result
from tests.scenes.test_flow import launch, won
from tests.wrecks import wreck

FRAME = 1 / 60


@pytest.fixture(autouse=True)
def session_start(monkeypatch):
    """The fonts and words as a session starts: none rendered yet (other tests' left in them would hide the change)."""
    for cache in ("_fonts", "_rendered", "_plain"):
        monkeypatch.setattr(text, cache, {})


def glyphs() -> dict:
    return {key: set(face._glyphs) for key, face in text._fonts.items()}


def rendered_by(page) -> dict:
    """(size, bold) → the characters whose glyphs drawing `page` rendered."""
    before = glyphs()
    page.draw(pygame.display.get_surface(), 0.0)
    return {key: "".join(sorted(chars - before.get(key, set()))) for key, chars in glyphs().items()
            if chars - before.get(key, set())}


def played(play, seconds: float) -> None:
    """`seconds` of the level's frames, the app's frame() each."""
    for _ in range(round(seconds / FRAME)):
        play.frame(FRAME)


def test_the_result_of_a_win_renders_no_glyph_as_it_comes_in_after_seconds_of_play(ctx):
    play = launch(ctx)
    played(play, 5.0)
    result = won(ctx, play)
    result.age = FRAME  # the page's first showing, a frame in: it comes in with the shade
    assert rendered_by(result) == {}


def test_the_result_of_a_loss_renders_no_glyph_as_it_comes_in_after_seconds_of_play(ctx):
    play = launch(ctx)
    played(play, 5.0)
    wreck(play.game, play.game.player)
    result = until_result(ctx, play)
    assert not result.won and result.told
    result.age = FRAME
    assert rendered_by(result) == {}


def test_the_pause_menu_a_second_into_the_level_renders_no_glyph_as_it_opens(ctx):
    play = launch(ctx)
    played(play, 1.0)
    hand(play, Actions(pause=True))
    pause = ctx.stack[-1]
    assert isinstance(pause, PauseScene)
    assert rendered_by(pause) == {}


def test_the_missions_page_renders_no_glyph_as_launch_opens_it_after_seconds_on_the_title(ctx):
    record_result(LEVELS / "mars_base.tmx", Tally(destroyed=6), "won")  # Launch shows the missions
    title = ctx.stack[-1]
    title.draw(pygame.display.get_surface(), 0.0)  # the start-up's frame, then the title's own
    for _ in range(round(3.0 / FRAME)):
        title.frame(FRAME)
    title.handle(Actions(menu_confirm=True))
    page = ctx.stack[-1]
    assert isinstance(page, MissionsScene)
    assert rendered_by(page) == {}


def test_options_renders_no_glyph_as_it_opens_after_seconds_on_the_title(ctx):
    """The title warmed the missions page's faces alone: Options rendered its own as it opened, 20-24 ms frames."""
    title = ctx.stack[-1]
    title.draw(pygame.display.get_surface(), 0.0)
    for _ in range(round(4.0 / FRAME)):  # the missions page's faces, then Options'
        title.frame(FRAME)
    title.menu.selected = title.menu.options.index("Options")
    title.handle(Actions(menu_confirm=True))
    page = ctx.stack[-1]
    assert isinstance(page, OptionsScene)
    assert rendered_by(page) == {}


def test_end_of_replay_renders_no_glyph_as_it_opens_after_seconds_of_the_replay(display):
    context = make_context()
    watching = ReplayScene(context, recorded(context, 30))
    context.push(watching)
    played(watching, 5.0)
    watching.draw(pygame.display.get_surface(), 0.0)  # the replay as shown: its plate's words are its own
    end = until_replay_ends(context)
    assert isinstance(end, EndOfReplayScene)
    assert rendered_by(end) == {}


def test_the_result_s_first_frame_is_the_world_as_the_level_ended_with_no_words_set_for_a_page_not_yet_shown(
        ctx, monkeypatch):
    """The shade and the page come in over 0.5 s from nothing: in the frame the screen comes up in (its age 0) neither
    shows, and the page was set, glyphs and words, for nothing, in the frame the level's end already fills."""
    said = record_drawn_words(monkeypatch, result_module, menu_module, text)
    play = launch(ctx)
    result = won(ctx, play)
    result.age = 0.0
    world, first = pygame.Surface((1280, 720)), pygame.Surface((1280, 720))
    play.backdrop(world, 0.0)
    said.clear()
    result.draw(first, 0.0)
    assert said == []
    assert pygame.image.tobytes(first, "RGB") == pygame.image.tobytes(world, "RGB")
    result.frame(FRAME)
    result.draw(first, 0.0)
    assert "MISSION COMPLETE" in said  # the next frame it comes in
