"""The Controls page: opened from Options, an input rebound by pressing it, swaps, clearing, reset, saved at once."""

import pygame
import pytest
import yaml

from game.input.actions import Actions
from game.input.bindings import DEFAULT_BINDINGS_PATH, default_bindings, load_player_bindings
from game.scenes import controls as controls_scene
from game.scenes.controls import ACTION_ROWS, COLUMNS, ControlsScene
from game.scenes.options import ROWS, OptionsScene
from game.view.controls import control_name, controls_line
from tests.scenes.conftest import hand

ROW = {action: i for i, (action, _) in enumerate(ACTION_ROWS)}
KEY_1, KEY_2, PAD_1, PAD_2 = range(len(COLUMNS))


pytestmark = pytest.mark.usefixtures("config_dir")  # the player's files in a folder of the test's own


def open_controls(ctx) -> ControlsScene:
    """Title > Options > Controls, as a player gets there."""
    title = ctx.stack[-1]
    ctx.push(OptionsScene(ctx, title))
    options = ctx.stack[-1]
    for _ in range(len(ROWS)):  # down to Controls, under the settings (fewer steps with the controller's folded)
        if options.selected == len(ROWS):
            break
        options.handle(Actions(menu_down=True))
    options.handle(Actions(menu_confirm=True))
    assert isinstance(ctx.stack[-1], ControlsScene)
    return ctx.stack[-1]


def rebind(page: ControlsScene, action: str, column: int, captured: tuple[str, str], device="keyboard") -> None:
    """Choose the cell, confirm, and press `captured` as the input devices hand it over."""
    page.row, page.column = ROW[action], column
    hand(page, Actions(menu_confirm=True, device=device))
    assert page.waiting
    hand(page, Actions(captured=captured, device=device))


def saved(config_dir):
    return load_player_bindings(DEFAULT_BINDINGS_PATH, config_dir / "bindings.yaml")


def test_options_leads_to_controls_and_back_returns_to_options(ctx):
    page = open_controls(ctx)
    options = page.back_to
    page.handle(Actions(menu_back=True))
    assert ctx.stack[-1] is options


def test_a_key_pressed_for_a_slot_binds_it_at_once_and_is_saved_to_the_player_s_file(ctx, config_dir):
    page = open_controls(ctx)
    rebind(page, "knuckle", KEY_1, ("keyboard", "g"))
    assert ctx.bindings.keyboard["knuckle"] == (pygame.K_g,) and not page.waiting
    bindings, lines = saved(config_dir)
    assert lines == [] and bindings == ctx.bindings
    assert "G knuckle" in controls_line(ctx.bindings, ctx.settings)  # the title's line follows


def test_a_key_given_to_restart_that_a_replay_s_control_answers_too_does_one_thing_while_watching_at_once(ctx,
                                                                                                        config_dir):
    """The page moved J from aim left to Restart, but J still sought back in a replay: both at once while watching,
    until the next start settled the file."""
    page = open_controls(ctx)
    rebind(page, "restart", KEY_1, ("keyboard", "j"))
    assert ctx.bindings.keyboard["restart"] == (pygame.K_j,)
    assert pygame.K_j not in ctx.bindings.keyboard["menu_seek_back"]  # Page Up seeks back
    assert pygame.K_PAGEUP in ctx.bindings.keyboard["menu_seek_back"]
    assert ctx.bindings == saved(config_dir)[0]  # as the next start reads the file


def test_an_input_another_action_has_swaps_with_what_the_slot_held_and_the_page_says_so(ctx):
    page = open_controls(ctx)
    rebind(page, "dash", KEY_2, ("keyboard", "e"))  # E is the missiles' key; Dash's second slot held LEFT SHIFT
    assert ctx.bindings.keyboard["dash"] == (pygame.K_SPACE, pygame.K_e)
    assert ctx.bindings.keyboard["missile"] == (pygame.K_LSHIFT,)
    assert page.notice == "E moved here from MISSILES, which takes LEFT SHIFT in its place"
    rebind(page, "knuckle", KEY_2, ("mouse", "right"))  # an empty slot: the missiles are left without it
    assert ctx.bindings.mouse["knuckle"] == (pygame.BUTTON_RIGHT,) and ctx.bindings.mouse["missile"] == ()
    assert page.notice == "RIGHT MOUSE moved here from MISSILES, which is left without it"


def test_an_input_put_over_another_says_the_one_it_replaced_no_longer_does_the_action(ctx):
    """G bound over Move down's S dropped S without a word: the page said nothing, and S no longer moved down."""
    page = open_controls(ctx)
    rebind(page, "move_down", KEY_1, ("keyboard", "g"))
    assert ctx.bindings.keyboard["move_down"] == (pygame.K_g, pygame.K_DOWN)
    assert page.notice == "S no longer moves down"
    rebind(page, "missile", KEY_1, ("mouse", "x1"))  # a button for a key: it goes to no one either
    assert page.notice == "E no longer fires missiles"
    rebind(page, "fire", PAD_1, ("pad", "leftstick"), device="pad")
    assert page.notice == "RT no longer fires"
    rebind(page, "move_up", KEY_2, ("keyboard", "down"))  # Move down's: it takes UP in its place, nothing dropped
    assert page.notice == "DOWN moved here from MOVE DOWN, which takes UP in its place"


