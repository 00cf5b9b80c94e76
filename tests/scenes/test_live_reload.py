"""Live reload: saving the map while it is played rebuilds the game; a broken save keeps the last good one."""

import os
from pathlib import Path

import pygame
import pytest

from game.input.actions import Actions
from game.scenes import live_reload
from game.scenes.live_reload import POLL, LevelWatcher
from game.scenes.play import PlayScene
from game.sim.components import Position
from tests.drawn_words import record_drawn_words
from tests.maps import DIS, TILE, write_map
from tests.scenes.conftest import TWO_ENEMIES, make_context, save

ONE_ENEMY = ["##########", "#........#", "#.P...E..#", "#........#", "##########"]


def test_saving_the_map_reloads_it_within_one_poll(play):
    for _ in range(30):
        play.step()
    assert play.game.enemies_alive() == 2
    save(Path(play.level_path), ONE_ENEMY)
    play.frame(POLL)  # a quarter of a second later
    assert play.game.enemies_alive() == 1
    assert play.reload_problems == [] and play.toast[0] == "Reloaded level.tmx"


def test_nothing_reloads_while_the_file_is_unchanged(play):
    game = play.game
    for _ in range(8):
        play.frame(POLL)
    assert play.game is game


def test_a_broken_save_keeps_the_last_good_version_running_and_shows_why(play):
    path = Path(play.level_path)
    game = play.game
    touch(path, "<map><layer")
    play.frame(POLL)
    assert play.game is game  # still the last good version
    # names the map and place
    assert play.reload_problems and str(play.reload_problems[0]).startswith("level.tmx: line 1")
    tick = game.tick
    play.step()
    assert game.tick == tick + 1  # and it keeps running
    surface = pygame.display.get_surface()
    play.draw(surface, 0.0)  # the problems panel draws without error
    save(path, ONE_ENEMY)
    play.frame(POLL)
    assert play.game is not game and play.game.enemies_alive() == 1 and play.reload_problems == []


def test_the_pilot_keeps_its_place_across_a_reload(play):
    intent = play.game.player_intent()
    intent.move_x = 1.0
    for _ in range(40):
        play.game.step()
    moved = play.game.world.get(play.game.player, Position)
    where = (moved.x, moved.y)
    save(Path(play.level_path), ONE_ENEMY)
    play.frame(POLL)
    now = play.game.world.get(play.game.player, Position)
    assert (now.x, now.y) == where


def touch(path: Path, text: str) -> None:
    """Write the file as Tiled (or an editor) saves it, whole, its modification time visibly moving on."""
    before = path.stat().st_mtime_ns if path.exists() else 0
    written = path.with_name(f".{path.name}.new")
    written.write_text(text, encoding="utf-8")
    os.replace(written, path)
    os.utime(path, ns=(before + 1_000_000_000,) * 2)


def test_saving_the_maps_tileset_reloads_the_level(tmp_path, display):
    pygame.image.save(pygame.Surface((TILE * 2, TILE)), tmp_path / "test.png")
    path = write_map(tmp_path, ONE_ENEMY, name="level.tmx")
    text = path.read_text()
    start, end = text.index("<tileset"), text.index("</tileset>") + len("</tileset>")
    embedded = text[start:end]
    tileset = tmp_path / "test.tsx"  # the map's tileset moved to a file of its own, as Tiled saves one
    touch(tileset, '<?xml version="1.0" encoding="UTF-8"?>\n' + embedded.replace(' firstgid="1"', ""))
    path.write_text(text[:start] + '<tileset firstgid="1" source="test.tsx"/>' + text[end:])
    play = PlayScene(make_context(path))
    assert play.game.res.level.solid[0][0]  # the wall tile is solid
    touch(tileset, tileset.read_text().replace('value="true"', 'value="false"'))  # not any more
    play.frame(POLL)
    assert not play.game.res.level.solid[0][0] and play.toast[0] == "Reloaded level.tmx"



