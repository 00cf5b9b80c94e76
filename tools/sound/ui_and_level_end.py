"""The menus and the end of a level: cursor and accept blips, pause, the victory and defeat stingers."""

from __future__ import annotations

from tools.sound.synth import (Signal, cents, chord, count, exp_sweep, finish, gate, lowpass, mix, mul, osc, perc,
                               soft_clip, vibrato)


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
