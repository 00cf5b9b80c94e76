"""The dataclasses' methods compiled once and kept (game/dataclass_code.py): the next run makes them from the code kept,
and they are the methods dataclasses compiles itself."""

import builtins
import dataclasses
import marshal
import sys

import pytest

from game import dataclass_code


@pytest.fixture
def fresh(monkeypatch):
    """The module as a run starts it, with nothing kept, in a Python that writes bytecode; its compiles counted."""
    monkeypatch.setattr(dataclass_code, "_codes", {})
    monkeypatch.setattr(dataclass_code, "_used", {})
    monkeypatch.setattr(dataclass_code, "_new", False)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    compiled = []

    def counted(*args, **kwargs):
        compiled.append(args[0])
        return builtins.compile(*args, **kwargs)
    monkeypatch.setattr(dataclass_code, "compile", counted, raising=False)
    return compiled


def made():
    """A frozen dataclass, as the game's content and events are: six methods of its own."""
    @dataclasses.dataclass(frozen=True)
    class Shake:
        fired: float
        hit: float = 2.5
        names: tuple = ()
    return Shake


def test_the_game_makes_its_dataclasses_methods_from_the_code_kept():
    assert dataclasses.exec is dataclass_code._exec  # set as the game package is first imported, before any is made


def test_a_dataclass_s_methods_are_compiled_once_and_read_back_by_the_next_run(fresh, tmp_path, monkeypatch):
    made()
    assert len(fresh) == 6  # __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__
    dataclass_code.write(tmp_path / "kept.bin")
    monkeypatch.setattr(dataclass_code, "_codes", {})  # the next run
    dataclass_code.read(tmp_path / "kept.bin")
    shake = made()
    assert len(fresh) == 6  # none compiled again
    assert shake(1.0) == shake(1.0) != shake(1.0, 3.0)
    assert repr(shake(1.0)).endswith("Shake(fired=1.0, hit=2.5, names=())")
    assert hash(shake(1.0)) == hash(shake(1.0))
    with pytest.raises(dataclasses.FrozenInstanceError):
        shake(1.0).hit = 3.0


def test_the_methods_are_the_code_dataclasses_compiles_itself(fresh, monkeypatch):
    kept = made()
    monkeypatch.setattr(dataclasses, "exec", builtins.exec)
    plain = made()
    for name in ("__init__", "__repr__", "__eq__", "__setattr__", "__delattr__", "__hash__"):
        ours, theirs = getattr(kept, name), getattr(plain, name)
        ours, theirs = getattr(ours, "__wrapped__", ours).__code__, getattr(theirs, "__wrapped__", theirs).__code__
        assert ours == theirs and ours.co_filename == theirs.co_filename, name


@pytest.mark.parametrize("kept", [b"", b"not marshal at all", b"\xe9\x00\x00\x00\x00", "another Python's"])
def test_a_kept_file_damaged_cut_short_or_of_another_python_is_compiled_afresh(fresh, tmp_path, kept):
    if kept == "another Python's":  # its code for the very texts, under another bytecode's magic number
        made()
        dataclass_code.write(tmp_path / "kept.bin")
        _, codes = marshal.loads((tmp_path / "kept.bin").read_bytes())
        kept = marshal.dumps((b"\x00\x00\r\n", codes))
        fresh.clear()
        dataclass_code._codes.clear()
    (tmp_path / "kept.bin").write_bytes(kept)
    dataclass_code.read(tmp_path / "kept.bin")
    assert made()(1.0).hit == 2.5 and len(fresh) == 6


def test_nothing_is_written_where_python_writes_no_bytecode_nor_when_nothing_was_compiled(fresh, tmp_path,
                                                                                          monkeypatch):
    dataclass_code.write(tmp_path / "kept.bin")  # nothing compiled yet
    made()
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    dataclass_code.write(tmp_path / "kept.bin")
    assert list(tmp_path.iterdir()) == []
