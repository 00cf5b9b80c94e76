"""Writes the Tiled project's object classes from what the level loader reads (game/content/level_schema.py).

Each object class the game plays becomes a custom class of the project, used as an object class: in Tiled 1.9 and
newer, choosing it in an object's Class field shows every property the game reads, with its type and the value the
game takes when the property is left alone (a drop-down where that value is one of its enum's). The project's other
types (the enums) are kept as they are, but for the enemy kinds' drop-down, which lists the catalog's enemies
(assets/data/units.yaml), and every type keeps its id. Two runs write the same bytes, and the tests
check that the committed project is this script's output: change level_schema.py and rerun it, never edit these
classes in Tiled (Tiled 1.8, which cannot use classes for objects, also drops useAs and colours when it saves).

Usage: .venv/bin/python tools/make_tiled_classes.py [--project PATH] [--out PATH]
       (default: levels/blue-comet.tiled-project, rewritten in place)
"""

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from game.content.catalog import load_catalog  # noqa: E402
from game.content.level_schema import OBJECT_CLASSES, Want  # noqa: E402

PROJECT = ROOT / "levels" / "blue-comet.tiled-project"
# Tiled 1.9+ draws an object's shape, name and arrows in its class's colour (ARGB, as Tiled saves it): one each,
# to tell the classes apart on the map; a class missing here gets Tiled's own grey.
COLOURS = {"player_spawn": "#ff3b9dff", "enemy_spawn": "#ffe8453c", "patrol_path": "#ffff9f1c",
           "trigger": "#fff2d40a", "objective": "#ff39d98a", "zone": "#ffc8955a", "gate": "#ff5a8fd6"}
TILED_GREY = "#ffa0a0a4"
ENEMY_KINDS = "EnemyKind"  # the enum an enemy_spawn's kind picks from: every unit in units.yaml with an `ai`


def member(name: str, want: Want, enums: dict[str, list[str]]) -> dict:
    """One class member as Tiled saves it, valued at the loader's default: Tiled writes a member into the map only
    once the designer changes it, so the value Tiled shows must be the one the game takes without it."""
    if want.default is None:
        raise SystemExit(f"{name}: the game has no default for it, so a class cannot show one")
    if want.enum and want.enum not in enums:
        raise SystemExit(f"{name}: its drop-down {want.enum} is not an enum of the project")
    value = want.default
    if want.type == "float" and float(value).is_integer():
        value = int(value)  # as Tiled saves a whole number: 0, not 0.0
    entry = {"name": name, "type": want.type, "value": value}
    # A drop-down shows its first value for any value not in its list, and picking the value shown changes nothing,
    # so nothing is saved: a required kind or action would look set and be missing. Such a member stays a text field,
    # empty as the game takes it; the templates and a property added by hand still give the drop-down.
    if want.enum and value in enums[want.enum]:
        entry["propertyType"] = want.enum  # a string enum's member is a string with its enum's name
    return entry


def _is_ours(propertytype: dict) -> bool:
    """A class this script writes: an object class, or one of the game's names (Tiled 1.8 drops useAs on saving)."""
    if propertytype.get("type") != "class":
        return False
    return propertytype.get("name") in OBJECT_CLASSES or "object" in propertytype.get("useAs", [])


def with_enemy_kinds(types: list[dict], kinds: tuple[str, ...]) -> list[dict]:
    """The types with the enemy kinds' enum listing `kinds`: those it lists already first, in its order (a drop-down
    shows its first value when none is set, so a new kind does not take the Dis's place), then the new ones."""
    out = []
    for t in types:
        if t.get("name") == ENEMY_KINDS and t.get("type", "enum") == "enum":
            known = [kind for kind in t.get("values", []) if kind in kinds]
            t = {**t, "values": known + [kind for kind in kinds if kind not in known]}
        out.append(t)
    return out


def with_classes(project: dict) -> dict:
    """The project with exactly the game's object classes, after its other types (the enemy kinds' enum listing the
    catalog's); every id kept, and new ones after the highest, so no id ever passes from one type to another."""
    types = with_enemy_kinds(project.get("propertyTypes", []), load_catalog().enemy_kinds)
    kept = [t for t in types if not _is_ours(t)]
    clashes = sorted(t["name"] for t in kept if t["name"] in OBJECT_CLASSES)
    if clashes:
        raise SystemExit(f"the project has other types named like object classes: {', '.join(clashes)}")
    enums = {t["name"]: t.get("values", []) for t in kept if t.get("type", "enum") == "enum"}
    ids = {t["name"]: t["id"] for t in types if _is_ours(t)}
    next_id = max((t["id"] for t in types), default=0) + 1
    classes = []
    for name, wants in OBJECT_CLASSES.items():
        if name not in ids:
            ids[name], next_id = next_id, next_id + 1
        classes.append({
            "color": COLOURS.get(name, TILED_GREY),
            "drawFill": True,
            "id": ids[name],
            "members": [member(prop, want, enums) for prop, want in sorted(wants.items())],  # Tiled sorts them
            "name": name,
            "type": "class",
            "useAs": ["object"],
        })
    return {**project, "propertyTypes": kept + classes}


def render(project: dict) -> str:
    """The project file's text laid out as Tiled lays it out (keys sorted, four spaces), with a final newline."""
    return json.dumps(project, indent=4, sort_keys=True, ensure_ascii=False) + "\n"


def main(argv: list[str]) -> Path:
    """Read the project, give it the game's object classes and write it (in place unless --out); where it went."""
    parser = argparse.ArgumentParser(prog="tools/make_tiled_classes.py", description=__doc__.splitlines()[0])
    parser.add_argument("--project", metavar="PATH", type=Path, default=PROJECT, help="the project file to read")
    parser.add_argument("--out", metavar="PATH", type=Path, help="where to write it (default: the project file)")
    args = parser.parse_args(argv)
    out = args.out or args.project
    text = render(with_classes(json.loads(args.project.read_text(encoding="utf-8"))))
    out.write_text(text, encoding="utf-8")
    print("wrote", out)
    return out


if __name__ == "__main__":
    main(sys.argv[1:])
