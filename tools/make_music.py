"""Synthesizes the looping ambience tracks in assets/music/ (a map's `music` property names one), and in
assets/music/fight/ each world's fight layer, which the mixer fades in over them in a fight (sound/fight_music.py).

Built from the same oscillators and filters as the sound effects (tools/sound/synth.py), deterministic,
and seamless when looped: mars_wind's end is cross-faded into its beginning; manhattan_night is periodic
by construction (every tone a whole number of cycles per loop, every filter run round the loop), and so is the rain
that manhattan_rain lays under it. Each loop is LOOP s, its halves unlike: gusts, a drone's fifth, patrols and sirens,
showers come and go through it.

Usage: python tools/make_music.py [OUTPUT_DIR]   (default: assets/music)
"""

import math
import random
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tools.sound.fight_music import LAYERS, render  # noqa: E402
from tools.sound.outputs import write_set  # noqa: E402
from tools.sound.synth import (SR, at_loudness, bandpass, cents, grains, highpass, lowpass, osc,  # noqa: E402
                               round_loop, white)

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "assets" / "music"
LOOP = 24.0  # s: twice the first loops' 12, each half its own (gusts, drone, the patrol and the siren): heard going
# round some 12 times in a 5-minute mission, not 25
BLEND = 1.5  # s of cross-fade that hides the loop point
TAU = 2 * math.pi
MUSIC_RMS = 10 ** (-17.7 / 20)  # mars_wind's RMS in dBFS: a new track sits at its level in the mix
RAIN_SHARE = 0.35  # the rain's loudness under manhattan_rain's night (as RMS): heard, never over the music
# Stored at 22.05 kHz, half the bytes: nothing of it above 10 kHz (tests/audio/test_music_tracks.py measures it). The
# Martian wind's hiss, the rain's hiss and patter, and the fight layers' hats and snare reach past it: full rate
HALF_RATE = frozenset({"manhattan_night"})


def mars_wind() -> list[float]:
    """Wind over the Martian plain: gusting band-passed noise over a low, slowly beating drone on A, its fifth (E)
    rising through the middle of the loop and sinking away again."""
    rng = random.Random(1996)
    total = LOOP + BLEND
    n = int(total * SR)
    # Gusts: a slow, smooth random curve steering the band's centre and the loudness.
    knots = [rng.uniform(0.0, 1.0) for _ in range(int(total / 1.5) + 3)]
    gust = [_smooth(knots, i / SR / 1.5) for i in range(n)]
    noise = white(total, rng)
    whistle = bandpass(noise, [260 + 520 * g for g in gust], q=5.0)
    rumble = lowpass(white(total, rng), 120.0)
    t = [i / SR for i in range(n)]
    fifth = _swell(t, total / 2, 0.4 * LOOP)
    drone = [0.05 * (a + b) + 0.04 * f * (c + d) for a, b, c, d, f in zip(
        osc("sine", [55.0] * n), osc("sine", [55.7] * n), osc("sine", [82.41] * n), osc("sine", [82.9] * n), fifth)]
    mixed = [0.55 * w * (0.35 + 0.65 * g) + 1.8 * r + d for w, g, r, d in zip(whistle, gust, rumble, drone)]
    return _at_music_level(_loop(highpass(mixed, 20.0)))


def _dulled(x: list[float], cutoff, poles: int) -> list[float]:
    """x low-passed round the loop `poles` times over (each one-pole takes 6 dB an octave): steep enough to leave
    nothing above 10 kHz."""
    for _ in range(poles):
        x = round_loop(lowpass, x, cutoff)
    return x


def _smooth(knots: list[float], t: float) -> float:
    i = int(t)
    f = t - i
    f = f * f * (3 - 2 * f)  # smoothstep: gusts swell and fade, no corners
    return knots[i] + (knots[i + 1] - knots[i]) * f


def _loop(x: list[float]) -> list[float]:
    """Fold the extra BLEND seconds over the start with an equal-power cross-fade."""
    length, blend = int(LOOP * SR), int(BLEND * SR)
    out = x[:length]
    for i in range(blend):
        a = i / blend
        out[i] = x[length + i] * math.cos(a * math.pi / 2) + x[i] * math.sin(a * math.pi / 2)
    return out