def test_painting_the_inside_corners_beside_a_terrain_brushs_tileset_image_reloads_the_level(tmp_path, display):
    # A designer's own tileset with a terrain brush for its walls: its corner pieces (X_corners.png beside its image
    # X.png, read by the map view) are seen as the image is, when first made and when painted again.
    pygame.image.save(pygame.Surface((TILE * 2, TILE)), tmp_path / "test.png")
    path = write_map(tmp_path, ONE_ENEMY, name="level.tmx")
    brush = ('<wangsets><wangset name="walls" type="edge" tile="1"><wangcolor name="wall" color="#ff0000" tile="1" '
             'probability="1"/><wangtile tileid="1" wangid="1,0,1,0,1,0,1,0"/></wangset></wangsets></tileset>')
    path.write_text(path.read_text().replace("</tileset>", brush))
    play = PlayScene(make_context(path))
    for colour in ("red", "blue"):
        game = play.game
        corners = pygame.Surface((TILE * 4, TILE))
        corners.fill(colour)
        pygame.image.save(corners, tmp_path / "corners.png")
        os.replace(tmp_path / "corners.png", tmp_path / "test_corners.png")
        for _ in range(3):  # a file that appears is read once it has held still a poll
            play.frame(POLL)
        assert play.game is not game and play.toast[0] == "Reloaded level.tmx"

def test_restoring_a_file_the_broken_map_misses_reloads_it_without_saving_the_map_again(tmp_path, display):
    pygame.image.save(pygame.Surface((TILE * 2, TILE)), tmp_path / "test.png")
    path = write_map(tmp_path, ONE_ENEMY, name="level.tmx")
    text = path.read_text()
    start, end = text.index("<tileset"), text.index("</tileset>") + len("</tileset>")
    tileset = '<?xml version="1.0" encoding="UTF-8"?>\n' + text[start:end].replace(' firstgid="1"', "")
    touch(tmp_path / "test.tsx", tileset)
    path.write_text(text[:start] + '<tileset firstgid="1" source="test.tsx"/>' + text[end:])
    play = PlayScene(make_context(path))
    game = play.game
    touch(path, path.read_text().replace('source="test.tsx"', 'source="rocks.tsx"'))  # a tileset not made yet
    play.frame(POLL)
    assert play.game is game and "rocks.tsx" in str(play.reload_problems[0])
    touch(tmp_path / "rocks.tsx", tileset)  # the designer makes it; the map is not saved again
    play.frame(POLL)  # a file that appears may be written still: it is read once it has held still a poll
    assert play.game is game
    play.frame(POLL)
    assert play.game is not game and play.reload_problems == [] and play.toast[0] == "Reloaded level.tmx"


def test_a_file_deleted_and_put_back_as_it_was_counts_as_its_return(tmp_path):
    """Restored from the trash, by `mv` or `git stash pop`, a file comes back with its old time, size and inode: it
    is still a return (the map may be waiting on it), read once it holds still a poll."""
    first, second = tmp_path / "a.tmx", tmp_path / "b.tsx"
    touch(first, "a")
    touch(second, "b")
    watcher = LevelWatcher([first, second])
    away = tmp_path / "trash.tsx"
    second.rename(away)
    assert not watcher.saved_again(POLL)
    away.rename(second)  # the same file, its stamp as before it went
    assert not watcher.saved_again(POLL)  # back: read once it has held still
    assert watcher.saved_again(POLL)
    assert not watcher.saved_again(POLL)  # once


def test_saving_the_unit_data_reloads_the_level(play, tmp_path, monkeypatch):
    units = tmp_path / "units.yaml"
    units.write_text("# a copy standing in for assets/data/units.yaml\n")
    monkeypatch.setattr(live_reload, "UNITS_PATH", units)
    play.watcher = LevelWatcher(live_reload.watched_files(play.level_path, play.game.res.level))
    game = play.game
    play.frame(POLL)
    assert play.game is game
    touch(units, "# retuned\n")
    play.frame(POLL)
    assert play.game is not game and play.toast[0] == "Reloaded level.tmx"


