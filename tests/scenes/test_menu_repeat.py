"""Holding a direction in the menus steps again and again, for keys and pads alike (game/input/repeat.py): the real
app, its real input devices handed key and pad events at set frames, on a fixed clock of 60 frames a second."""

import pygame
import pytest

from game.app import App
from game.clock import FixedClock
from game.input.devices import InputDevices
from game.input.repeat import MENU_PACE
from game.scenes.controls import ControlsScene
from game.scenes.options import ROWS, OptionsScene
from game.scenes.pause import PauseScene
from game.scenes.title import TitleScene
from game.session import DEFAULT_LEVEL
from tests.input.test_devices import FakeOpener, key_down, key_up, pad_added, pad_axis, pad_down, pad_up

FRAME = 1 / 60
SOUND = next(i for i, row in enumerate(ROWS) if row.key == "sfx_volume")
DPDOWN, DPLEFT, DPRIGHT, A = (pygame.CONTROLLER_BUTTON_DPAD_DOWN, pygame.CONTROLLER_BUTTON_DPAD_LEFT,
                              pygame.CONTROLLER_BUTTON_DPAD_RIGHT, pygame.CONTROLLER_BUTTON_A)


def frames(seconds: float) -> int:
    return round(seconds / FRAME)


class Hands(InputDevices):
    """The game's input devices (pads faked), handed the planned events as the frame they come in begins (frame 1 is
    the first); `seen[frame]` is what `look(app)` saw as that frame began, so after the frames before it."""

    def __init__(self, app, plan: dict[int, list], look) -> None:
        super().__init__(app.ctx.bindings, app.ctx.settings, open_controller=FakeOpener())
        self.app, self.plan, self.look, self.frame, self.seen = app, plan, look, 0, {}
        app.input = app.ctx.devices = self

    def poll(self):
        self.frame += 1
        self.seen[self.frame] = self.look(self.app)
        for event in self.plan.get(self.frame, ()):
            self.handle(event)
        return super().poll()


def tap(plan: dict[int, list], frame: int, key: int) -> int:
    """`key` pressed as `frame` begins and let go as the next does; the frame after that."""
    plan.setdefault(frame, []).append(key_down(key))
    plan.setdefault(frame + 1, []).append(key_up(key))
    return frame + 2


def hold(plan: dict[int, list], frame: int, down, up, seconds: float) -> int:
    """`down` as `frame` begins, `up` `seconds` later; the frame it is let go in."""
    plan.setdefault(frame, []).append(down)
    let_go = frame + frames(seconds)
    plan.setdefault(let_go, []).append(up)
    return let_go


@pytest.fixture
def app():
    game = App(DEFAULT_LEVEL, seed=1, audio=False, clock=FixedClock(FRAME))
    yield game
    pygame.quit()


def options_seen(app):
    page = app.ctx.stack[-1]
    return (page.selected if isinstance(page, OptionsScene) else None), app.ctx.settings.sfx_volume


def to_sound_volume(plan) -> int:
    """From the title: Options (under Launch), then down to Sound volume; the frame after."""
    frame = tap(plan, 1, pygame.K_DOWN)
    frame = tap(plan, frame, pygame.K_RETURN)
    for _ in range(SOUND):
        frame = tap(plan, frame, pygame.K_DOWN)
    return frame


def test_right_held_on_sound_volume_slides_it_up_after_a_moment_then_twelve_steps_a_second_and_stops_at_100(app):
    plan: dict[int, list] = {}
    start = to_sound_volume(plan)
    right = hold(plan, start, key_down(pygame.K_LEFT), key_up(pygame.K_LEFT), 1.5) + 1  # 80 % down to 0 %
    up = hold(plan, right, key_down(pygame.K_RIGHT), key_up(pygame.K_RIGHT), 1.5)
    hands = Hands(app, plan, options_seen)
    app.run(max_frames=up + 2, keep_open=True)
    assert hands.seen[start] == (SOUND, 0.8)
    assert hands.seen[right] == (SOUND, 0.0)  # held Left ran it down to the end, and stopped there
    assert hands.seen[right + frames(0.3)][1] == pytest.approx(0.1)  # the press alone: no repeat before 0.4 s
    # the press, then a step at 0.4 s and every 1/12 s after it: 8 of them by 1 s
    assert hands.seen[right + frames(1.0)][1] == pytest.approx(0.9)
    assert hands.seen[up][1] == pytest.approx(1.0) and app.ctx.settings.sfx_volume == pytest.approx(1.0)
    assert hands.seen[up][0] == SOUND  # Right changed the value only


