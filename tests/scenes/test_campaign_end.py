"""The campaign's end as a player finishing it sees it: Rei's last word under CAMPAIGN COMPLETE, in her numbers, and a
page that stands balanced between the screen's top and its hint line, whole however full it is."""

import pygame
import pytest

from game.content.advisor import fill
from game.content.chain import LEVELS
from game.input.actions import Actions
from game.record import record_result
from game.scenes import result as result_module
from game.scenes.play import PlayScene
from game.sim.resources import Tally
from game.view import text as text_module
from game.view.text import font
from tests.drawn_words import record_drawn_rects, record_drawn_words
from tests.scenes.conftest import make_context, until_result

EARLIER = ("mars_base", "outpost", "storm_canyon", "new_york", "landing_field")


def last_mission_won(ctx, tally=Tally(destroyed=4, spared=1)):
    """The Gradosian Command launched from the missions page, the five missions before it won, and won."""
    for name in EARLIER:
        record_result(LEVELS / f"{name}.tmx", Tally(destroyed=6, spared=2), "won")
    ctx.stack[-1].handle(Actions(menu_confirm=True))  # Launch: the missions page, the Gradosian Command chosen
    ctx.stack[-1].handle(Actions(menu_confirm=True))
    play = ctx.stack[-1]
    assert isinstance(play, PlayScene) and play.level_path.name == "command.tmx"
    play.game.res.tally = tally
    play.game.res.outcome = "won"
    result = until_result(ctx, play)
    assert result.campaign_won
    return result


def test_rei_says_her_last_word_in_her_numbers_under_campaign_complete(ctx, monkeypatch):
    said = record_drawn_words(monkeypatch, result_module)
    rows = record_drawn_words(monkeypatch, text_module)  # what draw_lines sets, row by row
    result = last_mission_won(ctx)
    result.draw(pygame.display.get_surface(), 1.0)
    lines = result.play.game.res.catalog.advisor.campaign_complete
    expected = fill(lines[result.play.seed % len(lines)], missions=6, destroyed=5 * 6 + 4, spared=5 * 2 + 1)
    assert "CAMPAIGN COMPLETE" in said and "REI" in said
    assert " ".join(rows[:2]) == expected  # whole, in two rows, nothing cut
    assert "34" in expected and "11" in expected


def test_a_designer_s_own_campaign_and_a_mission_s_end_have_no_word_of_rei_s(ctx, monkeypatch, tmp_path):
    from tests.scenes.conftest import TWO_ENEMIES
    from tests.test_campaign import chain
    from tests.maps import TILE
    from game.scenes.title import TitleScene
    said = record_drawn_words(monkeypatch, result_module)
    ctx.stack[-1].handle(Actions(menu_confirm=True))  # the Mars base, the first mission
    play = ctx.stack[-1]
    play.game.res.outcome = "won"
    until_result(ctx, play).draw(pygame.display.get_surface(), 1.0)
    assert "MISSION COMPLETE" in said and "REI" not in said
    said.clear()
    pygame.image.save(pygame.Surface((TILE * 2, TILE)), tmp_path / "test.png")  # the test tileset's image
    context = make_context(chain(tmp_path, "a.tmx", rows=TWO_ENEMIES))  # as --campaign a.tmx starts it
    context.push(TitleScene(context))
    context.stack[-1].handle(Actions(menu_confirm=True))
    play = context.stack[-1]
    play.game.res.outcome = "won"
    result = until_result(context, play)
    result.draw(pygame.display.get_surface(), 1.0)
    assert "CAMPAIGN COMPLETE" in said and "Every mission is won." in said and "REI" not in said


def test_the_campaign_page_stands_midway_with_no_empty_band_over_its_menu(ctx, monkeypatch):
    """The menu stood at 450 px however little was above it: at the campaign's end (one row under the table, three
    choices) a band of bare plate over the menu, and the page's foot far above the hint line."""
    rects = record_drawn_rects(monkeypatch, result_module)
    result = last_mission_won(ctx)
    surface = pygame.display.get_surface()
    result.draw(surface, 1.0)
    title, hint = rects["CAMPAIGN COMPLETE"], rects[next(text for text in rects if "choose" in text)]
    [record_row] = [rect for text, rect in rects.items() if text.startswith("New York, Gradosian Command")]
    first, last = result.menu.rects[0], result.menu.rects[-1]  # each option's words, 7 px more above and below
    band = first.top + 7 - record_row.bottom
    # what stands there: the room kept for a second row of a notice, and the gap before the menu
    assert band <= font(20).get_linesize() + 20 + 12, band
    above, below = title.top, hint.top - (last.bottom - 7)
    assert abs(above - below) <= 24, (above, below)


@pytest.mark.parametrize("last", [True, False])
def test_the_fullest_result_page_stands_whole_above_its_hint_line(ctx, monkeypatch, last):
    """Seven rows (a difficulty, Fouron's kills), a notice of two rows, and Rei's last word or five choices."""
    rects = record_drawn_rects(monkeypatch, result_module)
    tally = Tally(destroyed=1234, spared=567, takeovers=3, fouron_kills=9)
    if last:
        result = last_mission_won(ctx, tally)
    else:
        ctx.stack[-1].handle(Actions(menu_confirm=True))
        play = ctx.stack[-1]
        play.game.res.tally, play.game.res.outcome = tally, "won"
        result = until_result(ctx, play)
        assert result.menu.options[0] == "Next mission" and len(result.menu.options) == 5  # Missions too
    result.play.game.res.difficulty = "hard"
    result.rows = result._rows()
    assert len(result.rows) == 7
    result.notice = "Could not play the replay: " + "a reason long enough to take two rows " * 4
    surface = pygame.display.get_surface()
    result.draw(surface, 1.0)
    hint = rects[next(text for text in rects if "choose" in text)]
    title = rects["CAMPAIGN COMPLETE" if last else "MISSION COMPLETE"]
    assert title.top >= 0
    assert result.menu.rects[-1].bottom - 7 + 12 <= hint.top  # the plate's foot (PLATE_PAD) above the hint line
    assert all(surface.get_rect().contains(rect) for rect in rects.values())


def test_a_win_with_a_next_mission_comes_up_without_reading_the_campaign(ctx, monkeypatch):
    """Only the last mission's win can end the campaign: the screen after any other reads none of the campaign's maps
    (that read took 80 ms of the frame the screen came up in)."""
    read, load_campaign = [], result_module.load_campaign
    monkeypatch.setattr(result_module, "load_campaign", lambda *args: read.append(args) or load_campaign(*args))
    ctx.stack[-1].handle(Actions(menu_confirm=True))  # the Mars base, the first mission
    play = ctx.stack[-1]
    play.game.res.outcome = "won"
    result = until_result(ctx, play)
    assert result.next_level and not result.campaign_won
    assert read == []
