"""Rei and Fouron on screen: the panel types, holds, fades and gives way to a new line; Fouron's colours while it
holds the controls; Rei's marker only where she has advice and Fouron is not flying; the takeover's gauge, the
player's purple-eyed machine, disabled machines and pods, and the effects their events make."""

import math
from types import SimpleNamespace

import pygame
import pytest

from game.content.feel import load_feel
from game.input.bindings import default_bindings
from game.settings import Settings
from game.sim.components import Brain, Disabled, Facing, Heat, Pod, Position, Unit, Velocity
from game.sim.events import AdvisorSpoke, Destroyed, FouronReleased, FouronSeized, PartHit, PilotEjected
from game.sim.events import Disabled as MachineDisabled
from game.sim.resources import Advice
from game.sim.shots import add_bolt
from game.sim.spawn import ENEMY_FACTION
from game.view import advisor_panel
from game.view.advisor_panel import HOLD, FADE, TYPING, AdvisorPanel
from game.view.see_through import SEE_THROUGH
from game.view.camera import HUD_BOTTOM, Camera
from game.view.controls import control_name
from game.view.effects import Effects, PLUME_TIME
from game.view.fouron import FouronOverlay
from game.view.hud_plates import plates, vmax_plate
from game.view.markers import MARKER_REACH, objective_markers
from game.view.rei_marker import ReiMarker, advice_label
from game.view.renderer import Renderer
from game.view.sprites import SpriteBank
from game.view.text import CYAN, PURPLE
from tests.maps import game_from_ascii
from tests.wrecks import wreck
from tests.sim.test_speech import hear, quiet
from game.sim.systems.speech import READING, ask

LINE = "Recommended target marked. Destroying it removes 64 percent of the threat. Estimated time 1.8 seconds."
ARENA = ["####################",
         "#..................#",
         "#..P..........E....#",
         "#..................#",
         "####################"]


@pytest.fixture
def game(tmp_path, screen):
    game = game_from_ascii(tmp_path, ARENA)
    yield game
    game.close()


def camera_on(game) -> Camera:
    camera = Camera((1280, 720), game.res.level.pixel_size)
    camera.snap(*game.res.level.player_spawn)
    return camera


def count(surface, color, rect=None, tolerance=0) -> int:
    """Pixels of this colour (within `tolerance` per channel) in rect (the whole surface by default)."""
    area = surface.subsurface(pygame.Rect(rect).clip(surface.get_rect())) if rect is not None else surface
    return pygame.mask.from_threshold(area, color, (tolerance + 1,) * 3 + (255,)).count()


def edge(color, alpha=200):
    """A panel's edge colour as it lands on black: drawn at alpha 200."""
    return tuple(round(c * alpha / 255) for c in color)


def shown(panel) -> str:
    """The words of the line the panel draws now: the rows draw() takes from typed_rows, each cut where the typing
    has got to, joined by spaces."""
    return " ".join(panel.line.rows[row][:count] for row, count in panel.typed_rows() if count)


# -- the panel ---------------------------------------------------------------------------------------------
def test_a_line_types_out_at_its_speed_then_holds_and_fades(screen):
    panel = AdvisorPanel(SpriteBank())
    panel.on_events([AdvisorSpoke("rei", "recommend", LINE, 2)])
    for step in (1, 2, 3):  # still on the first row, so what shows is the line's start
        panel.update(0.2)
        assert shown(panel) == LINE[:int(0.2 * step * TYPING) + 1] and panel.typing
    panel.update(panel.line.typing_time - panel.age)  # typed out: the whole line at full strength until read
    assert shown(panel) == LINE and not panel.typing and panel.opacity == 1.0
    panel.update(panel.line.hold - 0.1)
    assert panel.opacity == 1.0
    panel.update(0.1 + FADE / 2)
    assert 0.0 < panel.opacity < 1.0 and panel.rect(screen) is not None
    panel.update(FADE)
    assert panel.opacity == 0.0 and panel.rect(screen) is None and panel.draw(screen, False, 0.0) is None


@pytest.mark.parametrize("text", ["V-MAX ready.", LINE], ids=["short", "long"])
def test_a_line_stays_until_it_has_been_read_then_the_panel_is_gone_two_seconds_later(screen, text):
    # The panel held every line 4 s once typed, and Rei speaks every few seconds in a fight: it never cleared, and
    # the machines walking under its 456 x 115 px were hidden the whole mission.
    panel = AdvisorPanel(SpriteBank())
    panel.on_events([AdvisorSpoke("rei", "recommend", text, 2)])
    read = len(text) / READING  # s from its start the rules count it read
    panel.update(read - 0.05)
    assert shown(panel) == text and panel.opacity == 1.0  # whole, and at full strength, until read
    panel.update(read + 2.0 - panel.age)  # a short line stays a moment longer than it takes to read: not past this
    assert panel.rect(screen) is None and panel.draw(screen, False, 0.0) is None
    panel.on_events([AdvisorSpoke("rei", "vmax_ready", "V-MAX ready.", 3)])  # the next line brings it back
    panel.update(0.1)
    assert panel.rect(screen) is not None


def test_the_cursor_blinks_while_typing_and_is_gone_once_typed(screen):
    panel = AdvisorPanel(SpriteBank())
    panel.say("rei", "Lock confirmed.")
    seen = []
    for _ in range(12):  # across a few blinks
        panel.update(0.02)
        screen.fill((0, 0, 0))
        rect = panel.draw(screen, False, 0.0)
        seen.append(count(screen, CYAN, rect))
    assert len(set(seen)) > 1  # the cursor block comes and goes
    panel.update(1.0)
    screen.fill((0, 0, 0))
    typed = count(screen, CYAN, panel.draw(screen, False, 0.0))
    assert typed <= min(seen)


