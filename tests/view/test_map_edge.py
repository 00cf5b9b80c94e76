"""Past the map's edge Mars goes on into the night: what the camera shows above and below the map (the HUD's room),
round a map smaller than the screen, or under a shake is the edge's own ground darkening, never a flat band."""

from pathlib import Path

import numpy as np
import pygame

from game.view import map_view
from game.view.camera import HUD_TOP, SHAKE_ROOM, Camera
from game.view.map_view import MapView
from tests.maps import mars_map

VIEW = (1280, 720)
GROUND, PLATE, PEBBLE, ROCK = 1, 26, 16, 72  # gids in the game's tileset: ground, a floor plate, a pebble, rock


def edge_map(folder: Path, ground: list[list[int]], walls: list[list[int]]):
    """A map of the game's tileset with these ground and walls layers (rows of gids), read as the game reads it."""
    return mars_map(folder, {"ground": ground, "walls": walls}, spawn=(48, 48))


def rows_of(pixels: np.ndarray) -> np.ndarray:
    """Each row's texture: the spread of its pixels' colours along it, averaged over the channels."""
    return pixels.std(axis=0).mean(axis=1)


def test_with_the_hud_hidden_the_room_above_the_map_is_its_ground_going_dark_not_a_black_band(scene):
    game, renderer, screen = scene
    camera = renderer.camera
    camera.snap(900, 0)  # the player at the map's top edge
    camera.offset = (0, SHAKE_ROOM)  # and a shake on top: the furthest up the view goes
    renderer.draw(screen, game, 1.0, 0.0, overlays=False)  # the backdrop of the pause menu, the comms log, options
    top = round(camera.to_screen(0, 0)[1])  # the map's first row
    assert top == HUD_TOP + SHAKE_ROOM
    pixels = pygame.surfarray.array3d(screen).astype(float)  # [x, y, channel]
    above = pixels[:, :top]
    assert rows_of(above).min() > 0.5  # every row above the map has grain, faint far out: no flat band
    assert np.abs(above[:, -1].mean(axis=0) - pixels[:, top].mean(axis=0)).max() < 12  # it goes on: no line
    brightness = above.mean(axis=(0, 2))
    assert brightness[0] < 0.5 * brightness[-1]  # and darkens away from the map, into the night
    red, green, blue = above[:, 0].mean(axis=0)
    assert red > green > blue and red > 20  # a dark ochre at the screen's top: Mars, not black


def test_round_a_map_smaller_than_the_screen_is_ground_to_the_screen_s_edges_in_one_blit(display, tmp_path,
                                                                                     monkeypatch):
    level = edge_map(tmp_path, [[1 + (3 * col + 5 * row) % 8 for col in range(12)] for row in range(8)],
                     [[0] * 12 for _ in range(8)])
    filled = []
    monkeypatch.setattr(map_view, "_fill_around", lambda *args: filled.append(args))
    view, camera, screen = MapView(level), Camera(VIEW, level.pixel_size), pygame.Surface(VIEW)
    camera.snap(0, 0)  # it sits in the middle of the screen
    for shake in ((0, 0), (SHAKE_ROOM, SHAKE_ROOM), (-SHAKE_ROOM, -SHAKE_ROOM), (SHAKE_ROOM, -SHAKE_ROOM)):
        camera.offset = shake
        view.draw(screen, camera.left, camera.top)
        assert filled == []  # no strip filled round the map: the ground and the night are one blit
        pixels = pygame.surfarray.array3d(screen).astype(float)
        assert rows_of(pixels).min() > 0.3 and rows_of(pixels.transpose(1, 0, 2)).min() > 0.3  # grain, faint at night
        brightness = pixels.mean(axis=2)
        middle = brightness[560:720, 320:400].mean()
        assert brightness[:40, :40].mean() < 0.25 * middle and brightness[-40:, -40:].mean() < 0.25 * middle


def test_past_the_edge_rock_goes_on_as_rock_and_a_floor_plate_or_a_pebble_gives_way_to_ground(display, tmp_path,
                                                                                             monkeypatch):
    monkeypatch.setattr(map_view, "SHADES", [(255, 255, 255)] * 256)  # no nightfall: the tiles, compared
    ground = [[GROUND] * 12 for _ in range(4)]
    ground[0][6] = PLATE
    walls = [[ROCK, ROCK] + [0] * 10 for _ in range(4)]
    walls[0][9] = PEBBLE
    view = MapView(edge_map(tmp_path, ground, walls))
    screen = pygame.Surface((384, 256))
    view.draw(screen, 0, -96)  # three rows of cells above the map's first

    def cell(col: int, row: int) -> bytes:  # a cell past the top edge, as drawn
        return pygame.image.tobytes(screen.subsurface((col * 32, 96 + row * 32, 32, 32)), "RGB")

    def tile(gid: int) -> bytes:
        image = pygame.Surface((32, 32))
        image.blit(view._tiles[gid], (0, 0))
        return pygame.image.tobytes(image, "RGB")
    assert all(cell(col, row) == tile(ROCK) for col in (0, 1) for row in (-1, -2, -3))
    assert all(cell(col, row) == tile(GROUND) for col in (6, 9) for row in (-1, -2, -3))


def light_past_the_edge(level, left: float, top: float, inside, outside) -> float:
    """The mean brightness of the screen's pixels `outside` the map over those `inside` it, the view's top-left at
    world point (left, top): how far the night has fallen there."""
    screen = pygame.Surface(VIEW)
    MapView(level).draw(screen, left, top)
    brightness = pygame.surfarray.array3d(screen).astype(float).mean(axis=2)  # [x, y]
    return brightness[outside].mean() / brightness[inside].mean()


def test_round_a_map_smaller_than_the_screen_the_night_falls_at_its_edge_a_rim_not_a_wide_smear(display, tmp_path):
    # Always in sight round a map the camera never scrolls, the night falling over NIGHTFALL was a wide featureless
    # gradient: 48 px past the edge the ground still had 80 % of its light.
    level = edge_map(tmp_path, [[1 + (3 * col + 5 * row) % 8 for col in range(12)] for row in range(8)],
                     [[0] * 12 for _ in range(8)])
    camera = Camera(VIEW, level.pixel_size)
    camera.snap(0, 0)  # centred: the map's left edge at x 448, its rows from y 232 to 488
    edge = round(camera.to_screen(0, 0)[0])
    rows = slice(260, 460)
    outside = (slice(edge - 52, edge - 44), rows)  # 48 px past it
    assert light_past_the_edge(level, camera.left, camera.top, (slice(edge + 4, edge + 12), rows), outside) < 0.35


def test_a_map_as_large_as_the_screen_keeps_its_slow_nightfall_in_the_hud_s_room(display, tmp_path):
    # The shipped maps: what the HUD's bands show above and below them is as it was (a guard, which the old code
    # passes too: every chunk of the six maps, apron and all, was compared byte for byte before and after DUSK).
    level = edge_map(tmp_path, [[1 + (3 * col + 5 * row) % 8 for col in range(41)] for row in range(23)],
                     [[0] * 41 for _ in range(23)])
    columns = slice(200, 1000)
    assert light_past_the_edge(level, 0, -HUD_TOP, (columns, slice(HUD_TOP + 4, HUD_TOP + 12)),
                               (columns, slice(HUD_TOP - 52, HUD_TOP - 44))) > 0.7
