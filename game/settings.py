"""The player's settings: what they are, where they live, and reading and writing them safely.

A settings file is the player's own: reading it never raises and never rewrites it. A broken value
falls back to its default (the good ones are kept) and comes back as one line saying what is wrong,
so the player can fix the file by hand. A settings.yaml that is a link to no file (broken, or a loop
of links) gives the defaults and one line saying where it leads. Saving writes a whole new file
beside the old one and swaps it in, so a crash or a full disk never leaves half a file behind. Keys
this game does not know (a newer game's) are written back as they were, and still named on the title;
a file with any other mistake is copied aside first (settings.unreadable.yaml), so what the menu
does not know is never lost.
"""

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from game.content.errors import ContentError, Problem, one_line, quote
from game.content.schema import describe
from game.content.spelling import suggest
from game.content.yamlio import dump_as_read, load_yaml, load_yaml_keeping
from game.files import aside_path, config_dir, known_missing, link_end, write_atomically
from game.sim.damage import DIFFICULTIES

FILE_NAME = "settings.yaml"
STICKS = ("left", "right")
# Whose names a pad's buttons are shown by (game/input/pad_layout.py): "auto", the pad's own as told from it, or one
PAD_LAYOUTS = ("auto", "xbox", "playstation", "nintendo")


def _fraction(default: float, doc: str, scale: str, low: float = 0.0, high: float = 1.0) -> float:
    return field(default=default, metadata={"doc": doc, "range": (low, high), "scale": scale})


@dataclass(frozen=True)
class Settings:
    """What the player can change in the options menu; the defaults are the game as designed."""

    screen_shake: float = _fraction(1.0, "how hard the screen shakes on hits and explosions",
                                    "1 full, 0.5 half, 0 off")
    flashes: float = _fraction(1.0, "brightness of muzzle flashes, explosion flashes and hit glows; below 1, "
                               "no tearing, stuttering or blinking (Fouron's takeover, reinforcements' landing rings)",
                               "1 full, 0.5 reduced, 0 off")
    sfx_volume: float = _fraction(0.8, "sound effects volume", "0 silent .. 1 loudest")
    music_volume: float = _fraction(0.55, "music volume", "0 silent .. 1 loudest")
    fullscreen: bool = field(default=False, metadata={"doc": "fill the screen, or play in a window",
                                                      "scale": "true or false"})
    difficulty: str = field(default="normal", metadata={"doc": "how many machines fire at once and how much of each "
                                                        "hit the Layzner takes (docs/tuning.md), from the next start "
                                                        "or restart of a level",
                                                        "choices": DIFFICULTIES, "scale": "easy, normal or hard"})
    # How a game controller reads. Its buttons are in bindings.yaml; these are the player's to tune in the menu.
    pad_move_stick: str = field(default="left", metadata={"doc": "the pad stick that moves; the other aims",
                                                          "choices": STICKS, "scale": "left or right"})
    pad_dead_zone: float = _fraction(0.2, "pad stick tilt ignored round the centre (raise it if the SPT drifts)",
                                     "0 none .. 0.9", high=0.9)
    pad_aim_assist: float = _fraction(1.0, "how wide round the aiming stick's way an enemy in sight and in the rifle's "
                                      "range takes the aim, led as the bolt flies (the aim keys always have theirs)",
                                      "1 full (10 degrees), 0.5 half, 0 off")
    pad_trigger_pull: float = _fraction(0.35, "how far a pad trigger is pulled before it counts as pressed",
                                        "0.05 a touch .. 0.95 all the way", low=0.05, high=0.95)
    rumble: float = _fraction(1.0, "how hard the pad in use rumbles on hits, explosions, rams and V-MAX",
                              "1 full, 0.5 half, 0 off")
    # Names only: the bindings stay by the buttons' places (south, east, west, north), whatever is shown.
    pad_buttons: str = field(default="auto", metadata={"doc": "whose names the pad's buttons are shown by; auto tells "
                                                       "them from the pad in use, else Xbox's",
                                                       "choices": PAD_LAYOUTS,
                                                       "scale": "auto, xbox, playstation or nintendo"})

    @property
    def pad_aim_stick(self) -> str:
        return "right" if self.pad_move_stick == "left" else "left"


