"""Tests for loading and validating the bindings YAML."""

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import dataclasses  # noqa: E402
from pathlib import Path  # noqa: E402

import pygame  # noqa: E402
import pytest  # noqa: E402
import yaml  # noqa: E402

from game.content.errors import ContentError  # noqa: E402
from game.input.bindings import (  # noqa: E402
    DEFAULT_BINDINGS_PATH,
    PAD_BUTTONS,
    PAD_TRIGGERS,
    bindings_from_names,
    default_bindings,
    input_names,
    load_bindings,
    load_bindings_or_default,
    load_player_bindings,
    save_player_bindings,
)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "bindings.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def error_lines(path: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        load_bindings(path)
    return [str(problem) for problem in caught.value.problems]


def test_the_default_path_is_assets_data_bindings_yaml_in_the_repo():
    assert DEFAULT_BINDINGS_PATH == Path(__file__).resolve().parents[2] / "assets" / "data" / "bindings.yaml"
    assert DEFAULT_BINDINGS_PATH.is_file()


def test_the_shipped_bindings_file_matches_the_built_in_defaults():
    assert load_bindings(DEFAULT_BINDINGS_PATH) == default_bindings()


def test_the_defaults_bind_what_the_game_expects():
    bindings = default_bindings()
    assert set(bindings.keyboard["move_up"]) == {pygame.K_w, pygame.K_UP}
    assert set(bindings.keyboard["dash"]) == {pygame.K_SPACE, pygame.K_LSHIFT}
    assert set(bindings.keyboard["pause"]) == {pygame.K_ESCAPE, pygame.K_p}
    assert (bindings.keyboard["missile"], bindings.keyboard["knuckle"]) == ((pygame.K_e,), (pygame.K_f,))
    assert bindings.mouse["fire"] == (pygame.BUTTON_LEFT,)
    assert bindings.mouse["missile"] == (pygame.BUTTON_RIGHT,)
    assert bindings.pad_triggers["fire"] == (pygame.CONTROLLER_AXIS_TRIGGERRIGHT,)
    assert bindings.pad_triggers["missile"] == (pygame.CONTROLLER_AXIS_TRIGGERLEFT,)
    assert set(bindings.pad_buttons["dash"]) == {PAD_BUTTONS["a"], PAD_BUTTONS["leftshoulder"]}
    assert set(bindings.pad_buttons["knuckle"]) == {PAD_BUTTONS["x"], PAD_BUTTONS["rightshoulder"]}


def test_bindings_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        default_bindings().keyboard = {}  # type: ignore[misc]
    with pytest.raises(TypeError):
        default_bindings().keyboard["dash"] = (pygame.K_x,)  # type: ignore[index]


def test_actions_left_out_keep_their_defaults_and_an_empty_list_unbinds(tmp_path):
    path = write(tmp_path, "keyboard:\n  dash: [left shift]\n  vmax: []\n")
    bindings = load_bindings(path)
    assert bindings.keyboard["dash"] == (pygame.K_LSHIFT,)
    assert bindings.keyboard["vmax"] == ()
    assert bindings.keyboard["pause"] == default_bindings().keyboard["pause"]
    assert bindings.pad_buttons == default_bindings().pad_buttons


def test_key_names_ignore_case_a_lone_name_is_a_list_and_a_bare_digit_is_the_digit_key(tmp_path):
    bindings = load_bindings(write(tmp_path, "keyboard:\n  dash: Left Shift\n  vmax: [1, E]\n"))
    assert bindings.keyboard["dash"] == (pygame.K_LSHIFT,)
    assert bindings.keyboard["vmax"] == (pygame.K_1, pygame.K_e)


def test_pad_triggers_and_buttons_can_be_bound_to_any_action(tmp_path):
    bindings = load_bindings(write(tmp_path, "pad:\n  vmax: [lefttrigger, rightshoulder]\n"))
    assert bindings.pad_triggers["vmax"] == (PAD_TRIGGERS["lefttrigger"],)
    assert bindings.pad_buttons["vmax"] == (PAD_BUTTONS["rightshoulder"],)


