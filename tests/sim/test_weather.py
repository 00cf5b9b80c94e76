"""Storms, of dust or rain: a storm over the map or a storm zone, of dust or rain, cuts how far enemies can see."""

import dataclasses
import math
from pathlib import Path
from types import SimpleNamespace

import pytest

from game.bot import Bot
from game.content.catalog import load_catalog
from game.content.level import load_level
from game.content.level_data import Region, Zone
from game.sim.events import PlayerSpotted
from game.sim.game import Game
from game.sim.weather import STORM_SIGHT_LOSS, storm_at, visibility
from tests.maps import TILE, centre, game_from_ascii

LANDING_FIELD = Path(__file__).resolve().parents[2] / "levels" / "landing_field.tmx"

# The enemy is 13 tiles (416 px) from the player: inside the Dis's sight range in clear weather.
OPEN = [
    "##################",
    "#................#",
    "#.P.............E#",
    "#................#",
    "##################",
]


def spotted(game) -> bool:
    return any(isinstance(e, PlayerSpotted) for e in game.run(seconds=1))


def test_in_clear_weather_the_enemy_sees_the_player_at_this_distance(tmp_path):
    game = game_from_ascii(tmp_path, OPEN)
    assert math.dist(centre(2, 2), centre(16, 2)) < game.res.catalog.units["dis"].ai.sight_range
    assert spotted(game)


def test_a_storm_over_the_map_hides_the_player_at_the_same_distance(tmp_path):
    assert spotted(game_from_ascii(tmp_path, OPEN, extra={"storm": 0.0}))
    assert not spotted(game_from_ascii(tmp_path, OPEN, extra={"storm": 1.0}))


def test_a_dust_storm_zone_around_the_player_hides_them(tmp_path):
    zone = Zone(5, "dust", "objects", Region("ellipse", 0, 0, 6 * TILE, 5 * TILE), "dust_storm", 1.0)
    game = game_from_ascii(tmp_path, OPEN, extra={"zones": (zone,)})
    assert storm_at(game.res.level, *centre(2, 2)) == 1.0
    assert storm_at(game.res.level, *centre(16, 2)) == 0.0
    assert visibility(game.res.level, *centre(16, 2), *centre(2, 2)) == 1.0 - STORM_SIGHT_LOSS
    assert not spotted(game)


def test_the_stronger_of_map_storm_and_zone_counts():
    zone = Zone(5, "dust", "objects", Region("rectangle", 0, 0, 100, 100), "dust_storm", 0.5)
    level = SimpleNamespace(storm=0.2, zones=(zone,))
    assert storm_at(level, 50, 50) == 0.5
    assert storm_at(level, 150, 50) == 0.2


def test_rain_as_strong_as_a_dust_storm_plays_the_same_tick_for_tick():
    # Weather is how the storm looks: the rules read its strength alone, so the same map in rain and in dust, the bot
    # at the controls, is the same game, hash for hash.
    def hashes(weather: str) -> list[str]:
        return bot_hashes(dataclasses.replace(load_level(LANDING_FIELD), storm=0.5, weather=weather))
    assert hashes("rain") == hashes("dust")


def bot_hashes(level) -> list[str]:
    """The state hash every 5 s of 20 s of the bot playing `level` (seed 3)."""
    game = Game(level, load_catalog(), 3)
    bot, seen = Bot(game), []
    for tick in range(1, 1201):
        bot.steer()
        game.step()
        if tick % 300 == 0:
            seen.append(game.state_hash())
    return seen


def test_a_rain_zone_hides_the_player_as_a_dust_storm_zone_of_the_same_strength_does(tmp_path):
    def game_in(kind: str, strength: float):
        zone = Zone(5, "squall", "objects", Region("ellipse", 0, 0, 6 * TILE, 5 * TILE), kind, strength)
        return game_from_ascii(tmp_path, OPEN, extra={"zones": (zone,)})
    for strength in (0.3, 0.7, 1.0):
        rain, dust = game_in("rain", strength).res.level, game_in("dust_storm", strength).res.level
        assert storm_at(rain, *centre(2, 2)) == storm_at(dust, *centre(2, 2)) == strength
        assert visibility(rain, *centre(16, 2), *centre(2, 2)) == visibility(dust, *centre(16, 2), *centre(2, 2)) \
            == 1.0 - STORM_SIGHT_LOSS * strength
    assert not spotted(game_in("rain", 1.0))  # the enemy's sight cut to 40 %: the downpour hides the Layzner


@pytest.mark.parametrize("rain, dust, strongest", [(0.8, 0.5, 0.8), (0.4, 0.9, 0.9)])
def test_where_rain_and_dust_zones_overlap_the_strongest_wins(rain, dust, strongest):
    zones = (Zone(5, "squall", "objects", Region("rectangle", 0, 0, 100, 100), "rain", rain),
             Zone(6, "dust", "objects", Region("rectangle", 50, 0, 100, 100), "dust_storm", dust))
    level = SimpleNamespace(storm=0.2, zones=zones)
    assert storm_at(level, 75, 50) == strongest  # in both
    assert (storm_at(level, 25, 50), storm_at(level, 125, 50), storm_at(level, 175, 50)) == (rain, dust, 0.2)
    assert storm_at(SimpleNamespace(storm=0.85, zones=zones), 25, 50) == 0.85  # a map's storm stronger than the rain


def test_a_zone_swapped_from_dust_to_rain_plays_the_same_tick_for_tick():
    # A designer swaps a zone's kind without balancing the level again: the bot at the controls, the landing field
    # with a strong squall round the start plays the same game, hash for hash, in dust and in rain.
    def hashes(kind: str) -> list[str]:
        level = load_level(LANDING_FIELD)
        squall = Zone(99, "squall", "objects", Region("rectangle", 0, 300, 900, 700), kind, 0.9)
        return bot_hashes(dataclasses.replace(level, zones=level.zones + (squall,)))
    assert hashes("rain") == hashes("dust_storm")