def test_a_new_line_replaces_the_one_showing_from_its_first_character(screen):
    panel = AdvisorPanel(SpriteBank())
    panel.say("rei", LINE)
    panel.update(1.0)
    panel.on_events([AdvisorSpoke("fouron", "seized", "Pilot control revoked.", 9)])
    assert panel.line.speaker == "fouron" and shown(panel) == "P"
    panel.update(2.0)
    assert shown(panel) == "Pilot control revoked."


def test_reis_panel_is_cyan_and_fourons_purple(screen):
    panel = AdvisorPanel(SpriteBank())
    panel.say("rei", "Lock confirmed.")
    panel.update(1.0)
    rect = panel.draw(screen, False, 0.0)
    top_edge = pygame.Rect(rect.x + 120, rect.y, 200, 2)
    assert count(screen, edge(CYAN), top_edge, tolerance=2) == 400
    screen.fill((0, 0, 0))
    panel.say("fouron", "Pilot control revoked.")
    panel.update(1.0)
    rect = panel.draw(screen, True, 0.0)
    assert count(screen, edge(PURPLE), pygame.Rect(rect.x + 120, rect.y, 200, 2), tolerance=2) == 400
    assert count(screen, PURPLE, rect) > 50  # its name in its colour


def test_while_fouron_holds_the_controls_the_panel_is_purple_and_stays(screen):
    panel = AdvisorPanel(SpriteBank())
    panel.say("rei", "Lock confirmed.")
    for _ in range(20):
        panel.update(1.0, fouron_active=True)
    assert panel.opacity == 1.0  # not faded after 20 s
    rect = panel.draw(screen, True, 0.0)
    assert count(screen, edge(PURPLE), pygame.Rect(rect.x + 120, rect.y, 200, 2), tolerance=2) == 400
    for _ in range(2):
        panel.update(HOLD, fouron_active=False)  # let go: it holds once more, then fades
    assert panel.opacity == 0.0
    assert panel.rect(screen, fouron_active=False) is None
    assert panel.rect(screen, fouron_active=True) is not None  # Fouron in control and silent: still up
    panel.update(1.0, fouron_active=True)
    assert panel.opacity == 0.0  # a line already gone does not come back


def test_an_endless_line_is_cut_to_the_panels_rows():
    pygame.init()
    panel = AdvisorPanel(SpriteBank())
    panel.say("rei", " ".join(["efficiency"] * 80))
    assert len(panel.line.rows) == advisor_panel.MAX_ROWS and panel.line.rows[-1].endswith("…")
    pygame.quit()


def test_a_levels_message_gets_twice_the_rows_and_stays_up_until_read(screen):
    from game.sim.systems.speech import READING
    briefing = ("The relay station ahead is held by Gradosian SPTs. The extraction pad is past it, to the east. "
                "Hold it until the lander comes down. Expect heavy resistance, and do not let them cut you off.")
    panel = AdvisorPanel(SpriteBank())
    panel.on_events([AdvisorSpoke("rei", "message", briefing, 8)])
    assert advisor_panel.MAX_ROWS < len(panel.line.rows) <= advisor_panel.MESSAGE_ROWS
    assert not panel.line.rows[-1].endswith("…")  # the whole briefing
    panel.update(len(briefing) / READING - 0.1)
    assert panel.opacity == 1.0  # still up while it is being read, from its first letter
    rect = panel.draw(screen, False, 1.0)
    assert rect.top >= 100 and rect.bottom <= screen.get_height() - HUD_BOTTOM
    panel.update(0.2 + advisor_panel.FADE)
    assert panel.opacity == 0.0  # read: gone once faded (typed, then read, it stood 4.2 s longer)


def test_a_message_longer_than_the_panel_scrolls_as_it_types_and_ends_on_its_last_rows(screen):
    words = " ".join(f"Sector {n} is held by Gradosian SPTs, so go round it to the east." for n in range(12))
    panel = AdvisorPanel(SpriteBank())
    panel.on_events([AdvisorSpoke("rei", "message", words, 8)])
    line = panel.line
    assert len(line.rows) > advisor_panel.MESSAGE_ROWS and not line.rows[-1].endswith("…")  # nothing cut
    height = panel.rect(screen).height
    panel.update(sum(map(len, line.rows[:advisor_panel.MESSAGE_ROWS])) / TYPING)  # typing the row after the eighth
    assert shown(panel).startswith(line.rows[1]) and line.rows[0] not in shown(panel)
    panel.update(line.typing_time)
    assert shown(panel) == " ".join(line.rows[-advisor_panel.MESSAGE_ROWS:])  # its end, read in full
    assert panel.rect(screen).height == height  # the panel never grows past its eight rows
    rect = panel.draw(screen, False, 1.0)
    assert rect.top >= 100


def test_a_level_message_shows_the_paragraph_after_a_blank_line(screen):
    panel = AdvisorPanel(SpriteBank())
    panel.say("rei", "Briefing.\n\nThe second paragraph says where to go.", message=True)
    panel.update(panel.line.typing_time + 0.5)
    screen.fill((0, 0, 0))
    rect = panel.draw(screen, False, 1.0)
    third_row = pygame.Rect(rect.x + advisor_panel.TEXT_LEFT,
                            rect.y + advisor_panel.HEAD + 2 * advisor_panel.ROW_HEIGHT,
                            300, advisor_panel.ROW_HEIGHT - 4)
    assert count(screen, advisor_panel.WHITE, third_row, tolerance=40) > 20  # its words are drawn


