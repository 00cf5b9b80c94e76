"""The art generator: tools/make_art.py writes the committed sprites and tileset, the same bytes on every run."""

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
ASSETS = REPO / "assets"
GENERATOR = REPO / "tools" / "make_art.py"
GENERATED = ("sprites", "tilesets")  # the folders under assets/ that hold nothing but the generator's output


def generated_files(root: Path) -> dict[str, bytes]:
    """The bytes of every file in root's generated folders, by its path under root ('sprites/dis.png')."""
    return {path.relative_to(root).as_posix(): path.read_bytes()
            for folder in GENERATED for path in (root / folder).iterdir() if path.is_file()}


def test_make_art_is_deterministic_and_the_committed_art_is_its_output(tmp_path):
    # two runs in parallel (each takes a few seconds), through the script's command line
    outs = [tmp_path / "a", tmp_path / "b"]
    runs = [subprocess.Popen([sys.executable, str(GENERATOR), "--out", str(out)], stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE) for out in outs]
    for run in runs:
        _, err = run.communicate(timeout=120)
        assert run.returncode == 0, err.decode()
    first, second = (generated_files(out) for out in outs)
    assert sorted(first) == sorted(second)
    unsteady = sorted(name for name in first if first[name] != second[name])
    assert unsteady == [], f"tools/make_art.py wrote different bytes on two runs: {unsteady}"
    committed = generated_files(ASSETS)
    unwritten = sorted(set(committed) - set(first))
    assert unwritten == [], f"committed in assets/ but not written by tools/make_art.py: {unwritten}"
    stale = sorted(name for name in first if committed.get(name) != first[name])
    assert stale == [], (f"assets/ differs from tools/make_art.py output in {stale}; "
                         "rerun tools/make_art.py, don't edit the PNGs")
