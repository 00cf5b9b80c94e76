"""What a colour-blind player can still read: where red and green, or red and amber, say something, a second cue that
is not hue says it too (a dark edge, a word), since red, amber and green are one yellow to a red-green colour-blind
eye, and red on Mars's sand is the sand's own lightness."""

import pygame

from game.sim.components import Health, Heat
from game.sim.systems.reinforcements import ARRIVAL_TICKS
from game.view import arrivals as arrivals_module
from game.view import hud as hud_module
from game.view.arrivals import RING_FROM
from game.view.camera import Camera
from tests.drawn_words import record_drawn_words
from tests.maps import game_from_ascii
from tests.view.conftest import ROOM, hud_of
from tests.view.test_arrival_marks import on_the_pad_until_the_wave_is_called
from tests.view.test_landing_told import OCHRE


def luminance(rgb) -> float:
    """Relative luminance (WCAG): the lightness a colour keeps whatever hue the eye can or cannot tell."""
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (linear(c) for c in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_a_landing_spot_s_cross_stands_out_from_mars_sand_by_lightness_not_only_by_red(outpost_on_hard):
    """Red (240, 70, 60) on ochre is a contrast of 1.06 in lightness: to a red-green colour-blind player the cross
    pointing in at a landing spot was the sand itself. Each arm has a dark edge at least 3:1 against the sand."""
    game = outpost_on_hard
    on_the_pad_until_the_wave_is_called(game)
    camera = Camera((1280, 720), game.res.level.pixel_size)
    camera.x, camera.y = 640, 400  # the whole outpost in view
    surface = pygame.Surface((1280, 720))
    surface.fill(OCHRE)
    arrivals_module.arrival_marks(surface, game, camera, 0.0, [])
    spawns = {spawn.object_id: spawn for spawn in game.res.level.arrivals}
    marked = 0
    for spawn_id, ticks in game.res.arrivals:
        spawn = spawns[spawn_id]
        x, y = (round(v) for v in camera.to_screen(spawn.x, spawn.y))
        radius = game.res.catalog.units[spawn.kind].radius
        ring = round(radius + (RING_FROM - radius) * ticks / ARRIVAL_TICKS)
        for dx, dy in ((1, 0), (0, 1), (-1, 0), (0, -1)):
            # the arm's part outside the ring, a few px either side of its line
            near = [surface.get_at((x + dx * along + dy * side, y + dy * along + dx * side))
                    for along in range(ring + 4, ring + 9) for side in range(-4, 5)]
            assert any(pixel[:3] != OCHRE for pixel in near), (spawn.name, dx, dy)  # the arm is drawn there
            best = max(contrast(pixel, OCHRE) for pixel in near)
            assert best >= 3.0, (spawn.name, (dx, dy), best)
        marked += 1
    assert marked == 3


def heat_title_at(monkeypatch, tmp_path, value: float) -> str:
    said = record_drawn_words(monkeypatch, hud_module)
    game = game_from_ascii(tmp_path, ROOM)
    game.world.get(game.player, Heat).value = value
    hud_of(game).draw(pygame.Surface((1280, 720)), game, 1.0, 1 / 60)
    return next(word for word in said if word.startswith("HEAT"))


def test_the_heat_warning_says_high_where_the_caution_before_it_only_turned_amber(display, monkeypatch, tmp_path):
    """From 56 % the fill turns amber, from 80 % red: to a red-green colour-blind eye both are a yellow, the red the
    darker, so the warning looked calmer than the caution. The warning says so in words, as Rei does."""
    assert heat_title_at(monkeypatch, tmp_path, 30.0) == "HEAT"
    assert heat_title_at(monkeypatch, tmp_path, 65.0) == "HEAT"  # amber: heating, no warning yet
    assert heat_title_at(monkeypatch, tmp_path, 85.0) == "HEAT · HIGH"


def armour_title_at(monkeypatch, tmp_path, share: float) -> str:
    said = record_drawn_words(monkeypatch, hud_module)
    game = game_from_ascii(tmp_path, ROOM)
    health = game.world.get(game.player, Health)
    health.hit_points = health.max_hit_points * share
    hud_of(game).draw(pygame.Surface((1280, 720)), game, 1.0, 1 / 60)
    return next(word for word in said if word.startswith("ARMOUR"))


def test_armour_under_a_quarter_says_critical_where_amber_and_red_look_alike(display, monkeypatch, tmp_path):
    """The gauge turns amber under a half and red under a quarter, where Fouron may seize the machine: one yellow to a
    red-green colour-blind eye. Under a quarter the gauge says CRITICAL."""
    assert armour_title_at(monkeypatch, tmp_path, 1.0) == "ARMOUR"
    assert armour_title_at(monkeypatch, tmp_path, 0.4) == "ARMOUR"  # amber
    assert armour_title_at(monkeypatch, tmp_path, 0.2) == "ARMOUR · CRITICAL"
