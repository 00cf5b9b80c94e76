"""Test grounds: surfaces of random colour blocks, on which any pixel drawn wrong shows."""

import random

import pygame


def noisy(size: tuple[int, int], seed: int = 2, block: int = 3) -> pygame.Surface:
    surface = pygame.Surface(size)
    rng = random.Random(seed)
    for y in range(0, size[1], block):
        for x in range(0, size[0], block):
            surface.fill((rng.randrange(256), rng.randrange(256), rng.randrange(256)), (x, y, block, block))
    return surface
