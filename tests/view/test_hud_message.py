"""A trigger's message: wrapped to fit the screen, however long, and up long enough to be typed out and read."""

import pytest

from game.settings import Settings
from game.sim.events import MessageShown
from game.sim.systems.speech import READING
from game.view.hud import MESSAGE_TIME, TYPING, message_time
from game.view.overlays import draw_problems

BRIEFING = ("Rei: The relay station ahead is held by Gradosian SPTs. The extraction pad is past it, to the east. "
            "Hold it until the lander comes down.")


def test_a_long_message_wraps_onto_more_lines_inside_the_screen(scene):
    game, renderer, screen = scene
    renderer.update(game, [MessageShown(1, BRIEFING)], (0, 0), 1 / 60, Settings())
    renderer.hud.message = (BRIEFING, len(BRIEFING) / TYPING + 0.5)  # typed out in full
    renderer.draw(screen, game, 1.0, 1 / 60)
    plate = renderer.hud._message_plate[1]
    drawn = plate.get_bounding_rect()
    assert drawn.left >= 40 and drawn.right <= screen.get_width() - 40  # nothing runs off the screen
    assert plate.get_height() > 64  # more than one line


def test_a_message_stays_up_until_read_as_it_types_and_a_short_one_the_usual_time():
    assert message_time("Alarm!") == MESSAGE_TIME
    assert len(BRIEFING) / TYPING < message_time(BRIEFING) == pytest.approx(len(BRIEFING) / READING)
    assert message_time(BRIEFING) > MESSAGE_TIME + 1


def test_a_broken_maps_problems_stand_under_the_top_row_clear_of_the_gauges_and_panel(scene):
    """At most, eight wrapped rows and the "... and more" line: all between the clock and where the bottom of the HUD
    (gauges, Rei's panel) begins."""
    surface = scene[2]
    long = "level.tmx: layer \"objects\", object 5 \"south patrol\", property patrol: expected " + "words " * 40
    rect = draw_problems(surface, "level.tmx has problems; still playing the last good version", [long] * 6)
    assert rect.top >= 98  # the clock's plate ends at 98
    assert rect.bottom <= 720 - 236  # Rei's panel and the gauges are below


def test_a_message_written_as_from_rei_names_her_apart_in_her_colour(scene, monkeypatch):
    from game.view import hud as hud_module
    from game.view.advisor_panel import speaker
    game, renderer, screen = scene
    drawn = []
    real = hud_module.draw_text
    monkeypatch.setattr(hud_module, "draw_text", lambda surface, text, pos, size=24, color=None, **kw:
                        (drawn.append((text, color)), real(surface, text, pos, size, color, **kw))[1])
    for text, parts in (("Rei: Perimeter sensor tripped.", [("Rei: ", speaker("rei").color),
                                                            ("Perimeter sensor tripped.", hud_module.WHITE)]),
                        ("Alarm! All units converge.", [("Alarm! All units converge.", hud_module.WHITE)])):
        drawn.clear()
        renderer.hud._message(screen, text, len(text) / TYPING + 0.5, 1 / 60)  # typed out in full
        assert drawn == parts  # words and colours: tests/drawn_words.py keeps the words only


def test_the_same_words_told_again_while_they_are_up_are_not_typed_again_from_the_start(scene):
    # shown late, behind another message, a sensor's words may still be up when the rules let them go again
    game, renderer, _ = scene
    hud = renderer.hud
    hud.show_message("Gradosian machines ahead.")
    hud.message = (hud.message[0], 3.0)  # typed and read, still up
    hud.show_message("Gradosian machines ahead.")
    assert hud.message == ("Gradosian machines ahead.", 3.0) and hud.waiting == []
    hud.message = (hud.message[0], MESSAGE_TIME)  # gone
    hud.show_message("Gradosian machines ahead.")
    assert hud.message == ("Gradosian machines ahead.", 0.0)
