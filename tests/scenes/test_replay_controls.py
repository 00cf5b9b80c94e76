"""Watching a replay steered: faster and slower (more or fewer ticks a step, each still checked, at most
MOST_TICKS_A_FRAME a frame), back to the speed recorded, watched again from the start, the progress bar's numbers and
the controls named for the device; fast-forward neither heard nor shaken nor held on hits."""

import pygame

from game.input.actions import Actions
from game.scenes.pause import PauseScene
from game.scenes.play import RESTART_HOLD, PlayScene
from game.scenes.replay import MOST_TICKS_A_FRAME, SHOWN_AT_START, EndOfReplayScene, ReplayScene
from game.session import DEFAULT_LEVEL
from game.sim.resources import STEP
from game.view import replay_plate as plate_module
from game.view.rei_marker import ReiMarker
from game.view.replay_plate import BAR_HEIGHT, PLATE, STEERED_WIDTH, bar_share
from game.view.text import AMBER, clock_text
from tests.drawn_words import record_drawn_words
from tests.scenes.conftest import hand, make_context
from tests.scenes.test_replay_scene import play_a_while


def watching(ticks: int, hashes=None, level=DEFAULT_LEVEL):
    """A run of `ticks` ticks recorded on `level`, then opened to watch (its hashes replaced by `hashes`, when
    given)."""
    context = make_context(level)
    recording = PlayScene(context)
    play_a_while(recording, ticks)
    replay = recording.recorder.replay()
    if hashes is not None:
        replay = type(replay)(**{**replay.__dict__, "hashes": hashes(replay.hashes)})
    recording.close()
    scene = ReplayScene(context, replay)
    context.push(scene)
    return scene


def press(scene, times: int = 1, **pressed) -> None:
    """This frame's Actions `times` over, as the app hands them to the scene."""
    for _ in range(times):
        hand(scene, Actions(**pressed))


def frames(scene, count: int) -> None:
    """`count` of the app's frames at 60 a second: a step, then the frame."""
    for _ in range(count):
        scene.step()
        scene.frame(STEP)


def tucked_away(scene) -> None:
    """A frame as long as the replay's first seconds (no tick run: it stays where it stands), after which the controls
    it names from its start are tucked away."""
    scene.frame(SHOWN_AT_START)


def ticks_of_one_step(scene) -> int:
    before = scene.game.tick
    scene.step()
    return scene.game.tick - before


def test_faster_runs_more_ticks_a_step_slower_fewer_and_confirm_goes_back_to_the_speed_recorded(display):
    scene = watching(120)
    assert ticks_of_one_step(scene) == 1
    press(scene, menu_right=True)
    assert ticks_of_one_step(scene) == 2
    press(scene, 3, menu_right=True)  # 4x, 8x, and no further
    assert scene.speed == 8 and ticks_of_one_step(scene) == 8
    press(scene, menu_confirm=True)
    assert ticks_of_one_step(scene) == 1
    # slow motion at once, from where the world was drawn (its last tick's start, unmoved): a tick every second step
    press(scene, menu_left=True)
    assert [ticks_of_one_step(scene) for _ in range(4)] == [0, 1, 0, 1]
    press(scene, 2, menu_left=True)  # then every fourth
    assert scene.speed == 0.25 and [ticks_of_one_step(scene) for _ in range(8)] == [0, 0, 0, 1, 0, 0, 0, 1]


def test_at_eight_times_every_tick_is_still_checked_and_a_run_that_parts_ways_says_where(display):
    scene = watching(90, hashes=lambda hashes: hashes[:9] + ("00000000",) + hashes[10:])
    press(scene, 3, menu_right=True)
    frames(scene, 3)
    assert scene.game.tick == 24 and scene.mismatch is not None and scene.mismatch.tick == 10


def test_at_eight_times_the_replay_runs_to_its_end_checked_and_the_end_page_shows(display):
    scene = watching(100)
    context = scene.ctx
    press(scene, 3, menu_right=True)
    steps = 0
    while context.stack[-1] is scene:
        scene.step()
        scene.frame(STEP)
        steps += 1
        assert steps <= 100 // 8 + 2
    assert isinstance(context.stack[-1], EndOfReplayScene)
    assert scene.head.done and scene.head.tick == scene.replay.ticks == 100 and scene.mismatch is None
    assert scene.game.state_hash() == scene.replay.final_hash


