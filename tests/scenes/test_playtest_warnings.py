"""A playtest prints the checker's warnings where Tiled's Console shows them, however the level comes to be played: as
it starts, as a save reloads it (only what the save brings), and as the waiting page's map is saved right."""

import os
from pathlib import Path

import pygame
import pytest

from game.scenes.live_reload import POLL
from game.scenes.play import PlayScene
from tests.content.test_check_collection_corners import collection_map
from tests.content.test_check_corners import brush_map
from tests.maps import TILE, but_in_sight
from tests.scenes.conftest import make_context
from tests.scenes.test_live_reload import touch


def warning_lines(capsys) -> list[str]:
    return [line for line in capsys.readouterr().err.splitlines() if line.startswith("warning: ")]


def paint(path: Path, size: tuple[int, int]) -> None:
    """An image saved as a paint program saves one, whole."""
    picture = pygame.Surface(size)
    picture.fill("red")
    pygame.image.save(picture, path.with_name("painting.png"))
    os.replace(path.with_name("painting.png"), path)


def reloaded(play: PlayScene) -> bool:
    game = play.game
    for _ in range(3):  # a file that appears is read once it has held still a poll
        play.frame(POLL)
    return play.game is not game


def test_a_corner_sheet_painted_during_a_playtest_that_the_game_cannot_use_is_printed_once(tmp_path, display,
                                                                                           capsys):
    path = brush_map(tmp_path)
    play = PlayScene(make_context(path))
    capsys.readouterr()
    paint(tmp_path / "test_corners.png", (TILE * 2, TILE // 2))  # drawn for 16 px tiles
    assert reloaded(play)
    assert warning_lines(capsys) == [f"warning: {path}: inside-corner sheet test_corners.png (beside tileset image "
                                     f"test.png): expected 4 pieces of {TILE} x {TILE} px (the tiles' size) across, a "
                                     f"row for each Wang set: {TILE * 4} px wide, and at least {TILE} px high for its "
                                     f"Wang set, found {TILE * 2} x {TILE // 2} px (the inside corners are not cut as "
                                     "drawn: draw the pieces at the tiles' size (docs/level-design/reference.md, a "
                                     "tileset of your own), or remove the sheet)"]
    touch(path, path.read_text())  # the map saved again, the sheet as it was: no news
    assert reloaded(play) and warning_lines(capsys) == []
    paint(tmp_path / "test_corners.png", (TILE * 4, TILE))  # painted right: nothing to say
    assert reloaded(play) and warning_lines(capsys) == []


def test_a_corner_sheet_painted_for_an_image_collection_during_a_playtest_is_printed(tmp_path, display, capsys):
    path = collection_map(tmp_path)
    play = PlayScene(make_context(path))
    capsys.readouterr()
    paint(tmp_path / "own_corners.png", (TILE * 4, TILE))
    assert reloaded(play)
    lines = warning_lines(capsys)
    assert len(lines) == 1 and lines[0].startswith(f"warning: {path}: inside-corner sheet own_corners.png (for "
                                                   'tileset "own.tsx"): ')


def test_a_map_saved_right_on_the_waiting_page_prints_its_warnings_as_it_starts(tmp_path, display, player_files,
                                                                                capsys):
    from game.app import App
    from game.content.errors import ContentError
    from game.content.level import load_level
    from game.scenes.broken_map import BrokenMapScene
    path = brush_map(tmp_path)
    good = path.read_text().replace("</map>", '<imagelayer id="9" name="sky"/>\n</map>')
    touch(path, good.replace('type="enemy_spawn"', 'type="enemy_spwan"'))
    paint(tmp_path / "test_corners.png", (TILE * 2, TILE // 2))
    with pytest.raises(ContentError) as refused:
        load_level(path)
    app = App(path, skip_title=True, audio=False, refused=refused.value)  # as the command line opens it (Tiled's F5)
    waiting = app.ctx.stack[-1]
    assert isinstance(waiting, BrokenMapScene)
    capsys.readouterr()
    touch(path, good)
    waiting.frame(POLL)
    assert isinstance(app.ctx.stack[-1], PlayScene)
    lines = but_in_sight(warning_lines(capsys))
    assert len(lines) == 2
    assert lines[0].startswith(f'warning: {path}: layer "sky": expected a tile or object layer, found an image layer')
    assert lines[1].startswith(f"warning: {path}: inside-corner sheet test_corners.png (beside tileset image test.png)")
    app.run(max_frames=1)
