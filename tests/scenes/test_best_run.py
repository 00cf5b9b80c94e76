"""Each mission's best run: a win that sets the best time keeps its replay beside last.replay, a slower win or a loss
never replaces it, a designer's maps keep theirs apart, and the missions page plays it, and comes back, or says why
it cannot."""

import gzip
import json
import os

import pygame
import pytest

from game.content.chain import LEVELS
from game.input.actions import Actions
from game.playback import play_back
from game.record import record_result
from game import best_runs, record as record_module, replay as replay_module
from game.replay import ReplayError, load_replay, read_replay
from game.result_delay import RESULT_DELAY
from game.scenes import missions as missions_module
from game.scenes.missions import MissionsScene
from game.scenes.play import PlayScene
from game.scenes.replay import EndOfReplayScene, ReplayScene
from game.scenes.result import SETTLE
from game.sim.resources import TICK_RATE, Tally
from game.view.text import clock_text
from tests.drawn_words import record_drawn_words
from tests.maps import TILE
from tests.scenes.conftest import make_context, save
from tests.scenes import test_best_time
from tests.scenes.test_replay_scene import DUEL, choose, launched_duel, play_a_while, win

MARS = LEVELS / "mars_base.tmx"


def finish(play, outcome: str, seconds: float):
    """The level decided `seconds` of game time in, its replay saved as the play scene saves it, its result up."""
    play.save_replay()
    return test_best_time.finish(play, outcome, seconds)


def decided(play, outcome: str, seconds: float):
    """A new run of `play`'s level decided `seconds` in, recorded to the result screen as the play scene records it
    (RESULT_DELAY past the decision) and its replay saved: a best run's time is told by its length."""
    run = PlayScene(play.ctx, play.level_path)
    play.ctx.push(run)
    while run.recorder.ticks < round(seconds * TICK_RATE) + round(RESULT_DELAY * TICK_RATE):
        run.step()
    run.game.res.outcome, run.ended_tick = outcome, round(seconds * TICK_RATE)
    run.save_replay()
    return run


def run_to_result(play, outcome: str, seconds: float):
    """decided(), and its result up."""
    return test_best_time.finish(decided(play, outcome, seconds), outcome, seconds)


def kept(player_files) -> dict:
    """Every best run in the data folder: its path from there → its bytes."""
    return {path.relative_to(player_files).as_posix(): path.read_bytes()
            for path in sorted((player_files / "best").rglob("*.replay"))}


def test_a_win_that_sets_the_best_time_keeps_its_replay_which_plays_back_as_the_run(display, tmp_path, player_files):
    ctx, play = launched_duel(tmp_path)
    play_a_while(play, 60)
    result = win(ctx, play)
    assert result.new_best  # the first win
    [(name, data)] = kept(player_files).items()
    assert name.startswith("best/") and data == (player_files / "last.replay").read_bytes()
    replay = load_replay(player_files / name)
    final_hash, mismatch = play_back(replay, verify=True)
    assert mismatch is None and final_hash == play.game.state_hash() and replay.outcome == "won"


def test_a_slower_win_or_a_loss_never_replaces_the_best_run_and_a_faster_win_does(play, player_files):
    run_to_result(play, "won", 2.5)  # the first win: the best
    first = kept(player_files)
    assert len(first) == 1
    for outcome, seconds in [("won", 3.0), ("lost", 1.0), ("won", 2.5)]:  # slower, a loss, a tie
        run_to_result(play, outcome, seconds)
        assert kept(player_files) == first
    faster = run_to_result(play, "won", 2.0).play
    [(name, data)] = kept(player_files).items()
    assert name in first and data != first[name]
    assert load_replay(player_files / name).ticks == faster.recorder.ticks


def test_a_run_resumed_from_a_save_keeps_no_best_run_and_the_next_win_though_slower_is_the_one_to_watch(
        play, player_files):
    recorder = play.recorder
    play.recorder, play.no_replay = None, "the run was resumed from a save"
    result = finish(play, "won", 40.5)
    assert result.new_best and kept(player_files) == {}  # its best time counts, with no replay of it
    play.recorder = recorder
    play.step()
    result = finish(play, "won", 45.0)
    assert not result.new_best and result.record.level(play.level_path).best_time == 40.5
    [name] = kept(player_files)
    assert load_replay(player_files / name).ticks == play.recorder.ticks