def test_the_action_s_own_other_input_moves_slots_rather_than_doubling(ctx):
    page = open_controls(ctx)
    rebind(page, "move_up", KEY_1, ("keyboard", "up"))
    assert ctx.bindings.keyboard["move_up"] == (pygame.K_UP, pygame.K_w)


def test_a_controller_column_takes_pad_inputs_only_and_keeps_waiting_for_one(ctx):
    page = open_controls(ctx)
    page.row, page.column = ROW["vmax"], PAD_2
    page.handle(Actions(menu_confirm=True, device="pad"))
    page.handle(Actions(captured=("keyboard", "v")))
    assert page.waiting and ctx.bindings.keyboard["vmax"] == default_bindings().keyboard["vmax"]
    page.handle(Actions(captured=("pad", "righttrigger"), device="pad"))  # the rifle's trigger: the two swap
    assert ctx.bindings.pad_triggers["vmax"] == (pygame.CONTROLLER_AXIS_TRIGGERRIGHT,)
    assert ctx.bindings.pad_triggers["fire"] == ()
    assert page.notice == "RT moved here from FIRE, which is left without it: FIRE has no controller button or " \
                          "trigger now (Y on it puts the game's back)"


def test_f11_or_f3_pressed_for_a_slot_is_refused_as_fullscreen_s_or_the_overlay_s_key(ctx, config_dir):
    page = open_controls(ctx)
    for key, owner in (("f11", "fullscreen's"), ("f3", "the debug overlay's")):
        rebind(page, "dash", KEY_1, ("keyboard", key))  # a player reaching for fullscreen mid-wait
        assert not page.waiting and page.notice == f"{key.upper()} is {owner}: choose another"
        assert ctx.bindings == default_bindings()  # Space is still Dash's, F11 still fullscreen's
    assert not (config_dir / "bindings.yaml").exists()


def test_escape_or_view_cancels_a_wait_binding_nothing(ctx, config_dir):
    page = open_controls(ctx)
    for column, cancel in ((KEY_1, ("keyboard", "escape")), (PAD_1, ("pad", "back"))):
        rebind(page, "fire", column, cancel)
        assert not page.waiting and ctx.bindings == default_bindings()
    assert not (config_dir / "bindings.yaml").exists()
    assert isinstance(ctx.stack[-1], ControlsScene)  # the Esc that cancelled did not also leave the page


def test_a_pad_player_waiting_on_a_keyboard_slot_is_told_b_and_view_cancel_and_both_do(ctx):
    page = open_controls(ctx)
    rebind(page, "dash", KEY_1, ("pad", "x"), device="pad")  # X binds nothing to a key slot: still waiting
    assert page.waiting and "ESCAPE, B or VIEW cancel" in page._prompt()
    for cancel in (("pad", "back"), ("pad", "b")):
        page.waiting = True
        hand(page, Actions(captured=cancel, device="pad"))
        assert not page.waiting and ctx.bindings == default_bindings()


def test_waiting_the_prompt_names_the_cancel_of_the_device_touched_last(ctx):
    """Waiting, the prompt kept naming VIEW as the way out to a player who had gone back to the keyboard and mouse: it
    said what the device that opened the wait cancels with."""
    page = open_controls(ctx)
    rebind(page, "dash", KEY_1, ("pad", "x"), device="pad")  # still waiting, VIEW named
    assert page.waiting and "VIEW" in page._prompt()
    hand(page, Actions(device="keyboard"))  # the mouse moved
    assert page.waiting and "ESCAPE" in page._prompt() and "VIEW" not in page._prompt()


def test_backspace_clears_a_keyboard_slot_but_pause_keeps_its_last_key(ctx):
    page = open_controls(ctx)
    rebind(page, "dash", KEY_2, ("keyboard", "backspace"))
    assert ctx.bindings.keyboard["dash"] == (pygame.K_SPACE,)
    rebind(page, "pause", KEY_2, ("keyboard", "delete"))
    assert ctx.bindings.keyboard["pause"] == (pygame.K_ESCAPE,)
    rebind(page, "pause", KEY_1, ("keyboard", "backspace"))
    assert ctx.bindings.keyboard["pause"] == (pygame.K_ESCAPE,) and "Pause keeps one key" in page.notice


def test_a_key_with_no_name_to_save_it_by_ends_the_wait_saying_so_and_binds_nothing(ctx, config_dir):
    page = open_controls(ctx)
    rebind(page, "knuckle", KEY_1, ("keyboard", ""))  # a key SDL names as another (bindings.key_name)
    assert not page.waiting and ctx.bindings == default_bindings() and "no name" in page.notice
    assert not (config_dir / "bindings.yaml").exists()


