"""Names of the player's controls as prompts show them ("SPACE", "A", "RIGHT MOUSE"), read from the bindings."""

import dataclasses

from game.content.control_words import CONTROL_WORDS, shown_as, shown_length
from game.input.bindings import MOUSE_BUTTONS, PAD_BUTTONS, PAD_TRIGGERS, key_name
from game.input.devices import STICK_MENU_ACTIONS
from game.input.pad_layout import NINTENDO, PLAYSTATION, PLAYSTATION_5, XBOX
from game.sim.events import AdvisorSpoke, MessageShown
from game.view.text import KEPT_WHOLE

# Pad inputs as printed on each layout's pads (game/input/pad_layout.py). The bindings name them by SDL's names, which
# are places (a: south, b: east, x: west, y: north): a PlayStation pad's south button is CROSS, a Nintendo pad's B.
D_PAD_NAMES = {"dpup": "D-PAD UP", "dpdown": "D-PAD DOWN", "dpleft": "D-PAD LEFT", "dpright": "D-PAD RIGHT"}
PAD_NAMES = {  # Xbox's for a pad of no known layout: SDL's own names are its
    XBOX: {"a": "A", "b": "B", "x": "X", "y": "Y", "back": "VIEW", "guide": "GUIDE", "start": "START",
             "leftshoulder": "LB", "rightshoulder": "RB", "lefttrigger": "LT", "righttrigger": "RT",
             "leftstick": "L3", "rightstick": "R3", **D_PAD_NAMES},
    PLAYSTATION: {"a": "CROSS", "b": "CIRCLE", "x": "SQUARE", "y": "TRIANGLE", "back": "SHARE", "guide": "PS",
                  "start": "OPTIONS", "leftshoulder": "L1", "rightshoulder": "R1", "lefttrigger": "L2",
                  "righttrigger": "R2", "leftstick": "L3", "rightstick": "R3", **D_PAD_NAMES},
    NINTENDO: {"a": "B", "b": "A", "x": "Y", "y": "X", "back": "MINUS", "guide": "HOME", "start": "PLUS",
               "leftshoulder": "L", "rightshoulder": "R", "lefttrigger": "ZL", "righttrigger": "ZR",
               "leftstick": "L STICK PRESS", "rightstick": "R STICK PRESS", **D_PAD_NAMES},
}
PAD_NAMES[PLAYSTATION_5] = {**PAD_NAMES[PLAYSTATION], "back": "CREATE"}  # where the PS4 has SHARE
SEEK_ACTIONS = frozenset({"menu_seek_back", "menu_seek_forward"})  # named in pairs, slot by slot, as directions are
HINT_SEPARATOR = "   ·   "  # between the parts of a hint line
D_PAD = sorted(D_PAD_NAMES.values())
MOVE_ACTIONS = ("move_up", "move_left", "move_down", "move_right")  # in the order "WASD" names them
ARROW_KEYS = "UP/LEFT/DOWN/RIGHT"  # the move keys on the arrows alone, as _directions names them: "ARROWS"
NOT_BOUND = "NOT BOUND"  # a control given nothing on the device in use, on the title's line of controls
# ... and in a level's message, where it says what to do: Rei's "Fire with (unbound: set it in Controls)."
UNBOUND = "(unbound: set it in Controls)"


def control_name(bindings, action: str, device: str = "keyboard", layout: str = XBOX) -> str:
    """The first input bound to `action` on the device in use, in capitals, in the order the player put them (as the
    Controls page lists them), a pad's by its `layout`'s names; "" when nothing is bound."""
    return next(iter(control_names(bindings, action, device, layout)), "")


def control_names(bindings, action: str, device: str = "keyboard", layout: str = XBOX) -> list[str]:
    """Every input bound to `action` on the device in use, named as the Controls page names them, in its order."""
    return [_label(kind, code, layout) for kind, code in bindings.inputs(action, device)]


def _label(kind: str, code: int, layout: str) -> str:
    if kind == "keyboard":
        return input_label(kind, key_name(code)) or f"KEY {code}"
    table = {"mouse": MOUSE_BUTTONS, "button": PAD_BUTTONS, "trigger": PAD_TRIGGERS}[kind]
    return input_label("mouse" if kind == "mouse" else "pad", _name_of(table, code), layout)


