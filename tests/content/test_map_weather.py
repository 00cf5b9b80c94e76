"""A map's weather: rain or the dust of old, picked from the project's Weather drop-down and checked as every
property is."""

import pytest

from game.content import check
from game.content.catalog import load_catalog
from game.content.errors import ContentError
from game.content.level import load_level
from game.content.level_schema import WEATHERS
from tests.content.test_level import ROOM, checked
from tests.maps import write_map


def with_weather(path, value: str, propertytype: str = ' propertytype="Weather"'):
    path.write_text(path.read_text().replace(
        "<tileset", f'<properties><property name="weather"{propertytype} value="{value}"/></properties>\n <tileset', 1))
    return path


def test_a_map_says_rain_and_the_game_reads_rain(tmp_path):
    level = load_level(with_weather(write_map(tmp_path, ROOM), "rain"))
    assert level.weather == "rain"
    assert checked(with_weather(write_map(tmp_path, ROOM, name="typed.tmx"), "rain", "")) == []  # typed by hand too


def test_a_map_that_says_nothing_of_weather_keeps_the_dust_it_always_had(tmp_path):
    def written(folder):  # the same map (and title) in a folder of its own
        (tmp_path / folder).mkdir()
        return write_map(tmp_path / folder, ROOM)
    level = load_level(written("plain"))
    assert level.weather == "dust"
    # dust said outright hashes as the map that says nothing (every map made before weather): their saves still play
    assert level.content_hash == load_level(with_weather(written("dust"), "dust")).content_hash
    assert level.content_hash != load_level(with_weather(written("rain"), "rain")).content_hash


@pytest.mark.parametrize("value, hint", [("rian", 'did you mean "rain"? known: dust, rain'),
                                         ("snow", "known: dust, rain")])
def test_an_unknown_weather_is_one_line_naming_the_file_the_property_what_it_takes_and_what_it_found(
        tmp_path, value, hint):
    path = with_weather(write_map(tmp_path, ROOM), value)
    line = (f'{path}: map, property weather: expected one of "dust", "rain" (a string property), found "{value}" '
            f'({hint}; pick it from the drop-down of weather, a property of type Weather)')
    with pytest.raises(ContentError) as refused:
        load_level(path)
    assert str(refused.value) == line
    [result] = check.check_paths([path], load_catalog())  # the checker, as a designer runs it
    assert [str(problem) for problem in result.problems] == [line]


def test_the_weathers_are_the_ones_the_view_draws():
    assert WEATHERS == ("dust", "rain")


def test_weather_added_as_a_number_is_told_to_be_added_again_as_the_weather_drop_down(tmp_path):
    # Tiled cannot turn an int property into a drop-down's type: "set the property's type to string" sent a designer
    # hunting for a setting that is not there, and a string would lose the drop-down the guide says to pick.
    path = with_weather(write_map(tmp_path, ROOM), "1", ' type="int"')
    with pytest.raises(ContentError) as refused:
        load_level(path)
    assert str(refused.value) == (
        f'{path}: map, property weather: expected one of "dust", "rain" (a string property), found 1 (an int '
        f'property) (remove the property and add it again with the type Weather, a drop-down)')


def test_a_rain_zone_on_a_rain_map_is_told_that_rain_is_the_maps_weather_not_a_zone(tmp_path):
    zone = ('<object id="9" name="downpour" type="zone" x="32" y="32" width="96" height="64"><properties>'
            '<property name="kind" propertytype="ZoneKind" value="rain"/></properties></object>')
    path = with_weather(write_map(tmp_path, ROOM, more_objects=zone), "rain")
    with pytest.raises(ContentError) as refused:
        load_level(path)
    assert str(refused.value) == (
        f'{path}: layer "objects", object 9 "downpour", property kind: expected "dust_storm" (a string property), '
        f'found "rain" (known: dust_storm; pick it from the drop-down of kind, a property of type ZoneKind; a zone is '
        f"a local dust storm, whatever the weather; rain falls over the whole map, with the map's weather set to rain "
        f"and its storm above 0)")
