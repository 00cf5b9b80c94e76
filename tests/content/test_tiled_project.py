"""The Tiled project and its object templates: what Tiled offers designers matches what the game reads."""

import json
import shlex
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from game.cli import parse
from game.content.catalog import load_catalog
from game.content.level_schema import DIFFICULTIES, MAP_PROPERTIES, OBJECT_CLASSES, WEATHERS, ZONE_KINDS
from game.content.tmx_properties import Property, convert
from game.sim.damage import DAMAGE_TAKEN

ROOT = Path(__file__).resolve().parents[2]
LEVELS = ROOT / "levels"
PROJECT = LEVELS / "blue-comet.tiled-project"
TEMPLATES = LEVELS / "templates"
CLASS_TOOL = ROOT / "tools" / "make_tiled_classes.py"

# The shapes each object class may have (docs/level-design.md); the properties it reads are the loader's own
# (game/content/level_schema.py).
SHAPES_OF_REGIONS = {"rectangle", "ellipse", "polygon"}
SHAPES = {"player_spawn": {"point"}, "enemy_spawn": {"point"}, "patrol_path": {"polyline", "polygon"},
          "trigger": SHAPES_OF_REGIONS, "objective": SHAPES_OF_REGIONS, "zone": SHAPES_OF_REGIONS,
          "gate": {"rectangle"}}


def _project() -> dict:
    return json.loads(PROJECT.read_text(encoding="utf-8"))


def _enums() -> dict[str, dict]:
    return {t["name"]: t for t in _project()["propertyTypes"] if t.get("type", "enum") == "enum"}


def _classes() -> dict[str, dict]:
    return {t["name"]: t for t in _project()["propertyTypes"] if t.get("type") == "class"}


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
    names = [t["name"] for t in project["propertyTypes"]]
    assert len(names) == len(set(names))  # Tiled refers to a type by its name in maps, and by its id inside
    assert {name: enum["id"] for name, enum in _enums().items()} == {  # as they were before the classes came
        "EnemyKind": 1, "TriggerAction": 2, "ZoneKind": 3, "ReiSituation": 4, "Weather": 11, "Difficulty": 13}


def test_the_enemy_kind_drop_down_offers_exactly_the_catalog_enemies():
    assert tuple(sorted(_enums()["EnemyKind"]["values"])) == load_catalog().enemy_kinds, \
        "the enemy kinds in units.yaml changed: rerun tools/make_tiled_classes.py (make classes) to write the drop-down"


def test_the_trigger_action_and_zone_kind_drop_downs_offer_what_the_game_knows():
    assert tuple(sorted(_enums()["TriggerAction"]["values"])) == ("advise", "alarm", "fouron", "message", "repair")
    # the game's default first: a drop-down shows its first value when none is set
    assert tuple(_enums()["ZoneKind"]["values"]) == ZONE_KINDS == ("dust_storm", "rain")
    assert OBJECT_CLASSES["zone"]["kind"].default == "dust_storm"


def test_the_weather_drop_down_offers_the_map_s_weathers_dust_first_as_the_game_takes_it():
    # a drop-down shows its first value when none is set: the game's default, so picking nothing changes nothing
    assert tuple(_enums()["Weather"]["values"]) == WEATHERS == ("dust", "rain")
    assert MAP_PROPERTIES["weather"].enum == "Weather" and MAP_PROPERTIES["weather"].default == "dust"


def test_the_difficulty_drop_down_offers_the_game_s_difficulties_easiest_first_every_one_by_default():
    assert tuple(_enums()["Difficulty"]["values"]) == DIFFICULTIES == tuple(DAMAGE_TAKEN)
    want = OBJECT_CLASSES["enemy_spawn"]["difficulty"]
    assert want.enum == "Difficulty" and want.default == "easy" and want.choices == DIFFICULTIES


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
            assert args.start_at == "12"  # an id, or a name, which the map is read for (cli._start_id)


def test_every_object_class_the_game_reads_is_a_project_class_for_objects_and_there_are_no_others():
    classes = _classes()
    assert sorted(classes) == sorted(OBJECT_CLASSES)
    for name, cls in classes.items():
        assert cls["useAs"] == ["object"], name  # Tiled 1.9+ offers it in an object's Class field, nowhere else


def _as_in_a_map(value) -> str:
    """A member's JSON value as Tiled writes a property's value into a map: text as it is, the rest as JSON has it
    (true, 0.7, 0)."""
    return value if isinstance(value, str) else json.dumps(value)


