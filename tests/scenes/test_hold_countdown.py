"""A hold heard as well as seen: its start chimed once, one pip for each whole second counted, none while it drains
or once it is done."""

from game.audio.cues import Cues
from game.content.chain import LEVELS
from game.scenes.play import PlayScene
from game.sim.events import HoldStarted
from game.sim.resources import TICK_RATE
from game.sim.systems.places import HOLD_SETTLE
from tests.scenes.conftest import RecordingAudio, make_context

SETTLE = round(HOLD_SETTLE * TICK_RATE)  # ticks on an area before its hold counts as started


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


def test_a_hold_s_start_chimes_once_however_the_layzner_jostles_at_its_edge_and_again_once_it_drained_away(display):
    play = PlayScene(make_context(LEVELS / "outpost.tmx"))
    audio, game = RecordingAudio(), play.game
    cues = Cues(audio)
    pad = game.res.level.objectives[0]
    started = HoldStarted(pad.object_id, pad.hold)

    def chimes(held_by_tick):
        audio.played.clear()
        for held in held_by_tick:
            before, game.res.objectives_held[0] = game.res.objectives_held[0], held
            settled = before < SETTLE <= held  # the rules' HoldStarted: the count reaching HOLD_SETTLE
            cues.play([started] if settled else [], game, play.renderer.camera, 1 / 60)
        return audio.played.count("hold_start")

    assert chimes(range(0, SETTLE + 1)) == 1
    assert chimes([SETTLE - 1, SETTLE] * 30) == 0  # shoved on and off at the edge: the hold goes on, no new start
    assert chimes(range(SETTLE, -1, -1)) == 0  # drained away
    assert chimes(range(0, SETTLE + 1)) == 1  # a hold started afresh
