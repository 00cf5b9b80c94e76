"""A level designer's audit of the lines mistakes get: each names its real cause and the fix, in data files (tabs,
encodings) as in maps (a tileset's gaps, a kind in the wrong case, a region with one side of 0, a render order the
game does not follow, a property given twice)."""

import pytest

from game.content.catalog import load_catalog
from game.content.check import check_map
from game.content.errors import ContentError
from game.content.level import load_level
from game.content.yamlio import load_yaml
from tests.content.test_level_traps import SPAWN, TILE, TILESET, layer, objects, problems_of, write_map
from tests.maps import drop_down, png, write_map as write_ascii_map

ARENA = ["#######", "#.....#", "#P..E.#", "#.....#", "#######"]


def yaml_problem(path) -> str:
    with pytest.raises(ContentError) as caught:
        load_yaml(path)
    [problem] = caught.value.problems
    return str(problem)


@pytest.mark.parametrize("text", ["units:\n\tdis: 1\n", "units:\n  dis:\n  \tradius: 2\n", "units:\n\t- dis\n"])
def test_a_tab_in_a_yaml_files_indent_says_to_indent_with_spaces(tmp_path, text):
    path = tmp_path / "units.yaml"
    path.write_text(text, encoding="utf-8")
    assert yaml_problem(path).endswith("(indent with spaces, not tabs: YAML does not allow a tab there)")


def test_a_yaml_mistake_that_is_no_tab_gets_no_tab_hint(tmp_path):
    path = tmp_path / "units.yaml"
    path.write_text("units: [dis\n", encoding="utf-8")
    assert "tab" not in yaml_problem(path)


def test_a_yaml_file_saved_as_utf16_is_named_so_and_told_to_be_saved_as_utf8(tmp_path):
    path = tmp_path / "feel.yaml"
    path.write_bytes("camera_kick: 3\n".encode("utf-16"))  # with its byte order mark, as Notepad's "Unicode" saves
    assert yaml_problem(path) == (f"{path}: expected a readable UTF-8 YAML file, found UTF-16 text (open it in a text "
                                  "editor and save it with the encoding UTF-8)")
    path.write_bytes("camera_kick: 3\n".encode("utf-16-le"))  # without one
    assert "found UTF-16 text" in yaml_problem(path)


def test_a_tileset_whose_margin_and_spacing_leave_no_room_for_the_tiles_used_is_blamed_not_the_map(tmp_path):
    gapped = TILESET.replace('tileheight="16"', 'tileheight="16" spacing="2" margin="1"')
    path = write_map(tmp_path, layer("ground", [[1, 2, 1, 1], [1, 1, 1, 1], [2, 1, 1, 1]]) + SPAWN, tileset=gapped)
    assert problems_of(path) == [
        f'{path}: tileset "tiles": expected a margin and spacing that fit tiles.png ({2 * TILE} x {TILE} px), found '
        f"margin 1 px and spacing 2 px, which leave room in it for no tile of {TILE} x {TILE} px, but the map uses ids "
        "up to 1 (without gaps it holds 2: if its tiles touch, set Margin and Spacing to 0 in the tileset's properties "
        "(Tileset > Tileset Properties); else set them to the gaps the image has)"]


def test_a_tileset_made_smaller_with_no_gaps_is_still_told_cell_by_cell(tmp_path):
    path = write_map(tmp_path, layer("ground", [[1, 2, 1, 9], [1, 1, 1, 1], [2, 1, 1, 1]]) + SPAWN)
    [problem] = problems_of(path)
    assert "cell (3, 0)" in problem and "was a tileset removed or made smaller?" in problem


def test_a_tileset_picture_replaced_by_a_smaller_one_is_one_line_blaming_the_picture_not_each_cell(tmp_path):
    path = write_map(tmp_path, layer("ground", [[1, 2, 1, 1], [1, 1, 1, 1], [2, 1, 1, 1]]) + SPAWN)
    (tmp_path / "tiles.png").write_bytes(png(TILE, TILE))  # the second tile cut off: the tileset still says two
    assert problems_of(path) == [
        f'{path}: tileset "tiles": expected tiles.png of {2 * TILE} x {TILE} px, as the tileset says, found {TILE} x '
        f"{TILE} px, which holds 1 tile (id 0) of {TILE} x {TILE} px, but the map uses ids up to 1 (was the picture "
        "replaced by a smaller one? restore it, or pick the right image in Tileset > Tileset Properties; make art "
        "draws the game's own again)"]


