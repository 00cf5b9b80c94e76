"""A rain zone on screen: a local downpour, on a dust map as on a rain map (a heavier patch of its rain), falling
inside the zone only and thinning out through its soft front, over ground wetted a little darker and cooler."""

import dataclasses
from pathlib import Path

import numpy as np
import pygame
import pytest

from game.content.catalog import load_catalog
from game.content.feel import load_feel
from game.content.level import load_level
from game.content.level_data import Region, Zone
from game.sim.game import Game
from game.view.camera import Camera
from game.view.renderer import Renderer
from game.view.sprites import SpriteBank
from game.view.weather import FRONT

VIEW = (1280, 720)
LEVELS = Path(__file__).resolve().parents[2] / "levels"
SQUALL = pygame.Rect(1000, 400, 400, 400)  # on the map
MARGIN = 40  # px past the zone's box a drop's streak or ring may still reach


pytestmark = pytest.mark.usefixtures("display")  # the renderer's words need the fonts


def weather_of(map_name: str, storm: float, kind: str = "rain", strength: float = 0.8, **changes):
    """The weather a renderer draws for the shipped map with this storm and a zone of `kind` at SQUALL (none: no
    kind), anything else in `changes`, and the level it draws it for."""
    level = load_level(LEVELS / map_name)
    zones = (Zone(99, "squall", "objects", Region("rectangle", *SQUALL), kind, strength),) if kind else ()
    level = dataclasses.replace(level, storm=storm, zones=zones, **changes)
    game = Game(level, load_catalog(), 1)
    weather = Renderer(game, VIEW, SpriteBank(), load_feel()).weather
    game.close()
    return weather, level


def drawn_on_black(weather, level, frames: int = 6) -> np.ndarray:
    """Per pixel of the screen (the camera on the zone), in how many of `frames` frames (0.1 s apart) what the
    weather draws in front of the machines lights it, drawn on black."""
    camera = Camera(VIEW, level.pixel_size)
    camera.snap(*SQUALL.center)
    surface, seen = pygame.Surface(VIEW), np.zeros(VIEW, dtype=int)
    for _ in range(frames):
        weather.update(0.1)
        surface.fill((0, 0, 0))
        weather.draw_blowing(surface, camera)
        seen += pygame.surfarray.array3d(surface).max(axis=2) > 0
    return seen


def on_screen(level, rect: pygame.Rect) -> tuple[slice, slice]:
    """The [x, y] slices of the screen over a rectangle of the map, the camera on the zone."""
    camera = Camera(VIEW, level.pixel_size)
    camera.snap(*SQUALL.center)
    left, top = (round(v) for v in camera.to_screen(rect.x, rect.y))
    return slice(max(0, left), left + rect.w), slice(max(0, top), top + rect.h)


def test_a_rain_zone_on_a_dust_map_rains_inside_it_and_nowhere_else():
    weather, level = weather_of("mars_base.tmx", storm=0.0)
    seen = drawn_on_black(weather, level)
    core = SQUALL.inflate(-2 * FRONT, -2 * FRONT)
    assert (seen[on_screen(level, core)] > 0).mean() > 0.05  # a downpour: streaks and rings all over its middle
    near = np.zeros(VIEW, dtype=bool)
    near[on_screen(level, SQUALL.inflate(2 * MARGIN, 2 * MARGIN))] = True
    assert seen[~near].sum() == 0  # not a drop beyond it


def test_a_rain_zone_is_blue_grey_rain_on_mars_never_dust():
    weather, level = weather_of("mars_base.tmx", storm=0.0)
    camera = Camera(VIEW, level.pixel_size)
    camera.snap(*SQUALL.center)
    surface = pygame.Surface(VIEW)
    weather.update(0.1)
    weather.draw(surface, camera)
    frame = pygame.surfarray.array3d(surface).reshape(-1, 3).astype(int)
    lit = frame[frame.max(axis=1) > 0]
    assert len(lit) > 2000 and (lit[:, 2] >= lit[:, 0]).all()  # no ochre cloud: a dust map's rain is rain


