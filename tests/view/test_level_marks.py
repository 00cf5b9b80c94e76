"""F3 shows a designer the map's unseen parts in the world: triggers (dimmed once spent), zones, patrol paths, spawns
and objectives, each labelled with its id; with F3 off none of it is drawn, or even built."""

import dataclasses
from types import SimpleNamespace

import pygame
import pytest

from game.content.chain import LEVELS
from game.content.feel import load_feel
from game.content.level_data import Region
from game.session import new_game
from game.sim.components import Brain, Position, Unit
from game.sim.resources import Advice, TriggerState
from game.view import regions
from game.view.markers import layzner_body, play_band
from game.view.overlays import debug_plate
from game.view.regions import ENEMY, PATROL, PLAYER, SPENT, TRIGGER, ZONE, LevelMarks
from game.view.renderer import Renderer
from game.view.sprites import SpriteBank

OUTPOST, MARS_BASE = LEVELS / "outpost.tmx", LEVELS / "mars_base.tmx"


class Blits(pygame.Surface):
    """A screen that keeps where each image was blitted: the labels' plates are found among them."""

    def __init__(self, size) -> None:
        super().__init__(size)
        self.blits: list[tuple[pygame.Surface, pygame.Rect]] = []

    def blit(self, source, dest, *args, **kwargs):
        rect = super().blit(source, dest, *args, **kwargs)
        self.blits.append((source, pygame.Rect(dest[0], dest[1], *source.get_size())))
        return rect


@pytest.fixture
def level():
    """(game, renderer, screen) for a map at its first tick, its renderer looking where a test points it."""
    made = []

    def make(path=OUTPOST, **options):
        pygame.init()
        pygame.display.set_mode((1280, 720))
        game = new_game(path, seed=1, **options)
        made.append(game)
        return game, Renderer(game, (1280, 720), SpriteBank(), load_feel()), Blits((1280, 720))

    yield make
    for game in made:
        game.close()
    pygame.quit()


def frame(game, renderer, screen, centre, debug=True) -> Blits:
    renderer.camera.snap(*centre)
    renderer.debug = debug
    screen.blits.clear()
    renderer.draw(screen, game, 1.0, 0.0)
    return screen


def colours_near(screen, x, y, reach=1) -> set:
    return {tuple(screen.get_at((x + dx, y + dy)))[:3] for dx in range(-reach, reach + 1)
            for dy in range(-reach, reach + 1)}


def label_words(monkeypatch) -> list[str]:
    """Every row of words the marks' labels are rendered with, from here on."""
    words = []
    real = regions.draw_text
    monkeypatch.setattr(regions, "draw_text", lambda surface, text, *a, **k: (words.append(text),
                                                                            real(surface, text, *a, **k))[1])
    return words


def labels_placed(renderer, screen) -> list[pygame.Rect]:
    plates = set(map(id, renderer.level_marks.labels.values()))
    return [rect for image, rect in screen.blits if id(image) in plates]


def edge_colours(game, renderer, screen, region) -> list[set]:
    """The colours round a rectangle region's left edge, on screen, at rows down it clear of the title card, Rei's
    panel and the labels (one of which lies over it)."""
    left, top = round(region.x - renderer.camera.left), round(region.y - renderer.camera.top)
    labels = labels_placed(renderer, screen)
    rows = [y for y in range(max(top, 250), min(top + round(region.height), 500), 7)
            if pygame.Rect(left - 1, y - 1, 3, 3).collidelist(labels) < 0]
    return [colours_near(screen, left, y) for y in rows]


def test_with_f3_on_a_trigger_is_outlined_where_it_lies_on_the_map(level):
    game, renderer, screen = level()
    valley = game.res.level.triggers[0].region  # a tall rectangle west of the player's start
    frame(game, renderer, screen, (450, 400))
    edges = edge_colours(game, renderer, screen, valley)
    assert len(edges) > 25 and all(TRIGGER in colours for colours in edges)  # a solid line down its whole side
    right = round(valley.x + valley.width - renderer.camera.left)
    assert TRIGGER in colours_near(screen, right, 400)
    # its inside is tinted, not painted over: the ground shows through
    inside = (round(valley.x + valley.width / 2 - renderer.camera.left), 420)
    shaded = tuple(screen.get_at(inside))[:3]
    assert shaded != TRIGGER and shaded != frame(game, renderer, screen, (450, 400), debug=False).get_at(inside)[:3]


