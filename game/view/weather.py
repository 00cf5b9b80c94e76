"""Dust storms on screen: haze over the map or in zones, drifting with the wind, and streaks of blowing dust."""

import math

import numpy as np
import pygame

HAZE_TILE = 256  # px square of the drifting haze texture
DUST = (214, 158, 112)  # airborne Mars dust: paler than the ground, so a cloud reads over it
STREAK = (226, 170, 120)  # a streak of blowing dust
STREAKS = 260
FULL_CLOUD = 210  # alpha of a full-strength zone's cloud at its middle (before the haze's mottle)


class Weather:
    def __init__(self, level, rng, view_size=(1280, 720)) -> None:
        self.level = level
        self.rng = rng  # cosmetic generator
        self.wind = (math.cos(level.wind_angle) * level.wind_speed, math.sin(level.wind_angle) * level.wind_speed)
        self.drift = [0.0, 0.0]
        # Composited once here: the map-wide haze is baked into the map's chunks (haze_onto), zone clouds
        # cost one blit each, and the drifting streaks carry the wind's motion.
        haze = _haze_texture(rng)
        clouds = [_cloud(zone, haze, pygame.Rect((0, 0), level.pixel_size)) for zone in level.zones
                  if zone.kind == "dust_storm"]
        clouds = [cloud for cloud in clouds if cloud[0] is not None]
        self.zones = [(cloud, where) for cloud, where, _ in clouds]  # (image, its place on the map)
        self._fields = [field for _, _, field in clouds]  # each zone's storm strength, read by the streaks
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
        self._streak_image_array = np.empty(len(chosen), dtype=object)  # picked by index arrays, in zones
        self._streak_image_array[:] = self._streak_image
        self._streak_head_x = np.array([head[0] for _, head in chosen], dtype=np.intp)
        self._streak_head_y = np.array([head[1] for _, head in chosen], dtype=np.intp)
        # Where a streak reads the storm: at its head and at its tail (6 + 10 * speed px behind), as offsets from
        # its head's pixel; both ends must be in the storm, so not one pixel of it blows over clear ground.
        lengths = 6 + np.array([round(10 * speed) for _, _, speed in self.streaks])
        direction = _unit(self.wind)
        self._streak_ends_x = np.concatenate((np.zeros(len(lengths)), -direction[0] * lengths))
        self._streak_ends_y = np.concatenate((np.zeros(len(lengths)), -direction[1] * lengths))
        self._streak_rank = np.arange(len(self.streaks))  # streak i blows where the storm makes more than i of them

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

    def draw(self, surface, camera) -> None:
        """Zone clouds, then the streaks of blowing dust: only where there is storm, as many there as it is strong.
        Each streak reads the storm where it is: a zone may cover only part of the screen, and a small map leaves
        dark ground round it."""
        if not self.active:
            return
        view = surface.get_rect()
        left, top = camera.left, camera.top
        fields = []  # the zones' storm fields on screen
        for (cloud, (x, y)), field in zip(self.zones, self._fields):
            rect = cloud.get_rect(topleft=(round(x - left), round(y - top)))
            if rect.colliderect(view):
                surface.blit(cloud, rect)
                fields.append(field)
        if self.level.storm <= 0 and not fields:
            return
        # Pre-drawn streaks by whole-pixel length, in one fblits: no draw.line per streak per frame; the places and
        # the storm at each worked out for all streaks at once. A streak's place wraps round a screen-sized tile
        # fixed to the ground, not to the screen: it crosses a zone's edge only as the wind blows it there, never by
        # the camera turning, and a pan moves the dust with the ground under it.
        width, height = camera.width, camera.height
        travel_x, travel_y = self.wind[0] * 3 * self.blown, self.wind[1] * 3 * self.blown
        # With no zone in view the storm is the map's alone, the same all over it (the stress scene's full storm):
        # its first so many streaks, and only those are placed. Past the map's edge the clip below drops them.
        pick = slice(None) if fields else slice(0, int(len(self.streaks) * min(1.0, self.level.storm * 1.3)))
        speed = self._streak_speed[pick]
        head_x = ((self._streak_x[pick] + travel_x * speed - left) % width).astype(np.intp)
        head_y = ((self._streak_y[pick] + travel_y * speed - top) % height).astype(np.intp)
        images, offset_x, offset_y = self._streak_image[pick], self._streak_head_x[pick], self._streak_head_y[pick]
        if fields:  # the storm differs from place to place: each streak reads it at both its ends, the thinner wins
            count = len(speed)
            end_x = np.concatenate((head_x, head_x)) + (left + self._streak_ends_x)  # on the map: heads, then tails
            end_y = np.concatenate((head_y, head_y)) + (top + self._streak_ends_y)
            alpha = fields[0].at(end_x, end_y)
            for field in fields[1:]:
                alpha = np.maximum(alpha, field.at(end_x, end_y))  # the stronger storm wins, as in storm_at
            storm = np.maximum(np.minimum(alpha[:count], alpha[count:]) / FULL_CLOUD, self.level.storm)
            # As many as a storm this strong all over the screen would blow (its first so many): inside a storm as
            # thick as ever, thinning out toward a zone's edge as its haze does.
            blowing = np.flatnonzero(self._streak_rank < (count * np.minimum(1.0, storm * 1.3)).astype(np.intp))
            images, head_x, head_y = self._streak_image_array[blowing].tolist(), head_x[blowing], head_y[blowing]
            offset_x, offset_y = offset_x[blowing], offset_y[blowing]
        blits = zip(images, zip((head_x - offset_x).tolist(), (head_y - offset_y).tolist()))
        shown = pygame.Rect((round(-left), round(-top)), self.level.pixel_size)  # the map, placed as MapView does
        if shown.contains(view):  # the map fills the screen (most frames of most maps)
            surface.fblits(blits)
            return
        clip = surface.get_clip()
        surface.set_clip(clip.clip(shown))  # none past the map's edge, where there is no haze either
        try:
            surface.fblits(blits)
        finally:
            surface.set_clip(clip)


