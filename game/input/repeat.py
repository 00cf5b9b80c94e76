"""Hold-to-repeat in the menus: a menu direction held on a page steps again after a moment, then steadily."""

import dataclasses
from collections.abc import Collection

from game.input.actions import Actions

# s a direction is held before it steps again: longer than a deliberate press lasts, so one press is one step
REPEAT_DELAY = 0.4
# s between the steps after that: 12 a second, a volume from 0 to 100 % in about 1.2 s, each row still seen passing
REPEAT_EVERY = 1 / 12
DIRECTIONS = ("menu_up", "menu_down", "menu_left", "menu_right")
# The frames' lengths are summed: 24 frames of 1/60 s come to a hair under 0.4, and the step is due on the 24th all
# the same, at any frame rate whose frames fall on the steps.
EPSILON = 1e-9


class MenuRepeat:
    """The direction pressed last on a page and held repeats, counted in the frames' own time (the app's clock: a
    test's fixed frames give the same steps on any machine). The same for a key, a d-pad and the moving stick."""

    def __init__(self) -> None:
        self.page: object | None = None  # the page the direction was pressed on
        self.direction: str | None = None  # the direction repeating, once due
        self.held = 0.0  # s it has been held since its press
        self.due = REPEAT_DELAY  # s held at which it steps next

    def step(self, actions: Actions, held: Collection[str], dt: float, page: object | None) -> Actions:
        """This frame's Actions, with the held direction pressed again (and `repeated`) when a step is due. `held`: the
        menu directions held down now; `dt`: the frame's length, s; `page`: the scene the Actions are for, or None
        where nothing repeats (a level, the Controls page waiting for a key). A direction held into a new page, or
        through a wait, does not run on there: it repeats once pressed again. A long frame gives one step, not a
        burst."""
        if page is not self.page:
            self.page, self.direction = page, None
        if page is None:
            return actions
        pressed = [name for name in DIRECTIONS if getattr(actions, name)]
        if pressed:  # a new press starts the count again (a tap let go within its frame is held by nothing)
            self.direction = next((name for name in reversed(pressed) if name in held), None)
            self.held, self.due = 0.0, REPEAT_DELAY
            return actions
        if self.direction not in held:
            self.direction = None
            return actions
        self.held += dt
        # Not with another press (confirm, back, pause, reset, a click): it acts on the row the player saw, and the step
        # comes the next frame. Stepped first, Return took the row below, and the pause key closed no page.
        if self.held < self.due - EPSILON or _presses(actions):
            return actions
        while self.due <= self.held + EPSILON:
            self.due += REPEAT_EVERY
        return dataclasses.replace(actions, repeated=True, **{self.direction: True})


def _presses(actions: Actions) -> bool:
    """A menu press other than a direction's this frame."""
    return actions.menu_confirm or actions.menu_back or actions.menu_reset or actions.pause or actions.click is not None
