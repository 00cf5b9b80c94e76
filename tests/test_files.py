"""The player's folder: a file standing where it should be is named at start and in each line saying a file could not be
saved."""

import pytest

from game.files import folders_blocked
from game.input.bindings import DEFAULT_BINDINGS_PATH, input_names, load_bindings_or_default, save_player_bindings
from game.record import RecordError, record_result
from game.replay import Recorder
from game.saves import write_save
from game.session import DEFAULT_LEVEL, new_game
from game.settings import Settings, save_settings
from game.sim.resources import Tally


def save_the_settings(folder):
    return save_settings(Settings(sfx_volume=0.3), folder / "settings.yaml")


def save_the_controls(folder):
    shipped = load_bindings_or_default(DEFAULT_BINDINGS_PATH)[0]
    return save_player_bindings(input_names(shipped), shipped, folder / "bindings.yaml")


def save_the_game(folder):
    game = new_game(DEFAULT_LEVEL, seed=1)
    try:
        return write_save(game, DEFAULT_LEVEL, path=folder / "save.json")
    finally:
        game.close()


def save_the_record(folder):
    with pytest.raises(RecordError) as caught:
        record_result("outpost", Tally(), "won", path=folder / "record.yaml")
    return str(caught.value)


def save_the_replay(folder):
    game = new_game(DEFAULT_LEVEL, seed=1)
    recorder = Recorder(game, DEFAULT_LEVEL)
    recorder.before_step()
    game.step()
    recorder.after_step()
    game.close()
    with pytest.raises(OSError) as caught:  # the play scene and --record show its strerror
        recorder.save(folder / "last.replay")
    return caught.value.strerror


@pytest.mark.parametrize("save", [save_the_settings, save_the_controls, save_the_game, save_the_record,
                                  save_the_replay], ids=lambda save: save.__name__)
@pytest.mark.parametrize("depth", ["the folder", "a folder above it"])
def test_a_file_where_the_players_folder_should_be_is_named_not_file_exists(tmp_path, save, depth):
    blocker = tmp_path / "blue-comet"
    blocker.write_text("a file, not a folder\n", encoding="utf-8")
    folder = blocker if depth == "the folder" else blocker / "config" / "blue-comet"
    line = save(folder)
    assert f"{blocker} is a file where a folder was expected" in line
    assert "File exists" not in line and "\n" not in line
    assert blocker.read_text(encoding="utf-8") == "a file, not a folder\n"  # nothing is written over or beside it
    assert sorted(tmp_path.iterdir()) == [blocker]


def test_a_link_to_no_folder_where_the_players_folder_should_be_says_where_it_leads(tmp_path):
    link = tmp_path / "blue-comet"
    link.symlink_to(tmp_path / "elsewhere")
    line = save_the_settings(link)
    assert f"{link} is a link to {tmp_path / 'elsewhere'}, which is not there, where a folder was expected" in line


def test_each_of_the_player_s_folders_a_file_blocks_is_named_with_what_it_keeps(tmp_path, monkeypatch):
    monkeypatch.delenv("BLUE_COMET_CONFIG_DIR")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert folders_blocked() == []  # neither folder there yet: both can be made
    (tmp_path / "data").write_text("", encoding="utf-8")
    assert folders_blocked() == [f"{tmp_path / 'data'} is a file where a folder was expected: the save, the career "
                                 "record and the last replay cannot be kept until it is moved"]


def test_a_loop_of_links_where_a_folder_above_the_players_should_be_is_named(tmp_path):
    loop = tmp_path / "config"
    loop.symlink_to(loop)
    line = save_the_settings(loop / "blue-comet")
    assert f"{loop} is a loop of links, where a folder was expected" in line
