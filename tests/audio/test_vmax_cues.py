"""V-MAX is heard as its meter fills and when a press is refused, in the cockpit and only for the player's own machine,
with sounds of their own that ship in assets/sounds."""

import pygame
import pytest

from game.audio.cues import Cues
from game.audio.mixer import DEFAULT_SOUNDS_DIR, LEVELS
from game.session import new_game
from game.sim.events import VmaxCharged, VmaxRefused
from game.view.camera import Camera


class Heard:
    def __init__(self) -> None:
        self.played = []

    def play(self, name, volume=1.0, pan=0.0):
        self.played.append((name, volume, pan))


@pytest.fixture
def game():
    pygame.init()
    game = new_game(seed=1)
    yield game
    game.close()
    pygame.quit()


def heard(game, events) -> list[tuple[str, float, float]]:
    camera = Camera((1280, 720), game.res.level.pixel_size)
    camera.snap(*game.res.level.player_spawn)
    ears = Heard()
    Cues(ears).play(events, game, camera, 0.0)
    return ears.played


def test_the_meter_filling_rings_in_the_cockpit(game):
    assert heard(game, [VmaxCharged(game.player)]) == [("vmax_ready", 1.0, 0.0)]


@pytest.mark.parametrize("reason", ["charging", "cooling", "overheated"])
def test_a_refused_press_is_heard(game, reason):
    assert heard(game, [VmaxRefused(game.player, reason)]) == [("vmax_denied", 1.0, 0.0)]


def test_an_enemy_s_meter_and_presses_are_not_the_cockpit_s_business(game):
    assert heard(game, [VmaxCharged(game.player + 1), VmaxRefused(game.player + 1, "charging")]) == []


@pytest.mark.parametrize("name", ["vmax_ready", "vmax_denied"])
def test_the_v_max_cues_ship_with_a_level_in_the_mix(name):
    assert (DEFAULT_SOUNDS_DIR / f"{name}.wav").is_file() and name in LEVELS
