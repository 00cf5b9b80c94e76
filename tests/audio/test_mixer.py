"""Tests of the Audio mixer facade and of the sound generator that makes its assets."""

from __future__ import annotations

import logging
import math
import os
import subprocess
import sys
import wave
from array import array
from pathlib import Path

os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")

import pygame  # noqa: E402
import pytest  # noqa: E402

from game.audio import Audio  # noqa: E402
from game.audio.mixer import HEADROOM, LEVELS, MUSIC_HEADROOM, STEAL_FADE_MS, pan_gains  # noqa: E402
from tests.audio.fakes import Clock, fake_audio  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
SOUNDS_DIR = REPO / "assets" / "sounds"
GENERATOR = REPO / "tools" / "make_sounds.py"
# name -> the intended length in seconds
SHIPPED = {
    "laser_player": 0.12, "laser_enemy": 0.2, "hit": 0.1, "explosion": 1.2, "dash": 0.3, "alert": 0.35,
    "ui_move": 0.08, "ui_confirm": 0.15, "pause": 0.2, "win": 1.5, "lose": 1.5,
    "heat_warning": 0.25, "overheat": 1.1, "vented": 0.6, "vmax_start": 0.9, "vmax_end": 0.5,
    "missile_launch": 0.45, "lock_on": 0.07, "locked": 0.2, "knuckle": 0.3, "deflect": 0.15, "ram": 0.35,
    "telegraph": 0.3, "rei_chirp": 0.085, "fouron_voice": 0.4, "fouron_seize": 1.0, "fouron_release": 0.6,
    "eject": 0.5, "power_down": 0.7, "part_hit": 0.15, "hold_tick": 0.12, "hit_player": 0.22, "ricochet": 0.18,
    "missile_down": 0.32, "base_alarm": 1.0, "objective": 0.45, "hold_start": 0.3, "vmax_ready": 0.058,
    "vmax_denied": 0.032, "bul_charge": 0.6, "bul_cannon": 0.65, "shutter": 0.5,
}
# Stored at 22050 Hz: nothing to hear above its 11025 Hz limit (test_a_half_rate_sound_loses_nothing_heard below).
HALF_RATE = {"telegraph", "rei_chirp", "fouron_voice", "hold_tick", "objective", "hold_start", "pause", "ui_move",
             "vmax_denied", "bul_charge"}
# Stored at 44100 Hz divided by this: nothing to hear above that rate's limit (the same test).
LOW_RATE = {"shutter": 15}


def stored_rate(name: str) -> int:
    return 22050 if name in HALF_RATE else 44100 // LOW_RATE.get(name, 1)


@pytest.fixture(autouse=True)
def fresh_mixer():
    """Each test starts and ends with the mixer shut, so one test's mixer never leaks into the next."""
    pygame.mixer.quit()
    yield
    pygame.mixer.quit()


# ---------------------------------------------------------------- with the dummy audio driver


def test_open_loads_every_shipped_sound():
    audio = Audio.open()
    try:
        on_disk = {p.stem for p in SOUNDS_DIR.glob("*.wav")}
        assert audio.enabled
        assert audio.names == on_disk == set(SHIPPED)
        assert pygame.mixer.get_num_channels() >= 24
    finally:
        audio.close()


def test_every_shipped_sound_plays_without_raising(caplog):
    audio = Audio.open()
    try:
        started = {}
        with caplog.at_level(logging.WARNING, logger="game.audio.mixer"):
            for name in SHIPPED:
                audio.play(name, volume=0.5, pan=-0.5)
                started[name] = audio.playing(name)
                pygame.mixer.stop()  # a free channel for the next: more sounds ship than the mixer has channels
        assert started == {name: 1 for name in SHIPPED}  # each one really started on a channel
        # play() swallows pygame's errors and logs them: a sound that raised would show here, not as an exception
        assert [r.getMessage() for r in caplog.records] == []
    finally:
        audio.close()


def test_playing_an_unknown_name_does_not_raise_and_is_logged_once(caplog):
    audio = Audio.open()
    try:
        with caplog.at_level(logging.WARNING, logger="game.audio.mixer"):
            audio.play("no_such_sound")
            audio.play("no_such_sound")
        assert sum("no_such_sound" in r.getMessage() for r in caplog.records) == 1
    finally:
        audio.close()


