"""Synthesizes every sound effect of Blue Comet into assets/sounds/, with the standard library only.

Each sound is one short function returning float samples in [-1, 1]; they are
built from the small oscillators, noise sources, envelopes and one-pole / state
variable filters below. ``finish`` then removes DC, normalises the peak to
-3 dBFS and fades both ends so no file clicks, and ``write_wav`` stores 16-bit
mono 44100 Hz PCM.

Deterministic on purpose: every random source is a ``random.Random`` with a
fixed seed (never the global one) and nothing depends on time or dict hashing,
so two runs give byte-identical files. The tests regenerate the set and compare
it with the committed assets, so edit this script, never a .wav.

Usage: python tools/make_sounds.py [OUTPUT_DIR]   (default: assets/sounds)
"""

from __future__ import annotations

import math
import random
import sys
import wave
from array import array
from collections.abc import Callable, Sequence
from itertools import accumulate
from pathlib import Path

SR = 44100
PEAK = 10 ** (-3 / 20)  # -3 dBFS: loud enough, with headroom when sounds overlap in the mixer
TAU = 2 * math.pi
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "assets" / "sounds"

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


# ---------------------------------------------------------------- the sounds


def laser_player() -> Signal:
    """The Layzner's rifle: a bright, clean zap falling ~2.3 octaves, fast attack, short tail.

    Fired ~10 times a second, so the energy is mostly a sine (not fatiguing) with
    just a little saw edge, and a detuned upper layer beating against it for shimmer.
    """
    dur = 0.12
    f = exp_sweep(2600.0, 520.0, 0.1, dur)
    core = osc("sine", f)
    edge = osc("saw", f)
    shimmer = osc("sine", [v * 2.0 * cents(14) for v in f])
    body = [c + 0.18 * e + 0.22 * s for c, e, s in zip(core, edge, shimmer)]
    body = highpass(lowpass(body, 9000.0), 300.0)  # no rumble, no sizzle
    return finish(mul(body, perc(dur, 0.0015, 0.028)), 0.001, 0.01)


def laser_enemy() -> Signal:
    """The Gradosian rifle: lower, detuned saws and a sub square, buzzed by a 70 Hz gate and saturated."""
    dur = 0.2
    f = exp_sweep(1100.0, 180.0, 0.18, dur)
    a = osc("saw", [v * cents(18) for v in f])
    b = osc("saw", [v * cents(-18) for v in f], phase=0.5)
    sub = osc("square", [v * 0.5 for v in f])
    buzz = [0.6 + 0.4 * s for s in osc("square", [70.0] * len(f))]  # the harsh amplitude rasp
    body = mul([0.5 * u + 0.5 * v + 0.4 * w for u, v, w in zip(a, b, sub)], buzz)
    body = soft_clip(body, 2.5)
    body = lowpass(body, exp_sweep(5000.0, 1500.0, dur, dur))  # darkens as it falls
    return finish(mul(body, perc(dur, 0.003, 0.055)), 0.002, 0.012)


def hit() -> Signal:
    """A shot on armour: inharmonic plate partials ringing briefly, over a tiny noise click."""
    dur = 0.1
    rng = random.Random(7001)
    # (Hz, gain, decay seconds): non-integer ratios are what make it read as metal
    partials = [(860.0, 0.35, 0.030), (1720.0, 1.0, 0.018), (2630.0, 0.7, 0.014),
                (3910.0, 0.5, 0.010), (5270.0, 0.35, 0.007)]
    layers = [(mul(osc("sine", [hz] * count(dur), phase=k * 0.21), perc(dur, 0.0005, tau)), g, 0.0)
              for k, (hz, g, tau) in enumerate(partials)]
    click = mul(highpass(white(dur, rng), 3000.0), perc(dur, 0.0003, 0.003))
    body = mix(dur, *layers, (click, 0.8, 0.0))
    return finish(soft_clip(body, 1.5), 0.0005, 0.01)


def explosion() -> Signal:
    """A mech going up: a falling sine boom, a noise blast whose filter closes, rumble, then crackle."""
    dur = 1.2
    rng = random.Random(7002)
    boom = mul(osc("sine", exp_sweep(120.0, 35.0, 0.5, dur)), perc(dur, 0.004, 0.28))
    boom = soft_clip(boom, 1.8)  # saturation lets a low boom be heard on small speakers
    cutoff = exp_sweep(4000.0, 180.0, 0.9, dur)
    blast = normalise(lowpass(lowpass(white(dur, rng), cutoff), cutoff))  # two poles: darker roll-off
    blast = mul(blast, perc(dur, 0.003, 0.35))
    rumble = normalise(lowpass(lowpass(white(dur, rng), 90.0), 90.0))
    rumble = mul(rumble, perc(dur, 0.02, 0.5))
    crackle = lowpass(highpass(_crackle(dur, rng), 1500.0), 7000.0)  # pops, not ticks of white noise
    body = mix(dur, (boom, 1.0, 0.0), (blast, 0.6, 0.0), (rumble, 0.5, 0.0), (crackle, 0.3, 0.0))
    return finish(soft_clip(body, 1.6), 0.002, 0.08)


