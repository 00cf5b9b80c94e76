"""The Bul, the second enemy kind: the catalog reads it as the heavy it is, and it has a picture for every state the
game draws a machine in (tests/content/test_tiled_enemy_kinds.py: Tiled's drop-down offers it)."""

import pygame

from game.content.catalog import SPRITES_DIR, load_catalog


def test_the_catalog_reads_the_bul_as_an_enemy_heavier_than_the_dis():
    catalog = load_catalog()
    assert {"bul", "dis"} <= set(catalog.enemy_kinds)  # and any kind added after them
    bul, dis = catalog.units["bul"], catalog.units["dis"]
    assert bul.ai is not None and bul.parts is not None and bul.weapon == "bul_cannon"
    assert bul.hit_points >= 2 * dis.hit_points and bul.radius > dis.radius
    assert bul.max_speed < dis.max_speed and bul.ai.turn_rate < dis.ai.turn_rate  # slow: flank it
    cannon, rifle = catalog.weapons[bul.weapon], catalog.weapons[dis.weapon]
    assert cannon.damage > rifle.damage and cannon.cooldown > rifle.cooldown and cannon.windup > rifle.windup
    assert cannon.projectile_speed < rifle.projectile_speed and cannon.knockback > 0
    # Harder hits, less often: no more damage a second than the Dis, glint included.
    assert cannon.damage / (cannon.cooldown + cannon.windup) <= 1.1 * rifle.damage / (rifle.cooldown + rifle.windup)


def picture(name: str) -> pygame.Surface:
    return pygame.image.load(SPRITES_DIR / f"{name}.png")  # no display needed to load and measure it


def test_every_enemy_kind_has_a_picture_and_shadow_for_each_state_the_game_draws():
    catalog = load_catalog()
    assert catalog.enemy_kinds == ("bul", "dis")
    for kind in catalog.enemy_kinds:
        spec = catalog.units[kind]
        # Fighting, disabled (a machine with parts can be) and its wreck, each with the shadow cast under it.
        states = [kind, f"{kind}_wreck"] + ([f"{kind}_disabled"] if spec.parts else [])
        for name in states + [f"{state}_shadow" for state in states]:
            assert (SPRITES_DIR / f"{name}.png").is_file(), name
        body = picture(kind)
        # Drawn to its size: the body spans about its collision circle, and the other states lie where it stood.
        width, height = body.get_bounding_rect().size
        assert 2 * spec.radius <= max(width, height) <= 3 * spec.radius, (kind, width, height)
        for state in states:
            assert picture(state).get_size() == picture(f"{state}_shadow").get_size() == body.get_size(), state