class _Field:
    """A zone's storm over the map as its cloud's alpha before the haze's mottle (FULL_CLOUD x strength x how far in
    its soft edge), on the cloud's quarter-size cells: the streaks thin out where its haze does."""

    def __init__(self, alpha, shown: pygame.Rect) -> None:
        # [column, row] as surfarray gives it, in bytes (a map-wide zone's is large), with a border of 0 all round:
        # a point off the cloud is clipped onto the border, no mask of which points are on it needed.
        self.alpha = np.pad(alpha, 1)
        self.scale_x, self.scale_y = alpha.shape[0] / shown.w, alpha.shape[1] / shown.h
        # cell + 1 = (x - left) * scale + 1 = x * scale - start: truncating a value under 1 gives 0, the border.
        self.start_x, self.start_y = shown.left * self.scale_x - 1, shown.top * self.scale_y - 1
        self.last_x, self.last_y = self.alpha.shape[0] - 1, self.alpha.shape[1] - 1

    def at(self, x, y):
        """The cloud's alpha at map points (arrays x, y); 0 off it."""
        # minimum(maximum()), not np.clip: a third of its time on a few hundred points
        column = np.minimum(np.maximum((x * self.scale_x - self.start_x).astype(np.intp), 0), self.last_x)
        row = np.minimum(np.maximum((y * self.scale_y - self.start_y).astype(np.intp), 0), self.last_y)
        return self.alpha[column, row]


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


def _cloud(zone, haze, bounds: pygame.Rect) -> tuple[pygame.Surface | None, tuple[int, int], _Field | None]:
    """(image, its top-left on the map, its storm field) of the zone's shape in dust colour, thickening toward its
    middle, alpha from its strength, clouded; only the part over the map (`bounds`), so a zone drawn far past its
    edges costs no more than the map. Drawn at a quarter of its size and scaled up: the soft edge, for a sixteenth of
    the pixels."""
    region = zone.region
    whole = pygame.Rect(round(region.x), round(region.y), max(1, round(region.width)), max(1, round(region.height)))
    shown = whole.clip(bounds)
    if not shown.w or not shown.h:
        return None, shown.topleft, None
    cloud = pygame.Surface((max(1, shown.w // 4), max(1, shown.h // 4)), pygame.SRCALPHA)
    cloud.fill((*DUST, 0))  # transparent dust, not transparent black: soft edges must not darken
    middle_x, middle_y = region.centre

    def small(x: float, y: float) -> tuple[float, float]:  # a map point, in the quarter-size image of the part shown
        return (x - shown.x) / 4, (y - shown.y) / 4
    steps = 16
    for step in range(steps):  # each smaller copy of the shape a little denser: a soft edge, no line
        shrink = 1.0 - 0.45 * step / steps
        color = (*DUST, round(FULL_CLOUD * zone.strength * (step + 1) / steps))
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
    # Its strength before the haze's mottle: the shape's alpha, read over FULL_CLOUD.
    field = _Field(pygame.surfarray.array_alpha(cloud), shown)
    cloud = pygame.transform.smoothscale(cloud, shown.size)
    _tile(cloud, haze, (0, 0), pygame.BLEND_RGBA_MULT)
    return cloud, shown.topleft, field


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