def test_down_held_runs_down_the_options_and_stops_at_back_where_a_press_goes_round(app):
    plan: dict[int, list] = {1: [key_down(pygame.K_DOWN)]}  # the title's Launch to Options, held
    opened = 1 + frames(0.2)
    tap(plan, opened, pygame.K_RETURN)  # Options opens with Down still held: it does not run on there
    let_go = 1 + frames(1.5)
    plan[let_go] = [key_up(pygame.K_DOWN)]
    start = let_go + 1
    let_go = hold(plan, start, key_down(pygame.K_DOWN), key_up(pygame.K_DOWN), 3.0)  # long enough to go round
    after = tap(plan, let_go + 1, pygame.K_DOWN)
    hands = Hands(app, plan, options_seen)
    app.run(max_frames=after + 1, keep_open=True)
    last = len(ROWS) + 1  # Back, under the settings and beside Controls
    assert hands.seen[opened + 1][0] == 0 and hands.seen[start][0] == 0  # Screen shake, all the while
    # Pressed on the page: the press and 6 repeats by 0.85 s (the first at 0.4 s, then 12 a second), seven rows down:
    # with no controller connected, the controller's six rows are one (FIRST_PAD), so the seventh is Controls
    assert hands.seen[start + frames(0.85)][0] == len(ROWS)
    assert hands.seen[let_go][0] == last  # held on, it stopped at Back
    assert hands.seen[after][0] == 0  # pressed again there, it goes round as a press always has


def test_a_held_move_key_repeats_nothing_in_a_level_nor_on_the_pause_menu_it_is_held_into():
    game = App(DEFAULT_LEVEL, seed=1, skip_title=True, audio=False, clock=FixedClock(FRAME))
    try:
        level = game.ctx.stack[-1]
        handed = []
        handle = level.handle
        level.handle = lambda actions: (handed.append(actions), handle(actions))
        plan: dict[int, list] = {}
        plan[1] = [key_down(pygame.K_DOWN)]  # moving down for 1.5 s
        pause = 1 + frames(1.5)
        plan[pause] = [key_down(pygame.K_ESCAPE)]  # Down still held: the pause menu opens over it
        plan[pause + 1] = [key_up(pygame.K_ESCAPE)]
        let_go = pause + frames(1.5)
        plan[let_go] = [key_up(pygame.K_DOWN)]
        again = hold(plan, let_go + 1, key_down(pygame.K_DOWN), key_up(pygame.K_DOWN), 1.5)

        def chosen(app):
            page = app.ctx.stack[-1]
            return page.menu.selected if isinstance(page, PauseScene) else None
        hands = Hands(game, plan, chosen)
        game.run(max_frames=again + 1, keep_open=True)
        assert sum(actions.menu_down for actions in handed) == 1  # the press alone reached the level
        assert hands.seen[pause + 1] == 0  # the pause menu opened on Resume
        assert hands.seen[let_go] == 0  # and Down, held into it from the level, did not run on there
        # pressed again on the menu and held, it runs down it and stops at the last row (a press goes round)
        assert hands.seen[again] == len(game.ctx.stack[-1].menu.options) - 1
    finally:
        pygame.quit()


