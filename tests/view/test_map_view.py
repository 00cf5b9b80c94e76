"""The map view: chunks drawn when first seen, kept within a bound, and the same pixels as drawing tiles directly."""

import math

import pygame
import pytest

from game.content.level import load_level
from game.session import DEFAULT_LEVEL
from game.view import map_view, tiles
from game.view.camera import HUD_BOTTOM, HUD_TOP, Camera
from game.view.map_view import CHUNK, MapView


@pytest.fixture
def view():
    pygame.init()
    pygame.display.set_mode((1280, 720))
    yield MapView(load_level(DEFAULT_LEVEL))
    pygame.quit()


def test_only_the_chunks_in_view_are_drawn(view):
    screen = pygame.Surface((1280, 720))
    view.draw(screen, 0, 0)
    # The map's, and the strips of ground past its edge (the chunks of column and row -1) the buffer's margin reaches.
    assert sorted(view._chunks) == [(x, y) for x in range(-1, 3) for y in range(-1, 2)]


def walk(view, screen, step_x: int, step_y: int):
    """Draw the map with the view's corner at each step across it, row by row; yields after each draw."""
    width, height = view.level.pixel_size
    for top in range(0, height, step_y):
        for left in range(0, width, step_x):
            view.draw(screen, left, top)
            yield


def test_the_kept_chunks_stay_within_their_bound(view, monkeypatch):
    monkeypatch.setattr(map_view, "KEPT_CHUNKS", 4)
    for _ in walk(view, pygame.Surface((600, 400)), 300, 300):
        assert len(view._chunks) <= 4


def test_a_chunk_shows_the_tiles_of_every_visible_layer_in_order(view):
    level = view.level
    screen = pygame.Surface((CHUNK, CHUNK))
    view.draw(screen, CHUNK, CHUNK)
    col, row = CHUNK // level.tile_width + 3, CHUNK // level.tile_height + 3
    expected = pygame.Surface((level.tile_width, level.tile_height))
    for layer in level.layers:
        if layer.visible and layer.cells[row][col]:
            tile = view._tiles[layer.cells[row][col]]
            expected.blit(tile, (0, level.tile_height - tile.get_height()))
    got = screen.subsurface((3 * level.tile_width, 3 * level.tile_height, level.tile_width, level.tile_height))
    assert pygame.image.tobytes(got, "RGB") == pygame.image.tobytes(expected, "RGB")



class Calls(pygame.Surface):
    """A surface that notes each call drawing on it."""
    calls: list

    def blit(self, source, *args, **kwargs):
        self.calls.append("blit")
        return super().blit(source, *args, **kwargs)

    def fblits(self, blits, *args):
        blits = list(blits)
        self.calls.append(("fblits", len(blits)))
        return super().fblits(blits, *args)


