"""The looping music tracks in assets/music: one format, one loudness, no click where they loop, and each level's
own track (New York's night is not the Martian wind); each world's fight layer in assets/music/fight: whole bars,
seamless, under its tracks so the effects stay on top; and the music's size budget."""

from __future__ import annotations

import math
import wave
from pathlib import Path

import numpy as np
import pytest

from game.audio.mixer import FIGHT_DIR, FIGHT_LAYERS, MUSIC_HEADROOM
from game.content.level import load_level
from tools.sound.fight_music import LAYERS, STEPS

REPO = Path(__file__).resolve().parents[2]
MUSIC = REPO / "assets" / "music"
TRACKS = sorted(MUSIC.glob("*.wav"))
FIGHTS = sorted(FIGHT_DIR.glob("*.wav"))
SR = 44100
REFERENCE = "mars_wind"  # the track the mixer's music level was set by ear against
BUDGET = 8_000_000  # bytes, the whole of assets/music


def stored(path: Path) -> tuple[np.ndarray, int]:
    """A track's samples as stored, and their rate: 16-bit mono, at 44.1 kHz or half that."""
    with wave.open(str(path)) as w:
        assert (w.getnchannels(), w.getsampwidth()) == (1, 2) and w.getframerate() in (SR, SR // 2)
        return np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(float) / 32767, w.getframerate()


def samples(path: Path) -> np.ndarray:
    """A track at 44.1 kHz, as the mixer plays it: one stored at half the rate drawn again in between (exactly, for a
    loop: through its spectrum)."""
    x, rate = stored(path)
    return x if rate == SR else np.fft.irfft(np.fft.rfft(x), len(x) * 2) * 2


def make_music():
    import importlib.util
    spec = importlib.util.spec_from_file_location("make_music", REPO / "tools" / "make_music.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def db(value: float) -> float:
    return 20 * math.log10(value)


def rms(x: np.ndarray) -> float:
    return float(np.sqrt(np.mean(x ** 2)))


def test_there_is_more_than_the_reference_track():
    assert REFERENCE in [p.stem for p in TRACKS] and len(TRACKS) >= 2


@pytest.mark.parametrize("path", TRACKS, ids=lambda p: p.stem)
def test_a_track_is_16_bit_mono_44100_hz_or_half_and_no_bigger_than_the_reference(path):
    x = samples(path)
    assert len(x) >= 24 * SR  # a loop long enough not to be heard going round: some 12 times in a 5-minute mission
    assert path.stat().st_size <= (MUSIC / f"{REFERENCE}.wav").stat().st_size


@pytest.mark.parametrize("path", TRACKS, ids=lambda p: p.stem)
def test_a_track_s_second_half_is_no_repeat_of_its_first(path):
    """A 12 s loop played twice over would pass for a 24 s one: its halves must differ as much as two unlike sounds."""
    x = samples(path)
    first, second = x[: len(x) // 2], x[len(x) // 2: len(x) // 2 * 2]
    assert rms(first - second) > rms(x)


@pytest.mark.parametrize("path", [p for p in TRACKS if stored(p)[1] < SR], ids=lambda p: p.stem)
def test_a_track_stored_at_half_the_rate_loses_nothing_heard(path):
    """Halving the rate drops all above 11025 Hz: in the track as designed (at the full rate) that part is over 60 dB
    under the whole, as for the sounds (tests/audio/test_mixer.py)."""
    designed = np.array(make_music().TRACKS[path.stem]())
    power, hz = np.abs(np.fft.rfft(designed)) ** 2, np.fft.rfftfreq(len(designed), 1 / SR)
    assert 10 * math.log10(power[hz > SR / 4].sum() / power.sum()) < -60
    assert len(samples(path)) == len(designed)


@pytest.mark.parametrize("path", TRACKS, ids=lambda p: p.stem)
def test_a_track_plays_at_the_references_loudness_so_the_mixers_balance_holds(path):
    x, ref = samples(path), samples(MUSIC / f"{REFERENCE}.wav")
    assert abs(db(rms(x)) - db(rms(ref))) < 0.5
    assert db(np.abs(x).max()) <= -3.0 + 0.01  # the sounds' -3 dBFS headroom
    per_second = [db(rms(s)) for s in x[: len(x) // SR * SR].reshape(-1, SR)]
    ref_seconds = [db(rms(s)) for s in ref[: len(ref) // SR * SR].reshape(-1, SR)]
    # no second louder than the reference's loudest or quieter than its quietest by more than 1.5 dB
    assert max(per_second) < max(ref_seconds) + 1.5 and min(per_second) > min(ref_seconds) - 1.5


@pytest.mark.parametrize("path", TRACKS, ids=lambda p: p.stem)
def test_a_track_goes_round_with_no_bigger_step_than_it_makes_anywhere_else(path):
    x, rate = stored(path)
    steps = np.abs(np.diff(x))
    assert abs(x[0] - x[-1]) <= np.percentile(steps, 99)  # a click would be a step far out of the usual
    window = int(0.05 * rate)
    levels = [db(rms(x[i:i + window])) for i in range(0, len(x) - window + 1, window)]
    changes = np.abs(np.diff(levels))
    seam = abs(db(rms(x[:window])) - db(rms(x[-window:])))
    assert seam <= np.percentile(changes, 95)  # nor a jump in level the track does not make on its own


def test_new_york_plays_a_night_of_its_own_not_the_wind_over_mars():
    mars = load_level(REPO / "levels" / "mars_base.tmx").music
    new_york = load_level(REPO / "levels" / "new_york.tmx").music
    assert new_york and new_york != mars and (MUSIC / f"{new_york}.wav").is_file()


def per_second(x: np.ndarray) -> list[float]:
    return [db(rms(s)) for s in x[: len(x) // SR * SR].reshape(-1, SR)]


def test_every_world_has_its_fight_layer_and_every_layer_a_world():
    worlds = {load_level(path).music for path in sorted((REPO / "levels").glob("*.tmx"))}
    assert worlds <= set(FIGHT_LAYERS)  # every level's music has a fight to come in over it
    assert sorted(set(FIGHT_LAYERS.values())) == [p.stem for p in FIGHTS] == sorted(LAYERS)


@pytest.mark.parametrize("path", FIGHTS, ids=lambda p: p.stem)
def test_a_fight_layer_loops_whole_bars_in_8_to_16_s_and_its_seam_steps_no_further_than_its_own_notes(path):
    x, score = samples(path), LAYERS[path.stem]
    bar = SR * 60 * 4 / score.bpm
    assert 120 <= score.bpm <= 140 and len(x) == round(len(score.chords) * bar) and 8 <= len(x) / SR <= 16
    assert len(x) % (SR * 60 // (score.bpm * 4) * STEPS) == 0  # whole sixteenths: the bars meet at the seam
    assert abs(x[0] - x[-1]) <= np.percentile(np.abs(np.diff(x)), 99)  # the step across the loop point: no click
    # and its change of level no bigger than at its other bar lines (each brings a kick in over the bar's end)
    window, bars = int(0.05 * SR), len(score.chords)

    def change(at: int) -> float:
        return abs(db(rms(x[at:at + window])) - db(rms(np.roll(x, window)[at:at + window])))
    assert change(0) <= max(change(round(k * bar)) for k in range(1, bars))


@pytest.mark.parametrize("path", FIGHTS, ids=lambda p: p.stem)
def test_a_fight_layer_is_clean_no_dc_no_clipping_nothing_harsh(path):
    x = samples(path)
    assert abs(x.mean()) < 1e-4 and db(np.abs(x).max()) <= -3.0 + 0.01
    power, hz = np.abs(np.fft.rfft(x)) ** 2, np.fft.rfftfreq(len(x), 1 / SR)
    assert 10 * math.log10(power[hz > 4000].sum() / power.sum()) < -18  # soft tops: no harsh high partials


@pytest.mark.parametrize("track", sorted(FIGHT_LAYERS), ids=str)
def test_a_track_and_its_fight_layer_together_stay_within_3_db_of_the_track_and_peak_under_minus_1_dbfs(track):
    """The effects were balanced over the track alone: the fight layer in full must not bury them. Measured over a
    minute of both looping (the layer begins where the fight does, so over the track's every second), and the peak
    for the worst meeting of the two, at the mixer's music level at full volume."""
    bed, layer = samples(MUSIC / f"{track}.wav"), samples(FIGHT_DIR / f"{FIGHT_LAYERS[track]}.wav")
    n = 60 * SR
    both = np.resize(bed, n) + np.resize(layer, n)
    assert db(rms(both)) <= db(rms(bed)) + 3.0
    assert max(per_second(both)) <= max(per_second(bed)) + 3.0
    assert db((np.abs(bed).max() + np.abs(layer).max()) * MUSIC_HEADROOM) <= -1.0


def test_the_music_stays_within_its_budget():
    assert sum(p.stat().st_size for p in MUSIC.rglob("*") if p.is_file()) <= BUDGET
