"""The command line: a headless run prints one JSON line; bad maps give a clear message and status 2."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


def test_headless_run_prints_one_json_line_with_the_state():
    result = run("--headless", "--level", "levels/mars_base.tmx", "--seconds", "10", "--seed", "1")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    report = json.loads(lines[0])
    assert report["ticks"] == 600 and report["seconds"] == 10.0
    assert report["entities"] >= 1 + report["enemies_alive"]
    assert report["enemies_alive"] == 6 and report["player_hit_points"] > 0
    assert len(report["state_hash"]) == 32 and report["wall_seconds"] >= 0


def test_the_same_headless_run_twice_gives_the_same_hash():
    first = json.loads(run("--headless", "--seconds", "20", "--seed", "4").stdout)
    second = json.loads(run("--headless", "--seconds", "20", "--seed", "4").stdout)
    assert first["state_hash"] == second["state_hash"]


def test_a_broken_level_gives_a_clear_message_and_no_traceback(tmp_path):
    bad = tmp_path / "bad.tmx"
    bad.write_text("not a map")
    result = run("--headless", "--level", str(bad))
    assert result.returncode == 2
    assert str(bad) in result.stderr and "Traceback" not in result.stderr
