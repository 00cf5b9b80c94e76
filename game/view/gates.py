"""Gates on screen: a shut gate laid with its map's gate piece (the UN base's shutter on Mars, the Gradosian slab in
New York: tools/art/gates.py), and a gate opening or shutting as its slab sliding into the wall at its end."""

from pathlib import Path

import pygame

from game.sim.events import GateOpened, GateShut

SLIDE = 0.45  # s a gate's slab takes to slide open or shut: long enough to see, short enough not to hold a fight up
EDGE = 2  # px: the moving slab's leading end, drawn dark
EDGE_COLOUR = (18, 16, 22)


class GateView:
    """Draws the level's gates as they stand, and each as it moves."""

    def __init__(self, level, sprites) -> None:
        self.level, self.sprites = level, sprites
        self.index = {gate.object_id: index for index, gate in enumerate(level.gates)}
        self.piece = "gate_new_york" if _painted_with(level, "new_york") else "gate_mars"
        self.pictures: dict[int, pygame.Surface] = {}  # gate's index → the slab, laid on first draw
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
            if width >= height:  # a gate across the map slides into the wall at its west end, one down it at its north
                shown = round(width * covered)
                surface.blit(picture, (x, y), pygame.Rect(width - shown, 0, shown, height))
                edge = pygame.Rect(x + shown - EDGE, y, EDGE, height)
            else:
                shown = round(height * covered)
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
