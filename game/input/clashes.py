"""Inputs two actions answered together share (a bindings file edited by hand): each left to one of them, and told.

The Controls page never makes such a clash (it moves the input); a hand edit can, and each broke play its own way:
`fire: [escape]` while Esc pauses (Esc paused, and never fired), `pause: [w]` while W moves (W paused), `fullscreen:
[f]` while F is the knuckle (both at once), `dash: [e]` while E locks missiles (both), `fullscreen: [return]` while
Return selects on a menu (both: the window filled as the menu chose). The menus' actions share keys with the game's by
design (W moves in a level and chooses in a menu, never both at once), so actions clash only where they are answered
together: in a level, on a menu, or while a replay is watched (PLACES: `restart: [j]` restarted and sought back there
at once). Works on input names as bindings.input_names gives them: plain data, no pygame.
"""

from game.content.errors import Problem

SECTIONS = ("keyboard", "mouse", "pad")
ORDER = "order"  # bindings.ORDER: where each action's mouse buttons stand among its keys
# What keys and pad buttons may never be left without: a mission is left only through Pause, and the menus are worked
# by these (the Controls page keeps Pause's last key and button; a file edited by hand is held to the same). A mouse
# button does not count: a click lands on a menu's entries, not on Pause. Each keeps its last key, and its last pad
# input, in a clash too; otherwise the action the player gave the input to keeps it.
NEEDED = ("pause", "menu_up", "menu_down", "menu_confirm", "menu_back")
NOTHING_LEFT = {"keyboard": "no key or mouse button", "mouse": "no key or mouse button", "pad": "no controller input"}
EVERY_SCENE = ("fullscreen",)  # answered whichever scene is up (the app acts on it), the menus too
INPUT = {"keyboard": "key", "mouse": "mouse button", "pad": "controller input"}
# The menus' actions one page alone answers (the rest, every page): two of other pages may share an input (the pad's Y
# empties a slot on the Controls page and watches a best run on the missions page), one of them and a menu's own may
# not
ONE_PAGE = {"menu_reset": "controls", "menu_clear": "controls", "menu_seek_back": "replay",
            "menu_seek_forward": "replay", "menu_watch": "missions", "menu_easy": "result"}


def in_a_level(action: str) -> bool:
    """The actions a level answers to: every one but the menus' own."""
    return not action.startswith("menu_")


def on_a_menu(action: str) -> bool:
    """The actions a menu answers to: its own, and those of every scene. Not Pause, which a menu answers only where
    that press neither moves nor chooses (scenes.menu.closes_page: a menus' key given to Pause on the Controls page is
    the menu's there), nor debug and restart, which a menu never answers."""
    return action.startswith("menu_") or action in EVERY_SCENE


# What the replay scene answers while a replay plays (scenes.replay.ReplayScene.handle), but those of every scene: its
# speed, seeking, the debug overlay and Restart held. Not Pause, which gives way there to a press that also works the
# replay's own controls (ReplayScene._steers), as on a menu; nor the level's actions, which a replay plays as recorded.
ON_A_REPLAY = ("menu_left", "menu_right", "menu_confirm", "menu_seek_back", "menu_seek_forward", "debug", "restart")


def watching_a_replay(action: str) -> bool:
    """The actions the replay scene answers to: its own, and those of every scene."""
    return action in ON_A_REPLAY or action in EVERY_SCENE


# (where, the actions answered there together, how to mend a clash there): the Controls page lists neither the menus'
# actions nor fullscreen, so only a file mends a clash on a menu. One while watching, the other places having settled
# the rest, is between a menu's action and debug or Restart: the file mends it (Controls only where Restart is moved).
PLACES = (("in a level", in_a_level, "mend it in Options > Controls or in the file"),
          ("on a menu", on_a_menu, "mend it in the file"),
          ("while watching a replay", watching_a_replay, "mend it in the file"))


