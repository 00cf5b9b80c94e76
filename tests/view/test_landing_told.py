"""A reinforcement's arrival told on screen: its shadow drops onto the spot, it lands in a flash and a ring of dust
(spray in the rain), near the Layzner the screen jolts; INBOUND on a dark plate, and by the edge arrow of a spot out of
view."""

import dataclasses

import pygame
import pytest

from game.content.catalog import load_catalog
from game.content.chain import LEVELS
from game.content.feel import load_feel
from game.content.level import load_level
from game.session import new_game
from game.settings import Settings
from game.sim.components import Position
from game.sim.events import PilotEjected, Reinforced
from game.sim.game import Game
from game.view import arrivals as arrivals_module
from game.view.camera import Camera
from game.view.particles import DUST, STEAM, Particles
from game.view.renderer import Renderer
from game.view.sprites import SpriteBank
from tests.drawn_words import record_drawn_words
from tests.view.test_arrival_marks import half_a_blink_apart, inbound_words, on_the_pad_until_the_wave_is_called

OCHRE = (196, 118, 62)  # Mars's sand, where red words alone did not read


def landed_renderer(game):
    """A renderer on `game` whose first frame's events are a Dis landing 300 px right of the Layzner."""
    me = game.world.get(game.player, Position)
    renderer = Renderer(game, (1280, 720), SpriteBank(), load_feel())
    renderer.camera.shake = 0.0
    renderer.update(game, [Reinforced(99, "dis", me.x + 300, me.y)], (me.x, me.y), 1 / 60, Settings())
    return renderer


def test_a_landing_flashes_and_blows_a_ring_of_dust_out_all_round_its_spot(display):
    """The ring closed and three frames later a Dis stood there: nothing said it had come down."""
    game = new_game(LEVELS / "outpost.tmx", seed=1)
    renderer = landed_renderer(game)
    effects = renderer.effects
    assert effects.flashes  # the flash as it touches down
    effects.update(0.25, Settings())
    me = game.world.get(game.player, Position)

    class Around:  # a 600 px view with the spot in its middle
        left, top = me.x, me.y - 300  # the spot is 300 px right of the Layzner

    surface = pygame.Surface((600, 600))
    effects.draw_air(surface, Around())
    for dx, dy in ((1, 0), (0, 1), (-1, 0), (0, -1)):  # dust out on every side of it, not only round its feet
        reached = [surface.get_at((300 + dx * r, 300 + dy * r)) != (0, 0, 0, 255) for r in range(30, 70)]
        assert any(reached), (dx, dy)
    game.close()


@pytest.mark.parametrize("level, kinds", [("outpost.tmx", {DUST}), ("landing_field.tmx", {STEAM})],
                         ids=["dust on Mars", "spray in the rain"])
def test_a_landing_raises_dust_on_mars_and_spray_on_a_rain_map(display, level, kinds):
    game = new_game(LEVELS / level, seed=1)
    raised = {particle.kind for particle in landed_renderer(game).effects.particles}
    assert kinds <= raised and (STEAM in raised) == (STEAM in kinds)
    game.close()


@pytest.mark.parametrize("spot, kinds", [((976.0, 496.0), {STEAM}), ((144.0, 464.0), {DUST})],
                         ids=["spray in a rain zone", "dust beside it"])
def test_on_mars_a_landing_in_a_rain_zone_throws_up_spray_and_one_on_dry_sand_dust(display, spot, kinds):
    """Where the rain view wets the ground (a squall over a crater), there is no dust to raise: a landing (and an
    ejecting pilot's pod) throws up spray. On a dust map it raised dust even under the squall."""
    level = load_level(LEVELS / "storm_canyon.tmx")
    level = dataclasses.replace(level, zones=tuple(dataclasses.replace(zone, kind="rain") for zone in level.zones))
    game = Game(level, load_catalog(), 1)
    renderer = Renderer(game, (1280, 720), SpriteBank(), load_feel())
    for event in (Reinforced(99, "dis", *spot), PilotEjected(98, *spot)):
        renderer.effects.particles = Particles()
        renderer.update(game, [event], spot, 1 / 60, Settings())
        raised = {particle.kind for particle in renderer.effects.particles}
        assert kinds <= raised and (STEAM in raised) == (STEAM in kinds), event
    game.close()