def test_a_designers_maps_keep_their_best_runs_apart_from_the_games_and_from_each_other(display, tmp_path,
                                                                                       player_files):
    """Two maps of a designer's named outpost.tmx, in two folders: each its own best run, neither the game's."""
    for folder in ("one", "two"):
        (tmp_path / folder).mkdir()
        pygame.image.save(pygame.Surface((TILE * 2, TILE)), tmp_path / folder / "test.png")
        save(tmp_path / folder / "outpost.tmx", DUEL)
        ctx = make_context(tmp_path / folder / "outpost.tmx")
        play = PlayScene(ctx)
        ctx.push(play)
        play.step()
        finish(play, "won", 40.5)
    runs = kept(player_files)
    assert len(runs) == 2 and "best/outpost.replay" not in runs  # the game's outpost keeps its own name free
    assert all(name.startswith("best/own_maps/outpost") for name in runs)
    assert {load_replay(player_files / name).level for name in runs} == \
        {str(tmp_path / folder / "outpost.tmx") for folder in ("one", "two")}


def test_a_best_run_of_a_map_changed_since_is_told_and_the_next_win_takes_its_place(play, player_files, monkeypatch):
    play.step()
    finish(play, "won", 40.5)
    [name] = kept(player_files)
    before = load_replay(player_files / name)
    save(play.level_path, ["##########", "#........#", "#.P..E...#", "#........#", "##########"])  # an enemy less
    again = PlayScene(play.ctx, play.level_path)
    play.ctx.push(again)
    again.step()
    finish(again, "won", 50.0)  # slower, but the best run kept no longer plays: this one is the one there is
    after = load_replay(player_files / name)
    assert after.level_hash != before.level_hash and after.level_hash == again.game.res.level.content_hash
    assert load_replay(player_files / name).ticks == again.recorder.ticks
    assert not list((player_files / "best").rglob("*.unreadable*"))  # a run of a map no longer there is not kept


def record_mars_run(ctx, ticks: int = 200):
    """A short run on the Mars base from its start, its replay: a best run to watch as the page plays one."""
    recording = PlayScene(ctx, MARS)
    ctx.push(recording)
    play_a_while(recording, ticks)
    replay = recording.recorder.replay()
    ctx.close_from(1)
    return replay


def watch(page, actions=Actions(menu_watch=True)):
    """`actions` on the page (R, or a click on the best run's line), then the page drawn (saying it reads the run) and
    a frame, which reads it: watched or refused."""
    page.handle(actions)
    page.draw(pygame.display.get_surface(), 1.0)
    page.frame(1 / 60)
    assert page.reading is None


def missions_page(ctx) -> MissionsScene:
    """The missions page from the title's Launch, the Mars base chosen."""
    ctx.stack[-1].handle(Actions(menu_confirm=True))
    page = ctx.stack[-1]
    assert isinstance(page, MissionsScene)
    page.menu.selected = 0
    return page


def test_the_missions_page_plays_the_chosen_missions_best_run_and_comes_back_to_it(ctx, player_files, monkeypatch):
    said = record_drawn_words(monkeypatch, missions_module)
    replay = record_mars_run(ctx)
    replay.save(player_files / "best" / "mars_base.replay")
    decided = (replay.ticks - round(RESULT_DELAY * TICK_RATE)) * 10 // TICK_RATE / 10  # as the result gives it
    record_result(MARS, Tally(), "won", seconds=decided)
    page = missions_page(ctx)
    page.draw(pygame.display.get_surface(), 1.0)
    assert any(words.startswith("Watch the best run (") for words in said)
    assert any("R watch best run" in words for words in said)  # named on the hint line
    watch(page)
    watching = ctx.stack[-1]
    assert isinstance(watching, ReplayScene) and watching.back_to is page
    for _ in range(replay.ticks + 10):
        if ctx.stack[-1] is not watching:
            break
        watching.step()
    end = ctx.stack[-1]
    assert isinstance(end, EndOfReplayScene) and watching.head.tick == replay.ticks and watching.mismatch is None
    end.frame(SETTLE)
    choose(end, "Back to missions")
    assert ctx.stack[-1] is page and len(ctx.stack) == 2
    watch(page)  # again, and out of it through the pause menu this time
    ctx.stack[-1].step()
    ctx.stack[-1].handle(Actions(pause=True))
    assert ctx.stack[-1].menu.options[-1] == "Back to missions"
    choose(ctx.stack[-1], "Back to missions")
    assert ctx.stack[-1] is page and len(ctx.stack) == 2
    page.draw(pygame.display.get_surface(), 1.0)
    watch(page, Actions(click=page.best_run_rect.center))  # a click on its line watches it too
    assert isinstance(ctx.stack[-1], ReplayScene) and ctx.stack[-1].back_to is page
    ctx.close_from(1)
    record_result(MARS, Tally(), "won", seconds=decided - 1)  # a faster win that kept no replay (resumed from a save)
    said.clear()
    missions_page(ctx).draw(pygame.display.get_surface(), 1.0)
    # its own time, not the best's, and why the best's is not the one offered, in the words of the line without one
    assert f"Watch the best run kept ({clock_text(decided, tenths=True)}): no replay of the best time to watch" in said


