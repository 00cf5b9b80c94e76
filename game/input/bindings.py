"""Player bindings: the built-in defaults, the shipped bindings YAML and the player's own file over it (what the
Controls page writes), loaded and validated into a frozen Bindings; and the inputs' names, to show and to save."""

import difflib
import functools
import json
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

import pygame
import yaml

from game.content.errors import ContentError, Problem, one_line, quote
from game.content.schema import describe, too_long_to_print
from game.content.yamlio import dump_as_read, load_yaml, load_yaml_keeping
from game.files import aside_path, config_dir, is_file, known_missing, link_end, write_atomically
from game.input.clashes import NEEDED, settle_clashes

DEFAULT_BINDINGS_PATH = Path(__file__).resolve().parents[2] / "assets" / "data" / "bindings.yaml"
PLAYER_FILE_NAME = "bindings.yaml"  # in the player's config folder, beside settings.yaml

# Every section may bind any action. move_*, aim_*, fire, missile and restart are held; the rest count on the press
# only, but for menu_seek_back and menu_seek_forward, whose hold a replay tells from their tap too.
ACTIONS = (
    "move_up", "move_down", "move_left", "move_right", "aim_up", "aim_down", "aim_left", "aim_right", "fire", "missile",
    "dash", "knuckle", "vmax", "pause", "restart", "debug", "fullscreen",
    "menu_up", "menu_down", "menu_left", "menu_right", "menu_confirm", "menu_back", "menu_reset", "menu_clear",
    "menu_seek_back", "menu_seek_forward", "menu_watch", "menu_easy",
)
SECTIONS = ("keyboard", "mouse", "pad")
# The file keeps keys and mouse buttons in sections of their own; this one says, for an action that has both, which
# kind stands where in its list ("dash: [mouse, keyboard]": its mouse button, then its key), as the Controls page
# and prompts list them. A pad's buttons and triggers share one list, which keeps their order itself.
ORDER = "order"
KINDS = {"keyboard": ("keyboard", "mouse"), "pad": ("button", "trigger")}  # the kinds of input on each device
# Actions added since players began keeping bindings files: one a file leaves out does not take an input the file gives
# another action in a level (a player's Dash on R stays Dash's alone, and R held does not restart the mission).
ADDED = ("restart",)
# How the pad reads is the player's to tune in Options (settings.yaml); a bindings file from before says where it went.
MOVED_TO_OPTIONS = MappingProxyType({"move_stick": "Move stick (pad_move_stick)",
                                     "dead_zone": "Stick dead zone (pad_dead_zone)",
                                     "trigger_threshold": "Trigger pull (pad_trigger_pull)"})
MOVED = frozenset(f"pad.{key}" for key in MOVED_TO_OPTIONS)  # where such a setting is found: named, then ignored
# NEEDED (game.input.clashes): the actions that keep at least one key and one pad input.
KEPT = frozenset(f"{section}.{action}" for section in ("keyboard", "pad") for action in NEEDED)  # where [] is refused

# pygame numbers X1/X2 as 6 and 7 because 4 and 5 are the legacy wheel "buttons".
MOUSE_BUTTONS = MappingProxyType({
    "left": pygame.BUTTON_LEFT, "middle": pygame.BUTTON_MIDDLE, "right": pygame.BUTTON_RIGHT,
    "x1": pygame.BUTTON_X1, "x2": pygame.BUTTON_X2,
})
# SDL GameController names, the ones SDL itself uses in controller mappings.
PAD_BUTTONS = MappingProxyType({
    "a": pygame.CONTROLLER_BUTTON_A, "b": pygame.CONTROLLER_BUTTON_B,
    "x": pygame.CONTROLLER_BUTTON_X, "y": pygame.CONTROLLER_BUTTON_Y,
    "back": pygame.CONTROLLER_BUTTON_BACK, "guide": pygame.CONTROLLER_BUTTON_GUIDE,
    "start": pygame.CONTROLLER_BUTTON_START,
    "leftstick": pygame.CONTROLLER_BUTTON_LEFTSTICK, "rightstick": pygame.CONTROLLER_BUTTON_RIGHTSTICK,
    "leftshoulder": pygame.CONTROLLER_BUTTON_LEFTSHOULDER, "rightshoulder": pygame.CONTROLLER_BUTTON_RIGHTSHOULDER,
    "dpup": pygame.CONTROLLER_BUTTON_DPAD_UP, "dpdown": pygame.CONTROLLER_BUTTON_DPAD_DOWN,
    "dpleft": pygame.CONTROLLER_BUTTON_DPAD_LEFT, "dpright": pygame.CONTROLLER_BUTTON_DPAD_RIGHT,
})
# Keys known by a name of the game's own: their SDL name depends on the video system and may not read back. The Menu
# key of PC keyboards (SDL's Application key, for which pygame has neither a name nor a constant) is "Application"
# to most, but "Menu" under X11, which reads back as another key (pygame's "menu"), and X11 may not read "application".
OWN_KEY_NAMES = MappingProxyType({"application": (1 << 30) | 101})  # SDLK_APPLICATION: its scancode as a key code
# Triggers are axes, but they act like buttons once pulled past the pull set in Options.
PAD_TRIGGERS = MappingProxyType({
    "lefttrigger": pygame.CONTROLLER_AXIS_TRIGGERLEFT, "righttrigger": pygame.CONTROLLER_AXIS_TRIGGERRIGHT,
})
PAD_STICK_AXES = MappingProxyType({
    "leftx": pygame.CONTROLLER_AXIS_LEFTX, "lefty": pygame.CONTROLLER_AXIS_LEFTY,
    "rightx": pygame.CONTROLLER_AXIS_RIGHTX, "righty": pygame.CONTROLLER_AXIS_RIGHTY,
})

