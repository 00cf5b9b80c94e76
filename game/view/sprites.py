"""Sprite images from assets/sprites, with rotation caches (whole, and trimmed to what shows) so nothing is rotated
per frame."""

import math
from pathlib import Path

import numpy as np
import pygame

ROOT = Path(__file__).resolve().parents[2]
SPRITES = ROOT / "assets" / "sprites"
# Drawn with BLEND_ADD, as light added to what is under them: premultiplied, so a clear pixel adds nothing whatever
# colour it was saved with. A weapon's shot is light too, and one units.yaml names is added by the renderer
# (SpriteBank.shine), so a new weapon's picture needs no place here.
GLOWS = {"layzner_thrust", "bolt_player", "bolt_enemy", "bul_shell", "muzzle_flash", "spark_hit", "vmax_barrier",
         "missile_flame", "knuckle_wave", "telegraph", "deflect", "part_spark", "title_comet"}
# A day map's shots, <shot>_day.png (renderer.DAYLIGHT): ordinary alpha over what is under them, but premultiplied
# and drawn with BLEND_PREMULTIPLIED, the same picture at less than half the extra cost of the default alpha blit (the
# stress frame draws 300). Premultiplied, no pixel holds colour at alpha 0, which that blend would show or skip by
# where it lands. Known by the name, as a shadow is: a new weapon's day shot needs no list to be added to.
DAY = "_day"
ANGLE_STEPS = 72  # 5° apart: smooth enough at this sprite size, 72 small surfaces per image
SUN = (2, 3)  # px right and down the shadow of whatever stands falls, under the map's one sun
SHADOW_CLEAR = (12, 8, 14, 0)  # the shadow's colour, clear: an edge over no shadow blends as it did baked
# A picture with a <name>_shadow.png beside it (a soft silhouette in place) casts that shadow SUN px right and down
# whichever way it faces, as under one sun (a shadow baked into the picture would turn with it); so does a new
# machine's, drawn by tools/art. What lies flat on the ground, or flies low, casts it nearer:
LOW_SHADOWS = {"dis_wreck": (1, 2), "layzner_wreck": (1, 2), "missile": (1, 1), "pilot_pod": (1, 1)}


class SpriteBank:
    """Loads each image once (after the display exists) and hands out pre-rotated copies."""

    def __init__(self, folder: Path = SPRITES) -> None:
        self.folder = folder
        self._images: dict[str, pygame.Surface] = {}
        self._rotations: dict[str, list[pygame.Surface | None]] = {}
        self._placed: dict[str, Turns] = {}  # name → per angle step: (trimmed image, dx, dy)
        self._strips: dict[tuple[str, int], list[pygame.Surface]] = {}
        self._has: dict[str, bool] = {}
        self.glows = set(GLOWS)

    def shine(self, names) -> None:
        """Draw these pictures as light too, as GLOWS are; one already loaded as paint is loaded again."""
        for name in names:
            if name not in self.glows:
                self.glows.add(name)
                for cache in (self._images, self._rotations, self._placed):
                    cache.pop(name, None)

    def image(self, name: str) -> pygame.Surface:
        if name not in self._images:
            image = pygame.image.load(self.folder / f"{name}.png").convert_alpha()
            if self.premultiplied(name):
                # Premultiplied: a transparent pixel adds nothing under BLEND_ADD, nor has a colour to cover with
                image = image.premul_alpha()
            self._images[name] = image
        return self._images[name]

    def premultiplied(self, name: str) -> bool:
        """Whether image(name) comes premultiplied: a glow (drawn with BLEND_ADD) or a day shot (sprites.DAY)."""
        return name in self.glows or name.endswith(DAY)

    def has(self, name: str) -> bool:
        # Remembered: the renderer asks about every machine every frame, and a missing file costs a stat each time.
        known = self._has.get(name)
        if known is None:
            known = self._has[name] = name in self._images or (self.folder / f"{name}.png").is_file()
        return known

    def rotated(self, name: str, angle: float) -> pygame.Surface:
        """The image turned to `angle` (rad, 0 = east, y down), each of the ANGLE_STEPS turns made on first use
        (not all at once: the first frame of a level only pays for the angles it shows)."""
        frames = self._rotations.get(name)
        if frames is None:
            frames = self._rotations[name] = [None] * ANGLE_STEPS
        step = round(angle / math.tau * ANGLE_STEPS) % ANGLE_STEPS
        frame = frames[step]
        if frame is None:
            degrees = -step * 360 / ANGLE_STEPS  # pygame turns counter-clockwise; our angles grow clockwise (y down)
            frame = pygame.transform.rotozoom(self.image(name), degrees, 1.0)
            if self.has(f"{name}_shadow"):
                shadow = pygame.transform.rotozoom(self.image(f"{name}_shadow"), degrees, 1.0)
                frame = _over_shadow(frame, shadow, LOW_SHADOWS.get(name, SUN))
            frames[step] = frame
        return frame

    def placed(self, name: str, angle: float) -> tuple[pygame.Surface, int, int]:
        """rotated(name, angle) cut to the box of its visible pixels, and that box's top-left relative to the
        image's centre: blitted at (centre x + dx, centre y + dy), integer centre, it draws what the whole image
        draws at get_rect(center=centre), touching fewer pixels (a turned sprite has wide transparent corners)."""
        turns = self.turns(name)
        step = round(angle / math.tau * ANGLE_STEPS) % ANGLE_STEPS
        return turns[step] or turns.fill(step)

    def turns(self, name: str) -> "Turns":
        """The placed() entries of one image by angle step, for callers that pick the step themselves."""
        turns = self._placed.get(name)
        if turns is None:
            turns = self._placed[name] = Turns(self, name)
        return turns

    def strip(self, name: str, frame_width: int) -> list[pygame.Surface]:
        """A horizontal animation strip cut into frames."""
        key = (name, frame_width)
        if key not in self._strips:
            sheet = self.image(name)
            self._strips[key] = [sheet.subsurface((x, 0, frame_width, sheet.get_height()))
                                 for x in range(0, sheet.get_width(), frame_width)]
        return self._strips[key]


