"""Statistics and timing helpers: median, p99 by nearest rank, max, interleaved A/B timing, and the Row record."""

import math
import time
from dataclasses import asdict, dataclass, field

clock = time.perf_counter


def median(samples) -> float:
    ordered = sorted(samples)
    n = len(ordered)
    if not n:
        return math.nan
    middle = n // 2
    return ordered[middle] if n % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def percentile(samples, p: float) -> float:
    """Nearest-rank percentile: the smallest sample with at least p% of the samples at or below it."""
    ordered = sorted(samples)
    if not ordered:
        return math.nan
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


def p99(samples) -> float:
    return percentile(samples, 99)


def summary(samples) -> dict:
    """median, p99 and max of a list of samples (same unit as the samples), and how many there were."""
    return {"median": median(samples), "p99": p99(samples), "max": max(samples) if samples else math.nan,
            "n": len(samples)}


def interleaved(first, second, samples: int, deadline: float | None = None) -> tuple[list, list]:
    """Time two callables alternately (ABBA...), so drift and noise on the machine hit both alike.

    Returns the seconds each call took, as two lists; stops early at `deadline` (a clock() value).
    """
    a_times, b_times = [], []
    for i in range(samples):
        order = ((first, a_times), (second, b_times)) if i % 2 == 0 else ((second, b_times), (first, a_times))
        for call, times in order:
            started = clock()
            call()
            times.append(clock() - started)
        if deadline is not None and clock() > deadline:
            break
    return a_times, b_times


@dataclass
class Row:
    """One line of the table.

    kind: "time" (ms), "ratio" (x), "rate" (per second, higher is better), "size" (MB), "percent".
    budgets maps a figure ("median", "p99", "max" or "value") to its limit; none means informational.
    """
    name: str
    kind: str
    median: float | None = None
    p99: float | None = None
    max: float | None = None
    value: float | None = None  # a ratio, a rate or a size: the row's own figure
    budgets: dict = field(default_factory=dict)
    samples: int = 0
    note: str = ""
    extra: dict = field(default_factory=dict)
    short: bool = False  # stopped by its time cap before taking the samples asked for

    @property
    def higher_is_better(self) -> bool:
        return self.kind == "rate"

    def passes(self, figure_name: str) -> bool:
        figure, limit = getattr(self, figure_name), self.budgets[figure_name]
        if figure is None or math.isnan(figure):
            return False
        return figure >= limit if self.higher_is_better else figure <= limit

    @property
    def verdict(self) -> str:
        if self.kind == "error":
            return "ERROR"
        if not self.budgets:
            return "info"
        verdict = "PASS" if all(self.passes(name) for name in self.budgets) else "MISS"
        return verdict + ("*" if self.short else "")

    def as_dict(self) -> dict:
        data = asdict(self)
        data["verdict"] = self.verdict
        return data


def ms(seconds_list) -> list:
    return [s * 1000.0 for s in seconds_list]