# The built-in controls; assets/data/bindings.yaml ships the same (a test keeps them equal).
# Actions not listed in a section are unbound there.
DEFAULTS: Mapping[str, Mapping[str, object]] = MappingProxyType({
    "keyboard": {
        "move_up": ["w", "up"], "move_down": ["s", "down"],
        "move_left": ["a", "left"], "move_right": ["d", "right"],
        "aim_up": ["i"], "aim_down": ["k"], "aim_left": ["j"], "aim_right": ["l"],
        "dash": ["space", "left shift"], "missile": ["e"], "knuckle": ["f"], "vmax": ["q"],
        "pause": ["escape", "p"], "restart": ["r"], "debug": ["f3"], "fullscreen": ["f11"],
        "menu_up": ["w", "up"], "menu_down": ["s", "down"], "menu_left": ["a", "left"], "menu_right": ["d", "right"],
        "menu_confirm": ["return", "enter", "space"], "menu_back": ["escape", "backspace"], "menu_reset": ["delete"],
        "menu_clear": [],  # Backspace is back: a keyboard slot is emptied once it waits (Return, then Backspace)
        "menu_seek_back": ["j", "page up"], "menu_seek_forward": ["l", "page down"], "menu_watch": ["r"],
        "menu_easy": ["e"],
    },
    "mouse": {"fire": ["left"], "missile": ["right"], "vmax": ["middle"]},
    "pad": {
        "move_up": ["dpup"], "move_down": ["dpdown"], "move_left": ["dpleft"], "move_right": ["dpright"],
        "fire": ["righttrigger"], "missile": ["lefttrigger"], "dash": ["a", "leftshoulder"],
        "knuckle": ["x", "rightshoulder"], "vmax": ["y"], "pause": ["start"], "restart": ["back"],
        "menu_up": ["dpup"], "menu_down": ["dpdown"], "menu_left": ["dpleft"], "menu_right": ["dpright"],
        "menu_confirm": ["a"], "menu_back": ["b", "back"], "menu_reset": ["y"], "menu_clear": ["x"],
        "menu_seek_back": ["leftshoulder"], "menu_seek_forward": ["rightshoulder"], "menu_watch": ["y"],
        "menu_easy": ["y"],
    },
})

# With no order given, an action's keys come before its mouse buttons, but for an action whose built-in default is a
# mouse button alone (the rifle fires from the left button): its mouse buttons come first.
_MOUSE_FIRST = frozenset(action for action in ACTIONS if DEFAULTS["mouse"].get(action)
                         and not DEFAULTS["keyboard"].get(action))


def _order_by_kind(action: str, keys: int, buttons: int) -> tuple[str, ...]:
    """The kinds of an action's `keys` keys and `buttons` mouse buttons in their order when no order is given."""
    kinds = ["keyboard"] * keys, ["mouse"] * buttons
    return tuple((kinds[1] + kinds[0]) if action in _MOUSE_FIRST else (kinds[0] + kinds[1]))


@dataclass(frozen=True)
class Bindings:
    """Resolved controls: for each action, the device codes that trigger it (every action has an entry)."""

    keyboard: Mapping[str, tuple[int, ...]]  # action -> pygame key codes
    mouse: Mapping[str, tuple[int, ...]]  # action -> pygame mouse button numbers
    pad_buttons: Mapping[str, tuple[int, ...]]  # action -> SDL GameController buttons
    pad_triggers: Mapping[str, tuple[int, ...]]  # action -> trigger axes, held past the pull set in Options
    # device ("keyboard", "pad") -> action -> the kinds of its inputs (KINDS) in the order the player put them: the
    # Controls page lists them so, and prompts name the first
    order: Mapping[str, Mapping[str, tuple[str, ...]]]

    def inputs(self, action: str, device: str) -> list[tuple[str, int]]:
        """The action's inputs on the device ("keyboard": its keys and mouse buttons; "pad") in their order, as (kind,
        code): ("keyboard", key), ("mouse", button), ("button", pad button) or ("trigger", axis)."""
        tables = (self.pad_buttons, self.pad_triggers) if device == "pad" else (self.keyboard, self.mouse)
        left = {kind: iter(table.get(action, ())) for kind, table in zip(KINDS[device], tables)}
        return [(kind, next(left[kind])) for kind in self.order[device].get(action, ())]


