"""An objective just reached answers at its place, not only in the HUD's notice: its outline closes in green, a ring
spreads from it and a stamp stands where its label was, fading in a second and a half of play; a paused game holds it
where it is."""

from types import SimpleNamespace

import numpy as np
import pygame

from game.content.chain import LEVELS
from game.content.feel import load_feel
from game.input.actions import Actions
from game.scenes.play import PlayScene
from game.session import new_game
from game.settings import Settings
from game.sim.components import Position
from game.sim.events import ObjectiveReached
from game.sim.resources import hold_ticks
from game.view.markers import DONE, done_marks, done_word
from game.view.renderer import Renderer
from game.view.sprites import SpriteBank
from tests.scenes.conftest import make_context

GROUND = (60, 60, 60)


def on_the_pad(game) -> None:
    """The Layzner set down in the level's first objective (the outpost's pad, the landing field's relay post)."""
    pos = game.world.try_get(game.player, Position)
    pos.x, pos.y = pos.prev_x, pos.prev_y = game.res.level.objectives[0].region.centre


def reach_the_pad(game) -> list:
    """The Layzner in the level's first objective with a tick of its hold to go, then that tick: its events."""
    on_the_pad(game)
    game.res.objectives_held[0] = hold_ticks(game.res.level.objectives[0]) - 1
    events = list(game.step())
    assert any(isinstance(event, ObjectiveReached) for event in events)
    return events


def round_the_pad(game, camera) -> pygame.Rect:
    """The first objective's bounds on screen with room round them for its outline, its spreading ring and its stamp."""
    region = game.res.level.objectives[0].region
    x, y = camera.to_screen(region.x, region.y)
    return pygame.Rect(round(x), round(y), round(region.width), round(region.height)).inflate(120, 160)


def count(surface, area: pygame.Rect, color) -> int:
    """Pixels of exactly `color` in `area` of `surface`."""
    pixels = pygame.surfarray.array3d(surface.subsurface(area.clip(surface.get_rect())))
    return int(np.all(pixels == color, axis=2).sum())


def amber(surface, area: pygame.Rect) -> int:
    """Pixels in `area` of the pulsing amber of an objective still to reach (markers.objective_markers)."""
    pixels = pygame.surfarray.array3d(surface.subsurface(area.clip(surface.get_rect()))).astype(int)
    red, green, blue = pixels[..., 0], pixels[..., 1], pixels[..., 2]
    return int(((red == 255) & (blue == 70) & (green >= 170) & (green <= 230)).sum())


def test_a_reached_hold_is_stamped_done_in_green_at_its_place_and_gone_after_a_second_and_a_half(outpost):
    on_the_pad(outpost)  # the view looks on it
    renderer = Renderer(outpost, (1280, 720), SpriteBank(), load_feel())
    outpost.res.clock.tick = 600  # the title card long gone
    screen = pygame.Surface((1280, 720))
    renderer.draw(screen, outpost, 1.0, 1 / 60)
    around = round_the_pad(outpost, renderer.camera)
    assert amber(screen, around) > 300 and count(screen, around, DONE) == 0  # still to hold: amber
    renderer.update(outpost, reach_the_pad(outpost), (0, 0), 1 / 60, Settings())
    renderer.draw(screen, outpost, 1.0, 1 / 60)
    assert count(screen, around, DONE) > 500  # its outline (and stamp), at full strength in green
    for _ in range(60):  # a second on: fading, but there
        renderer.update(outpost, [], (0, 0), 1 / 60, Settings())
    renderer.draw(screen, outpost, 1.0, 1 / 60)
    faded = screen.copy()
    for _ in range(31):  # past a second and a half
        renderer.update(outpost, [], (0, 0), 1 / 60, Settings())
    renderer.draw(screen, outpost, 1.0, 1 / 60)
    changed = pygame.surfarray.array3d(faded.subsurface(around)) != pygame.surfarray.array3d(screen.subsurface(around))
    assert changed.any(axis=2).sum() > 300  # what was still there at a second is gone, and nothing is drawn there now
    assert count(screen, around, DONE) == 0 and amber(screen, around) == 0