def input_label(section: str, name: str, layout: str = XBOX) -> str:
    """An input of the bindings' `section` ("keyboard", "mouse" or "pad") as prompts show it: "LEFT SHIFT", "RIGHT
    MOUSE", "RT" (a pad's button by the names of its `layout`: "R2" on a PlayStation pad)."""
    if section == "pad":
        return PAD_NAMES[layout].get(name, name.upper())
    if section == "mouse":
        return f"{name.upper()} MOUSE"
    if name == "application":  # SDL's name for the Menu key (≣), which few players know it by
        return "MENU KEY"
    if name == "enter":  # SDL's name for the keypad's Enter; the main one is "return", as the game shows it
        return "KEYPAD ENTER"
    if len(name) > 2 and name[0] == "[" and name[-1] == "]":  # pygame's names for the keypad's keys: "[5]", "[+]"
        return f"KEYPAD {name[1:-1].upper()}"
    return name.upper() if name.isascii() else name  # "ß".upper() is "SS", and "α".upper() reads as the A key


def _name_of(table, code: int) -> str:
    return next((name for name, value in table.items() if value == code), str(code))


def controls_line(bindings, settings, device: str = "keyboard", layout: str = XBOX) -> str:
    """The controls in one line, as the bindings (and, for the sticks, the settings) have them on the device in use
    ("SPACE dash · ESCAPE pause"), a pad's buttons by its `layout`'s names."""
    moving = [f"{_move_name(bindings, settings, device)} move", f"{_aim_name(settings, device)} aim"]
    if device != "pad" and (aim_keys := _four_keys(bindings, "aim")):
        moving.append(f"{aim_keys} aim and fire")
    actions = (("fire", "fire"), ("missile", "missiles"), ("knuckle", "knuckle"), ("dash", "dash"),
               ("vmax", "V-MAX"), ("pause", "pause"), ("restart", "restart (hold)"))
    named = [f"{name} {what}" for action, what in actions
             if (name := control_name(bindings, action, device, layout))]
    return " · ".join(moving + named)


def _move_name(bindings, settings, device: str, unbound: str = NOT_BOUND) -> str:
    """What moves the Layzner on the device in use: the stick the settings name, or the move keys ("WASD", "ARROWS",
    "KEYPAD 8/4/5/6"). ("ARROWS" for any keys but four letters told a player moving on the keypad to use the arrows.)"""
    if device == "pad":
        return stick_name(settings.pad_move_stick)
    keys = _four_keys(bindings, "move") or _directions(bindings, device, MOVE_ACTIONS)
    return "ARROWS" if keys == ARROW_KEYS else keys or unbound


def _aim_name(settings, device: str) -> str:
    """What aims: the other stick, or the mouse."""
    return stick_name(settings.pad_aim_stick) if device == "pad" else "MOUSE"


def stick_name(side: str) -> str:
    """A pad's stick as prompts name it on every layout ("left" -> "LEFT STICK"): PAD_NAMES names a stick's press
    (R3), not the stick."""
    return f"{side.upper()} STICK"


def control_words(bindings, settings, device: str = "keyboard", layout: str = XBOX) -> dict[str, str]:
    """Each control word a level's message may write ("{fire}") as its control on the device in use ("LEFT MOUSE",
    "RT", "R2"), named as the HUD's prompts name it; UNBOUND for an action given nothing there."""
    words = {word: control_name(bindings, word, device, layout) for word in CONTROL_WORDS}
    words = {**words, "move": _move_name(bindings, settings, device, ""), "aim": _aim_name(settings, device)}
    # A name's words kept on one row ("RIGHT STICK" wrapped after RIGHT reads as two controls); UNBOUND may wrap
    return {word: name.replace(" ", KEPT_WHOLE) if name else UNBOUND for word, name in words.items()}


class Named(str):
    """A level's message with its control words named ("Fire with LEFT MOUSE."), which keeps `timed`, the length the
    rules time the words as written by (shown_length: a name counts as NAME_LENGTH characters): the panel types it
    within the time the rules give it however long the player's names are."""
    timed: int


def name_controls(text: str, words: dict[str, str]) -> Named:
    """`text` with each control word in braces ("{dash}") replaced by its name in `words` ("SPACE"), and a brace written
    twice ("{{") by one; any other braces kept as written."""
    named = Named(shown_as(text, lambda word: words.get(word, f"{{{word}}}")))
    named.timed = shown_length(text)
    return named


def messages_named(events, words) -> list:
    """`events` with a level's messages' control words named (its text on the HUD, MessageShown, or said in a voice,
    AdvisorSpoke of a "message"), from `words()`, called only when a message has braces: the view shows the player's
    controls, while the rules keep the words as the map wrote them."""
    def named(event):
        message = isinstance(event, MessageShown) or isinstance(event, AdvisorSpoke) and event.situation == "message"
        return dataclasses.replace(event, text=name_controls(event.text, words())) if message else event

    if not any(brace in getattr(event, "text", "") for event in events for brace in "{}"):
        return events
    return [named(event) for event in events]


