"""V-MAX: the surge in and the wind-down out, the barrier deflecting a shot, ramming an enemy."""

from __future__ import annotations

import random

from tools.sound.synth import (Signal, bandpass, cents, count, exp_sweep, finish, gate, grains, lowpass, mix, mul,
                               normalise, osc, partials, perc, ramp, soft_clip, synth_voice, white)


def vmax_start() -> Signal:
    """V-MAX engages: the drive catching on the press, a deep surge climbing four octaves and opening up, into a
    shimmering blue ring."""
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
    # the drive catching, on the press: the surge swells from 48 Hz and took 70 ms to come within 20 dB of its peak
    catch = mul(osc("sine", exp_sweep(180.0, 70.0, 0.05, 0.09)), perc(0.09, 0.0015, 0.03))
    tick = mul(lowpass(white(0.02, random.Random(7007)), 2500.0), perc(0.02, 0.0005, 0.004))
    start = surge_s - 0.02
    body = mix(dur, (surge, 1.0, 0.0), (whoosh, 0.3, 0.0), (ring, 0.6, start), (glint, 0.3, start),
               (catch, 0.16, 0.0), (tick, 0.3, 0.0))
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


def vmax_ready() -> Signal:
    """The V-MAX meter is full: the comet's ring from vmax_start (E6 B6 E7, each a pair of sines a few cents apart)
    struck at once as a tiny bright bell. Short (the sound set is near its size limit) and pitched above the fight's
    hits and rifles, so it is heard through them."""
    dur = 0.058
    bell = partials(dur, [(1318.51 * cents(6), 0.5, 0.03), (1318.51 * cents(-6), 0.5, 0.03),
                          (1975.53 * cents(9), 0.45, 0.024), (1975.53 * cents(-9), 0.45, 0.024),
                          (2637.02, 0.35, 0.016)])
    glint = mul(osc("sine", exp_sweep(3951.07, 5274.04, 0.02, 0.03)), perc(0.03, 0.0008, 0.008))
    return finish(soft_clip(mix(dur, (bell, 1.0, 0.0), (glint, 0.25, 0.004)), 1.2), 0.001, 0.012)


def vmax_denied() -> Signal:
    """A press V-MAX would not start on: a dull, low, falling 'thup', a muted square and its sine an octave down,
    the opposite of the ring's bright bell. Short, as a dead switch is."""
    dur = 0.032
    f = exp_sweep(240.0, 160.0, 0.03, dur)
    body = [0.8 * q + s for q, s in zip(osc("square", f), osc("sine", [v * 0.5 for v in f]))]
    body = mul(lowpass(lowpass(body, 1200.0), 1200.0), perc(dur, 0.0015, 0.01))
    return finish(body, 0.001, 0.008)


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
    return grains(seconds, rng, lambda t: 0.004, (0.4, 1.0), 0.0015, floor=0.15)
