"""The catalog: the shipped units.yaml loads; mistakes in it are named precisely."""

import pytest
import yaml

from game.content.advisor import ADVISOR_PATH
from game.content.catalog import UNITS_PATH, load_catalog
from game.content.errors import ContentError


def test_the_shipped_catalog_has_the_layzner_and_an_enemy_kind():
    catalog = load_catalog()
    assert catalog.player == "layzner"
    assert catalog.units["layzner"].ai is None and catalog.units["layzner"].dash is not None
    assert "dis" in catalog.enemy_kinds
    dis = catalog.units["dis"]
    assert dis.ai.sight_range > dis.ai.firing_range > 0
    assert dis.weapon in catalog.weapons


def broken(tmp_path, old: str, new: str):
    path = tmp_path / "units.yaml"
    text = UNITS_PATH.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))
    with pytest.raises(ContentError) as caught:
        load_catalog(path)
    return str(caught.value)


def test_an_unknown_key_is_refused_with_a_suggestion(tmp_path):
    message = broken(tmp_path, "    hit_points: 120", "    hit_point: 120")
    assert "units.dis.hit_point" in message and 'did you mean "hit_points"' in message
    assert "units.dis.hit_points: expected a number" in message and "missing" in message


def test_a_wrong_type_names_the_key_what_was_expected_and_what_was_found(tmp_path):
    message = broken(tmp_path, "max_speed: 165", "max_speed: fast")
    assert 'units.dis.max_speed: expected a number, found "fast" (text)' in message


def test_a_negative_number_is_refused(tmp_path):
    message = broken(tmp_path, "damage: 11", "damage: -11")
    assert "weapons.dis_rifle.damage" in message and "at least 0" in message


@pytest.mark.parametrize("old, new, where", [
    ("cooldown: 0.095", "cooldown: 0", "weapons.laser_rifle.cooldown"),  # the rules divide by it
    ("lock_time: 0.45", "lock_time: 0", "units.layzner.missiles.lock_time"),
    ("preferred_range: 250", "preferred_range: 0.0", "units.dis.ai.preferred_range"),
])
def test_a_zero_where_the_rules_need_more_is_refused(tmp_path, old, new, where):
    assert f"{where}: expected a number above 0.0, found 0" in broken(tmp_path, old, new)


def test_a_unit_with_a_weapon_that_does_not_exist_is_refused(tmp_path):
    message = broken(tmp_path, "weapon: dis_rifle", "weapon: dis_rfle")
    assert "units.dis.weapon" in message and 'did you mean "dis_rifle"' in message


def test_duplicate_keys_are_refused_not_silently_overwritten(tmp_path):
    message = broken(tmp_path, "    hit_points: 120\n", "    hit_points: 120\n    hit_points: 700\n")
    assert "key 'hit_points'" in message and "second" in message and str(tmp_path) in message


def test_yaml_syntax_errors_name_the_line(tmp_path):
    message = broken(tmp_path, "player: layzner", "player: [layzner")
    assert "units.yaml: line" in message and "expected valid YAML" in message


def test_yaml_the_parser_cannot_read_is_one_line_naming_the_file_not_a_traceback(tmp_path):
    huge = broken(tmp_path, "    hit_points: 120", "    hit_points: 1" + "0" * 5000)  # past Python's 4,300 digits
    assert huge.startswith(f"{tmp_path / 'units.yaml'}: expected values YAML can read, found one it could not: ")
    assert "\n" not in huge
    bell = broken(tmp_path, "player: layzner", "player: lay\azner")
    assert bell == (f"{tmp_path / 'units.yaml'}: line 5, column 12: expected valid YAML, found a character YAML does "
                    "not allow (#x0007) (delete it: an editor may show it as a box or nothing at all)")
    assert "expected values YAML can read" in broken(tmp_path, "player: layzner", "made: 2001-13-01\nplayer: layzner")
    accented = broken(tmp_path, "player: layzner", "player: layznér\a")  # placed in characters, not UTF-8 bytes
    assert accented.startswith(f"{tmp_path / 'units.yaml'}: line 5, column 16: ")


def test_a_timestamp_tag_on_text_that_is_no_date_is_one_line_naming_its_place_not_a_traceback(tmp_path):
    message = broken(tmp_path, "player: layzner", "made: !!timestamp soon\nplayer: layzner")
    assert message == (f"{tmp_path / 'units.yaml'}: line 5, column 7: expected valid YAML, found a mistake: "
                       "a !!timestamp that is not a date: 'soon'")


