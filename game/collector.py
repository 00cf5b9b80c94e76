"""The cyclic garbage collector held off while work that makes many objects and no cycles runs."""

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
