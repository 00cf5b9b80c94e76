"""Sound cues: a sound out in the world is placed by where it happens against the view (panned across it, never hard,
and fading with its distance past its edge, up to not being played at all); a sound asked for several times in one
frame plays once, at most 3 dB louder than its nearest copy and never above its own level; every event that matters
has a sound."""

import math

import pygame
import pytest

from game.audio import cues as cues_module
from game.audio.cues import LOCK_TICK_EVERY, Cues
from game.audio.mixer import DEFAULT_SOUNDS_DIR, LEVELS
from game.session import new_game
from game.sim.events import (AlarmRaised, Damaged, Destroyed, Fired, HoldStarted, MissileShotDown, ObjectiveReached,
                             Reinforced, ReinforcementsCalled, ShotStopped, ShotTelegraphed, VmaxCharged, VmaxRefused)
from game.sim.resources import TICK_RATE
from game.view.camera import Camera
from tests.audio.fakes import Clock, fake_audio


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


@pytest.fixture
def camera(game):
    camera = Camera((1280, 720), game.res.level.pixel_size)
    camera.snap(*game.res.level.player_spawn)
    return camera


def heard_at(game, camera, events) -> list[tuple[str, float, float]]:
    heard = Heard()
    Cues(heard).play(events, game, camera, 0.0)
    return heard.played


def explosion_at(game, camera, screen_x: float, screen_y: float) -> tuple[float, float] | None:
    """(volume, pan) of an explosion at a point given in screen pixels (off the screen too), None when unheard."""
    played = heard_at(game, camera, [Destroyed(9, "dis", *camera.to_world(screen_x, screen_y), 0.0)])
    return played[0][1:] if played else None


def test_a_sound_asked_for_four_times_in_a_frame_plays_once_at_its_level_between_them(game, camera):
    left, right = camera.to_world(200, 360), camera.to_world(1080, 360)
    shots = [Fired(9, "dis_rifle", *spot, 0.0) for spot in (left, left, right, right)]
    played = heard_at(game, camera, shots + [Fired(1, "laser_rifle", *left, 0.0)])
    enemy_sound = game.res.catalog.weapons["dis_rifle"].sound
    assert [name for name, _, _ in played] == [enemy_sound, game.res.catalog.weapons["laser_rifle"].sound]
    _, volume, pan = played[0]
    assert volume == 1.0 and pan == pytest.approx(0.0)  # on screen: at its own level, no louder
    assert played[1][1] == 1.0 and played[1][2] < -0.4  # one shot: as it is, where it was


@pytest.mark.parametrize("copies", [2, 4, 16, 64])
def test_many_copies_of_a_far_sound_play_at_most_3_db_louder_than_the_nearest(game, camera, copies):
    """The louder-for-more used to reach 2.6 times (+8 dB): a big fight's hits and telegraphs buried the cockpit."""
    nearest = explosion_at(game, camera, -1500, 360)[0]
    played = heard_at(game, camera, [Destroyed(9, "dis", *camera.to_world(-1500, 360), 0.0)] * copies)
    assert len(played) == 1
    assert nearest < played[0][1] <= nearest * 10 ** (3 / 20) + 1e-9


def test_a_far_off_explosion_is_quieter_than_a_near_one_and_past_the_cutoff_not_played(game, camera):
    centre = explosion_at(game, camera, 640, 360)
    assert centre == (1.0, 0.0)
    assert explosion_at(game, camera, 1300, 360)[0] == 1.0  # just past the edge: as loud as on screen
    volumes = [explosion_at(game, camera, 1280 + past, 360)[0] for past in (600, 1000, 1400)]
    assert volumes == sorted(volumes, reverse=True) and volumes[0] < 1.0 and volumes[-1] < 0.5
    below = explosion_at(game, camera, 640, 720 + 1000)  # up and down count as much as across
    assert below[0] == pytest.approx(volumes[1]) and below[1] == pytest.approx(0.0)
    for screen_x, screen_y in ((-3000, 360), (640, 720 + 3000), (1280 + 8000, 360)):
        assert explosion_at(game, camera, screen_x, screen_y) is None  # too far to hear: not played at ~0


