"""Rei's and Fouron's lines from assets/data/advisor.yaml as frozen, validated dataclasses."""

import string
from dataclasses import dataclass
from pathlib import Path

from game.content.errors import ContentError, Problem, quote
from game.content.schema import LARGEST, describe
from game.content.spelling import suggest
from game.content.words import counted
from game.content.yamlio import load_yaml

ADVISOR_PATH = Path(__file__).resolve().parents[2] / "assets" / "data" / "advisor.yaml"
MIN_LINES = 2  # per situation: the game picks one, so a situation that speaks twice need not repeat itself

# Speaker → situation the simulation triggers → the placeholders its lines may use (any subset).
SITUATIONS: dict[str, dict[str, tuple[str, ...]]] = {
    "rei": {
        "level_start": (),
        "enemy_sighted": (),
        "many_enemies": ("count",),              # hostiles engaging at once
        "recommend": ("efficiency", "seconds"),  # int % of the threat from machines aware of us; s to kill, one decimal
        "missile_lock": (),
        "missiles_empty": (),
        "heat_rising": (),                       # heat first past half, once a level: what heat is
        "heat_high": ("heat",),                  # % heat
        "overheat": (),
        "vented": (),
        "vmax_ready": (),
        "vmax_lesson": (),                       # the meter first full, in place of vmax_ready: what V-MAX does
        "vmax_started": (),
        "armour_low": ("armour",),               # % armour left
        "target_destroyed": ("count",),          # hostiles left
        "target_disabled": ("count",),           # hostiles left
        "part_hit": (),                          # a rifle bolt struck a machine's weapon arm or legs
        "area_clear": (),                        # the last hostile down, and with it the level won
        "area_clear_objective": ("next",),       # the last hostile down, an objective still to reach: its order
        "objective_hold": ("seconds",),          # s the whole hold lasts: a length, the HUD counts down the rest
        "objective_reached": (),
        "objective_opened": ("next",),           # reached, and an objective after it opens: its order, as the HUD's
        "time_low": ("seconds",),                # s left
        "survivor_in_danger": (),
        "fouron_released": (),
        "reinforcements": ("count",),            # machines a trigger or a hold just called in (enemy_spawn arrives)
    },
    "fouron": {
        "seized": (),
        "kill": ("count",),                      # hostiles left
        "vmax": ("heat",),                       # % heat
        "resisted": (),
        "released": (),
    },
}

# Placeholders whose value is words, not a number: they take no plural form ("{next:...|...}" would be refused)
WORDED = ("next",)

# Rei's last word, on the result page of the game's campaign won (not said in a fight: no priority or cooldown) →
# the placeholders its lines may use
CAMPAIGN_COMPLETE = ("missions", "destroyed", "spared")  # missions in the campaign; career machines destroyed, spared

_TOP_KEYS = ("gap", *SITUATIONS, "campaign_complete")
_SITUATION_KEYS = ("priority", "first_priority", "cooldown", "lines")
_MISSING = object()


@dataclass(frozen=True)
class Situation:
    """One thing Rei or Fouron speaks about: its lines, how urgent, how often."""
    priority: int           # higher speaks first and may cut in on a lower one
    cooldown: float         # s before this situation may speak again
    lines: tuple[str, ...]  # one is picked each time; {placeholders} filled by fill()
    # The priority of its first line in a level, when that line is a lesson the pilot must hear once (what Rei's
    # marker's numbers mean): above `priority`, or None to speak at `priority` every time.
    first_priority: int | None = None


@dataclass(frozen=True)
class Advisor:
    """Rei's and Fouron's lines (assets/data/advisor.yaml), read and checked."""
    gap: float                               # s of quiet after a line before one of the same or lower priority
    voices: dict[str, dict[str, Situation]]  # speaker → situation name → Situation, every one in SITUATIONS
    campaign_complete: tuple[str, ...] = ()  # Rei's lines when the game's campaign is won (the result page)

    def situation(self, speaker: str, name: str) -> Situation:
        """The situation `name` of `speaker` ("rei" or "fouron"); KeyError naming what is known otherwise."""
        voice = self.voices.get(speaker)
        if voice is None:
            raise KeyError(f'no speaker "{speaker}" ({suggest(speaker, self.voices)})')
        found = voice.get(name)
        if found is None:
            raise KeyError(f'{speaker} has no situation "{name}" ({suggest(name, voice)})')
        return found


