"""Scenes: pausing, pulling out the pad, winning and losing lead to the right screens."""

import dataclasses
import math
from pathlib import Path

import pygame
import pytest

from game.input.actions import Actions
from game.scenes.mash import MASH_GAP
from game.scenes.menu import TO_TITLE
from game.scenes.pause import SURE_LEAVE, SURE_RESTART, PauseScene
from game.scenes.play import PlayScene
from game.scenes.result import SETTLE, ResultScene
from game.scenes.title import TitleScene
from game.sim.components import Dash, Health, Position
from game.sim.events import Damaged, Dashed, Reinforced
from tests.scenes.conftest import choose, hand, make_context, until_result
from tests.wrecks import wreck

ROOT = Path(__file__).resolve().parents[2]


def launch(ctx) -> PlayScene:
    ctx.stack[-1].handle(Actions(menu_confirm=True))
    assert isinstance(ctx.stack[-1], PlayScene)
    return ctx.stack[-1]


def test_launch_from_the_title_starts_the_level(ctx):
    play = launch(ctx)
    assert play.game.enemies_alive() == 3


def test_pulling_out_the_pad_pauses_the_game(ctx):
    play = launch(ctx)
    play.handle(Actions(pad_lost=True))
    assert isinstance(ctx.stack[-1], PauseScene)
    assert "disconnected" in ctx.stack[-1].reason
    tick = play.game.tick
    ctx.stack[-1].step()  # the paused top scene does not run the game
    assert play.game.tick == tick


def test_the_pause_menu_says_the_pad_was_pulled_out_until_a_pad_is_in_use_again(ctx):
    play = launch(ctx)
    play.handle(Actions(pause=True, device="pad"))
    pause = ctx.stack[-1]
    pause.handle(Actions(pad_lost=True))  # pulled out with the game already paused
    assert pause.reason == "Controller disconnected"
    pause.handle(Actions(device="keyboard"))
    assert pause.reason == "Controller disconnected"
    pause.handle(Actions(device="pad"))  # plugged back in, and steering the menu
    assert pause.reason == "" and ctx.stack[-1] is pause


def test_the_pause_menu_stops_saying_the_pad_is_out_once_it_is_plugged_back_in(ctx):
    from game.input.bindings import default_bindings
    from game.input.devices import InputDevices
    from tests.input.test_devices import FakeOpener, key_down, pad_added, pad_down, pad_removed
    devices = ctx.devices = InputDevices(default_bindings(), open_controller=FakeOpener())

    def frame(*events):
        for event in events:
            devices.handle(event)
        hand(ctx.stack[-1], devices.frame_actions())

    frame(key_down(pygame.K_DOWN))  # the player tried the keys on the title first, then took up the pad
    frame(pad_added(0), pad_down(pygame.CONTROLLER_BUTTON_DPAD_UP))
    frame(pad_down(pygame.CONTROLLER_BUTTON_A))
    play = ctx.stack[-1]
    assert isinstance(play, PlayScene) and ctx.device == "pad"
    frame(pad_removed(100))
    pause = ctx.stack[-1]
    assert isinstance(pause, PauseScene) and pause.reason == "Controller disconnected"
    frame(pad_added(0))  # plugged back in, not pressed yet
    assert pause.reason == "" and ctx.device == "pad"  # and the hint line names its buttons again


class PadIn:
    """Stands in for InputDevices where a test pulls the pad out: only what the scenes ask of it."""
    pad_connected, clicking = True, False

    def stop_rumble(self) -> None:
        pass

    def rumble(self, pulse) -> None:
        pass


def test_a_pad_pulled_out_while_options_was_open_over_the_pause_menu_is_said_back_on_it(ctx):
    ctx.devices = PadIn()
    play = launch(ctx)
    play.handle(Actions(pause=True, device="pad"))
    pause = ctx.stack[-1]
    pause.menu.selected = pause.menu.options.index("Options")
    pause.handle(Actions(menu_confirm=True, device="pad"))
    options = ctx.stack[-1]
    assert options is not pause
    ctx.devices.pad_connected = False  # pulled out: the page on top heard it, and the pause menu did not
    options.handle(Actions(pad_lost=True))
    options.handle(Actions(menu_back=True))
    assert ctx.stack[-1] is pause and pause.reason == "Controller disconnected"


def test_the_window_losing_focus_pauses_the_game(ctx):
    play = launch(ctx)
    play.handle(Actions(focus_lost=True))  # alt-tab: the fight must not go on unseen
    assert isinstance(ctx.stack[-1], PauseScene)
    tick = play.game.tick
    ctx.stack[-1].step()
    assert play.game.tick == tick