def test_a_sound_is_never_panned_past_0_7_however_far_to_the_side(game, camera):
    pans = [explosion_at(game, camera, x, 360)[1] for x in range(-1500, 2800, 100)]
    assert max(abs(pan) for pan in pans) == pytest.approx(0.7)
    assert all(b > a - 1e-9 for a, b in zip(pans, pans[1:]))  # further right, further right in the mix


def test_fight_sounds_asked_every_frame_start_no_closer_than_60_ms_on_the_mixers_clock(game, camera):
    """Frames bunched after a stall (each reporting 1/60 s, the mixer's clock moving 5 ms) used to start copies a
    few ms apart: the frame clock said 60 ms had passed. What the mixer plays is on its own clock."""
    clock = Clock()
    audio, sounds, pool = fake_audio(list(LEVELS), clock=clock)
    cues = Cues(audio)
    shot = [Fired(9, "dis_rifle", *camera.to_world(640, 360), 0.0)]
    started = []
    for frame in range(24):
        before = sum(c.plays for c in pool.channels)
        cues.play(shot, game, camera, 1 / 60)
        started += [clock.now] if sum(c.plays for c in pool.channels) > before else []
        clock.now += 5
    assert len(started) >= 2 and min(b - a for a, b in zip(started, started[1:])) >= 60


def test_each_event_that_matters_plays_its_sound(game, camera):
    near = camera.to_world(900, 300)
    cases = [
        (AlarmRaised(1, *near), "base_alarm"),
        (ObjectiveReached(2, "Reach the relay", 1), "objective"),
        (HoldStarted(3, 10.0), "hold_start"),
        (ShotStopped(*near, hit_wall=True), "ricochet"),
        (MissileShotDown(*near), "missile_down"),
        (Damaged(9, 5.0, *near, game.player), "hit"),  # the player hitting an enemy
        (Damaged(game.player, 5.0, *near, 9), "hit_player"),  # the player being hit: heavier, in the cockpit
    ]
    for event, sound in cases:
        played = heard_at(game, camera, [event])
        assert [name for name, _, _ in played] == [sound], type(event).__name__
    assert heard_at(game, camera, [ShotStopped(*near, hit_wall=False)]) == []  # ran out of range in the open


def test_the_base_alarm_and_the_player_s_own_hits_are_heard_centred_and_full_wherever_they_are(game, camera):
    far = camera.to_world(-4000, -4000)
    assert heard_at(game, camera, [AlarmRaised(1, *far)]) == [("base_alarm", 1.0, 0.0)]
    assert heard_at(game, camera, [Damaged(game.player, 5.0, *far, 9)]) == [("hit_player", 1.0, 0.0)]


def test_every_sound_the_cues_ask_for_is_one_the_mixer_knows(game):
    weapons = game.res.catalog.weapons.values()
    named = (set(cues_module.CUES.values()) | set(cues_module.PLACED.values()) | set(cues_module.CENTRED.values())
             | set(cues_module.VOICES.values())
             | {weapon.sound for weapon in weapons if weapon.sound}
             | {weapon.windup_sound for weapon in weapons if weapon.windup > 0}
             | {cues_module.PLAYER_HIT, cues_module.WALL_HIT, "alert", "win", "lose", "heat_warning",
                "lock_on", "hold_tick"})
    assert named <= set(LEVELS)