def message_speaker(text: str) -> tuple[str, str]:
    """("rei", "Perimeter sensor tripped.") for a level's message "Rei: Perimeter sensor tripped.", as the
    level-design guide has messages written; ("", text) for words no one is named as saying."""
    name, colon, line = text.partition(": ")
    if colon and name.isalpha() and len(name) <= 16 and line.strip():
        return name.lower(), line.strip()
    return "", text


def fill(line: str, **values) -> str:
    """The line with its {placeholders} replaced by `values`; values it does not use are ignored.

    Values are written as str() writes them, so pass them as they should read (seconds rounded to one decimal).
    "{count:machine|machines}" is a plural form: the word before the bar for a count of 1, the one after it for any
    other ("1 machine", "3 machines"). A placeholder without a value is a KeyError: the loader has made sure each line
    uses only its situation's.
    """
    return _PLURALS.vformat(line, (), values)


class _Plurals(string.Formatter):
    """str.format_map, but for a plural form ("{count:one|many}"), which picks its word by the value."""

    def format_field(self, value, format_spec: str):
        if PLURAL in format_spec:  # by the value as the line writes it: "1.0 seconds", as "1.5 seconds", not "second"
            one, many = format_spec.split(PLURAL, 1)
            return one if str(value) == "1" else many
        return super().format_field(value, format_spec)


PLURAL = "|"  # between a plural form's words: "{count:machine|machines}"
_PLURALS = _Plurals()


def load_advisor(path: Path = ADVISOR_PATH) -> Advisor:
    """Read and validate the advisor's lines, raising ContentError with every problem found."""
    file = str(path)
    data = load_yaml(path)
    if not isinstance(data, dict):
        raise ContentError([Problem(file, "", "a mapping with gap, rei, fouron and campaign_complete", describe(data))])
    problems: list[Problem] = []
    for key in data:
        if key not in _TOP_KEYS:
            problems.append(Problem(file, str(key), "a known key (gap, a speaker or campaign_complete)", quote(key),
                                    suggest(key, _TOP_KEYS)))
    gap = _number(data.get("gap", _MISSING), file, "gap", problems)
    voices = {speaker: _voice(speaker, data.get(speaker, _MISSING), file, problems) for speaker in SITUATIONS}
    last_word = _lines(data.get("campaign_complete", _MISSING), CAMPAIGN_COMPLETE, file, "campaign_complete", {},
                       problems)
    if problems:
        raise ContentError(problems)
    return Advisor(gap=gap, voices=voices, campaign_complete=last_word)


def _voice(speaker: str, data: object, file: str, problems: list[Problem]) -> dict[str, Situation]:
    wanted = SITUATIONS[speaker]
    if not isinstance(data, dict):
        found = "nothing (missing key)" if data is _MISSING else describe(data)
        problems.append(Problem(file, speaker, f"a mapping of {speaker}'s situations to their lines", found,
                                f"situations: {', '.join(wanted)}"))
        return {}
    voice: dict[str, Situation] = {}
    seen: dict[str, str] = {}  # each line, compared without case or extra spaces → where it first is
    for name, entry in data.items():
        where = f"{speaker}.{name}"
        if name not in wanted:
            others = [other for other in SITUATIONS if other != speaker and name in SITUATIONS[other]]
            hint = suggest(name, wanted)
            if others:
                hint = f"{quote(name)} is a situation of {others[0]}; {hint}"
            problems.append(Problem(file, where, f"a situation {speaker} speaks in", quote(name), hint))
            continue
        situation = _situation(entry, wanted[name], file, where, seen, problems)
        if situation is not None:
            voice[name] = situation
    for name in wanted:
        if name not in data:
            problems.append(Problem(file, f"{speaker}.{name}", "a situation with priority, cooldown and lines",
                                    "nothing (missing situation)", "the game triggers every situation"))
    return voice


