"""Dust storms on screen: haze over the map or in zones, drifting with the wind, and streaks of blowing dust."""

import math

import numpy as np
import pygame

HAZE_TILE = 256  # px square of the drifting haze texture
DUST = (214, 158, 112)  # airborne Mars dust: paler than the ground, so a cloud reads over it
STREAK = (226, 170, 120)  # a streak of blowing dust
STREAKS = 260


class Weather:
    def __init__(self, level, rng, view_size=(1280, 720)) -> None:
        self.level = level
        self.rng = rng  # cosmetic generator
        self.wind = (math.cos(level.wind_angle) * level.wind_speed, math.sin(level.wind_angle) * level.wind_speed)
        self.drift = [0.0, 0.0]
        # Composited once here: the map-wide haze is baked into the map's chunks (haze_onto), zone clouds
        # cost one blit each, and the drifting streaks carry the wind's motion.
        haze = _haze_texture(rng)
        clouds = (_cloud(zone, haze, pygame.Rect((0, 0), level.pixel_size)) for zone in level.zones
                  if zone.kind == "dust_storm")
        self.zones = [(cloud, where) for cloud, where in clouds if cloud is not None]  # (image, its place on the map)
        self.veil = None
        if level.storm > 0:
            self.veil = pygame.Surface((HAZE_TILE, HAZE_TILE), pygame.SRCALPHA)
            self.veil.fill((*DUST, round(150 * level.storm)))
            self.veil.blit(haze, (0, 0), special_flags=pygame.BLEND_RGBA_MULT)
        # [x, y, speed] at time 0 on screen; a streak is where the wind has blown it since (see draw).
        self.streaks = [[rng.uniform(0, view_size[0]), rng.uniform(0, view_size[1]), rng.uniform(0.6, 1.4)]
                        for _ in range(STREAKS)]
        self.blown = 0.0  # s of wind so far: the streaks' positions follow from it, no per-streak update
        self._streak_images = _streak_images(_unit(self.wind))
        # The streaks as columns, and each one's image and head offset (its speed never changes).
        self._streak_x, self._streak_y, self._streak_speed = np.array(self.streaks).T
        chosen = [self._streak_images[round(10 * speed)] for _, _, speed in self.streaks]
        self._streak_image = [image for image, _ in chosen]
        self._streak_head_x = np.array([head[0] for _, head in chosen], dtype=np.intp)
        self._streak_head_y = np.array([head[1] for _, head in chosen], dtype=np.intp)

    def haze_onto(self, chunk, left: int, top: int) -> None:
        """Lay the map-wide storm haze over a map chunk whose top-left corner is at (left, top) in the world."""
        if self.veil is not None:
            _tile(chunk, self.veil, (-(left % HAZE_TILE), -(top % HAZE_TILE)))

    @property
    def active(self) -> bool:
        return self.veil is not None or bool(self.zones)

    def update(self, dt: float) -> None:
        self.drift[0] = (self.drift[0] + self.wind[0] * dt) % HAZE_TILE
        self.drift[1] = (self.drift[1] + self.wind[1] * dt) % HAZE_TILE
        self.blown += dt

    def draw(self, surface, camera, storm_here: float) -> None:
        """storm_here: strength where the camera looks (the streaks follow it)."""
        if not self.active:
            return
        view = surface.get_rect()
        for cloud, (x, y) in self.zones:
            rect = cloud.get_rect(topleft=(round(x - camera.left), round(y - camera.top)))
            if rect.colliderect(view):
                surface.blit(cloud, rect)
        count = int(len(self.streaks) * min(1.0, storm_here * 1.3))
        if count:
            # Pre-drawn streaks by whole-pixel length, in one fblits: no draw.line per streak per frame; the
            # places worked out for all streaks at once, the same arithmetic as one by one.
            width, height = camera.width, camera.height
            travel_x, travel_y = self.wind[0] * 3 * self.blown, self.wind[1] * 3 * self.blown
            x, y, speed = self._streak_x[:count], self._streak_y[:count], self._streak_speed[:count]
            left = ((x + travel_x * speed) % width).astype(np.intp) - self._streak_head_x[:count]
            top = ((y + travel_y * speed) % height).astype(np.intp) - self._streak_head_y[:count]
            surface.fblits(zip(self._streak_image[:count], zip(left.tolist(), top.tolist())))


def _tile(target, texture, origin, special_flags=0) -> None:
    """Cover `target` with `texture` repeated, starting at `origin`."""
    width, height = target.get_size()
    for y in range(origin[1], height, texture.get_height()):
        for x in range(origin[0], width, texture.get_width()):
            target.blit(texture, (x, y), special_flags=special_flags)


