"""A replay's ticks are checked a list at once, not one by one, and those checks let through nothing the one-by-one
checks refuse: a damaged file is refused in the same one line either way."""

import gzip
import json

import pytest

from game import replay as replay_module
from game.replay import ReplayError, read_replay
from tests.test_replay import LEVEL, record


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """20 s of the scripted drills on the Mars base, saved as the game saves a replay."""
    path = tmp_path_factory.mktemp("checks") / "run.replay"
    record(LEVEL, 1200).save(path)
    return path


def read(path):
    try:
        return read_replay(path)
    except ReplayError as error:
        return error


def test_a_good_replays_digests_and_intents_are_checked_a_list_at_once_not_one_by_one(run, monkeypatch):
    """A 5-minute run's 160,000 digests and 18,000 intents checked one by one took 75 of the 180 ms a read took."""
    looked_at = []
    for name in ("_is_hex", "_fits"):
        real = getattr(replay_module, name)
        monkeypatch.setattr(replay_module, name, lambda *a, real=real, name=name: (looked_at.append(name), real(*a))[1])
    replay = read_replay(run)
    assert replay.ticks == 1200 and looked_at.count("_fits") == 0
    assert looked_at.count("_is_hex") == 3  # the header's level_hash, catalog_hash and final_hash


def rewritten(source, target, change):
    """The replay's JSON changed by `change(document)`, written compact as the game writes it."""
    document = json.loads(gzip.decompress(source.read_bytes()))
    change(document)
    target.write_bytes(gzip.compress(json.dumps(document, separators=(",", ":")).encode()))
    return target


@pytest.mark.parametrize("change", [
    lambda d: d["hashes"].__setitem__(1000, "not a hash"),
    lambda d: d["hashes"].__setitem__(1000, 12345678),
    lambda d: d["hashes"].__setitem__(1000, d["hashes"][1000].upper()),
    lambda d: d["parts"][900].update(Position=""),
    lambda d: d["parts"][900].update(Position="abcdefa"),
    lambda d: d["parts"].__setitem__(900, []),
    lambda d: d["intents"][-1][1].__setitem__(0, float("nan")),
    lambda d: d["intents"][-1][1].__setitem__(0, 1e300),
    lambda d: d["intents"][-1][1].__setitem__(4, 1),
    lambda d: d["intents"][-1].__setitem__(1, []),
    lambda d: d["intents"][-1].__setitem__(1, d["intents"][-1][1][:-1]),
    lambda d: d["intents"][-1].__setitem__(0, 1201),
    lambda d: d["intents"][-1].__setitem__(0, d["intents"][-2][0]),
    lambda d: d["intents"].__setitem__(0, [True, None]),
    lambda d: d["intents"].__setitem__(0, [1.0, None]),
    lambda d: d["hashes"].pop(),
], ids=["tick hash", "tick hash number", "tick hash upper case", "empty digest", "long digest", "parts list",
        "intent nan", "intent huge", "intent flag", "intent empty", "intent short", "intent past the end",
        "intent ticks not rising", "intent tick flag", "intent tick float", "a hash less"])
def test_the_checks_a_list_at_once_refuse_what_the_checks_one_by_one_refuse_in_the_same_line(
        run, tmp_path, monkeypatch, change):
    path = rewritten(run, tmp_path / "damaged.replay", change)
    at_once = read(path)
    for name in ("_all_hex", "_all_part_digests", "_intent_values_fit"):  # each list then asked one by one
        monkeypatch.setattr(replay_module, name, lambda *a: False)
    one_by_one = read(path)
    assert isinstance(one_by_one, ReplayError)  # each change is damage the file's own checks find
    assert isinstance(at_once, ReplayError) and str(at_once) == str(one_by_one)
    assert str(at_once).startswith(f"{path}: ") and "\n" not in str(at_once)
