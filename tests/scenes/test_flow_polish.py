"""What a new player met in the flow: Continue gives a get-ready count before the saved fight goes on, the result's
hint says what Back does, a menu's row that goes back to the title says so (Quit closes the game), the hints name the
menus' keys as the Controls page does, and the quick restart's plate covers nothing of the world."""

import pygame
import pytest

from game.input.actions import Actions
from game.input.bindings import default_bindings
from game.scenes.menu import QUIT_HINTS, menu_hints
from game.scenes.play import READY_STEPS, PlayScene
from game.scenes.title import TitleScene
from game.settings import Settings
from game.sim.resources import TICK_RATE
from game.view.controls import control_names, page_hint
from tests.scenes.conftest import choose, hand, make_context, until_result


def continued(display):
    """A run played 2 s, saved and quit, then continued from a new title: (the context, the resumed play scene, the
    tick and state it was saved at)."""
    ctx = make_context()
    ctx.push(TitleScene(ctx))
    choose(ctx, "Launch")
    play = ctx.stack[-1]
    play.handle(Actions(move=(1.0, 0.0), fire=True))
    for _ in range(2 * TICK_RATE):
        play.step()
    tick, state = play.game.tick, play.game.state_hash()
    play.handle(Actions(pause=True))
    choose(ctx, "Save and go to Main menu")
    ctx.stack[:] = [TitleScene(ctx)]  # the game started again, offering to continue
    choose(ctx, "Continue")
    resumed = ctx.stack[-1]
    assert isinstance(resumed, PlayScene) and resumed.game.tick == tick
    return ctx, resumed, tick, state


def test_continue_holds_the_saved_fight_still_for_a_get_ready_count_then_it_goes_on(display):
    ctx, resumed, tick, state = continued(display)
    held = READY_STEPS - 1
    for _ in range(held):  # the pilot's hands off every control: the count runs out on its own
        resumed.handle(Actions())
        resumed.step()
    assert resumed.game.tick == tick and resumed.game.state_hash() == state  # nothing hit the Layzner meanwhile
    for _ in range(3):
        resumed.handle(Actions())
        resumed.step()
    assert resumed.game.tick > tick  # the count is over: the fight goes on
    assert resumed.recorder is None  # a resumed run still keeps no replay: it did not start at tick 0


def test_the_count_is_on_screen_and_beeps_for_each_number(display, monkeypatch):
    from game.view import overlays
    from tests.drawn_words import record_drawn_words
    words = record_drawn_words(monkeypatch, overlays)
    ctx, resumed, _, _ = continued(display)
    resumed.draw(display, 0.0)
    assert "GET READY" in words and "3" in words
    ctx.audio.played.clear()
    for _ in range(READY_STEPS):
        resumed.step()
    assert ctx.audio.played == ["ui_move"] * 3  # 3 gives way to 2, 2 to 1, 1 to the fight
    words.clear()
    resumed.draw(display, 0.0)
    assert "GET READY" not in words


@pytest.mark.parametrize("press", [dict(move=(0.0, -1.0)), dict(dash=True), dict(knuckle=True), dict(fire=True),
                                   dict(menu_confirm=True)])
def test_a_move_or_a_press_ends_the_count_at_once_and_the_fight_goes_on_from_the_hands_now(display, press):
    _, resumed, tick, _ = continued(display)
    resumed.held_over = False  # no menu's click still held
    resumed.handle(Actions(**press))
    intent = resumed.game.player_intent()
    assert not intent.dash and not intent.knuckle  # the press that ends the count is no dash nor a punch
    # The hands as they are now, not as they were when the run was saved (moving right, firing)
    assert (intent.move_x, intent.move_y) == press.get("move", (0.0, 0.0)) and intent.fire == press.get("fire", False)
    resumed.step()
    assert resumed.game.tick == tick + 1