def mark_at(age: float, flashes: float = 1.0) -> pygame.Surface:
    """The outpost's pad reached `age` s ago, alone on flat ground, its area in the middle of the screen."""
    game = new_game(LEVELS / "outpost.tmx", seed=1)
    region = game.res.level.objectives[0].region
    left, top = region.x - 560, region.y - 280
    camera = SimpleNamespace(left=left, top=top, to_screen=lambda x, y: (x - left, y - top))
    surface = pygame.Surface((1280, 720))
    surface.fill(GROUND)
    done_marks(surface, game, camera, {0: (age, None)}, [], flashes)
    game.close()
    return surface


def test_the_mark_fades_out_over_a_second_and_a_half_and_then_draws_nothing(display):
    def drawn(age):
        return int(np.any(pygame.surfarray.array3d(mark_at(age)) != GROUND, axis=2).sum())

    strengths = [drawn(age) for age in (0.0, 0.3, 0.7, 1.2, 1.45)]
    assert all(strength > 500 for strength in strengths)  # there the whole time, the ring and the stamp
    assert drawn(1.5) == drawn(3.0) == 0
    # The same marks, fainter: the outline's green nearer the ground as the end comes.
    outline = [tuple(mark_at(age).get_at((560 + 80, 280 + 1)))[:3] for age in (0.6, 1.0, 1.4)]
    greens = [green - GROUND[1] for _, green, _ in outline]
    assert greens[0] > greens[1] > greens[2] > 0


def test_the_bright_ring_keeps_to_the_flashes_option(display):
    def bright(surface):  # near white: the spreading ring; the outline and stamp are green
        return int(np.all(pygame.surfarray.array3d(surface) > 180, axis=2).sum())

    assert bright(mark_at(0.05)) > 100
    assert bright(mark_at(0.05, flashes=0.0)) == 0
    assert np.all(pygame.surfarray.array3d(mark_at(0.05, flashes=0.0)) == DONE, axis=2).sum() > 500  # the rest as ever


def test_the_stamp_says_the_order_s_verb_done(display):
    assert done_word(SimpleNamespace(text="Silence the relay post", hold=15.0)) == "SILENCED"
    assert done_word(SimpleNamespace(text="Hold the checkpoint's uplink", hold=12.0)) == "HELD"
    assert done_word(SimpleNamespace(text="Get to the ridge", hold=0.0)) == "REACHED"  # a verb not known: what it was
    assert done_word(SimpleNamespace(text="Stay on the pad", hold=5.0)) == "HELD"
    assert done_word(SimpleNamespace(text="", hold=0.0)) == "REACHED"


def test_a_paused_game_holds_the_mark_where_it_was(display, monkeypatch, tmp_path):
    monkeypatch.setenv("BLUE_COMET_CONFIG_DIR", str(tmp_path))
    play = PlayScene(make_context(LEVELS / "landing_field.tmx"))  # the relay silenced, the beacon to hold: in play
    play.ctx.stack.append(play)
    game = play.game
    play.pending_events.extend(reach_the_pad(game))
    game.res.clock.tick = 600  # the title card long gone
    play.frame(1 / 60)  # the frame that hears it
    assert game.outcome is None
    play.handle(Actions(pause=True))
    pause = play.ctx.stack[-1]
    assert pause is not play
    screen = pygame.Surface((1280, 720))
    for _ in range(300):  # five seconds paused, the menu over the game
        pause.frame(1 / 60)
        pause.draw(screen, 1.0)
    pause.handle(Actions(menu_confirm=True))  # Resume
    assert play.ctx.stack[-1] is play
    play.draw(screen, 1.0)
    assert count(screen, round_the_pad(game, play.renderer.camera), DONE) > 500  # at full strength still
    game.close()
