"""Seeded fuzzing of every file reader: shipped files (and a save, replay, record and settings made by playing) mutated.

Run from the game's folder: `PYTHONPATH=. .venv/bin/python tools/fuzz_readers.py [CASES] [--seed N] [--only NAME]`
(CASES per target, 300 by default; a few minutes for the lot). The same seed gives the same cases. A failure is an
exception other than the reader's own error, a case running past TIMEOUT s, a line without the file's name, Python's
own words in a line (PYTHON_WORDS), or a catch-all's line (the map loader's "loader bug", the settings' "readable
settings file"). A file that is accepted is played too: a map, save or replay for TICKS ticks, a catalog in a short
fight. Each failure is printed with the target, the case's number and the mutations, and the mutated file is kept in
FAILURES to replay by hand. Exit status 1 when any failed.
"""

import argparse
import json
import os
import random
import shutil
import signal
import sys
import tempfile
import traceback
import xml.etree.ElementTree as ET
import zlib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("BLUE_COMET_CONFIG_DIR", tempfile.mkdtemp(prefix="fuzz-config-"))

from game.content.catalog import load_catalog  # noqa: E402
from game.content.check import check_map, level_problems  # noqa: E402
from game.content.errors import ContentError  # noqa: E402
from game.content.feel import load_feel  # noqa: E402
from game.content.level import load_level  # noqa: E402
from game.input.bindings import load_bindings, load_player_bindings  # noqa: E402
from game.record import RecordError, load_record, record_result  # noqa: E402
from game.replay import Recorder, ReplayError, load_replay  # noqa: E402
from game.saves import SaveError, read_save, write_save  # noqa: E402
from game.session import new_game  # noqa: E402
from game.settings import Settings, load_settings, save_settings  # noqa: E402
from game.sim.components import Position  # noqa: E402
from game.sim.game import Game  # noqa: E402
from tests.maps import write_map  # noqa: E402

# Python's own words for what broke, in a line: the reader let an exception say it, not having looked at the value
PYTHON_WORDS = ("NoneType", "object has no attribute", "not subscriptable", "expected str, bytes", "invalid literal",
                "could not convert", "object is not", "unhashable", "Traceback", "argument must be",
                "unsupported operand", "not supported between")
TIMEOUT = 5  # s a case may take: more is a hang
FAILURES = Path(tempfile.gettempdir()) / "blue-comet-fuzz-failures"
TICKS = 30  # a map, save or replay that is accepted is played this far: what is read must also run
ODD = ["", "-1", "0", "100000", "1e309", "-1e309", "nan", "inf", "0x10", "99999999999999999999", "text", "1.5", " 3 ",
       "true", "é\u202e", "\x00", "a" * 5000]
YAML_VALUES = [[], [1, "a"], {}, {"x": 1}, None, True, False, "", "text", 10 ** 30, -1, 0, 1.5, float("nan"),
               float("inf"), -float("inf")]
TILESETS = ROOT / "assets" / "tilesets"
ARENA = ["############", "#..........#", "#.P...E..E.#", "#.....E....#", "#..........#", "############"]


class Hang(Exception):
    pass


class Refused(Exception):
    """A reader's refusal whose lines the target has looked at already (naming the map a template is used by)."""


def _alarm(signum, frame):
    raise Hang()


# -- mutations --------------------------------------------------------------------------------------------------------

