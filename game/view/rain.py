"""Rain on screen, over the whole map (its `weather: rain`) or in a rain zone: the ground darkened and cooled as the
rain is strong, thin streaks of rain slanting with the wind, and faint rings spreading where drops hit the ground; a
zone's heavier rain a grey-blue curtain that machines loom out of."""

import dataclasses
import math

import numpy as np
import pygame

from game.view.weather import (FULL_CLOUD, THICKENING, Weather, haze_texture, over_the_map, streak_cover, strongest,
                                zone_field)

RAIN = (176, 192, 214)  # blue-grey: rain lit by the streets' lamps and the sky's glow, nothing warm in it
# What a full-strength rain takes off the map's light, per channel: more red than blue, so the wet night reads cool;
# a share of it in a lighter rain. Never so much that a machine is lost in it.
WET = (0.42, 0.36, 0.22)
# A rain zone's share of that: its wet ground is seen against the dry ground round it, where a map's rain darkens all
# of it alike, and as dark it read as a pit or a cloud's shadow rather than wet sand.
ZONE_WET = 0.6
# A rain zone's curtain: the downpour seen across, grey-blue, as thick as its rain is heavier than the map's (to
# strength ** THICKENING of MIST_ALPHA, as a dust cloud thickens), so a machine in it is made out only as near as the
# Layzner sees there. By night (the renderer's DAYLIGHT) a shade lighter than the wet streets and darker than the lit
# drops; by day (Mars's sand) a light grey: as dark there it read as a pool of tar on the sand, as light by night (New
# York's streets, whose map has no rain of its own) a glowing fog bank. Night's, then day's.
MIST = ((50, 58, 76), (150, 160, 176))
MIST_ALPHA = 0.92
# The curtain is heavier in sheets lying along the rain's fall, so it reads as rain driven past, not a fog: its
# thickness swings by SHEETS[0] of itself across them, SHEETS[1] px apart.
SHEETS = (0.25, 24)
DROPS = 1300  # streaks of rain a full-strength storm drives per screenful; a weaker one its first so many (SHARE)
# The share of DROPS (and SPLASHES) a storm drives by its strength, between these points: a light rain is a sparse one,
# but thicker than a dust storm as weak (260 streaks x 1.3 x its strength), or it would read as a few scratches; past
# 0.4 it thickens into a downpour, so a squall's zone of 0.7 reads as one.
SHARE = ((0.0, 0.4, 1.0), (0.0, 0.2, 1.0))
DROP_LEVELS = 4  # a streak is drawn at one of this many strengths, by the storm's
DROP_ALPHA = 170  # a streak's head in a full-strength storm, of 255; soft, fading to nothing at its tail
# A drop falls FALL px/s down the screen (the camera looks at the ground from a little south of overhead) and the
# wind drives it GUST times as fast as it drives the dust, so the streaks slant with it.
FALL = 900.0
GUST = 4.0
# A wind blowing up the screen slows the drops' fall but never holds them: down the screen they go at least this share
# of FALL (a wind of 225 px/s toward the north would stop them dead, their streaks of no length, and a stronger one lift
# them up the screen).
LEAST_FALL = 0.5
# px, a streak's length at each of its speeds (0.8 to 1.25 of FALL's) without wind: some 0.03 s of its fall, from
# its head back, so a streak moves less than its own length a frame and reads as falling, not flickering.
LENGTHS = (22, 26, 30, 34)
SPLASHES = 320  # rings spreading where drops land, per screenful at full strength (a weaker storm its SHARE)
SPLASH_LIFE = 0.4  # s from a drop's landing to its ring's fading away
SPLASH_FRAMES = 8  # drawn steps of a ring's spreading
SPLASH_ALPHA = 90  # a ring's brightest, of 255: faint, on the ground, under the machines' notice
SPLASH_SIZE = 6.0  # px, the widest ring's radius


def weather_for(level, rng, view_size: tuple[int, int], daylit: bool = False):
    """The renderer's weather: Rain where the map or a zone of it rains (with any dust under it), else Weather.
    `daylit`: the map is seen by day (the renderer's DAYLIGHT), which a rain zone's curtain is shaded for."""
    rains = level.weather == "rain" or any(zone.kind == "rain" for zone in level.zones)
    return Rain(level, rng, view_size, daylit) if rains else Weather(level, rng, view_size)