def load_bindings(path: Path) -> Bindings:
    """Read and validate a bindings file; actions it leaves out keep their defaults. Raises ContentError."""
    return parse_bindings(load_yaml(path), str(path))


def load_bindings_or_default(path: Path) -> tuple[Bindings, list[str]]:
    """Like load_bindings, but never refused: each broken entry keeps its default (a typo in one action loses
    none of the others' rebinding), and a file that cannot be read at all gives the built-in controls. Returns
    the controls and the lines to show, each saying what stands in."""
    try:
        data = load_yaml(path)
    except ContentError as error:
        return default_bindings(), [f"{problem} (using the default bindings)" for problem in error.problems]
    if not isinstance(data, dict):
        problem = Problem(str(path), "", "a mapping with the sections " + ", ".join(SECTIONS), _describe(data))
        return default_bindings(), [f"{problem} (using the default bindings)"]
    bindings, problems = _read_bindings(data, str(path))
    # A setting moved to Options is ignored here: Options' value stands, not a default.
    return bindings, [str(problem) if problem.where in MOVED else f"{problem} (its default stands in)"
                      for problem in problems]


def player_bindings_path() -> Path:
    """The player's own bindings (the Controls page's), in the player's config folder (see game.files.config_dir)."""
    return config_dir() / PLAYER_FILE_NAME


def load_player_bindings(shipped_path: Path, player_path: Path) -> tuple[Bindings, list[str]]:
    """The shipped bindings with the player's file over them, action by action: what the player's file leaves out, or
    gets wrong, is the shipped file's. Never refused; returns the controls and the lines to show."""
    shipped, lines = load_bindings_or_default(shipped_path)
    bindings, player_lines, given = _over(shipped, player_path)
    return _settled(bindings, given, (str(player_path), str(shipped_path)), lines + player_lines)


def player_file_problems(path: Path) -> list[str]:
    """What is wrong with a player's bindings file at `path`, read as the game reads it over its own, a line each (the
    game's own file's left out): the Controls page's, and `check`'s for a bindings file it is given."""
    return [line for line in load_player_bindings(DEFAULT_BINDINGS_PATH, path)[1] if line.startswith(str(path))]


def settled_bindings(names: Mapping[str, Mapping[str, list[str]]], shipped: Bindings) -> Bindings:
    """The Bindings of `names` as a start reads them from the file save_player_bindings writes of them over `shipped`
    (the actions they change given first), each input two actions answered together share left to one: the Controls
    page's in use, whether the file could be written or not."""
    base = input_names(shipped)
    given = {section: [action for action in ACTIONS if list(names[section][action]) != list(base[section][action])]
             for section in SECTIONS}
    return _settled(bindings_from_names(names), given, ("", ""), [])[0]


def _settled(bindings: Bindings, given: dict, files: tuple[str, str], lines: list[str]) -> tuple[Bindings, list[str]]:
    """`bindings` with each input two actions answered together share left to one (game.input.clashes), and `lines`
    with a line for each such input."""
    names, clashes = settle_clashes(input_names(bindings), given, files)
    if not clashes:
        return bindings, lines
    told = lines + list(map(str, clashes))
    try:
        return bindings_from_names(names), told
    except ContentError:  # a key SDL names in no way that reads back: as read, said all the same
        return bindings, told


def shipped_clashes(path: Path) -> list[Problem]:
    """The inputs two actions answered together share in the game's own bindings file, as the game settles them and
    the title tells them (`check` lists them: a packager's edit is as much a mistake as a player's)."""
    names = input_names(load_bindings_or_default(path)[0])
    return settle_clashes(names, {}, (str(path), str(path)))[1]


def _over(shipped: Bindings, player_path: Path) -> tuple[Bindings, list[str], dict[str, list[str]]]:
    """The player's file over `shipped`, a line for each of its problems (none when it is missing or empty), and the
    actions it gives inputs to, by section in its order."""
    if known_missing(player_path):
        if player_path.is_symlink():  # a link to no file: the player meant a file there
            problem = Problem(str(player_path), "", "a bindings file, or a link to one", link_end(player_path))
            return shipped, [f"{problem} (using the game's bindings)"], {}
        return shipped, [], {}
    try:
        # An action given twice costs that action alone: the player's other lines stand.
        data, twice = load_yaml_keeping(player_path, instead="the game's binding stands in")
    except ContentError as error:
        return shipped, [f"{problem} (using the game's bindings)" for problem in error.problems], {}
    if data is None:  # empty: nothing rebound
        return shipped, list(map(str, twice)), {}
    if not isinstance(data, dict):
        problem = Problem(str(player_path), "", "a mapping with the sections " + ", ".join(SECTIONS), _describe(data))
        return shipped, [f"{problem} (using the game's bindings)"], {}
    bindings, problems = _read_bindings(data, str(player_path), input_names(shipped), skipped={})
    given = {section: [action for action in data[section] if action in ACTIONS]
             for section in SECTIONS if isinstance(data.get(section), dict)}
    lines = [str(problem) if isinstance(problem, Ignored) else f"{problem} (the game's binding stands in)"
             for problem in problems]
    return bindings, list(map(str, twice)) + lines, given