def _haze_texture(rng) -> pygame.Surface:
    """Soft, seamless clouds: overlapping translucent blobs, wrapped at the edges, blurred by scaling.

    Scaling clamps at the borders, so the blur is done on a 3x3 repeat and the middle copy kept: the
    texture then wraps without a seam.
    """
    small = pygame.Surface((64, 64), pygame.SRCALPHA)
    small.fill((255, 255, 255, 150))
    for _ in range(70):
        x, y, r = rng.uniform(0, 64), rng.uniform(0, 64), rng.uniform(4, 14)
        shade = rng.choice((255, 235, 215))
        for ox in (-64, 0, 64):
            for oy in (-64, 0, 64):
                pygame.draw.circle(small, (shade, shade, shade, rng.randint(170, 255)), (x + ox, y + oy), r)
    repeat = pygame.Surface((192, 192), pygame.SRCALPHA)
    _tile(repeat, small, (0, 0))
    blurred = pygame.transform.smoothscale(pygame.transform.smoothscale(repeat, (48, 48)), (3 * HAZE_TILE,) * 2)
    return blurred.subsurface((HAZE_TILE, HAZE_TILE, HAZE_TILE, HAZE_TILE)).copy()


def _cloud(zone, haze, bounds: pygame.Rect) -> tuple[pygame.Surface | None, tuple[int, int]]:
    """(image, its top-left on the map) of the zone's shape in dust colour, thickening toward its middle, alpha from
    its strength, clouded; only the part over the map (`bounds`), so a zone drawn far past its edges costs no more
    than the map. Drawn at a quarter of its size and scaled up: the soft edge, for a sixteenth of the pixels."""
    region = zone.region
    whole = pygame.Rect(round(region.x), round(region.y), max(1, round(region.width)), max(1, round(region.height)))
    shown = whole.clip(bounds)
    if not shown.w or not shown.h:
        return None, shown.topleft
    cloud = pygame.Surface((max(1, shown.w // 4), max(1, shown.h // 4)), pygame.SRCALPHA)
    cloud.fill((*DUST, 0))  # transparent dust, not transparent black: soft edges must not darken
    middle_x, middle_y = region.centre

    def small(x: float, y: float) -> tuple[float, float]:  # a map point, in the quarter-size image of the part shown
        return (x - shown.x) / 4, (y - shown.y) / 4
    steps = 16
    for step in range(steps):  # each smaller copy of the shape a little denser: a soft edge, no line
        shrink = 1.0 - 0.45 * step / steps
        color = (*DUST, round(210 * zone.strength * (step + 1) / steps))
        if region.shape == "polygon":
            points = [small(middle_x + (x - middle_x) * shrink, middle_y + (y - middle_y) * shrink)
                      for x, y in region.points]
            pygame.draw.polygon(cloud, color, points)
        else:
            rect = pygame.Rect(0, 0, round(whole.w * shrink / 4), round(whole.h * shrink / 4))
            rect.center = tuple(map(round, small(middle_x, middle_y)))
            if region.shape == "ellipse":
                pygame.draw.ellipse(cloud, color, rect)
            else:
                pygame.draw.rect(cloud, color, rect, border_radius=min(rect.size) // 4)
    cloud = pygame.transform.smoothscale(cloud, shown.size)
    _tile(cloud, haze, (0, 0), pygame.BLEND_RGBA_MULT)
    return cloud, shown.topleft


def _streak_images(direction) -> dict[int, tuple]:
    """{round(10 * speed): (image, offset)}: a streak of length 6 + 10 * speed px trailing back from its head, and
    where its head is in the image (blitted at head position minus that offset)."""
    dx, dy = direction
    images = {}
    for tenths in range(6, 15):  # speeds 0.6 to 1.4
        length = 6 + tenths
        tail_x, tail_y = -dx * length, -dy * length
        head = (math.ceil(max(0.0, -tail_x)) + 1, math.ceil(max(0.0, -tail_y)) + 1)
        image = pygame.Surface((math.ceil(abs(tail_x)) + 3, math.ceil(abs(tail_y)) + 3))
        image.set_colorkey((0, 0, 0))
        pygame.draw.line(image, STREAK, head, (head[0] + tail_x, head[1] + tail_y), 1)
        images[tenths] = image, head
    return images


def _unit(vector):
    size = math.hypot(*vector)
    return (vector[0] / size, vector[1] / size) if size else (1.0, 0.0)
