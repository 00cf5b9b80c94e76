"""The game's window on the desktop: the size and place it opens at, maximised as it was left, and that size and
place again after fullscreen."""

import math
import time
import warnings

import pygame

from game.displays import Rect, desktops
from game.window_place import KeptWindow

# px of the desktop left for the window's frame and the desktop's own bars (a taskbar, a top panel, a dock). With the
# game's fractional scaling (game.cli), pygame made a SCALED window the whole free desktop, its frame not counted:
# 1920x1080 on a 1920x1080 screen, the frame's bottom edge off it
FRAME_AND_PANELS = (48, 96)
# px: as small as it may be dragged (SCALED's minimum, all of 1280x720, outgrows small screens). Three quarters of the
# game's frame: the hint lines' 20 px words are 15 px there; at 640x360 they were 10 px, a blur
SMALLEST = (960, 540)
SETTLING = 1.0  # s after fullscreen ends that the window is held to the size and place it had


def window_size(desktop: tuple[int, int], view: tuple[int, int]) -> tuple[int, int]:
    """The window for a desktop of that size: the largest whole multiple of `view` that fits beside the frame and
    the panels, or one and a half times it where that fits and twice does not (1920x1080 on a 2560x1440 desktop, not
    a quarter of it: a little softer than 1x, seen side by side, and as legible); where not even one does, the
    largest size of view's exact shape that does (no letterbox lines)."""
    divisor = math.gcd(*view)
    unit = (view[0] // divisor, view[1] // divisor)  # 16x9 for 1280x720: the smallest size of that exact shape
    room = (desktop[0] - FRAME_AND_PANELS[0], desktop[1] - FRAME_AND_PANELS[1])
    steps = max(1, min(room[0] // unit[0], room[1] // unit[1]))
    if steps >= 2 * divisor:  # a whole multiple past 1x: pixels stay square and sharp
        steps -= steps % divisor
    elif steps >= divisor:  # 1x, or 1.5x where that is a whole size of view's shape (an odd step has no half)
        steps = divisor * 3 // 2 if divisor % 2 == 0 and steps >= divisor * 3 // 2 else divisor
    return unit[0] * steps, unit[1] * steps


def opening_place(kept: Rect | None, screens: list[Rect], view: tuple[int, int]) \
        -> tuple[tuple[int, int], tuple[int, int] | None]:
    """The size the window opens at, and where (None: centred on the first display, where set_mode opens it).

    As `kept` (x, y, width, height: as the player left it) where it still lies wholly on the display its centre is on
    (a maximised one too), short of that display's whole size; moved wholly onto it where it hung off an edge, if it
    fits there beside the frame and panels (FRAME_AND_PANELS); otherwise (that display gone, or smaller now)
    window_size for the first of `screens` (the displays' desktops), centred. Never off every display, nor larger
    than its own. A window as large as its display has no room for a frame: 1920x1080 kept from a 2560x1440 desktop
    opened on one now 1920x1080 with its title bar off the top (openbox drew no frame at all), and was kept so."""
    if kept is not None:
        x, y, width, height = kept
        screen = _holding((x + width // 2, y + height // 2), screens)
        if screen is not None:
            left, top, across, down = screen
            if (left <= x and top <= y and x + width <= left + across and y + height <= top + down
                    and (width, height) != (across, down)):
                return (width, height), (x, y)
            if width <= across - FRAME_AND_PANELS[0] and height <= down - FRAME_AND_PANELS[1]:
                return (width, height), (min(max(x, left), left + across - width),
                                         min(max(y, top), top + down - height))
    return window_size(screens[0][2:], view), None


def _holding(point: tuple[int, int], screens: list[Rect]) -> Rect | None:
    """The display `point` is on, or None where it is on none."""
    return next((screen for screen in screens if screen[0] <= point[0] < screen[0] + screen[2]
                 and screen[1] <= point[1] < screen[1] + screen[3]), None)


def display_window() -> pygame.Window:
    """The window set_mode opened, to size and place it."""
    with warnings.catch_warnings():
        # pygame-ce asks new code to draw through Window itself; the game keeps set_mode's SCALED display for its
        # letterboxing and mouse mapping, and this is the one way to size that window
        warnings.simplefilter("ignore", DeprecationWarning)
        return pygame.Window.from_display_module()


class WindowKeeper:
    """Opens set_mode's hidden window as the player left it (`kept`: its place, see opening_place, then maximised if it
    was), else at window_size, centred; then keeps its windowed size and place and whether it is maximised (`kept`:
    what the game keeps when it closes).

    Maximised, the place kept is the one it had before, which un-maximising gives back (after a restart too: the
    window is shown there first, so the window manager restores it there). Back from fullscreen, pygame makes the
    window a whole multiple of the view again (too big for a small screen, and not the size the player left) with
    SCALED's minimum, and not maximised; update() puts back what the window was.
    """

    def __init__(self, view: tuple[int, int], kept: KeptWindow = KeptWindow()) -> None:
        self.window = display_window()
        screens = desktops()
        # The smallest it may be dragged comes from the default size, not the one kept: a window kept at 848x477
        # from a small screen is not let shrink below SMALLEST on a screen with room for it
        default = window_size(screens[0][2:], view)
        self.minimum = (min(SMALLEST[0], default[0]), min(SMALLEST[1], default[1]))
        self.size, position = opening_place(kept.place, screens, view)
        self.window.minimum_size = self.minimum
        self.window.size = self.size
        self.window.show()
        # Once shown: SDL then knows the frame it centres, or puts round the place kept
        self.window.position = pygame.WINDOWPOS_CENTERED if position is None else position
        self.position = self.window.position
        self.maximised = False
        self.restored_told = False  # the window system said the window was restored, not yet seen to leave `filled`
        self.filled = self.place  # the window's place while maximised
        if kept.maximised:
            self.maximise()
        self.fullscreen = False
        self.settled_at = 0.0  # s (time.monotonic): until then, the window is still coming back from fullscreen

    def maximise(self) -> None:
        """Maximise the window over its place now, which the window manager gives back when it is un-maximised. (SDL
        sends no WINDOWMAXIMIZED for its own maximize(): the keeper notes it here.)"""
        self.window.maximize()
        self.maximised, self.restored_told = True, False

    def update(self, now: float | None = None, maximised: bool | None = None) -> None:
        """Once a frame: note the windowed size and place (the player may drag them) and whether it is maximised
        (`maximised`: the window system's news this frame, None for none), or put them back once fullscreen ends,
        whichever way it was left (F11, Options)."""
        now = time.monotonic() if now is None else now
        fullscreen = pygame.display.is_fullscreen()
        if self.fullscreen and not fullscreen:
            self.window.minimum_size = self.minimum  # first: SDL would stretch the size to pygame's minimum
            self.window.size = self.size
            self.settled_at = now + SETTLING
        elif not fullscreen and now < self.settled_at:
            # The frame comes back after the window: the first return placed it off by the frame's border and title
            # bar (seen under openbox), and a move lands right only once the frame is there again
            if self.window.position != self.position:
                self.window.position = self.position
            if self.window.size != self.size:
                self.window.size = self.size
            elif self.maximised and self.window.position == self.position:
                # Back in its place, which un-maximising gives back: maximised again, as it was before fullscreen
                self.settled_at = 0.0
                self.maximise()
        elif not fullscreen:  # fullscreen's own news (going fullscreen un-maximises) is not the player's
            self._note(maximised)
            if not self.maximised:  # maximised, its size and place are the desktop's, not the player's
                self.size, self.position = self.window.size, self.window.position
        self.fullscreen = fullscreen

    def _note(self, maximised: bool | None) -> None:
        """Whether the window is maximised now, by the window system's news and the window itself. Told it is
        restored, it is taken to be once it leaves the place it filled: un-minimised while maximised, SDL (2.32, X11)
        said RESTORED last, the window still maximised (seen under openbox)."""
        if maximised is not None:
            self.maximised, self.restored_told = self.maximised or maximised, not maximised
        here = (*self.window.position, *self.window.size)
        if self.maximised and self.restored_told and here != self.filled:
            self.maximised = self.restored_told = False
        elif self.maximised and not self.restored_told:
            self.filled = here  # once the window manager has maximised it: the place un-maximising leaves

    @property
    def place(self) -> Rect:
        """The window as the player left it, (x, y, width, height): while fullscreen, as it was before; while
        maximised, as it was before that."""
        return (*self.position, *self.size)

    @property
    def kept(self) -> KeptWindow:
        """What the game keeps as it closes: the place, and whether it is maximised (or was, before fullscreen)."""
        return KeptWindow(self.place, self.maximised)
