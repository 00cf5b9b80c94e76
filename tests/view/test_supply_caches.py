"""A repair trigger is seen in the world, a supply cache on its pad where the trigger is: lit and pulsing while it is
full (held still with Flashes below full), open and dark once a once-only cache is spent, still lit when it repairs
every time; its pad stands clear of the walls; a map with no cache has nothing to draw."""

import dataclasses

import numpy as np
import pygame

from game.content.chain import LEVELS
from game.content.feel import load_feel
from game.content.level import load_level
from game.content.level_data import Region
from game.session import DEFAULT_LEVEL
from game.view.caches import PAD, PULSE, SupplyCaches, stand
from game.view.renderer import Renderer
from game.view.sprites import SpriteBank

HALF = 40  # px round the cache's middle the test reads: its pad and its light


def frame(game, action: str = "repair", once: bool = True, fired: int = 0, age: float = 0.0,
          flashes: float = 1.0) -> tuple[np.ndarray, np.ndarray]:
    """(the screen round the outpost's supply cache, the screen far from it): the world drawn with the view on the
    cache, the trigger made `action` and `once`, fired `fired` times."""
    [index] = [i for i, trigger in enumerate(game.res.level.triggers) if trigger.action == "repair"]
    real = game.res.level
    triggers = list(real.triggers)
    triggers[index] = dataclasses.replace(triggers[index], action=action, once=once)
    game.res.level = dataclasses.replace(real, triggers=tuple(triggers))
    game.res.triggers[index].fired = fired
    try:
        renderer = Renderer(game, (1280, 720), SpriteBank(), load_feel())
        middle_x, middle_y = real.triggers[index].region.centre
        renderer.camera.snap(middle_x, middle_y)
        renderer.age, renderer.flashes = age, flashes
        surface = pygame.Surface((1280, 720))
        renderer.draw(surface, game, 1.0, 0.0, overlays=False)
        x, y = round(middle_x - renderer.camera.left), round(middle_y - renderer.camera.top)
    finally:
        game.res.level = real
        game.res.triggers[index].fired = 0
    pixels = pygame.surfarray.array3d(surface).astype(int)
    return pixels[x - HALF:x + HALF, y - HALF:y + HALF], pixels[x + 3 * HALF:x + 5 * HALF, y - HALF:y + HALF]


def changed(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.abs(a - b).sum(axis=2) > 30


def test_a_repair_trigger_draws_a_cache_at_its_place_and_a_message_trigger_draws_nothing(outpost):
    (cache, far), (plain, plain_far) = frame(outpost), frame(outpost, "message")
    seen = changed(cache, plain)
    assert seen[HALF - 20:HALF + 20, HALF - 20:HALF + 20].mean() > 0.8  # the pad, in the trigger's middle
    assert not changed(far, plain_far).any()  # and nothing beyond its light


def test_a_full_cache_glows_blue_and_a_spent_one_is_dark_and_different(outpost):
    (full, _), (spent, _), (plain, _) = frame(outpost), frame(outpost, fired=1), frame(outpost, "message")
    assert changed(full, spent).mean() > 0.3  # the pod open and the light off: another picture, not a tint
    assert changed(spent, plain)[HALF - 20:HALF + 20, HALF - 20:HALF + 20].mean() > 0.8  # still there, spent
    blue = lambda pixels: (pixels[..., 2] - pixels[..., 0]).mean()  # noqa: E731
    assert blue(full) > blue(spent) + 5  # its beacon's blue light gone, even at the pulse's low
    assert full.sum(axis=2).mean() > spent.sum(axis=2).mean()


def test_a_cache_that_repairs_every_time_stays_lit_once_used(outpost):
    (lit, _), (used, _) = frame(outpost, once=False), frame(outpost, once=False, fired=3)
    (spent, _) = frame(outpost, once=True, fired=3)
    assert not changed(lit, used).any()
    assert changed(used, spent).mean() > 0.3  # lit, as a full cache is: not the spent one's picture


def test_a_full_cache_pulses_unless_flashes_are_below_full(outpost):
    (low, _), (high, _) = frame(outpost, age=0.0), frame(outpost, age=PULSE / 2)
    assert changed(low, high).mean() > 0.05
    (still_low, _), (still_high, _) = frame(outpost, age=0.0, flashes=0.5), frame(outpost, age=PULSE / 2, flashes=0.5)
    assert not changed(still_low, still_high).any()


def test_a_cache_whose_trigger_middle_is_a_wall_stands_on_open_ground_inside_it():
    level = load_level(LEVELS / "outpost.tmx")
    tw, th = level.tile_width, level.tile_height
    # a solid cell with three open cells east of it: a band whose middle is in the wall, its east end open
    row, column = next((row, column) for row in range(2, level.height - 2) for column in range(2, level.width - 6)
                       if level.solid[row][column] and not any(level.solid[r][c] for r in range(row - 1, row + 2)
                                                               for c in range(column + 2, column + 6)))
    region = Region("rectangle", (column - 5) * tw, (row - 1) * th, 11 * tw, 3 * th)
    x, y = stand(level, region, PAD)
    assert region.contains(x, y) and (x, y) != region.centre
    pad = range(-PAD, PAD, 8)  # px across the pad, from its middle
    assert not any(level.is_solid_cell(int((x + dx) // tw), int((y + dy) // th)) for dx in pad for dy in pad)


def test_a_map_without_a_cache_has_none_to_draw(display):
    assert SupplyCaches(load_level(DEFAULT_LEVEL), SpriteBank()).caches == []
