"""Replays in the window: every level played records, the result screen's "Watch replay" plays the run again to
the end, and a replay watched on its own ends on "End of replay"."""

import pytest

from game.app import App
from game.input.actions import Actions
from game.playback import play_back
from game.replay import load_replay
from game.scenes.pause import SURE_LEAVE, SURE_RESTART, PauseScene
from game.scenes.play import PlayScene
from game.scenes import replay as replay_module
from game.scenes.replay import EndOfReplayScene, ReplayScene
from game.scenes.result import HINT_GAP, SETTLE, ResultScene
from game.scenes.title import TitleScene
from game.session import DEFAULT_LEVEL
from game.sim.components import Brain, Heat, Position, Vmax
from game.view import fouron as fouron_module
from game.view import hud as hud_module
from tests.drawn_words import record_drawn_rects, record_drawn_words
from tests.maps import write_map
from tests.scenes.conftest import hand, make_context, until_replay_ends

DUEL = ["###############", "#.............#", "#.............#", "#..P.......E..#", "#.............#",
        "#.............#", "###############"]


def choose(scene, option: str) -> None:
    scene.menu.selected = scene.menu.options.index(option)
    scene.handle(Actions(menu_confirm=True))


def play_a_while(play: PlayScene, ticks: int) -> None:
    """Press things the way a player would: move, aim with the mouse, fire, dash, a missile, V-MAX."""
    for tick in range(ticks):
        play.handle(Actions(move=(0.6, -0.8) if tick % 120 < 60 else (-1.0, 0.0), fire=tick % 30 < 12,
                            missile=40 <= tick % 100 < 70, dash=tick % 50 == 10, vmax=tick == 70,
                            aim_screen=(700 + tick % 200, 300 + tick % 90)))
        play.step()


def watched_to_its_end(context, ticks: int = 30, settle: bool = True):
    """A short run recorded in `context`, then watched until it ends (its End of replay page, come in to take
    choices unless not `settle`): (the replay scene, the page it ended on)."""
    recording = PlayScene(context)
    context.push(recording)
    play_a_while(recording, ticks)
    replay = recording.recorder.replay()
    context.close_from(0)
    watching = ReplayScene(context, replay)
    context.push(watching)
    end = until_replay_ends(context, ticks + 200)
    if settle:
        end.frame(SETTLE)
    return watching, end


def recorded_play(context, ticks: int = 30) -> PlayScene:
    """`ticks` ticks on `context`'s level played as a player would (play_a_while), its recorder holding the run."""
    recording = PlayScene(context)
    play_a_while(recording, ticks)
    return recording


def edited(replay, parted_at: int | None = None, **fields):
    """`replay` with `fields` changed, and its state hash recorded at tick `parted_at` wrong (the run parts there)."""
    if parted_at is not None:
        fields["hashes"] = replay.hashes[:parted_at - 1] + ("00000000",) + replay.hashes[parted_at:]
    return type(replay)(**{**replay.__dict__, **fields})


def watched_for(context, replay, steps: int) -> ReplayScene:
    """`replay` watched on `context` for `steps` steps: its scene."""
    watching = ReplayScene(context, replay)
    context.push(watching)
    for _ in range(steps):
        watching.step()
    return watching


def launched_duel(tmp_path):
    """The duel map launched from the title (Launch, as a new pilot's goes straight into it): (the context, the
    level's play scene)."""
    ctx = make_context(write_map(tmp_path, DUEL))
    ctx.push(TitleScene(ctx))
    ctx.stack[-1].handle(Actions(menu_confirm=True))  # Launch
    return ctx, ctx.stack[-1]


def win(ctx, play: PlayScene) -> ResultScene:
    """Shoot the one Dis on the duel map with the mouse until the result screen shows (intents only: the
    replay of this run has to be the run)."""
    for tick in range(20 * 60):
        foes = play.game.world.query(Position, Brain)
        aim = play.renderer.camera.to_screen(foes[0][1][0].x, foes[0][1][0].y) if foes else (640, 360)
        play.handle(Actions(aim_screen=aim, fire=True, move=(0.0, 0.3 if tick % 80 < 40 else -0.3)))
        play.step()
        if isinstance(ctx.stack[-1], ResultScene):
            ctx.stack[-1].frame(SETTLE)  # it takes choices once it has come in
            return ctx.stack[-1]
    raise AssertionError("no result screen")


