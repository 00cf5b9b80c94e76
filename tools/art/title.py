"""The title screen's key art: the blue comet's streak (light, added over the darkened base) and the Layzner riding
its head, turned along it, at three times the game's size."""

import math
import random

import numpy
import pygame

from game.view.title_art import COMET_HEAD, COMET_RISE  # the game lays the streak out by the same numbers
from tools.art.canvas import SS
from tools.art.layzner import layzner_canvas

COMET_SIZE = (1200, 330)  # px
COMET_LENGTH = 1060.0  # px from the head to where the tail has faded out
LAYZNER_SCALE = 3  # times the game's sprite: drawn from the 4x supersampled canvas, brought down to 3x
# Blue to white by brightness: the V-MAX barrier's colours (effects_vmax), the comet being the Layzner in V-MAX.
COMET_RAMP = [(0.0, (10, 40, 170)), (0.35, (20, 110, 240)), (0.7, (90, 200, 255)), (1.0, (245, 252, 255))]


def draw_title_layzner():
    """The Layzner turned to fly up the streak (drawn facing east), sharp at 3x: turned on the supersampled canvas,
    then brought down, so the turn blurs nothing."""
    src = layzner_canvas().surf
    turned = pygame.transform.rotozoom(src, COMET_RISE, 1.0)
    size = round(turned.get_width() * LAYZNER_SCALE / SS)
    return pygame.transform.smoothscale(turned, (size, size))


def _ramp(t):
    """COMET_RAMP's colour at each t (0..1), as float arrays."""
    xs = [stop for stop, _ in COMET_RAMP]
    return numpy.stack([numpy.interp(t, xs, [colour[k] for _, colour in COMET_RAMP]) for k in range(3)], axis=-1)


def draw_title_comet():
    """The streak, as light (the game adds it, so black is nothing): a tail that widens and fades behind the head,
    a white-hot core along its first half, thin speed lines at its edges, and a bloom where the Layzner rides."""
    rng = random.Random(1985)  # the anime's year: the speed lines and sparks come out the same on every run
    w, h = COMET_SIZE
    xs, ys = numpy.meshgrid(numpy.arange(w, dtype=numpy.float64) + 0.5, numpy.arange(h, dtype=numpy.float64) + 0.5,
                            indexing="ij")
    rise = math.radians(COMET_RISE)
    ux, uy = math.cos(rise), -math.sin(rise)  # toward the head
    dx, dy = xs - COMET_HEAD[0], ys - COMET_HEAD[1]
    back = -(dx * ux + dy * uy)  # px behind the head along the streak
    across = dx * -uy + dy * ux  # px off its line
    along = numpy.clip(back / COMET_LENGTH, 0.0, 1.0)
    fade = numpy.where(back > 0, (1.0 - along) ** 1.5, numpy.exp(-(back / 14.0) ** 2))
    half = 7.0 + 46.0 * along ** 0.65  # the tail widens as it trails
    glow = numpy.exp(-(across / half) ** 2) * fade
    core = numpy.exp(-(across / (1.6 + half * 0.16)) ** 2) * numpy.where(back > 0, (1.0 - along) ** 3.2, fade)
    lines = numpy.zeros_like(glow)
    for _ in range(14):  # speed lines: thin, straight, each a stretch of the tail a little off its middle
        side = rng.choice((-1, 1)) * rng.uniform(0.35, 1.25)
        start, length = rng.uniform(30, 420), rng.uniform(160, 520)
        spot = numpy.clip((back - start) / length, 0.0, 1.0)
        stretch = numpy.sin(spot * math.pi) * ((back > start) & (back < start + length))
        offset = across - side * (7.0 + 46.0 * along ** 0.65)
        lines += numpy.exp(-(offset / 1.1) ** 2) * stretch * rng.uniform(0.35, 0.7)
    bloom = numpy.exp(-((dx ** 2 + dy ** 2) / 58.0 ** 2)) * 0.55
    for _ in range(22):  # sparks shed along the tail
        back_at, off = rng.uniform(60, 760), rng.gauss(0, 22)
        sx = COMET_HEAD[0] - ux * back_at - uy * off
        sy = COMET_HEAD[1] - uy * back_at + ux * off
        size = rng.uniform(0.9, 1.8)
        bloom += numpy.exp(-(((xs - sx) ** 2 + (ys - sy) ** 2) / size ** 2)) * rng.uniform(0.5, 0.9) * \
            (1.0 - back_at / COMET_LENGTH)
    light = numpy.clip(glow * 0.55 + lines + bloom, 0.0, 1.0)
    heat = numpy.clip(core * 1.1 + light * 0.45 + bloom * 0.6, 0.0, 1.0)
    colour = _ramp(heat) * numpy.clip(light + core, 0.0, 1.0)[..., None]
    out = pygame.Surface(COMET_SIZE, pygame.SRCALPHA)
    pygame.surfarray.blit_array(out, numpy.rint(numpy.clip(colour, 0, 255)).astype(numpy.uint8))
    # Light, not paint: opaque, black where nothing shines (the game adds it: sprites.GLOWS premultiplies by alpha).
    pygame.surfarray.pixels_alpha(out)[...] = 255
    return out
