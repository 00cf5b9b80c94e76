"""A drawn frame leaves the cyclic garbage collector as it found it (the renderer pauses it while drawing), the
level's first frame finds everything it draws already made, and the frames go on when a machine is destroyed."""

import gc

import pygame
import pytest

from game.content.feel import load_feel
from game.session import DEFAULT_LEVEL, new_game
from game.settings import Settings
from game.sim.components import Brain, Disabled, Facing, Gun, Position, Unit
from game.sim.damage import deal_damage
from game.sim.events import Destroyed
from game.sim.spawn import PLAYER_FACTION
from game.view import renderer as renderer_module
from game.view import text
from game.view.renderer import Renderer
from game.view.sprites import SpriteBank


def test_drawing_a_frame_leaves_the_collector_on_when_it_was_on_and_off_when_it_was_off(scene):
    game, renderer, screen = scene
    assert gc.isenabled()
    renderer.draw(screen, game, 1.0, 1 / 60)
    assert gc.isenabled()
    gc.disable()
    try:
        renderer.draw(screen, game, 1.0, 1 / 60)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_comes_back_on_when_a_frame_fails(scene, monkeypatch):
    game, renderer, screen = scene

    def broken(*args):
        raise RuntimeError("broken layer")

    monkeypatch.setattr(renderer.hud, "draw", broken)
    with pytest.raises(RuntimeError):
        renderer.draw(screen, game, 1.0, 1 / 60)
    assert gc.isenabled()


def test_the_first_frame_of_a_level_makes_no_words_sprite_turns_or_map_buffer(monkeypatch):
    pygame.init()
    window = pygame.display.set_mode((1280, 720))
    text._rendered.clear()  # nothing left from other tests: what the first frame draws must be made by the warm-up
    sprites = SpriteBank()
    game = new_game(DEFAULT_LEVEL, seed=1)
    try:
        renderer = Renderer(game, (1280, 720), sprites, load_feel())
        words, turns = len(text._rendered), sum(frame is not None for frames in sprites._rotations.values()
                                               for frame in frames)
        assert words and turns  # the warm-up drew the HUD's words and the machines
        refills = []
        monkeypatch.setattr(renderer.map, "_refill", lambda *args: refills.append(args))
        renderer.draw(window, game, 1.0, 1 / 60)
        assert len(text._rendered) == words and refills == []
        assert sum(frame is not None for frames in sprites._rotations.values() for frame in frames) == turns
    finally:
        game.close()
        pygame.quit()


def test_a_wind_up_glint_shows_over_a_machine_drawn_after_the_one_about_to_fire(scene):
    """The cue to dodge is never hidden: a Dis standing over another's muzzle does not cover its glint."""
    game, renderer, screen = scene
    world = game.world
    first, second = [entity for entity, _ in world.query(Brain)][:2]  # drawn in this order
    first_pos, facing, gun = world.get(first, Position), world.get(first, Facing), world.get(first, Gun)
    second_pos = world.get(second, Position)
    weapon = game.res.catalog.weapons[gun.weapon]
    assert weapon.windup > 0
    first_pos.x = first_pos.prev_x = first_pos.y = first_pos.prev_y = 400.0
    facing.angle = 0.0
    muzzle = (400.0 + weapon.muzzle, 400.0)
    second_pos.x, second_pos.y = second_pos.prev_x, second_pos.prev_y = muzzle  # standing over the muzzle
    world.get(second, Facing).angle = 0.0

    def muzzle_pixel(charge):
        gun.charge = charge
        screen.fill((0, 0, 0))
        renderer._draw_machines(screen, game, 0.0, 0.0, 1.0, False)
        return screen.get_at((round(muzzle[0]), round(muzzle[1])))[:3]

    quiet, winding = muzzle_pixel(0.0), muzzle_pixel(weapon.windup / 2)
    assert winding != quiet and all(w >= q for w, q in zip(winding, quiet))  # added light over the second Dis


