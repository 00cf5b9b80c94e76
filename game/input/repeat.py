"""Hold-to-repeat in the menus: a menu direction held on a page steps again after a moment, then steadily, then faster
on a long hold; at the page's own pace (a list of settings, or a log read as it scrolls)."""

import dataclasses
from collections.abc import Collection

from game.input.actions import Actions


@dataclasses.dataclass(frozen=True)
class Pace:
    """How a held direction repeats on a page, in s: the first step again after `delay`, then one every `every`; held
    `faster_after` s since its press, one every `fast_every`."""

    delay: float
    every: float
    faster_after: float
    fast_every: float


# A list of rows or a setting's steps: again after 0.4 s (longer than a deliberate press lasts, so one press is one
# step), then 12 a second, each row still seen passing (a volume's 10 steps from 0 to 100 % take 1.07 s). Held past
# 1.5 s the player is plainly going far: 30 a second. Today's pages end sooner (Trigger pull's 16 steps, and the
# Controls page's, in 1.57 s, not 1.65), but a longer list (more missions, a longer Controls table) runs on quickly.
MENU_PACE = Pace(delay=0.4, every=1 / 12, faster_after=1.5, fast_every=1 / 30)
# The comms log, read as it scrolls: 6 rows a second, each row on screen for a sixth of a second between steps, so a
# player can follow the words and let go on the line they want (at 12 they overshot it by two or three rows); held
# past 1.5 s, the way to the far end: 20 a second (a page, left or right, goes further at once).
READING_PACE = Pace(delay=0.4, every=1 / 6, faster_after=1.5, fast_every=1 / 20)
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
        self.due = MENU_PACE.delay  # s held at which it steps next

    def step(self, actions: Actions, held: Collection[str], dt: float, page: object | None) -> Actions:
        """This frame's Actions, with the held direction pressed again (and `repeated`) when a step is due. `held`: the
        menu directions held down now; `dt`: the frame's length, s; `page`: the scene the Actions are for, or None
        where nothing repeats (a level, the Controls page waiting for a key); its `repeat_pace` (MENU_PACE when it has
        none) times the steps. A direction held into a new page, or through a wait, does not run on there: it repeats
        once pressed again. A long frame gives one step, not a burst."""
        if page is not self.page:
            self.page, self.direction = page, None
        if page is None:
            return actions
        pace = getattr(page, "repeat_pace", MENU_PACE)
        pressed = [name for name in DIRECTIONS if getattr(actions, name)]
        if pressed:  # a new press starts the count again (a tap let go within its frame is held by nothing)
            self.direction = next((name for name in reversed(pressed) if name in held), None)
            self.held, self.due = 0.0, pace.delay
            return actions
        if self.direction not in held:
            self.direction = None
            return actions
        self.held += dt
        # Not with another press (confirm, back, pause, reset, watch, a click): it acts on the row the player saw, and
        # the step comes the next frame. Stepped first, Return took the row below, and the pause key closed no page.
        if self.held < self.due - EPSILON or _presses(actions):
            return actions
        while self.due <= self.held + EPSILON:
            self.due += pace.fast_every if self.due >= pace.faster_after - EPSILON else pace.every
        return dataclasses.replace(actions, repeated=True, **{self.direction: True})


def _presses(actions: Actions) -> bool:
    """A menu press other than a direction's this frame."""
    return (actions.menu_confirm or actions.menu_back or actions.menu_reset or actions.menu_clear or actions.back_click
            or actions.menu_watch or actions.menu_easy or actions.pause or actions.click is not None)
