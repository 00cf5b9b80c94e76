"""Seek on held in a replay: it plays faster than the speed chosen, at the speed the plate's line names, and only once
held over frames seen, never over one long frame; a key the player gives Pause too works the replay's controls."""

from game.scenes.pause import PauseScene
from game.scenes.replay import HELD_FRAME_MOST, HOLD_TO_PLAY_FAST, SEEK_STEP, SPEEDS
from game.sim.resources import STEP
from game.view import replay_plate
from tests.drawn_words import record_drawn_words
from tests.scenes.test_replay_controls import frames, press, watching

HELD = {0.25: 4, 0.5: 4, 1: 4, 2: 4, 4: 8, 8: 8}  # the speed chosen: the speed seek on held plays at (8x: the fastest)


def choose(scene, speed: float) -> None:
    """`speed` chosen with the menus' left and right, from 1x."""
    steps = SPEEDS.index(speed) - SPEEDS.index(1)
    press(scene, abs(steps), **{"menu_right" if steps > 0 else "menu_left": True})


def hold_seek_on(scene, frame_count: int) -> None:
    """Seek on pressed, and held over `frame_count` frames at 60 a second."""
    press(scene, menu_seek_forward=True, seek_forward_held=True)
    for _ in range(frame_count):
        press(scene, seek_forward_held=True)
        frames(scene, 1)


def a_hitch(scene, seconds: float) -> None:
    """One frame of `seconds`, as the app runs it: the steps its clamp allows (0.25 s), then the frame."""
    for _ in range(round(min(seconds, 0.25) / STEP)):
        scene.step()
    scene.frame(seconds)


def test_seek_on_held_plays_faster_than_the_speed_chosen_and_the_plate_names_the_speed_it_plays_at(
        display, monkeypatch):
    """Chosen 4x, a hold played at 4x, and 8x at 8x (the faster of 4x and the speed chosen), while the plate's line
    said "L held 4x": from 4x up, it plays at the next speed up (8x, the fastest, stays 8x), and the line says so."""
    said = record_drawn_words(monkeypatch, replay_plate)
    for speed, held in HELD.items():
        scene = watching(400)
        choose(scene, speed)
        assert scene.speed == speed
        hold_seek_on(scene, round(HOLD_TO_PLAY_FAST * 60) + 1)
        assert scene.speed == held, (speed, scene.speed)
        for _ in range(8):  # held on (out of slow motion, the tick on screen runs out first)
            press(scene, seek_forward_held=True)
            frames(scene, 1)
        before = scene.game.tick
        press(scene, seek_forward_held=True)
        frames(scene, 1)
        assert scene.game.tick == before + held, speed  # what it plays at
        said.clear()
        scene.draw(display, 0.0)
        line = next(words for words in said if "held rewind" in words)  # the holds' line, seek on's last
        assert said[2] == f"{held:g}x" and line.endswith(f"L held {held:g}x"), (speed, said)  # what it says
        press(scene)  # let go: the speed chosen again, and its line names the same hold
        assert scene.speed == speed and scene.target is None
        said.clear()
        scene.draw(display, 0.0)
        assert any(words.endswith(f"L held {held:g}x") for words in said), (speed, said)


def test_one_long_frame_with_seek_on_down_is_no_hold_and_a_tap_across_it_still_jumps(display):
    """A frame of HOLD_TO_PLAY_FAST or more (a hitch: the collector, the window dragged) counted whole: a tap across it,
    or read after it, played fast instead of jumping 10 s on. Each frame now counts HELD_FRAME_MOST at most."""
    for pressed_before in (True, False):  # pressed, then a hitch; or pressed during the hitch, read after it
        scene = watching(SEEK_STEP + 120)  # room to jump 10 s on
        frames(scene, 30)
        press(scene, menu_seek_forward=True, seek_forward_held=True)
        if pressed_before:
            frames(scene, 1)
            press(scene, seek_forward_held=True)
        a_hitch(scene, 0.5)
        assert scene.speed == 1 and scene.speed_before_hold is None, pressed_before
        tick = scene.head.tick
        press(scene)  # let go: it was a tap
        assert scene.target == tick + SEEK_STEP and scene.speed == 1, pressed_before


def test_a_hold_counts_the_time_seen_held_over_frames_after_a_hitch(display):
    scene = watching(400)
    press(scene, menu_seek_forward=True, seek_forward_held=True)
    a_hitch(scene, 0.5)  # counts HELD_FRAME_MOST
    still_to_hold = round((HOLD_TO_PLAY_FAST - HELD_FRAME_MOST) * 60)  # frames at 60 a second
    for _ in range(still_to_hold - 2):
        press(scene, seek_forward_held=True)
        frames(scene, 1)
    assert scene.speed == 1  # not yet held long enough
    for _ in range(4):
        press(scene, seek_forward_held=True)
        frames(scene, 1)
    assert scene.speed == HELD[1] and scene.target is None


def test_a_key_given_to_pause_and_to_a_replay_control_works_the_control_while_watching_as_on_a_menu(display):
    """`pause: [escape, page down]`: Page Down paused the replay and never sought. A press that works the replay's own
    controls is theirs, as a menu's key given to Pause is the menu's (so no clash is told: game.input.clashes)."""
    scene = watching(SEEK_STEP + 120)
    frames(scene, 30)
    for control, done in (("menu_right", lambda: scene.speed == 2), ("menu_confirm", lambda: scene.speed == 1),
                          ("menu_seek_forward", lambda: scene.target == 30 + SEEK_STEP)):
        press(scene, pause=True, **{control: True})
        assert scene.ctx.stack[-1] is scene and done(), control
    press(scene, pause=True)  # alone, it pauses
    assert isinstance(scene.ctx.stack[-1], PauseScene)
