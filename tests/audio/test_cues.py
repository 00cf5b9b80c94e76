"""Sound cues: a sound asked for several times in one frame plays once, a little louder, where they were on average;
asked again within a few ticks of its start, it does not start again."""

import math

import pygame
import pytest

from game.audio.cues import LOCK_TICK_EVERY, LOUDER_EACH_DOUBLING, RESTART_GAP, Cues
from game.session import new_game
from game.sim.resources import TICK_RATE
from game.sim.events import Fired
from game.view.camera import Camera


class Heard:
    """Stands in for Audio: every play, as (name, volume, pan)."""

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


def test_a_sound_asked_for_four_times_in_a_frame_plays_once_louder_between_them(game):
    camera = Camera((1280, 720), game.res.level.pixel_size)
    camera.snap(*game.res.level.player_spawn)
    left, right = camera.to_world(200, 360), camera.to_world(1080, 360)
    shots = [Fired(9, "dis_rifle", *spot, 0.0) for spot in (left, left, right, right)]
    heard = Heard()
    cues = Cues(heard)
    cues.play(shots + [Fired(1, "laser_rifle", *left, 0.0)], game, camera, 0.0)
    enemy_sound = game.res.catalog.weapons["dis_rifle"].sound
    assert [name for name, _, _ in heard.played] == [enemy_sound, game.res.catalog.weapons["laser_rifle"].sound]
    _, volume, pan = heard.played[0]
    assert volume == pytest.approx(1.0 + LOUDER_EACH_DOUBLING * math.log2(4)) and pan == pytest.approx(0.0)
    assert heard.played[1][1] == 1.0 and heard.played[1][2] < -0.5  # one shot: as it is, where it was
    heard.played.clear()
    cues.play([], game, camera, 1 / 60)
    assert heard.played == []  # nothing carried over to the next frame


def test_a_sound_asked_every_frame_starts_again_only_every_fourth_frame(game):
    """200 machines firing: a new copy every frame would pile up on the last few, 17 ms apart."""
    camera = Camera((1280, 720), game.res.level.pixel_size)
    camera.snap(*game.res.level.player_spawn)
    shot = [Fired(9, "dis_rifle", *camera.to_world(640, 360), 0.0)]
    heard = Heard()
    cues = Cues(heard)
    started = []
    for frame in range(9):
        cues.play(shot, game, camera, 1 / 60)
        started += [frame] if heard.played else []
        heard.played.clear()
    assert started == [0, 4, 8]


def test_the_restart_gap_is_shorter_than_any_one_machine_s_own_repeat(game):
    """It thins many machines' sounds, never the player's rifle or the lock's ticks. Frames deliver ticks, so two
    shots n ticks apart may come (n - 1) ticks' time apart."""
    rifle = game.res.catalog.weapons["laser_rifle"]
    assert RESTART_GAP < (math.ceil(rifle.cooldown * TICK_RATE) - 1) / TICK_RATE
    assert RESTART_GAP < LOCK_TICK_EVERY
