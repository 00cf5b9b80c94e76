"""Determinism: the same level, seed and inputs give the same state hash; the rules keep to their own generator."""

import ast
import os
import subprocess
import sys
from pathlib import Path

from game.session import DEFAULT_LEVEL, new_game

ROOT = Path(__file__).resolve().parents[2]
SIM = ROOT / "game" / "sim"


def scripted_run(seed: int) -> list[str]:
    game = new_game(DEFAULT_LEVEL, seed)
    hashes = []
    intent = game.player_intent()
    for tick in range(40 * 60):
        if intent is not None and game.player_health() is not None:
            phase = (tick // 90) % 4
            intent.move_x, intent.move_y = ((1, 0), (0, -1), (1, 0.3), (-0.5, 1))[phase]
            intent.aim_x, intent.aim_y = 1200.0, 600.0
            intent.fire = tick % 50 < 35
            intent.dash = tick % 200 == 0
        game.step()
        if tick % 60 == 0:
            hashes.append(game.state_hash())
    hashes.append(game.state_hash())
    game.close()
    return hashes


def test_the_same_seed_and_inputs_give_the_same_state_hash_twice():
    first, second = scripted_run(seed=7), scripted_run(seed=7)
    assert first == second
    assert len(set(first)) > 30  # the state really changes over the run


def test_a_different_seed_gives_a_different_game():
    assert scripted_run(seed=7)[-1] != scripted_run(seed=8)[-1]


def rules_modules() -> list[Path]:
    """Every module under game/sim and every module of the game's own it imports, at any depth: chance or a clock
    in game/content, say, is as much the rules' as one in game/sim."""
    found, todo = set(), sorted(SIM.rglob("*.py"))
    while todo:
        path = todo.pop()
        if path in found:
            continue
        found.add(path)
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]  # a module or a name
            else:
                continue
            for name in names:
                parts = name.split(".")
                for depth in range(1, len(parts) + 1):  # importing game.a.b runs game/__init__ and game/a/__init__
                    base = ROOT.joinpath(*parts[:depth])
                    todo += [file for file in (base.with_suffix(".py"), base / "__init__.py") if file.is_file()]
    return sorted(found)


def chance_and_clock_uses(path: Path) -> list[str]:
    """Where a module draws on the global random generator, the wall clock or pygame: every use of the `random`
    module but naming random.Random (which a seeded generator is built from), every import from it but Random, and
    any import of time, datetime or pygame."""
    tree = ast.parse(path.read_text(), filename=str(path))
    found, random_names, allowed = [], set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                top = alias.name.split(".")[0]
                if top in ("time", "datetime", "pygame"):
                    found.append(f"{path}:{node.lineno} imports {alias.name}")
                elif top == "random":
                    random_names.add(alias.asname or top)
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            top = (node.module or "").split(".")[0]
            if top in ("time", "datetime", "pygame"):
                found.append(f"{path}:{node.lineno} imports from {node.module}")
            elif top == "random":
                found += [f"{path}:{node.lineno} imports random.{alias.name}" for alias in node.names
                          if alias.name != "Random"]
    for node in ast.walk(tree):  # random.Random is the one name of the module the rules may touch
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in random_names:
            allowed.add(id(node.value))
            if node.attr != "Random":
                found.append(f"{path}:{node.lineno} uses {node.value.id}.{node.attr}")
    for node in ast.walk(tree):  # the module itself handed on or called, where no attribute was read off it
        if isinstance(node, ast.Name) and node.id in random_names and id(node) not in allowed:
            found.append(f"{path}:{node.lineno} passes the random module around")
    return found


def test_simulation_code_uses_no_global_random_wall_clock_or_pygame():
    modules = rules_modules()
    # the walk must reach past game/sim, or a rule drawing chance in game/content would go unseen
    assert {ROOT / "game" / "content" / "advisor.py", ROOT / "game" / "sim" / "systems" / "speech.py"} <= set(modules)
    assert [use for path in modules for use in chance_and_clock_uses(path)] == []


