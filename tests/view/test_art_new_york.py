"""New York's tileset as the art draws it: Manhattan at night, the street lamps and fires lighting the ground round
them, and the machines standing out on every ground they walk."""

import colorsys

import pygame
import pytest

from tests.view.test_art import ASSETS

TILE = 32
ROAD, SIDEWALK, PLAZA, ASH, LAMP, FIRE_DRUM, CROSSWALK, DECK, GUIDE_LINE = 0, 8, 14, 15, 22, 31, 80, 82, 83


def tile_pixels(tile_id: int) -> list[tuple[int, int, int, int]]:
    """The RGBA pixels of a local tile id of assets/tilesets/new_york.png (8 tiles a row)."""
    sheet = pygame.image.load(ASSETS / "tilesets" / "new_york.png")
    left, top = tile_id % 8 * TILE, tile_id // 8 * TILE
    return [tuple(sheet.get_at((left + x, top + y))) for y in range(TILE) for x in range(TILE)]


def luminance(colour) -> float:
    r, g, b = colour[:3]
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def mean_colour(tile_id: int) -> tuple[float, float, float]:
    pixels = tile_pixels(tile_id)
    return tuple(sum(p[k] for p in pixels) / len(pixels) for k in range(3))


def test_new_york_s_streets_are_dark_and_cool_at_night_and_the_sidewalks_a_touch_lighter():
    # By day's grey (luminance ~62 of 255 on the road, ~88 the sidewalks) the city read as an overcast afternoon.
    road, sidewalk = mean_colour(ROAD), mean_colour(SIDEWALK)
    assert luminance(road) < 32
    assert road[2] > road[0] + 10  # blue night, not grey
    assert luminance(road) + 2 < luminance(sidewalk) < luminance(road) + 12  # the blocks read, and stay night
    assert luminance(mean_colour(CROSSWALK)) < 45  # the paint dimmed with the street, not glowing white


@pytest.mark.parametrize("tile_id", [LAMP, FIRE_DRUM])
def test_a_street_lamp_or_a_fire_lights_a_warm_pool_of_the_ground_round_it(tile_id):
    # Laid over the sidewalk as the map lays it, the tile brightens the ground warmly over as much as a disc 14 px
    # across (the drums themselves apart): a pool of light, not a yellow dot (old art: a third of that).
    ground = pygame.Surface((TILE, TILE), pygame.SRCALPHA)
    for i, pixel in enumerate(tile_pixels(SIDEWALK)):
        ground.set_at((i % TILE, i // TILE), pixel)
    lit = ground.copy()
    light = pygame.Surface((TILE, TILE), pygame.SRCALPHA)
    for i, pixel in enumerate(tile_pixels(tile_id)):
        light.set_at((i % TILE, i // TILE), pixel)
    lit.blit(light, (0, 0))
    pool = 0
    for y in range(TILE):
        for x in range(TILE):
            before, after = ground.get_at((x, y)), lit.get_at((x, y))
            warm = after[0] - after[2] > before[0] - before[2] + 30
            pool += warm and luminance(after) > luminance(before) + 25
    assert pool >= 3.14 * 7 * 7


def test_the_checkpoint_deck_is_a_cold_grey_violet_a_dis_stands_out_on():
    # The Dis's magenta and dark grey sat on a magenta-violet deck of much its own tone.
    r, g, b = mean_colour(DECK)
    hue, _, saturation = colorsys.rgb_to_hls(r / 255, g / 255, b / 255)
    assert 225 <= hue * 360 <= 262  # blue-violet, away from the Dis's magenta (~340°)
    assert saturation < 0.2
    assert machine_against("dis", DECK) > 25


def longest_run_across_tiles(flags: list[bool]) -> int:
    """The longest run of True in a row of a tile laid end to end with itself, as the maps lay it."""
    if all(flags):
        return len(flags) * 2  # on through every tile of the run
    start = flags.index(False)
    longest = run = 0
    for flag in flags[start:] + flags[:start]:
        run = run + 1 if flag else 0
        longest = max(longest, run)
    return longest


def test_the_deck_s_guide_line_is_a_groove_with_lamps_in_it_not_a_red_line_across_the_deck():
    # A bright red line the deck's whole width, joined tile to tile, read as a laser tripwire or a boundary across
    # the checkpoint's uplink and the landing field's beacon, and red is the enemy's colour.
    pixels = tile_pixels(GUIDE_LINE)
    red = [[r - max(g, b) >= 40 for r, g, b, _ in pixels[y * TILE:(y + 1) * TILE]] for y in range(TILE)]
    ways = red + [list(column) for column in zip(*red)]  # across; and down, as Tiled's diagonal flip lays it
    assert max(longest_run_across_tiles(way) for way in ways) <= TILE // 4  # a lamp here and there, not a line
    # It still guides: a groove darker than the plates runs the tile's width.
    deck = luminance(mean_colour(DECK))
    rows = [sum(luminance(p) for p in pixels[y * TILE:(y + 1) * TILE]) / TILE for y in range(TILE)]
    assert min(rows) < deck * 0.75


def machine_against(name: str, tile_id: int) -> float:
    """How much lighter (or darker, negative) the machine's solid pixels are than the ground tile, on average."""
    image = pygame.image.load(ASSETS / "sprites" / f"{name}.png")
    solid = [image.get_at((x, y)) for x in range(image.get_width()) for y in range(image.get_height())]
    body = [luminance(p) for p in solid if p[3] > 200]
    return sum(body) / len(body) - luminance(mean_colour(tile_id))


@pytest.mark.parametrize("machine", ["layzner", "dis", "bul"])
@pytest.mark.parametrize("ground", [ROAD, SIDEWALK, CROSSWALK, PLAZA, ASH, DECK])
def test_every_machine_stands_out_on_every_new_york_ground_it_walks(machine, ground):
    # A Dis by day's grey road was the road's own luminance: a silhouette only by its outline.
    assert abs(machine_against(machine, ground)) >= 12


def test_the_ruined_block_still_burns_here_and_there():
    # Fires among the rubble of the ruins' floors, bright cores with their light round them: the old ruins were lit
    # by nothing but the embers' red in a few windows.
    burning = [mask for mask in range(16)
               if any(r > 230 and 110 < g < 240 and b < 200 and a > 200 for r, g, b, a in tile_pixels(48 + mask))]
    assert 3 <= len(burning) <= 12  # here and there, not in every tile
