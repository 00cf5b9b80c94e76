"""Every output by name: draws all the sprites and the tilesets, and writes them under an assets root."""

import os

import pygame

from game.view.tiles import TURNS
from tools.art.bul import draw_bul, draw_bul_shell, draw_bul_shell_day
from tools.art.bul_damaged import draw_bul_disabled, draw_bul_wreck
from tools.art.dis import draw_dis
from tools.art.dis_damaged import draw_dis_disabled, draw_dis_wreck
from tools.art.effects_fire_smoke import draw_explosion, draw_particles, draw_steam
from tools.art.effects_shots import (draw_bolt, draw_day_bolt, draw_muzzle_flash, draw_part_spark, draw_spark_hit,
                                     draw_telegraph)
from tools.art.effects_vmax import (draw_deflect, draw_knuckle_wave, draw_knuckle_wave_day,
                                    draw_vmax_barrier)
from tools.art.emblems import draw_fouron_emblem, draw_rei_emblem
from tools.art.gates import draw_gate_mars, draw_gate_new_york
from tools.art.layzner import (draw_layzner, draw_layzner_fouron, draw_layzner_overheat, draw_layzner_thrust,
                               draw_layzner_vmax)
from tools.art.layzner_wreck import draw_layzner_wreck
from tools.art.missile import draw_missile, draw_missile_flame
from tools.art.pilot_pod import draw_pilot_pod
from tools.art.supply_cache import draw_supply_cache, draw_supply_cache_light, draw_supply_cache_spent
from tools.art.tileset import ROWS as MARS_ROWS
from tools.art.tileset import build_corners, build_tileset, standing_tiles, tsx_text, turned_sheet
from tools.art.tileset_ny import NAME as NY_NAME
from tools.art.tileset_ny import ROWS as NY_ROWS
from tools.art.tileset_ny import build_corners as build_ny_corners
from tools.art.tileset_ny import build_tileset as build_ny_tileset
from tools.art.tileset_ny import ny_tsx_text
from tools.art.tileset_ny import standing_tiles as ny_standing_tiles
from tools.art.title import draw_title_comet, draw_title_layzner


def save(surf, root, *parts):
    path = os.path.join(root, *parts)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    pygame.image.save(surf, path)
    return path


def with_shadow(name, drawn):
    """(name, sprite) and (name_shadow, its silhouette) from a draw function that returns both."""
    sprite, shadow = drawn
    return [(name, sprite), (name + "_shadow", shadow)]


def draw_sprites():
    """Every sprite as (name, surface), in the order they are written."""
    return [
        *with_shadow("layzner", draw_layzner()),
        ("layzner_thrust", draw_layzner_thrust()),
        *with_shadow("dis", draw_dis()),
        *with_shadow("dis_wreck", draw_dis_wreck()),
        *with_shadow("dis_disabled", draw_dis_disabled()),
        *with_shadow("bul", draw_bul()),
        *with_shadow("bul_wreck", draw_bul_wreck()),
        *with_shadow("bul_disabled", draw_bul_disabled()),
        ("bul_shell", draw_bul_shell()),
        ("bolt_player", draw_bolt(28, 8, (60, 140, 255), (150, 210, 255), (250, 254, 255), 16)),
        # The enemy's: red-orange round a white-hot core, and by day in a broad near-black edge, so it stands out from
        # Mars's ochre sand and a dust storm's haze as from New York's night (and the orange of its street lamps)
        ("bolt_enemy", draw_bolt(24, 8, (255, 60, 16), (255, 150, 60), (255, 250, 225), 14)),
        # The day maps' shots, ordinary alpha (game/view/renderer.py: Renderer.daylit)
        ("bolt_player_day", draw_day_bolt(28, 8, (40, 120, 255), (8, 18, 60), (30, 104, 255), (130, 196, 255), 16)),
        ("bolt_enemy_day", draw_day_bolt(24, 8, (255, 80, 20), (26, 6, 4), (236, 48, 14), (255, 232, 150), 10,
                                         edge=0.7)),
        ("bul_shell_day", draw_bul_shell_day()),
        ("knuckle_wave_day", draw_knuckle_wave_day()),
        ("muzzle_flash", draw_muzzle_flash()),
        ("explosion", draw_explosion()),
        ("particles", draw_particles()),
        ("spark_hit", draw_spark_hit()),
        *with_shadow("layzner_overheat", draw_layzner_overheat()),
        *with_shadow("layzner_fouron", draw_layzner_fouron()),
        ("layzner_vmax", draw_layzner_vmax()),
        ("vmax_barrier", draw_vmax_barrier()),
        *with_shadow("missile", draw_missile()),
        ("missile_flame", draw_missile_flame()),
        ("knuckle_wave", draw_knuckle_wave()),
        ("telegraph", draw_telegraph()),
        ("deflect", draw_deflect()),
        ("steam", draw_steam()),
        ("part_spark", draw_part_spark()),
        *with_shadow("pilot_pod", draw_pilot_pod()),
        *with_shadow("layzner_wreck", draw_layzner_wreck()),
        ("rei_emblem", draw_rei_emblem()),
        ("fouron_emblem", draw_fouron_emblem()),
        ("title_layzner", draw_title_layzner()),
        ("title_comet", draw_title_comet()),
        ("gate_mars", draw_gate_mars()),
        ("gate_new_york", draw_gate_new_york()),
        ("supply_cache", draw_supply_cache()),
        ("supply_cache_spent", draw_supply_cache_spent()),
        ("supply_cache_light", draw_supply_cache_light()),
    ]


def write_all(root):
    """Draws everything and writes root/sprites/<name>.png, and for each tileset (mars, new_york)
    root/tilesets/<tileset>.png, with <tileset>_body.png, <tileset>_shadow.png, <tileset>_corners.png and
    <tileset>_turned_<turn>.png for each turn of TURNS, and <tileset>.tsx.

    Returns (sprites, the Mars tileset, written paths): the sheets are drawn from the same images."""
    sprites = draw_sprites()
    written = [save(img, root, "sprites", name + ".png") for name, img in sprites]
    mars = build_tileset()
    for name, sheets, corners, standing, rows, text in (
            ("mars", mars, build_corners(), standing_tiles, MARS_ROWS, tsx_text()),
            (NY_NAME, build_ny_tileset(), build_ny_corners(), ny_standing_tiles, NY_ROWS, ny_tsx_text())):
        shown, bodies, shadows = sheets
        written += [save(sheet, root, "tilesets", name + part + ".png") for sheet, part in
                    ((shown, ""), (bodies, "_body"), (shadows, "_shadow"), (corners, "_corners"))]
        written += [save(turned_sheet(standing, rows, flips), root, "tilesets", f"{name}_turned_{turn}.png")
                    for turn, flips in TURNS.items()]
        tsx = os.path.join(root, "tilesets", name + ".tsx")
        with open(tsx, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        written.append(tsx)
    return sprites, mars[0], written  # the sheets show Mars's tileset
