"""Seek back held in a replay: it rewinds, a step of 10 s back each REWIND_EVERY once held a moment, the plate saying
so and counting back, down to the start and no further; no seek runs until it is let go, then one does, to where the
rewind got, arriving on the state playing there gives."""

import pytest

from game.bot import Bot
from game.content.chain import LEVELS
from game.replay import Recorder
from game.scenes.pause import PauseScene
from game.scenes.replay import HOLD_TO_PLAY_FAST, REWIND_EVERY, SEEK_STEP
from game.session import new_game
from game.sim.resources import TICK_RATE
from game.view import replay_plate
from game.view.text import clock_text
from tests.drawn_words import record_drawn_words
from tests.scenes.test_replay_controls import frames, press
from tests.scenes.test_replay_seek import arrive, watching

RECORDED = 45 * TICK_RATE  # ticks of the finale's fight, undecided: the bot takes 110 s to win it
FROM = 40 * TICK_RATE  # where seek back is pressed: four steps of 10 s from the start


@pytest.fixture(scope="module")
def recorded():
    """RECORDED ticks of the bot fighting on the campaign's last map, the longest shipped."""
    level = LEVELS / "command.tmx"
    game = new_game(level, 1)
    recorder, bot = Recorder(game, level, None), Bot(game)
    while recorder.ticks < RECORDED:
        bot.steer()
        recorder.before_step()
        game.step()
        recorder.after_step()
    assert game.outcome is None
    game.close()
    return recorder.replay()


def landed(scene, tick: int) -> bool:
    """The seek under way arrives on `tick` and the replay plays on from there, every tick checked against the
    recording's hashes (a state that parted ways would say so)."""
    if scene.target is not None:
        arrive(scene)
    at = scene.game.tick
    frames(scene, 5)
    return at == tick and scene.game.tick > tick and scene.mismatch is None


def held_from(display, replay, frame_count: int):
    """The replay watched from FROM, seek back pressed there and held over `frame_count` frames at 60 a second; the
    tick the seek runs to after each frame."""
    scene = watching(display, replay)
    scene.seek_to(FROM)
    arrive(scene)
    press(scene, menu_seek_back=True, seek_back_held=True)
    targets = []
    for _ in range(frame_count):
        press(scene, seek_back_held=True)
        frames(scene, 1)
        targets.append(scene.target)
    return scene, targets


def test_seek_back_held_rewinds_a_step_at_a_time_at_a_steady_rate_to_the_start_and_no_further(display, recorded):
    moment, every = round(HOLD_TO_PLAY_FAST * 60), round(REWIND_EVERY * 60)  # in frames
    scene, targets = held_from(display, recorded, moment + 3 * every + 30)
    first = FROM - SEEK_STEP  # the press's own step
    steps = [(frame, target) for frame, (before, target) in enumerate(zip([first, *targets], targets), 1)
             if target != before]  # (the frame it stepped on, counted from the press, and where to)
    assert targets[0] == first
    assert [target for _, target in steps] == [first - SEEK_STEP * n for n in (1, 2, 3)]  # 10 s back each, to 0:00
    beats = [frame for frame, _ in steps]
    assert abs(beats[0] - moment) <= 1 and all(abs(b - a - every) <= 1 for a, b in zip(beats, beats[1:]))
    assert targets[-1] == 0  # and it stays there, held on


def test_while_it_rewinds_no_seek_runs_and_let_go_one_arrives_where_the_rewind_got(display, recorded):
    """A seek back is costly (the state kept before it, played on headless, then 5 s fed to a view made anew): one set
    out at each step would be restarted by the next, and stack up into a long wait. The rewind runs none, then one."""
    scene, _ = held_from(display, recorded, round(HOLD_TO_PLAY_FAST * 60) + 2)
    assert scene.rewinding and scene.target == FROM - 2 * SEEK_STEP
    game, tick = scene.game, scene.head.tick
    for _ in range(round(REWIND_EVERY * 60) - 4):  # held on, short of the next step
        press(scene, seek_back_held=True)
        frames(scene, 1)
        assert scene.game is game and scene.head.tick == tick  # nothing restored, nothing played
    press(scene)  # let go
    assert not scene.rewinding and scene.target == FROM - 2 * SEEK_STEP
    assert landed(scene, FROM - 2 * SEEK_STEP)


