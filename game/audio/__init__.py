"""Game sound: the Audio facade over pygame.mixer: the effects in assets/sounds and the music in assets/music."""

from game.audio.mixer import Audio

__all__ = ["Audio"]
