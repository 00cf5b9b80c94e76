"""Particles in arrays: aged in bulk like one by one, culled to the view, and drawn pixel for pixel as a plain
per-particle renderer (full-size images, scaled, faded and premultiplied each frame) draws them."""

import random

import pygame
import pytest

from game.view import particles as particles_module
from game.view import effects as effects_module
from game.view.effects import Effects
from game.content.feel import load_feel
from game.view.particles import DEBRIS, DUST, FADE_STEPS, SMOKE, SPARK, STEAM, ParticleImages, Particles
from game.view.sprites import SpriteBank
from tests.view.surfaces import noisy

VIEW = (320, 200)


@pytest.fixture
def images():
    pygame.init()
    pygame.display.set_mode((64, 64))
    sprites = SpriteBank()
    frames = list(sprites.strip("particles", 16))
    frames[SPARK] = frames[SPARK].premul_alpha()
    frames.append(sprites.image("steam"))
    yield ParticleImages(frames)
    pygame.quit()


def some_particles(seed=1, count=300):
    """(x, y, vx, vy, life, kind, grow, drag, age) of every kind, some off screen, some about to die."""
    rng = random.Random(seed)
    made = []
    for _ in range(count):
        kind = rng.choice((SPARK, SMOKE, DEBRIS, DUST, STEAM))
        life = rng.uniform(0.1, 1.5)
        made.append((rng.uniform(-150, VIEW[0] + 150), rng.uniform(-150, VIEW[1] + 150), rng.uniform(-300, 300),
                     rng.uniform(-300, 300), life, kind, 0.0 if kind in (SPARK, DEBRIS) else rng.uniform(0.5, 1.8),
                     rng.uniform(0.0, 8.0), rng.uniform(0.0, life * 0.999)))
    return made


def filled(made):
    particles = Particles()
    for x, y, vx, vy, life, kind, grow, drag, age in made:
        particles.add(x, y, vx, vy, life, kind, grow=grow, drag=drag)
    particles._join()
    particles.data[particles_module.AGE] = [p[-1] for p in made]
    return particles


def aged_one_by_one(made, dt):
    """The ageing rule written plainly, a particle at a time."""
    alive = []
    for x, y, vx, vy, life, kind, grow, drag, age in made:
        age += dt
        if age >= life:
            continue
        x, y = x + vx * dt, y + vy * dt
        slow = max(0.0, 1.0 - drag * dt)
        alive.append((x, y, vx * slow, vy * slow, life, kind, grow, drag, age))
    return alive


def drawn_one_by_one(surface, made, base_images, left, top):
    """Each puff's image scaled to its size, faded to its nearest step and premultiplied, blitted whole at its
    centre; then each spark, as added light."""
    for x, y, vx, vy, life, kind, grow, drag, age in made:
        image = base_images[kind]
        if kind == SPARK:
            continue
        level = int((1.0 - age / life) * FADE_STEPS + 0.5)
        if level <= 0:
            continue
        size = int(image.get_width() * (1.0 + grow * age))
        image = pygame.transform.smoothscale(image, (size, size))
        image.fill((255, 255, 255, round(255 * level / FADE_STEPS)), special_flags=pygame.BLEND_RGBA_MULT)
        surface.blit(image.premul_alpha(), image.get_rect(center=(x - left, y - top)),
                     special_flags=pygame.BLEND_PREMULTIPLIED)
    for x, y, vx, vy, life, kind, grow, drag, age in made:
        if kind == SPARK:
            image = base_images[kind]
            surface.blit(image, image.get_rect(center=(x - left, y - top)), special_flags=pygame.BLEND_ADD)


def test_ageing_in_bulk_moves_slows_and_drops_like_one_at_a_time():
    made = some_particles()
    particles = filled(made)
    expected = made
    for _ in range(40):
        particles.age(1 / 60)
        expected = aged_one_by_one(expected, 1 / 60)
        got = [(p.x, p.y, p.vx, p.vy, p.life, p.kind, p.grow, p.drag, p.age) for p in particles]
        assert got == expected
    assert 0 < len(particles) < len(made)