def test_the_click_on_continue_still_held_does_not_end_the_count(display):
    _, resumed, tick, _ = continued(display)
    resumed.held_over = True  # the left button that clicked Continue, not yet let go
    resumed.handle(Actions(fire=True))
    resumed.step()
    assert resumed.game.tick == tick


def test_a_level_launched_from_its_start_has_no_count(display):
    ctx = make_context()
    ctx.push(TitleScene(ctx))
    choose(ctx, "Launch")
    play = ctx.stack[-1]
    play.step()
    assert play.game.tick == 1


# -- the result's Back


@pytest.fixture
def result(display):
    ctx = make_context()
    play = PlayScene(ctx)
    ctx.push(play)
    play.game.res.outcome = "won"
    return until_result(ctx, play)


def hint_of(result, monkeypatch) -> str:
    import game.scenes.result as result_module
    from tests.drawn_words import record_drawn_words
    words = record_drawn_words(monkeypatch, result_module)
    result.draw(pygame.display.get_surface(), 0.0)
    return words[-1]


def test_the_result_s_hint_says_back_goes_to_quit_then_quits_as_it_does(result, monkeypatch):
    ctx = result.ctx
    assert result.menu.options[result.menu.selected] == "Next mission"
    assert hint_of(result, monkeypatch).endswith("ESCAPE twice quit")
    result.handle(Actions(menu_back=True))
    assert ctx.stack[-1] is result and result.menu.options[result.menu.selected] == "Quit"  # one press: only chosen
    assert hint_of(result, monkeypatch).endswith("ESCAPE quit")
    result.handle(Actions(menu_back=True))
    assert not ctx.running  # the second press quits (this game began in the level: it ends), as the hint then said


def test_on_a_pad_the_result_s_hint_names_b_for_back(result, monkeypatch):
    hand(result, Actions(device="pad"))
    assert hint_of(result, monkeypatch).endswith("B twice quit")


def test_the_result_s_row_that_leaves_for_the_title_says_back_to_title_and_so_does_its_hint(display, monkeypatch):
    # The title's Quit closes the game: the result's row that only goes back to the title must not share its word.
    ctx = make_context()
    title = TitleScene(ctx)
    ctx.push(title)
    choose(ctx, "Launch")
    play = ctx.stack[-1]
    play.game.res.outcome = "won"
    result = until_result(ctx, play)
    assert result.menu.options[-1] == "Main menu" and "Quit" not in result.menu.options
    assert hint_of(result, monkeypatch).endswith("ESCAPE twice to Main menu")
    result.handle(Actions(menu_back=True))
    assert ctx.stack[-1] is result and result.menu.options[result.menu.selected] == "Main menu"
    assert hint_of(result, monkeypatch).endswith("ESCAPE back to Main menu")
    result.handle(Actions(menu_back=True))
    assert ctx.stack == [title] and ctx.running  # back on the title, the game still open, as the words said
    assert title.menu.options[-1] == "Quit"  # where Quit closes it


def test_the_pause_menu_says_back_to_title_over_a_level_begun_there_and_quit_in_a_playtest(display):
    ctx = make_context()
    ctx.push(TitleScene(ctx))
    choose(ctx, "Launch")
    ctx.stack[-1].handle(Actions(pause=True))
    pause = ctx.stack[-1]
    assert pause.menu.options[-1] == "Main menu"
    choose(ctx, "Main menu")
    assert pause.menu.options[-1] == "Really leave?" and "go to Main menu" in pause.reason  # asked in its words
    playtest = make_context()  # --level: no title, and the row closes the game
    playtest.push(PlayScene(playtest))
    playtest.stack[-1].handle(Actions(pause=True))
    assert playtest.stack[-1].menu.options[-1] == "Quit"


# -- one naming of the menus' keys


