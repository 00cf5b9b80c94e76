"""Stand-ins for the mixer's sounds and channels and for its clock, shared by the audio tests."""

from __future__ import annotations

from game.audio import Audio


class Clock:
    """Milliseconds as the test sets them (Audio's clock)."""

    def __init__(self) -> None:
        self.now = 1000

    def __call__(self) -> int:
        return self.now


class FakeSound:
    def __init__(self) -> None:
        self.volume = 1.0

    def set_volume(self, value: float) -> None:
        self.volume = value


class FakeChannel:
    """A mixer channel whose 'still playing' is set by the test instead of by the clock."""

    def __init__(self) -> None:
        self.sound: FakeSound | None = None
        self.busy = False
        self.plays = 0
        self.volume: tuple[float, float] = (1.0, 1.0)
        self.loops = 0
        self.unpaused = 0

    def play(self, sound: FakeSound, loops: int = 0) -> None:
        self.sound, self.busy, self.plays, self.loops = sound, True, self.plays + 1, loops
        self.volume = (1.0, 1.0)  # like pygame, starting a sound resets the channel volume

    def unpause(self) -> None:
        self.unpaused += 1

    def set_volume(self, left: float, right: float) -> None:
        self.volume = (left, right)

    def get_busy(self) -> bool:
        return self.busy

    def get_sound(self) -> FakeSound | None:
        return self.sound if self.busy else None

    def stop(self) -> None:
        self.busy = False

    def fadeout(self, milliseconds: int) -> None:
        self.faded = milliseconds  # still busy while it fades: the test ends the fade by setting busy False


class FakePool:
    def __init__(self, size: int) -> None:
        self.channels = [FakeChannel() for _ in range(size)]

    def find(self) -> FakeChannel | None:
        return next((c for c in self.channels if not c.busy), None)


def fake_audio(names: list[str], channels: int = 24, **kwargs) -> tuple[Audio, dict[str, FakeSound], FakePool]:
    """An Audio over fake channels; its clock stands still unless the test passes a Clock it moves."""
    sounds = {name: FakeSound() for name in names}
    pool = FakePool(channels)
    kwargs.setdefault("clock", Clock())
    return Audio(sounds, find_channel=pool.find, **kwargs), sounds, pool