def test_a_missing_sounds_dir_gives_a_working_audio_with_no_sounds(tmp_path):
    audio = Audio.open(tmp_path / "nowhere")
    try:
        assert audio.names == frozenset()
        audio.play("laser_player")
        audio.set_volume(0.3)
    finally:
        audio.close()


def test_a_broken_wav_is_logged_and_stays_silent_while_the_others_load(tmp_path, caplog):
    (tmp_path / "hit.wav").write_bytes((SOUNDS_DIR / "hit.wav").read_bytes())
    (tmp_path / "broken.wav").write_bytes(b"this is not a wave file")
    with caplog.at_level(logging.WARNING, logger="game.audio.mixer"):
        audio = Audio.open(tmp_path)
    try:
        assert audio.names == {"hit"}
        assert any("broken.wav" in r.getMessage() for r in caplog.records)
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger="game.audio.mixer"):
            audio.play("broken")
        assert caplog.records == []  # known but silent: no 'unknown name' warning
    finally:
        audio.close()


def test_when_mixer_init_fails_audio_is_silent_and_play_does_not_raise(monkeypatch, caplog):
    def no_device(*args, **kwargs):
        raise pygame.error("no audio device")

    monkeypatch.setattr(pygame.mixer, "init", no_device)
    with caplog.at_level(logging.WARNING, logger="game.audio.mixer"):
        audio = Audio.open()
    assert not audio.enabled
    assert audio.names == frozenset()
    assert sum("no audio device" in r.getMessage() for r in caplog.records) == 1
    audio.play("laser_player")
    audio.set_volume(0.5)
    audio.close()


def test_a_disabled_audio_does_not_start_the_mixer():
    audio = Audio.open(enabled=False)
    assert not audio.enabled
    assert not pygame.mixer.get_init()
    audio.play("hit")


def test_rapid_fire_on_the_real_mixer_never_exceeds_the_per_sound_limit():
    audio = Audio.open()
    try:
        for _ in range(12):  # far faster than the 1.2 s explosion can finish
            audio.play("explosion")
        assert 1 <= audio.playing("explosion") <= 4
        busy = [pygame.mixer.Channel(i) for i in range(pygame.mixer.get_num_channels())]
        assert sum(c.get_busy() for c in busy) <= 5  # the four newest, and one fading out for them
    finally:
        audio.close()


# ---------------------------------------------------------------- through the channel seam


def test_over_the_limit_the_oldest_copy_fades_out_for_the_newest_and_other_sounds_still_find_channels():
    clock = Clock()
    audio, sounds, pool = fake_audio(["laser_player", "explosion"], max_per_sound=4, clock=clock)
    for shot in range(10):
        clock.now += 100  # the rifle's rate
        audio.play("laser_player")
        for channel in pool.channels:
            if getattr(channel, "faded", None):
                channel.busy, channel.faded = False, None  # a frame later the fade is over
    assert [c.plays for c in pool.channels[:5]] == [2, 2, 2, 2, 2]  # shots 5..10 went round, each oldest giving way
    assert audio.playing("laser_player") == 4
    audio.play("explosion")  # the rifle left channels for everything else
    assert audio.playing("explosion") == 1


def test_finished_copies_free_their_place_under_the_limit():
    clock = Clock()
    audio, sounds, pool = fake_audio(["laser_player"], max_per_sound=4, clock=clock)
    for _ in range(4):
        clock.now += 100
        audio.play("laser_player")
    for channel in pool.channels[:3]:
        channel.busy = False  # three shots have finished playing
    assert audio.playing("laser_player") == 1
    clock.now += 100
    audio.play("laser_player")
    assert audio.playing("laser_player") == 2


def test_a_channel_reused_by_another_sound_no_longer_counts_for_the_first():
    audio, sounds, pool = fake_audio(["hit", "dash"], channels=1)
    audio.play("hit")
    pool.channels[0].busy = False
    audio.play("dash")  # the only channel now plays the dash
    assert audio.playing("hit") == 0
    assert audio.playing("dash") == 1


