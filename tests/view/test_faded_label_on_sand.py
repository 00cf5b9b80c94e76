"""An objective's label faded over a machine still reads on Mars's daylit sand: faint amber is the sand's own
lightness, so its words are edged in dark; on a night map's ground they stay as light as they were."""

import numpy as np
import pygame

from game.view.hud_plates import plates
from game.view.markers import objective_labels, objective_markers, play_band
from tests.view.test_label_off_the_layzner import PAD_TOP, UNDER, a_dis, put

SAND = (190, 120, 73)  # the outpost's ground by its launch pad, daylit (a playthrough's shot of it)
NIGHT = (22, 26, 37)  # New York's streets between the lamps
DIS = (76, 52, 72)  # a Dis's hull, its mean dark purple in that shot


def luminance(rgb) -> np.ndarray:
    """WCAG's relative luminance of sRGB colours (the last axis)."""
    c = np.asarray(rgb, float) / 255
    c = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    return c @ (0.2126, 0.7152, 0.0722)


def contrast(a, b):
    return (np.maximum(a, b) + 0.05) / (np.minimum(a, b) + 0.05)


def faded_count(game, ground) -> tuple[np.ndarray, pygame.Rect]:
    """The hold's count faded over a Dis under the pad (the Layzner on the pad's top edge), drawn on plain `ground`
    (the Dis not drawn: the ground is what the words must stand out from): the label's pixels and its place."""
    put(game, a_dis(game), 380, UNDER)
    put(game, game.player, 380, 320)
    region = game.res.level.objectives[0].region
    left, top = region.x - 300, region.y - PAD_TOP
    camera = type("Camera", (), {"left": left, "top": top, "to_screen": staticmethod(lambda x, y: (x - left, y - top))})
    surface = pygame.Surface((1280, 720))
    surface.fill(ground)
    covers = plates((1280, 720), game)
    [label] = objective_labels(game, camera, play_band(surface), covers, {})
    assert label.faded
    objective_markers(surface, game, camera, 0.0, covers, labels=[label])
    return pygame.surfarray.array3d(surface.subsurface(label.rect.inflate(8, 8))).astype(float), label.rect


def test_a_faded_hold_count_on_daylit_sand_has_its_words_edged_in_dark(outpost):
    pixels, _ = faded_count(outpost, SAND)
    light = luminance(pixels)
    sand = luminance(SAND)
    words = light > sand * 1.15  # the amber ink, faint as it is, a shade lighter than the sand
    assert words.sum() > 100
    edge = np.zeros_like(words)  # the px round each letter's ink
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            edge |= np.roll(np.roll(words, dx, 0), dy, 1)
    edge &= ~words
    darkest = np.percentile(light[edge], 25)
    assert contrast(darkest, sand) >= 3.0  # 3.2:1; before, the sand or a faint shadow (1.5:1)
    assert contrast(light[words].mean(), darkest) >= 3.0  # the letters light within their edge: 4.2:1 (before 2.0:1)


def test_a_faded_hold_count_on_a_night_street_is_as_light_as_before(outpost):
    pixels, _ = faded_count(outpost, NIGHT)
    light = luminance(pixels)
    words = light > luminance(NIGHT) * 1.5
    assert contrast(light[words].mean(), luminance(NIGHT)) >= 2.2  # 2.2:1, before the edge as after it


def test_a_faded_hold_count_over_a_dis_marks_no_more_of_it_than_its_letters(outpost):
    dis = faded_count(outpost, DIS)[0] != DIS  # a Dis's dark hull, as the audit's shot has it under the count
    black = faded_count(outpost, (0, 0, 0))[0] != 0  # on black, neither a shadow nor an edge shows: the letters alone
    assert dis.any(-1).sum() <= black.any(-1).sum()  # before, its shadow darkened the Dis beside every letter too
