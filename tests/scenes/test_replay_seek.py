"""Seeking in a replay: 10 s back or on by key, or to the time under the mouse on the bar; headless ticks, each still
checked, a frame's budget at a time; back from the state kept last before the tick; arriving as playing there shows."""

import dataclasses

import pytest

from game.bot import Bot
from game.bot.skill import NOVICE
from game.content.feel import Hitstop
from game.input.actions import Actions
from game.playback import Playhead
from game.replay import Recorder
from game.scenes.pause import PauseScene
from game.scenes.play import RESTART_HOLD
from game.scenes import replay as replay_module
from game.scenes.replay import (HELD_SPEED, HOLD_TO_PLAY_FAST, SEEK_STEP, SETTLE_TICKS, EndOfReplayScene,
                                ReplayScene)
from game.seek import KEYFRAME_EVERY, FrameBudget
from game.result_delay import RESULT_TICKS
from game.session import DEFAULT_LEVEL, new_game
from game.sim.resources import TICK_RATE
from game.view import replay_plate, restart_ring
from game.view.replay_plate import bar_rect, bar_share, plate_rect
from game.view.text import AMBER, clock_text
from tests.drawn_words import record_drawn_words
from tests.maps import write_map
from tests.scenes.conftest import hand, make_context
from tests.scenes.test_replay_controls import frames, press
from tests.scenes.test_replay_scene import DUEL

RECORDED = 1500  # ticks: 25 s, keyframes at 0, 600 and 1200


@pytest.fixture(scope="module")
def recorded():
    """A run of RECORDED ticks, and its state hash after each tick as playing it tick by tick gives."""
    return recorded_run(8)  # the novice wins at tick 1449: past the keyframe at 1200, short of the end


@pytest.fixture(scope="module")
def recorded_calm():
    """As `recorded`, on a seed where the briefing's third line stays up its whole time: nothing said over it. Its
    lessons already taught, as on a later run: on a first flight one goes ahead of a briefing kept waiting 10 s."""
    return recorded_run(2, taught=("rei.heat_rising", "rei.part_hit", "rei.recommend", "rei.target_disabled",
                                   "rei.vmax_lesson"))


def recorded_run(seed: int, taught: tuple = ()):
    game = new_game(DEFAULT_LEVEL, seed, taught=taught)
    # the novice bot fights on to its win at 18 s: effects, speech, messages, Fouron
    recorder, bot = Recorder(game, DEFAULT_LEVEL, None), Bot(game, NOVICE)
    while recorder.ticks < RECORDED:
        bot.steer()
        recorder.before_step()
        game.step()
        recorder.after_step()
    replay = recorder.replay()
    game.close()
    game, head, hashes = replay.start_game(), Playhead(replay), [None]
    while not head.done:
        head.write(game)
        game.step()
        assert head.advance(game) is None
        hashes.append(game.state_hash())
    game.close()
    return replay, hashes


def watching(display, replay, hashes=None) -> ReplayScene:
    if hashes is not None:
        replay = type(replay)(**{**replay.__dict__, "hashes": hashes(replay.hashes)})
    context = make_context()
    scene = ReplayScene(context, replay)
    context.push(scene)
    return scene


def arrive(scene, most: int = 2000) -> int:
    """Frames until the seek under way arrives; how many it took."""
    for count in range(1, most):
        frames(scene, 1)
        if scene.target is None:
            return count
    raise AssertionError("the seek never arrived")


def test_a_seek_on_lands_on_the_state_playing_there_tick_by_tick_gives(display, recorded):
    replay, hashes = recorded
    scene = watching(display, replay)
    frames(scene, 30)
    press(scene, menu_seek_forward=True)
    assert scene.target == 30 + SEEK_STEP
    arrive(scene)
    assert scene.game.tick == scene.head.tick == 30 + SEEK_STEP and scene.mismatch is None
    assert scene.game.state_hash() == hashes[30 + SEEK_STEP]
    # and it plays on from there at the speed recorded, each tick checked (a kill's hit-stop may hold a frame or two:
    # the Mars base's bot run destroys a Dis at tick 632)
    for _ in range(60):
        if scene.game.tick == 35 + SEEK_STEP:
            break
        frames(scene, 1)
    assert scene.game.tick == 35 + SEEK_STEP and scene.game.state_hash() == hashes[35 + SEEK_STEP]
    assert scene.mismatch is None