def test_the_stick_and_trigger_settings_of_an_older_file_say_they_are_in_options_now(tmp_path):
    path = write(tmp_path, "pad:\n  move_stick: right\n  dead_zone: 0.3\n  trigger_threshold: 0.5\n  dash: [b]\n")
    bindings, problems = load_bindings_or_default(path)
    assert bindings.pad_buttons["dash"] == (PAD_BUTTONS["b"],)  # the rest of the file stands
    assert problems == [
        f'{path}: pad.move_stick: expected pad actions only, found the setting "move_stick" '
        "(ignored: it is set in Options now, Move stick (pad_move_stick) in settings.yaml)",
        f'{path}: pad.dead_zone: expected pad actions only, found the setting "dead_zone" '
        "(ignored: it is set in Options now, Stick dead zone (pad_dead_zone) in settings.yaml)",
        f'{path}: pad.trigger_threshold: expected pad actions only, found the setting "trigger_threshold" '
        "(ignored: it is set in Options now, Trigger pull (pad_trigger_pull) in settings.yaml)",
    ]


def test_a_misspelt_key_name_names_the_file_and_key_path_and_suggests_the_right_name(tmp_path):
    path = write(tmp_path, "keyboard:\n  dash: [left shift, spcae]\n")
    assert error_lines(path) == [
        f'{path}: keyboard.dash[1]: expected a key name, found "spcae" (did you mean "space"?)'
    ]


def test_a_duplicate_key_is_refused_naming_the_file_and_the_key(tmp_path):
    path = write(tmp_path, "keyboard:\n  dash: [space]\n  vmax: [q]\n  dash: [x]\n")
    [line] = error_lines(path)
    assert line.startswith(f"{path}: ")
    assert "dash" in line and "line 4" in line


def test_a_list_as_a_key_is_refused_naming_the_file_and_the_line_and_the_defaults_stand(tmp_path):
    path = write(tmp_path, "keyboard:\n  dash: [space]\n? [1, 2]\n: x\n")
    assert error_lines(path) == [f"{path}: line 3: expected a plain key (a word or a number), found a list as a key"]
    bindings, problems = load_bindings_or_default(path)
    assert bindings == load_bindings_or_default(DEFAULT_BINDINGS_PATH)[0] and len(problems) == 1


def test_a_wrong_type_names_the_file_the_key_path_what_was_expected_and_what_was_found(tmp_path):
    path = write(tmp_path, "keyboard:\n  pause: {escape: true}\nmouse:\n  vmax: {middle: 1}\n")
    assert error_lines(path) == [
        f"{path}: mouse.vmax: expected a list of mouse button names, found a mapping",
        f"{path}: keyboard.pause: expected a list of key names, found a mapping",
    ]


def test_an_empty_action_says_how_to_unbind(tmp_path):
    path = write(tmp_path, "mouse:\n  fire:\n")
    assert error_lines(path) == [
        f"{path}: mouse.fire: expected a list of mouse button names, found nothing "
        "(write [] to leave the action unbound)"
    ]


def test_an_empty_pause_or_menu_action_is_not_told_to_write_an_empty_list_which_is_refused_in_turn(tmp_path):
    path = write(tmp_path, "keyboard:\n  pause:\npad:\n  menu_back:\nmouse:\n  pause:\n")
    assert error_lines(path) == [
        f"{path}: keyboard.pause: expected a list of key names, found nothing",
        f"{path}: mouse.pause: expected a list of mouse button names, found nothing "
        "(write [] to leave the action unbound)",  # a mouse button was never needed
        f"{path}: pad.menu_back: expected a list of pad button or trigger names, found nothing",
    ]


def test_an_unknown_action_names_the_file_and_key_path_and_suggests_the_right_action(tmp_path):
    path = write(tmp_path, "mouse:\n  fier: [left]\n")
    [line] = error_lines(path)
    assert line.startswith(f"{path}: mouse.fier: expected one of move_up, ")
    assert line.endswith('found an unknown action "fier" (did you mean "fire"?)')


def test_a_control_character_in_a_key_or_an_action_is_written_out_in_the_message(tmp_path):
    path = write(tmp_path, 'keyboard:\n  "da\\0sh": [space]\n  fire: ["a\\0b"]\n')
    lines = error_lines(path)
    assert lines[0].startswith(f"{path}: keyboard.da\\x00sh: expected one of move_up, ")
    assert lines[1].startswith(f'{path}: keyboard.fire[0]: expected a key name, found "a\\x00b"')


def test_an_unknown_section_is_refused_with_a_suggestion(tmp_path):
    path = write(tmp_path, "keybaord:\n  dash: [space]\n")
    assert error_lines(path) == [
        f'{path}: keybaord: expected one of the sections keyboard, mouse, pad, order, '
        f'found an unknown section "keybaord" (did you mean "keyboard"?)'
    ]


