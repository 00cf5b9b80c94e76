"""The effects sheet: V-MAX, overheat and missile effects on Mars ochre, glows added as the game adds them."""

import pygame

from tools.art.colour import clamp8
from tools.art.sheet_layout import SheetLayout, scaled
from tools.art.tiles_common import OCHRE


ADDITIVE = {"layzner_thrust", "bolt_player", "bolt_enemy", "muzzle_flash", "spark_hit", "layzner_vmax",
            "vmax_barrier", "missile_flame", "knuckle_wave", "telegraph", "deflect", "part_spark"}


def add_light(dst, img, pos, fade=1.0):
    """Blit a glow sprite the way the game does: premultiplied, BLEND_ADD;
    `fade` scales the light (for fading afterimages)."""
    img = img.premul_alpha()
    if fade < 1.0:
        k = clamp8(255 * fade)
        img.fill((k, k, k, k), special_flags=pygame.BLEND_RGBA_MULT)
    dst.blit(img, pos, special_flags=pygame.BLEND_ADD)


def make_fx_sheet(path, sprites):
    """Contact sheet of the V-MAX / overheat / missile effects on Mars
    ochre, glows composited additively as in the game, plus small scenes."""
    sp = dict(sprites)
    page = SheetLayout(1500, 4200, OCHRE)
    _scales_row(page, sp)
    _overheat_row(page, sp)
    _vmax_row(page, sp)
    _weapons_row(page, sp)
    page.save(path)


def _ground(w, h):
    """A panel of Mars ochre to lay sprites on."""
    g = pygame.Surface((w, h))
    g.fill(OCHRE)
    return g


def _put(dst, name, img, pos, fade=1.0):
    """Lay sprite `name` as the game does: added light for a glow, a plain blit for the rest."""
    if name in ADDITIVE:
        add_light(dst, img, pos, fade)
    else:
        dst.blit(img, pos)


def _scales_row(page, sp):
    """Each effect's sprite at 1x, 2x and 4x."""
    new = ["layzner_overheat", "layzner_vmax", "vmax_barrier", "missile", "missile_flame", "knuckle_wave",
           "telegraph", "deflect", "steam", "layzner_fouron", "dis_disabled", "pilot_pod", "part_spark",
           "rei_emblem", "fouron_emblem"]
    for name in new:
        img = sp[name]
        w, h = img.get_size()
        panel = _ground(w * 7 + 24, h * 4 + 8)
        for k, x in ((1, 4), (2, w + 10), (4, w * 3 + 18)):
            _put(panel, name, scaled(img, k), (x, 4))
        page.place("%s%s 1x 2x 4x" % (name, " (add)" if name in ADDITIVE else ""), panel)
    page.newline(30)


def _overheat_row(page, sp):
    """The Layzner beside its overheated self, and overheated venting steam."""
    lz, hot = sp["layzner"], sp["layzner_overheat"]
    for k in (1, 3):
        panel = _ground(72 * k * 2 + 12, 72 * k + 8)
        panel.blit(scaled(lz, k), (4, 4))
        panel.blit(scaled(hot, k), (72 * k + 8, 4))
        page.place("layzner | layzner_overheat %dx" % k, panel)
    # overheated, venting steam
    panel = _ground(120, 100)
    panel.blit(hot, (24, 14))
    steam = sp["steam"]
    for (x, y), sc, a in (((50, 18), 1.0, 200), ((62, 10), 1.3, 140), ((50, 66), 1.0, 200), ((60, 76), 1.3, 140),
                          ((30, 50), 0.9, 170), ((16, 46), 1.2, 110)):
        st = pygame.transform.smoothscale(steam, (int(24 * sc), int(24 * sc)))
        st.set_alpha(a)
        panel.blit(st, (x - st.get_width() // 2, y - st.get_height() // 2))
    page.place("overheat + steam 1x", panel)
    page.newline(30)


def _vmax_row(page, sp):
    """V-MAX as the game lays it: fading afterimages, the glow and the barrier."""
    lz, vm, bar = sp["layzner"], sp["layzner_vmax"], sp["vmax_barrier"]
    scene = _ground(300, 130)
    x0, y0 = 170, 29  # the mech's top-left; the barrier is centred on it
    for i in range(4, 0, -1):  # afterimages trailing west, fading
        add_light(scene, vm, (x0 - i * 22, y0), 0.6 * (1 - (i - 1) / 4.0))
    scene.blit(lz, (x0, y0))
    add_light(scene, vm, (x0, y0), 0.55)
    add_light(scene, bar, (x0 - 20, y0 - 20))
    page.place("V-MAX 1x: afterimages + glow + barrier", scene)
    page.place("V-MAX 2x", scaled(scene, 2))
    page.newline(30)


def _weapons_row(page, sp):
    """Missiles with their flames, a Dis's telegraph, a shot deflected by the barrier and the knuckle's shot."""
    lz, bar = sp["layzner"], sp["vmax_barrier"]
    ms, fl = sp["missile"], sp["missile_flame"]
    panel = _ground(120, 60)
    for x, y, ang in ((30, 14, 0), (70, 30, 30), (20, 40, -15)):
        pair = pygame.Surface((38, 8), pygame.SRCALPHA)
        pair.fill((0, 0, 0, 0))
        pair.blit(ms, (16, 0))
        r_ms = pygame.transform.rotate(pair, ang)
        flame = pygame.Surface((38, 8), pygame.SRCALPHA)
        flame.fill((0, 0, 0, 0))
        flame.blit(fl, (2, 0))
        r_fl = pygame.transform.rotate(flame, ang)
        add_light(panel, r_fl, (x, y))
        panel.blit(r_ms, (x, y))
    page.place("missile + flame 3x", scaled(panel, 3))
    # telegraph on a Dis muzzle, deflect on the barrier, knuckle in front of the Layzner
    panel = _ground(260, 100)
    panel.blit(sp["dis"], (0, 10))
    add_light(panel, sp["telegraph"], (68 - 14, 10 + 42 - 14))
    panel.blit(lz, (150, 14))
    add_light(panel, bar, (150 - 20, 14 - 20))
    add_light(panel, sp["deflect"], (150 + 36 + 40 - 16, 14 + 36 - 22 - 16))
    page.place("telegraph on a Dis, deflect on barrier 2x", scaled(panel, 2))
    panel = _ground(140, 80)
    panel.blit(lz, (4, 4))
    add_light(panel, sp["knuckle_wave"], (60, 4 + 36 - 24))
    page.place("knuckle shot 2x", scaled(panel, 2))
    page.newline(10)
