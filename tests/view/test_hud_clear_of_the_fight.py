"""The HUD's words keep off the fight: the level's title card fades where a machine comes in under it, and a level's
message stands at the top, under the order and the clock, not over the Layzner and the middle of the screen."""

import numpy as np
import pygame
import pytest

from game.content.chain import LEVELS
from game.content.feel import load_feel
from game.session import new_game
from game.sim.components import Brain, Position
from game.sim.events import AdvisorSpoke, MessageShown
from game.settings import Settings
from game.view.camera import HUD_TOP
from game.view.title_card import CARD_TOP
from game.view.hud_plates import plates
from game.view.markers import area_on_screen, objective_labels, play_band
from game.view.renderer import Renderer
from game.view.sprites import SpriteBank

BRIEFING = ("Rei: Manhattan. Three years under Gradosian rule. Their checkpoint to the north-east holds the sector's "
            "uplink. Hold position inside it while I break their encryption.")


def card_over(game, renderer, spot, machine_there: bool, machine_at=None) -> int:
    """How much the title card, a second into the level, changes the 80 x 80 px round `spot` on the screen, with one
    of the level's machines standing there (or at `machine_at`; else far off): summed over the pixels and channels."""
    _, (pos, _) = game.world.query(Position, Brain)[0]
    camera = renderer.camera
    at = machine_at or spot
    pos.x = pos.prev_x = camera.left + at[0] if machine_there else -5000.0
    pos.y = pos.prev_y = camera.top + at[1] if machine_there else -5000.0
    screen = pygame.Surface((1280, 720))
    area = pygame.Rect(0, 0, 80, 80)
    area.center = spot
    frames = []
    for tick in [*range(30, 61), 600]:  # half a second with the card up; then long after it has gone
        game.res.clock.tick = tick
        renderer.draw(screen, game, 1.0, 1 / 60)
        frames.append(pygame.surfarray.array3d(screen.subsurface(area)).astype(int))
    return int(np.abs(frames[-2] - frames[-1]).sum())


def test_the_title_card_fades_where_a_machine_comes_in_under_it(outpost):
    renderer = Renderer(outpost, (1280, 720), SpriteBank(), load_feel())
    under_the_name = (640, HUD_TOP + 26)
    bare = card_over(outpost, Renderer(outpost, (1280, 720), SpriteBank(), load_feel()), under_the_name, False)
    over_machine = card_over(outpost, renderer, under_the_name, True)
    assert bare > 0  # with nothing under it the card is up, whole
    assert over_machine < 0.35 * bare  # it darkened a Dis there and wrote the name over it, as over bare ground


def test_a_machine_at_the_far_end_of_the_title_card_s_band_leaves_the_level_s_name_whole(outpost):
    # The band runs near the screen's width; the name's words are in its middle third. A Dis parked at its far end,
    # nowhere near the words, left the name a faint trace from the level's first frame.
    renderer = Renderer(outpost, (1280, 720), SpriteBank(), load_feel())
    the_name = (640, HUD_TOP + 26)
    bare = card_over(outpost, Renderer(outpost, (1280, 720), SpriteBank(), load_feel()), the_name, False)
    far_end = card_over(outpost, renderer, the_name, True, machine_at=(1080, HUD_TOP + 26))
    assert bare > 0
    assert far_end > 0.9 * bare  # the name as bright as with nothing under the band


@pytest.mark.parametrize("rei_speaks", [False, True])
def test_a_level_s_message_stands_at_the_top_clear_of_the_layzner_and_the_middle_of_the_screen(outpost, rei_speaks):
    renderer = Renderer(outpost, (1280, 720), SpriteBank(), load_feel())
    screen = pygame.Surface((1280, 720))
    outpost.res.clock.tick = 600  # the title card long gone
    said = [AdvisorSpoke("rei", "x", "Checkpoint scanners have registered us. Every SPT is converging.", 2)]
    renderer.update(outpost, [MessageShown(1, BRIEFING)] + (said if rei_speaks else []), (0, 0), 1 / 60, Settings())
    for _ in range(30):  # half a second: it has come to rest
        renderer.draw(screen, outpost, 1.0, 1 / 60)
    box = renderer.hud.message_box
    layzner = renderer.camera.to_screen(*(lambda p: (p.x, p.y))(outpost.world.try_get(outpost.player, Position)))
    assert box.bottom <= 720 // 3  # it stood at y 420-490, over the Layzner's fight, when Rei's panel was up
    assert not box.inflate(96, 96).collidepoint(layzner)
    assert box.top >= HUD_TOP and box.collidelist(plates(screen.get_size(), outpost, None)) == -1
    panel = renderer.panel.rect(screen)
    assert panel is None or not box.colliderect(panel)