def test_a_stick_axis_bound_like_a_button_is_refused_with_a_hint(tmp_path):
    path = write(tmp_path, "pad:\n  fire: [rightx]\n")
    assert error_lines(path) == [
        f'{path}: pad.fire[0]: expected a pad button or trigger name, found "rightx" '
        "(sticks are not buttons; Options > Move stick chooses the stick that moves)"
    ]


def test_bad_mouse_and_pad_names_suggest_the_right_ones(tmp_path):
    path = write(tmp_path, "mouse:\n  dash: [rigth]\npad:\n  vmax: [leftshoulders]\n")
    assert error_lines(path) == [
        f'{path}: mouse.dash[0]: expected a mouse button name, found "rigth" (did you mean "right"?)',
        f'{path}: pad.vmax[0]: expected a pad button or trigger name, found "leftshoulders" '
        '(did you mean "leftshoulder"?)',
    ]


def test_a_list_or_mapping_where_a_pad_button_name_goes_is_one_line_not_a_crash(tmp_path):
    path = write(tmp_path, "pad:\n  dash: [[a]]\n  vmax: [{}]\n")
    names = "one of a, b, x, y, back, guide, start, leftstick, rightstick, leftshoulder, rightshoulder, dpup, " \
            "dpdown, dpleft, dpright, lefttrigger, righttrigger"
    assert error_lines(path) == [
        f'{path}: pad.dash[0]: expected a pad button or trigger name, found a list (button names are words such as '
        f'"a" or "righttrigger"; {names})',
        f'{path}: pad.vmax[0]: expected a pad button or trigger name, found a mapping (button names are words such as '
        f'"a" or "righttrigger"; {names})']


def test_a_whole_number_of_hundreds_of_digits_where_a_key_goes_is_one_line(tmp_path):
    path = write(tmp_path, "keyboard:\n  fire: [" + "9" * 400 + "]\n")
    assert error_lines(path)[0].startswith(f"{path}: keyboard.fire[0]: expected a key name, found a number of about")


def test_a_file_that_is_not_a_mapping_is_refused(tmp_path):
    path = write(tmp_path, "- space\n- q\n")
    assert error_lines(path) == [
        f"{path}: expected a mapping with the sections keyboard, mouse, pad, found a list"
    ]


def test_a_broken_entry_keeps_its_default_and_every_other_rebinding_stands(tmp_path):
    path = write(tmp_path, "keyboard:\n  dash: [spcae]\n  vmax: [qq]\n  knuckle: [g]\n"
                           "pad:\n  dash: [ab]\n  vmax: [x]\n")
    bindings, errors = load_bindings_or_default(path)
    defaults = default_bindings()
    assert (bindings.keyboard["dash"] == defaults.keyboard["dash"]
            and bindings.keyboard["vmax"] == defaults.keyboard["vmax"])
    assert bindings.keyboard["knuckle"] == (pygame.K_g,)  # the player's own rebinding, kept
    assert bindings.pad_buttons["dash"] == defaults.pad_buttons["dash"]
    assert bindings.pad_buttons["vmax"] == (PAD_BUTTONS["x"],)
    assert errors == [
        f'{path}: keyboard.dash[0]: expected a key name, found "spcae" (did you mean "space"?) (its default stands in)',
        f'{path}: pad.dash[0]: expected a pad button or trigger name, found "ab" (did you mean "b"?) '
        "(its default stands in)",
        f'{path}: keyboard.vmax[0]: expected a key name, found "qq" (did you mean "q"?) (its default stands in)',
    ]


def test_load_bindings_or_default_falls_back_when_the_file_is_missing_or_not_yaml(tmp_path):
    missing = tmp_path / "missing.yaml"
    bindings, errors = load_bindings_or_default(missing)
    assert bindings == default_bindings()
    assert len(errors) == 1 and errors[0].startswith(str(missing))

    broken = write(tmp_path, "keyboard: [unclosed\n")
    bindings, errors = load_bindings_or_default(broken)
    assert bindings == default_bindings()
    assert len(errors) == 1 and errors[0].startswith(f"{broken}: line ")


def test_load_bindings_or_default_with_a_good_file_gives_its_bindings_and_no_errors(tmp_path):
    bindings, errors = load_bindings_or_default(write(tmp_path, "keyboard:\n  vmax: [e]\n"))
    assert errors == []
    assert bindings.keyboard["vmax"] == (pygame.K_e,)