def test_the_panel_turns_see_through_while_the_layzner_is_under_it_and_solid_again_after(game, screen):
    renderer = Renderer(game, (1280, 720), SpriteBank(), load_feel())
    renderer.update(game, [AdvisorSpoke("rei", "x", "Heat at 82 percent. Recommend reducing exertion.", 2)],
                    (0, 0), 1 / 60, Settings())
    panel = renderer.panel.rect(screen)
    pos = game.world.get(game.player, Position)
    for under, veil in ((True, SEE_THROUGH), (False, 1.0)):
        x, y = renderer.camera.to_world(*(panel.center if under else (900, 200)))
        pos.x = pos.prev_x = x
        pos.y = pos.prev_y = y
        for _ in range(30):  # half a second: past VEIL_TIME
            renderer.draw(screen, game, 1.0, 1 / 60)
        assert renderer.panel.veil == pytest.approx(veil)


def panel_over(game, screen, place) -> tuple[Renderer, pygame.Rect]:
    """A renderer with Rei's line up and the Layzner well clear of her panel; `place(renderer, panel)` then sets down
    what the test puts under the panel, and half a second of frames (past VEIL_TIME) is drawn."""
    renderer = Renderer(game, (1280, 720), SpriteBank(), load_feel())
    renderer.update(game, [AdvisorSpoke("rei", "x", "An SPT's weapon arm, front left, and its legs, from behind, can "
                                        "be disabled.", 2)], (0, 0), 1 / 60, Settings())
    panel = renderer.panel.rect(screen)
    me = game.world.get(game.player, Position)
    me.x, me.y = me.prev_x, me.prev_y = renderer.camera.to_world(900, 200)
    place(renderer, panel)
    for _ in range(30):
        renderer.draw(screen, game, 1.0, 1 / 60)
    return renderer, panel


def put_enemy_under(game, state):
    def place(renderer, panel):
        brain, pos = game.world.get(game.enemies()[0], Brain), game.world.get(game.enemies()[0], Position)
        brain.state = state
        pos.x, pos.y = pos.prev_x, pos.prev_y = renderer.camera.to_world(*panel.center)
    return place


@pytest.mark.parametrize("state", ["engage", "alert", "search"])
def test_the_panel_turns_see_through_over_a_machine_aware_of_the_layzner(game, screen, state):
    """A Dis hunting the Layzner half under the panel at the lower left was hidden: only the Layzner itself made the
    panel see-through."""
    renderer, _ = panel_over(game, screen, put_enemy_under(game, state))
    assert renderer.panel.veil == pytest.approx(SEE_THROUGH)


def test_the_panel_stays_solid_over_a_machine_that_has_not_noticed_the_layzner(game, screen):
    renderer, _ = panel_over(game, screen, put_enemy_under(game, "patrol"))
    assert renderer.panel.veil == pytest.approx(1.0)


def test_the_panel_turns_see_through_over_rei_s_target_even_one_still_on_patrol(game, screen):
    def place(renderer, panel):
        put_enemy_under(game, "patrol")(renderer, panel)
        game.res.advice = Advice(game.enemies()[0], 0.5, 1.0)
    renderer, _ = panel_over(game, screen, place)
    assert renderer.panel.veil == pytest.approx(SEE_THROUGH)


@pytest.mark.parametrize("coming, veil", [(True, SEE_THROUGH), (False, 1.0)], ids=["coming", "going"])
def test_the_panel_turns_see_through_over_an_enemy_bolt_coming_at_the_layzner_not_one_going_away(game, screen, coming,
                                                                                                 veil):
    def place(renderer, panel):
        x, y = renderer.camera.to_world(*panel.center)
        me = game.world.get(game.player, Position)
        way = 1 if coming else -1
        add_bolt(game.res, game.enemies()[0], ENEMY_FACTION, "laser_rifle", x, y, way * (me.x - x),
                 way * (me.y - y), 10.0, 2000.0)
    renderer, _ = panel_over(game, screen, place)
    assert renderer.panel.veil == pytest.approx(veil)


def test_rei_s_words_stay_readable_while_her_panel_is_see_through(game, screen):
    """The plate all but goes; the words, drawn over the ground that shows through, keep near their white."""
    def place(renderer, panel):  # the Layzner itself under it
        me = game.world.get(game.player, Position)
        me.x, me.y = me.prev_x, me.prev_y = renderer.camera.to_world(*panel.center)
    renderer, panel = panel_over(game, screen, place)
    assert renderer.panel.veil == pytest.approx(SEE_THROUGH)
    renderer.panel.update(renderer.panel.line.typing_time)  # typed out
    screen.fill((196, 110, 60))  # Mars's ground, where the words must read
    renderer.panel.draw(screen, False, 1.0)
    rows = pygame.Rect(panel.x + advisor_panel.TEXT_LEFT, panel.y + advisor_panel.HEAD, advisor_panel.TEXT_WIDTH,
                       2 * advisor_panel.ROW_HEIGHT)
    light = (pygame.surfarray.array3d(screen.subsurface(rows)) >= 200).all(axis=2)  # near white on the orange
    assert light.sum() > 100  # its words over it at 0.8 of their strength or more, not 0.3