def test_the_keyboard_hints_name_every_key_that_moves_through_a_menu_the_arrows_too():
    bindings = default_bindings()
    hint = page_hint(bindings, Settings(), "keyboard", QUIT_HINTS)
    assert hint.startswith("W/S or UP/DOWN choose   ·   ")
    for action in ("menu_up", "menu_down"):
        assert all(name in hint.split("   ·   ")[0] for name in control_names(bindings, action))


def test_the_pad_hints_name_the_d_pad_as_the_controls_page_does():
    from game.view.controls import input_label
    bindings = default_bindings()
    hint = page_hint(bindings, Settings(), "pad", menu_hints("select", "back"))
    assert hint == "D-PAD UP/DOWN or LEFT STICK choose   ·   A select   ·   B back"
    assert input_label("pad", "dpup") == "D-PAD UP" and input_label("pad", "dpdown") == "D-PAD DOWN"  # the page's
    from game.scenes.options import HINTS
    assert page_hint(bindings, Settings(), "pad", HINTS).startswith("D-PAD or LEFT STICK choose and change   ·   ")


# -- the quick restart's plate


def test_the_restart_plate_covers_nothing_but_the_hud_s_plates(display):
    """Every pixel the held restart changes on screen is under one of the HUD's plates, which the world's marks (Rei's
    among them) keep off: nothing of the world is hidden by it."""
    from game.view.hud_plates import plates
    ctx = make_context()
    play = PlayScene(ctx)
    ctx.push(play)
    for _ in range(30):
        play.step()
    surface = pygame.display.get_surface()
    play.draw(surface, 0.0)
    before = pygame.surfarray.array3d(surface).copy()
    play.restart_held = 0.35
    play.draw(surface, 0.0)
    after = pygame.surfarray.array3d(surface)
    changed = (before != after).any(axis=2)
    assert changed.any()  # the plate is drawn
    covers = plates(surface.get_size(), play.game)
    for x, y in zip(*changed.nonzero()):
        assert any(rect.collidepoint(int(x), int(y)) for rect in covers), (x, y)


def test_a_menu_direction_unbound_or_bound_unlike_the_others_is_left_out_of_the_sets_it_has_no_input_for(tmp_path):
    from game.input.bindings import DEFAULT_BINDINGS_PATH, load_player_bindings
    from game.scenes import controls, options
    path = tmp_path / "bindings.yaml"

    def hints(text: str, device: str = "keyboard") -> tuple[str, str]:
        path.write_text(text, encoding="utf-8")
        bindings = load_player_bindings(DEFAULT_BINDINGS_PATH, path)[0]
        return tuple(page_hint(bindings, Settings(), device, page.HINTS).split("   ·   ")[index]
                     for page, index in ((controls, 0), (options, 1)))

    assert hints("keyboard:\n  menu_left: []\n") == ("W/S/D or UP/DOWN/RIGHT choose", "D or RIGHT change")  # "W/S/D",
    # and "D change", as if D went both ways
    assert hints("keyboard:\n  menu_left: [left]\n") == ("W/S/D or UP/DOWN/LEFT/RIGHT choose", "LEFT/RIGHT or D change")
    assert hints("keyboard:\n  menu_left: [left, a]\n") == ("W/S/A/D or UP/DOWN/LEFT/RIGHT choose",  # LEFT/D, A/RIGHT
                                                            "LEFT/RIGHT or A/D change")
    assert hints("keyboard:\n  menu_left: [a, left, j]\n") == ("W/S/A/D or UP/DOWN/LEFT/RIGHT or J choose",
                                                               "A/D or LEFT/RIGHT or J change")  # J was left out
    assert hints("keyboard:\n  menu_left: [j, k]\n")[1] == "J/D or K/RIGHT change"  # a pair of lone kinds still pairs
    assert hints("pad:\n  menu_left: [dpleft, leftshoulder]\n", "pad")[0] == "D-PAD or LB or LEFT STICK choose"
    assert hints("") == ("W/S/A/D or UP/DOWN/LEFT/RIGHT choose", "A/D or LEFT/RIGHT change")  # as they were