def _crackle(seconds: float, rng: random.Random) -> Signal:
    """Sparse random pops (debris and burning parts), densest just after the blast, thinning out."""
    out: Signal = []
    level = 0.0
    pop_decay = math.exp(-1.0 / (0.0012 * SR))
    for i in range(count(seconds)):
        t = i / SR
        rate = 0.0 if t < 0.08 else 0.004 * math.exp(-(t - 0.08) / 0.45)
        if rng.random() < rate:
            level = rng.uniform(0.3, 1.0)
        out.append(level * rng.uniform(-1.0, 1.0))
        level *= pop_decay
    return out


def dash() -> Signal:
    """A thruster burst: noise through a resonant band-pass sweeping up then settling, over a low roar."""
    dur = 0.3
    rng = random.Random(7003)
    rise = exp_sweep(500.0, 3200.0, 0.12, 0.12)
    centres = rise + exp_sweep(3200.0, 1400.0, dur - 0.12, dur - 0.12)
    # Q 3: narrow enough to hear the sweep; the low-pass trims the band-pass's hissy upper skirt
    whoosh = normalise(lowpass(bandpass(white(dur, rng), centres, 3.0), 8000.0))
    roar = normalise(lowpass(lowpass(white(dur, rng), 400.0), 400.0))  # two poles so it stays low
    env = gate(dur, 0.03, 0.2)
    return finish(mul(mix(dur, (whoosh, 1.0, 0.0), (roar, 0.45, 0.0)), env), 0.002, 0.02)


def alert() -> Signal:
    """Cockpit warning on being spotted: hi-lo-hi-lo, a soft square and sine, edges rounded."""
    dur = 0.35
    note_s, step = 0.075, 0.0825
    layers = []
    for k, hz in enumerate((1046.5, 784.0, 1046.5, 784.0)):  # C6 / G5
        tone = [s + 0.3 * q for s, q in zip(osc("sine", [hz] * count(note_s)),
                                                   osc("square", [hz] * count(note_s)))]
        tone = lowpass(tone, 3500.0)  # keeps the square from sounding like a buzzer
        layers.append((mul(tone, gate(note_s, 0.004, 0.012)), 1.0, k * step))
    return finish(mix(dur, *layers))


def ui_move() -> Signal:
    """Menu cursor: a tiny soft sine blip with a slight upward chirp."""
    dur = 0.08
    f = exp_sweep(1320.0, 1480.0, 0.02, dur)
    tone = [s + 0.15 * h for s, h in zip(osc("sine", f), osc("sine", [2 * v for v in f]))]
    return finish(mul(tone, perc(dur, 0.002, 0.018)), 0.001, 0.01)


def ui_confirm() -> Signal:
    """Menu accept: two quick rising notes a fourth apart (B5 -> E6)."""
    dur = 0.15

    def blip(hz: float, seconds: float, tau: float) -> Signal:
        f = [hz] * count(seconds)
        tone = [s + 0.3 * t for s, t in zip(osc("sine", f), osc("tri", f))]
        return mul(tone, perc(seconds, 0.002, tau))

    return finish(mix(dur, (blip(987.77, 0.06, 0.02), 0.8, 0.0), (blip(1318.51, 0.1, 0.035), 1.0, 0.05)))


def pause() -> Signal:
    """Pause: a muted down-sweep, triangle plus a sine an octave below, heavily low-passed."""
    dur = 0.2
    f = exp_sweep(900.0, 300.0, 0.18, dur)
    tone = [t + 0.4 * s for t, s in zip(osc("tri", f), osc("sine", [v * 0.5 for v in f]))]
    tone = lowpass(lowpass(tone, 1400.0), 1400.0)
    return finish(mul(tone, perc(dur, 0.006, 0.07)), 0.003, 0.015)


def win() -> Signal:
    """Victory stinger: a rising E major arpeggio into a held bright chord with vibrato."""
    dur = 1.5
    e5, gs5, b5, e6, gs6 = 659.26, 830.61, 987.77, 1318.51, 1661.22
    layers = []
    for k, hz in enumerate((e5, gs5, b5, e6)):
        seconds = 0.3
        tone = chord([(hz, 1.0)], [1.0] * count(seconds), 7.0, exp_sweep(6000.0, 2500.0, seconds, seconds))
        layers.append((mul(tone, perc(seconds, 0.004, 0.1)), 0.55, k * 0.09))
    start = 0.36
    held = dur - start
    swell = mul(gate(held, 0.012, 0.5), perc(held, 0.001, 0.9))  # strong, then a long fade
    notes = [(e5, 0.4), (b5, 0.4), (e6, 0.45), (gs6, 0.3)]
    # the filter closing from bright to mellow is what makes it read as brass rather than buzz
    held_chord = chord(notes, vibrato(held, 5.5, 12.0, 0.25), 7.0, exp_sweep(7000.0, 2200.0, held, held))
    layers.append((mul(held_chord, swell), 1.0, start))
    bass = mul(osc("tri", [164.81] * count(held)), swell)  # E3 underneath for weight
    layers.append((bass, 0.5, start))
    sparkle = mul(osc("sine", [e6 * 4] * count(0.4)), perc(0.4, 0.001, 0.08))  # a glint on the downbeat
    layers.append((sparkle, 0.12, start))
    return finish(soft_clip(mix(dur, *layers), 1.2), 0.002, 0.05)


