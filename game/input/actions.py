"""The Actions record: what the player asked for in one frame, whatever the device."""

from dataclasses import dataclass


@dataclass(slots=True)
class Actions:
    """What the player asked for this frame, whatever the device.

    Coordinates follow the screen: x grows rightwards, y grows downwards (so "up" is y = -1).
    """

    move: tuple[float, float] = (0.0, 0.0)  # -1..1 per axis, vector length <= 1 (keyboard diagonals normalised)
    aim_screen: tuple[float, float] | None = None  # mouse position in window pixels, when the mouse is the aim source
    # The way the aim keys, or the aiming stick of the pad in use, point while they aim: length <= 1 (keys give
    # length 1, diagonals included), a stick past its dead zone.
    aim_way: tuple[float, float] | None = None
    aim_keyed: bool = False  # aim_way is the aim keys': eight ways only, which the play scene turns onto an enemy
    fire: bool = False  # held (the fire button, or an aim key)
    missile: bool = False  # held: lock on; released: launch
    dash: bool = False  # pressed this frame
    knuckle: bool = False  # pressed this frame
    vmax: bool = False  # pressed this frame
    pause: bool = False  # pressed this frame
    restart: bool = False  # held: held long enough in a level, it starts the level again (the play scene times it)
    debug: bool = False  # debug overlay toggle pressed this frame (F3)
    fullscreen: bool = False  # fullscreen toggle pressed this frame (F11, Alt+Enter): the app acts on it, in any scene
    menu_up: bool = False  # pressed this frame (menus)
    menu_down: bool = False
    menu_left: bool = False  # pressed this frame (options menus: the value to the left, e.g. quieter)
    menu_right: bool = False
    menu_confirm: bool = False
    menu_back: bool = False
    menu_reset: bool = False  # pressed this frame (Controls: the chosen action's inputs back to the game's)
    menu_clear: bool = False  # pressed this frame (Controls: the chosen slot emptied)
    menu_seek_back: bool = False  # pressed this frame (watching a replay: 10 s back)
    seek_back_held: bool = False  # held: menu_seek_back's input down now (held, a replay rewinds)
    menu_seek_forward: bool = False  # pressed this frame (watching a replay: 10 s on)
    seek_forward_held: bool = False  # held: menu_seek_forward's input down now (a replay tells its tap from a hold)
    menu_watch: bool = False  # pressed this frame (the missions page: watch the chosen mission's best run)
    menu_easy: bool = False  # pressed this frame (the result screen's offer: restart the mission on Easy)
    # The right or the back side mouse button pressed this frame (not taken by a Controls slot waiting): back, on the
    # menu pages that have a Back or Resume (menu.closes_page); nothing in a level, where it is only its binding
    back_click: bool = False
    # The menu direction pressed this frame is a held one's repeat (game/input/repeat.py), no new press: a list stops
    # at its end, even where a press goes round.
    repeated: bool = False
    click: tuple[float, float] | None = None  # left mouse click position this frame (menus)
    scroll: int = 0  # mouse wheel notches this frame, away from the player (up) positive (lists)
    pointer: tuple[float, float] | None = None  # current mouse position (menus hover), None if mouse never moved
    pad_lost: bool = False  # the pad in use was unplugged this frame (the game pauses on it)
    focus_lost: bool = False  # the window lost the keyboard's focus this frame (alt-tab; the game pauses on it)
    quit: bool = False  # window close requested
    # The window system maximised the window this frame (True; its title bar, a key), or restored it (False: from
    # maximised, or minimised); None: neither. The app keeps the window's state by it (game.window.WindowKeeper)
    maximised: bool | None = None
    device: str = "keyboard"  # "keyboard" or "pad": the device used last (HUD prompts, aim source)
    pad_layout: str = "xbox"  # whose names the pad's buttons have (game/input/pad_layout.py), the pad in use's
    # The input pressed while the Controls page waited for one: (section of the bindings, input name), e.g.
    # ("keyboard", "left shift"), ("mouse", "right"), ("pad", "righttrigger"); it did nothing else. ("keyboard", "")
    # is a key with no name the bindings file could keep it by (bindings.key_name).
    captured: tuple[str, str] | None = None
