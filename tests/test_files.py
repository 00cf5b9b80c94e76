"""The player's folder: a file standing where it should be is named at start and in each line saying a file could not be
saved; a named pipe where one of the player's files goes is named, not waited on; a folder this user may not open
(made by `sudo blue-comet`) is named at start, its files' lines say why, and nothing raises."""

import errno
import os
import threading
import time

import pytest

from game.files import config_dir, data_dir, folders_blocked, stamp, write_atomically
from game.input.bindings import (DEFAULT_BINDINGS_PATH, input_names, load_bindings_or_default, load_player_bindings,
                                 save_player_bindings)
from game.record import RecordError, load_record, record_result
from game.replay import Recorder, ReplayError, load_replay
from game.saves import SaveError, has_save, read_save, write_save
from game.session import DEFAULT_LEVEL, new_game
from game.settings import Settings, load_settings, save_settings
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


def test_a_relative_xdg_folder_is_ignored_as_the_xdg_spec_says_and_the_files_do_not_follow_the_current_folder(
        tmp_path, monkeypatch):
    monkeypatch.delenv("BLUE_COMET_CONFIG_DIR")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CONFIG_HOME", "config")
    monkeypatch.setenv("XDG_DATA_HOME", "./data")
    assert config_dir() == tmp_path / "home" / ".config" / "blue-comet"
    assert data_dir() == tmp_path / "home" / ".local" / "share" / "blue-comet"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # an absolute one is used
    monkeypatch.setenv("XDG_DATA_HOME", "")  # set but empty: as if not set
    assert config_dir() == tmp_path / "config" / "blue-comet"
    assert data_dir() == tmp_path / "home" / ".local" / "share" / "blue-comet"


def test_a_loop_of_links_where_a_folder_above_the_players_should_be_is_named(tmp_path):
    loop = tmp_path / "config"
    loop.symlink_to(loop)
    line = save_the_settings(loop / "blue-comet")
    assert f"{loop} is a loop of links, where a folder was expected" in line


def read_the_settings(path):
    return load_settings(path)[1][0]


def read_the_controls(path):
    return load_player_bindings(DEFAULT_BINDINGS_PATH, path)[1][0]


def read_the_record(path):
    with pytest.raises(RecordError) as caught:
        load_record(path)
    return str(caught.value)


def read_the_save(path):
    with pytest.raises(SaveError) as caught:
        read_save(path)
    return str(caught.value)


def read_the_replay(path):
    with pytest.raises(ReplayError) as caught:
        load_replay(path)
    return str(caught.value)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
@pytest.mark.parametrize("read", [read_the_settings, read_the_controls, read_the_record, read_the_save,
                                  read_the_replay], ids=lambda read: read.__name__)
def test_a_named_pipe_where_a_players_file_goes_is_named_not_waited_on(tmp_path, read):
    path = tmp_path / "the-file"
    os.mkfifo(path)
    said = []
    reader = threading.Thread(target=lambda: said.append(read(path)), daemon=True)  # on a hang, the test fails
    reader.start()
    reader.join(timeout=10)
    assert not reader.is_alive(), "reading waited for a writer to the pipe"
    assert str(path) in said[0] and "a named pipe" in said[0]


def lock(monkeypatch, folder):
    """Act as a user who may not open `folder` (made by `sudo blue-comet`, or a backup restored as another user):
    whatever is in it cannot even be looked at, as the system refuses it (the tests run as root, which chmod does not
    stop). Python 3.11's Path.exists() and is_file() raise PermissionError there; only a missing file gives False."""
    def inside(path):
        return isinstance(path, (str, os.PathLike)) and os.fspath(path).startswith(f"{folder}{os.sep}")

    for name in ("stat", "lstat", "open"):
        def refused(path, *args, real=getattr(os, name), **options):
            if inside(path):
                raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
            return real(path, *args, **options)
        monkeypatch.setattr(os, name, refused)
    access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, **options: False if os.fspath(path) == str(folder)
                        else access(path, mode, **options))


@pytest.mark.parametrize("read", [read_the_settings, read_the_controls, read_the_record, read_the_save,
                                  read_the_replay], ids=lambda read: read.__name__)
