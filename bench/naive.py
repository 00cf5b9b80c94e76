"""A naive renderer of the same scene, the yardstick for row 3: no caches, one blit per thing, every frame.

What makes it naive, on purpose: every map tile in view is blitted from the tileset each frame (no chunk
surfaces), the storm's haze is laid over the screen each frame (not baked into the map), every sprite is
turned with pygame.transform.rotate each frame (no rotation cache), one blit per sprite and per particle.
It reads the same state as the real renderer (the game, the renderer's effects, camera and weather), and
draws the HUD with the same code, so the two pictures show the same things.
"""

import math

import pygame

from game.sim.components import Facing, Gun, Heat, Position, Unit, Velocity, Vmax
from game.sim.spawn import PLAYER_FACTION
from game.sim.systems.missiles import lock_miss
from game.view.camera import between
from game.view.effects import AFTERIMAGE_TIME, EXPLOSION_FRAME, EXPLOSION_TIME, SPARK
from game.view.hud import Hud
from game.view.hud_plates import plates
from game.view.markers import enemy_health_bars, lock_marker, objective_markers
from game.view.text import RED, draw_text

MOVING = 40.0  # px/s above which thrusters show, as in the real renderer
GROUND = (120, 62, 34)


class NaiveRenderer:
    def __init__(self, game, sprites, renderer) -> None:
        """`renderer` is the real one: its camera, effects and weather are the scene's cosmetic state."""
        level = game.res.level
        self.level = level
        self.sprites = sprites
        self.catalog = game.res.catalog
        self.renderer = renderer
        self.hud = Hud(sprites, level)
        self.label_sides: dict = {}  # as the renderer keeps them: each objective's label's side last frame
        self.tiles = _tiles(level)
        self.particles = [image.copy() for image in sprites.strip("particles", 16)]
        self.particles[SPARK] = self.particles[SPARK].premul_alpha()
        self.particles.append(sprites.image("steam").copy())

    def draw(self, surface, game, alpha: float, dt: float) -> None:
        camera, effects = self.renderer.camera, self.renderer.effects
        self._map(surface, camera)
        for x, y, angle, kind in effects.wrecks:
            self._sprite(surface, f"{kind}_wreck", angle, camera.to_screen(x, y))
        for name, x, y, angle, age in effects.afterimages:
            self._sprite(surface, name, angle, camera.to_screen(x, y), alpha=round(215 * (1 - age / AFTERIMAGE_TIME)))
        world = game.world
        for entity, (pos, facing, unit, vel) in world.query(Position, Facing, Unit, Velocity):
            self._machine(surface, world, entity, pos, facing, unit, vel, alpha)
        bolts = game.res.bolts  # shots live outside the ECS (game/sim/shots.py): bolts in arrays, missiles as objects
        columns = [getattr(bolts, name)[:len(bolts)].tolist() for name in ("prev_x", "prev_y", "x", "y", "vx", "vy")]
        for prev_x, prev_y, x, y, vx, vy, weapon, side in zip(*columns, bolts.weapon.tolist(), bolts.faction.tolist()):
            at = self.renderer.camera.to_screen(prev_x + (x - prev_x) * alpha, prev_y + (y - prev_y) * alpha)
            self._bolt(surface, bolts.weapons.names[weapon], bolts.sides.names[side], math.atan2(vy, vx), at)
        for shot in game.res.missiles:
            self._missile(surface, shot, alpha)
        self._air(surface, camera, effects)
        self.renderer.weather.draw(surface, camera)
        objective_markers(surface, game, camera, game.seconds, plates(surface.get_size(), game), self.label_sides)
        enemy_health_bars(surface, world, camera, effects.hurt, alpha)
        miss = lock_miss(world, game.res, game.player)
        lock_marker(surface, game, camera, self.renderer.age, miss)
        for entity, age in effects.markers:
            pos = world.try_get(entity, Position)
            if pos is not None:
                sx, sy = camera.to_screen(*between(pos, alpha))
                draw_text(surface, "!", (sx, sy - 44 - 6 * math.sin(age * 12)), 40, RED, anchor="center", bold=True)
        self.hud.draw(surface, game, game.seconds, dt, miss)

    def _map(self, surface, camera) -> None:
        """Every tile of every layer in view, straight from the tileset; then the haze over the screen."""
        level = self.level
        surface.fill(GROUND)
        tw, th = level.tile_width, level.tile_height
        left, top = camera.left, camera.top
        first_col, first_row = max(0, int(left // tw)), max(0, int(top // th))
        last_col = min(level.width, int((left + surface.get_width()) // tw) + 1)
        last_row = min(level.height, int((top + surface.get_height()) // th) + 2)  # +1: tall tiles reach up
        for layer in level.layers:
            if not layer.visible or layer.opacity <= 0:
                continue  # (the arena's and the shipped maps' drawn layers are all opaque)
            for row in range(first_row, last_row):
                cells = layer.cells[row]
                for col in range(first_col, last_col):
                    image = self.tiles.get(cells[col])
                    if image is not None:
                        surface.blit(image, (round(col * tw - left), round((row + 1) * th - image.get_height() - top)))
        veil = self.renderer.weather.veil
        if veil is not None:
            size = veil.get_width()
            for y in range(-(round(top) % size), surface.get_height(), size):
                for x in range(-(round(left) % size), surface.get_width(), size):
                    surface.blit(veil, (x, y))

    def _sprite(self, surface, name, angle, centre, flags=0, alpha=None) -> None:
        image = pygame.transform.rotate(self.sprites.image(name), -math.degrees(angle))
        if alpha is not None:
            image.set_alpha(alpha)
        surface.blit(image, image.get_rect(center=(round(centre[0]), round(centre[1]))), special_flags=flags)

    def _machine(self, surface, world, entity, pos, facing, unit, vel, alpha) -> None:
        centre = self.renderer.camera.to_screen(*between(pos, alpha))
        heat, vmax = world.try_get(entity, Heat), world.try_get(entity, Vmax)
        overheated = heat is not None and heat.overheated
        if unit.faction == PLAYER_FACTION and not overheated and math.hypot(vel.x, vel.y) > MOVING:
            self._sprite(surface, "layzner_thrust", math.atan2(vel.y, vel.x), centre, pygame.BLEND_ADD)
        name = unit.kind
        if overheated and self.sprites.has(f"{unit.kind}_overheat"):
            name = f"{unit.kind}_overheat"
        self._sprite(surface, name, facing.angle, centre)
        if vmax is not None and vmax.active_left > 0:
            if self.sprites.has(f"{unit.kind}_vmax"):
                self._sprite(surface, f"{unit.kind}_vmax", facing.angle, centre,
                             alpha=round(110 + 60 * math.sin(self.renderer.age * 18)))
            heading = math.atan2(vel.y, vel.x) if math.hypot(vel.x, vel.y) > MOVING else facing.angle
            self._sprite(surface, "vmax_barrier", heading, centre, pygame.BLEND_ADD)
        gun = world.try_get(entity, Gun)
        if gun is not None and gun.charge > 0:
            weapon = self.catalog.weapons[gun.weapon]
            grow = 0.4 + 0.8 * min(1.0, gun.charge / weapon.windup)
            glint = pygame.transform.smoothscale_by(self.sprites.image("telegraph"), grow)
            muzzle = (centre[0] + math.cos(facing.angle) * weapon.muzzle,
                      centre[1] + math.sin(facing.angle) * weapon.muzzle)
            surface.blit(glint, glint.get_rect(center=muzzle), special_flags=pygame.BLEND_ADD)

    def _bolt(self, surface, weapon, side, angle, at) -> None:
        sprite = self.catalog.weapons[weapon].sprite
        if side != PLAYER_FACTION and weapon == "laser_rifle":
            sprite = "bolt_enemy"
        self._sprite(surface, sprite or "bolt_player", angle, at, pygame.BLEND_ADD)

    def _missile(self, surface, shot, alpha) -> None:
        sx, sy = self.renderer.camera.to_screen(*between(shot, alpha))
        angle = shot.angle
        self._sprite(surface, "missile_flame", angle, (sx - math.cos(angle) * 14, sy - math.sin(angle) * 14),
                     pygame.BLEND_ADD)
        self._sprite(surface, "missile", angle, (sx, sy))

    def _air(self, surface, camera, effects) -> None:
        for name, x, y, angle, _ in effects.flashes:
            self._sprite(surface, name, angle, camera.to_screen(x, y), pygame.BLEND_ADD)
        frames = self.sprites.strip("explosion", EXPLOSION_FRAME)
        for x, y, age, scale in effects.explosions:
            if age < 0:
                continue
            image = frames[max(0, min(len(frames) - 1, int(age / EXPLOSION_TIME * len(frames))))]
            if scale != 1.0:
                image = pygame.transform.smoothscale_by(image, scale)
            surface.blit(image, image.get_rect(center=camera.to_screen(x, y)))
        for p in effects.particles:
            image = self.particles[p.kind]
            if p.grow:
                image = pygame.transform.smoothscale_by(image, 1.0 + p.grow * p.age)
            image.set_alpha(round(255 * (1.0 - p.age / p.life)))
            surface.blit(image, image.get_rect(center=camera.to_screen(p.x, p.y)),
                         special_flags=pygame.BLEND_ADD if p.kind == SPARK else 0)
            image.set_alpha(None)


def _tiles(level) -> dict:
    """Each tile id's image: a piece of its tileset, flipped as the map says."""
    sheets, tiles = {}, {}
    for gid, tile in level.tiles.items():
        if tile.source not in sheets:
            sheets[tile.source] = pygame.image.load(tile.source).convert_alpha()
        image = sheets[tile.source].subsurface((tile.x, tile.y, tile.width, tile.height))
        if tile.flip_diagonal:
            image = pygame.transform.flip(pygame.transform.rotate(image, 90), False, True)
        if tile.flip_x or tile.flip_y:
            image = pygame.transform.flip(image, tile.flip_x, tile.flip_y)
        tiles[gid] = image
    return tiles