DEFAULTS = Settings()
_FIELDS = {f.name: f for f in dataclasses.fields(Settings)}


def settings_path() -> Path:
    """settings.yaml in the player's config folder (see game.files.config_dir)."""
    return config_dir() / FILE_NAME


def load_settings(path: Path) -> tuple[Settings, list[str]]:
    """The settings in `path` and one line per problem found; never raises, never touches the file.

    A missing file gives the defaults and no problems. Every key that is wrong keeps its default;
    every key that is right is kept.
    """
    settings, problems, _, _ = _read(Path(path))
    return settings, problems


def _read(path: Path) -> tuple[Settings, list[str], dict, bool]:
    """load_settings; the keys this game does not know with their values, to write back as they were; and whether
    saving over the file loses anything even so (a mistake's value, a key given twice, a file that is no mapping)."""
    try:
        return _load(path)
    except Exception as error:  # noqa: BLE001 - a settings file must never stop the game
        problem = Problem(str(path), "", "a readable settings file", f"{type(error).__name__}: {str(error)[:120]}",
                          "using the default settings")
        return Settings(), [str(problem)], {}, True


def _load(path: Path) -> tuple[Settings, list[str], dict, bool]:
    file = str(path)
    if known_missing(path):
        if path.is_symlink():  # a link to no file (broken, or a loop of links): the player meant a file there
            return Settings(), [str(Problem(file, "", "a settings file, or a link to one",
                                            link_end(path), "using the default settings"))], {}, True
        return Settings(), [], {}, False
    problems: list[Problem] = []
    try:
        data = load_yaml(path)
    except ContentError as error:
        # Duplicate keys are the one mistake that still leaves the rest readable: keep the other keys.
        try:
            data, problems = _without_duplicates(path)
        except ContentError as mistake:  # a mistake besides any key given twice: the one that stops the file
            error, data = mistake, None
        if data is None:
            return Settings(), [f"{line} (using the default settings)" for line in map(str, error.problems)], {}, True
    if data is None:  # an empty file (or only comments): nothing chosen yet
        return Settings(), [], {}, False
    if not isinstance(data, dict):
        return Settings(), [str(Problem(file, "", "a mapping of settings (key: value, one a line)", describe(data),
                                        "using the default settings"))], {}, True
    values, unknown = {}, {}
    for key, value in data.items():
        if key not in _FIELDS:
            # A key, like a value, may be of any length and hold any character: the line stays readable.
            problems.append(Problem(file, one_line(key, 60), "a known setting", quote(key),
                                    f"ignored; {suggest(key, _FIELDS)}"))
            unknown[key] = value
            continue
        good = _check(_FIELDS[key], value, file, problems)
        if good is not None:
            values[key] = good
    lost = len(problems) > len(unknown)  # a line for each unknown key, all kept: any more is a mistake saving loses
    return dataclasses.replace(Settings(), **values), [str(problem) for problem in problems], unknown, lost


def _without_duplicates(path: Path) -> tuple[object, list[Problem]]:
    """The file read with every key given twice left out (one Problem each); (None, []) if it is not a mapping.

    ContentError naming the place for any other mistake: read as load_yaml reads, not by plain yaml.safe_load,
    whose "!!timestamp soon" or "!!bool maybe" is a traceback's AttributeError or KeyError, not a line."""
    data, _ = load_yaml_keeping(path, instead="the default stands in")  # its repeats are said below, as settings
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)  # each key's line
    except (OSError, UnicodeDecodeError, yaml.YAMLError, RecursionError):
        return None, []
    if not isinstance(root, yaml.MappingNode) or not isinstance(data, dict):
        return None, []
    first_line: dict[str, int] = {}
    problems, twice = [], set()
    for key_node, _ in root.value:
        if not isinstance(key_node, yaml.ScalarNode):
            continue
        key, line = key_node.value, key_node.start_mark.line + 1
        if key in first_line and key not in twice:
            twice.add(key)
            default = _FIELDS[key].default if key in _FIELDS else None
            hint = f"using the default {_format(default)}" if key in _FIELDS else "ignored"
            problems.append(Problem(str(path), f"line {line}, key {key!r}", "each setting once",
                                    f"a second {key!r} (the first is on line {first_line[key]})",
                                    f"{hint}; keep the one you mean"))
        first_line.setdefault(key, line)
    return {key: value for key, value in data.items() if str(key) not in twice}, problems