def test_back_starts_from_the_state_kept_last_before_it_and_then_on_gives_the_same(display, recorded):
    replay, hashes = recorded
    scene = watching(display, replay)
    scene.seek_to(1400)
    arrive(scene)
    assert sorted(scene.keyframes.kept) == [0, KEYFRAME_EVERY, 2 * KEYFRAME_EVERY]  # kept as the seek passed them
    scene.seek_to(900)  # from the one at 600, not from the start: the view's last 5 s played on it
    assert scene.head.tick == scene.game.tick == KEYFRAME_EVERY
    arrive(scene)
    assert scene.game.tick == 900 and scene.game.state_hash() == hashes[900] and scene.mismatch is None
    press(scene, menu_seek_forward=True)
    arrive(scene)
    assert scene.game.tick == 900 + SEEK_STEP and scene.game.state_hash() == hashes[900 + SEEK_STEP]
    decided = scene.clock()[1]  # won short of 900 + SEEK_STEP: the plate's clock stands there, and seeks count from it
    assert decided < 900 + SEEK_STEP and scene.ended_tick == decided
    press(scene, menu_seek_back=True)
    assert scene.target == decided - SEEK_STEP
    press(scene, menu_seek_forward=True)  # a press during a seek goes on from where it runs to
    assert scene.target == decided
    arrive(scene)
    assert scene.game.tick == decided and scene.game.state_hash() == hashes[decided]


def test_a_seek_runs_as_many_ticks_a_frame_as_its_budget_holds_and_no_world_time_passes_meanwhile(display,
                                                                                                 recorded):
    replay, _ = recorded
    scene = watching(display, replay)
    now = [0.0]

    def clock() -> float:  # each look at the clock 1 ms on: a tick's work, as far as the budget can tell
        now[0] += 0.001
        return now[0]

    scene.budget = FrameBudget(0.010, clock)
    press(scene, menu_seek_forward=True)
    ticks = []
    for _ in range(4):
        before = scene.head.tick
        frames(scene, 1)  # the app's step runs none: the seek is the frame's
        ticks.append(scene.head.tick - before)
    assert ticks == [9, 9, 9, 9]  # begun at 1 ms, 2 to 10 ms left, ending at 10 ms: 9 ticks of 1 ms each


def test_a_seek_before_the_start_goes_to_the_start_and_past_the_end_to_the_end_page(display, recorded):
    replay, hashes = recorded
    scene = watching(display, replay)
    frames(scene, 120)
    press(scene, menu_seek_back=True)
    assert scene.target == 0
    arrive(scene)
    assert scene.game.tick == 0 and scene.game.state_hash() == replay.start_game().state_hash()
    scene.seek_to(RECORDED - 100)
    arrive(scene)
    press(scene, menu_seek_forward=True)
    assert scene.target == RECORDED
    arrive(scene)
    frames(scene, 1)
    assert isinstance(scene.ctx.stack[-1], EndOfReplayScene) and scene.mismatch is None


def test_a_mismatch_found_while_seeking_is_told_as_at_the_speed_recorded(display, recorded):
    replay, _ = recorded
    scene = watching(display, replay, hashes=lambda hashes: hashes[:399] + ("00000000",) + hashes[400:])
    press(scene, menu_seek_forward=True)
    arrive(scene)
    assert scene.mismatch is not None and scene.mismatch.tick == 400
    assert scene.renderer.hud.card.outranked  # its plate stands where the title card would
    assert max(scene.keyframes.kept) == 0  # nothing from past it is kept to seek back to