def _manhattan() -> list[float]:
    """manhattan_night before its DC block and level: its layers mixed."""
    rng = random.Random(1999)
    n = int(LOOP * SR)
    t = [i / SR for i in range(n)]
    hum = [0.5 * math.sin(TAU * 60 * s) + 0.3 * math.sin(TAU * 120 * s + 0.4) + 0.12 * math.sin(TAU * 180 * s + 1.1)
           for s in t]  # US mains: the one thing still running in every dark block
    rumble = round_loop(lowpass, round_loop(lowpass, white(LOOP, rng), 70.0), 70.0)
    gust = _periodic_curve(rng, 16, t)
    # wind between the towers: a thin whistle through the gaps, higher and narrower than the open plain's; its noise,
    # and the air's, dulled three and four poles deep, so nothing of the night passes 10 kHz
    whistle = round_loop(bandpass, _dulled(white(LOOP, rng), 3000.0, 3), [900 + 800 * g for g in gust], q=14.0)
    air = _dulled(white(LOOP, rng), [700 + 500 * g for g in gust], 4)
    mixed = [0.22 * w * g * g + 0.1 * a * g for w, a, g in zip(whistle, air, gust)]
    # two patrols pass, the second lower and slower, further off; a siren wails near, then another far off
    layers = [(hum, 0.05), (rumble, 2.6), (_pad(t), 0.14), (_patrol(t, 3.2, 3.0, 46.0, 5.5), 0.2),
              (_patrol(t, 15.0, 3.4, 41.0, 4.2), 0.13), (_siren(t, 8.6, 2.9, 760.0, 1100.0), 0.1),
              (_siren(t, 20.2, 2.6, 640.0, 800.0), 0.06)]
    for layer, gain in layers:
        mixed = [m + gain * v for m, v in zip(mixed, layer)]
    return mixed


def manhattan_night() -> list[float]:
    """Night in occupied Manhattan: mains hum and the rumble of an emptied city, wind whistling between the towers,
    a dark D minor pad sinking to B flat and back, a Gradosian patrol droning over, a siren wailing far off."""
    return _at_music_level(_dc_blocked(_manhattan()))


def manhattan_rain() -> list[float]:
    """manhattan_night in the rain (a map's `weather: rain`): the same night, with rain hissing on the ruins and the
    nearer drops pattering, under it: RAIN_SHARE of its loudness, so the siren and the patrol still carry."""
    night = _manhattan()
    rain = _rain()
    gain = RAIN_SHARE * _rms(night) / _rms(rain)
    return _at_music_level(_dc_blocked([v + gain * r for v, r in zip(night, rain)]))


def _dc_blocked(x: list[float]) -> list[float]:
    return [v - lo for v, lo in zip(x, round_loop(lowpass, x, 20.0))]  # finish()'s DC block, round the loop


def _rms(x: list[float]) -> float:
    return math.sqrt(sum(v * v for v in x) / len(x))


def _rain() -> list[float]:
    """Rain on the ruins, a loop: a broad hiss of drops on concrete and water, the patter of the nearer drops, a soft
    drumming on what roofs are left, swelling and easing as the wind drives it."""
    rng = random.Random(2019)
    n = int(LOOP * SR)
    t = [i / SR for i in range(n)]
    hiss = round_loop(highpass, round_loop(bandpass, white(LOOP, rng), [3600.0] * n, q=0.7), 700.0)
    # Drops one by one, some 300 a second, a few ms each; those the loop's end cuts short go on at its start.
    drops = grains(LOOP + 0.05, rng, lambda s: 300 / SR, (0.1, 1.0), 0.002)
    patter = drops[:n]
    for i, v in enumerate(drops[n:]):
        patter[i] += v
    patter = round_loop(highpass, patter, 1800.0)
    drumming = round_loop(lowpass, round_loop(highpass, white(LOOP, rng), 200.0), 700.0)
    swell = _periodic_curve(rng, 12, t)
    heavy = _periodic_curve(rng, 3, t)  # slower: showers coming and easing through the loop
    return [(0.6 * h + 0.35 * p) * (0.55 + 0.45 * w) + 0.8 * d * (0.7 + 0.3 * s)
            for h, p, d, s, w in zip(hiss, patter, drumming, swell, heavy)]


def _at_music_level(x: list[float]) -> list[float]:
    """Scaled to mars_wind's loudness (the mixer's music level was set by ear against it), peaks under -3 dBFS."""
    return at_loudness(x, MUSIC_RMS)


def _hz(f: float) -> float:
    """The nearest frequency with a whole number of cycles in the loop, so a tone meets itself at the seam."""
    return round(f * LOOP) / LOOP


def _tone(shape: str, hz: float, n: int, phase: float = 0.0) -> list[float]:
    return osc(shape, [_hz(hz)] * n, phase)