def test_when_every_channel_is_busy_with_other_sounds_the_new_one_is_skipped():
    clock = Clock()
    audio, sounds, pool = fake_audio(["hit", "dash"], channels=2, clock=clock)
    audio.play("dash")
    clock.now += 100
    audio.play("dash")
    audio.play("hit")
    assert audio.playing("hit") == 0
    assert [c.sound for c in pool.channels] == [sounds["dash"], sounds["dash"]]


def test_with_every_channel_busy_a_warning_takes_the_channel_of_the_sound_playing_the_most_copies():
    clock = Clock()
    audio, sounds, pool = fake_audio(["hit", "laser_enemy", "overheat", "lock_on"], channels=4, clock=clock)
    for name in ("hit", "laser_enemy", "laser_enemy", "lock_on"):
        clock.now += 100
        audio.play(name)
    audio.play("overheat")  # nothing free: the enemy rifle's older copy is cut for it
    assert pool.channels[1].sound is sounds["overheat"] and pool.channels[1].plays == 2
    assert [audio.playing(name) for name in ("hit", "laser_enemy", "lock_on", "overheat")] == [1, 1, 1, 1]
    clock.now += 100
    audio.play("hit")  # a sound of the fight still waits for a free channel: skipped, nobody cut
    assert audio.playing("hit") == 1 and sum(c.plays for c in pool.channels) == 5


def test_a_warning_never_cuts_another_warning_short():
    audio, sounds, pool = fake_audio(["overheat", "fouron_seize", "lock_on"], channels=2)
    audio.play("overheat")
    audio.play("fouron_seize")
    audio.play("lock_on")
    assert audio.playing("lock_on") == 0
    assert [c.sound for c in pool.channels] == [sounds["overheat"], sounds["fouron_seize"]]


def test_pan_and_volume_set_the_channels_left_and_right_gains_under_the_sounds_level_and_the_headroom():
    clock = Clock()
    audio, sounds, pool = fake_audio(["hit", "explosion"], max_per_sound=8, clock=clock)
    for volume, pan in ((0.5, -0.6), (1.0, 0.0), (1.0, 0.5)):
        clock.now += 100
        audio.play("hit", volume=volume, pan=pan)
    audio.play("explosion", volume=3.0, pan=9.0)  # out of range values are clamped: its full level, panned the most
    level = LEVELS["hit"] * HEADROOM
    expected = [(0.5 * level, -0.6), (level, 0.0), (level, 0.5), (HEADROOM, 0.7)]
    for channel, (gain, pan) in zip(pool.channels, expected):
        assert channel.volume == pytest.approx(tuple(gain * side for side in pan_gains(pan)))
    assert pan_gains(-1.0) == pytest.approx((1.0, 0.0)) and pan_gains(1.0) == pytest.approx((0.0, 1.0))
    for pan in (-0.7, 0.0, 0.3):  # equal power: as loud wherever it is
        left, right = pan_gains(pan)
        assert left * left + right * right == pytest.approx(1.0)


def test_every_shipped_sound_has_its_level_and_a_kill_s_sounds_together_stay_under_full_scale():
    assert set(LEVELS) == set(SHIPPED)
    kill = ("explosion", "hit", "ram")  # a ram's kill: the three start together, centred
    assert sum(LEVELS[name] * HEADROOM * pan_gains(0.0)[0] for name in kill) * 10 ** (-3 / 20) <= 1.0


def test_a_copy_taken_over_fades_out_rather_than_being_cut():
    clock = Clock()
    audio, sounds, pool = fake_audio(["explosion"], max_per_sound=2, clock=clock)
    for _ in range(3):
        audio.play("explosion")  # the third over the limit: the first copy fades out, it plays on a free channel
        clock.now += 100
    assert pool.channels[0].faded == STEAL_FADE_MS and pool.channels[2].plays == 1
    assert audio.playing("explosion") == 2
    audio.play("explosion")  # the first copy still fading out: the second fades for this one
    assert pool.channels[1].faded == STEAL_FADE_MS and sum(c.plays for c in pool.channels) == 4


def test_with_no_channel_free_the_newest_copy_takes_the_oldest_s_channel():
    clock = Clock()
    audio, sounds, pool = fake_audio(["explosion"], channels=2, max_per_sound=2, clock=clock)
    audio.play("explosion")
    clock.now += 100
    audio.play("explosion")
    clock.now += 100
    audio.play("explosion")  # nothing free: the oldest is cut for it rather than fading for a sound never started
    assert pool.channels[0].plays == 2 and not hasattr(pool.channels[0], "faded")


