"""The looping music tracks in assets/music: one format, one loudness, no click where they loop, and each level's
own track (New York's night is not the Martian wind)."""

from __future__ import annotations

import math
import wave
from pathlib import Path

import numpy as np
import pytest

from game.content.level import load_level

REPO = Path(__file__).resolve().parents[2]
MUSIC = REPO / "assets" / "music"
TRACKS = sorted(MUSIC.glob("*.wav"))
SR = 44100
REFERENCE = "mars_wind"  # the track the mixer's music level was set by ear against


def samples(path: Path) -> np.ndarray:
    with wave.open(str(path)) as w:
        assert (w.getnchannels(), w.getsampwidth(), w.getframerate()) == (1, 2, SR)
        return np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(float) / 32767


def db(value: float) -> float:
    return 20 * math.log10(value)


def rms(x: np.ndarray) -> float:
    return float(np.sqrt(np.mean(x ** 2)))


def test_there_is_more_than_the_reference_track():
    assert REFERENCE in [p.stem for p in TRACKS] and len(TRACKS) >= 2


@pytest.mark.parametrize("path", TRACKS, ids=lambda p: p.stem)
def test_a_track_is_16_bit_mono_44100_hz_and_no_bigger_than_the_reference(path):
    x = samples(path)
    assert len(x) >= 10 * SR  # a loop long enough not to be heard going round
    assert path.stat().st_size <= (MUSIC / f"{REFERENCE}.wav").stat().st_size


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
    x = samples(path)
    steps = np.abs(np.diff(x))
    assert abs(x[0] - x[-1]) <= np.percentile(steps, 99)  # a click would be a step far out of the usual
    window = int(0.05 * SR)
    levels = [db(rms(x[i:i + window])) for i in range(0, len(x) - window + 1, window)]
    changes = np.abs(np.diff(levels))
    seam = abs(db(rms(x[:window])) - db(rms(x[-window:])))
    assert seam <= np.percentile(changes, 95)  # nor a jump in level the track does not make on its own


def test_new_york_plays_a_night_of_its_own_not_the_wind_over_mars():
    mars = load_level(REPO / "levels" / "mars_base.tmx").music
    new_york = load_level(REPO / "levels" / "new_york.tmx").music
    assert new_york and new_york != mars and (MUSIC / f"{new_york}.wav").is_file()