def test_a_click_on_the_bar_seeks_to_the_time_under_it_and_past_its_end_to_the_end(display, recorded):
    replay, hashes = recorded
    scene = watching(display, replay)
    bar = bar_rect(plate_rect(True, 3))
    total = scene.clock()[1]
    press(scene, click=(bar.x + bar.width / 2, bar.centery), pointer=(bar.x + bar.width / 2, bar.centery))
    assert scene.target == round(total / 2)
    arrive(scene)
    assert scene.game.state_hash() == hashes[round(total / 2)]
    press(scene, click=(bar.right + 3, bar.centery + 8), pointer=(bar.right + 3, bar.centery + 8))
    assert scene.target == replay.ticks


def test_arriving_the_view_shows_what_playing_there_shows_not_what_it_showed_before(display, recorded):
    replay, _ = recorded
    played = watching(display, replay)
    frames(played, 1300)
    scene = watching(display, replay)
    scene.seek_to(1400)
    arrive(scene)
    before = scene.renderer
    scene.seek_to(1300)
    arrive(scene)
    assert scene.renderer is not before and scene.hitstop == 0.0
    seen, shown = scene.renderer, played.renderer
    assert seen.hud.message[0] == shown.hud.message[0] and seen.hud.waiting == shown.hud.waiting
    assert (seen.panel.line and seen.panel.line.text) == (shown.panel.line and shown.panel.line.text)
    assert seen.fouron.banner_up() == shown.fouron.banner_up()



def test_arriving_the_ground_keeps_the_wrecks_of_machines_destroyed_before_the_view_was_made(display, recorded):
    replay, _ = recorded
    played = watching(display, replay)
    while played.game.tick < 1200 - SETTLE_TICKS:  # where the seek's new view starts to be fed
        frames(played, 1)
    assert played.renderer.effects.wrecks  # a machine fell before it (at tick 837): its wreck stays on the ground
    while played.game.tick < 1200:
        frames(played, 1)
    scene = watching(display, replay)
    scene.seek_to(1200)
    arrive(scene)
    assert scene.game.tick == 1200 and scene.renderer.effects.wrecks == played.renderer.effects.wrecks


def test_seeking_back_to_the_same_kept_state_twice_plays_the_same_both_times(display, recorded):
    replay, hashes = recorded
    scene = watching(display, replay)
    scene.seek_to(1400)
    arrive(scene)
    for tick in (950, 940):  # each from the state kept at 600: the first game played from it must not have changed it
        scene.seek_to(tick)
        assert scene.head.tick == KEYFRAME_EVERY
        arrive(scene)
        assert scene.mismatch is None and scene.game.state_hash() == hashes[tick]


def test_arriving_the_camera_leans_and_shakes_as_playing_there_leaves_it(display, recorded):
    replay, _ = recorded
    played = watching(display, replay)
    # held on no hit: a seek arrives with none (its frames would age the shake with the world held still)
    played.feel = dataclasses.replace(played.feel, hitstop=Hitstop(0.0, 0.0, 0.0, 0.0))
    while played.game.tick < 462:  # a machine blew up beside the Layzner at tick 454: the view still shakes
        frames(played, 1)
        played.draw(display, 1.0)  # the camera moves as a frame is drawn
    scene = watching(display, replay)
    scene.seek_to(462)
    arrive(scene)
    scene.draw(display, 1.0)
    seen, shown = scene.renderer.camera, played.renderer.camera
    assert shown.shake > 5
    assert (seen.shake, seen.kick_x, seen.kick_y) == pytest.approx((shown.shake, shown.kick_x, shown.kick_y))
    assert (seen.x, seen.y) == pytest.approx((shown.x, shown.y), abs=0.01)


def test_restart_held_while_a_seek_runs_shows_its_plate_filling(display, recorded, monkeypatch):
    replay, _ = recorded
    words = record_drawn_words(monkeypatch, restart_ring)
    scene = watching(display, replay)
    scene.budget = FrameBudget(0.0)  # a tick a frame: the seek runs for as long as the hold
    press(scene, menu_seek_forward=True)
    for _ in range(10):
        press(scene, restart=True)
        frames(scene, 1)
    scene.draw(display, 0.0)
    assert scene.target is not None and 0 < scene.restart_held < RESTART_HOLD
    assert any(word.endswith("TO RESTART") for word in words)


