"""The bot: plays a level through the player's Intent alone (see pilot.py for how it decides)."""

from game.bot.pilot import Bot
from game.bot.runner import DEFAULT_TIME_LIMIT, BotRun, play_level, time_limit

__all__ = ["Bot", "BotRun", "DEFAULT_TIME_LIMIT", "play_level", "time_limit"]