def save_player_bindings(names: Mapping[str, Mapping[str, list[str]]], shipped: Bindings, path: Path) -> str | None:
    """Write the player's file: each action whose inputs differ from the shipped bindings', by section, and the
    sections and actions of the file there that this game does not know (a newer game's), as they were. Atomic; a
    file there with any other mistake is copied aside first (bindings.unreadable.yaml), as settings.yaml's is. Returns
    None when saved, or one line to show (why not, or where the old file was kept); never raises for a disk error."""
    base = input_names(shipped)
    unknown, lost, (given, ignored, as_read) = _unknown_entries(shipped, path) if is_file(path) else ({}, False, _NONE)
    lines = ["# Blue Comet: your controls, as Options > Controls set them. Each action here replaces the game's own",
             "# (assets/data/bindings.yaml); [] leaves it unbound, but for Pause and the menus' up, down, confirm and",
             "# back, which keep the game's. Delete this file to go back to the game's controls.",
             ""]
    kept_lines = {}  # section (None: the file's top level) → the lines of its entries this game does not know
    # An entry with names this game does not know, left as read (the list, or the order): written as it was.
    as_written = {f"{section}.{action}" for section in (*SECTIONS, ORDER) for action in ACTIONS
                  if as_read and names[section][action] == as_read[section][action]}
    try:
        kept_lines = {section: _indented(dump_as_read(entries), "  " if section else "")
                      for section, entries in unknown.items()}
        ignored_lines = {place: _entry(place.split(".")[1], _with_ignored(names, place, given, places,
                                                                          place in as_written))
                         for place, places in ignored.items()}
    except ValueError:  # a newer game's entry that will not write back: the whole file is kept aside instead
        lost, ignored_lines = True, {}
    for section in SECTIONS:
        changed = [action for action in ACTIONS if list(names[section][action]) != list(base[section][action])
                   or f"{section}.{action}" in ignored_lines]
        if changed or section in kept_lines:
            lines.append(f"{section}:")
            lines += [line for action in changed for line in ignored_lines.get(
                f"{section}.{action}", [f"  {action}: [{', '.join(map(_yaml_name, names[section][action]))}]"])]
            lines += kept_lines.get(section, [])
    # An order only where the file would read back another without it: keys and mouse buttons the player mixed; or
    # as it was, for an action left as read whose keys or buttons have names this game does not know.
    orders = _orders(names)
    as_was = [action for action in ACTIONS if action in given.get(ORDER, {}) and (
        f"keyboard.{action}" in ignored_lines or f"mouse.{action}" in ignored_lines)
        and {f"{section}.{action}" for section in ("keyboard", "mouse", ORDER)} <= as_written]
    ordered = [action for action in orders if action not in as_was and tuple(orders[action]) != _fallback_order(
        action, len(names["keyboard"][action]), len(names["mouse"][action]), base)]
    if ordered or as_was or ORDER in kept_lines:
        lines.append(f"{ORDER}:  # where each action's mouse buttons stand among its keys")
        lines += [f"  {action}: [{', '.join(orders[action])}]" for action in ordered]
        lines += [line for action in as_was for line in _entry(action, given[ORDER][action])]
        lines += kept_lines.get(ORDER, [])
    if None in kept_lines:
        lines += ["# Not known to this version of the game (a newer one's?): kept as they were.", *kept_lines[None]]
    kept = None
    try:
        if lost:
            kept = aside_path(path)
            write_atomically(kept, path.read_bytes())
        write_atomically(path, ("\n".join(lines) + "\n").encode("utf-8"))
    except OSError as error:
        reason = error.strerror or str(error) or type(error).__name__
        return f"{path}: could not save the controls: {reason} (they apply until the game closes)"
    return None if kept is None else f"{path} had mistakes: your file as it was is kept as {kept.name}"


_NONE = ({}, {}, {})  # _unknown_entries' last for no file: nothing given, nothing Ignored, nothing read


def _unknown_entries(shipped: Bindings, path: Path) -> tuple[dict, bool, tuple[dict, dict, dict]]:
    """The sections, and actions in sections, of the player's file that this game does not know (a newer game's), to
    write back as they were: {section, or None for the file's top level: {key: value}}; whether saving over the
    file loses anything even so (a mistake's line, an action given twice, a setting moved to Options); and the
    input names in it that this game does not know: the file's known sections as given, the places of those names
    by "section.action" (see _read_bindings), and the file's controls as input_names() gives them."""
    try:
        data, twice = load_yaml_keeping(path, instead="the game's binding stands in")
    except ContentError:
        return {}, True, _NONE
    if data is None or not isinstance(data, dict):
        return {}, data is not None, _NONE
    unknown = {None: {key: value for key, value in data.items() if key not in SECTIONS and key != ORDER}}
    known = {key: value for key, value in data.items() if key not in unknown[None]}
    for section, entries in known.items():
        if isinstance(entries, dict):
            unknown[section] = {key: value for key, value in entries.items()
                                if key not in ACTIONS and not (section == "pad" and key in MOVED_TO_OPTIONS)}
            known[section] = {key: value for key, value in entries.items() if key not in unknown[section]}
    unknown = {section: entries for section, entries in unknown.items() if entries}
    ignored: dict[str, list[int]] = {}
    bindings, problems = _read_bindings(known, str(path), input_names(shipped), skipped=ignored)
    lost = bool(twice) or any(not isinstance(problem, Ignored) for problem in problems)
    return unknown, lost, (known, ignored, input_names(bindings))


