"""The reinforcements on screen: HOSTILES counts those inbound, and each landing spot is marked until it lands."""

import pygame

from game.content.chain import LEVELS
from game.session import new_game
from game.sim.components import Position
from game.sim.systems.reinforcements import ARRIVAL_TICKS
from game.view import arrivals as arrivals_module
from game.view import hud as hud_module
from game.view.camera import Camera
from tests.drawn_words import record_drawn_words
from tests.view.conftest import hud_of


def hostiles_shown(said: list[str]) -> str:
    return said[len(said) - 1 - said[::-1].index("HOSTILES") + 1]  # the figure drawn under the last HOSTILES


def on_the_pad_until_the_wave_is_called(game) -> None:
    pad = game.res.level.objectives[0].region.centre
    while not any(ticks >= 0 for _, ticks in game.res.arrivals):
        pos = game.world.get(game.player, Position)
        pos.x, pos.y = pos.prev_x, pos.prev_y = pad
        game.step()


def test_hostiles_counts_the_wave_the_pad_calls_as_soon_as_it_is_inbound(display, monkeypatch):
    said = record_drawn_words(monkeypatch, hud_module)
    game = new_game(LEVELS / "outpost.tmx", seed=1)
    hud = hud_of(game)
    hud.draw(pygame.Surface((1280, 720)), game, 1.0, 1 / 60)
    assert hostiles_shown(said) == "6"  # the station's machines; the wave is not called yet
    on_the_pad_until_the_wave_is_called(game)
    hud.draw(pygame.Surface((1280, 720)), game, 1.0, 1 / 60)
    assert hostiles_shown(said) == "8" and game.enemies_alive() == 6  # two inbound, not yet landed
    game.close()


def test_each_inbound_spot_is_marked_until_its_machine_lands(display, monkeypatch):
    said = record_drawn_words(monkeypatch, arrivals_module)
    game = new_game(LEVELS / "outpost.tmx", seed=1)
    camera = Camera((1280, 720), game.res.level.pixel_size)
    arrivals_module.arrival_marks(pygame.Surface((1280, 720)), game, camera, 0.0, [])
    assert said == []  # nothing called: nothing marked
    on_the_pad_until_the_wave_is_called(game)
    camera.x, camera.y = 640, 400  # the whole outpost in view
    arrivals_module.arrival_marks(pygame.Surface((1280, 720)), game, camera, 0.0, [])
    assert said == ["INBOUND", "INBOUND"]
    game.run(ticks=ARRIVAL_TICKS)
    said.clear()
    arrivals_module.arrival_marks(pygame.Surface((1280, 720)), game, camera, 0.0, [])
    assert said == [] and game.enemies_alive() == 8  # landed: the marks are gone, the machines are there
    game.close()
