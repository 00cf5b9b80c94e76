"""Every sound by name, in the order they are written, and the writing: 16-bit mono 44100 Hz PCM wav files."""

from __future__ import annotations

import math
import sys
import wave
from array import array
from collections.abc import Callable, Sequence
from pathlib import Path

from tools.sound.cockpit import alert, dash, heat_warning, hold_tick, overheat, vented
from tools.sound.cockpit_ais import fouron_release, fouron_seize, fouron_voice, rei_chirp
from tools.sound.disabled_machines import eject, part_hit, power_down
from tools.sound.objectives import base_alarm, hold_start, objective
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
}


def to_pcm16(x: Sequence[float]) -> bytes:
    floor = math.floor
    pcm = array("h", [max(-32767, min(32767, int(floor(v * 32767.0 + 0.5)))) for v in x])
    if sys.byteorder == "big":  # WAV is little-endian
        pcm.byteswap()
    return pcm.tobytes()


def write_wav(path: Path, samples: Sequence[float]) -> None:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SR)
        w.writeframes(to_pcm16(samples))


def write_set(makers: dict[str, Callable[[], Signal]], out: Path) -> list[Path]:
    """Writes each maker's samples to out/NAME.wav and returns the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, make in makers.items():
        path = out / f"{name}.wav"
        write_wav(path, make())
        written.append(path)
    return written