def test_watch_replay_on_the_result_screen_plays_the_run_to_the_end_of_replay_page_whose_back_returns_there(
        display, tmp_path, player_files, monkeypatch):
    said = record_drawn_words(monkeypatch, replay_module)
    ctx, play = launched_duel(tmp_path)
    play_a_while(play, 100)
    result = win(ctx, play)
    # a campaign of one map, won: Launch shows the missions page from now on, and so does the result's row
    assert result.won and result.menu.options == ["Restart", "Watch replay", "Missions", "Main menu"]
    assert (player_files / "last.replay").is_file()  # kept as soon as the level ended
    recorded = play.recorder.ticks
    choose(result, "Watch replay")
    watching = ctx.stack[-1]
    assert isinstance(watching, ReplayScene) and watching.back_to is result
    watching.handle(Actions(move=(1.0, 0.0), fire=True, dash=True))  # the player's hands do nothing here
    frames = 0
    while ctx.stack[-1] is watching:
        watching.step()
        watching.frame(1 / 60)
        if frames % 20 == 0:
            watching.draw(display, 0.5)
        frames += 1
        assert frames < recorded + 600
    end = ctx.stack[-1]
    assert isinstance(end, EndOfReplayScene) and end.watched is watching and watching.head.tick == recorded
    # every tick was checked against the recording (mismatch stays None), to the last: the same run
    assert watching.mismatch is None and watching.replay.final_hash == play.game.state_hash()
    assert watching.game.outcome == "won"
    assert end.menu.options == ["Watch again", "Back to results"]
    end.frame(SETTLE)
    end.draw(display, 1.0)
    assert said[-1] == ("W/S or UP/DOWN choose   ·   RETURN or click select   ·   ESCAPE back to results   ·   "
                        "J 10 s back, or click the bar")
    end.handle(Actions(menu_back=True))  # at once: leaving for the result screen loses nothing
    assert ctx.stack[-1] is result and ctx.running


def test_the_last_run_is_kept_as_last_replay_when_the_player_quits(ctx, player_files):
    ctx.stack[-1].handle(Actions(menu_confirm=True))
    play = ctx.stack[-1]
    play_a_while(play, 90)
    play.handle(Actions(pause=True))
    choose(ctx.stack[-1], "Main menu")
    choose(ctx.stack[-1], SURE_LEAVE)
    assert isinstance(ctx.stack[-1], TitleScene)
    replay = load_replay(player_files / "last.replay")
    assert replay.ticks == 90
    final_hash, mismatch = play_back(replay, verify=True)
    assert mismatch is None and final_hash == replay.final_hash  # the level (and its world) is closed


def test_restart_keeps_the_run_that_was_restarted(ctx, player_files):
    ctx.stack[-1].handle(Actions(menu_confirm=True))
    play_a_while(ctx.stack[-1], 45)
    ctx.stack[-1].handle(Actions(pause=True))
    choose(ctx.stack[-1], "Restart")
    choose(ctx.stack[-1], SURE_RESTART)
    assert load_replay(player_files / "last.replay").ticks == 45
    assert ctx.stack[-1].game.tick == 0 and ctx.stack[-1].recorder.ticks == 0


def test_a_replay_watched_on_its_own_ends_on_end_of_replay_which_restarts_it(display, tmp_path):
    context = make_context()
    watching, end = watched_to_its_end(context, 60, settle=False)
    assert isinstance(end, EndOfReplayScene) and watching.head.done and watching.mismatch is None
    watching.draw(display, 1.0)
    end.draw(display, 1.0)
    end.frame(SETTLE)  # the page takes no choice until it has come in
    choose(end, "Watch again")
    again = context.stack[-1]
    assert isinstance(again, ReplayScene) and again is not watching and again.game.tick == 0
    again.handle(Actions(pause=True))
    options = context.stack[-1].menu.options
    assert isinstance(context.stack[-1], PauseScene) and not any(option.startswith("Save") for option in options)


