"""The fight layers in assets/music/fight/: a loop for each world that the mixer fades in over its ambience while the
Layzner is in a fight, in the 1980s anime-synth manner: a driving bass ostinato, a filtered pulse arpeggio with an
echo, a soft pad under them and tight synth drums, in the minor key of the world's ambience.

Seamless by construction: every note and hit is laid on a loop of whole bars with what rings past its end carried
round to its start, and every filter and the echo run round the loop (they start in the state the loop ends in).
Soft attacks, no square wave heard unfiltered: the pulse is two low-passes deep, the hats are rounded off under 10 kHz
(the file is stored at 22.05 kHz)."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

from tools.sound.synth import (SR, at_loudness, bandpass, chord, exp_sweep, gate, highpass, lowpass, mul, osc,
                               perc, round_loop, synth_voice, white)

STEPS = 16  # sixteenths a bar (4/4)
MINOR, MAJOR = (0, 3, 7), (0, 4, 7)
TARGET_RMS = 10 ** (-20.0 / 20)  # 2.3 dB under the beds' -17.7 dBFS: bed and layer together stay within +3 dB of it


@dataclass(frozen=True)
class Score:
    """One world's fight: its tempo, its chords (a root as a MIDI note and a quality, one a bar) and its patterns,
    one character a sixteenth ('x' a hit, '.' a rest; the bass: 'L' the root low, 'H' an octave up)."""
    bpm: int  # a whole number of samples a sixteenth at SR: the loop is exactly its bars long
    chords: tuple[tuple[int, tuple[int, int, int]], ...]
    bass: str
    kick: str
    snare: str
    hats: str  # 'x' a hat, 'o' a softer one
    arp: tuple[int, ...]  # which of the chord's four tones (root, fifth, octave, tenth) each sixteenth plays
    fill: str  # the last bar's snare: the turn back to the top of the loop
    seed: int
    gated_snare: bool = False  # the snare's noise held a moment and cut: the 1980s gated reverb


def midi_hz(note: float) -> float:
    return 440.0 * 2 ** ((note - 69) / 12)


def render(score: Score) -> list[float]:
    """The loop: bass, arpeggio with its echo, pad and drums laid round a loop of the score's bars, at TARGET_RMS."""
    step = SR * 60 // (score.bpm * 4)
    assert step * score.bpm * 4 == SR * 60, "the tempo must give whole samples a sixteenth"
    n = step * STEPS * len(score.chords)
    rng = random.Random(score.seed)
    bass, arp, pad, drums = ([0.0] * n for _ in range(4))
    for bar, (root, quality) in enumerate(score.chords):
        at = bar * STEPS * step
        _lay_bass(bass, score.bass, root, at, step)
        _lay_arp(arp, score.arp if bar % 2 == 0 else score.arp[::-1], root, quality, at, step, bar)
        _lay(pad, _pad(root, quality, STEPS * step), at)
        snare = score.fill if bar == len(score.chords) - 1 else score.snare
        _lay_drums(drums, score, snare, at, step, rng)
    arp = _echo(arp, 3 * step, 0.32)  # a dotted eighth: the arpeggio's answer to itself
    mixed = [0.55 * b + 0.3 * a + 0.16 * p + d for b, a, p, d in zip(bass, arp, pad, drums)]
    return at_loudness(round_loop(highpass, mixed, 20.0), TARGET_RMS)


def _lay(loop: list[float], sound: list[float], at: int, gain: float = 1.0) -> None:
    """Adds `sound` into `loop` from sample `at`; what runs past the loop's end goes on at its start."""
    n = len(loop)
    for i, v in enumerate(sound):
        loop[(at + i) % n] += gain * v


def _echo(x: list[float], delay: int, feedback: float) -> list[float]:
    """A feedback echo round the loop: two passes, the second starting from the first's tail (its error falls with
    feedback to the power of the repeats a pass holds, under 1e-6 here)."""
    n = len(x)
    out = list(x)
    for _ in range(2):
        for i in range(n):
            out[i] = x[i] + feedback * out[i - delay]  # i - delay < 0 reads the loop's end
    return out


def _lay_bass(loop, pattern: str, root: int, at: int, step: int) -> None:
    low = root
    while low > 44:  # the bass's low note from A1 to G#2: 55-104 Hz, its high one an octave up
        low -= 12
    for k, c in enumerate(pattern):
        if c in "LH":
            accent = 1.0 if k % 4 == 0 else 0.8
            _lay(loop, _bass_note(midi_hz(low + (12 if c == "H" else 0)), step * 0.9 / SR), at + k * step, accent)


def _bass_note(hz: float, seconds: float) -> list[float]:
    """Two saws a few cents apart and a sine for weight, under a low-pass that opens at the pluck and closes fast."""
    n = int(seconds * SR)
    tone = synth_voice([hz] * n, 7.0)
    body = osc("sine", [hz] * n)
    sweep = [260.0 + 1000.0 * math.exp(-i / (0.06 * SR)) for i in range(n)]
    tone = lowpass(lowpass([t + 0.6 * b for t, b in zip(tone, body)], sweep), sweep)
    return mul(tone, gate(seconds, 0.004, 0.02))