def test_particles_added_between_frames_count_at_once_and_keep_their_order():
    particles = Particles()
    particles.add(1.0, 2.0, 0.0, 0.0, 1.0, SMOKE)
    particles.age(0.1)
    particles.add(3.0, 4.0, 0.0, 0.0, 1.0, SPARK)
    assert len(particles) == 2 and particles
    assert [(p.x, p.kind) for p in particles] == [(1.0, SMOKE), (3.0, SPARK)]
    particles.clear()
    assert len(particles) == 0 and not particles


def test_drawing_from_baked_trimmed_images_gives_the_same_pixels_as_drawing_each_whole(images):
    made = some_particles()
    for left, top in ((0.0, 0.0), (37.6, -12.3), (-80.5, 55.5)):
        ours, reference = noisy(VIEW, seed=5, block=4), noisy(VIEW, seed=5, block=4)
        filled(made).draw(ours, images, left, top)
        drawn_one_by_one(reference, made, images.images, left, top)
        assert pygame.image.tobytes(ours, "RGB") == pygame.image.tobytes(reference, "RGB")


class CountingSurface(pygame.Surface):
    def __init__(self, size):
        super().__init__(size)
        self.blitted = 0

    def fblits(self, sequence, special_flags=0):
        sequence = list(sequence)
        self.blitted += len(sequence)
        return super().fblits(sequence, special_flags)


def test_particles_off_screen_or_faded_out_are_not_blitted(images):
    particles = Particles()
    particles.add(100, 100, 0, 0, 1.0, SMOKE)  # on screen
    particles.add(100 + VIEW[0] + 70, 100, 0, 0, 1.0, SMOKE)  # beyond the margin
    particles.add(100, -70, 0, 0, 1.0, SPARK)  # above it
    particles.add(120, 100, 0, 0, 1.0, DUST)
    particles.age(0.999)  # the dust and smoke all but gone: faded to level 0
    particles.add(130, 100, 0, 0, 1.0, DUST)
    surface = CountingSurface(VIEW)
    particles.draw(surface, images, 0, 0)
    assert surface.blitted == 1


def test_the_baked_images_stay_within_their_bound(images, monkeypatch):
    monkeypatch.setattr(particles_module, "BAKED_KEPT", 20)
    for seed in range(5):
        filled(some_particles(seed, 100)).draw(pygame.Surface(VIEW), images, 0, 0)
        assert images.baked <= 20
    assert images.known.sum() <= 20


def test_effects_keep_their_particles_in_arrays_and_age_them_each_update():
    pygame.init()
    pygame.display.set_mode((64, 64))
    effects = Effects(SpriteBank(), load_feel(), seed=3)
    effects.trail(1, 10.0, 20.0, 1.0)
    effects.vent(2, 50.0, 60.0, 1.0)
    assert [p.kind for p in effects.particles] == [SMOKE, STEAM]

    class Settings:
        screen_shake = flashes = 1.0

    effects.update(0.5, Settings())
    assert [p.kind for p in effects.particles] == [STEAM]  # the trail puff lives 0.45 s
    pygame.quit()


def test_a_missile_trail_s_clock_is_not_kept_for_ever_once_thousands_have_flown():
    pygame.init()
    pygame.display.set_mode((64, 64))
    effects = Effects(SpriteBank(), load_feel(), seed=3)
    for shot in range(5000):  # every missile of a long session leaves a trail, under its own key
        effects.trail(("shot", shot), 10.0, 20.0, 0.01)
    assert len(effects._since_puff) <= effects_module.CLOCKS_KEPT
    effects.particles.clear()
    effects.trail(("shot", 4999), 10.0, 20.0, 0.01)  # one still flying keeps its pace: no puff 0.01 s after the last
    assert len(effects.particles) == 0