def mutate_bytes(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    kind = rng.choice(["truncate", "insert", "flip", "encoding"])
    if kind == "truncate":
        at = rng.randrange(len(data) + 1)
        return data[:at], f"truncated at byte {at}"
    if kind == "insert":
        at, junk = rng.randrange(len(data) + 1), bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        return data[:at] + junk + data[at:], f"inserted {junk!r} at byte {at}"
    if kind == "flip":
        at = rng.randrange(max(1, len(data)))
        return data[:at] + bytes([rng.randrange(256)]) + data[at + 1:], f"byte {at} replaced"
    codec = rng.choice(["utf-16", "latin-1", "utf-8-sig", "cp1252"])
    text = data.decode("utf-8", "replace")
    return text.encode(codec, "replace"), f"re-encoded as {codec}"


def _elements(root):
    return [(parent, child) for parent in root.iter() for child in list(parent)]


def stacked(mutate):
    """`mutate` applied one to three times: a mistake seldom comes alone, and one may hide behind another."""
    def apply(data: bytes, rng: random.Random) -> tuple[bytes, str]:
        done = []
        for _ in range(rng.choice([1, 1, 2, 3])):
            try:
                data, what = mutate(data, rng)
            except (ET.ParseError, yaml.YAMLError, ValueError, TypeError, KeyError, IndexError, RecursionError, OSError,
                    EOFError, LookupError, zlib.error):
                break  # the last change left nothing to change structurally: that file it is
            done.append(what)
        return data, "; ".join(done)
    return apply


def mutate_xml(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    if rng.random() < 0.2:
        return mutate_bytes(data, rng)
    root = ET.fromstring(data)
    pairs = _elements(root)
    kind = rng.choice(["delete", "duplicate", "attr_del", "attr", "attr", "attr", "swap", "type", "ref", "nest",
                       "text"])
    parent, child = rng.choice(pairs) if pairs else (None, root)
    what = f"{kind} <{child.tag}>"
    if kind == "delete" and parent is not None:
        parent.remove(child)
    elif kind == "duplicate" and parent is not None:
        parent.insert(list(parent).index(child), ET.fromstring(ET.tostring(child)))
    elif kind in ("attr_del", "attr"):
        element = rng.choice([root] + [c for _, c in pairs])
        if element.attrib:
            name = rng.choice(sorted(element.attrib))
            if kind == "attr_del":
                del element.attrib[name]
                what = f"deleted {name} of <{element.tag}>"
            else:
                element.set(name, rng.choice(ODD))
                what = f"{name} of <{element.tag}> set to {element.get(name)[:20]!r}"
    elif kind == "swap" and parent is not None and len(parent) > 1:
        children = list(parent)
        i, j = rng.sample(range(len(children)), 2)
        children[i], children[j] = children[j], children[i]
        for old in list(parent):
            parent.remove(old)
        parent.extend(children)
        what = f"swapped children {i} and {j} of <{parent.tag}>"
    elif kind == "type":
        props = [p for p in root.iter("property")]
        if props:
            prop = rng.choice(props)
            prop.set("type", rng.choice(["int", "float", "bool", "color", "file", "object", "string", "class", "x"]))
            what = f"property {prop.get('name')} type {prop.get('type')}"
    elif kind == "ref":
        props = [p for p in root.iter("property") if p.get("type") == "object"] or list(root.iter("object"))
        if props:
            target = rng.choice(props)
            name = "value" if target.tag == "property" else "template"
            target.set(name, rng.choice(["9999", "-5", "missing.tx", "../nowhere/x.tx", "templates"]))
            what = f"{name} of <{target.tag}> points nowhere: {target.get(name)}"
    elif kind == "nest":
        groups = list(root.iter("group")) + list(root.iter("objectgroup"))
        if groups:
            group = rng.choice(groups)
            group.append(ET.fromstring(ET.tostring(group)))
            what = f"<{group.tag}> nested in itself"
    elif kind == "text":
        element = rng.choice([root] + [c for _, c in pairs])
        element.text = rng.choice(ODD + ["1,2,3", "eJwLycgsVgCi4pz80pIAAEcgBsw=", "0" * 3000])
        what = f"text of <{element.tag}> changed"
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root), what


def _paths(node, here=()):
    yield here
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, here + (key,))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _paths(value, here + (i,))


def _at(node, path):
    for step in path:
        node = node[step]
    return node


def mutate_tree(data, rng: random.Random) -> tuple[object, str]:
    """A structural change to parsed YAML or JSON: a value replaced by another type, a key deleted, a list cut."""
    paths = [p for p in _paths(data) if p]
    if not paths:
        return rng.choice(YAML_VALUES), "whole document replaced"
    path = rng.choice(paths)
    parent = _at(data, path[:-1])
    kind = rng.choice(["value", "value", "value", "delete", "number"])
    if isinstance(_at(data, path), (int, float)) and not isinstance(_at(data, path), bool) and rng.random() < 0.6:
        kind = "extreme"  # a number the reader takes, at the edge of what the rules were written for
        parent[path[-1]] = rng.choice([0, 0.0, 1e-300, 1e-9, 1e300, 10 ** 18, 1e9, 0.5, 1])
        return data, f"{kind} at {'.'.join(map(str, path))}"
    if kind == "delete":
        del parent[path[-1]]
    elif kind == "number":
        parent[path[-1]] = rng.choice([10 ** 400, -10 ** 30, 1e308, -0.0, 2 ** 63, -2 ** 63 - 1, 0.1, 7])
    else:
        parent[path[-1]] = rng.choice(YAML_VALUES)
    return data, f"{kind} at {'.'.join(map(str, path))}"