class ButtonHeld:
    """The input devices as the bar is dragged: the left button down."""
    clicking = True


def drag(scene, spot, most: int = 2000) -> None:
    """The mouse held at `spot` until the seek it asks for arrives, then a second more."""
    for _ in range(most):
        press(scene, pointer=spot)
        frames(scene, 1)
        if scene.target is None:
            break
    for _ in range(60):
        press(scene, pointer=spot)
        frames(scene, 1)


def test_the_bar_held_keeps_the_replay_at_the_time_under_the_mouse_even_past_its_end(display, recorded):
    replay, hashes = recorded
    scene = watching(display, replay)
    scene.ctx.devices = ButtonHeld()
    bar = bar_rect(plate_rect(True, 3))
    total = scene.clock()[1]
    middle = (bar.x + bar.width / 2, bar.centery)
    press(scene, click=middle, pointer=middle)
    drag(scene, middle)  # held still: no tick played on and sought back each frame
    assert scene.target is None and scene.head.tick == round(total / 2)
    drag(scene, (bar.right + 200, bar.centery))  # off the bar sideways, past its end: the end, and no end page
    assert scene.head.tick == replay.ticks and scene.ctx.stack[-1] is scene
    back = (bar.x + bar.width * 0.3, bar.centery - 40)  # and back over it, from above
    drag(scene, back)
    assert scene.head.tick == round(total * 0.3) and scene.game.state_hash() == hashes[round(total * 0.3)]
    scene.ctx.devices.clicking = False  # let go, it plays on from there
    press(scene, pointer=back)
    frames(scene, 5)
    assert scene.head.tick == round(total * 0.3) + 5 and scene.mismatch is None


def test_paused_while_a_seek_runs_the_plate_under_the_menu_names_no_replay_controls(display, recorded, monkeypatch):
    replay, _ = recorded
    words = record_drawn_words(monkeypatch, replay_plate)
    scene = watching(display, replay)
    press(scene, menu_seek_forward=True)
    press(scene, pause=True)
    pause = scene.ctx.stack[-1]
    assert isinstance(pause, PauseScene) and scene.target is not None
    pause.draw(display, 0.0)  # as it stands under the menu when not seeking: the plate and bar, no controls
    assert any(word.startswith("SEEKING") for word in words)
    assert not any("10 s back/on" in word for word in words)


def watched_to_the_end(display, replay) -> tuple[ReplayScene, EndOfReplayScene]:
    scene = watching(display, replay)
    scene.seek_to(RECORDED)
    arrive(scene)
    frames(scene, 1)
    end = scene.ctx.stack[-1]
    assert isinstance(end, EndOfReplayScene)
    return scene, end


def test_from_the_end_of_replay_page_seek_back_and_the_bar_go_back_and_watch_on_but_on_stays_at_the_end(
        display, recorded, monkeypatch):
    replay, hashes = recorded
    scene, end = watched_to_the_end(display, replay)
    said = record_drawn_words(monkeypatch, replay_module)
    hand(end, Actions(device="pad"))
    end.draw(display, 1.0)
    hint = said[-1]
    press(end, menu_seek_forward=True)  # on, at the end: the page stays
    bar = bar_rect(plate_rect(True, 3))
    press(end, click=(bar.right + 3, bar.centery), pointer=(bar.right + 3, bar.centery))  # the bar's end: the same
    assert scene.ctx.stack[-1] is end and scene.target is None
    back = scene.clock()[1] - SEEK_STEP  # 10 s before where the plate's clock stopped: the run was won before its end
    press(end, menu_seek_back=True)  # 10 s back, and it plays on from there
    assert scene.ctx.stack[-1] is scene and scene.target == back
    arrive(scene)
    frames(scene, 5)
    assert scene.game.tick == back + 5 and scene.game.state_hash() == hashes[back + 5]
    scene, end = watched_to_the_end(display, replay)
    middle, total = (bar.x + bar.width / 2, bar.centery), scene.clock()[1]
    press(end, click=middle, pointer=middle)  # the time under the mouse
    assert scene.ctx.stack[-1] is scene and scene.target == round(total / 2)
    arrive(scene)
    assert scene.game.state_hash() == hashes[scene.game.tick] and scene.mismatch is None
    assert hint.endswith("B twice quit   ·   LB 10 s back")  # the page's hint line, on a pad, names it


