"""A storm zone reads as a storm at a glance: a thick ochre cloud behind a soft front, dust drifting through it with
the wind; and the map-wide storm (the stress scene's) costs no more than its streaks."""

import random

import numpy as np
import pygame
import pytest

from game.content.level_data import Region, Zone
from game.view.camera import Camera
from game.view.weather import FRONT, STREAK, WISP_SIZE, Weather

VIEW = (1280, 720)
GROUND = (190, 104, 62)  # the ochre of the open ground


@pytest.fixture(autouse=True)
def video():
    pygame.display.init()
    yield
    pygame.quit()


def stormy(strength: float = 0.6, storm: float = 0.0):
    """What Weather reads of a level: a 800 x 600 px squall in a 3000 x 2000 px map, a strong wind."""
    from types import SimpleNamespace
    squall = Zone(9, "squall", "objects", Region("rectangle", 1000, 600, 800, 600), "dust_storm", strength)
    return SimpleNamespace(pixel_size=(3000, 2000), storm=storm, zones=(squall,) if strength else (),
                           wind_angle=0.3, wind_speed=200.0)


def cloud_over_ground(strength: float) -> tuple[np.ndarray, np.ndarray]:
    """(the cloud's alpha, how far it moves the ground's colour, per channel) [x, y] over the zone."""
    [(cloud, _)] = Weather(stormy(strength), random.Random(4)).zones
    ground = pygame.Surface(cloud.get_size())
    ground.fill(GROUND)
    ground.blit(cloud, (0, 0))
    shift = np.abs(pygame.surfarray.array3d(ground).astype(float) - GROUND).mean(axis=2)
    return pygame.surfarray.array_alpha(cloud).astype(float), shift


@pytest.mark.parametrize("strength, alpha, shift", [(0.3, 90, 11), (0.6, 135, 17), (1.0, 175, 22)])
def test_inside_its_front_a_zone_s_cloud_hides_the_ground_as_a_storm_does(strength, alpha, shift):
    cloud, moved = cloud_over_ground(strength)
    middle = (slice(100, 700), slice(100, 500))  # all but the front, FRONT px deep, and its billows
    # The east squall (0.6) was a pale patch: alpha 108, the ground's colour moved by 13 of 255.
    assert cloud[middle].mean() > alpha and moved[middle].mean() > shift


def test_a_zone_s_front_is_soft_but_near_its_edge_not_spread_over_half_the_zone():
    cloud, _ = cloud_over_ground(1.0)
    rows = slice(250, 350)
    inside = cloud[300:500, rows].mean()
    # Full thickness FRONT px in and half as much again for the billows; it had half of it 100 px in.
    assert cloud[round(1.5 * FRONT):round(1.5 * FRONT) + 20, rows].mean() > 0.8 * inside
    assert cloud[0, rows].max() == 0  # at the zone's edge nothing yet: the front fades in from clear air
    assert np.abs(np.diff(cloud[:round(1.5 * FRONT), rows], axis=0)).max() < 48  # and softly, pixel by pixel


def frames_apart(the_level, look_at, seconds: float, streaks_only: bool = False):
    """Two frames of the weather over plain ground, `seconds` of wind apart, and the camera. `streaks_only`: the
    zones' clouds made clear and no wisps, so all that is drawn is the streaks (where they are, in the same frames)."""
    weather = Weather(the_level, random.Random(4), VIEW)
    if streaks_only:
        for cloud, _ in weather.zones:
            cloud.fill((0, 0, 0, 0))
        weather._wisps = lambda *where: []
    camera = Camera(VIEW, the_level.pixel_size)
    camera.snap(*look_at)
    frames = []
    for _ in range(2):
        surface = pygame.Surface(VIEW)
        surface.fill(GROUND)
        weather.draw(surface, camera)
        frames.append(pygame.surfarray.array3d(surface).astype(int))
        weather.update(seconds)
    return frames, camera


