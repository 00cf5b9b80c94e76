"""Combat reads on screen: the Layzner's death is seen (its wreck over the machines round it, the view easing onto it),
Rei's figures leave a target the frame it goes down, and a hit flashes the machine it lands on."""

import numpy as np
import pygame
import pytest

from game.content.feel import load_feel
from game.result_delay import RESULT_DELAY
from game.session import DEFAULT_LEVEL, new_game
from game.settings import Settings
from game.sim.components import Brain, Position
from game.sim.damage import deal_damage
from game.sim.events import Destroyed
from game.sim.resources import Advice
from game.sim.systems.disabling import disable
from game.view.hud_plates import plates
from game.view.rei_marker import ReiMarker
from game.view.renderer import Renderer
from game.view.sprites import SpriteBank
from tests.maps import game_from_ascii
from tests.view.test_rei_marker_on_a_kill import CAMERA, STEP, cyan_columns, two_targets
from tests.view.test_rei_plate import pixels

SIZE = (1280, 720)
STILL = Settings(screen_shake=0.0)  # no shake: the same pixels frame to frame but for what the test changes
MIDDLE = (1200.0, 900.0)  # a point of the Mars base far enough from its edges for the view to centre on it
HALL = ["#" * 80, *["#" + "." * 78 + "#"] * 28, "#" + "." * 39 + "P" + "." * 19 + "E" + "." * 18 + "#",
        *["#" + "." * 78 + "#"] * 28, "#" * 80]  # MIDDLE is in it, far from its walls too


@pytest.fixture
def game(display):
    game = new_game(DEFAULT_LEVEL, seed=1)
    yield game
    game.close()


def an_enemy(game) -> int:
    return next(entity for entity, _ in game.world.query(Brain))


def place(game, entity, x, y) -> None:
    pos = game.world.get(entity, Position)
    pos.x = pos.prev_x = x
    pos.y = pos.prev_y = y


def frames(renderer, game, events, count: int) -> pygame.Surface:
    """The screen after `count` frames at 60 FPS, the first given `events`."""
    screen = pygame.Surface(SIZE)
    for frame in range(count):
        renderer.update(game, events if frame == 0 else [], MIDDLE, STEP, STILL)
        renderer.draw(screen, game, 1.0, STEP, overlays=False)
    return screen


def destroy_the_layzner(game, aim) -> tuple[Renderer, tuple, list]:
    """A renderer whose view has followed the Layzner at MIDDLE leaning toward `aim`; (it, where the Layzner fell, the
    events of the tick it blew up in)."""
    place(game, game.player, *MIDDLE)
    renderer = Renderer(game, SIZE, SpriteBank(), load_feel())
    for _ in range(60):  # a second of frames: the view settles, leaning toward the aim
        renderer.update(game, [], aim, STEP, STILL)
        renderer.draw(pygame.Surface(SIZE), game, 1.0, STEP, overlays=False)
    deal_damage(game.world, game.res, game.player, 1e6, *MIDDLE, 0)
    return renderer, MIDDLE, game.step()


def the_wreck_seen(tmp_path, with_a_dis_on_it: bool) -> np.ndarray:
    """The pixels where the Layzner's wreck is solid and lit, at the end of the result's delay, with a Dis standing
    right on it or not: the same frames but for the Dis, in a room with no weather over them."""
    folder = tmp_path / ("under" if with_a_dis_on_it else "alone")
    folder.mkdir()
    game = game_from_ascii(folder, HALL)
    enemy = an_enemy(game)
    renderer, fell, events = destroy_the_layzner(game, MIDDLE)
    if with_a_dis_on_it:  # the Dis that killed it, right over it
        place(game, enemy, *fell)
    screen = frames(renderer, game, events, round(RESULT_DELAY / STEP))  # the blast and its smoke gone by now
    angle = next(event.angle for event in events if isinstance(event, Destroyed))
    image = renderer.sprites.rotated("layzner_wreck", angle)
    rect = image.get_rect(center=renderer.camera.to_screen(*fell))
    game.close()
    # its body: solid and lit (its scorch and shadow round it are dark and soft, and show what lies under them)
    body = (pygame.surfarray.array_alpha(image).T >= 250) & (pixels(image).max(axis=2) >= 80)
    return pixels(screen)[rect.top:rect.bottom, rect.left:rect.right][body].astype(int)


def test_the_layzner_s_wreck_is_drawn_over_a_dis_standing_on_it(display, tmp_path):
    alone, under_a_dis = the_wreck_seen(tmp_path, False), the_wreck_seen(tmp_path, True)
    assert len(alone) > 300  # the wreck's body
    same = np.abs(alone - under_a_dis).max(axis=1) <= 6  # as drawn over bare ground, but for its edges' last bit
    assert same.mean() > 0.95  # the wreck whole over the Dis, not the Dis over it