def test_set_volume_sets_every_sounds_master_volume():
    audio, sounds, pool = fake_audio(["hit", "dash"], volume=0.8)
    assert {s.volume for s in sounds.values()} == {0.8}
    audio.set_volume(0.25)
    assert {s.volume for s in sounds.values()} == {0.25}
    assert audio.volume == 0.25


def test_close_stops_its_sounds_and_silences_the_audio():
    audio, sounds, pool = fake_audio(["hit"])
    audio.play("hit")
    audio.close()
    assert not audio.enabled
    assert not pool.channels[0].busy
    audio.play("hit")
    audio.close()


# ---------------------------------------------------------------- the generator and its assets


def read_wav(path: Path) -> tuple[tuple[int, int, int], array]:
    """((channels, sample width, rate), samples) of a WAV file."""
    with wave.open(str(path)) as w:
        layout = (w.getnchannels(), w.getsampwidth(), w.getframerate())
        samples = array("h", w.readframes(w.getnframes()))
    if sys.byteorder == "big":
        samples.byteswap()
    return layout, samples


def test_make_sounds_is_deterministic_and_the_committed_assets_are_its_output(tmp_path):
    # two runs in parallel (each takes about a second), through the script's command line
    outs = [tmp_path / "a", tmp_path / "b"]
    runs = [subprocess.Popen([sys.executable, str(GENERATOR), str(out)], stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE) for out in outs]
    for run in runs:
        _, err = run.communicate(timeout=60)
        assert run.returncode == 0, err.decode()
    first, second = ({p.name: p.read_bytes() for p in out.glob("*.wav")} for out in outs)
    assert set(first) == {f"{name}.wav" for name in SHIPPED}
    assert first == second
    committed = {p.name: p.read_bytes() for p in SOUNDS_DIR.glob("*.wav")}
    stale = sorted(name for name in first if committed.get(name) != first[name])
    assert stale == [], "assets/sounds differs from tools/make_sounds.py output; rerun it, don't edit the wavs"


@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_each_shipped_sound_is_short_mono_16_bit_click_free_and_peaks_near_minus_3_dbfs(name):
    layout, samples = read_wav(SOUNDS_DIR / f"{name}.wav")
    rate = stored_rate(name)
    assert layout == (1, 2, rate)
    assert len(samples) / rate == pytest.approx(SHIPPED[name], abs=0.005)
    assert samples[0] == 0 and samples[-1] == 0  # faded ends: no click on start or cut-off
    peak_db = 20 * math.log10(max(abs(v) for v in samples) / 32767)
    assert -3.5 < peak_db < -2.5
    assert abs(sum(samples) / len(samples)) < 30  # no DC offset



# A wind-up that builds to its end, the moment to dash: not an answer to anything the player did
SWELLS = {"bul_charge"}


@pytest.mark.parametrize("name", sorted(set(SHIPPED) - SWELLS))
def test_each_shipped_sound_is_heard_within_10_ms_of_its_start(name):
    """A sound answers a press or an event at once: V-MAX's surge swelled from 48 Hz and came within 20 dB of its
    peak only after 70 ms, a press that seemed not to take."""
    layout, samples = read_wav(SOUNDS_DIR / f"{name}.wav")
    peak = max(abs(v) for v in samples)
    first = next(i for i, v in enumerate(samples) if abs(v) >= peak / 10)
    assert first / layout[2] * 1000 <= 10.0