def test_a_file_in_a_folder_this_user_may_not_open_is_named_with_why_not_a_traceback(tmp_path, monkeypatch, read):
    path = tmp_path / "blue-comet" / "the-file"
    path.parent.mkdir()
    path.write_text("sfx_volume: 0.3\n", encoding="utf-8")
    lock(monkeypatch, path.parent)
    line = read(path)
    assert str(path) in line and "\n" not in line
    assert ("may not read" in line or "Permission denied" in line) and "Error" not in line  # no Python words


def test_a_folder_this_user_may_not_open_is_named_at_start_and_its_save_record_and_controls_do_not_raise(
        player_files, monkeypatch):
    (player_files / "save.json").write_text("{}", encoding="utf-8")
    lock(monkeypatch, player_files)
    assert folders_blocked() == [f"{player_files} is a folder this user may not open: settings, controls, the save, "
                                 "the career record and the last replay are not read or kept until its owner or "
                                 "permissions are changed"]
    assert not has_save()  # the title offers no Continue, and says why above
    assert "may not read" in read_the_record(player_files / "record.yaml")  # not "no record yet": it may be there
    bindings, lines = load_player_bindings(DEFAULT_BINDINGS_PATH, player_files / "bindings.yaml")
    assert bindings == load_bindings_or_default(DEFAULT_BINDINGS_PATH)[0]  # the game's own stand in
    assert lines == [f"{player_files / 'bindings.yaml'}: expected a readable UTF-8 YAML file, found a file this user "
                     "may not read (using the game's bindings)"]
    said = save_the_game(player_files)
    assert said.startswith(f"{player_files / 'save.json'}: could not save") and "Permission denied" in said


def test_a_folder_this_user_may_open_but_not_write_in_is_named_at_start(player_files, monkeypatch):
    access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, **options: not mode & os.W_OK
                        if os.fspath(path) == str(player_files) else access(path, mode, **options))
    assert folders_blocked() == [f"{player_files} is a folder this user may not write in: settings, controls, the "
                                 "save, the career record and the last replay cannot be kept until its owner or "
                                 "permissions are changed"]


def test_a_file_rewritten_in_place_with_its_size_and_time_written_put_back_has_another_stamp(tmp_path):
    # What is kept by a stamp (a best run read whole, a campaign's maps) must be read again after such a rewrite: a
    # copy made with its times kept (cp -p), or a tool that restores them
    path = tmp_path / "outpost.replay"
    path.write_bytes(b"sound")
    before, kept = stamp(path), os.stat(path)
    time.sleep(0.05)  # past the file system's clock step: the change must land on another tick of it
    with open(path, "r+b") as file:
        file.write(b"brokn")  # the same size, in place: the same inode
    os.utime(path, ns=(kept.st_atime_ns, kept.st_mtime_ns))
    assert os.stat(path).st_mtime_ns == kept.st_mtime_ns and os.stat(path).st_size == kept.st_size
    assert stamp(path) != before


def test_a_temporary_file_a_killed_write_left_a_day_ago_is_removed_as_its_file_is_next_written_a_fresh_one_kept(
        tmp_path):
    record = tmp_path / "record.yaml"
    stale, fresh = tmp_path / ".record.yaml.k2j8x_0q.tmp", tmp_path / ".record.yaml.a1b2c3d4.tmp"
    others = [tmp_path / ".settings.yaml.k2j8x_0q.tmp", tmp_path / ".record.yaml.my notes.tmp",
              tmp_path / "record.yaml.k2j8x_0q.tmp"]  # another file's, the player's own, not hidden as ours are
    for path in (stale, fresh, *others):
        path.write_bytes(b"levels: {")  # cut short as the game closed
    now, hour = time.time(), 60 * 60
    for path in (stale, *others):
        os.utime(path, (now - 48 * hour, now - 48 * hour))
    os.utime(fresh, (now - hour, now - hour))  # within the day: another game running may be writing it
    write_atomically(record, b"levels: {}\n")
    assert not stale.exists()
    assert fresh.exists() and all(path.exists() for path in others)
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(
        ["record.yaml", fresh.name, *(path.name for path in others)])