class Turns(list):
    """(trimmed image, dx, dy) by angle step (see SpriteBank.placed), each made on first use: read one as
    `turns[step] or turns.fill(step)`."""

    def __init__(self, bank: SpriteBank, name: str) -> None:
        super().__init__([None] * ANGLE_STEPS)
        self.bank, self.name = bank, name

    def fill(self, step: int) -> tuple[pygame.Surface, int, int]:
        turned = self.bank.rotated(self.name, step * math.tau / ANGLE_STEPS)  # that step's angle
        entry = self[step] = _trimmed(turned, self.name in self.bank.glows)
        return entry


class TurnTable:
    """placed() entries of a few images, by (row, angle step), in flat arrays: a whole array of codes
    (row * ANGLE_STEPS + step) finds its images and offsets in one lookup each, no Python per sprite. A row is an
    image (see row()); each entry is made on first use, from the bank's Turns. Every image here is premultiplied
    (a painted one is copied so), for BLEND_PREMULTIPLIED or BLEND_ADD: pygame's premultiplied blend lays a
    machine's body in about 0.8x the time of the default alpha blit, within 3 levels of its pixels."""

    def __init__(self, bank: SpriteBank) -> None:
        self.bank = bank
        self._rows: dict[str, int] = {}  # image name → row
        self._turns: list[Turns] = []  # by row
        self.images = np.empty(0, dtype=object)
        self.dx, self.dy = np.empty(0, dtype=np.intp), np.empty(0, dtype=np.intp)
        self.known = np.empty(0, dtype=bool)

    def row(self, name: str) -> int:
        """The row of the image `name`, made the first time it is asked for."""
        row = self._rows.get(name)
        if row is None:
            row = self._rows[name] = len(self._turns)
            self._turns.append(self.bank.turns(name))
            self.images = np.concatenate((self.images, np.full(ANGLE_STEPS, None, dtype=object)))
            self.dx, self.dy = (np.concatenate((table, np.zeros(ANGLE_STEPS, dtype=np.intp)))
                                for table in (self.dx, self.dy))
            self.known = np.concatenate((self.known, np.zeros(ANGLE_STEPS, dtype=bool)))
        return row

    def lookup(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(images, dx, dy) for each code, as placed() gives them."""
        missing = ~self.known[codes]
        if missing.any():
            for code in set(codes[missing].tolist()):
                row, step = divmod(code, ANGLE_STEPS)
                turns = self._turns[row]
                image, self.dx[code], self.dy[code] = turns[step] or turns.fill(step)
                self.images[code] = image if self.bank.premultiplied(turns.name) else image.premul_alpha()
                self.known[code] = True
        return self.images[codes], self.dx[codes], self.dy[codes]


def _over_shadow(image: pygame.Surface, shadow: pygame.Surface, offset: tuple[int, int]) -> pygame.Surface:
    """The turned image over its turned shadow moved by `offset`, on a canvas grown evenly on every side so the
    image's centre stays the canvas's centre (callers place turns by their centre)."""
    dx, dy = offset
    canvas = pygame.Surface((image.get_width() + 2 * abs(dx), image.get_height() + 2 * abs(dy)), pygame.SRCALPHA)
    canvas.fill(SHADOW_CLEAR)
    canvas.blit(shadow, (abs(dx) + dx, abs(dy) + dy))
    canvas.blit(image, (abs(dx), abs(dy)))
    return canvas


def _trimmed(image: pygame.Surface, additive: bool) -> tuple[pygame.Surface, int, int]:
    """(the image cut to its visible box, dx, dy): see SpriteBank.placed."""
    shows = pygame.surfarray.array_alpha(image) > 0  # an alpha blit leaves the pixels with alpha 0 as they were
    if additive:  # added light ignores alpha: any pixel with colour shows
        shows |= pygame.surfarray.array3d(image).any(axis=2)
    columns, rows = np.flatnonzero(shows.any(axis=1)), np.flatnonzero(shows.any(axis=0))
    width, height = image.get_size()
    if not columns.size:
        return image, -(width // 2), -(height // 2)
    left, top = int(columns[0]), int(rows[0])
    box = pygame.Rect(left, top, int(columns[-1]) + 1 - left, int(rows[-1]) + 1 - top)
    return image.subsurface(box).copy(), left - width // 2, top - height // 2
