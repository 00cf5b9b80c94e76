"""An objective's hold count keeps off the Layzner above all: with a machine on either side of the pad, the count goes
faded over the Dis rather than over the Layzner the player steers; the Layzner on the edge of its place moves it
neither way from frame to frame; and it keeps off the Layzner where the frame draws it, between two ticks."""

from types import SimpleNamespace

import pygame

from game.content.feel import load_feel
from game.sim.components import Brain, Position
from game.view import markers
from game.view.hud_plates import plates
from game.view.markers import objective_markers
from game.view.renderer import Renderer
from game.view.sprites import SpriteBank

PAD_TOP = 300  # px down the screen the extraction pad's bounds start: the count's place above it is 270 to 296
UNDER = 300 + 160 + 8 + 13  # px down the screen of the middle of the count's place under the pad (160 px tall)


def put(game, entity, x: float, y: float) -> None:
    """Stand `entity` still at (x, y) on the screen of frame()."""
    region = game.res.level.objectives[0].region
    pos = game.world.get(entity, Position)
    pos.x = pos.prev_x = x + region.x - 300
    pos.y = pos.prev_y = y + region.y - PAD_TOP


def frame(game, sides: dict, drawn: list) -> None:
    """One frame, the pad's top left at (300, PAD_TOP) on the screen; `drawn` gets the count's (side, faded)."""
    region = game.res.level.objectives[0].region
    left, top = region.x - 300, region.y - PAD_TOP
    camera = SimpleNamespace(left=left, top=top, to_screen=lambda x, y: (x - left, y - top))
    labels, real = [], markers._draw_label
    markers._draw_label = lambda target, label, color, at, **how: (labels.append(label),
                                                                   real(target, label, color, at, **how))
    try:
        objective_markers(pygame.Surface((1280, 720)), game, camera, 0.0, plates((1280, 720), game), sides)
    finally:
        markers._draw_label = real
    [label] = labels
    drawn.append(("above" if label.rect.bottom <= PAD_TOP else "below", label.faded))


def a_dis(game) -> int:
    return game.world.query(Position, Brain)[0][0]


def test_holding_the_pad_at_its_top_edge_with_a_dis_under_it_the_count_fades_over_the_dis_not_the_layzner(outpost):
    put(outpost, a_dis(outpost), 380, UNDER)  # a Dis in the count's place under the pad
    put(outpost, outpost.player, 380, 320)  # the Layzner in the pad, 20 px in: its body reaches over the count above
    drawn = []
    for _ in range(3):
        frame(outpost, {}, drawn)  # chosen afresh
    assert drawn == [("below", True)] * 3
    sides = {0: ("above", False)}  # and where it stood above the pad until the Layzner came up to its edge
    for _ in range(3):
        frame(outpost, sides, drawn)
    assert drawn[3:] == [("below", True)] * 3


def test_the_layzner_on_the_edge_of_the_counts_place_moves_it_neither_way_from_frame_to_frame(outpost):
    put(outpost, a_dis(outpost), 380, UNDER)
    sides, drawn = {}, []
    for step in range(40):  # its body 84 px round it: 7 px into the count's place, then 3 px, frame after frame
        put(outpost, outpost.player, 380, 229 + (6 if step % 2 else 2))
        frame(outpost, sides, drawn)
    assert drawn[0] == ("above", True)  # 3 px in to start with: it grazes the place, and the Dis is under the pad
    assert drawn[1:] == [("below", True)] * 39  # 7 px in: gone under, and not back while the Layzner wavers there
    for y in (229 + 2, 229 - 1, 229 - 3):  # backing off until it is clear of the place, the Dis still under the pad
        put(outpost, outpost.player, 380, y)
        frame(outpost, sides, drawn)
    assert drawn[40:] == [("below", True), ("above", False), ("above", False)]  # back once its place is clear


def test_the_count_keeps_off_the_layzner_where_the_frame_draws_it_between_two_ticks(outpost):
    pygame.display.set_mode((1280, 720))  # the sprites load in the window's format
    region = outpost.res.level.objectives[0].region
    renderer = Renderer(outpost, (1280, 720), SpriteBank(), load_feel())
    renderer.camera.snap(region.x + region.width / 2, region.y + region.height / 2)  # the pad's top 280 px down
    pos = outpost.world.get(outpost.player, Position)
    # Dashing down into the pad, 13 px a tick: at the last tick its body grazes the count's place above the pad (250
    # to 276 px down), a tick before it stood 18 px in. A frame between the two draws it most of the way back there.
    pos.x = pos.prev_x = region.x + region.width / 2
    pos.y, pos.prev_y = region.y + 33, region.y + 20
    surface = pygame.Surface((1280, 720))
    for alpha, side in ((1.0, "above"), (0.2, "below")):
        renderer.label_sides = {0: ("above", False)}
        renderer.draw(surface, outpost, alpha, 0.0)
        assert renderer.label_sides == {0: (side, False)}, alpha
