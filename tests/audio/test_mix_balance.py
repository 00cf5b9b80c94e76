"""The mix's balance, through Audio's channel seam: nothing hard-panned, nothing above its own level, no two copies of a
sound started within 60 ms on the mixer's own clock, and the fight ducked under a cockpit warning. The figures are the
design's (±0.7, 60 ms, 6 to 9 dB), written out rather than imported, so the tests hold the code to them."""

from __future__ import annotations

import math

import pygame
import pytest

from game.audio.mixer import HEADROOM, LEVELS, pan_gains
from tests.audio.fakes import Clock, fake_audio

FRAME_MS = 17


def db(value: float) -> float:
    return 20 * math.log10(value)


def loudness(channel) -> float:
    """A channel's gain, whatever its pan (equal power: the two sides' power adds to the gain's)."""
    left, right = channel.volume
    return math.hypot(left, right)


@pytest.mark.parametrize("pan", [-9.0, -1.0, -0.8, 0.8, 1.0, 9.0])
def test_no_sound_is_panned_past_0_7_so_the_far_speaker_always_has_some(pan):
    audio, sounds, pool = fake_audio(["explosion"])
    audio.play("explosion", pan=pan)
    quiet, loud = sorted(pool.channels[0].volume)
    widest = pan_gains(0.7)
    assert quiet / loud == pytest.approx(min(widest) / max(widest))
    assert quiet / loud > 0.2  # the far side about 12 dB down, not silent


def test_no_sound_plays_above_its_own_level_however_loud_it_is_asked_for():
    """A hit asked for 2.6 times as loud used to play at full scale: 6 dB over every other hit."""
    audio, sounds, pool = fake_audio(["hit", "telegraph"])
    audio.play("hit", volume=2.6)
    audio.play("telegraph", volume=2.6)
    for channel, name in zip(pool.channels, ("hit", "telegraph")):
        assert loudness(channel) == pytest.approx(LEVELS[name] * HEADROOM)


def test_a_sound_asked_again_within_60_ms_of_the_mixers_clock_starts_one_copy_however_few_play():
    """Two copies started a few ms apart add up, now and then in phase: a crack at full scale."""
    clock = Clock()
    audio, sounds, pool = fake_audio(["hit", "explosion"], clock=clock)
    audio.play("hit")
    clock.now += 59
    audio.play("hit")  # one copy playing, far under the limit of copies: still too soon
    audio.play("explosion")  # another sound is not held back by it
    assert audio.playing("hit") == 1 and audio.playing("explosion") == 1
    clock.now += 1
    audio.play("hit")
    assert audio.playing("hit") == 2


def test_a_menu_blip_answers_every_press_however_quick_the_key_repeats():
    clock = Clock()
    audio, sounds, pool = fake_audio(["ui_move"], clock=clock)
    for _ in range(3):  # a held arrow key's repeats, 33 ms apart
        audio.play("ui_move")
        clock.now += 33
    assert sum(channel.plays for channel in pool.channels) == 3


def test_a_sound_asked_every_frame_starts_at_most_every_60_ms():
    clock = Clock()
    audio, sounds, pool = fake_audio(["laser_enemy"], clock=clock, max_per_sound=24)
    started = []
    for frame in range(30):
        before = sum(c.plays for c in pool.channels)
        audio.play("laser_enemy")
        started += [clock.now] if sum(c.plays for c in pool.channels) > before else []
        clock.now += FRAME_MS
    gaps = [b - a for a, b in zip(started, started[1:])]
    assert len(started) > 5 and min(gaps) >= 60 and max(gaps) < 60 + FRAME_MS


def test_ricochets_off_walls_are_spaced_further_apart_than_other_sounds():
    """Walls stop many shots: a ricochet every frame would be a rattle over the fight."""
    clock = Clock()
    audio, sounds, pool = fake_audio(["ricochet"], clock=clock, max_per_sound=24)
    for frame in range(60):  # a second of shots hitting walls
        audio.play("ricochet")
        clock.now += FRAME_MS
    assert 3 <= sum(c.plays for c in pool.channels) <= 8


def run_frames(audio, clock, frames: int) -> None:
    for _ in range(frames):
        clock.now += FRAME_MS
        audio.update()


