"""Names of the player's controls as prompts show them ("SPACE", "A", "RIGHT MOUSE"), read from the bindings."""

from game.input.bindings import MOUSE_BUTTONS, PAD_BUTTONS, PAD_TRIGGERS, key_name

# The menu directions on a pad: the d-pad and the stick both move through menus, whatever the bindings say.
PAD_DIRECTIONS = {("menu_up", "menu_down"): "UP DOWN", ("menu_left", "menu_right"): "LEFT RIGHT"}
# Pad inputs as printed on an Xbox-style pad (the names the bindings use are SDL's).
PAD_NAMES = {"back": "VIEW", "guide": "GUIDE", "leftshoulder": "LB", "rightshoulder": "RB", "lefttrigger": "LT",
             "righttrigger": "RT", "leftstick": "L3", "rightstick": "R3", "dpup": "D-PAD UP", "dpdown": "D-PAD DOWN",
             "dpleft": "D-PAD LEFT", "dpright": "D-PAD RIGHT"}


def control_name(bindings, action: str, device: str = "keyboard") -> str:
    """The first input bound to `action` on the device in use, in capitals, in the order the player put them (as the
    Controls page lists them); "" when nothing is bound."""
    inputs = bindings.inputs(action, device)
    if not inputs:
        return ""
    kind, code = inputs[0]
    if kind == "keyboard":
        return input_label(kind, key_name(code)) or f"KEY {code}"
    table = {"mouse": MOUSE_BUTTONS, "button": PAD_BUTTONS, "trigger": PAD_TRIGGERS}[kind]
    return input_label("mouse" if kind == "mouse" else "pad", _name_of(table, code))


def input_label(section: str, name: str) -> str:
    """An input of the bindings' `section` ("keyboard", "mouse" or "pad") as prompts show it: "LEFT SHIFT", "RIGHT
    MOUSE", "RT"."""
    if section == "pad":
        return PAD_NAMES.get(name, name.upper())
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


def controls_line(bindings, settings, device: str = "keyboard") -> str:
    """The controls in one line, as the bindings (and, for the sticks, the settings) have them on the device in use
    ("SPACE dash · ESCAPE pause")."""
    if device == "pad":
        moving = [f"{settings.pad_move_stick.upper()} STICK move", f"{settings.pad_aim_stick.upper()} STICK aim"]
    else:
        moving = [f"{_four_keys(bindings, 'move') or 'ARROWS'} move", "MOUSE aim"]
        if aim_keys := _four_keys(bindings, "aim"):
            moving.append(f"{aim_keys} aim and fire")
    actions = (("fire", "fire"), ("missile", "missiles"), ("knuckle", "knuckle"), ("dash", "dash"),
               ("vmax", "V-MAX"), ("pause", "pause"), ("restart", "restart (hold)"))
    named = [f"{control_name(bindings, action, device)} {what}" for action, what in actions
             if control_name(bindings, action, device)]
    return " · ".join(moving + named)


def _four_keys(bindings, prefix: str) -> str:
    """The first keys of `prefix`_up, _left, _down and _right run together ("WASD"), when each is one letter."""
    names = [control_name(bindings, f"{prefix}_{way}") for way in ("up", "left", "down", "right")]
    return "".join(names) if all(len(name) == 1 for name in names) else ""


def page_hint(bindings, device: str, hints: dict) -> str:
    """menu_hint for a page whose `hints` give its parts by device, the keyboard's standing in for a device it lacks."""
    return menu_hint(bindings, device, hints.get(device, hints["keyboard"]))


def menu_hint(bindings, device: str, parts) -> str:
    """A page's hint line ("W S choose   ·   ESCAPE back") from the bindings on the device in use. `parts`: (actions,
    what they do) in order. On a pad the menu directions read UP DOWN and LEFT RIGHT: the d-pad and the stick both
    move through menus. A part none of whose actions is bound is left out."""
    said = []
    for actions, what in parts:
        if device == "pad" and actions in PAD_DIRECTIONS:
            keys = PAD_DIRECTIONS[actions]
        else:
            names = [name for name in (control_name(bindings, action, device) for action in actions) if name]
            if not names:
                continue
            keys = " ".join(names)
        said.append(f"{keys} {what}")
    return "   ·   ".join(said)
