"""Machines looming out of a storm zone's cloud or a rain zone's curtain: a dark silhouette over it, under the dust
blowing or the rain falling in front of it, as the Layzner's sight in that storm would make it out (none beyond it,
whole within half of it), in the shape the machine is drawn in (a disabled one's arm hanging): brown through dust,
cool grey-blue and broken by the streaks through rain; and the Layzner itself drawn clear over them."""

import math
from typing import NamedTuple

import numpy as np
import pygame

from game.sim.weather import STORM_SIGHT_LOSS, visibility
from game.view.sprites import ANGLE_STEPS, SpriteBank

SHADE = (70, 48, 40)  # a machine's shape seen through dust: darker than any dust or ground, and brown, not black
RAIN_SHADE = (18, 22, 32)  # through rain: cooler, grey-blue, darker than the curtain and the wet night streets' lamps
RELIEF = (0.7, 0.6)  # the shade at a pixel of the body: SHADE x (first + second x the body's lightness there, 0 to 1)
# Through rain the shape is broken by the streaks falling across it: a thin gap every STREAK_GAPS[0] px across the
# rain's fall, STREAK_GAPS[1] px wide, where only BROKEN of the shape shows.
STREAK_GAPS = (5, 2)
BROKEN = 0.35
LEVELS = 8  # a silhouette is drawn at one of this many strengths: each made once per sprite turn, on first use
NEAR = 0.5  # share of the sight range within which a machine under a cloud shows as its whole silhouette
DEFAULT_SIGHT = 650.0  # px: units.yaml's Layzner sees as far as its black box hunts; this if it has none
REACH = 80  # px from a cloud's box a machine's centre may be and still be drawn on it (a V-MAX barrier's half)


class Drawn(NamedTuple):
    """The machines Renderer._draw_machines drew, as the loom reads them: arrays and lists over every machine."""
    shown: np.ndarray  # indexes of the machines on screen
    sx: np.ndarray  # screen x and y of every machine
    sy: np.ndarray
    steps: np.ndarray  # the angle step of each machine on screen (as `shown` orders them)
    entities: list
    units: list
    guns: list
    facings: list
    disabled: dict  # this frame's {entity: Disabled}


class Look(NamedTuple):
    """How a machine's shape shows through a veil: its colour, and the way the rain falls across it (None: dust)."""
    shade: tuple[int, int, int]
    streaks: tuple[float, float] | None


