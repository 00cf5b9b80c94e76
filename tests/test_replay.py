"""Replays: a recorded session plays back tick for tick in fresh processes, and bad files are refused in one line."""

import dataclasses
import gzip
import json
import math
import os
import platform
import re
import subprocess
import sys
from pathlib import Path

import pytest

from game import __version__
from game.content.catalog import load_catalog
from game.content.chain import LEVELS
from game.content.errors import ContentError
from game.playback import mismatch_reasons, play_back
from game.replay import FORMAT, ReplayError, Recorder, last_replay_path, load_replay
from game.sim.game import combined_hash
from game.session import new_game
from game.sim.components import Brain, Heat, Position
from game.sim.game import INTENT_FIELDS
from tests.maps import write_map

ROOT = Path(__file__).resolve().parents[1]
LEVEL = "levels/mars_base.tmx"
SESSION_TICKS = 2 * 60 * 60
HOME = (200.0, 1030.0)  # px: open ground by the Mars base's player spawn
SMALL_MAP = ["##########", "#........#", "#.P....E.#", "#........#", "##########"]


def scripted_intent(game, tick: int):
    """A pilot that is a function of the tick (and of where things are): 75 s of drills by the start (circling,
    aiming round, bursts, missiles, dashes, knuckle and V-MAX requests), then it hunts the nearest Dis."""
    me = game.world.try_get(game.player, Position)
    if me is None:
        return None
    seconds = tick / 60
    heat = game.world.try_get(game.player, Heat)
    cool = heat is None or heat.value < 55
    if tick < 75 * 60:
        target = (HOME[0] + 80 * math.cos(seconds * 1.3), HOME[1] + 60 * math.sin(seconds * 1.3))
        dx, dy = target[0] - me.x, target[1] - me.y
        distance = math.hypot(dx, dy)
        move = (dx / distance, dy / distance) if distance > 1 else (0.0, 0.0)
        if distance < 40:
            move = (move[0] * distance / 40, move[1] * distance / 40)
        if (tick // 600) % 3 == 2:
            move = (round(move[0], 1), round(move[1], 1))
        aim = (me.x + 150 * math.cos(-seconds * 0.8), me.y + 150 * math.sin(-seconds * 0.8))
        return (*move, *aim, cool and (tick // 25) % 3 == 0, 300 <= tick % 700 < 360, tick % 200 == 100,
                tick in (20 * 60, 21 * 60 + 30, 50 * 60), tick % 290 == 145)
    foes = [(pos.x, pos.y) for _, (pos, _) in game.world.query(Position, Brain)]
    fx, fy = min(foes, key=lambda f: (f[0] - me.x) ** 2 + (f[1] - me.y) ** 2) if foes else HOME
    distance = math.hypot(fx - me.x, fy - me.y) or 1.0
    ux, uy = (fx - me.x) / distance, (fy - me.y) / distance
    side = 1 if (tick // 150) % 2 else -1
    if distance > 520:
        move = (ux, uy)
    elif distance < 380:
        move = (-ux * 0.8 - uy * side * 0.6, -uy * 0.8 + ux * side * 0.6)
    else:
        move = (-uy * side, ux * side)
    return (*move, fx + 8 * math.sin(seconds * 3), fy, distance < 700 and cool and (tick // 20) % 3 == 0,
            200 <= tick % 400 < 260, tick % 150 == 75, tick == 100 * 60, distance < 80 and tick % 40 == 0)


def record(level, ticks: int, seed: int = 2, script=scripted_intent, difficulty: str = "normal",
           taught: tuple[str, ...] = ()) -> Recorder:
    game = new_game(level, seed, difficulty=difficulty, taught=taught)
    recorder = Recorder(game, level)
    for tick in range(ticks):
        game.write_intent(script(game, tick))
        recorder.before_step()
        game.step()
        recorder.after_step()
    return recorder


@pytest.fixture(scope="module")
def session(tmp_path_factory):
    """The two-minute scripted session on the Mars base, recorded and saved."""
    recorder = record(LEVEL, SESSION_TICKS)
    path = tmp_path_factory.mktemp("replays") / "session.replay"
    recorder.save(path)
    return path, recorder


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """Two seconds on the Mars base: quick to play back, for the refusal tests."""
    path = tmp_path_factory.mktemp("small") / "small.replay"
    record(LEVEL, 120).save(path)
    return path


def run(*args, env=None):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, env=env)


def rewrite(source: Path, target: Path, change) -> Path:
    """A copy of the replay with its JSON changed by `change(document)`."""
    document = json.loads(gzip.decompress(source.read_bytes()))
    change(document)
    target.write_bytes(gzip.compress(json.dumps(document).encode()))
    return target


def refusal(path, **kwargs) -> str:
    with pytest.raises(ReplayError) as caught:
        load_replay(path, **kwargs)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(f"{path}: ")
    return message


# -- recording and playing back ----------------------------------------------------------------------------------

def test_a_two_minute_session_replays_tick_for_tick_in_new_processes_under_any_hash_seed(session):
    path, recorder = session
    runs = []
    for seed in ("0", "1", "random"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        command = [sys.executable, str(ROOT / "main.py"), "--replay", str(path), "--headless", "--verify"]
        runs.append(subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     text=True))
    for process in runs:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        report = json.loads(out.strip())
        assert report["mismatch"] is None and report["verified"]
        assert report["ticks"] == report["recorded_ticks"] == SESSION_TICKS
        assert report["state_hash"] == report["recorded_hash"] == recorder.game.state_hash()


def test_the_scripted_session_uses_every_control(session):
    _, recorder = session
    given = [values for _, values in recorder.intents if values is not None]
    for name in ("fire", "missile", "dash", "vmax", "knuckle"):
        assert any(values[INTENT_FIELDS.index(name)] for values in given), name
    assert len({values[:2] for values in given}) > 100 and len({values[2:4] for values in given}) > 1000
    assert recorder.ticks == SESSION_TICKS


def test_a_two_minute_replay_is_one_gzipped_json_object_well_under_two_megabytes(session):
    path, recorder = session
    assert path.stat().st_size < 2 * 1024 * 1024
    document = json.loads(gzip.decompress(path.read_bytes()))
    assert document["format"] == FORMAT == 1 and document["game_version"] == __version__
    assert document["level"] == LEVEL and document["level_name"] == "mars_base.tmx"
    assert document["level_hash"] == new_game(LEVEL, 2).res.level.content_hash
    assert document["catalog_hash"] == load_catalog().content_hash
    assert (document["seed"], document["start_at"], document["ticks"]) == (2, None, SESSION_TICKS)
    assert len(document["hashes"]) == len(document["parts"]) == SESSION_TICKS
    assert document["hashes"][-1] == recorder.game.state_hash()[:8]
    assert document["intents"][0][0] == 1 and all(len(values or INTENT_FIELDS) == 9
                                                    for _, values in document["intents"])


def test_the_same_session_recorded_twice_gives_the_same_bytes(small, tmp_path):
    again = tmp_path / "again.replay"
    record(LEVEL, 120).save(again)
    assert again.read_bytes() == small.read_bytes()


def test_the_recorder_writes_its_replays_file_byte_for_byte_from_the_lists_it_wrote_as_it_went(session):
    """The result screen's frame encoded a long run's replay whole (75 ms of JSON for 111 s): the recorder writes each
    tick's part as it records it, and the file joined from them is the whole replay's, every list in its place."""
    path, recorder = session
    whole = recorder.replay().encode()
    assert recorder.encode() == whole and path.read_bytes() == whole
    assert json.loads(gzip.decompress(whole)) == json.loads(json.dumps(recorder.replay().to_json()))


def test_each_ticks_hash_is_the_games_state_hash_made_from_its_part_digests():
    game = new_game(LEVEL, 5)
    for _ in range(30):
        game.write_intent(scripted_intent(game, game.tick))
        game.step()
        assert combined_hash(game.component_hashes()) == game.state_hash()


def test_play_back_in_process_returns_the_final_hash_and_no_mismatch(small):
    replay = load_replay(small)
    final_hash, mismatch = play_back(replay, verify=True)
    assert mismatch is None and final_hash == replay.final_hash


def test_a_replay_refuses_a_seed_a_start_or_the_bot_it_would_ignore(small):
    """The replay plays on its own seed and start and by its own intents: given --seed 7, its JSON line said seed 1
    with status 0, and --start-at and --bot were dropped without a word."""
    for given in (("--seed", "7"), ("--start-at", "3"), ("--bot",)):
        result = run("--replay", small, "--headless", *given)
        assert result.returncode == 2, (given, result.stdout)
        assert "--replay plays the run as it was recorded, on its own seed and start" in result.stderr
        assert result.stdout == "" and "Traceback" not in result.stderr


def test_a_headless_replay_without_verify_prints_the_final_hash(small):
    result = run("--replay", small, "--headless")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["state_hash"] == report["recorded_hash"] and report["ticks"] == 120 and not report["verified"]


def test_a_recording_starts_at_tick_0():
    game = new_game(LEVEL, 1)
    game.step()
    with pytest.raises(ValueError, match="tick 0"):
        Recorder(game, LEVEL)


def test_a_negative_zero_is_recorded_as_a_change_of_intent():
    def script(game, tick):
        return (-0.0 if tick == 1 else 0.0, 0.0, 300.0, 300.0, False, False, False, False, False)
    recorder = record(LEVEL, 3, script=script)
    assert [tick for tick, _ in recorder.intents] == [1, 2, 3]
    _, mismatch = play_back(recorder.replay(), verify=True)
    assert mismatch is None


def test_the_replay_is_kept_in_the_players_data_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("BLUE_COMET_CONFIG_DIR", str(tmp_path / "mine"))
    assert last_replay_path() == tmp_path / "mine" / "last.replay"
    monkeypatch.delenv("BLUE_COMET_CONFIG_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert last_replay_path() == tmp_path / "xdg" / "blue-comet" / "last.replay"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert last_replay_path() == tmp_path / "home" / ".local" / "share" / "blue-comet" / "last.replay"


# -- a run that parts ways ---------------------------------------------------------------------------------------

def test_verify_names_the_first_tick_and_component_that_differ_when_an_intent_was_tampered_with(session, tmp_path):
    path, recorder = session
    index = next(i for i, (tick, values) in enumerate(recorder.intents) if tick >= 1000 and values is not None)
    tampered_tick = recorder.intents[index][0]

    def tamper(document):
        values = document["intents"][index][1]
        values[0] = -values[0] if values[0] else 1.0  # move_x

    tampered = rewrite(path, tmp_path / "tampered.replay", tamper)
    result = run("--replay", tampered, "--headless", "--verify")
    assert result.returncode == 1
    line = result.stderr.strip()
    found = re.fullmatch(r"tick (\d+): component (\w+) differs \(recorded ([0-9a-f]{6}), got ([0-9a-f]{6})\)", line)
    assert found, line
    assert int(found[1]) == tampered_tick and found[3] != found[4]
    assert found[2] in recorder.game.component_hashes()
    report = json.loads(result.stdout)
    assert report["mismatch"] == line and report["verified"] is False


def test_a_replay_from_another_game_version_plays_and_a_mismatch_says_which_version(small, tmp_path):
    older = rewrite(small, tmp_path / "older.replay", lambda d: d.update(game_version="0.0.1"))
    assert run("--replay", older, "--headless", "--verify").returncode == 0

    def change(document):
        document["game_version"] = "0.0.1"
        document["hashes"][9] = "00000000"

    result = run("--replay", rewrite(small, tmp_path / "off.replay", change), "--headless", "--verify")
    assert result.returncode == 1
    assert result.stderr.startswith("tick 10: component ") and "recorded by Blue Comet 0.0.1" in result.stderr


def test_a_replay_recorded_with_other_unit_data_plays_and_a_mismatch_says_the_data_changed(small, tmp_path):
    other = "0123456789abcdef"
    assert other != load_catalog().content_hash
    retuned = rewrite(small, tmp_path / "retuned.replay", lambda d: d.update(catalog_hash=other))
    assert run("--replay", retuned, "--headless", "--verify").returncode == 0  # nothing differs: it plays through

    def change(document):
        document["catalog_hash"] = other
        document["hashes"][9] = "00000000"

    result = run("--replay", rewrite(small, tmp_path / "off.replay", change), "--headless", "--verify")
    assert result.returncode == 1 and result.stderr.startswith("tick 10: component ")
    assert "(recorded with other unit, weapon or advisor data (assets/data/units.yaml, advisor.yaml))" in result.stderr
    assert "Blue Comet" not in result.stderr  # the same version recorded it: that part is not said


HERE = f"Python {sys.version_info[0]}.{sys.version_info[1]} on {sys.platform} {platform.machine()}".strip()


def test_a_replay_records_the_python_and_platform_that_made_it(small):
    document = json.loads(gzip.decompress(small.read_bytes()))
    python = f"{sys.version_info[0]}.{sys.version_info[1]}"
    assert (document["python"], document["platform"], document["machine"]) == (python, sys.platform,
                                                                                platform.machine())
    replay = load_replay(small)
    assert (replay.python, replay.platform, replay.machine) == (python, sys.platform, platform.machine())
    assert mismatch_reasons(replay, replay.catalog_hash) == []  # recorded here: nothing to say


def test_a_replay_made_before_python_and_platform_were_kept_plays_and_says_nothing_of_them(small, tmp_path):
    def older(document):
        for key in ("python", "platform", "machine"):
            document.pop(key, None)

    old = load_replay(rewrite(small, tmp_path / "older.replay", older))
    assert (old.python, old.platform, old.machine) == (None, None, None)
    assert play_back(old, verify=True).mismatch is None

    def off(document):
        older(document)
        document["hashes"][9] = "00000000"

    result = run("--replay", rewrite(small, tmp_path / "off.replay", off), "--headless", "--verify")
    assert result.returncode == 1  # the line names the tick and the digests, and no reason after them
    assert re.fullmatch(r"tick 10: component \S+ differs \(recorded \S+, got \S+\)\n", result.stderr), result.stderr
    nulls = load_replay(rewrite(small, tmp_path / "nulls.replay",
                                lambda d: d.update(python=None, platform=None, machine=None)))
    assert (nulls.python, nulls.platform, nulls.machine) == (None, None, None)
    assert mismatch_reasons(nulls, nulls.catalog_hash) == []


def test_a_replay_from_another_python_and_platform_plays_and_a_mismatch_names_both(small, tmp_path):
    elsewhere = {"python": "2.7", "platform": "win32", "machine": "AMD64"}
    if (sys.platform, platform.machine()) == ("win32", "AMD64"):
        elsewhere.update(platform="darwin", machine="arm64")  # somewhere this is not
    moved = rewrite(small, tmp_path / "moved.replay", lambda d: d.update(elsewhere))
    result = run("--replay", moved, "--headless", "--verify")
    assert result.returncode == 0 and result.stderr == ""  # nothing differs: it plays through and says nothing more
    report = json.loads(result.stdout)
    assert report["mismatch"] is None
    assert [report[key] for key in elsewhere] == list(elsewhere.values())  # the report says where it was recorded

    def change(document):
        document.update(elsewhere)
        document["hashes"][9] = "00000000"

    result = run("--replay", rewrite(small, tmp_path / "off.replay", change), "--headless", "--verify")
    assert result.returncode == 1 and result.stderr.startswith("tick 10: component ")
    assert (f"(recorded on Python 2.7 on {elsewhere['platform']} {elsewhere['machine']}; this is {HERE}: the rules' "
            "floating-point maths may differ between them)\n") in result.stderr
    assert "Blue Comet" not in result.stderr and "unit" not in result.stderr  # the same game and data recorded it


@pytest.mark.parametrize("field, value", [("python", "2.7"), ("platform", "plan9"), ("machine", "vax")])
def test_a_replay_from_another_python_or_platform_alone_names_where_each_was_played(small, field, value):
    replay = dataclasses.replace(load_replay(small), **{field: value})
    python = "2.7" if field == "python" else f"{sys.version_info[0]}.{sys.version_info[1]}"
    where = f"Python {python} on {value if field == 'platform' else sys.platform}"
    where += f" {value if field == 'machine' else platform.machine()}"
    assert mismatch_reasons(replay, replay.catalog_hash) == [f"recorded on {where.strip()}; this is {HERE}: the rules' "
                                                             "floating-point maths may differ between them"]


def test_a_replay_made_before_catalog_hashes_were_kept_plays_and_says_nothing_of_them(small, tmp_path):
    def change(document):
        del document["catalog_hash"]
        document["hashes"][9] = "00000000"

    older = rewrite(small, tmp_path / "older.replay", change)
    assert load_replay(older).catalog_hash is None
    result = run("--replay", older, "--headless", "--verify")
    assert result.returncode == 1  # the line names the tick and the digests, and no reason after them
    assert re.fullmatch(r"tick 10: component \S+ differs \(recorded \S+, got \S+\)\n", result.stderr), result.stderr


def test_verify_fails_naming_the_file_when_the_recorded_final_state_hash_differs(small, tmp_path):
    # Every tick's 8 hex digits still match: only the whole hash the file keeps for the end differs.
    played = load_replay(small).final_hash
    tampered = rewrite(small, tmp_path / "final.replay", lambda d: d.update(final_hash="0" * 32))
    result = run("--replay", tampered, "--headless", "--verify")
    assert result.returncode == 1
    line = result.stderr.strip()
    assert line == (f"{tampered}: after tick 120 the final state hash differs from the one recorded "
                    f"(recorded {'0' * 32}, got {played})")
    report = json.loads(result.stdout)
    assert report["verified"] is False and report["mismatch"] == line and report["ticks"] == 120


def test_verify_fails_naming_the_file_when_the_recorded_outcome_differs(small, tmp_path):
    tampered = rewrite(small, tmp_path / "outcome.replay", lambda d: d.update(outcome="won"))
    result = run("--replay", tampered, "--headless", "--verify")
    assert result.returncode == 1
    line = result.stderr.strip()
    assert line == f'{tampered}: after tick 120 the outcome differs from the one recorded (recorded "won", got null)'
    report = json.loads(result.stdout)
    assert report["verified"] is False and report["mismatch"] == line and report["outcome"] is None


def test_a_replay_of_no_ticks_is_refused_as_the_game_never_writes_one(small, tmp_path):
    empty = rewrite(small, tmp_path / "none.replay", lambda d: d.update(ticks=0, intents=[], hashes=[], parts=[]))
    assert refusal(empty) == f'{empty}: corrupted: "ticks" should be a tick count from 1, found 0'
    result = run("--replay", empty, "--headless", "--verify")
    assert result.returncode == 2 and result.stdout == ""


# -- refused files -----------------------------------------------------------------------------------------------

def test_a_missing_file_is_refused_with_status_2_and_one_line(tmp_path):
    missing = tmp_path / "nothing.replay"
    result = run("--replay", missing, "--headless")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip() == f"{missing}: no such replay file"


def test_a_truncated_file_is_refused_with_status_2_and_one_line_naming_it(session, tmp_path):
    path, _ = session
    cut = tmp_path / "cut.replay"
    cut.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    result = run("--replay", cut, "--headless", "--verify")
    assert result.returncode == 2 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"{cut}: truncated")


def test_a_file_with_fewer_ticks_than_its_header_says_is_truncated(small, tmp_path):
    def cut(document):
        document["hashes"] = document["hashes"][:60]
        document["parts"] = document["parts"][:60]
    message = refusal(rewrite(small, tmp_path / "short.replay", cut))
    assert "truncated: the header says 120 ticks, the file holds 60" in message


def test_json_cut_short_inside_a_whole_gzip_stream_is_truncated(small, tmp_path):
    text = gzip.decompress(small.read_bytes())
    half = tmp_path / "half.replay"
    half.write_bytes(gzip.compress(text[: len(text) // 2]))
    assert "truncated: the JSON stops early" in refusal(half)


@pytest.mark.parametrize("damage, expected", [
    (lambda raw: raw[: len(raw) // 2] + bytes(b ^ 0xFF for b in raw[len(raw) // 2: len(raw) // 2 + 16])
     + raw[len(raw) // 2 + 16:], "corrupted: "),
    (lambda raw: b"a replay, honest\n" * 20, "corrupted: not gzip-compressed"),
    (lambda raw: gzip.compress(b'{"magic": "blue-comet replay", "format": 1, '), "truncated: the JSON stops early"),
    (lambda raw: gzip.compress(b"{not json at all}"), "corrupted: not valid JSON"),
    (lambda raw: gzip.compress(b"\xff\xfe\x00"), "corrupted: the decompressed data is not UTF-8 text"),
    (lambda raw: gzip.compress(b"[1, 2, 3]"), "not a Blue Comet replay"),
    (lambda raw: b"", "empty (0 bytes)"),
    (lambda raw: gzip.compress(b"[" * 200_000), "corrupted: lists or objects nested thousands deep"),
], ids=["flipped bytes", "not gzip", "json cut", "bad json", "not text", "another json", "empty", "nested deep"])
def test_a_corrupted_file_is_refused_in_one_line_naming_it(small, tmp_path, damage, expected):
    broken = tmp_path / "broken.replay"
    broken.write_bytes(damage(small.read_bytes()))
    assert expected in refusal(broken)


@pytest.mark.parametrize("change, expected", [
    (lambda d: d.update(seed="one"), '"seed" should be a whole number, found "one"'),
    (lambda d: d.update(ticks=-4), '"ticks" should be a tick count from 1, found -4'),
    (lambda d: d.update(start_at=1.5), '"start_at" should be an object id or null, found 1.5'),
    (lambda d: d.pop("level_hash"), '"level_hash" should be a hex digest, found null'),
    (lambda d: d["intents"][0][1].__setitem__(4, "yes"), "tick 1's intent should be null or [move_x"),
    (lambda d: d["intents"][0][1].pop(), "tick 1's intent should be null or [move_x"),
    (lambda d: d["intents"][0][1].__setitem__(0, float("nan")), "tick 1's intent should be null or [move_x"),
    (lambda d: d["intents"][0][1].__setitem__(2, 1e308), "tick 1's intent should be null or [move_x"),
    (lambda d: d["intents"][0][1].__setitem__(3, 10 ** 400), "tick 1's intent should be null or [move_x"),
    (lambda d: d["intents"].append([5, None]), "intent ticks should rise from 1 to at most 120"),
    (lambda d: d["hashes"].__setitem__(3, "xyz"), "tick 4's hash should be 8 hex digits"),
    (lambda d: d["parts"].__setitem__(0, ["Position"]), "tick 1's part digests should map names"),
    (lambda d: d.update(format="1"), '"format" should be a whole number from 1'),
    (lambda d: d.update(catalog_hash=5), '"catalog_hash" should be a hex digest, found 5'),
    (lambda d: d.update(python="3"), '"python" should be a Python version as major.minor (like "3.11") or null, '
                                     'found "3"'),
    (lambda d: d.update(python=3.11), '"python" should be a Python version as major.minor (like "3.11") or null, '
                                      'found 3.11'),
    (lambda d: d.update(python="3.11\nrun me"), '"python" should be a Python version as major.minor (like "3.11") '
                                                'or null, found "3.11\\nrun me"'),
    (lambda d: d.update(platform=""), '"platform" should be a platform name (as sys.platform gives it) or null, '
                                      'found ""'),
    (lambda d: d.update(platform=["linux"]), '"platform" should be a platform name (as sys.platform gives it) or '
                                             'null, found ["linux"]'),
    (lambda d: d.update(machine="x86\x1b[2J"), '"machine" should be a machine type (as platform.machine() gives it) '
                                               'or null, found "x86\\u001b[2J"'),
    (lambda d: d.update(machine="x" * 65), '"machine" should be a machine type (as platform.machine() gives it) '
                                           'or null, found "xxxxxxxxxx'),
], ids=["seed", "ticks", "start_at", "no level hash", "intent type", "intent length", "intent nan", "intent huge",
        "intent digits",
        "intent order",
        "tick hash", "parts", "format type", "catalog hash", "python", "python number", "python newline",
        "empty platform", "platform list", "machine escape", "long machine"])
def test_wrong_types_in_the_file_are_refused_as_corrupted(small, tmp_path, change, expected):
    message = refusal(rewrite(small, tmp_path / "wrong.replay", change))
    assert "corrupted: " in message and expected in message, message


def test_a_replay_starting_at_an_object_the_map_lacks_names_the_replay_not_a_start_at_option(small, tmp_path):
    edited = rewrite(small, tmp_path / "edited.replay", lambda d: d.update(start_at=9999))
    # its line named the map and "(--start-at)", an option nobody typed, and never the replay
    with pytest.raises(ContentError) as caught:
        load_replay(edited)
    assert str(caught.value) == f"{LEVEL}: object 9999: expected the id of an object on the map (the start_at of " \
        f"{edited}), found no such object (Tiled shows the id in the object's properties)"


def test_a_replay_from_a_newer_format_is_refused_saying_so(small, tmp_path):
    newer = rewrite(small, tmp_path / "newer.replay", lambda d: d.update(format=3, game_version="9.0"))
    result = run("--replay", newer, "--headless")
    assert result.returncode == 2
    assert result.stderr.strip() == (f"{newer}: made by a newer Blue Comet (format 3; this game reads up to 1), "
                                     "recorded by Blue Comet 9.0")


def other_fields(names):
    return lambda d: d.update(intent_fields=names)


# Text from the file in a refusal: one line, each name quoted with its control characters escaped, cut short.
@pytest.mark.parametrize("change, expected", [
    (other_fields(["move_x\n", *INTENT_FIELDS[1:]]), 'recorded with other controls ("move_x\\n", "move_y", '),
    (other_fields([*INTENT_FIELDS, "\x1b[2Jgone"]), '"knuckle", "\\x1b[2Jgone") than this game\'s'),
    (other_fields(["x" * 100_000]), f'recorded with other controls ("{"x" * 30}…") than'),
    (other_fields(["fire"] * 100_000), '"fire", "fire" and 99988 more) than this game\'s'),
    (other_fields([]), "recorded with other controls (none) than this game's"),
    (other_fields([{"a": [1, 2]}, None, 3.5]), 'corrupted: "intent_fields" should be a list of names, found [{"a": [1'),
    (lambda d: d.update(intent_fields=["fire"], game_version="0.1\nrun me"),
     "recorded by Blue Comet 0.1\\nrun me: play"),
    (lambda d: d.update(level="gone\n.tmx", level_name="gone.tmx"), "its level gone\\n.tmx is not here (nor "),
    (lambda d: d.update(level="x" * 5000, level_name="gone.tmx"), f"its level {'x' * 200}… is not here (nor "),
    (lambda d: d.update(level="gone.tmx", level_name="y" * 300), "its level gone.tmx is not here (nor "),
    (lambda d: d.update(outcome="won\n"), 'corrupted: "outcome" should be "won", "lost" or null, found "won\\n"'),
], ids=["newline", "escape", "long name", "many names", "no names", "not names", "version", "level", "long level",
        "long level name", "outcome"])
def test_odd_text_in_a_replay_s_header_is_refused_in_one_line_that_quotes_it(small, tmp_path, change, expected):
    message = refusal(rewrite(small, tmp_path / "odd.replay", change))
    # The file's own text is cut short; the folders this machine keeps the replay and the game in are not its text
    from_the_file = message.replace(str(tmp_path), "").replace(str(LEVELS), "")
    assert expected in message and "\x1b" not in message and len(from_the_file) < 400, message


def test_a_replay_that_parts_ways_quotes_the_version_that_recorded_it_on_one_line(small):
    replay = dataclasses.replace(load_replay(small), game_version="0.1\n\x1b[2J")
    assert mismatch_reasons(replay, replay.catalog_hash) == [f"recorded by Blue Comet 0.1\\n\\x1b[2J; this is "
                                                             f"{__version__}"]


def test_a_replay_whose_header_names_another_version_of_the_level_is_refused(small, tmp_path):
    other = rewrite(small, tmp_path / "other.replay", lambda d: d.update(level_hash="abc0123456789def"))
    now = new_game(LEVEL, 2).res.level.content_hash
    result = run("--replay", other, "--headless", "--verify")
    assert result.returncode == 2
    assert result.stderr.strip() == (f"{other}: made for another version of {LEVEL} (level hash abc0123456789def; "
                                     f"this map is now {now}): play it again to record a new replay")


def test_a_replay_recorded_on_a_map_that_was_edited_since_is_refused(tmp_path):
    level = write_map(tmp_path, SMALL_MAP)
    path = tmp_path / "on_the_old_map.replay"
    record(level, 60, script=lambda game, tick: (1.0, 0.0, 400.0, 80.0, tick % 10 == 0, False, False, False,
                                                 False)).save(path)
    assert load_replay(path).ticks == 60
    write_map(tmp_path, [row.replace("E.#", ".E#") for row in SMALL_MAP])  # the Dis moved one tile
    message = refusal(path)
    assert f"made for another version of {level} (level hash " in message
    assert message.endswith("play it again to record a new replay")


def test_a_replay_whose_level_is_gone_is_refused_and_can_be_pointed_at_the_map(tmp_path):
    (tmp_path / "maps").mkdir()
    level = write_map(tmp_path / "maps", SMALL_MAP)
    path = tmp_path / "away.replay"
    record(level, 30, script=lambda game, tick: None).save(path)
    moved = tmp_path / "elsewhere"
    (tmp_path / "maps").rename(moved)
    assert "its level" in refusal(path) and "--level" in refusal(path)
    assert load_replay(path, level=moved / "test.tmx").ticks == 30


def test_a_run_on_another_difficulty_is_recorded_so_and_plays_back_on_it(tmp_path):
    recorder = record(LEVEL, 90, difficulty="hard")
    path = tmp_path / "hard.replay"
    recorder.save(path)
    replay = load_replay(path)
    assert replay.difficulty == "hard" and replay.start_game().res.difficulty == "hard"
    final_hash, mismatch = play_back(replay, verify=True)
    assert mismatch is None and final_hash == recorder.replay().final_hash


def test_a_replay_from_before_difficulties_plays_on_normal_and_an_unknown_one_is_refused(small, tmp_path):
    document = json.loads(gzip.decompress(small.read_bytes()))
    del document["difficulty"]
    older = tmp_path / "older.replay"
    older.write_bytes(gzip.compress(json.dumps(document).encode()))
    assert load_replay(older).difficulty == "normal"
    document["difficulty"] = "nightmare"
    older.write_bytes(gzip.compress(json.dumps(document).encode()))
    with pytest.raises(ReplayError, match='"difficulty" should be "easy" or "normal" or "hard", found "nightmare"'):
        load_replay(older)


def test_a_replay_of_a_mission_reached_by_next_mission_keeps_the_lessons_its_run_had_taught(tmp_path):
    """Rei says what the run has not yet been taught: played back without them, a part hit would have her teach."""
    path = tmp_path / "next.replay"
    record(LEVEL, 120, taught=("rei.part_hit",)).save(path)
    replay = load_replay(path)
    assert replay.taught == ("rei.part_hit",) and play_back(replay, verify=True).mismatch is None