def settle_clashes(names: dict, given: dict, files: tuple[str, str]) -> tuple[dict, list[Problem]]:
    """`names` (input_names' {section: {action: [input names]}, ORDER: ...}) with each input two actions answered
    together (in a level, on a menu, then while watching a replay) share left to one, and a problem for each: the one
    the player's file gives it to (`given`: {section: [actions, in the file's order]}) before one it leaves out, the
    file's first before its later ones, and a NEEDED action before either where it is that action's last on its device
    (two such keep it both: the menus are never left without a key or pad input). `files`: (the player's, the
    game's), the problem names the player's where it gives the input to either action."""
    settled = {section: {action: list(inputs) for action, inputs in names[section].items()}
               for section in (*SECTIONS, ORDER)}
    problems = []
    for place, answered, mend in PLACES:
        for section in SECTIONS:
            for name, owners in _shared(settled[section], answered).items():
                keeper = min(owners, key=lambda action: _rank(action, section, given.get(section, ()), settled))
                doers = [keeper, *(action for action in owners if action != keeper
                                   and _needs_it(action, section, settled))]
                losers = [action for action in owners if action not in doers]
                for loser in losers:
                    _take_away(settled, section, loser, name)
                file = files[0] if any(action in given.get(section, ()) for action in owners) else files[1]
                problems.append(_told(file, section, name, (doers, losers), (place, mend), settled))
    return settled, problems


def _shared(section: dict, answered) -> dict[str, list[str]]:
    """{input name: the actions `answered` together it is given to}, for those given to two or more, in the actions'
    order."""
    owners: dict[str, list[str]] = {}
    for action, inputs in section.items():
        if answered(action):
            for name in inputs:
                if action not in owners.setdefault(name, []):
                    owners[name].append(action)
    return {name: actions for name, actions in owners.items() if _together(actions)}


def _together(actions: list[str]) -> bool:
    """Whether two of `actions` are answered on one page: any every page answers, or two of one page."""
    pages = [ONE_PAGE.get(action, "every") for action in actions]
    return len(actions) > 1 and ("every" in pages or len(set(pages)) < len(pages))


def _rank(action: str, section: str, given: list[str], settled: dict) -> tuple:
    """Lowest keeps the input: a NEEDED action where it is its last key or pad input, then the player's file's actions
    in its order, then the rest in the actions' order."""
    place = given.index(action) if action in given else list(settled[section]).index(action)
    return not _needs_it(action, section, settled), action not in given, place


def _needs_it(action: str, section: str, settled: dict) -> bool:
    """Whether the input is a NEEDED action's last key or pad input (a mouse button does not count)."""
    return action in NEEDED and section != "mouse" and len(settled[section][action]) == 1


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


def _told(file: str, section: str, name: str, sharers: tuple[list[str], list[str]], where: tuple[str, str],
          settled: dict) -> Problem:
    """The problem of one shared input: what it is given to, what it does now (`sharers`: those, the others), what
    each other one is left with, and how to mend it (`where`: the place they are answered together, how)."""
    doers, losers = sharers
    place, mend = where
    both = _and([*doers, *losers])
    does = f"it does {doers[0]} alone now" if len(doers) == 1 else \
        f"it still does {_and(doers)}: it is the last {INPUT[section]} of each"
    left = [_left(loser, section, settled) for loser in losers]
    return Problem(file, section, f"each {INPUT[section]} to do one thing {place}", f"{name} given to both {both}",
                   "; ".join([does, *left, mend]))


def _and(actions: list[str]) -> str:
    """"a and b", "a, b and c"."""
    return f"{', '.join(actions[:-1])} and {actions[-1]}"


def _left(action: str, section: str, settled: dict) -> str:
    """What the action still has on the shared input's device, in a few words."""
    sections = ("pad",) if section == "pad" else ("keyboard", "mouse")
    inputs = [f"mouse {name}" if kind == "mouse" else name for kind in sections for name in settled[kind][action]]
    return f"{action} keeps {', '.join(inputs)}" if inputs else f"{action} is left with {NOTHING_LEFT[section]}"