def test_the_view_eases_onto_the_layzner_s_wreck_before_the_result(game):
    aim = (MIDDLE[0] + 600.0, MIDDLE[1])  # it died leaning hard toward its aim, at the screen's edge
    renderer, _, events = destroy_the_layzner(game, aim)
    fell = next((event.x, event.y) for event in events if isinstance(event, Destroyed))
    leaning = renderer.camera.x - fell[0]
    assert leaning > 150  # the view was well off the machine as it fell
    frames(renderer, game, events, round(RESULT_DELAY / 2 / STEP))
    camera = renderer.camera
    assert abs(camera.x - fell[0]) < 3 and abs(camera.y - fell[1]) < 3  # on the wreck by half the result's delay


def test_the_replay_s_end_page_holds_the_wreck_in_the_open_below_its_panel(game):
    renderer, _, events = destroy_the_layzner(game, MIDDLE)
    fell = next((event.x, event.y) for event in events if isinstance(event, Destroyed))
    frames(renderer, game, events, round(RESULT_DELAY / STEP))
    below_the_menu = 560.0  # EndOfReplayScene's: between its menu and its hints
    for _ in range(60):  # the page's first second
        renderer.frame_wreck((SIZE[0] / 2, below_the_menu), STEP)
        renderer.draw(pygame.Surface(SIZE), game, 1.0, 0.0, overlays=False)
    x, y = renderer.camera.to_screen(*fell)
    assert abs(x - SIZE[0] / 2) < 3 and abs(y - below_the_menu) < 3


def white_text_pixels(game, marker) -> int:
    """The pixels of Rei's figures (white on her plate) in a frame of her marker alone."""
    surface = pygame.Surface(SIZE)
    marker.draw(surface, game, CAMERA, 1.0, 0.0, plates(SIZE, game), None, ([], []))
    return int((pixels(surface).min(axis=2) >= 200).sum())


@pytest.mark.parametrize("down", ["destroyed", "disabled"])
def test_rei_s_figures_are_gone_the_frame_her_target_goes_down_and_its_brackets_fade(outpost, down):
    first, _ = two_targets(outpost)
    outpost.res.advice = Advice(first, 0.33, 0.1)
    marker = ReiMarker()
    marker.update(outpost, 0.5)
    assert white_text_pixels(outpost, marker) > 50  # "KILL IN 0.1 s · −33% THREAT" under it
    if down == "destroyed":
        outpost.world.delete(first)
    else:  # its pilot gone, the husk standing (systems/disabling.py takes its Brain)
        disable(outpost.world, outpost.res, first, "weapon")
    outpost.res.advice = None  # nobody left threatening: recommend_target lets it go on that tick
    marker.update(outpost, STEP)
    assert white_text_pixels(outpost, marker) == 0  # no kill's worth on a machine already down
    assert abs(cyan_columns(outpost, marker).mean() - 400) < 5  # its brackets, fading there


def whites(screen, box: pygame.Rect) -> int:
    """The near-white pixels in `box` of the screen."""
    return int((pixels(screen)[box.top:box.bottom, box.left:box.right].min(axis=2) >= 200).sum())


def test_a_hit_flashes_an_enemy_white_for_two_frames_and_the_layzner_for_four(display, tmp_path):
    game = game_from_ascii(tmp_path, HALL)
    enemy = an_enemy(game)
    place(game, game.player, *MIDDLE)
    place(game, enemy, MIDDLE[0] + 160, MIDDLE[1])
    renderer = Renderer(game, SIZE, SpriteBank(), load_feel())
    for _ in range(60):
        renderer.update(game, [], MIDDLE, STEP, STILL)
        renderer.draw(pygame.Surface(SIZE), game, 1.0, STEP, overlays=False)
    for machine, flashed in ((enemy, 2), (game.player, 4)):
        pos = game.world.get(machine, Position)
        box = pygame.Rect(0, 0, 40, 40)
        box.center = tuple(round(v) for v in renderer.camera.to_screen(pos.x, pos.y))
        before = whites(frames(renderer, game, [], 1), box)
        deal_damage(game.world, game.res, machine, 1.0, 0.0, 0.0, 0)  # far from it: its spark is not in the box
        events = list(game.res.events)
        game.res.events.clear()
        lit = []
        for frame in range(flashed + 2):
            renderer.update(game, events if frame == 0 else [], MIDDLE, STEP, STILL)
            screen = pygame.Surface(SIZE)
            renderer.draw(screen, game, 1.0, STEP, overlays=False)
            lit.append(whites(screen, box) > before + 20)  # whiter than its own paint: flashed
        assert lit == [True] * flashed + [False] * 2, machine