def _with_ignored(names: Mapping[str, Mapping[str, list[str]]], place: str, given: dict, places: list[int],
                  as_read: bool) -> object:
    """What to write for an action whose list in the file holds names this game does not know (at `places`): the
    list as the file gave it, while the action is `as_read`; else the page's names with those put back at their
    places, so the version that knows them still finds them."""
    section, action = place.split(".")
    written = given[section][action]
    if as_read:
        return written
    items = list(names[section][action])
    for index in places:
        items.insert(min(index, len(items)), (written if isinstance(written, list) else [written])[index])
    return items


def _entry(action: str, value: object) -> list[str]:
    """The lines of an action's entry under its section: a list of names on one line, as the page writes them; any
    other value as block YAML that reads back as it is (ValueError when it cannot be written so)."""
    if isinstance(value, list) and all(isinstance(name, str) for name in value):
        return [f"  {action}: [{', '.join(map(_yaml_name, value))}]"]
    return _indented(dump_as_read({action: value}), "  ")


def _indented(text: str, indent: str) -> list[str]:
    """The lines of `text`, each indented by `indent`: a block of YAML put under a section."""
    return [indent + line for line in text.splitlines()]


def _yaml_name(name: str) -> str:
    """An input name written so YAML reads it back as that name: plain when letters and digits (and spaces) only, else
    a double-quoted string (JSON's escaping is YAML's; "ü" kept as it is, readable); a digit quoted, or YAML reads a
    number."""
    plain = name.replace(" ", "").isalnum() and name.isascii() and not name.isdigit()
    # A name this game does not know, written back, may be a word YAML reads otherwise ("yes", "null", "0x1f").
    return name if plain and yaml.safe_load(f"[{name}]") == [name] else json.dumps(name, ensure_ascii=False)


def input_names(bindings: Bindings) -> dict[str, dict[str, list[str]]]:
    """{section: {action: [input names]}}: the names the bindings YAML uses for what `bindings` binds (keys as pygame
    names them, mouse buttons and pad inputs by their table's name; a pad's in their order), and under ORDER each
    action's kinds of key and mouse button in their order."""
    return {
        "keyboard": {action: [key_name(code) for code in bindings.keyboard[action]] for action in ACTIONS},
        "mouse": {action: [_name_in(MOUSE_BUTTONS, code) for code in bindings.mouse[action]] for action in ACTIONS},
        "pad": {action: [_name_in(PAD_BUTTONS if kind == "button" else PAD_TRIGGERS, code)
                         for kind, code in bindings.inputs(action, "pad")] for action in ACTIONS},
        ORDER: {action: list(bindings.order["keyboard"][action]) for action in ACTIONS},
    }


def bindings_from_names(names: Mapping[str, Mapping[str, list[str]]]) -> Bindings:
    """The Bindings for names as input_names() gives them (every name valid). Raises ContentError otherwise."""
    return parse_bindings({**{section: dict(names[section]) for section in SECTIONS}, ORDER: _orders(names)},
                          "<controls>")


def _orders(names: Mapping[str, Mapping[str, list[str]]]) -> dict[str, list[str]]:
    """The orders of names[ORDER] that fit their action's keys and mouse buttons: one left from before those were
    changed (by a caller of input_names) says nothing about them, and the order taken when none is given stands in."""
    return {action: list(order) for action, order in names.get(ORDER, {}).items()
            if _fits(order, len(names["keyboard"][action]), len(names["mouse"][action]))}