@pytest.mark.parametrize("name", sorted(OBJECT_CLASSES))
def test_each_class_shows_every_property_the_game_reads_with_its_type_and_the_value_the_game_takes(name):
    members = {m["name"]: m for m in _classes()[name]["members"]}
    wants = OBJECT_CLASSES[name]
    assert sorted(members) == sorted(wants)
    enums = _enums()
    for prop, want in wants.items():
        member = members[prop]
        assert member["type"] == want.type, prop
        # Tiled writes a member into the map only once it is changed: left alone, it is absent, and the game takes
        # its own default. So the value Tiled shows, read as the game reads a property, must be that default.
        shown = convert(Property(member["type"], _as_in_a_map(member["value"])), want.type)
        assert shown == want.default, prop
        # A drop-down shows its first value for one not in its list: only a default it lists gets one.
        listed = bool(want.enum) and want.default in enums[want.enum]["values"]
        assert member.get("propertyType") == (want.enum if listed else None), prop


def test_the_committed_project_is_what_tools_make_tiled_classes_writes(tmp_path):
    out = tmp_path / "project.json"
    run = subprocess.run([sys.executable, str(CLASS_TOOL), "--out", str(out)], capture_output=True, text=True,
                         timeout=60)
    assert run.returncode == 0, run.stderr
    assert out.read_bytes() == PROJECT.read_bytes(), \
        "levels/blue-comet.tiled-project differs from what tools/make_tiled_classes.py writes; rerun it"


def test_the_tool_gives_back_the_classes_as_tiled_1_8_saves_them_with_their_ids(tmp_path):
    # Tiled 1.8 cannot use a class for objects: saving the project, it drops useAs, colour and drawFill.
    project = _project()
    for cls in project["propertyTypes"]:
        for key in ("useAs", "color", "drawFill"):
            cls.pop(key, None)
    saved_by_1_8, out = tmp_path / "saved.json", tmp_path / "out.json"
    saved_by_1_8.write_text(json.dumps(project), encoding="utf-8")
    run = subprocess.run([sys.executable, str(CLASS_TOOL), "--project", str(saved_by_1_8), "--out", str(out)],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert out.read_bytes() == PROJECT.read_bytes()


def test_there_is_one_template_per_object_class_named_after_it():
    assert sorted(SHAPES) == sorted(OBJECT_CLASSES)
    assert sorted(p.stem for p in TEMPLATES.glob("*.tx")) == sorted(OBJECT_CLASSES)


@pytest.mark.parametrize("path", sorted(TEMPLATES.glob("*.tx")), ids=lambda p: p.name)
def test_each_template_has_its_class_a_shape_the_game_reads_and_only_properties_the_game_reads(path):
    obj = _template_object(path)
    object_class = obj.get("type") or obj.get("class")
    assert object_class == path.stem
    assert _shape(obj) in SHAPES[object_class]
    assert obj.get("rotation") in (None, "0")
    enums = _enums()
    wants = OBJECT_CLASSES[object_class]
    for prop in obj.iter("property"):
        name = prop.get("name")
        assert name in wants, f"{path.name}: property {name} is not read by the game"
        want = wants[name]
        assert prop.get("type", "string") == want.type, f"{path.name}: {name}"
        assert prop.get("propertytype") == (want.enum or None), f"{path.name}: {name}"  # its drop-down
        if want.enum:
            assert prop.get("value") in enums[want.enum]["values"], f"{path.name}: {name}"


def test_template_defaults_are_the_documented_ones():
    def props(name):
        return {p.get("name"): p.get("value") for p in _template_object(TEMPLATES / f"{name}.tx").iter("property")}
    assert props("enemy_spawn") == {"kind": "dis", "patrol": "0", "holds_post": "false", "arrives": "0",
                                    "difficulty": "easy"}
    assert props("trigger") == {"action": "message", "text": "", "once": "true"}
    assert props("objective") == {"hold": "0", "text": "Reach the marked area", "after": "0"}
    assert props("zone") == {"kind": "dust_storm", "strength": "0.7"}


def test_every_template_a_shipped_map_uses_exists():
    for path in sorted(LEVELS.glob("*.tmx")):
        for obj in ET.parse(path).getroot().iter("object"):
            if obj.get("template"):
                assert (path.parent / obj.get("template")).is_file(), f"{path.name}: object {obj.get('id')}"