def test_a_frame_that_cannot_keep_up_runs_no_more_than_its_share_and_the_plate_says_the_speed_it_runs_at(
        display, monkeypatch):
    scene = watching(200)
    press(scene, 3, menu_right=True)
    for _ in range(15):  # a frame of 0.25 s, as the app's clamp lets one be: 15 steps, 120 ticks owed
        scene.step()
    scene.frame(0.25)
    assert scene.game.tick == MOST_TICKS_A_FRAME  # the rest dropped, not owed: the next frame is no longer
    for _ in range(15):  # another: half a second run at 32 ticks
        scene.step()
    scene.frame(0.25)
    assert scene.game.tick == 2 * MOST_TICKS_A_FRAME
    said = record_drawn_words(monkeypatch, plate_module)
    scene.draw(display, 0.0)
    assert f"8x · THIS PC: {2 * MOST_TICKS_A_FRAME / 30:.1f}x" in said  # the speed chosen, the one it manages
    frames(scene, 40)  # frames that keep up: it says only the speed again
    said.clear()
    scene.draw(display, 0.0)
    assert "8x" in said


def test_holding_restart_watches_it_again_from_tick_0_at_the_speed_chosen(display):
    scene = watching(120)
    context = scene.ctx
    press(scene, menu_right=True)
    frames(scene, 20)
    assert scene.game.tick == 40
    press(scene)  # Restart let go first: a hold carried in does not count
    press(scene, restart=True)
    scene.frame(RESTART_HOLD / 2)
    assert context.stack[-1] is scene  # held, not yet long enough
    scene.frame(RESTART_HOLD / 2 + STEP)
    again = context.stack[-1]
    assert isinstance(again, ReplayScene) and again is not scene
    assert again.game.tick == 0 and again.head.tick == 0 and again.speed == 2 and again.mismatch is None
    assert ticks_of_one_step(again) == 2


def test_the_bar_shows_the_time_watched_of_the_time_in_all_and_the_controls_on_the_device_in_use(
        display, monkeypatch):
    said = record_drawn_words(monkeypatch, plate_module)
    scene = watching(240)
    for _ in range(120):
        scene.step()
    tucked_away(scene)
    scene.draw(display, 0.0)
    total = scene.replay.ticks  # under the 240 played: hit-stops held a few of them
    times = f"0:02 / {clock_text(total // 60)}"
    assert said == ["REPLAY", times]  # at the speed recorded, its first seconds over: no speed, no bar, no controls
    share = 120 / total
    assert scene.clock() == (120, total) and bar_share(*scene.clock()) == share and bar_share(5, 0) == 1.0
    press(scene, menu_right=True)
    said.clear()
    scene.draw(display, 0.0)
    assert said[:3] == ["REPLAY", times, "2x"]  # (the level's title card, while up, stands beside it)
    assert said[3:] == ["A/D or LEFT/RIGHT slower/faster", "RETURN normal speed",  # too long for one row together
                        "J/L or PAGE UP/DOWN 10 s back/on", "J held rewind   ·   L held 4x",
                        "R held from the start   ·   ESCAPE pause"]
    bar = pygame.Rect(PLATE.x + 14, PLATE.y + PLATE.height - 2, STEERED_WIDTH - 28, BAR_HEIGHT)  # filled to share
    assert display.get_at((bar.x + round(bar.width * (share - 0.03)), bar.centery))[:3] == AMBER
    assert display.get_at((bar.x + round(bar.width * (share + 0.03)), bar.centery))[:3] != AMBER
    press(scene, device="pad")
    said.clear()
    scene.draw(display, 0.0)
    assert said[3:] == ["D-PAD LEFT/RIGHT or LEFT STICK slower/faster", "A normal speed",
                        "LB/RB 10 s back/on", "LB held rewind   ·   RB held 4x",
                        "VIEW held from the start   ·   START pause"]
    press(scene, pause=True)
    said.clear()
    pause = scene.ctx.stack[-1]
    assert isinstance(pause, PauseScene)
    pause.draw(display, 0.0)
    assert said[:3] == ["REPLAY", times, "2x"]  # paused: where it stands, under the menu


