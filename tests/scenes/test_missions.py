"""The campaign on screen: Launch goes on where the pilot left off, the missions page, the campaign's end."""

import dataclasses

import pygame
import pytest

from game.campaign import load_campaign
from game.content.chain import LEVELS
from game.input.actions import Actions
from game.record import Counts, Record, record_path, record_result
from game.scenes import menu as menu_module
from game.scenes import mission_rows as rows_module
from game.scenes import missions as missions_module
from game.scenes import result as result_module
from game.scenes.missions import PLATE_WIDTH, MissionsScene
from game.scenes.play import PlayScene
from game.scenes.result import ResultScene
from game.scenes.title import TitleScene
from game.sim.resources import Tally
from tests.drawn_words import record_drawn_words
from tests.maps import TILE
from tests.scenes.conftest import choose, make_context, until_result


def launch(ctx) -> None:
    ctx.stack[-1].handle(Actions(menu_confirm=True))  # Launch, the title's first option with no save


def test_a_new_pilot_launches_straight_into_the_first_mission(ctx):
    launch(ctx)
    assert isinstance(ctx.stack[-1], PlayScene) and ctx.stack[-1].level_path.name == "mars_base.tmx"


def test_with_the_mars_base_won_launch_offers_the_missions_with_the_outpost_chosen(ctx, monkeypatch):
    said = record_drawn_words(monkeypatch, missions_module, menu_module, rows_module)  # the rows: menu.draw_row
    record_result(LEVELS / "mars_base.tmx", Tally(destroyed=6), "won")
    launch(ctx)
    page = ctx.stack[-1]
    assert isinstance(page, MissionsScene)
    assert page.menu.options == ["1   Mars, UN Base Cydonia — 1996 · WON", "2   Mars, Relay Outpost — 1996",
                                 "Back"]
    assert page.menu.selected == 1
    page.draw(pygame.display.get_surface(), 1.0)
    assert "Mission 2 of 6 · no run finished yet" in said
    assert "MARS, STORM CANYON — 1996 · LOCKED" in said  # shown, not yet to be chosen
    assert "NEW YORK, OCCUPIED MANHATTAN — 1999 · LOCKED" in said
    assert "NEW YORK, GRADOSIAN LANDING FIELD — 1999 · LOCKED" in said
    assert "NEW YORK, GRADOSIAN COMMAND — 1999 · LOCKED" in said
    page.handle(Actions(menu_up=True))
    said.clear()
    page.draw(pygame.display.get_surface(), 1.0)
    assert "Mission 1 of 6 · 1 run finished, 1 won · 6 destroyed, 0 spared" in said
    page.handle(Actions(menu_down=True))
    page.handle(Actions(menu_confirm=True))
    play = ctx.stack[-1]
    assert isinstance(play, PlayScene) and play.level_path.name == "outpost.tmx"
    assert len(ctx.stack) == 2 and isinstance(ctx.stack[0], TitleScene)  # quitting it goes back to the title


def test_a_mission_not_yet_open_is_shown_locked_and_cannot_be_chosen(ctx, monkeypatch):
    said = record_drawn_words(monkeypatch, missions_module, menu_module, rows_module)  # the rows: menu.draw_row
    campaign = load_campaign(LEVELS / "mars_base.tmx", Record({"mars_base": Counts(runs=1)}))
    page = MissionsScene(ctx, ctx.stack[-1], campaign)
    assert page.menu.options == ["1   Mars, UN Base Cydonia — 1996", "Back"]
    page.draw(pygame.display.get_surface(), 1.0)
    assert "MARS, RELAY OUTPOST — 1996 · LOCKED" in said
    assert "Win Mars, UN Base Cydonia — 1996 to open the next mission." in said


def test_back_escape_and_the_pause_key_return_to_the_title(ctx):
    record_result(LEVELS / "mars_base.tmx", Tally(), "won")
    launch(ctx)
    ctx.stack[-1].handle(Actions(menu_back=True))
    assert len(ctx.stack) == 1 and isinstance(ctx.stack[0], TitleScene)
    launch(ctx)
    ctx.stack[-1].handle(Actions(pause=True))  # P or Esc on the keyboard
    assert len(ctx.stack) == 1
    launch(ctx)
    page = ctx.stack[-1]
    page.handle(Actions(menu_down=True))  # from the outpost to Back
    page.handle(Actions(menu_confirm=True))
    assert len(ctx.stack) == 1


