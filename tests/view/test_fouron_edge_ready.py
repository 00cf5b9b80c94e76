"""Fouron's purple edge is made as the level loads, not in the frame the takeover first shows: a screenful of
scanlined purple (10-25 ms of that frame as it was made then, 3-4 ms now), while the Layzner is at its most hard
pressed."""

import pygame

from game.content.feel import load_feel
from game.sim.events import FouronSeized
from game.view import fouron
from game.view.renderer import Renderer
from game.view.sprites import SpriteBank


def test_the_first_takeover_s_frame_makes_no_purple_edge(outpost, monkeypatch):
    getattr(fouron._vignette, "cache_clear", lambda: None)()  # as a session starts: none made yet
    renderer = Renderer(outpost, (1280, 720), SpriteBank(), load_feel())  # the level's load
    made = []
    real = fouron._vignette
    monkeypatch.setattr(fouron, "_vignette", lambda size: made.append(size) or real(size))
    renderer.fouron.on_events([FouronSeized("armour")])
    outpost.res.fouron.active = True
    renderer.fouron.update(outpost, 1.0)
    screen = pygame.Surface((1280, 720))
    renderer.draw(screen, outpost, 1.0, 1 / 60)
    assert renderer.fouron.presence > 0 and made == []
    edge = screen.get_at((2, 360))[:3]
    assert edge[0] > edge[1] and edge[2] > edge[1]  # purple at the screen's edge: the edge was drawn
