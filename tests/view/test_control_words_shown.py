"""A level's message names the player's controls in full, whatever their names: typed whole in the time the rules give
it, "{{" and "}}" as braces, and a control with nothing bound named with what to do about it."""

from pathlib import Path

import yaml

from game.content.control_words import NAME_LENGTH, shown_length
from game.input.bindings import DEFAULT_BINDINGS_PATH, parse_bindings
from game.settings import Settings
from game.sim.events import AdvisorSpoke, MessageShown
from game.sim.resources import STEP
from game.sim.systems.speech import SPEECH_RATE
from game.view.advisor_panel import AdvisorPanel
from game.view.controls import control_words, messages_named, name_controls
from game.view.sprites import SpriteBank
from game.view.text import KEPT_WHOLE, font, wrap
from tests.view.test_briefing_names_controls import rebound

LONG_NAMES = {"move": "KEYPAD 8/4/5/6 or W/A/S/D", "aim": "MOUSE", "fire": "MIDDLE MOUSE"}


def test_a_message_naming_controls_longer_than_the_rules_count_them_is_typed_whole_in_the_rules_typing_time(display):
    """The rules type "Move with {move}..." in 1.5 s, a name as NAME_LENGTH characters; named "KEYPAD 8/4/5/6 or
    W/A/S/D" and "MIDDLE MOUSE" it is 19 characters longer, and its end was still typing when they had it read."""
    written = "Move with {move}. Aim with {aim}, and fire with {fire}."
    named = name_controls(written, LONG_NAMES)
    assert len(named) > shown_length(written)  # the case in question: longer named than timed
    panel = AdvisorPanel(SpriteBank())
    panel.say("rei", named, message=True, situation="message")
    for _ in range(int(shown_length(written) / SPEECH_RATE / STEP) + 1):  # the ticks the rules give its typing
        panel.update(STEP)
    assert not panel.typing
    assert panel.typed == panel.line.length


def test_the_briefing_with_long_names_is_typed_whole_by_the_time_the_rules_have_it_typed(scene):
    """Played: each of the Mars base's briefing messages is whole in Rei's panel once the rules count it typed (and go
    on to its reading time), with moving on the keypad and the letters, fire on Right Shift, dash on Print Screen and
    nothing for V-MAX."""
    game, renderer, _ = scene
    data = yaml.safe_load(Path(DEFAULT_BINDINGS_PATH).read_text(encoding="utf-8"))
    data["keyboard"].update(move_up=["[8]", "w"], move_left=["[4]", "a"], move_down=["[5]", "s"],
                            move_right=["[6]", "d"], fire=["right shift"], dash=["print screen"], vmax=[])
    data["mouse"].update(fire=[], vmax=[])
    bindings = parse_bindings(data, "bindings.yaml")
    renderer.control_words = lambda: control_words(bindings, Settings(), "keyboard")
    typed_by, seen = None, {}  # when the rules have the panel's message typed; its words → whole by then
    for _ in range(round(20 / STEP)):
        line = renderer.panel.line
        renderer.update(game, list(game.step()), (0, 0), STEP, Settings())
        if renderer.panel.line is not line:
            typed_by = game.res.voice.typed_until  # said this tick: the rules' typing ends then
        line = renderer.panel.line
        if line is not None and line.key == "rei.message" and game.res.clock.seconds >= typed_by:
            seen.setdefault(line.text.replace(KEPT_WHOLE, " "), not renderer.panel.typing)
    assert [text[:20] for text in seen] == ["Move: KEYPAD 8/4/5/6", "Near destruction, th", "Mars, 1996. Gradosia"]
    assert all(seen.values()), seen


def test_braces_written_twice_show_one_brace_as_in_pythons_format():
    assert name_controls("{{fire}} is {fire}; {{}} and }}", {"fire": "RT"}) == "{fire} is RT; {} and }"
    assert name_controls("{{{fire}}}", {"fire": "RT"}) == "{RT}"


def test_a_brace_written_twice_counts_as_the_one_brace_shown_for_how_long_a_message_stays_up():
    assert shown_length("{{Rei}}: {fire}}}") == len("{Rei}: }") + NAME_LENGTH


def test_a_hud_message_with_only_closing_braces_written_twice_shows_one():
    events = messages_named([MessageShown(3, "Sector 7 }}")], dict)
    assert [event.text for event in events] == ["Sector 7 }"]


def test_an_action_with_nothing_bound_is_named_in_a_message_with_where_to_bind_it():
    words = control_words(rebound(knuckle=[], move_up=[], move_left=[], move_down=[], move_right=[]), Settings())
    said = messages_named([AdvisorSpoke("rei", "message", "Move with {move}. Press {knuckle}.", 5)], lambda: words)
    assert said[0].text == "Move with (unbound: set it in Controls). Press (unbound: set it in Controls)."


def test_a_control_s_name_of_two_words_is_never_wrapped_across_two_rows_of_a_message(display):
    """"Aim with RIGHT / STICK" split over rows reads as two controls: a name stays whole on its row, wherever the
    row ends (a visual check found it in a PlayStation player's briefing)."""
    defaults = yaml.safe_load(Path(DEFAULT_BINDINGS_PATH).read_text(encoding="utf-8"))
    words = control_words(parse_bindings(defaults, "bindings.yaml"), Settings(), "pad")
    named = name_controls("Rei: Move with {move}. Aim with {aim}, and fire with {fire}.", words)
    face = font(22)
    for width in range(120, 520, 2):
        rows = wrap(named, face, width)
        assert not any(row.endswith(("LEFT", "RIGHT")) for row in rows), (width, rows)
    assert face.size(f"RIGHT{KEPT_WHOLE}STICK") == face.size("RIGHT STICK")  # drawn as a plain space
    assert [row.replace(KEPT_WHOLE, " ") for row in wrap(named, face, 2000)] == [
        "Rei: Move with LEFT STICK. Aim with RIGHT STICK, and fire with RT."]
