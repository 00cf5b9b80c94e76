"""XML attributes read as checked numbers and flags: missing, malformed, infinite or out of range is a BadValue."""

import math
import xml.etree.ElementTree as ET

from game.content.errors import quote

_MISSING = object()


class BadValue(Exception):
    """One attribute that does not hold what the format says; expected/found read as in a Problem."""

    def __init__(self, name: str, expected: str, found: str) -> None:
        super().__init__(f"{name}: expected {expected}, found {found}")
        self.name, self.expected, self.found = name, expected, found


def int_attr(element: ET.Element, name: str, default=_MISSING, low: int | None = None, high: int | None = None) -> int:
    text = element.get(name)
    if text is None:
        if default is _MISSING:
            raise BadValue(name, "a whole number", "nothing (the attribute is missing)")
        return default
    try:
        value = int(text.strip())
    except ValueError:
        raise BadValue(name, _range_text("a whole number", low, high), quote(text)) from None
    _check_range(name, value, low, high, "a whole number")
    return value


def float_attr(element: ET.Element, name: str, default=_MISSING, low: float | None = None,
               high: float | None = None) -> float:
    text = element.get(name)
    if text is None:
        if default is _MISSING:
            raise BadValue(name, "a number", "nothing (the attribute is missing)")
        return default
    value = parse_float(text)
    if value is None:
        raise BadValue(name, _range_text("a finite number", low, high), quote(text))
    _check_range(name, value, low, high, "a number")
    return value


def bool_attr(element: ET.Element, name: str, default: bool) -> bool:
    text = element.get(name)
    if text is None:
        return default
    lowered = text.strip().lower()
    if lowered in ("1", "true"):
        return True
    if lowered in ("0", "false"):
        return False
    raise BadValue(name, "0 or 1", quote(text))


def parse_float(text: str) -> float | None:
    """A finite float from text, or None: float() alone accepts "nan" and "inf", which no position can be."""
    try:
        value = float(text)
    except (ValueError, OverflowError):
        return None
    return value if math.isfinite(value) else None


def _check_range(name: str, value, low, high, kind: str) -> None:
    if (low is not None and value < low) or (high is not None and value > high):
        raise BadValue(name, _range_text(kind, low, high), f"{value:g}" if isinstance(value, float) else str(value))


def _range_text(kind: str, low, high) -> str:
    if low is not None and high is not None:
        return f"{kind} from {low:,} to {high:,}"
    if low is not None:
        return f"{kind} of at least {low}"
    if high is not None:
        return f"{kind} of at most {high:,}"
    return kind
