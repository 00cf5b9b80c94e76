"""What the HUD says in the states a player can misread: V-MAX and missiles while venting, the last second."""

import dataclasses

import pygame
import pytest

from game.content.level_data import Objective
from game.session import new_game
from game.sim.components import Brain, Heat, Launcher, Vmax
from game.view import hud as hud_module
from game.view.hud_plates import ORDER_MARGIN
from tests.maps import cell_region, game_from_ascii
from tests.view.conftest import ROOM, hud_of


def test_overheated_the_v_max_meter_and_the_missiles_say_they_are_locked_not_ready(said, tmp_path):
    game = game_from_ascii(tmp_path, ROOM)
    hud = hud_of(game)
    said.clear()
    game.world.get(game.player, Vmax).meter = 1.0
    hud.draw(pygame.Surface((1280, 720)), game, 10.0, 1 / 60)
    assert "V-MAX · READY" in said and "hold to lock on" in said
    said.clear()
    game.world.get(game.player, Heat).overheated = True
    hud.draw(pygame.Surface((1280, 720)), game, 10.0, 1 / 60)
    assert "V-MAX · LOCKED · VENTING" in said and "LOCKED · VENTING" in said and "V-MAX · READY" not in said
    said.clear()
    game.res.fouron.active = True  # Fouron runs V-MAX by the pilot's rules: locked for it too
    hud.draw(pygame.Surface((1280, 720)), game, 10.0, 1 / 60)
    assert "V-MAX · LOCKED · VENTING" in said and "V-MAX · READY" not in said


@pytest.mark.parametrize("left, shown", [(300.0, "5:00"), (299.2, "5:00"), (1.7, "0:02"), (0.4, "0:01"), (0.0, "0:00")])
def test_the_countdown_reads_0_00_only_when_the_time_is_up(said, left, shown):
    hud = hud_of(new_game(seed=1))
    said.clear()  # the renderer draws a first frame as it is made
    hud._clock(pygame.Surface((1280, 720)), left)
    assert said == ["TIME", shown]


def test_the_clock_stops_where_the_level_was_decided(said, tmp_path):
    game = game_from_ascii(tmp_path, ROOM)
    game.res.level = dataclasses.replace(game.res.level, time_limit=60.0)
    hud = hud_of(game)
    game.res.clock.tick = round(58.5 * 60)
    hud.draw(pygame.Surface((1280, 720)), game, game.seconds, 1 / 60)
    game.res.outcome = "won"  # in the level's last seconds; the result comes a moment later, the game steps on
    game.res.clock.tick += round(1.6 * 60)
    said.clear()
    hud.draw(pygame.Surface((1280, 720)), game, game.seconds, 1 / 60)
    assert "0:02" in said and "0:00" not in said


def test_the_lock_prompt_names_the_control_in_as_many_words_as_fit_the_gauge(said, tmp_path):
    game = game_from_ascii(tmp_path, ROOM)
    hud = hud_of(game)
    for keys, prompt in ((("E",), "hold E to lock on"), (("RIGHT MOUSE",), "hold RIGHT MOUSE to lock on"),
                         ((), "hold to lock on"), (("E", "RIGHT MOUSE"), "hold E or RIGHT MOUSE: lock on"),
                         (("RIGHT MOUSE", "E"), "hold RIGHT MOUSE or E: lock on"),  # in the player's order
                         (("KEYPAD ENTER", "RIGHT MOUSE"), "hold KEYPAD ENTER to lock on"),  # both: too long
                         (("KEYPAD ENTER", "MOUSE X1", "F"), "hold KEYPAD ENTER to lock on")):
        hud.missile_keys = keys
        said.clear()
        hud.draw(pygame.Surface((1280, 720)), game, 10.0, 1 / 60)
        assert prompt in said


def test_the_missile_button_held_with_nothing_to_lock_says_so_not_to_hold_it(said, tmp_path):
    game = game_from_ascii(tmp_path, ROOM)
    hud = hud_of(game)
    hud.missile_keys = ("E",)
    for entity in [entity for entity in game.world.index(Brain)]:  # none in range: not even one to aim nearer
        game.world.delete(entity)
    game.world.get(game.player, Launcher).held = True  # E down, no machine in range and in the cone
    said.clear()
    hud.draw(pygame.Surface((1280, 720)), game, 10.0, 1 / 60)
    assert "no target to lock" in said and "hold E to lock on" not in said


def test_the_order_counts_objectives_only_when_there_are_several(said, tmp_path):
    pad = Objective(8, "pad", "objects", cell_region(2, 2), "Hold the pad", 5.0)
    gate = Objective(9, "gate", "objects", cell_region(6, 3), "Reach the gate")
    for objectives, order in (((pad,), "Hold the pad"), ((pad, gate), "Hold the pad (1/2)")):
        game = game_from_ascii(tmp_path, ROOM, extra={"objectives": objectives})
        game.res.objectives_reached = [False] * len(objectives)
        game.res.objectives_held = [0] * len(objectives)
        hud = hud_of(game)
        said.clear()
        hud._objectives(pygame.Surface((1280, 720)), game)
        assert said[0] == order
        game.res.objectives_held[0] = 60  # a second of the hold done
        said.clear()
        hud._objectives(pygame.Surface((1280, 720)), game)
        assert said[0] == f"{order} · HOLD 4 s"


def test_a_long_order_is_cut_before_its_count_and_the_hold_s_seconds_never_they(said, tmp_path):
    words = "Hold the relay station's landing pad until the lander is down, whatever comes over the ridge " * 2
    pad = Objective(8, "pad", "objects", cell_region(2, 2), words.strip(), 5.0)
    gate = Objective(9, "gate", "objects", cell_region(6, 3), "Reach the gate")
    game = game_from_ascii(tmp_path, ROOM, extra={"objectives": (pad, gate)})
    game.res.objectives_reached, game.res.objectives_held = [False, False], [60, 0]
    hud = hud_of(game)
    said.clear()
    hud._objectives(pygame.Surface((1280, 720)), game)
    assert said[0].startswith("Hold the relay station") and said[0].endswith("… (1/2) · HOLD 4 s")
    assert hud_module.font(18).size(said[0])[0] <= 1280 - 2 * ORDER_MARGIN


def test_v_max_ready_names_the_control_that_starts_it_when_it_fits_the_gauge(said, tmp_path):
    game = game_from_ascii(tmp_path, ROOM)
    hud = hud_of(game)
    game.world.get(game.player, Vmax).meter = 1.0
    for key, label in (("Q", "V-MAX · READY · PRESS Q"), ("Y", "V-MAX · READY · PRESS Y"),
                       ("MIDDLE MOUSE" * 3, "V-MAX · READY"), ("", "V-MAX · READY")):
        hud.vmax_key = key
        said.clear()
        hud.draw(pygame.Surface((1280, 720)), game, 10.0, 1 / 60)
        assert label in said