def test_pause_menu_resumes_restarts_and_quits_to_the_title(ctx):
    play = launch(ctx)
    play.game.run(seconds=1)
    play.handle(Actions(pause=True))
    ctx.stack[-1].handle(Actions(menu_confirm=True))  # Resume
    assert ctx.stack[-1] is play
    play.handle(Actions(pause=True))
    ctx.stack[-1].handle(Actions(menu_down=True))
    ctx.stack[-1].handle(Actions(menu_confirm=True))  # Restart
    ctx.stack[-1].handle(Actions(menu_confirm=True))  # Really restart?
    assert isinstance(ctx.stack[-1], PlayScene) and ctx.stack[-1] is not play and ctx.stack[-1].game.tick == 0
    ctx.stack[-1].handle(Actions(pause=True))
    choose(ctx, "Main menu")
    ctx.stack[-1].handle(Actions(menu_confirm=True))  # Really leave?
    assert len(ctx.stack) == 1 and isinstance(ctx.stack[0], TitleScene) and ctx.running


def test_quit_s_question_taken_back_gives_back_the_line_it_stood_over(ctx):
    play = launch(ctx)
    play.handle(Actions(pause=True))
    pause = ctx.stack[-1]
    pause.reason = "could not save: disk full"  # as a failed Save and quit leaves it
    choose(ctx, "Main menu")
    assert pause.reason.startswith("Leaving loses this run")
    pause.handle(Actions(menu_up=True))
    assert pause.reason == "could not save: disk full"


def test_quit_from_the_pause_menu_asks_once_more_and_a_step_away_takes_the_question_back(ctx):
    play = launch(ctx)
    play.handle(Actions(pause=True))
    pause = ctx.stack[-1]
    choose(ctx, "Main menu")
    assert ctx.stack[-1] is pause and pause.menu.options[-1] == SURE_LEAVE
    assert "Save and go to Main menu" in pause.reason
    pause.handle(Actions(menu_up=True))  # to Save and go to Main menu: the question is taken back
    assert pause.menu.options[-1] == TO_TITLE and pause.reason == ""
    pause.handle(Actions(menu_down=True))
    pause.handle(Actions(menu_confirm=True))
    assert ctx.stack[-1] is pause  # asked again
    pause.handle(Actions(menu_confirm=True))
    assert len(ctx.stack) == 1 and isinstance(ctx.stack[0], TitleScene)


def test_restart_from_the_pause_menu_asks_once_more_and_a_step_away_takes_the_question_back(ctx):
    play = launch(ctx)
    play.game.run(seconds=1)
    play.handle(Actions(pause=True))
    pause = ctx.stack[-1]
    pause.handle(Actions(menu_down=True))  # Restart
    pause.handle(Actions(menu_confirm=True))
    assert ctx.stack[-1] is pause and pause.menu.options[1] == SURE_RESTART and play.game.tick == 60
    assert pause.reason.startswith("Restarting loses this run")
    pause.handle(Actions(menu_down=True))  # to Options: the question is taken back
    assert pause.menu.options[1] == "Restart" and pause.reason == ""
    pause.handle(Actions(menu_up=True))
    pause.handle(Actions(menu_confirm=True))
    assert ctx.stack[-1] is pause  # asked again
    pause.handle(Actions(menu_confirm=True))
    assert isinstance(ctx.stack[-1], PlayScene) and ctx.stack[-1] is not play and ctx.stack[-1].game.tick == 0


def test_a_click_on_another_option_takes_the_question_back_though_the_keys_left_it_selected(ctx, display):
    # The mouse rests over Main menu (a resting pointer selects nothing) while the keys ask Restart; a click
    # chooses what it lands on, not what is selected: Main menu asks, and Restart's question and what it loses
    # are gone.
    play = launch(ctx)
    play.game.run(seconds=1)
    play.handle(Actions(pause=True))
    pause = ctx.stack[-1]
    pause.draw(display, 1.0)
    pause.handle(Actions(menu_down=True))  # Restart
    pause.handle(Actions(menu_confirm=True))
    assert pause.menu.options[1] == SURE_RESTART
    pause.handle(Actions(click=pause.menu.rects[-1].center))  # on Main menu, selected still Restart
    assert pause.menu.options[1] == "Restart" and pause.menu.options[-1] == SURE_LEAVE
    assert pause.reason.startswith("Leaving loses this run")
    pause.handle(Actions(menu_down=True))  # a step away: no question stands, nothing said of what either loses
    assert pause.menu.options[1] == "Restart" and pause.menu.options[-1] == TO_TITLE and pause.reason == ""


