"""Weapons and what they hit: both rifles, a hit (and one on the Layzner), an explosion, a shot stopped by a wall,
missiles (launched, and shot down) and locks, the knuckle, an enemy charging."""

from __future__ import annotations

import math
import random

from tools.sound.synth import (Signal, bandpass, cents, count, exp_sweep, finish, flutter, gate, grains, highpass,
                               lowpass, mix, mul, normalise, osc, partials, perc, ramp, soft_clip, white)


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


def hit_player() -> Signal:
    """A shot on the Layzner's own armour, heard from inside: a low hull thump under a duller, lower clank than `hit`.

    Heavier than the hit the player deals, so taking fire is told apart from giving it; its partials stay under
    3 kHz, clear of the lock-on tick's C8.
    """
    dur = 0.22
    rng = random.Random(7016)
    thump = soft_clip(mul(osc("sine", exp_sweep(150.0, 55.0, 0.06, dur)), perc(dur, 0.001, 0.05)), 2.0)
    clank = partials(dur, [(431.0, 0.6, 0.05), (977.0, 1.0, 0.035), (1523.0, 0.6, 0.022), (2347.0, 0.35, 0.012)])
    crunch = mul(lowpass(highpass(white(dur, rng), 600.0), 4000.0), perc(dur, 0.0005, 0.012))
    body = mix(dur, (thump, 1.0, 0.0), (clank, 0.55, 0.001), (crunch, 0.5, 0.0))
    return finish(soft_clip(body, 1.5), 0.0005, 0.02)


def ricochet() -> Signal:
    """A shot stopped by a wall: a dull knock on rock and a faint whine glancing off, falling. Soft: walls stop many
    shots, and this is the fight's texture, not news."""
    dur = 0.18
    rng = random.Random(7017)
    knock = mul(osc("sine", exp_sweep(260.0, 110.0, 0.03, dur)), perc(dur, 0.0008, 0.018))
    grit = mul(lowpass(lowpass(white(dur, rng), 1800.0), 1800.0), perc(dur, 0.0005, 0.01))
    f = exp_sweep(3100.0, 1700.0, 0.12, dur)
    whine = mul([s + 0.2 * h for s, h in zip(osc("sine", f), osc("sine", [1.5 * v for v in f], 0.3))],
                mul(gate(dur, 0.01, 0.06), perc(dur, 0.001, 0.05)))
    body = mix(dur, (knock, 0.8, 0.0), (grit, 0.9, 0.0), (whine, 0.25, 0.008))
    return finish(body, 0.0005, 0.015)


def missile_down() -> Signal:
    """A missile shot down in flight: a sharp crack, a small bright burst whose filter closes, and scattered sparks.

    A pop, not a mech going up: no boom or rumble, and a third of the explosion's length.
    """
    dur = 0.32
    rng = random.Random(7018)
    crack = mul(highpass(white(dur, rng), 2000.0), perc(dur, 0.0002, 0.006))
    cutoff = exp_sweep(6000.0, 500.0, 0.3, dur)
    burst = mul(normalise(lowpass(lowpass(white(dur, rng), cutoff), cutoff)), perc(dur, 0.002, 0.08))
    pop = mul(osc("sine", exp_sweep(380.0, 120.0, 0.05, dur)), perc(dur, 0.001, 0.03))
    sparks = lowpass(highpass(grains(dur, rng, lambda t: 0.006 * math.exp(-t / 0.12), (0.3, 1.0), 0.0008), 2500.0),
                     8000.0)
    body = mix(dur, (crack, 0.6, 0.0), (burst, 0.8, 0.0), (pop, 0.7, 0.0), (sparks, 0.35, 0.01))
    return finish(soft_clip(body, 1.5), 0.0005, 0.03)


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
    return grains(seconds, rng, lambda t: 0.0 if t < 0.08 else 0.004 * math.exp(-(t - 0.08) / 0.45), (0.3, 1.0), 0.0012)


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
    """A lock building: a tiny high C8 tick, sine with a touch of triangle, gone in a few ms.

    C8, between the hit's 3.9 and 5.3 kHz partials and above both rifles: at E7 it sat on the hit's 2.63 kHz
    partial, and the player's own bolts landing on the target being locked hid every tick.
    """
    dur = 0.07
    f = [4186.01] * count(dur)
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
