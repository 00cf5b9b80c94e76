"""The synthesis every sound is built from: sweeps, mixing, oscillators, noise, filters, envelopes, voices."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from itertools import accumulate

SR = 44100
PEAK = 10 ** (-3 / 20)  # -3 dBFS: loud enough, with headroom when sounds overlap in the mixer
TAU = 2 * math.pi

Signal = list[float]
Freqs = float | Sequence[float]


# ---------------------------------------------------------------- basics


def count(seconds: float) -> int:
    return int(round(seconds * SR))


def silence(seconds: float) -> Signal:
    return [0.0] * count(seconds)


def exp_sweep(f0: float, f1: float, sweep_s: float, total_s: float) -> Signal:
    """Frequency per sample gliding exponentially f0 -> f1, then holding f1.

    Exponential because pitch is heard logarithmically: a linear glide would
    seem to rush through the high end and crawl at the bottom.
    """
    n_total, n_sweep = count(total_s), max(1, count(sweep_s))
    step = (f1 / f0) ** (1.0 / n_sweep)
    out: Signal = []
    f = f0
    for _ in range(min(n_sweep, n_total)):
        out.append(f)
        f *= step
    return out + [f1] * (n_total - len(out))


def cents(c: float) -> float:
    return 2 ** (c / 1200)


def scale(x: Sequence[float], g: float) -> Signal:
    return [v * g for v in x]


def mul(a: Sequence[float], b: Sequence[float]) -> Signal:
    return [u * v for u, v in zip(a, b)]


def mix(length_s: float, *layers: tuple[Sequence[float], float, float]) -> Signal:
    """Sums (samples, gain, start_seconds) layers into a buffer of length_s; overhangs are cut."""
    out = silence(length_s)
    n = len(out)
    for samples, gain, start in layers:
        at = count(start)
        for i, v in enumerate(samples[: max(0, n - at)]):
            out[at + i] += v * gain
    return out


def normalise(x: Sequence[float], peak: float = 1.0) -> Signal:
    top = max((abs(v) for v in x), default=0.0)
    return list(x) if top == 0 else scale(x, peak / top)


def soft_clip(x: Sequence[float], drive: float) -> Signal:
    """tanh saturation: rounds off peaks and adds warm odd harmonics instead of hard clipping."""
    k = 1 / math.tanh(drive)
    return [math.tanh(drive * v) * k for v in x]


# ---------------------------------------------------------------- oscillators


def _blep(t: float, dt: float) -> float:
    """PolyBLEP residual: smooths a saw/square step so high notes do not alias into hiss."""
    if t < dt:
        t /= dt
        return t + t - t * t - 1.0
    if t > 1.0 - dt:
        t = (t - 1.0) / dt
        return t * t + t + t + 1.0
    return 0.0


def osc(shape: str, freqs: Sequence[float], phase: float = 0.0) -> Signal:
    """One oscillator following a per-sample frequency list (so sweeps stay phase-continuous)."""
    steps = [f / SR for f in freqs]
    # phase in cycles, summed from the start (doubles keep it exact enough for seconds of audio)
    phases = [p % 1.0 for p in accumulate(steps[:-1], initial=phase)] if steps else []
    if shape == "sine":
        sin = math.sin
        return [sin(TAU * p) for p in phases]
    if shape == "tri":  # naive is fine: triangle harmonics fall off as 1/n^2, little aliasing
        return [1.0 - 4.0 * abs(p - 0.5) for p in phases]
    # the `if` around _blep only skips the call where it would return 0 anyway: a large speed-up
    if shape == "saw":
        return [2.0 * p - 1.0 - (_blep(p, dt) if p < dt or p > 1.0 - dt else 0.0)
                for p, dt in zip(phases, steps)]
    if shape == "square":
        return [(1.0 if p < 0.5 else -1.0) + _blep(p, dt) - _blep((p + 0.5) % 1.0, dt)
                for p, dt in zip(phases, steps)]
    raise ValueError(shape)


def white(seconds: float, rng: random.Random) -> Signal:
    return [rng.uniform(-1.0, 1.0) for _ in range(count(seconds))]


# ---------------------------------------------------------------- filters


def grains(seconds: float, rng: random.Random, rate, loudness: tuple[float, float], grain_s: float,
           floor: float = 0.0) -> Signal:
    """Noise in short grains that start at random, each at a random loudness in `loudness` and dying away over about
    `grain_s`: pops, grit, crackle. `rate(t)` is a grain's chance each sample; `floor` adds a steady hiss under them."""
    out: Signal = []
    level = 0.0
    decay = math.exp(-1.0 / (grain_s * SR))
    for i in range(count(seconds)):
        if rng.random() < rate(i / SR):
            level = rng.uniform(*loudness)
        sample = level * rng.uniform(-1.0, 1.0)
        out.append(sample + floor * rng.uniform(-1.0, 1.0) if floor else sample)
        level *= decay
    return out


