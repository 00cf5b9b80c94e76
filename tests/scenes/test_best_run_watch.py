"""Watching a best run from the missions page: read once the page has said so, in the frame after; a campaign of one
map, once won, shows the page its best run is watched from; a best/ folder that cannot be one is named on the page as
the result names it."""

import os

import pygame
import pytest

from game import replay as replay_module
from game.best_runs import keep_best_run, won_in
from game.content.chain import LEVELS
from game.input.actions import Actions
from game.record import record_result
from game.result_delay import RESULT_DELAY
from game.scenes import missions as missions_module
from game.scenes import replay as replay_scene_module
from game.scenes.missions import MissionsScene
from game.scenes.play import PlayScene
from game.scenes.replay import EndOfReplayScene, ReplayScene
from game.scenes.result import SETTLE
from game.sim.resources import TICK_RATE, Tally
from game.view.text import clock_text
from tests.drawn_words import record_drawn_words
from tests.scenes.test_best_run import missions_page, record_mars_run, watch
from tests.scenes.test_replay_scene import choose, launched_duel, play_a_while, win

MARS = LEVELS / "mars_base.tmx"


def keep_mars_run(ctx, player_files, ticks: int):
    """A run on the Mars base kept as its best run, and the record's best time its own: the run to watch."""
    replay = record_mars_run(ctx, ticks)
    replay.save(player_files / "best" / "mars_base.replay")
    record_result(MARS, Tally(), "won", seconds=(replay.ticks - round(RESULT_DELAY * TICK_RATE)) * 10 // TICK_RATE / 10)
    return replay


def test_r_says_the_page_reads_the_best_run_and_reads_it_in_the_next_frame_then_watches_it(ctx, player_files,
                                                                                            monkeypatch):
    """A 5-minute run's file read whole in the frame R was pressed in stalled the page for 200 ms, with nothing said."""
    said = record_drawn_words(monkeypatch, missions_module)
    checked = []
    real = replay_module._check_digests
    monkeypatch.setattr(replay_module, "_check_digests", lambda *a: (checked.append(a[0]), real(*a))[1])
    replay = keep_mars_run(ctx, player_files, 600)
    page = missions_page(ctx)
    page.handle(Actions(menu_watch=True))
    assert ctx.stack[-1] is page and checked == []  # nothing read whole in the frame R was pressed in
    page.frame(1 / 60)
    assert ctx.stack[-1] is page and checked == []  # nor before the page has said so
    page.draw(pygame.display.get_surface(), 1.0)
    assert f"Reading the best run ({clock_text(won_in(replay), tenths=True)})…" in said
    page.frame(1 / 60)
    watching = ctx.stack[-1]
    assert checked == [str(player_files / "best" / "mars_base.replay")]
    assert isinstance(watching, ReplayScene) and watching.back_to is page
    assert watching.replay.to_json() == replay.to_json()


def test_choosing_another_mission_before_the_best_run_is_read_watches_nothing(ctx, player_files):
    keep_mars_run(ctx, player_files, 600)
    page = missions_page(ctx)
    page.handle(Actions(menu_watch=True))
    page.handle(Actions(menu_down=True))  # the outpost
    page.draw(pygame.display.get_surface(), 1.0)
    page.frame(1 / 60)
    assert ctx.stack[-1] is page and page.menu.selected == 1


def test_a_campaign_of_one_map_won_shows_the_missions_page_its_best_run_is_watched_from(display, tmp_path,
                                                                                       player_files, monkeypatch):
    said = record_drawn_words(monkeypatch, missions_module)
    ctx, play = launched_duel(tmp_path)  # a map with no next: a campaign of one (--campaign, --level)
    assert isinstance(play, PlayScene)
    play_a_while(play, 60)
    assert win(ctx, play).new_best
    ctx.close_from(1)  # back on the title
    ctx.stack[-1].handle(Actions(menu_confirm=True))
    page = ctx.stack[-1]
    assert isinstance(page, MissionsScene) and len(page.open) == 1 and page.menu.selected == 0
    page.draw(pygame.display.get_surface(), 1.0)
    assert any(words.startswith("Watch the best run (") for words in said)
    watch(page)
    assert isinstance(ctx.stack[-1], ReplayScene) and ctx.stack[-1].back_to is page
    ctx.close_from(2)
    page.handle(Actions(menu_confirm=True))  # its row plays the mission
    assert isinstance(ctx.stack[-1], PlayScene) and not isinstance(ctx.stack[-1], ReplayScene)


@pytest.mark.parametrize("block, found", [
    (lambda best: best.write_text("not a folder"), "is a file where a folder was expected"),
    (lambda best: best.symlink_to(best.parent / "gone"),
     "is a link to {gone}, which is not there, where a folder was expected"),
    (lambda best: best.symlink_to(best), "is a loop of links, where a folder was expected"),
], ids=["a file", "a broken link", "a loop of links"])
def test_a_best_folder_that_cannot_be_one_is_named_on_the_page_as_the_result_names_it_and_the_mission_plays(
        ctx, player_files, monkeypatch, block, found):
    said = record_drawn_words(monkeypatch, missions_module)
    problems = []
    monkeypatch.setattr(missions_module, "draw_lines", lambda surface, text, *a, **k: problems.append(text))
    record_result(MARS, Tally(), "won", seconds=94.6)
    best = player_files / "best"
    block(best)
    page = missions_page(ctx)
    page.draw(pygame.display.get_surface(), 1.0)
    assert "No replay of the best time to watch: its file is refused (below)" in said
    found = found.format(gone=os.path.realpath(player_files / "gone"))
    assert problems == [f"{best / 'mars_base.replay'}: cannot read it: {best} {found}"]
    # the result's line, as a win cannot keep its run there, in the same words
    kept = keep_best_run(MARS, b"a run", page.open[0].level_hash, 90.0)
    assert kept == f"{best / 'mars_base.replay'}: could not keep the best run: {best} {found}"
    page.handle(Actions(menu_confirm=True))
    assert isinstance(ctx.stack[-1], PlayScene) and ctx.stack[-1].level_path.name == "mars_base.tmx"


def test_seeking_on_past_the_end_of_a_best_run_stops_on_the_end_of_replay_page_whose_back_returns_to_the_page(
        ctx, player_files, monkeypatch):
    """L twice at 0:02 of a short best run was back on the missions page within a second: no End of replay page."""
    said = record_drawn_words(monkeypatch, replay_scene_module)
    replay = keep_mars_run(ctx, player_files, 900)
    page = missions_page(ctx)  # the Mars base chosen, not the outpost the page opens on
    watch(page)
    watching = ctx.stack[-1]
    for _ in range(2 * TICK_RATE):
        watching.step()
    for _ in range(2):  # L tapped twice: 20 s on, past the end
        watching.handle(Actions(menu_seek_forward=True))
    for _ in range(120):
        if ctx.stack[-1] is not watching:
            break
        watching.frame(1 / 60)
        watching.step()
    end = ctx.stack[-1]
    assert isinstance(end, EndOfReplayScene) and end.watched is watching
    assert watching.head.tick == replay.ticks and watching.mismatch is None  # stopped at the end, all of it checked
    assert end.menu.options == ["Watch again", "Back to missions"]
    end.frame(SETTLE)
    end.draw(pygame.display.get_surface(), 1.0)
    assert said[-1] == ("W/S or UP/DOWN choose   ·   RETURN or click select   ·   ESCAPE back to missions   ·   "
                        "J 10 s back, or click the bar")
    choose(end, "Watch again")
    again = ctx.stack[-1]
    assert isinstance(again, ReplayScene) and again is not watching and again.back_to is page
    again.handle(Actions(menu_seek_forward=True))  # from its start: 20 s on, past this 15 s run's end
    again.handle(Actions(menu_seek_forward=True))
    while ctx.stack[-1] is again:
        again.frame(1 / 60)
        again.step()
    ctx.stack[-1].frame(SETTLE)
    ctx.stack[-1].handle(Actions(menu_back=True))  # Back goes back at once: nothing is lost there
    assert ctx.stack[-1] is page and len(ctx.stack) == 2 and page.menu.selected == 0 and ctx.running
