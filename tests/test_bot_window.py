"""`--bot` in the window plays the game `--headless --bot` reports on the same seed, and the window's replay says so."""

import json

from game.app import App
from game.cli import main
from game.clock import MAX_FPS, FixedClock
from game.content.chain import LEVELS
from game.input.actions import Actions
from game.replay import load_replay
from game.result_delay import RESULT_TICKS
from game.scenes.result import ResultScene
from game.session import new_game

LEVEL = LEVELS / "mars_base.tmx"  # the expert bot wins it on seed 1 in 386 ticks


class Hands:
    """No hands on the controls: the bot drives; the run ends as the result screen comes up."""

    def __init__(self, app) -> None:
        self.app = app

    def poll(self) -> Actions:
        if isinstance(self.app.ctx.stack[-1], ResultScene):
            self.app.ctx.running = False
        return Actions()


def test_the_bot_in_the_window_plays_the_headless_bots_game_and_its_replay_says_when_it_was_won(tmp_path, capsys):
    recording = tmp_path / "window.replay"
    # As `main.py --bot --record FILE --level L --seed 1` builds it, at 144 frames a second: a tick every 2.4 frames
    app = App(LEVEL, seed=1, skip_title=True, audio=False, record_to=recording, game=new_game(LEVEL, 1),
              clock=FixedClock(1 / MAX_FPS))
    app.ctx.bot = True
    app.input = Hands(app)
    assert app.run(max_frames=MAX_FPS * 60) == 0
    assert main(["--headless", "--bot", "--level", str(LEVEL), "--seed", "1"]) == 0
    headless = json.loads(capsys.readouterr().out)
    assert main(["--replay", str(recording), "--headless"]) == 0
    window = json.loads(capsys.readouterr().out)
    assert (window["outcome"], window["decided_at"]) == (headless["outcome"], headless["decided_at"]) == \
        ("won", headless["ticks"])
    assert window["ticks"] == headless["ticks"] + RESULT_TICKS  # the recording runs on to the result screen
    replay = load_replay(recording)  # the same state, tick for tick, as the headless run ended on
    assert replay.hashes[headless["ticks"] - 1] == headless["state_hash"][:len(replay.hashes[0])]