# --- the player's own file, over the game's -------------------------------------------------------

def test_the_player_s_file_replaces_only_the_actions_it_lists_over_the_shipped_file(tmp_path):
    shipped = tmp_path / "shipped.yaml"
    shipped.write_text("keyboard:\n  knuckle: [g]\n", encoding="utf-8")  # a shipped file edited by hand
    player = tmp_path / "player.yaml"
    player.write_text("keyboard:\n  dash: [left ctrl]\nmouse:\n  fire: []\n", encoding="utf-8")
    bindings, lines = load_player_bindings(shipped, player)
    assert lines == []
    assert bindings.keyboard["dash"] == (pygame.K_LCTRL,) and bindings.mouse["fire"] == ()
    assert bindings.keyboard["knuckle"] == (pygame.K_g,)  # the shipped file's own change stands
    assert bindings.keyboard["move_up"] == default_bindings().keyboard["move_up"]


def test_a_mistake_in_the_player_s_file_names_it_and_the_shipped_binding_stands_in(tmp_path):
    shipped = tmp_path / "shipped.yaml"
    shipped.write_text("keyboard:\n  knuckle: [g]\n", encoding="utf-8")
    player = tmp_path / "player.yaml"
    player.write_text("keyboard:\n  knuckle: [7.5]\n  dash: [h]\n", encoding="utf-8")  # a number is no key's name
    bindings, lines = load_player_bindings(shipped, player)
    assert bindings.keyboard["knuckle"] == (pygame.K_g,) and bindings.keyboard["dash"] == (pygame.K_h,)
    assert len(lines) == 1 and lines[0].startswith(f"{player}: keyboard.knuckle[0]")
    assert lines[0].endswith("(the game's binding stands in)")
    for text in ("[not, yaml", "- a list\n"):
        player.write_text(text, encoding="utf-8")
        bindings, lines = load_player_bindings(shipped, player)
        assert bindings.keyboard["knuckle"] == (pygame.K_g,) and len(lines) == 1 and str(player) in lines[0]


def test_an_action_given_twice_in_the_player_s_file_is_named_and_only_it_is_the_game_s(tmp_path):
    player = tmp_path / "player.yaml"
    player.write_text("keyboard:\n  dash: [e]\n  missile: [left ctrl]\n  dash: [z]\nmouse:\n  fire: [x2]\n",
                      encoding="utf-8")
    bindings, lines = load_player_bindings(DEFAULT_BINDINGS_PATH, player)
    assert lines == [f"{player}: line 4, key 'dash': expected each key once in a mapping, found a second 'dash' (the "
                     "first is on line 2) (the game's binding stands in; keep the one you mean)"]
    assert bindings.keyboard["dash"] == default_bindings().keyboard["dash"]  # which of the two was meant is unclear
    assert bindings.keyboard["missile"] == (pygame.K_LCTRL,) and bindings.mouse["fire"] == (pygame.BUTTON_X2,)


def test_a_section_given_twice_in_the_player_s_file_is_named_and_both_are_read_as_one(tmp_path):
    player = tmp_path / "player.yaml"
    player.write_text("keyboard:\n  dash: [e]\nmouse:\n  fire: [x2]\nkeyboard:\n  missile: [left ctrl]\n",
                      encoding="utf-8")
    bindings, lines = load_player_bindings(DEFAULT_BINDINGS_PATH, player)
    assert lines == [f"{player}: line 5, key 'keyboard': expected each key once in a mapping, found a second "
                     "'keyboard' (the first is on line 1) (both are read, as one)"]
    assert bindings.keyboard["dash"] == (pygame.K_e,) and bindings.keyboard["missile"] == (pygame.K_LCTRL,)
    assert bindings.mouse["fire"] == (pygame.BUTTON_X2,)


def test_saving_over_a_player_file_with_an_action_given_twice_keeps_it_aside_and_the_rest_in_the_new_one(tmp_path):
    path = tmp_path / "bindings.yaml"
    path.write_text("keyboard:\n  dash: [e]\n  missile: [left ctrl]\n  dash: [z]\n", encoding="utf-8")
    bindings, _ = load_player_bindings(DEFAULT_BINDINGS_PATH, path)
    line = save_player_bindings(input_names(bindings), default_bindings(), path)  # as the Controls page saves
    assert line is not None and "bindings.unreadable.yaml" in line  # the two dash lines are in no binding: kept
    assert "dash: [z]" in (tmp_path / "bindings.unreadable.yaml").read_text(encoding="utf-8")
    assert load_player_bindings(DEFAULT_BINDINGS_PATH, path) == (bindings, [])
    assert bindings.keyboard["missile"] == (pygame.K_LCTRL,)  # the player's other lines, in force, are in the new file


