"""Checker lines a designer new to the game met building a level from the manual: an object left unnamed is named by
its id alone, and a broken template is told as a template, not as a map."""

import pytest

from game.content.catalog import load_catalog
from game.content.check import check_map
from game.content.level import load_level
from tests.content.test_level_traps import SPAWN, layer, objects, problems_of, write_map

GUARD = ('<object id="{id}" {name}type="enemy_spawn" x="48" y="48"><properties>'
         '<property name="kind" propertytype="EnemyKind" value="{kind}"/>{more}</properties><point/></object>')


def guard(object_id: int, kind: str = "dis", name: str = "", more: str = "") -> str:
    return GUARD.format(id=object_id, name=f'name="{name}" ' if name else "", kind=kind, more=more)


def test_a_message_names_an_object_by_id_and_name_or_by_its_id_alone_when_it_has_no_name():
    from game.content.errors import named_object  # here, so the other tests run on code without it
    assert named_object(7, "door guard") == 'object 7 "door guard"'
    assert named_object(7, "") == "object 7"


def test_an_unnamed_object_with_a_mistake_is_named_by_its_id_alone_not_by_an_empty_pair_of_quotes(tmp_path):
    path = write_map(tmp_path, layer("ground") + SPAWN + objects(guard(5, kind="dsi")))
    [line] = [str(problem) for problem in check_map(path, load_catalog()).problems]
    assert f'{path}: layer "objects", object 5, property kind: expected an enemy kind, found "dsi"' in line
    assert '""' not in line


def test_a_reference_to_an_unnamed_object_of_the_wrong_class_names_it_by_its_id_alone(tmp_path):
    arrives = '<property name="arrives" type="object" value="6"/>'
    path = write_map(tmp_path, layer("ground") + SPAWN + objects(guard(5, name="late", more=arrives), guard(6)))
    [line] = problems_of(path)
    assert line.endswith('found 6 (object 6 has class "enemy_spawn") (refer to the trigger whose firing, or the '
                         'objective whose hold, brings it in)')


def test_a_template_cut_short_is_called_cut_short_not_said_to_end_before_the_map(tmp_path):
    (tmp_path / "guard.tx").write_text('<?xml version="1.0" encoding="UTF-8"?>\n<template>\n'
                                       ' <object type="enemy_spawn">\n  <point/>\n </object>\n', encoding="utf-8")
    path = write_map(tmp_path, layer("ground") + SPAWN + objects(
        '<object id="5" template="guard.tx" name="late" x="48" y="48"/>'))
    [line] = problems_of(path)
    assert "the file ending before its last tag is closed (it was cut short) in template" in line
    assert "map" not in line.split("found ", 1)[1].split(" in template")[0]


def test_a_template_with_no_object_in_it_says_so_and_how_to_make_one(tmp_path):
    (tmp_path / "empty.tx").write_text('<?xml version="1.0" encoding="UTF-8"?>\n<template>\n</template>\n',
                                       encoding="utf-8")
    path = write_map(tmp_path, layer("ground") + SPAWN + objects(
        '<object id="5" template="empty.tx" name="late" x="48" y="48"/>'))
    [line] = problems_of(path)
    assert line == (f'{path}: layer "objects", object 5 "late", template "empty.tx": expected a <template> holding an '
                    f'<object>, found a <template> with no <object> in it in {tmp_path / "empty.tx"} (save an object '
                    'over it in Tiled (right-click the object, Save As Template), or restore the file)')


# --- cells left unpainted ------------------------------------------------------------------------------------------

def warnings_of(path) -> list[str]:
    return [str(warning) for warning in load_level(path).warnings]


def test_cells_no_shown_layer_paints_get_a_warning_naming_how_many_and_the_first(tmp_path):
    # The game fills such a hole with a flat colour of Mars's ground, on a New York map too; Tiled shows its background.
    ground = [[1, 1, 1, 1], [1, 0, 0, 1], [1, 1, 1, 0]]
    path = write_map(tmp_path, layer("ground", ground) + SPAWN)
    assert (f'{path}: map: expected every cell painted on a tile layer that is shown, found 3 cells no shown layer '
            'paints, the first at tile (1, 1) (the game fills them with a flat colour: paint them on the ground '
            'layer, the Bucket Fill Tool (F) for a hole)') in warnings_of(path)


def test_a_cell_painted_only_on_a_hidden_layer_or_the_collision_layer_counts_as_unpainted(tmp_path):
    hole = [[1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 0]]
    under = [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 1]]
    path = write_map(tmp_path, layer("ground", hole) + layer("under", under, 'visible="0"')
                     + layer("collision", under, 'visible="0"') + SPAWN)
    assert any("found 1 cell no shown layer paints, the first at tile (3, 2)" in w for w in warnings_of(path))


def test_a_map_whose_cells_are_all_painted_on_some_shown_layer_gets_no_such_warning(tmp_path):
    ground = [[1, 1, 0, 0], [1, 1, 0, 0], [1, 1, 0, 0]]
    walls = [[0, 0, 2, 2], [0, 0, 2, 2], [0, 0, 2, 2]]
    path = write_map(tmp_path, layer("ground", ground) + layer("walls", walls) + SPAWN)
    assert not [w for w in warnings_of(path) if "painted" in w]


def test_a_map_with_nothing_painted_on_any_shown_layer_is_not_told_of_cell_by_cell(tmp_path):
    path = write_map(tmp_path, layer("ground", [[0] * 4 for _ in range(3)]) + SPAWN)  # plain at a look, in Tiled too
    assert not [w for w in warnings_of(path) if "painted" in w]


@pytest.mark.parametrize("hidden", [layer("ground", attributes='visible="0"'),
                                    f'<group name="land" visible="0">{layer("ground")}</group>',
                                    f'<group name="land" opacity="0">{layer("ground")}</group>'])
def test_a_painted_ground_hidden_with_no_other_layer_shown_is_told_of_as_every_cell_unpainted(tmp_path, hidden):
    # Not a map with nothing painted yet: its ground is painted but unseen (its eye, or its group's, shut in Tiled),
    # and the game draws the whole map a flat colour
    path = write_map(tmp_path, hidden + SPAWN)
    [told] = [w for w in warnings_of(path) if "found 12 cells no shown layer paints, the first at tile (0, 0)" in w]
    assert told.endswith('it is painted on layer "ground", which is hidden: show it (its eye in the Layers view, and '
                         "its group's))")  # not "paint them": they are painted