def test_a_rain_zone_s_rain_thins_out_softly_toward_its_edge():
    weather, level = weather_of("mars_base.tmx", storm=0.0)
    seen = drawn_on_black(weather, level, frames=12) > 0
    inner = SQUALL.inflate(-2 * FRONT, -2 * FRONT)
    core = seen[on_screen(level, inner)].mean()
    ring = np.zeros(VIEW, dtype=bool)
    ring[on_screen(level, SQUALL)] = True
    ring[on_screen(level, SQUALL.inflate(-FRONT, -FRONT))] = False  # the outer half of its front
    edge = seen[ring].mean()
    assert 0 < edge < 0.7 * core  # rain there, but thinner: no hard rectangle


def test_on_a_rain_map_a_rain_zone_is_a_heavier_patch_of_the_same_rain():
    zoned, level = weather_of("landing_field.tmx", storm=0.18)
    plain, _ = weather_of("landing_field.tmx", storm=0.18, kind="")
    with_zone, without = drawn_on_black(zoned, level), drawn_on_black(plain, level)
    inside = on_screen(level, SQUALL.inflate(-2 * FRONT, -2 * FRONT))
    assert (with_zone[inside] > 0).mean() > 2 * (without[inside] > 0).mean()  # heavier in the zone
    away = np.ones(VIEW, dtype=bool)
    away[on_screen(level, SQUALL.inflate(2 * MARGIN, 2 * MARGIN))] = False
    assert without[away].sum() > 1000 and (with_zone[away] == without[away]).all()  # round it, the map's own rain


@pytest.mark.parametrize("map_name, storm", [("mars_base.tmx", 0.15), ("landing_field.tmx", 0.18)])
def test_the_ground_under_a_rain_zone_is_a_little_darker_and_cooler_and_as_it_was_beyond_it(map_name, storm):
    def ground(kind: str) -> np.ndarray:
        weather, _ = weather_of(map_name, storm, kind)
        chunk = pygame.Surface((2000, 1200))
        chunk.fill((150, 150, 150))
        weather.haze_onto(chunk, 0, 0)
        return pygame.surfarray.array3d(chunk).astype(int)
    wet, dry = ground("rain"), ground("")
    red, green, blue = (wet - dry)[SQUALL.center]
    assert red < green < blue <= 0 and red > -60  # darker, the reds most: cool, and only a little
    beyond = np.ones((2000, 1200), dtype=bool)
    beyond[SQUALL.left:SQUALL.right, SQUALL.top:SQUALL.bottom] = False
    assert (wet[beyond] == dry[beyond]).all()
    edge = (wet - dry)[SQUALL.left + 4, SQUALL.centery]
    assert edge[0] > red  # drier toward its edge: no hard rectangle


@pytest.mark.parametrize("wind, way", [(200.0, -1), (20.0, 1)])
def test_a_rain_zone_s_streaks_slant_with_the_map_s_wind(wind, way):
    """Lit pixels with a lit pixel 4 below and 2 to the right, less those with one 4 below and 2 to the left: the
    Mars base's wind (200°) drives the drops down and to the left, one toward 20° down and to the right."""
    weather, level = weather_of("mars_base.tmx", 0.0, strength=1.0, wind_angle=np.radians(wind))
    lit = drawn_on_black(weather, level, frames=1) > 0
    slant = int((lit[:-2, :-4] & lit[2:, 4:]).sum()) - int((lit[2:, :-4] & lit[:-2, 4:]).sum())
    assert slant * way > 1000


def curtain_colour(map_name: str, storm: float) -> tuple[int, int, int]:
    """The colour of the curtain a rain zone at SQUALL draws on the shipped map, at its middle."""
    weather, _ = weather_of(map_name, storm)
    [(image, _)] = weather.curtains
    return tuple(image.get_at(image.get_rect().center))[:3]


def test_a_rain_zone_s_curtain_is_shaded_for_night_on_a_night_map_with_no_rain_of_its_own():
    # New York's map has no weather of its own (dust, at storm 0) but is night: a curtain in Mars's daylight grey lay
    # over its dark streets as a glowing fog bank. Its shade is the night's, as on the landing field's rain map.
    night = curtain_colour("landing_field.tmx", 0.18)
    assert curtain_colour("new_york.tmx", 0.0) == night
    assert sum(curtain_colour("outpost.tmx", 0.0)) > sum(night)  # by day on Mars's sand, lighter
