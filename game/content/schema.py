"""Building frozen dataclasses from parsed YAML, strictly: unknown keys, missing keys and wrong types are errors."""

import dataclasses
import functools
import re
import sys
import typing
from types import UnionType

from game.content.errors import Problem, quote
from game.content.spelling import suggest

_SCALARS = {bool: "true or false", int: "a whole number", float: "a number", str: "text"}


def too_long_to_print(value: object) -> bool:
    """A whole number of so many digits that its repr() means nothing to a reader, or raises (past 4,300 digits)."""
    return isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10 ** 30


def describe(value: object) -> str:
    """How a found value reads in an error message: short, whatever the value (a file may hold anything)."""
    if isinstance(value, bool):
        return f"{str(value).lower()} (true/false)"
    if too_long_to_print(value):
        return f"a number of about {round(value.bit_length() * 0.30103)} digits"
    if isinstance(value, (int, float)):
        return f"{value!r} (a number)"
    if isinstance(value, str):  # quoted on one line: a newline in a hand-edited save must not break the message
        return f"{quote(value)} (text)"
    if value is None:
        return "nothing"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return type(value).__name__


def build(cls, data: object, file: str, where: str, problems: list[Problem]):
    """Make `cls` from `data`, appending a Problem for each mistake; returns None when it cannot be built."""
    if not isinstance(data, dict):
        problems.append(Problem(file, where, f"a mapping of {cls.__name__} settings", describe(data)))
        return None
    hints, fields = _shape(cls)
    values = {}
    for key in data:
        if key not in fields:
            problems.append(Problem(file, _join(where, key), "a known key", f'"{key}"', suggest(key, fields)))
    for name, field in fields.items():
        if name not in data:
            has_default = field.default is not dataclasses.MISSING or field.default_factory is not dataclasses.MISSING
            if not has_default:
                problems.append(Problem(file, _join(where, name), _expected(hints[name], field),
                                        "nothing (missing key)"))
            continue
        value = _convert(hints[name], data[name], file, _join(where, name), problems)
        if value is not _BAD and _check_range(field, value, file, _join(where, name), problems):
            values[name] = value
    if len(values) != sum(1 for n in fields if n in data):
        return None
    try:
        return cls(**values)
    except TypeError:
        return None


_BAD = object()


@functools.cache
def _shape(cls) -> tuple[dict, dict]:
    """A settings class's field types and its fields set in __init__, by name (looked up once: typing's
    get_type_hints is slow, and the catalog builds hundreds of these)."""
    return typing.get_type_hints(cls), {f.name: f for f in dataclasses.fields(cls) if f.init}


def _join(where: str, key: object) -> str:
    return f"{where}.{key}" if where else str(key)


def _expected(kind, field=None) -> str:
    if dataclasses.is_dataclass(kind):
        return f"a mapping of {kind.__name__} settings"
    if typing.get_origin(kind) in (typing.Union, UnionType):
        return " or ".join(_expected(k) for k in typing.get_args(kind) if k is not type(None)) + " (optional)"
    text = _SCALARS.get(kind, getattr(kind, "__name__", str(kind)))
    if field is not None and "max" in field.metadata:
        low, high = field.metadata["min"], field.metadata["max"]
        text += f" above {low}, at most {high}" if field.metadata.get("above") else f" from {low} to {high}"
    elif field is not None and "min" in field.metadata:
        text += f" of at least {field.metadata['min']}"
    return text


def _convert(kind, value, file, where, problems):
    origin = typing.get_origin(kind)
    if origin in (typing.Union, UnionType):
        options = [k for k in typing.get_args(kind) if k is not type(None)]
        if value is None:
            return None
        return _convert(options[0], value, file, where, problems)
    if dataclasses.is_dataclass(kind):
        built = build(kind, value, file, where, problems)
        return _BAD if built is None else built
    if kind is float and isinstance(value, (int, float)) and not isinstance(value, bool):
        # The range alone: NaN and infinities fail it, and a whole number past a float's (309 digits and more),
        # which float() would overflow on.
        if not -sys.float_info.max <= value <= sys.float_info.max:
            problems.append(Problem(file, where, "a finite number", describe(value)))
            return _BAD
        return float(value)
    if kind is int and isinstance(value, int) and not isinstance(value, bool):
        return value
    if kind in (bool, str) and type(value) is kind:
        return value
    hint = ""
    if kind in (int, float) and isinstance(value, str) and _UNSIGNED_EXPONENT.fullmatch(value.strip()):
        mantissa, exponent = value.strip().lower().split("e")
        sign = "-" if exponent.startswith("-") else "+"
        written = f"{mantissa if '.' in mantissa else mantissa + '.0'}e{sign}{exponent.lstrip('+-')}"  # YAML 1.1
        hint = f"YAML reads a number with an exponent as text unless it has a point and a sign: write {written}"
    problems.append(Problem(file, where, _expected(kind), describe(value), hint))
    return _BAD


_UNSIGNED_EXPONENT = re.compile(r"[-+]?(\d+\.?\d*|\.\d+)[eE][-+]?\d+")  # 1e6, 1.0e6, 1e+6: text to YAML 1.1


LARGEST = 1_000_000  # no tuning number comes near it; a far larger one overflows once the rules square it


def _check_range(field, value, file, where, problems) -> bool:
    low, high = field.metadata.get("min"), field.metadata.get("max")
    if not isinstance(value, (int, float)):
        return True
    if high is None and value > LARGEST:
        problems.append(Problem(file, where, f"a number of at most {LARGEST:,}", describe(value)))
        return False
    above = field.metadata.get("above")
    if high is not None and not (low < value <= high if above else low <= value <= high):
        problems.append(Problem(file, where, f"a number above {low}, at most {high}" if above
                                else f"a number from {low} to {high}", describe(value)))
        return False
    if above and value <= low:
        problems.append(Problem(file, where, f"a number above {low}", describe(value)))
        return False
    if low is not None and value < low:
        problems.append(Problem(file, where, f"a number of at least {low}", describe(value)))
        return False
    return True