def lose() -> Signal:
    """Defeat stinger: B4-A4-G4 falling onto a low E minor that sags in pitch as it fades."""
    dur = 1.5
    layers = []
    for k, hz in enumerate((493.88, 440.0, 392.0)):
        seconds = 0.26
        tone = chord([(hz, 1.0)], [1.0] * count(seconds), 6.0, 1500.0)
        layers.append((mul(tone, gate(seconds, 0.01, 0.1)), 0.6, k * 0.18))
    start = 0.54
    held = dur - start
    swell = mul(gate(held, 0.02, 0.6), perc(held, 0.001, 0.8))
    n_held = count(held)
    # the sag (down 45 cents, accelerating) is the defeat; a slow, shallow wobble keeps it alive
    pitch = [cents(-45.0 * (i / n_held) ** 1.5) * w for i, w in enumerate(vibrato(held, 4.2, 3.0, 0.0))]
    notes = [(164.81, 0.5), (196.0, 0.35), (329.63, 0.55)]  # E3 G3 E4
    layers.append((mul(chord(notes, pitch, 9.0, exp_sweep(1600.0, 500.0, held, held)), swell), 1.0, start))
    return finish(soft_clip(mix(dur, *layers), 1.2), 0.002, 0.06)


# ---------------------------------------------------------------- cockpit, weapons and V-MAX


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


def ramp(seconds: float, power: float) -> Signal:
    """0 -> 1 over the length, curved by power (>1: slow start, fast finish, like a swell)."""
    n = count(seconds)
    return [(i / max(1, n - 1)) ** power for i in range(n)]


def flutter(seconds: float, rate_hz: float, depth: float, rng: random.Random) -> Signal:
    """Slow random amplitude wobble around 1.0: the turbulence that makes a jet of gas sound alive."""
    wobble = normalise(lowpass(lowpass(white(seconds, rng), rate_hz), rate_hz))
    return [1.0 + depth * w for w in wobble]


def heat_warning() -> Signal:
    """Heat above 80%: two quick C#6 beeps, a filtered square over a sine an octave down.

    Repeats about once a second, so it is kept mid-high (not shrill) and rounded,
    with a slight pitch dip into each beep that gives it urgency.
    """
    dur = 0.25
    note_s = 0.08
    layers = []
    for start in (0.0, 0.115):
        f = exp_sweep(1174.66, 1108.73, 0.012, note_s)  # a quick fall from D6 onto C#6
        tone = [0.55 * q + 0.7 * s + 0.45 * o
                for q, s, o in zip(osc("square", f), osc("sine", f, 0.25), osc("sine", [v * 0.5 for v in f]))]
        tone = lowpass(lowpass(tone, 3200.0), 3200.0)
        layers.append((mul(tone, gate(note_s, 0.004, 0.018)), 1.0, start))
    return finish(soft_clip(mix(dur, *layers), 1.3), 0.001, 0.01)


def hold_tick() -> Signal:
    """A hold counting down: one round pip a second while the player stands on the objective (A5 with its fifth,
    softly struck). It repeats for as long as the hold lasts, so it stays low, short and unhurried."""
    dur = 0.12
    f = [880.0] * count(dur)
    tone = [s + 0.35 * t for s, t in zip(osc("sine", f), osc("sine", [1.5 * v for v in f], 0.25))]
    return finish(mul(lowpass(tone, 2400.0), perc(dur, 0.003, 0.03)), 0.001, 0.01)


def overheat() -> Signal:
    """Overheat: hatches clunk open, a steam-vent hiss bursts out, over a harsh falling, chopped alarm."""
    dur = 1.1
    rng = random.Random(7004)
    n = count(dur)
    # the alarm: detuned saw and square falling two octaves, chopped at 14 Hz and saturated
    f = exp_sweep(1480.0, 370.0, 0.95, dur)
    a = osc("saw", [v * cents(14) for v in f])
    b = osc("square", [v * cents(-14) for v in f], phase=0.3)
    chop = [0.55 + 0.45 * s for s in osc("sine", [14.0] * n)]
    alarm = soft_clip(mul([0.55 * u + 0.4 * v for u, v in zip(a, b)], chop), 2.2)
    alarm = lowpass(alarm, exp_sweep(7000.0, 1600.0, dur, dur))
    alarm = mul(alarm, mul(gate(dur, 0.02, 0.3), perc(dur, 0.001, 0.9)))
    # the steam: band-passed noise, fast attack and a slow decay, with turbulence in its level
    vent_s = dur - 0.02
    hiss = bandpass(white(vent_s, rng), exp_sweep(5200.0, 2600.0, vent_s, vent_s), 0.8)
    hiss = normalise(lowpass(lowpass(highpass(highpass(hiss, 900.0), 900.0), 9000.0), 9000.0))
    hiss = mul(mul(hiss, perc(vent_s, 0.012, 0.32)), flutter(vent_s, 25.0, 0.25, rng))
    # the hatches: two metal clunks a few centiseconds apart, each a low knock plus plate partials
    layers = []
    for start, tune, gain in ((0.0, 1.0, 0.85), (0.055, 1.19, 0.6)):
        knock = mul(osc("sine", exp_sweep(190.0 * tune, 75.0 * tune, 0.05, 0.2)), perc(0.2, 0.001, 0.035))
        plate = partials(0.2, [(hz * tune, g, tau) for hz, g, tau in
                               ((347.0, 0.7, 0.05), (811.0, 0.55, 0.035), (1388.0, 0.45, 0.025),
                                (2253.0, 0.3, 0.016), (3517.0, 0.2, 0.01))])
        click = mul(lowpass(white(0.2, rng), 5000.0), perc(0.2, 0.0003, 0.004))
        clunk = [k + 0.8 * p + 0.5 * c for k, p, c in zip(knock, plate, click)]
        layers.append((soft_clip(clunk, 1.8), gain, start))
    body = mix(dur, (alarm, 0.5, 0.0), (hiss, 0.9, 0.02), *layers)
    return finish(soft_clip(body, 1.4), 0.0005, 0.05)


