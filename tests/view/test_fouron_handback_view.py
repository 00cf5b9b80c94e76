"""Fouron's marks on screen give way to the pilot: the resist prompt is drawn over the picture's tear, never torn or
washed over itself, and when Fouron lets go its line leaves the advisor panel (its farewell aside) for Rei's."""

import pygame
import pytest

from game.content.feel import load_feel
from game.result_delay import RESULT_DELAY
from game.settings import Settings
from game.sim.components import Brain, Health
from game.sim.events import AdvisorSpoke, FouronReleased, FouronSeized
from game.sim.resources import STEP
from game.sim.systems.speech import READING, SEIZED_LEAST
from game.view.advisor_panel import FADE, HOLD, AdvisorPanel
from game.view.feedback import hitstop_for
from game.view.fouron import BANNER_TOP, LAVENDER, RELEASE_TIME, FouronOverlay
from game.view.renderer import Renderer
from game.view.sprites import SpriteBank
from game.view.text import CYAN, PURPLE
from tests.maps import game_from_ascii
from tests.sim.test_speech import says_next

ARENA = ["#########################"] + ["#.......................#"] * 4 + ["#.P..........E..........#"] + \
    ["#.......................#"] * 4 + ["#########################"]
# A Dis in the open beside the Layzner, and another sealed in the far corner (the level goes on after the first).
NEAR = ["#########################"] + ["#.......................#"] * 4 + ["#.P......E..............#"] + \
    ["#.......................#"] * 2 + ["#.....................###", "#...................##E##",
                                         "#########################"]
ORDER = "Hostile. Eliminate."


@pytest.fixture
def game(tmp_path, screen):
    game = game_from_ascii(tmp_path, ARENA)
    yield game
    game.close()


def count(surface, color, rect, tolerance=0) -> int:
    area = surface.subsurface(pygame.Rect(rect).clip(surface.get_rect()))
    return pygame.mask.from_threshold(area, color, (tolerance + 1,) * 3 + (255,)).count()


