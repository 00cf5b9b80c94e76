"""Shots keep their colour on bright ground: on a day map (Mars) a bolt is drawn solid and stays blue or red-orange
over the sand, where added light turned it near white; on a night map (New York) it is added light as before."""

import dataclasses
import math

import pygame
import pytest

from game.content.chain import LEVELS
from game.content.feel import load_feel
from game.content.level import load_level
from game.session import DEFAULT_LEVEL, new_game
from game.sim.shots import add_bolt
from game.sim.spawn import ENEMY_FACTION, PLAYER_FACTION
from game.view.map_view import MapView
from game.view.renderer import DAYLIGHT, Renderer
from game.view.sprites import SPRITES, SpriteBank
from tests.maps import mars_map

SAND = (176, 112, 62)  # Mars's sand, as bright as its ground is on average
NIGHT_MAP = LEVELS / "new_york.tmx"
# (weapon, side, what it is): the Layzner's rifle and knuckle are blue; the Dis's rifle and the Bul's cannon red-orange
BLUE = [("laser_rifle", PLAYER_FACTION, "the Layzner's bolt"), ("knuckle_shot", PLAYER_FACTION, "its knuckle")]
RED = [("dis_rifle", ENEMY_FACTION, "a Dis's bolt"), ("bul_cannon", ENEMY_FACTION, "a Bul's shell"),
       ("laser_rifle", ENEMY_FACTION, "a bolt a V-MAX barrier turned back")]


@pytest.fixture
def draw_bolt(display):
    """draw_bolt(level, weapon, side) -> the pixels a bolt flying east changed on a 160x100 patch of sand; with
    patch=True, the patch itself, the bolt `shift` px right of its middle."""
    renderers = {}

    def draw(level, weapon, side, patch=False, shift=0, angle=0.0):
        game = new_game(level, seed=1)
        renderer = renderers.get(level) or renderers.setdefault(
            level, Renderer(game, (1280, 720), SpriteBank(), load_feel()))
        add_bolt(game.res, game.player, side, weapon, 500.0, 300.0, 600.0 * math.cos(angle), 600.0 * math.sin(angle),
                 1.0, 100.0)
        surface = pygame.Surface((160, 100))
        surface.fill(SAND)
        renderer._draw_shots(surface, game.res.bolts, [], 1.0, 500 - 80 - shift, 300 - 50)
        game.close()
        if patch:
            return surface
        return [surface.get_at((x, y))[:3] for x in range(160) for y in range(100)
                if surface.get_at((x, y))[:3] != SAND]
    return draw


