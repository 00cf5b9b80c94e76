"""Tiled custom properties: typed raw values (class-typed ones nested), converted only when the game reads them."""

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from game.content.errors import Blamed, quote
from game.content.tmx_limits import MAX_PROPERTY_DEPTH
from game.content.tmx_values import parse_float


@dataclass(frozen=True)
class Property:
    """One <property> as the file has it. Its value is checked only when the game reads it, so a broken property
    nobody reads (say, one left by another tool) never refuses a map."""
    type: str  # Tiled's type: string (also when missing), int, float, bool, color, file, object or class
    text: str  # the value as written; "" for class properties
    members: dict = field(default_factory=dict)  # class-typed: member name → Property (nested as deep as the file)
    propertytype: str = ""  # the custom type's name, for class and enum properties
    # The template file (as the map names it) the object has this property from, not setting it itself; "" for its
    # own. Messages name it: a mistake there is every placed copy's, and is fixed once, in the template.
    template: str = field(default="", compare=False)


class PropertyTypeError(Exception):
    """The property is there but does not hold what the game needs; expected/found read as in a Problem. `fix` is the
    hint's fix in a few words ("a float property", "by ticking or unticking its checkbox"), for a template's message."""

    def __init__(self, expected: str, found: str, hint: str = "", fix: str = "") -> None:
        super().__init__(f"expected {expected}, found {found}")
        self.expected, self.found, self.hint, self.fix = expected, found, hint, fix


def read_properties(element: ET.Element, depth: int = 0) -> dict[str, Property]:
    """The <properties> of an element (map, layer, object, tile), by name; the last of two same names wins,
    as in Tiled."""
    properties: dict[str, Property] = {}
    for block in element.findall("properties"):
        for node in block.findall("property"):
            name = node.get("name")
            if name is None:
                continue  # Tiled cannot save a nameless property; nothing could ask for it either
            kind = node.get("type") or "string"
            if kind == "class":
                # pytmx 3.32 looks class properties up in a custom-types table it has not loaded, and crashes.
                # Nested dicts keep what is there; depth is capped since the file can nest them without end.
                members = read_properties(node, depth + 1) if depth < MAX_PROPERTY_DEPTH else {}
                properties[name] = Property(kind, "", members, node.get("propertytype", ""))
            else:
                text = node.get("value")
                if text is None:  # multi-line strings are stored as the element's text
                    text = node.text or ""
                properties[name] = Property(kind, text, {}, node.get("propertytype", ""))
    return properties


def repeated_properties(element: ET.Element) -> list[tuple[str, str, str]]:
    """Each name the element's <properties> give more than once with different values (read_properties keeps the
    last), with its first and last values as a message quotes them; in file order."""
    given: dict[str, list[str]] = {}
    for block in element.findall("properties"):
        for node in block.findall("property"):
            name = node.get("name")
            if name is not None:
                value = "a class value" if node.get("type") == "class" else quote(node.get("value", node.text or ""))
                given.setdefault(name, []).append(value)
    return [(name, values[0], values[-1]) for name, values in given.items() if len(set(values)) > 1]


def property_where(where: str, name: str, template: str = "") -> str:
    """How a message names a property of the object (or map) at `where`; with the template file the object has the
    value from, if it has it from one, so that the designer fixes the template rather than each object using it."""
    place = f"{where}, property {name}{from_template(template)}"
    return Blamed(place, template) if template else place


def from_template(template: str) -> str:
    """What follows the name of a property (or an object's class or shape) that the object has from `template`."""
    return f" (from its template {quote(template)})" if template else ""


def plain(properties: dict[str, Property]) -> dict[str, object]:
    """Properties as plain Python values for whoever wants them untyped (class properties as nested dicts)."""
    return {name: plain(p.members) if p.type == "class" else p.text for name, p in properties.items()}


# What the game can ask a property to be, and how each reads in a message.
_EXPECTED = {
    "string": "text (a string property)",
    "bool": "true or false (a bool property)",
    "int": "a whole number (an int property)",
    "float": "a number (a float property)",
    "object": "an object reference (an object property)",
    "file": "a file (a file property)",
}


