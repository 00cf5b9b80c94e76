"""The V-MAX gauge tells the truth: "PRESS Q" only when a V-MAX started now would run a worthwhile time, how long it
would last when the heat (or the rifle's, its trigger held) would cut it short, TOO HOT when that is not worth it, and
a red flash saying why when a press is refused. The clock is named, and every level keeps its goal on the order's
plate at the top (the Mars base has no objective to reach: its goal is to stop every machine)."""

import pygame
import pytest

from game.content.level_data import Objective
from game.session import DEFAULT_LEVEL, new_game
from game.sim.components import Heat, Intent, Vmax
from game.sim.events import VmaxRefused
from game.sim.systems.vmax import can_start
from game.view.hud_plates import DEFAULT_GOAL, order_plate, plates, vmax_plate
from game.view.text import AMBER, RED
from tests.maps import cell_region, game_from_ascii
from tests.view.conftest import ROOM, hud_of

OUTPOST = DEFAULT_LEVEL.parent / "outpost.tmx"
TICK = (10, 16, 28)  # the V-MAX bar's tenths


def ready_at(tmp_path, heat: float, firing: bool = False):
    """A game whose Layzner has a full V-MAX meter at `heat` %, its trigger held or not, and its HUD naming Q."""
    game = game_from_ascii(tmp_path, ROOM)
    hud = hud_of(game)
    hud.vmax_key = "Q"
    game.world.get(game.player, Vmax).meter = 1.0
    game.world.get(game.player, Heat).value = heat
    game.world.get(game.player, Intent).fire = firing
    return game, hud


def vmax_words(said, game, hud, surface=None) -> str:
    said.clear()
    hud.draw(surface or pygame.Surface((1280, 720)), game, 10.0, 1 / 60)
    return next(words for words in said if words.startswith("V-MAX"))


def test_cold_and_calm_it_invites_the_press(said, tmp_path):
    assert vmax_words(said, *ready_at(tmp_path, 0.0)) == "V-MAX · READY · PRESS Q"


def test_hot_enough_to_cut_it_short_it_says_hot_and_how_long_of_its_whole_run_it_would_last(said, tmp_path):
    game, hud = ready_at(tmp_path, 30.0)
    spec = game.res.catalog.units[game.res.catalog.player]
    lasts = (spec.heat.warning - 30) / spec.vmax.heat_rate  # V-MAX's own heat from 30 % to the line it burns out at
    assert spec.vmax.duration * 0.5 < lasts < spec.vmax.duration
    # READY with a time beside it read as a full run, amber or not: the audit's "V-MAX · READY · 2.5 s · PRESS Q"
    assert vmax_words(said, game, hud) == f"V-MAX · HOT · {lasts:.1f} OF {spec.vmax.duration:g} s · PRESS Q"
    game, hud = ready_at(tmp_path, 0.0)  # cold: the whole run, and only then READY
    assert vmax_words(said, game, hud) == "V-MAX · READY · PRESS Q"


def test_too_hot_it_says_so_and_does_not_invite_the_press(said, tmp_path):
    game, hud = ready_at(tmp_path, 60.0)
    unit = game.res.catalog.units[game.res.catalog.player]
    spec = unit.vmax
    lasts = (unit.heat.warning - 60) / spec.heat_rate
    assert vmax_words(said, game, hud) == f"V-MAX · TOO HOT · {lasts:.1f} OF {spec.duration:g} s"  # no PRESS, READY


def test_at_the_warning_line_where_it_would_burn_out_at_once_it_says_to_let_it_cool(said, tmp_path):
    game, hud = ready_at(tmp_path, 88.0)  # "TOO HOT · 0.0 OF 4.5 s" would name a run a press cannot start
    assert vmax_words(said, game, hud) == "V-MAX · TOO HOT · LET IT COOL"
    hud.on_events([VmaxRefused(game.player, "hot")])
    assert vmax_words(said, game, hud) == "V-MAX · TOO HOT"


@pytest.mark.parametrize("heat, fill", [(30.0, AMBER), (60.0, RED)], ids=["hot", "too hot"])
def test_hot_its_bar_is_filled_to_the_share_of_the_run_the_heat_allows_and_dim_past_it(said, tmp_path, heat, fill):
    """HOT · 2.4 OF 4.5 s over a bar full of amber: the meter's charge, which said nothing of the share the heat
    allows. Along the bar's middle row, the fill (amber; TOO HOT red, as its words) ends where the heat cuts the run
    short; the charge past it is dim."""
    game, hud = ready_at(tmp_path, heat)
    unit = game.res.catalog.units[game.res.catalog.player]
    spec = unit.vmax
    allowed = (unit.heat.warning - heat) / spec.heat_rate / spec.duration
    surface = pygame.Surface((1280, 720))
    assert "HOT" in vmax_words(said, game, hud, surface)
    plate = vmax_plate(1280, 720)
    bar = pygame.Rect(plate.x + 16, plate.y + 38, plate.w - 32, 20)  # as Hud._vmax lays it
    row = [tuple(surface.get_at((x, bar.centery))[:3]) for x in range(bar.x + 1, bar.right - 1)]
    amber = [x for x, color in zip(range(bar.x + 1, bar.right - 1), row) if color == fill]
    assert amber and amber[-1] == bar.x + round(bar.w * allowed) - 1  # filled to the share allowed, and no further
    past = row[amber[-1] - bar.x + 3:]  # a tick's width on
    from game.view.hud import HEAT_CUT_FILL
    assert past and set(past) <= {HEAT_CUT_FILL, TICK}  # the charge it would not run: there, dim


