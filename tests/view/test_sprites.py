"""Turned sprites cut to what shows: drawn at their offsets they give the same pixels as the whole turned image; a
turned machine's shadow falls the same way whichever way it faces; a turn table finds by arrays what placed() gives."""

import math

import numpy
import pygame
import pytest

from game.view.sprites import ANGLE_STEPS, GLOWS, LOW_SHADOWS, SPRITES, SUN, SpriteBank, TurnTable
from tests.view.surfaces import noisy


@pytest.fixture
def sprites():
    pygame.init()
    pygame.display.set_mode((64, 64))
    yield SpriteBank()
    pygame.quit()


@pytest.mark.parametrize("name", ["dis", "layzner", "bolt_player", "bolt_enemy", "missile", "missile_flame",
                                  "layzner_thrust", "vmax_barrier"])
def test_a_trimmed_turn_draws_what_the_whole_turn_draws(sprites, name):
    flags = pygame.BLEND_ADD if name in GLOWS else 0
    for angle in (0.0, 0.3, 1.0, math.pi / 4, 2.5, -1.2, 4.0):
        for centre in ((80, 70), (81.7, 69.2), (-3.6, 5.5)):
            whole = sprites.rotated(name, angle)
            image, dx, dy = sprites.placed(name, angle)
            assert image.get_width() * image.get_height() <= whole.get_width() * whole.get_height()
            ours, reference = noisy((160, 140)), noisy((160, 140))
            ours.blit(image, (int(centre[0]) + dx, int(centre[1]) + dy), special_flags=flags)
            reference.blit(whole, whole.get_rect(center=centre), special_flags=flags)
            assert pygame.image.tobytes(ours, "RGB") == pygame.image.tobytes(reference, "RGB"), (angle, centre)


def test_a_turned_machine_blits_far_fewer_pixels_than_its_whole_turn(sprites):
    whole = sprites.rotated("dis", math.pi / 4)
    image, _, _ = sprites.placed("dis", math.pi / 4)
    assert image.get_width() * image.get_height() < 0.5 * whole.get_width() * whole.get_height()


def test_turns_are_made_once_and_shared(sprites):
    turns = sprites.turns("dis")
    entry = sprites.placed("dis", 0.5)
    assert sprites.turns("dis") is turns and entry in turns and sprites.placed("dis", 0.5) is entry


def test_a_turn_table_finds_by_whole_arrays_the_entries_placed_gives_premultiplied(sprites):
    """A painted body (dis) comes premultiplied, for BLEND_PREMULTIPLIED; a glow (bolt_enemy) is already, as is."""
    table = TurnTable(sprites)
    dis, bolt = table.row("dis"), table.row("bolt_enemy")
    assert table.row("dis") == dis != bolt
    rows = numpy.array([dis, bolt, dis, bolt, dis])
    steps = numpy.array([0, 5, 71, 5, 0])
    images, dx, dy = table.lookup(rows * ANGLE_STEPS + steps)
    for row, step, image, x, y in zip(rows, steps, images, dx, dy):
        name = "dis" if row == dis else "bolt_enemy"
        placed, placed_x, placed_y = sprites.placed(name, step * math.tau / ANGLE_STEPS)
        assert (x, y) == (placed_x, placed_y)
        if name == "dis":
            assert image is not placed and _pixels(image) == _pixels(placed.premul_alpha())
        else:
            assert image is placed


def _pixels(image):
    return pygame.image.tobytes(image, "RGBA")


SHADOWED = [path.name[:-len("_shadow.png")] for path in sorted(SPRITES.glob("*_shadow.png"))]


def test_what_lies_low_is_a_picture_with_a_shadow():
    assert [name for name in LOW_SHADOWS if name not in SHADOWED] == []


def test_a_new_machine_drawn_with_a_shadow_beside_it_casts_it_with_no_list_to_add_it_to(tmp_path):
    """A developer's new kind, dis_light.png with dis_light_shadow.png, had its shadow ignored until its name was put
    in a list in sprites.py that nothing pointed to."""
    for name in ("dis", "dis_shadow"):
        (tmp_path / f"{name.replace('dis', 'dis_light')}.png").write_bytes((SPRITES / f"{name}.png").read_bytes())
    pygame.init()
    pygame.display.set_mode((64, 64))
    try:
        new, known = SpriteBank(tmp_path), SpriteBank()
        assert pygame.image.tobytes(new.rotated("dis_light", 0.7), "RGBA") == \
            pygame.image.tobytes(known.rotated("dis", 0.7), "RGBA")  # the Dis's own turn, its shadow under it
    finally:
        pygame.quit()


def test_a_turned_machine_casts_its_shadow_down_and_right_whichever_way_it_faces(sprites):
    for name in SHADOWED:
        right, down = LOW_SHADOWS.get(name, SUN)
        for step in range(0, ANGLE_STEPS, 9):  # every 45 degrees
            turned = sprites.rotated(name, step * math.tau / ANGLE_STEPS)
            body = pygame.transform.rotozoom(sprites.image(name), -step * 360 / ANGLE_STEPS, 1.0)
            alone = numpy.zeros(turned.get_size())  # the body by itself, placed as in the turn (same centre)
            alone[right:right + body.get_width(), down:down + body.get_height()] = pygame.surfarray.array_alpha(body)
            shadow = numpy.argwhere(pygame.surfarray.array_alpha(turned) > alone + 8)  # where only shadow shows
            body_pixels = numpy.argwhere(alone > 8)
            assert len(shadow), (name, step)
            shift = shadow.mean(axis=0) - body_pixels.mean(axis=0)
            assert shift[0] > 0 and shift[1] > 0, (name, step, shift)  # right of and below the body


def test_a_new_shot_s_day_picture_is_laid_on_the_sand_as_the_shipped_ones_with_no_list_to_add_it_to(tmp_path):
    """A developer's new weapon, plasma.png with plasma_day.png beside it as tools/art draws a day shot: by day the
    renderer lays it with the premultiplied blend, which showed the colour its clear pixels keep as a tinted box
    round it until its name was put in a list in sprites.py."""
    (tmp_path / "plasma_day.png").write_bytes((SPRITES / "bolt_player_day.png").read_bytes())
    pygame.init()
    pygame.display.set_mode((64, 64))
    try:
        def laid(bank, name):
            sand = pygame.Surface((60, 40))
            sand.fill((176, 112, 62))
            sand.blit(bank.rotated(name, 0.7), (10, 8), special_flags=pygame.BLEND_PREMULTIPLIED)
            return pygame.image.tobytes(sand, "RGB")
        assert laid(SpriteBank(tmp_path), "plasma_day") == laid(SpriteBank(), "bolt_player_day")
    finally:
        pygame.quit()