def mutate_yaml(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    roll = rng.random()
    if roll < 0.2:
        return mutate_bytes(data, rng)
    if roll < 0.3:  # a key written twice: copy a line that holds one
        lines = data.split(b"\n")
        keyed = [i for i, line in enumerate(lines) if b":" in line and not line.strip().startswith(b"#")]
        if keyed:
            i = rng.choice(keyed)
            lines.insert(i, lines[i])
            return b"\n".join(lines), f"line {i + 1} duplicated"
    tree, what = mutate_tree(yaml.safe_load(data), rng)
    try:
        return yaml.safe_dump(tree, allow_unicode=True, sort_keys=False).encode("utf-8"), what
    except (OverflowError, ValueError):
        return data, "unchanged"


def mutate_json(data: bytes, rng: random.Random, gzipped: bool = False) -> tuple[bytes, str]:
    import gzip
    raw = gzip.decompress(data) if gzipped else data
    if rng.random() < 0.2:
        inner = gzipped and rng.random() < 0.5  # the JSON damaged inside whole gzip data, or the gzip data itself
        out, what = mutate_bytes(raw if inner else data, rng)
        return (gzip.compress(out, mtime=0) if inner else out), what
    tree, what = mutate_tree(json.loads(raw), rng)
    text = json.dumps(tree).encode("utf-8")
    return (gzip.compress(text, mtime=0) if gzipped else text), what


# -- targets ----------------------------------------------------------------------------------------------------------

def _play(game, ticks: int = TICKS) -> None:
    try:
        for _ in range(ticks):
            game.step()
    finally:
        game.close()


def fight(catalog, level) -> None:
    """Four seconds of the Layzner using everything it has on the enemies beside it: a catalog that is accepted must
    play, its weapons, dash, missiles, knuckle and V-MAX included."""
    problems = level_problems(level, catalog)  # as new_game does: a map's machines the catalog lacks are the map's
    if problems:
        raise ContentError(problems)
    game = Game(level, catalog, 1)
    try:
        for tick in range(240):
            enemies = game.enemies()
            at = game.world.try_get(enemies[0], Position) if enemies else None
            aim = (at.x, at.y) if at is not None else (0.0, 0.0)
            game.write_intent((0.3, 0.0, *aim, True, tick % 60 < 40, tick % 45 == 0, tick % 90 == 10, tick % 7 == 0))
            game.step()
    finally:
        game.close()


def make_seeds(folder: Path) -> dict[str, Path]:
    """A save, replay, record and settings file from a few seconds of play on the outpost, into `folder`."""
    level = ROOT / "levels" / "outpost.tmx"
    game = new_game(level, seed=3)
    recorder = Recorder(game, level)
    for tick in range(180):
        game.write_intent((1.0, 0.0, 900.0, 400.0, tick % 20 < 10, False, tick == 60, False, False))
        recorder.before_step()
        game.step()
        recorder.after_step()
    seeds = {"save": folder / "save.json", "replay": folder / "run.replay", "record": folder / "record.yaml",
             "settings": folder / "settings.yaml"}
    assert write_save(game, level, path=seeds["save"]) is None
    recorder.save(seeds["replay"])
    record_result(level, game.res.tally, "won", path=seeds["record"], seconds=3.0)
    record_result(ROOT / "levels" / "mars_base.tmx", game.res.tally, "lost", path=seeds["record"])
    save_settings(Settings(), seeds["settings"])
    game.close()
    return seeds


def level_tree(folder: Path) -> Path:
    """levels/ and the tilesets copied under `folder` (pictures linked), so a map's relative paths hold."""
    shutil.copytree(ROOT / "levels", folder / "levels")
    (folder / "assets" / "tilesets").mkdir(parents=True)
    for file in TILESETS.iterdir():
        target = folder / "assets" / "tilesets" / file.name
        if file.suffix == ".tsx":
            shutil.copy(file, target)
        else:
            target.symlink_to(file)
    return folder


def targets(work: Path, seeds: dict[str, Path]):
    """(name, original file, mutate, read): read(path) runs the reader over the mutated file at `path`."""
    catalog = load_catalog()
    tree = level_tree(work / "tree")
    data = ROOT / "assets" / "data"

    def level(path, used=None):
        checked = check_map(path, catalog)
        for problem in checked.problems:
            _named(str(problem), path, used and used.name)
        if checked.problems:
            raise Refused()
        _play(new_game(path, seed=1))

    def through(map_name):
        return lambda path: level(tree / "levels" / map_name, path)

    arena = load_level(write_map(work, ARENA, name="arena.tmx"))

    def units(path):
        try:
            fight(load_catalog(path, data / "advisor.yaml"), arena)
        except ContentError as error:
            _named(str(error), path, "arena.tmx")
            raise Refused() from None

    def advisor(path):
        fight(load_catalog(data / "units.yaml", path), arena)

    def bindings(path):
        _, lines = load_player_bindings(data / "bindings.yaml", path)
        for line in lines:
            _named(line, path)
        load_bindings(path)

    def settings(path):
        _, lines = load_settings(path)
        for line in lines:
            _named(line, path)
            if "expected a readable settings file" in line:
                raise AssertionError(f"the settings catch-all: {line}")

    record = _naming_the_file(RecordError, load_record)
    save = _naming_the_file(SaveError, lambda path: _play(read_save(path).game))
    replay = _naming_the_file((ReplayError, ContentError), lambda path: _play(load_replay(path).start_game()))

    maps = sorted((tree / "levels").glob("*.tmx"))
    for tmx in maps:
        yield f"map:{tmx.stem}", tmx, stacked(mutate_xml), level
    for tx in sorted((tree / "levels" / "templates").glob("*.tx")):
        user = "mars_base.tmx" if tx.stem in ("zone", "patrol_path") else "outpost.tmx"  # a map that uses it
        yield f"template:{tx.stem}", tx, stacked(mutate_xml), through(user)
    tilesets = tree / "assets" / "tilesets"
    yield "tileset:mars", tilesets / "mars.tsx", stacked(mutate_xml), through("outpost.tmx")
    yield "tileset:new_york", tilesets / "new_york.tsx", stacked(mutate_xml), through("new_york.tmx")
    yield "units.yaml", data / "units.yaml", stacked(mutate_yaml), units
    yield "advisor.yaml", data / "advisor.yaml", stacked(mutate_yaml), advisor
    yield "feel.yaml", data / "feel.yaml", stacked(mutate_yaml), load_feel
    yield "bindings.yaml", data / "bindings.yaml", stacked(mutate_yaml), bindings
    yield "settings", seeds["settings"], stacked(mutate_yaml), settings
    yield "record", seeds["record"], stacked(mutate_yaml), record
    yield "save", seeds["save"], stacked(mutate_json), save
    yield "replay", seeds["replay"], stacked(lambda d, r: mutate_json(d, r, gzipped=True)), replay


def _naming_the_file(errors, read):
    """read(path) as a target: a refusal (one of `errors`) must name the file, and is let through as the refusal."""
    def target(path):
        try:
            read(path)
        except errors as error:
            _named(str(error), path)
            raise
    return target


def _named(line: str, path: Path, used: str | None = None) -> None:
    if path.name not in line and (used is None or used not in line):
        raise AssertionError(f"a line without the file's name: {line[:200]}")
    if "loader bug" in line:
        raise AssertionError(f"the loader's catch-all: {line[:300]}")
    python = next((words for words in PYTHON_WORDS if words in line), None)
    if python:
        raise AssertionError(f"Python's words ({python}) in: {line[:300]}")


ALLOWED = (ContentError,)


def run(cases: int, seed: int, only: str | None, keep: Path) -> int:
    signal.signal(signal.SIGALRM, _alarm)
    failures: dict[str, list] = {}
    with tempfile.TemporaryDirectory(prefix="fuzz-") as folder:
        work = Path(folder)
        seeds = make_seeds(work)
        for name, original, mutate, read in targets(work, seeds):
            if only and only not in name:
                continue
            pristine = original.read_bytes()
            target = original if original.is_relative_to(work) else work / "data" / original.name
            target.parent.mkdir(exist_ok=True)
            rng = random.Random(f"{seed}:{name}")
            refused = 0
            for case in range(cases):
                data, what = mutate(pristine, rng)
                target.write_bytes(data)
                signal.alarm(TIMEOUT)
                try:
                    read(target)
                except ALLOWED as error:
                    refused += 1
                    try:
                        _named(str(error), target)
                    except AssertionError as bad:
                        failures.setdefault(name, []).append((case, what, str(bad), data))
                except (Refused, ReplayError, SaveError, RecordError):
                    refused += 1  # their lines were looked at by `read`
                except Hang:
                    failures.setdefault(name, []).append((case, what, f"over {TIMEOUT} s", data))
                except Exception as error:  # noqa: BLE001 - what the fuzzer is looking for
                    where = traceback.extract_tb(error.__traceback__)[-1]
                    found = f"{type(error).__name__}: {str(error)[:200]} at {where.filename}:{where.lineno}"
                    failures.setdefault(name, []).append((case, what, found, data))
                finally:
                    signal.alarm(0)
            target.write_bytes(pristine)
            print(f"{name}: {cases} cases, {refused} refused, {len(failures.get(name, []))} failures", flush=True)
    if failures:
        keep.mkdir(exist_ok=True)
        print(f"the failing files are in {keep}")
    for name, found in failures.items():
        for case, what, message, data in found:
            print(f"FAIL {name} #{case} ({what}): {message}")
            (keep / f"{name.replace(':', '_')}-{case}").write_bytes(data)
    return 1 if failures else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="?", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--only", help="only the targets whose name holds this")
    args = parser.parse_args()
    return run(args.cases, args.seed, args.only, FAILURES)


if __name__ == "__main__":
    sys.exit(main())