def test_a_file_gone_for_a_moment_is_passed_over_and_its_return_counts(tmp_path):
    first, second = tmp_path / "a.tmx", tmp_path / "b.tsx"
    touch(first, "a")
    touch(second, "b")
    watcher = LevelWatcher([first, second])
    second.unlink()  # mid-save, or gone for good
    assert not watcher.saved_again(POLL)
    touch(second, "b, saved again")
    assert not watcher.saved_again(POLL)  # gone, then back: it may be written still, and is read once it holds still
    assert watcher.saved_again(POLL)
    assert not watcher.saved_again(POLL)  # once per change
    touch(first, "a, saved again")
    assert not watcher.saved_again(POLL / 2)  # not looked at before the poll comes round
    assert watcher.saved_again(POLL / 2)


def test_the_result_after_a_reload_says_the_map_was_reloaded_not_resumed_from_a_save(play):
    from tests.scenes.conftest import until_result
    save(Path(play.level_path), ONE_ENEMY)
    play.frame(POLL)  # reloaded: the rebuilt game does not start from the map's start, so no replay
    play.game.res.outcome = "won"
    result = until_result(play.ctx, play)
    assert "Watch replay" not in result.menu.options
    assert result.summary_rows()[-1] == "No replay: the map was reloaded during the run"


def playtest_from_enemy_1(tmp_path):
    """(the map's path, the context, the play scene) of a playtest started at object 3, the map's first enemy."""
    pygame.image.save(pygame.Surface((TILE * 2, TILE)), tmp_path / "test.png")
    path = tmp_path / "level.tmx"
    save(path, TWO_ENEMIES)
    ctx = make_context(path)
    ctx.start_at = 3
    play = PlayScene(ctx)
    ctx.push(play)
    return path, ctx, play


def test_deleting_the_object_a_playtest_started_at_still_reloads_and_restarts_from_the_player_spawn(tmp_path, display):
    # Playtest from selected object (--start-at 3: enemy 1), then that object is deleted in Tiled and the map saved.
    # Tiled never gives its id out again, so refusing the map would keep every later save (and Restart) refused.
    path, ctx, play = playtest_from_enemy_1(tmp_path)
    game = play.game
    save(path, ONE_ENEMY)
    play.frame(POLL)
    assert play.game is not game and play.reload_problems == [] and play.game.enemies_alive() == 1
    assert play.toast[0] == "Reloaded level.tmx; object 3, where the playtest started, is gone: restarts begin at " \
                            "the player spawn"
    assert play.restart() == "" and ctx.start_at is None
    spawn = ctx.stack[-1].game.world.get(ctx.stack[-1].game.player, Position)
    assert (spawn.x, spawn.y) == ctx.stack[-1].game.res.level.player_spawn


def test_a_restart_from_an_object_deleted_without_a_reload_starts_at_the_player_spawn_and_says_so(tmp_path, display):
    path, ctx, play = playtest_from_enemy_1(tmp_path)
    save(path, ONE_ENEMY)  # saved while the game was paused: no reload came between
    assert play.restart() == ""
    again = ctx.stack[-1]
    assert again is not play and ctx.start_at is None and again.recorder.start_at is None
    assert again.toast[0] == "Object 3, where the playtest started, is gone: restarts begin at the player spawn"


