"""Every sound by name, in the order they are written, and the writing: 16-bit mono PCM wav files at 44100 Hz, or
at half that for the sounds with nothing above 10 kHz (HALF_RATE), or lower still for the few lower yet (LOW_RATE)."""

from __future__ import annotations

import math
import operator
import sys
import wave
from array import array
from collections.abc import Callable, Sequence
from pathlib import Path

from tools.sound.bul import bul_cannon, bul_charge
from tools.sound.cockpit import alert, dash, heat_warning, hold_tick, overheat, vented
from tools.sound.cockpit_ais import fouron_release, fouron_seize, fouron_voice, rei_chirp
from tools.sound.disabled_machines import eject, part_hit, power_down
from tools.sound.objectives import base_alarm, hold_start, objective, shutter
from tools.sound.synth import SR, Signal
from tools.sound.ui_and_level_end import lose, pause, ui_confirm, ui_move, win
from tools.sound.vmax import deflect, ram, vmax_denied, vmax_end, vmax_ready, vmax_start
from tools.sound.weapons import (explosion, hit, hit_player, knuckle, laser_enemy, laser_player, lock_on, locked,
                                 missile_down, missile_launch, ricochet, telegraph)


SOUNDS: dict[str, Callable[[], Signal]] = {
    "laser_player": laser_player,
    "laser_enemy": laser_enemy,
    "hit": hit,
    "explosion": explosion,
    "dash": dash,
    "alert": alert,
    "ui_move": ui_move,
    "ui_confirm": ui_confirm,
    "pause": pause,
    "win": win,
    "lose": lose,
    "heat_warning": heat_warning,
    "hold_tick": hold_tick,
    "overheat": overheat,
    "vented": vented,
    "vmax_start": vmax_start,
    "vmax_end": vmax_end,
    "vmax_ready": vmax_ready,
    "vmax_denied": vmax_denied,
    "missile_launch": missile_launch,
    "lock_on": lock_on,
    "locked": locked,
    "knuckle": knuckle,
    "deflect": deflect,
    "ram": ram,
    "telegraph": telegraph,
    "rei_chirp": rei_chirp,
    "fouron_voice": fouron_voice,
    "fouron_seize": fouron_seize,
    "fouron_release": fouron_release,
    "eject": eject,
    "power_down": power_down,
    "part_hit": part_hit,
    "hit_player": hit_player,
    "ricochet": ricochet,
    "missile_down": missile_down,
    "base_alarm": base_alarm,
    "objective": objective,
    "hold_start": hold_start,
    "shutter": shutter,
    "bul_charge": bul_charge,
    "bul_cannon": bul_cannon,
}
# Stored at 22050 Hz, half the bytes: all of each sits below 10 kHz, and what lies above the half rate's 11025 Hz
# limit is over 60 dB under the whole (tests/audio/test_mixer.py measures it). The mixer converts them to 44.1 kHz
# as it loads them; the shots, hits, blasts and steam keep the full rate, their edge and hiss reaching past 11 kHz.
HALF_RATE = frozenset({"telegraph", "rei_chirp", "fouron_voice", "hold_tick", "objective", "hold_start", "pause",
                       "ui_move", "vmax_denied", "bul_charge"})
# Stored at SR divided by this: all of each sits far lower (the gate's slab under 900 Hz, 65 dB down past its rate's
# 1470 Hz limit), and the set has little room left (tests/audio/test_mixer.py keeps it under 1.5 MB).
LOW_RATE = {"shutter": 15}


def to_pcm16(x: Sequence[float]) -> bytes:
    floor = math.floor
    pcm = array("h", [max(-32767, min(32767, int(floor(v * 32767.0 + 0.5)))) for v in x])
    if sys.byteorder == "big":  # WAV is little-endian
        pcm.byteswap()
    return pcm.tobytes()


def write_wav(path: Path, samples: Sequence[float], rate: int = SR) -> None:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(to_pcm16(samples))


def _low_band(factor: int) -> list[float]:
    """A low-pass FIR for dividing the rate by `factor`: a sinc cut at 86 % of the new rate's limit (9500 Hz for
    half), Blackman-windowed (for half: flat to 8 kHz, 74 dB down from 10.8 kHz, so next to nothing folds back under
    11025 Hz), summing to 1 so a sound keeps its level."""
    taps, fc = 47 * factor + 1, 19000.0 / factor / SR
    mid = (taps - 1) / 2
    kernel = []
    for k in range(taps):
        t = k - mid
        sinc = 2 * fc if t == 0 else math.sin(2 * math.pi * fc * t) / (math.pi * t)
        window = 0.42 - 0.5 * math.cos(2 * math.pi * k / (taps - 1)) + 0.08 * math.cos(4 * math.pi * k / (taps - 1))
        kernel.append(sinc * window)
    total = sum(kernel)
    return [h / total for h in kernel]


def lower_rate(x: Sequence[float], factor: int, looped: bool = False) -> Signal:
    """x (at SR) at SR / factor: low-passed, every factor-th sample kept, and the ends brought to exactly zero over
    0.5 ms, as finish() left them, so the file starts and stops without a click. Not normalised again: a peak that
    fell between two kept samples reads a little under -3 dBFS in the file, but the mixer's conversion back draws it
    again, at the level the sound was made. `looped`: a music loop's, filtered round the loop (its end runs on into
    its start), its ends left as they are."""
    band = _low_band(factor)
    half = len(band) // 2
    x = list(x)
    padded = x[-half:] + x + x[:half] if looped else [0.0] * half + x + [0.0] * half
    mul, width = operator.mul, len(band)
    y = [sum(map(mul, band, padded[i:i + width])) for i in range(0, len(x), factor)]
    if looped:
        return y
    edge = min(len(y) // 2, max(1, round(0.0005 * SR / factor)))
    for j in range(edge):
        taper = math.sin(0.5 * math.pi * j / edge) ** 2
        y[j] *= taper
        y[-1 - j] *= taper
    return y


def write_set(makers: dict[str, Callable[[], Signal]], out: Path, half_rate: frozenset[str] = HALF_RATE,
              looped: bool = False) -> list[Path]:
    """Writes each maker's samples to out/NAME.wav (those in `half_rate` at half the rate; `looped`: music loops) and
    returns the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, make in makers.items():
        path = out / f"{name}.wav"
        factor = 2 if name in half_rate else LOW_RATE.get(name, 1)
        if factor > 1:
            write_wav(path, lower_rate(make(), factor, looped), SR // factor)
        else:
            write_wav(path, make())
        written.append(path)
    return written