def test_pause_keeps_a_key_whatever_mouse_buttons_it_is_given(ctx):
    page = open_controls(ctx)
    rebind(page, "pause", KEY_2, ("mouse", "x1"))  # P gives way to a mouse button: Escape is Pause's one key now
    rebind(page, "pause", KEY_1, ("keyboard", "backspace"))
    rebind(page, "pause", KEY_1, ("mouse", "x2"))
    assert ctx.bindings.keyboard["pause"] == (pygame.K_ESCAPE,) and "Pause keeps one key" in page.notice
    rebind(page, "pause", KEY_1, ("keyboard", "o"))  # Escape gives way to O
    rebind(page, "knuckle", KEY_2, ("keyboard", "o"))
    assert ctx.bindings.keyboard["pause"] == (pygame.K_o,) and ctx.bindings.mouse["pause"] == (pygame.BUTTON_X1,)


def test_a_menu_key_given_to_pause_still_works_the_pages_and_a_pause_key_alone_closes_them(ctx):
    page = open_controls(ctx)
    options = page.back_to
    rebind(page, "pause", KEY_2, ("keyboard", "return"))  # Return is the menus' confirm too: it presses both
    page.row, page.column = ROW["dash"], KEY_1
    page.handle(Actions(menu_confirm=True, pause=True))
    assert page.waiting and ctx.stack[-1] is page  # a wait, not Options
    page.handle(Actions(captured=("keyboard", "escape")))
    page.handle(Actions(pause=True))  # P, say
    assert ctx.stack[-1] is options
    options.handle(Actions(menu_confirm=True, pause=True))  # Return on Controls opens it again
    assert isinstance(ctx.stack[-1], ControlsScene)
    ctx.stack[-1].leave()
    options.leave()
    from game.scenes.pause import PauseScene
    from game.scenes.play import PlayScene
    ctx.push(PlayScene(ctx))
    ctx.push(PauseScene(ctx, ctx.stack[-1]))
    ctx.stack[-1].handle(Actions(menu_down=True, pause=True))  # a pause given an arrow still moves in the pause menu
    assert isinstance(ctx.stack[-1], PauseScene)


def test_reset_puts_the_game_s_bindings_back_and_the_file_then_changes_nothing(ctx, config_dir):
    page = open_controls(ctx)
    rebind(page, "knuckle", KEY_1, ("keyboard", "g"))
    page.row = len(ACTION_ROWS)  # Reset to defaults
    page.handle(Actions(menu_confirm=True))
    assert ctx.bindings == default_bindings() and saved(config_dir) == (default_bindings(), [])


def test_the_game_starts_with_the_player_s_file_over_the_game_s_and_names_its_mistakes(config_dir):
    (config_dir / "bindings.yaml").write_text("keyboard:\n  vmax: [v]\n  dash: [no such key]\n", encoding="utf-8")
    from game.app import App
    from game.session import DEFAULT_LEVEL
    app = App(DEFAULT_LEVEL, seed=1, audio=False)
    try:
        assert app.ctx.bindings.keyboard["vmax"] == (pygame.K_v,)
        app.input.handle(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_v, mod=0, unicode="", scancode=0))
        assert app.input.frame_actions().vmax  # the input devices read the same bindings
        assert app.ctx.bindings.keyboard["dash"] == default_bindings().keyboard["dash"]
        assert [line.split(":")[0] for line in app.ctx.file_problems] == [str(config_dir / "bindings.yaml")]
    finally:
        pygame.quit()


def test_a_player_file_with_mistakes_kept_aside_by_the_first_change_is_no_longer_named_on_the_title(ctx, config_dir):
    path = config_dir / "bindings.yaml"
    path.write_text("keyboard:\n  dash: [7.5]\n", encoding="utf-8")
    ctx.file_problems = saved(config_dir)[1]  # as the game starts: the title names the mistake
    assert len(ctx.file_problems) == 1
    page = open_controls(ctx)
    rebind(page, "knuckle", KEY_1, ("keyboard", "g"))
    assert "bindings.unreadable.yaml" in page.notice and saved(config_dir)[1] == []
    assert ctx.file_problems == []  # the file it named is aside now, and the one in its place reads cleanly


def test_a_change_keeps_a_newer_game_s_action_in_the_file_and_on_the_title_and_drops_a_mistake_s_line(
        ctx, config_dir):
    path = config_dir / "bindings.yaml"
    path.write_text("keyboard:\n  dash: [7.5]\n  shield: [x]\n", encoding="utf-8")
    ctx.file_problems = saved(config_dir)[1]  # as the game starts: the title names both
    assert len(ctx.file_problems) == 2
    page = open_controls(ctx)
    rebind(page, "knuckle", KEY_1, ("keyboard", "g"))
    assert "bindings.unreadable.yaml" in page.notice
    assert ctx.file_problems == saved(config_dir)[1] and len(ctx.file_problems) == 1  # the action still not read
    assert ": keyboard.shield: " in ctx.file_problems[0]
    rebind(page, "knuckle", KEY_1, ("keyboard", "h"))  # another change: no second copy kept aside for the action
    assert sorted(p.name for p in config_dir.iterdir() if p.name.startswith("bindings")) == [
        "bindings.unreadable.yaml", "bindings.yaml"]
    assert yaml.safe_load(path.read_text(encoding="utf-8"))["keyboard"]["shield"] == ["x"]