def test_a_timestamp_tag_in_the_player_s_file_is_named_and_the_game_starts_on_its_bindings(tmp_path):
    player = tmp_path / "bindings.yaml"
    player.write_text("keyboard:\n  dash: !!timestamp soon\n", encoding="utf-8")  # once a traceback at start-up
    bindings, lines = load_player_bindings(DEFAULT_BINDINGS_PATH, player)
    assert bindings == default_bindings() and len(lines) == 1
    assert lines[0].startswith(f"{player}: line 2, column 9: expected valid YAML") and "not a date" in lines[0]


def test_no_player_file_or_an_empty_one_gives_the_shipped_bindings(tmp_path):
    (tmp_path / "empty.yaml").write_text("# nothing yet\n", encoding="utf-8")
    for player in (tmp_path / "missing.yaml", tmp_path / "empty.yaml"):
        assert load_player_bindings(DEFAULT_BINDINGS_PATH, player) == (default_bindings(), [])


def test_saving_writes_only_what_differs_from_the_game_s_and_reads_back_the_same(tmp_path):
    names = input_names(default_bindings())
    names["keyboard"]["dash"] = ["left ctrl", "1"]
    names["mouse"]["fire"] = []
    names["pad"]["vmax"] = ["leftstick", "y"]
    path = tmp_path / "bindings.yaml"
    assert save_player_bindings(names, default_bindings(), path) is None
    text = path.read_text(encoding="utf-8")
    assert "  dash: [left ctrl, \"1\"]\n" in text and "  fire: []\n" in text and "move_up" not in text
    bindings, lines = load_player_bindings(DEFAULT_BINDINGS_PATH, path)
    assert lines == [] and bindings == bindings_from_names(names)
    assert input_names(bindings)["pad"]["vmax"] == ["leftstick", "y"]  # in the order given


def test_saving_over_a_player_file_with_mistakes_keeps_it_aside_first(tmp_path):
    path = tmp_path / "bindings.yaml"
    path.write_text("keyboard:\n  dash: [7.5]  # my note\n", encoding="utf-8")
    line = save_player_bindings(input_names(default_bindings()), default_bindings(), path)
    assert line is not None and "bindings.unreadable.yaml" in line
    assert (tmp_path / "bindings.unreadable.yaml").read_text(encoding="utf-8").endswith("# my note\n")
    assert load_player_bindings(DEFAULT_BINDINGS_PATH, path) == (default_bindings(), [])


NEWER = ("keyboard:\n  dash: [z]\n  shield: [x, \"1\"]\npad:\n  shield: [paddle1]\norder:\n  shield: [keyboard]\n"
         "touch:\n  fire: [tap]\n")


def test_saving_keeps_a_newer_game_s_sections_and_actions_as_they_were_and_makes_no_copy_aside(tmp_path):
    path = tmp_path / "bindings.yaml"
    path.write_text(NEWER, encoding="utf-8")
    bindings, told = load_player_bindings(DEFAULT_BINDINGS_PATH, path)
    assert [line.split(": ")[1] for line in told] == ["touch", "keyboard.shield", "pad.shield", "order.shield"]
    names = input_names(bindings)
    names["keyboard"]["knuckle"] = ["g"]  # as the Controls page saves a change
    for _ in range(2):  # and again: still nothing to keep aside
        assert save_player_bindings(names, default_bindings(), path) is None
        assert sorted(p.name for p in tmp_path.iterdir()) == ["bindings.yaml"]
        assert load_player_bindings(DEFAULT_BINDINGS_PATH, path) == (bindings_from_names(names), told)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["keyboard"]["shield"] == ["x", "1"] and data["pad"]["shield"] == ["paddle1"]
    assert data["order"]["shield"] == ["keyboard"] and data["touch"] == {"fire": ["tap"]}


