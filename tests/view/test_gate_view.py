"""A shut gate is drawn as its map's gate piece, slides open over SLIDE seconds once it opens, and shows the ground
then; its sound is the shutter's, heard where it is."""

import dataclasses

import pygame
import pytest

from game.audio.cues import Cues
from game.content.catalog import load_catalog
from game.content.chain import LEVELS
from game.content.feel import load_feel
from game.content.level import load_level
from game.settings import Settings
from game.sim.events import GateOpened
from game.sim.game import Game
from game.view.camera import Camera
from game.view.gates import SLIDE, GateView
from game.view.renderer import Renderer
from game.view.sprites import SpriteBank
from tests.maps import GATE_ID, TILE, gate_objects, write_map

ROWS = ["##############",  # the gate's way, and the Layzner far off from it in the west room, the Dis in the east
        "#......#.....#",
        "#P.....G...E.#",
        "#......G.....#",
        "#......#.....#",
        "##############"]
GATE = pygame.Rect(7 * TILE, 2 * TILE, TILE, 2 * TILE)


@pytest.fixture
def level(display, tmp_path):
    return load_level(write_map(tmp_path, ROWS, more_objects=gate_objects(sensor=(9, 1))))


def gate_pixels(renderer, game) -> list[tuple[int, ...]]:
    """The world drawn this frame (no HUD) where the gate is, as RGB values, row by row."""
    surface = pygame.Surface((1280, 720))
    renderer.draw(surface, game, 1.0, 0.0, overlays=False)
    place = GATE.move(-round(renderer.camera.left), -round(renderer.camera.top))
    return [tuple(surface.get_at((x, y)))[:3] for y in range(place.top, place.bottom) for x in range(place.left,
                                                                                                    place.right)]


def test_a_shut_gate_is_drawn_over_the_ground_slides_open_and_then_shows_the_ground(level):
    game = Game(level, load_catalog(), 1)
    renderer = Renderer(game, (1280, 720), SpriteBank(), load_feel())
    ungated = Game(dataclasses.replace(level, gates=()), load_catalog(), 1)
    ground = gate_pixels(Renderer(ungated, (1280, 720), SpriteBank(), load_feel()), ungated)
    shut = gate_pixels(renderer, game)
    assert sum(a != b for a, b in zip(shut, ground)) > 0.9 * len(ground)  # the slab covers the way

    game.res.triggers[0].fired = 1  # its trigger fires
    events = game.step()
    assert GateOpened(GATE_ID, GATE.centerx, GATE.centery) in events
    renderer.update(game, events, (0.0, 0.0), SLIDE / 2, Settings())
    sliding = gate_pixels(renderer, game)
    covered = sum(a != b for a, b in zip(sliding, ground)) / len(ground)
    assert 0.2 < covered < 0.8  # half way: part of the slab still across the way
    renderer.update(game, [], (0.0, 0.0), SLIDE, Settings())
    assert gate_pixels(renderer, game) == ground  # open: the map's own ground, as if there were no gate
    for made in (game, ungated):
        made.close()


def test_each_map_s_gates_are_drawn_in_its_own_style(display):
    assert GateView(load_level(LEVELS / "outpost.tmx"), SpriteBank()).piece == "gate_mars"
    assert GateView(load_level(LEVELS / "new_york.tmx"), SpriteBank()).piece == "gate_new_york"


class Heard:
    def __init__(self) -> None:
        self.played = []

    def play(self, name, volume=1.0, pan=0.0):
        self.played.append((name, volume, pan))


def test_a_gate_moving_is_heard_as_the_shutter_where_it_is(level):
    game = Game(level, load_catalog(), 1)
    camera = Camera((1280, 720), level.pixel_size)
    camera.snap(*level.player_spawn)
    heard = Heard()
    Cues(heard).play([GateOpened(GATE_ID, *camera.to_world(1100, 360))], game, camera, 0.0)
    [(name, _, pan)] = heard.played
    assert name == "shutter" and pan > 0  # right of centre, where the gate is
    game.close()