def test_the_restart_gap_is_shorter_than_any_one_machine_s_own_repeat(game):
    """It thins many machines' sounds, never the player's rifle or the lock's ticks. Frames deliver ticks, so two
    shots n ticks apart may come (n - 1) ticks' time apart."""
    from game.audio.mixer import RESTART_GAP_MS
    rifle = game.res.catalog.weapons["laser_rifle"]
    assert RESTART_GAP_MS / 1000 < (math.ceil(rifle.cooldown * TICK_RATE) - 1) / TICK_RATE
    assert RESTART_GAP_MS / 1000 < LOCK_TICK_EVERY


# V-MAX: heard as its meter fills and when a press is refused, in the cockpit and only for the player's own machine

def test_the_v_max_meter_filling_rings_in_the_cockpit(game, camera):
    assert heard_at(game, camera, [VmaxCharged(game.player)]) == [("vmax_ready", 1.0, 0.0)]


@pytest.mark.parametrize("reason", ["charging", "cooling", "overheated"])
def test_a_refused_v_max_press_is_heard(game, camera, reason):
    assert heard_at(game, camera, [VmaxRefused(game.player, reason)]) == [("vmax_denied", 1.0, 0.0)]


def test_an_enemy_s_v_max_meter_and_presses_are_not_the_cockpit_s_business(game, camera):
    assert heard_at(game, camera, [VmaxCharged(game.player + 1), VmaxRefused(game.player + 1, "charging")]) == []


@pytest.mark.parametrize("name", ["vmax_ready", "vmax_denied"])
def test_the_v_max_cues_ship_with_a_level_in_the_mix(name):
    assert (DEFAULT_SOUNDS_DIR / f"{name}.wav").is_file() and name in LEVELS


# The Bul: its gears and breech through the glint, then its own deep report, not the Dis's rifle

def test_a_bul_duel_is_heard_as_the_bul_s_charge_through_its_glint_then_its_cannon_as_the_shell_leaves(tmp_path):
    """Played through the sim: a Bul across a small room holds its trigger on the Layzner. Its glint's first tick
    starts the charge, the shell's leaving plays the cannon a glint later, and nothing of the Dis's is heard."""
    from game.sim.resources import STEP
    from tests.sim.test_bul import scripted_duel, step_firing
    pygame.init()
    game, bul = scripted_duel(tmp_path, "bul")
    try:
        camera = Camera((1280, 720), game.res.level.pixel_size)
        camera.snap(*game.res.level.player_spawn)
        heard = Heard()
        cues = Cues(heard)
        at = {}
        for tick in range(int(3.0 * TICK_RATE)):
            cues.play(step_firing(game, bul), game, camera, STEP)
            for name, _, _ in heard.played:
                at.setdefault(name, tick)
            heard.played.clear()
            if "bul_cannon" in at:
                break
        assert "laser_enemy" not in at and "telegraph" not in at
        glint = game.res.catalog.weapons["bul_cannon"].windup
        assert (at["bul_cannon"] - at["bul_charge"] + 1) * STEP == pytest.approx(glint)
    finally:
        game.close()
        pygame.quit()


def test_a_dis_s_glint_and_shot_keep_the_rifle_s_whine_and_zap(game, camera):
    near = game.res.level.player_spawn
    assert [n for n, _, _ in heard_at(game, camera, [Fired(9, "dis_rifle", *near, 0.0)])] == ["laser_enemy"]
    charging = [ShotTelegraphed(game.player, "dis_rifle")]  # any machine on screen: the player's own stands there
    assert [n for n, _, _ in heard_at(game, camera, charging)] == ["telegraph"]


def test_reinforcements_called_sound_the_base_alarm_and_each_lands_with_a_thruster_burst_where_it_comes_in(game,
                                                                                                          camera):
    far, near = camera.to_world(-4000, -4000), camera.to_world(900, 300)
    assert heard_at(game, camera, [ReinforcementsCalled(8, 2, (far, near))]) == [("base_alarm", 1.0, 0.0)]
    [(name, _, pan)] = heard_at(game, camera, [Reinforced(12, "dis", *near)])
    assert name == "dash" and pan > 0  # right of centre, where it lands