def newer_format(path):
    path.write_bytes(gzip.compress(json.dumps({"magic": "blue-comet replay", "format": 99}).encode()))


@pytest.mark.parametrize("spoil, told", [
    (lambda path: path.write_bytes(b"not a replay at all"), "corrupted: not gzip-compressed"),
    (lambda path: path.write_bytes(gzip.compress(b'{"magic": "blue-comet replay", "form')), "truncated"),
    (newer_format, "newer"),
    (lambda path: path.mkdir(), "Is a directory"),
    (lambda path: os.mkfifo(path), "a named pipe"),
])
def test_a_best_run_file_that_cannot_be_read_is_named_on_the_page_which_still_plays_the_mission(
        ctx, player_files, monkeypatch, spoil, told):
    said = record_drawn_words(monkeypatch, missions_module)
    problems = []
    real = missions_module.draw_lines
    monkeypatch.setattr(missions_module, "draw_lines", lambda surface, text, *a, **k: (problems.append(text),
                                                                                      real(surface, text, *a, **k))[1])
    record_result(MARS, Tally(), "won", seconds=94.6)
    path = player_files / "best" / "mars_base.replay"
    path.parent.mkdir(parents=True)
    spoil(path)
    page = missions_page(ctx)
    page.draw(pygame.display.get_surface(), 1.0)
    assert "No replay of the best time to watch: its file is refused (below)" in said
    [problem] = problems
    assert problem.startswith(f"{path}: ") and told in problem and "\n" not in problem
    page.handle(Actions(menu_watch=True))  # nothing to watch: the page stays
    assert ctx.stack[-1] is page
    page.handle(Actions(menu_confirm=True))
    assert isinstance(ctx.stack[-1], PlayScene) and ctx.stack[-1].level_path.name == "mars_base.tmx"


def test_a_refused_best_run_file_is_set_aside_not_written_over_when_a_win_takes_its_place(play, player_files):
    play.step()
    finish(play, "won", 40.5)
    [name] = kept(player_files)
    (player_files / name).write_bytes(b"damaged")
    play.step()
    finish(play, "won", 45.0)  # slower, but the best run kept cannot be read: this one takes its place
    assert load_replay(player_files / name).ticks == play.recorder.ticks
    [aside] = (player_files / name).parent.glob("*.unreadable.replay")
    assert aside.read_bytes() == b"damaged"


def test_a_win_judges_the_best_run_kept_by_its_header_alone_once_its_level_has_read_it_whole(
        play, player_files, monkeypatch):
    """A long best run read whole, each tick checked, took over 100 ms of the frame the result screen came up in: the
    level reads it as it is built, and the win reads only its header, to the same verdict."""
    run_to_result(play, "won", 2.5)  # the first win: the best
    first = kept(player_files)
    [path] = [player_files / name for name in first]
    checked = []  # the files whose ticks were read and checked
    real = replay_module._check_digests
    monkeypatch.setattr(replay_module, "_check_digests", lambda file, *a: (checked.append(file), real(file, *a))[1])
    monkeypatch.setattr(best_runs, "_read_whole", {})  # a new session: no file known read whole
    run = decided(play, "won", 3.0)  # a new run of the level
    read_as_built, checked[:] = checked[:], []
    test_best_time.finish(run, "won", 3.0)  # slower: the best run stays
    assert checked == [] and kept(player_files) == first  # judged by its header
    assert read_as_built == [str(path)]  # read whole, each tick checked, as the level was built


def test_a_best_run_a_win_has_just_kept_is_not_read_whole_again_as_its_level_is_built_next(play, player_files,
                                                                                          monkeypatch):
    """The game wrote it, from the run it recorded: the next start of its level need not check each tick of it."""
    run_to_result(play, "won", 2.5)  # kept as the best run
    checked = []  # the files whose ticks were read and checked
    real = replay_module._check_digests
    monkeypatch.setattr(replay_module, "_check_digests", lambda file, *a: (checked.append(file), real(file, *a))[1])
    decided(play, "won", 3.0)  # the level built again
    assert checked == []