def test_with_f3_off_nothing_of_it_is_drawn_nor_even_built(level, monkeypatch):
    game, renderer, screen = level()
    valley = game.res.level.triggers[0].region
    monkeypatch.setattr(LevelMarks, "draw", lambda *args: pytest.fail("drawn with F3 off"))
    frame(game, renderer, screen, (450, 400), debug=False)
    assert not any(TRIGGER in colours for colours in edge_colours(game, renderer, screen, valley))
    assert renderer.level_marks.shapes is None and not renderer.level_marks.labels  # nothing made for it either


def test_nor_over_a_page_on_the_game_with_f3_on(level, monkeypatch):
    game, renderer, screen = level()
    valley = game.res.level.triggers[0].region
    monkeypatch.setattr(LevelMarks, "draw", lambda *args: pytest.fail("drawn under the pause page"))
    renderer.camera.snap(450, 400)  # the valley trigger in view: its outline would show here with F3 on
    renderer.debug = True
    renderer.draw(screen, game, 1.0, 0.0, overlays=False)  # the backdrop of pause and the result screen
    pixels = pygame.image.tobytes(screen, "RGB")
    assert len({pixels[i:i + 3] for i in range(0, len(pixels), 3)}) > 500  # the map is drawn: a blank frame fails
    edges = edge_colours(game, renderer, screen, valley)
    assert len(edges) > 25 and not any(TRIGGER in colours for colours in edges)


def test_a_once_trigger_that_has_fired_is_drawn_dimmed_in_dashes(level, monkeypatch):
    game, renderer, screen = level()
    valley = game.res.level.triggers[0].region
    for trigger, state in zip(game.res.level.triggers, game.res.triggers):
        if trigger.region == valley:  # its briefing's two lines, one trigger each over the valley
            state.fired = 1
    words = label_words(monkeypatch)
    frame(game, renderer, screen, (450, 400))
    edges = edge_colours(game, renderer, screen, valley)
    assert not any(TRIGGER in colours for colours in edges)
    dimmed = [SPENT in colours for colours in edges]
    assert sum(dimmed) > len(edges) / 3 and not all(dimmed)  # dashes, with gaps between them
    assert "trigger #7 valley" in words and "message, once: spent" in words


def test_a_trigger_says_what_it_does_and_where_it_stands():
    pygame.font.init()
    game = new_game(MARS_BASE, seed=1)
    alarm, message = game.res.level.triggers[1], game.res.level.triggers[0]
    again = message.__class__(**{**message.__dict__, "once": False})
    assert regions._trigger_rows(alarm, TriggerState(), False)[:2] == (
        ("trigger #12 west door sensor", regions.TITLE, TRIGGER), ("alarm, once: armed", regions.DETAIL, regions.WHITE))
    assert regions._trigger_rows(again, TriggerState(inside=True, fired=2), False)[1][0] == \
        "message, every entry: fired 2x, inside"
    words = regions._trigger_rows(message, TriggerState(), False)[2][0]
    assert words.startswith('"Rei: Two Gradosian machines') and words.endswith("…")  # its words, cut to fit
    game.close()


def test_zones_patrols_and_spawns_are_labelled_with_their_ids(level, monkeypatch):
    game, renderer, screen = level(MARS_BASE)
    words = label_words(monkeypatch)
    for centre in ((1500, 600), (1000, 400), (900, 900), (300, 900)):
        frame(game, renderer, screen, centre)
    assert {"zone #13 east squall", "dust_storm, strength 0.6"} <= set(words)
    assert {"patrol #18", "there and back, walked by", "#10 track lookout"} <= set(words)
    assert {"enemy #8 hangar guard", "dis", "player #1 Eiji", "spawn"} <= set(words)
    game, renderer, screen = level(LEVELS / "command.tmx")  # the Mars base walks no loop
    frame(game, renderer, screen, (1232, 448))
    assert {"patrol #16", "a loop, walked by", "#17 courtyard patrol"} <= set(words)
    assert {"trigger #12 west door sensor", "trigger #14 sensor warning"} <= set(words)


def test_a_spawn_placed_from_a_harder_difficulty_says_so_where_f3_marks_it(level, monkeypatch):
    game, renderer, screen = level()  # the outpost on Normal: its pad heavy stands only on Hard
    words = label_words(monkeypatch)
    frame(game, renderer, screen, (1152, 300))
    assert {"enemy #10 pad heavy", "bul, holds post, from hard"} <= set(words)
    assert "dis, holds post" in words  # one on every difficulty says nothing of it


def test_a_zone_is_outlined_and_tinted(level):
    game, renderer, screen = level(MARS_BASE)
    squall = game.res.level.zones[0].region  # an ellipse
    frame(game, renderer, screen, (1500, 600))
    left = (round(squall.x - renderer.camera.left), round(squall.y + squall.height / 2 - renderer.camera.top))
    assert ZONE in colours_near(screen, *left)


