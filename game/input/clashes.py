"""Inputs two actions share in a level (a bindings file edited by hand): each left to one of them, and told.

The Controls page never makes such a clash (it moves the input); a hand edit can, and each broke play its own way:
`fire: [escape]` while Esc pauses (Esc paused, and never fired), `pause: [w]` while W moves (W paused), `fullscreen:
[f]` while F is the knuckle (both at once), `dash: [e]` while E locks missiles (both). The menus' actions share keys
with the game's by design (W moves in a level and chooses in a menu, never both at once), so only actions that act
in a level clash. Works on input names as bindings.input_names gives them: plain data, no pygame.
"""

SECTIONS = ("keyboard", "mouse", "pad")
ORDER = "order"  # bindings.ORDER: where each action's mouse buttons stand among its keys
# A mission is left only through Pause: it keeps its last key, and its last pad input, as bindings.NEEDED holds it to
# (a mouse button does not count). Otherwise the action the player gave the input to keeps it.
PAUSE = "pause"
NOTHING_LEFT = {"keyboard": "no key or mouse button", "mouse": "no key or mouse button", "pad": "no controller input"}


def in_a_level(action: str) -> bool:
    """The actions a level answers to: every one but the menus' own."""
    return not action.startswith("menu_")


def settle_clashes(names: dict, given: dict, files: tuple[str, str]) -> tuple[dict, list[str]]:
    """`names` (input_names' {section: {action: [input names]}, ORDER: ...}) with each input two actions in a level
    share left to one, and a line for each: the one the player's file gives it to (`given`: {section: [actions, in
    the file's order]}) before one it leaves out, the file's first before its later ones, and Pause before either
    where it is Pause's last on its device. `files`: (the player's, the game's), the line names the player's where
    it gives the input to either action."""
    settled = {section: {action: list(inputs) for action, inputs in names[section].items()}
               for section in (*SECTIONS, ORDER)}
    lines = []
    for section in SECTIONS:
        for name, owners in _shared(settled[section]).items():
            keeper = min(owners, key=lambda action: _rank(action, section, given.get(section, ()), settled))
            losers = [action for action in owners if action != keeper]
            for loser in losers:
                _take_away(settled, section, loser, name)
            file = files[0] if any(action in given.get(section, ()) for action in owners) else files[1]
            lines.append(_told(file, section, name, keeper, losers, settled))
    return settled, lines


def _shared(section: dict) -> dict[str, list[str]]:
    """{input name: the actions in a level it is given to}, for those given to two or more, in the actions' order."""
    owners: dict[str, list[str]] = {}
    for action, inputs in section.items():
        if in_a_level(action):
            for name in inputs:
                if action not in owners.setdefault(name, []):
                    owners[name].append(action)
    return {name: actions for name, actions in owners.items() if len(actions) > 1}


def _rank(action: str, section: str, given: list[str], settled: dict) -> tuple:
    """Lowest keeps the input: Pause where it is its last key or pad input, then the player's file's actions in its
    order, then the rest in the actions' order."""
    last = action == PAUSE and section != "mouse" and len(settled[section][action]) == 1
    place = given.index(action) if action in given else list(settled[section]).index(action)
    return not last, action not in given, place


def _take_away(settled: dict, section: str, action: str, name: str) -> None:
    """`name` out of the action's inputs in `section`, and its kind out of the action's order (keys and mouse buttons
    alike: the one standing where the name did)."""
    inputs = settled[section][action]
    index = inputs.index(name)
    while name in inputs:
        inputs.remove(name)
    if section == "pad":
        return
    order = settled[ORDER][action]
    at = [place for place, kind in enumerate(order) if kind == section]
    if index < len(at):
        del order[at[index]]


def _told(file: str, section: str, name: str, keeper: str, losers: list[str], settled: dict) -> str:
    """The line for one shared input: what it is given to, what it does in a level now, what each other one is left
    with, and where to mend it."""
    sharers = [keeper, *losers]
    both = f"{', '.join(sharers[:-1])} and {sharers[-1]}"
    left = "; ".join(map(lambda loser: _left(loser, section, settled), losers))
    return f"{file}: {section}: {name} is given to both {both}: in a level it does {keeper} alone now ({left}); " \
           "mend it in Options > Controls or in the file"


def _left(action: str, section: str, settled: dict) -> str:
    """What the action still has on the shared input's device, in a few words."""
    sections = ("pad",) if section == "pad" else ("keyboard", "mouse")
    inputs = [f"mouse {name}" if kind == "mouse" else name for kind in sections for name in settled[kind][action]]
    return f"{action} keeps {', '.join(inputs)}" if inputs else f"{action} is left with {NOTHING_LEFT[section]}"
