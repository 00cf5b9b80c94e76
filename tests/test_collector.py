"""The collector's freezes as the game starts and settles each level: the imports' objects are not walked again at
the first level, and a level left is still collected at the next. Each runs in a process of its own: what the
collector has frozen is the whole process's."""

import subprocess
import sys
import textwrap

_CYCLE = """
import gc, weakref
from game.collector import imports_frozen
from game.session import settle_heap

class Node:
    pass

def garbage_cycle():
    node = Node()
    node.itself = node  # freed only by the collector
    return weakref.ref(node)
"""


def _run(script: str) -> str:
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(_CYCLE) + textwrap.dedent(script)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_the_first_level_settled_leaves_the_imports_frozen_out_of_its_collection():
    # a cycle made while importing, garbage by the time the level settles: were the imports unfrozen, the
    # collection would walk them all and free it
    assert _run("""
        with imports_frozen():
            made_in_imports = garbage_cycle()
        settle_heap()
        print("walked" if made_in_imports() is None else "left frozen")
        """) == "left frozen"


def test_a_level_left_is_collected_when_the_next_level_settles():
    assert _run("""
        with imports_frozen():
            pass
        level = Node()
        level.itself = level  # a level's cycle: frozen as it settles, garbage once the level is left
        left = weakref.ref(level)
        settle_heap()
        del level
        gc.collect()
        frozen_with_its_level = left() is not None
        settle_heap()
        print(frozen_with_its_level, left() is None)
        """) == "True True"
