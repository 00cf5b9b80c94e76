"""Small things a player reads on the menu pages: an Options row's words level with its arrows, a won mission's mark
set as the page's other separators are, and the last mission's result said in the mission's own words."""

from pathlib import Path

import pygame

from game.content.chain import LEVELS
from game.record import record_result
from game.scenes import result as result_module
from game.scenes.missions import MissionsScene
from game.scenes.options import OptionsScene
from game.scenes.play import PlayScene
from game.scenes.result import ResultScene
from game.campaign import load_campaign
from game.sim.resources import Tally
from game.view.text import AMBER, CYAN, WHITE
from tests.drawn_words import record_drawn_words
from tests.scenes.conftest import make_context


def middle_of(surface, colour, area: pygame.Rect) -> float:
    """Halfway between the top and bottom rows of `area` holding a pixel of exactly `colour`."""
    rows = [y for y in range(area.top, area.bottom)
            if any(surface.get_at((x, y))[:3] == colour for x in range(area.left, area.right))]
    assert rows, colour
    return (rows[0] + rows[-1]) / 2


def test_an_options_row_s_label_and_value_stand_level_with_its_arrows(ctx):
    page = OptionsScene(ctx, ctx.stack[-1])  # the first row, Screen shake, chosen: white label, amber value
    surface = pygame.display.get_surface()
    page.draw(surface, 0.0)
    row, (left, _) = page.rects[0], page.arrows[0]
    inside = row.inflate(0, -6)  # clear of the cyan edge of the chosen row's plate
    arrow = middle_of(surface, CYAN, left.clip(inside))
    label = middle_of(surface, WHITE, pygame.Rect(row.left + 24, inside.top, 200, inside.height))
    value = middle_of(surface, AMBER, pygame.Rect(left.right, inside.top, 200, inside.height))
    assert abs(label - arrow) <= 1 and abs(value - arrow) <= 1, (label, value, arrow)  # the label was 3 px above


def test_a_won_mission_s_mark_follows_its_title_as_the_page_s_other_separators_do(ctx):
    record_result(LEVELS / "mars_base.tmx", Tally(destroyed=6), "won")
    page = MissionsScene(ctx, ctx.stack[-1], load_campaign(LEVELS / "mars_base.tmx"))
    assert page.menu.options[0] == "1   Mars, UN Base Cydonia — 1996 · WON"  # it was "1996   · WON"


def test_the_last_mission_won_is_said_in_its_own_words(display, monkeypatch):
    last = Path(LEVELS / "command.tmx")
    ctx = make_context(last)
    ctx.bot = True  # a run the record leaves out: it says nothing of the campaign
    play = PlayScene(ctx, last)
    ctx.push(play)
    play.game.res.outcome = "won"
    page = ResultScene(ctx, play)
    page.frame(1.0)
    said = record_drawn_words(monkeypatch, result_module)
    page.draw(display, 0.0)
    assert "Objectives met: Jam the signal mast · Silence the shield generator · Hold the command core." in said
    assert "Objectives complete." not in said