def test_a_number_far_past_any_tuning_is_refused_before_it_overflows_in_play(tmp_path):
    message = broken(tmp_path, "    acceleration: 2200", "    acceleration: 1.0e+308")
    assert "acceleration: expected a number of at most 1,000,000, found 1e+308 (a number)" in message


def test_a_whole_number_past_a_float_s_range_is_one_line_not_an_overflow(tmp_path):
    big = "9" * 400  # under Python's 4,300 digits, so YAML reads it; float() of it overflowed into a traceback
    message = broken(tmp_path, "    radius: 20 ", f"    radius: {big} ")
    assert message == (f"{tmp_path / 'units.yaml'}: units.layzner.radius: expected a finite number, "
                       "found a number of about 400 digits")
    bad = tmp_path / "advisor.yaml"
    bad.write_text(ADVISOR_PATH.read_text(encoding="utf-8").replace("gap: 2.5", f"gap: {big}", 1), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_catalog(UNITS_PATH, bad)
    assert str(caught.value) == f"{bad}: gap: expected a number from 0 to 1,000,000, found a number of about 400 digits"


def test_an_exponent_without_its_sign_gets_the_hint_yaml_needs_and_the_unit_is_not_called_unknown(tmp_path):
    hint = "YAML reads a number with an exponent as text unless it has a point and a sign: write"
    for written, right in (("2.2e3", "2.2e+3"), ("1e6", "1.0e+6"), ("1e+6", "1.0e+6")):
        message = broken(tmp_path, "    acceleration: 2200", f"    acceleration: {written}")
        assert message.splitlines() == [f'{tmp_path / "units.yaml"}: units.layzner.acceleration: expected a number, '
                                        f'found "{written}" (text) ({hint} {right})']
        assert yaml.safe_load(f"a: {right}")["a"] == float(written)  # what the hint says to write is a number


def test_a_share_above_one_is_refused_with_its_range(tmp_path):
    message = broken(tmp_path, "hull_share: 0.5", "hull_share: 1.5")
    assert "units.dis.parts.hull_share: expected a number from 0.0 to 1.0, found 1.5 (a number)" in message


def test_a_machine_wider_than_the_rules_can_walk_is_refused_with_its_range(tmp_path):
    message = broken(tmp_path, "    radius: 20 ", "    radius: 100000 ")
    assert message == (f"{tmp_path / 'units.yaml'}: units.layzner.radius: expected a number above 0.0, at most "
                       "128.0, found 100000.0 (a number)")
    assert "units.layzner.radius: expected a number above 0.0, at most 128.0, found 0" in broken(
        tmp_path, "    radius: 20 ", "    radius: 0 ")


def test_fouron_belongs_only_to_the_player_s_unit(tmp_path):
    text = UNITS_PATH.read_text()
    start = text.index("    fouron:")
    section = text[start:text.index("\n  dis:")]
    message = broken(tmp_path, "    parts:", section.rstrip("\n") + "\n    parts:")
    assert "units.dis.fouron: expected a fouron section only on the player's unit" in message


def test_a_broken_advisor_file_is_reported_with_the_catalog(tmp_path):
    bad = tmp_path / "advisor.yaml"
    bad.write_text("gap: soon\n")
    with pytest.raises(ContentError) as caught:
        load_catalog(UNITS_PATH, bad)
    assert f"{bad}: gap: expected a number from 0 to 1,000,000" in str(caught.value)
    assert "rei: expected a mapping of rei's situations" in str(caught.value)


def test_the_shipped_catalog_carries_the_advisors_lines_and_fouron():
    catalog = load_catalog()
    assert catalog.advisor.situation("rei", "recommend").lines
    assert catalog.units["layzner"].fouron.armour_below < 1 and catalog.units["dis"].parts.hull_share < 1


def test_the_current_catalog_is_built_once_and_again_after_an_edit_of_the_same_size(tmp_path):
    from game.content.catalog import current_catalog
    path = tmp_path / "units.yaml"
    path.write_text(UNITS_PATH.read_text())
    first = current_catalog(path)
    assert current_catalog(path) is first  # unchanged files: the same catalog, not parsed again
    path.write_text(UNITS_PATH.read_text().replace("max_speed: 165", "max_speed: 175", 1))  # same length, same instant
    edited = current_catalog(path)
    assert edited is not first and edited.units["dis"].max_speed == 175


def test_the_current_catalog_reports_a_broken_edit_and_recovers_when_it_is_fixed(tmp_path):
    from game.content.catalog import current_catalog
    path = tmp_path / "units.yaml"
    path.write_text(UNITS_PATH.read_text())
    current_catalog(path)
    path.write_text(UNITS_PATH.read_text().replace("max_speed: 165", "max_speed: fast", 1))
    with pytest.raises(ContentError, match="units.dis.max_speed"):
        current_catalog(path)
    with pytest.raises(ContentError):  # still broken: still refused, not an old catalog passed off as current
        current_catalog(path)
    path.write_text(UNITS_PATH.read_text())
    assert current_catalog(path).units["dis"].max_speed == 165


def test_the_catalog_hash_changes_with_a_number_or_a_line_and_not_with_comments_or_the_order_of_units(tmp_path):
    from game.content.advisor import ADVISOR_PATH
    shipped = load_catalog().content_hash
    text, lines = UNITS_PATH.read_text(), ADVISOR_PATH.read_text()

    def hash_of(units: str, advisor: str = lines) -> str:
        (tmp_path / "units.yaml").write_text(units)
        (tmp_path / "advisor.yaml").write_text(advisor)
        return load_catalog(tmp_path / "units.yaml", tmp_path / "advisor.yaml").content_hash

    assert hash_of(text) == shipped
    assert hash_of("# a designer's note\n" + text.replace("    radius: 20  ", "    radius: 20.0")) == shipped
    start, dis = text.index("  layzner:"), text.index("  dis:")
    end = text.index("\nweapons:")
    assert start < dis < end
    swapped = text[:start] + text[dis:end].rstrip("\n") + "\n" + text[start:dis] + text[end:]
    assert hash_of(swapped) == shipped
    assert hash_of(text.replace("max_speed: 165", "max_speed: 166", 1)) != shipped
    assert hash_of(text, lines.replace("Systems nominal.", "Systems nominal!", 1)) != shipped


def test_a_folder_or_bytes_where_a_yaml_file_should_be_are_said_in_plain_words(tmp_path):
    folder, binary, missing = tmp_path / "units.yaml", tmp_path / "binary.yaml", tmp_path / "none.yaml"
    folder.mkdir()
    binary.write_bytes(bytes(range(0, 256)))
    for path, found in ((folder, "a folder"), (binary, "bytes that are not UTF-8 text (at byte 128)"),
                        (missing, "no file there")):
        with pytest.raises(ContentError) as caught:
            load_catalog(path)
        assert str(caught.value) == f"{path}: expected a readable UTF-8 YAML file, found {found}"


def test_a_salvo_or_a_load_of_missiles_too_large_to_fly_is_refused_with_its_range(tmp_path):
    # Both passed under the 1,000,000 every number may reach, and the first locked launch hung the game.
    message = broken(tmp_path, "      ammo: 12 ", "      ammo: 1000000 ")
    assert message == (f"{tmp_path / 'units.yaml'}: units.layzner.missiles.ammo: expected a number from 0 to 1000, "
                       "found 1000000 (a number)")
    message = broken(tmp_path, "      salvo: 2 ", "      salvo: 1000000 ")
    assert message == (f"{tmp_path / 'units.yaml'}: units.layzner.missiles.salvo: expected a number from 1 to 50, "
                       "found 1000000 (a number)")
    assert "missiles.salvo: expected a number from 1 to 50, found 0 (a number)" in broken(
        tmp_path, "      salvo: 2 ", "      salvo: 0 ")
    (tmp_path / "units.yaml").write_text(UNITS_PATH.read_text().replace("      salvo: 2 ", "      salvo: 50 ", 1)
                                         .replace("      ammo: 12 ", "      ammo: 1000 ", 1))
    assert load_catalog(tmp_path / "units.yaml").units["layzner"].missiles.salvo == 50  # the caps themselves pass


def test_a_weapon_with_a_mistake_of_its_own_is_not_also_called_undefined_on_the_unit_that_carries_it(tmp_path):
    message = broken(tmp_path, "cooldown: 0.095", "cooldown: 0")
    assert message.splitlines() == [f"{tmp_path / 'units.yaml'}: weapons.laser_rifle.cooldown: expected a number "
                                    "above 0.0, found 0.0 (a number)"]
    message = broken(tmp_path, "    damage: 45\n", "    damage: lots\n")  # the knuckle, likewise
    assert message.splitlines() == [f"{tmp_path / 'units.yaml'}: weapons.knuckle_shot.damage: expected a number, "
                                    'found "lots" (text)']
    assert "units.dis.weapon" in broken(tmp_path, "weapon: dis_rifle", "weapon: dis_rfle")  # a name still is told