def test_a_heat_warning_fades_once_typed_when_the_heat_is_back_under_the_warning_level(game, screen):
    renderer = Renderer(game, (1280, 720), SpriteBank(), load_feel())
    game.step()
    heat = game.world.get(game.player, Heat)
    warning = game.res.catalog.units["layzner"].heat.warning
    quiet(game)
    heat.value = warning + 5
    said = list(hear(game))  # she says it as the rules do (into the comms log): "Heat 85 percent", as it reads
    renderer.update(game, said, (0, 0), 1 / 60, Settings())
    assert renderer.panel.line.key == "rei.heat_high"
    typing_time = renderer.panel.line.typing_time
    for _ in range(math.ceil(typing_time * 60) + 30):  # typed, and half a second of its hold: still hot, still up
        renderer.update(game, [], (0, 0), 1 / 60, Settings())
    assert renderer.panel.opacity == 1.0
    heat.value = warning - 20  # vented: the gauge reads well under the warning now
    renderer.update(game, [], (0, 0), 1 / 60, Settings())
    assert 0.0 < renderer.panel.opacity < 1.0  # fading from here, not after the rest of its HOLD
    for _ in range(math.ceil(FADE * 60)):
        renderer.update(game, [], (0, 0), 1 / 60, Settings())
    assert renderer.panel.opacity == 0.0 and renderer.panel.age < typing_time + HOLD


def test_the_line_being_said_goes_with_the_layzner_when_it_is_wrecked(game, screen):
    renderer = Renderer(game, (1280, 720), SpriteBank(), load_feel())
    said = AdvisorSpoke("rei", "fouron_released", "System restored. I have no record of the last few seconds.", 8)
    renderer.update(game, [said], (0, 0), 1 / 60, Settings())
    for _ in range(18):  # 0.3 s of its typing
        renderer.update(game, [], (0, 0), 1 / 60, Settings())
    assert renderer.panel.typing
    enemy = game.enemies()[0]  # a machine of theirs wrecked says nothing of the cockpit's voices
    renderer.update(game, [Destroyed(enemy, "dis", 400.0, 80.0, 0.0)], (0, 0), 1 / 60, Settings())
    assert renderer.panel.line.key == "rei.fouron_released"
    wreck(game, game.player)
    events = game.step()
    assert game.outcome == "lost"
    renderer.update(game, events, (0, 0), 1 / 60, Settings())
    for _ in range(60):  # and it does not come back before the result
        assert renderer.panel.opacity == 0.0 and not renderer.panel.typed_rows()
        renderer.update(game, [], (0, 0), 1 / 60, Settings())


def test_a_line_that_is_no_warning_holds_its_time_whatever_the_heat(game, screen):
    renderer = Renderer(game, (1280, 720), SpriteBank(), load_feel())
    game.world.get(game.player, Heat).value = 0.0
    renderer.update(game, [AdvisorSpoke("rei", "missile_lock", "Lock confirmed. Missiles may be fired.", 2)], (0, 0),
                    1 / 60, Settings())
    for _ in range(math.ceil((renderer.panel.line.typing_time + HOLD - 0.2) * 60)):
        renderer.update(game, [], (0, 0), 1 / 60, Settings())
    assert renderer.panel.opacity == 1.0


def test_reis_recommendation_fades_once_typed_when_the_marker_reads_other_figures(game, screen):
    # "remove 100 percent of the danger" in her panel beside a plate at 69%: her line holds only while it reads as
    # the marker does
    renderer = Renderer(game, (1280, 720), SpriteBank(), load_feel())
    game.step()
    quiet(game)
    game.res.advice = Advice(game.enemies()[0], 0.64, 1.8)
    said = list(hear(game))  # she says it, as the rules do: into the comms log and to the panel
    renderer.update(game, said, (0, 0), 1 / 60, Settings())
    assert renderer.panel.line.key == "rei.recommend" and "64 percent" in renderer.panel.line.text
    typing_time = renderer.panel.line.typing_time
    for _ in range(math.ceil(typing_time * 60) + 30):  # typed, and half a second of its hold: the same figures
        renderer.update(game, [], (0, 0), 1 / 60, Settings())
    assert renderer.panel.opacity == 1.0
    game.res.advice = Advice(game.enemies()[0], 0.69, 1.8)  # Rei reconsiders: the plate reads 69%
    renderer.update(game, [], (0, 0), 1 / 60, Settings())
    assert 0.0 < renderer.panel.opacity < 1.0  # fading from here, not after the rest of its HOLD
    for _ in range(math.ceil(FADE * 60)):
        renderer.update(game, [], (0, 0), 1 / 60, Settings())
    assert renderer.panel.opacity == 0.0 and renderer.panel.age < typing_time + HOLD


BRIEFING = "Gradosian patrols sweep this canyon every few minutes. Keep to the shadow of the ridge and save V-MAX."


def test_a_briefing_cut_off_by_fouron_seizing_the_machine_goes_on_the_hud_whole(game, screen):
    renderer = Renderer(game, (1280, 720), SpriteBank(), load_feel())
    renderer.update(game, [AdvisorSpoke("rei", "message", BRIEFING, 5)], (0, 0), 1 / 60, Settings())
    for _ in range(60):  # a second in: still typing
        renderer.update(game, [], (0, 0), 1 / 60, Settings())
    assert renderer.hud.message[0] == ""
    renderer.update(game, [AdvisorSpoke("fouron", "seized", "Pilot unresponsive. Taking control.", 9)],
                    (0, 0), 1 / 60, Settings())
    assert renderer.panel.line.speaker == "fouron"
    assert renderer.hud.message == (f"Rei: {BRIEFING}", 0.0)


