"""Dust storms on screen: haze over the map or in zones (a zone's a billowing cloud with a soft front), wisps of dust
drifting through a zone with the wind, and streaks of blowing dust."""

import itertools
import math

import numpy as np
import pygame

HAZE_TILE = 256  # px square of the drifting haze texture
DUST = (214, 158, 112)  # airborne Mars dust: paler than the ground, so a cloud reads over it
# The billows' shaded sides: about as light as the ground but greyer (dust in the air is duller than the ground it
# left); a cloud of one colour reads as fog, not a storm.
DEEP_DUST = (184, 140, 106)
# A streak of blowing dust: paler than any dust, so it shows over a cloud as well as over the ground.
STREAK = (244, 208, 164)
STREAKS = 260
# A streak's head in a full-strength storm, of 255: fading to nothing at its tail, and fainter in a weaker storm (as
# STREAK_LEVELS steps), so a streak reads as dust blown past, not as a scratch or a drop of rain.
STREAK_ALPHA = 210
STREAK_LEVELS = 4
FULL_CLOUD = 210  # a full-strength zone's storm field inside its front: what the streaks read (see Field)
# A zone's cloud, inside its front: opaque to this share at full strength, to strength ** THICKENING of it at
# less (a weak storm still reads as one), times the billows' mottle.
THICK = 0.92
THICKENING = 0.5
FRONT = 56  # px: how deep a zone's soft front is, from clear air to its full thickness; its edge billows in by half
WISPS = 40  # drifting wisps of dust a full-strength zone holds per screenful
WISP_SIZE = (200, 52)  # px, the largest wisp, long along the wind
WISP_ALPHA = 110  # at the middle of a wisp in a full-strength storm
WISP = (236, 194, 148)  # a wisp's dust: paler than the cloud's, lifted into the light, but darker than a streak
WISP_LEVELS = 4  # a wisp is drawn at one of this many strengths, by the storm where it is
WISP_SHAPES = 5  # the wisps' shapes, shared round the WISPS drifting