def test_f3_s_overlay_stays_on_through_a_restart_until_f3_again(ctx, display, monkeypatch):
    drawn = []
    monkeypatch.setattr("game.scenes.play.draw_debug", lambda surface, rows: drawn.append(rows[-1]))  # the tick
    play = launch(ctx)
    play.handle(Actions(debug=True))
    play.handle(Actions(pause=True))
    ctx.stack[-1].handle(Actions(menu_down=True))
    ctx.stack[-1].handle(Actions(menu_confirm=True))  # Restart
    ctx.stack[-1].handle(Actions(menu_confirm=True))  # Really restart?
    again = ctx.stack[-1]
    assert isinstance(again, PlayScene) and again is not play
    again.draw(display, 1.0)
    assert drawn == ["tick 0 · 0.0 s"]
    again.handle(Actions(debug=True))
    again.draw(display, 1.0)
    assert drawn == ["tick 0 · 0.0 s"]


def test_esc_then_enter_resumes_even_with_the_mouse_left_over_restart(ctx, display):
    play = launch(ctx)
    play.handle(Actions(pause=True))
    pause = ctx.stack[-1]
    pause.draw(display, 1.0)  # lays the options out
    resting = pause.menu.rects[1].center  # Restart's row, where the aim was when Esc was pressed
    pause.handle(Actions(pointer=resting))
    pause.handle(Actions(pointer=resting, menu_confirm=True))
    assert ctx.stack[-1] is play


def test_back_on_the_title_after_a_level_the_mouse_left_over_quit_chooses_nothing(ctx, display):
    title = ctx.stack[0]
    title.draw(display, 1.0)  # lays the options out
    title.handle(Actions(pointer=(5, 5)))  # the mouse, seen on the title before the level
    chosen = title.menu.selected
    launch(ctx).handle(Actions(pause=True))
    choose_quit = ctx.stack[-1]
    choose_quit.menu.selected = choose_quit.menu.options.index(TO_TITLE)
    choose_quit.handle(Actions(menu_confirm=True))
    choose_quit.handle(Actions(menu_confirm=True))  # Really leave? Back to the title, the aim left over its Quit
    assert ctx.stack == [title]
    title.handle(Actions(pointer=title.menu.rects[-1].center))
    assert title.menu.selected == chosen


def win(ctx) -> ResultScene:
    return won(ctx, launch(ctx))


def won(ctx, play) -> ResultScene:
    """The level's enemies wrecked, and its result screen come up."""
    for entity in play.game.world.entities():
        if entity != play.game.player:
            wreck(play.game, entity)
    result = until_result(ctx, play)
    assert result.won
    return result


def test_winning_shows_the_result_screen_which_restarts(ctx):
    result = win(ctx)
    assert ("Machines destroyed", "3") in result.lines
    result.handle(Actions(menu_down=True))  # past Next mission
    result.handle(Actions(menu_confirm=True))  # Restart
    assert isinstance(ctx.stack[-1], PlayScene) and ctx.stack[-1].game.enemies_alive() == 3


def test_a_playtest_started_at_a_map_object_is_not_kept_in_the_campaign_s_record(ctx):
    from game.record import load_record
    ctx.start_at = 1  # Shift+F5 in Tiled: the Mars base from its player spawn, object 1, as a playtest
    play = PlayScene(ctx)
    ctx.open_level(play)
    for entity in play.game.world.entities():
        if entity != play.game.player:
            wreck(play.game, entity)
    result = until_result(ctx, play)
    assert result.won and result.record is None and load_record().levels == {}  # the next mission stays locked
    ctx.close_from(1)  # back to the title
    ctx.start_at = None
    assert win(ctx).record.level(ctx.level_path).won == 1  # launched as a player launches it: kept


def test_winning_the_mars_base_goes_on_to_the_map_it_names_next(ctx):
    result = win(ctx)
    assert result.menu.options[0] == "Next mission" and result.menu.selected == 0
    result.handle(Actions(menu_confirm=True))
    play = ctx.stack[-1]
    assert isinstance(play, PlayScene) and play.game.res.level.title == "Mars, Relay Outpost — 1996"
    assert play.level_path == ROOT / "levels" / "outpost.tmx"


