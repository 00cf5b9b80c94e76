"""A shut gate is drawn as its map's gate piece, casting its shadow on the ground beside it as a wall does, slides
open over SLIDE seconds once it opens, its shadow with it, and shows the ground then; its sound is the shutter's,
heard where it is."""

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
from game.view.gates import SHADOW_FALL, SLIDE, GateView
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


def gate_pixels(renderer, game, where: pygame.Rect = GATE) -> list[tuple[int, ...]]:
    """The world drawn this frame (no HUD) where the gate is (or in `where`, px on the map), as RGB values, row by
    row."""
    surface = pygame.Surface((1280, 720))
    renderer.draw(surface, game, 1.0, 0.0, overlays=False)
    place = where.move(-round(renderer.camera.left), -round(renderer.camera.top))
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


def test_a_shut_gate_casts_its_shadow_on_the_ground_beside_it_never_on_the_wall_and_it_slides_with_the_slab(level):
    fall_x, fall_y = SHADOW_FALL
    east = pygame.Rect(GATE.right, GATE.top + fall_y, fall_x, GATE.height - fall_y)  # the ground east of the gate
    upper = pygame.Rect(GATE.right, GATE.top + fall_y, fall_x, GATE.height // 2 - fall_y)  # beside its north half
    lower = pygame.Rect(GATE.right, GATE.bottom - 2, fall_x, 2)  # its last rows: the slab half open shades them not
    on_wall = pygame.Rect(GATE.left + fall_x, GATE.bottom, GATE.width - fall_x, fall_y)  # the wall south of it
    game = Game(level, load_catalog(), 1)
    renderer = Renderer(game, (1280, 720), SpriteBank(), load_feel())
    ungated = Game(dataclasses.replace(level, gates=()), load_catalog(), 1)
    bare = Renderer(ungated, (1280, 720), SpriteBank(), load_feel())

    def darker(where: pygame.Rect) -> bool:  # every pixel there darker than the ground without the gate
        return all(sum(a) < sum(b) for a, b in zip(gate_pixels(renderer, game, where), gate_pixels(bare, ungated,
                                                                                                   where)))
    assert darker(east) and darker(lower)
    assert gate_pixels(renderer, game, on_wall) == gate_pixels(bare, ungated, on_wall)  # the wall's top stands as high
    assert gate_pixels(renderer, game, east.move(fall_x, 0)) == gate_pixels(bare, ungated, east.move(fall_x, 0))
    game.res.triggers[0].fired = 1  # its trigger fires: the slab slides north into the wall
    renderer.update(game, game.step(), (0.0, 0.0), SLIDE / 2, Settings())
    assert darker(upper) and gate_pixels(renderer, game, lower) == gate_pixels(bare, ungated, lower)
    renderer.update(game, [], (0.0, 0.0), SLIDE, Settings())
    assert gate_pixels(renderer, game, east) == gate_pixels(bare, ungated, east)  # open: no shadow left
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