def test_saving_over_a_mistake_beside_a_newer_game_s_action_keeps_the_file_aside_once_and_the_action(tmp_path):
    path = tmp_path / "bindings.yaml"
    path.write_text("keyboard:\n  dash: [7.5]\n  shield: [x]\n", encoding="utf-8")
    bindings, _ = load_player_bindings(DEFAULT_BINDINGS_PATH, path)
    assert "bindings.unreadable.yaml" in save_player_bindings(input_names(bindings), default_bindings(), path)
    _, told = load_player_bindings(DEFAULT_BINDINGS_PATH, path)
    assert len(told) == 1 and ": keyboard.shield: " in told[0]
    assert save_player_bindings(input_names(bindings), default_bindings(), path) is None  # no second copy
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bindings.unreadable.yaml", "bindings.yaml"]


UNKNOWN_NAMES = ("keyboard:\n  dash: [paddle_dash, left shift]\n  vmax: [spcae]\nmouse:\n  fire: [left, banana]\n"
                 "  dash: [x1]\npad:\n  knuckle: [paddle1, x]\norder:\n  dash: [keyboard, mouse, keyboard]\n")


def test_an_input_name_this_game_does_not_know_is_named_in_one_line_and_the_action_s_other_inputs_work(tmp_path):
    path = write(tmp_path, UNKNOWN_NAMES)
    bindings, lines = load_player_bindings(DEFAULT_BINDINGS_PATH, path)
    assert bindings.mouse["fire"] == (pygame.BUTTON_LEFT,) and bindings.pad_buttons["knuckle"] == (PAD_BUTTONS["x"],)
    assert bindings.keyboard["dash"] == (pygame.K_LSHIFT,) and bindings.mouse["dash"] == (pygame.BUTTON_X1,)
    assert input_names(bindings)["order"]["dash"] == ["mouse", "keyboard"]  # the order's entry for the name, left out
    assert bindings.keyboard["vmax"] == default_bindings().keyboard["vmax"]  # none known: the game's stands in
    assert lines == [
        f'{path}: mouse.fire[1]: expected a mouse button name, found "banana" (one of left, middle, right, x1, x2; '
        'ignored, and kept in the file)',
        f'{path}: keyboard.dash[0]: expected a key name, found "paddle_dash" (see pygame\'s key names, e.g. "left '
        'shift"; ignored, and kept in the file)',
        f'{path}: pad.knuckle[0]: expected a pad button or trigger name, found "paddle1" (one of '
        + ", ".join([*PAD_BUTTONS, *PAD_TRIGGERS]) + '; ignored, and kept in the file)',
        f'{path}: keyboard.vmax[0]: expected a key name, found "spcae" (did you mean "space"? the game\'s binding '
        'stands in; kept in the file)',
    ]


def test_saving_writes_input_names_this_game_does_not_know_back_as_they_were_and_keeps_nothing_aside(tmp_path):
    path = write(tmp_path, UNKNOWN_NAMES)
    bindings, told = load_player_bindings(DEFAULT_BINDINGS_PATH, path)
    names = input_names(bindings)
    names["keyboard"]["knuckle"] = ["g"]  # as the Controls page saves a change to another action
    for _ in range(2):  # and again: still nothing to keep aside
        assert save_player_bindings(names, default_bindings(), path) is None
        assert sorted(p.name for p in tmp_path.iterdir()) == ["bindings.yaml"]
        assert load_player_bindings(DEFAULT_BINDINGS_PATH, path) == (bindings_from_names(names), told)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    given = yaml.safe_load(UNKNOWN_NAMES)
    assert all(data[section][action] == entries for section in given for action, entries in given[section].items())
    names["mouse"]["fire"], names["pad"]["knuckle"] = ["x2"], ["b", "x"]  # the actions with them changed
    assert save_player_bindings(names, default_bindings(), path) is None
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["mouse"]["fire"] == ["x2", "banana"] and data["pad"]["knuckle"] == ["paddle1", "b", "x"]
    bindings, lines = load_player_bindings(DEFAULT_BINDINGS_PATH, path)
    assert bindings == bindings_from_names(names) and len(lines) == 4  # the page's change stands; the names, still told


def test_the_game_s_own_bindings_file_with_a_name_it_does_not_know_is_still_refused_by_check(tmp_path):
    path = write(tmp_path, "mouse:\n  fire: [left, banana]\n")
    assert len(error_lines(path)) == 1
    bindings, problems = load_bindings_or_default(path)
    assert bindings.mouse["fire"] == default_bindings().mouse["fire"]  # the modder's file is held to every name
    assert problems[0].endswith("(its default stands in)")


