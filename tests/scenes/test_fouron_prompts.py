"""While Fouron holds the controls it ignores the pilot's missiles and V-MAX: the gauges still say what the machine
can do, but name no control to press. The one control that counts, dash, is named by Fouron's own plate."""

from game.sim.components import Heat, Vmax
from game.sim.systems.fouron import seize
from game.view import fouron as fouron_module
from game.view import hud as hud_module
from tests.drawn_words import record_drawn_words


def test_under_fouron_the_gauges_invite_no_press_it_would_ignore_and_the_resist_prompt_names_dash(
        play, display, monkeypatch):
    said = record_drawn_words(monkeypatch, hud_module, fouron_module)
    game = play.game
    game.world.get(game.player, Vmax).meter = 1.0  # a whole V-MAX to run, on a cool gauge: READY
    game.world.get(game.player, Heat).value = 0.0
    play.draw(display, 0.0)
    assert "V-MAX · READY · PRESS Q" in said and "hold E or RIGHT MOUSE: lock on" in said  # the pilot's to press
    assert seize(game.world, game.res, "scripted")
    said.clear()
    play.draw(display, 0.0)
    assert "V-MAX · READY" in said and "ready" in said  # what the machine can do, said all the same
    assert not [words for words in said if "PRESS Q" in words or "hold" in words]
    assert "SPACE" in said  # MASH [SPACE] TO RESIST: the one press that counts
