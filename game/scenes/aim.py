"""The player's aim in play: the mouse's spot on screen, or the way the pad's stick or the aim keys last pointed."""

import math

from game.scenes.aim_assist import assisted_target, lead, stick_target
from game.sim.components import Position
from game.view.camera import between

STICK_REACH = 260.0   # px ahead of the machine the stick aims at any tilt, and the aim keys with no enemy their way
STICK_AIM_TILT = 0.5  # share of a full tilt from which the right stick turns the aim, whatever it did before
STICK_GENTLE_TILT = 0.2  # a smaller tilt turns it only while held or growing, and never round to behind


class Aim:
    """Where the player aims: taken from each frame's Actions, pointed in the world before each tick."""

    def __init__(self, screen: tuple[float, float], camera) -> None:
        """Aim at `screen` (a spot in window pixels) until the hands aim elsewhere."""
        self.screen = screen  # the mouse's last spot on screen
        self.world = camera.to_world(*screen)  # the point aimed at, as of the last tick (the reticle: on_screen)
        self.stick = None  # the way the stick or the aim keys last aimed (a unit vector), until the mouse aims
        self.stick_tilt = 0.0  # its last tilt, past the dead zone
        self.keyed = False  # the way is the aim keys': the enemy nearest it takes the aim (aim_assist.py)
        self.assisted = 0  # the enemy the aim keys or the stick's assist last aimed at, 0 for none
        self.steers = False  # the hands aim (take()), not a replay or the bot setting `world`

    def take(self, actions) -> None:
        """The aim's way from the pad's stick or the aim keys, or else its spot on screen from the mouse."""
        self.steers = True
        if actions.aim_way is not None:
            x, y = actions.aim_way
            tilt = math.hypot(x, y)
            # A stick let go springs back through small tilts, one axis first, and may overshoot the centre: those
            # samples would swing the aim round, even to behind. A firm tilt sets the way it points; a gentle one
            # does while it is held or growing and turns the aim by less than a right angle: an overshoot past the
            # centre points the other way.
            way = (x / tilt, y / tilt)
            gentle = tilt >= STICK_GENTLE_TILT and tilt >= self.stick_tilt and (
                self.stick is None or way[0] * self.stick[0] + way[1] * self.stick[1] > 0.0)
            if tilt >= STICK_AIM_TILT or gentle:
                self.stick, self.keyed = way, actions.aim_keyed
            self.stick_tilt = tilt
        else:
            self.stick_tilt = 0.0  # at rest in the dead zone: the next push starts from nothing
            if actions.aim_screen is not None:
                self.stick, self.screen = None, actions.aim_screen

    def point(self, game, camera, assist: float) -> None:
        """Aim the player's machine at the mouse (a point on screen, so the world point moves with `camera`), or the
        way the stick or the aim keys last pointed: the keys' way at the enemy nearest it, if there is one in the
        rifle's reach; the stick's at one close to its way, as much as `assist` (Options' aim assist) allows."""
        pos = game.world.try_get(game.player, Position)
        if pos is None:
            return
        if self.stick is None:
            self.assisted = 0
        elif self.keyed:
            self.assisted = assisted_target(game, self.stick, self.assisted)
        else:
            self.assisted = stick_target(game, self.stick, self.assisted, assist)
        if self.assisted:
            self.world = lead(game, self.assisted)
        elif self.stick is not None:
            self.world = (pos.x + self.stick[0] * STICK_REACH, pos.y + self.stick[1] * STICK_REACH)
        else:
            self.world = camera.to_world(*self.screen)
        intent = game.player_intent()
        intent.aim_x, intent.aim_y = self.world

    def on_screen(self, game, camera, alpha: float) -> tuple[float, float]:
        """Where the reticle shows this frame. Under the pointer while the mouse aims: a tick aims at the world point
        under it as the camera stood then, and drawn from that point the reticle trailed the hand by the camera's move
        since, and stood still on the frames between ticks (over 60 a second). The stick's or the aim keys' point is
        carried with what it was set from (the Layzner, or the enemy the assist leads) to where that is drawn between
        ticks: from where it stood at the tick, it shook against the machine by up to a tick's move."""
        if not self.steers:  # a replay's or the bot's point
            return camera.to_screen(*self.world)
        if self.stick is None:
            return self.screen
        x, y = self.world
        anchor = game.world.try_get(self.assisted or game.player, Position)
        if anchor is not None:  # point() ran as the last tick began: where it stood then is its prev_x, prev_y now
            drawn_x, drawn_y = between(anchor, alpha)
            x, y = x + drawn_x - anchor.prev_x, y + drawn_y - anchor.prev_y
        return camera.to_screen(x, y)
