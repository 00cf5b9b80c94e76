"""The camera: follows the player with a lead toward the aim, eases, shakes, and stays inside the map, but for the
room the HUD takes at the top and bottom: the map's first and last rows can scroll clear of its plates."""

import math

# The HUD's bands, for all that must keep clear of them: the camera's room past the map, markers' labels, Rei's panel.
HUD_TOP = 100  # px the top row of plates takes (armour, the order, the clock, hostiles)
HUD_BOTTOM = 100  # px the gauges take along the bottom (88 px tall, and a gap); Rei's panel sits above them
KICK_RETURN = 18.0  # 1/s: how fast a kick springs back
MAX_KICK = 10.0  # px
MAX_SHAKE = 18.0  # px a shake may move the view each way
# px a shake and a kick together may move the view past where the camera is held: the map's view draws its ground
# this much further out (map_view's apron), so a jolt at the map's edge never shows past it.
SHAKE_ROOM = math.ceil(MAX_SHAKE + MAX_KICK)


class Camera:
    LEAD = 0.32          # share of the way toward the aim point the view leans
    MAX_LEAD = 220.0     # px
    EASE = 9.0           # 1/s: how quickly the view catches up

    def __init__(self, view_size: tuple[int, int], world_size: tuple[int, int]) -> None:
        self.width, self.height = view_size
        self.world_width, self.world_height = world_size
        self.x = self.y = 0.0  # px, world point at the centre of the view
        self.shake = 0.0       # px of trauma; decays
        self.offset = (0, 0)   # this frame's shake and kick displacement
        self.kick_x = self.kick_y = 0.0  # px: a jolt from firing, springing back

    def snap(self, x: float, y: float) -> None:
        self.x, self.y = self._clamped(x, y)

    def follow(self, x: float, y: float, aim_x: float, aim_y: float, dt: float, jitter) -> None:
        """Ease toward the target plus a lead toward the aim; `jitter` is the cosmetic generator."""
        lead_x, lead_y = (aim_x - x) * self.LEAD, (aim_y - y) * self.LEAD
        size = math.hypot(lead_x, lead_y)
        if size > self.MAX_LEAD:
            lead_x, lead_y = lead_x * self.MAX_LEAD / size, lead_y * self.MAX_LEAD / size
        want_x, want_y = self._clamped(x + lead_x, y + lead_y)
        blend = 1.0 - math.exp(-self.EASE * dt)
        self.x += (want_x - self.x) * blend
        self.y += (want_y - self.y) * blend
        self.shake = max(0.0, self.shake - 40.0 * dt)
        amount = min(self.shake, MAX_SHAKE)
        spring = math.exp(-KICK_RETURN * dt)
        self.kick_x, self.kick_y = self.kick_x * spring, self.kick_y * spring
        self.offset = (round(jitter.uniform(-amount, amount) + self.kick_x),
                       round(jitter.uniform(-amount, amount) + self.kick_y))

    def kick(self, angle: float, amount: float) -> None:
        """Jolt the view toward `angle` (against the shot: the recoil of firing)."""
        self.kick_x = max(-MAX_KICK, min(MAX_KICK, self.kick_x + math.cos(angle) * amount))
        self.kick_y = max(-MAX_KICK, min(MAX_KICK, self.kick_y + math.sin(angle) * amount))

    def add_shake(self, amount: float) -> None:
        self.shake = min(30.0, self.shake + amount)

    @property
    def left(self) -> float:
        return self.x - self.width / 2 - self.offset[0]

    @property
    def top(self) -> float:
        return self.y - self.height / 2 - self.offset[1]

    def to_screen(self, x: float, y: float) -> tuple[float, float]:
        # The sums written out, not the properties: this runs for every marker and sound placed each frame.
        offset = self.offset
        return x - (self.x - self.width / 2 - offset[0]), y - (self.y - self.height / 2 - offset[1])

    def to_world(self, sx: float, sy: float) -> tuple[float, float]:
        return sx + self.left, sy + self.top

    def held_at(self, x: float, y: float, sx: float, sy: float) -> tuple[float, float]:
        """Where world point (x, y) shows once the view has eased to hold it at screen point (sx, sy), as near to it
        as the map lets the view go (no shake)."""
        cx, cy = self._clamped(x - sx + self.width / 2, y - sy + self.height / 2)
        return x - cx + self.width / 2, y - cy + self.height / 2

    def _clamped(self, x: float, y: float) -> tuple[float, float]:
        half_w, half_h = self.width / 2, self.height / 2
        x = min(max(x, half_w), self.world_width - half_w) if self.world_width > self.width else self.world_width / 2
        # The HUD's bands are room the view may show past the map: a map of any height scrolls its first and last
        # rows clear of them, and one too short for that sits centred between them.
        low, high = half_h - HUD_TOP, self.world_height - half_h + HUD_BOTTOM
        y = min(max(y, low), high) if low <= high else (low + high) / 2
        return x, y


def between(pos, alpha: float) -> tuple[float, float]:
    """The point between a position's last two ticks (`prev_x`, `prev_y` and `x`, `y`), `alpha` of the way on: where
    a frame drawn between ticks shows it."""
    return pos.prev_x + (pos.x - pos.prev_x) * alpha, pos.prev_y + (pos.y - pos.prev_y) * alpha