def test_the_lock_on_tick_stands_clear_of_the_hits_and_the_rifles_in_its_own_band():
    """While a lock builds the player's bolts are landing: at the tick's pitch they must not hide it. A tone is masked
    by what shares its critical band (one ERB wide), so compare each sound's energy there, at its level in the game."""
    import numpy as np

    def as_played(name: str) -> np.ndarray:
        return np.array(read_wav(SOUNDS_DIR / f"{name}.wav")[1], dtype=float) * LEVELS[name]

    def energy(x: np.ndarray, low: float, high: float) -> float:
        spectrum, hz = np.abs(np.fft.rfft(x, 8192)) ** 2, np.fft.rfftfreq(8192, 1 / 44100)
        return float(spectrum[(hz >= low) & (hz <= high)].sum())

    tick = as_played("lock_on")
    pitch = np.fft.rfftfreq(8192, 1 / 44100)[np.abs(np.fft.rfft(tick, 8192)).argmax()]
    erb = 24.7 * (4.37 * pitch / 1000 + 1)  # Glasberg and Moore
    band = (pitch - erb / 2, pitch + erb / 2)
    for other in ("hit", "laser_player", "laser_enemy"):
        over = 10 * math.log10(energy(tick, *band) / energy(as_played(other), *band))
        assert over > 12, f"a {other} comes within {over:.1f} dB of the lock-on tick at {pitch:.0f} Hz"


def test_the_sound_set_stays_small():
    assert sum(p.stat().st_size for p in SOUNDS_DIR.glob("*.wav")) < 1_500_000


@pytest.mark.parametrize("name", sorted(HALF_RATE | set(LOW_RATE)))
def test_a_half_or_low_rate_sound_loses_nothing_heard(name):
    """Halving the rate drops all above 11025 Hz (a fifteenth, all above 1470 Hz): in the sound as designed (at the
    full rate) that part is over 60 dB under the whole, which the sound itself masks. And the mixer plays the file for
    as long as it was made."""
    import numpy as np
    from tools.sound.outputs import SOUNDS
    designed = np.array(SOUNDS[name]())
    power, hz = np.abs(np.fft.rfft(designed)) ** 2, np.fft.rfftfreq(len(designed), 1 / 44100)
    assert 10 * math.log10(power[hz > stored_rate(name) / 2].sum() / power.sum()) < -60
    audio = Audio.open()
    try:
        assert audio.enabled and pygame.mixer.get_init()[0] == 44100
        length = pygame.mixer.Sound(SOUNDS_DIR / f"{name}.wav").get_length()
        assert length == pytest.approx(len(designed) / 44100, abs=0.001)
    finally:
        audio.close()


def test_a_gate_s_slab_whines_and_rumbles_for_its_slide_and_strikes_home_with_a_clunk_at_its_end():
    """The picture slides the slab for SLIDE s: the sound runs as long, held up through it (every 20 ms of its
    travel within 12 dB of the travel's mean: no gap, no knock alone), and is loudest as it lands, in a clunk louder
    by 6 dB at least than the travel, deep (most of it under 150 Hz) as a slab's weight is."""
    import numpy as np
    from game.view.gates import SLIDE
    layout, samples = read_wav(SOUNDS_DIR / "shutter.wav")
    rate, x = layout[2], np.array(samples, dtype=float)
    window = round(0.02 * rate)
    rms = [20 * math.log10(np.sqrt((x[i:i + window] ** 2).mean())) for i in range(0, len(x) - window + 1, window)]
    slide = round(SLIDE / 0.02)
    travel = rms[1:slide - 2]  # after the latch's knock, before the slab lands
    assert SLIDE < len(x) / rate < SLIDE + 0.1
    assert max(travel) - min(travel) < 12
    assert max(rms[slide - 1:]) > max(travel) + 6 and rms.index(max(rms)) >= slide - 1
    power = np.abs(np.fft.rfft(x)) ** 2
    assert power[np.fft.rfftfreq(len(x), 1 / rate) < 150].sum() / power.sum() > 0.5


def test_the_bul_s_charge_lasts_its_cannon_s_glint_and_its_report_is_deep_where_the_dis_s_rifle_is_not():
    """The charge ends as the shell leaves; the report's weight is under 150 Hz (most of it), where the Dis's zap has
    almost nothing."""
    import numpy as np
    from game.content.catalog import load_catalog
    layout, charge = read_wav(SOUNDS_DIR / "bul_charge.wav")
    assert len(charge) / layout[2] == pytest.approx(load_catalog().weapons["bul_cannon"].windup, abs=0.005)

    def below_150_hz(name: str) -> float:
        layout, samples = read_wav(SOUNDS_DIR / f"{name}.wav")
        power = np.abs(np.fft.rfft(np.array(samples, dtype=float))) ** 2
        return float(power[np.fft.rfftfreq(len(samples), 1 / layout[2]) < 150].sum() / power.sum())

    assert below_150_hz("bul_cannon") > 0.5 > 0.05 > below_150_hz("laser_enemy")


