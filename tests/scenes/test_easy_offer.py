"""After a mission lost again and again on Normal, the loss page offers Easy plainly (game/scenes/easy_offer.py): on its
third loss in a row, once, on a key, a pad button or a click; taking it restarts the mission on Easy and saves the
setting. Never on Easy or Hard, never for the bot, never on a replay's end."""

import dataclasses

import pygame
import pytest

from game.input.actions import Actions
from game.record import record_result
from game.scenes import result as result_module
from game.scenes.easy_offer import LOSSES_BEFORE_EASY, TAKEN
from game.scenes.play import PlayScene
from game.scenes.result import ResultScene
from game.settings import load_settings, settings_path
from game.sim.components import Dash, Health
from game.sim.resources import Tally
from tests.drawn_words import record_drawn_rects
from tests.scenes.conftest import choose, hand, until_replay_ends, until_result


def lose(play) -> ResultScene:
    """The level in `play` lost at once to the two Dis beside the Layzner: its result screen, come in."""
    play.game.world.get(play.game.player, Health).hit_points = 1.0
    play.step()  # Fouron seizes it...
    play.game.world.get(play.game.player, Dash).invulnerable_left = 0.0  # ...its grace as it seizes spent
    result = until_result(play.ctx, play)
    assert play.game.outcome == "lost"
    return result


def lost_again(ctx, times: int) -> ResultScene:
    """The mission on top of `ctx` lost, then restarted from its result and lost, `times` in all: the last result."""
    result = lose(ctx.stack[-1])
    for _ in range(times - 1):
        choose(ctx, "Restart")
        result = lose(ctx.stack[-1])
    return result


def drawn(result, monkeypatch) -> dict:
    """The words the page draws, where."""
    rects = record_drawn_rects(monkeypatch, result_module)
    result.draw(pygame.display.get_surface(), 1.0)
    return rects


def offer_line(rects) -> str:
    return next((words for words in rects if "restart on Easy" in words), "")


def test_the_third_loss_in_a_row_on_normal_offers_easy_once_with_the_key_that_takes_it(play, monkeypatch):
    ctx = play.ctx
    offered = []
    for _ in range(LOSSES_BEFORE_EASY + 2):
        result = lost_again(ctx, 1)
        offered.append(result.easy)
        rects = drawn(result, monkeypatch)
        assert bool(offer_line(rects)) == result.easy
        if result.easy:
            assert offer_line(rects) == "E or click here to restart on Easy"  # the keyboard's key, as the page names it
            assert f"Lost {LOSSES_BEFORE_EASY} times in a row. On Easy one machine fires at a time, at half pace." \
                in rects
            below = min(rect.top for rect in result.menu.rects)
            assert rects[offer_line(rects)].bottom <= below  # over the menu, on the plate, clear of Restart's row
            assert result.plate.contains(rects[offer_line(rects)])
            assert result.menu.options[result.menu.selected] == "Restart"  # a reflex confirm restarts as ever
        choose(ctx, "Restart")  # declined: played on, on Normal
    assert offered == [False, False, True, False, False]  # once in the run of losses, never asked again as it goes on
    assert load_settings(settings_path())[0].difficulty == "normal"


def test_its_key_restarts_the_mission_on_easy_and_saves_the_setting_as_options_does(play, monkeypatch):
    ctx = play.ctx
    result = lost_again(ctx, LOSSES_BEFORE_EASY)
    hand(result, Actions(menu_easy=True))
    again = ctx.stack[-1]
    assert isinstance(again, PlayScene) and again is not play and again.game.res.difficulty == "easy"
    assert ctx.settings.difficulty == "easy" and load_settings(settings_path())[0].difficulty == "easy"
    assert again.toast[0] == TAKEN  # the new run says so, and where to change it back
    assert lose(again).easy is False  # never offered on Easy
    assert "Difficulty" in [label for label, _ in ctx.stack[-1].lines]


def test_a_pad_player_is_offered_it_on_the_pad_s_button_and_a_mouse_player_takes_it_with_a_click(play, monkeypatch):
    ctx = play.ctx
    result = lost_again(ctx, LOSSES_BEFORE_EASY)
    hand(result, Actions(device="pad", pad_layout="playstation"))
    assert offer_line(drawn(result, monkeypatch)) == "TRIANGLE to restart on Easy"
    hand(result, Actions())
    rects = drawn(result, monkeypatch)
    hand(result, Actions(click=rects[offer_line(rects)].center))
    assert ctx.stack[-1].game.res.difficulty == "easy"


def test_its_key_does_nothing_where_easy_is_not_offered(play):
    ctx = play.ctx
    result = lost_again(ctx, LOSSES_BEFORE_EASY - 1)
    hand(result, Actions(menu_easy=True))
    assert ctx.stack[-1] is result and ctx.settings.difficulty == "normal"


def test_the_count_goes_on_across_runs_of_the_game_and_a_win_starts_it_again(play):
    for _ in range(LOSSES_BEFORE_EASY - 1):  # lost in an earlier session: the record keeps them
        record_result(play.level_path, Tally(), "lost")
    assert lose(play).easy
    record_result(play.level_path, Tally(), "won")
    choose(play.ctx, "Restart")
    assert not lose(play.ctx.stack[-1]).easy  # the first loss since the win


@pytest.mark.parametrize("difficulty", ["easy", "hard"])
def test_easy_is_not_offered_on_easy_nor_on_hard_a_players_own_choice(play, difficulty):
    play.ctx.settings = dataclasses.replace(play.ctx.settings, difficulty=difficulty)
    assert play.restart() == ""  # the run starts on the setting
    assert not lost_again(play.ctx, LOSSES_BEFORE_EASY).easy


def test_a_run_on_normal_with_easy_already_chosen_for_the_next_is_not_offered_it(play):
    ctx = play.ctx
    lost_again(ctx, LOSSES_BEFORE_EASY - 1)
    choose(ctx, "Restart")
    ctx.settings = dataclasses.replace(ctx.settings, difficulty="easy")  # Options, paused mid-run: from the next run
    result = lose(ctx.stack[-1])
    assert result.play.game.res.difficulty == "normal" and not result.easy


def test_the_bot_is_never_offered_it(play):
    play.ctx.bot = True
    assert not lost_again(play.ctx, LOSSES_BEFORE_EASY).easy


def test_a_replay_of_the_run_offers_nothing_and_its_key_does_nothing_there(play):
    ctx = play.ctx
    result = lost_again(ctx, LOSSES_BEFORE_EASY)
    choose(ctx, "Watch replay")
    end = until_replay_ends(ctx, 400)
    assert not isinstance(end, ResultScene)
    hand(end, Actions(menu_easy=True))
    assert ctx.stack[-1] is end and ctx.settings.difficulty == "normal"
    assert result.easy  # the result page, gone back to, still offers it


def test_a_notice_under_the_table_takes_the_why_s_row_and_the_way_to_take_easy_stays(play, monkeypatch):
    result = lost_again(play.ctx, LOSSES_BEFORE_EASY)
    result.notice = "Could not play the replay: the file is gone"
    rects = drawn(result, monkeypatch)
    assert offer_line(rects) == "E or click here to restart on Easy"
    assert not any(words.startswith("Lost ") for words in rects)
    assert rects[offer_line(rects)].bottom <= min(rect.top for rect in result.menu.rects)
