"""Rain at night on screen (a map's `weather: rain`): the map darkened and cooled as the storm is strong, thin streaks
of rain slanting with the wind, and faint rings spreading where drops hit the ground."""

import dataclasses
import math

import numpy as np
import pygame

from game.view.weather import Weather, over_the_map, streak_cover

RAIN = (176, 192, 214)  # blue-grey: rain lit by the streets' lamps and the sky's glow, nothing warm in it
# What a full-strength rain takes off the map's light, per channel: more red than blue, so the wet night reads cool;
# a share of it in a lighter rain. Never so much that a machine is lost in it.
WET = (0.42, 0.36, 0.22)
DROPS = 260  # streaks of rain a full-strength storm drives per screenful (as many as the dust's streaks)
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
SPLASHES = 64  # rings spreading where drops land, per screenful at full strength
SPLASH_LIFE = 0.4  # s from a drop's landing to its ring's fading away
SPLASH_FRAMES = 8  # drawn steps of a ring's spreading
SPLASH_ALPHA = 90  # a ring's brightest, of 255: faint, on the ground, under the machines' notice
SPLASH_SIZE = 6.0  # px, the widest ring's radius


class Rain:
    """As Weather (the renderer's interface: haze_onto, update, draw_clouds, draw_blowing), for rain: a dust storm zone
    on a rain map stays the dust its kind says, drawn by a Weather of its own with no map-wide dust, so none baked into
    the map's chunks."""

    def __init__(self, level, rng, view_size=(1280, 720)) -> None:
        self.level = level
        dusty = any(zone.kind == "dust_storm" for zone in level.zones)
        self.dust = Weather(dataclasses.replace(level, storm=0.0), rng, view_size) if dusty else None
        storm = level.storm
        self.shade = tuple(round(255 * (1 - share * storm)) for share in WET)  # multiplies the map's colours
        wind_x = math.cos(level.wind_angle) * level.wind_speed
        wind_y = math.sin(level.wind_angle) * level.wind_speed
        self.fall = (GUST * wind_x, max(LEAST_FALL * FALL, FALL + GUST * wind_y))  # px/s of a drop at speed 1
        self.falling = 0.0  # s of rain so far: the drops' and rings' places follow from it
        width, height = view_size
        # Drops at time 0 on a screen-sized tile fixed to the ground (as the dust's streaks), each of a speed; a longer
        # streak is a faster drop.
        drop_x = [rng.uniform(0, width) for _ in range(DROPS)]
        drop_y = [rng.uniform(0, height) for _ in range(DROPS)]
        kinds = [rng.randrange(len(LENGTHS)) for _ in range(DROPS)]
        # Its first so many fall, as the dust's streaks blow: a light rain is a sparse one, but thicker than a dust
        # storm as weak, or it would read as a few scratches. The storm is the map's, the same all frame long, so which
        # drops fall and the image each is drawn with are picked once, here.
        drops = int(DROPS * min(1.0, storm * 2.5))
        shapes = _drop_images(self.fall)
        falling = kinds[:drops]
        # The rings: where on the tile at time 0, and how far through its life each is then.
        ring_x = [rng.uniform(0, width) for _ in range(SPLASHES)]
        ring_y = [rng.uniform(0, height) for _ in range(SPLASHES)]
        rings = int(SPLASHES * min(1.0, storm * 2.5))
        self._ring_phase = np.array([rng.random() for _ in range(SPLASHES)])[:rings]
        self._ring_images = _ring_images(_strength(storm) / DROP_LEVELS)
        self._drop_images = [shapes[kind][0][_strength(storm) - 1] for kind in falling]
        # As [x, y] rows, the rings (drawn first: on the ground, under the rain) and then the drops that fall: where
        # each is at time 0, how far it goes a second (a ring stays where it landed), its image's offset from its place.
        self._start = np.array([ring_x[:rings] + drop_x[:drops], ring_y[:rings] + drop_y[:drops]])
        speed = 0.8 + 0.15 * np.array(falling)
        self._travel = np.concatenate((np.zeros((2, rings)), np.outer(self.fall, speed)), axis=1)
        half = self._ring_images[0].get_width() // 2  # every step's image is the same size
        heads = [[shapes[kind][1][axis] for kind in falling] for axis in (0, 1)]
        self._offset = np.concatenate((np.full((2, rings), half), np.array(heads).reshape(2, drops)), axis=1)
        # A ring starts again somewhere else on the tile each time round (a new drop), by steps of the golden ratio so
        # the places never line up.
        self._ring_step = np.array([[0.618034 * width], [0.381966 * height]])
        self._rings = rings

    def haze_onto(self, chunk, left: int, top: int) -> None:
        """The map's light taken down and cooled by the rain, in a map chunk as it is drawn (once, not each frame)."""
        if self.level.storm > 0:
            chunk.fill(self.shade, special_flags=pygame.BLEND_RGB_MULT)

    def update(self, dt: float) -> None:
        self.falling += dt
        if self.dust is not None:
            self.dust.update(dt)

    def draw(self, surface, camera) -> None:
        """The clouds, then what blows and falls in front of them."""
        self.draw_clouds(surface, camera)
        self.draw_blowing(surface, camera)

    def draw_clouds(self, surface, camera) -> None:
        """Any dust storm zone's cloud in view (what looms out of it is drawn next, under draw_blowing)."""
        if self.dust is not None:
            self.dust.draw_clouds(surface, camera)

    def draw_blowing(self, surface, camera) -> None:
        """Any dust storm zone's blowing dust, then the rain: its rings on the ground under its streaks, in one fblits,
        over the map only (past its edge the ground fades into the night, as under the dust)."""
        if self.dust is not None:
            self.dust.draw_blowing(surface, camera)
        if self.level.storm <= 0:
            return
        left, top = camera.left, camera.top
        width, height = camera.width, camera.height  # the screen-sized tile the rain wraps round
        t = self.falling
        life = t / SPLASH_LIFE + self._ring_phase
        landed = np.floor(life)
        start = self._start.copy()
        start[:, :self._rings] += landed * self._ring_step
        tile = np.array([[width], [height]])
        places = ((start + self._travel * t - np.array([[left], [top]])) % tile).astype(np.intp) - self._offset
        steps = ((life - landed) * SPLASH_FRAMES).astype(np.intp).tolist()
        blits = zip([self._ring_images[step] for step in steps] + self._drop_images, zip(*places.tolist()))
        over_the_map(surface, blits, self.level, left, top)


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