def streak_mask(the_level, look_at, seconds: float) -> np.ndarray:
    """Where the streaks are in either of frames_apart's two frames: every pixel they change."""
    (first, second), _ = frames_apart(the_level, look_at, seconds, streaks_only=True)
    return (first != GROUND).any(axis=2) | (second != GROUND).any(axis=2)


def test_dust_drifts_through_a_zone_with_the_wind_not_only_its_streaks():
    (first, second), camera = frames_apart(stormy(), (1400, 900), 0.15)
    streaks = streak_mask(stormy(), (1400, 900), 0.15)
    changed = (np.abs(first - second).max(axis=2) > 6) & ~streaks  # beyond the streaks' own pixels
    left, top = (round(value) for value in camera.to_screen(1000, 600))
    in_zone = np.zeros(VIEW, dtype=bool)
    in_zone[left:left + 800, top:top + 600] = True
    assert changed[in_zone].sum() > 5000  # the wisps moved on
    reach = WISP_SIZE[0] // 2  # a wisp's middle is in the storm; its tail may trail out past the front
    near = np.zeros(VIEW, dtype=bool)
    near[max(0, left - reach):left + 800 + reach, max(0, top - reach):top + 600 + reach] = True
    assert not changed[~near].any()  # and only where the storm is


def test_the_map_wide_storm_draws_its_streaks_alone_over_its_haze():
    # The stress scene's storm (1.0 over the whole map, no zone): its drawing stays the streaks' fblits, its haze
    # baked into the map, so its frame costs what it did.
    (frame, _), _ = frames_apart(stormy(strength=0.0, storm=1.0), (1400, 900), 0.15)
    (streaks, _), _ = frames_apart(stormy(strength=0.0, storm=1.0), (1400, 900), 0.15, streaks_only=True)
    assert (streaks != GROUND).any() and (frame == streaks).all()


def streaks_seen(storm: float) -> list[np.ndarray]:
    """Each streak of a map-wide storm over the ground, one frame: per streak, how far each of its pixels moved the
    ground's colour, ordered from its head (downwind) back to its tail."""
    (frame, _), _ = frames_apart(stormy(strength=0.0, storm=storm), (1400, 900), 0.15)
    lit = np.abs(frame - GROUND).sum(axis=2)
    surface = pygame.Surface(VIEW, pygame.SRCALPHA)
    pygame.surfarray.pixels_alpha(surface)[...] = (lit > 0) * 255
    wind = np.array([np.cos(0.3), np.sin(0.3)])
    streaks = []
    for mask in pygame.mask.from_surface(surface).connected_components(minimum=8):
        xs, ys = np.nonzero(pygame.surfarray.array_alpha(mask.to_surface(setcolor=(255, 255, 255, 255),
                                                                         unsetcolor=(0, 0, 0, 0))))
        ahead = xs * wind[0] + ys * wind[1]
        streaks.append(lit[xs, ys][np.argsort(-ahead)])
    return streaks


def test_a_streak_of_dust_fades_from_its_head_to_its_tail_and_is_never_a_solid_dash():
    streaks = [streak for streak in streaks_seen(1.0) if len(streak) >= 12]
    assert len(streaks) > 50
    # Head against tail, each streak (two crossing, or one cut by the screen's edge, read as one now and then):
    # they were as bright at the tail as at the head.
    fading = [streak[:len(streak) // 3].mean() > 2 * streak[-(len(streak) // 3):].mean() for streak in streaks]
    assert sum(fading) > 0.9 * len(streaks)
    brightest = max(streak.max() for streak in streaks)
    assert brightest < 0.9 * np.abs(np.subtract(STREAK, GROUND)).sum()  # never the whole way to the streak's colour


def test_a_weak_storm_s_streaks_are_fainter_than_a_full_one_s():
    weak, full = (np.percentile(np.concatenate(streaks_seen(storm)), 90) for storm in (0.15, 1.0))
    assert weak < 0.7 * full  # Mars base's 0.15 blew dashes as bright as the stress arena's full storm