def test_a_patrol_path_is_drawn_along_its_legs_with_its_points(level):
    game, renderer, screen = level()
    (x1, y1), (x2, y2), (x3, y3) = game.res.level.enemy_spawns[3].patrol  # the south road: west, then north
    frame(game, renderer, screen, (700, 500))
    on_screen = renderer.camera.to_screen
    for share in (0.2, 0.3, 0.7):  # along the first leg, clear of the arrows in its middle
        x, y = on_screen(x1 + (x2 - x1) * share, y1)
        assert PATROL in colours_near(screen, round(x), round(y))
    for point in ((x2, y2), (x3, y3)):
        x, y = on_screen(*point)
        assert tuple(screen.get_at((round(x), round(y))))[:3] == PATROL  # a dot on each corner


def test_spawns_are_marked_over_what_stands_on_them(level, monkeypatch):
    game, renderer, screen = level()
    words = label_words(monkeypatch)
    frame(game, renderer, screen, (500, 420))
    guard = game.res.level.enemy_spawns[0]
    x, y = renderer.camera.to_screen(guard.x, guard.y)
    assert tuple(screen.get_at((round(x), round(y))))[:3] == ENEMY  # over the machine standing there
    x, y = renderer.camera.to_screen(*game.res.level.player_spawn)
    assert tuple(screen.get_at((round(x), round(y))))[:3] == PLAYER
    assert {"enemy #2 gate guard", "player #1 Eiji"} <= set(words)


def test_the_player_spawn_is_marked_where_the_map_has_it_when_a_playtest_starts_elsewhere(level):
    game, renderer, screen = level(start_at=8)  # on the extraction pad
    frame(game, renderer, screen, (1100, 400))
    assert renderer.level_marks.shapes["player"] == ("#1 Eiji", (144.0, 400.0))


def test_the_player_spawn_is_labelled_with_its_whole_name_not_the_one_a_message_cuts_and_escapes(level, tmp_path):
    name = "Eiji Asuka, pilot of the SPT-LZ-00X Layzner, landing at the Mars base in 1996 \\ by night"
    map_text = MARS_BASE.read_text(encoding="utf-8").replace('name="Eiji"', f'name="{name}"')
    assert f'name="{name}"' in map_text
    (tmp_path / "levels").mkdir()  # beside links to what the map names relative to itself: its tilesets, templates
    (tmp_path / "assets").symlink_to(MARS_BASE.parents[1] / "assets")
    (tmp_path / "levels" / "templates").symlink_to(MARS_BASE.parent / "templates")
    (tmp_path / "levels" / OUTPOST.name).symlink_to(OUTPOST)  # the map played next
    path = tmp_path / "levels" / MARS_BASE.name
    path.write_text(map_text, encoding="utf-8")
    game, renderer, screen = level(path)
    frame(game, renderer, screen, (300, 400))
    assert renderer.level_marks.shapes["player"][0] == f"#1 {name}"


def test_objectives_are_labelled_with_their_id_and_still_shown_once_reached(level, monkeypatch):
    game, renderer, screen = level()
    pad = game.res.level.objectives[0].region
    words = label_words(monkeypatch)
    frame(game, renderer, screen, (1000, 420))
    assert {"objective #8 extraction pad", "hold 12 s"} <= set(words)
    game.res.objectives_reached[0] = True  # the game's marker is gone: F3 still outlines it, dimmed
    frame(game, renderer, screen, (1000, 420))
    x, y = renderer.camera.to_screen(pad.x + pad.width / 2, pad.y + pad.height)  # its bottom
    assert SPENT in colours_near(screen, round(x), round(y), 2)
    assert "reached" in words


def test_labels_keep_clear_of_one_another_of_f3s_figures_and_of_the_hud(level):
    game, renderer, screen = level(MARS_BASE)
    for centre in ((700, 500), (1000, 400), (1500, 600), (900, 200)):
        frame(game, renderer, screen, centre)
        placed = labels_placed(renderer, screen)
        assert placed
        band = play_band(screen)
        for i, rect in enumerate(placed):
            assert band.contains(rect)
            assert not rect.colliderect(debug_plate(screen))
            assert rect.collidelist(placed[i + 1:]) < 0, centre  # the message over its alarm among them


def test_a_tall_triggers_label_comes_down_out_from_under_the_hud(level):
    game, renderer, screen = level()
    frame(game, renderer, screen, (450, 500))  # the valley's top, 64 px down the map, is above the screen
    assert renderer.camera.top > 64
    [plate] = [image for (rows, _), image in renderer.level_marks.labels.items() if rows[0][0] == "trigger #7 valley"]
    [label] = [rect for image, rect in screen.blits if image is plate]
    assert label.top == play_band(screen).top + 4  # at the top of the play band, down the trigger's side
    assert label.left == round(game.res.level.triggers[0].region.x - renderer.camera.left) + 6


