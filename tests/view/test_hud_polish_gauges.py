"""The HUD's gauges and cards as an art director reads them: one style of words, a locked meter that does not look
charged, plates that hide what is under them, a title card that leaves the fight alone, Fouron's true words."""

import numpy as np
import pygame
import pytest

from game.content.chain import LEVELS
from game.session import DEFAULT_LEVEL, new_game
from game.sim.components import Heat, Vmax
from game.sim.events import PlayerSpotted
from game.view import fouron as fouron_module
from game.view import hud as hud_module
from game.view.camera import HUD_TOP
from game.view.fouron import FouronOverlay
from game.view.text import DIM, font
from tests.drawn_words import record_drawn_words
from tests.maps import game_from_ascii
from tests.view.conftest import ROOM, hud_of

GREEN = (0, 255, 0)


def drawn_hud(hud, game, ground=(0, 0, 0)) -> pygame.Surface:
    surface = pygame.Surface((1280, 720))
    surface.fill(ground)
    hud.draw(surface, game, 10.0, 1 / 60)
    return surface


def v_max_bar(surface) -> np.ndarray:
    """The V-MAX meter's bar inside its 1 px edge, as rows of RGB."""
    x = (1280 - 420) // 2 + 16
    return pygame.surfarray.array3d(surface.subsurface((x + 1, 720 - 88 + 38 + 1, 420 - 32 - 2, 18))).swapaxes(0, 1)


def test_the_gauges_words_are_capitals_parted_by_middle_dots_in_a_font_that_has_the_dot(display, monkeypatch,
                                                                                         tmp_path):
    said = record_drawn_words(monkeypatch, hud_module)
    game = game_from_ascii(tmp_path, ROOM)
    hud = hud_of(game)
    hud.vmax_key = "Q"
    vmax, heat = game.world.get(game.player, Vmax), game.world.get(game.player, Heat)
    vmax.meter = 1.0
    drawn_hud(hud, game)
    heat.overheated = True
    drawn_hud(hud, game)
    heat.overheated, vmax.cooldown = False, 2.0
    drawn_hud(hud, game)
    assert {"V-MAX · READY · PRESS Q", "OVERHEAT · x0.3 SPEED", "V-MAX · LOCKED · VENTING", "LOCKED · VENTING",
            "V-MAX · RECHARGING"} <= set(said)
    assert not [words for words in said if "  " in words or " - " in words]
    for bold in (False, True):
        assert font(20, bold)._font.metrics("·")[0] is not None  # a glyph of its own, not the missing-glyph box


def test_overheated_the_plates_say_what_it_costs_the_crawl_on_the_heat_and_the_damage_on_the_armour(display,
                                                                                                   monkeypatch,
                                                                                                   tmp_path):
    """"OVERHEAT · VENTING" named no cost: the machine crawls at units.yaml's `crawl` of its speed and takes
    `damage_taken` times the damage. Each is said where it is felt, and the armour's bar is tinted while it lasts."""
    said = record_drawn_words(monkeypatch, hud_module)
    game = game_from_ascii(tmp_path, ROOM)
    hud = hud_of(game)
    spec = game.res.catalog.units["layzner"].heat
    armour_bar = (31, 45, 270, 14)  # inside the armour gauge's bar (Hud._armour)
    cool = pygame.surfarray.array3d(drawn_hud(hud, game).subsurface(armour_bar)).astype(int)
    game.world.get(game.player, Heat).overheated = True
    hot = pygame.surfarray.array3d(drawn_hud(hud, game).subsurface(armour_bar)).astype(int)
    assert f"OVERHEAT · x{spec.crawl:g} SPEED" in said and f"ARMOUR · x{spec.damage_taken:g} DAMAGE" in said
    assert np.abs(hot - cool).sum(axis=2).mean() > 100  # the bar itself changes colour, not the words alone