def _lay_arp(loop, pattern: tuple[int, ...], root: int, quality, at: int, step: int, bar: int) -> None:
    third, fifth = quality[1], quality[2]
    while root < 57:  # the arpeggio from A3 up: 220-930 Hz, over the bass and under the effects' zaps
        root += 12
    tones = (root, root + fifth, root + 12, root + 12 + third)
    cutoff = 1100.0 + 90.0 * bar  # the pulse opening bar by bar through the loop, never past 2 kHz
    for k, which in enumerate(pattern):
        _lay(loop, _pulse(midi_hz(tones[which]), step * 1.6 / SR, cutoff), at + k * step, 1.0 if k % 4 else 1.25)


def _pulse(hz: float, seconds: float, cutoff: float) -> list[float]:
    """A pulse note: a square and a triangle, the square two low-passes deep, struck softly and dying away."""
    n = int(seconds * SR)
    square = lowpass(lowpass(osc("square", [hz] * n), cutoff), cutoff)
    tri = osc("tri", [hz] * n, 0.25)
    env = mul(perc(seconds, 0.004, 0.09), gate(seconds, 0.0, 0.01))
    return [e * (0.6 * s + 0.5 * t) for s, t, e in zip(square, tri, env)]


def _pad(root: int, quality, length: int) -> list[float]:
    """The bar's chord held softly in the middle register, swelling in and out: the harmony the bass and pulse imply."""
    while root < 50:
        root += 12
    seconds = length / SR
    notes = [(midi_hz(root + quality[0]), 0.8), (midi_hz(root + quality[1]), 0.6), (midi_hz(root + quality[2]), 0.6)]
    held = chord(notes, [1.0] * length, 9.0, 700.0)
    return mul(lowpass(held, 900.0), gate(seconds, 0.25, 0.3))


def _lay_drums(loop, score: Score, snare: str, at: int, step: int, rng: random.Random) -> None:
    for k in range(STEPS):
        where = at + k * step
        if score.kick[k] == "x":
            _lay(loop, _kick(), where, 0.75)
        if snare[k] == "x":
            _lay(loop, _snare(rng, score.gated_snare), where, 0.5 if score.snare[k] == "x" else 0.22 + 0.03 * (k % 4))
        if score.hats[k] in "xo":
            _lay(loop, _hat(rng), where, 0.16 if score.hats[k] == "x" else 0.09)


def _kick() -> list[float]:
    """A synth kick: a sine dropping from 150 to 48 Hz in 50 ms, short and round."""
    seconds = 0.28
    return mul(osc("sine", exp_sweep(150.0, 48.0, 0.05, seconds)), mul(perc(seconds, 0.002, 0.08),
                                                                     gate(seconds, 0.0, 0.03)))


def _snare(rng: random.Random, gated: bool) -> list[float]:
    """Noise round 1.9 kHz with a 190 Hz body; gated: a duller tail held 150 ms and cut, as the era's gated reverb."""
    seconds = 0.26 if gated else 0.18
    noise = lowpass(bandpass(white(seconds, rng), [1900.0] * int(seconds * SR), 0.9), 5000.0)
    crack = mul(noise, perc(seconds, 0.001, 0.05))
    body = mul(osc("sine", [190.0] * len(crack)), perc(seconds, 0.001, 0.04))
    hit = [3.0 * c + 0.5 * b for c, b in zip(crack, body)]
    if gated:
        tail = mul(lowpass(white(seconds, rng), 3000.0), gate(seconds, 0.02, 0.03))
        hit = [h + 0.35 * t for h, t in zip(hit, tail)]
    return mul(hit, gate(seconds, 0.0, 0.01))


def _hat(rng: random.Random) -> list[float]:
    """A closed hat: a tick of noise between 6 and 8 kHz, rounded off so nothing hisses above 10 kHz."""
    seconds = 0.05
    noise = lowpass(lowpass(lowpass(highpass(white(seconds, rng), 6000.0), 7000.0), 7000.0), 7000.0)
    return mul(noise, mul(perc(seconds, 0.0005, 0.012), gate(seconds, 0.0, 0.005)))


# Mars, 1996: A minor, as the wind's drone on A; the turn home on E major's leading note.
MARS = Score(bpm=126, chords=((57, MINOR), (57, MINOR), (53, MAJOR), (55, MAJOR),
                              (57, MINOR), (57, MINOR), (53, MAJOR), (52, MAJOR)),
             bass="L.H.L.H.L.H.LLH.", kick="x.......x.x.....", snare="....x.......x...", hats="o.x.o.x.o.x.o.x.",
             arp=(0, 1, 2, 3, 2, 1, 0, 1, 2, 3, 2, 1, 0, 1, 2, 3), fill="....x.......xxxx", seed=1996)
# New York, 1999: D minor, as the night's pad, leaning to B flat as it does; faster, the bass in sixteenths, the snare
# gated.
MANHATTAN = Score(bpm=140, chords=((50, MINOR), (50, MINOR), (46, MAJOR), (46, MAJOR),
                                   (43, MINOR), (43, MINOR), (45, MAJOR), (45, MAJOR)),
                  bass="LLHLLLHLLLHLLHLH", kick="x.....x.x.....x.", snare="....x.......x...",
                  hats="xoxoxoxoxoxoxoxo", arp=(0, 2, 1, 3, 0, 2, 1, 3, 2, 0, 3, 1, 2, 0, 3, 1),
                  fill="....x.....x.xxxx", seed=1999, gated_snare=True)

# By the name of its file in assets/music/fight/, as the mixer's FIGHT_LAYERS names them for each world's tracks
LAYERS = {"mars": MARS, "manhattan": MANHATTAN}
