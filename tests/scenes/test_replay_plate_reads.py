"""The replay plate's controls read at 1280x720 and in a smaller window: never set under the smallest size, never cut,
wrapped to another row where the plate is too narrow, the plate grown to hold every row; ESCAPE reads as one word."""

from pathlib import Path

import pygame
import yaml

from game.input.bindings import DEFAULT_BINDINGS_PATH, parse_bindings
from game.view import replay_plate as plate_module
from game.view.text import SMALLEST, font
from tests.scenes.test_replay_controls import press, watching

# The longest names the keyboard's and the mouse's inputs have, given to the replay's controls
LONG_NAMES = {"menu_left": ["left shift", "left ctrl"], "menu_right": ["right shift", "right ctrl"],
              "menu_confirm": ["enter"], "menu_seek_back": ["[+]", "page up"],
              "menu_seek_forward": ["[-]", "page down"], "restart": ["application"], "pause": ["right alt"]}


def drawn_on_the_plate(scene, display, monkeypatch) -> list[tuple[str, int, pygame.Rect]]:
    """Each string the plate draws in a frame of the steered replay, with its size and where its words stand."""
    drawn, real = [], plate_module.draw_text

    def draw_text(surface, text, pos, size=24, *rest, **named):
        rect = real(surface, text, pos, size, *rest, **named)
        drawn.append((text, size, pygame.Rect(rect.x, rect.y, font(size).ink_width(text), rect.height)))
        return rect

    monkeypatch.setattr(plate_module, "draw_text", draw_text)
    scene.draw(display, 0.0)
    return drawn


def test_with_the_longest_names_no_control_on_the_replay_plate_is_set_small_or_cut_and_the_plate_holds_them(
        display, monkeypatch):
    data = yaml.safe_load(Path(DEFAULT_BINDINGS_PATH).read_text(encoding="utf-8"))
    data["keyboard"].update(LONG_NAMES)
    for device in ("keyboard", "pad"):
        scene = watching(60)
        scene.ctx.bindings = parse_bindings(data, "bindings.yaml")
        press(scene, menu_right=True, device=device)  # steered: the bar and the controls show
        drawn = drawn_on_the_plate(scene, display, monkeypatch)
        [plate] = scene.renderer.scene_plates
        controls = drawn[3:]  # under REPLAY, the time and the speed
        for text, size, rect in controls:
            assert size >= SMALLEST and "…" not in text, f"{text!r} at {size} px"
            assert plate.left + 10 <= rect.left and rect.right <= plate.right - 10, f"{text!r} past the plate's edge"
            assert rect.bottom <= plate.bottom - 4, f"{text!r} below the plate"
        said = " ".join(text for text, _, _ in controls)  # every control named whole
        assert "KEYPAD ENTER normal speed" in said if device == "keyboard" else "A normal speed" in said
        assert "held from the start" in said and said.endswith("pause")


def letter_gaps(word: str, size: int) -> list[int]:
    """px of blank between each letter's ink and the next's, as draw_text sets `word` at `size` (a glyph's ink: its
    columns a quarter covered or more)."""
    face, spans = font(size), []
    for at, letter in enumerate(word):
        alpha = pygame.surfarray.array_alpha(face.render(letter))
        inked = [x for x in range(alpha.shape[0]) if alpha[x].max() >= 64]
        start = face.size(word[:at])[0]
        spans.append((start + inked[0], start + inked[-1] + 1))
    return [right[0] - left[1] for left, right in zip(spans, spans[1:])]


def test_escape_on_the_replay_plate_is_set_as_one_word_not_es_cape(display, monkeypatch):
    """At 16 px the font's hinting set ESCAPE's E against its S and two blank columns before its C: scaled to a
    1104x621 window it read "ES CAPE". No pair of its letters stands 2 px further apart than the pair beside it."""
    scene = watching(60)
    press(scene, menu_right=True)
    [(row, size)] = [(text, size) for text, size, _ in drawn_on_the_plate(scene, display, monkeypatch)
                     if "ESCAPE" in text]
    gaps = letter_gaps("ESCAPE", size)
    assert all(abs(left - right) <= 1 for left, right in zip(gaps, gaps[1:])), f"gaps {gaps} at {size} px"