def _check(spec: dataclasses.Field, value: object, file: str, problems: list[Problem]):
    """The value if it suits the field, else None with a Problem appended."""
    default = spec.default
    keep = f"using the default {_format(default)}"
    if spec.type is bool:
        if isinstance(value, bool):
            return value
        problems.append(Problem(file, spec.name, "true or false", describe(value), keep))
        return None
    if "choices" in spec.metadata:
        choices = spec.metadata["choices"]
        if isinstance(value, str) and value.lower() in choices:  # "Right" as the menu shows it is right
            return value.lower()
        hint = suggest(value, choices) if isinstance(value, str) else spec.metadata["scale"]
        problems.append(Problem(file, spec.name, " or ".join(choices), describe(value), f"{keep}; {hint}"))
        return None
    low, high = spec.metadata["range"]
    expected = f"a number from {low:g} to {high:g}"
    # The range alone: NaN and infinities fall outside it, and isfinite() overflows on a whole number of 400 digits.
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
        problems.append(Problem(file, spec.name, expected, describe(value), f"{keep}; {spec.metadata['scale']}"))
        return None
    return float(value)


def _format(value: object) -> str:
    """A value as YAML writes it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(round(value, 4))
    return str(value)


def dump_settings(settings: Settings, unknown: dict | None = None) -> str:
    """The settings file's text: a header explaining each key, then key: value, one a line; then the keys this game
    does not know (`unknown`, a newer game's), as they were. ValueError when one cannot be written as YAML."""
    lines = [
        "# Blue Comet settings. The options menu writes this file; you may edit it by hand too.",
        "# A value that is missing or wrong keeps its default, and the game says what was wrong.",
        "#",
    ]
    width = max(map(len, _FIELDS))
    for name, spec in _FIELDS.items():
        lines.append(f"#   {name.ljust(width)}  {spec.metadata['doc']}: {spec.metadata['scale']}"
                     f" (default {_format(spec.default)})")
    lines.append("")
    lines += [f"{name}: {_format(getattr(settings, name))}" for name in _FIELDS]
    if unknown:
        lines += ["", "# Not known to this version of the game (a newer one's?): kept as they were."]
        lines.append(dump_as_read(unknown).rstrip("\n"))
    return "\n".join(lines) + "\n"


def save_settings(settings: Settings, path: Path) -> str | None:
    """Write the settings atomically. Returns None when saved, or one line to show: why they were not saved, or where
    the file they replaced was kept; never raises for a disk or permission error. The file already there stays whole
    until the new one replaces it; the keys this game does not know are written back into it, and a file with any
    other mistake is copied aside first (see _keep_aside)."""
    path = Path(path)
    try:
        _, _, unknown, lost = _read(path) if path.is_file() else (None, None, {}, False)
        try:
            text = dump_settings(settings, unknown)
        except ValueError:  # a newer game's key that will not write back: the whole file is kept aside instead
            lost, text = True, dump_settings(settings)
        kept = _keep_aside(path) if lost else None
        write_atomically(path, text.encode("utf-8"))
    except OSError as error:
        reason = error.strerror or str(error) or type(error).__name__
        return f"{path}: could not save the settings: {reason} (they apply until the game closes)"
    return None if kept is None else f"{path} had mistakes: your file as it was is kept as {kept.name}"


def _keep_aside(path: Path) -> Path | None:
    """Copy a settings file that saving would lose something of beside it (settings.unreadable.yaml, then .2, .3 ...)
    and return where; None when it is not there. Its good values behind a typo and its comments are the player's
    work, which the file written in its place would otherwise lose."""
    if not path.is_file():
        return None
    kept = aside_path(path)
    write_atomically(kept, path.read_bytes())
    return kept
