"""The storm's streaks of blowing dust: only over the map, only where its haze is, and as thick as ever inside it."""

import random
from types import SimpleNamespace

import numpy as np
import pygame
import pytest

from game.content.level_data import Region, Zone
from game.view.camera import Camera
from game.view.weather import FRONT, Weather

VIEW = (1280, 720)


@pytest.fixture(autouse=True)
def video():
    pygame.display.init()
    yield
    pygame.quit()


def level(size, storm=0.0, zones=()):
    """What Weather reads of a level; a strong wind, so the frames below see the streaks far apart."""
    return SimpleNamespace(pixel_size=size, storm=storm, zones=tuple(zones), wind_angle=0.3, wind_speed=200.0)


def storm_zone(x, y, width, height, strength=1.0):
    return Zone(9, "squall", "objects", Region("rectangle", x, y, width, height), "dust_storm", strength)


def streaks_alone(weather):
    """`weather` with its zones' clouds made clear and no wisps drifting: all it draws is its streaks."""
    for cloud, _ in weather.zones:
        cloud.fill((0, 0, 0, 0))
    weather._wisps = lambda *where: []
    return weather


def streak_pixels(the_level, look_at, frames=12, weather=None):
    """Per pixel of the screen, in how many of `frames` frames a streak covers it, the camera on `look_at`: drawn
    as the renderer does, on black, the streaks alone (a streak fades toward its tail: any pixel it lights counts)."""
    weather = streaks_alone(weather or Weather(the_level, random.Random(4), VIEW))
    camera = Camera(VIEW, the_level.pixel_size)
    camera.snap(*look_at)
    seen = np.zeros(VIEW, dtype=int)
    surface = pygame.Surface(VIEW)
    for _ in range(frames):
        weather.update(0.07)  # a streak moves 40 px or more a frame: the frames are all different
        surface.fill((0, 0, 0))
        weather.draw(surface, camera)
        seen += pygame.surfarray.array3d(surface).max(axis=2) > 0
    return seen, camera


def test_no_streak_blows_past_the_edge_of_a_map_smaller_than_the_screen():
    small = level((640, 384), storm=1.0)
    seen, camera = streak_pixels(small, (320, 192))
    left, top = (round(v) for v in camera.to_screen(0, 0))
    on_map = np.zeros(VIEW, dtype=bool)
    on_map[left:left + 640, top:top + 384] = True
    assert seen[~on_map].sum() == 0  # the dark ground round the map has no haze, so no dust blows there
    # And over the map as thick as ever: its share of the screen's (some 4,400 streak pixels a frame), about 1,170.
    assert seen[on_map].sum() > 12 * 1000


def test_a_storm_zone_blows_streaks_only_over_its_cloud_not_across_the_screen():
    # The camera looks at the zone's middle, in the thick of it: there was a full storm of streaks, everywhere.
    zones = level((3000, 2000), zones=[storm_zone(1000, 600, 600, 400)])
    seen, camera = streak_pixels(zones, (1300, 800))
    left, top = (round(v) for v in camera.to_screen(1000, 600))
    in_zone = np.zeros(VIEW, dtype=bool)
    in_zone[left:left + 600, top:top + 400] = True
    assert seen[~in_zone].sum() == 0  # the clear ground round the cloud
    assert seen[in_zone].sum() > 0


def test_no_streak_blows_where_a_round_zone_s_cloud_has_no_haze():
    # An ellipse's cloud is drawn on a grid a quarter of its size: the streaks read the same grid, so however its
    # edge falls on the pixels, none blows past the haze.
    zones = level((3000, 2000), zones=[Zone(9, "squall", "objects", Region("ellipse", 900, 500, 700, 500),
                                            "dust_storm", 1.0)])
    weather = Weather(zones, random.Random(4), VIEW)
    [(cloud, (x, y))] = weather.zones
    haze = pygame.surfarray.array_alpha(cloud) > 0  # read before streak_pixels clears the cloud
    seen, camera = streak_pixels(zones, (1250, 750), frames=30, weather=weather)
    left, top = (round(v) for v in camera.to_screen(x, y))
    hazy = np.zeros(VIEW, dtype=bool)
    hazy[left:left + cloud.get_width(), top:top + cloud.get_height()] = haze
    assert seen[hazy].sum() > 0 and seen[~hazy].sum() == 0


def test_a_zone_at_the_side_of_the_screen_blows_its_streaks_though_the_camera_looks_at_clear_ground():
    zones = level((3000, 2000), zones=[storm_zone(1500, 500, 600, 800)])
    seen, camera = streak_pixels(zones, (1100, 900))  # the zone fills the right of the screen, the centre is clear
    left, top = (round(v) for v in camera.to_screen(1500, 500))
    in_zone = np.zeros(VIEW, dtype=bool)
    in_zone[left:, max(0, top):top + 800] = True
    assert seen[in_zone].sum() > 0 and seen[~in_zone].sum() == 0


def test_in_the_middle_of_a_full_strength_zone_the_streaks_are_as_thick_as_in_a_storm_over_the_whole_map():
    # The same streaks (the same seed and camera), so in the zone's middle the very same pixels: the haze there is
    # at its thickest, and so are the streaks; they thin out only toward the zone's soft edge, as its haze does.
    zone = storm_zone(600, 400, 1800, 1200)
    in_zone, _ = streak_pixels(level((3000, 2000), zones=[zone]), (1500, 1000))
    whole_map, _ = streak_pixels(level((3000, 2000), storm=1.0), (1500, 1000))
    middle = (slice(440, 840), slice(210, 510))  # the middle 400 x 300 px of the screen, well inside the zone
    assert whole_map[middle].sum() > 0
    assert np.array_equal(in_zone[middle], whole_map[middle])
    # Fewer across its front (FRONT px deep, and its billows), where the haze thins out: the camera on its left side.
    at_front, camera = streak_pixels(level((3000, 2000), zones=[zone]), (1100, 1000))
    whole_map, _ = streak_pixels(level((3000, 2000), storm=1.0), (1100, 1000))
    front = slice(round(camera.to_screen(600, 0)[0]), round(camera.to_screen(600 + FRONT, 0)[0]))
    assert at_front[front].sum() < whole_map[front].sum()


def test_a_weak_zone_blows_fewer_streaks_than_a_strong_one():
    weak, _ = streak_pixels(level((3000, 2000), zones=[storm_zone(600, 400, 1800, 1200, strength=0.3)]), (1500, 1000))
    strong, _ = streak_pixels(level((3000, 2000), zones=[storm_zone(600, 400, 1800, 1200)]), (1500, 1000))
    assert 0 < weak.sum() < strong.sum() / 2