def test_the_rifle_s_held_trigger_counts_in_how_long_it_would_last(said, tmp_path):
    calm = vmax_words(said, *ready_at(tmp_path, 30.0))
    firing = vmax_words(said, *ready_at(tmp_path, 30.0, firing=True))  # ~1.5 s to the warning line
    assert "PRESS Q" in calm and firing.startswith("V-MAX · TOO HOT") and "PRESS" not in firing


@pytest.mark.parametrize("meter, heat, venting, cooldown, active, fouron", [
    (0.6, 0.0, False, 0.0, 0.0, False),  # charging
    (1.0, 0.0, False, 0.0, 0.0, False),  # ready
    (1.0, 40.0, True, 0.0, 0.0, False),  # full, but venting
    (1.0, 0.0, False, 1.0, 0.0, False),  # recharging
    (1.0, 0.0, False, 0.0, 2.0, False),  # running
    (1.0, 40.0, True, 0.0, 0.0, True),  # venting while Fouron holds the controls: locked for it too
    (1.0, 85.0, False, 0.0, 0.0, False),  # full, but at the warning line, where it would burn out at once
], ids=["charging", "ready", "venting", "recharging", "running", "fouron", "at the warning line"])
def test_the_gauge_calls_v_max_ready_exactly_when_a_press_would_start_it(said, tmp_path, meter, heat, venting,
                                                                          cooldown, active, fouron):
    game, hud = ready_at(tmp_path, heat)
    vmax = game.world.get(game.player, Vmax)
    vmax.meter, vmax.cooldown, vmax.active_left = meter, cooldown, active
    game.world.get(game.player, Heat).overheated = venting
    game.res.fouron.active = fouron
    words = vmax_words(said, game, hud)
    assert ("READY" in words) == can_start(game.world, game.res, game.player), words


def test_a_refused_press_flashes_the_gauge_red_and_says_why_and_what_fills_it_then_settles(said, tmp_path):
    game, hud = ready_at(tmp_path, 0.0)
    game.world.get(game.player, Vmax).meter = 0.4
    surface = pygame.Surface((1280, 720))
    assert vmax_words(said, game, hud, surface) == "V-MAX"
    hud.on_events([VmaxRefused(game.player, "charging")])
    surface.fill((0, 0, 0))
    # how full the meter is, and what fills it: the fight (units.yaml: damage dealt and taken, near misses)
    assert vmax_words(said, game, hud, surface) == "V-MAX · NOT CHARGED · 40% · FIGHT TO FILL"
    rect = vmax_plate(1280, 720)
    r, g, b = surface.get_at((rect.centerx, rect.y))[:3]  # the plate's edge, drawn near opaque over black
    assert r > 150 and r > 2 * max(g, b)  # red, not the accent's cyan
    for _ in range(40):  # it passes within REFUSED_TIME
        vmax_words(said, game, hud)
    assert vmax_words(said, game, hud) == "V-MAX"


def test_an_enemy_s_refusal_does_not_flash_the_player_s_gauge(said, tmp_path):
    game, hud = ready_at(tmp_path, 0.0)
    game.world.get(game.player, Vmax).meter = 0.4
    hud.on_events([VmaxRefused(game.player + 1, "charging")])
    assert vmax_words(said, game, hud) == "V-MAX"


def test_the_clock_is_named(said):
    game = new_game(OUTPOST, seed=1)
    hud = hud_of(game)
    said.clear()
    hud.draw(pygame.Surface((1280, 720)), game, 1.0, 1 / 60)
    assert said[said.index("TIME") + 1] == "5:00"
    game.close()


def test_a_level_with_no_objectives_keeps_its_goal_on_the_order_s_plate(said):
    game = new_game(DEFAULT_LEVEL, seed=1)  # the Mars base: stop every machine, no place to reach
    assert not game.res.level.objectives
    hud = hud_of(game)
    said.clear()
    hud.draw(pygame.Surface((1280, 720)), game, 30.0, 1 / 60)  # long after the title card has gone
    assert DEFAULT_GOAL in said
    assert order_plate(1280, game)[0] in plates((1280, 720), game)  # the marks in the world keep off it
    game.close()


def test_a_level_with_objectives_keeps_the_objective_s_words_on_the_plate(said, tmp_path):
    pad = Objective(8, "pad", "objects", cell_region(1, 1), "Hold the pad", 5.0)
    game = game_from_ascii(tmp_path, ROOM, extra={"objectives": (pad,)})
    game.res.objectives_reached, game.res.objectives_held = [False], [0]
    hud = hud_of(game)
    said.clear()
    hud.draw(pygame.Surface((1280, 720)), game, 30.0, 1 / 60)
    assert "Hold the pad" in said and DEFAULT_GOAL not in said
