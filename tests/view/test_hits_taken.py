"""The player's own damage told on the machine: a hit flashes the Layzner white (as the Flashes option allows) and a
red wedge points back at the shooter, on screen or off; its death is bigger and holds longer than a kill; worn below
a third of its armour, it smokes."""

import pygame
import pytest

from game.content.feel import load_feel
from game.session import DEFAULT_LEVEL, new_game
from game.settings import Settings
from game.sim.components import Health, Position
from game.sim.events import Damaged, Destroyed
from game.view.effects import Effects
from game.view.feedback import hitstop_for, shake_for
from game.view.renderer import Renderer
from game.view.sprites import SpriteBank

FEEL = load_feel()
SIZE = (1280, 720)


@pytest.fixture
def game(display):
    game = new_game(DEFAULT_LEVEL, seed=1)
    yield game
    game.close()


def an_enemy(game):
    return next(e for e in game.world.entities() if e != game.player and game.world.has(e, Health))


def place(game, entity, x, y):
    pos = game.world.get(entity, Position)
    pos.x = pos.prev_x = x
    pos.y = pos.prev_y = y


def frame(game, events, flashes=1.0, overlays=True, seconds=0.0):
    """The screen drawn by a fresh renderer after these events and `seconds` more of frames."""
    renderer = Renderer(game, SIZE, SpriteBank(), load_feel())
    settings = Settings(flashes=flashes, screen_shake=0.0)  # a still view: the same pixels but for the hit
    renderer.update(game, events, (0.0, 0.0), 1 / 60, settings)
    for _ in range(round(seconds * 60)):
        renderer.update(game, [], (0.0, 0.0), 1 / 60, settings)
    screen = pygame.Surface(SIZE)
    renderer.draw(screen, game, 1.0, 0.0, overlays)
    return screen, renderer.camera


def light(screen, box) -> int:
    return sum(sum(screen.get_at((x, y))[:3]) for x in range(box.left, box.right) for y in range(box.top, box.bottom))


def reds(screen, box) -> int:
    count = 0
    for x in range(box.left, box.right):
        for y in range(box.top, box.bottom):
            r, g, b, _ = screen.get_at((x, y))
            count += r > 170 and g < 100 and b < 100
    return count


def test_a_hit_on_the_layzner_flashes_its_body_white_as_the_flashes_option_allows(game):
    pos = game.world.get(game.player, Position)
    enemy = an_enemy(game)
    # The same hit, with the same sparks, on the Layzner or on an enemy: only the Layzner's own hit flashes it.
    on_me = [Damaged(game.player, 5.0, pos.x + 6, pos.y, enemy)]
    on_it = [Damaged(enemy, 5.0, pos.x + 6, pos.y, game.player)]
    screen, camera = frame(game, on_it, overlays=False)
    cx, cy = camera.to_screen(pos.x, pos.y)
    body = pygame.Rect(round(cx) - 14, round(cy) - 14, 28, 28)
    plain = light(screen, body)
    assert light(frame(game, on_me, overlays=False)[0], body) > plain * 1.3
    assert light(frame(game, on_me, flashes=0.0, overlays=False)[0], body) == \
        light(frame(game, on_it, flashes=0.0, overlays=False)[0], body)
    # A flash, not a glow: a tenth of a second on it has gone
    assert light(frame(game, on_me, overlays=False, seconds=0.1)[0], body) == \
        light(frame(game, on_it, overlays=False, seconds=0.1)[0], body)


@pytest.mark.parametrize("side", [1, -1])
def test_a_red_mark_on_the_layzner_points_to_the_shooter_on_screen(game, side):
    pos = game.world.get(game.player, Position)
    enemy = an_enemy(game)
    place(game, enemy, pos.x + 260 * side, pos.y)
    hit = [Damaged(game.player, 5.0, pos.x + 10 * side, pos.y, enemy)]
    screen, camera = frame(game, hit)
    cx, cy = (round(v) for v in camera.to_screen(pos.x, pos.y))
    toward = pygame.Rect(cx + 36 * side - (50 if side < 0 else 0), cy - 25, 50, 50)
    away = pygame.Rect(cx - 36 * side - (50 if side > 0 else 0), cy - 25, 50, 50)
    assert reds(screen, toward) > 80
    assert reds(screen, away) < 10
    assert reds(frame(game, hit, seconds=0.5)[0], toward) < 10  # it fades within half a second