def vented() -> Signal:
    """Cooled down: a bell-like G5 -> D6 chime (rising fifth) with a soft fading hiss of the last steam."""
    dur = 0.6
    rng = random.Random(7005)

    def chime(hz: float, seconds: float, tau: float) -> Signal:
        # two fundamentals a few cents apart beat gently; 2.76x is the bell's inharmonic overtone
        return partials(seconds, [(hz * cents(4), 0.5, tau), (hz * cents(-4), 0.5, tau),
                                  (hz * 2.0, 0.22, tau * 0.6), (hz * 2.76, 0.1, tau * 0.35)], 0.31)

    hiss_s = dur - 0.05
    hiss = normalise(lowpass(highpass(highpass(white(hiss_s, rng), 2500.0), 2500.0), 8000.0))
    hiss = mul(hiss, mul(gate(hiss_s, 0.06, 0.3), perc(hiss_s, 0.001, 0.25)))
    body = mix(dur, (chime(783.99, 0.3, 0.07), 0.75, 0.0), (chime(1174.66, 0.5, 0.13), 1.0, 0.095),
               (hiss, 0.1, 0.05))
    return finish(body, 0.001, 0.04)


def vmax_start() -> Signal:
    """V-MAX engages: a deep surge climbing four octaves and opening up, into a shimmering blue ring."""
    dur = 0.9
    rng = random.Random(7006)
    surge_s = 0.36
    f = exp_sweep(48.0, 760.0, surge_s, dur)
    surge = [v + 0.6 * s for v, s in zip(synth_voice(f, 16.0), osc("sine", [x * 0.5 for x in f]))]
    cutoff = exp_sweep(220.0, 9000.0, surge_s, dur)
    surge = soft_clip(lowpass(lowpass(surge, cutoff), cutoff), 1.6)
    # swells up to the top of the climb, then gets out of the ring's way
    swell = ramp(surge_s, 1.6) + perc(dur - surge_s, 0.001, 0.06)
    surge = mul(surge, swell)
    # the rushing air of the climb: resonant noise chasing the pitch upward
    whoosh = bandpass(white(surge_s + 0.1, rng), exp_sweep(300.0, 6200.0, surge_s, surge_s + 0.1), 2.5)
    whoosh = mul(normalise(whoosh), ramp(surge_s, 2.0) + mul(perc(0.1, 0.001, 0.025), gate(0.1, 0.0, 0.05)))
    # the comet: E6 B6 E7 G#7, each a pair of sines a few cents apart (the beating is the shimmer)
    ring_s = dur - surge_s + 0.02
    n_ring = count(ring_s)
    ring = [0.0] * n_ring
    for k, (hz, gain, spread) in enumerate(((1318.51, 0.8, 6.0), (1975.53, 0.6, 9.0), (2637.02, 0.5, 11.0),
                                           (3322.44, 0.25, 14.0))):
        for side in (1, -1):
            voice = osc("sine", [hz * cents(side * spread)] * n_ring, phase=0.17 * k + 0.4 * (side > 0))
            ring = [r + gain * v for r, v in zip(ring, voice)]
    tremolo = [0.8 + 0.2 * s for s in osc("sine", [11.0] * n_ring)]
    ring = mul(mul(ring, tremolo), mul(perc(ring_s, 0.006, 0.2), gate(ring_s, 0.001, 0.2)))
    glint = mul(osc("sine", [5274.04] * count(0.3)), perc(0.3, 0.0008, 0.045))
    start = surge_s - 0.02
    body = mix(dur, (surge, 1.0, 0.0), (whoosh, 0.3, 0.0), (ring, 0.6, start), (glint, 0.3, start))
    return finish(soft_clip(body, 1.3), 0.004, 0.06)


def vmax_end() -> Signal:
    """V-MAX ends: the surge run backwards, a tone winding down four octaves as its filter closes."""
    dur = 0.5
    rng = random.Random(7007)
    f = exp_sweep(900.0, 50.0, 0.46, dur)
    body = [v + 0.5 * s for v, s in zip(synth_voice(f, 12.0), osc("sine", [x * 0.5 for x in f]))]
    cutoff = exp_sweep(6500.0, 220.0, 0.46, dur)
    body = lowpass(lowpass(body, cutoff), cutoff)
    # a last breath of air falling with it
    sigh = normalise(bandpass(white(dur, rng), exp_sweep(4000.0, 300.0, 0.4, dur), 2.0))
    env = mul(gate(dur, 0.004, 0.12), perc(dur, 0.001, 0.2))
    return finish(mul(mix(dur, (body, 1.0, 0.0), (sigh, 0.25, 0.0)), env), 0.002, 0.03)