def test_start_on_a_pad_launches_the_chosen_mission_as_it_chose_on_the_title(ctx):
    record_result(LEVELS / "mars_base.tmx", Tally(), "won")
    ctx.stack[-1].handle(Actions(pause=True, device="pad"))  # Start on the title: Launch, the missions page
    ctx.stack[-1].handle(Actions(pause=True, device="pad"))  # Start again: the mission chosen, not back
    assert isinstance(ctx.stack[-1], PlayScene) and ctx.stack[-1].level_path.name == "outpost.tmx"


def win(ctx, play) -> ResultScene:
    play.game.res.outcome = "won"  # as decide_outcome would: the result comes a moment later
    result = until_result(ctx, play)
    assert result.won
    return result


def test_winning_the_last_mission_completes_the_campaign_and_the_first_does_not(ctx, monkeypatch):
    said = record_drawn_words(monkeypatch, result_module)
    launch(ctx)  # the Mars base, then each Next mission along the campaign up to the Gradosian Command, the last
    for following in ("outpost.tmx", "storm_canyon.tmx", "new_york.tmx", "landing_field.tmx", "command.tmx"):
        said.clear()
        result = win(ctx, ctx.stack[-1])
        result.draw(pygame.display.get_surface(), 1.0)
        assert "MISSION COMPLETE" in said and "CAMPAIGN COMPLETE" not in said
        result.handle(Actions(menu_confirm=True))  # Next mission
        assert ctx.stack[-1].level_path.name == following
    said.clear()
    result = win(ctx, ctx.stack[-1])
    result.draw(pygame.display.get_surface(), 1.0)
    assert "CAMPAIGN COMPLETE" in said and "REI" in said  # her last word (test_campaign_end.py)
    assert "Next mission" not in result.menu.options


def test_winning_the_last_mission_with_the_first_not_won_says_mission_complete_not_campaign(display, monkeypatch):
    said = record_drawn_words(monkeypatch, result_module)
    context = make_context(LEVELS / "outpost.tmx")  # as --level would start it
    play = PlayScene(context)
    context.push(play)
    result = win(context, play)
    result.draw(pygame.display.get_surface(), 1.0)
    assert "MISSION COMPLETE" in said and "CAMPAIGN COMPLETE" not in said


def test_a_record_that_cannot_be_read_claims_nothing_for_the_missions_or_the_campaign(ctx, monkeypatch):
    said = record_drawn_words(monkeypatch, missions_module)
    record_path().parent.mkdir(parents=True, exist_ok=True)
    record_path().write_text("levels: [oops\n", encoding="utf-8")
    launch(ctx)  # every mission open while the record cannot be read: the page
    page = ctx.stack[-1]
    assert page.menu.options == ["1   Mars, UN Base Cydonia — 1996", "2   Mars, Relay Outpost — 1996",
                                 "3   Mars, Storm Canyon — 1996", "4   New York, Occupied Manhattan — 1999",
                                 "5   New York, Gradosian Landing Field — 1999",
                                 "6   New York, Gradosian Command — 1999", "Back"]
    page.draw(pygame.display.get_surface(), 1.0)
    assert "Mission 1 of 6" in said and not page.campaign.complete
    page.menu.selected = 1
    page.handle(Actions(menu_confirm=True))
    said_result = record_drawn_words(monkeypatch, result_module)
    result = win(ctx, ctx.stack[-1])
    result.draw(pygame.display.get_surface(), 1.0)
    assert "MISSION COMPLETE" in said_result and "CAMPAIGN COMPLETE" not in said_result


def test_with_every_mission_won_the_page_says_the_campaign_is_complete_and_the_base_drifts_behind(ctx, monkeypatch):
    said = record_drawn_words(monkeypatch, missions_module)
    for name in ("mars_base.tmx", "outpost.tmx", "storm_canyon.tmx", "new_york.tmx", "landing_field.tmx",
                 "command.tmx"):
        record_result(LEVELS / name, Tally(), "won")
    launch(ctx)
    page = ctx.stack[-1]
    assert page.menu.selected == 0  # all won: from the start again
    page.draw(pygame.display.get_surface(), 1.0)
    assert "Campaign complete: every mission won." in said
    age = ctx.stack[0].age
    page.frame(0.5)
    assert ctx.stack[0].age == age + 0.5


def test_the_result_of_a_won_mission_says_where_next_mission_leads(ctx, monkeypatch):
    said = record_drawn_words(monkeypatch, result_module)
    launch(ctx)
    result = win(ctx, ctx.stack[-1])
    result.draw(pygame.display.get_surface(), 1.0)
    assert "The area is clear. Next: Mars, Relay Outpost — 1996." in said