def test_a_best_run_damaged_after_its_level_read_it_is_read_whole_again_and_a_win_sets_it_aside(play, player_files):
    run_to_result(play, "won", 2.5)
    [path] = [player_files / name for name in kept(player_files)]
    run = decided(play, "won", 3.0)  # read whole as its level was built
    damaged = json.loads(gzip.decompress(path.read_bytes()))
    damaged["hashes"][50] = "not a hash"
    path.write_bytes(gzip.compress(json.dumps(damaged, separators=(",", ":")).encode()))
    test_best_time.finish(run, "won", 3.0)  # slower, but the run kept no longer plays: this one takes its place
    assert load_replay(path).ticks == run.recorder.ticks
    [aside] = path.parent.glob("*.unreadable.replay")
    assert json.loads(gzip.decompress(aside.read_bytes()))["hashes"][50] == "not a hash"


def test_the_missions_page_says_when_the_best_time_has_no_replay_and_when_the_map_changed(ctx, player_files,
                                                                                           monkeypatch):
    said = record_drawn_words(monkeypatch, missions_module)
    problems = []
    monkeypatch.setattr(missions_module, "draw_lines", lambda surface, text, *a, **k: problems.append(text))
    record_result(MARS, Tally(), "won", seconds=94.6)
    page = missions_page(ctx)
    page.draw(pygame.display.get_surface(), 1.0)
    assert "No replay of the best time to watch" in said and not problems  # set by a run that kept none
    replay = record_mars_run(ctx)
    changed = json.loads(gzip.decompress(replay.encode()))
    changed["level_hash"] = "0" * 16
    (player_files / "best").mkdir()
    (player_files / "best" / "mars_base.replay").write_bytes(gzip.compress(json.dumps(changed).encode()))
    said.clear()
    page = missions_page(ctx)
    page.draw(pygame.display.get_surface(), 1.0)
    assert "No replay to watch: the map has changed since this run; the next win is kept" in said
    assert not problems  # no mistake to name: a run of the map as it was