def test_a_change_keeps_an_input_name_this_game_does_not_know_in_the_file_and_on_the_title_with_no_copy_aside(
        ctx, config_dir):
    path = config_dir / "bindings.yaml"
    path.write_text("mouse:\n  fire: [left, banana]\npad:\n  dash: [paddle1, a]\n", encoding="utf-8")
    ctx.bindings, ctx.file_problems = saved(config_dir)  # as the game starts: the title names both, the rest holds
    assert [line.split(": ")[1] for line in ctx.file_problems] == ["mouse.fire[1]", "pad.dash[0]"]
    page = open_controls(ctx)
    rebind(page, "knuckle", KEY_1, ("keyboard", "g"))
    assert page.notice == "F no longer fires the knuckle"  # and nothing of the file: it was saved
    assert ctx.file_problems == saved(config_dir)[1] and len(ctx.file_problems) == 2
    assert sorted(p.name for p in config_dir.iterdir() if p.name.startswith("bindings")) == ["bindings.yaml"]
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["mouse"]["fire"] == ["left", "banana"] and data["pad"]["dash"] == ["paddle1", "a"]
    assert ctx.bindings.mouse["fire"] == (pygame.BUTTON_LEFT,) and ctx.bindings.keyboard["knuckle"] == (pygame.K_g,)


def test_a_save_that_fails_is_said_on_the_page_and_the_binding_still_holds(ctx, monkeypatch):
    import game.scenes.controls as controls_module
    monkeypatch.setattr(controls_module, "save_player_bindings",
                        lambda names, shipped, path: f"{path}: could not save the controls: No space left on device")
    page = open_controls(ctx)
    rebind(page, "knuckle", KEY_1, ("keyboard", "g"))
    assert ctx.bindings.keyboard["knuckle"] == (pygame.K_g,) and "No space left" in page.notice


def test_a_key_given_to_restart_while_the_save_fails_still_does_one_thing_while_watching(ctx, monkeypatch):
    """A read-only config folder: the page's bindings in use were its own, unsettled, and J both restarted and sought
    back in a replay."""
    monkeypatch.setattr(controls_scene, "save_player_bindings",
                        lambda names, shipped, path: f"{path}: could not save the controls: Read-only file system")
    page = open_controls(ctx)
    rebind(page, "restart", KEY_1, ("keyboard", "j"))
    assert ctx.bindings.keyboard["restart"] == (pygame.K_j,) and "Read-only" in page.notice
    assert pygame.K_j not in ctx.bindings.keyboard["menu_seek_back"]
    assert pygame.K_PAGEUP in ctx.bindings.keyboard["menu_seek_back"]


def test_the_page_fits_the_screen_and_a_click_on_a_cell_starts_a_wait(ctx):
    page = open_controls(ctx)
    surface = pygame.display.get_surface()
    page.draw(surface, 0.0)
    screen = surface.get_rect()
    cells = [rect for row in page.cells for rect in row] + page.buttons
    assert len(page.cells) == len(ACTION_ROWS) and all(screen.contains(rect) for rect in cells)
    assert not any(a.colliderect(b) for i, a in enumerate(cells) for b in cells[i + 1:])
    page.handle(Actions(click=page.cells[ROW["dash"]][PAD_1].center))
    assert page.waiting and (page.row, page.column) == (ROW["dash"], PAD_1)
    page.draw(surface, 0.0)  # the wait's prompt draws


def test_the_left_button_clicked_on_the_waiting_cell_binds_it_and_a_click_elsewhere_cancels(ctx):
    page = open_controls(ctx)
    page.draw(pygame.display.get_surface(), 0.0)
    cell = page.cells[ROW["knuckle"]][KEY_2].center
    page.handle(Actions(click=cell))
    page.handle(Actions(captured=("mouse", "left"), pointer=page.buttons[1].center))  # Back, or another cell
    assert not page.waiting and ctx.bindings == default_bindings()  # Fire keeps its button
    page.handle(Actions(click=cell))
    page.handle(Actions(captured=("mouse", "left"), pointer=cell))
    assert ctx.bindings.mouse["knuckle"] == (pygame.BUTTON_LEFT,) and ctx.bindings.mouse["fire"] == ()


def test_an_input_of_another_kind_is_not_given_in_exchange_and_pause_is_never_left_without_one(ctx):
    page = open_controls(ctx)
    rebind(page, "fire", KEY_1, ("keyboard", "p"))  # the slot held the left mouse button: no key for a button
    assert ctx.bindings.keyboard["fire"] == (pygame.K_p,) and ctx.bindings.mouse["fire"] == ()
    assert ctx.bindings.keyboard["pause"] == (pygame.K_ESCAPE,) and ctx.bindings.mouse["pause"] == ()
    assert page.notice == "P moved here from PAUSE, which is left without it; LEFT MOUSE no longer fires"
    rebind(page, "pause", KEY_1, ("keyboard", "o"))  # Escape gives way to O: Pause's one key now
    rebind(page, "knuckle", KEY_2, ("keyboard", "o"))
    assert ctx.bindings.keyboard["pause"] == (pygame.K_o,) and ctx.bindings.keyboard["knuckle"] == (pygame.K_f,)
    assert page.notice == "O is PAUSE's only key: give PAUSE another first"
    rebind(page, "aim_up", PAD_1, ("pad", "start"))  # an empty slot: Start would leave Pause with no button
    assert ctx.bindings.pad_buttons["pause"] == (pygame.CONTROLLER_BUTTON_START,)
    assert ctx.bindings.pad_buttons["aim_up"] == () and page.notice.startswith("START is PAUSE's only button")
    rebind(page, "dash", PAD_1, ("pad", "start"))  # Dash's A in exchange: Pause keeps a button
    assert ctx.bindings.pad_buttons["pause"] == (pygame.CONTROLLER_BUTTON_A,)