def lowpass(x: Sequence[float], cutoff: Freqs) -> Signal:
    """One-pole low-pass (6 dB/octave); cutoff may be a per-sample list for filter sweeps.

    The coefficient w/(1+w) is the backward-Euler form: stable at any cutoff and
    cheap enough to recompute every sample during a sweep.
    """
    out: Signal = []
    append = out.append
    y = 0.0
    k = TAU / SR
    if isinstance(cutoff, (int, float)):
        a = k * cutoff / (1.0 + k * cutoff)
        for v in x:
            y += a * (v - y)
            append(y)
    else:
        for v, fc in zip(x, cutoff):
            w = k * fc
            y += w / (1.0 + w) * (v - y)
            append(y)
    return out


def highpass(x: Sequence[float], cutoff: Freqs) -> Signal:
    """One-pole high-pass as input minus its low-pass: a zero at DC, so no offset survives."""
    return [v - lo for v, lo in zip(x, lowpass(x, cutoff))]


def bandpass(x: Sequence[float], centres: Sequence[float], q: float) -> Signal:
    """Chamberlin state-variable band-pass with a moving centre: the resonant 'whoosh' of a sweep.

    A pair of one-poles would be too broad to hear the sweep; the SVF peaks
    around its centre. It stays stable while centre < SR/6, which we respect.
    """
    out: Signal = []
    low = band = 0.0
    damp = 1.0 / q
    sin = math.sin
    for v, fc in zip(x, centres):
        f = 2.0 * sin(math.pi * fc / SR)
        low += f * band
        high = v - low - damp * band
        band += f * high
        out.append(band)
    return out


def round_loop(filt, x: Sequence[float], *args, **kwargs) -> Signal:
    """`filt` run round a loop: twice over, keeping the second pass, which starts in the state the loop ends in.
    Per-sample settings (cut-offs, centres) go round with it."""
    twice = [a + a if isinstance(a, list) else a for a in args]
    return filt(list(x) + list(x), *twice, **kwargs)[len(x):]


def at_loudness(x: Sequence[float], rms: float, peak: float = PEAK) -> Signal:
    """x scaled to `rms` (its RMS), or less where that would take its peak past `peak`: a music track's level."""
    level = math.sqrt(sum(v * v for v in x) / len(x))
    top = max(abs(v) for v in x)
    return [v * min(rms / level, peak / top) for v in x]


# ---------------------------------------------------------------- envelopes


def perc(seconds: float, attack: float, decay_tau: float) -> Signal:
    """Percussive envelope: a smooth (sine-shaped) rise then an exponential decay."""
    n, n_att = count(seconds), max(1, count(attack))
    out = [math.sin(0.5 * math.pi * i / n_att) ** 2 for i in range(min(n, n_att))]
    k = math.exp(-1.0 / (decay_tau * SR))
    level = 1.0
    for _ in range(n - len(out)):
        out.append(level)
        level *= k
    return out


