"""The game's rules: an ECS simulation stepped at a fixed 60 Hz; never needs a display or pygame."""