def test_an_input_stays_in_the_column_it_was_put_in_and_fire_lists_its_mouse_button_and_trigger_first(ctx):
    page = open_controls(ctx)
    rebind(page, "fire", KEY_2, ("keyboard", "h"))  # a key beside the left button: it was listed first
    rebind(page, "dash", KEY_1, ("mouse", "x1"))  # a button in a key's column: it went after the keys
    rebind(page, "fire", PAD_2, ("pad", "leftstick"), device="pad")
    assert page.slots("fire", "keyboard") == [("mouse", "left"), ("keyboard", "h")]
    assert page.slots("dash", "keyboard") == [("mouse", "x1"), ("keyboard", "left shift")]
    page.leave()
    again = ControlsScene(ctx, ctx.stack[-1])  # opened again, from the bindings as they were saved
    assert again.slots("fire", "keyboard") == [("mouse", "left"), ("keyboard", "h")]
    assert again.slots("fire", "pad") == [("pad", "righttrigger"), ("pad", "leftstick")]  # buttons came before triggers
    line, pad_line = controls_line(ctx.bindings, ctx.settings), controls_line(ctx.bindings, ctx.settings, "pad")
    assert "LEFT MOUSE fire" in line and "RT fire" in pad_line  # the prompts name the first column too


def test_the_order_the_player_put_an_action_s_inputs_in_is_kept_when_the_page_opens_again_and_after_a_restart(
        ctx, config_dir):
    page = open_controls(ctx)
    rebind(page, "dash", KEY_1, ("mouse", "x1"))  # a mouse button before Dash's key
    rebind(page, "dash", PAD_1, ("pad", "righttrigger"), device="pad")  # a trigger before its button (Fire takes A)
    keys, pad = [("mouse", "x1"), ("keyboard", "left shift")], [("pad", "righttrigger"), ("pad", "leftshoulder")]
    assert page.slots("dash", "keyboard") == keys and page.slots("dash", "pad") == pad
    page.leave()
    again = ControlsScene(ctx, ctx.stack[-1])  # opened again
    assert again.slots("dash", "keyboard") == keys and again.slots("dash", "pad") == pad
    bindings, lines = saved(config_dir)  # the game started again: its controls read from the player's file
    assert lines == [] and bindings == ctx.bindings
    ctx.bindings = bindings
    restarted = ControlsScene(ctx, ctx.stack[-1])
    assert restarted.slots("dash", "keyboard") == keys and restarted.slots("dash", "pad") == pad
    assert control_name(bindings, "dash") == "X1 MOUSE" and control_name(bindings, "dash", "pad") == "RT"


def test_inputs_beyond_the_columns_are_counted_beside_them_named_when_chosen_and_kept_by_a_rebind(ctx, config_dir,
                                                                                                monkeypatch):
    import game.scenes.controls as controls_module
    from tests.drawn_words import record_drawn_words
    edited = "keyboard:\n  dash: [space, left shift, v]\npad:\n  fire: [righttrigger, b, leftstick, rightstick]\n"
    (config_dir / "bindings.yaml").write_text(edited, encoding="utf-8")
    ctx.bindings = saved(config_dir)[0]  # as the game starts with the player's file
    page = open_controls(ctx)
    drawn = record_drawn_words(monkeypatch, controls_module)
    page.draw(pygame.display.get_surface(), 0.0)
    assert drawn.count("+1") == 1 and drawn.count("+2") == 1  # Dash's V; Fire's two stick clicks
    page.row, page.column = ROW["dash"], KEY_2
    assert page.more_inputs() == "DASH has 3 inputs: SPACE, LEFT SHIFT and V"
    rebind(page, "dash", KEY_2, ("keyboard", "g"))
    assert ctx.bindings.keyboard["dash"] == (pygame.K_SPACE, pygame.K_g, pygame.K_v)


def test_a_notice_gives_way_on_another_row_to_the_inputs_of_an_action_with_more_than_its_columns(ctx, config_dir,
                                                                                                     monkeypatch):
    import game.scenes.controls as controls_module
    (config_dir / "bindings.yaml").write_text("keyboard:\n  dash: [space, left shift, v]\n", encoding="utf-8")
    ctx.bindings = saved(config_dir)[0]
    page = open_controls(ctx)
    rebind(page, "knuckle", KEY_2, ("keyboard", "e"))  # the missiles' key: a notice says it moved
    notice = page.notice
    assert notice.startswith("E moved here from MISSILES")
    lines = []
    monkeypatch.setattr(controls_module, "draw_lines", lambda surface, text, *args, **kwargs: lines.append(text))
    for action in ("dash", "knuckle", "fire"):
        page.row = ROW[action]
        page.draw(pygame.display.get_surface(), 0.0)
    assert lines == ["DASH has 3 inputs: SPACE, LEFT SHIFT and V", notice, notice]  # Fire has no more to name


