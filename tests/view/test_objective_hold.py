"""A held objective on screen: the seconds left, counted down, and a bar over the area that fills as it is held."""

from types import SimpleNamespace

import pygame

from game.content.chain import LEVELS
from game.session import new_game
from game.sim.components import Position
from game.view.hud_plates import plates
from game.view.markers import hold_left, hold_share, objective_markers
from game.view.text import AMBER, PANEL


def test_the_count_shows_whole_seconds_left_and_the_share_done():
    pad = SimpleNamespace(hold=12.0)
    assert [hold_left(pad, ticks) for ticks in (0, 1, 60, 61, 659, 660, 719, 720)] == \
        ["HOLD 12 s", "HOLD 12 s", "HOLD 11 s", "HOLD 11 s", "HOLD 2 s", "HOLD 1 s", "HOLD 1 s", "HOLD 0 s"]
    assert [hold_share(pad, ticks) for ticks in (0, 360, 720, 800)] == [0.0, 0.5, 1.0, 1.0]
    assert hold_share(SimpleNamespace(hold=0.0), 5) == 0.0


def test_the_bar_over_a_held_area_fills_with_the_share_held():
    pygame.font.init()
    game = new_game(LEVELS / "outpost.tmx", seed=1)
    region = game.res.level.objectives[0].region
    pos = game.world.get(game.player, Position)  # the Layzner on the pad, holding it
    pos.x, pos.y = region.centre
    camera = SimpleNamespace(left=0.0, top=0.0, to_screen=lambda x, y: (x, y))
    bar_x, bar_y = round(region.x + region.width / 2) - 50, round(region.y) - 9  # 100 px wide, 5 px high

    def bar_after(ticks):
        game.res.objectives_held[0] = ticks
        surface = pygame.Surface((1280, 720))
        objective_markers(surface, game, camera, 0.0, plates(surface.get_size(), game))
        return [tuple(surface.get_at((bar_x + x, bar_y + 2)))[:3] for x in range(100)]

    assert bar_after(0) == [PANEL] * 100  # nothing held yet: an empty gauge
    assert bar_after(360) == [AMBER] * 50 + [PANEL] * 50  # half of the 12 s
    game.close()


def words_placed(monkeypatch) -> dict[str, int]:
    """Filled as the markers draw: each string's top on screen."""
    from game.view import markers
    placed = {}
    real = markers.draw_text
    monkeypatch.setattr(markers, "draw_text", lambda surface, text, pos, *a, **k:
                        (placed.__setitem__(text, pos[1]), real(surface, text, pos, *a, **k))[1])
    return placed


def test_an_objective_near_the_top_of_the_screen_has_its_count_below_it_clear_of_the_hud(monkeypatch):
    from game.view import markers
    pygame.font.init()
    game = new_game(LEVELS / "outpost.tmx", seed=1)
    region = game.res.level.objectives[0].region
    placed = words_placed(monkeypatch)
    for screen_top in (300, 40):  # the area's top on screen: lots of room above it, then under the HUD's top row
        camera = SimpleNamespace(left=0.0, top=region.y - screen_top, to_screen=lambda x, y: (x, y))
        objective_markers(pygame.Surface((1280, 720)), game, camera, 0.0, plates((1280, 720), game))
        count = placed["HOLD 12 s"]
        assert "Hold the extraction pad" not in placed  # the order's plate at the top of the HUD says it
        if screen_top == 300:
            assert count == 300 - 30  # above the area
        else:
            bottom = 40 + round(region.height)
            assert count == bottom + 8 and count >= markers.HUD_TOP  # below it
    game.close()


def test_an_objective_near_the_bottom_keeps_its_words_above_the_gauges(monkeypatch):
    from game.view import markers
    pygame.font.init()
    game = new_game(LEVELS / "outpost.tmx", seed=1)
    region = game.res.level.objectives[0].region
    placed = words_placed(monkeypatch)
    # The area's top 80 px above the gauges, the rest under the missiles' gauge: above it, the words would be over the
    # area but are kept whole in view. (20 px above them, the area is mostly under the gauge: pointed at, not labelled.)
    screen_top = 720 - markers.HUD_BOTTOM - 80
    camera = SimpleNamespace(left=0.0, top=region.y - screen_top, to_screen=lambda x, y: (x, y))
    objective_markers(pygame.Surface((1280, 720)), game, camera, 0.0, plates((1280, 720), game))
    assert placed["HOLD 12 s"] + 20 + 4 + 5 <= 720 - markers.HUD_BOTTOM  # the count and its bar clear of the gauges
    game.close()


def arrow_pixels(surface) -> list[tuple[int, int]]:
    return [(x, y) for x in range(0, surface.get_width(), 2) for y in range(0, surface.get_height(), 2)
            if surface.get_at((x, y))[:3] not in ((0, 0, 0), (1, 2, 3))]


def test_an_objective_under_the_gauges_or_out_of_view_is_pointed_at_from_inside_the_play_band():
    from game.view import markers
    pygame.font.init()
    game = new_game(LEVELS / "outpost.tmx", seed=1)
    region = game.res.level.objectives[0].region
    for screen_top in (720 - 60, 2000, -2000):  # under the gauges, far below, far above
        camera = SimpleNamespace(left=region.x - 600, top=region.y - screen_top, to_screen=lambda x, y, c=None: (
            x - (region.x - 600), y - (region.y - screen_top)))
        surface = pygame.Surface((1280, 720))
        surface.fill((1, 2, 3))
        objective_markers(surface, game, camera, 0.0, plates(surface.get_size(), game))
        drawn = arrow_pixels(surface)
        assert drawn, screen_top  # an arrow, not an outline hidden under the plates
        assert all(markers.HUD_TOP <= y < 720 - markers.HUD_BOTTOM for _, y in drawn), screen_top
    game.close()
