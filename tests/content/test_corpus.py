"""99 real Tiled maps from other projects: each is read intact or refused in one line naming it, in bounded memory.

The corpus (../shared/tiled-corpus beside the repository, when there; a clean clone has none, and then this
skips) was not made for this game, so almost every map is refused *as a level* (no player_spawn, other tools'
properties). What it tests is the reading of the Tiled format under every map: `read_map` (the format alone)
and `load_level` (the format and the game's conventions) run on each, in one subprocess that reports the memory
per map honestly. How long each takes is measured by `make bench` (bench/corpus.py: none over 2 s), not here:
timing has no place in `make test`.
"""

import collections
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(__file__).resolve().parents[3] / "shared" / "tiled-corpus"
MAX_BYTES = 256 * 2**20

if not CORPUS.is_dir():
    pytest.skip(f"the Tiled corpus is not at {CORPUS}", allow_module_level=True)

# Loads every map named on stdin under tracemalloc, for the peak. One JSON line per map.
RUNNER = r"""
import json, sys, tracemalloc
from game.content.errors import ContentError
from game.content.level import load_level
from game.content.tmx_document import read_map

def attempt(read, path, describe):
    try:
        return {"outcome": "ok", **describe(read(path))}
    except ContentError as error:
        first = error.problems[0]
        return {"outcome": "refused", "first_line": str(error).split("\n")[0], "reason": first.expected,
                "lines": len(str(error).split("\n")), "problems": len(error.problems)}
    except BaseException as error:
        return {"outcome": "crashed", "error": f"{type(error).__name__}: {error}"}

def level_facts(level):
    return {"layers": [layer.name for layer in level.layers], "object_ids": sorted(level.object_points)}

def format_facts(document):
    return {"layers": [layer.name for layer in document.tile_layers], "objects": len(document.objects)}

def both(path):
    return attempt(load_level, path, level_facts), attempt(read_map, path, format_facts)

for line in sys.stdin:
    path = line.rstrip("\n")
    tracemalloc.start()
    level, document = both(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(json.dumps({"path": path, "peak": peak, "level": level, "format": document}), flush=True)
"""

# Short names for the reasons a map is refused, keyed by the first problem's "expected".
REASONS = {
    "an orthogonal map": "isometric/hexagonal/staggered",
    "a fixed-size map": "infinite",
    "a tileset file that exists": "missing tileset",
    "a tileset image that exists": "missing tileset image",
    "a tileset saved as .tsx (XML)": "JSON tileset",
    "a template saved as .tx (XML)": "JSON template",
    "a tile layer format the game reads: CSV, or Base64 uncompressed or with zlib or gzip compression": "zstd",
    "a different id for each object": "duplicate object ids",
    "exactly one player_spawn object": "no player_spawn",
    "a property the map reads": "other tools' map properties",
}


def _expected_from_the_file(path: Path) -> tuple[list[str], int, list[int]]:
    """Tile layer names in document order, through groups; object count; object ids. Our own walk, not the loader's."""
    layers, objects = [], []

    def walk(element):
        for child in element:
            if child.tag == "layer":
                layers.append(child.get("name", ""))
            elif child.tag == "group":
                walk(child)
            elif child.tag == "objectgroup":
                objects.extend(child.findall("object"))
    walk(ET.parse(path).getroot())
    ids = sorted(int(o.get("id")) for o in objects if o.get("id") and int(o.get("id")))
    return layers, len(objects), ids


