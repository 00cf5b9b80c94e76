"""The Layzner's cockpit: the thruster dash, the alert on being spotted, heat, overheat and venting, the hold's tick."""

from __future__ import annotations

import random

from tools.sound.synth import (Signal, bandpass, cents, count, exp_sweep, finish, flutter, gate, highpass, lowpass,
                               mix, mul, normalise, osc, partials, perc, soft_clip, white)


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
