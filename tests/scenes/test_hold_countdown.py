"""A hold heard as well as seen: one pip for each whole second counted, none while it drains or once it is done."""

from game.audio.cues import Cues
from game.content.chain import LEVELS
from game.scenes.play import PlayScene
from tests.scenes.conftest import RecordingAudio, make_context


def test_a_hold_pips_once_a_second_while_it_fills_and_is_quiet_while_it_drains(display):
    play = PlayScene(make_context(LEVELS / "outpost.tmx"))
    audio, game = RecordingAudio(), play.game
    cues = Cues(audio)

    def pips(held_by_tick):
        audio.played.clear()
        for held in held_by_tick:
            game.res.objectives_held[0] = held
            cues.play([], game, play.renderer.camera, 1 / 60)
        return audio.played.count("hold_tick")

    assert pips(range(0, 181)) == 3  # three seconds held: a pip at each
    assert pips(range(180, 59, -1)) == 0  # stepped off: it drains in silence
    assert pips(range(60, 130)) == 1  # back on: the count passes two seconds again
    game.res.objectives_reached[0] = True
    assert pips([130] * 120) == 0  # reached: the count stands still