def convert(prop: Property, want: str, expected: str | None = None):
    """The property's value as `want` ("string", "bool", "int", "float", "object", "file"), or PropertyTypeError.

    Types are taken at their word: a "0.5" typed string is not a number, because in Tiled it is edited and
    shown as text, and the next edit can make it anything. An int property is accepted as a float (it is one).
    """
    if want in ("string", "file"):
        if prop.type == want:
            return prop.text
    elif want == "bool":
        if prop.type == "bool":
            value = prop.text.strip().lower()
            if value not in ("true", "false"):  # Tiled writes only these: "1" or "yes" is a hand edit
                raise _refused(prop, want, expected)
            return value == "true"
    elif want in ("int", "object"):
        if prop.type == want:
            try:
                return int(prop.text.strip() or "0")
            except ValueError:
                raise _refused(prop, want, expected) from None
    elif want == "float":
        if prop.type in ("float", "int"):
            value = parse_float(prop.text)
            if value is None:
                raise _refused(prop, want, expected)
            return value
    else:
        raise ValueError(f"the game cannot ask for a {want} property")  # a bug in the caller, not in the map
    raise _refused(prop, want, expected)


def _refused(prop: Property, want: str, expected: str | None) -> PropertyTypeError:
    """Why the property cannot be read as `want`, made only when it cannot (a map's every property is read at each
    load): with the right type and a value that is no `want` (a hand edit, or text typed into a number), what to type
    or tick; else how to set the type."""
    typed = prop.type == want or (want == "float" and prop.type == "int")
    if typed:
        hint, fix = _value_fix(prop, want)
    elif want == "object":
        # Tiled will not change a property's type, nor add a second of the same name: it must go first
        hint, fix = ("remove it, add it again as an object property (Add Property → object) and pick the object",
                     "as an object property")
    else:
        hint, fix = f"set the property's type to {want} in Tiled", f"as a {want} property"
    return PropertyTypeError(expected or _EXPECTED[want], describe(prop, typed), hint, fix)


_CLOCK = re.compile(r"^\s*(\d+):([0-5]\d)\s*$")  # minutes and seconds, as a designer may write a time: 4:00


def _value_fix(prop: Property, want: str) -> tuple[str, str]:
    """(hint, how to set it in a few words) for a value Tiled would not write in a property of the right type: a
    bool's checkbox writes only true or false; a number field takes digits, with a point for decimals."""
    if want == "bool":
        return ("tick or untick its checkbox in Tiled, which writes true or false",
                "by ticking or unticking its checkbox")
    if want != "float":
        return (("type a whole number, such as 3", "to a whole number") if want == "int" else
                ("pick the object with the property's object picker", "by picking the object with its object picker"))
    clock = _CLOCK.match(prop.text)
    comma = parse_float(prop.text.strip().replace(",", ".", 1)) if prop.text.count(",") == 1 else None
    if clock:
        seconds = int(clock.group(1)) * 60 + int(clock.group(2))
        fix = f"{seconds}, if {clock.group(0).strip()} means minutes and seconds"
    elif comma is not None:
        fix = f"{comma:g}, with a point for decimals"
    else:
        fix = "a plain number, such as 0.5 or 240, with a point for decimals"
    return f"type {fix}", f"to {fix}"


def describe(prop: Property, quoted: bool = False) -> str:
    """How a property reads in a message: its value and its Tiled type; `quoted`, the value in quotes whatever the
    type (a value a property of its type cannot hold, "4:00" in a float, reads as the text it is)."""
    if prop.type == "class":
        return f"a class property{' of type ' + quote(prop.propertytype) if prop.propertytype else ''}"
    article = "an" if prop.type[:1] in "aeiou" else "a"
    value = quote(prop.text) if quoted or prop.type in ("string", "file", "color") else quote(prop.text)[1:-1] or '""'
    return f"{value} ({article} {quote(prop.type, 20)[1:-1]} property)"
