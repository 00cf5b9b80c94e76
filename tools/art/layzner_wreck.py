"""The Layzner brought down: where it fell, scorched and dark, on a blackened patch of ground strewn with shards."""

import random

import pygame

from tools.art.canvas import Canvas, cel
from tools.art.colour import Tones
from tools.art.dis_damaged import on_body, scorch, scorched_ground, shards
from tools.art.geometry import inset
from tools.art.layzner import (CANOPY, layzner_arms, layzner_backpack, layzner_hands, layzner_head, layzner_pods,
                               layzner_shoulder, layzner_torso)

SOOT = (204, 196, 202)  # the whole machine's colours multiplied by this: white armour burnt to ash grey, the blue
# still blue; darker, it burnt to a black heap no one would take for the Layzner (or tell from a Dis's wreck)


def draw_layzner_wreck():
    """Pixel-aligned with layzner.png: the same machine, its white and blue burnt grey under soot, a blast hole in
    the backpack glowing at its edges, the canopy gone dark and cracked, the rifle torn away and lying beside it."""
    rng = random.Random(1999)
    cv = Canvas(72, 72, matte=(14, 10, 8))
    scorched_ground(cv, rng, (34, 36), 23, 18, (20, 33), 11)
    # the rifle, torn off and thrown clear
    charcoal = Tones((40, 40, 46), outline=(6, 5, 6), light_t=0.2)
    cel(cv, [(47.0, 54.0), (63.0, 58.5), (62.4, 60.6), (55.0, 59.2), (54.2, 61.4), (46.0, 57.0)], charcoal,
        dark_w=1.0, light_w=0.5)
    cv.surf.blit(_burnt_machine(rng).surf, (0, 0))
    grey, blue = Tones((150, 150, 156), outline=(10, 9, 10)), Tones((44, 70, 130))  # white armour burnt, and blue
    shards(cv, rng, (34, 36), 16, (18, 33), (0.8, 1.8), lambda rng: grey if rng.random() < 0.7 else blue)
    shadow = cv.silhouette(100, 1.0)
    return cv.result(), shadow


def _burnt_machine(rng) -> Canvas:
    """The Layzner as drawn for play but for its rifle, burnt: soot over everything, scorch where it was hit, a hole
    in the back."""
    machine = Canvas(72, 72, matte=(22, 28, 52))
    layzner_pods(machine)
    layzner_backpack(machine)
    layzner_torso(machine)
    layzner_arms(machine)
    layzner_hands(machine)
    layzner_shoulder(machine, False)
    layzner_shoulder(machine, True)
    layzner_head(machine)
    machine.surf.fill(SOOT, special_flags=pygame.BLEND_RGB_MULT)

    def soot(sub):
        for centre, radius in (((24.0, 30.0), 7.0), ((37.0, 46.0), 6.0), ((31.0, 22.0), 5.0), ((44.0, 36.0), 3.5),
                               ((20.0, 44.0), 4.5)):
            scorch(sub, rng, centre, radius, streaks=6)

    on_body(machine, soot)
    # the canopy: dark glass with a crack across it, nothing lit behind it
    machine.poly((10, 16, 20), inset(CANOPY, [0.5] * len(CANOPY)) or CANOPY)
    machine.polyline((120, 130, 140), [(41.2, 32.6), (43.0, 35.4), (42.4, 37.0), (44.6, 39.4)], 0.3)
    # a blast hole through the backpack, still glowing at its edges
    hole = [(17.0, 34.5), (20.0, 32.6), (22.6, 34.0), (24.6, 33.4), (24.0, 37.4), (21.6, 39.6), (18.4, 38.8)]
    machine.poly((14, 8, 8), hole)
    machine.soft_poly((255, 110, 30), inset(hole, [1.0] * len(hole)) or hole, 0.8, 220)
    machine.poly((255, 190, 90), inset(hole, [2.0] * len(hole)) or hole)
    for point in ((26.5, 28.5), (35.5, 45.5), (29.0, 41.0), (45.5, 33.0)):  # embers in the seams
        machine.soft_circle((255, 110, 30), point, 0.8, 0.8, 255)
        machine.circle((255, 200, 110), point, 0.35)
    return machine