class Loom:
    """What the zones' clouds (the weather's, drawn before) hide and what the pilot would make out through them."""

    def __init__(self, weather, level, catalog, sprites: SpriteBank, glint) -> None:
        self.sprites = sprites
        self.glint = glint  # (gun, facing, screen x, y) → (image, top-left) of a wind-up glint: the renderer's
        # Each cloud's (or curtain's) image, its box on the map, as the weather places it, and the look through it.
        self.clouds = [(image, pygame.Rect((round(x), round(y)), image.get_size()),
                        Look(SHADE if falling is None else RAIN_SHADE, falling))
                       for image, (x, y), falling in weather.veils()]
        self.level = level
        fouron = catalog.units[catalog.player].fouron
        # The rules' one sight range for the Layzner: its black box's, which walls and dust cut as they cut a Dis's.
        self.sight = fouron.sight_range if fouron is not None else DEFAULT_SIGHT
        self.farthest = self.sight * (1.0 - STORM_SIGHT_LOSS * level.storm)  # the map's storm is the least anywhere
        self._shapes: dict[tuple, tuple] = {}  # (sprite, angle step, level, look) → (image, dx, dy)
        self._glints: dict[tuple[tuple[int, int], int], pygame.Surface] = {}  # (glint's size, level) → dimmed

    def covers(self, x: float, y: float) -> bool:
        """Whether a machine at map point (x, y) may be under a cloud: within REACH of a cloud's box."""
        return any(rect.inflate(2 * REACH, 2 * REACH).collidepoint(x, y) for _, rect, _ in self.clouds)

    def draw(self, surface, machines, player, seen, left: float, top: float) -> None:
        """Over the clouds, a silhouette of each machine on screen under one, but the player's: as strong as the cloud
        is thick at its centre, times how near it is within the Layzner's sight there; and the glint of one about to
        fire, as strong. `machines`: what Renderer._draw_machines drew (Drawn; None: none), `player` its entity,
        `seen` its place on the map (None: gone)."""
        if not self.clouds or machines is None or seen is None:
            return
        view = surface.get_rect()
        over = [(image, rect.move(-round(left), -round(top)), look) for image, rect, look in self.clouds]  # as drawn
        over = [(image, rect, look) for image, rect, look in over if rect.colliderect(view)]
        if not over:
            return
        shown, sx, sy, steps, entities, units, guns, facings, disabled = machines  # Drawn
        x, y = np.round(sx[shown]).astype(np.intp), np.round(sy[shown]).astype(np.intp)  # the centres drawn
        under = np.zeros(len(shown), dtype=bool)
        for _, rect, _ in over:
            under |= (rect.left <= x) & (x < rect.right) & (rect.top <= y) & (y < rect.bottom)
        blits, lights = [], []
        for at in np.flatnonzero(under).tolist():
            index = int(shown[at])
            if entities[index] == player:
                continue
            nearness = self._nearness(seen, float(sx[index]) + left, float(sy[index]) + top)
            if nearness <= 0.0:
                continue
            centre = int(x[at]), int(y[at])
            clear = 1.0  # how much of the machine the clouds over its centre let through
            look, thickest = None, 0  # it is seen as through the thickest of them
            for image, rect, through in over:
                if rect.collidepoint(centre):
                    cover = image.get_at((centre[0] - rect.left, centre[1] - rect.top)).a
                    clear *= 1.0 - cover / 255
                    if look is None or cover > thickest:
                        look, thickest = through, cover
            level = round(LEVELS * (1.0 - clear) * nearness)
            if level > 0:
                kind = units[index].kind
                # The shape the machine is drawn in under the cloud: a disabled one's arm and rifle hang, no threat.
                crippled = entities[index] in disabled and self.sprites.has(f"{kind}_disabled")
                name = f"{kind}_disabled" if crippled else kind
                image, dx, dy = self._shape(name, int(steps[at]), level, look)
                blits.append((image, (centre[0] + dx, centre[1] + dy)))
                gun = guns[index]
                if gun is not None and gun.charge > 0 and entities[index] not in disabled:  # glinting, as drawn
                    # about to fire: its glint, the cue to dodge, as bright as the shape is dark
                    glint, where = self.glint(gun, facings[index], float(sx[index]), float(sy[index]))
                    lights.append((self._dimmed(glint, level), where))
        if blits:
            surface.fblits(blits, pygame.BLEND_PREMULTIPLIED)
        if lights:
            surface.fblits(lights, pygame.BLEND_ADD)

    def _nearness(self, seen, x: float, y: float) -> float:
        """1 within NEAR of the Layzner's sight of a machine at (x, y) through the dust (the rules' visibility,
        the thicker storm of the two ends), falling to 0 at its end; walls are not asked: in this view they hide
        no machine, and the dust is what the cloud stands for."""
        distance = math.hypot(x - seen[0], y - seen[1])
        if distance >= self.farthest:  # out of sight in any storm this map has: no need to ask where
            return 0.0
        reach = self.sight * visibility(self.level, seen[0], seen[1], x, y)
        return min(1.0, max(0.0, (reach - distance) / (reach * (1.0 - NEAR))))

    def _dimmed(self, glint: pygame.Surface, level: int) -> pygame.Surface:
        """A wind-up glint (added light, one image for each size) at `level` of LEVELS of its light."""
        key = (glint.get_size(), level)
        dimmed = self._glints.get(key)
        if dimmed is None:
            dimmed = self._glints[key] = glint.copy()
            dimmed.fill((round(255 * level / LEVELS),) * 3, special_flags=pygame.BLEND_RGB_MULT)
        return dimmed

    def _shape(self, name: str, step: int, level: int, look: Look) -> tuple[pygame.Surface, int, int]:
        """(silhouette, dx, dy) of the sprite `name` turned to angle `step`, at strength `level` of LEVELS, placed by
        its centre as SpriteBank.placed's are: the body's shape alone (its shadow lies on the ground, under the dust)
        in the look's shade, a little lighter where the body is light, so its arms and head still read; through rain,
        broken by the streaks falling across it; premultiplied."""
        key = (name, step, level, look)
        shape = self._shapes.get(key)
        if shape is None:
            turned = pygame.transform.rotozoom(self.sprites.image(name), -step * 360 / ANGLE_STEPS, 1.0)
            box = turned.get_bounding_rect()
            body = turned.subsurface(box)
            light = pygame.surfarray.array3d(body).astype(np.float32).mean(axis=2) / 255
            tone = np.multiply.outer(RELIEF[0] + RELIEF[1] * light, look.shade)
            image = pygame.Surface(box.size, pygame.SRCALPHA)
            pygame.surfarray.pixels3d(image)[...] = np.minimum(np.rint(tone), 255).astype(np.uint8)
            alpha = pygame.surfarray.array_alpha(body).astype(np.float32) * (level / LEVELS)
            if look.streaks is not None:
                alpha *= _streaked(alpha.shape, look.streaks)
            pygame.surfarray.pixels_alpha(image)[...] = np.rint(alpha).astype(np.uint8)
            width, height = turned.get_size()
            shape = self._shapes[key] = image.premul_alpha(), box.left - width // 2, box.top - height // 2
        return shape


def _streaked(size, falling) -> np.ndarray:
    """[column, row] share of a shape that shows through rain falling the way `falling` (a unit vector on screen): all
    of it but in thin gaps along the fall (STREAK_GAPS), where BROKEN of it shows, as streaks pass in front of it."""
    x, y = np.meshgrid(np.arange(size[0]), np.arange(size[1]), indexing="ij")
    across = x * falling[1] - y * falling[0]  # px across the fall
    period, gap = STREAK_GAPS
    return np.where(across % period < gap, BROKEN, 1.0).astype(np.float32)