def test_the_end_of_replay_takes_no_choice_as_it_comes_in_and_back_picks_quit_before_quitting(display):
    context = make_context()
    _, end = watched_to_its_end(context, settle=False)
    end.handle(Actions(menu_back=True))  # a press meant for the replay, as it ends
    assert context.running and end.menu.selected == 0
    end.frame(SETTLE)
    end.handle(Actions(menu_back=True))
    assert context.running and end.menu.options[end.menu.selected] == "Quit"
    end.handle(Actions(menu_back=True))
    assert not context.running  # watched on its own: Quit ends the game


def test_watching_with_a_pad_the_prompts_name_the_pad_and_pulling_it_out_says_why_it_paused(display):
    context = make_context()
    watching = watched_for(context, recorded_play(context).recorder.replay(), 0)
    hand(watching, Actions(device="pad"))
    assert watching.device == "pad"
    hand(watching, Actions(pad_lost=True, device="pad"))
    assert isinstance(context.stack[-1], PauseScene) and "disconnected" in context.stack[-1].reason


def test_a_replay_s_hud_says_what_the_pilot_could_do_and_names_no_control_to_press(display, monkeypatch):
    """The player's HUD prompts ("hold E to lock on", "PRESS Q", "MASH SPACE") are for hands on the controls; a
    replay's viewer has none in it, so its HUD tells the same states without them."""
    said = record_drawn_words(monkeypatch, hud_module)
    said_by_fouron = record_drawn_words(monkeypatch, fouron_module)
    context = make_context()
    recording = recorded_play(context)
    watching = ReplayScene(context, recording.recorder.replay())
    for scene in (recording, watching):  # a full meter on a cool gauge: a whole V-MAX to run, READY
        scene.game.world.get(scene.game.player, Vmax).meter = 1.0
        scene.game.world.get(scene.game.player, Heat).value = 0.0
    recording.draw(display, 0.0)
    assert "V-MAX · READY · PRESS Q" in said and "hold E or RIGHT MOUSE: lock on" in said
    said.clear()
    watching.draw(display, 0.0)
    assert "V-MAX · READY" in said and "ready" in said
    assert not [words for words in said if "PRESS" in words or "hold" in words]
    for scene in (recording, watching):
        scene.game.res.fouron.active = True
        scene.draw(display, 0.0)
    assert said_by_fouron.count("MASH") == 1 and said_by_fouron.count("PILOT RESISTING") == 1


def test_the_hud_says_replay_and_a_run_that_parts_ways_is_flagged(display):
    context = make_context()
    watching = watched_for(context, edited(recorded_play(context).recorder.replay(), parted_at=10), 15)
    assert watching.mismatch is not None and watching.mismatch.tick == 10
    assert watching.reasons == []  # recorded by this game, with these numbers: nothing more to say
    watching.draw(display, 0.0)


def test_a_replay_whose_end_differs_from_its_file_says_so_at_the_end_though_every_tick_matched(display, monkeypatch):
    context = make_context()
    replay = recorded_play(context).recorder.replay()
    for field, changed in (("final_hash", "0" * len(replay.final_hash)), ("outcome", "won")):
        watching = watched_for(context, edited(replay, **{field: changed}), 0)
        while not watching.head.done:
            watching.step()
        component = {"final_hash": "final state hash", "outcome": "outcome"}[field]
        assert watching.mismatch is not None and watching.mismatch.component == component
        words = record_drawn_words(monkeypatch, replay_module)
        watching.draw(display, 0.0)
        assert f"Ends out of step ({component})" in words
        watching.step()
        end = context.stack[-1]
        assert isinstance(end, EndOfReplayScene) and component in end.warning and "Every tick matched" in end.warning
        context.close_from(0)