LONG_TITLE = ("Mars — Opération Éclair à Zúñiga: l'équipage de la Layzner affronte les Gradosiens dans la tempête, Çà "
              "et là, 1996 ÅØ")  # 117 characters, a designer's, wider than the screen


def record_drawn_rects(monkeypatch, *modules) -> list[tuple[str, pygame.Rect]]:
    """Every string the modules draw with draw_text, with the rect it took, in order."""
    drawn = []
    for module in modules:
        def draw_text(surface, text, *args, real=module.draw_text, **kwargs):
            drawn.append((text, real(surface, text, *args, **kwargs)))
            return drawn[-1][1]
        monkeypatch.setattr(module, "draw_text", draw_text)
    return drawn


@pytest.mark.parametrize("title, whole", [(LONG_TITLE, True), (f"{LONG_TITLE} {LONG_TITLE}", False)])
def test_a_long_next_mission_title_is_set_smaller_or_cut_to_the_screen_with_its_start_kept(ctx, monkeypatch, title,
                                                                                           whole):
    """The result said "Next: <title>." off both sides of the screen."""
    drawn = record_drawn_rects(monkeypatch, result_module)
    launch(ctx)
    result = win(ctx, ctx.stack[-1])
    result.next_title = title
    result.draw(pygame.display.get_surface(), 1.0)
    [(subtitle, rect)] = [(text, rect) for text, rect in drawn if "Next:" in text]
    assert subtitle.startswith("The area is clear. Next: Mars — Opération Éclair à Zúñiga")
    assert subtitle == f"The area is clear. Next: {title}." if whole else subtitle.endswith("…")
    assert 0 < rect.left and rect.right < 1280


def test_a_long_mission_title_is_cut_to_its_row_on_the_missions_page_with_its_start_kept(ctx, monkeypatch):
    """A 117-character title ran off the screen on both sides, in the menu's plate (840 px) and as a locked row."""
    drawn = record_drawn_rects(monkeypatch, missions_module, menu_module, rows_module)
    real = load_campaign(LEVELS / "mars_base.tmx", Record({"mars_base": Counts(runs=1, won=1)}))
    base, outpost = real.missions[:2]
    campaign = dataclasses.replace(real, missions=(
        base, dataclasses.replace(outpost, title=LONG_TITLE),
        dataclasses.replace(outpost, number=3, title=LONG_TITLE, open=False)))
    page = MissionsScene(ctx, ctx.stack[-1], campaign)
    assert page.menu.options[1].startswith("2   MARS — OPÉRATION ÉCLAIR À ZÚÑIGA") and page.menu.options[1][-1] == "…"
    page.draw(pygame.display.get_surface(), 1.0)
    rows = {text: rect for text, rect in drawn}
    chosen = rows[page.menu.options[1][4:].upper()]  # the outpost's place, chosen (in bold), after its number
    assert 1280 / 2 - 840 / 2 < chosen.left and chosen.right < 1280 / 2 + 840 / 2  # in its plate
    [locked] = [text for text in rows if text.endswith("· LOCKED")]
    assert locked.startswith("MARS — OPÉRATION ÉCLAIR À ZÚÑIGA") and "…" in locked
    [lock_note] = [text for text in rows if text.startswith("Win ")]
    assert lock_note.startswith("Win Mars — Opération Éclair") and lock_note.endswith(" to open the next mission.")
    assert all(0 < rect.left and rect.right < 1280 for rect in rows.values())


def test_the_campaign_s_end_offers_the_title_first_so_a_press_does_not_start_the_last_mission_again(ctx):
    for name in ("mars_base", "outpost", "storm_canyon", "new_york", "landing_field"):
        record_result(LEVELS / f"{name}.tmx", Tally(), "won")
    launch(ctx)  # the missions page, the Gradosian Command chosen
    ctx.stack[-1].handle(Actions(menu_confirm=True))
    result = win(ctx, ctx.stack[-1])
    assert result.campaign_won
    assert result.menu.options[result.menu.selected] == "Main menu"  # where the missions page waits
    result.handle(Actions(menu_confirm=True))
    assert len(ctx.stack) == 1 and isinstance(ctx.stack[0], TitleScene)


def test_a_playtest_of_the_last_map_keeps_restart_first_as_quit_would_close_the_game(display):
    for name in ("mars_base", "outpost", "storm_canyon", "new_york", "landing_field"):
        record_result(LEVELS / f"{name}.tmx", Tally(), "won")
    context = make_context(LEVELS / "command.tmx")  # as --level would start it: no title to go back to
    play = PlayScene(context)
    context.push(play)
    result = win(context, play)
    assert result.campaign_won and result.menu.options[result.menu.selected] == "Restart"