def test_a_cockpit_warning_ducks_the_fight_and_the_music_6_to_9_db_and_they_come_back_smoothly_after(monkeypatch):
    music = []
    monkeypatch.setattr(pygame.mixer.music, "set_volume", music.append)
    clock = Clock()
    audio, sounds, pool = fake_audio(["laser_enemy", "hit", "overheat", "lock_on"], clock=clock)
    audio.set_music_volume(1.0)
    audio.play("laser_enemy")
    rifle = pool.channels[0]
    full = loudness(rifle)
    audio.play("overheat")
    warning = pool.channels[1]
    run_frames(audio, clock, 6)  # a tenth of a second
    ducked = db(loudness(rifle) / full)
    assert -9.0 <= ducked <= -6.0
    assert db(music[-1] / music[0]) == pytest.approx(ducked)
    assert loudness(warning) == pytest.approx(LEVELS["overheat"] * HEADROOM)  # the warning itself is not ducked
    audio.play("hit")  # a sound of the fight starting under the warning starts ducked
    assert db(loudness(pool.channels[2]) / (LEVELS["hit"] * HEADROOM)) == pytest.approx(ducked)
    warning.busy = False  # the overheat is over
    heard = []
    for _ in range(60):
        run_frames(audio, clock, 1)
        heard.append(db(loudness(rifle) / full))
    steps = [b - a for a, b in zip([ducked] + heard, heard)]
    assert heard[0] < -5.0 and max(steps) < 1.5  # back up gradually, not in one jump
    assert heard[-1] == pytest.approx(0.0) and music[-1] == music[0]  # and all the way, within a second


def test_the_lock_building_ticks_do_not_duck_the_fight():
    """They come every 120 ms while a lock builds: ducking for them would pump the fight up and down."""
    clock = Clock()
    audio, sounds, pool = fake_audio(["laser_enemy", "lock_on"], clock=clock)
    audio.play("laser_enemy")
    full = loudness(pool.channels[0])
    audio.play("lock_on")
    run_frames(audio, clock, 6)
    assert loudness(pool.channels[0]) == pytest.approx(full)


def test_a_heat_warning_beeping_every_second_ducks_the_fight_on_its_first_beep_not_on_every_one(monkeypatch):
    """Each beep ducking, a hot fight and its music sank 8 dB and came back once a second: the fight pumped. The first
    beep of a run clears the way; its repeats are the same news. After a quiet spell a new run ducks again."""
    music = []
    monkeypatch.setattr(pygame.mixer.music, "set_volume", music.append)
    clock = Clock()
    audio, sounds, pool = fake_audio(["laser_enemy", "heat_warning"], clock=clock)
    audio.set_music_volume(1.0)
    audio.play("laser_enemy")  # the fight, playing throughout
    rifle = pool.channels[0]
    full = loudness(rifle)

    def beeps(seconds: int) -> list[float]:
        """A beep every second (250 ms long, as the file is), and the fight's level in dB each frame."""
        heard = []
        for _ in range(seconds):
            audio.play("heat_warning")
            beep = next(c for c in pool.channels if c.sound is sounds["heat_warning"] and c.busy)
            for frame in range(59):
                run_frames(audio, clock, 1)
                beep.busy = frame < 14
                heard.append(db(loudness(rifle) / full))
            clock.now += 1000 - 59 * FRAME_MS
        return heard

    heard = beeps(5)
    assert min(heard[:20]) < -6.0  # the first beep ducks the fight
    assert min(heard[60:]) == pytest.approx(0.0)  # the four after it leave the fight where it is
    assert music[-1] == music[0]
    clock.now += 3000  # cooled under 80 %, then hot again: a new run
    assert min(beeps(1)) < -6.0


def test_a_warning_asked_again_while_it_still_sounds_does_not_start_over_itself():
    """Two machines spotting the Layzner 84 ms apart started two alarms, the second's high notes on the first's low
    ones for all 350 ms: a garble, not a louder alarm. The one sounding says it."""
    clock = Clock()
    audio, sounds, pool = fake_audio(["alert"], clock=clock)
    audio.play("alert")
    clock.now += 84
    audio.play("alert")
    assert sum(channel.plays for channel in pool.channels) == 1
    pool.channels[0].busy = False  # over: the next one spotting the Layzner is heard
    clock.now += 300
    audio.play("alert")
    assert sum(channel.plays for channel in pool.channels) == 2


def test_the_pause_menus_music_is_not_held_ducked_under_a_warning_the_pause_holds(monkeypatch):
    """A paused channel is still busy to SDL: an overheat sounding as the game paused kept the pause menu's music 8 dB
    under its paused level for as long as the pause lasted. The warning goes on with the game, and ducks again then."""
    music = []
    monkeypatch.setattr(pygame.mixer.music, "set_volume", music.append)
    monkeypatch.setattr(pygame.mixer, "pause", lambda: None)
    monkeypatch.setattr(pygame.mixer, "unpause", lambda: None)
    clock = Clock()
    audio, sounds, pool = fake_audio(["laser_enemy", "overheat"], clock=clock)
    audio.set_music_volume(1.0)
    audio.pause()
    paused = music[-1]  # the pause menu's music, no warning sounding
    audio.resume()
    audio.play("overheat")
    run_frames(audio, clock, 6)
    audio.pause()  # the overheat held mid-sound, its channel busy
    run_frames(audio, clock, 60)
    assert music[-1] == pytest.approx(paused)
    audio.resume()
    run_frames(audio, clock, 6)
    assert db(music[-1] / music[0]) < -6.0  # the overheat sounds on, over the fight ducked under it