def key_name(code: int) -> str:
    """A key's name as the bindings YAML writes it, one the bindings read back: pygame's ("left shift", "[1]"), the
    game's own (OWN_KEY_NAMES: "application", the Menu key), else SDL's for a key pygame has no name for ("F16",
    "Mute"); "" for a key none names so (SDL's name read back as another key), which cannot be bound."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        name = pygame.key.name(code) or next((own for own, value in OWN_KEY_NAMES.items() if value == code), "")
        if name:
            return name
        try:
            name = pygame.key.name(code, use_compat=False)  # SDL asks its video system for these
            return name if name and pygame.key.key_code(name) == code else ""
        except (pygame.error, ValueError):
            return ""


def _name_in(table: Mapping[str, int], code: int) -> str:
    return next(name for name, value in table.items() if value == code)


@functools.cache
def default_bindings() -> Bindings:
    """The built-in controls (the same as the shipped bindings.yaml)."""
    return parse_bindings({}, "<built-in bindings>")


def parse_bindings(data: object, file: str) -> Bindings:
    """Validate already-parsed YAML data; every problem found is reported at once."""
    if not isinstance(data, dict):
        raise ContentError([Problem(file, "", "a mapping with the sections " + ", ".join(SECTIONS), _describe(data))])
    bindings, problems = _read_bindings(data, file)
    if problems:
        raise ContentError(problems)
    return bindings


def _read_bindings(data: dict, file: str, base: Mapping[str, Mapping[str, list]] = DEFAULTS,
                   skipped: dict[str, list[int]] | None = None) -> tuple[Bindings, list[Problem]]:
    """The controls the data gives over `base` (input names by section and action; the built-in defaults unless
    given), each broken entry at its base, and every problem found. Given `skipped` (the player's file), the names
    this game does not know are Ignored, and their places in their lists kept there by "section.action"."""
    problems: list[Problem] = []
    for name in data:
        if name not in SECTIONS and name != ORDER:
            problems.append(Problem(file, str(name), "one of the sections " + ", ".join((*SECTIONS, ORDER)),
                                    f"an unknown section {_describe(name)}",
                                    _did_you_mean(name, (*SECTIONS, ORDER))))

    keyboard = _section(data, "keyboard", file, problems, base)
    mouse = _section(data, "mouse", file, problems, base)
    pad = _section(data, "pad", file, problems, base)
    for name, merged in (("keyboard", keyboard), ("mouse", mouse), ("pad", pad)):
        _give_way(data.get(name), merged)
    _section(data, ORDER, file, problems, base)  # its unknown actions told; its entries are read with the inputs
    given_orders = data[ORDER] if isinstance(data.get(ORDER), dict) else {}

    keys, buttons, pad_buttons, pad_triggers, key_orders, pad_orders = {}, {}, {}, {}, {}, {}
    for action in ACTIONS:
        unknown = {section: [] if skipped is not None else None for section in SECTIONS}
        keys[action] = _resolve_list(keyboard[action], f"keyboard.{action}", "key name", _key_code, file, problems,
                                     base["keyboard"].get(action, []), unknown["keyboard"])
        buttons[action] = _resolve_list(mouse[action], f"mouse.{action}", "mouse button name", _mouse_button,
                                        file, problems, base["mouse"].get(action, []), unknown["mouse"])
        pad_inputs = _resolve_list(pad[action], f"pad.{action}", "pad button or trigger name", _pad_input,
                                   file, problems, base["pad"].get(action, []), unknown["pad"])
        if skipped is not None:
            skipped.update({f"{section}.{action}": places for section, places in unknown.items() if places})
        if action in NEEDED:
            keys[action] = _kept(keys[action], f"keyboard.{action}", "key", _key_code, file, problems,
                                 base["keyboard"].get(action, []))
            pad_inputs = _kept(pad_inputs, f"pad.{action}", "button or trigger", _pad_input, file, problems,
                               base["pad"].get(action, []))
        pad_buttons[action] = tuple(code for kind, code in pad_inputs if kind == "button")
        pad_triggers[action] = tuple(code for kind, code in pad_inputs if kind == "trigger")
        pad_orders[action] = tuple(kind for kind, _ in pad_inputs)
        key_orders[action] = _key_order(action, given_orders, keyboard[action], mouse[action], unknown,
                                        len(keys[action]), len(buttons[action]), base, file, problems)

    return Bindings(
        keyboard=MappingProxyType(keys), mouse=MappingProxyType(buttons),
        pad_buttons=MappingProxyType(pad_buttons), pad_triggers=MappingProxyType(pad_triggers),
        order=MappingProxyType({"keyboard": MappingProxyType(key_orders), "pad": MappingProxyType(pad_orders)}),
    ), problems


def _key_order(action: str, given_orders: dict, keyboard: list, mouse: list, unknown: dict, keys: int, buttons: int,
               base, file: str, problems: list[Problem]) -> tuple[str, ...]:
    """Where `action`'s mouse buttons stand among its keys (`keys` and `buttons` of them read): the file's `order`
    entry if it fits them, else the one it gives for the names this game knows (`unknown`: the places of those it
    does not, by section), else the fallback; an entry that fits neither is a problem."""
    fallback = _fallback_order(action, keys, buttons, base)
    if action not in given_orders:
        return fallback
    given = given_orders[action]
    known = _known_kinds(given, keyboard, mouse, unknown["keyboard"], unknown["mouse"])
    if _fits(given, keys, buttons):
        return tuple(kind.lower() for kind in given)
    if known is not None:  # it counts names this game does not know: theirs are left out
        # else none of the keys or of the buttons was known: the fallback's
        return known if _fits(known, keys, buttons) else fallback
    found = f"[{', '.join(given)}]" if isinstance(given, list) and all(
        isinstance(kind, str) for kind in given) else _describe(given)
    problems.append(Problem(file, f"{ORDER}.{action}", _order_wanted(keys, buttons), found,
                            "it says where the mouse buttons stand among the keys"))
    return fallback


def _give_way(given: object, merged: dict) -> None:
    """The ADDED actions that a file's section (`given`) leaves out give up, in `merged`, the inputs it gives another
    action in a level (the menus share theirs on purpose)."""
    if not isinstance(given, dict):
        return
    taken = {str(name).lower() for action, names in given.items()
             if action in ACTIONS and not action.startswith("menu_")
             for name in (names if isinstance(names, list) else [names])}
    for action in ADDED:
        if action not in given and isinstance(merged[action], list):
            merged[action] = [name for name in merged[action] if str(name).lower() not in taken]


def _fits(order: object, keys: int, buttons: int) -> bool:
    """`order` is a list of kinds ("keyboard", "mouse") with as many of each as the action has keys and buttons."""
    if not isinstance(order, (list, tuple)) or not all(isinstance(kind, str) for kind in order):
        return False
    kinds = [kind.lower() for kind in order]
    return kinds.count("keyboard") == keys and kinds.count("mouse") == buttons and len(kinds) == keys + buttons


def _known_kinds(order: object, keys: object, buttons: object, unknown_keys: list[int] | None,
                 unknown_buttons: list[int] | None) -> tuple[str, ...] | None:
    """An order that fits an action's `keys` and `buttons` as the file lists them, without the entries of the names
    at `unknown_keys` and `unknown_buttons` (Ignored ones); None when it does not fit them, or none was Ignored."""
    counts = [len(names) if isinstance(names, list) else 1 for names in (keys, buttons)]
    if not (unknown_keys or unknown_buttons) or not _fits(order, *counts):
        return None
    kinds, seen = [], {"keyboard": 0, "mouse": 0}
    for kind in map(str.lower, order):
        if seen[kind] not in (unknown_keys if kind == "keyboard" else unknown_buttons):
            kinds.append(kind)
        seen[kind] += 1
    return tuple(kinds)


def _order_wanted(keys: int, buttons: int) -> str:
    """What an order entry must hold for an action of `keys` keys and `buttons` mouse buttons, in a message."""
    counted = [f"{count} {kind}" for count, kind in ((keys, "keyboard"), (buttons, "mouse")) if count]
    return f"a list of {' and '.join(counted) or 'no'} entries, one for each of the action's keys and mouse buttons"


def _fallback_order(action: str, keys: int, buttons: int, base: Mapping[str, Mapping[str, list]]) -> tuple[str, ...]:
    """The order of an action's keys and mouse buttons when its file gives none: its base's (the shipped file's, under
    the player's) while that still fits them, else _order_by_kind."""
    base_order = base.get(ORDER, {}).get(action)
    return tuple(base_order) if _fits(base_order, keys, buttons) else _order_by_kind(action, keys, buttons)


def _section(data: dict, name: str, file: str, problems: list[Problem],
             base: Mapping[str, Mapping[str, list]]) -> dict:
    """The section's entries laid over its base (actions the base leaves out unbound); unknown entries are reported."""
    merged = {action: [] for action in ACTIONS} | dict(base.get(name, {}))
    given = data.get(name)
    if given is None:  # section missing, or left empty under its heading: keep the defaults
        return merged
    if not isinstance(given, dict):
        wanted = "a mapping of action: [keyboard, mouse]" if name == ORDER else "a mapping of action: [inputs]"
        problems.append(Problem(file, name, wanted, _describe(given)))
        return merged
    for key, value in given.items():
        if key in ACTIONS:
            merged[key] = value
        elif name == "pad" and key in MOVED_TO_OPTIONS:
            problems.append(Problem(file, f"pad.{key}", "pad actions only", f"the setting {_describe(key)}",
                                    f"ignored: it is set in Options now, {MOVED_TO_OPTIONS[key]} in settings.yaml"))
        else:
            problems.append(Problem(file, f"{name}.{one_line(key, 60)}", "one of " + ", ".join(ACTIONS),
                                    f"an unknown action {_describe(key)}", _did_you_mean(key, ACTIONS)))
    return merged


class _Unknown(Exception):
    """An input name that does not resolve; carries the hint for the player, and whether the name is one this game
    knows is wrong there (a stick's axis), not a name it does not know (a newer game's, or a slip)."""

    def __init__(self, hint: str = "", known: bool = False) -> None:
        super().__init__(hint)
        self.hint = hint
        self.known = known


class Ignored(Problem):
    """An input name in the player's file that this game does not know (a newer game's, or a slip): ignored, the
    action's other inputs stand, and a save from the Controls page writes it back as it was (as settings.yaml keeps
    a newer game's keys), so it is not a mistake saving loses."""


def _resolve_list(value: object, where: str, what: str, resolve, file: str, problems: list[Problem],
                  default: list, skipped: list[int] | None = None) -> tuple:
    """Resolve one action's list of input names (a lone name is taken as a one-item list); with any name wrong,
    the action keeps its `default` list. Given `skipped` (the player's file), a name this game does not know is
    Ignored instead, its place in the list appended to `skipped`, and the other names stand (all of them unknown:
    the `default`)."""
    if isinstance(value, list):
        items = [(f"{where}[{index}]", item) for index, item in enumerate(value)]
    elif isinstance(value, (str, int)) and not isinstance(value, bool):
        items = [(where, value)]
    else:
        hint = "write [] to leave the action unbound" if value is None and where not in KEPT else ""
        problems.append(Problem(file, where, f"a list of {what}s", _describe(value), hint))
        return tuple(map(resolve, default))
    resolved, told, unknown = [], len(problems), []
    for index, (place, item) in enumerate(items):
        try:
            resolved.append(resolve(item))
        except _Unknown as error:
            if skipped is not None and isinstance(item, str) and not error.known:
                unknown.append((index, place, item, error.hint))
            else:
                problems.append(Problem(file, place, f"a {what}", _describe(item), error.hint))
    if unknown and skipped is not None:
        # A newer game's name, or a slip: this game leaves it in the file for the version that knows it.
        stands = "ignored, and kept in the file" if resolved else "the game's binding stands in; kept in the file"
        problems += [Ignored(file, place, f"a {what}", _describe(item),
                             f"{hint}{' ' if hint.endswith('?') else '; '}{stands}" if hint else stands)
                     for _, place, item, hint in unknown]
        skipped += [index for index, *_ in unknown]
    if any(not isinstance(problem, Ignored) for problem in problems[told:]) or unknown and not resolved:
        return tuple(map(resolve, default))
    return tuple(resolved)


def _kept(resolved: tuple, where: str, what: str, resolve, file: str, problems: list[Problem], default: list) -> tuple:
    """A NEEDED action's inputs on a device, or its `default` where the file leaves it none."""
    if resolved or not default:
        return resolved
    doing = "pause or leave a mission" if where.endswith(".pause") else "work the menus"
    problems.append(Problem(file, where, f"at least one {what}", "none", f"a player with none could not {doing}"))
    return tuple(map(resolve, default))


def _key_code(item: object) -> int:
    # YAML reads a bare 1 as a number; the player meant the "1" key.
    if isinstance(item, int) and not isinstance(item, bool) and 0 <= item <= 9:
        item = str(item)
    if not isinstance(item, str):
        raise _Unknown('key names are words such as "space" or "left shift"')
    if item.lower() in OWN_KEY_NAMES:
        return OWN_KEY_NAMES[item.lower()]
    try:
        with warnings.catch_warnings():
            # pygame warns when called before pygame.init(); SDL resolves key names without any subsystem.
            warnings.simplefilter("ignore")
            return pygame.key.key_code(item)
    except ValueError:
        raise _Unknown(_did_you_mean(item, _key_names()) or 'see pygame\'s key names, e.g. "left shift"') from None


def _mouse_button(item: object) -> int:
    if isinstance(item, str) and item.lower() in MOUSE_BUTTONS:
        return MOUSE_BUTTONS[item.lower()]
    raise _Unknown(_did_you_mean(item, MOUSE_BUTTONS) or "one of " + ", ".join(MOUSE_BUTTONS))


def _pad_input(item: object) -> tuple[str, int]:
    """("button", SDL button) or ("trigger", SDL axis)."""
    names = [*PAD_BUTTONS, *PAD_TRIGGERS]
    if not isinstance(item, str):  # a list or mapping cannot even be looked up
        raise _Unknown("button names are words such as \"a\" or \"righttrigger\"; one of " + ", ".join(names))
    name = item.lower()
    if name in PAD_BUTTONS:
        return "button", PAD_BUTTONS[name]
    if name in PAD_TRIGGERS:
        return "trigger", PAD_TRIGGERS[name]
    if name in PAD_STICK_AXES:
        raise _Unknown("sticks are not buttons; Options > Move stick chooses the stick that moves", known=True)
    raise _Unknown(_did_you_mean(item, names) or "one of " + ", ".join(names))


@functools.cache
def _key_names() -> tuple[str, ...]:
    """Every key name pygame knows, for "did you mean" hints."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        codes = {value for name, value in vars(pygame).items() if name.startswith("K_")}
        return tuple(sorted(({pygame.key.name(code).lower() for code in codes} | set(OWN_KEY_NAMES)) - {""}))


def _did_you_mean(item: object, choices) -> str:
    if not isinstance(item, str):
        return ""
    close = difflib.get_close_matches(item.lower(), list(choices), n=1, cutoff=0.6)
    return f'did you mean "{close[0]}"?' if close else ""


def _describe(value: object) -> str:
    """How a YAML value reads in a message."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return quote(value)  # a control character written out, not sent to the terminal or drawn as nothing
    if too_long_to_print(value):
        return describe(value)
    if isinstance(value, (int, float)):
        return f"the number {value}"
    return {list: "a list", dict: "a mapping"}.get(type(value), type(value).__name__)