def card_at_the_side(game, told: bool) -> tuple[int, int]:
    """(how much the title card changes a patch of its band beside the message's plate 2 s into the level, where the
    message's box stands then) with a level's message shown from the start (`told`) or none."""
    renderer = Renderer(game, (1280, 720), SpriteBank(), load_feel())
    screen = pygame.Surface((1280, 720))
    if told:
        renderer.hud.show_message(BRIEFING)
    side = pygame.Rect(100, HUD_TOP + 12, 60, 30)  # left of the message's plate, where the band is half as dark
    frames, tops = [], {}
    for tick in [*range(0, 121), 600]:
        game.res.clock.tick = tick
        renderer.draw(screen, game, 1.0, 1 / 60)
        frames.append(pygame.surfarray.array3d(screen.subsurface(side)).astype(int))
        tops[tick] = renderer.hud.message_box.top if renderer.hud.message_box else None
    return int(np.abs(frames[-2] - frames[-1]).sum()), tops


def test_a_message_at_the_start_stands_under_the_title_card_which_gives_way_once_its_name_is_read(outpost):
    alone, _ = card_at_the_side(outpost, told=False)
    told, tops = card_at_the_side(outpost, told=True)
    assert alone > 0 and told == 0  # gone by 2 s, where it stood until 3.5 s with the message over it
    assert tops[40] >= HUD_TOP + 6 + 40  # under the level's name while that shows (from 0.4 s)
    assert tops[120] == HUD_TOP + 6  # and gone up in its place once it has gone


def name_on_screen(game, outranked: bool) -> tuple[np.ndarray, Renderer]:
    """(the screen a second into the level as a lightness per pixel, the renderer that drew it from the first tick),
    its title card up (or gone, `outranked` from the start)."""
    renderer = Renderer(game, (1280, 720), SpriteBank(), load_feel())
    renderer.hud.card.outranked = outranked
    screen = pygame.Surface((1280, 720))
    for tick in range(61):
        game.res.clock.tick = tick
        renderer.draw(screen, game, 1.0, 1 / 60)
    return pygame.surfarray.array3d(screen).astype(int).sum(axis=2), renderer


def test_the_title_card_keeps_its_name_off_the_first_objective_s_ring_and_label():
    # On the Command the signal mast's ring stands by the top plates, its HOLD 8 s under it: the level's name ran right
    # across both. It is written lower down, clear of them, and whole, not faded to keep off them.
    pygame.init()
    pygame.display.set_mode((1280, 720))
    game = new_game(LEVELS / "command.tmx", seed=1)
    (shown, renderer), (gone, _) = name_on_screen(game, outranked=False), name_on_screen(game, outranked=True)
    lighter = shown - gone  # where the name's white words are over the map (its band only darkens)
    camera = renderer.camera
    band = play_band(pygame.Surface((1280, 720)))
    labels = objective_labels(game, camera, band, plates((1280, 720), game))
    ring = area_on_screen(game.res.level.objectives[0].region, camera)
    assert [label.objective for label in labels] == [game.res.level.objectives[0]] and ring.colliderect(band)
    for mark in (ring, labels[0].rect):
        assert (lighter[mark.left:mark.right, mark.top:mark.bottom] > 3 * 20).sum() == 0, mark  # not a trace of it
    assert (lighter > 3 * 120).sum() > 4000  # the name is up, whole: faded to a fifth, its words are not 120 lighter
    game.close()
    pygame.quit()


