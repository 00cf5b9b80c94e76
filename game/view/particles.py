"""Particles: kept as columns of one numpy array, aged in bulk, drawn from pre-scaled, pre-faded, trimmed images.

A particle's picture depends only on its kind, its size (it grows with age) and how far it has faded, so the
scaled and faded images are made once each and reused: no smoothscale or set_alpha per particle per frame.
Moving, culling and choosing images are whole-array operations; Python only hands pygame two blit lists: every
puff, premultiplied (pygame's quickest per-pixel alpha blend), then every spark as added light, over the smoke.
"""

from typing import NamedTuple

import numpy as np
import pygame

SPARK, SMOKE, DEBRIS, DUST, STEAM = range(5)  # frames of particles.png, then steam.png
FADE_STEPS = 16  # fade levels baked into images: a step every few frames of a puff's life reads as a smooth fade
LEVELS = FADE_STEPS + 1  # fade levels 0 (gone) to FADE_STEPS (unfaded)
BAKED_KEPT = 3000  # images at most (a few MB of small surfaces); past that the cache starts again
MARGIN = 64  # px beyond the view a particle's centre may be and still show (the largest puff is ~62 px wide)

# Rows of Particles.data: one column per particle.
X, Y, VX, VY, LIFE, AGE, KIND, GROW, DRAG = range(9)
FIELDS = 9


class Particle(NamedTuple):
    """A read-only look at one particle (for tests and tools; the game itself works on whole columns)."""
    x: float
    y: float
    vx: float
    vy: float
    life: float
    age: float
    kind: int
    grow: float
    drag: float


class Particles:
    """Every live particle, oldest first: a float array with a column per particle (rows X, Y, ... DRAG)."""

    def __init__(self) -> None:
        self.data = np.empty((FIELDS, 0))
        # Born since the last age() or draw(): plain tuples, joined to `data` in one concatenation, because
        # effects add particles one at a time and growing an array per particle would copy it each time.
        self._born: list[tuple] = []

    def add(self, x, y, vx, vy, life, kind, grow=0.0, drag=2.0) -> None:
        """A new particle (drawn round and unrotated: it has no angle)."""
        self._born.append((x, y, vx, vy, life, 0.0, kind, grow, drag))

    def clear(self) -> None:
        self.data = np.empty((FIELDS, 0))
        self._born.clear()

    def __len__(self) -> int:
        return self.data.shape[1] + len(self._born)

    def __iter__(self):
        self._join()
        for x, y, vx, vy, life, age, kind, grow, drag in zip(*self.data.tolist()):
            yield Particle(x, y, vx, vy, life, age, int(kind), grow, drag)

    def _join(self) -> None:
        if self._born:
            born = np.array(self._born, dtype=float).T
            self.data = np.concatenate((self.data, born), axis=1) if self.data.shape[1] else born
            self._born.clear()

    def age(self, dt: float) -> None:
        """Move, slow and age every particle; the dead are dropped, the rest keep their order.

        The same float operations, in the same order, as moving them one by one: the picture does not change.
        """
        self._join()
        data = self.data
        age = data[AGE] + dt
        alive = age < data[LIFE]
        if not alive.all():
            data, age = data.compress(alive, axis=1), age.compress(alive)  # compress: half a boolean index's time
        data[AGE] = age
        data[X] += data[VX] * dt
        data[Y] += data[VY] * dt
        slow = 1.0 - data[DRAG] * dt
        np.maximum(slow, 0.0, out=slow)
        data[VX] *= slow
        data[VY] *= slow
        self.data = data

    def draw(self, surface: pygame.Surface, images: "ParticleImages", left: float, top: float) -> None:
        """Every particle on screen: the puffs in order in one fblits, then the sparks (added light) in another.

        Sparks over every puff, not only the older ones: light shows through smoke, and two calls instead of a
        call per run of one kind or the other take over a quarter off the particles' cost in a big fight.
        """
        self._join()
        data = self.data
        width, height = surface.get_size()
        x, y = data[X] - left, data[Y] - top
        shown = (x > -MARGIN) & (x < width + MARGIN) & (y > -MARGIN) & (y < height + MARGIN)
        # The columns of those on screen in one compress, not a gather per row: a third off the selection's time.
        data = data.compress(shown, axis=1)
        if not data.shape[1]:
            return
        x, y, age, kind = data[X] - left, data[Y] - top, data[AGE], data[KIND].astype(np.intp)
        spark = kind == SPARK
        level = ((1.0 - age / data[LIFE]) * FADE_STEPS + 0.5).astype(np.intp)
        size = (images.widths[kind] * (1.0 + data[GROW] * age)).astype(np.intp)
        level[spark] = FADE_STEPS  # sparks burn out at full strength: they never fade
        size[spark] = images.widths[SPARK]
        picture, offset_x, offset_y, drawn = images.lookup(kind, size, level)
        # astype truncates toward zero, as int() and Rect's centre do: the same pixel as placing each by hand.
        x, y = x.astype(np.intp) + offset_x, y.astype(np.intp) + offset_y
        # Not `drawn`: faded to nothing, or nothing left once trimmed, so no blit. fblits takes its pairs from zip
        # as they are made: a few thousand cost far less than building the whole list first.
        for chosen, flags in ((drawn & ~spark, pygame.BLEND_PREMULTIPLIED), (drawn & spark, pygame.BLEND_ADD)):
            if chosen.any():
                surface.fblits(zip(picture[chosen].tolist(), zip(x[chosen].tolist(), y[chosen].tolist())), flags)