def _four_keys(bindings, prefix: str) -> str:
    """The first keys of `prefix`_up, _left, _down and _right run together ("WASD"), when each is one letter."""
    names = [control_name(bindings, f"{prefix}_{way}") for way in ("up", "left", "down", "right")]
    return "".join(names) if all(len(name) == 1 for name in names) else ""


def page_hint(bindings, settings, device: str, hints: dict, layout: str = XBOX) -> str:
    """menu_hint for a page whose `hints` give its parts by device, the keyboard's standing in for a device it lacks."""
    return menu_hint(bindings, settings, device, hints.get(device, hints["keyboard"]), layout)


def menu_hint(bindings, settings, device: str, parts, layout: str = XBOX) -> str:
    """A page's hint line ("W/S or UP/DOWN choose   ·   ESCAPE back") from the bindings on the device in use, named as
    the Controls page names them ("D-PAD UP/DOWN or LEFT STICK choose" on a pad). `parts`: (actions, what they do) in
    order. A part of several of the menu's directions names every set of inputs that works, the keys and the arrows
    alike, and on a pad the moving stick the settings name, which presses the menus' directions whatever the bindings
    say; a part of other actions names each one's first input, once ("A or START select", where Start chooses too);
    one of one action names its first input. A part nothing does is left out. A pad's buttons go by its `layout`'s
    names."""
    said = []
    for actions, what in parts:
        if len(actions) == 1:
            keys = control_name(bindings, actions[0], device, layout)
        elif STICK_MENU_ACTIONS.issuperset(actions) or SEEK_ACTIONS.issuperset(actions):
            keys = _directions(bindings, device, actions, layout)
        else:  # Pause given A on a pad, which confirms already, is named once
            keys = " or ".join(dict.fromkeys(filter(None, (control_name(bindings, action, device, layout)
                                                           for action in actions))))
        if device == "pad" and STICK_MENU_ACTIONS.issuperset(actions):
            keys = " or ".join(filter(None, (keys, stick_name(settings.pad_move_stick))))
        if keys:
            said.append(f"{keys} {what}")
    return HINT_SEPARATOR.join(said)


def _directions(bindings, device: str, actions, layout: str = XBOX) -> str:
    """The inputs of `actions` (up and down, say) in sets of like inputs, one of each action's: "W/S or UP/DOWN"; a
    set's shared first word said once ("D-PAD UP/DOWN"). An action unbound, or with fewer inputs than the others, is
    left out of a set it has none for: "D or LEFT/RIGHT" for a Left bound to the arrow alone, not "LEFT/D"."""
    left = [control_names(bindings, action, device, layout) for action in actions]
    sets = []
    while any(left):
        kind = _kind(next(name for named in left for name in named))  # led by the first input not yet said
        chosen = [_like(left, index, kind) for index in range(len(left))]
        for named, name in zip(left, chosen):
            if name is not None:
                named.remove(name)
        sets.append([name for name in chosen if name is not None])
    return " or ".join(_shared_first_word(named) for named in sets)


ARROWS = frozenset({"UP", "DOWN", "LEFT", "RIGHT"})


def _kind(name: str) -> str:
    """What inputs a set pairs: the arrows, one-letter keys (and the pad's A B X Y), or those of a first word ("D-PAD
    UP", "KEYPAD 8", "PAGE UP"); any other, its own kind."""
    if name in ARROWS:
        return "arrows"
    return "letters" if len(name) == 1 else name.split(" ", 1)[0]


def _like(left: list[list[str]], index: int, kind: str) -> str | None:
    """The first input of the index'th action of `kind`; else its first of a kind no other action has left (one that
    would stand alone: "J/D or K/RIGHT" for a Left on J and K), else None: it has no input in this set."""
    named = left[index]
    others = {_kind(name) for at, names in enumerate(left) if at != index for name in names}
    return next((name for name in named if _kind(name) == kind),
                next((name for name in named if _kind(name) not in others), None))


def _shared_first_word(names: list[str]) -> str:
    """"D-PAD UP", "D-PAD DOWN" -> "D-PAD UP/DOWN": the word every name starts with said once; the d-pad's four ways
    together are the "D-PAD", as a stick is named whole."""
    if sorted(names) == D_PAD:
        return "D-PAD"
    first = names[0].split(" ", 1)[0] + " "
    if len(names) > 1 and all(name.startswith(first) and len(name) > len(first) for name in names):
        return first + "/".join(name[len(first):] for name in names)
    return "/".join(names)
