"""The table: rows as plain aligned text for the terminal, and as JSON with the machine's description."""

import datetime
import json
import math
import os
import platform
from pathlib import Path

from bench.measure import Row

UNITS = {"time": "ms", "ratio": "x", "rate": "/s", "size": "MB", "percent": "%", "error": ""}
FIGURES = {"median": "med", "p99": "p99", "max": "max", "value": ""}


def _number(value, unit: str = "") -> str:
    if value is None:
        return "-"
    if unit in ("/s",):
        text = f"{value:,.0f}"
    elif unit == "x":
        text = f"{value:.2f}"
    elif abs(value) >= 100:
        text = f"{value:.0f}"
    elif abs(value) >= 10:
        text = f"{value:.1f}"
    else:
        text = f"{value:.2f}"
    return f"{text} {unit}".strip() if unit else text


def _budget(row: Row) -> str:
    if not row.budgets:
        return "-"
    sign = ">=" if row.higher_is_better else "<="
    unit = UNITS[row.kind]
    parts = [f"{FIGURES[name]} {sign} {limit:,g}".strip() for name, limit in row.budgets.items()]
    return ", ".join(parts) + (f" {unit}" if unit != "x" else "x")


def _cells(row: Row) -> list[str]:
    ms_columns = row.kind in ("time", "ratio", "rate")  # these rows carry per-sample times in ms
    median = _number(row.median, "ms") if ms_columns else "-"
    p99 = _number(row.p99, "ms") if ms_columns else "-"
    last = _number(row.max, "ms") if row.kind == "time" else _number(row.value, UNITS[row.kind])
    return [row.name, median, p99, last, _budget(row), row.verdict, str(row.samples or "-")]


def table(rows: list[Row]) -> str:
    header = ["figure", "median", "p99", "max / value", "budget", "result", "n"]
    lines = [header] + [_cells(row) for row in rows]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    right = {1, 2, 3, 6}  # numbers line up on the right

    def render(line):
        return "  ".join(cell.rjust(w) if i in right else cell.ljust(w)
                         for i, (cell, w) in enumerate(zip(line, widths)))

    rule = "  ".join("-" * w for w in widths)
    out = [render(header), rule] + [render(line) for line in lines[1:]]
    notes = [f"  {row.name}: {row.note}" for row in rows if row.note]
    if notes:
        out += ["", "notes (ratio rows: median and p99 are ours; rate rows: ms per tick; * = cut short by a time cap):"]
        out += notes
    return "\n".join(out)


def markdown(rows: list[Row]) -> str:
    """The table as Markdown, for the README."""
    lines = ["| figure | median | p99 | max / value | budget | result |", "|---|---|---|---|---|---|"]
    lines += ["| " + " | ".join(_cells(row)[:6]) + " |" for row in rows]
    return "\n".join(lines)


def load_rows(path: Path) -> list[Row]:
    """The rows of a results.json written by write_json."""
    fields = Row.__dataclass_fields__
    return [Row(**{key: value for key, value in row.items() if key in fields})
            for row in json.loads(path.read_text(encoding="utf-8"))["rows"]]


def machine() -> dict:
    import pygame
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cores": os.cpu_count(), "cpu": model or platform.processor(), "platform": platform.platform(),
        "python": platform.python_version(), "implementation": platform.python_implementation(),
        "pygame_ce": pygame.version.ver, "sdl": ".".join(map(str, pygame.get_sdl_version())),
        "video_driver": os.environ.get("SDL_VIDEODRIVER", ""),
    }


def _plain(value):
    """JSON has no NaN: a figure that could not be measured is null."""
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def write_json(path: Path, rows: list[Row], mode: str, elapsed: float, profile: dict | None) -> None:
    data = {
        "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
        "mode": mode, "elapsed_seconds": round(elapsed, 1), "machine": machine(),
        "rows": [row.as_dict() for row in rows], "profile": profile,
    }
    path.write_text(json.dumps(_plain(data), indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":  # python -m bench.report [results.json]: the last run's table as Markdown
    import sys
    print(markdown(load_rows(Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("results.json")))))