def test_a_briefing_already_read_is_not_shown_again_when_a_line_follows_it(game, screen):
    renderer = Renderer(game, (1280, 720), SpriteBank(), load_feel())
    renderer.update(game, [AdvisorSpoke("rei", "message", BRIEFING, 5)], (0, 0), 1 / 60, Settings())
    line = renderer.panel.line
    for _ in range(math.ceil((line.typing_time + line.hold + 0.1) * 60)):
        renderer.update(game, [], (0, 0), 1 / 60, Settings())
    renderer.update(game, [AdvisorSpoke("fouron", "seized", "Pilot unresponsive. Taking control.", 9)],
                    (0, 0), 1 / 60, Settings())
    assert renderer.hud.message[0] == ""


@pytest.mark.parametrize("second", ["Checkpoint scanners have registered us. Every SPT in the sector is converging.",
                                    "Perimeter sensor tripped."])
def test_reis_messages_and_her_next_line_are_said_in_her_panel_one_after_another_with_no_banner(tmp_path, screen,
                                                                                               second):
    # New York: her second message cut the first, which the HUD typed again in a banner, two of her lines at once
    from tests.sim.test_places import BRIEFING as MANHATTAN, CORRIDOR, Trigger, cell_region
    first = Trigger(7, "briefing", "objects", cell_region(5, 1, 3, 3), "message", MANHATTAN, True)
    then = Trigger(8, "scanners", "objects", cell_region(9, 1, 3, 3), "message", f"Rei: {second}", True)
    game = game_from_ascii(tmp_path, CORRIDOR, extra={"triggers": (first, then)})
    renderer = Renderer(game, (1280, 720), SpriteBank(), load_feel())
    game.run(seconds=6.0)
    game.player_intent().move_x = 1.0
    shown = []
    for _ in range(20 * 60):
        events = game.step()
        if any(isinstance(event, AdvisorSpoke) and event.text == second for event in events):
            ask(game.res, "survivor_in_danger")  # a line of her own (news, not advice), said once the channel lets it
        renderer.update(game, events, (0, 0), 1 / 60, Settings())
        assert renderer.hud.message[0] == ""  # no banner
        line = renderer.panel.line
        if line is not None and (not shown or shown[-1][1] != line.text):
            shown.append((line.key, line.text))
    assert [text for _, text in shown[-3:-1]] == [MANHATTAN[5:], second]
    assert shown[-1][0] == "rei.survivor_in_danger"
    game.close()


# -- Rei's marker ----------------------------------------------------------------------------------------
def recommending(game, target: int, threat_share: float, seconds_to_kill: float) -> ReiMarker:
    """Rei's marker half a second after she has come to recommend `target` (the kill's Advice)."""
    game.res.advice = Advice(target, threat_share, seconds_to_kill)
    marker = ReiMarker()
    marker.update(game, 0.5)
    return marker


def marker_pixels(game, marker, surface, near=None) -> int:
    surface.fill((0, 0, 0))
    camera = camera_on(game)
    hud = plates(surface.get_size(), game)
    marks = objective_markers(pygame.Surface(surface.get_size()), game, camera, 0.0, hud)  # kept off, not drawn
    marker.draw(surface, game, camera, 1.0, 0.0, hud, None, marks)
    if near is None:
        return count(surface, CYAN)
    pos = game.world.get(near, Position)
    x, y = camera.to_screen(pos.x, pos.y)
    return count(surface, CYAN, pygame.Rect(round(x) - 80, round(y) - 80, 160, 160))


def test_the_marker_brackets_the_recommended_target_only_when_there_is_advice(game, screen):
    marker = ReiMarker()
    marker.update(game, 0.5)
    assert marker_pixels(game, marker, screen) == 0  # no advice: nothing
    target = game.enemies()[0]
    game.res.advice = Advice(target, 0.64, 1.8)
    marker.update(game, 0.5)
    assert marker_pixels(game, marker, screen, near=target) > 100
    assert advice_label(game.res.advice) == "KILL IN 1.8 s · −64% THREAT"


def test_the_marker_fades_once_the_layzner_is_lost(game, screen):
    target = game.enemies()[0]
    marker = recommending(game, target, 0.64, 1.8)
    game.world.delete(game.player)  # destroyed: the advice of its last tick is still there
    marker.update(game, 0.5)
    assert marker_pixels(game, marker, screen) == 0


def plate_is_above(game, marker, point, panel=None) -> bool:
    """Draw the marker with its target at screen `point`: True when its number plate is above the target, False
    when below (asserting it is in exactly one of the two places)."""
    surface = pygame.Surface((1280, 720))
    surface.fill((0, 0, 0))
    marker.draw(surface, game, SimpleNamespace(to_screen=lambda x, y: point), 1.0, 0.0,
                plates(surface.get_size(), game), panel)
    x, y = point
    above = count(surface, CYAN, (x - 100, y - MARKER_REACH - 34, 200, 28))
    below = count(surface, CYAN, (x - 100, y + MARKER_REACH + 6, 200, 28))
    assert (above > 20) != (below > 20), (above, below)
    return above > 20


def test_the_numbers_go_above_the_target_when_the_gauges_or_rei_s_panel_would_cover_them(game):
    marker = recommending(game, game.enemies()[0], 0.31, 1.3)
    assert not plate_is_above(game, marker, (640, 300))  # open ground: under the target
    assert plate_is_above(game, marker, (640, 600))  # the gauges' row below
    panel = pygame.Rect(16, 500, 456, 120)
    assert plate_is_above(game, marker, (240, 440), panel)  # Rei's panel below
    assert not plate_is_above(game, marker, (900, 440), panel)  # the panel is elsewhere


