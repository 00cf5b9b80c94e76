"""`--bot` in the window: the play scene lets the bot write the player's intent; the hands only pause and look."""

from game.content.chain import LEVELS
from game.input.actions import Actions
from game.scenes.pause import PauseScene
from game.scenes.play import PlayScene
from game.sim.components import Position
from tests.scenes.conftest import make_context


def test_the_bot_drives_the_machine_and_the_hands_are_ignored(display):
    ctx = make_context(LEVELS / "outpost.tmx")  # the extraction pad is east of the landing site
    ctx.bot = True
    play = PlayScene(ctx)
    ctx.push(play)
    start_x = play.game.world.get(play.game.player, Position).x
    for _ in range(90):
        play.handle(Actions(move=(-1.0, 0.0), fire=False))  # the hands pull west: the bot has the controls
        play.step()
        play.frame(1 / 60)
    assert play.bot is not None and play.bot.game is play.game
    assert play.game.world.get(play.game.player, Position).x > start_x + 200
    assert play.aim.world == (play.game.player_intent().aim_x, play.game.player_intent().aim_y)
    play.handle(Actions(pause=True))
    assert isinstance(ctx.stack[-1], PauseScene), "pausing still works"


def test_without_the_bot_the_hands_drive(display):
    ctx = make_context(LEVELS / "outpost.tmx")
    play = PlayScene(ctx)
    ctx.push(play)
    start_x = play.game.world.get(play.game.player, Position).x
    for _ in range(30):
        play.handle(Actions(move=(-1.0, 0.0)))
        play.step()
    assert play.bot is None
    assert play.game.world.get(play.game.player, Position).x < start_x