def missile_launch() -> Signal:
    """A calf missile leaves its tube: a low pop, then a rocket whoosh rising and trailing off."""
    dur = 0.45
    rng = random.Random(7008)
    pop = mul(osc("sine", exp_sweep(280.0, 85.0, 0.035, 0.12)), perc(0.12, 0.0006, 0.022))
    pop_noise = mul(lowpass(white(0.12, rng), 2500.0), perc(0.12, 0.0004, 0.008))
    pop = soft_clip([p + 0.8 * q for p, q in zip(pop, pop_noise)], 1.6)
    rush_s = dur - 0.02
    centres = exp_sweep(700.0, 3000.0, 0.07, 0.07) + exp_sweep(3000.0, 1200.0, rush_s - 0.07, rush_s - 0.07)
    rush = normalise(lowpass(bandpass(white(rush_s, rng), centres, 1.6), 9000.0))
    roar = normalise(lowpass(lowpass(white(rush_s, rng), 700.0), 700.0))
    rocket = mul([r + 0.5 * o for r, o in zip(rush, roar)], flutter(rush_s, 40.0, 0.3, rng))
    rocket = mul(rocket, mul(gate(rush_s, 0.035, 0.2), perc(rush_s, 0.001, 0.22)))
    return finish(mix(dur, (pop, 1.0, 0.0), (rocket, 1.0, 0.02)), 0.0005, 0.03)


def lock_on() -> Signal:
    """A lock building: a tiny high E7 tick, sine with a touch of triangle, gone in a few ms."""
    dur = 0.07
    f = [2637.02] * count(dur)
    tone = [s + 0.25 * t for s, t in zip(osc("sine", f), osc("tri", f, 0.25))]
    return finish(mul(tone, perc(dur, 0.001, 0.011)), 0.0005, 0.01)


def locked() -> Signal:
    """Lock complete: two crisp A6 beeps, a square trimmed of its sizzle, the second one held a bit longer."""
    dur = 0.2
    layers = []
    for start, note_s in ((0.0, 0.05), (0.075, 0.075)):
        f = [1760.0] * count(note_s)
        tone = [s + 0.4 * q for s, q in zip(osc("sine", f), osc("square", f, 0.25))]
        layers.append((mul(lowpass(tone, 6000.0), gate(note_s, 0.002, 0.012)), 1.0, start))
    return finish(mix(dur, *layers), 0.001, 0.01)


def knuckle() -> Signal:
    """The knuckle shot: a heavy punch thump, a metallic crack on impact, and a short whoosh of air."""
    dur = 0.3
    rng = random.Random(7009)
    thump = soft_clip(mul(osc("sine", exp_sweep(170.0, 42.0, 0.12, dur)), perc(dur, 0.002, 0.07)), 2.2)
    body = mul(normalise(lowpass(lowpass(white(dur, rng), 350.0), 350.0)), perc(dur, 0.001, 0.04))
    punch = soft_clip([t + 0.5 * b for t, b in zip(thump, body)], 1.4)
    crack = partials(dur, [(1183.0, 0.6, 0.03), (1937.0, 1.0, 0.022), (2869.0, 0.7, 0.016),
                           (4127.0, 0.45, 0.011), (5613.0, 0.25, 0.007)])
    snap = mul(highpass(white(dur, rng), 2500.0), perc(dur, 0.0003, 0.005))
    whoosh = bandpass(white(dur, rng), exp_sweep(2400.0, 450.0, 0.2, dur), 2.0)
    whoosh = mul(normalise(whoosh), perc(dur, 0.008, 0.08))
    mixed = mix(dur, (punch, 1.0, 0.0), (crack, 0.45, 0.002), (snap, 0.4, 0.0), (whoosh, 0.5, 0.0))
    return finish(soft_clip(mixed, 1.5), 0.0005, 0.02)  # tames the crack's spikes so the punch stays loud


def deflect() -> Signal:
    """The barrier turns a shot: a quick upward zap glancing off into a bright ringing ping."""
    dur = 0.15
    zap_f = exp_sweep(1500.0, 5600.0, 0.022, 0.05)
    zap = [s + 0.35 * w for s, w in zip(osc("sine", zap_f), osc("saw", zap_f))]
    zap = mul(lowpass(zap, 8000.0), perc(0.05, 0.0006, 0.01))
    ping = partials(dur - 0.012, [(2960.0, 0.6, 0.045), (2960.0 * cents(16), 0.5, 0.045),
                                  (2960.0 * 2.41, 0.25, 0.02), (1480.0, 0.2, 0.03)])
    return finish(soft_clip(mix(dur, (zap, 0.8, 0.0), (ping, 1.0, 0.012)), 1.3), 0.0005, 0.015)


