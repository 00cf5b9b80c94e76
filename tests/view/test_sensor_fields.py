"""An alarm trigger is seen in the world, a sensor field on the ground: its emitters at its corners and a scan crossing
it (still while the Flashes option is below full), dimmed and still once it has rung for good; a message trigger
stays unseen, as the designer meant."""

import dataclasses

import numpy as np
import pygame
import pytest

from game.content.feel import load_feel
from game.session import DEFAULT_LEVEL, new_game
from game.view.renderer import Renderer
from game.view.sprites import SpriteBank


@pytest.fixture
def mars(display):
    game = new_game(DEFAULT_LEVEL, seed=1)
    yield game
    game.close()


def frame(game, action: str | None = None, age: float = 0.0, flashes: float = 1.0, fired: int = 0) -> np.ndarray:
    """The world (no HUD) drawn with the view over the west door's sensor, that trigger made `action` when given."""
    [index] = [i for i, trigger in enumerate(game.res.level.triggers) if trigger.action == "alarm"]
    real = game.res.level
    if action is not None:
        triggers = list(real.triggers)
        triggers[index] = dataclasses.replace(triggers[index], action=action)
        game.res.level = dataclasses.replace(real, triggers=tuple(triggers))
    game.res.triggers[index].fired = fired
    try:
        renderer = Renderer(game, (1280, 720), SpriteBank(), load_feel())
        region = real.triggers[index].region
        renderer.camera.snap(region.x + region.width / 2, region.y + region.height / 2)
        renderer.age, renderer.flashes = age, flashes
        surface = pygame.Surface((1280, 720))
        renderer.draw(surface, game, 1.0, 0.0, overlays=False)
        left, top = renderer.camera.left, renderer.camera.top
    finally:
        game.res.level = real
        game.res.triggers[index].fired = 0
    box = pygame.Rect(round(region.x - left), round(region.y - top), round(region.width), round(region.height))
    return pygame.surfarray.array3d(surface).astype(int)[box.left - 4:box.right + 4, box.top - 4:box.bottom + 4]


def changed(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.abs(a - b).sum(axis=2) > 30


def test_an_alarm_trigger_shows_its_field_and_corner_emitters_and_a_message_trigger_shows_nothing(mars):
    alarm, message, nothing = frame(mars), frame(mars, "message"), frame(mars, "fouron")
    assert not changed(message, nothing).any()  # a message (or Fouron's) trigger leaves the ground as it was
    seen = changed(alarm, message)
    assert seen.mean() > 0.15  # the field's edge, its wash and its scan
    width, height = seen.shape
    for x, y in ((4, 4), (width - 5, 4), (4, height - 5), (width - 5, height - 5)):  # an emitter at each corner
        assert seen[x - 3:x + 4, y - 3:y + 4].mean() > 0.5, (x, y)


def test_the_scan_sweeps_across_the_field_and_holds_still_when_flashes_are_turned_down(mars):
    assert changed(frame(mars, age=0.2), frame(mars, age=1.0)).any()  # the scan has moved on
    assert not changed(frame(mars, age=0.2, flashes=0.5), frame(mars, age=1.0, flashes=0.5)).any()


def test_a_sensor_spent_for_good_stays_dimmed_where_it_was_without_its_scan(mars):
    live, spent, message = frame(mars), frame(mars, fired=1), frame(mars, "message")
    assert changed(spent, message).mean() > 0.05  # still there: the player sees where the alarm was
    assert np.abs(spent - message).sum() < 0.8 * np.abs(live - message).sum()  # fainter than a live one
    assert not changed(frame(mars, age=0.2, fired=1), frame(mars, age=1.0, fired=1)).any()  # and still
