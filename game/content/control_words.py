"""The control words a level's message may write in braces, "{fire}", which the game shows as the player's own control.

The rules keep a message's words as the map wrote them ("Rei: {fire} fires."): a replay plays the same whoever watches
it. The view names each control from the bindings on the device in use (game/view/controls.py, name_controls).
"""

import re

# {word} → what it names: an action of the bindings, or "move" and "aim", which are four actions each (the keys they
# share, "WASD", or the stick the settings name)
CONTROL_WORDS = ("move", "aim", "fire", "missile", "knuckle", "dash", "vmax", "pause", "restart")
CONTROL_WORD = re.compile(r"\{(\w+)\}")  # a word in braces; any other brace is only a brace


def unknown_control_words(text: str) -> list[str]:
    """The words in braces in `text` that name no control, in order ("fier" in "{fier} fires")."""
    return [word for word in CONTROL_WORD.findall(text) if word not in CONTROL_WORDS]


# Characters a control's name counts as where a message's length sets how long the rules keep it up: they cannot know
# the player's keys, and a name ("LEFT MOUSE", "KEYPAD 8/4/5/6") is longer than its word, "{fire}", so a briefing
# timed on the word was taken off before it was read
NAME_LENGTH = 10


def shown_length(text: str) -> int:
    """The length of `text` as shown, each control word in braces counted as a name of NAME_LENGTH characters."""
    return len(CONTROL_WORD.sub("x" * NAME_LENGTH, text))
