"""Rei's panel keeps its see-through and fading layers drawn from frame to frame: what shows is still every frame's
own, the words typing, the voice's bars and the cursor moving, a new line or Fouron's colours coming in."""

import pygame
import pytest

from game.view.advisor_panel import FADE, HOLD, AdvisorPanel
from game.view.see_through import SEE_THROUGH
from game.view.sprites import SpriteBank

LINE = "Recommended target marked. Destroying it removes 64 percent of the threat."
GROUND = (196, 110, 60)  # Mars's ground, under a panel that lets it show through


def picture(panel, screen, fouron: bool, seconds: float) -> bytes:
    screen.fill(GROUND)
    panel.draw(screen, fouron, seconds)
    return pygame.image.tobytes(screen, "RGB")


def afresh(panel, sprites) -> AdvisorPanel:
    """A panel never drawn before, in the same state as `panel`: its line, how far it has got, how solid it is."""
    fresh = AdvisorPanel(sprites)
    fresh.line, fresh.age, fresh.veil = panel.line, panel.age, panel.veil
    return fresh


@pytest.mark.parametrize("veil", [SEE_THROUGH, 1.0], ids=["see-through", "solid"])
def test_a_panel_drawn_frame_after_frame_shows_what_one_drawn_afresh_shows(screen, veil):
    sprites = SpriteBank()
    panel = AdvisorPanel(sprites)
    panel.say("rei", LINE)
    panel.veil = veil
    seen, seconds = set(), 0.0
    # Typing (bars and cursor moving), holding, fading (the solid panel's plate and words laid on together), then a
    # new line, and Fouron's colours while it holds the controls with nothing said
    steps = [1 / 60] * 90 + [panel.line.typing_time, HOLD - 0.05] + [FADE / 6] * 5
    for step, fouron, new_line in [(s, False, False) for s in steps] + [(1 / 60, False, True)] + \
            [(1 / 60, False, False)] * 10 + [(FADE + HOLD + 10.0, True, False)] + [(0.3, True, False)] * 4:
        if new_line:
            panel.say("fouron", "Pilot. Destroy them all.")
        panel.update(step)
        seconds += step
        drawn = picture(panel, screen, fouron, seconds)
        assert drawn == picture(afresh(panel, sprites), screen, fouron, seconds)
        seen.add(drawn)
    assert len(seen) > 40  # it did change as it typed, faded and changed hands: each of those compared
