"""Live reload of a save written in place, in pieces (Tiled's "Use safe writing of files" off, a synced or network
folder): the half written is never told as a damaged file; the whole is read once it has held still."""

import os
from pathlib import Path

import pygame
import pytest

from game.content.errors import ContentError
from game.content.level import load_level
from game.scenes.live_reload import POLL, STILL_BEFORE_REFUSING, LevelWatcher
from game.scenes.play import PlayScene
from tests.maps import TILE, write_map
from tests.scenes.conftest import TWO_ENEMIES, save
from tests.scenes.test_live_reload import ONE_ENEMY, touch

NO_SPAWN = ["##########", "#........#", "#.....E..#", "#........#", "##########"]
LOOKS_TO_REFUSE = 2 + round(STILL_BEFORE_REFUSING / POLL)  # polls: seen, held still and read, then held still


def write_in_place(path: Path, text: str) -> None:
    """Write the file itself (truncated, then written: the same file), its modification time visibly moving on;
    writing the whole after a part is the rest of the save arriving."""
    before = path.stat().st_mtime_ns
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before + 1_000_000_000,) * 2)


def map_text(folder: Path, rows) -> str:
    """The text Tiled would save for `rows` (written beside, under a name the level does not use)."""
    return write_map(folder, rows, name="draft.tmx.txt").read_text()


def refusals(caplog) -> list[str]:
    return [record.getMessage() for record in caplog.records
            if "refused" in record.getMessage() or "still has problems" in record.getMessage()]


def test_a_save_written_in_two_pieces_is_never_told_as_damaged_and_reloads_once_whole(play, caplog):
    path, game = Path(play.level_path), play.game
    whole = map_text(path.parent, ONE_ENEMY)
    write_in_place(path, whole[:len(whole) // 2])  # the first half lands; the rest comes later
    for _ in range(LOOKS_TO_REFUSE - 1):  # seen, held still and read (cut short), waited on
        play.frame(POLL)
        assert play.game is game and play.reload_problems == []
    write_in_place(path, whole)  # the rest
    play.frame(POLL)
    play.frame(POLL)
    assert play.game is not game and play.game.enemies_alive() == 1 and play.toast[0] == "Reloaded level.tmx"
    assert play.reload_problems == [] and refusals(caplog) == []


def test_a_file_left_cut_short_is_told_once_it_has_held_still(play, caplog):
    path, game = Path(play.level_path), play.game
    whole = map_text(path.parent, ONE_ENEMY)
    write_in_place(path, whole[:len(whole) // 2])
    for _ in range(LOOKS_TO_REFUSE - 1):
        play.frame(POLL)
    assert play.reload_problems == []
    play.frame(POLL)  # the second look: still cut short
    assert play.game is game and "cut short" in str(play.reload_problems[0]) and len(refusals(caplog)) == 1


def test_a_save_written_in_place_is_read_once_it_holds_still_and_one_renamed_over_at_once(play):
    path, game = Path(play.level_path), play.game
    write_in_place(path, map_text(path.parent, ONE_ENEMY))
    play.frame(POLL)
    assert play.game is game  # it may be written still
    play.frame(POLL)
    assert play.game is not game and play.game.enemies_alive() == 1
    game = play.game
    save(path, TWO_ENEMIES)  # Tiled's safe writing: a new file renamed over it, whole
    play.frame(POLL)
    assert play.game is not game and play.game.enemies_alive() == 2


def test_a_mistake_saved_whole_is_told_at_once(play):
    save(Path(play.level_path), NO_SPAWN)
    play.frame(POLL)
    assert "player_spawn" in str(play.reload_problems[0])


def test_a_file_growing_at_every_look_is_read_only_once_it_stops_and_so_are_the_others(tmp_path):
    level, tileset = tmp_path / "level.tmx", tmp_path / "tiles.tsx"
    touch(level, "<map>")
    touch(tileset, "<tileset>")
    watcher = LevelWatcher([level, tileset])
    for piece in range(5):
        write_in_place(tileset, "<tileset>" + "<tile/>" * piece)
        if piece == 2:
            touch(level, "<map></map>")  # saved whole meanwhile: read with the tileset, once it is whole too
        assert not watcher.saved_again(POLL)
    assert watcher.saved_again(POLL)
    assert not watcher.saved_again(POLL)


def test_the_waiting_page_keeps_its_problems_while_a_fix_is_written_in_pieces(tmp_path, display, player_files, caplog):
    from game.app import App
    pygame.image.save(pygame.Surface((TILE * 2, TILE)), tmp_path / "test.png")
    path = write_map(tmp_path, NO_SPAWN, name="level.tmx")
    with pytest.raises(ContentError) as refused:
        load_level(path)
    app = App(path, skip_title=True, audio=False, refused=refused.value)
    waiting = app.ctx.stack[-1]
    shown = list(waiting.problems)
    whole = map_text(tmp_path, ONE_ENEMY)
    write_in_place(path, whole[:len(whole) // 3])
    for _ in range(LOOKS_TO_REFUSE - 1):
        waiting.frame(POLL)
        assert waiting.problems == shown and app.ctx.stack[-1] is waiting
    write_in_place(path, whole)
    waiting.frame(POLL)
    waiting.frame(POLL)
    assert isinstance(app.ctx.stack[-1], PlayScene) and refusals(caplog) == []