@pytest.fixture(scope="module")
def decided(tmp_path_factory):
    """A run on the duel map won past SEEK_STEP in and recorded as the play scene records one, on to the result
    screen, RESULT_TICKS past the tick it was decided on: (the replay, that tick)."""
    path = write_map(tmp_path_factory.mktemp("duel"), DUEL)
    game = new_game(path, 1)
    recorder, bot, decided_on = Recorder(game, path, None), Bot(game), None
    while decided_on is None or game.tick < decided_on + RESULT_TICKS:
        if game.tick > SEEK_STEP + 60:  # the bot fights from 11 s in: the win comes more than 10 s in
            bot.steer()
        recorder.before_step()
        game.step()
        recorder.after_step()
        if game.outcome and decided_on is None:
            decided_on = game.tick
    game.close()
    return recorder.replay(), decided_on


def test_from_the_end_of_replay_page_seek_back_lands_10_s_before_the_decision_on_the_clock_the_plate_shows(
        display, decided, monkeypatch):
    """The recording runs on RESULT_TICKS (1.6 s) past the level's decision, to its result screen, while the plate's
    clock stops at the decision: 10 s back counted from the recording's end landed 8.4 s back on the clock shown."""
    replay, decided_on = decided
    assert decided_on > SEEK_STEP and replay.ticks == decided_on + RESULT_TICKS
    scene = watching(display, replay)
    scene.seek_to(replay.ticks)
    arrive(scene)
    frames(scene, 1)
    end = scene.ctx.stack[-1]
    assert isinstance(end, EndOfReplayScene) and scene.clock() == (decided_on, decided_on)
    back = decided_on - SEEK_STEP
    press(end, menu_seek_back=True)
    assert scene.ctx.stack[-1] is scene and scene.target == back
    said = record_drawn_words(monkeypatch, replay_plate)
    scene.draw(display, 0.0)
    assert said[1].endswith(f" to {clock_text(back // 60)}")  # the plate names where the seek goes
    arrive(scene)
    said.clear()
    scene.draw(display, 0.0)
    assert said[1] == f"{clock_text(back // 60)} / {clock_text(decided_on // 60)}"  # 0:03 / 0:13: 10 s before
    assert scene.clock() == (back, decided_on) and scene.game.tick == back and scene.mismatch is None
    share = bar_share(back, decided_on)  # the bar agrees: filled to the time the plate shows, of the level's time
    bar = bar_rect(plate_rect(True, 4))
    assert display.get_at((bar.x + round(bar.width * (share - 0.03)), bar.centery))[:3] == AMBER
    assert display.get_at((bar.x + round(bar.width * (share + 0.03)), bar.centery))[:3] != AMBER


def test_watched_again_a_seek_starts_from_the_states_the_viewing_before_kept_and_lays_the_same_wrecks(
        display, recorded):
    replay, hashes = recorded
    first = watching(display, replay)
    first.seek_to(1400)
    arrive(first)
    first.seek_to(1300)
    arrive(first)
    wrecks = first.renderer.effects.wrecks
    assert first.restart() == ""
    again = first.ctx.stack[-1]
    assert isinstance(again, ReplayScene) and again is not first and again.game.tick == 0
    again.seek_to(1300)  # from the state kept at 600 by the viewing before (5 s short): not from the start
    assert again.head.tick == again.game.tick == KEYFRAME_EVERY
    arrive(again)
    assert again.game.state_hash() == hashes[1300] and again.mismatch is None
    assert wrecks and again.renderer.effects.wrecks == wrecks  # those of the ticks this viewing never ran too


