"""Feel: hit-stop on heavy hits only, shake per event, a controller's buzz, and the player's shake and flash settings
obeyed."""

import pygame
import pytest

from game.content.errors import ContentError
from game.content.feel import FEEL_PATH, load_feel
from game.session import DEFAULT_LEVEL, new_game
from game.settings import Settings
from game.sim.components import Health
from game.sim.events import Damaged, Destroyed, Fired, Rammed, Reinforced
from game.view.effects import Effects
from game.view.feedback import hitstop_for, rumble_for, shake_for
from game.view.sprites import SpriteBank

FEEL = load_feel()


@pytest.fixture
def game():
    game = new_game(DEFAULT_LEVEL, seed=1)
    yield game
    game.close()


def an_enemy(game):
    return next(e for e in game.world.entities() if e != game.player and game.world.has(e, Health))


def test_a_rifle_bolt_does_not_stop_the_action(game):
    assert hitstop_for([Damaged(an_enemy(game), 7.0, 0, 0, game.player)], game, FEEL) == 0.0


def test_a_heavy_hit_a_ram_and_an_explosion_each_hold_the_action_for_their_time(game):
    enemy = an_enemy(game)
    knuckle = game.res.catalog.weapons["knuckle_shot"].damage
    assert hitstop_for([Damaged(enemy, knuckle, 0, 0, game.player)], game, FEEL) == FEEL.hitstop.heavy_hit
    assert hitstop_for([Rammed(game.player, enemy, 0, 0)], game, FEEL) == FEEL.hitstop.rammed
    both = [Damaged(enemy, knuckle, 0, 0, game.player), Destroyed(enemy, "dis", 0, 0, 0)]
    assert hitstop_for(both, game, FEEL) == max(FEEL.hitstop.heavy_hit, FEEL.hitstop.destroyed)


def test_shake_adds_up_per_event_and_ignores_other_machines_shots(game):
    enemy = an_enemy(game)
    events = [Fired(game.player, "laser_rifle", 0, 0, 0), Fired(enemy, "dis_rifle", 0, 0, 0),
              Destroyed(enemy, "dis", 0, 0, 0)]
    assert shake_for(events, game.player, FEEL) == FEEL.shake.player_fires + FEEL.shake.destroyed


@pytest.mark.parametrize("setting", [1.0, 0.5, 0.0])
def test_the_screen_shake_setting_scales_all_shake(game, setting):
    pygame.init()
    pygame.display.set_mode((64, 64))
    effects = Effects(SpriteBank(), FEEL)
    effects.on_events([Destroyed(an_enemy(game), "dis", 0, 0, 0)], game.player)
    effects.update(0.0, Settings(screen_shake=setting))
    assert effects.take_shake() == pytest.approx(FEEL.shake.destroyed * setting)
    pygame.quit()


def test_with_flashes_off_no_muzzle_flash_is_drawn(game):
    pygame.init()
    pygame.display.set_mode((64, 64))
    effects = Effects(SpriteBank(), FEEL)

    class Still:
        left = top = 0.0

        def to_screen(self, x, y):
            return x, y

    drawn = {}
    for setting in (1.0, 0.0):
        surface = pygame.Surface((64, 64))
        effects.flashes = [["muzzle_flash", 32, 32, 0.0, 0.0]]
        effects.update(0.0, Settings(flashes=setting))
        effects.draw_air(surface, Still())
        drawn[setting] = pygame.image.tobytes(surface, "RGB") != bytes(64 * 64 * 3)
    assert drawn == {1.0: True, 0.0: False}
    pygame.quit()


def test_the_strongest_buzz_of_a_tick_is_the_one_felt_and_the_rifle_never_buzzes(game):
    enemy = an_enemy(game)
    rifle = [Fired(game.player, "laser_rifle", 0, 0, 0), Damaged(enemy, 7.0, 0, 0, game.player)]
    assert rumble_for(rifle, game.player, FEEL) is None  # 10 shots a second would never let the motors rest
    hit_and_ram = [Damaged(game.player, 7.0, 0, 0, enemy), Rammed(game.player, enemy, 0, 0)]
    assert rumble_for(hit_and_ram, game.player, FEEL) == FEEL.rumble.rammed
    assert rumble_for([Damaged(game.player, 7.0, 0, 0, enemy)], game.player, FEEL) == FEEL.rumble.player_hit
    assert rumble_for([Fired(game.player, "knuckle_shot", 0, 0, 0)], game.player, FEEL) == FEEL.rumble.knuckle


