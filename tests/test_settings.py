"""Player settings: where they live, reading them forgivingly, and saving them atomically."""

import dataclasses
import os
import tempfile
from pathlib import Path

import pytest
import yaml

from game.content.yamlio import load_yaml
from game.settings import Settings, load_settings, save_settings, settings_path

CHANGED = Settings(screen_shake=0.5, flashes=0.0, sfx_volume=0.3, music_volume=1.0, fullscreen=True,
                   pad_move_stick="right", pad_dead_zone=0.35, pad_trigger_pull=0.6)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_the_defaults_are_full_shake_full_flashes_and_the_designed_volumes_in_a_window():
    assert Settings() == Settings(screen_shake=1.0, flashes=1.0, sfx_volume=0.8, music_volume=0.55, fullscreen=False)
    with pytest.raises(dataclasses.FrozenInstanceError):
        Settings().flashes = 0.0  # type: ignore[misc]


def test_the_settings_path_follows_blue_comet_config_dir_then_xdg_config_home_then_home(monkeypatch, tmp_path):
    monkeypatch.setenv("BLUE_COMET_CONFIG_DIR", str(tmp_path / "mine"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert settings_path() == tmp_path / "mine" / "settings.yaml"
    monkeypatch.delenv("BLUE_COMET_CONFIG_DIR")
    assert settings_path() == tmp_path / "xdg" / "blue-comet" / "settings.yaml"
    monkeypatch.delenv("XDG_CONFIG_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert settings_path() == tmp_path / "home" / ".config" / "blue-comet" / "settings.yaml"


def test_a_missing_file_gives_the_defaults_and_no_problems(tmp_path):
    assert load_settings(tmp_path / "nowhere" / "settings.yaml") == (Settings(), [])


def test_an_empty_file_gives_the_defaults_and_no_problems(tmp_path):
    assert load_settings(write(tmp_path / "settings.yaml", "# nothing yet\n")) == (Settings(), [])


def test_saved_settings_load_back_the_same_with_no_problems(tmp_path):
    path = tmp_path / "settings.yaml"
    assert save_settings(CHANGED, path) is None
    assert load_settings(path) == (CHANGED, [])


def test_the_saved_file_explains_each_key_in_a_comment_header(tmp_path):
    path = tmp_path / "settings.yaml"
    save_settings(Settings(), path)
    text = path.read_text(encoding="utf-8")
    header = [line for line in text.splitlines() if line.startswith("#")]
    for field in dataclasses.fields(Settings):
        assert any(field.name in line for line in header), field.name
        assert f"\n{field.name}: " in text


def test_saving_creates_the_folder_when_it_is_missing(tmp_path):
    path = tmp_path / "a" / "b" / "settings.yaml"
    assert save_settings(CHANGED, path) is None
    assert load_settings(path)[0] == CHANGED


def test_saving_replaces_the_file_whole_and_leaves_no_temporary_file_behind(tmp_path, monkeypatch):
    path = write(tmp_path / "settings.yaml", "sfx_volume: 0.1\n")
    old_inode = path.stat().st_ino
    calls = []
    real_replace, real_fsync = os.replace, os.fsync
    monkeypatch.setattr(os, "replace", lambda src, dst: (calls.append(("replace", Path(src), Path(dst))),
                                                          real_replace(src, dst))[1])
    monkeypatch.setattr(os, "fsync", lambda fd: (calls.append(("fsync",)), real_fsync(fd))[1])
    assert save_settings(CHANGED, path) is None
    replaces = [call for call in calls if call[0] == "replace"]
    assert len(replaces) == 1
    _, temp, target = replaces[0]
    assert temp.parent == path.parent and temp != path and target == path  # written beside it, then swapped in
    assert calls.index(("fsync",)) < calls.index(replaces[0])  # synced before the swap
    assert not temp.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.yaml"]
    assert path.stat().st_ino != old_inode  # a new file took the old one's place, it was not rewritten in place
    assert load_settings(path) == (CHANGED, [])


def test_a_failing_replace_leaves_the_old_file_intact_removes_the_temporary_file_and_returns_the_error(
        tmp_path, monkeypatch):
    path = write(tmp_path / "settings.yaml", "sfx_volume: 0.1\n")

    def refuse(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    error = save_settings(CHANGED, path)
    assert error is not None and str(path) in error and "No space left on device" in error
    assert path.read_text(encoding="utf-8") == "sfx_volume: 0.1\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.yaml"]


def test_saving_through_a_link_replaces_the_file_it_points_to_and_keeps_its_permissions(tmp_path):
    (tmp_path / "dotfiles").mkdir()
    target = write(tmp_path / "dotfiles" / "settings.yaml", "sfx_volume: 0.1\n")
    target.chmod(0o644)
    link = tmp_path / "settings.yaml"
    link.symlink_to(target)
    assert save_settings(CHANGED, link) is None
    assert link.is_symlink() and load_settings(target) == (CHANGED, [])
    assert target.stat().st_mode & 0o777 == 0o644


def test_an_unwritable_folder_returns_an_error_line_instead_of_raising(tmp_path, monkeypatch):
    path = write(tmp_path / "settings.yaml", "sfx_volume: 0.1\n")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(tmp_path))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)  # what creating a file in a read-only folder does
    error = save_settings(CHANGED, path)
    assert isinstance(error, str) and str(path) in error and "Permission denied" in error and "\n" not in error
    assert path.read_text(encoding="utf-8") == "sfx_volume: 0.1\n"


def test_a_folder_that_cannot_be_created_returns_an_error_line_instead_of_raising(tmp_path):
    blocker = write(tmp_path / "not-a-folder", "a file where the folder should be")
    error = save_settings(CHANGED, blocker / "settings.yaml")
    assert isinstance(error, str) and "settings.yaml" in error and "\n" not in error


BROKEN = """\
screen_shake: 0.5
flashes: 3
sfx_volume: loud
music_volume: 0.2
fullscreen: 1
shake: 0
"""


def test_a_broken_file_keeps_the_good_keys_and_gives_the_defaults_for_the_bad_ones(tmp_path):
    settings, _ = load_settings(write(tmp_path / "settings.yaml", BROKEN))
    assert settings == Settings(screen_shake=0.5, music_volume=0.2)


def test_a_broken_file_reports_each_bad_key_with_the_file_the_key_what_was_expected_and_what_was_found(tmp_path):
    path = write(tmp_path / "settings.yaml", BROKEN)
    _, problems = load_settings(path)
    assert len(problems) == 4
    by_key = {key: line for key in ("flashes", "sfx_volume", "fullscreen", "shake")
              for line in problems if f": {key}: " in line}
    assert set(by_key) == {"flashes", "sfx_volume", "fullscreen", "shake"}
    assert all(line.startswith(f"{path}: ") and "\n" not in line for line in problems)
    assert "expected a number from 0 to 1, found 3" in by_key["flashes"] and "default 1.0" in by_key["flashes"]
    assert 'expected a number from 0 to 1, found "loud"' in by_key["sfx_volume"]
    assert "expected true or false, found 1" in by_key["fullscreen"]
    assert 'expected a known setting, found "shake"' in by_key["shake"] and "screen_shake" in by_key["shake"]


def test_a_broken_file_is_left_untouched_on_disk(tmp_path):
    path = write(tmp_path / "settings.yaml", BROKEN)
    before = path.stat()
    load_settings(path)
    assert path.read_text(encoding="utf-8") == BROKEN
    assert path.stat().st_mtime_ns == before.st_mtime_ns
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.yaml"]


def test_saving_over_a_file_that_did_not_read_cleanly_keeps_that_file_beside_the_new_one_and_says_where(tmp_path):
    # A typo makes the whole file unreadable YAML; the good values above it, and a newer game's key, are the player's.
    text = "# tuned by hand\nscreen_shake: 0.5\nmusic_volume: 0.2\nfrom_a_newer_game: 3\nflashes: [0.5\n"
    path = write(tmp_path / "settings.yaml", text)
    note = save_settings(CHANGED, path)
    assert note == f"{path} had mistakes: your file as it was is kept as settings.unreadable.yaml"
    assert (tmp_path / "settings.unreadable.yaml").read_text(encoding="utf-8") == text
    assert load_settings(path) == (CHANGED, [])
    assert save_settings(Settings(), path) is None  # the file reads cleanly now: nothing more is kept
    write(path, BROKEN)
    assert save_settings(CHANGED, path).endswith("kept as settings.unreadable.2.yaml")  # the first copy stays
    assert (tmp_path / "settings.unreadable.yaml").read_text(encoding="utf-8") == text
    assert (tmp_path / "settings.unreadable.2.yaml").read_text(encoding="utf-8") == BROKEN


NEWER = "screen_shake: 0.5\nhdr_glow: true\ncockpit:\n  tint: [0.2, 0.4, 1]\n  layout: wide\n"


def test_saving_keeps_a_newer_game_s_keys_as_they_were_and_makes_no_copy_aside(tmp_path):
    path = write(tmp_path / "settings.yaml", NEWER)
    _, told = load_settings(path)
    assert [line.split(": ")[1] for line in told] == ["hdr_glow", "cockpit"]  # named on the title, as before
    for _ in range(2):  # and again: still nothing to keep aside
        assert save_settings(CHANGED, path) is None
        assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.yaml"]
        assert load_settings(path) == (CHANGED, told)  # the newer game's keys still in the file, still named
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["hdr_glow"] is True and data["cockpit"] == {"tint": [0.2, 0.4, 1], "layout": "wide"}


def test_saving_over_a_mistake_beside_a_newer_game_s_key_keeps_the_file_aside_once_and_the_key_in_the_new_one(
        tmp_path):
    path = write(tmp_path / "settings.yaml", "sfx_volume: loud\nhdr_glow: true\n")
    assert save_settings(CHANGED, path).endswith("kept as settings.unreadable.yaml")  # the mistake would be lost
    settings, told = load_settings(path)
    assert settings == CHANGED and len(told) == 1 and ": hdr_glow: expected a known setting" in told[0]
    assert save_settings(Settings(), path) is None  # the mistake is aside: no second copy for the key kept
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.unreadable.yaml", "settings.yaml"]


def test_a_newer_game_s_values_yaml_writes_in_other_ways_are_written_back_the_same(tmp_path):
    text = 'glow: .nan\n"odd: key": "line\\nbreak"\n1: null\nwhen: 2031-05-01\nlong: "' + "x" * 300 + '"\n'
    path = write(tmp_path / "settings.yaml", text)
    before = load_yaml(write(tmp_path / "before.yaml", text))  # as the game reads it: every key a name, `1` too
    assert save_settings(CHANGED, path) is None and save_settings(Settings(), path) is None
    after = load_yaml(path)
    assert repr(after) == repr({**{name: after[name] for name in dataclasses.asdict(Settings())}, **before})


def test_an_unknown_key_thousands_of_characters_long_is_told_cut_short(tmp_path):
    key = "k" * 5000
    _, short = load_settings(write(tmp_path / "settings.yaml", '"k": 1\n'))
    _, problems = load_settings(write(tmp_path / "settings.yaml", f'? "{key}"\n: 1\n'))
    # A one-letter key's line but for the key's first 60 letters and "…", where it is named and where it is quoted:
    # measured against that line, as the known settings it lists grow in number.
    assert len(problems) == 1 and len(problems[0]) == len(short[0]) + 2 * 60
    assert problems[0].startswith(f'{tmp_path / "settings.yaml"}: {"k" * 60}…: expected a known setting, found "')


def test_a_control_character_in_an_unknown_key_is_written_out_in_the_message(tmp_path):
    _, problems = load_settings(write(tmp_path / "settings.yaml", '"shake\\0it": 1\n'))
    assert len(problems) == 1
    assert problems[0].startswith(f'{tmp_path / "settings.yaml"}: shake\\x00it: expected a known setting, '
                                  'found "shake\\x00it" (ignored; ')


def test_a_negative_or_not_a_number_value_is_out_of_range(tmp_path):
    settings, problems = load_settings(write(tmp_path / "settings.yaml", "screen_shake: -0.5\nflashes: .nan\n"))
    assert settings == Settings()
    assert len(problems) == 2 and all("expected a number from 0 to 1" in line for line in problems)


def test_the_pad_settings_are_checked_against_their_own_ranges_and_choices(tmp_path):
    path = write(tmp_path / "settings.yaml", "pad_move_stick: middle\npad_dead_zone: 0.95\npad_trigger_pull: 0.02\n"
                                             "flashes: 0.5\n")
    settings, problems = load_settings(path)
    assert settings == Settings(flashes=0.5)
    assert problems == [
        f'{path}: pad_move_stick: expected left or right, found "middle" (text) '
        '(using the default left; known: left, right)',
        f"{path}: pad_dead_zone: expected a number from 0 to 0.9, found 0.95 (a number) "
        "(using the default 0.2; 0 none .. 0.9)",
        f"{path}: pad_trigger_pull: expected a number from 0.05 to 0.95, found 0.02 (a number) "
        "(using the default 0.35; 0.05 a touch .. 0.95 all the way)",
    ]
    _, problems = load_settings(write(tmp_path / "settings.yaml", "pad_move_stick: [left]\n"))
    assert problems == [f"{path}: pad_move_stick: expected left or right, found a list (using the default left; "
                        "left or right)"]
    _, problems = load_settings(write(tmp_path / "settings.yaml", "pad_move_stick: lef\n"))
    assert 'did you mean "left"?' in problems[0]
    assert load_settings(write(tmp_path / "settings.yaml", "pad_move_stick: Right\n")) == \
        (Settings(pad_move_stick="right"), [])  # as the menu shows it


def test_a_whole_number_of_hundreds_of_digits_is_one_bad_key_and_the_others_are_kept(tmp_path):
    path = write(tmp_path / "settings.yaml", "screen_shake: 1" + "0" * 400 + "\nflashes: 0.5\n")
    settings, problems = load_settings(path)
    assert settings == Settings(flashes=0.5)
    assert problems == [f"{path}: screen_shake: expected a number from 0 to 1, found a number of about 400 digits "
                        "(using the default 1.0; 1 full, 0.5 half, 0 off)"]


def test_a_duplicate_key_is_reported_with_its_line_and_the_other_keys_are_kept(tmp_path):
    path = write(tmp_path / "settings.yaml", "screen_shake: 0.5\nsfx_volume: 0.3\nscreen_shake: 0\n")
    settings, problems = load_settings(path)
    assert settings == Settings(sfx_volume=0.3)  # which of the two was meant is unclear: the default holds
    assert len(problems) == 1
    assert problems[0].startswith(f"{path}: line 3, key 'screen_shake': expected each setting once")
    assert "the first is on line 1" in problems[0]
    assert path.read_text(encoding="utf-8") == "screen_shake: 0.5\nsfx_volume: 0.3\nscreen_shake: 0\n"


@pytest.mark.parametrize("text, found", [
    ("difficulty: !!timestamp soon\n", "a !!timestamp that is not a date: 'soon'"),  # AttributeError: 'NoneType'...
    ("difficulty: !!bool maybe\n", "a !!bool that is not one: 'maybe'"),  # KeyError: 'maybe'
], ids=["timestamp", "bool"])
def test_a_tag_on_text_not_of_its_kind_is_a_yaml_mistake_at_its_line_not_a_python_error(tmp_path, text, found):
    path = write(tmp_path / "settings.yaml", text)
    assert load_settings(path) == (Settings(), [f"{path}: line 1, column 13: expected valid YAML, found a mistake: "
                                                f"{found} (using the default settings)"])


def test_a_key_given_twice_beside_a_broken_tag_names_the_tag_that_stops_the_file(tmp_path):
    # The key given twice sends the file to the reading that keeps the other keys: it must read the tag as strictly.
    path = write(tmp_path / "settings.yaml", "screen_shake: 0.5\nscreen_shake: 0\ndifficulty: !!timestamp soon\n")
    found = "a !!timestamp that is not a date: 'soon'"
    assert load_settings(path) == (Settings(), [f"{path}: line 3, column 13: expected valid YAML, found a mistake: "
                                                f"{found} (using the default settings)"])


def test_a_file_that_is_not_yaml_gives_the_defaults_and_one_line_naming_the_file_and_place(tmp_path):
    path = write(tmp_path / "settings.yaml", "screen_shake: [0.5\n")
    settings, problems = load_settings(path)
    assert settings == Settings()
    assert len(problems) == 1 and problems[0].startswith(f"{path}: line ") and "expected valid YAML" in problems[0]
    assert path.read_text(encoding="utf-8") == "screen_shake: [0.5\n"


def test_a_file_that_is_not_a_mapping_gives_the_defaults_and_says_so(tmp_path):
    settings, problems = load_settings(write(tmp_path / "settings.yaml", "- screen_shake\n- 0.5\n"))
    assert settings == Settings()
    assert len(problems) == 1 and "expected a mapping of settings" in problems[0] and "found a list" in problems[0]


def test_a_settings_path_that_is_a_folder_gives_the_defaults_and_one_line_without_raising(tmp_path):
    folder = tmp_path / "settings.yaml"
    folder.mkdir()
    settings, problems = load_settings(folder)
    assert settings == Settings() and len(problems) == 1 and str(folder) in problems[0]


def test_a_link_to_no_file_gives_the_defaults_and_says_where_it_leads(tmp_path):
    broken = tmp_path / "settings.yaml"
    broken.symlink_to(tmp_path / "dotfiles" / "settings.yaml")
    settings, problems = load_settings(broken)
    assert settings == Settings() and len(problems) == 1
    assert problems[0].startswith(str(broken)) and f"a link to {tmp_path / 'dotfiles' / 'settings.yaml'}" in problems[0]
    assert save_settings(CHANGED, broken) is None  # saving makes the file the link points to
    assert broken.is_symlink() and load_settings(broken) == (CHANGED, [])


def test_a_loop_of_links_gives_the_defaults_and_says_so(tmp_path):
    first, second = tmp_path / "settings.yaml", tmp_path / "other.yaml"
    first.symlink_to(second)
    second.symlink_to(first)
    settings, problems = load_settings(first)
    assert settings == Settings() and len(problems) == 1 and "a loop of links" in problems[0]
