"""Rei's and Fouron's lines: the shipped file, the counts it promises, fill(), and one clear line per mistake."""

import copy
import re
from pathlib import Path

import pytest
import yaml

from game.content.advisor import ADVISOR_PATH, SITUATIONS, Advisor, Situation, fill, load_advisor
from game.content.errors import ContentError


def shipped() -> dict:
    return yaml.safe_load(ADVISOR_PATH.read_text(encoding="utf-8"))


def distinct_lines(advisor: Advisor, speaker: str) -> set[str]:
    return {line for situation in advisor.voices[speaker].values() for line in situation.lines}


def problems_of(path: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        load_advisor(path)
    return [str(p) for p in caught.value.problems]


def write(folder: Path, data: object) -> Path:
    path = folder / "advisor.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


# --- the shipped file ---------------------------------------------------------------------------------------------

def test_the_shipped_file_loads_with_exactly_the_situations_the_simulation_triggers():
    advisor = load_advisor()
    assert advisor.gap == 2.5
    assert {speaker: list(voice) for speaker, voice in advisor.voices.items()} == \
        {speaker: list(situations) for speaker, situations in SITUATIONS.items()}
    assert all(isinstance(s, Situation) for voice in advisor.voices.values() for s in voice.values())


def test_the_shipped_file_has_enough_distinct_lines_for_each_voice_and_each_situation():
    advisor = load_advisor()
    assert len(distinct_lines(advisor, "rei")) >= 66
    assert len(distinct_lines(advisor, "fouron")) >= 18
    for speaker, voice in advisor.voices.items():
        for name, situation in voice.items():
            assert len(set(situation.lines)) >= 3, f"{speaker}.{name}"


def test_situation_returns_one_situation_and_names_what_is_known_on_a_typo():
    advisor = load_advisor()
    recommend = advisor.situation("rei", "recommend")
    assert recommend is advisor.voices["rei"]["recommend"]
    assert recommend.priority == 2 and recommend.cooldown == 8.0 and isinstance(recommend.cooldown, float)
    with pytest.raises(KeyError, match='did you mean "heat_high"'):
        advisor.situation("rei", "heat_hihg")
    with pytest.raises(KeyError, match='did you mean "fouron"'):
        advisor.situation("furon", "seized")


def test_fouron_outranks_rei_and_the_urgent_situations_outrank_the_chatty_ones():
    advisor = load_advisor()
    rei, fouron = advisor.voices["rei"], advisor.voices["fouron"]
    assert min(s.priority for s in fouron.values()) > max(s.priority for s in rei.values())
    assert rei["overheat"].priority > rei["recommend"].priority > rei["level_start"].priority
    assert rei["armour_low"].priority > rei["enemy_sighted"].priority


def test_every_shipped_line_fills_with_its_situations_values_and_keeps_no_braces():
    advisor = load_advisor()
    sample = {"count": 3, "efficiency": 82, "seconds": 4.2, "heat": 84, "armour": 31, "next": "Hold the landing beacon"}
    for speaker, voice in advisor.voices.items():
        for name, situation in voice.items():
            values = {key: sample[key] for key in SITUATIONS[speaker][name]}
            for line in situation.lines:
                filled = fill(line, **values)
                assert "{" not in filled and "}" not in filled, f"{speaker}.{name}: {line}"


def test_reis_share_of_the_threat_says_what_it_is_a_share_of():
    # "100 percent of the threat" with six hostiles on the map: the share is of the machines aware of the Layzner
    # (recommend.py: one that has not noticed it is no threat), and every line that gives it says so
    for line in load_advisor().situation("rei", "recommend").lines:
        if "{efficiency}" in line:
            assert "aware of us" in line.split("{efficiency}", 1)[1], line


def test_reis_hold_line_says_the_holds_length_as_a_length_not_a_count_to_go():
    # "Stay inside the marked area for 8 seconds" beside the HUD's "HOLD 7 s" read as a count that disagreed with it
    for line in load_advisor().situation("rei", "objective_hold").lines:
        assert "{seconds} seconds in all" in line, line


def test_reis_lesson_on_sparing_a_pilot_says_where_to_hit_that_the_pilot_ejects_and_what_it_costs():
    # The game's theme (disable a machine and its pilot ejects; destroying it is quicker) was only in the README
    for line in load_advisor().situation("rei", "part_hit").lines:
        words = line.casefold()
        assert "weapon arm" in words and "front left" in words, line
        assert "legs" in words and "behind" in words, line
        assert "pilot ejects" in words, line
        assert any(cost in words for cost in ("longer", "slower", "faster", "lower")), line


def test_reis_lesson_on_heat_says_what_builds_it_that_easing_off_cools_and_that_overheat_locks_the_weapons():
    # Heat went unexplained until her warning at 80 %, a second or two before the weapons locked
    for line in load_advisor().situation("rei", "heat_rising").lines:
        words = line.casefold()
        assert ("fire" in words or "shot" in words) and "dash" in words, line
        assert any(cool in words for cool in ("ease off", "cease", "hold off")), line
        assert "overheat" in words or "limit" in words, line
        assert "lock" in words and "weapons" in words, line


def test_the_lessons_speak_first_over_chatter_but_under_the_warnings_that_keep_the_layzner_alive():
    advisor = load_advisor()
    rei, fouron = advisor.voices["rei"], advisor.voices["fouron"]
    lessons = {name: situation for name, situation in rei.items() if situation.first_priority is not None}
    assert set(lessons) == {"recommend", "target_disabled", "part_hit", "heat_rising", "vmax_lesson"}
    for name, situation in lessons.items():
        assert situation.priority < situation.first_priority < rei["overheat"].priority, name
        assert situation.first_priority < rei["armour_low"].priority, name
        assert situation.first_priority > rei["many_enemies"].priority > rei["enemy_sighted"].priority, name
    assert min(s.priority for s in fouron.values()) > max(s.first_priority or 0 for s in rei.values())


# --- fill ---------------------------------------------------------------------------------------------------------

def test_fill_puts_the_values_in_and_ignores_the_ones_the_line_does_not_use():
    line = "Target at {count} o'clock. Kill probability {efficiency} percent. Time {seconds} seconds."
    assert fill(line, count=2, efficiency=82, seconds=4.2, heat=91) == \
        "Target at 2 o'clock. Kill probability 82 percent. Time 4.2 seconds."
    assert fill("Hostile. Eliminate.", count=4, heat=99) == "Hostile. Eliminate."


def test_fill_writes_doubled_braces_as_one_and_refuses_a_missing_value():
    assert fill("{{Fouron}} {count} remain.", count=1) == "{Fouron} 1 remain."
    with pytest.raises(KeyError):
        fill("Heat at {heat} percent.", count=1)


# --- broken files: one line each, naming the file and the key -----------------------------------------------------

def _set(path: str, value):
    """A change that sets the value at a dotted path (list items as [i])."""
    def change(data):
        *parents, last = _steps(path)
        node = data
        for step in parents:
            node = node[step]
        node[last] = value
    return change


def _delete(path: str):
    def change(data):
        *parents, last = _steps(path)
        node = data
        for step in parents:
            node = node[step]
        del node[last]
    return change


def _steps(path: str) -> list:
    steps = []
    for part in path.split("."):
        name, _, index = part.partition("[")
        steps.append(name)
        if index:
            steps.append(int(index[:-1]))
    return steps


def _add_line(situation: str, line: str):
    def change(data):
        speaker, name = situation.split(".")
        data[speaker][name]["lines"].append(line)
    return change


BROKEN = {
    # name: (change, where, what the line must also say)
    "unknown speaker": (_set("reii", {}), "reii", [
        'expected a known key (gap, a speaker or campaign_complete), found "reii"', 'did you mean "rei"?']),
    "unknown top-level key": (_set("gaps", 3), "gaps", ['did you mean "gap"?']),
    "unknown situation": (_set("rei.heat_hihg", {"priority": 1, "cooldown": 1, "lines": ["One.", "Two."]}),
                          "rei.heat_hihg", ["expected a situation rei speaks in", 'did you mean "heat_high"?']),
    "fouron situation under rei": (_set("rei.seized", {"priority": 1, "cooldown": 1, "lines": ["One.", "Two."]}),
                                   "rei.seized", ['found "seized" ("seized" is a situation of fouron; known: ']),
    "missing situation": (_delete("rei.vented"), "rei.vented", ["found nothing (missing situation)"]),
    "missing speaker": (_delete("fouron"), "fouron", ["expected a mapping of fouron's situations", "found nothing"]),
    "speaker not a mapping": (_set("fouron", ["Eliminate."]), "fouron", ["found a list"]),
    "situation not a mapping": (_set("rei.vented", "Cool."), "rei.vented", ['found "Cool." (text)']),
    "one line": (_set("rei.vented.lines", ["Temperature nominal."]), "rei.vented.lines",
                 ["expected a list of at least 2 lines, found 1 line"]),
    "lines as one string": (_set("rei.vented.lines", "Temperature nominal."), "rei.vented.lines",
                            ["expected a list of at least 2 lines", "(text)"]),
    "missing lines": (_delete("rei.vented.lines"), "rei.vented.lines", ["found nothing (missing key)"]),
    "a line that is a number": (_set("rei.vented.lines[1]", 42), "rei.vented.lines[1]",
                                ["expected a line of text, found 42 (a number)"]),
    "an empty line": (_set("rei.vented.lines[2]", "   "), "rei.vented.lines[2]", ["expected a line of text"]),
    "a line said twice in one voice": (_add_line("rei.vented", "Systems nominal.  Layzner ready for combat operation."),
                                       "rei.vented.lines[3]", ["expected a line rei does not already say",
                                                               "the same line is at rei.level_start.lines[0]"]),
    "unknown placeholder": (_set("rei.heat_high.lines[2]", "Heat at {hete} percent."), "rei.heat_high.lines[2]",
                            ["expected only the placeholders {heat}", 'found "{hete}"', 'did you mean "heat"?']),
    "placeholder where none is allowed": (_set("rei.vented.lines[0]", "Cooled in {seconds} seconds."),
                                          "rei.vented.lines[0]", ["expected no placeholders", 'found "{seconds}"',
                                                                  "rei.vented takes no placeholders"]),
    "positional placeholder": (_set("fouron.kill.lines[1]", "{} remain."), "fouron.kill.lines[1]",
                               ["expected only the placeholders {count}", 'found "{}"']),
    "unclosed brace": (_set("rei.heat_high.lines[1]", "Heat {heat percent."), "rei.heat_high.lines[1]",
                       ["expected a line whose braces are in pairs", "write {{ and }}"]),
    "stray closing brace": (_set("rei.vented.lines[0]", "Cooled.} Resume."), "rei.vented.lines[0]",
                            ["expected a line whose braces are in pairs", "Single '}'"]),
    "format in a placeholder": (_set("rei.recommend.lines[0]", "Kill in {seconds:.1f} seconds."),
                                "rei.recommend.lines[0]", ["expected a plain placeholder {seconds}",
                                                           'found "{seconds:.1f}"']),
    "priority as text": (_set("rei.overheat.priority", "high"), "rei.overheat.priority",
                         ['expected a whole number from 0 to 1,000,000, found "high" (text)']),
    "negative priority": (_set("rei.overheat.priority", -1), "rei.overheat.priority", ["found -1 (a number)"]),
    "fractional priority": (_set("rei.overheat.priority", 2.5), "rei.overheat.priority", ["expected a whole number"]),
    "priority true": (_set("rei.overheat.priority", True), "rei.overheat.priority", ["found true (true/false)"]),
    "cooldown as text": (_set("fouron.kill.cooldown", "soon"), "fouron.kill.cooldown",
                         ["expected a number from 0 to 1,000,000"]),
    "negative cooldown": (_set("fouron.kill.cooldown", -3), "fouron.kill.cooldown", ["found -3 (a number)"]),
    "infinite cooldown": (_set("fouron.kill.cooldown", float("inf")), "fouron.kill.cooldown", ["found inf"]),
    "missing priority": (_delete("rei.overheat.priority"), "rei.overheat.priority", ["found nothing (missing key)"]),
    "negative gap": (_set("gap", -1), "gap", ["expected a number from 0 to 1,000,000, found -1"]),
    "missing gap": (_delete("gap"), "gap", ["found nothing (missing key)"]),
    "gap of years": (_set("gap", 2_000_000_000), "gap", ["expected a number from 0 to 1,000,000, found 2000000000"]),
    "priority past the most": (_set("rei.overheat.priority", 10**7), "rei.overheat.priority",
                               ["expected a whole number from 0 to 1,000,000, found 10000000"]),
    "unknown key in a situation": (_set("rei.overheat.line", ["Overheat."]), "rei.overheat.line",
                                   ['found "line"', 'did you mean "lines"?']),
    "first priority no higher than the priority": (_set("rei.recommend.first_priority", 2),
                                                   "rei.recommend.first_priority",
                                                   ["expected a whole number above its priority (2), found 2",
                                                    "remove it to have the first line speak at its priority"]),
    "missing campaign end": (_delete("campaign_complete"), "campaign_complete",
                             ["expected a list of at least 2 lines, found nothing (missing key)"]),
    "campaign end's unknown placeholder": (_set("campaign_complete[1]", "Kills: {kills}."), "campaign_complete[1]",
                                           ["expected only the placeholders {missions}, {destroyed}, {spared}",
                                            'found "{kills}"']),
    "first priority as text": (_set("rei.recommend.first_priority", "soon"), "rei.recommend.first_priority",
                               ['expected a whole number from 0 to 1,000,000, found "soon" (text)']),
}


@pytest.mark.parametrize("name", BROKEN)
def test_each_kind_of_broken_file_gives_one_clear_line_naming_the_file_and_the_key(name, tmp_path):
    change, where, fragments = BROKEN[name]
    data = copy.deepcopy(shipped())
    change(data)
    path = write(tmp_path, data)
    problems = problems_of(path)
    assert len(problems) == 1, problems
    assert problems[0].startswith(f"{path}: {where}: expected "), problems[0]
    assert "\n" not in problems[0]
    for fragment in fragments:
        assert fragment in problems[0], problems[0]


def test_a_line_rei_says_may_also_be_said_by_fouron(tmp_path):
    data = shipped()
    shared = data["rei"]["level_start"]["lines"][0]
    data["fouron"]["resisted"]["lines"].append(shared)
    advisor = load_advisor(write(tmp_path, data))
    assert shared in advisor.voices["fouron"]["resisted"].lines and shared in advisor.voices["rei"]["level_start"].lines


def test_every_problem_is_reported_at_once(tmp_path):
    data = shipped()
    data["gap"] = "long"
    del data["rei"]["vented"]
    data["fouron"]["kill"]["lines"][0] = "{kills} down."
    problems = problems_of(write(tmp_path, data))
    assert [p.split(": ")[1] for p in problems] == ["gap", "rei.vented", "fouron.kill.lines[0]"]


def test_a_duplicate_key_is_refused_naming_the_line(tmp_path):
    text = ADVISOR_PATH.read_text(encoding="utf-8")
    first = next(i for i, line in enumerate(text.splitlines()) if line.startswith("gap:")) + 1
    path = tmp_path / "advisor.yaml"
    path.write_text(text + "gap: 4\n", encoding="utf-8")
    problems = problems_of(path)
    assert len(problems) == 1
    assert problems[0].startswith(f"{path}: line ") and f"a second 'gap' (the first is on line {first})" in problems[0]


def test_a_file_that_is_not_a_mapping_is_one_line(tmp_path):
    path = tmp_path / "advisor.yaml"
    path.write_text("- Contact.\n- Eliminate.\n", encoding="utf-8")
    assert problems_of(path) == [
        f"{path}: expected a mapping with gap, rei, fouron and campaign_complete, found a list"]


# --- plural forms ---------------------------------------------------------------------------------------------------

def test_fill_picks_a_plural_forms_word_for_one_and_for_any_other_count():
    line = "{count} {count:machine|machines} inbound. {count:Its landing point is|Their landing points are} marked."
    assert fill(line, count=1) == "1 machine inbound. Its landing point is marked."
    assert fill(line, count=3) == "3 machines inbound. Their landing points are marked."
    assert fill(line, count=0) == "0 machines inbound. Their landing points are marked."



def test_a_figure_written_with_a_decimal_takes_the_word_for_many_even_at_one():
    """Rei's recommendation gives its seconds to one decimal: "{seconds:second|seconds}" read "1.0 second"."""
    line = "Down in {seconds} {seconds:second|seconds}."
    assert fill(line, seconds=1.0) == "Down in 1.0 seconds."
    assert fill(line, seconds=1) == "Down in 1 second."

def test_every_counted_line_reads_right_for_one_and_for_many():
    """"Gradosian reinforcements inbound, 1 in all. I have marked their landing points." (a hold calling one machine)"""
    advisor = load_advisor()
    for speaker, situations in SITUATIONS.items():
        for name, placeholders in situations.items():
            if "count" not in placeholders or name == "many_enemies":  # (said of MANY or more at once, never 1)
                continue
            for line in advisor.situation(speaker, name).lines:
                one, many = fill(line, count=1), fill(line, count=3)
                assert not re.search(r"\b1 (in all|[a-z]+s\b)|\b(their|they|points)\b", one, re.I), (name, one)
                assert not re.search(r"\b3 (machine|contact|point)\b|\bits\b", many, re.I), (name, many)


@pytest.mark.parametrize("line, fragments", [
    ("{count} {count:machine} inbound.", ['found "{count:machine}"', "one bar between them"]),
    ("{count} {count:a|b|c} inbound.", ['found "{count:a|b|c}"']),
    ("{count} {count:|machines} inbound.", ['found "{count:|machines}"']),
])
def test_a_plural_form_without_its_two_words_is_refused_naming_the_line(line, fragments, tmp_path):
    data = copy.deepcopy(shipped())
    data["rei"]["reinforcements"]["lines"][0] = line
    problems = problems_of(write(tmp_path, data))
    assert len(problems) == 1 and "rei.reinforcements.lines[0]: expected a plain placeholder {count} or a plural " \
        "form {count:one|many}" in problems[0], problems
    assert all(fragment in problems[0] for fragment in fragments), problems[0]


def test_words_take_no_plural_form(tmp_path):
    data = copy.deepcopy(shipped())
    data["rei"]["objective_opened"]["lines"][0] = "Next: {next:objective|objectives}."
    problems = problems_of(write(tmp_path, data))
    assert len(problems) == 1 and "{next} is words, not a count: it has no plural form" in problems[0], problems
