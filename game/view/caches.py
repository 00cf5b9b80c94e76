"""Supply caches seen in the world: each repair trigger's pod on its pad (tools/art/supply_cache.py), its beacon's
light pulsing on the ground while it is full, the pod open, dark and still once a once-only cache is spent."""

import math

import pygame

PULSE = 1.8  # s a beacon's light takes to swell and fade: slow, a thing waiting, not a warning
PAD = 24  # px: half the pad's width (tools/art/supply_cache.py SIZE), what must stand clear of the walls
GLOW = (120, 255)  # the light's alpha at the pulse's low and its height; held at the height with Flashes below full


class SupplyCaches:
    """The level's repair triggers drawn as supply caches, each placed once where its pad stands clear of the walls
    (nothing at all for a map with none)."""

    def __init__(self, level, sprites) -> None:
        self.sprites = sprites
        # (trigger's index, its trigger, where the pad's middle stands, px on the map)
        self.caches = [(index, trigger, stand(level, trigger.region, PAD))
                       for index, trigger in enumerate(level.triggers) if trigger.action == "repair"]

    def draw(self, surface: pygame.Surface, states, left: float, top: float, age: float, flashes: float) -> None:
        """Each cache in view, from its trigger's state: full (not yet sprung, or not once-only) or spent."""
        if not self.caches:
            return
        view = surface.get_rect()
        light = self.sprites.image("supply_cache_light")
        reach = light.get_width()
        for index, trigger, (x, y) in self.caches:
            at = (round(x - left), round(y - top))
            if not pygame.Rect(0, 0, reach, reach).move(at[0] - reach // 2, at[1] - reach // 2).colliderect(view):
                continue
            if trigger.once and states[index].fired:
                image = self.sprites.image("supply_cache_spent")
            else:
                light.set_alpha(GLOW[1] if flashes < 1.0 else _pulse(age))
                surface.blit(light, light.get_rect(center=at))
                image = self.sprites.image("supply_cache")
            surface.blit(image, image.get_rect(center=at))


def _pulse(age: float) -> int:
    low, high = GLOW
    return round(low + (high - low) * (0.5 - 0.5 * math.cos(age * math.tau / PULSE)))


def stand(level, region, half: float) -> tuple[float, float]:
    """Where in the region a pad `half` px from its middle to its edge stands: the point nearest the region's middle,
    on a half-tile grid about it, whose pad covers no wall and no gate (a band drawn across a valley may have its
    middle on a cliff); the region's middle when nowhere in it is that clear."""
    middle_x, middle_y = region.centre
    step = level.tile_width / 2
    across, down = int(region.width / 2 // step), int(region.height / 2 // step)
    points = [(middle_x + step * column, middle_y + step * row)
              for row in range(-down, down + 1) for column in range(-across, across + 1)]
    points.sort(key=lambda point: (math.hypot(point[0] - middle_x, point[1] - middle_y), point))
    for x, y in points:
        if region.contains(x, y) and _clear(level, x, y, half):
            return x, y
    return middle_x, middle_y


def _clear(level, x: float, y: float, half: float) -> bool:
    tw, th = level.tile_width, level.tile_height
    for row in range(int((y - half) // th), int((y + half - 1) // th) + 1):
        for column in range(int((x - half) // tw), int((x + half - 1) // tw) + 1):
            if level.is_solid_cell(column, row):
                return False
    return not any(gate.region.box_gap(x - half, y - half, x + half, y + half) == 0 for gate in level.gates)
