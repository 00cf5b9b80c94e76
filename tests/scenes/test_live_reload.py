"""Live reload: saving the map while it is played rebuilds the game; a broken save keeps the last good one."""

import os
from pathlib import Path

import pygame
import pytest

from game.scenes.live_reload import POLL
from game.scenes.play import PlayScene
from game.sim.components import Position
from tests.maps import TILE, write_map
from tests.scenes.conftest import make_context

TWO_ENEMIES = ["##########", "#........#", "#.P...E.E#", "#........#", "##########"]
ONE_ENEMY = ["##########", "#........#", "#.P...E..#", "#........#", "##########"]




def save(path: Path, rows) -> None:
    """Write the map as Tiled would on save, with a modification time that visibly moves on."""
    before = path.stat().st_mtime_ns if path.exists() else 0
    write_map(path.parent, rows, name=path.name)
    os.utime(path, ns=(before + 1_000_000_000, before + 1_000_000_000))


@pytest.fixture
def play(tmp_path, display):
    pygame.image.save(pygame.Surface((TILE * 2, TILE)), tmp_path / "test.png")  # the test tileset's image
    path = tmp_path / "level.tmx"
    save(path, TWO_ENEMIES)
    ctx = make_context(path)
    scene = PlayScene(ctx)
    ctx.push(scene)
    return scene


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
    before = path.stat().st_mtime_ns
    path.write_text("<map><layer", encoding="utf-8")
    os.utime(path, ns=(before + 1_000_000_000,) * 2)
    play.frame(POLL)
    assert play.game is game  # still the last good version
    assert play.reload_problems and play.reload_problems[0].startswith("level.tmx: line 1")  # names the map and place
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