def test_a_locked_v_max_meter_shows_its_real_charge_dark_and_barred_not_a_full_pale_bar(display, tmp_path):
    game = game_from_ascii(tmp_path, ROOM)
    hud = hud_of(game)
    game.world.get(game.player, Heat).overheated = True
    vmax = game.world.get(game.player, Vmax)
    vmax.meter = 1.0
    full = v_max_bar(drawn_hud(hud, game)).astype(int)
    pale = (np.abs(full - np.array(DIM)).sum(axis=2) < 40).mean()
    assert pale < 0.02  # not the pale grey that read as charged
    assert (full.sum(axis=2) > 300).mean() < 0.1  # dark: nothing of it reads as a lit gauge
    middle = full[:, full.shape[1] // 2 - 8:full.shape[1] // 2 + 8]
    assert ((middle[..., 0] > 200) & (middle[..., 1] < 110)).sum() > 20  # the red padlock on it
    stripes = full[full.shape[0] // 2, :100].sum(axis=1)
    assert stripes.max() - stripes.min() > 60  # hatched across the charge
    vmax.meter = 0.25  # a quarter charged: the hatched fill stops there, the rest is the empty slot
    quarter = v_max_bar(drawn_hud(hud, game)).astype(int)
    assert quarter[:, 20:80].sum() > quarter[:, -80:-20].sum() * 1.5


def test_overheated_the_heat_gauge_s_mark_says_the_weapons_unlock_there_and_the_warning_line_goes(display,
                                                                                                 monkeypatch, tmp_path):
    said = record_drawn_words(monkeypatch, hud_module)
    game = game_from_ascii(tmp_path, ROOM)
    hud = hud_of(game)
    heat = game.world.get(game.player, Heat)
    heat.value = 40.0
    calm = pygame.surfarray.array3d(drawn_hud(hud, game).subsurface((30, 720 - 60, 292, 4)))
    heat.overheated, heat.value = True, 90.0
    said.clear()
    hot = pygame.surfarray.array3d(drawn_hud(hud, game).subsurface((30, 720 - 60, 292, 4)))
    amber = np.array(hud_module.AMBER)

    def has_amber(pixels):
        return bool((np.abs(pixels - amber).sum(axis=2) < 10).any())
    assert has_amber(calm) and not has_amber(hot)  # the warning line above the bar: gone once overheated
    assert "WEAPONS UNLOCK" in said  # the mark says what it unlocks, not a bare UNLOCKS


def white_columns(pixels: np.ndarray) -> np.ndarray:
    """The x of every column of `pixels` (x, y, RGB) with near-white in it: the mark and the label's ink, not the red
    fill, the navy ground or the danger band under them."""
    return np.flatnonzero((pixels.min(axis=2) > 160).any(axis=1))


@pytest.mark.parametrize("heat_value", [100.0, 76.0, 36.0])
@pytest.mark.parametrize("window", [(1280, 720), (960, 540)])
def test_the_weapons_unlock_label_stands_clear_of_its_mark_further_than_its_own_words_part(display, tmp_path,
                                                                                            heat_value, window):
    """The label began 4 px after the 2 px mark, nearer it than its words are to each other (6 px): the line read as
    a letter of it, "|WEAPONS UNLOCK", cutting into the label (in the 960x540 window as at 1280x720)."""
    game = game_from_ascii(tmp_path, ROOM)
    hud = hud_of(game)
    heat = game.world.get(game.player, Heat)
    heat.overheated, heat.value = True, heat_value
    shown = pygame.transform.smoothscale(drawn_hud(hud, game), window)  # the window scales the view, smoothly
    scale = window[0] / 1280
    pixels = pygame.surfarray.array3d(shown).astype(int)
    bar_top, bar_bottom = (round((720 - edge) * scale) for edge in (56, 34))
    mark = white_columns(pixels[:, round((720 - 60) * scale):bar_top - 1])  # above the bar: the mark alone
    assert len(mark) and mark.max() < 30 + 292 // 2  # the safe level's mark, in the bar's first half
    inside = white_columns(pixels[mark.max() + 1:round(322 * scale), bar_top + 1:bar_bottom - 1]) + mark.max() + 1
    assert len(inside) > 40 * scale  # the label's ink, right of the mark
    word_space = (np.diff(inside) - 1).max()  # the widest gap inside the label: between WEAPONS and UNLOCK
    assert inside.min() - mark.max() - 1 > word_space, (inside.min(), mark, word_space)


def test_the_hud_s_plates_hide_a_machine_under_them(display, tmp_path):
    game = game_from_ascii(tmp_path, ROOM)
    hud = hud_of(game)
    surface = drawn_hud(hud, game, ground=(255, 255, 255))  # the brightest thing that could be under a plate
    dark = drawn_hud(hud, game)
    for spot in ((1280 - 40, 62), (250, 70), (640, 720 - 24), (1280 - 40, 720 - 24)):  # plates' empty corners
        # the plate's own colour (its body or its band) over white as over black: at most a trace of white
        assert max(abs(a - b) for a, b in zip(surface.get_at(spot)[:3], dark.get_at(spot)[:3])) < 16, spot
        assert max(surface.get_at(spot)[:3]) < 100, spot


def card_on(level, seconds: float, engaged_at: float | None = None, outranked_at: float | None = None
            ) -> pygame.Surface:
    """The title card drawn over GREEN at `seconds` into the level, the fight begun at `engaged_at` if given, and
    words the player must read shown in its place at `outranked_at` if given."""
    game = new_game(level, seed=1)
    hud = hud_of(game)
    if engaged_at is not None:
        hud.card.draw_band(pygame.Surface((1280, 720)), engaged_at - 0.5)
        hud.on_events([PlayerSpotted(5)])
        hud.card.draw_band(pygame.Surface((1280, 720)), engaged_at)
    if outranked_at is not None:
        hud.card.outranked = True
        hud.card.draw_band(pygame.Surface((1280, 720)), outranked_at)
    surface = pygame.Surface((1280, 720))
    surface.fill(GREEN)
    hud.card.draw_band(surface, seconds)
    hud.card.draw_words(surface, seconds)
    game.close()
    return surface


def test_the_title_card_leaves_the_goal_to_the_order_s_plate_at_the_top(display):
    def amber_words(surface) -> int:  # the goal's colour; the level's name is white
        return int((np.abs(pygame.surfarray.array3d(surface) - np.array(hud_module.AMBER)).sum(axis=2) < 30).sum())
    assert amber_words(card_on(LEVELS / "outpost.tmx", 1.0)) == 0  # "Hold the extraction pad" is on the order's plate
    assert amber_words(card_on(DEFAULT_LEVEL, 1.0)) == 0  # and so is the Mars base's goal, which stays up after it


def test_the_title_card_is_a_slim_band_just_under_the_top_plates(display):
    surface = card_on(DEFAULT_LEVEL, 1.5)
    rows = np.flatnonzero((pygame.surfarray.array3d(surface) != GREEN).any(axis=2).any(axis=0))
    assert rows.min() >= HUD_TOP and rows.max() <= HUD_TOP + 72


def test_the_title_card_gives_way_soon_after_the_fight_begins(display):
    def shown(surface):
        return bool((pygame.surfarray.array3d(surface) != GREEN).any())
    assert shown(card_on(DEFAULT_LEVEL, 2.5))  # left alone it is still up
    assert not shown(card_on(DEFAULT_LEVEL, 2.5, engaged_at=2.0))  # an enemy spotted the Layzner at 2 s
    assert shown(card_on(DEFAULT_LEVEL, 1.0, engaged_at=0.2))  # but not before the name has been read
    # A replay parting ways puts its plate where the card is: the card goes at once, read or not
    assert not shown(card_on(DEFAULT_LEVEL, 0.7, outranked_at=0.25))


def test_fouron_s_banner_says_the_pilot_s_input_is_overridden_not_locked_out(display, monkeypatch):
    said = record_drawn_words(monkeypatch, fouron_module)
    FouronOverlay()._seized_banner(pygame.Surface((1280, 720)), 1.0)
    [under] = [words for words in said if "pilot input" in words]
    assert "overridden" in under and "locked out" not in under and "  " not in under