def test_seek_on_tapped_jumps_as_it_is_let_go_and_held_plays_fast_until_let_go(display, recorded):
    replay, hashes = recorded
    scene = watching(display, replay)
    frames(scene, 30)
    press(scene, menu_seek_forward=True, seek_forward_held=True)
    for _ in range(6):  # 0.1 s held: a tap
        press(scene, seek_forward_held=True)
        frames(scene, 1)
    assert scene.target is None and scene.speed == 1
    press(scene)  # let go: 10 s on from where it stands
    assert scene.target == 36 + SEEK_STEP
    arrive(scene)
    tick = scene.game.tick
    press(scene, menu_seek_forward=True, seek_forward_held=True)
    for _ in range(round(HOLD_TO_PLAY_FAST * 60)):  # held past the moment: fast (the plate says it)
        press(scene, seek_forward_held=True)
        frames(scene, 1)
    assert scene.speed == HELD_SPEED and scene.speed_words() == f"{HELD_SPEED}x"
    before = scene.game.tick
    for _ in range(10):
        press(scene, seek_forward_held=True)
        frames(scene, 1)
    assert scene.game.tick == before + 10 * HELD_SPEED and scene.target is None  # no jump
    press(scene)  # let go: back to the speed chosen, where it stands, and no jump
    assert scene.speed == 1 and scene.target is None
    frames(scene, 3)
    assert scene.game.tick == before + 10 * HELD_SPEED + 3 > tick + SEEK_STEP / 10
    assert scene.game.state_hash() == hashes[scene.game.tick] and scene.mismatch is None


def test_seek_on_held_into_the_end_of_replay_page_or_the_pause_menu_plays_fast_no_more_and_the_plate_says_so(
        display, recorded, monkeypatch):
    """Held into a page, its letting go there went unseen: the plate under the page still read 4x, the speed the
    replay no longer plays at once the page is left (Watch again, back and on, Resume)."""
    replay, _ = recorded
    said = record_drawn_words(monkeypatch, replay_plate)
    for page in (PauseScene, EndOfReplayScene):
        scene = watching(display, replay)
        if page is EndOfReplayScene:
            scene.seek_to(RECORDED - 60)
            arrive(scene)
        press(scene, menu_seek_forward=True, seek_forward_held=True)
        while scene.ctx.stack[-1] is scene and scene.speed != HELD_SPEED:
            press(scene, seek_forward_held=True)
            frames(scene, 1)
        assert scene.speed == HELD_SPEED
        if page is PauseScene:
            press(scene, pause=True, seek_forward_held=True)
        while scene.ctx.stack[-1] is scene:  # held on to the end
            press(scene, seek_forward_held=True)
            frames(scene, 1)
        assert isinstance(scene.ctx.stack[-1], page)
        said.clear()
        scene.ctx.stack[-1].draw(display, 0.0)
        assert said[0] == "REPLAY" and said[2] == "1x" and scene.speed == 1, (page, said)  # [1]: the times


# s into the briefing, whole (a level's message is held as long again as it takes to read: seed 2 says the next line
# before it fades, and a line that fades is said within the seek's SETTLE_TICKS of its end)
@pytest.mark.parametrize("into, fading", [(5.2, False)])
def test_a_seek_into_a_long_briefing_arrives_with_it_in_rei_s_panel_at_the_age_playing_there_gives(display,
                                                                                                   recorded_calm, into,
                                                                                                   fading):
    replay, _ = recorded_calm
    said = 679  # the tick the mission's third briefing is said on, "Mars, 1996...": some 5.5 s up, nothing said over it
    target = said + round(into * TICK_RATE)
    assert target - SETTLE_TICKS > said  # said before the ticks the seek feeds its new view
    played = watching(display, replay)
    played.feel = dataclasses.replace(played.feel, hitstop=Hitstop(0.0, 0.0, 0.0, 0.0))  # its frames, a tick each
    while played.game.tick < target:
        frames(played, 1)
    scene = watching(display, replay)
    scene.seek_to(target)
    arrive(scene)
    seen, shown = scene.renderer.panel, played.renderer.panel
    assert shown.line.text.startswith("Mars, 1996") and 0 < shown.opacity and (shown.opacity < 1) == fading
    assert seen.line is not None and seen.line.text == shown.line.text
    assert (seen.age, seen.typed, seen.opacity) == pytest.approx((shown.age, shown.typed, shown.opacity))