def ram() -> Signal:
    """V-MAX rams an enemy: a low hit, hull plates crumpling (grinding grit bursts) and ringing low."""
    dur = 0.35
    rng = random.Random(7010)
    thump = soft_clip(mul(osc("sine", exp_sweep(120.0, 38.0, 0.15, dur)), perc(dur, 0.001, 0.09)), 2.5)
    # the crunch: a few overlapping bursts of darkening noise, like plates folding one after another
    crunch = [0.0] * count(dur)
    for start, gain in ((0.0, 1.0), (0.028, 0.8), (0.061, 0.7), (0.1, 0.45)):
        seconds = dur - start
        grit = lowpass(_crackle_dense(seconds, rng), exp_sweep(6000.0, 500.0, 0.2, seconds))
        burst = mul(normalise(grit), perc(seconds, 0.0008, 0.035))
        crunch = mix(dur, (crunch, 1.0, 0.0), (burst, gain, start))
    plate = partials(dur, [(183.0, 0.7, 0.11), (271.0, 0.6, 0.09), (419.0, 0.8, 0.07), (653.0, 0.5, 0.05),
                           (1037.0, 0.4, 0.035), (1583.0, 0.3, 0.025)])
    plate = soft_clip(plate, 2.0)
    body = mix(dur, (thump, 1.0, 0.0), (crunch, 0.7, 0.0), (plate, 0.6, 0.004))
    return finish(soft_clip(body, 1.8), 0.0005, 0.03)


def _crackle_dense(seconds: float, rng: random.Random) -> Signal:
    """Noise chopped into many short grains of random loudness: metal grinding, not smooth hiss."""
    out: Signal = []
    level = 0.0
    grain_decay = math.exp(-1.0 / (0.0015 * SR))
    for _ in range(count(seconds)):
        if rng.random() < 0.004:
            level = rng.uniform(0.4, 1.0)
        out.append(level * rng.uniform(-1.0, 1.0) + 0.15 * rng.uniform(-1.0, 1.0))
        level *= grain_decay
    return out


def telegraph() -> Signal:
    """An enemy charging its shot: a soft sine whine rising two octaves, pulsing faster as it fills.

    A cue, not a shot: nearly pure tones, and a swell that is loudest only at the
    very end, so it reads quieter than the weapons at the same peak level.
    """
    dur = 0.3
    f = exp_sweep(420.0, 1680.0, 0.29, dur)
    tone = [s + 0.2 * h + 0.12 * t for s, h, t in zip(osc("sine", f), osc("sine", [2.0 * cents(7) * v for v in f]),
                                                      osc("tri", [v * cents(-6) for v in f]))]
    pulse = [0.7 + 0.3 * s for s in osc("sine", exp_sweep(10.0, 32.0, dur, dur))]
    tone = lowpass(mul(tone, pulse), 3500.0)
    swell = [r * g for r, g in zip(ramp(dur, 1.4), gate(dur, 0.01, 0.035))]
    return finish(mul(tone, [0.15 + 0.85 * s for s in swell]), 0.003, 0.01)


# ---------------------------------------------------------------- cockpit AIs and disabled machines


def rei_chirp() -> Signal:
    """Rei starts speaking: a soft digital chirp, two tiny sine blips a fifth apart, each gliding up a tone.

    G6 -> A6 then D7 -> E7: above the menu blips, so it reads as a voice and not the UI,
    but pure and quiet-edged so it never grates when every line starts with it.
    """
    dur = 0.085
    layers = []
    for start, f0, f1, seconds in ((0.0, 1567.98, 1760.0, 0.04), (0.032, 2349.32, 2637.02, 0.053)):
        f = exp_sweep(f0, f1, 0.012, seconds)
        tone = [s + 0.12 * t for s, t in zip(osc("sine", f), osc("tri", [v * 0.5 for v in f], 0.25))]
        layers.append((mul(tone, perc(seconds, 0.002, 0.014)), 1.0 if start else 0.75, start))
    return finish(lowpass(mix(dur, *layers), 7000.0), 0.001, 0.012)


def fouron_voice() -> Signal:
    """Fouron speaks: a low, cold chime, a ring-modulated G2 with a tritone above it, sagging a little.

    Ring modulation (multiplying two sines) gives sum and difference tones that are
    not harmonics of anything: the voice sounds machine-made and unfriendly.
    """
    dur = 0.4
    n = count(dur)
    pitch = [cents(-30.0 * (i / n) ** 2) for i in range(n)]  # a slow sag
    root = osc("sine", [98.0 * p for p in pitch])
    sub = lowpass(osc("square", [49.0 * p for p in pitch], 0.1), 300.0)
    ring = mul(osc("sine", [554.37 * p for p in pitch], 0.2), osc("sine", [138.59 * p for p in pitch]))
    chime = partials(dur, [(698.46 * cents(5), 0.35, 0.12), (698.46 * cents(-5), 0.35, 0.12),
                           (987.77, 0.2, 0.07), (1927.0, 0.08, 0.04)], 0.41)  # F5 pair, B5 tritone, glassy top
    body = [r + 0.45 * s + 0.7 * m for r, s, m in zip(root, sub, ring)]
    body = mul(lowpass(body, 1800.0), gate(dur, 0.018, 0.16))
    return finish(soft_clip(mix(dur, (body, 1.0, 0.0), (chime, 0.5, 0.0)), 1.4), 0.002, 0.03)


