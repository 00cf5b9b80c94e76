"""Rei's marker leaves a machine destroyed where it fell: it fades out on the wreck and appears on her next target,
rather than slide from the wreck to it with the next one's numbers; and once the level is decided it is gone at once,
not left on the last blast while HOSTILES reads 0."""

from types import SimpleNamespace

import numpy as np
import pygame

from game.sim.components import Brain, Position
from game.sim.resources import Advice
from game.view.hud_plates import plates
from game.view.rei_marker import APPEAR_TIME, ReiMarker
from tests.view.test_rei_plate import pixels

CAMERA = SimpleNamespace(left=0, top=0, to_screen=lambda x, y: (x, y))
STEP = 1 / 60


def cyan_columns(game, marker) -> np.ndarray:
    """The columns of the screen the marker's cyan (text.CYAN, faded or not) is drawn in."""
    surface = pygame.Surface((1280, 720))
    surface.fill((0, 0, 0))
    marker.draw(surface, game, CAMERA, 1.0, 0.0, plates(surface.get_size(), game), None, ([], []))
    r, g, b = pixels(surface).astype(int).transpose(2, 0, 1)
    tinted = (b >= 60) & (g >= b * 0.6) & (r <= b * 0.4)  # cyan, however faded over the black
    return np.nonzero(tinted.any(axis=0))[0]


def two_targets(outpost):
    (first, (a, _)), (second, (b, _)) = outpost.world.query(Position, Brain)[:2]
    a.x = a.prev_x = 400.0
    b.x = b.prev_x = 900.0
    a.y = a.prev_y = b.y = b.prev_y = 360.0
    player = outpost.world.get(outpost.player, Position)
    player.x = player.prev_x = 640.0
    player.y = player.prev_y = 600.0
    return first, second


def test_rei_s_marker_fades_out_on_a_destroyed_target_and_appears_on_her_next(outpost):
    first, second = two_targets(outpost)
    outpost.res.advice = Advice(first, 0.42, 1.3)
    marker = ReiMarker()
    marker.update(outpost, 0.5)
    assert abs(cyan_columns(outpost, marker).mean() - 400) < 5  # on the first

    outpost.world.delete(first)  # destroyed: she names the next at once
    outpost.res.advice = Advice(second, 0.64, 1.8)
    seen = []
    for _ in range(round(0.6 / STEP)):
        marker.update(outpost, STEP)
        columns = cyan_columns(outpost, marker)
        seen.append(columns.mean() if columns.size else None)
    drawn = [x for x in seen if x is not None]
    assert all(abs(x - 400) < 5 or abs(x - 900) < 5 for x in drawn), drawn  # on the wreck or the next, never between
    assert None in seen  # gone a moment between the two
    assert abs(seen[0] - 400) < 5 and abs(seen[-1] - 900) < 5  # fading on the wreck first, on the next at the end
    assert seen.index(None) <= round(APPEAR_TIME / STEP) + 1  # no longer than a fade on the wreck


def test_rei_s_marker_is_gone_at_once_when_the_level_is_decided(outpost):
    first, _ = two_targets(outpost)
    outpost.res.advice = Advice(first, 0.42, 1.3)
    marker = ReiMarker()
    marker.update(outpost, 0.5)
    assert cyan_columns(outpost, marker).size
    outpost.res.outcome = "won"
    marker.update(outpost, STEP)
    assert not cyan_columns(outpost, marker).size