# Each wide enough for the label (its words cut at 300 px), whose place in its bounds' top left corner is outside it.
@pytest.mark.parametrize("region", [
    Region("ellipse", 300.0, 200.0, 500.0, 300.0),
    Region("polygon", 100.0, 100.0, 1000.0, 600.0, ((100.0, 700.0), (600.0, 100.0), (1100.0, 700.0))),  # a triangle
])
def test_a_regions_label_lies_inside_it_whatever_its_shape(region):
    pygame.font.init()
    game = new_game(OUTPOST, seed=1)
    trigger = dataclasses.replace(game.res.level.triggers[0], region=region)
    # the trigger's marks alone: a spawn's diamond and label (the outpost's north wave) may lie over its outline
    game.res.level = dataclasses.replace(game.res.level, triggers=(trigger,), enemy_spawns=())
    marks, screen = LevelMarks(game.res.level), Blits((1280, 720))
    camera = SimpleNamespace(left=0.0, top=0.0)
    marks.draw(screen, game, camera, [])
    [plate] = [image for (rows, _), image in marks.labels.items() if rows[0][0] == "trigger #7 valley"]
    [label] = [rect for image, rect in screen.blits if image is plate]
    assert region.contains(*label.topleft) and region.contains(*label.topright)
    assert region.contains(*label.bottomleft) and region.contains(*label.bottomright)
    assert TRIGGER in colours_near(screen, round(region.x + region.width / 2), round(region.y))  # its top
    game.close()


class Placed(Blits):
    """Blits, with the part of the source a blit takes (`area`) as the rect it covers."""

    def blit(self, source, dest, area=None, *args, **kwargs):
        rect = pygame.Surface.blit(self, source, dest, area, *args, **kwargs)
        size = area.size if area is not None else source.get_size()
        self.blits.append((source, pygame.Rect((round(dest[0]), round(dest[1])), size)))
        return rect


@pytest.mark.parametrize("offset", [(40, 30), (120, 20), (60, 90)])
def test_a_zone_s_label_moves_off_rei_s_marker_on_a_machine_under_it_so_both_read(level, offset):
    """F3 on the landing field, a Dis in the squall's top left corner under its label, and Rei's marker on it: the
    label stands clear of her brackets and numbers rather than under them. (It lay under them, her plate over its
    words.)"""
    game, renderer, _ = level(LEVELS / "landing_field.tmx")
    screen = Placed((1280, 720))
    [zone] = game.res.level.zones
    dis, (pos, _) = next((entity, found) for entity, found in game.world.query(Position, Brain)
                         if game.world.get(entity, Unit).kind == "dis")
    pos.x = pos.prev_x = zone.region.x + offset[0]
    pos.y = pos.prev_y = zone.region.y + offset[1]
    game.res.advice = Advice(dis, 0.42, 1.3)
    renderer.rei.update(game, 0.5)  # in place, whole
    frame(game, renderer, screen, (zone.region.x + 200, zone.region.y + 120))
    [marker] = [rect for image, rect in screen.blits if image is renderer.rei._canvas]
    labels = labels_placed(renderer, screen)
    [zone_label] = [rect for (rows, _), image in renderer.level_marks.labels.items() if rows[0][0].startswith("zone")
                    for placed, rect in screen.blits if placed is image]
    assert zone_label in labels and marker.collidelist(labels) < 0, (marker, labels)


BRIEFINGS = ("trigger #15 briefing: controls", "trigger #16 briefing: Fouron", "trigger #17 briefing: the mission")
NEAR_THE_START = (640, 654)  # Mars base's three briefings, on one spot, a row under the play band's foot from it


def placed_by_title(renderer, screen) -> dict:
    """{a label's first row: where it was drawn this frame}."""
    return {rows[0][0]: rect for (rows, _), image in renderer.level_marks.labels.items()
            for placed, rect in screen.blits if placed is image}