def test_every_input_name_is_written_so_yaml_reads_it_back_as_that_name(tmp_path):
    from game.input.bindings import MOUSE_BUTTONS, _key_names, _yaml_name
    import yaml
    for name in [*_key_names(), *MOUSE_BUTTONS, *PAD_BUTTONS, *PAD_TRIGGERS]:
        assert yaml.safe_load(f"a: [{_yaml_name(name)}]") == {"a": [name]}, name


def test_a_key_beyond_ascii_is_written_as_itself_and_read_back(tmp_path):
    pygame.display.init()  # as the game has, before it reads the bindings: a key's name is read by the keyboard map
    names = input_names(default_bindings())
    names["keyboard"]["dash"] = ["ü"]
    path = tmp_path / "bindings.yaml"
    assert save_player_bindings(names, default_bindings(), path) is None
    assert '  dash: ["ü"]\n' in path.read_text(encoding="utf-8")
    assert load_player_bindings(DEFAULT_BINDINGS_PATH, path)[0].keyboard["dash"] == (pygame.key.key_code("ü"),)


def test_a_player_file_that_is_a_link_to_no_file_is_named_and_the_game_s_bindings_stand(tmp_path):
    player = tmp_path / "bindings.yaml"
    player.symlink_to(tmp_path / "dotfiles" / "bindings.yaml")
    bindings, lines = load_player_bindings(DEFAULT_BINDINGS_PATH, player)
    assert bindings == default_bindings() and len(lines) == 1
    assert lines[0].startswith(str(player)) and f"a link to {tmp_path / 'dotfiles' / 'bindings.yaml'}" in lines[0]


MENU_KEY = (1 << 30) | 101  # SDLK_APPLICATION, the Menu key of PC keyboards; pygame has no constant for it


def test_the_menu_key_is_named_application_and_read_back_though_x11_calls_it_menu(tmp_path, monkeypatch):
    from game.input.bindings import key_name
    from game.view.controls import input_label
    real_name, real_code = pygame.key.name, pygame.key.key_code

    def x11_name(code, use_compat=True):  # as SDL's X11 keyboard map names it: "Menu", which is pygame's K_MENU
        return "Menu" if code == MENU_KEY and not use_compat else real_name(code, use_compat)

    def x11_code(name):  # and X11's map does not read SDL's own name for it
        if name.lower() == "application":
            raise ValueError("unknown key name")
        return real_code(name)

    monkeypatch.setattr(pygame.key, "name", x11_name)
    monkeypatch.setattr(pygame.key, "key_code", x11_code)
    assert key_name(MENU_KEY) == "application" and input_label("keyboard", "application") == "MENU KEY"
    assert load_bindings(write(tmp_path, "keyboard:\n  vmax: [Application]\n")).keyboard["vmax"] == (MENU_KEY,)


@pytest.mark.parametrize("section, action", [
    ("keyboard", "pause"), ("pad", "pause"), ("keyboard", "menu_confirm"), ("pad", "menu_back")])
def test_pause_or_a_menu_action_left_with_no_input_is_named_and_the_game_s_binding_stands_in(tmp_path, section, action):
    shipped = write(tmp_path, "keyboard:\n  pause: [p]\n")  # a modder's change, which the player's file sits over
    other = "h" if section == "keyboard" else "b"
    player = tmp_path / "player.yaml"
    player.write_text(f"{section}:\n  {action}: []\n  dash: [{other}]\n", encoding="utf-8")
    bindings, lines = load_player_bindings(shipped, player)
    wanted = load_bindings_or_default(shipped)[0]
    if section == "keyboard":
        assert bindings.keyboard[action] == wanted.keyboard[action] != ()
        assert bindings.keyboard["dash"] == (pygame.K_h,)  # the rest of the file holds
    else:
        assert bindings.pad_buttons[action] == wanted.pad_buttons[action] != ()
        assert bindings.pad_buttons["dash"] == (PAD_BUTTONS["b"],)
    assert lines == [f"{player}: {section}.{action}: expected at least one "
                     f"{'key' if section == 'keyboard' else 'button or trigger'}, found none (a player with none "
                     f"could not {'pause or leave a mission' if action == 'pause' else 'work the menus'}) "
                     "(the game's binding stands in)"]


def test_a_mouse_button_alone_does_not_keep_the_game_pausable_from_a_shipped_file_edited_by_hand(tmp_path):
    bindings, lines = load_bindings_or_default(write(tmp_path, "keyboard:\n  pause: []\nmouse:\n  pause: [middle]\n"))
    assert bindings.keyboard["pause"] == default_bindings().keyboard["pause"]
    assert bindings.mouse["pause"] == (pygame.BUTTON_MIDDLE,)
    assert len(lines) == 1 and lines[0].endswith("(its default stands in)") and "keyboard.pause" in lines[0]
    assert load_bindings_or_default(write(tmp_path, "keyboard:\n  vmax: []\n"))[1] == []  # others may go unbound


