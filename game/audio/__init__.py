"""Game sound: the Audio facade over pygame.mixer that plays the effects in assets/sounds."""

from game.audio.mixer import Audio

__all__ = ["Audio"]
