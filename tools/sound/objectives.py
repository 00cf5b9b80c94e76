"""A level's own news: the base's alarm calling every enemy, an objective reached, a hold begun, a gate moving."""

from __future__ import annotations

import random

from tools.sound.synth import (Signal, count, exp_sweep, finish, gate, lowpass, mix, mul, normalise, osc, partials,
                               perc, soft_clip, white)


def base_alarm() -> Signal:
    """A base alarm: two rising 'whoops' of a horn, a buzzy square and saw sweeping 330 -> 990 Hz.

    It rises where the overheat alarm falls and is slower than the cockpit's beeps, so it reads as the base's
    klaxon, not the Layzner's; the 28 Hz rasp is the horn's diaphragm.
    """
    dur = 1.0
    whoop_s = 0.46
    f = exp_sweep(330.0, 990.0, 0.4, whoop_s)
    horn = [0.6 * q + 0.5 * s for q, s in zip(osc("square", f), osc("saw", [v * 1.004 for v in f], 0.3))]
    rasp = [0.75 + 0.25 * s for s in osc("sine", [28.0] * len(f))]
    horn = soft_clip(lowpass(lowpass(mul(horn, rasp), 3000.0), 3000.0), 1.8)
    whoop = mul(horn, gate(whoop_s, 0.03, 0.06))
    return finish(mix(dur, (whoop, 1.0, 0.0), (whoop, 1.0, 0.5)), 0.002, 0.02)


def objective() -> Signal:
    """An objective reached: a bright A major arpeggio (A5 C#6 E6) struck like small bells, landing on A6.

    Higher and quicker than the vented chime, longer than the menus' accept: a reward, not a blip.
    """
    dur = 0.45

    def bell(hz: float, seconds: float, tau: float) -> Signal:
        return partials(seconds, [(hz, 1.0, tau), (hz * 2.0, 0.3, tau * 0.6), (hz * 3.01, 0.12, tau * 0.4)], 0.29)

    notes = ((880.0, 0.0), (1108.73, 0.06), (1318.51, 0.12))
    layers = [(bell(hz, 0.25, 0.07), 0.7, start) for hz, start in notes]
    layers.append((bell(1760.0, dur - 0.18, 0.14), 0.9, 0.18))
    return finish(mix(dur, *layers), 0.001, 0.03)


def hold_start() -> Signal:
    """A hold begun: a soft tone gliding up a fourth onto the hold's A5 and held briefly, the pips' count to follow.

    The pips (hold_tick) are A5 too, so the start and the count sound like one thing.
    """
    dur = 0.3
    f = exp_sweep(659.26, 880.0, 0.07, dur)
    tone = [s + 0.25 * t + 0.2 * o for s, t, o in zip(osc("sine", f), osc("tri", f, 0.25),
                                                       osc("sine", [0.5 * v for v in f], 0.1))]
    env = mul(gate(dur, 0.01, 0.12), perc(dur, 0.001, 0.25))
    return finish(mul(lowpass(tone, 2600.0), env), 0.002, 0.02)


def shutter() -> Signal:
    """A gate's slab sliding on its rails, open or shut, for the 0.45 s the picture shows it move (view/gates.py SLIDE):
    the latch letting go (a dull knock), the servo's whine, a saw rising 70 -> 110 Hz as it takes the weight, the
    rails' rumble under it (noise below 120 Hz, jolting at each rail joint, 22 times a second), and the slab striking
    home: a clunk (a sine falling 100 -> 45 Hz) with the steel's dull ring at 310 and 620 Hz.

    All of it under 900 Hz (filtered 24 dB an octave above), low and dull where the alarm is bright, so a gate working
    during a fight reads as machinery, not as news; and so stored at a fifteenth of the rate (outputs.LOW_RATE), in
    the room the sound set has left (tests/audio/test_mixer.py)."""
    dur, travel = 0.5, 0.44
    rng = random.Random(5101)
    # The knocks start past their half cycle, so their decaying cycles balance: too short for finish's 20 Hz highpass
    # to take out the offset a knock starting at 0 leaves (tests/audio/test_mixer.py: no DC)
    latch = mul(osc("sine", exp_sweep(90.0, 60.0, 0.04, 0.05), 0.575), perc(0.05, 0.002, 0.015))
    spin = exp_sweep(70.0, 110.0, 0.25, travel)
    whine = [0.7 * w + 0.3 * s for w, s in zip(osc("saw", spin), osc("sine", [3.0 * f for f in spin], 0.2))]
    whine = mul(lowpass(lowpass(whine, 700.0), 700.0), gate(travel, 0.05, 0.06))
    joints = [0.55 + 0.45 * j for j in osc("sine", [22.0] * count(travel), 0.25)]
    rumble = mul(lowpass(lowpass(white(travel, rng), 120.0), 120.0), mul(joints, gate(travel, 0.03, 0.04)))
    clunk = mul(osc("sine", exp_sweep(100.0, 45.0, 0.05, dur - travel), 0.575), perc(dur - travel, 0.002, 0.025))
    ring = partials(dur - travel, [(310.0, 0.35, 0.02), (620.0, 0.1, 0.012)])
    body = mix(dur, (latch, 0.7, 0.0), (whine, 0.3, 0.0), (normalise(rumble), 0.45, 0.0),
               (clunk, 1.0, travel), (ring, 1.0, travel))
    for _ in range(4):  # 24 dB an octave: all but nothing left where its stored rate cannot go
        body = lowpass(body, 900.0)
    return finish(body, 0.002, 0.01)