def core(pixels):
    """The brightest eighth of the bolt's pixels: its light, what the eye reads as its colour."""
    return sorted(pixels, key=sum, reverse=True)[:max(1, len(pixels) // 8)]


@pytest.mark.parametrize("weapon,side,what", BLUE)
def test_a_blue_shot_stays_blue_over_the_sand_of_a_day_map(draw_bolt, weapon, side, what):
    bright = core(draw_bolt(DEFAULT_LEVEL, weapon, side))
    bluer = sum(b - r for r, _, b in bright) / len(bright)
    assert bluer > 60, f"{what} reads {bright[:4]} on the sand: no longer blue"


@pytest.mark.parametrize("weapon,side,what", RED)
def test_a_red_shot_stays_red_orange_over_the_sand_of_a_day_map(draw_bolt, weapon, side, what):
    bright = core(draw_bolt(DEFAULT_LEVEL, weapon, side))
    redder = sum(r - b for r, _, b in bright) / len(bright)
    warmer = sum(r - g for r, g, _ in bright) / len(bright)  # red-orange, not the pale yellow added light made
    assert redder > 120 and warmer > 60, f"{what} reads {bright[:4]} on the sand: no longer red-orange"


@pytest.mark.parametrize("weapon,side,what", BLUE + RED)
def test_a_day_shot_is_edged_darker_than_the_sand_as_added_light_could_not(draw_bolt, weapon, side, what):
    pixels = draw_bolt(DEFAULT_LEVEL, weapon, side)
    assert any(sum(p) < sum(SAND) - 120 for p in pixels), f"{what} has no dark rim: it is lost on the sand"


@pytest.mark.parametrize("weapon,side,what", BLUE + RED)
def test_a_shot_on_a_night_map_is_added_light_as_before(draw_bolt, weapon, side, what):
    pixels = draw_bolt(NIGHT_MAP, weapon, side)
    assert pixels, f"{what} drew nothing"
    # added light never darkens what is under it
    assert all(c >= s for p in pixels for c, s in zip(p, SAND)), f"{what} darkened the ground at night"


@pytest.mark.parametrize("name,day", [("mars_base", True), ("outpost", True), ("storm_canyon", True),
                                      ("new_york", False), ("landing_field", False)])
def test_the_mars_maps_are_day_and_new_yorks_night(display, name, day):
    assert (MapView(load_level(LEVELS / f"{name}.tmx")).ground_light() >= DAYLIGHT) == day


@pytest.mark.parametrize("weapon,side,what", BLUE + RED)
def test_a_day_shot_cut_by_the_screens_edge_shows_the_same_pixels(draw_bolt, weapon, side, what):
    # the blend that lays day shots treats a row's pixels in runs of 8 from where it starts on screen: a bolt the
    # left edge cuts must show what it shows whole, wherever the cut falls
    for angle in (0.0, 0.7, 2.2):
        whole = draw_bolt(DEFAULT_LEVEL, weapon, side, patch=True, angle=angle)
        for shift in range(-90, -70):  # its middle 10 px past the edge to 10 px inside it
            cut = draw_bolt(DEFAULT_LEVEL, weapon, side, patch=True, shift=shift, angle=angle)
            assert (pygame.image.tobytes(whole.subsurface((-shift, 0, 160 + shift, 100)), "RGB")
                    == pygame.image.tobytes(cut.subsurface((0, 0, 160 + shift, 100)), "RGB")), f"{what} cut {shift}"


def test_a_mars_map_with_an_empty_tile_layer_under_its_sand_is_still_day(display, tmp_path):
    # Tiled's first "Tile Layer 1", left empty under the ground a designer painted on a layer of its own: no ground
    # at all, it made the map night, and its shots added light turning white on the sand
    sand = [[1] * 6 for _ in range(5)]
    painted = MapView(mars_map(tmp_path, {"ground": sand})).ground_light()
    under = MapView(mars_map(tmp_path, {"Tile Layer 1": [[0] * 6 for _ in sand], "ground": sand}, name="under.tmx"))
    assert painted >= DAYLIGHT
    assert under.ground_light() == painted


@pytest.mark.parametrize("level", [DEFAULT_LEVEL, NIGHT_MAP], ids=["day map", "night map"])
def test_a_new_weapon_s_shot_shows_no_box_round_it_with_no_list_to_add_its_name_to(display, tmp_path, level):
    """A developer's new weapon names plasma.png in units.yaml, saved with colour in its clear pixels as image editors
    keep it. Drawn as light by night, and laid premultiplied by day (it has no plasma_day.png), that colour showed as
    a tinted box round the shot until its name was put in a list in sprites.py: now it draws as the same picture
    saved with nothing in its clear pixels."""
    for picture in SPRITES.glob("*.png"):
        (tmp_path / picture.name).symlink_to(picture)
    for name, clear in (("plasma", (200, 255, 200, 0)), ("plasma_clean", (0, 0, 0, 0))):
        plasma = pygame.Surface((16, 6), pygame.SRCALPHA)
        plasma.fill(clear)
        plasma.fill((100, 160, 255, 255), pygame.Rect(6, 2, 4, 2))
        pygame.image.save(plasma, tmp_path / f"{name}.png")

    def drawn(sprite):
        game = new_game(level, seed=1)
        catalog = game.res.catalog
        rifle = dataclasses.replace(catalog.weapons["laser_rifle"], sprite=sprite)
        game.res.catalog = dataclasses.replace(catalog, weapons={**catalog.weapons, "laser_rifle": rifle})
        renderer = Renderer(game, (1280, 720), SpriteBank(tmp_path), load_feel())
        # Flying south-east: the box round its turned core takes in clear pixels
        add_bolt(game.res, game.player, PLAYER_FACTION, "laser_rifle", 500.0, 300.0, 400.0, 400.0, 1.0, 100.0)
        surface = pygame.Surface((160, 100))
        surface.fill((30, 34, 44))  # a night street: added light does not saturate on it
        renderer._draw_shots(surface, game.res.bolts, [], 1.0, 500 - 80, 300 - 50)
        game.close()
        return pygame.image.tobytes(surface, "RGB")

    assert drawn("plasma") == drawn("plasma_clean")
