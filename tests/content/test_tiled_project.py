"""The Tiled project and its object templates: what Tiled offers designers matches what the game reads."""

import json
import shlex
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from game.cli import parse
from game.content.catalog import load_catalog

ROOT = Path(__file__).resolve().parents[2]
LEVELS = ROOT / "levels"
PROJECT = LEVELS / "blue-comet.tiled-project"
TEMPLATES = LEVELS / "templates"

# The conventions in docs/level-design.md: each object class, the shapes it may have and every property the
# game reads from it, as (Tiled type, custom enum type or None).
SHAPES_OF_REGIONS = {"rectangle", "ellipse", "polygon"}
CONVENTIONS = {
    "player_spawn": ({"point"}, {}),
    "enemy_spawn": ({"point"}, {"kind": ("string", "EnemyKind"), "patrol": ("object", None)}),
    "patrol_path": ({"polyline", "polygon"}, {}),
    "trigger": (SHAPES_OF_REGIONS, {"action": ("string", "TriggerAction"), "text": ("string", None),
                                    "once": ("bool", None)}),
    "objective": (SHAPES_OF_REGIONS, {"text": ("string", None), "hold": ("float", None)}),
    "zone": (SHAPES_OF_REGIONS, {"kind": ("string", "ZoneKind"), "strength": ("float", None)}),
}


def _project() -> dict:
    return json.loads(PROJECT.read_text(encoding="utf-8"))


def _enums() -> dict[str, dict]:
    return {t["name"]: t for t in _project()["propertyTypes"] if t.get("type", "enum") == "enum"}


def _template_object(path: Path) -> ET.Element:
    root = ET.parse(path).getroot()
    assert root.tag == "template", path
    objects = root.findall("object")
    assert len(objects) == 1, path
    return objects[0]


def _shape(obj: ET.Element) -> str:
    for tag in ("point", "ellipse", "polygon", "polyline", "text"):
        if obj.find(tag) is not None:
            return tag
    return "rectangle"


def test_the_project_file_is_json_tiled_can_read_with_the_levels_folder():
    project = _project()
    assert project["folders"] == ["."]
    assert project["compatibilityVersion"] == 1080  # Tiled 1.9+ then keeps saving maps in the 1.8 format
    for enum in _enums().values():
        assert enum["storageType"] == "string" and enum["valuesAsFlags"] is False, enum["name"]
    ids = [t["id"] for t in project["propertyTypes"]]
    assert len(ids) == len(set(ids)) and all(isinstance(i, int) and i > 0 for i in ids)


def test_the_enemy_kind_drop_down_offers_exactly_the_catalog_enemies():
    assert tuple(sorted(_enums()["EnemyKind"]["values"])) == load_catalog().enemy_kinds


def test_the_trigger_action_and_zone_kind_drop_downs_offer_what_the_game_knows():
    assert tuple(sorted(_enums()["TriggerAction"]["values"])) == ("advise", "alarm", "fouron", "message")
    assert tuple(sorted(_enums()["ZoneKind"]["values"])) == ("dust_storm",)


def _commands() -> dict[str, dict]:
    return {c["name"]: c for c in _project()["commands"]}


def test_both_playtest_commands_run_the_game_from_the_repository_with_the_open_map():
    commands = _commands()
    assert set(commands) >= {"Playtest map", "Playtest from selected object"}
    for name in ("Playtest map", "Playtest from selected object"):
        command = commands[name]
        assert command["enabled"] and command["saveBeforeExecute"] and command["showOutput"], name
        # Tiled 1.8 replaces %projectpath with the folder of the project file, then runs the executable
        # (relative to the working directory) with the arguments.
        working = Path(command["workingDirectory"].replace("%projectpath", str(PROJECT.parent))).resolve()
        assert working == ROOT, name
        assert command["command"] == ".venv/bin/python", name
        arguments = shlex.split(command["arguments"])
        assert arguments[0] == "main.py" and (working / "main.py").is_file(), name
        assert "%mapfile" in arguments, name
    assert "%objectid" in shlex.split(commands["Playtest from selected object"]["arguments"])


def test_the_playtest_arguments_are_ones_the_game_accepts():
    for name, command in _commands().items():
        filled = command["arguments"].replace("%mapfile", '"/maps/a map.tmx"').replace("%objectid", '"12"')
        args = parse(shlex.split(filled)[1:])  # without main.py
        assert args.level == Path("/maps/a map.tmx"), name
        if "%objectid" in command["arguments"]:
            assert args.start_at == 12


def test_there_is_one_template_per_object_class_named_after_it():
    assert sorted(p.stem for p in TEMPLATES.glob("*.tx")) == sorted(CONVENTIONS)


@pytest.mark.parametrize("path", sorted(TEMPLATES.glob("*.tx")), ids=lambda p: p.name)
def test_each_template_has_its_class_a_shape_the_game_reads_and_only_properties_the_game_reads(path):
    obj = _template_object(path)
    object_class = obj.get("type") or obj.get("class")
    assert object_class == path.stem
    shapes, properties = CONVENTIONS[object_class]
    assert _shape(obj) in shapes
    assert obj.get("rotation") in (None, "0")
    enums = _enums()
    for prop in obj.iter("property"):
        name = prop.get("name")
        assert name in properties, f"{path.name}: property {name} is not read by the game"
        tiled_type, enum = properties[name]
        assert prop.get("type", "string") == tiled_type, f"{path.name}: {name}"
        assert prop.get("propertytype") == enum, f"{path.name}: {name}"
        if enum:
            assert prop.get("value") in enums[enum]["values"], f"{path.name}: {name}"


def test_template_defaults_are_the_documented_ones():
    def props(name):
        return {p.get("name"): p.get("value") for p in _template_object(TEMPLATES / f"{name}.tx").iter("property")}
    assert props("enemy_spawn") == {"kind": "dis", "patrol": "0"}
    assert props("trigger") == {"action": "message", "text": "", "once": "true"}
    assert props("objective") == {"hold": "0", "text": "Reach the marked area"}
    assert props("zone") == {"kind": "dust_storm", "strength": "0.7"}


def test_every_template_a_shipped_map_uses_exists():
    for path in sorted(LEVELS.glob("*.tmx")):
        for obj in ET.parse(path).getroot().iter("object"):
            if obj.get("template"):
                assert (path.parent / obj.get("template")).is_file(), f"{path.name}: object {obj.get('id')}"
