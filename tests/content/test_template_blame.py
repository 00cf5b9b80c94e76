"""A mistake inside an object template (.tx) is told as the template's: every object that has the value from it, not
setting it itself, names the template file, so the designer fixes it once there instead of object by object. A value
an object sets itself is its own mistake and is told as before."""

from pathlib import Path

import pytest

from game.content.catalog import load_catalog
from game.content.check import check_map
from game.content.level import load_level
from game.content.tmx_document import read_map
from tests.content.test_level_traps import SPAWN, objects, problems_of, write_map
from tests.content.test_tmx_diagnoses import edit, outpost
from tests.maps import ALARM, DIS, MESSAGE, drop_down

MARK = ' (from its template "t.tx")'


def with_template(folder: Path, template_object: str, *instances: str, properties: str = "") -> Path:
    """A 4 x 3 tile map in `folder` whose objects use t.tx, a template holding `template_object`."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "t.tx").write_text(f'<?xml version="1.0" encoding="UTF-8"?><template>{template_object}</template>',
                                 encoding="utf-8")
    return write_map(folder, objects(*instances) + SPAWN, properties)


def test_the_audits_misspelt_kind_in_the_enemy_template_names_the_template_on_each_object_using_it(tmp_path):
    path = outpost(tmp_path)
    edit(path.parent / "templates" / "enemy_spawn.tx", 'value="dis"', 'value="dsi"')
    problems = [str(problem) for problem in check_map(path, load_catalog()).problems]
    told = ' (from its template "templates/enemy_spawn.tx"): expected an enemy kind, found "dsi" (kind "dsi" is not ' \
           'an enemy kind; did you mean "dis"? known: bul, dis; pick it from the drop-down of kind, a property of ' \
           'type EnemyKind; set kind in "templates/enemy_spawn.tx" (Tiled: click it in the Project view, then its ' \
           'object in the Template Editor): every object placed from it follows; or give this object its own kind)'
    assert problems == [f'{path}: layer "objects", object {i} "{name}", property kind{told}'
                        for i, name in [(2, "gate guard"), (3, "relay guard"), (4, "pad sentry"), (5, "south patrol"),
                                        (11, "north wave"), (12, "south wave")]]


def test_a_kind_an_object_sets_itself_is_told_as_before_beside_one_it_has_from_the_template(tmp_path):
    path = outpost(tmp_path)
    edit(path.parent / "templates" / "enemy_spawn.tx", 'value="dis"', 'value="dsi"')
    edit(path, '<object id="2" template="templates/enemy_spawn.tx" name="gate guard" x="688" y="400"/>',
         '<object id="2" template="templates/enemy_spawn.tx" name="gate guard" x="688" y="400"><properties>'
         f'{drop_down("kind", "dsi")}</properties></object>')
    problems = [str(problem) for problem in check_map(path, load_catalog()).problems]
    assert problems[0] == (f'{path}: layer "objects", object 2 "gate guard", property kind: expected an enemy kind, '
                           'found "dsi" (kind "dsi" is not an enemy kind; did you mean "dis"? known: bul, dis; '
                           'pick it from the drop-down of kind, a property of type EnemyKind)')
    assert all('property kind (from its template "templates/enemy_spawn.tx")' in p for p in problems[1:])


TRIGGER = ('<object type="trigger" width="16" height="16"><properties>{}<property name="text" value="Go"/>'
           '</properties></object>')
ZONE = '<object type="zone" width="16" height="16"><properties>{}</properties><ellipse/></object>'
GUARD = '<object type="enemy_spawn"><properties>' + DIS + '{}</properties><point/></object>'


@pytest.mark.parametrize("template, where, found", [
    (TRIGGER.format(drop_down("action", "mesage")), "property action", 'found "mesage"'),
    (ZONE.format(drop_down("kind", "dust", "ZoneKind")), "property kind", 'found "dust"'),
    (ZONE.format('<property name="strength" type="float" value="2"/>'), "property strength", "found 2"),
    (GUARD.format('<property name="holds_post" value="yes"/>'), "property holds_post",
     'found "yes" (a string property)'),
    (GUARD.format('<property name="kidn" value="dis"/>'), "property kidn", 'found "kidn"'),
    (GUARD.replace('type="enemy_spawn"', 'type="enemy_spwan"'), "class", 'found class "enemy_spwan"'),
    (GUARD.format("").replace("<point/>", ""), "shape", "found a rectangle"),
    (f'<object><properties>{DIS}</properties><point/></object>', "class",
     "found none (it has kind)"),
], ids=["choice", "zone kind", "range", "type", "misspelt name", "class", "shape", "no class"])
def test_each_check_of_a_value_from_the_template_names_the_template(tmp_path, template, where, found):
    path = with_template(tmp_path, template, '<object id="1" template="t.tx" name="a" x="24" y="24"/>')
    [problem] = problems_of(path)
    assert problem.startswith(f'{path}: layer "objects", object 1 "a", {where}{MARK}: expected ')
    assert found in problem


@pytest.mark.parametrize("template, own, where", [
    (TRIGGER.format(drop_down("action", "mesage")),
     f'><properties>{drop_down("action", "mesage")}</properties>', ", property action"),
    (GUARD.replace('type="enemy_spawn"', 'type="enemy_spwan"'), ' type="enemy_spwan">', ""),
    (GUARD.format("").replace("<point/>", "<ellipse/>"), "><ellipse/>", ""),
    (ZONE.format(""), ' width="0" height="0">', ""),
    (ZONE.format(""), ' rotation="10">', ""),
], ids=["property", "class", "shape", "size", "rotation"])
def test_the_same_mistake_set_on_the_object_itself_is_told_as_before(tmp_path, template, own, where):
    path = with_template(tmp_path, template, f'<object id="1" template="t.tx" name="a" x="24" y="24"{own}</object>')
    [problem] = problems_of(path)
    assert problem.startswith(f'{path}: layer "objects", object 1 "a"{where}: expected ')
    assert "template" not in problem


def test_a_note_of_the_templates_own_is_warned_of_with_the_template(tmp_path):
    path = with_template(tmp_path, GUARD.format('<property name="author" value="kei"/>'),
                         '<object id="1" template="t.tx" name="a" x="24" y="24"/>')
    [warning] = [str(w) for w in load_level(path).warnings]
    assert warning.startswith(f'{path}: layer "objects", object 1 "a", property author{MARK}: expected a property an '
                              'enemy_spawn object reads, found "author"')


def test_the_checks_that_weigh_a_value_against_the_object_or_the_map_name_the_template_too(tmp_path):
    trigger = TRIGGER.format(ALARM + drop_down("situation", "x"))
    path = with_template(tmp_path, trigger, '<object id="1" template="t.tx" name="a" x="24" y="24"/>')
    assert [p.split(": expected")[0].split(", ")[-1] for p in problems_of(path)] == [
        f"property situation{MARK}", f"property text{MARK}"]
    hold = '<object type="objective" width="16" height="16"><properties><property name="hold" type="float" ' \
           'value="90"/></properties></object>'
    path = with_template(tmp_path / "hold", hold, '<object id="1" template="t.tx" name="a" x="24" y="24"/>',
                         properties='<property name="time_limit" type="float" value="60"/>')
    [problem] = problems_of(path)
    assert problem.startswith(f'{path}: layer "objects", object 1 "a", property hold{MARK}: expected fewer seconds')


def test_the_reader_marks_what_an_object_has_from_its_template_and_nothing_it_sets_itself(tmp_path):
    path = with_template(tmp_path, GUARD.format('<property name="holds_post" type="bool" value="true"/>'),
                         '<object id="1" template="t.tx" name="a" x="24" y="24"><properties>'
                         f'{DIS}</properties></object>',
                         '<object id="2" template="t.tx" name="b" type="enemy_spawn" x="24" y="24" width="8" '
                         'height="8" rotation="0"><ellipse/></object>')
    a, b = [obj for obj in read_map(path).objects if obj.template]
    assert {name: prop.template for name, prop in a.properties.items()} == {"kind": "", "holds_post": "t.tx"}
    assert (a.template, a.inherited, b.inherited) == ("t.tx", frozenset({"class", "shape", "size", "rotation"}),
                                                      frozenset())


def test_the_level_keeps_the_template_and_what_each_object_has_from_it_for_the_checker_to_name(tmp_path):
    trigger = TRIGGER.format(f'{MESSAGE}<property name="size" value="big"/>')
    path = with_template(tmp_path, trigger,
                         '<object id="1" template="t.tx" name="a" x="24" y="24"><properties>'
                         '<property name="text" value="Here"/></properties></object>',
                         '<object id="2" template="t.tx" name="b" x="40" y="24" width="20" height="20"/>')
    a, b = load_level(path).triggers
    assert (a.template, a.inherited) == ("t.tx", frozenset({"action", "shape", "size", "rotation"}))
    assert [a.template_of(name) for name in ("action", "size", "text", "situation")] == ["t.tx", "t.tx", "", ""]
    # b draws its own size: the template's property of that name (a note of the designer's) does not make it the
    # template's
    assert (b.template_of("size"), b.template_of("shape"), b.template_of("text")) == ("", "t.tx", "t.tx")


def test_the_checker_names_the_template_of_a_hold_too_long_to_get_to_in_time(tmp_path):
    path = outpost(tmp_path)  # its time_limit is 300 s: a hold of 299.5 leaves no time to get to the pad
    edit(path, '<property name="hold" type="float" value="12"/>', "")
    edit(path.parent / "templates" / "objective.tx", '<property name="hold" type="float" value="0"/>',
         '<property name="hold" type="float" value="299.5"/>')
    [problem] = [str(problem) for problem in check_map(path, load_catalog()).problems]
    assert problem.startswith(f'{path}: layer "objects", object 8 "extraction pad", property hold (from its template '
                              '"templates/objective.tx"): expected fewer seconds than the map\'s time_limit (300) less '
                              "the time to get there, found 299.5, with the objective")


REDRAW = ('give it the template\'s class and properties and save it over "t.tx" (right-click it, Save As Template): '
          "every object placed from it takes the shape; or draw this one anew with ")
RESET = ('in "t.tx" (Tiled: click it in the Project view, then its object in the Template Editor): every object '
         "placed from it follows; or ")
POINT_TOOL = "insert it with the Point tool"


@pytest.mark.parametrize("template, where, found, fix, own_fix", [
    (GUARD.format("").replace("<point/>", ""), "shape", "found a rectangle",
     f"draw one with the Point tool, {REDRAW}the Point tool, not from the template", POINT_TOOL),
    ('<object type="patrol_path" width="16" height="16"/>', "shape", "found a rectangle",
     f"draw one with the Insert Polygon tool, {REDRAW}the Insert Polygon tool", "draw patrol paths with"),
    ('<object type="patrol_path"><polyline points="0,0"/></object>', "shape", "found 1 point",
     f"draw one with the Insert Polygon tool, {REDRAW}", "click a second point"),
    (TRIGGER.format(MESSAGE).replace("</object>", "<point/></object>"), "shape",
     "found a point", "a trigger covers an area; draw one with the Rectangle, Ellipse or Polygon tool, " + REDRAW,
     "draw it with the Rectangle"),
    ('<object type="zone"><polygon points="0,0 16,0"/></object>', "shape", "found 2",
     f"draw one with the Insert Polygon tool, {REDRAW}", None),
    (ZONE.format("").replace(' width="16" height="16"', ""), "size", "found a 0 x 0 ellipse",
     f"set Width and Height {RESET}drag this one out larger", "drag out the shape"),
    (ZONE.format("").replace("<object", '<object rotation="10"'), "rotation", "found rotation 10°",
     f"rotated regions are not supported; set Rotation to 0 {RESET}reset this one's Rotation to 0",
     "reset Rotation to 0"),
], ids=["enemy not a point", "patrol not a line", "patrol of one point", "trigger not an area", "polygon of 2 corners",
        "region of no size", "rotated region"])
def test_a_shape_size_or_rotation_from_the_template_names_it_and_is_mended_there_not_with_the_objects_own_fix(
        tmp_path, template, where, found, fix, own_fix):
    path = with_template(tmp_path, template, '<object id="1" template="t.tx" name="a" x="24" y="24"/>')
    [problem] = problems_of(path)
    assert problem.startswith(f'{path}: layer "objects", object 1 "a", {where}{MARK}: expected ')
    assert found in problem and fix in problem
    assert own_fix is None or own_fix not in problem


@pytest.mark.parametrize("template, own, where, fix", [
    ('<object type="objective" width="4" height="4"/>', "", f"size{MARK}",
     f"set Width and Height to a tile or more {RESET}resize this one)"),
    ('<object type="objective"><polygon points="0,0 40,0 40,4"/></object>', "", f"shape{MARK}",
     f"draw one with the Insert Polygon tool, a tile or more across, {REDRAW}"),
    ('<object type="objective" width="40" height="40"/>', ' width="4" height="4"', "",
     "draw it larger, a tile or more)"),
], ids=["size", "polygon", "own size"])
def test_an_objective_too_small_to_count_names_the_template_that_gives_its_size(tmp_path, template, own, where, fix):
    path = with_template(tmp_path, template, f'<object id="1" template="t.tx" name="a" x="24" y="24"{own}/>')
    [problem] = [str(p) for p in check_map(path, load_catalog()).problems if "at least 14 x 14 px" in p.expected]
    assert problem.startswith(f'{path}: layer "objects", object 1 "a"{", " * bool(where)}{where}: expected an '
                              "objective at least 14 x 14 px, found ")
    assert fix in problem and (bool(where) == ("template" in problem))