@pytest.fixture(scope="module")
def results() -> list[dict]:
    """One record per map: the corpus, then the game's own levels (which must load as levels, so that check runs)."""
    maps = sorted(CORPUS.rglob("*.tmx"))
    assert len(maps) >= 90, f"only {len(maps)} maps in {CORPUS}"
    maps += sorted((ROOT / "levels").glob("*.tmx"))
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy", "PYGAME_HIDE_SUPPORT_PROMPT": "1"}
    done = subprocess.run([sys.executable, "-c", RUNNER], input="".join(f"{p}\n" for p in maps), cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    found = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    assert [r["path"] for r in found] == [str(p) for p in maps], done.stderr[-3000:]
    return found


def _summary(results: list[dict], key: str, loaded: str) -> str:
    reasons = collections.Counter(REASONS.get(r[key]["reason"], r[key]["reason"]) for r in results
                                  if r[key]["outcome"] == "refused")
    ok = sum(r[key]["outcome"] == "ok" for r in results)
    listed = ", ".join(f"{n} {reason}" for reason, n in reasons.most_common())
    return f"{ok} {loaded}, {sum(reasons.values())} refused ({listed})"


def _in_corpus(results: list[dict]) -> list[dict]:
    return [r for r in results if Path(r["path"]).is_relative_to(CORPUS)]


def test_every_corpus_map_is_read_or_refused_in_one_line_naming_it_in_bounded_memory(results):
    corpus = _in_corpus(results)
    largest = max(results, key=lambda r: r["peak"])
    print(f"\ncorpus: {_summary(corpus, 'level', 'loaded as levels')}")
    print(f"corpus, Tiled format only: {_summary(corpus, 'format', 'read')}")
    print(f"largest peak {largest['peak'] / 2**20:.1f} MB ({Path(largest['path']).name}), over {len(results)} maps")
    for result in results:
        path = result["path"]
        for key in ("level", "format"):
            outcome = result[key]
            assert outcome["outcome"] != "crashed", f"{path} ({key}): {outcome['error']}"
            if outcome["outcome"] == "refused":
                assert outcome["first_line"].startswith(path), outcome["first_line"]
                assert outcome["lines"] == outcome["problems"], path  # one line per problem
        assert result["peak"] < MAX_BYTES, f"{path} peaked at {result['peak'] / 2**20:.0f} MB"


def test_maps_that_are_read_have_every_tile_layer_in_file_order_and_every_object(results):
    read = 0
    for result in results:
        path = Path(result["path"])
        layers, objects, ids = (_expected_from_the_file(path)
                                if "ok" in (result["format"]["outcome"], result["level"]["outcome"]) else ([], 0, []))
        if result["format"]["outcome"] == "ok":
            read += 1
            assert result["format"]["layers"] == layers, path
            assert result["format"]["objects"] == objects, path
        if result["level"]["outcome"] == "ok":
            assert result["level"]["layers"] == [name for name in layers if name.lower() != "collision"], path
            assert result["level"]["object_ids"] == ids, path
    assert read >= 50  # most of the corpus is plain orthogonal maps: if they stop reading, something broke
    shipped = [r for r in results if not Path(r["path"]).is_relative_to(CORPUS)]
    assert shipped and all(r["level"]["outcome"] == "ok" for r in shipped), [r["level"] for r in shipped]


def test_the_corpus_traps_are_refused_for_the_right_reason(results):
    by_name = {str(Path(r["path"]).relative_to(CORPUS)): r["format"] for r in _in_corpus(results)}

    def reason(name: str) -> str:
        outcome = by_name[name]
        assert outcome["outcome"] == "refused", name
        return REASONS.get(outcome["reason"], outcome["reason"])
    assert reason("pythonarcade+pytiled_parser/tests/test_data/map_tests/hexagonal/map.tmx") \
        == "isometric/hexagonal/staggered"
    assert reason("bitcraft+pytmx/apps/data/iso.tmx") == "isometric/hexagonal/staggered"
    assert reason("pythonarcade+pytiled_parser/tests/test_data/layer_tests/infinite_map/map.tmx") == "infinite"
    assert reason("mapeditor+tiled/tests/errors/tileset_not_found.tmx") == "missing tileset"
    assert reason("mapeditor+tiled/tests/errors/tileset_image_not_found_in_tileset.tmx") == "missing tileset image"
    assert reason("mapeditor+tiled/tests/errors/tile_image_not_found_in_tileset.tmx") == "missing tileset image"
    assert reason("pythonarcade+pytiled_parser/tests/test_data/map_tests/cross_format_tileset/map.tmx") \
        == "JSON tileset"
    # Templates, class-free groups, gzip and zlib data are read, not refused.
    for name in ("pythonarcade+pytiled_parser/tests/test_data/map_tests/template/map.tmx",
                 "pythonarcade+pytiled_parser/tests/test_data/layer_tests/b64_gzip/map.tmx",
                 "pythonarcade+pytiled_parser/tests/test_data/layer_tests/all_layer_types/map.tmx",
                 "bitcraft+pytmx/apps/data/acid0.tmx",
                 "mapeditor+tiled/tests/data/mapobject.tmx"):
        assert by_name[name]["outcome"] == "ok", name