def test_a_designers_own_campaign_runs_from_its_first_map_to_its_own_campaign_complete(display, tmp_path,
                                                                                        monkeypatch):
    from tests.scenes.conftest import TWO_ENEMIES
    from tests.test_campaign import chain
    said = record_drawn_words(monkeypatch, result_module)
    pygame.image.save(pygame.Surface((TILE * 2, TILE)), tmp_path / "test.png")  # the test tileset's image
    context = make_context(chain(tmp_path, "a.tmx", "b.tmx", rows=TWO_ENEMIES))  # as --campaign a.tmx starts it
    context.push(TitleScene(context))
    launch(context)
    assert context.stack[-1].level_path.name == "a.tmx"
    result = win(context, context.stack[-1])
    result.draw(pygame.display.get_surface(), 1.0)
    assert "MISSION COMPLETE" in said and "CAMPAIGN COMPLETE" not in said
    result.handle(Actions(menu_confirm=True))  # Next mission: b, the last
    said.clear()
    result = win(context, context.stack[-1])
    result.draw(pygame.display.get_surface(), 1.0)
    assert "CAMPAIGN COMPLETE" in said and "Every mission is won." in said  # the game's story stays the game's
    assert any(line.endswith("All your own maps: 2 runs, 2 won") for line in said)
    result.handle(Actions(menu_confirm=True))  # Main menu, chosen at the campaign's end
    launch(context)
    page = context.stack[-1]
    assert isinstance(page, MissionsScene)
    assert [mission.path.name for mission in page.campaign.missions] == ["a.tmx", "b.tmx"]
    assert page.campaign.complete


def test_the_result_s_total_column_is_headed_your_maps_beside_a_designer_s_own_map_and_career_beside_the_game_s(
        ctx, display, tmp_path, monkeypatch):
    """Beside a run of one's own maps the column holds those maps' totals (record.total_beside), not the career: its
    heading said CAREER all the same."""
    from tests.scenes.conftest import TWO_ENEMIES
    from tests.test_campaign import chain
    said = record_drawn_words(monkeypatch, result_module)
    launch(ctx)  # the Mars base, one of the game's maps
    win(ctx, ctx.stack[-1]).draw(pygame.display.get_surface(), 1.0)
    assert "CAREER" in said and "YOUR MAPS" not in said
    said.clear()
    pygame.image.save(pygame.Surface((TILE * 2, TILE)), tmp_path / "test.png")  # the test tileset's image
    context = make_context(chain(tmp_path, "a.tmx", "b.tmx", rows=TWO_ENEMIES))  # as --campaign a.tmx starts it
    context.push(TitleScene(context))
    launch(context)
    win(context, context.stack[-1]).draw(pygame.display.get_surface(), 1.0)
    assert "YOUR MAPS" in said and "CAREER" not in said


def test_the_result_s_missions_row_opens_the_missions_page_on_the_mission_just_played(ctx):
    """After a loss the way to another mission was Main menu, Launch, the list."""
    launch(ctx)  # a new pilot goes straight into the Mars base: there is no missions page yet
    result = until_result(ctx, lost(ctx.stack[-1]))
    assert result.menu.options == ["Restart", "Watch replay", "Main menu"]
    for name in ("mars_base", "outpost"):
        record_result(LEVELS / f"{name}.tmx", Tally(), "won", seconds=90.0)
    ctx.close_from(1)  # back on the title
    launch(ctx)  # the missions page, the storm canyon (next up) chosen
    page = ctx.stack[-1]
    page.menu.selected = 0
    page.handle(Actions(menu_confirm=True))  # the Mars base again, lost
    result = until_result(ctx, lost(ctx.stack[-1]))
    assert result.menu.options == ["Restart", "Watch replay", "Missions", "Main menu"]
    choose(ctx, "Missions")
    page = ctx.stack[-1]
    assert isinstance(page, MissionsScene) and len(ctx.stack) == 2 and isinstance(ctx.stack[0], TitleScene)
    assert page.open[page.menu.selected].path.name == "mars_base.tmx"  # not the storm canyon Launch chooses
    page.handle(Actions(menu_back=True))
    assert ctx.stack == [ctx.stack[0]] and isinstance(ctx.stack[0], TitleScene)


def test_a_playtest_s_result_has_no_missions_row_as_there_is_no_title_to_put_the_page_over(display):
    record_result(LEVELS / "mars_base.tmx", Tally(), "won", seconds=90.0)
    context = make_context(LEVELS / "outpost.tmx")  # as --level would start it
    play = PlayScene(context)
    context.push(play)
    assert "Missions" not in until_result(context, lost(play)).menu.options