class Weather:
    def __init__(self, level, rng, view_size=(1280, 720)) -> None:
        self.level = level
        self.rng = rng  # cosmetic generator
        self.wind = (math.cos(level.wind_angle) * level.wind_speed, math.sin(level.wind_angle) * level.wind_speed)
        # Composited once here: the map-wide haze is baked into the map's chunks (haze_onto), zone clouds
        # cost one blit each, and the drifting wisps (in zones) and streaks carry the wind's motion.
        haze = haze_texture(rng)
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
        # The streaks as columns, and each one's images (one a storm level) and head offset (its speed never changes).
        self._streak_x, self._streak_y, self._streak_speed = np.array(self.streaks).T
        chosen = [self._streak_images[round(10 * speed)] for _, _, speed in self.streaks]
        self._streak_image = [[images[level] for images, _ in chosen] for level in range(STREAK_LEVELS)]
        self._streak_image_array = np.empty((STREAK_LEVELS, len(chosen)), dtype=object)  # picked by index arrays
        for level, row in enumerate(self._streak_image):
            self._streak_image_array[level, :] = row
        self._streak_head_x = np.array([head[0] for _, head in chosen], dtype=np.intp)
        self._streak_head_y = np.array([head[1] for _, head in chosen], dtype=np.intp)
        # Where a streak reads the storm: at its head and at its tail (6 + 10 * speed px behind), as offsets from
        # its head's pixel; both ends must be in the storm, so not one pixel of it blows over clear ground.
        lengths = 6 + np.array([round(10 * speed) for _, _, speed in self.streaks])
        direction = _unit(self.wind)
        self._streak_ends_x = np.concatenate((np.zeros(len(lengths)), -direction[0] * lengths))
        self._streak_ends_y = np.concatenate((np.zeros(len(lengths)), -direction[1] * lengths))
        self._streak_rank = np.arange(len(self.streaks))  # streak i blows where the storm makes more than i of them
        # The zones' wisps: [x, y] at time 0 on a tile a wisp larger than the screen (so one leaves the screen
        # whole before it comes back at the other side), drifting slower than the streaks, as bigger dust does;
        # each one's images.
        self._wisp_span = np.array(view_size) + WISP_SIZE[0]
        self._wisp_x, self._wisp_y = (np.array([rng.uniform(0, span) for _ in range(WISPS)])
                                      for span in self._wisp_span)
        self._wisp_speed = np.array([rng.uniform(1.0, 2.0) for _ in range(WISPS)])
        shapes = _wisp_images(rng, self.wind)
        self._wisp_images = [shapes[index % len(shapes)] for index in range(WISPS)]

    def haze_onto(self, chunk, left: int, top: int) -> None:
        """Lay the map-wide storm haze over a map chunk whose top-left corner is at (left, top) in the world."""
        if self.veil is not None:
            _tile(chunk, self.veil, (-(left % HAZE_TILE), -(top % HAZE_TILE)))

    @property
    def active(self) -> bool:
        return self.veil is not None or bool(self.zones)

    def veils(self) -> list:
        """(image, its top-left on the map, None) of each zone's cloud: what machines loom out of (game/view/loom.py);
        None where a rain zone's curtain gives the way its rain falls."""
        return [(cloud, where, None) for cloud, where in self.zones]

    @staticmethod
    def wet_at(x: float, y: float) -> bool:
        """Whether the ground at map point (x, y) is wet: never, under dust."""
        return False

    def update(self, dt: float) -> None:
        self.blown += dt

    def draw(self, surface, camera) -> None:
        """The clouds, then the dust blowing in front of them."""
        self.draw_clouds(surface, camera)
        self.draw_blowing(surface, camera)

    def _in_view(self, surface, camera) -> list:
        """(cloud, its rect on screen, its storm field) of each zone's cloud on screen."""
        view = surface.get_rect()
        shown = [(cloud, cloud.get_rect(topleft=(round(x - camera.left), round(y - camera.top))), field)
                 for (cloud, (x, y)), field in zip(self.zones, self._fields)]
        return [(cloud, rect, field) for cloud, rect, field in shown if rect.colliderect(view)]

    def draw_clouds(self, surface, camera) -> None:
        """The zones' clouds on screen. What looms out of them (game/view/loom.py) is drawn next, under draw_blowing:
        the dust blown past is nearer the eye than a machine seen through the cloud."""
        for cloud, rect, _ in self._in_view(surface, camera):
            surface.blit(cloud, rect)

    def draw_blowing(self, surface, camera) -> None:
        """The zones' wisps, then the streaks of blowing dust: only where there is storm, as many there as it is
        strong.
        Each streak reads the storm where it is: a zone may cover only part of the screen, and a small map leaves
        dark ground round it."""
        if not self.active:
            return
        left, top = camera.left, camera.top
        fields = [field for _, _, field in self._in_view(surface, camera)]  # the zones' storm fields on screen
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
        images = self._streak_image[streak_level(self.level.storm) - 1][pick]
        offset_x, offset_y = self._streak_head_x[pick], self._streak_head_y[pick]
        if fields:  # the storm differs from place to place: each streak reads it at both its ends, the thinner wins
            count = len(speed)
            end_x = np.concatenate((head_x, head_x)) + (left + self._streak_ends_x)  # on the map: heads, then tails
            end_y = np.concatenate((head_y, head_y)) + (top + self._streak_ends_y)
            alpha = strongest(fields, end_x, end_y)
            storm = np.maximum(np.minimum(alpha[:count], alpha[count:]) / FULL_CLOUD, self.level.storm)
            # As many as a storm this strong all over the screen would blow (its first so many): inside a storm as
            # thick as ever, thinning out toward a zone's edge as its haze does.
            blowing = np.flatnonzero(self._streak_rank < (count * np.minimum(1.0, storm * 1.3)).astype(np.intp))
            faint = np.minimum(np.ceil(storm[blowing] * STREAK_LEVELS), STREAK_LEVELS).astype(np.intp) - 1
            images = self._streak_image_array[faint, blowing].tolist()
            head_x, head_y = head_x[blowing], head_y[blowing]
            offset_x, offset_y = offset_x[blowing], offset_y[blowing]
        blits = zip(images, zip((head_x - offset_x).tolist(), (head_y - offset_y).tolist()))
        if fields:  # under the streaks
            blits = itertools.chain(self._wisps(fields, left, top), blits)
        over_the_map(surface, blits, self.level, left, top)

    def _wisps(self, fields, left: float, top: float) -> list:
        """(image, top-left) of the wisps of dust drifting through the zones on screen: as many as the storm where
        each one's middle is makes (the first so many of them), and as thick as it is there."""
        travel_x, travel_y = self.wind[0] * 1.5 * self.blown, self.wind[1] * 1.5 * self.blown
        half = WISP_SIZE[0] / 2
        middle_x = (self._wisp_x + travel_x * self._wisp_speed - left) % self._wisp_span[0] - half
        middle_y = (self._wisp_y + travel_y * self._wisp_speed - top) % self._wisp_span[1] - half
        storm = strongest(fields, middle_x + left, middle_y + top) / FULL_CLOUD
        thickness = np.minimum(np.ceil(storm * WISP_LEVELS), WISP_LEVELS).astype(np.intp)
        drifting = np.flatnonzero((np.arange(WISPS) < WISPS * np.minimum(1.0, 1.5 * storm)) & (thickness > 0))
        wisps = []
        for index in drifting.tolist():
            image = self._wisp_images[index][thickness[index] - 1]
            wisps.append((image, (round(middle_x[index]) - image.get_width() // 2,
                                  round(middle_y[index]) - image.get_height() // 2)))
        return wisps


def strongest(fields, x, y):
    """The zones' storm fields at map points (arrays x, y): where zones overlap the stronger storm wins, as in
    storm_at."""
    alpha = fields[0].at(x, y)
    for field in fields[1:]:
        alpha = np.maximum(alpha, field.at(x, y))
    return alpha


class Field:
    """A zone's storm over the map as its cloud's alpha before the haze's mottle (FULL_CLOUD x strength x how far in
    its soft edge), on the cloud's quarter-size cells: the streaks thin out where its haze does (and a rain zone's
    drops where its rain does)."""

    def __init__(self, alpha, shown: pygame.Rect) -> None:
        self.shown = shown  # the part of the map it covers
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


def _tile(target, texture, origin) -> None:
    """Cover `target` with `texture` repeated, starting at `origin`."""
    width, height = target.get_size()
    for y in range(origin[1], height, texture.get_height()):
        for x in range(origin[0], width, texture.get_width()):
            target.blit(texture, (x, y))


def haze_texture(rng) -> pygame.Surface:
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


def _cloud(zone, haze, bounds: pygame.Rect) -> tuple[pygame.Surface | None, tuple[int, int], Field | None]:
    """(image, its top-left on the map, its storm field) of the zone's storm: its shape filled with dust, alpha from
    its strength, behind its soft front (_zone_front); inside it, billows of pale and shaded dust. Worked out at a
    quarter of its size and scaled up: the soft edge, for a sixteenth of the pixels."""
    shown, front, shades = _zone_front(zone, haze, bounds)
    if front is None:
        return None, shown.topleft, None
    field = _storm_alpha(zone, front)
    cloud = pygame.Surface(front.shape, pygame.SRCALPHA)
    colour = np.array(DEEP_DUST, dtype=np.float32) + np.multiply.outer(shades, np.subtract(DUST, DEEP_DUST))
    pygame.surfarray.pixels3d(cloud)[...] = colour.astype(np.uint8)
    thickness = 255 * THICK * zone.strength ** THICKENING
    pygame.surfarray.pixels_alpha(cloud)[...] = np.where(field > 0, thickness * front * (0.7 + 0.3 * shades), 0)
    return pygame.transform.smoothscale(cloud, shown.size), shown.topleft, Field(field, shown)


def zone_field(zone, haze, bounds: pygame.Rect) -> Field | None:
    """The zone's storm over the part of the map it covers (`bounds`), thinning through its soft front as its cloud
    would; None for a zone wholly off the map."""
    shown, front, _ = _zone_front(zone, haze, bounds)
    return None if front is None else Field(_storm_alpha(zone, front), shown)


def _storm_alpha(zone, front):
    """A zone's storm field's bytes (see Field) from its front."""
    field = np.round(FULL_CLOUD * zone.strength * front).astype(np.uint8)
    field[field < 12] = 0  # none so faint it would vanish in the scaling up, yet blow a streak
    return field


def _zone_front(zone, haze, bounds: pygame.Rect) -> tuple[pygame.Rect, np.ndarray | None, np.ndarray | None]:
    """(the part of the map shown, how far into the zone, the haze's shades) over that part on quarter-size cells: 0
    at the zone's edge to 1 at its full thickness FRONT px in, behind a front that billows in and out with the haze's
    mottle, and the billows' shades 0 to 1 (None, None for a zone wholly off the map). Only the part over the map
    (`bounds`), so a zone drawn far past its edges costs no more than the map."""
    region = zone.region
    whole = pygame.Rect(round(region.x), round(region.y), max(1, round(region.width)), max(1, round(region.height)))
    shown = whole.clip(bounds)
    if not shown.w or not shown.h:
        return shown, None, None
    size = max(1, shown.w // 4), max(1, shown.h // 4)
    shape = pygame.Surface(size, pygame.SRCALPHA)

    def small(x: float, y: float) -> tuple[float, float]:  # a map point, in the quarter-size image of the part shown
        return (x - shown.x) / 4, (y - shown.y) / 4
    if region.shape == "polygon":
        pygame.draw.polygon(shape, (255, 255, 255), [small(x, y) for x, y in region.points])
    else:
        rect = pygame.Rect(0, 0, round(whole.w / 4), round(whole.h / 4))
        rect.center = tuple(map(round, small(*region.centre)))
        if region.shape == "ellipse":
            pygame.draw.ellipse(shape, (255, 255, 255), rect)
        else:
            pygame.draw.rect(shape, (255, 255, 255), rect, border_radius=min(rect.size) // 4)
    # How far in from the shape's edge, 0 there to 1 at FRONT px in (the shape blurred: a half of it at the edge),
    # less the mottle's billows; never above 0 outside the shape, so no dust (and no streak) falls past it.
    depth = 2 * _blurred(pygame.surfarray.array_alpha(shape) / 255.0, max(1, FRONT // 4)) - 1
    billows, shades = _mottle(haze, size)
    front = np.clip(2 * depth - billows, 0, 1)
    return shown, front * front * (3 - 2 * front), shades  # smoothstep: soft at both ends of the front


def _blurred(values, radius: int):
    """`values` (a 2-D array) averaged over a square 2 x radius + 1 wide round each point; 0 past its sides."""
    for axis in (0, 1):
        padded = np.pad(values, [(radius + 1, radius) if a == axis else (0, 0) for a in (0, 1)])
        sums = np.cumsum(padded, axis=axis)
        values = (np.take(sums, range(2 * radius + 1, sums.shape[axis]), axis=axis)
                  - np.take(sums, range(0, sums.shape[axis] - 2 * radius - 1), axis=axis)) / (2 * radius + 1)
    return values


def _mottle(haze, size):
    """Two clouded fields over `size` (quarter-size cells), each 0 to 1: the haze's alpha (how far the front
    billows in) and its shade (pale or shaded dust, and thicker where pale: the lit tops of billows)."""
    cell = HAZE_TILE // 4
    small = pygame.transform.smoothscale(haze, (cell, cell))
    repeat = (-(-size[0] // cell), -(-size[1] // cell))
    fields = []
    for values in (pygame.surfarray.array_alpha(small), pygame.surfarray.array3d(small)[..., 0]):
        values = values.astype(np.float32)
        values = (values - values.min()) / max(1.0, float(values.max() - values.min()))
        fields.append(np.tile(values, repeat)[:size[0], :size[1]])
    return fields


def _wisp_images(rng, wind) -> list[list[pygame.Surface]]:
    """Wisps of drifting dust, long along the wind: for each of WISP_SHAPES shapes, the wisp at each of WISP_LEVELS
    thicknesses. A few soft blobs in a row along its length, drawn small and scaled up: a torn wisp, not an egg."""
    angle = -math.degrees(math.atan2(wind[1], wind[0]))
    images = []
    for _ in range(WISP_SHAPES):
        scale = rng.uniform(0.6, 1.0)
        width, height = round(WISP_SIZE[0] * scale), round(WISP_SIZE[1] * scale)
        xs = (np.arange(width // 4) + 0.5) / (width // 4) * 2 - 1  # across the small wisp, -1 to 1
        ys = (np.arange(height // 4) + 0.5) / (height // 4) * 2 - 1
        density = np.zeros((len(xs), len(ys)))
        for _ in range(4):
            x, y, size = rng.uniform(-0.5, 0.5), rng.uniform(-0.25, 0.25), rng.uniform(0.35, 0.55)
            reach = ((xs[:, None] - x) / size) ** 2 + ((ys[None, :] - y) / (size * 1.6)) ** 2
            density = np.maximum(density, np.clip(1 - reach, 0, 1) ** 2 * rng.uniform(0.6, 1.0))
        small = pygame.Surface(density.shape, pygame.SRCALPHA)
        small.fill((*WISP, 0))
        pygame.surfarray.pixels_alpha(small)[...] = (255 * density).astype(np.uint8)
        wisp = pygame.transform.rotate(pygame.transform.smoothscale(small, (width, height)), angle)
        levels = []
        for level in range(1, WISP_LEVELS + 1):
            faded = wisp.copy()
            faded.fill((255, 255, 255, round(WISP_ALPHA * level / WISP_LEVELS)), special_flags=pygame.BLEND_RGBA_MULT)
            levels.append(faded.premul_alpha())  # drawn in one fblits with the streaks
        images.append(levels)
    return images


def streak_level(storm: float) -> int:
    """Which of the STREAK_LEVELS a storm this strong (0 to 1) blows its streaks at: 1 (faintest) to STREAK_LEVELS."""
    return max(1, min(STREAK_LEVELS, math.ceil(storm * STREAK_LEVELS)))


def _streak_images(direction) -> dict[int, tuple]:
    """{round(10 * speed): ([image at each storm level], offset)}: a streak of length 6 + 10 * speed px trailing back
    from its head, and where its head is in the image (blitted at head position minus that offset). Its alpha fades
    from the head to nothing at the tail, and its sides are soft (each point of it shared by the pixels round it)."""
    images = {}
    for tenths in range(6, 15):  # speeds 0.6 to 1.4
        cover, head = streak_cover(direction, 6 + tenths)
        size = cover.shape
        levels = []
        for level in range(1, STREAK_LEVELS + 1):
            image = pygame.Surface(size, pygame.SRCALPHA)
            image.fill((*STREAK, 0))
            peak = STREAK_ALPHA * (0.4 + 0.6 * level / STREAK_LEVELS)  # a weak storm's still seen, if faintly
            pygame.surfarray.pixels_alpha(image)[...] = np.rint(peak * cover).astype(np.uint8)
            levels.append(image.premul_alpha())  # as the wisps: drawn with BLEND_PREMULTIPLIED, a quarter quicker
        images[tenths] = levels, head
    return images


def over_the_map(surface, blits, level, left: float, top: float) -> None:
    """Premultiplied weather `blits` on the map only, none past its edge, where its ground fades into the night."""
    shown = pygame.Rect((round(-left), round(-top)), level.pixel_size)  # the map, placed as MapView does
    if shown.contains(surface.get_rect()):  # the map fills the screen (most frames of most maps)
        surface.fblits(blits, pygame.BLEND_PREMULTIPLIED)
        return
    clip = surface.get_clip()
    surface.set_clip(clip.clip(shown))
    try:
        surface.fblits(blits, pygame.BLEND_PREMULTIPLIED)
    finally:
        surface.set_clip(clip)


def streak_cover(direction, length: int, fading: float = 1.2) -> tuple[np.ndarray, tuple[int, int]]:
    """([column, row] coverage 0 to 1, where its head is) of a streak `length` px long trailing back from its head
    against `direction` (a unit vector): whole at the head, fading to nothing at the tail as (1 - along) ** fading,
    its sides soft (each point of it shared by the pixels round it)."""
    dx, dy = direction
    tail_x, tail_y = -dx * length, -dy * length
    head = (math.ceil(max(0.0, -tail_x)) + 1, math.ceil(max(0.0, -tail_y)) + 1)
    size = (math.ceil(abs(tail_x)) + 3, math.ceil(abs(tail_y)) + 3)
    cover = np.zeros(size)
    along = (np.arange(4 * length) + 0.5) / (4 * length)  # 4 points a px, head (0) to tail (1)
    x, y = head[0] + tail_x * along, head[1] + tail_y * along
    left, top = np.floor(x).astype(np.intp), np.floor(y).astype(np.intp)
    part_x, part_y = x - left, y - top
    fade = (1 - along) ** fading  # each point shared out among the 4 pixels round it by how near it is to each
    for ox, oy, share in ((0, 0, (1 - part_x) * (1 - part_y)), (1, 0, part_x * (1 - part_y)),
                          (0, 1, (1 - part_x) * part_y), (1, 1, part_x * part_y)):
        np.add.at(cover, (left + ox, top + oy), fade * share)
    return np.minimum(cover / cover.max(), 1.0), head  # the head's pixel whole


def _unit(vector):
    size = math.hypot(*vector)
    return (vector[0] / size, vector[1] / size) if size else (1.0, 0.0)