def test_music_tracks_are_generated_deterministically_and_committed_as_generated(tmp_path):
    import importlib.util
    spec = importlib.util.spec_from_file_location("make_music", REPO / "tools" / "make_music.py")
    make_music = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_music)
    written = make_music.main(tmp_path)
    assert [p.relative_to(tmp_path).as_posix() for p in written] == [
        "mars_wind.wav", "manhattan_night.wav", "manhattan_rain.wav", "fight/mars.wav", "fight/manhattan.wav"]
    for path in written:
        assert path.read_bytes() == (REPO / "assets" / "music" / path.relative_to(tmp_path)).read_bytes()


def test_play_music_loops_a_known_track_and_is_quiet_about_unknown_ones():
    audio = Audio.open()
    try:
        audio.play_music("mars_wind")
        assert pygame.mixer.music.get_busy()
        audio.play_music("no_such_track")  # logged once, no exception
        audio.play_music("")
    finally:
        audio.close()


def test_a_track_name_that_is_a_path_or_a_pattern_is_silence_not_a_traceback_nor_another_file():
    """The title plays its first map's `music` before the checker has read it (a designer's --campaign): a path typed
    in stopped the game with a traceback, and a pattern played whatever files it matched."""
    audio = Audio.open()
    try:
        for name in ("/home/me/music/night.ogg", "mars**", "*", "../sounds/alert", "mars_wind.wav"):
            audio.play_music(name)
            assert not pygame.mixer.music.get_busy(), name
        audio.play_music("mars_wind")  # a track's own name still plays
        assert pygame.mixer.music.get_busy()
    finally:
        audio.close()


def test_a_volume_given_with_the_track_already_playing_applies_and_0_is_silent():
    audio = Audio.open()
    try:
        audio.play_music("mars_wind")
        audio.play_music("mars_wind", volume=0.0)  # the same track goes on: only its volume changes
        assert audio.music_volume == 0.0 and pygame.mixer.music.get_volume() == 0.0
        audio.play_music("mars_wind", volume=1.0)
        assert pygame.mixer.music.get_volume() == pytest.approx(MUSIC_HEADROOM, abs=0.01)
    finally:
        audio.close()


def test_a_new_track_waits_for_the_last_to_fade_out_without_holding_up_the_game(tmp_path, monkeypatch):
    """SDL would load it only once the fade is over, and wait for that: a frozen frame of 0.7 s at each change."""
    from game.audio import mixer as mixer_module
    for name in ("first", "second"):
        (tmp_path / f"{name}.wav").write_bytes((mixer_module.MUSIC_DIR / "mars_wind.wav").read_bytes())
    monkeypatch.setattr(mixer_module, "MUSIC_DIR", tmp_path)
    audio = Audio.open()
    try:
        audio.play_music("first")
        assert pygame.mixer.music.get_busy()
        loaded = []
        real_load = pygame.mixer.music.load
        monkeypatch.setattr(pygame.mixer.music, "load", lambda track: (loaded.append(Path(track).name),
                                                                       real_load(track)))
        audio.play_music("second")
        audio.update()
        assert loaded == []  # still fading out: nothing is loaded, so nothing waits
        pygame.mixer.music.stop()  # the fade is over
        audio.update()
        assert loaded == ["second.wav"] and pygame.mixer.music.get_busy()
        audio.update()
        assert loaded == ["second.wav"]  # started once
    finally:
        audio.close()


def test_a_channel_found_twice_is_the_same_object_so_a_copy_is_known_as_itself():
    """pygame makes a new Channel for each find, equal to no other: a copy playing was taken for one fading out."""
    from game.audio.mixer import _find_free_channel
    audio = Audio.open()
    try:
        first = _find_free_channel()
        assert first is not None and _find_free_channel() is first  # the same free channel, the same object
    finally:
        audio.close()


def test_stopping_the_effects_keeps_the_menus_blips():
    audio, sounds, pool = fake_audio(["explosion", "ui_confirm"])
    audio.play("explosion")
    audio.play("ui_confirm")
    audio.stop_effects()
    assert [c.busy for c in pool.channels[:2]] == [False, True]
