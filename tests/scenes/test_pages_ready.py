"""Pages that come up with their reading done: the result screen finds the next mission's map read as the level was
won, and draws its page once as it fades in (again where what it says changes); the saved run's line (the title's,
the missions page's) reads its map once while the map stands."""

import threading
from pathlib import Path

import pygame

from game.content import chain
from game.scenes import result as result_module
from game.scenes.play import PlayScene
from game.scenes.result import ResultScene
from game.sim.resources import TICK_RATE
from tests.wrecks import wreck

STEP = 1 / TICK_RATE
OUTPOST = "Mars, Relay Outpost — 1996"  # the map the Mars base names next


def decided(ctx) -> PlayScene:
    """The Mars base launched and won: its enemies wrecked, stepped until the rules decide it."""
    play = PlayScene(ctx)
    ctx.open_level(play)
    for entity in play.game.world.entities():
        if entity != play.game.player:
            wreck(play.game, entity)
    while play.ended_tick is None:
        play.step()
    return play


def to_the_result(ctx, play) -> ResultScene:
    while not isinstance(ctx.stack[-1], ResultScene):
        play.step()
    return ctx.stack[-1]


def counting_reads(monkeypatch, *modules) -> list[str]:
    """The maps read whole from now on by `modules`' load_level (those that read maps), by name."""
    reads = []
    for module in modules:
        real = getattr(module, "load_level", None)
        if real is not None:
            monkeypatch.setattr(module, "load_level",
                                lambda path, real=real: reads.append(Path(path).name) or real(path))
    return reads


def test_the_next_mission_s_map_is_read_as_the_level_is_won_and_the_result_screen_reads_none(ctx, monkeypatch):
    """The result screen read the next map whole for its title, 15-25 ms of the frame it came up in."""
    play = decided(ctx)
    for thread in threading.enumerate():  # the read through the result's delay, on a thread of its own: done
        if thread.name == "read next":
            thread.join()
    reads = counting_reads(monkeypatch, chain, result_module)
    page = to_the_result(ctx, play)
    assert page.next_title == OUTPOST and reads == []


def test_the_page_fading_in_is_drawn_once_and_anew_when_it_changes(ctx, display, monkeypatch):
    """Set on a new surface at each of the fade's 30 frames, the page made them 14-17 ms. Kept, it is the page drawn
    anew; a file the writer could not write, found as it fades in, shows at once."""
    page = to_the_result(ctx, decided(ctx))
    drawn = []
    real = ResultScene._draw_page
    monkeypatch.setattr(ResultScene, "_draw_page", lambda self, surface: drawn.append(surface) or real(self, surface))
    for _ in range(TICK_RATE // 3):  # 20 frames of the fade's half second
        page.frame(STEP)
        page.draw(display, 1.0)
    assert len(drawn) == 1
    kept = pygame.image.tobytes(display, "RGB")
    page.fading = None  # drawn anew, as every frame of the fade was
    page.draw(display, 1.0)
    assert pygame.image.tobytes(display, "RGB") == kept and len(drawn) == 2
    page.writes_failed(["/nowhere/last.replay: could not save the replay: No space left on device"])
    page.draw(display, 1.0)
    assert pygame.image.tobytes(display, "RGB") != kept and len(drawn) == 3


def test_the_saved_run_s_line_reads_its_map_once_while_the_map_stands(monkeypatch):
    """The title (each time it was shown again) and the missions page (opening, and Launch asking first) each read the
    saved run's map whole for its title: 15-20 ms of their frames."""
    from game import saves
    from game.session import DEFAULT_LEVEL, new_game
    game = new_game(DEFAULT_LEVEL, 1)
    game.run(seconds=1)
    assert saves.write_save(game, DEFAULT_LEVEL) is None
    monkeypatch.setattr(chain, "_loaded", {})  # none kept yet
    reads = counting_reads(monkeypatch, chain, saves)
    titles = [saves.saved_run().title for _ in range(3)]
    assert titles == ["Mars, UN Base Cydonia — 1996"] * 3 and reads == ["mars_base.tmx"]
