"""The two cockpit AIs: Rei's chirp before she speaks, Fouron's voice, Fouron seizing the machine and letting it go."""

from __future__ import annotations

import random

from tools.sound.synth import (Signal, bandpass, cents, count, exp_sweep, finish, gate, lowpass, mix, mul, normalise,
                               osc, partials, perc, ramp, soft_clip, white)


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
