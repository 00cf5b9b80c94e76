"""A mission's best time where a player looks: beside this run's time on the result, NEW BEST when a win beats it,
and on the missions page's line about the chosen mission."""

import pygame

from game.campaign import load_campaign
from game.content.chain import LEVELS
from game.input.actions import Actions
from game.record import Counts, Record, load_record, record_result
from game.scenes import missions as missions_module
from game.scenes import result as result_module
from game.scenes.missions import PLATE_WIDTH, MissionsScene
from game.scenes.result import SETTLE, ResultScene
from game.sim.resources import TICK_RATE, Tally
from tests.drawn_words import record_drawn_rects, record_drawn_words


def finish(play, outcome: str, seconds: float) -> ResultScene:
    """The level decided `seconds` of game time in (as a run resumed from a save counts them too), its result up."""
    play.game.res.outcome = outcome
    play.ended_tick = round(seconds * TICK_RATE)
    result = ResultScene(play.ctx, play)
    result.frame(SETTLE)  # come in: its first frame shows none of the page
    result.draw(pygame.display.get_surface(), 1.0)
    return result


def test_the_best_time_stands_beside_this_runs_time_and_new_best_shows_only_when_a_win_beats_it(play, monkeypatch):
    said = record_drawn_words(monkeypatch, result_module)
    result = finish(play, "won", 40.5)
    assert result.rows[0] == ("Time", "0:40.5", "best 0:40.5") and "NEW BEST" in said  # the first win is the best
    for outcome, seconds in [("won", 45.0), ("lost", 12.0), ("won", 40.5)]:  # slower, a loss, a tie
        said.clear()
        result = finish(play, outcome, seconds)
        assert result.rows[0][2] == "best 0:40.5" and "NEW BEST" not in said
    said.clear()
    result = finish(play, "won", 38.25)
    assert result.rows[0] == ("Time", "0:38.2", "best 0:38.2") and "NEW BEST" in said  # to the tenth below, as kept
    assert load_record().level(play.level_path).best_time == 38.2


def test_new_best_is_set_in_this_runs_column_clear_of_the_career_column(play, monkeypatch):
    rects = record_drawn_rects(monkeypatch, result_module)
    finish(play, "won", 59 * 60 + 59.9)
    heading = rects.get("CAREER") or rects["YOUR MAPS"]  # the test's map is a designer's own
    assert rects["best 59:59.9"].left >= heading.left
    assert rects["NEW BEST"].right <= heading.left and rects["NEW BEST"].left > rects["Time"].right


def test_the_career_column_calls_the_time_a_best_and_says_so_when_there_is_none(play, monkeypatch):
    """Under CAREER a bare time read as the time played in all; and a loss before any win left the cell blank."""
    rects = record_drawn_rects(monkeypatch, result_module)
    finish(play, "lost", 12.0)
    heading = rects.get("CAREER") or rects["YOUR MAPS"]
    assert rects["no win yet"].left == heading.left and rects["no win yet"].top == rects["Time"].top
    rects.clear()
    finish(play, "won", 65.3)
    best = rects["best 1:05.3"]  # the time is this run's and the best
    assert best.left == rects["CAREER" if "CAREER" in rects else "YOUR MAPS"].left and best.top == rects["Time"].top
    assert best.right <= pygame.display.get_surface().get_width() / 2 + result_module.WIDE / 2  # on the table


def test_the_missions_page_gives_the_chosen_missions_best_time_on_its_one_line(ctx, monkeypatch):
    said = record_drawn_words(monkeypatch, missions_module)
    record_result(LEVELS / "mars_base.tmx", Tally(destroyed=6, spared=2), "won", seconds=94.6)
    record_result(LEVELS / "mars_base.tmx", Tally(destroyed=4), "won", seconds=101.0)
    record_result(LEVELS / "outpost.tmx", Tally(destroyed=1), "lost", seconds=30.0)
    ctx.stack[-1].handle(Actions(menu_confirm=True))  # Launch: the missions page, the outpost chosen
    page = ctx.stack[-1]
    page.draw(pygame.display.get_surface(), 1.0)
    assert "Mission 2 of 6 · 1 run finished, 0 won · 1 destroyed, 0 spared" in said  # no win, no best
    page.handle(Actions(menu_up=True))
    said.clear()
    page.draw(pygame.display.get_surface(), 1.0)
    assert "Mission 1 of 6 · 2 runs finished, 2 won · best 1:34.6 · 10 destroyed, 2 spared" in said


def test_a_long_careers_line_with_its_best_stays_one_line_on_the_missions_plate(ctx, monkeypatch):
    rects = record_drawn_rects(monkeypatch, missions_module)
    most = 1_000_000_000
    counts = Counts(runs=most, won=most, destroyed=most, spared=most, best_time=most)
    page = MissionsScene(ctx, ctx.stack[-1], load_campaign(LEVELS / "mars_base.tmx", Record({"mars_base": counts})))
    page.handle(Actions(menu_up=True))
    page.draw(pygame.display.get_surface(), 1.0)
    [line] = [rect for text, rect in rects.items() if text.startswith("Mission 1 of 6")]
    assert line.width <= PLATE_WIDTH and line.height < 40