def test_a_target_under_rei_s_panel_or_the_gauges_is_pointed_at_from_their_top_edge(game):
    marker = recommending(game, game.enemies()[0], 0.31, 1.3)
    panel = pygame.Rect(16, 500, 456, 120)
    for point, cover in (((240, 560), panel), ((640, 690), vmax_plate(1280, 720))):
        surface = pygame.Surface((1280, 720))
        marker.draw(surface, game, SimpleNamespace(to_screen=lambda x, y: point), 1.0, 0.0,
                    plates(surface.get_size(), game), panel)
        x = point[0]
        assert count(surface, CYAN, cover) == 0  # nothing drawn under what covers it
        assert count(surface, CYAN, (x - 12, cover.top - 24, 24, 20)) > 40  # the arrow, on its edge
        assert count(surface, CYAN, (x - 100, cover.top - 58, 200, 26)) > 20  # the numbers, above the arrow


def test_no_part_of_the_marker_is_ever_under_rei_s_panel_or_the_hud_wherever_the_target_is(game):
    # the target half under her panel, its tag poking out of the panel's top: now an arrow from the open side
    marker = recommending(game, game.enemies()[0], 0.31, 1.3)
    panel = pygame.Rect(16, 480, 456, 140)
    surface = pygame.Surface((1280, 720))
    hud = plates(surface.get_size(), game)  # the armour, goal and hostiles plates at the top, three gauges at the foot
    assert len(hud) == 6
    points = [(px, py) for px in range(40, 640, 40) for py in range(420, 720, 30)] + \
        [(px, py) for px in range(60, 1240, 150) for py in (30, 60, 90, 110, 140)]
    for point in points:
        surface.fill((0, 0, 0))
        marker.draw(surface, game, SimpleNamespace(to_screen=lambda x, y: point), 1.0, 0.0,
                    plates(surface.get_size(), game), panel)
        assert count(surface, CYAN, (point[0] - 320, point[1] - 320, 640, 640)) > 60, point  # it shows, near it
        for cover in (panel, *hud):
            assert count(surface, CYAN, cover) == 0, (point, cover)


def test_a_target_beside_rei_s_panel_is_pointed_at_from_the_side_it_is_on(game):
    marker = recommending(game, game.enemies()[0], 0.31, 1.3)
    panel = pygame.Rect(16, 480, 456, 140)
    surface = pygame.Surface((1280, 720))
    marker.draw(surface, game, SimpleNamespace(to_screen=lambda x, y: (460, 580)), 1.0, 0.0,
                plates(surface.get_size(), game), panel)
    assert count(surface, CYAN, (panel.right, 560, 40, 40)) > 40  # the arrow, just right of the panel, at its height
    assert count(surface, CYAN, (0, 0, 1280, 480)) == 0  # nothing up over the panel's top


def test_a_kill_one_shot_away_reads_under_a_tenth_of_a_second_not_zero(game):
    assert advice_label(Advice(game.enemies()[0], 0.36, 0.02)) == "KILL IN <0.1 s · −36% THREAT"
    assert advice_label(Advice(game.enemies()[0], 0.36, 0.05)) == "KILL IN 0.1 s · −36% THREAT"


def test_rei_s_marker_says_in_words_what_the_kill_takes_off_and_how_long_it_takes(game, screen, monkeypatch):
    """"REI 51% · 1.0s" left a new pilot asking 51 % of what, and "REI −51% THREAT IN 1.0 s" what the threat would do
    in a second: the marker reads as her order, the kill and the seconds of fire it costs, then the threat it takes
    away, as her spoken line says it ("51 percent of the threat ... 1.0 seconds")."""
    from game.view import rei_marker
    from tests.drawn_words import record_drawn_words
    drawn = record_drawn_words(monkeypatch, rei_marker)
    game.res.advice = Advice(game.enemies()[0], 0.51, 1.0)
    marker = ReiMarker()
    marker.update(game, 0.5)
    marker_pixels(game, marker, screen)
    assert drawn == ["REI", "KILL IN 1.0 s · −51% THREAT"]


def test_while_the_layzner_vents_rei_s_marker_says_its_weapons_are_locked_not_a_kill_to_make(game, screen,
                                                                                             monkeypatch):
    """"REI KILL IN 1.3 s · −100% THREAT" stood while the overheat locked the rifle: a kill the Layzner could not make.
    Her kill time counts the wait for the weapons (recommend.py); the marker says why it is long."""
    from game.view import rei_marker
    from tests.drawn_words import record_drawn_words
    drawn = record_drawn_words(monkeypatch, rei_marker)
    heat = game.world.get(game.player, Heat)
    heat.value, heat.overheated = 90.0, True
    game.res.advice = Advice(game.enemies()[0], 1.0, 4.7)
    marker = ReiMarker()
    marker.update(game, 0.5)
    marker_pixels(game, marker, screen)
    assert drawn == ["REI", "WEAPONS LOCKED · KILL IN 4.7 s"]


def test_the_marker_is_gone_while_fouron_holds_the_controls(game, screen):
    marker = recommending(game, game.enemies()[0], 0.5, 2.0)
    assert marker_pixels(game, marker, screen) > 100
    game.res.fouron.active = True
    marker.update(game, 1 / 60)
    assert marker_pixels(game, marker, screen) == 0
    game.res.fouron.active = False
    marker.update(game, 0.5)
    assert marker_pixels(game, marker, screen) > 100