@pytest.mark.parametrize("said", ["²", "9" * 5000])
def test_a_tileset_size_no_number_could_hold_is_passed_over_as_before_not_called_a_loader_bug(tmp_path, said):
    # Tiled's note of the picture's size, edited by hand: the game reads the picture itself, so the map loads
    tileset = TILESET.replace(f'width="{TILE * 2}"', f'width="{said}"')
    level = load_level(write_map(tmp_path, layer("ground", [[1, 2, 1, 1], [1, 1, 1, 1], [2, 1, 1, 1]]) + SPAWN,
                                 tileset=tileset))
    assert level.pixel_size == (4 * TILE, 3 * TILE)


def test_a_kind_in_the_wrong_case_says_to_pick_it_from_the_drop_down(tmp_path):
    path = write_ascii_map(tmp_path, ARENA, kind="Bul")
    [problem] = map(str, check_map(path, load_catalog()).problems)
    assert problem.endswith('(kind "Bul" is not an enemy kind; did you mean "bul"? known: bul, dis; pick it from the '
                            "drop-down of kind, a property of type EnemyKind)")


def test_a_trigger_action_not_known_says_to_pick_it_from_the_drop_down(tmp_path):
    trigger = ('<object id="5" name="door" type="trigger" x="16" y="16" width="16" height="16"><properties>'
               f'{drop_down("action", "Alarm")}</properties></object>')
    path = write_map(tmp_path, layer("ground") + SPAWN + objects(trigger))
    [problem] = problems_of(path)
    assert problem.endswith('did you mean "alarm"? known: advise, alarm, fouron, message, repair; pick it from the '
                            "drop-down of action, a property of type TriggerAction)")


def test_a_region_with_one_side_of_0_is_told_to_set_that_side_and_a_click_to_drag_out(tmp_path):
    regions = objects('<object id="5" name="strip" type="objective" x="16" y="0" width="0" height="192"/>',
                      '<object id="6" name="flat" type="zone" x="0" y="16" width="48" height="0"/>',
                      '<object id="7" name="dot" type="objective" x="16" y="16"><ellipse/></object>')
    problems = problems_of(write_map(tmp_path, layer("ground") + SPAWN + regions))
    assert problems[0].endswith('object 5 "strip": expected a region with an area, found a 0 x 192 rectangle (set its '
                                "Width in the object's Properties, or drag its handle out with the Select Objects "
                                "tool (S))")
    assert problems[1].endswith("found a 48 x 0 rectangle (set its Height in the object's Properties, or drag its "
                                "handle out with the Select Objects tool (S))")
    assert problems[2].endswith("found a 0 x 0 ellipse (drag out the shape in Tiled instead of clicking)")


def test_a_render_order_other_than_right_down_is_a_warning(tmp_path):
    path = write_map(tmp_path, layer("ground") + SPAWN + objects(
        '<object id="5" name="pad" type="objective" x="32" y="16" width="16" height="16"/>'))
    path.write_text(path.read_text().replace('renderorder="right-down"', 'renderorder="left-up"'))
    warnings = [str(w) for w in load_level(path).warnings]
    assert f'{path}: map, attribute renderorder: expected the tile render order Right Down (the game draws every map ' \
           'so), found "left-up" (set Tile Render Order back to Right Down in Map > Map Properties..., so that Tiled ' \
           'overlaps large tiles as the game does)' in warnings


def test_a_property_given_twice_is_a_warning_naming_both_values(tmp_path):
    pad = ('<object id="5" name="pad" type="objective" x="32" y="16" width="16" height="16"><properties>'
           '<property name="text" value="Reach the pad"/><property name="text" value="Hold the pad"/>'
           '<property name="hold" type="float" value="3"/><property name="hold" type="float" value="3"/>'
           "</properties></object>")
    path = write_map(tmp_path, layer("ground") + SPAWN + objects(pad),
                     properties='<property name="title" value="Ridge"/><property name="title" value="Crater"/>')
    level = load_level(path)
    warnings = [str(w) for w in level.warnings if "each property once" in str(w)]
    assert warnings == [
        f'{path}: layer "objects", object 5 "pad", property text: expected each property once, found two, "Reach the '
        'pad" and then "Hold the pad" (the game reads the last, "Hold the pad", as Tiled does, which keeps only that '
        "one when it saves the map: delete the one you do not mean)",
        f'{path}: map, property title: expected each property once, found two, "Ridge" and then "Crater" (the game '
        'reads the last, "Crater", as Tiled does, which keeps only that one when it saves the map: delete the one you '
        "do not mean)"]  # the same hold twice loses nothing: no warning
    assert level.objectives[0].text == "Hold the pad"