def test_choosing_a_mission_reads_only_its_best_runs_header_and_watching_it_reads_and_checks_it_whole(
        ctx, player_files, monkeypatch):
    """A 5-minute run's file read whole, each tick checked, took 200 ms: the frame the choice moved onto it stalled."""
    said = record_drawn_words(monkeypatch, missions_module)
    checked = []  # the files whose ticks were read and checked
    real = replay_module._check_digests
    monkeypatch.setattr(replay_module, "_check_digests", lambda file, *a: (checked.append(file), real(file, *a))[1])
    replay = record_mars_run(ctx)
    path = player_files / "best" / "mars_base.replay"
    replay.save(path)
    record_result(MARS, Tally(), "won", seconds=(replay.ticks - round(RESULT_DELAY * TICK_RATE)) // 6 / 10)
    page = missions_page(ctx)
    page.draw(pygame.display.get_surface(), 1.0)
    assert any(words.startswith("Watch the best run (") for words in said) and checked == []
    watch(page)
    assert checked == [str(path)] and isinstance(ctx.stack[-1], ReplayScene)


def test_a_best_run_damaged_past_its_header_is_refused_as_it_is_watched_and_named_on_the_page(
        ctx, player_files, monkeypatch):
    problems = []
    monkeypatch.setattr(missions_module, "draw_lines", lambda surface, text, *a, **k: problems.append(text))
    replay = record_mars_run(ctx)
    damaged = json.loads(gzip.decompress(replay.encode()))
    damaged["hashes"][50] = "not a hash"
    path = player_files / "best" / "mars_base.replay"
    path.parent.mkdir()
    path.write_bytes(gzip.compress(json.dumps(damaged, separators=(",", ":")).encode()))
    record_result(MARS, Tally(), "won", seconds=1.0)
    page = missions_page(ctx)
    watch(page)
    assert ctx.stack[-1] is page  # not played
    page.draw(pygame.display.get_surface(), 1.0)
    [problem] = problems
    assert problem.startswith(f"{path}: corrupted: tick 51's hash") and page.best_run_rect is None


@pytest.mark.parametrize("order", ["as the game writes it", "its ticks' lists first"])
def test_a_replays_header_reads_as_the_whole_file_gives_it_in_any_order_of_its_fields(display, tmp_path, order):
    replay = record_mars_run(make_context())
    fields = replay.to_json()
    if order != "as the game writes it":
        fields = {key: fields[key] for key in ("intents", "hashes", "parts", *fields) if key in fields}
    path = tmp_path / "run.replay"
    path.write_bytes(gzip.compress(json.dumps(fields, separators=(",", ":")).encode()))
    head = replay_module.read_replay_head(path)
    assert (head.level_hash, head.ticks, head.outcome) == (replay.level_hash, replay.ticks, replay.outcome)
    fields["intent_fields"] = ["move_x"]  # another version's controls: refused by the header, as a whole read does
    path.write_bytes(gzip.compress(json.dumps(fields, separators=(",", ":")).encode()))
    with pytest.raises(ReplayError) as whole:
        read_replay(path)
    with pytest.raises(ReplayError) as header:
        replay_module.read_replay_head(path)
    assert str(header.value) == str(whole.value) and "other controls" in str(whole.value)


def test_a_win_sooner_than_the_best_run_kept_takes_its_place_though_the_best_time_was_a_run_with_no_replay(
        play, player_files):
    record_result(play.level_path, Tally(), "won", seconds=1.0)  # resumed from a save: its best time, no replay
    run_to_result(play, "won", 3.0)
    sooner = run_to_result(play, "won", 2.5)  # no NEW BEST (1.0 stands), but the sooner of the runs to watch
    assert not sooner.new_best
    [name] = kept(player_files)
    assert load_replay(player_files / name).ticks == sooner.play.recorder.ticks
    run_to_result(play, "won", 2.8)  # slower than the one kept
    assert load_replay(player_files / name).ticks == sooner.play.recorder.ticks


def test_two_games_winning_at_once_keep_the_sooner_win_as_the_best_run(play, player_files):
    """Each game saw NEW BEST as it wrote the record; the slower one keeping its replay last no longer wins."""
    slower = decided(play, "won", 3.0)
    assert record_result(slower.level_path, Tally(), "won", seconds=3.0).new_best
    sooner = run_to_result(play, "won", 2.0)  # the other game, its record written and its best run kept
    assert sooner.new_best
    # the first game's result keeping its run now, as it would have had the other not been quicker
    assert best_runs.keep_best_run(slower.level_path, slower.replay_data, slower.game.res.level.content_hash, 3.0) == ""
    [name] = kept(player_files)
    assert load_replay(player_files / name).ticks == sooner.play.recorder.ticks


def test_a_win_that_gave_up_waiting_for_the_lock_never_has_a_sooner_one_written_over_by_a_slower(
        play, player_files, monkeypatch):
    """Two games winning at once: the slower holds the lock, has judged its win the best and writes it; the sooner,
    tired of waiting for the lock (LOCK_WAIT), keeps its win meanwhile. Judged and written without the lock, the sooner
    win was written over by the slower."""
    slower, sooner = decided(play, "won", 3.0), decided(play, "won", 2.0)
    level, level_hash = play.level_path, slower.game.res.level.content_hash
    monkeypatch.setattr(record_module, "LOCK_WAIT", 0)  # the sooner game gives up on the lock at once
    write = best_runs.write_atomically

    def the_sooner_game_keeps_its_win_first(file, data):
        if data == slower.replay_data:
            assert best_runs.keep_best_run(level, sooner.replay_data, level_hash, 2.0) == ""
        write(file, data)

    with monkeypatch.context() as patched:
        patched.setattr(best_runs, "write_atomically", the_sooner_game_keeps_its_win_first)
        assert best_runs.keep_best_run(level, slower.replay_data, level_hash, 3.0) == ""
    watched = best_runs.find_best_run(level, level_hash)  # the missions page's: the sooner win
    assert watched.replay.ticks == sooner.recorder.ticks and watched.problem == ""
    later = decided(play, "won", 4.0)  # the next win there, holding the lock, puts the sooner one in place
    assert best_runs.keep_best_run(level, later.replay_data, level_hash, 4.0) == ""
    assert list(kept(player_files).values()) == [sooner.replay_data]  # and nothing left beside it


def test_a_win_left_beside_the_best_run_that_is_refused_is_set_aside_not_removed(play, player_files, monkeypatch):
    run = decided(play, "won", 3.0)
    level, level_hash = play.level_path, run.game.res.level.content_hash
    path = best_runs.best_run_path(level)
    left = path.with_name(f".{path.stem}.{'0f' * 16}.replay")  # as a game that gave up on the lock names it
    left.parent.mkdir(parents=True)
    left.write_bytes(b"damaged")
    assert best_runs.find_best_run(level, level_hash).replay is None  # none to watch yet
    assert best_runs.keep_best_run(level, run.replay_data, level_hash, 3.0) == ""
    assert path.read_bytes() == run.replay_data and not left.exists()
    [aside] = path.parent.glob(f".{path.stem}.*.unreadable.replay")
    assert aside.read_bytes() == b"damaged"