def test_next_mission_carries_the_lessons_rei_taught_and_a_restart_keeps_them_but_a_new_launch_has_none(ctx):
    """Each mission was a new game: Rei taught where a bolt spares a pilot again in every one (the storm canyon, the
    Command). What this run's missions taught goes on with Next mission, and stays through a Restart of it."""
    play = launch(ctx)
    play.game.res.voice.said["rei.part_hit"] = 1  # the lesson, said on the Mars base
    play.game.res.voice.said["rei.target_destroyed"] = 2  # news, not a lesson
    result = won(ctx, play)
    result.handle(Actions(menu_confirm=True))  # Next mission
    outpost = ctx.stack[-1]
    assert isinstance(outpost, PlayScene) and outpost.game.res.voice.taught == ("rei.part_hit",)
    assert outpost.restart() == "" and ctx.stack[-1].game.res.voice.taught == ("rei.part_hit",)
    alone = PlayScene(ctx, ROOT / "levels" / "outpost.tmx")  # from the missions page, or --level: on its own
    assert alone.game.res.voice.taught == ()  # it teaches it all
    alone.game.close()


def test_losing_shows_the_result_screen_as_a_loss(ctx):
    play = launch(ctx)
    wreck(play.game, play.game.player)
    for _ in range(3 * 60):
        play.step()
    assert isinstance(ctx.stack[-1], ResultScene) and not ctx.stack[-1].won
    assert ("Armour left", "0%") in ctx.stack[-1].lines  # the Layzner destroyed: none left, not a dash


@pytest.mark.parametrize("hit_points, shown", [(1, "1%"), (239, "99%"), (240, "100%"), (120, "50%")])
def test_a_win_on_the_last_scrap_of_armour_never_reads_0_nor_a_scratch_100(ctx, hit_points, shown):
    play = launch(ctx)
    health = play.game.world.get(play.game.player, Health)
    health.max_hit_points, health.hit_points = 240, hit_points
    for entity in play.game.world.entities():
        if entity != play.game.player:
            wreck(play.game, entity)
    assert ("Armour left", shown) in until_result(ctx, play).lines


def click_through(ctx, display, option: str):
    """The mouse clicks `option` on the menu on top, through the real input devices, and stays down a frame after;
    returns a function that runs one more frame of the devices into the scene on top."""
    from game.input.bindings import default_bindings
    from game.input.devices import InputDevices
    ctx.devices = InputDevices(default_bindings(), open_controller=lambda index: None)

    def frame(*events) -> None:
        for event in events:
            ctx.devices.handle(event)
        ctx.stack[-1].handle(ctx.devices.frame_actions())

    menu = ctx.stack[-1].menu
    ctx.stack[-1].draw(display, 1.0)  # lays the options out
    at = menu.rects[menu.options.index(option)].center
    frame(pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=pygame.BUTTON_LEFT, pos=at, touch=False))
    frame()  # a hand's click lasts a few frames: the button is still down
    return frame, at


def test_the_click_on_launch_is_not_a_shot_and_the_next_press_is(ctx, display):
    frame, at = click_through(ctx, display, "Launch")
    play = ctx.stack[-1]
    assert isinstance(play, PlayScene)
    play.step()
    assert not play.game.player_intent().fire and not play.firing
    frame(pygame.event.Event(pygame.MOUSEBUTTONUP, button=pygame.BUTTON_LEFT, pos=at, touch=False))
    frame(pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=pygame.BUTTON_LEFT, pos=at, touch=False))
    play.step()
    assert play.game.player_intent().fire


def test_the_click_on_resume_is_not_a_shot(ctx, display):
    play = launch(ctx)
    play.handle(Actions(pause=True))
    click_through(ctx, display, "Resume")
    assert ctx.stack[-1] is play
    play.step()
    assert not play.game.player_intent().fire


def test_player_actions_become_the_machines_intent(ctx):
    play = launch(ctx)
    play.handle(Actions(move=(0.6, -0.8), fire=True, dash=True, aim_screen=(1000, 200)))
    play.step()
    intent = play.game.player_intent()
    assert (intent.move_x, intent.move_y) == (0.6, -0.8) and intent.fire
    wx, wy = play.renderer.camera.to_world(1000, 200)
    assert (intent.aim_x, intent.aim_y) == pytest.approx((wx, wy))
    # the machine spends a dash request on the tick it dashes: the dash, the way the stick points, shows it
    assert Dashed(play.game.player) in play.pending_events
    dash = play.game.world.get(play.game.player, Dash)
    assert dash.time_left > 0 and (dash.direction_x, dash.direction_y) == pytest.approx((0.6, -0.8))


def test_a_missile_tap_in_a_frame_no_tick_fell_in_still_launches(ctx):
    play = launch(ctx)
    play.game.run(seconds=4)  # past the launch cooldown, the title card played out
    play.handle(Actions(missile=True, aim_screen=(1000, 360)))  # the tap's frame: at 144 Hz, no tick in it
    play.handle(Actions(aim_screen=(1000, 360)))  # the next frame: let go
    launched = []
    for _ in range(3):
        play.step()
        launched += [e for e in play.pending_events if type(e).__name__ == "MissileLaunched"]
        play.handle(Actions(aim_screen=(1000, 360)))
    assert launched