def test_a_save_while_the_game_is_paused_reloads_under_the_pause_menu_and_says_so(play, monkeypatch):
    # A designer clicks into Tiled to save: the window loses focus and the game pauses.
    from game.scenes import play as play_module
    from game.scenes.pause import PauseScene
    play.handle(Actions(focus_lost=True))
    pause = play.ctx.stack[-1]
    assert isinstance(pause, PauseScene)
    path = Path(play.level_path)
    touch(path, "<map><layer")
    said = record_drawn_words(monkeypatch, play_module)
    pause.frame(POLL)
    assert play.reload_problems  # seen under the pause menu
    pause.draw(pygame.display.get_surface(), 0.0)
    assert any(line.startswith("level.tmx has a problem") and "resume to read it)" in line for line in said)
    save(path, ONE_ENEMY)
    pause.frame(POLL)
    assert play.game.enemies_alive() == 1 and play.reload_problems == [] and play.ctx.stack[-1] is pause


def test_a_save_on_the_result_screen_plays_the_level_again_as_saved(play):
    from game.scenes.result import ResultScene
    play.game.res.outcome = "won"
    result = ResultScene(play.ctx, play)
    play.ctx.push(result)
    save(Path(play.level_path), ONE_ENEMY)
    result.frame(POLL)
    again = play.ctx.stack[-1]
    assert isinstance(again, PlayScene) and again is not play and again.game.enemies_alive() == 1


def test_a_playtest_of_a_map_saved_with_mistakes_shows_them_in_the_window_and_starts_once_saved_right(
        tmp_path, display, player_files):
    from game.app import App
    from game.content.errors import ContentError
    from game.content.level import load_level
    from game.scenes.broken_map import BrokenMapScene
    pygame.image.save(pygame.Surface((TILE * 2, TILE)), tmp_path / "test.png")
    path = tmp_path / "level.tmx"
    save(path, ONE_ENEMY)
    path.write_text(path.read_text().replace('type="enemy_spawn"', 'type="enemy_spwan"'), encoding="utf-8")
    with pytest.raises(ContentError) as refused:
        load_level(path)
    app = App(path, skip_title=True, audio=False, refused=refused.value)  # as the command line opens it (Tiled's F5)
    waiting = app.ctx.stack[-1]
    assert isinstance(waiting, BrokenMapScene) and '"enemy_spwan"' in str(waiting.problems[0])
    assert app.run(max_frames=3, keep_open=True) == 2  # closed before it was fixed: the level never played
    app.ctx.running = True
    save(path, ONE_ENEMY)
    waiting.frame(POLL)
    play = app.ctx.stack[-1]
    assert isinstance(play, PlayScene) and play.game.enemies_alive() == 1
    assert app.run(max_frames=3) == 0


def test_a_playtest_waiting_on_a_template_s_mistake_starts_once_the_template_is_saved_right(tmp_path, display,
                                                                                            player_files):
    from game.app import App
    from game.content.errors import ContentError
    from game.content.level import load_level
    from tests.content.test_level_traps import SPAWN, layer, objects
    from tests.content.test_level_traps import write_map as write_raw_map
    templates = tmp_path / "templates"
    templates.mkdir()
    guard = templates / "guard.tx"

    def save_template(cls: str) -> None:
        touch(guard, f'<?xml version="1.0" encoding="UTF-8"?><template><object type="{cls}"><properties>'
                     f'{DIS}</properties><point/></object></template>')

    save_template("enemy_spwan")
    path = write_raw_map(tmp_path, layer("ground") + SPAWN + objects(
        '<object id="2" template="templates/guard.tx" name="g" x="40" y="24"/>'))
    with pytest.raises(ContentError) as refused:
        load_level(path)
    app = App(path, skip_title=True, audio=False, refused=refused.value)
    waiting = app.ctx.stack[-1]
    save_template("enemy_spawn")  # the mistake is the template's: the map itself is not saved again
    waiting.frame(POLL)
    assert isinstance(app.ctx.stack[-1], PlayScene)
    app.run(max_frames=1)


def refusals(caplog) -> list[str]:
    return [record.getMessage() for record in caplog.records if "refused" in record.getMessage()]