def test_the_plate_says_it_rewinds_and_counts_back_to_0_00(display, recorded, monkeypatch):
    said = record_drawn_words(monkeypatch, replay_plate)
    scene, _ = held_from(display, recorded, round(HOLD_TO_PLAY_FAST * 60) + 1)
    total = scene.clock()[1]
    scene.draw(display, 0.0)
    to = FROM - 2 * SEEK_STEP
    assert said[:3] == ["REPLAY", f"{clock_text(to // TICK_RATE)} / {clock_text(total // TICK_RATE)}", "REWINDING"]
    assert "J held rewind   ·   L held 4x" in said  # and its line names the hold
    for _ in range(2 * round(REWIND_EVERY * 60) + 1):  # two steps more: 0:10, then 0:00
        press(scene, seek_back_held=True)
        frames(scene, 1)
    said.clear()
    scene.draw(display, 0.0)
    assert said[:3] == ["REPLAY", f"0:00 / {clock_text(total // TICK_RATE)}", "REWINDING"]
    press(scene)
    assert landed(scene, 0)


def test_the_rewinding_plate_s_bar_marks_where_the_rewind_started_as_well_as_where_it_has_got(display, recorded,
                                                                                             monkeypatch):
    """The bar showed only the time the rewind had got back to: how far back that is from where it started was not
    on it. Filled to where it has got, it is marked where it started, as a seek's bar is marked where it runs to."""
    from game.scenes import replay as replay_module
    bars = []
    real = replay_module.draw_replay_plate
    monkeypatch.setattr(replay_module, "draw_replay_plate", lambda surface, speed, times, share, hints, parted,
                        mark=None: (bars.append((speed, share, mark)),
                                    real(surface, speed, times, share, hints, parted, mark))[1])
    scene, _ = held_from(display, recorded, round(HOLD_TO_PLAY_FAST * 60) + round(REWIND_EVERY * 60) + 1)
    total = scene.clock()[1]
    scene.draw(display, 0.0)
    [(speed, share, mark)] = bars
    assert speed == "REWINDING" and scene.target == FROM - 3 * SEEK_STEP
    assert share == replay_plate.bar_share(FROM - 3 * SEEK_STEP, total)
    assert mark == replay_plate.bar_share(FROM, total)  # where seek back was pressed: 30 s further on


def test_a_tap_of_seek_back_held_for_less_than_the_moment_jumps_10_s_back_once(display, recorded):
    scene, targets = held_from(display, recorded, round(HOLD_TO_PLAY_FAST * 60) - 3)
    assert all(target in (FROM - SEEK_STEP, None) for target in targets)  # on its way there, or arrived
    press(scene)
    assert landed(scene, FROM - SEEK_STEP)


def test_held_into_the_pause_menu_it_rewinds_no_more_and_the_seek_sets_out_to_where_it_got(display, recorded):
    """Its letting go goes unseen under the page: the plate under it shows the seek to where the rewind got, and it
    arrives once the page is left, however long the key was held there."""
    scene, _ = held_from(display, recorded, round(HOLD_TO_PLAY_FAST * 60) + 1)
    press(scene, pause=True, seek_back_held=True)
    assert isinstance(scene.ctx.stack[-1], PauseScene) and not scene.rewinding
    scene.ctx.close_from(scene.ctx.stack.index(scene) + 1)  # Resume
    press(scene, seek_back_held=True)  # still held: no new press, no rewind
    assert not scene.rewinding and scene.target == FROM - 2 * SEEK_STEP
    assert landed(scene, FROM - 2 * SEEK_STEP)