class ParticleImages:
    """The particle images by kind, and their scaled, faded, premultiplied and trimmed copies, made on first use.

    The copies sit in flat tables indexed by (size, kind, fade level), so a frame's particles find theirs with
    one array lookup. Each copy is cut to the box of its visible pixels: a transparent pixel changes nothing
    under either blend, so the picture is the same and the blits touch fewer pixels.
    """

    def __init__(self, images: list[pygame.Surface]) -> None:
        """images[kind], square; the spark's premultiplied: it is drawn as added light, which ignores alpha."""
        self.images = images
        self.widths = np.array([image.get_width() for image in images], dtype=np.intp)
        self.baked = 0  # entries made since the tables were last emptied
        self.sizes = 0  # the tables have room for every size below this, in px
        self.known = self.drawn = self.pictures = self.offset_x = self.offset_y = None
        self._grow_tables(int(self.widths.max()) * 4)

    def _grow_tables(self, sizes: int) -> None:
        """Room for every size below `sizes` px; what was baked stays (the size is the slowest-varying index)."""
        count = sizes * len(self.images) * LEVELS
        self.sizes = sizes
        self.known = _grown(self.known, count, False)
        self.drawn = _grown(self.drawn, count, False)
        self.pictures = _grown(self.pictures, count, None, object)
        self.offset_x = _grown(self.offset_x, count, 0)
        self.offset_y = _grown(self.offset_y, count, 0)

    def _forget(self) -> None:
        self.known[:] = False
        self.drawn[:] = False
        self.pictures[:] = None
        self.baked = 0

    def lookup(self, kind: np.ndarray, size: np.ndarray, level: np.ndarray) -> tuple:
        """(pictures, offset x, offset y, drawn) for each particle: the picture is blitted at its integer centre
        plus the offsets; `drawn` is False where nothing would show."""
        if size.max() >= self.sizes:
            self._grow_tables(int(size.max()) + 16)
        code = (size * len(self.images) + kind) * LEVELS + level
        missing = ~self.known[code]
        if missing.any():
            # sorted(set()), not np.unique: its first call imports numpy.ma, a 15 ms hitch in the middle of a fight
            new = sorted(set(code[missing].tolist()))
            if self.baked + len(new) > BAKED_KEPT:
                self._forget()
                new = sorted(set(code.tolist()))
            for entry in new:
                self._bake(entry)
        found = self.pictures[code], self.offset_x[code], self.offset_y[code], self.drawn[code]
        if self.baked > BAKED_KEPT:  # this frame alone needs more: it has them, nothing keeps them after
            self._forget()
        return found

    def _bake(self, code: int) -> None:
        """Make the table entry for `code`: the image scaled to its size (what smoothscale_by would make: it
        truncates), its fade baked into the pixels' alpha (no set_alpha), premultiplied (the spark already is),
        trimmed."""
        rest, level = divmod(code, LEVELS)
        width, kind = divmod(rest, len(self.images))
        image = self.images[kind]
        image = pygame.transform.smoothscale(image, (width, width)) if width != image.get_width() else image.copy()
        if level < FADE_STEPS:
            image.fill((255, 255, 255, round(255 * level / FADE_STEPS)), special_flags=pygame.BLEND_RGBA_MULT)
        if kind != SPARK:
            image = image.premul_alpha()
        visible = image.get_bounding_rect()  # alpha > 0; premultiplied sparks are black wherever alpha is 0
        self.known[code] = True
        self.drawn[code] = visible.width > 0 and visible.height > 0
        self.pictures[code] = image.subsurface(visible).copy() if self.drawn[code] else None
        self.offset_x[code] = visible.x - width // 2
        self.offset_y[code] = visible.y - width // 2
        self.baked += 1


def _grown(table, count: int, fill, dtype=None) -> np.ndarray:
    """`table` lengthened to `count` entries, the new ones `fill` (a new table when there is none)."""
    grown = np.full(count, fill, dtype=dtype if dtype is not None else type(fill))
    if table is not None:
        grown[:table.size] = table
    return grown