def test_delete_or_y_puts_the_chosen_action_back_on_its_column_s_device_keeping_every_other_change(ctx, config_dir):
    from game.scenes.controls import HINTS
    from game.view.controls import page_hint
    page = open_controls(ctx)
    rebind(page, "dash", KEY_2, ("keyboard", "e"))  # the missiles take LEFT SHIFT in its place
    rebind(page, "knuckle", KEY_1, ("keyboard", "g"))
    rebind(page, "dash", PAD_1, ("pad", "leftstick"), device="pad")
    page.row, page.column = ROW["dash"], KEY_1
    page.handle(Actions(menu_reset=True))  # Delete
    assert ctx.bindings.keyboard["dash"] == (pygame.K_SPACE, pygame.K_LSHIFT)
    assert ctx.bindings.keyboard["missile"] == (pygame.K_e,)  # E back in exchange: the swap undone
    assert ctx.bindings.keyboard["knuckle"] == (pygame.K_g,)
    assert ctx.bindings.pad_buttons["dash"] == (pygame.CONTROLLER_BUTTON_LEFTSTICK,
                                                pygame.CONTROLLER_BUTTON_LEFTSHOULDER)
    assert page.notice == "DASH has the game's keys and mouse buttons again; " \
                          "LEFT SHIFT moved here from MISSILES, which takes E in its place"
    page.column = PAD_2
    page.handle(Actions(menu_reset=True, device="pad"))  # Y
    assert ctx.bindings.pad_buttons["dash"] == default_bindings().pad_buttons["dash"]
    assert saved(config_dir)[0] == ctx.bindings and ctx.bindings.keyboard["knuckle"] == (pygame.K_g,)
    assert "DELETE back to default" in page_hint(ctx.bindings, ctx.settings, "keyboard", HINTS)  # not "delete the
    assert "Y back to default" in page_hint(ctx.bindings, ctx.settings, "pad", HINTS)  # default" as it read


def test_escape_given_up_by_pause_comes_back_by_resetting_pause_alone_and_the_page_says_so(ctx):
    page = open_controls(ctx)
    rebind(page, "vmax", KEY_1, ("keyboard", "v"))
    rebind(page, "pause", KEY_1, ("keyboard", "f"))  # Esc cannot be pressed for a slot: it cancels
    assert ctx.bindings.keyboard["pause"] == (pygame.K_f, pygame.K_p)
    assert ctx.bindings.keyboard["knuckle"] == ()  # not Esc in F's place: reaching for pause, the pilot would punch
    assert page.notice == "F moved here from KNUCKLE, which is left without it: KNUCKLE has no key or mouse button " \
                          "now (DELETE on it puts the game's back). ESCAPE no longer pauses: DELETE on PAUSE puts it " \
                          "back"
    page.row = ROW["pause"]
    page.handle(Actions(menu_reset=True))
    assert ctx.bindings.keyboard["pause"] == (pygame.K_ESCAPE, pygame.K_p) and ctx.bindings.keyboard["knuckle"] == ()
    assert ctx.bindings.keyboard["vmax"] == (pygame.K_v,)
    page.row = ROW["knuckle"]
    page.handle(Actions(menu_reset=True))
    assert ctx.bindings.keyboard["knuckle"] == (pygame.K_f,)


def test_view_given_up_by_restart_comes_back_by_resetting_restart_and_the_page_tells_the_pad_player_so(ctx):
    page = open_controls(ctx)
    rebind(page, "restart", PAD_1, ("pad", "rightstick"), device="pad")  # View cannot be pressed for a slot either
    assert ctx.bindings.pad_buttons["restart"] == (pygame.CONTROLLER_BUTTON_RIGHTSTICK,)
    assert page.notice == "VIEW no longer restarts: Y on RESTART puts it back"
    page.row, page.column = ROW["restart"], PAD_1
    page.handle(Actions(menu_reset=True, device="pad"))
    assert ctx.bindings.pad_buttons["restart"] == (pygame.CONTROLLER_BUTTON_BACK,)
    rebind(page, "restart", PAD_2, ("pad", "rightstick"), device="pad")  # beside View: nothing to tell
    assert page.notice == "" and ctx.bindings.pad_buttons["restart"][0] == pygame.CONTROLLER_BUTTON_BACK


def test_a_key_put_on_pauses_escape_slot_leaves_the_action_it_came_from_without_escape(ctx):
    page = open_controls(ctx)
    rebind(page, "pause", KEY_1, ("keyboard", "q"))  # V-MAX's key, on Esc's cell
    assert ctx.bindings.keyboard["pause"] == (pygame.K_q, pygame.K_p)
    assert pygame.K_ESCAPE not in ctx.bindings.keyboard["vmax"]  # Esc, pressed to pause, would start V-MAX
    assert all(pygame.K_ESCAPE not in keys for action, keys in ctx.bindings.keyboard.items()
               if not action.startswith("menu_"))
    assert "which is left without it" in page.notice