class Rain:
    """As Weather (the renderer's interface: haze_onto, update, draw_clouds, draw_blowing), for rain over the whole map
    (`weather: rain`) and in rain zones: on a rain map a zone is a heavier patch of the same rain. The map's dust (its
    dust storm zones, and on a dust map its storm) stays the dust it is, drawn by a Weather of its own, under the
    rain; a rain map bakes none of it into the map's chunks."""

    def __init__(self, level, rng, view_size=(1280, 720), daylit: bool = False) -> None:
        """`rng` (the view's cosmetic generator) is drawn from by any dust's Weather, then for the drops and rings, then
        for the rain zones' fronts: in that order, so the same seed rains the same. `daylit`: seen by day (MIST)."""
        self.level = level
        rain_map = level.weather == "rain"
        self.storm = level.storm if rain_map else 0.0  # the map's rain
        dusty = any(zone.kind == "dust_storm" for zone in level.zones) or (not rain_map and level.storm > 0)
        self.dust = None
        if dusty:
            self.dust = Weather(dataclasses.replace(level, storm=0.0) if rain_map else level, rng, view_size)
        self.shade = tuple(round(255 * (1 - share * self.storm)) for share in WET)  # multiplies the map's colours
        wind_x = math.cos(level.wind_angle) * level.wind_speed
        wind_y = math.sin(level.wind_angle) * level.wind_speed
        self.fall = (GUST * wind_x, max(LEAST_FALL * FALL, FALL + GUST * wind_y))  # px/s of a drop at speed 1
        speed = math.hypot(*self.fall)
        self._falling_way = (self.fall[0] / speed, self.fall[1] / speed)  # on screen: it breaks shapes seen in rain
        self.falling = 0.0  # s of rain so far: the drops' and rings' places follow from it
        shapes = _drop_images(self.fall)
        kinds = self._lay_drops_and_rings(rng, view_size, shapes)
        self._pick_map_rain(kinds, shapes)
        self._ready_drops_for_zones(kinds, shapes)
        self._lay_zones(level, rng, MIST[daylit])

    def _lay_drops_and_rings(self, rng, view_size, shapes) -> list[int]:
        """Every drop and ring there is, laid once at time 0 on a screen-sized tile fixed to the ground (as the dust's
        streaks); returns each drop's kind (its index in LENGTHS and `shapes`), by which its images are picked."""
        width, height = view_size
        # The drops: where on the tile at time 0, and each one's speed (a longer streak is a faster drop).
        drop_x = [rng.uniform(0, width) for _ in range(DROPS)]
        drop_y = [rng.uniform(0, height) for _ in range(DROPS)]
        kinds = [rng.randrange(len(LENGTHS)) for _ in range(DROPS)]
        # The rings: where on the tile at time 0, and how far through its life each is then.
        ring_x = [rng.uniform(0, width) for _ in range(SPLASHES)]
        ring_y = [rng.uniform(0, height) for _ in range(SPLASHES)]
        ring_phase = np.array([rng.random() for _ in range(SPLASHES)])
        self._ring_images = [_ring_images(strength / DROP_LEVELS) for strength in range(1, DROP_LEVELS + 1)]
        # As [x, y] rows, every ring (drawn first: on the ground, under the rain) and then every drop: where each is
        # at time 0, how far it goes a second (a ring stays where it landed), its image's offset from its place.
        start = np.array([ring_x + drop_x, ring_y + drop_y])
        speed = 0.8 + 0.15 * np.array(kinds)
        travel = np.concatenate((np.zeros((2, SPLASHES)), np.outer(self.fall, speed)), axis=1)
        half = self._ring_images[0][0].get_width() // 2  # every step's image is the same size
        heads = np.array([[shapes[kind][1][axis] for kind in kinds] for axis in (0, 1)]).reshape(2, DROPS)
        offset = np.concatenate((np.full((2, SPLASHES), half), heads), axis=1)
        self._all = _Drops(start, travel, offset, ring_phase, SPLASHES)
        # A ring starts again somewhere else on the tile each time round (a new drop), by steps of the golden ratio so
        # the places never line up.
        self._ring_step = np.array([[0.618034 * width], [0.381966 * height]])
        return kinds

    def _pick_map_rain(self, kinds, shapes) -> None:
        """The map's rain, the same all over it and all frame long: its first so many rings and drops, and the image
        each is drawn with, picked once, here."""
        rings, drops = (int(count * np.interp(self.storm, *SHARE)) for count in (SPLASHES, DROPS))
        self._map = self._all.first(rings, drops)
        self._map_rings = self._ring_images[_strength(self.storm) - 1]
        self._map_drops = [shapes[kind][0][_strength(self.storm) - 1] for kind in kinds[:drops]]

    def _ready_drops_for_zones(self, kinds, shapes) -> None:
        """What the rain zones' rain is read by, drop by drop: every drop's images at each strength and its tail's
        offset from its head (the streak must be in the rain at both its ends), and how many must fall for it to."""
        self._drop_images = np.empty((DROP_LEVELS, DROPS), dtype=object)  # picked by index arrays
        for index, kind in enumerate(kinds):
            self._drop_images[:, index] = shapes[kind][0]
        size = math.hypot(*self.fall)
        lengths = np.array([LENGTHS[kind] * size / FALL for kind in kinds])
        self._tails = -np.outer(np.divide(self.fall, size), lengths)
        # Ring (or drop) i falls where the rain there makes more than i of the rings (or drops) fall.
        self._rank = np.concatenate((np.arange(SPLASHES), np.arange(DROPS)))
        self._count = np.concatenate((np.full(SPLASHES, SPLASHES), np.full(DROPS, DROPS)))

    def _lay_zones(self, level, rng, mist) -> None:
        """Each rain zone's rain over the map (its field), the ground under it wetted (haze_onto), and its curtain
        (draw_clouds) in `mist`, where its rain is heavier than the map's."""
        squalls = [zone for zone in level.zones if zone.kind == "rain"]
        haze = haze_texture(rng) if squalls else None  # their fronts billow as a dust cloud's
        bounds = pygame.Rect((0, 0), level.pixel_size)
        self._fields = [field for field in (zone_field(zone, haze, bounds) for zone in squalls) if field is not None]
        self._wet = [_wet_ground(field, self.storm) for field in self._fields]
        curtains = [(_curtain(field, self.storm, self._falling_way, mist), field.shown.topleft)
                    for field in self._fields]
        self.curtains = [(image, where) for image, where in curtains if image is not None]

    def veils(self) -> list:
        """(image, its top-left on the map, None for dust or the way the rain falls on screen) of any dust zone's cloud
        and each rain zone's curtain: what machines loom out of (game/view/loom.py)."""
        dust = self.dust.veils() if self.dust is not None else []
        return dust + [(image, where, self._falling_way) for image, where in self.curtains]

    def wet_at(self, x: float, y: float) -> bool:
        """Whether the ground at map point (x, y) is wet: where this view darkens it (haze_onto), under the map's rain
        or a rain zone's."""
        if self.storm > 0:
            return True
        if not self._fields:
            return False
        return bool(_ground_rain(strongest(self._fields, np.array([x]), np.array([y])), self.storm)[0] > 0)

    def haze_onto(self, chunk, left: int, top: int) -> None:
        """In a map chunk as it is drawn (once, not each frame): any dust's haze, then the map's light taken down and
        cooled by its rain, and more so under a rain zone heavier than it."""
        if self.dust is not None:
            self.dust.haze_onto(chunk, left, top)
        if self.storm > 0:
            chunk.fill(self.shade, special_flags=pygame.BLEND_RGB_MULT)
        for wet, field in zip(self._wet, self._fields):
            chunk.blit(wet, (field.shown.x - left, field.shown.y - top), special_flags=pygame.BLEND_RGB_MULT)

    def update(self, dt: float) -> None:
        self.falling += dt
        if self.dust is not None:
            self.dust.update(dt)

    def draw(self, surface, camera) -> None:
        """The clouds, then what blows and falls in front of them."""
        self.draw_clouds(surface, camera)
        self.draw_blowing(surface, camera)

    def draw_clouds(self, surface, camera) -> None:
        """Any dust storm zone's cloud in view, then any rain zone's curtain (what looms out of them is drawn next,
        under draw_blowing)."""
        if self.dust is not None:
            self.dust.draw_clouds(surface, camera)
        view = surface.get_rect()
        for image, (x, y) in self.curtains:
            rect = image.get_rect(topleft=(round(x - camera.left), round(y - camera.top)))
            if rect.colliderect(view):
                surface.blit(image, rect)

    def draw_blowing(self, surface, camera) -> None:
        """Any dust blowing, then the rain: its rings on the ground under its streaks, in one fblits, over the map
        only (past its edge the ground fades into the night, as under the dust)."""
        if self.dust is not None:
            self.dust.draw_blowing(surface, camera)
        view = surface.get_rect()
        left, top = camera.left, camera.top
        fields = [field for field in self._fields if field.shown.move(-round(left), -round(top)).colliderect(view)]
        if fields:
            blits = self._squalls(fields, camera)
        elif self.storm > 0:  # the map's rain alone, the same all over the screen
            places, steps = self._placed(self._map, camera)
            blits = zip([self._map_rings[step] for step in steps.tolist()] + self._map_drops, zip(*places.tolist()))
        else:
            return
        over_the_map(surface, blits, self.level, left, top)

    def _squalls(self, fields, camera):
        """(image, top-left) of the rain where rain zones are on screen: every ring and drop reads the rain where it
        is (a drop at both its ends, the thinner wins; the map's where it is heavier) and falls, as strong, where a
        rain that strong all over the screen would make it fall: as heavy as ever inside a zone, thinning out through
        its soft front."""
        places, steps = self._placed(self._all, camera)
        x, y = places + self._all.offset  # where each is on screen: a ring's middle, a drop's head
        x, y = x + camera.left, y + camera.top
        rain = strongest(fields, x, y).astype(np.float64)
        tails = strongest(fields, x[SPLASHES:] + self._tails[0], y[SPLASHES:] + self._tails[1])
        rain[SPLASHES:] = np.minimum(rain[SPLASHES:], tails)
        rain = np.maximum(rain / FULL_CLOUD, self.storm)
        falling = np.flatnonzero(self._rank < (self._count * np.interp(rain, *SHARE)).astype(np.intp))
        levels = (np.minimum(np.ceil(rain * DROP_LEVELS), DROP_LEVELS).astype(np.intp) - 1)[falling]
        rings = int(np.searchsorted(falling, SPLASHES))
        images = [self._ring_images[level][step] for level, step in zip(levels[:rings].tolist(),
                                                                          steps[falling[:rings]].tolist())]
        images += self._drop_images[levels[rings:], falling[rings:] - SPLASHES].tolist()
        return zip(images, zip(*places[:, falling].tolist()))

    def _placed(self, drops: "_Drops", camera) -> tuple[np.ndarray, np.ndarray]:
        """Where `drops`' images go on screen now ([x, y] rows of top-lefts) and each ring's step through its life."""
        t = self.falling
        life = t / SPLASH_LIFE + drops.ring_phase
        landed = np.floor(life)
        start = drops.start.copy()
        start[:, :drops.rings] += landed * self._ring_step
        tile = np.array([[camera.width], [camera.height]])  # the screen-sized tile the rain wraps round
        places = ((start + drops.travel * t - np.array([[camera.left], [camera.top]])) % tile).astype(np.intp)
        return places - drops.offset, ((life - landed) * SPLASH_FRAMES).astype(np.intp)


