"""A pause fires nothing: a missile lock held into the pause menu is not launched by letting go there."""

from game.input.actions import Actions
from game.scenes.pause import PauseScene
from game.scenes.play import READY_STEPS, PlayScene
from game.scenes.title import TitleScene
from game.sim.components import Launcher
from game.sim.events import MissileLaunched
from tests.scenes.conftest import choose, hand

AIM = (1000, 360)  # the reticle's place on the screen, to the Layzner's right


def launched(play, frames, missile=False) -> int:
    """Missiles launched over `frames` frames of a tick each, the missile button held or not."""
    count = 0
    for _ in range(frames):
        hand(play, Actions(missile=missile, aim_screen=AIM))
        play.step()
        count += sum(event.count for event in play.pending_events if isinstance(event, MissileLaunched))
        play.pending_events.clear()
    return count


def locking_into_the_pause(ctx) -> PlayScene:
    """The level started from the title, past the launch cooldown, the missile button held for a second, then the
    pause menu opened with it still held."""
    ctx.stack[-1].handle(Actions(menu_confirm=True))
    play = ctx.stack[-1]
    play.game.run(seconds=4)
    assert launched(play, 60, missile=True) == 0
    assert play.game.world.get(play.game.player, Launcher).held
    hand(play, Actions(pause=True, missile=True, aim_screen=AIM))
    assert isinstance(ctx.stack[-1], PauseScene)
    return play


def test_a_lock_let_go_in_the_pause_menu_launches_nothing_on_resume_and_is_kept(ctx):
    play = locking_into_the_pause(ctx)
    hand(ctx.stack[-1], Actions())  # hands off in the pause
    hand(ctx.stack[-1], Actions(menu_confirm=True))  # Resume
    assert ctx.stack[-1] is play
    assert launched(play, 30) == 0  # it launched on the first tick back
    assert play.game.world.get(play.game.player, Launcher).held  # the lock is kept
    assert launched(play, 5, missile=True) == 0  # pressed again: it goes on locking
    assert launched(play, 5) > 0  # and let go, it launches as ever


def test_a_lock_still_held_as_the_game_resumes_goes_on_and_launches_when_let_go(ctx):
    play = locking_into_the_pause(ctx)
    ammo = play.game.world.get(play.game.player, Launcher).ammo
    hand(ctx.stack[-1], Actions(menu_confirm=True, missile=True))  # Resume, the button still held
    assert launched(play, 30, missile=True) == 0
    assert launched(play, 5) > 0
    assert play.game.world.get(play.game.player, Launcher).ammo < ammo


def test_a_lock_saved_and_quit_with_launches_nothing_as_the_run_continues(ctx):
    play = locking_into_the_pause(ctx)
    choose(ctx, "Save and go to Main menu")
    assert isinstance(ctx.stack[-1], TitleScene)
    ctx.stack[-1].frame(1 / 60)  # the title offers Continue
    choose(ctx, "Continue")
    resumed = ctx.stack[-1]
    assert isinstance(resumed, PlayScene) and resumed is not play
    assert launched(resumed, READY_STEPS + 30) == 0  # the get-ready count, then the fight, the button up
    assert resumed.game.world.get(resumed.game.player, Launcher).held