def test_the_marker_slides_to_a_new_target(game, screen):
    first = game.enemies()[0]
    x, y = game.world.get(first, Position).x, game.world.get(first, Position).y
    second = game.world.create(Position(x - 200, y, x - 200, y), Facing(), Unit("dis", "grados"), Velocity(), Brain())
    marker = recommending(game, first, 0.5, 2.0)
    marker_pixels(game, marker, screen)
    game.res.advice = Advice(second, 0.4, 1.0)
    marker.update(game, 0.1)
    marker_pixels(game, marker, screen)
    assert x - 200 < marker.point[0] < x  # on its way, not yet there
    marker.update(game, 0.5)
    marker_pixels(game, marker, screen)
    assert marker.point == pytest.approx((x - 200, y))


def test_a_target_out_of_view_gets_an_arrow_at_the_screens_edge(game, screen):
    target = game.enemies()[0]
    game.res.advice = Advice(target, 0.5, 2.0)
    pos = game.world.get(target, Position)
    marker = ReiMarker()
    marker.update(game, 0.5)
    camera = camera_on(game)
    camera.x -= 2000  # the view far to the left of everything
    screen.fill((0, 0, 0))
    marker.draw(screen, game, camera, 1.0, 0.0, plates(screen.get_size(), game))
    assert count(screen, CYAN, pygame.Rect(1280 - 80, 0, 80, 720)) > 50  # at the right edge, toward it
    assert count(screen, CYAN, pygame.Rect(0, 0, 1200, 720)) < count(screen, CYAN)
    assert pos.x > camera.x


# -- Fouron's takeover -----------------------------------------------------------------------------------
def test_the_resist_prompt_names_the_dash_control():
    pygame.init()
    assert control_name(default_bindings(), "dash") == "SPACE"
    assert control_name(default_bindings(), "dash", "pad") == "A"
    assert control_name(default_bindings(), "fire") == "LEFT MOUSE"
    pygame.quit()


def test_the_takeover_banner_shows_on_seizing_and_the_gauge_fills_with_resist(game, screen):
    overlay = FouronOverlay()
    overlay.on_events([FouronSeized("armour")])
    game.res.fouron.active = True
    widths = []
    for resist in (0.2, 0.7):
        game.res.fouron.resist = resist
        for _ in range(30):
            overlay.update(game, 1 / 60)
        screen.fill((0, 0, 0))
        overlay.draw_over(screen, game, 0.0)
        bar = overlay.gauge_rect(screen)
        row = pygame.Rect(bar.x + 17, bar.y + 46, bar.w - 34, 1)
        widths.append(count(screen, PURPLE, row, tolerance=60) + count(screen, (255, 255, 255), row, tolerance=60))
    assert overlay.seized_age < 2.6  # the banner is still up
    assert widths[0] < widths[1]
    assert widths[1] / (bar.w - 34) == pytest.approx(0.7, abs=0.08)
    overlay.on_events([FouronReleased("resisted")])
    game.res.fouron.active = False
    overlay.update(game, 2.0)
    assert overlay.presence == 0.0 and overlay.seized_age is None


@pytest.mark.parametrize("outcome", ["lost", "won"])
def test_once_the_level_is_decided_the_gauge_no_longer_asks_the_pilot_to_mash(game, screen, outcome):
    """Fouron holding the controls as the Layzner is wrecked (or as it makes the last kill): nothing is left to
    resist in the moment before the result, so the gauge's "MASH SPACE TO RESIST" goes; the purple frame stays."""
    overlay = FouronOverlay()
    game.res.fouron.active, game.res.fouron.resist = True, 0.5
    overlay.update(game, 0.5)
    gauge = overlay.gauge_rect(screen)
    overlay.draw_over(screen, game, 0.0)
    assert count(screen, PURPLE, gauge, tolerance=40) > 200  # in the fight: the gauge and its key cap
    if outcome == "lost":
        game.world.delete(game.player)
    game.res.outcome = outcome
    screen.fill((0, 0, 0))
    overlay.update(game, 1 / 60)
    overlay.draw_over(screen, game, 0.0)
    assert count(screen, PURPLE, gauge, tolerance=40) == 0
    assert count(screen, PURPLE, pygame.Rect(0, 0, 1280, 8), tolerance=60) > 0  # the takeover's frame is still up