@dataclasses.dataclass(frozen=True)
class _Drops:
    """Rings, then drops, as [x, y] rows: where each is at time 0 on the tile, how far it goes a second, its image's
    offset from its place; and how far through its life each ring is at time 0."""
    start: np.ndarray
    travel: np.ndarray
    offset: np.ndarray
    ring_phase: np.ndarray
    rings: int

    def first(self, rings: int, drops: int) -> "_Drops":
        """The first so many rings and drops."""
        pick = np.r_[0:rings, self.rings:self.rings + drops]
        return _Drops(self.start[:, pick], self.travel[:, pick], self.offset[:, pick], self.ring_phase[:rings], rings)


def _ground_rain(alpha, storm: float):
    """The rain on the ground (0 to 1) where rain zones' fields are `alpha` (Field's bytes) on a map whose rain is
    `storm`: what wets it (darker and cooler, _wet_ground), and where a landing throws up spray (wet_at)."""
    return np.maximum(ZONE_WET * alpha / FULL_CLOUD, storm)


def _wet_ground(field, storm: float) -> pygame.Surface:
    """What a rain zone multiplies the ground under it by (its `field`, over a map whose own rain is `storm`, which
    has already darkened it): wetter where the zone's rain is heavier, drying out through its soft front."""
    rain = _ground_rain(field.alpha[1:-1, 1:-1], storm)  # its cells without their border
    wet = [(1 - share * rain) / (1 - share * storm) for share in WET]
    small = pygame.Surface(rain.shape)
    pygame.surfarray.pixels3d(small)[...] = np.rint(255 * np.stack(wet, axis=-1)).astype(np.uint8)
    return pygame.transform.smoothscale(small, field.shown.size)