def test_the_right_stick_aims_relative_to_the_machine(ctx):
    play = launch(ctx)
    play.handle(Actions(aim_way=(0.0, -1.0)))
    play.step()
    from game.sim.components import Position
    pos = play.game.world.get(play.game.player, Position)
    intent = play.game.player_intent()
    assert intent.aim_x == pytest.approx(pos.prev_x) and intent.aim_y < pos.prev_y


def test_letting_go_of_the_right_stick_keeps_the_aim_where_it_pointed(ctx):
    from game.scenes.aim import STICK_REACH
    from game.sim.components import Position
    ctx.settings = dataclasses.replace(ctx.settings, pad_aim_assist=0.0)  # the stick's own way: the Dis up to the
    play = launch(ctx)  # right of the start would take the aim (test_aim_assist.py has the assist)
    play.handle(Actions(aim_way=(0.7, -0.7)))  # up and to the right
    play.step()
    pos = play.game.world.get(play.game.player, Position)
    # Let go: the axes spring back one at a time, through small tilts, and past the centre.
    for sample in ((0.3, -0.35), (0.0, -0.4), (-0.25, -0.1), (-0.05, 0.02)):
        play.handle(Actions(aim_way=sample))
    play.step()
    pos = play.game.world.get(play.game.player, Position)
    intent = play.game.player_intent()
    dx, dy = intent.aim_x - pos.x, intent.aim_y - pos.y
    assert math.atan2(dy, dx) == pytest.approx(math.atan2(-0.7, 0.7), abs=1e-6)  # still up and to the right
    assert math.hypot(dx, dy) == pytest.approx(STICK_REACH, abs=1.0)  # and the reticle as far out, not under it


def test_a_stick_let_go_through_the_dead_zone_and_past_the_centre_keeps_the_aim(ctx):
    from game.sim.components import Position
    play = launch(ctx)
    for sample in ((0.9, 0.0), (0.35, 0.0), None, (-0.25, 0.0)):  # right; let go: falling, at rest, overshoot
        play.handle(Actions(aim_way=sample))
    play.step()
    pos = play.game.world.get(play.game.player, Position)
    intent = play.game.player_intent()
    assert intent.aim_x > pos.x  # still to the right, not swung round behind


def test_a_gentle_tilt_of_the_right_stick_still_turns_the_aim(ctx):
    from game.sim.components import Position
    ctx.settings = dataclasses.replace(ctx.settings, pad_aim_assist=0.0)  # the stick's own way, as above
    play = launch(ctx)
    play.handle(Actions(aim_way=(0.0, -0.3)))  # a small correction, up
    play.handle(Actions(aim_way=(0.25, -0.25)))  # then up and to the right, as gently: held, so it counts
    play.step()
    pos = play.game.world.get(play.game.player, Position)
    intent = play.game.player_intent()
    assert math.atan2(intent.aim_y - pos.y, intent.aim_x - pos.x) == pytest.approx(-math.pi / 4, abs=1e-6)


def test_the_aim_keys_aim_from_the_machine_and_the_aim_stays_their_way_once_let_go(ctx):
    from game.scenes.aim import STICK_REACH
    from game.sim.components import Position
    play = launch(ctx)
    play.handle(Actions(aim_way=(-1.0, 0.0), fire=True))  # J held: west, firing
    play.step()
    assert play.game.player_intent().fire
    for _ in range(30):  # let go, and walk south: the aim goes on pointing west of the machine
        play.handle(Actions(move=(0.0, 1.0)))
        play.step()
    pos = play.game.world.get(play.game.player, Position)
    intent = play.game.player_intent()
    assert not intent.fire
    assert (intent.aim_x - pos.prev_x, intent.aim_y - pos.prev_y) == pytest.approx((-STICK_REACH, 0.0), abs=1e-6)


def test_a_next_map_with_mistakes_is_said_on_the_result_screen_which_stays(ctx, tmp_path):
    result = win(ctx)
    broken = tmp_path / "broken.tmx"
    broken.write_text("<map><layer", encoding="utf-8")
    result.next_level = str(broken)
    result.handle(Actions(menu_confirm=True))  # Next mission
    assert ctx.stack[-1] is result and str(broken) in result.notice
    result.draw(pygame.display.get_surface(), 1.0)


