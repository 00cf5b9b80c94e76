"""The pages a player presses through to play (the title, the missions page, the result, the end of a replay) do not go
round from their first row, where the player lands, to their last, which leaves: one slip up, then Return, left the
page."""

from game.content.chain import LEVELS
from game.input.actions import Actions
from game.record import record_result
from game.scenes.missions import MissionsScene
from game.scenes.play import PlayScene
from game.scenes.replay import EndOfReplayScene, ReplayScene
from game.scenes.result import SETTLE
from game.sim.resources import Tally
from tests.scenes.conftest import make_context, recorded, until_replay_ends, until_result


def test_up_from_the_first_mission_stays_there_and_return_launches_it_rather_than_going_back(ctx):
    record_result(LEVELS / "mars_base.tmx", Tally(), "won")
    ctx.stack[-1].handle(Actions(menu_confirm=True))  # Launch: the missions page, the outpost chosen
    page = ctx.stack[-1]
    assert isinstance(page, MissionsScene)
    page.handle(Actions(menu_up=True))  # to the Mars base, the first
    ctx.audio.played.clear()
    page.handle(Actions(menu_up=True))  # the slip
    assert page.menu.options[page.menu.selected].startswith("1   Mars") and ctx.audio.played == []
    page.handle(Actions(menu_confirm=True))
    assert isinstance(ctx.stack[-1], PlayScene) and ctx.stack[-1].level_path.name == "mars_base.tmx"


def test_down_from_back_on_the_missions_page_stays_on_back(ctx):
    record_result(LEVELS / "mars_base.tmx", Tally(), "won")
    ctx.stack[-1].handle(Actions(menu_confirm=True))
    page = ctx.stack[-1]
    page.handle(Actions(menu_down=True))  # Back
    page.handle(Actions(menu_down=True))
    assert page.menu.options[page.menu.selected] == "Back"


def test_up_from_launch_on_the_title_does_not_reach_quit(ctx):
    title = ctx.stack[-1]
    title.handle(Actions(menu_up=True))
    assert title.menu.options[title.menu.selected] == "Launch"
    title.handle(Actions(menu_confirm=True))
    assert ctx.running and isinstance(ctx.stack[-1], PlayScene)


def test_up_from_next_mission_on_the_result_does_not_reach_main_menu(ctx):
    ctx.stack[-1].handle(Actions(menu_confirm=True))  # Launch: the Mars base
    play = ctx.stack[-1]
    play.game.res.outcome = "won"
    result = until_result(ctx, play)
    assert result.menu.options[result.menu.selected] == "Next mission"
    result.handle(Actions(menu_up=True))
    result.handle(Actions(menu_confirm=True))
    assert isinstance(ctx.stack[-1], PlayScene) and ctx.stack[-1].level_path.name == "outpost.tmx"


def test_up_from_watch_again_at_the_end_of_a_replay_does_not_reach_quit(display):
    """Watched from the command line its last row is Quit: the slip up, then Return, closed the game."""
    context = make_context()
    context.push(ReplayScene(context, recorded(context, 30)))
    end = until_replay_ends(context)
    assert isinstance(end, EndOfReplayScene) and end.menu.options == ["Watch again", "Quit"]
    end.frame(SETTLE)
    context.audio.played.clear()
    end.handle(Actions(menu_up=True))
    assert end.menu.options[end.menu.selected] == "Watch again" and context.audio.played == []
    end.handle(Actions(menu_confirm=True))
    assert context.running and isinstance(context.stack[-1], ReplayScene)
    context.close_from(0)