def _curtain(field, storm: float, falling, mist) -> pygame.Surface | None:
    """A rain zone's curtain over the part of the map its `field` covers: `mist` as thick as the zone's rain is heavier
    than the map's (`storm`), thinning through its soft front, in sheets along the way the rain falls (`falling`, a
    unit vector on screen); None where it is nowhere heavier (nothing more shows)."""
    heavier = np.clip(field.alpha[1:-1, 1:-1] / FULL_CLOUD - storm, 0, None) / max(1.0 - storm, 1e-9)
    if not heavier.any():
        return None
    x, y = np.meshgrid(np.arange(heavier.shape[0]), np.arange(heavier.shape[1]), indexing="ij")
    across = (x * falling[1] - y * falling[0]) * 4  # px across the fall (the cells are 4 px)
    sheets = 1 - SHEETS[0] * (0.5 + 0.5 * np.sin(across * math.tau / SHEETS[1]) * np.sin(across * 0.37 + 1.0))
    small = pygame.Surface(heavier.shape, pygame.SRCALPHA)
    small.fill((*mist, 0))
    alpha = 255 * MIST_ALPHA * heavier ** THICKENING * sheets
    pygame.surfarray.pixels_alpha(small)[...] = np.rint(alpha).astype(np.uint8)
    return pygame.transform.smoothscale(small, field.shown.size)