def test_the_layzner_exploding_buzzes_harder_and_longer_than_a_kill(game):
    """The end of the run is felt in the hands as more than one more kill, from the file's own pulse."""
    enemy = an_enemy(game)
    kill = rumble_for([Destroyed(enemy, "dis", 0, 0, 0)], game.player, FEEL)
    wrecked = rumble_for([Destroyed(game.player, "layzner", 0, 0, 0), Destroyed(enemy, "dis", 0, 0, 0)],
                         game.player, FEEL)
    assert wrecked == FEEL.rumble.player_destroyed
    assert wrecked.strength >= kill.strength and wrecked.seconds > kill.seconds


def test_a_feel_file_from_before_the_layzner_s_own_buzz_still_loads(tmp_path):
    path = tmp_path / "feel.yaml"
    lines = FEEL_PATH.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(line for line in lines if "player_destroyed: {" not in line), encoding="utf-8")
    assert load_feel(path).rumble.player_destroyed.seconds > FEEL.rumble.destroyed.seconds


def test_a_landing_buzzes_the_pad_lightly_the_harder_the_nearer_the_layzner_as_it_shakes_the_screen(game):
    """A reinforcement coming down on the Layzner's spot jolts the view: the pad in the hands feels it too, strongest on
    the spot and fading with the distance as the shake does, and none past the shake's reach."""
    def felt(dx):
        return rumble_for([Reinforced(99, "dis", 500.0 + dx, 300.0)], game.player, FEEL, (500.0, 300.0))
    on_the_spot, near, far = felt(0), felt(120), felt(360)
    assert on_the_spot == FEEL.rumble.landed
    assert FEEL.rumble.landed.strength < FEEL.rumble.destroyed.strength  # light: a landing, not a kill
    assert on_the_spot.strength > near.strength > far.strength > 0
    assert near.seconds == far.seconds == FEEL.rumble.landed.seconds
    pygame.init()
    pygame.display.set_mode((64, 64))
    effects = Effects(SpriteBank(), FEEL)
    for dx in (0, 120, 360):  # the buzz falls off as the landing's shake does, step for step
        effects.on_events([Reinforced(99, "dis", 500.0 + dx, 300.0)], game.player, (500.0, 300.0))
        effects.update(0.0, Settings())
        shaken = effects.take_shake() / FEEL.shake.landed
        assert shaken == pytest.approx(felt(dx).strength / FEEL.rumble.landed.strength)
    pygame.quit()
    assert felt(2000) is None  # far off across the map: felt neither way
    assert rumble_for([Reinforced(99, "dis", 500.0, 300.0)], game.player, FEEL) is None  # no Layzner: nothing felt


def test_a_landing_far_off_leaves_a_hit_s_buzz_the_one_felt(game):
    hit = Damaged(game.player, 7.0, 0, 0, an_enemy(game))
    landing = Reinforced(99, "dis", 500.0 + 400, 300.0)
    assert rumble_for([hit, landing], game.player, FEEL, (500.0, 300.0)) == FEEL.rumble.player_hit


def test_a_feel_file_from_before_landings_buzzed_still_loads_with_a_light_buzz(tmp_path):
    path = tmp_path / "feel.yaml"
    lines = FEEL_PATH.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(line for line in lines if "landed: {" not in line), encoding="utf-8")
    assert "landed: {" not in path.read_text(encoding="utf-8")
    landed = load_feel(path).rumble.landed
    assert 0 < landed.strength < FEEL.rumble.destroyed.strength


def test_a_buzz_stronger_than_the_motors_is_refused_in_one_line_naming_its_place(tmp_path):
    path = tmp_path / "feel.yaml"
    path.write_text(FEEL_PATH.read_text(encoding="utf-8").replace("rammed: {strength: 0.9", "rammed: {strength: 1.5"),
                    encoding="utf-8")
    with pytest.raises(ContentError) as error:
        load_feel(path)
    assert str(error.value) == \
        f"{path}: rumble.rammed.strength: expected a number from 0.0 to 1.0, found 1.5 (a number)"