def fouron_seize() -> Signal:
    """Fouron takes over: a hard lock-out clank, then a distorted sweep diving four octaves, pulsing at 9 Hz.

    Deeper and slower than the overheat alarm, with a sub under it and the filter
    closing as it falls, so it reads as the machine being taken, not as a warning.
    """
    dur = 1.0
    rng = random.Random(7011)
    n = count(dur)
    f = exp_sweep(1760.0, 110.0, 0.85, dur)
    a = osc("saw", [v * cents(22) for v in f])
    b = osc("saw", [v * cents(-22) for v in f], phase=0.5)
    c = osc("square", [v * 0.5 for v in f], phase=0.25)
    pulse = [0.5 + 0.5 * max(0.0, s) ** 0.5 for s in osc("sine", [9.0] * n)]  # hard-edged throbs
    sweep = soft_clip(mul([0.45 * u + 0.45 * v + 0.5 * w for u, v, w in zip(a, b, c)], pulse), 3.0)
    sweep = lowpass(lowpass(sweep, exp_sweep(8000.0, 700.0, dur, dur)), 9000.0)
    sweep = mul(sweep, mul(gate(dur, 0.01, 0.25), perc(dur, 0.001, 0.8)))
    sub = mul(osc("sine", exp_sweep(55.0, 41.0, dur, dur)), mul(ramp(dur, 0.5), gate(dur, 0.05, 0.3)))
    clank = partials(0.3, [(211.0, 0.8, 0.08), (467.0, 0.6, 0.05), (1031.0, 0.45, 0.03), (2213.0, 0.3, 0.015)])
    knock = mul(osc("sine", exp_sweep(160.0, 50.0, 0.06, 0.3)), perc(0.3, 0.001, 0.05))
    hit = mul(lowpass(white(0.3, rng), 4000.0), perc(0.3, 0.0003, 0.006))
    lock = soft_clip([k + 0.7 * p + 0.5 * h for k, p, h in zip(knock, clank, hit)], 2.0)
    body = mix(dur, (lock, 0.8, 0.0), (sweep, 0.6, 0.015), (sub, 0.4, 0.0))
    return finish(soft_clip(body, 1.5), 0.0005, 0.06)


def fouron_release() -> Signal:
    """Fouron lets go: a clean tone rising an octave and a half, then a bright A5 E6 A6 'systems up' chime."""
    dur = 0.6
    rng = random.Random(7012)
    rise_s = 0.22
    f = exp_sweep(330.0, 880.0, rise_s, rise_s)
    rise = [s + 0.3 * t for s, t in zip(osc("sine", f), osc("tri", [v * 2.0 * cents(6) for v in f]))]
    rise = mul(lowpass(rise, 4000.0), mul(ramp(rise_s, 0.7), gate(rise_s, 0.01, 0.04)))

    def chime(hz: float, seconds: float, tau: float) -> Signal:
        return partials(seconds, [(hz * cents(3), 0.5, tau), (hz * cents(-3), 0.5, tau),
                                  (hz * 2.0, 0.2, tau * 0.6), (hz * 3.0, 0.06, tau * 0.4)], 0.29)

    air = mul(normalise(bandpass(white(0.3, rng), exp_sweep(1200.0, 5000.0, 0.25, 0.3), 1.5)),
              mul(ramp(0.3, 1.5), gate(0.3, 0.01, 0.08)))
    body = mix(dur, (rise, 0.6, 0.0), (air, 0.12, 0.0), (chime(880.0, 0.38, 0.06), 0.6, rise_s - 0.01),
               (chime(1318.51, 0.33, 0.07), 0.6, rise_s + 0.06), (chime(1760.0, 0.26, 0.09), 0.75, rise_s + 0.13))
    return finish(soft_clip(body, 1.2), 0.002, 0.05)


def eject() -> Signal:
    """A pilot pod fires out: the canopy bolts crack twice, a hollow pop, then a rocket whoosh rising and fading.

    Higher and airier than a missile launch (a small solid motor, then open sky):
    the whoosh keeps climbing instead of settling.
    """
    dur = 0.5
    rng = random.Random(7013)
    bolts = [0.0] * count(0.12)
    for start, gain in ((0.0, 1.0), (0.018, 0.7)):
        crack = mul(highpass(white(0.12 - start, rng), 1800.0), perc(0.12 - start, 0.0002, 0.004))
        bolts = mix(0.12, (bolts, 1.0, 0.0), (crack, gain, start))
    pop = mul(osc("sine", exp_sweep(420.0, 140.0, 0.04, 0.15)), perc(0.15, 0.0008, 0.03))
    pop = soft_clip([p + 0.3 * q for p, q in zip(pop, lowpass(white(0.15, rng), 900.0))], 1.8)
    rush_s = dur - 0.03
    centres = exp_sweep(600.0, 4200.0, 0.3, rush_s)
    rush = normalise(lowpass(bandpass(white(rush_s, rng), centres, 1.8), 9000.0))
    hiss = normalise(lowpass(highpass(white(rush_s, rng), 3000.0), 8000.0))
    jet = mul([r + 0.1 * h for r, h in zip(rush, hiss)], flutter(rush_s, 35.0, 0.3, rng))
    jet = mul(jet, mul(gate(rush_s, 0.04, 0.25), perc(rush_s, 0.001, 0.24)))
    body = mix(dur, (bolts, 0.6, 0.0), (pop, 0.9, 0.012), (jet, 0.75, 0.03))
    return finish(soft_clip(body, 1.3), 0.0005, 0.03)