def _periodic_curve(rng: random.Random, knots: int, t: list[float]) -> list[float]:
    """A slow smooth random curve 0..1 that comes back to where it started at the end of the loop."""
    values = [rng.uniform(0.0, 1.0) for _ in range(knots)]
    span = LOOP / knots
    return [_smooth(values + values[:1], s / span) for s in t]


def _pad(t: list[float]) -> list[float]:
    """D minor (D2 D3 F3 A3) leaning to B flat (Bb1 D3 F3 Bb2) and back: D and F held, the others swapping."""
    n = len(t)
    lean = [0.5 + 0.5 * math.tanh(2.5 * math.cos(TAU * s / LOOP)) / math.tanh(2.5) for s in t]  # 1: Dm, 0: Bb
    held = _voices([(146.83, 1.0), (174.61, 0.8)], n)
    minor = _voices([(73.42, 0.9), (220.0, 0.6)], n)
    flat = _voices([(58.27, 0.9), (116.54, 0.7)], n)
    mixed = [h + w * m + (1 - w) * f for h, m, f, w in zip(held, minor, flat, lean)]
    breath = [520 + 260 * math.sin(TAU * s / LOOP * 2 + 0.6) for s in t]  # the filter opening and closing
    return round_loop(lowpass, round_loop(lowpass, mixed, breath), breath)


def _voices(notes: list[tuple[float, float]], n: int) -> list[float]:
    """Per note two saws a few cents apart (slow beating: the pad's unease) and a triangle for body."""
    out = [0.0] * n
    for k, (hz, gain) in enumerate(notes):
        parts = [_tone("saw", hz * cents(6), n, 0.1 * k), _tone("saw", hz * cents(-6), n, 0.37 + 0.1 * k),
                 _tone("tri", hz, n, 0.11)]
        out = [o + gain * (0.35 * a + 0.35 * b + 0.5 * c) for o, a, b, c in zip(out, *parts)]
    return out


def _swell(t: list[float], centre: float, half: float) -> list[float]:
    """0 outside centre +- half, a raised-cosine swell inside: an event that is silent at the seam."""
    return [math.cos(0.5 * math.pi * (s - centre) / half) ** 2 if abs(s - centre) < half else 0.0 for s in t]


def _patrol(t: list[float], centre: float, half: float, hz: float, throb_hz: float) -> list[float]:
    """A Gradosian patrol craft passing overhead: a low throbbing drone whose pitch drops as it goes by."""
    env = _swell(t, centre, half)
    pitch = [1.0 + 0.04 * math.tanh((centre - s) / 0.9) for s in t]  # Doppler: higher coming, lower going
    body = osc("saw", [hz * p for p in pitch])
    over = osc("saw", [hz * 1.5 * p * cents(8) for p in pitch], 0.3)
    throb = [0.7 + 0.3 * math.sin(TAU * throb_hz * s) for s in t]  # rotor-like pulse
    tone = lowpass(lowpass([b + 0.5 * o for b, o in zip(body, over)], 260.0), 260.0)
    return [v * e * th for v, e, th in zip(tone, env, throb)]


def _siren(t: list[float], centre: float, half: float, low: float, dull: float) -> list[float]:
    """A siren wailing blocks away: a slow rising and falling whoop from `low` Hz, dulled by distance (low-passed at
    `dull` Hz), with a street's echo."""
    env = _swell(t, centre, half)
    sweep = [low + 0.55 * low * (0.5 - 0.5 * math.cos(TAU * (s - centre + half) / 2.9)) for s in t]
    tone = lowpass(lowpass(osc("tri", sweep), dull), dull)
    near = [v * e for v, e in zip(tone, env)]
    lag = int(0.23 * SR)
    return [v + 0.45 * near[i - lag] if i >= lag else v for i, v in enumerate(near)]


TRACKS = {"mars_wind": mars_wind, "manhattan_night": manhattan_night, "manhattan_rain": manhattan_rain}
FIGHT_LAYERS = {name: partial(render, score) for name, score in LAYERS.items()}


def main(out_dir: Path | str | None = None) -> list[Path]:
    out = Path(out_dir) if out_dir is not None else DEFAULT_OUT
    return write_set(TRACKS, out, HALF_RATE, looped=True) + write_set(FIGHT_LAYERS, out / "fight", frozenset())


if __name__ == "__main__":
    for p in main(sys.argv[1] if len(sys.argv) > 1 else None):
        print(p)
