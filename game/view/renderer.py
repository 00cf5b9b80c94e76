"""The renderer: map, wrecks, machines, shots, effects and HUD for one frame, interpolated between ticks."""

import math

import pygame

from game.sim.components import Facing, Position, Projectile, Unit, Velocity
from game.sim.spawn import PLAYER_FACTION
from game.view.camera import Camera
from game.view.effects import Effects
from game.sim.weather import storm_at
from game.view.hud import Hud, enemy_health_bars, objective_markers
from game.view.map_view import MapView
from game.view.sprites import SpriteBank
from game.view.text import RED, draw_text
from game.view.weather import Weather

MOVING = 40.0  # px/s above which thrusters show


class Renderer:
    def __init__(self, game, view_size: tuple[int, int], sprites: SpriteBank, shake_scale: float = 1.0) -> None:
        level = game.res.level
        self.sprites = sprites
        self.map = MapView(level)
        self.camera = Camera(view_size, level.pixel_size)
        self.effects = Effects(sprites, seed=game.seed, shake_scale=shake_scale)
        self.hud = Hud(sprites, level)
        self.weather = Weather(level, self.effects.rng)
        self.camera.snap(*level.player_spawn)
        self.last_aim = level.player_spawn

    def update(self, game, events, aim_world, dt: float) -> None:
        """Advance cosmetics by one frame: feed new events to the effects and move the camera."""
        self.effects.on_events(events, game.player)
        self.hud.on_events(events)
        self.effects.update(dt)
        self.weather.update(dt, self.camera)
        self.camera.add_shake(self.effects.take_shake())
        pos = game.world.try_get(game.player, Position)
        if pos is not None:
            self.last_aim = aim_world
            self.camera.follow(pos.x, pos.y, *aim_world, dt, self.effects.rng)
        else:
            self.camera.follow(self.camera.x, self.camera.y, self.camera.x, self.camera.y, dt, self.effects.rng)

    def draw(self, surface: pygame.Surface, game, alpha: float, dt: float) -> None:
        camera = self.camera
        self.map.draw(surface, camera.left, camera.top)
        self.effects.draw_ground(surface, camera)
        world = game.world
        for entity, (pos, facing, unit, vel) in world.query(Position, Facing, Unit, Velocity):
            x, y = _between(pos, alpha)
            sx, sy = camera.to_screen(x, y)
            if unit.faction == PLAYER_FACTION and math.hypot(vel.x, vel.y) > MOVING:
                thrust = self.sprites.rotated("layzner_thrust", math.atan2(vel.y, vel.x))
                surface.blit(thrust, thrust.get_rect(center=(sx, sy)), special_flags=pygame.BLEND_ADD)
            image = self.sprites.rotated(unit.kind, facing.angle)
            surface.blit(image, image.get_rect(center=(round(sx), round(sy))))
        for _, (pos, projectile, vel) in world.query(Position, Projectile, Velocity):
            x, y = _between(pos, alpha)
            name = "bolt_player" if projectile.faction == PLAYER_FACTION else "bolt_enemy"
            image = self.sprites.rotated(name, math.atan2(vel.y, vel.x))
            surface.blit(image, image.get_rect(center=camera.to_screen(x, y)), special_flags=pygame.BLEND_ADD)
        self.effects.draw_air(surface, camera)
        self.weather.draw(surface, camera, storm_at(game.res.level, camera.x, camera.y))
        objective_markers(surface, game, camera, game.seconds)
        enemy_health_bars(surface, world, camera, self.effects.hurt, alpha)
        for entity, age in self.effects.markers:
            pos = world.try_get(entity, Position)
            if pos is not None:
                sx, sy = camera.to_screen(*_between(pos, alpha))
                draw_text(surface, "!", (sx, sy - 44 - 6 * math.sin(age * 12)), 40, RED, anchor="center", bold=True)
        self.hud.draw(surface, game, game.seconds, dt)


def _between(pos, alpha: float) -> tuple[float, float]:
    return pos.prev_x + (pos.x - pos.prev_x) * alpha, pos.prev_y + (pos.y - pos.prev_y) * alpha
