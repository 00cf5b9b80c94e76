"""Gates on screen: a shut gate laid with its map's gate piece (the UN base's shutter on Mars, the Gradosian slab in
New York: tools/art/gates.py), casting its shadow on the ground as a wall does, and a gate opening or shutting as its
slab sliding into the wall at its end, its shadow with it."""

from pathlib import Path

import pygame

from game.sim.events import GateOpened, GateShut
from game.view.sprites import SHADOW_CLEAR, SUN

SLIDE = 0.45  # s a gate's slab takes to slide open or shut: long enough to see, short enough not to hold a fight up
EDGE = 2  # px: the moving slab's leading end, drawn dark
EDGE_COLOUR = (18, 16, 22)
# A slab stands as tall as the walls it closes: its shadow falls the way the one sun casts every shadow (SUN, right and
# down), as far as the walls' south and east faces darken the ground beside them (5 to 6 px), and as dark as a
# machine's (tools/art/canvas.py silhouette).
SHADOW_FALL = (SUN[0] * 2, SUN[1] * 2)
SHADOW = (*SHADOW_CLEAR[:3], 130)


class GateView:
    """Draws the level's gates as they stand, and each as it moves."""

    def __init__(self, level, sprites) -> None:
        self.level, self.sprites = level, sprites
        self.index = {gate.object_id: index for index, gate in enumerate(level.gates)}
        self.piece = "gate_new_york" if _painted_with(level, "new_york") else "gate_mars"
        self.pictures: dict[int, pygame.Surface] = {}  # gate's index → the slab, laid on first draw
        self.shadows: dict[int, pygame.Surface] = {}  # gate's index → the shut slab's shadow, made on first draw
        self.moving: dict[int, float] = {}  # gate's index → s since it began to open or shut

    def on_events(self, events) -> None:
        for event in events:
            if isinstance(event, (GateOpened, GateShut)) and event.object_id in self.index:
                self.moving[self.index[event.object_id]] = 0.0

    def update(self, dt: float) -> None:
        """Age the slides by this frame's time (a paused game holds them), letting go of those done."""
        self.moving = {index: age + dt for index, age in self.moving.items() if age + dt < SLIDE}

    def draw(self, surface: pygame.Surface, res, left: float, top: float) -> None:
        for index, (gate, state) in enumerate(zip(self.level.gates, res.gates)):
            covered = shut_share(state.shut, self.moving.get(index))
            if covered <= 0.0:
                continue
            picture = self._picture(index, gate)
            width, height = picture.get_size()
            x, y = round(gate.region.x - left), round(gate.region.y - top)
            fall_x, fall_y = SHADOW_FALL
            if width >= height:  # a gate across the map slides into the wall at its west end, one down it at its north
                shown = round(width * covered)
                surface.blit(self._shadow(index, gate), (x + fall_x, y + fall_y), pygame.Rect(0, 0, shown, height))
                surface.blit(picture, (x, y), pygame.Rect(width - shown, 0, shown, height))
                edge = pygame.Rect(x + shown - EDGE, y, EDGE, height)
            else:
                shown = round(height * covered)
                surface.blit(self._shadow(index, gate), (x + fall_x, y + fall_y), pygame.Rect(0, 0, width, shown))
                surface.blit(picture, (x, y), pygame.Rect(0, height - shown, width, shown))
                edge = pygame.Rect(x, y + shown - EDGE, width, EDGE)
            if covered < 1.0:  # the slab's leading end, as it moves: a solid edge, not a picture cut off
                surface.fill(EDGE_COLOUR, edge.clip(pygame.Rect(x, y, width, height)))

    def _picture(self, index: int, gate) -> pygame.Surface:
        """The gate's slab: pieces side by side along it, turned for a gate running down the map, each scaled to the
        map's tile."""
        picture = self.pictures.get(index)
        if picture is None:
            tw, th = self.level.tile_width, self.level.tile_height
            region = gate.region
            piece = self.sprites.image(self.piece)
            if region.height > region.width:
                piece = pygame.transform.rotate(piece, 90)
            if piece.get_size() != (tw, th):
                piece = pygame.transform.smoothscale(piece, (tw, th))
            picture = pygame.Surface((round(region.width), round(region.height)), pygame.SRCALPHA)
            for column, row in gate.cells(tw, th):
                picture.blit(piece, (column * tw - region.x, row * th - region.y))
            self.pictures[index] = picture
        return picture

    def _shadow(self, index: int, gate) -> pygame.Surface:
        """The shadow of the shut slab, the gate's size, to be laid SHADOW_FALL px right and down of it: only over
        open ground and the gate's own way (a half-open slab shades the way it has left), never over the map's walls,
        whose tops stand as high as the slab. The part under the slab as it stands is hidden by it."""
        shadow = self.shadows.get(index)
        if shadow is None:
            tw, th = self.level.tile_width, self.level.tile_height
            region, (fall_x, fall_y) = gate.region, SHADOW_FALL
            shadow = pygame.Surface((round(region.width), round(region.height)), pygame.SRCALPHA)
            shadow.fill(SHADOW)
            left, top = region.x + fall_x, region.y + fall_y  # where the shadow lies, px on the map
            for row in range(int(top // th), int((top + region.height - 1) // th) + 1):
                for column in range(int(left // tw), int((left + region.width - 1) // tw) + 1):
                    if self._wall(column, row):
                        shadow.fill(SHADOW_CLEAR, pygame.Rect(round(column * tw - left), round(row * th - top), tw, th))
            self.shadows[index] = shadow
        return shadow

    def _wall(self, column: int, row: int) -> bool:
        """Whether the cell is the map's own wall (off the map counts as one): a gate's way never is."""
        level = self.level
        return not (0 <= row < level.height and 0 <= column < level.width) or level.solid[row][column]


def shut_share(shut: bool, moving: float | None) -> float:
    """How much of the gate its slab covers (0 open, 1 shut): all or nothing at rest, and eased in between while it
    slides (`moving`: s since it began)."""
    if moving is None:
        return 1.0 if shut else 0.0
    done = min(1.0, moving / SLIDE)
    done = done * done * (3.0 - 2.0 * done)  # smoothstep: the slab starts and stops gently, as a heavy one would
    return done if shut else 1.0 - done


def _painted_with(level, tileset: str) -> bool:
    """Whether the map's tiles come from the game's tileset of that name (its picture X.png)."""
    return any(Path(tile.source).stem == tileset for tile in level.tiles.values())