def test_a_run_that_parts_ways_after_the_units_were_retuned_says_so_on_the_hud(display):
    context = make_context()
    replay = recorded_play(context).recorder.replay()
    watching = watched_for(context, edited(replay, parted_at=10, catalog_hash="0123456789abcdef"), 15)
    assert watching.mismatch.tick == 10
    assert watching.reasons == ["recorded with other unit, weapon or advisor data "
                                "(assets/data/units.yaml, advisor.yaml)"]
    watching.draw(display, 0.0)


def test_a_run_that_parts_ways_after_moving_to_another_python_says_so_on_the_hud(display, monkeypatch):
    import platform
    import sys
    context = make_context()
    replay = recorded_play(context).recorder.replay()
    python = f"{sys.version_info[0]}.{sys.version_info[1] + 1}"  # the next Python, on this platform
    watching = watched_for(context, edited(replay, python=python), 15)
    assert watching.mismatch is None and watching.reasons == []  # played the same: nothing said of where it was made
    watching = watched_for(context, edited(replay, parted_at=20, python=python), 25)
    place = f"{sys.platform} {platform.machine()}".strip()
    here = f"Python {sys.version_info[0]}.{sys.version_info[1]} on {place}"
    assert watching.mismatch.tick == 20
    assert watching.renderer.hud.card.outranked  # the level's title card gives way to the plate that says so
    assert watching.reasons == [f"recorded on Python {python} on {place}; this is {here}: the rules' floating-point "
                                "maths may differ between them"]
    words = record_drawn_words(monkeypatch, replay_module)
    watching.draw(display, 0.0)
    assert any(line.startswith("Out of step from tick 20 (") for line in words)
    assert f"Recorded on Python {python} on {place}; this is {here}: the rules' floating-point maths may differ " \
           "between them" in words


def test_record_writes_the_replay_when_the_window_closes(tmp_path, player_files):
    target = tmp_path / "mine.replay"
    app = App(DEFAULT_LEVEL, seed=3, skip_title=True, audio=False, record_to=target)
    assert app.run(max_frames=40) == 0
    replay = load_replay(target)
    assert replay.seed == 3 and replay.ticks > 0
    assert (player_files / "last.replay").read_bytes() == target.read_bytes()
    assert play_back(replay, verify=True).mismatch is None


def test_ctrl_c_in_the_terminal_ends_the_game_as_closing_the_window_does_and_keeps_the_replay(player_files):
    app = App(DEFAULT_LEVEL, seed=3, skip_title=True, audio=False)
    frames = []
    real = app._draw

    def draw(alpha):  # Ctrl+C arrives mid-frame, as SIGINT raised it from pygame.display.flip()
        real(alpha)
        frames.append(alpha)
        if len(frames) == 40:
            raise KeyboardInterrupt

    app._draw = draw
    try:
        status = app.run()
    except KeyboardInterrupt:
        pytest.fail("Ctrl+C ended the game in a traceback")
    assert status == 130
    replay = load_replay(player_files / "last.replay")
    assert replay.ticks > 0 and play_back(replay, verify=True).mismatch is None


def test_the_app_plays_a_replay_file_in_the_window(display, tmp_path):
    context = make_context()
    recording = PlayScene(context)
    play_a_while(recording, 30)
    path = tmp_path / "short.replay"
    recording.recorder.save(path)
    app = App(DEFAULT_LEVEL, audio=False, replay=load_replay(path))
    assert isinstance(app.ctx.stack[-1], ReplayScene)
    assert app.run(max_frames=30) == 0


def test_the_replays_clock_stops_where_the_level_was_decided_as_the_results_time_does(display, tmp_path):
    ctx, play = launched_duel(tmp_path)
    result = win(ctx, play)
    decided = play.ended_tick
    assert play.recorder.ticks > decided  # the recording runs on to the result screen
    choose(result, "Watch replay")
    watching = ctx.stack[-1]
    assert watching.clock() == (0, decided)  # known from the start: the recording says how it ended
    while ctx.stack[-1] is watching:
        watching.step()
        assert watching.clock()[0] <= decided
    assert watching.head.tick == play.recorder.ticks and watching.clock() == (decided, decided)