# --- the order of an action's inputs ---------------------------------------------------------------

def test_an_order_entry_puts_an_action_s_mouse_button_before_its_key_for_the_page_and_the_prompts(tmp_path):
    from game.view.controls import control_name
    path = write(tmp_path, "keyboard:\n  dash: [space]\nmouse:\n  dash: [x1]\norder:\n  dash: [mouse, keyboard]\n")
    bindings = load_bindings(path)
    assert bindings.inputs("dash", "keyboard") == [("mouse", pygame.BUTTON_X1), ("keyboard", pygame.K_SPACE)]
    assert control_name(bindings, "dash") == "X1 MOUSE"


def test_a_pad_s_buttons_and_triggers_keep_the_order_they_are_written_in(tmp_path):
    from game.view.controls import control_name
    bindings = load_bindings(write(tmp_path, "pad:\n  fire: [b, righttrigger]\n  dash: [lefttrigger, a]\n"))
    assert bindings.inputs("fire", "pad") == [("button", PAD_BUTTONS["b"]), ("trigger", PAD_TRIGGERS["righttrigger"])]
    assert input_names(bindings)["pad"]["dash"] == ["lefttrigger", "a"]
    assert control_name(bindings, "fire", "pad") == "B" and control_name(bindings, "dash", "pad") == "LT"


def test_an_order_that_does_not_fit_the_action_s_inputs_is_named_and_the_usual_order_stands(tmp_path):
    path = write(tmp_path, "mouse:\n  dash: [x1]\norder:\n  dash: [mouse]\n  vmax: keyboard\n")
    bindings, lines = load_bindings_or_default(path)
    assert lines == [
        f"{path}: order.dash: expected a list of 2 keyboard and 1 mouse entries, one for each of the action's keys and"
        " mouse buttons, found [mouse] (it says where the mouse buttons stand among the keys) (its default stands in)",
        f"{path}: order.vmax: expected a list of 1 keyboard and 1 mouse entries, one for each of the action's keys and"
        ' mouse buttons, found "keyboard" (it says where the mouse buttons stand among the keys)'
        " (its default stands in)",
    ]
    assert [kind for kind, _ in bindings.inputs("dash", "keyboard")] == ["keyboard", "keyboard", "mouse"]


def test_saving_keeps_the_order_of_keys_and_mouse_buttons_only_where_they_are_mixed_and_reads_it_back(tmp_path):
    names = input_names(default_bindings())
    names["keyboard"]["dash"], names["mouse"]["dash"], names["order"]["dash"] = ["left shift"], ["x1"], \
        ["mouse", "keyboard"]
    names["mouse"]["knuckle"], names["order"]["knuckle"] = ["x2"], ["keyboard", "mouse"]  # keys first, as usual
    path = tmp_path / "bindings.yaml"
    assert save_player_bindings(names, default_bindings(), path) is None
    text = path.read_text(encoding="utf-8")
    assert text.endswith("order:  # where each action's mouse buttons stand among its keys\n"
                         "  dash: [mouse, keyboard]\n")
    bindings, lines = load_player_bindings(DEFAULT_BINDINGS_PATH, path)
    assert lines == [] and bindings == bindings_from_names(names)
    assert input_names(bindings)["order"]["dash"] == ["mouse", "keyboard"]


def test_restart_left_out_of_a_player_s_file_does_not_take_r_or_view_from_the_action_the_file_gives_them(tmp_path):
    player = write(tmp_path, "keyboard:\n  fire: [r]\npad:\n  knuckle: [back]\n")  # kept from before Restart was
    bindings, lines = load_player_bindings(DEFAULT_BINDINGS_PATH, player)
    assert lines == [] and bindings.keyboard["fire"] == (pygame.K_r,) and bindings.pad_buttons["knuckle"] == (
        PAD_BUTTONS["back"],)
    assert bindings.keyboard["restart"] == () and bindings.pad_buttons["restart"] == ()  # R held fires, no restart
    assert bindings.pad_buttons["menu_back"] == (PAD_BUTTONS["b"], PAD_BUTTONS["back"])  # the menus share theirs
    assert default_bindings().keyboard["restart"] == (pygame.K_r,)