def test_the_dash_mashed_as_the_level_ends_picks_nothing_on_the_result_screen(ctx):
    play = launch(ctx)
    for entity in play.game.world.entities():
        if entity != play.game.player:
            wreck(play.game, entity)
    while not isinstance(ctx.stack[-1], ResultScene):
        play.step()
    result = ctx.stack[-1]
    for _ in range(4):  # space is dash and confirm: the fight's last presses land on the screen as it comes in
        result.frame(SETTLE / 5)
        result.handle(Actions(menu_confirm=True, dash=True))
    assert ctx.stack[-1] is result
    result.frame(SETTLE)
    result.handle(Actions(menu_confirm=True))
    assert ctx.stack[-1] is not result  # once it has come in, it takes the choice


def lost(ctx) -> ResultScene:
    """The result screen of a run lost, as it comes up (its settle still to run)."""
    play = launch(ctx)
    wreck(play.game, play.game.player)
    while not isinstance(ctx.stack[-1], ResultScene):
        play.step()
    result = ctx.stack[-1]
    assert not result.won and result.menu.options[0] == "Restart" and result.age == 0
    return result


def mash(result, seconds: float) -> None:
    """Space (dash and confirm; the pad's A is both too) pressed every 0.15 s, as Fouron's hint has the player do."""
    for _ in range(round(seconds / 0.15)):
        result.frame(0.15)
        result.handle(Actions(menu_confirm=True, dash=True))


def test_a_dash_still_mashed_past_the_settle_picks_no_row_until_it_stops_and_is_pressed_afresh(ctx):
    result = lost(ctx)
    mash(result, 3.0)  # well past SETTLE: the mash went on and picked Restart, the first row, unread
    assert ctx.stack[-1] is result and result.menu.selected == 0
    result.frame(MASH_GAP)  # stopped, read the page
    result.handle(Actions(menu_confirm=True, dash=True))  # then Space (or A) on Restart
    assert ctx.stack[-1] is not result


def test_return_and_a_click_are_taken_while_the_dash_is_still_mashed(ctx):
    result = lost(ctx)
    mash(result, 1.5)
    result.frame(0.15)
    result.handle(Actions(menu_confirm=True))  # Return: no input of the mash's
    assert ctx.stack[-1] is not result


def test_no_pause_once_the_level_is_decided_the_result_comes_instead(ctx):
    play = launch(ctx)
    wreck(play.game, play.game.player)
    play.step()
    assert play.game.outcome == "lost"
    play.handle(Actions(pause=True))
    play.handle(Actions(pad_lost=True))
    assert ctx.stack[-1] is play


def test_restart_with_the_map_saved_broken_since_says_why_and_the_level_goes_on(display, tmp_path):
    from tests.maps import write_map
    path = write_map(tmp_path, ["#########", "#.......#", "#.P...E.#", "#.......#", "#########"])
    context = make_context(path)
    context.push(TitleScene(context))
    play = launch(context)
    path.write_text("<map><layer", encoding="utf-8")  # saved in Tiled, half written
    play.handle(Actions(pause=True))
    pause = context.stack[-1]
    pause.menu.selected = pause.menu.options.index("Restart")
    pause.handle(Actions(menu_confirm=True))
    pause.handle(Actions(menu_confirm=True))  # Really restart?
    assert context.stack[-1] is pause and str(path) in pause.reason  # said, and still paused
    pause.draw(pygame.display.get_surface(), 1.0)
    pause.handle(Actions(menu_back=True))
    assert context.stack[-1] is play
    play.game.res.outcome = "lost"
    while not isinstance(context.stack[-1], ResultScene):
        play.step()
    result = context.stack[-1]
    result.frame(SETTLE)
    result.menu.selected = result.menu.options.index("Restart")
    result.handle(Actions(menu_confirm=True))
    assert context.stack[-1] is result and str(path) in result.notice
    result.draw(pygame.display.get_surface(), 1.0)


def test_back_on_the_result_screen_first_chooses_back_to_title_and_leaves_only_when_pressed_again(ctx):
    result = win(ctx)
    assert result.menu.options[result.menu.selected] == "Next mission"
    result.handle(Actions(menu_back=True))
    assert ctx.stack[-1] is result and result.menu.options[result.menu.selected] == TO_TITLE
    result.handle(Actions(menu_back=True))
    assert len(ctx.stack) == 1 and isinstance(ctx.stack[0], TitleScene)


def test_the_missiles_gauge_names_the_lock_control_of_the_device_in_use(ctx, monkeypatch):
    from game.view import hud as hud_module
    from tests.drawn_words import record_drawn_words
    said = record_drawn_words(monkeypatch, hud_module)
    play = launch(ctx)
    play.draw(pygame.display.get_surface(), 1.0)
    assert "hold E or RIGHT MOUSE: lock on" in said  # the keyboard's key and the mouse's button, in their order
    hand(play, Actions(device="pad"))
    said.clear()
    play.draw(pygame.display.get_surface(), 1.0)
    assert "hold LT to lock on" in said


