"""The Bul's cannon: the gear-driven charge heard through its 0.6 s glint, and the deep report of the shell leaving."""

from __future__ import annotations

import random

from tools.sound.synth import (Signal, bandpass, exp_sweep, finish, gate, highpass, lowpass, mix, mul,
                               normalise, osc, partials, perc, ramp, soft_clip, white)

GLINT_S = 0.6  # units.yaml bul_cannon.windup: the charge ends as the shell leaves


def bul_charge() -> Signal:
    """The cannon charging: a servo spinning up under a ratchet whose clicks come ever faster, then the breech locking.

    A cue to dash, like the Dis's `telegraph`, but machinery where that is a whine: it rises and is loudest at the
    end, and the lock's clunk lands a tenth of a second before the shell, the last moment to move. Darkened under
    4 kHz, the inside of a machine heard through its armour: so it is stored at half the rate (outputs.HALF_RATE).
    """
    dur = GLINT_S
    rng = random.Random(7101)
    spin = exp_sweep(48.0, 150.0, 0.46, dur)
    motor = [0.6 * s + 0.4 * q for s, q in zip(osc("saw", spin), osc("square", [2.02 * f for f in spin], 0.3))]
    motor = mul(lowpass(lowpass(motor, 900.0), 1400.0), gate(dur, 0.04, 0.1))
    motor = mul(motor, [0.25 + 0.75 * r for r in ramp(dur, 1.6)])
    clicks = []
    t, gap = 0.03, 0.085
    while t < 0.47:  # each pawl click a little sooner than the last, as the gear speeds up
        clicks.append((_click(rng), 0.35 + 0.65 * t / 0.47, t))
        t, gap = t + gap, max(0.028, gap * 0.8)
    clunk = _breech_lock(rng)
    body = mix(dur, (motor, 0.55, 0.0), *clicks, (clunk, 1.0, 0.5))
    return finish(lowpass(lowpass(soft_clip(body, 1.3), 4000.0), 4000.0), 0.004, 0.012)


def _click(rng: random.Random) -> Signal:
    """One pawl click on a steel ratchet: a few short inharmonic partials over a dull tick of noise."""
    s = 0.03
    ring = partials(s, [(1310.0, 0.8, 0.006), (2270.0, 1.0, 0.004), (3530.0, 0.5, 0.003)], 0.31)
    tick = mul(lowpass(lowpass(highpass(white(s, rng), 500.0), 2000.0), 2000.0), perc(s, 0.0006, 0.0025))
    return [r + 1.5 * k for r, k in zip(ring, tick)]


def _breech_lock(rng: random.Random) -> Signal:
    """The breech block slamming home: a low thud and a heavy, short clank, darker than a click."""
    s = 0.1
    thud = soft_clip(mul(osc("sine", exp_sweep(190.0, 85.0, 0.03, s)), perc(s, 0.001, 0.025)), 1.8)
    clank = partials(s, [(412.0, 0.7, 0.03), (947.0, 1.0, 0.022), (1583.0, 0.6, 0.014), (2411.0, 0.35, 0.008)])
    grit = mul(lowpass(lowpass(white(s, rng), 2500.0), 2500.0), perc(s, 0.0006, 0.006))
    return mix(s, (thud, 1.0, 0.0), (clank, 0.6, 0.002), (grit, 1.2, 0.0))


def bul_cannon() -> Signal:
    """The shell leaving: a sharp bark from the muzzle brake, a deep falling boom and its blast, the recoil's clank
    through the hull, and a rumble dying away.

    Where the Dis's rifle is a buzzing synthetic zap falling from 1 kHz, this is air and iron: noise and a sub-bass
    boom under 100 Hz, saturated so small speakers still hear it. Shorter and sharper than a machine exploding (no
    crackle of burning parts), and over well before the next shell 1.7 s later.
    """
    dur = 0.65
    rng = random.Random(7102)
    boom = mul(osc("sine", exp_sweep(96.0, 36.0, 0.28, dur)), perc(dur, 0.002, 0.17))
    boom = soft_clip(boom, 2.4)  # odd harmonics of 40-90 Hz: heard on speakers that cannot play the fundamental
    cutoff = exp_sweep(3200.0, 140.0, 0.35, dur)
    blast = mul(normalise(lowpass(lowpass(white(dur, rng), cutoff), cutoff)), perc(dur, 0.001, 0.08))
    bark = mul(highpass(white(dur, rng), 1200.0), perc(dur, 0.0002, 0.005))
    chuff = bandpass(white(dur, rng), exp_sweep(700.0, 240.0, 0.08, dur), 1.4)
    chuff = mul(normalise(chuff), perc(dur, 0.002, 0.035))
    recoil = partials(0.3, [(173.0, 0.8, 0.09), (389.0, 1.0, 0.06), (661.0, 0.6, 0.04), (1043.0, 0.35, 0.025)])
    rumble = normalise(lowpass(lowpass(white(dur, rng), 75.0), 75.0))
    rumble = mul(rumble, mul(perc(dur, 0.03, 0.22), gate(dur, 0.0, 0.2)))
    body = mix(dur, (boom, 0.8, 0.0), (blast, 0.9, 0.0), (bark, 0.5, 0.0), (chuff, 0.8, 0.003),
               (recoil, 0.5, 0.018), (rumble, 0.4, 0.0))
    return finish(soft_clip(body, 1.7), 0.0005, 0.06)