def test_a_landing_near_the_layzner_jolts_the_screen_and_one_far_off_does_not(display):
    game = new_game(LEVELS / "outpost.tmx", seed=1)
    near = landed_renderer(game)
    assert near.camera.shake > 0
    me = game.world.get(game.player, Position)
    far = Renderer(game, (1280, 720), SpriteBank(), load_feel())
    far.camera.shake = 0.0
    far.update(game, [Reinforced(99, "dis", me.x + 2000, me.y)], (me.x, me.y), 1 / 60, Settings())
    assert far.camera.shake == 0
    game.close()


def test_the_machine_s_shadow_drops_onto_its_spot_before_it_lands(outpost):
    """The last moments before it lands, its shadow darkens the ground where the ring closes."""
    game = outpost
    on_the_pad_until_the_wave_is_called(game)
    entry = game.res.arrivals[0]
    spot = next(spawn for spawn in game.res.level.arrivals if spawn.object_id == entry[0])
    renderer = Renderer(game, (1280, 720), SpriteBank(), load_feel())
    renderer.camera.x, renderer.camera.y = spot.x, spot.y  # the spot mid-screen
    x, y = renderer.camera.to_screen(spot.x, spot.y)
    around = pygame.Rect(0, 0, 24, 24)
    around.center = round(x), round(y)

    def ground(ticks: int) -> float:
        entry[1] = ticks
        surface = pygame.Surface((1280, 720))
        renderer.draw(surface, game, 1.0, 0.0, overlays=False)  # the world alone: no ring over the ground
        return pygame.transform.average_color(surface, around)[:3]

    high, landing = ground(60), ground(2)  # a second out, and a moment before it touches down
    assert sum(landing) < sum(high) * 0.8, (high, landing)


def test_inbound_stands_on_a_dark_plate_so_it_reads_on_mars_sand(outpost_on_hard, monkeypatch):
    game = outpost_on_hard
    on_the_pad_until_the_wave_is_called(game)
    words = inbound_words(monkeypatch)
    camera = Camera((1280, 720), game.res.level.pixel_size)
    camera.x, camera.y = 640, 400  # the whole outpost in view
    surface = pygame.Surface((1280, 720))
    surface.fill(OCHRE)
    arrivals_module.arrival_marks(surface, game, camera, 0.0, [])
    assert len(words) == 3
    for word in words:
        beside = [surface.get_at((x, word.centery))[:3] for x in (word.left - 3, word.right + 3)]  # either end
        assert all(sum(pixel) < 200 for pixel in beside), (word, beside)  # dark, not sand


def far_off(game, camera, dx: float, dy: float) -> None:
    """The camera `dx`, `dy` px from the middle of the wave's spots."""
    spots = game.res.level.arrivals
    camera.x = sum(spot.x for spot in spots) / len(spots) + dx
    camera.y = sum(spot.y for spot in spots) / len(spots) + dy


def test_a_spot_out_of_view_is_named_by_its_edge_arrow_with_how_many_land_there(outpost_on_hard, monkeypatch):
    """One red arrowhead with no words, among a map's red lamps, was missed."""
    game = outpost_on_hard
    said = record_drawn_words(monkeypatch, arrivals_module)
    on_the_pad_until_the_wave_is_called(game)
    camera = Camera((1280, 720), game.res.level.pixel_size)
    far_off(game, camera, 20000, 0)  # every spot far to the left: one arrow
    arrivals_module.arrival_marks(pygame.Surface((1280, 720)), game, camera, 0.0, [])
    assert said == ["3 INBOUND"]
    said.clear()
    north = next(spawn for spawn in game.res.level.arrivals if spawn.name == "north wave")
    camera.x, camera.y = north.x, north.y  # the north spots (the wave's, the heavy's) in view, the south one off below
    arrivals_module.arrival_marks(pygame.Surface((1280, 720)), game, camera, 0.0, [])
    assert said == ["INBOUND"] * 3  # the two rings', and the arrow's


def test_the_edge_arrow_and_its_word_blink_only_at_full_flashes(outpost):
    game = outpost
    on_the_pad_until_the_wave_is_called(game)
    camera = Camera((1280, 720), game.res.level.pixel_size)
    far_off(game, camera, 20000, 0)

    full, reduced = half_a_blink_apart(game, camera, 1.0), half_a_blink_apart(game, camera, 0.5)
    assert full[0] != full[1]  # it pulses
    assert reduced[0] == reduced[1]  # it holds still for a player who turned flashes down
