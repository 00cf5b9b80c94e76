"""Reading YAML: a tag on text that is not of its kind ("!!bool maybe") is one line naming the file and the place, as
any other YAML mistake, in the game's data files and in the player's own alike; never a traceback."""

import pytest

from game.content.errors import ContentError
from game.content.feel import FEEL_PATH, load_feel
from game.content.yamlio import load_yaml, load_yaml_keeping
from game.input.bindings import DEFAULT_BINDINGS_PATH, default_bindings, load_player_bindings

# PyYAML's constructors trust an explicit tag: each of these was a KeyError, IndexError or TypeError, not a line.
BROKEN_TAGS = [
    ("!!bool maybe", "a !!bool that is not one: 'maybe'"),
    ("!!int", "a !!int that is not one: ''"),
    ("!!float ''", "a !!float that is not one: ''"),
    ("!!set [1]", "expected a mapping node, but found sequence"),
]


@pytest.mark.parametrize("value, found", BROKEN_TAGS, ids=["bool", "int", "float", "set"])
@pytest.mark.parametrize("load", [load_yaml, lambda path: load_yaml_keeping(path, instead="the default stands in")],
                         ids=["game's file", "player's file"])
def test_a_tag_on_text_not_of_its_kind_is_a_yaml_mistake_at_its_place(tmp_path, load, value, found):
    path = tmp_path / "units.yaml"
    path.write_text(f"speed: 1\nmade: {value}\n", encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load(path)
    assert str(caught.value) == f"{path}: line 2, column 7: expected valid YAML, found a mistake: {found}"


def test_a_bool_tag_on_no_bool_in_the_player_s_bindings_is_named_and_the_game_starts_on_its_own(tmp_path):
    player = tmp_path / "bindings.yaml"
    player.write_text("keyboard:\n  dash: !!bool maybe\n", encoding="utf-8")  # once a KeyError at start-up
    assert load_player_bindings(DEFAULT_BINDINGS_PATH, player) == (default_bindings(), [
        f"{player}: line 2, column 9: expected valid YAML, found a mistake: a !!bool that is not one: 'maybe' "
        "(using the game's bindings)"])


@pytest.mark.parametrize("key", ["yes", "on", "off", "~", "null", "1"])
@pytest.mark.parametrize("load", [load_yaml, lambda path: load_yaml_keeping(path, instead="the default stands in")[0]],
                         ids=["game's file", "player's file"])
def test_a_key_yaml_would_read_as_a_bool_null_or_number_is_read_as_written(tmp_path, load, key):
    path = tmp_path / "feel.yaml"
    path.write_text(f"{key}: 1\n'{key}x': 2\n", encoding="utf-8")
    assert load(path) == {key: 1, f"{key}x": 2}


def test_a_mistyped_key_in_the_game_s_file_is_told_as_the_writer_wrote_it(tmp_path):
    path = tmp_path / "feel.yaml"
    path.write_text(FEEL_PATH.read_text(encoding="utf-8") + "yes: 1\non: 2\n", encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_feel(path)
    lines = str(caught.value).splitlines()
    assert [line.split(": expected")[0] for line in lines] == [f"{path}: yes", f"{path}: on"]
    assert 'found "yes"' in lines[0] and 'found "on"' in lines[1]


@pytest.mark.parametrize("load", [load_yaml, lambda path: load_yaml_keeping(path, instead="the default stands in")],
                         ids=["game's file", "player's file"])
def test_a_merge_key_is_refused_in_words_at_its_place_not_in_pyyaml_s_tag_names(tmp_path, load):
    path = tmp_path / "units.yaml"
    path.write_text("dis: &dis {speed: 1}\nelite:\n  <<: *dis\n  armour: 2\n", encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load(path)
    assert str(caught.value) == (f"{path}: line 3, column 3: expected valid YAML, found a mistake: a merge key (<<:), "
                                 "which the game does not read; write out the keys it would bring in")
