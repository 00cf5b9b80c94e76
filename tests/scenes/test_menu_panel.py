"""The framed plate under every menu page's menu and table (the pause menu, the result, the end of a replay, the title,
the missions page), as Options, Controls and the comms log have one: the busy map never shows through their words."""

import pygame
import pytest

from game.campaign import load_campaign
from game.content.chain import LEVELS
from game.record import record_result
from game.scenes import menu as menu_module
from game.scenes import missions, pause, replay, result, title
from game.scenes.missions import MissionsScene
from game.scenes.pause import PauseScene
from game.scenes.play import PlayScene
from game.scenes.replay import EndOfReplayScene, ReplayScene
from game.scenes.result import ResultScene
from game.scenes.title import TitleScene
from game.sim.resources import Tally
from tests.scenes.conftest import make_context

MODULES = {"pause": pause, "result": result, "end of replay": replay, "title": title, "missions": missions}


def played(ctx) -> PlayScene:
    play = PlayScene(ctx)
    ctx.push(play)
    for _ in range(30):
        play.step()
    return play


def pause_page(ctx):
    return PauseScene(ctx, played(ctx))


def result_page(ctx):
    """Every row the table can have, two rows of a notice under it and four choices: the fullest result."""
    play = played(ctx)
    play.game.res.outcome, play.game.res.difficulty = "won", "hard"
    play.game.res.tally.fouron_kills = 1
    page = ResultScene(ctx, play)
    assert len(page.rows) == 7 and page.menu.options == ["Next mission", "Restart", "Watch replay", "Quit"]
    page.notice = "Could not start the next mission: " + "levels/outpost.tmx is not there at all " * 6
    page.frame(1.0)
    return page


def end_of_replay_page(ctx):
    watching = ReplayScene(ctx, played(ctx).recorder.replay())
    page = EndOfReplayScene(ctx, watching)
    page.warning = "It parted from its recording at tick 12 (Position)."
    return page


def title_page(ctx):
    page = TitleScene(ctx)
    page.menu.options.insert(0, "Continue")
    return page


def missions_page(ctx):
    record_result(LEVELS / "mars_base.tmx", Tally(destroyed=6), "won")
    return MissionsScene(ctx, TitleScene(ctx), load_campaign(LEVELS / "mars_base.tmx"))


PAGES = {"pause": pause_page, "result": result_page, "end of replay": end_of_replay_page, "title": title_page,
         "missions": missions_page}


def drawn(monkeypatch, module) -> tuple[list, list]:
    """The plates the menu code draws, and (words, place) of everything `module` and the menu write, as they draw."""
    plates, words = [], []

    def note_plate(surface, rect, *args, **kwargs):
        plates.append(pygame.Rect(rect))

    monkeypatch.setattr(menu_module, "panel", note_plate, raising=False)
    for writer in (module, menu_module):
        real = writer.draw_text

        def draw_text(surface, text, *args, real=real, **kwargs):
            rect = real(surface, text, *args, **kwargs)
            words.append((text, rect))
            return rect

        monkeypatch.setattr(writer, "draw_text", draw_text)
    return plates, words


@pytest.mark.parametrize("name", PAGES)
def test_a_menu_page_stands_its_menu_and_table_on_one_plate_whose_frame_crosses_no_words(display, monkeypatch, name):
    ctx = make_context()
    page = PAGES[name](ctx)
    plates, words = drawn(monkeypatch, MODULES[name])
    page.draw(display, 1.0)
    assert len(plates) == 1, plates
    [plate] = plates
    options = [rect.inflate(-140, -14) for rect in page.menu.rects]  # each option's words (menu.py's click room)
    assert all(plate.contains(option) for option in options)
    if name == "result":  # the table's labels and figures, this run's and the career's, too
        table = [rect for text, rect in words if text in {cell for row in page.rows for cell in row}]
        assert len(table) >= 2 * len(page.rows) and all(plate.contains(rect) for rect in table)
    crossing = [text for text, rect in words if plate.colliderect(rect) and not plate.contains(rect)]
    assert not crossing
    assert plate.bottom < display.get_height() - 36  # above the hint line


@pytest.mark.parametrize("name", PAGES)
def test_the_map_behind_a_menu_hardly_shows_through_its_plate(display, name):
    """Drawn over a white world and a black one, the room between the options looks almost the same."""
    ctx = make_context()
    page = PAGES[name](ctx)
    frames = []
    for colour in ((255, 255, 255), (0, 0, 0)):
        for scene in (getattr(page, "play", None), getattr(page, "watched", None), getattr(page, "title", None)):
            if scene is not None:
                scene.backdrop = lambda surface, alpha, colour=colour: surface.fill(colour)
        if isinstance(page, TitleScene):
            page.backdrop = lambda surface, alpha, colour=colour: surface.fill(colour)
        page.draw(display, 1.0)
        frames.append(display.copy())
    first, last = page.menu.rects[0], page.menu.rects[-1]
    x = first.centerx + page.menu.width // 2 + 12  # just right of the chosen option's plate, level with the options
    for y in range(first.centery, last.centery, 4):
        lit, dark = frames[0].get_at((x, y)), frames[1].get_at((x, y))
        assert max(abs(a - b) for a, b in zip(lit[:3], dark[:3])) < 40, (y, lit, dark)
