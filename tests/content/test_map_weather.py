"""A map's weather: rain or the dust of old, picked from the project's Weather drop-down and checked as every
property is."""

import pytest

from game.content import check_campaign
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
    [result] = check_campaign.check_paths([path], load_catalog())  # the checker, as a designer runs it
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


def zone(kind: str, at: str = 'x="32" y="32" width="96" height="64"', strength: str = "0.7") -> str:
    """A zone object of this kind, picked from the ZoneKind drop-down."""
    return (f'<object id="9" name="downpour" type="zone" {at}><properties>'
            f'<property name="kind" propertytype="ZoneKind" value="{kind}"/>'
            f'<property name="strength" type="float" value="{strength}"/></properties></object>')


@pytest.mark.parametrize("weather", WEATHERS)
def test_a_rain_zone_is_read_as_a_local_rain_on_a_rain_map_and_on_a_dust_map(tmp_path, weather):
    path = with_weather(write_map(tmp_path, ROOM, more_objects=zone("rain")), weather)
    [squall] = load_level(path).zones
    assert (squall.kind, squall.strength) == ("rain", 0.7)
    assert checked(path) == []


def test_an_unknown_zone_kind_is_still_refused_naming_the_file_layer_object_and_property(tmp_path):
    path = with_weather(write_map(tmp_path, ROOM, more_objects=zone("snow")), "rain")
    with pytest.raises(ContentError) as refused:
        load_level(path)
    assert str(refused.value) == (
        f'{path}: layer "objects", object 9 "downpour", property kind: expected one of "dust_storm", "rain" (a string '
        f'property), found "snow" (known: dust_storm, rain; pick it from the drop-down of kind, a property of type '
        f"ZoneKind)")


def told(path) -> list[str]:
    """Every line the game says of the map at `path`, its path written MAP: why it is refused, else the checker's."""
    try:
        lines = checked(path)
    except ContentError as refused:
        lines = str(refused).splitlines()
    return [line.replace(str(path), "MAP") for line in lines]


@pytest.mark.parametrize("at, strength, said", [
    ('x="32" y="32" width="96" height="64"', "1.5", "property strength: expected a number from 0 to 1"),
    ('x="-200" y="-200" width="96" height="64"', "0.7", "expected the zone inside the map"),
    ('x="32" y="32" width="96" height="0"', "0.7", "expected a region with an area"),
], ids=["strength", "off the map", "no area"])
def test_the_checker_tells_of_a_rain_zone_all_it_tells_of_a_dust_storm_zone(tmp_path, at, strength, said):
    lines = {kind: told(write_map(tmp_path, ROOM, name=f"{kind}.tmx", more_objects=zone(kind, at, strength)))
             for kind in ("dust_storm", "rain")}
    assert len(lines["dust_storm"]) == 1 and said in lines["dust_storm"][0]
    assert lines["rain"] == lines["dust_storm"]


def with_storm(path, storm: str, weather: str = "rain"):
    """The map at `path` with a storm of `storm` in this weather, as the Map Properties view writes them."""
    with_weather(path, weather)
    weather_property = '<property name="weather"'
    path.write_text(path.read_text().replace(
        weather_property, f'<property name="storm" type="float" value="{storm}"/>{weather_property}', 1))
    return path


@pytest.mark.parametrize("storm, strength", [("0.18", "0.1"), ("0.18", "0.18")],
                         ids=["lighter than the map's rain", "as heavy"])
def test_a_rain_zone_no_heavier_than_the_maps_rain_is_warned_of_as_showing_and_changing_nothing(
        tmp_path, storm, strength):
    path = with_storm(write_map(tmp_path, ROOM, more_objects=zone("rain", strength=strength)), storm)
    assert [str(warning) for warning in load_level(path).warnings] == [
        f'{path}: layer "objects", object 9 "downpour", property strength: expected a rain zone heavier '
        f"than the map's rain (storm {storm}), found {strength} (on a rain map it shows nothing more and cuts no one's "
        f"sight: make it stronger than {storm}, or remove it)"]


@pytest.mark.parametrize("weather, kind, strength", [("rain", "rain", "0.19"), ("dust", "rain", "0.18"),
                                                     ("rain", "dust_storm", "0.18")],
                         ids=["heavier than the map's rain", "rain over dust", "dust in the rain"])
def test_a_zone_that_shows_or_changes_something_is_not_warned_of(tmp_path, weather, kind, strength):
    path = with_storm(write_map(tmp_path, ROOM, more_objects=zone(kind, strength=strength)), "0.18", weather)
    level = load_level(path)
    assert (level.weather, level.storm, level.zones[0].strength) == (weather, 0.18, float(strength))
    assert level.warnings == ()


@pytest.mark.parametrize("weather, kind", [("rain", "rain"), ("dust", "rain"), ("dust", "dust_storm"),
                                           ("rain", "dust_storm")])
def test_a_zone_of_strength_0_of_either_kind_on_either_map_is_warned_of_as_showing_and_changing_nothing(
        tmp_path, weather, kind):
    path = with_storm(write_map(tmp_path, ROOM, more_objects=zone(kind, strength="0")), "0", weather)
    assert [str(warning) for warning in load_level(path).warnings] == [
        f'{path}: layer "objects", object 9 "downpour", property strength: expected a zone with a storm in it, found 0 '
        "(a zone of strength 0 shows nothing and cuts no one's sight: give it a strength, or remove it)"]
