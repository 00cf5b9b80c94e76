"""What the player is shown of objectives that come in order: the plate names an open one, the map marks and points
to open ones only, and the notice names the one that opens; F3 shows a closed one dashed, saying what it waits for."""

from types import SimpleNamespace

import pygame

from game.content.chain import LEVELS
from game.content.level_data import Objective
from game.session import new_game
from game.sim.events import ObjectiveOpened, ObjectiveReached
from game.view import markers, regions
from game.view.hud_plates import plates
from game.view.markers import objective_markers
from tests.drawn_words import record_drawn_words
from tests.maps import cell_region, game_from_ascii
from tests.view.conftest import ROOM, hud_of

LANDING_FIELD = LEVELS / "landing_field.tmx"


def camera_at(left: float, top: float):
    return SimpleNamespace(left=left, top=top, to_screen=lambda x, y: (x - left, y - top))


def test_the_plate_names_the_open_objective_not_a_closed_one_first_in_the_file_and_counts_all(said, tmp_path):
    beacon = Objective(9, "beacon", "objects", cell_region(1, 1), "Hold the landing beacon", 5.0, after=8)
    relay = Objective(8, "relay", "objects", cell_region(5, 3), "Silence the relay post")
    game = game_from_ascii(tmp_path, ROOM, extra={"objectives": (beacon, relay)})
    hud = hud_of(game)
    said.clear()
    hud._objectives(pygame.Surface((1280, 720)), game)
    assert said[0] == "Silence the relay post (1/2)"
    game.res.objectives_reached = [False, True]  # the relay silenced: the beacon opens
    said.clear()
    hud._objectives(pygame.Surface((1280, 720)), game)
    assert said[0] == "Hold the landing beacon (2/2)"


def test_the_plate_names_the_objective_the_notice_said_is_next_not_an_unordered_one_first_in_the_file(said, tmp_path):
    # A fuel dump to take whenever, and a relay then its beacon: the relay silenced, the notice says "Next: Hold the
    # landing beacon"; the plate named the fuel dump, first in the file, and the beacon only once that was taken
    dump = Objective(7, "dump", "objects", cell_region(1, 1), "Take the fuel dump")
    relay = Objective(8, "relay", "objects", cell_region(5, 3), "Silence the relay post")
    beacon = Objective(9, "beacon", "objects", cell_region(6, 1), "Hold the landing beacon", 5.0, after=8)
    game = game_from_ascii(tmp_path, ROOM, extra={"objectives": (dump, relay, beacon)})
    hud = hud_of(game)
    said.clear()
    hud._objectives(pygame.Surface((1280, 720)), game)
    assert said[0] == "Take the fuel dump (1/3)"  # nothing reached yet: the file's order, as on any map
    game.res.objectives_reached = [False, True, False]
    said.clear()
    hud._objectives(pygame.Surface((1280, 720)), game)
    assert said[0] == "Hold the landing beacon (2/3)"
    game.res.objectives_reached = [False, True, True]
    said.clear()
    hud._objectives(pygame.Surface((1280, 720)), game)
    assert said[0] == "Take the fuel dump (3/3)"


def test_the_map_marks_and_points_to_the_open_objective_only(display, monkeypatch):
    game = new_game(LANDING_FIELD, seed=1)
    relay, beacon = game.res.level.objectives
    pointed = []
    real_arrow = markers.edge_arrow
    monkeypatch.setattr(markers, "edge_arrow", lambda surface, target, color:
                        (pointed.append(target), real_arrow(surface, target, color))[1])
    words = record_drawn_words(monkeypatch, markers)

    def drawn(camera):
        pointed.clear()
        words.clear()
        surface = pygame.Surface((1280, 720))
        areas, _ = objective_markers(surface, game, camera, 0.0, plates(surface.get_size(), game))
        return [region for region, _ in areas]

    beside_both = camera_at(relay.region.x - 200, relay.region.y - 250)  # the relay and the beacon both in view
    assert drawn(beside_both) == [relay.region]  # the beacon's area neither outlined nor labelled
    assert "HOLD 24 s" not in words and "HOLD 15 s" in words
    far_off = camera_at(-2000.0, -2000.0)  # both out of view: one arrow, toward the relay
    drawn(far_off)
    assert pointed == [far_off.to_screen(*relay.region.centre)]
    game.res.objectives_reached = [True, False]  # silenced: now the beacon, and only it
    assert drawn(beside_both) == [beacon.region] and "HOLD 24 s" in words
    drawn(far_off)
    assert pointed == [far_off.to_screen(*beacon.region.centre)]
    game.close()


def test_the_notice_names_the_objective_that_opens_as_the_one_before_it_is_reached(display):
    game = new_game(LANDING_FIELD, seed=1)
    hud = hud_of(game)
    hud.on_events([ObjectiveReached(3, "Silence the relay post", 1)])
    assert hud.message[0] == "Objective reached: 1 to go."  # what a map without an order says
    hud = hud_of(game)  # another HUD: in this one the second notice would wait for the first to be read
    hud.on_events([ObjectiveReached(3, "Silence the relay post", 1), ObjectiveOpened(4, "Hold the landing beacon")])
    assert hud.message[0] == "Objective reached. Next: Hold the landing beacon."
    game.close()


def test_an_objective_that_opens_two_names_both_next_in_its_order(display):
    game = new_game(LANDING_FIELD, seed=1)
    hud = hud_of(game)
    hud.on_events([ObjectiveReached(3, "Silence the relay post", 2), ObjectiveOpened(4, "Hold the landing beacon."),
                   ObjectiveOpened(5, " Take the gate ")])
    assert hud.message[0] == "Objective reached. Next: Hold the landing beacon · Take the gate."
    game.close()


def test_f3_shows_a_closed_objective_saying_what_it_waits_for_by_id_and_name(display, monkeypatch):
    game = new_game(LANDING_FIELD, seed=1)
    words = record_drawn_words(monkeypatch, regions)
    relay, beacon = game.res.level.objectives
    marks = regions.LevelMarks(game.res.level)
    marks.draw(pygame.Surface((1280, 720)), game, camera_at(relay.region.x - 200, relay.region.y - 250), [])
    assert "closed until #3 relay post is reached; hold 24 s" in words and "hold 15 s" in words
    game.close()


def test_the_last_objective_reached_leaves_its_notice_to_the_plate_saying_all_are_reached(said, tmp_path):
    # The Layzner stands on the level's only objective (P at cell 2, 2): reaching it wins. The plate says "All
    # objectives reached"; a notice under it saying "Objective reached." was the same news twice.
    game = game_from_ascii(tmp_path, ROOM, extra={"objectives": (
        Objective(8, "relay", "objects", cell_region(2, 2), "Silence the relay post"),)})
    hud = hud_of(game)
    game.step()
    assert [type(event) for event in game.res.events if isinstance(event, ObjectiveReached)] == [ObjectiveReached]
    hud.on_events(game.res.events)
    assert hud.message[0] == "" and not hud.waiting
    said.clear()
    hud._objectives(pygame.Surface((1280, 720)), game)
    assert said[0] == "All objectives reached"