def gate(seconds: float, attack: float, release: float) -> Signal:
    """Held-note envelope: raised-cosine rise, flat sustain, raised-cosine release to exactly zero."""
    n = count(seconds)
    n_att, n_rel = min(n, max(1, count(attack))), min(n, max(1, count(release)))
    out = [1.0] * n
    for i in range(n_att):
        out[i] = math.sin(0.5 * math.pi * i / n_att) ** 2
    for j in range(n_rel):  # j samples before the end
        out[n - 1 - j] *= math.sin(0.5 * math.pi * j / n_rel) ** 2
    return out


def ramp(seconds: float, power: float) -> Signal:
    """0 -> 1 over the length, curved by power (>1: slow start, fast finish, like a swell)."""
    n = count(seconds)
    return [(i / max(1, n - 1)) ** power for i in range(n)]


def flutter(seconds: float, rate_hz: float, depth: float, rng: random.Random) -> Signal:
    """Slow random amplitude wobble around 1.0: the turbulence that makes a jet of gas sound alive."""
    wobble = normalise(lowpass(lowpass(white(seconds, rng), rate_hz), rate_hz))
    return [1.0 + depth * w for w in wobble]


def fade(x: Sequence[float], fade_in: float, fade_out: float) -> Signal:
    """Forces the first and last samples to exactly zero, so a sound never starts or ends on a click."""
    return mul(x, gate(len(x) / SR, fade_in, fade_out))


def finish(x: Sequence[float], fade_in: float = 0.002, fade_out: float = 0.008) -> Signal:
    """The last step for every sound: block DC, normalise to -3 dBFS, fade the ends."""
    return fade(normalise(highpass(x, 20.0), PEAK), fade_in, fade_out)


# ---------------------------------------------------------------- voices


def vibrato(seconds: float, rate: float, depth_cents: float, delay: float) -> Signal:
    """Pitch ratio per sample: 1.0, then a vibrato fading in after delay, so held notes sound sung.

    One curve is shared by all notes of a chord, like an ensemble following one LFO.
    """
    n, n_delay, n_ramp = count(seconds), count(delay), count(0.15)
    depth = depth_cents / 1200 * math.log(2)  # cents to a natural-log frequency ratio
    w = TAU * rate / SR
    exp, sin = math.exp, math.sin
    out = [1.0] * min(n, n_delay)
    for i in range(len(out), n):
        out.append(exp(depth * min(1.0, (i - n_delay) / n_ramp) * sin(w * i)))
    return out


def synth_voice(freqs: Sequence[float], detune_cents: float) -> Signal:
    """Two saws detuned apart (their beating gives width and shimmer) plus a triangle for body."""
    up, down = cents(detune_cents), cents(-detune_cents)
    a = osc("saw", [f * up for f in freqs])
    b = osc("saw", [f * down for f in freqs], phase=0.37)
    c = osc("tri", freqs, phase=0.11)
    return [0.35 * u + 0.35 * v + 0.5 * w for u, v, w in zip(a, b, c)]


def chord(notes: Sequence[tuple[float, float]], pitch: Sequence[float], detune_cents: float,
          cutoff: Freqs) -> Signal:
    """(Hz, gain) notes sharing one pitch-ratio curve, summed, then low-passed once (the filter is linear)."""
    out = [0.0] * len(pitch)
    for hz, gain in notes:
        out = [o + gain * v for o, v in zip(out, synth_voice([hz * r for r in pitch], detune_cents))]
    return lowpass(out, cutoff)


def partials(seconds: float, spec: Sequence[tuple[float, float, float]], phase_step: float = 0.23) -> Signal:
    """Sum of (Hz, gain, decay seconds) sines, each struck at once and dying away on its own.

    A short release at the end brings any partial still ringing to zero, so the
    layer can be cut to its length (or mixed in part-way) without a click.
    """
    n = count(seconds)
    out = [0.0] * n
    for k, (hz, gain, tau) in enumerate(spec):
        ring = mul(osc("sine", [hz] * n, phase=(k * phase_step) % 1.0), perc(seconds, 0.0005, tau))
        out = [o + gain * v for o, v in zip(out, ring)]
    return mul(out, gate(seconds, 0.0, min(0.012, seconds / 4)))