def lost(play) -> PlayScene:
    play.game.res.outcome = "lost"  # as decide_outcome would: the result comes a moment later
    return play


def test_every_won_mission_s_row_gives_its_best_time_and_stays_within_the_list(ctx, monkeypatch):
    """Only the chosen mission's line under the list gave a best time; the rows said only "· WON"."""
    drawn = record_drawn_rects(monkeypatch, missions_module, menu_module, rows_module)
    page = every_time_won(ctx)
    assert page.menu.options[:6] == [
        "1   Mars, UN Base Cydonia — 1996 · WON", "2   Mars, Relay Outpost — 1996 · WON",
        "3   Mars, Storm Canyon — 1996 · WON", "4   New York, Occupied Manhattan — 1999 · WON",
        "5   New York, Gradosian Landing Field — 1999 · WON", "6   New York, Gradosian Command — 1999"]
    assert [page.menu.columns.get(option) for option in page.menu.options[:6]] == [
        "1:34.6", "10:05.3", "0:17.2", "0:41.0", "59:59.9", None]
    for chosen in (0, 4):  # the longest row, chosen (in bold) and not
        page.menu.selected = chosen
        drawn.clear()
        page.draw(pygame.display.get_surface(), 1.0)
        rows = [dict(drawn)[option.split("   ", 1)[1].upper()] for option in page.menu.options[:6]]  # its name
        times = [dict(drawn)[best] for best in ("1:34.6", "10:05.3", "0:17.2", "0:41.0", "59:59.9")]
        assert len(rows) == 6
        assert all(1280 / 2 - 800 / 2 <= rect.left and rect.right <= 1280 / 2 + 800 / 2 for rect in rows + times)
        assert all(row.right + menu_module.COLUMN_GAP <= best.left for row, best in zip(rows, times))  # kept clear


def every_time_won(ctx) -> MissionsScene:
    """The missions page of a pilot with every mission but the last won, in times from 0:17.2 to 59:59.9 (one win kept
    without a time: its best stands)."""
    times = {"mars_base": 94.6, "outpost": 605.3, "storm_canyon": 17.2, "new_york": 41.0, "landing_field": 3599.9}
    for name, seconds in times.items():
        record_result(LEVELS / f"{name}.tmx", Tally(), "won", seconds=seconds)
    record_result(LEVELS / "new_york.tmx", Tally(), "won")
    launch(ctx)
    return ctx.stack[-1]


def test_the_best_times_stand_in_one_column_right_aligned_whichever_row_is_chosen(ctx, monkeypatch):
    """"WON · 1:34.6" followed each title, so the times stood wherever their titles ended and could not be compared
    down the list: they stand in a column, their right edges at one x, the chosen row's (in bold) too."""
    drawn = record_drawn_rects(monkeypatch, missions_module, menu_module, rows_module)
    page = every_time_won(ctx)
    for chosen in (0, 2, 5):
        page.menu.selected = chosen
        drawn.clear()
        page.draw(pygame.display.get_surface(), 1.0)
        rights = {dict(drawn)[best].right for best in ("1:34.6", "10:05.3", "0:17.2", "0:41.0", "59:59.9")}
        assert len(rights) == 1, (chosen, rights)  # one column, however wide the chosen row's bold words
        assert max(rights) <= 1280 // 2 + PLATE_WIDTH // 2 - menu_module.COLUMN_IN  # on the plate


def test_the_result_s_missions_row_stands_while_the_record_cannot_be_read_as_launch_still_shows_the_page(ctx):
    """A record that could not be read lost the result its Missions row, while the title's Launch showed the page,
    every mission open until the file is mended."""
    for name in ("mars_base", "outpost"):
        record_result(LEVELS / f"{name}.tmx", Tally(), "won", seconds=90.0)
    launch(ctx)
    ctx.stack[-1].menu.selected = 0
    ctx.stack[-1].handle(Actions(menu_confirm=True))  # the Mars base again
    record_path().write_text("{ not a record")  # damaged while it was played
    result = until_result(ctx, lost(ctx.stack[-1]))
    assert result.record is None and "Missions" in result.menu.options
    choose(ctx, "Missions")
    page = ctx.stack[-1]
    assert isinstance(page, MissionsScene) and page.open[page.menu.selected].path.name == "mars_base.tmx"
    assert len(page.open) == 6 and "every mission is open" in page.campaign.problem
