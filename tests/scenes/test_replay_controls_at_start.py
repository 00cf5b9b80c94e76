"""A replay names its controls from its start, untouched: the plate grown with the bar and the controls for its first
seconds (SHOWN_AT_START of frames), then tucked away to REPLAY and the time; again as Watch again starts it over, and a
moment as the viewer comes back from a page."""

from game.scenes.play import RESTART_HOLD
from game.scenes.replay import SHOWN_AT_START, STEERED_TIME, ReplayScene
from game.sim.resources import STEP
from game.view import replay_plate as plate_module
from game.view.replay_plate import PLATE, STEERED_WIDTH
from tests.drawn_words import record_drawn_words
from tests.scenes.test_replay_controls import frames, press, watching

CONTROLS = ["A/D or LEFT/RIGHT slower/faster", "RETURN normal speed", "J/L or PAGE UP/DOWN 10 s back/on",
            "J held rewind   ·   L held 4x", "R held from the start   ·   ESCAPE pause"]
START_FRAMES = round(SHOWN_AT_START / STEP)  # the frames of a replay's first seconds, at 60 a second


def plate_says(scene, display, said: list[str]) -> list[str]:
    """The words the replay's plate draws in a frame of `scene` now (`said`, recording them, emptied first)."""
    said.clear()
    scene.draw(display, 0.0)
    return list(said)


def test_a_replay_names_its_controls_from_its_first_frame_untouched_then_tucks_them_away(display, monkeypatch):
    said = record_drawn_words(monkeypatch, plate_module)
    scene = watching(400)
    frames(scene, 1)
    first = plate_says(scene, display, said)
    assert first[0] == "REPLAY" and first[2:] == ["1x", *CONTROLS]  # the speed too, as when a control is touched
    assert scene.renderer.scene_plates[0].width == STEERED_WIDTH  # grown: the bar and the rows of controls
    frames(scene, START_FRAMES - 2)
    assert plate_says(scene, display, said)[3:] == CONTROLS  # still up a frame before its first seconds are over
    frames(scene, 3)  # a frame past them
    tucked = plate_says(scene, display, said)
    assert tucked[0] == "REPLAY" and len(tucked) == 2  # tucked away: REPLAY and the time alone
    assert scene.renderer.scene_plates[0] == PLATE


def test_watched_again_from_the_start_it_names_its_controls_again(display, monkeypatch):
    said = record_drawn_words(monkeypatch, plate_module)
    scene = watching(400)
    frames(scene, START_FRAMES + 1)
    assert plate_says(scene, display, said)[2:] == []  # its first seconds over, nothing touched
    press(scene)  # Restart let go first: a hold carried in does not count
    press(scene, restart=True)
    scene.frame(RESTART_HOLD + STEP)
    again = scene.ctx.stack[-1]
    assert isinstance(again, ReplayScene) and again is not scene
    press(again)  # Restart let go: its hold no longer keeps the plate grown
    frames(again, 1)
    assert plate_says(again, display, said)[3:] == CONTROLS


def test_back_from_the_pause_menu_it_names_its_controls_a_moment_again(display, monkeypatch):
    said = record_drawn_words(monkeypatch, plate_module)
    scene = watching(400)
    frames(scene, START_FRAMES + 1)
    assert plate_says(scene, display, said)[2:] == []  # its first seconds over, nothing touched
    press(scene, pause=True)
    scene.ctx.close_from(scene.ctx.stack.index(scene) + 1)  # resumed: the replay is shown again
    frames(scene, round(STEERED_TIME / STEP) - 2)
    assert plate_says(scene, display, said)[3:] == CONTROLS
    frames(scene, 3)  # a frame past its moment
    assert plate_says(scene, display, said)[2:] == []
