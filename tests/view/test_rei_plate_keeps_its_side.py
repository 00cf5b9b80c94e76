"""Rei's numbers keep off the Layzner where a short slide above or below her target cannot (the HUD's plates or the
screen's edge on one side, the Layzner on the other): beside the diamond, else slid past the Layzner. And they keep the
side they stand on while the other is hardly better: a Layzner weaving a pixel or two must not flip them over and back
every frame."""

import pygame
import pytest

from game.sim.components import Brain, Position
from game.sim.resources import Advice
from game.view.markers import MARKER_REACH, PLATE_HEIGHT
from game.view.rei_marker import BODY, ReiMarker
from tests.view.test_rei_plate_off_machines import her_plate, place


def body_at(x, y) -> pygame.Rect:
    return pygame.Rect(x - BODY, y - BODY, 2 * BODY, 2 * BODY)


def marked(game, x, y) -> ReiMarker:
    """Rei's marker on the first machine, set down at (x, y) on screen, in place and whole."""
    target, (pos, _) = game.world.query(Position, Brain)[0]
    place(pos, x, y)
    game.res.advice = Advice(target, 0.42, 1.3)
    marker = ReiMarker()
    marker.update(game, 0.5)
    return marker


def side_of(plate: pygame.Rect, x, y) -> str:
    if plate.top > y:
        return "below"
    if plate.bottom < y:
        return "above"
    return "right" if plate.left > x else "left"


@pytest.mark.parametrize("target, layzner_y, xs", [
    # The HUD's plates under the target, its numbers' place above it, and the Layzner there: a slide of 40 px at most
    # could not clear its body, and they stayed on it.
    ((640, 560), 560 - MARKER_REACH - 8 - PLATE_HEIGHT - 10, range(400, 881, 8)),
    # The screen's top over the target, the clock's plate and the hostiles' beside it: the Layzner under it.
    ((920, 70), 150, range(820, 1021, 8)),
])
def test_her_numbers_keep_off_the_layzner_passing_between_her_target_and_their_place(outpost, target, layzner_y, xs):
    marker = marked(outpost, *target)
    layzner = outpost.world.get(outpost.player, Position)
    sides = []
    for x in xs:  # the Layzner passing by the target, between it and her numbers' place
        place(layzner, x, layzner_y)
        plate = her_plate(outpost, marker)
        assert not plate.colliderect(body_at(layzner.x, layzner.y)), (x, plate)
        # still by her target: at most the Layzner's body further than where they stand with nothing in the way
        assert abs(plate.centery - target[1]) <= MARKER_REACH + 8 + PLATE_HEIGHT + 2 * BODY + 16, (x, plate)
        sides.append(side_of(plate, *target))
    assert sum(one != other for one, other in zip(sides, sides[1:])) <= 2, sides  # away, and back once it has passed


def test_her_numbers_keep_their_side_while_the_layzner_weaves_a_pixel_either_way(outpost):
    """A machine on the place under the target and the Layzner on the one over it, each needing a slide of about 20
    px: the shorter won, so a Layzner moving a pixel up and down flipped the numbers over every frame."""
    marker = marked(outpost, 640, 360)
    below_top = 360 + MARKER_REACH + 8  # the plate's top under the target
    above_bottom = 360 - MARKER_REACH - 8
    _, (machine, _) = outpost.world.query(Position, Brain)[1]
    place(machine, 640, below_top + 20 - 1 - BODY)  # the plate slides down 20 px to clear it
    layzner = outpost.world.get(outpost.player, Position)
    sides = []
    for frame in range(12):
        slide = 20 + (1 if frame % 2 else -1)  # 19, 21, 19 ... px up to clear the Layzner
        place(layzner, 640, above_bottom - slide + 1 + BODY)
        plate = her_plate(outpost, marker)
        assert not plate.colliderect(body_at(layzner.x, layzner.y))
        assert not plate.colliderect(body_at(machine.x, machine.y))
        sides.append("below" if plate.top > 360 else "above")
    assert len(set(sides)) == 1, sides