def test_with_flashes_below_full_a_takeover_neither_tears_nor_stutters_nor_blinks(game, screen):
    still = {}
    for flashes in (1.0, 0.5, 0.0):
        overlay = FouronOverlay()
        overlay.flashes = flashes
        overlay.on_events([FouronSeized("armour")])
        game.res.fouron.active = True
        overlay.update(game, 0.2)  # the banner stuttering on, the picture tearing
        drawn = []
        for seconds in (0.0, 0.09):  # the key cap lit, then dark
            for x in range(0, 1280, 4):
                screen.fill((x // 8, 80, 255 - x // 8), (x, 0, 4, 720))  # columns a tear would slide
            overlay.draw_over(screen, game, seconds)
            drawn.append(pygame.image.tobytes(screen, "RGB"))
        still[flashes] = drawn[0] == drawn[1]
    assert still == {1.0: False, 0.5: True, 0.0: True}


def test_the_purple_edges_come_only_with_fouron(game, screen):
    overlay = FouronOverlay()
    overlay.update(game, 0.5)
    overlay.draw_edges(screen, 0.0)
    assert pygame.image.tobytes(screen, "RGB") == bytes(1280 * 720 * 3)
    game.res.fouron.active = True
    overlay.update(game, 0.5)
    overlay.draw_edges(screen, 0.0)
    corner = screen.get_at((2, 361))  # (every third row is a darker scanline)
    assert corner.b > corner.g and corner.r > corner.g and corner.b > 60  # violet at the edge
    assert screen.get_at((640, 360))[:3] == (0, 0, 0)  # the middle is left alone


# -- the renderer ----------------------------------------------------------------------------------------
class Recording(SpriteBank):
    def __init__(self):
        super().__init__()
        self.asked: list[str] = []

    def rotated(self, name, angle):
        self.asked.append(name)
        return super().rotated(name, angle)


def test_the_player_machine_has_fourons_eyes_only_while_it_holds_the_controls(game, screen):
    sprites = Recording()
    renderer = Renderer(game, (1280, 720), sprites, load_feel())
    renderer.draw(screen, game, 1.0, 1 / 60)
    assert "layzner" in sprites.asked and "layzner_fouron" not in sprites.asked
    game.res.fouron.active = True
    sprites.asked.clear()
    renderer.draw(screen, game, 1.0, 1 / 60)
    assert "layzner_fouron" in sprites.asked and "layzner" not in sprites.asked


def test_a_disabled_machine_and_a_pod_draw_as_themselves(game, screen):
    sprites = Recording()
    renderer = Renderer(game, (1280, 720), sprites, load_feel())
    x, y = game.world.get(game.player, Position).x + 120, game.world.get(game.player, Position).y
    game.world.create(Position(x, y, x, y), Facing(), Unit("dis", "grados"), Velocity(), Disabled("legs"))
    game.world.create(Position(x, y - 40, x, y - 40), Velocity(0, -120), Facing(-math.pi / 2), Pod(2.0))
    renderer.draw(screen, game, 1.0, 1 / 60)
    assert "dis_disabled" in sprites.asked and "pilot_pod" in sprites.asked
    assert "telegraph" not in sprites.asked


def test_reis_lines_reach_the_panel_through_the_renderer(game, screen):
    renderer = Renderer(game, (1280, 720), SpriteBank(), load_feel())
    renderer.update(game, [AdvisorSpoke("rei", "level_start", "Systems nominal.", 1)], (0, 0), 0.1, Settings())
    assert renderer.panel.line.text == "Systems nominal." and shown(renderer.panel) == "Syste"
    game.res.advice = Advice(game.enemies()[0], 0.3, 4.0)
    renderer.update(game, [], (0, 0), 0.5, Settings())
    screen.fill((0, 0, 0))
    renderer.draw(screen, game, 1.0, 1 / 60)
    assert renderer.rei.shown == 1.0 and renderer.rei.target == game.enemies()[0]


# -- effects ---------------------------------------------------------------------------------------------
def test_part_hits_flash_disabled_machines_smoke_and_ejections_puff(screen):
    effects = Effects(SpriteBank(), load_feel())
    effects.on_events([PartHit(7, "legs", 100, 100)], player=1)
    assert [flash[0] for flash in effects.flashes] == ["part_spark"] and len(effects.particles) == 5
    effects.particles.clear()
    effects.on_events([MachineDisabled(7, "dis", "legs", 100, 100, 0.0)], player=1)
    assert 7 in effects.plumes and effects.particles
    before = len(effects.particles)
    for _ in range(60):  # a second of smoke rising from it
        effects.smoke(7, 100, 100, 1 / 60)
    assert len(effects.particles) > before + 5
    effects.update(PLUME_TIME, Settings())
    assert 7 not in effects.plumes  # and it stops, in time
    effects.particles.clear()
    effects.on_events([PilotEjected(9, 100, 100)], player=1)
    assert len(effects.particles) >= 5


def test_a_triggers_message_moves_above_reis_panel_and_the_gauges_turn_purple_with_fouron(game, screen):
    from game.sim.events import MessageShown
    renderer = Renderer(game, (1280, 720), SpriteBank(), load_feel())
    renderer.update(game, [MessageShown(1, "The gate is open. Get inside before they regroup."),
                           AdvisorSpoke("rei", "x", "Heat at 82 percent. Recommend reducing exertion.", 2)],
                    (0, 0), 1 / 60, Settings())
    renderer.draw(screen, game, 1.0, 1 / 60)
    panel = renderer.panel.rect(screen)
    assert renderer.hud.message_y + renderer.hud._message_plate[1].get_height() <= panel.top
    assert renderer.hud.accent == CYAN
    game.res.fouron.active = True
    renderer.draw(screen, game, 1.0, 1 / 60)
    assert renderer.hud.accent == PURPLE
    for x in range(60, 260, 20):  # the armour gauge's top edge, over whatever ground is there
        pixel = screen.get_at((x, 16))
        assert pixel.b > pixel.g + 60 and pixel.r > pixel.g + 30


def test_a_typed_row_ending_in_a_glyph_wider_than_its_advance_is_drawn_whole(screen):
    from game.view.advisor_panel import HEAD, TEXT_LEFT, TEXT_SIZE
    from game.view.text import font
    text = "Sector Î"  # the circumflex reaches past the capital's advance
    face = font(TEXT_SIZE)
    advance, ink = face.size(text)[0], face.ink_width(text)
    assert ink > advance  # else this row could not show the cut
    panel = AdvisorPanel(SpriteBank())
    panel.say("rei", text)
    panel.update(len(text) / TYPING + 0.1)  # typed whole, still held
    screen.fill((0, 0, 0))
    rect = panel.draw(screen, False, 0.0)
    left = rect.x + TEXT_LEFT + advance
    past = pygame.surfarray.pixels3d(screen)[left:rect.x + TEXT_LEFT + ink, rect.y + HEAD - 12:rect.y + HEAD + 30]
    assert (past.sum(axis=2) > 500).any()  # the ink past the advance is drawn, bright on the dark panel
