"""The title's key art: the lettering, the Layzner and the comet's streak keep clear of each other, of the menu and of
the rows under it, in whichever window the game opens; the drifting base stays behind, darkest at the corners."""

import pygame
import pytest

from game.app import App
from game.scenes import title as title_module
from game.scenes.menu import backing
from game.session import DEFAULT_LEVEL
from tests.drawn_words import record_drawn_rects

VIEW = pygame.Rect(0, 0, 1280, 720)
DARK = 16  # of 255: what the streak may add where the menu and its rows are (nothing a player sees)


@pytest.fixture
def app_on(monkeypatch):
    """The game opened on a desktop of the given size (test_window_size: the window is sized to fit it)."""
    def open_on(desktop):
        monkeypatch.setattr(pygame.display, "get_desktop_sizes", lambda: [desktop])
        return App(DEFAULT_LEVEL, seed=1, audio=False)
    yield open_on
    pygame.quit()


def layzner_ink(art, place: pygame.Rect) -> pygame.Rect:
    """The Layzner's own pixels' box on the screen (its image has clear corners, turned as it is)."""
    return pygame.mask.from_surface(art.layzner, 128).get_bounding_rects()[0].move(place.topleft)


@pytest.mark.parametrize("desktop", [(1920, 1080), (1366, 768), (1280, 720)])  # windows 1280x720, 1184x666, 1104x621
# Continue heads the menu while a save waits: the least room; with its line under it, the plate reaches lower
@pytest.mark.parametrize("options", [3, 4, "4 and the save's line"])
def test_the_key_art_keeps_clear_of_the_words_the_menu_and_the_rows_under_it(app_on, monkeypatch, desktop, options):
    app = app_on(desktop)
    title = app.ctx.stack[-1]
    if options != 3:
        title.menu.options.insert(0, "Continue")
    if options == "4 and the save's line":
        title.saved, title.menu.room_before[1] = "Mars, Relay Outpost — 1996 · 2:41 in", title_module.SAVED_ROOM
    title.error = "a complaint long enough to wrap " * 12
    rects = record_drawn_rects(monkeypatch, title_module)
    surface = app.window
    assert surface.get_size() == VIEW.size  # the window scales the game's 1280x720 view, whatever its size
    title.draw(surface, 1.0)
    plate = backing(surface.copy(), title.menu.area(VIEW.centerx, title_module.MENU_TOP))
    spt, story = rects["S P T   L A Y Z N E R"], rects[title.story]
    rows = pygame.Rect(0, plate.bottom, VIEW.width, VIEW.height - plate.bottom)  # the notices and the controls line
    kept = [plate.inflate(24, 24), rows]
    name = title.art.places(0.0, VIEW.width)["name"]
    for words in (name, spt, story):
        assert VIEW.contains(words) and words.bottom < plate.top
    for age in (i / 10 for i in range(40)):  # the Layzner bobs along the streak: all through a bob
        at = title.art.places(age, VIEW.width)
        mech = layzner_ink(title.art, at["layzner"])
        assert VIEW.contains(mech) and mech.collidelist(kept) == -1
        assert mech.collidelist([name.inflate(-60, -60), spt, story]) == -1  # clear of the lettering's line
        light = pygame.Surface(VIEW.size)  # the streak alone, as it is added to the screen
        light.blit(title.art.comet, at["comet"], special_flags=pygame.BLEND_ADD)
        brightest = max(max(light.get_at((x, y))[:3]) for area in kept for x in range(area.left, area.right, 6)
                        for y in range(max(0, area.top), min(VIEW.height, area.bottom), 6))
        assert brightest <= DARK, f"the streak lights the menu or the rows under it at {brightest} (age {age})"
    assert title.art.layzner.get_width() > 144  # larger than the Layzner the title had


def test_the_drifting_base_is_darkened_most_at_the_corners_so_its_walls_stay_behind_the_art(display):
    from tests.scenes.conftest import make_context
    title = title_module.TitleScene(make_context())
    title.base.draw = lambda surface, x, y: surface.fill((255, 255, 255))  # the brightest base there could be
    title.backdrop(display, 1.0)
    middle = max(display.get_at(VIEW.center)[:3])
    corners = max(max(display.get_at(corner)[:3]) for corner in ((2, 2), (1277, 2), (2, 717), (1277, 717)))
    assert middle <= 75 and corners <= 30 and corners < middle  # of 255 (the shade itself is dark blue, 22)


@pytest.mark.parametrize("size", [(1280, 720), (1600, 900), (960, 540)])
def test_the_lettering_its_subtitle_and_tagline_stand_on_the_screen_s_middle_as_the_menu_does(display, monkeypatch,
                                                                                               size):
    from tests.scenes.conftest import make_context
    title = title_module.TitleScene(make_context())
    title.base.draw = lambda surface, x, y: None  # the base's bright walls aside: only the art is lit
    rects = record_drawn_rects(monkeypatch, title_module)
    surface = pygame.Surface(size)
    title.draw(surface, 1.0)
    middle = size[0] / 2
    chrome = pygame.surfarray.array3d(surface)[:, 70:130].min(axis=2) > 180  # the letters' white-blue chrome
    columns = chrome.any(axis=1).nonzero()[0]
    assert abs((columns[0] + columns[-1] + 1) / 2 - middle) <= 3  # it stood 40 px left of the menu's middle
    for words in ("S P T   L A Y Z N E R", title.story):
        assert abs(rects[words].centerx - middle) <= 1
    assert abs(title.menu.area(middle, title_module.MENU_TOP).centerx - middle) <= 1