def test_resetting_an_action_leaves_pause_its_only_key(ctx):
    page = open_controls(ctx)
    rebind(page, "pause", KEY_1, ("keyboard", "f"))  # the knuckle is left without a key
    rebind(page, "pause", KEY_2, ("keyboard", "backspace"))  # F is Pause's only key
    rebind(page, "knuckle", KEY_1, ("keyboard", "backspace"))  # and the knuckle has no key to give back for it
    page.row, page.column = ROW["knuckle"], KEY_1
    page.handle(Actions(menu_reset=True))
    assert ctx.bindings.keyboard["pause"] == (pygame.K_f,) and ctx.bindings.keyboard["knuckle"] == ()
    assert page.notice == "KNUCKLE has the game's keys and mouse buttons again but F, PAUSE's only key"


def test_a_pad_s_view_button_cancels_a_wait_and_then_goes_back_as_escape_does(ctx):
    from game.input.devices import InputDevices
    from tests.input.test_devices import FakeOpener, pad_added, pad_down, pad_up
    ctx.devices = InputDevices(ctx.bindings, ctx.settings, open_controller=FakeOpener())
    ctx.devices.handle(pad_added())
    page = open_controls(ctx)
    options = page.back_to

    def press(button):
        ctx.devices.handle(pad_down(button))
        ctx.devices.handle(pad_up(button))
        ctx.stack[-1].handle(ctx.devices.frame_actions())

    press(pygame.CONTROLLER_BUTTON_A)
    assert page.waiting
    press(pygame.CONTROLLER_BUTTON_BACK)
    assert not page.waiting and ctx.stack[-1] is page and ctx.bindings == default_bindings()
    press(pygame.CONTROLLER_BUTTON_BACK)
    assert ctx.stack[-1] is options


def pad_page(ctx):
    """The Controls page opened with a controller plugged in, and a press of one of its buttons, as a frame hands it
    to the page (down, and `up` too: a tap), then the frame's `seconds`."""
    from game.input.devices import InputDevices
    from tests.input.test_devices import FakeOpener, pad_added, pad_down, pad_up
    ctx.devices = InputDevices(ctx.bindings, ctx.settings, open_controller=FakeOpener())
    ctx.devices.handle(pad_added())
    page = open_controls(ctx)

    def press(button, up=True, seconds=1 / 60):
        ctx.devices.handle(pad_down(button))
        if up:
            ctx.devices.handle(pad_up(button))
        scene = ctx.stack[-1]
        hand(scene, ctx.devices.frame_actions())
        scene.frame(seconds)

    def let_go(button, seconds=1 / 60):
        ctx.devices.handle(pad_up(button))
        hand(ctx.stack[-1], ctx.devices.frame_actions())
        ctx.stack[-1].frame(seconds)

    return page, press, let_go


@pytest.mark.parametrize("column", [KEY_1, PAD_2])
def test_a_pads_b_tapped_cancels_a_wait_as_it_goes_back_everywhere_else_then_goes_back(ctx, config_dir, column):
    """B is back in every menu: a pad player who chose a slot by mistake pressed it, and B was bound there (or, on a
    key slot, nothing happened and the page kept waiting)."""
    page, press, _ = pad_page(ctx)
    options = page.back_to
    page.row, page.column = ROW["dash"], column
    press(pygame.CONTROLLER_BUTTON_A)
    assert page.waiting and "B or VIEW cancel" in page._prompt()
    press(pygame.CONTROLLER_BUTTON_B)
    assert not page.waiting and ctx.stack[-1] is page and ctx.bindings == default_bindings()
    assert not (config_dir / "bindings.yaml").exists()
    press(pygame.CONTROLLER_BUTTON_B)
    assert ctx.stack[-1] is options


def test_b_held_a_second_on_a_controller_slot_s_wait_is_bound_there_as_the_prompt_says(ctx):
    page, press, let_go = pad_page(ctx)
    page.row, page.column = ROW["dash"], PAD_2
    press(pygame.CONTROLLER_BUTTON_A)
    assert "hold B to bind it" in page._prompt()
    press(pygame.CONTROLLER_BUTTON_B, up=False, seconds=0.5)  # held down: not yet
    assert page.waiting and page._prompt().startswith("Keep holding B to bind it to DASH")
    page.frame(0.6)
    assert not page.waiting and ctx.bindings.pad_buttons["dash"] == (pygame.CONTROLLER_BUTTON_A,
                                                                     pygame.CONTROLLER_BUTTON_B)
    assert page.notice == "LB no longer dashes"
    let_go(pygame.CONTROLLER_BUTTON_B)  # letting go of it binds nothing more, and does not leave the page
    assert ctx.stack[-1] is page and ctx.bindings.pad_buttons["dash"][1] == pygame.CONTROLLER_BUTTON_B
    press(pygame.CONTROLLER_BUTTON_A)  # held a while, then let go short of the second: a cancel
    press(pygame.CONTROLLER_BUTTON_B, up=False, seconds=0.7)
    let_go(pygame.CONTROLLER_BUTTON_B)
    assert not page.waiting and ctx.stack[-1] is page