def test_resumed_with_the_pad_the_missiles_gauge_names_the_pad_s_control_from_the_first_frame(ctx, monkeypatch):
    """Paused on the keyboard and resumed with A: the level's first frame back said "hold E or RIGHT MOUSE", the
    keys it knew before the pause, under a player holding the pad."""
    from game.view import hud as hud_module
    from tests.drawn_words import record_drawn_words
    said = record_drawn_words(monkeypatch, hud_module)
    play = launch(ctx)
    hand(play, Actions(pause=True))
    hand(ctx.stack[-1], Actions(menu_confirm=True, device="pad"))  # Resume
    assert ctx.stack[-1] is play
    play.draw(pygame.display.get_surface(), 1.0)
    assert "hold LT to lock on" in said and not any("RIGHT MOUSE" in words for words in said)


def test_the_pause_menu_holds_the_fight_s_sounds_and_a_window_switch_pauses_without_a_blip(ctx):
    play = launch(ctx)
    play.handle(Actions(pause=True))
    assert isinstance(ctx.stack[-1], PauseScene) and ctx.audio.paused and ctx.audio.played[-1] == "pause"
    assert ctx.audio.played_while_paused == ["pause"]  # after the pause: else held with the fight's, heard on resume
    ctx.stack[-1].handle(Actions(menu_confirm=True))  # Resume
    assert ctx.stack[-1] is play and not ctx.audio.paused
    heard = len(ctx.audio.played)
    play.handle(Actions(focus_lost=True))  # the player went to another window
    assert isinstance(ctx.stack[-1], PauseScene) and ctx.audio.paused and len(ctx.audio.played) == heard


def test_leaving_a_level_stops_the_fight_s_sounds(ctx):
    play = launch(ctx)
    play.handle(Actions(pause=True))
    ctx.stack[-1].menu.selected = ctx.stack[-1].menu.options.index(TO_TITLE)
    ctx.stack[-1].handle(Actions(menu_confirm=True))
    ctx.stack[-1].handle(Actions(menu_confirm=True))  # Really leave?
    assert getattr(ctx.audio, "stopped", False) and not ctx.audio.paused  # not heard again over the title


def test_the_result_page_s_fullest_case_fits_between_the_notice_and_the_hint_line(ctx, monkeypatch):
    from game.scenes import result as result_module
    play = launch(ctx)
    play.game.res.difficulty = "easy"  # a row more in the table
    play.game.res.tally.takeovers, play.game.res.tally.fouron_kills = 1, 3  # and two more
    for entity in play.game.world.entities():
        if entity != play.game.player:
            wreck(play.game, entity)
    result = until_result(ctx, play)
    # Next mission, Restart, Watch replay, Missions, Main menu
    assert len(result.rows) == 7 and len(result.menu.options) == 5
    result.notice = "Could not start the next mission: " + "levels/a folder with a long name/" * 12 + "outpost.tmx"
    under, real = [], result_module.draw_lines

    def draw_lines(*args, **kwargs):  # noting the y under the notice
        under.append(real(*args, **kwargs))
        return under[-1]
    monkeypatch.setattr(result_module, "draw_lines", draw_lines)
    surface = pygame.display.get_surface()
    result.draw(surface, 1.0)
    hint_top = surface.get_height() - 36
    assert under and result.menu.rects[0].top >= under[0]  # the notice in its two rows, then the choices
    assert result.menu.rects[-1].bottom <= hint_top - 8  # the last choice's plate clear of the hint line


def pause_menu_words(ctx, play, monkeypatch) -> tuple[list[str], list[str]]:
    """The words the pause menu opened over `play` draws on the keyboard, then once a pad is used: (those, these)."""
    from game.scenes import pause as pause_module
    from tests.drawn_words import record_drawn_words
    said = record_drawn_words(monkeypatch, pause_module)
    play.handle(Actions(pause=True))
    pause = ctx.stack[-1]
    pause.draw(pygame.display.get_surface(), 1.0)
    on_keys = list(said)
    said.clear()
    hand(pause, Actions(device="pad"))
    pause.draw(pygame.display.get_surface(), 1.0)
    return on_keys, said


def test_the_pause_menu_names_its_controls_on_the_device_in_use(ctx, monkeypatch):
    on_keys, on_pad = pause_menu_words(ctx, launch(ctx), monkeypatch)
    assert on_keys[-1] == "W/S or UP/DOWN choose   ·   RETURN or click select   ·   ESCAPE or right-click resume"
    assert on_pad[-1] == "D-PAD UP/DOWN or LEFT STICK choose   ·   A select   ·   B resume"  # as Controls names them