def test_labels_stacked_on_one_spot_low_in_the_band_stack_up_rather_than_run_under_the_hud(level):
    """The Mars base's three briefing triggers share one region near the play band's foot: stacked downward, the
    second and third ran under Rei's panel and the HEAT gauge. They stack up from the first instead."""
    game, renderer, screen = level(MARS_BASE)
    me = game.world.get(game.player, Position)  # walked off its spawn, by the briefings' labels: out of their way
    me.x = me.prev_x = 900.0
    frame(game, renderer, screen, NEAR_THE_START)
    band, found = play_band(screen), placed_by_title(renderer, screen)
    briefings = [found[title] for title in BRIEFINGS]
    region = game.res.level.triggers[[t.name for t in game.res.level.triggers].index("briefing: controls")].region
    top = round(region.y - renderer.camera.top)  # the first in the region's corner, as near it as the band lets it
    assert briefings[0].left == round(region.x - renderer.camera.left) + 6 and top <= briefings[0].top <= top + 6
    for title, rect in found.items():
        assert band.contains(rect), (title, rect, band)
    assert briefings[1].bottom < briefings[0].top and briefings[2].bottom < briefings[1].top  # stacked upward
    placed = labels_placed(renderer, screen)
    assert all(rect.collidelist(placed[i + 1:]) < 0 for i, rect in enumerate(placed))


def test_a_label_with_no_room_left_anywhere_stays_in_the_band_over_what_it_meets():
    pygame.font.init()
    game = new_game(MARS_BASE, seed=1)
    marks, screen = LevelMarks(game.res.level), Blits((1280, 720))
    band = play_band(screen)
    marks.draw(screen, game, SimpleNamespace(left=0.0, top=300.0), [band])  # the whole band to keep off
    plates = set(map(id, marks.labels.values()))
    placed = [rect for image, rect in screen.blits if id(image) in plates]
    assert placed
    assert all(band.contains(rect) for rect in placed), placed
    game.close()


@pytest.mark.parametrize("centre", [NEAR_THE_START, (640, 700)])  # a label lies there without it
def test_labels_keep_off_the_advisors_panel_while_it_is_up(level, centre):
    game, renderer, screen = level(MARS_BASE)
    renderer.panel.say("Rei", "Mars, 1996. Gradosian SPTs are attacking UN base Cydonia, to the east. Stop every one "
                       "of them.", message=True)
    renderer.panel.update(1.0)
    frame(game, renderer, screen, centre)
    panel = renderer.panel.rect(screen)
    assert panel is not None
    placed, band = labels_placed(renderer, screen), play_band(screen)
    assert placed and all(band.contains(rect) for rect in placed)
    assert panel.collidelist(placed) < 0, (panel, [rect for rect in placed if rect.colliderect(panel)])
    renderer.panel.line = None  # the panel gone, the labels come back to their spots
    frame(game, renderer, screen, centre)
    assert renderer.panel.rect(screen) is None
    assert any(rect.colliderect(panel) for rect in labels_placed(renderer, screen))


def test_labels_crowded_between_the_panel_and_rei_s_marker_keep_off_the_layzner_too(level):
    """The debug screenshot's moment: the Layzner a few steps from its start, Rei's briefing up, her marker above; the
    three briefings' labels have no room clear of all of those and of one another. None lies over the Layzner, the
    panel or her marker, nor under the HUD: the one left over lies over another label."""
    game, renderer, screen = level(MARS_BASE)
    renderer.panel.say("Rei", "Mars, 1996. Gradosian SPTs are attacking UN base Cydonia, to the east.", message=True)
    renderer.panel.update(1.0)
    me = game.world.get(game.player, Position)
    me.x = me.prev_x = 360.0
    me.y = me.prev_y = 709.0
    frame(game, renderer, screen, NEAR_THE_START)
    found, band = placed_by_title(renderer, screen), play_band(screen)
    body = layzner_body(game, renderer.camera)[0]
    keep_off = [body, renderer.panel.rect(screen), *([renderer.rei.box] if renderer.rei.box else [])]
    for title in BRIEFINGS:
        assert band.contains(found[title]) and found[title].collidelist(keep_off) < 0, (title, found[title], keep_off)


@pytest.mark.parametrize("path", [MARS_BASE, LEVELS / "command.tmx"])
def test_the_level_s_name_never_stands_whole_over_an_f3_label(level, path):
    """F3 at a level's start: the title card's words were drawn over the labels under them (the Mars base's west door
    sensor, the Command's plaza squall), which a designer could not read for 3.5 s. The name keeps off them, or fades
    over them as over a machine."""
    game, renderer, screen = level(path)
    hud = renderer.hud
    renderer.debug = True
    for tick in range(30, 91):  # half a second in to a second and a half, the card up all the while
        game.res.clock.tick = tick
        screen.blits.clear()
        renderer.draw(screen, game, 1.0, 1 / 60)
    under = [rect for rect in labels_placed(renderer, screen) if rect.colliderect(hud.card.words)]
    assert hud.card.words is not None
    assert not under or hud.card.shown <= 0.25, (hud.card.shown, under)
