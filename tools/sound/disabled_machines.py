"""A machine disabled instead of destroyed: a precise hit on a limb, the pilot pod ejecting, the power going down."""

from __future__ import annotations

import math
import random

from tools.sound.synth import (SR, Signal, bandpass, cents, count, exp_sweep, finish, flutter, gate, highpass, lowpass,
                               mix, mul, normalise, osc, partials, perc, soft_clip, white)


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