def drawn_beside(page, monkeypatch, actions) -> dict:
    """{word: where it is set} of the words the page draws beside the rows of `actions` (between their tops and
    bottoms, right of their controller cells)."""
    places = []  # (words, rect) of every word drawn: "STICK" is set twice, beside the Move rows and the Aim rows
    real = controls_scene.draw_text

    def draw_text(surface, text, *args, **kwargs):
        places.append((text, real(surface, text, *args, **kwargs)))
        return places[-1][1]

    monkeypatch.setattr(controls_scene, "draw_text", draw_text)
    page.draw(pygame.display.get_surface(), 0.0)
    rows = [page.cells[ROW[action]][PAD_2] for action in actions]
    return {text: rect for text, rect in places
            if rect.left > rows[0].right and rows[0].top <= rect.top and rect.bottom <= rows[-1].bottom}


@pytest.mark.parametrize("stick", ["left", "right"])
def test_the_moving_stick_is_named_beside_the_move_rows_controller_cells_and_no_cell_holds_it(ctx, monkeypatch,
                                                                                            stick):
    import dataclasses

    import game.scenes.controls as controls_module
    ctx.settings = dataclasses.replace(ctx.settings, pad_move_stick=stick)
    page = open_controls(ctx)
    beside = drawn_beside(page, monkeypatch, ("move_up", "move_down", "move_left", "move_right"))
    assert set(beside) == {stick.upper(), "STICK"}  # beside the four Move rows, past their controller cells
    for words in beside.values():  # on the plate
        assert words.right <= (pygame.display.get_surface().get_width() + controls_module.PANEL_SIZE[0]) // 2
        assert page._at(words.center) is None  # no cell: clicked, it chooses nothing, so nothing rebinds it
    assert all(len(cells) == len(COLUMNS) for cells in page.cells)
    page.row, page.column = ROW["move_up"], PAD_2
    page.handle(Actions(menu_right=True, device="pad"))  # past the last controller column: round to the first
    assert page.column == KEY_1


def test_the_stick_keeps_clear_of_a_move_row_s_count_of_more_inputs(ctx, config_dir, monkeypatch):
    (config_dir / "bindings.yaml").write_text("pad:\n  move_left: [dpleft, leftshoulder, rightstick]\n",
                                              encoding="utf-8")
    ctx.bindings = saved(config_dir)[0]
    page = open_controls(ctx)
    beside = drawn_beside(page, monkeypatch, ("move_up", "move_down", "move_left", "move_right"))
    assert beside["STICK"].left > beside["+1"].right + 8 and beside["LEFT"].left > beside["+1"].right + 8


def test_a_move_row_s_controller_cell_chosen_says_the_stick_moves_too_and_where_it_is_set(ctx, monkeypatch):
    import game.scenes.controls as controls_module
    page = open_controls(ctx)
    lines = []
    monkeypatch.setattr(controls_module, "draw_lines", lambda surface, text, *args, **kwargs: lines.append(text))
    for action, column in (("move_left", PAD_1), ("move_down", PAD_2), ("move_left", KEY_1), ("fire", PAD_1)):
        page.row, page.column = ROW[action], column
        page.draw(pygame.display.get_surface(), 0.0)
    note = "The LEFT STICK moves too (Options' Move stick sets which): it is not rebound here"
    assert lines == [note, note]  # the keyboard's columns, and the other rows, say nothing of it


@pytest.mark.parametrize("stick", ["left", "right"])
def test_the_aiming_stick_is_named_beside_the_aim_rows_controller_cells_as_the_moving_one_beside_move(ctx,
                                                                                                     monkeypatch,
                                                                                                     stick):
    import dataclasses
    ctx.settings = dataclasses.replace(ctx.settings, pad_move_stick=stick)
    page = open_controls(ctx)
    aims = ("aim_up", "aim_down", "aim_left", "aim_right")
    assert set(drawn_beside(page, monkeypatch, aims)) == {ctx.settings.pad_aim_stick.upper(), "STICK", "AIMS ONLY",
                                                          "RT FIRES"}  # not only —: and it does not fire
    assert all(page._at(rect.center) is None for rect in drawn_beside(page, monkeypatch, aims).values())
    lines = []
    monkeypatch.setattr(controls_scene, "draw_lines", lambda surface, text, *args, **kwargs: lines.append(text))
    page.row, page.column = ROW["aim_left"], PAD_1
    page.draw(pygame.display.get_surface(), 0.0)
    assert lines == [f"The {ctx.settings.pad_aim_stick.upper()} STICK aims, without firing (Options' Move stick sets "
                     "which): it is not rebound here"]


def test_a_pad_player_opening_the_page_starts_on_a_controller_cell_and_a_keyboard_player_on_a_key(ctx):
    for device, column in (("pad", PAD_1), ("keyboard", KEY_1)):
        title = ctx.stack[-1]
        ctx.push(OptionsScene(ctx, title))
        options = ctx.stack[-1]
        for _ in range(len(ROWS)):
            hand(options, Actions(menu_down=True, device=device))
        hand(options, Actions(menu_confirm=True, device=device))
        page = ctx.stack[-1]
        assert isinstance(page, ControlsScene)
        assert (page.row, page.column) == (ROW["move_up"], column)  # a pad player on D-PAD UP, not on W
        hand(page, Actions(menu_back=True, device=device))
        hand(options, Actions(menu_back=True, device=device))
        assert ctx.stack[-1] is title
