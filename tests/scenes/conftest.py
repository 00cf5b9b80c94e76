"""What scene tests share: a window under the dummy driver, a recording stand-in for audio, a Context, a menu
choice, a hands-off run recorded and its replay watched to its end, and a level saved as Tiled saves it, played."""

import os
from pathlib import Path

import pygame
import pytest

from game.input.actions import Actions
from game.scenes.base import Context
from game.session import DEFAULT_LEVEL
from game.view.sprites import SpriteBank
from game.writer import Writer
from tests.maps import TILE, write_map

TWO_ENEMIES = ["##########", "#........#", "#.P..E.E.#", "#........#", "##########"]  # what `play` starts on


class RecordingAudio:
    """Audio that remembers what it was asked to play instead of playing it."""

    def __init__(self):
        self.played, self.music, self.volume, self.music_volume = [], "", 0.8, 0.55
        self.paused, self.played_while_paused = False, []
        self.fights = []  # each frame's word to the music's fight layer: True on, False off; "left" (leave_fight)
        self.prepared = 0  # times the fight layer was asked to load ahead (prepare_fight)

    def play(self, name, volume=1.0, pan=0.0):
        self.played.append(name)
        if self.paused:
            self.played_while_paused.append(name)

    def play_music(self, name, volume=None):
        self.music = name

    def set_volume(self, volume):
        self.volume = volume

    def set_music_volume(self, volume):
        self.music_volume = volume

    def update(self):
        pass

    def stop_effects(self):
        self.stopped = True

    def set_fighting(self, fighting):
        self.fights.append(fighting)

    def leave_fight(self):
        self.fights.append("left")

    def prepare_fight(self):
        self.prepared += 1

    def pause(self):
        self.paused = True

    def resume(self):
        self.paused = False


@pytest.fixture
def display():
    pygame.init()
    pygame.display.set_mode((1280, 720))
    yield pygame.display.get_surface()
    pygame.quit()


def hand(scene, actions: Actions) -> None:
    """A frame's Actions to `scene` as the app hands them over: the context told the device used last (and the pad's
    layout) first."""
    scene.ctx.device, scene.ctx.pad_layout = actions.device, actions.pad_layout
    scene.handle(actions)


def make_context(level_path=DEFAULT_LEVEL) -> Context:
    """A context whose writer (game/writer.py) is waited for at each file it is given: a test reads them at once."""
    return Context(sprites=SpriteBank(), audio=RecordingAudio(), level_path=Path(level_path), seed=1,
                   writer=Writer(waits=True))


@pytest.fixture
def config_dir(tmp_path, monkeypatch) -> Path:
    """The player's files (settings, bindings, saves, the record) in a folder of the test's own."""
    monkeypatch.setenv("BLUE_COMET_CONFIG_DIR", str(tmp_path))
    return tmp_path


@pytest.fixture
def ctx(display):
    """A context with the title on its stack, as the game begins (a test file may define its own)."""
    from game.scenes.title import TitleScene  # the title imports most scenes: only the tests that use it pay
    context = make_context()
    context.push(TitleScene(context))
    return context


def until_result(ctx, play):
    """Step the level until its result screen shows (3 s at most), and let the screen come in so it takes choices."""
    from game.scenes.result import SETTLE, ResultScene
    for _ in range(3 * 60):
        play.step()
        if isinstance(ctx.stack[-1], ResultScene):
            break
    result = ctx.stack[-1]
    assert isinstance(result, ResultScene)
    result.frame(SETTLE)
    return result


def recorded(context, ticks: int):
    """A run of `ticks` ticks on `context`'s level, hands off, recorded and closed: its replay."""
    from game.scenes.play import PlayScene
    recording = PlayScene(context)
    context.push(recording)
    for _ in range(ticks):
        recording.step()
    replay = recording.recorder.replay()
    context.close_from(0)
    return replay


def until_replay_ends(context, steps: int = 100):
    """Step the replay on top of `context`'s stack until the page it ends on replaces it (`steps` at most): that
    page."""
    from game.scenes.replay import ReplayScene
    for _ in range(steps):
        if not isinstance(context.stack[-1], ReplayScene):
            break
        context.stack[-1].step()
    return context.stack[-1]


def choose(ctx, option):
    menu = ctx.stack[-1].menu
    menu.selected = menu.options.index(option)
    ctx.stack[-1].handle(Actions(menu_confirm=True))


def save(path: Path, rows) -> None:
    """Write the map as Tiled saves it (its "Use safe writing of files" on, as it comes): a new file beside it,
    renamed over it whole, with a modification time that visibly moves on."""
    before = path.stat().st_mtime_ns if path.exists() else 0
    written = write_map(path.parent, rows, name=f".{path.name}.new")
    os.replace(written, path)
    os.utime(path, ns=(before + 1_000_000_000, before + 1_000_000_000))


@pytest.fixture
def play(tmp_path, display):
    """A play scene on TWO_ENEMIES, saved as Tiled saves it in the test's own folder (a test file may define its
    own)."""
    return play_on(tmp_path, TWO_ENEMIES)


def play_on(folder, rows, name: str = "level.tmx"):
    """A play scene, pushed, on the map `rows` (tests.maps' letters), saved as Tiled saves it as `name` in `folder`
    beside the test tileset's image."""
    from game.scenes.play import PlayScene
    pygame.image.save(pygame.Surface((TILE * 2, TILE)), folder / "test.png")  # the test tileset's image
    path = folder / name
    save(path, rows)
    ctx = make_context(path)
    scene = PlayScene(ctx)
    ctx.push(scene)
    return scene
