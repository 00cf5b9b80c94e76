"""The result page of a run lost over the Layzner's wreck leaves the wreck in sight: its plate (table and menu) stands
to one side and the view holds the wreck, drawn lit, in the room beside it; a won page stands in the middle."""

import pygame
import pytest

from game.scenes import result as result_module
from game.scenes.result import ResultScene
from game.sim.components import Health
from game.sim.resources import TICK_RATE
from tests.scenes.conftest import play_on

STEP = 1 / TICK_RATE
# A hall far wider and taller than the screen, the Layzner in its middle and a Dis six tiles right of it: the view
# centres on the wreck as it falls (the death beat), where the old page put its plate.
HALL = ["#" * 80, *["#" + "." * 78 + "#"] * 28, "#" + "." * 39 + "P" + "." * 5 + "E" + "." * 32 + "#",
        *["#" + "." * 78 + "#"] * 28, "#" * 80]


@pytest.fixture
def hall(tmp_path, display):
    return play_on(tmp_path, HALL, "hall.tmx")


def the_page(play, monkeypatch) -> tuple[ResultScene, list]:
    """Play frame by frame as the app does until the result page is up, then its first two seconds: the page and the
    plates it stood its table and menu on (each frame's)."""
    plates = []
    real = result_module.backing
    monkeypatch.setattr(result_module, "backing", lambda *args: plates.append(real(*args)) or plates[-1])
    screen = pygame.display.get_surface()
    for _ in range(20 * TICK_RATE):
        if isinstance(play.ctx.stack[-1], ResultScene):
            break
        play.step()
        play.frame(STEP)
        play.draw(screen, 1.0)
    page = play.ctx.stack[-1]
    assert isinstance(page, ResultScene)
    for _ in range(2 * TICK_RATE):
        page.frame(STEP)
        page.draw(screen, 1.0)
    return page, plates


def test_a_lost_run_s_page_leaves_the_layzner_s_wreck_in_sight_beside_its_plate(hall, monkeypatch):
    hall.game.world.get(hall.game.player, Health).hit_points = 1.0  # the Dis wrecks it at its first hit
    hall.game.res.tally.takeovers = 1  # Fouron spent earlier in the level: it would seize, shots passing through
    page, plates = the_page(hall, monkeypatch)
    assert hall.game.outcome == "lost"
    renderer = hall.renderer
    x, y, angle, kind = renderer.effects.layzner_wreck
    wreck = renderer.sprites.rotated(f"{kind}_wreck", angle).get_bounding_rect()
    wreck.center = renderer.camera.to_screen(x, y)
    screen = pygame.display.get_surface().get_rect()
    assert screen.contains(wreck)  # in view, whole
    assert not wreck.colliderect(plates[-1])  # not under the table and menu's plate
    assert plates[-1].right < wreck.left  # the page to one side, the wreck in the room on the other


def test_a_won_run_s_page_stands_in_the_middle(hall, monkeypatch):
    game = hall.game
    game.world.get(game.player, Health).hit_points = 10_000
    for entity in game.enemies():  # nothing left to fight: the hall is cleared, won
        game.world.delete(entity)
    page, plates = the_page(hall, monkeypatch)
    assert game.outcome == "won"
    assert plates[-1].centerx == pygame.display.get_surface().get_width() // 2
