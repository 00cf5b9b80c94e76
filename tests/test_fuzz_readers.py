"""The readers' fuzzer (tools/fuzz_readers.py) still runs, and a few seeded cases of every file break no reader."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_a_few_seeded_cases_of_every_file_break_no_reader(tmp_path):
    done = subprocess.run([sys.executable, "tools/fuzz_readers.py", "3", "--seed", "7"], cwd=ROOT, capture_output=True,
                          text=True, timeout=300, env={"PYTHONPATH": str(ROOT), "BLUE_COMET_CONFIG_DIR": str(tmp_path),
                                                       "TMPDIR": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "0 failures" in done.stdout and "failed" not in done.stdout