def no_replay_saves(monkeypatch) -> None:
    """Every replay file the play scene writes fails, as on a full disk."""
    import errno
    from game.scenes import play as play_module

    def disk_full(path, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(play_module, "write_atomically", disk_full)


def test_a_replay_that_cannot_be_saved_is_said_on_the_result_screen_and_still_plays(ctx, monkeypatch):
    no_replay_saves(monkeypatch)
    result = win(ctx)
    assert "could not save the replay: No space left on device" in result.file_problem
    assert "last.replay" in result.file_problem
    assert "Watch replay" in result.menu.options  # it plays from memory


def test_a_replay_that_could_be_saved_in_neither_file_names_both_on_the_result_screen(ctx, monkeypatch, tmp_path):
    no_replay_saves(monkeypatch)
    ctx.record_to = tmp_path / "run.replay"  # --record's file, beside last.replay
    result = win(ctx)
    assert "last.replay: could not save" in result.file_problem
    assert f"{tmp_path / 'run.replay'}: could not save" in result.file_problem


def test_record_s_failure_status_is_cleared_when_a_later_run_s_replay_is_written_there(ctx, monkeypatch, tmp_path):
    from game.scenes import play as play_module

    write = play_module.write_atomically
    no_replay_saves(monkeypatch)
    ctx.record_to = tmp_path / "run.replay"
    result = win(ctx)
    assert ctx.exit_status == play_module.NOT_RECORDED
    monkeypatch.setattr(play_module, "write_atomically", write)  # the disk has room again
    result.handle(Actions(menu_down=True))  # past Next mission
    result.handle(Actions(menu_confirm=True))  # Restart: this run's replay is --record's file now
    play = ctx.stack[-1]
    for entity in play.game.world.entities():
        if entity != play.game.player:
            wreck(play.game, entity)
    assert until_result(ctx, play).won
    assert ctx.exit_status == 0 and ctx.record_to.exists()


def test_start_on_a_pad_chooses_on_the_result_screen_as_on_the_title(ctx):
    result = win(ctx)
    assert result.menu.options[result.menu.selected] == "Next mission"
    result.handle(Actions(pause=True, device="pad"))
    assert isinstance(ctx.stack[-1], PlayScene) and ctx.stack[-1].level_path.name == "outpost.tmx"


class BuzzedDevices(PadIn):
    """Stands in for InputDevices: remembers the pulses asked of the pad and the times it was stilled."""

    def __init__(self) -> None:
        self.pulses, self.stilled = [], 0

    def rumble(self, pulse) -> None:
        self.pulses.append(pulse)

    def stop_rumble(self) -> None:
        self.stilled += 1


def test_a_hit_on_the_layzner_buzzes_the_pad_and_the_pause_menu_stills_it(ctx, monkeypatch):
    play = launch(ctx)
    ctx.devices = BuzzedDevices()
    enemy = next(e for e in play.game.world.entities() if e != play.game.player and play.game.world.has(e, Health))
    monkeypatch.setattr(play.game, "step", lambda: [Damaged(play.game.player, 7.0, 0, 0, enemy)])
    play.step()
    assert ctx.devices.pulses == [ctx.feel.rumble.player_hit]
    play.handle(Actions(pause=True))
    assert ctx.devices.stilled == 1


def test_a_reinforcement_landing_on_the_layzner_s_spot_buzzes_the_pad_and_one_far_off_does_not(ctx, monkeypatch):
    play = launch(ctx)
    ctx.devices = BuzzedDevices()
    me = play.game.world.get(play.game.player, Position)
    landings = iter([[Reinforced(99, "dis", me.x, me.y)], [Reinforced(98, "dis", me.x + 3000, me.y)]])
    monkeypatch.setattr(play.game, "step", lambda: next(landings))
    play.step()
    play.step()
    assert ctx.devices.pulses == [ctx.feel.rumble.landed]


def test_the_pause_page_s_line_on_what_leaving_loses_stands_on_a_plate_as_the_title_s_and_the_missions_page_s(
        ctx, monkeypatch):
    from game.scenes import pause as pause_module
    from game.view.text import AMBER
    from tests.scenes.test_start_again import plates_round
    play = launch(ctx)
    play.handle(Actions(pause=True))
    pause = ctx.stack[-1]
    choose(ctx, "Main menu")
    assert pause.reason.startswith("Leaving loses this run")
    assert plates_round(monkeypatch, pause, pygame.display.get_surface(), pause.reason, pause_module) == [AMBER]
