"""Rei's briefing on the Mars base names the pilot's own controls: the map writes "{fire}", the rules keep it so (a
replay plays the same whoever watches), and the view shows the control bound to it on the device in use, as the
HUD's prompts name it, in her panel and in the comms log."""

from pathlib import Path

import yaml

from game.input.bindings import DEFAULT_BINDINGS_PATH, default_bindings, parse_bindings
from game.scenes.comms import log_rows
from game.settings import Settings
from game.sim.resources import STEP
from game.view.controls import control_words
from game.view.text import KEPT_WHOLE

CONTROLS_AT = 3.0  # s: the briefing's first message, the controls, is said at once and typed by 1.7 s
FOURON_AFTER = 3.5  # s more: its second, Fouron's, is said at 5.1 s


def rebound(**keyboard):
    """The shipped bindings with these keyboard keys, and the mouse's fire button taken off (so a key comes first)."""
    data = yaml.safe_load(Path(DEFAULT_BINDINGS_PATH).read_text(encoding="utf-8"))
    data["keyboard"].update(keyboard)
    data["mouse"]["fire"] = []
    return parse_bindings(data, "bindings.yaml")


def panel_after(game, renderer, seconds: float) -> str:
    """The words in Rei's panel after `seconds` of play, the pilot's hands off the controls, as read (a name's words
    are held on one row by no-break spaces)."""
    for _ in range(round(seconds / STEP)):
        renderer.update(game, list(game.step()), (0, 0), STEP, Settings())
    return renderer.panel.line.text.replace(KEPT_WHOLE, " ")


def test_the_briefing_names_a_rebound_fire_key_in_reis_panel(scene):
    game, renderer, _ = scene
    bindings = rebound(fire=["h"], move_up=["i"], move_left=["j"], move_down=["k"], move_right=["l"])
    renderer.control_words = lambda: control_words(bindings, Settings(), "keyboard")
    assert panel_after(game, renderer, CONTROLS_AT) == \
        "Move: IJKL. Aim: MOUSE. Fire: H. Dash: SPACE."
    said = [words for _, who, words in game.res.comms if who == "rei"]
    assert "Move: {move}. Aim: {aim}. Fire: {fire}. Dash: {dash}." in said  # the rules' words as the map wrote them


def test_on_a_pad_the_briefing_names_the_sticks_and_the_trigger(scene):
    game, renderer, _ = scene
    settings = Settings()
    renderer.control_words = lambda: control_words(default_bindings(), settings, "pad")
    assert panel_after(game, renderer, CONTROLS_AT) == \
        "Move: LEFT STICK. Aim: RIGHT STICK. Fire: RT. Dash: A."
    assert panel_after(game, renderer, FOURON_AFTER) == "Near destruction, the black box Fouron seizes control: mash A."


def test_the_comms_log_names_the_controls_as_the_panel_did(display):
    words = control_words(rebound(dash=["e"]), Settings(), "keyboard")
    rows = log_rows([(11.0, "rei", "{dash} dashes through fire. {unknown} stays as written.")], 2000, words)
    assert [row.text for row in rows] == ["E dashes through fire. {unknown} stays as written."]


def test_move_keys_other_than_four_letters_are_named_as_they_are_not_as_the_arrows():
    """A pilot moving on the keypad was told "Move with ARROWS" (any move keys but four letters were called the
    arrows), and so was one with no up key at all."""
    keypad = rebound(move_up=["[8]"], move_left=["[4]"], move_down=["[5]"], move_right=["[6]"])
    assert control_words(keypad, Settings(), "keyboard")["move"] == f"KEYPAD{KEPT_WHOLE}8/4/5/6"
    assert control_words(rebound(move_up=[]), Settings(), "keyboard")["move"] == \
        "A/S/D or LEFT/DOWN/RIGHT".replace(" ", KEPT_WHOLE)
    arrows = rebound(move_up=["up"], move_left=["left"], move_down=["down"], move_right=["right"])
    assert control_words(arrows, Settings(), "keyboard")["move"] == "ARROWS"


def test_a_level_played_names_the_players_own_controls_from_its_bindings(display):
    """The play scene gives its renderer the words from the bindings in use, as it makes it."""
    from game.scenes.play import PlayScene
    from tests.scenes.conftest import make_context
    ctx = make_context("levels/mars_base.tmx")
    ctx.bindings = rebound(fire=["h"])
    play = PlayScene(ctx, ctx.level_path)
    for _ in range(round(CONTROLS_AT / STEP)):
        play.step()
        play.frame(STEP)
    assert play.renderer.panel.line.text == "Move: WASD. Aim: MOUSE. Fire: H. Dash: SPACE."