def test_the_chance_check_finds_each_way_of_reaching_the_global_generator_or_the_clock(tmp_path):
    """The check above passes only if it can fail: each of these modules is one the rules must not hold."""
    bad = {
        "shuffle": "import random\nrandom.shuffle(order)\n",
        "alias": "import random as chance\nchance.random()\n",
        "from_import": "from random import Random, choice\n",
        "system": "import random\nrng = random.SystemRandom()\n",
        "handed_on": "import random\nuse(random)\n",
        "clock": "import time\nnow = time.monotonic()\n",
        "date": "from datetime import datetime\n",
        "display": "import pygame.display\n",
    }
    assert_check_finds(chance_and_clock_uses, tmp_path, bad, "import random\nfrom random import Random\n"
                       "rng: random.Random = random.Random(7)\nrandom.Random('a/b').shuffle(order)\n")


def assert_check_finds(check, folder: Path, bad: dict[str, str], good: str) -> None:
    """`check` finds something in each of the `bad` modules' sources, and nothing in `good`."""
    for name, source in bad.items():
        (folder / f"{name}.py").write_text(source)
        assert check(folder / f"{name}.py"), name
    (folder / "good.py").write_text(good)
    assert check(folder / "good.py") == []


def test_the_rules_load_without_pygame():
    """The rules run headless: importing them, and what they import, must not pull pygame in (pytmx would, were
    the level loader among them)."""
    code = ("import sys\nimport game.sim.game, game.sim.schedule, game.sim.snapshot, game.sim.spawn\n"
            "print(sorted(name for name in sys.modules if name.split('.')[0] == 'pygame'))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def set_builders(path: Path) -> list[str]:
    """Where a module builds a set: a literal or comprehension, set() or frozenset(), or an operator on a dict's keys
    or items (`a.keys() & b.keys()` is a set, though no set is named)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, (ast.Set, ast.SetComp)):
            found.append(f"{path}:{node.lineno} builds a set")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("set", "frozenset"):
            found.append(f"{path}:{node.lineno} builds a set")
        elif isinstance(node, ast.BinOp) and isinstance(node.op, (ast.BitAnd, ast.BitOr, ast.BitXor, ast.Sub)) and any(
                isinstance(side, ast.Call) and isinstance(side.func, ast.Attribute)
                and side.func.attr in ("keys", "items") for side in (node.left, node.right)):
            found.append(f"{path}:{node.lineno} builds a set from a dict's keys or items")
    return found


def test_simulation_rules_build_no_sets_whose_order_could_leak_into_the_game():
    """Set order depends on hashing, and a string's hash differs from one Python process to the next
    (PYTHONHASHSEED): a rule walking a set of names would play a replay or a save back another way, or the same
    seed and inputs to another state hash in another run. The rules use lists, dicts and sorted esper queries instead.
    world.py is the one place that touches esper's own sets, and it sorts what it hands out."""
    paths = [path for path in sorted(SIM.rglob("*.py")) if path.name != "world.py"]
    assert [found for path in paths for found in set_builders(path)] == []


def test_the_set_check_finds_each_way_of_building_a_set(tmp_path):
    """The check above passes only if it can fail: each of these modules builds a set."""
    bad = {
        "literal": "names = {'dis', kind}\n",
        "comprehension": "kinds = {unit.kind for unit in units}\n",
        "call": "seen = set()\n",
        "frozen": "kinds = frozenset(units)\n",
        "keys_and": "for kind in res.catalog.units.keys() & kinds:\n    pass\n",
        "keys_minus": "left = before.keys() - after\n",
        "items_or": "both = a.items() | b.items()\n",
    }
    assert_check_finds(set_builders, tmp_path, bad, "table = {}\nnames = {'dis': 1}\nfor kind in sorted(table):\n"
                       "    pass\nflags = a & b | c - d\nkinds = list(table.keys())\n")
