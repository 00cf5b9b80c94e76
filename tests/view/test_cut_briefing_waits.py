"""Rei's briefing cut off by Fouron seizing the machine is not typed out in the top banner over the takeover, where
it read as Rei talking through Fouron: it is shown whole once the controls are handed back and CONTROL RESTORED has
gone; and once the level is decided no cut briefing is shown (nor left up) over the end of the fight."""

import math

import pytest

from game.content.feel import load_feel
from game.settings import Settings
from game.sim.events import AdvisorSpoke, FouronReleased, FouronSeized
from game.view.fouron import RELEASE_TIME
from game.view.renderer import Renderer
from game.view.sprites import SpriteBank
from tests.maps import game_from_ascii
from tests.view.test_advisor_view import ARENA, BRIEFING

STEP = 1 / 60
TOLD = f"Rei: {BRIEFING}"


@pytest.fixture
def cut(tmp_path, screen):
    """(game, renderer) a second into Rei's briefing, as Fouron seizes the machine and cuts it off."""
    game = game_from_ascii(tmp_path, ARENA)
    renderer = Renderer(game, (1280, 720), SpriteBank(), load_feel())
    renderer.update(game, [AdvisorSpoke("rei", "message", BRIEFING, 5)], (0, 0), STEP, Settings())
    play(game, renderer, 1.0)
    game.res.fouron.active = True
    renderer.update(game, [FouronSeized("armour"), AdvisorSpoke("fouron", "seized", "Pilot unresponsive.", 9)],
                    (0, 0), STEP, Settings())
    yield game, renderer
    game.close()


def play(game, renderer, seconds: float, events=()) -> set[str]:
    """The HUD's messages over `seconds` of frames, the first frame's `events` with them."""
    shown = set()
    for frame in range(math.ceil(seconds / STEP)):
        renderer.update(game, list(events) if frame == 0 else [], (0, 0), STEP, Settings())
        shown.add(renderer.hud.message[0])
    return shown


def test_a_briefing_cut_by_fouron_waits_for_the_hand_back_then_is_shown_whole(cut):
    game, renderer = cut
    assert play(game, renderer, 4.0) == {""}  # nothing of Rei's in the banner while Fouron flies
    game.res.fouron.active = False
    assert play(game, renderer, RELEASE_TIME - 0.1, [FouronReleased("resisted")]) == {""}  # under CONTROL RESTORED
    assert TOLD in play(game, renderer, 0.3)  # then her briefing, whole


def test_a_briefing_cut_by_fouron_is_not_shown_once_the_level_is_decided(cut):
    game, renderer = cut
    play(game, renderer, 1.0)
    game.res.outcome = "lost"  # wrecked under Fouron
    game.res.fouron.active = False
    assert play(game, renderer, RELEASE_TIME + 2.0, [FouronReleased("danger_past")]) == {""}


def test_a_cut_briefing_still_up_when_the_level_is_decided_is_taken_down(cut):
    game, renderer = cut
    game.res.fouron.active = False
    assert TOLD in play(game, renderer, RELEASE_TIME + 0.5, [FouronReleased("resisted")])
    game.res.outcome = "lost"
    renderer.update(game, [], (0, 0), STEP, Settings())
    assert renderer.hud.message[0] == ""