def write_session(folder: Path, text: str) -> None:
    """Tiled saves its session beside the project and the maps: a new file renamed over the old one, so the folder
    changes each time."""
    temporary = folder / "blue-comet.tiled-session.tmp"
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, folder / "blue-comet.tiled-session")
    moved = folder.stat().st_mtime_ns + 1_000_000_000
    os.utime(folder, ns=(moved, moved))


def test_a_refused_save_is_logged_once_however_often_tiled_rewrites_its_session_beside_the_map(play, caplog):
    path = Path(play.level_path)
    touch(path, "<map><layer")
    play.frame(POLL)
    assert len(refusals(caplog)) == 1
    for view in range(4):  # the designer scrolls the map in Tiled, looking for the mistake
        write_session(path.parent, f'{{"fileStates": {{"level.tmx": {{"scale": {view + 1}}}}}}}')
        play.frame(POLL)
    play.handle(Actions(focus_lost=True))  # back in Tiled, the game paused
    pause = play.ctx.stack[-1]
    write_session(path.parent, '{"activeFile": "level.tmx"}')
    pause.frame(POLL)
    assert len(refusals(caplog)) == 1 and play.reload_problems  # told once, and still shown
    save(path, ["##########", "#........#", "#.....E..#", "#........#", "##########"])  # another mistake: no spawn
    pause.frame(POLL)
    [first, second] = refusals(caplog)
    assert "player_spawn" in second and "player_spawn" not in first


def test_the_same_mistake_saved_again_is_not_logged_again_and_once_mended_and_made_again_it_is(play, caplog):
    path = Path(play.level_path)
    no_spawn = ["##########", "#........#", "#.....E..#", "#........#", "##########"]
    for rows in (no_spawn, no_spawn, ONE_ENEMY, no_spawn):
        save(path, rows)
        play.frame(POLL)
    assert len(refusals(caplog)) == 2


def test_a_file_rewritten_or_made_beside_the_watched_ones_is_no_save_of_the_level(tmp_path):
    level = tmp_path / "level.tmx"
    touch(level, "<map/>")
    watcher = LevelWatcher([level, tmp_path / "missing.tsx"])
    write_session(tmp_path, "{}")  # a new file in the folder, which the level does not read
    write_session(tmp_path, '{"activeFile": "level.tmx"}')  # the same file rewritten: nothing the level reads
    touch(tmp_path / "other.tsx", "<tileset/>")
    for _ in range(3):
        assert not watcher.saved_again(POLL)
    touch(tmp_path / "missing.tsx", "<tileset/>")  # the file it misses, put back: that is looked at
    assert not watcher.saved_again(POLL) and watcher.saved_again(POLL)


def test_the_waiting_page_logs_a_mistake_saved_again_once_and_a_new_one_again(tmp_path, display, player_files,
                                                                               caplog):
    from game.app import App
    from game.content.errors import ContentError
    from game.content.level import load_level
    pygame.image.save(pygame.Surface((TILE * 2, TILE)), tmp_path / "test.png")
    path = tmp_path / "level.tmx"
    no_spawn = ["##########", "#........#", "#.....E..#", "#........#", "##########"]
    save(path, no_spawn)
    with pytest.raises(ContentError) as refused:
        load_level(path)
    app = App(path, skip_title=True, audio=False, refused=refused.value)
    waiting = app.ctx.stack[-1]
    for rows in (no_spawn, no_spawn):  # the first save is no different from the mistake the page opened on
        save(path, rows)
        waiting.frame(POLL)
    assert not [r for r in caplog.records if "still has problems" in r.getMessage()]
    save(path, ["##########", "#........#", "#.....E..#", "#........#", "#########"])  # a short row: a new mistake
    waiting.frame(POLL)
    save(path, ["##########", "#........#", "#.....E..#", "#........#", "#########"])
    waiting.frame(POLL)
    assert len([r for r in caplog.records if "still has problems" in r.getMessage()]) == 1