def _strength(storm: float) -> int:
    """Which of the DROP_LEVELS a storm this strong (0 to 1) draws its rain at: 1 (faintest) to DROP_LEVELS."""
    return max(1, min(DROP_LEVELS, math.ceil(storm * DROP_LEVELS)))


def _drop_images(fall) -> list[tuple[list[pygame.Surface], tuple[int, int]]]:
    """For each of LENGTHS: ([the streak at each of DROP_LEVELS strengths], where its head is in the image), lying
    along `fall` (px/s at speed 1) and as long as a drop of its speed falls in some 0.03 s; premultiplied."""
    size = math.hypot(*fall)
    direction = (fall[0] / size, fall[1] / size)
    shapes = []
    for kind, still in enumerate(LENGTHS):
        length = round(still * size / FALL)  # the wind's slant lengthens the streak with the drop's speed
        cover, head = streak_cover(direction, length, fading=1.6)  # a quick fade: a drop, not a thread
        levels = []
        for strength in range(1, DROP_LEVELS + 1):
            image = pygame.Surface(cover.shape, pygame.SRCALPHA)
            image.fill((*RAIN, 0))
            peak = DROP_ALPHA * (0.6 + 0.4 * strength / DROP_LEVELS)  # a drizzle's still seen, if faintly
            pygame.surfarray.pixels_alpha(image)[...] = np.rint(peak * cover).astype(np.uint8)
            levels.append(image.premul_alpha())
        shapes.append((levels, head))
    return shapes


def _ring_images(strength: float) -> list[pygame.Surface]:
    """A drop's ring on the ground at each of SPLASH_FRAMES steps of its life, all the same size (so placed by one
    offset): a bright point as it lands, then a thin ring spreading to SPLASH_SIZE px and fading; fainter in a lighter
    rain (`strength`, 0 to 1); premultiplied."""
    side = 2 * math.ceil(SPLASH_SIZE) + 3
    middle = (side - 1) / 2
    x, y = np.meshgrid(np.arange(side) - middle, np.arange(side) - middle, indexing="ij")
    distance = np.hypot(x, y)
    images = []
    for step in range(SPLASH_FRAMES):
        age = (step + 0.5) / SPLASH_FRAMES
        radius = 1.0 + (SPLASH_SIZE - 1.0) * math.sqrt(age)  # quick at first, slowing as it spreads
        cover = np.clip(1 - np.abs(distance - radius) / 0.9, 0, 1) * (1 - age) ** 1.5
        if step == 0:
            cover = np.maximum(cover, np.clip(1.5 - distance, 0, 1))  # the drop itself, striking
        image = pygame.Surface((side, side), pygame.SRCALPHA)
        image.fill((*RAIN, 0))
        alpha = SPLASH_ALPHA * (0.5 + 0.5 * strength) * cover
        pygame.surfarray.pixels_alpha(image)[...] = np.rint(alpha).astype(np.uint8)
        images.append(image.premul_alpha())
    return images