def power_down() -> Signal:
    """A machine shuts down: a relay clunk, a whine winding down from 1.4 kHz to 60 Hz ever slower, sparks crackling.

    The pitch falls along a curve that slows at the end like a spinning-down
    rotor; the crackle is short high pops, thinning out as the power goes.
    """
    dur = 0.7
    rng = random.Random(7014)
    n = count(dur)
    f = [60.0 * (1400.0 / 60.0) ** ((1.0 - i / n) ** 1.8) for i in range(n)]  # fast at first, then dragging
    whine = [s + 0.35 * w + 0.25 * h for s, w, h in zip(osc("sine", f), osc("saw", [v * cents(-9) for v in f]),
                                                        osc("sine", [v * 2.0 * cents(11) for v in f]))]
    whine = lowpass(whine, exp_sweep(6000.0, 300.0, dur, dur))
    whine = mul(whine, mul(gate(dur, 0.005, 0.2), perc(dur, 0.001, 0.35)))
    crackle: Signal = []
    level = 0.0
    pop_decay = math.exp(-1.0 / (0.0008 * SR))
    for i in range(n):
        if rng.random() < 0.0025 * math.exp(-i / (0.3 * SR)):
            level = rng.uniform(0.4, 1.0)
        crackle.append(level * rng.uniform(-1.0, 1.0))
        level *= pop_decay
    crackle = lowpass(highpass(crackle, 2000.0), 9000.0)
    relay = partials(0.12, [(173.0, 0.7, 0.03), (389.0, 0.5, 0.02), (911.0, 0.35, 0.012), (2087.0, 0.2, 0.006)])
    relay = [r + 0.6 * k for r, k in zip(relay, mul(osc("sine", exp_sweep(140.0, 60.0, 0.04, 0.12)),
                                                      perc(0.12, 0.001, 0.025)))]
    body = mix(dur, (relay, 0.7, 0.0), (whine, 0.8, 0.01), (crackle, 0.45, 0.02))
    return finish(soft_clip(body, 1.4), 0.0005, 0.05)


def part_hit() -> Signal:
    """A precise shot on an arm or a leg: a heavy, sharp clank, lower and longer-ringing than a plain hit."""
    dur = 0.15
    rng = random.Random(7015)
    knock = soft_clip(mul(osc("sine", exp_sweep(360.0, 140.0, 0.02, dur)), perc(dur, 0.0005, 0.012)), 2.0)
    ring = partials(dur, [(613.0, 0.5, 0.06), (1187.0, 1.0, 0.045), (1759.0, 0.75, 0.032), (2711.0, 0.55, 0.02),
                          (3907.0, 0.35, 0.012), (5381.0, 0.2, 0.007)], 0.37)
    snap = mul(highpass(white(dur, rng), 3500.0), perc(dur, 0.0002, 0.0025))
    body = mix(dur, (knock, 0.5, 0.0), (ring, 0.8, 0.0005), (snap, 0.6, 0.0))
    return finish(soft_clip(body, 1.6), 0.0005, 0.012)


SOUNDS: dict[str, Callable[[], Signal]] = {
    "laser_player": laser_player,
    "laser_enemy": laser_enemy,
    "hit": hit,
    "explosion": explosion,
    "dash": dash,
    "alert": alert,
    "ui_move": ui_move,
    "ui_confirm": ui_confirm,
    "pause": pause,
    "win": win,
    "lose": lose,
    "heat_warning": heat_warning,
    "hold_tick": hold_tick,
    "overheat": overheat,
    "vented": vented,
    "vmax_start": vmax_start,
    "vmax_end": vmax_end,
    "missile_launch": missile_launch,
    "lock_on": lock_on,
    "locked": locked,
    "knuckle": knuckle,
    "deflect": deflect,
    "ram": ram,
    "telegraph": telegraph,
    "rei_chirp": rei_chirp,
    "fouron_voice": fouron_voice,
    "fouron_seize": fouron_seize,
    "fouron_release": fouron_release,
    "eject": eject,
    "power_down": power_down,
    "part_hit": part_hit,
}


# ---------------------------------------------------------------- output


def to_pcm16(x: Sequence[float]) -> bytes:
    floor = math.floor
    pcm = array("h", [max(-32767, min(32767, int(floor(v * 32767.0 + 0.5)))) for v in x])
    if sys.byteorder == "big":  # WAV is little-endian
        pcm.byteswap()
    return pcm.tobytes()


def write_wav(path: Path, samples: Sequence[float]) -> None:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SR)
        w.writeframes(to_pcm16(samples))


def write_set(makers: dict[str, Callable[[], Signal]], out: Path) -> list[Path]:
    """Writes each maker's samples to out/NAME.wav and returns the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, make in makers.items():
        path = out / f"{name}.wav"
        write_wav(path, make())
        written.append(path)
    return written


def main(out_dir: Path | str | None = None) -> list[Path]:
    """Writes every sound into out_dir (default assets/sounds) and returns the paths written."""
    return write_set(SOUNDS, Path(out_dir) if out_dir is not None else DEFAULT_OUT)


if __name__ == "__main__":
    for p in main(sys.argv[1] if len(sys.argv) > 1 else None):
        print(p)
