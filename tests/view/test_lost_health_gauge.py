"""An enemy's gauge shows what the hits took just now as a pale chunk over its empty cells, held a moment, then
draining down to its fill."""

import numpy as np
import pygame

from game.content.feel import load_feel
from game.sim.components import Health
from game.sim.damage import deal_damage
from game.view import markers
from game.view.lost_health import DRAIN, HOLD
from game.view.renderer import Renderer
from game.view.sprites import SpriteBank
from tests.maps import game_from_ascii
from tests.view.test_combat_reads import HALL, MIDDLE, SIZE, STEP, STILL, an_enemy, frames, place
from tests.view.test_rei_plate import pixels


def test_an_enemy_s_gauge_shows_what_the_hits_took_pale_then_drains_to_its_fill(display, tmp_path):
    game = game_from_ascii(tmp_path, HALL)
    enemy = an_enemy(game)
    place(game, game.player, *MIDDLE)
    place(game, enemy, MIDDLE[0] + 160, MIDDLE[1])
    health = game.world.get(enemy, Health)
    renderer = Renderer(game, SIZE, SpriteBank(), load_feel())
    frames(renderer, game, [], 2)
    for _ in range(4):  # four bolts at once: 28 of a Dis's 120
        deal_damage(game.world, game.res, enemy, 7.0, 0.0, 0.0, 0)
    events = list(game.res.events)
    game.res.events.clear()

    def chunk_width(count: int, events=()) -> int:
        screen = pygame.Surface(SIZE)
        for frame in range(count):
            renderer.update(game, list(events) if frame == 0 else [], MIDDLE, STEP, STILL)
            screen.fill((0, 0, 0))
            renderer.draw(screen, game, 1.0, STEP)
        pale = np.all(pixels(screen) == markers.HEALTH_CHUNK, axis=2)
        return int(pale.any(axis=0).sum())

    full = markers.HEALTH_BAR[0]
    took = round(full * 28 / health.max_hit_points)
    assert abs(chunk_width(1, events) - took) <= 3  # the lost part, pale (but for the cells' marks across it)
    assert chunk_width(round(HOLD / STEP) - 2) > 0  # held while the eye finds it
    assert chunk_width(round((HOLD + 28 / health.max_hit_points / DRAIN) / STEP) + 4) == 0  # drained to the fill