def _situation(entry: object, allowed: tuple[str, ...], file: str, where: str, seen: dict[str, str],
               problems: list[Problem]) -> Situation | None:
    if not isinstance(entry, dict):
        problems.append(Problem(file, where, "a mapping with priority, cooldown and lines", describe(entry)))
        return None
    for key in entry:
        if key not in _SITUATION_KEYS:
            problems.append(Problem(file, f"{where}.{key}", "a known key", quote(key), suggest(key, _SITUATION_KEYS)))
    before = len(problems)
    priority = _number(entry.get("priority", _MISSING), file, f"{where}.priority", problems, whole=True)
    first = entry.get("first_priority")
    if first is not None:
        first = _number(first, file, f"{where}.first_priority", problems, whole=True)
        if None not in (first, priority) and first <= priority:  # a first line no more urgent than the rest
            problems.append(Problem(file, f"{where}.first_priority", f"a whole number above its priority ({priority})",
                                    str(first), "remove it to have the first line speak at its priority"))
    cooldown = _number(entry.get("cooldown", _MISSING), file, f"{where}.cooldown", problems)
    lines = _lines(entry.get("lines", _MISSING), allowed, file, f"{where}.lines", seen, problems)
    if len(problems) != before:
        return None
    return Situation(priority=priority, cooldown=cooldown, lines=lines, first_priority=first)


def _number(value: object, file: str, where: str, problems: list[Problem], whole: bool = False):
    expected = f"a {'whole ' if whole else ''}number from 0 to {LARGEST:,}"
    if value is _MISSING:
        problems.append(Problem(file, where, expected, "nothing (missing key)"))
        return None
    kinds = (int,) if whole else (int, float)
    # The range alone, not isfinite(): that overflows on a whole number of 309 digits and more; NaN fails it too.
    # LARGEST, as units.yaml's: a save holds the times these make, and refuses any past a billion seconds.
    if not isinstance(value, kinds) or isinstance(value, bool) or not 0 <= value <= LARGEST:
        problems.append(Problem(file, where, expected, describe(value)))
        return None
    return value if whole else float(value)


def _lines(value: object, allowed: tuple[str, ...], file: str, where: str, seen: dict[str, str],
           problems: list[Problem]) -> tuple[str, ...]:
    expected = f"a list of at least {MIN_LINES} lines"
    if value is _MISSING or not isinstance(value, list):
        found = "nothing (missing key)" if value is _MISSING else describe(value)
        problems.append(Problem(file, where, expected, found, 'write each line as a list item: - "..."'))
        return ()
    if len(value) < MIN_LINES:
        problems.append(Problem(file, where, expected, counted(len(value), "line"),
                                "give it another line so it does not repeat itself"))
    speaker = where.split(".", 1)[0]
    for index, line in enumerate(value):
        place = f"{where}[{index}]"
        if not isinstance(line, str) or not line.strip():
            problems.append(Problem(file, place, "a line of text", describe(line)))
            continue
        _check_placeholders(line, allowed, file, place, problems)
        key = " ".join(line.split()).casefold()
        if key in seen:
            problems.append(Problem(file, place, f"a line {speaker} does not already say", quote(line),
                                    f"the same line is at {seen[key]}; reword one of them"))
        else:
            seen[key] = place
    return tuple(value)


def _check_placeholders(line: str, allowed: tuple[str, ...], file: str, place: str, problems: list[Problem]) -> None:
    situation = place.rsplit(".", 1)[0]
    try:
        fields = [(name, conversion, spec) for _, name, spec, conversion in string.Formatter().parse(line)
                  if name is not None]
    except ValueError as error:
        problems.append(Problem(file, place, "a line whose braces are in pairs around a placeholder",
                                f"{quote(line)} ({error})", "write {{ and }} for a brace that is only a brace"))
        return
    listed = ", ".join(f"{{{name}}}" for name in allowed)
    expected = f"only the placeholders {listed}" if allowed else "no placeholders"
    for name, conversion, spec in fields:
        written = "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
        if name not in allowed:
            hint = suggest(name, allowed) if allowed else f"{situation} takes no placeholders"
            problems.append(Problem(file, place, expected, quote(written), hint))
        elif conversion or (spec and not _plural_form(spec)):
            plural = "" if name in WORDED else f" or a plural form {{{name}:one|many}}"
            plain = f"a plain placeholder {{{name}}}{plural}"
            problems.append(Problem(file, place, plain, quote(written), "the game writes the value; formats are not "
                                    "read, but a plural form's two words, one bar between them, are: {count:one|many}"))
        elif spec and name in WORDED:
            problems.append(Problem(file, place, f"a plain placeholder {{{name}}}", quote(written),
                                    f"{{{name}}} is words, not a count: it has no plural form"))


def _plural_form(spec: str) -> bool:
    """`spec` is a plural form's words ("machine|machines"): two, neither empty, one bar between them."""
    words = spec.split(PLURAL)
    return len(words) == 2 and all(word.strip() for word in words) and not any(c in spec for c in "{}")