def stripes(screen):
    """Columns of colour a tear would visibly slide, and that no prompt's lavender is in."""
    for x in range(0, 1280, 4):
        screen.fill((x // 8, 80, 255 - x // 8), (x, 0, 4, 720))


def prompt_pixels(screen, overlay, game, flashes: float):
    """The resist gauge's lavender words, drawn 0.2 s into a takeover (the picture tearing while flashes are full)."""
    overlay.flashes = flashes
    stripes(screen)
    overlay.draw_over(screen, game, 0.09)  # the key cap unlit: the same at either setting
    rect = overlay.gauge_rect(screen)
    return pygame.mask.from_threshold(screen.subsurface(rect), LAVENDER, (1, 1, 1, 255)), rect


def test_the_resist_prompt_is_never_torn_by_the_takeover_s_tear(game, screen):
    game.res.fouron.active = True
    torn_anywhere = 0
    for seed in range(24):  # where the strips fall is the tear's own chance: many takeovers
        overlay = FouronOverlay(seed=seed)
        overlay.on_events([FouronSeized("armour")])
        overlay.update(game, 0.2)
        state = overlay.rng.getstate()
        still, rect = prompt_pixels(screen, overlay, game, 0.5)  # flashes turned down: no tear
        untorn = pygame.image.tobytes(screen, "RGB")
        overlay.rng.setstate(state)
        torn, _ = prompt_pixels(screen, overlay, game, 1.0)
        torn_anywhere += pygame.image.tobytes(screen, "RGB") != untorn
        assert still.count() > 200  # the words are there
        assert torn.count() == still.count() and torn.overlap_area(still, (0, 0)) == still.count(), f"seed {seed}"
    assert torn_anywhere == 24  # the tear is still drawn, round the prompt


def test_fourons_line_fades_from_the_panel_as_it_lets_go(screen):
    panel = AdvisorPanel(SpriteBank())
    panel.on_events([AdvisorSpoke("fouron", "seized", ORDER, 9)])
    for _ in range(10):
        panel.update(1.0, fouron_active=True)  # held while it has the controls
    assert panel.opacity == 1.0
    panel.on_events([FouronReleased("resisted")])  # fought off: it goes without a word
    panel.update(FADE / 2, fouron_active=False)
    assert 0.0 < panel.opacity < 1.0  # fading at once, not holding its HOLD more
    panel.update(FADE / 2 + STEP, fouron_active=False)
    assert panel.opacity == 0.0 and panel.rect(screen, fouron_active=False) is None
    assert HOLD > FADE  # (which it would still be holding)


def test_fourons_farewell_and_reis_lines_are_not_cut_by_its_letting_go(screen):
    panel = AdvisorPanel(SpriteBank())
    panel.on_events([AdvisorSpoke("fouron", "seized", ORDER, 9)])
    panel.update(5.0, fouron_active=True)
    # Calm: it lets go and says so in the same tick, the event of its letting go first.
    panel.on_events([FouronReleased("danger_past"), AdvisorSpoke("fouron", "released", "Control released.", 9)])
    panel.update(FADE + 0.5, fouron_active=False)
    assert panel.line.text == "Control released." and panel.opacity == 1.0
    panel.on_events([AdvisorSpoke("rei", "fouron_released", "System restored.", 8)])
    panel.on_events([FouronReleased("resisted")])  # (a stray one) does not cut Rei
    panel.update(1.0, fouron_active=False)  # typed, and within its hold: cut, it would have faded out by now
    assert panel.line.speaker == "rei" and panel.opacity == 1.0


def test_after_the_controls_come_back_the_panel_shows_no_fouron_order_then_reis_words(game, screen):
    """Through the rules and the renderer: the takeover, the pilot mashing the controls back, the panel after."""
    enemy = next(entity for entity, _ in game.world.query(Brain))
    game.world.get(enemy, Health).hit_points = 1e9  # the danger never passes: only the pilot ends the takeover
    health = game.world.get(game.player, Health)
    health.hit_points = health.max_hit_points * game.res.catalog.units["layzner"].fouron.armour_below / 2
    says_next(game, "fouron.seized", "Hostile. Eliminate.")  # its shortest order, and this farewell
    says_next(game, "fouron.released", "Fouron system standing down.")
    renderer = Renderer(game, (1280, 720), SpriteBank(), load_feel())
    settings = Settings()
    intent = game.player_intent()
    for tick in range(12 * 60):
        intent.dash = tick % 6 == 0
        events = list(game.step())
        renderer.update(game, events, (0, 0), STEP, settings)
        if any(isinstance(e, FouronReleased) for e in events):
            break
    assert renderer.fouron.restored_up() and renderer.panel.line is None  # its order gone as CONTROL RESTORED comes
    strip = renderer.panel.rect(screen, True)  # where the panel is
    intent.dash = False
    for _ in range(round((FADE + STEP) / STEP)):  # Rei's word comes after a pause: not yet
        renderer.update(game, list(game.step()), (0, 0), STEP, settings)
    screen.fill((0, 0, 0))
    renderer.draw(screen, game, 1.0, STEP)
    panel = renderer.panel
    line = panel.line
    assert line is None or line.speaker == "rei" or panel.opacity == 0.0
    assert count(screen, PURPLE, strip, tolerance=2) < 20  # no Fouron's purple name or border where the panel was
    for _ in range(3 * 60):  # Rei comes back
        renderer.update(game, list(game.step()), (0, 0), STEP, settings)
        if panel.line is not None and panel.line.speaker == "rei" and panel.opacity == 1.0:
            break
    assert panel.line.speaker == "rei"
    screen.fill((0, 0, 0))
    renderer.draw(screen, game, 1.0, STEP)
    assert count(screen, CYAN, strip) > 50


def banner_words(screen, overlay, game, color) -> int:
    """Pixels of a banner's words in `color` across the screen under the top plates, where both banners stand."""
    screen.fill((0, 0, 0))
    overlay.draw_over(screen, game, 0.0)
    band = pygame.Rect(40, BANNER_TOP + 8, 1200, 88)  # inside the banners' edge lines and the purple frame
    return count(screen, color, band, tolerance=30)


def test_a_takeover_over_in_a_moment_still_shows_control_seized_long_enough_to_read_then_control_restored(
        game, screen):
    """Its kill made at once, Fouron lets go 0.2 s in, while its banner still stutters on: the pilot must still be
    able to read that Fouron took the machine, then that the controls are back, not see a purple flicker."""
    overlay = FouronOverlay()
    overlay.flashes = 0.0  # no stutter: the words are either there or not
    overlay.on_events([FouronSeized("armour")])
    game.res.fouron.active = True
    overlay.update(game, 0.2)
    overlay.on_events([FouronReleased("danger_past")])
    game.res.fouron.active = False
    overlay.update(game, 0.8)  # a second after the seizure: a 23-letter title read only now
    assert banner_words(screen, overlay, game, PURPLE) > 500  # FOURON — CONTROL SEIZED
    assert banner_words(screen, overlay, game, CYAN) == 0  # the hand-back waits its turn, not written over it
    overlay.update(game, 1.0)
    assert banner_words(screen, overlay, game, PURPLE) == 0
    assert banner_words(screen, overlay, game, CYAN) > 500  # CONTROL RESTORED
    overlay.update(game, 2.0)
    assert banner_words(screen, overlay, game, CYAN) == 0 and overlay.seized_age is None


@pytest.mark.parametrize("held, reason", [(1.8, "danger_past"), (1.8, "resisted"), (0.9, "resisted")])
def test_control_restored_shows_the_moment_a_takeover_read_or_fought_off_ends(game, screen, held, reason):
    """A takeover long enough to read, or one the pilot fought off (mashing dash, which dashes again once it is
    over): the hand-back is said at once."""
    overlay = FouronOverlay()
    overlay.on_events([FouronSeized("armour")])
    game.res.fouron.active = True
    overlay.update(game, held)
    overlay.on_events([FouronReleased(reason)])
    game.res.fouron.active = False
    overlay.update(game, 0.3)
    assert banner_words(screen, overlay, game, PURPLE) == 0
    assert banner_words(screen, overlay, game, CYAN) > 500


def test_fourons_order_said_a_moment_before_it_lets_go_is_typed_whole_and_stays_until_its_farewell(screen):
    panel = AdvisorPanel(SpriteBank())
    panel.on_events([AdvisorSpoke("fouron", "seized", ORDER, 9)])
    panel.update(0.2, fouron_active=True)
    panel.on_events([FouronReleased("danger_past")])  # its kill made 0.2 s in: "Hostile. Elim"
    read = len(ORDER) / READING  # s a player takes to read it in the fight
    panel.update(read - 0.2 - STEP, fouron_active=False)
    assert panel.typed == panel.line.length and panel.opacity == 1.0
    panel.update(FADE + 2 * STEP, fouron_active=False)  # read, and past when it would have faded: still whole,
    assert panel.opacity == 1.0  # for the rules say its farewell only after the seized card has stood SEIZED_LEAST
    panel.on_events([AdvisorSpoke("fouron", "released", "Control released.", 9)])
    assert panel.line.key == "fouron.released" and panel.opacity == 1.0  # which takes its place at once


def test_a_pilot_who_fights_fouron_off_at_once_sees_its_order_go_at_once(screen):
    panel = AdvisorPanel(SpriteBank())
    panel.on_events([AdvisorSpoke("fouron", "seized", ORDER, 9)])
    panel.update(0.2, fouron_active=True)
    panel.on_events([FouronReleased("resisted")])
    panel.update(FADE + STEP, fouron_active=False)
    assert panel.opacity == 0.0


def test_a_takeover_whose_kill_ends_the_level_leaves_no_flicker_of_control_restored_before_the_result(game, screen):
    """Fouron's kill at once is the level's last: the result comes RESULT_DELAY later, before a hand-back waiting for
    the seized banner could be read. Not said at all, rather than a glimpse of cyan as the result screen cuts in."""
    overlay = FouronOverlay()
    overlay.on_events([FouronSeized("armour")])
    game.res.fouron.active = True
    overlay.update(game, 0.2)
    game.res.outcome = "won"
    overlay.on_events([FouronReleased("danger_past")])
    game.res.fouron.active = False
    restored = 0
    for _ in range(round(RESULT_DELAY * 60)):  # the frames shown until the result screen
        overlay.update(game, 1 / 60)
        restored += banner_words(screen, overlay, game, CYAN) > 0
    assert restored == 0


def a_kill_made_at_once(tmp_path, order="Hostile. Eliminate."):
    """Fouron about to seize the Layzner beside a Dis its first bolt destroys, saying `order` (its shortest unless
    told) and then this farewell."""
    game = game_from_ascii(tmp_path, NEAR)
    enemy = min(entity for entity, _ in game.world.query(Brain))  # the one beside the Layzner
    game.world.get(enemy, Health).hit_points = 1  # Fouron's first bolt destroys it
    health = game.world.get(game.player, Health)
    health.hit_points = health.max_hit_points * game.res.catalog.units["layzner"].fouron.armour_below / 2
    says_next(game, "fouron.seized", order)
    says_next(game, "fouron.released", "Fouron system standing down.")
    return game


def test_a_takeover_over_in_a_moment_reads_as_fourons_order_its_farewell_then_rei_while_control_restored_shows(
        tmp_path, screen):
    """Through the rules and the renderer, Fouron's kill made at once: its order stays whole in the panel until it has
    been up long enough to read, then its farewell does, then Rei's words come, while CONTROL RESTORED is still up:
    the lines come with the hand-back on screen, none cut before it is read (Rei's came 2.9 s after the seizure, as
    the card began to fade)."""
    game = a_kill_made_at_once(tmp_path)
    renderer = Renderer(game, (1280, 720), SpriteBank(), load_feel())
    settings, panel = Settings(), renderer.panel
    shown = []  # (speaker.situation, s it has been up, whole and fully opaque) each tick, in the panel
    for _ in range(8 * 60):
        renderer.update(game, list(game.step()), (0, 0), STEP, settings)
        line = panel.line
        if line is not None and line.key != "rei.level_start":
            shown.append((line.key, line.text, panel.shown, panel.opacity == 1.0))
            if line.key == "rei.fouron_released":
                break
    keys = [key for key, *_ in shown]
    assert list(dict.fromkeys(keys)) == ["fouron.seized", "fouron.released", "rei.fouron_released"]
    for key in ("fouron.seized", "fouron.released"):  # each up, whole, until it has been read; then the next
        times = [(text, up, whole) for shown_key, text, up, whole in shown if shown_key == key]
        text, last_up = times[-1][0], times[-1][1]
        assert all(whole for _, up, whole in times if up <= len(text) / READING)
        assert last_up >= len(text) / READING - STEP
    assert 0 <= renderer.fouron.released_age < RELEASE_TIME  # CONTROL RESTORED still up as Rei speaks


def test_fourons_farewell_never_shows_while_control_seized_is_up_and_comes_as_control_restored_does(tmp_path, screen):
    """Its kill made at once, Fouron's order short ("Hostile. Eliminate.", read in 0.95 s): its farewell ("standing
    down") came as the order was read, under CONTROL SEIZED, still up for its 1.5 s. Now the panel says it as the
    banner gives way to CONTROL RESTORED: the words and the screen say the same thing at the same time."""
    game = a_kill_made_at_once(tmp_path)
    renderer = Renderer(game, (1280, 720), SpriteBank(), load_feel())
    settings, panel, overlay = Settings(), renderer.panel, renderer.fouron
    farewell_frames = restored = 0
    for _ in range(5 * 60):
        renderer.update(game, list(game.step()), (0, 0), STEP, settings)
        if panel.line is None or panel.line.key != "fouron.released" or panel.opacity <= 0:
            continue
        farewell_frames += 1
        screen.fill((0, 0, 0))
        overlay.draw_over(screen, game, 0.0)
        assert overlay.seized_age is None and banner_words(screen, overlay, game, PURPLE) == 0  # CONTROL SEIZED gone
        restored += banner_words(screen, overlay, game, CYAN) > 500
    assert farewell_frames > 30 and restored > 30  # it is said under CONTROL RESTORED


def test_control_restored_never_stands_over_fourons_word_on_seizing_still_in_the_panel(tmp_path, screen):
    """Its kill made at once, Fouron's word on seizing takes longer to read than CONTROL SEIZED stands (2.3 s against
    1.5): CONTROL RESTORED came up at 1.5 s with the panel still saying "Fouron system active. Combat control
    assumed." for 1.4 s more. The hand-back now waits for that word to be read, and comes with its farewell."""
    order = "Fouron system active. Combat control assumed."
    assert len(order) / READING > SEIZED_LEAST
    game = a_kill_made_at_once(tmp_path, order)
    renderer = Renderer(game, (1280, 720), SpriteBank(), load_feel())
    settings, panel, overlay = Settings(), renderer.panel, renderer.fouron
    restored_frames = 0
    for _ in range(6 * 60):
        renderer.update(game, list(game.step()), (0, 0), STEP, settings)
        if banner_words(screen, overlay, game, CYAN) > 500:  # CONTROL RESTORED up
            restored_frames += 1
            assert panel.line is None or panel.line.key != "fouron.seized" or panel.opacity == 0, \
                (panel.line.text, panel.opacity)
    assert restored_frames > 30  # it does come


def restored_drawn(screen, overlay, game) -> int:
    """Pixels of the CONTROL RESTORED banner under the top plates at any strength, fading in or out: its navy and
    cyan are greener than red, where CONTROL SEIZED's purple and the black behind are not."""
    screen.fill((0, 0, 0))
    overlay.draw_over(screen, game, 0.0)
    band = pygame.surfarray.pixels3d(screen.subsurface(pygame.Rect(40, BANNER_TOP + 8, 1200, 88))).astype(int)
    return int(((band[..., 1] - band[..., 0]) > 6).sum())


def frames_held_by_hitstops(game, renderer, frames: int):
    """Play `frames` frames as the play scene does: a heavy hit or a kill holds the action still a moment (its
    hit-stop), a frame drawn with the rules still, while the view's clock goes on. Yields each frame's events."""
    settings, feel, hold = Settings(), load_feel(), 0.0
    for _ in range(frames):
        if hold > 0:
            hold -= STEP
            events = []
        else:
            events = list(game.step())
            hold = hitstop_for(events, game, feel)
        renderer.update(game, events, (0, 0), STEP, settings)
        yield events


def test_control_restored_never_shows_with_fourons_seizing_words_when_its_kill_held_the_action_still(
        tmp_path, screen):
    """Its kill made at once holds the action still a moment (its hit-stop) while the view goes on, as the play scene
    does: CONTROL RESTORED came up once the word on seizing had been read by the view's clock, the farewell that
    takes its place once it had by the rules', a few frames later, and in between the panel still said "Destruction
    of this unit is not permitted. Control transferred." under it (a reload demo's screenshot, in a longer fight)."""
    game = a_kill_made_at_once(tmp_path, "Destruction of this unit is not permitted. Control transferred.")
    renderer = Renderer(game, (1280, 720), SpriteBank(), load_feel())
    panel, overlay = renderer.panel, renderer.fouron
    restored = over_it = 0
    for _ in frames_held_by_hitstops(game, renderer, 6 * 60):
        if restored_drawn(screen, overlay, game) > 500:  # CONTROL RESTORED on screen, fading in or out too
            restored += 1
            over_it += panel.line is not None and panel.line.key == "fouron.seized" and panel.opacity > 0
    assert restored > 30 and over_it == 0


@pytest.mark.parametrize("order", ["Hostile. Eliminate.",  # read before the seized card goes, and one read after it
                                   "Destruction of this unit is not permitted. Control transferred."])
def test_the_panel_passes_from_fourons_word_on_seizing_to_its_farewell_with_no_empty_frame(tmp_path, screen, order):
    """Its kill made at once, with the hit-stops of play: the panel went empty for 4-5 frames between its word on
    seizing and its farewell (taken down as CONTROL RESTORED came up by the view's clock, which the hit-stop ran ahead
    of the rules' that say the farewell; 5-16 frames in a real fight). Every frame from its letting go to its farewell
    the panel shows one or the other, drawn, and CONTROL RESTORED comes up in the frame the farewell does."""
    game = a_kill_made_at_once(tmp_path, order)
    renderer = Renderer(game, (1280, 720), SpriteBank(), load_feel())
    panel, overlay = renderer.panel, renderer.fouron
    shown, released = [], False
    for events in frames_held_by_hitstops(game, renderer, 6 * 60):
        released = released or any(isinstance(event, FouronReleased) for event in events)
        if not released:
            continue
        drawn = panel.draw(screen, False, 0.0) is not None
        shown.append((panel.line.key if drawn and panel.line is not None else None, overlay.restored_up()))
        if shown[-1][0] == "fouron.released":
            break
    assert shown[-1] == ("fouron.released", True)  # the farewell, with CONTROL RESTORED
    assert {key for key, _ in shown} == {"fouron.seized", "fouron.released"}, shown  # and never nothing
    assert not any(restored for key, restored in shown if key == "fouron.seized")
