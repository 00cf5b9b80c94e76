"""Dust storms on screen: haze over the map or in zones, drifting with the wind, and streaks of blowing dust."""

import math

import pygame

HAZE_TILE = 256  # px square of the drifting haze texture
DUST = (196, 120, 70)  # Mars dust, as the haze and the streaks


class Weather:
    def __init__(self, level, rng) -> None:
        self.level = level
        self.rng = rng  # cosmetic generator
        self.wind = (math.cos(level.wind_angle) * level.wind_speed, math.sin(level.wind_angle) * level.wind_speed)
        self.drift = [0.0, 0.0]
        self.haze = _haze_texture(rng)
        self.zones = [(zone, _mask(zone)) for zone in level.zones if zone.kind == "dust_storm"]
        self.streaks = [[rng.uniform(0, 1280), rng.uniform(0, 720), rng.uniform(0.6, 1.4)] for _ in range(260)]

    @property
    def active(self) -> bool:
        return self.level.storm > 0 or bool(self.zones)

    def update(self, dt: float, camera) -> None:
        self.drift[0] = (self.drift[0] + self.wind[0] * dt) % HAZE_TILE
        self.drift[1] = (self.drift[1] + self.wind[1] * dt) % HAZE_TILE
        for streak in self.streaks:
            streak[0] = (streak[0] + self.wind[0] * 3 * streak[2] * dt) % camera.width
            streak[1] = (streak[1] + self.wind[1] * 3 * streak[2] * dt) % camera.height

    def draw(self, surface, camera, storm_here: float) -> None:
        """storm_here: strength where the camera looks (the streaks follow it)."""
        if not self.active:
            return
        view = surface.get_rect()
        for zone, mask in self.zones:
            region = zone.region
            rect = pygame.Rect(round(region.x - camera.left), round(region.y - camera.top), mask.get_width(),
                               mask.get_height())
            if rect.colliderect(view):
                cloud = mask.copy()
                self._tile_haze(cloud, (rect.x, rect.y), special_flags=pygame.BLEND_RGBA_MULT)
                surface.blit(cloud, rect)
        if self.level.storm > 0:
            veil = pygame.Surface(view.size, pygame.SRCALPHA)
            veil.fill((*DUST, round(150 * self.level.storm)))
            self._tile_haze(veil, (0, 0), special_flags=pygame.BLEND_RGBA_MULT)
            surface.blit(veil, (0, 0))
        count = int(len(self.streaks) * min(1.0, storm_here * 1.3))
        if count:
            dx, dy = _unit(self.wind)
            for x, y, speed in self.streaks[:count]:
                length = 6 + 10 * speed
                pygame.draw.line(surface, (226, 170, 120), (x, y), (x - dx * length, y - dy * length), 1)

    def _tile_haze(self, target, origin, special_flags) -> None:
        """Cover `target` with the haze texture, scrolled by the wind and pinned to the world."""
        ox = -((origin[0] + self.drift[0]) % HAZE_TILE) - HAZE_TILE
        oy = -((origin[1] + self.drift[1]) % HAZE_TILE) - HAZE_TILE
        width, height = target.get_size()
        for y in range(round(oy), height, HAZE_TILE):
            for x in range(round(ox), width, HAZE_TILE):
                target.blit(self.haze, (x, y), special_flags=special_flags)


def _haze_texture(rng) -> pygame.Surface:
    """Soft, seamless clouds: overlapping translucent blobs, wrapped at the edges, blurred by scaling."""
    small = pygame.Surface((64, 64), pygame.SRCALPHA)
    small.fill((255, 255, 255, 150))
    for _ in range(70):
        x, y, r = rng.uniform(0, 64), rng.uniform(0, 64), rng.uniform(4, 14)
        shade = rng.choice((255, 235, 215))
        for ox in (-64, 0, 64):
            for oy in (-64, 0, 64):
                pygame.draw.circle(small, (shade, shade, shade, rng.randint(170, 255)), (x + ox, y + oy), r)
    return pygame.transform.smoothscale(pygame.transform.smoothscale(small, (16, 16)), (HAZE_TILE, HAZE_TILE))


def _mask(zone) -> pygame.Surface:
    """The zone's shape in dust colour, with alpha from its strength, edges softened."""
    region = zone.region
    size = (max(1, round(region.width)), max(1, round(region.height)))
    mask = pygame.Surface(size, pygame.SRCALPHA)
    color = (*DUST, round(190 * zone.strength))
    if region.shape == "ellipse":
        pygame.draw.ellipse(mask, color, mask.get_rect())
    elif region.shape == "polygon":
        pygame.draw.polygon(mask, color, [(x - region.x, y - region.y) for x, y in region.points])
    else:
        mask.fill(color)
    # Soften the edge: shrink and grow back, so the cloud fades out instead of stopping at a line.
    soft = pygame.transform.smoothscale(mask, (max(1, size[0] // 12), max(1, size[1] // 12)))
    return pygame.transform.smoothscale(soft, size)


def _unit(vector):
    size = math.hypot(*vector)
    return (vector[0] / size, vector[1] / size) if size else (1.0, 0.0)