def test_a_shot_from_off_screen_is_pointed_at_from_the_screens_edge(game):
    pos = game.world.get(game.player, Position)
    enemy = an_enemy(game)
    place(game, enemy, pos.x + 2400, pos.y)  # far past the right edge, level with the Layzner
    hit = [Damaged(game.player, 5.0, pos.x + 10, pos.y, enemy)]
    screen, camera = frame(game, hit)
    before, _ = frame(game, [])
    cy = round(camera.to_screen(pos.x, pos.y)[1])
    edge = pygame.Rect(SIZE[0] - 70, cy - 30, 70, 60)
    assert reds(screen, edge) - reds(before, edge) > 60


def test_the_layzner_going_down_holds_the_action_longer_and_shakes_harder_than_a_kill(game):
    enemy = an_enemy(game)
    mine = [Destroyed(game.player, "layzner", 0, 0, 0)]
    theirs = [Destroyed(enemy, "dis", 0, 0, 0)]
    assert hitstop_for(mine, game, FEEL) > 2 * hitstop_for(theirs, game, FEEL)
    assert shake_for(mine, game.player, FEEL) > shake_for(theirs, game.player, FEEL)


class Still:
    left = top = 0.0

    def to_screen(self, x, y):
        return x, y


def blast(game, entity, kind, flashes=1.0, seconds=0.2):
    """A black screen with what an explosion at its middle has thrown out after `seconds`."""
    effects = Effects(SpriteBank(), FEEL, seed=1)
    effects.on_events([Destroyed(entity, kind, 640, 360, 0.0)], game.player)
    for _ in range(round(seconds * 60)):
        effects.update(1 / 60, Settings(flashes=flashes))
    screen = pygame.Surface(SIZE)
    effects.draw_air(screen, Still())
    return screen


def lit(screen) -> int:
    """Pixels brighter than the dark: drawn on."""
    mask = pygame.mask.from_threshold(screen, (0, 0, 0), (40, 40, 40, 255))
    return screen.get_width() * screen.get_height() - mask.count()


def test_the_layzners_blast_is_bigger_than_a_kills_and_whites_the_screen_out_as_flashes_allow(game):
    enemy = an_enemy(game)
    assert lit(blast(game, game.player, "layzner")) > 2 * lit(blast(game, enemy, "dis"))
    corner = (5, 5)  # far from the blast: only a white-out reaches it
    assert sum(blast(game, game.player, "layzner", seconds=0.05).get_at(corner)[:3]) > 150
    assert sum(blast(game, game.player, "layzner", flashes=0.0, seconds=0.05).get_at(corner)[:3]) == 0
    assert sum(blast(game, enemy, "dis", seconds=0.05).get_at(corner)[:3]) == 0


def smoke_near_the_layzner(game, armour: float) -> int:
    health = game.world.get(game.player, Health)
    health.hit_points = health.max_hit_points * armour
    renderer = Renderer(game, SIZE, SpriteBank(), load_feel())
    for _ in range(90):
        renderer.update(game, [], (0.0, 0.0), 1 / 60, Settings())
    pos = game.world.get(game.player, Position)
    cx, cy = renderer.camera.to_screen(pos.x, pos.y)
    screen = pygame.Surface(SIZE)
    renderer.effects.draw_air(screen, renderer.camera)
    return lit(screen.subsurface(pygame.Rect(round(cx) - 80, round(cy) - 100, 160, 160)))


@pytest.mark.parametrize("armour, smokes", [(1.0, False), (0.5, False), (0.3, True), (0.1, True)])
def test_below_a_third_of_its_armour_the_layzner_smokes(game, armour, smokes):
    assert (smoke_near_the_layzner(game, armour) > 0) == smokes


def test_a_hit_s_mark_stands_against_the_hull_not_off_it_as_a_lock_s_brackets_do(game):
    # A chevron 58 px out, two of them from two shooters, read as brackets locking onto the Layzner (the audit's
    # crop-mars-hit.png): the mark is an arc on the hull with a triangle pointing out of it at the shooter.
    pos = game.world.get(game.player, Position)
    enemy = an_enemy(game)
    place(game, enemy, pos.x, pos.y - 260)  # straight up the screen
    hit = [Damaged(game.player, 5.0, pos.x, pos.y - 10, enemy)]
    screen, camera = frame(game, hit)
    plain, _ = frame(game, [])
    cx, cy = (round(v) for v in camera.to_screen(pos.x, pos.y))
    on_hull = pygame.Rect(cx - 24, cy - 50, 48, 20)  # 30-50 px up: the arc and the triangle's base
    clear_of_it = pygame.Rect(cx - 30, cy - 80, 60, 28)  # 52-80 px up, where the chevron stood
    assert reds(screen, on_hull) - reds(plain, on_hull) > 100
    assert reds(screen, clear_of_it) - reds(plain, clear_of_it) == 0
