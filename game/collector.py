"""The cyclic garbage collector held off while work that makes many objects and no cycles runs: a frame's blit
lists, a replay's tens of thousands of lists, the game's imports as it starts."""

import gc
from contextlib import contextmanager


@contextmanager
def collector_paused():
    """Reference counting frees what such work leaves; the collector walking its objects as they are made (a frame's
    blit lists, a replay's tens of thousands of lists) is wasted time, so it waits until the work is done."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


@contextmanager
def imports_frozen():
    """For the game's imports as it starts: some 50,000 objects the collector tracks, that live as long as the game,
    and no cycles to free. The collector waits while they are made, and they are frozen out of its later walks (1 %
    of start-up's instructions)."""
    gc.disable()
    yield
    gc.freeze()  # before the collector is let go: the first object made after would have it walk them all
    gc.enable()
