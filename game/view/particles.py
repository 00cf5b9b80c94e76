"""Particles: moved once a frame in one pass, drawn from pre-scaled, pre-faded images in batched blits.

A particle's picture depends only on its kind, its size (it grows with age) and how far it has faded, so the
scaled and faded images are made once each and reused: no smoothscale or set_alpha per particle per frame.
"""

import pygame

SPARK, SMOKE, DEBRIS, DUST, STEAM = range(5)  # frames of particles.png, then steam.png
FADE_STEPS = 16  # fade levels baked into images: a step every few frames of a puff's life reads as a smooth fade
BAKED_KEPT = 3000  # images at most (a few MB of small surfaces); past that the cache starts again
MARGIN = 64  # px beyond the view a particle's centre may be and still show (the largest puff is ~62 px wide)


class Particle:
    __slots__ = ("x", "y", "vx", "vy", "life", "age", "kind", "spin", "angle", "grow", "drag")

    def __init__(self, x, y, vx, vy, life, kind, spin=0.0, angle=0.0, grow=0.0, drag=2.0):
        self.x, self.y, self.vx, self.vy = x, y, vx, vy
        self.life, self.age, self.kind = life, 0.0, kind
        self.spin, self.angle, self.grow, self.drag = spin, angle, grow, drag


def age_particles(particles: list, dt: float) -> list:
    """Move, slow and age every particle; returns the ones still alive, in the same order.

    Particles are drawn round and unrotated, so their spin is not advanced: nothing would show it.
    """
    alive = []
    keep = alive.append
    for p in particles:
        age = p.age + dt
        if age >= p.life:
            continue
        p.age = age
        vx, vy = p.vx, p.vy
        p.x += vx * dt
        p.y += vy * dt
        slow = 1.0 - p.drag * dt
        if slow < 0.0:
            slow = 0.0
        p.vx, p.vy = vx * slow, vy * slow
        keep(p)
    return alive


class ParticleImages:
    """The particle images by kind, and their scaled and faded copies, made on first use."""

    def __init__(self, images: list[pygame.Surface]) -> None:
        """images[kind], square; the spark's premultiplied: it is drawn as added light, which ignores alpha."""
        self.images = images
        self.widths = [image.get_width() for image in images]
        spark = images[SPARK]
        self.spark = (spark, spark.get_width() // 2, spark.get_height() // 2)
        # (kind, width in px, fade level) → (image, half width, half height). The width is what
        # smoothscale_by(image, scale) would make (it truncates), so the picture is the same as scaling each frame.
        self.baked: dict[tuple[int, int, int], tuple] = {}

    def bake(self, key: tuple[int, int, int]) -> tuple:
        """Make and keep the entry for `key` (see `baked`)."""
        if len(self.baked) >= BAKED_KEPT:
            self.baked.clear()
        kind, width, level = key
        image = self.images[kind]
        image = pygame.transform.smoothscale(image, (width, width)) if width != image.get_width() else image.copy()
        if level < FADE_STEPS:  # the fade baked into the pixels' alpha: a plain per-pixel alpha blit, no set_alpha
            image.fill((255, 255, 255, round(255 * level / FADE_STEPS)), special_flags=pygame.BLEND_RGBA_MULT)
        entry = self.baked[key] = (image, width // 2, width // 2)
        return entry


def draw_particles(surface: pygame.Surface, particles: list, images: ParticleImages, left: float, top: float) -> None:
    """Every particle on screen, in list order; each run of sparks (added light) or of puffs goes in one fblits."""
    width, height = surface.get_size()
    low_x, low_y, high_x, high_y = -MARGIN, -MARGIN, width + MARGIN, height + MARGIN
    spark, spark_w, spark_h = images.spark
    baked, bake, widths = images.baked, images.bake, images.widths
    run: list = []
    adding = False  # what the current run is: sparks (BLEND_ADD) or puffs and debris (alpha)
    for p in particles:
        x, y = p.x - left, p.y - top
        if not (low_x < x < high_x and low_y < y < high_y):
            continue
        kind = p.kind
        if kind == SPARK:
            if not adding:
                if run:
                    surface.fblits(run)
                run, adding = [], True
            # int() as Rect's centre does: the pixel the old get_rect(center=...) gave.
            run.append((spark, (int(x) - spark_w, int(y) - spark_h)))
            continue
        age = p.age
        level = int((1.0 - age / p.life) * FADE_STEPS + 0.5)
        if level <= 0:
            continue  # faded out: nothing to draw
        key = (kind, int(widths[kind] * (1.0 + p.grow * age)), level)
        image, half_w, half_h = baked.get(key) or bake(key)
        if adding:
            if run:
                surface.fblits(run, pygame.BLEND_ADD)
            run, adding = [], False
        run.append((image, (int(x) - half_w, int(y) - half_h)))
    if run:
        surface.fblits(run, pygame.BLEND_ADD if adding else 0)