def test_fast_forward_is_not_heard_shaken_or_held_on_hits_and_the_music_plays_on(display):
    heard = watching(300)
    audio = heard.ctx.audio
    frames(heard, 300)
    assert audio.played  # at the speed recorded, the fight is heard
    fast = watching(300)
    audio = fast.ctx.audio
    press(fast, 3, menu_right=True)
    assert audio.played == ["ui_move"] * 3 and audio.stopped  # what was sounding stops as it goes fast
    audio.played.clear()
    shaken, held = 0.0, 0.0
    while fast.ctx.stack[-1] is fast:  # to its end
        fast.step()
        fast.frame(STEP)
        shaken, held = max(shaken, fast.renderer.camera.shake), max(held, fast.hitstop)
    assert audio.played == [] and shaken == 0.0 and held == 0.0
    assert audio.music == fast.game.res.level.music


def test_rei_s_marks_keep_off_the_replay_s_plate_as_off_the_hud_s_grown_with_the_bar(display, monkeypatch):
    """The plate, grown with the bar and the controls, hid her marker's numbers under it: the marks are handed it as a
    plate to keep off, at the size it is drawn."""
    handed = []
    drawn = ReiMarker.draw
    def draw(self, surface, game, camera, alpha, age, keep_off, *rest):
        handed.append(list(keep_off))
        return drawn(self, surface, game, camera, alpha, age, keep_off, *rest)
    monkeypatch.setattr(ReiMarker, "draw", draw)
    scene = watching(120)
    scene.step()
    tucked_away(scene)
    scene.draw(display, 0.0)
    assert PLATE in handed[-1]
    press(scene, menu_right=True)
    scene.draw(display, 0.0)
    grown = [rect for rect in handed[-1] if rect.topleft == PLATE.topleft]
    assert grown and grown[0].width == STEERED_WIDTH and grown[0].height > PLATE.height


def drawn_positions(scene, monkeypatch) -> list[float]:
    """Where each frame draws the world from now on, in ticks of the recording: the last tick but one, and the alpha
    the renderer is handed of the way on from it."""
    drawn, draw = [], scene.renderer.draw
    def recording(surface, game, alpha, *rest, **named):
        drawn.append(game.tick - 1 + alpha)
        return draw(surface, game, alpha, *rest, **named)
    monkeypatch.setattr(scene.renderer, "draw", recording)
    return drawn


def app_frames(scene, display, count: int, dt: float, lag: float) -> float:
    """`count` frames of `dt` s as the app runs them (the lag stepped off, the frame, a draw at lag / STEP, nothing
    pressed): returns the lag left."""
    for _ in range(count):
        press(scene)
        lag += dt
        while lag >= STEP:
            scene.step()
            lag -= STEP
        scene.frame(dt)
        scene.draw(display, lag / STEP)
    return lag


def test_a_change_of_speed_in_slow_motion_goes_on_from_where_the_world_is_drawn_and_then_evenly(display, monkeypatch):
    """Each change of speed reset the share of a tick owed: the view stepped back up to half a tick. Carrying that
    share over as it was left it off the steps where a tick can run, and the view halted at the tick's end, then
    jumped. At 144 frames a second, every frame's draw moves on by the frame's share of a tick at the speed before the
    change or after it, or between them across the change, and once it has taken, by that at the new speed alone."""
    scene = watching(240)
    drawn = drawn_positions(scene, monkeypatch)
    dt, lag, speed = 1 / 144, 0.0, 1
    for pressed in ("menu_left", "menu_left", "menu_right", "menu_right", "menu_left"):  # 0.5x .25x .5x 1x .5x
        lag = app_frames(scene, display, 40, dt, lag)
        before = len(drawn)
        press(scene, **{pressed: True})
        lag = app_frames(scene, display, 40, dt, lag)
        moves = [b - a for a, b in zip(drawn[before - 1:], drawn[before:])]
        least, most = sorted((speed * dt / STEP, scene.speed * dt / STEP))
        assert all(least - 1e-9 <= move <= most + 1e-9 for move in moves), (speed, scene.speed, moves)
        assert all(abs(move - scene.speed * dt / STEP) < 1e-9 for move in moves[-16:]), (speed, scene.speed, moves)
        speed = scene.speed
    assert scene.hitstop == 0 and scene.game.tick > 40  # nothing held the view still: it moved on all along