def test_machines_placed_on_arrays_draw_what_they_draw_one_by_one_a_disabled_one_among_them(scene):
    """Runs of plain bodies in one fblits (premultiplied), broken by a machine in a state that draws itself (the
    default alpha blit), in id order."""
    game, renderer, screen = scene
    world = game.world
    machines = [entity for entity, _ in world.query(Brain)]
    for i, entity in enumerate(machines):  # overlapping, each half a body over the last, at assorted angles
        pos = world.get(entity, Position)
        pos.x = pos.prev_x = 300.4 + 17.3 * i
        pos.y = pos.prev_y = 200.6 + 9.1 * i
        world.get(entity, Facing).angle = -2.0 + 0.9 * i
        world.get(entity, Gun).charge = 0.0
    world.add(machines[1], Disabled("legs"))  # plain bodies before and after it
    left, top = world.get(machines[0], Position).x - 200, world.get(machines[0], Position).y - 150
    screen.fill((0, 0, 0))
    renderer._draw_machines(screen, game, left, top, 1.0, False)
    reference = pygame.Surface(screen.get_size())
    for entity, (pos, facing, unit) in world.query(Position, Facing, Unit):
        itself = entity == machines[1] or unit.faction == PLAYER_FACTION
        image = renderer.sprites.rotated(unit.kind + ("_disabled" if entity == machines[1] else ""), facing.angle)
        place = image.get_rect(center=(round(pos.x - left), round(pos.y - top)))
        if itself:
            reference.blit(image, place)
        else:
            reference.blit(image.premul_alpha(), place, special_flags=pygame.BLEND_PREMULTIPLIED)
    assert pygame.image.tobytes(screen, "RGB") == pygame.image.tobytes(reference, "RGB")


def test_the_layzner_destroyed_leaves_its_wreck_where_it_fell_and_the_frames_go_on(scene):
    game, renderer, screen = scene
    pos = game.world.get(game.player, Position)
    fell = (pos.x, pos.y)
    deal_damage(game.world, game.res, game.player, 1e6, pos.x, pos.y, 0)
    events = game.step()
    assert any(isinstance(event, Destroyed) and event.entity == game.player for event in events)
    renderer.update(game, events, fell, 1 / 60, Settings())
    renderer.draw(screen, game, 1.0, 1 / 60)  # the result screen is drawn over this frame
    wreck = renderer.effects.layzner_wreck  # kept apart from the ground's wrecks: drawn over the machines
    assert wreck[:2] == fell and wreck[3] == "layzner"


def test_a_machine_with_no_wreck_picture_leaves_only_its_blast(scene):
    game, renderer, screen = scene
    renderer.effects.on_events([Destroyed(0, "unpainted", 100.0, 100.0, 0.0)], game.player)
    assert renderer.effects.wrecks == [] and renderer.effects.explosions
    renderer.draw(screen, game, 1.0, 1 / 60)


def test_the_title_card_s_band_lies_under_the_marks_in_the_world_and_its_words_over_them(scene, monkeypatch):
    """As the level begins its band crosses the screen: an objective's label or Rei's mark under it reads over the
    band, and the level's name over the marks."""
    game, renderer, screen = scene
    drawn = []
    for layer in ("band", "words"):
        real = getattr(renderer.hud.card, f"draw_{layer}")
        monkeypatch.setattr(renderer.hud.card, f"draw_{layer}",
                            lambda *args, layer=layer, real=real: (drawn.append(layer), real(*args)))
    monkeypatch.setattr(renderer_module, "objective_markers",  # no outline, no label on screen
                        lambda *args, **kwargs: (drawn.append("objectives"), ([], []))[1])
    monkeypatch.setattr(renderer.rei, "draw", lambda *args: drawn.append("rei"))
    renderer.draw(screen, game, 1.0, 0.0)
    assert drawn == ["band", "objectives", "rei", "words"]
    drawn.clear()
    game.res.fouron.active = True  # its banner across the middle: the card gives way
    renderer.draw(screen, game, 1.0, 0.0)
    assert drawn == ["objectives", "rei"]