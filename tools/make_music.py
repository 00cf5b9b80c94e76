"""Synthesizes the looping ambience tracks in assets/music/ (a map's `music` property names one).

Built from the same oscillators and filters as the sound effects (tools/sound/synth.py), deterministic,
and seamless when looped: the end is cross-faded into the beginning.

Usage: python tools/make_music.py [OUTPUT_DIR]   (default: assets/music)
"""

import math
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tools.sound.outputs import write_set  # noqa: E402
from tools.sound.synth import SR, bandpass, finish, lowpass, osc, white  # noqa: E402

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "assets" / "music"
LOOP = 12.0  # s
BLEND = 1.5  # s of cross-fade that hides the loop point


def mars_wind() -> list[float]:
    """Wind over the Martian plain: gusting band-passed noise over a low, slowly beating drone."""
    rng = random.Random(1996)
    total = LOOP + BLEND
    n = int(total * SR)
    # Gusts: a slow, smooth random curve steering the band's centre and the loudness.
    knots = [rng.uniform(0.0, 1.0) for _ in range(int(total / 1.5) + 3)]
    gust = [_smooth(knots, i / SR / 1.5) for i in range(n)]
    noise = white(total, rng)
    whistle = bandpass(noise, [260 + 520 * g for g in gust], q=5.0)
    rumble = lowpass(white(total, rng), 120.0)
    drone = osc("sine", [55.0] * n)
    beat = osc("sine", [55.7] * n)
    mixed = [0.55 * w * (0.35 + 0.65 * g) + 1.8 * r + 0.05 * (d + b)
             for w, g, r, d, b in zip(whistle, gust, rumble, drone, beat)]
    return _loop(finish(mixed, fade_in=0.0, fade_out=0.0))


def _smooth(knots: list[float], t: float) -> float:
    i = int(t)
    f = t - i
    f = f * f * (3 - 2 * f)  # smoothstep: gusts swell and fade, no corners
    return knots[i] + (knots[i + 1] - knots[i]) * f


def _loop(x: list[float]) -> list[float]:
    """Fold the extra BLEND seconds over the start with an equal-power cross-fade."""
    length, blend = int(LOOP * SR), int(BLEND * SR)
    out = x[:length]
    for i in range(blend):
        a = i / blend
        out[i] = x[length + i] * math.cos(a * math.pi / 2) + x[i] * math.sin(a * math.pi / 2)
    return out


TRACKS = {"mars_wind": mars_wind}


def main(out_dir: Path | str | None = None) -> list[Path]:
    return write_set(TRACKS, Path(out_dir) if out_dir is not None else DEFAULT_OUT)


if __name__ == "__main__":
    for p in main(sys.argv[1] if len(sys.argv) > 1 else None):
        print(p)