def test_the_title_card_shows_beside_the_plate_grown_from_the_start_and_in_slow_motion(display):
    """The plate grows with the controls for a replay's first seconds, as the level's title card shows: the card gave
    way to it, and a replay never said which level it was. It stands beside the plate now, neither covering the
    other, at the speed recorded and at 0.25x."""
    scene = watching(120)
    hud = scene.renderer.hud
    frames(scene, 45)
    for slower in (0, 2):  # at the speed recorded, then in slow motion
        press(scene, slower, menu_left=True)
        scene.step()
        scene.frame(STEP)
        scene.draw(display, 0.0)
        plate = scene.renderer.scene_plates[0]
        assert plate.width == STEERED_WIDTH  # grown, with the bar and the controls
        assert hud.card.shown > 0.5, (slower, hud.card.shown)  # 0.8 s in, the level's name is up
        assert not hud.card.words.colliderect(plate) and hud.card.words.left > plate.right, (hud.card.words, plate)


def test_a_message_goes_under_the_replay_s_plate_not_behind_it_at_either_size(display):
    """The plate is drawn over the HUD, and a message stood behind it at the top: a long one at the speed recorded,
    a short notice ("Objective reached. Next: ...") behind the plate grown at 2x, their first words hidden."""
    long = ("Rei: The relay station ahead is held by Gradosian SPTs. The extraction pad is past it, to the east. "
            "Hold it until the lander comes down.")
    for pressed, words in (({}, long), ({"menu_right": True}, "Objective reached. Next: Hold the landing beacon.")):
        scene = watching(300)
        frames(scene, 240)  # past the level's title card, which the message would stand under
        tucked_away(scene)  # and the controls the plate names from the start
        press(scene, **pressed)
        scene.renderer.hud.show_message(words)
        scene.draw(display, 0.0)
        plate, box = scene.renderer.scene_plates[0], scene.renderer.hud.message_box
        assert plate.width == (STEERED_WIDTH if pressed else PLATE.width)
        assert box is not None and not box.colliderect(plate), (box, plate)


def test_a_change_of_speed_out_of_slow_motion_takes_on_the_next_frame_whatever_share_of_a_tick_is_on_screen(
        display, monkeypatch):
    """The tick on screen ran out at the old speed first: at 0.25x the new one took up to 4 steps (67 ms). Now, at 60
    frames a second, the first frame moves on faster than 0.25x did, unless the tick on screen had only that much left,
    which it then ends (no tick can run between steps: the view cannot pass it sooner); from its end, the new pace."""
    for faster in (0.5, 1):
        for quarter in range(4):  # pressed a quarter, a half... of the tick on screen in
            scene = watching(240)
            press(scene, 2, menu_left=True)
            lag = app_frames(scene, display, 40 + quarter, STEP, 0.0)
            drawn = drawn_positions(scene, monkeypatch)
            scene.draw(display, lag / STEP)
            press(scene, **({"menu_right": True} if faster == 0.5 else {"menu_confirm": True}))
            app_frames(scene, display, 8, STEP, lag)
            moves = [b - a for a, b in zip(drawn, drawn[1:])]
            first_ends_its_tick = abs(drawn[1] - round(drawn[1])) < 1e-9
            assert moves[0] > 0.25 + 1e-9 or first_ends_its_tick, (faster, quarter, moves)
            assert all(0.25 - 1e-9 <= move <= faster + 1e-9 for move in moves), (faster, quarter, moves)
            assert all(abs(move - faster) < 1e-9 for move in moves[2:]), (faster, quarter, moves)
            assert scene.mismatch is None


def test_resumed_just_after_a_change_of_speed_out_of_slow_motion_the_world_is_not_drawn_before_its_last_tick(
        display, monkeypatch):
    """Eased into the new speed, the share of a tick owed is short of none until the next step: the first frame after
    a pause, drawn earlier in the step than the last before it, fell before the last tick's start, where nothing
    ever stood (the renderer carries each thing on past its last two places, backwards)."""
    scene = watching(240)
    press(scene, 2, menu_left=True)  # 0.25x: a tick every fourth step
    while scene.owed != 0:
        scene.step()
    scene.draw(display, 0.9)  # drawn late in the step the tick ran on
    press(scene, menu_confirm=True)  # 1x eases in from there
    press(scene, pause=True)
    scene.ctx.close_from(scene.ctx.stack.index(scene) + 1)  # resumed before a step has run
    handed = []
    draw = scene.renderer.draw
    monkeypatch.setattr(scene.renderer, "draw", lambda surface, game, alpha, *rest, **named: (
        handed.append(alpha), draw(surface, game, alpha, *rest, **named))[1])
    scene.draw(display, 0.0)
    assert handed and 0.0 <= handed[0] <= 1.0, handed
