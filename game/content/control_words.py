"""The control words a level's message may write in braces, "{fire}", which the game shows as the player's own control.

The rules keep a message's words as the map wrote them ("Rei: {fire} fires."): a replay plays the same whoever watches
it. The view names each control from the bindings on the device in use (game/view/controls.py, name_controls). As in
Python's format (and advisor.yaml), "{{" and "}}" write a brace; any other brace is a slip the checker names.
"""

import re

from game.content.errors import quote
from game.content.spelling import suggest

# {word} → what it names: an action of the bindings, or "move" and "aim", which are four actions each (the keys they
# share, "WASD", or the stick the settings name)
CONTROL_WORDS = ("move", "aim", "fire", "missile", "knuckle", "dash", "vmax", "pause", "restart")
# What braces in a message are, tried in this order at each brace: a brace written twice (a brace shown), a word in
# braces (group 1: a control word, or a slip: "{ Fire }", "{v-max}"), or a brace alone (a slip: "{fire dashes. }")
BRACES = re.compile(r"\{\{|\}\}|\{([\w\s-]*)\}|[{}]")
ESCAPES = {"{{": "{", "}}": "}"}


def shown_as(text: str, name) -> str:
    """`text` with each control word in braces replaced by `name(word)` and each brace written twice by one brace;
    anything else in braces kept as written (the checker has told the designer of it)."""
    def shown(found) -> str:
        word = found.group(1)
        return name(word) if word in CONTROL_WORDS else ESCAPES.get(found.group(0), found.group(0))

    return BRACES.sub(shown, text)


def control_word_problems(text: str) -> list[tuple[str, str, str]]:
    """(what a message's words have, what was expected, the fix) for each slip in their braces, in order: a control
    word with spaces or capitals in it ("{ fire }", "{Fire}"), another word ("{fier}"), empty braces, a brace never
    closed ("{fire dashes") and one never opened ("{fire}}")."""
    problems = []
    for found in BRACES.finditer(text):
        braces, word = found.group(0), found.group(1)
        if braces in ESCAPES or word in CONTROL_WORDS:
            continue
        if word is None:
            problems.append(_lone_brace(text, found.start(), braces))
            continue
        plain = re.sub(r"[\s_-]+", "", word).lower()  # " Fire ", "V-MAX": a control word written loosely
        if plain in CONTROL_WORDS:
            expected, fix = SPELLED, f"write {{{plain}}}"
        else:
            fix = suggest(plain, CONTROL_WORDS) if plain else "put a control's name in them: {fire}"
            expected, fix = NAMED, f"{fix}; to show the braces as written, write {{{braces}}}"
        problems.append((quote(braces), expected, fix))
    return problems


NAMED = "a control's name in braces, which the game shows as the player's key for it"
SPELLED = "a control's name in braces as the game spells it, in small letters with nothing else inside"


def _lone_brace(text: str, at: int, brace: str) -> tuple[str, str, str]:
    """A brace with no partner: where it stands (the words round it) and the fix."""
    if brace == "{":
        word = re.match(r"\s*(\w*)", text[at + 1:]).group(1).lower()
        fix = f"close it: {{{word}}}" if word in CONTROL_WORDS else "write {{ to show a brace"
        return f"{{ with no }} after it, at {quote(text[at:at + 16])}", "a } closing a control's name", fix
    word = re.search(r"(\w*)\}?$", text[:at]).group(1).lower()
    fix = f"write {{{word}}} with one }}, or }}}} to show a brace" if word in CONTROL_WORDS else "write }} for a brace"
    return f"}} with no {{ before it, at {quote(text[max(0, at - 15):at + 1])}", "a } closing a control's name", fix


# Characters a control's name counts as where a message's length sets how long the rules keep it up: they cannot know
# the player's keys, and a name ("LEFT MOUSE", "KEYPAD 8/4/5/6") is longer than its word, "{fire}", so a briefing
# timed on the word was taken off before it was read
NAME_LENGTH = 10


def shown_length(text: str) -> int:
    """The length of `text` as shown, each control word in braces counted as a name of NAME_LENGTH characters."""
    return len(shown_as(text, lambda word: "x" * NAME_LENGTH))