def test_watching_again_once_the_map_is_broken_says_why_on_the_end_of_replay_page(display, tmp_path):
    path = write_map(tmp_path, DUEL)
    context = make_context(path)
    _, end = watched_to_its_end(context)
    path.write_text("<map><layer", encoding="utf-8")
    choose(end, "Watch again")
    assert context.stack[-1] is end and str(path) in end.warning
    end.draw(display, 1.0)


def test_quitting_a_replay_opened_from_the_result_screen_goes_back_to_it(display, tmp_path):
    ctx, play = launched_duel(tmp_path)
    result = win(ctx, play)
    choose(result, "Watch replay")
    watching = ctx.stack[-1]
    watching.step()
    watching.handle(Actions(pause=True))
    assert ctx.stack[-1].menu.options == ["Resume", "Watch again", "Options", "Comms log", "Back to results"]
    choose(ctx.stack[-1], "Back to results")
    assert ctx.stack[-1] is result


def test_the_end_of_replay_names_its_controls_and_start_on_a_pad_watches_again(display, monkeypatch):
    from game.scenes import replay as replay_module
    from tests.drawn_words import record_drawn_words
    said = record_drawn_words(monkeypatch, replay_module)
    context = make_context()
    watching, end = watched_to_its_end(context)
    end.draw(display, 1.0)
    assert said[-1] == ("W/S or UP/DOWN choose   ·   RETURN or click select   ·   ESCAPE twice quit   ·   "
                        "J 10 s back, or click the bar")
    end.handle(Actions(pause=True, device="pad"))
    assert isinstance(context.stack[-1], ReplayScene) and context.stack[-1] is not watching


def drawing_order(monkeypatch, scene, surface) -> list[str]:
    """What `scene` draws of the reticle and the HUD (its plates), in the order drawn."""
    from game.scenes import play as play_module
    order = []
    real_reticle, real_hud = play_module.draw_reticle, scene.renderer.hud.draw
    monkeypatch.setattr(play_module, "draw_reticle", lambda *args, **kwargs: (order.append("reticle"),
                                                                              real_reticle(*args, **kwargs)))
    monkeypatch.setattr(scene.renderer.hud, "draw", lambda *args, **kwargs: (order.append("hud"),
                                                                              real_hud(*args, **kwargs)))
    scene.draw(surface, 1.0)
    return order


def test_a_replay_draws_the_pilot_s_recorded_aim_under_the_hud_s_plates_as_play_draws_the_pointer_over_them(
        display, tmp_path, monkeypatch):
    """A replay's crosshair stood over the goal's plate at the top. It is the pilot's aim, a part of the picture (the
    viewer's own pointer shows): under the plates. In play it is the pointer (the system's hidden): over them."""
    from game.replay import Recorder
    from game.session import new_game
    game = new_game(DEFAULT_LEVEL, seed=1)
    recorder = Recorder(game, DEFAULT_LEVEL)
    for _ in range(30):
        recorder.before_step()
        game.step()
        recorder.after_step()
    game.close()
    ctx = make_context()
    watching = ReplayScene(ctx, recorder.replay())
    ctx.push(watching)
    watching.step()
    assert drawing_order(monkeypatch, watching, display) == ["reticle", "hud"] and watching.pointer
    play = PlayScene(make_context())
    play.ctx.push(play)
    play.step()
    assert drawing_order(monkeypatch, play, display) == ["hud", "reticle"] and not play.pointer


def test_the_end_of_replay_sets_its_time_watched_straight_under_the_outcome_with_no_blank_row(display, monkeypatch):
    _, end = watched_to_its_end(make_context(), 60, settle=False)
    assert isinstance(end, EndOfReplayScene) and not end.warning
    rects = record_drawn_rects(monkeypatch, replay_module)
    end.draw(display, 1.0)
    outcome, watched = rects[end.subtitle], next(rect for words, rect in rects.items() if words.endswith(" watched"))
    # as the result screen sets its lines (HINT_GAP between them): the row kept for a mismatch no longer stands empty
    assert watched.top - outcome.bottom <= HINT_GAP + 8