def test_a_chunk_is_made_in_the_window_s_format_and_lays_each_layer_s_tiles_in_one_call(view, monkeypatch):
    """A chunk holds some 300 tiles a layer: a blit call each, and a copy of the chunk converted to the window's
    format, were over a quarter of the time the level's ground took to draw as it loaded."""
    Calls.calls = []
    monkeypatch.setattr(pygame, "Surface", Calls)
    chunk = view._render_chunk(CHUNK, CHUNK)  # within the map: no night past its edge blended over it
    level = view.level
    rows, columns = (range(CHUNK // size, 2 * CHUNK // size) for size in (level.tile_height, level.tile_width))
    laid = [sum(layer.cells[row][col] in view._tiles for row in rows for col in columns)
            + sum(col in columns for row in rows for col, _ in corners.get(row, ()))
            for layer, corners in zip(level.layers, view._corners) if layer.visible and layer.opacity > 0]
    assert type(chunk) is Calls and chunk.get_masks() == pygame.display.get_surface().get_masks()
    assert chunk.calls == [("fblits", count) for count in laid] and laid[0] == len(rows) * len(columns)


def drawn_chunk_by_chunk(view, screen, left, top):
    """The plain way: every chunk of the map and the ground past its edge blitted at its place, as the map was drawn
    before the buffer."""
    view._fit(screen.get_size())
    world = view._world
    for cy in range(world.top // CHUNK, (world.bottom - 1) // CHUNK + 1):
        for cx in range(world.left // CHUNK, (world.right - 1) // CHUNK + 1):
            place = view._chunk_rect(cx, cy)
            screen.blit(view._render_chunk(cx * CHUNK, cy * CHUNK), (round(place.x - left), round(place.y - top)))


@pytest.mark.parametrize("size", [(1280, 720), (600, 400)])
def test_the_buffered_map_draws_the_same_pixels_as_its_chunks_wherever_the_camera_goes(view, size):
    width, height = view.level.pixel_size
    # Slow steps, fractional corners, fast sweeps, jumps, the map's edges and a corner past them (a shaken view).
    places = [(10.0 + 1.5 * i, 20.0 + 0.7 * i) for i in range(30)]
    places += [(200.0 + 20 * i, 300.5 - 20 * i) for i in range(12)]
    places += [(width - size[0], height - size[1]), (0.0, 0.0), (700.5, 401.5), (-13.0, -9.4),
               (width - size[0] + 12, 3.0)]
    for left, top in places:
        ours, reference = pygame.Surface(size), pygame.Surface(size)
        reference.fill(map_view.BEYOND)  # past the map's edge: its shade
        view.draw(ours, left, top)
        drawn_chunk_by_chunk(view, reference, left, top)
        assert pygame.image.tobytes(ours, "RGB") == pygame.image.tobytes(reference, "RGB"), (left, top)


def test_the_buffer_is_the_view_and_a_margin_however_big_the_map(view, monkeypatch):
    monkeypatch.setattr(map_view, "KEPT_CHUNKS", 4)
    for _ in walk(view, pygame.Surface((600, 400)), 230, 170):
        held = (600 + 2 * map_view.BUFFER_MARGIN, 400 + 2 * map_view.BUFFER_MARGIN)
        assert view.buffer_rect.size == held and view._buffer.get_size() == held
        assert len(view._chunks) <= 4


def test_a_small_step_is_one_blit_from_the_buffer_without_refilling_it(view):
    screen = pygame.Surface((1280, 720))
    view.draw(screen, 300, 200)
    buffer, place = view._buffer, view.buffer_rect.copy()
    view.draw(screen, 301.5, 199.2)
    assert view._buffer is buffer and view.buffer_rect == place


def whole_ground(view, size) -> tuple[pygame.Surface, pygame.Rect]:
    """The map and its apron as one picture, every chunk blitted at its place, and the world pixels it shows."""
    view._fit(size)
    world = view._world
    ground = pygame.Surface(world.size)
    for cy in range(world.top // CHUNK, (world.bottom - 1) // CHUNK + 1):
        for cx in range(world.left // CHUNK, (world.right - 1) // CHUNK + 1):
            place = view._chunk_rect(cx, cy)
            ground.blit(view._render_chunk(cx * CHUNK, cy * CHUNK), (place.x - world.x, place.y - world.y))
    return ground, world


@pytest.mark.parametrize("size", [(1280, 720), (600, 400)])
def test_circling_the_map_draws_the_ground_where_it_is_however_the_buffer_has_moved(view, size):
    ground, world = whole_ground(view, size)
    width, height = view.level.pixel_size
    screen = pygame.Surface(size)
    for frame in range(400):  # a lap of the stress scene's kind, 3.7 px a frame, and a second, faster one
        angle = frame / 60 * (1.0 if frame < 200 else 4.0)
        left = width / 2 - size[0] / 2 + 140 * math.cos(angle) + 0.37 * frame
        top = height / 2 - size[1] / 2 + 140 * math.sin(angle)
        view.draw(screen, left, top)
        seen = pygame.Rect(round(left) - world.x, round(top) - world.y, *size)
        expected = ground.subsurface(seen)
        assert pygame.image.tobytes(screen, "RGB") == pygame.image.tobytes(expected, "RGB"), frame


def test_a_step_past_the_buffers_edge_draws_only_the_ground_newly_in_it(view):
    screen = pygame.Surface((1280, 720))
    view.draw(screen, 300, 200)
    # A mark on ground the buffer holds that stays in view (world point x, y is held at its place from the buffer's
    # corner): drawn again from the chunks, as the whole buffer was at every step past its edge, it would be gone
    x, y = view.buffer_rect.center
    view._buffer.set_at((x - view.buffer_rect.x, y - view.buffer_rect.y), (255, 0, 255))
    place = view.buffer_rect.copy()
    left = 300 + map_view.BUFFER_MARGIN + 5  # past the buffer's right edge
    view.draw(screen, left, 200)
    assert view.buffer_rect != place
    assert screen.get_at((x - left, y - 200)) == (255, 0, 255)


def counting_renders(view, monkeypatch) -> list:
    rendered = []
    original = view._render_chunk

    def render(left, top):
        rendered.append((left // CHUNK, top // CHUNK))
        return original(left, top)
    monkeypatch.setattr(view, "_render_chunk", render)
    return rendered


def test_standing_still_draws_the_ground_round_the_view_one_chunk_a_frame(view, monkeypatch):
    rendered = counting_renders(view, monkeypatch)
    screen = pygame.Surface((1280, 720))
    view.draw(screen, 300, 200)  # the first frame fills the buffer: the chunks under it, nothing ahead
    in_view = len(rendered)
    for frame in range(1, 20):
        view.draw(screen, 300, 200)
        assert len(rendered) <= in_view + frame  # at most one chunk ahead per frame
    near = pygame.Rect(300 - CHUNK, 200 - CHUNK, 1280 + 2 * CHUNK, 720 + 2 * CHUNK).clip(view._world)  # and the apron
    expected = {(cx, cy) for cy in range(near.top // CHUNK, (near.bottom - 1) // CHUNK + 1)
                for cx in range(near.left // CHUNK, (near.right - 1) // CHUNK + 1)}
    assert set(view._chunks) == expected and len(rendered) == len(expected)  # each drawn once


def test_once_drawn_ahead_walking_a_chunk_over_draws_no_tiles(view, monkeypatch):
    screen = pygame.Surface((1280, 720))
    for _ in range(20):
        view.draw(screen, 300, 200)
    rendered = counting_renders(view, monkeypatch)
    view.draw(screen, 300 + CHUNK - 40, 200 + 300)  # a refill onto ground next to where the view was
    assert rendered == []


def test_a_chunk_round_the_view_dropped_for_another_is_drawn_ahead_again(view):
    screen = pygame.Surface((1280, 720))
    for _ in range(20):
        view.draw(screen, 300, 200)  # everything round the view is drawn: nothing left to draw ahead
    drawn_again, dropped = list(view._chunks)[:2]
    del view._chunks[drawn_again], view._chunks[dropped]
    view._chunk(*drawn_again)  # a chunk drawn anew, and another dropped to keep within the bound (as if)
    view.draw(screen, 300, 200)
    assert dropped in view._chunks


@pytest.mark.parametrize("where", ["top-left", "middle", "bottom-right"])
def test_the_ground_prepared_as_the_level_loads_leaves_no_tiles_for_the_first_frames(view, monkeypatch, where):
    width, height = view.level.pixel_size
    corner = {"top-left": (0, 0), "middle": (width // 2 - 640, height // 2 - 360),
              "bottom-right": (width - 1280, height - 720)}[where]
    reach = 220
    view.prepare(*corner, (1280, 720), reach)
    rendered = counting_renders(view, monkeypatch)
    screen = pygame.Surface((1280, 720))
    for dx, dy in ((0, 0), (reach, reach), (-reach, reach), (reach, -reach), (-reach, -reach)):
        view._buffer_view = (0, 0)  # a refill every time, each centred where the camera leans (and no drawing ahead)
        view.draw(screen, corner[0] + dx, corner[1] + dy)
    assert rendered == []


def test_a_tile_image_pygame_cannot_decode_is_a_content_error_naming_it_not_a_crash(monkeypatch):
    from game.content.errors import ContentError
    pygame.display.init()
    pygame.display.set_mode((64, 64))
    level = load_level(DEFAULT_LEVEL)

    def undecodable(path, *hint):
        raise pygame.error("Unsupported image format")
    monkeypatch.setattr(pygame.image, "load", undecodable)
    monkeypatch.setattr(tiles, "_DECODED", {})  # none decoded before, by an earlier test
    with pytest.raises(ContentError) as caught:
        MapView(level)
    [problem] = caught.value.problems
    assert problem.file.endswith(".png") and problem.found == "one pygame could not (Unsupported image format)"


def test_a_storm_zone_drawn_far_past_the_map_builds_a_cloud_no_bigger_than_the_map():
    import dataclasses
    import random
    from game.content.level_data import Region, Zone
    from game.view.weather import Weather
    pygame.display.init()
    pygame.display.set_mode((64, 64))
    level = load_level(DEFAULT_LEVEL)
    huge = Zone(99, "squall", "objects", Region("ellipse", -9000, -9000, 20000, 20000), "dust_storm", 0.7)
    weather = Weather(dataclasses.replace(level, zones=(huge,)), random.Random(1))
    [(cloud, where)] = weather.zones
    assert where == (0, 0) and cloud.get_size() == level.pixel_size  # the part over the map, not 20000 px square


def test_the_camera_lets_the_map_s_top_and_bottom_rows_scroll_clear_of_the_hud():
    camera = Camera((1280, 720), (3200, 2400))
    camera.snap(1600, 2400)  # the player at the map's bottom edge
    assert 720 - camera.to_screen(1600, 2400)[1] == HUD_BOTTOM  # the last row sits just above the gauges
    camera.snap(1600, 0)
    assert camera.to_screen(1600, 0)[1] == HUD_TOP  # the first row just under the top plates
    camera.snap(0, 1200)
    assert camera.to_screen(0, 1200)[0] == 0  # the sides have no plates all along them: the map fills the screen
    small = Camera((1280, 720), (800, 500))
    small.snap(0, 0)
    # A map too short to scroll at all sits centred between the HUD's bands (and across, as it is narrower too).
    assert small.to_screen(400, 250) == (640, (HUD_TOP + 720 - HUD_BOTTOM) / 2)


@pytest.mark.parametrize("height", [640, 704, 720, 736])
def test_a_map_about_the_screen_s_height_also_brings_its_first_and_last_rows_clear_of_the_hud(height):
    camera = Camera((1280, 720), (1280, height))
    camera.snap(640, 0)
    assert camera.to_screen(0, 16)[1] >= HUD_TOP  # the first row's centre, below the top plates
    camera.snap(640, height)
    assert camera.to_screen(0, height - 16)[1] <= 720 - HUD_BOTTOM  # the last row's centre, above the gauges


def test_a_tileset_image_is_decoded_once_while_its_bytes_stay_and_again_as_soon_as_they_change(tmp_path):
    """A start or restart of a map decodes no sheet it has decoded before; a save of one, even within the file
    clock's grain and at the same size, is seen by the next (live reload rebuilds the view from it)."""
    path = tmp_path / "sheet.png"
    for colour in ((200, 0, 0), (0, 0, 200)):
        picture = pygame.Surface((4, 4))
        picture.fill(colour)
        pygame.image.save(picture, str(path))
        first = tiles._decoded(str(path))
        assert first.get_at((1, 1))[:3] == colour and tiles._decoded(str(path)) is first
