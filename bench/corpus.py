"""Row 8: someone else's maps: each map of ../shared/tiled-corpus read as a level and as a Tiled file, or refused.

The promise (issue 3): no map, however broken or big, takes the loader more than two seconds. tests/content/
test_corpus.py checks that every map is read or refused in one line naming it, in bounded memory; how long
each takes is measured here, where timing belongs. A map's time is the median of a few attempts of both
readings (load_level, then read_map); the row gives the median, p99 and max over the maps.
"""

from pathlib import Path

from bench.measure import Row, clock, median, summary
from game.content.errors import ContentError
from game.content.level import load_level
from game.content.tmx_document import read_map

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "tiled-corpus"
MAX_MS = 2000.0  # per map


def run(attempts: int, deadline: float) -> list[Row]:
    name = "corpus: a map read or refused"
    maps = sorted(CORPUS.rglob("*.tmx"))
    if not maps:
        return [Row(name, "time", note=f"no maps at {CORPUS}: nothing measured")]
    per_map, refused, slowest = [], 0, ("", 0.0)
    for path in maps:
        times = []
        for _ in range(attempts):
            begun = clock()
            outcome = _refused(load_level, path) + _refused(read_map, path)  # the same every attempt
            times.append((clock() - begun) * 1000)
        refused += outcome
        per_map.append(median(times))
        slowest = max(slowest, (path.name, per_map[-1]), key=lambda pair: pair[1])
        if clock() > deadline:
            break
    figures = summary(per_map)
    return [Row(name, "time", figures["median"], figures["p99"], figures["max"], budgets={"max": MAX_MS},
                samples=len(per_map), short=len(per_map) < len(maps),
                note=f"{len(per_map)} maps of {CORPUS.name}, each the median of {attempts} attempts of load_level "
                     f"and read_map; {refused} of the {2 * len(per_map)} readings refused; slowest "
                     f"{slowest[0]} ({slowest[1]:.1f} ms)")]


def _refused(read, path: Path) -> int:
    try:
        read(path)
    except ContentError:
        return 1
    return 0