def test_no_repeat_while_a_controls_slot_waits_nor_after_it_nor_from_the_key_it_took(app):
    plan: dict[int, list] = {}
    frame = tap(plan, 1, pygame.K_DOWN)
    frame = tap(plan, frame, pygame.K_RETURN)  # Options
    frame = tap(plan, frame, pygame.K_UP)  # round to Back
    frame = tap(plan, frame, pygame.K_LEFT)  # Controls, beside it
    start = tap(plan, frame, pygame.K_RETURN)  # the Controls page, on Move up's first key
    plan[start] = [key_down(pygame.K_DOWN)]
    wait = start + frames(0.5)
    tap(plan, wait, pygame.K_RETURN)  # Down still held: this row's slot waits for a key
    cancel = wait + frames(0.5)
    tap(plan, cancel, pygame.K_ESCAPE)  # and Esc cancels the wait, Down held on
    plan[cancel + frames(1.0)] = [key_up(pygame.K_DOWN)]
    bind = tap(plan, cancel + frames(1.0) + 1, pygame.K_RETURN)  # waits again
    plan[bind] = [key_down(pygame.K_DOWN)]  # pressed now, it is the key the slot takes
    end = bind + frames(1.0)
    plan[end] = [key_up(pygame.K_DOWN)]

    def page_seen(app):
        page = app.ctx.stack[-1]
        return (page.row, page.waiting) if isinstance(page, ControlsScene) else None
    hands = Hands(app, plan, page_seen)
    app.run(max_frames=end + 1, keep_open=True)
    assert hands.seen[start] == (0, False)
    row, _ = hands.seen[wait]
    assert row >= 2  # Down held half a second ran on past the next row
    assert hands.seen[cancel] == (row, True)  # held on through the wait: it stood still, and was bound to nothing
    assert hands.seen[cancel + frames(1.0)] == (row, False)  # nor did it run on once the wait was cancelled
    assert hands.seen[bind] == (row, True)
    assert hands.seen[bind + 1] == (row, False)  # Down pressed was bound (the page says what moved)
    assert hands.seen[end] == (row, False)  # and, held on, did not run down the rows after


def test_a_pad_s_d_pad_and_stick_held_repeat_as_the_keys_do(app):
    plan: dict[int, list] = {1: [pad_added(0)]}
    frame = 2
    for button in (DPDOWN, A, *[DPDOWN] * SOUND):  # Options, then Sound volume
        plan[frame], plan[frame + 1] = [pad_down(button)], [pad_up(button)]
        frame += 2
    start = frame
    right = hold(plan, start, pad_down(DPLEFT), pad_up(DPLEFT), 1.5) + 1
    stick = hold(plan, right, pad_down(DPRIGHT), pad_up(DPRIGHT), 1.0) + 1
    # the moving stick pushed left and held: as the d-pad's Left
    end = hold(plan, stick, pad_axis(pygame.CONTROLLER_AXIS_LEFTX, -1.0), pad_axis(pygame.CONTROLLER_AXIS_LEFTX, 0.0),
               0.5)
    hands = Hands(app, plan, options_seen)
    app.run(max_frames=end + 1, keep_open=True)
    assert hands.seen[start] == (SOUND, 0.8)
    assert hands.seen[right] == (SOUND, 0.0)
    assert hands.seen[stick][1] == pytest.approx(0.9)  # the keys' 1 s: the press and 8 repeats
    assert hands.seen[end][1] == pytest.approx(0.6)  # 0.5 s: the push, then steps at 0.4 and 0.48 s


def title_seen(app):
    page = app.ctx.stack[-1]
    return page.menu.selected if isinstance(page, TitleScene) else type(page).__name__


def test_return_pressed_as_a_held_direction_is_due_to_step_again_chooses_the_row_seen_not_the_next(app):
    """The title: Down held from Launch moves to Options, and would step on to Quit at 0.4 s; Return pressed in that
    very frame, Options showing, opens Options (it took Quit, and the game closed)."""
    plan: dict[int, list] = {1: [key_down(pygame.K_DOWN)]}
    due = 1 + frames(MENU_PACE.delay)
    plan[due] = [key_down(pygame.K_RETURN)]
    plan[due + 1] = [key_up(pygame.K_RETURN), key_up(pygame.K_DOWN)]
    hands = Hands(app, plan, title_seen)
    app.run(max_frames=due + 2, keep_open=True)
    assert hands.seen[due] == 1  # Options, as Return was pressed
    assert app.ctx.running and hands.seen[due + 1] == "OptionsScene"


def test_the_pause_key_pressed_as_a_held_direction_is_due_to_step_again_closes_options(app):
    plan: dict[int, list] = {}
    frame = tap(plan, 1, pygame.K_DOWN)
    start = tap(plan, frame, pygame.K_RETURN)  # Options
    plan[start] = [key_down(pygame.K_DOWN)]
    due = start + frames(MENU_PACE.delay)
    plan[due] = [key_down(pygame.K_p)]  # Pause, which closes a page as it closes the pause menu
    plan[due + 1] = [key_up(pygame.K_p), key_up(pygame.K_DOWN)]
    hands = Hands(app, plan, title_seen)
    app.run(max_frames=due + 2, keep_open=True)
    assert hands.seen[due] == "OptionsScene"
    assert hands.seen[due + 1] == 1  # back on the title, on Options