def test_the_title_card_beside_a_replay_s_plate_settles_on_a_row_clear_of_the_marks_where_it_is_drawn(tmp_path,
                                                                                                      monkeypatch):
    """Beside a replay's grown plate the card's row was tested at the plate's side but, below the plate, drawn across
    the screen: a mark there sent it back up beside the plate, over the first mark, and it jumped between the two
    rows every frame, faded, for as long as it showed."""
    from game.view import renderer as renderer_module
    from game.view.replay_plate import plate_rect
    from tests.maps import write_map
    pygame.init()
    pygame.display.set_mode((1280, 720))
    rows = ["#" * 40] + ["#" + "." * 38 + "#" for _ in range(20)] + ["#" * 40]
    rows[10], rows[19] = "#" + "." * 18 + "P" + "." * 19 + "#", "#E" + "." * 37 + "#"
    plate = plate_rect(True, 4)  # grown, as in a replay's first seconds, down through the card's first rows
    marks: list[pygame.Rect] = []  # objectives' marks on screen, set below where the card would go: what it keeps off
    real = renderer_module.objective_markers
    monkeypatch.setattr(renderer_module, "objective_markers", lambda *a, **k: (real(*a, **k), ([], marks))[1])

    def screen_after(outranked: bool) -> tuple[np.ndarray, Renderer]:
        game = new_game(write_map(tmp_path, rows), seed=1)
        renderer = Renderer(game, (1280, 720), SpriteBank(), load_feel())
        renderer.hud.card.outranked = outranked
        screen = pygame.Surface((1280, 720))
        for tick in range(61):
            game.res.clock.tick = tick
            renderer.scene_plates = [plate]
            renderer.draw(screen, game, 1.0, 1 / 60)
        game.close()
        return pygame.surfarray.array3d(screen).astype(int).sum(axis=2), renderer

    words = screen_after(False)[1].hud.card.words  # the name beside the plate, in the highest row, with no marks
    assert words.left > plate.right
    across = words.move(-(words.left - (1280 - words.width) // 2), 0)  # where it stands on a card across the screen
    assert not across.colliderect(words)
    marks[:] = [words.inflate(0, 2 * (plate.bottom - words.top)),  # every row beside the plate
                across.move(0, plate.bottom - words.top)]  # the first under it, where the card spans the screen
    shown, _ = screen_after(False)
    lighter = shown - screen_after(True)[0]  # where the name's white words are
    for mark in marks:
        assert (lighter[mark.left:mark.right, mark.top:mark.bottom] > 3 * 20).sum() == 0, mark
    # The name is up, whole: on this light floor its white words are some 110 lighter; faded to a fifth, not 80
    assert (lighter > 3 * 80).sum() > 300
    pygame.quit()


def test_once_the_title_card_has_gone_a_replay_s_plate_growing_builds_it_again_no_more_nor_looks_for_its_row(
        outpost, monkeypatch):
    """A replay's plate grows and tucks away over its whole length (a control touched): the card, long gone, was
    built again at each change, and its row looked for each frame where it never stood whole."""
    renderer = Renderer(outpost, (1280, 720), SpriteBank(), load_feel())
    hud, screen = renderer.hud, pygame.Surface((1280, 720))
    renderer.draw(screen, outpost, 1.0, 1 / 60)  # tick 0: the card built, not yet seen
    built, looked = [], []
    real = hud.card._build
    monkeypatch.setattr(hud.card, "_build", lambda width: (built.append(width), real(width))[1])
    monkeypatch.setattr(hud.card, "_row", lambda *args: looked.append(args) or CARD_TOP)
    outpost.res.clock.tick = 60 * 20  # long past the card's time: a replay sought on, where it never stood whole
    for plate_height in (10, 230, 10):  # the replay's plate, tucked above the card's rows, grown into them, tucked
        renderer.scene_plates = [pygame.Rect(16, 84, 420, plate_height)]
        renderer.draw(screen, outpost, 1.0, 1 / 60)
        renderer.draw(screen, outpost, 1.0, 1 / 60)
    assert built == [] and looked[1:] == []  # the frame it is found gone may look once, as before
